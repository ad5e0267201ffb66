// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostfacts.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

namespace Airlock {

namespace {

QString poolPath(virStoragePoolPtr pool)
{
    const QString xml = takeLibvirtString(virStoragePoolGetXMLDesc(pool, 0));
    QXmlStreamReader reader(xml);
    bool inTarget = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement && reader.name() == QLatin1String("target"))
            inTarget = true;
        else if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("target"))
            inTarget = false;
        else if (token == QXmlStreamReader::StartElement && inTarget
                 && reader.name() == QLatin1String("path"))
            return reader.readElementText().trimmed();
    }
    return {};
}

// The processors and memory: the total from the node's info, what a VM
// could have now from its statistics, or its free memory where the driver
// keeps none. Neither of the last two answering is a failure.
LibvirtResult<Done> queryNode(const Connection &connection, HostFacts &facts)
{
    virNodeInfo node;
    if (virNodeGetInfo(connection.get(), &node) < 0)
        return lastLibvirtError();
    facts.threads = int(node.cpus);
    facts.memoryBytes = quint64(node.memory) * 1024;
    facts.availableMemoryBytes = 0;
    facts.availableMemory = HostFacts::AvailableMemory::Unknown;

    // The statistics count what the kernel could take back from its caches;
    // free memory alone would call a busy but healthy host short.
    int count = 0;
    if (virNodeGetMemoryStats(connection.get(), VIR_NODE_MEMORY_STATS_ALL_CELLS, nullptr, &count, 0)
                == 0
        && count > 0) {
        std::vector<virNodeMemoryStats> stats(static_cast<size_t>(count));
        if (virNodeGetMemoryStats(connection.get(), VIR_NODE_MEMORY_STATS_ALL_CELLS, stats.data(),
                                  &count, 0)
            == 0) {
            std::optional<quint64> freeKiB;
            quint64 cachesKiB = 0;
            stats.resize(static_cast<size_t>(count));
            for (const virNodeMemoryStats &stat : stats) {
                const char *field = stat.field;
                const quint64 value = stat.value;
                if (qstrcmp(field, VIR_NODE_MEMORY_STATS_FREE) == 0)
                    freeKiB = value;
                else if (qstrcmp(field, VIR_NODE_MEMORY_STATS_BUFFERS) == 0
                         || qstrcmp(field, VIR_NODE_MEMORY_STATS_CACHED) == 0)
                    cachesKiB += value;
            }
            if (freeKiB) {
                facts.availableMemoryBytes = (*freeKiB + cachesKiB) * 1024;
                facts.availableMemory = HostFacts::AvailableMemory::WithCaches;
            }
        }
    }
    if (facts.availableMemory == HostFacts::AvailableMemory::Unknown) {
        const unsigned long long freeBytes = virNodeGetFreeMemory(connection.get());
        if (freeBytes > 0) {
            facts.availableMemoryBytes = freeBytes;
            facts.availableMemory = HostFacts::AvailableMemory::FreeOnly;
        }
    }
    virResetLastError(); // a driver that cannot say is not a failure
    facts.availableMemoryBytes = std::min(facts.availableMemoryBytes, facts.memoryBytes);
    return Done {};
}

} // namespace

HostFacts::Versions HostFacts::Versions::query(const Connection &connection)
{
    const auto versionText = [](unsigned long version) {
        return QStringLiteral("%1.%2.%3")
                .arg(version / 1000000)
                .arg(version / 1000 % 1000)
                .arg(version % 1000);
    };
    Versions versions;
    unsigned long version = 0;
    if (virConnectGetLibVersion(connection.get(), &version) == 0)
        versions.libvirt = versionText(version);
    if (virConnectGetVersion(connection.get(), &version) == 0 && version > 0)
        versions.hypervisor = versionText(version);
    if (const char *type = virConnectGetType(connection.get()))
        versions.hypervisorType = QString::fromUtf8(type);
    virResetLastError(); // a driver that cannot say is not a failure
    return versions;
}

QString HostFacts::preferredVirtType() const
{
    return kvm() ? QStringLiteral("kvm") : QStringLiteral("qemu");
}

std::optional<bool> HostFacts::hostPassthrough() const
{
    if (!domainCapabilities)
        return std::nullopt;
    return domainCapabilities->hostPassthroughSupported;
}

std::optional<bool> HostFacts::uefi() const
{
    if (!domainCapabilities)
        return std::nullopt;
    return domainCapabilities->offersUefi();
}

LibvirtResult<StoragePoolFacts> HostFacts::queryPool(const Connection &connection,
                                                     const QString &poolName)
{
    StoragePoolFacts facts;
    facts.name = poolName;
    StoragePoolHandle pool(
            virStoragePoolLookupByName(connection.get(), poolName.toUtf8().constData()));
    if (!pool) {
        const LibvirtError error = LibvirtError::last();
        if (error.code == VIR_ERR_NO_STORAGE_POOL)
            return facts; // not there (yet): exists = false
        return std::unexpected(error);
    }
    facts.exists = true;
    facts.active = virStoragePoolIsActive(pool.get()) == 1;
    facts.path = poolPath(pool.get());
    if (facts.active) {
        // Refreshing picks up space used since the daemon last looked.
        virStoragePoolRefresh(pool.get(), 0);
        virStoragePoolInfo info;
        if (virStoragePoolGetInfo(pool.get(), &info) < 0)
            return lastLibvirtError();
        facts.capacityBytes = info.capacity;
        facts.availableBytes = info.available;
    }
    return facts;
}

LibvirtResult<HostFacts> HostFacts::query(const Connection &connection, const QString &poolName)
{
    HostFacts facts;
    facts.versions = Versions::query(connection);
    const auto xml = connection.capabilitiesXml();
    if (!xml)
        return std::unexpected(xml.error());
    QString parseError;
    const auto capabilities = HostCapabilities::parse(*xml, &parseError);
    if (!capabilities) {
        return std::unexpected(LibvirtError::fromMessage(
                QCoreApplication::translate("Airlock::HostFacts",
                                            "libvirt's capabilities could not be read: %1")
                        .arg(parseError)));
    }
    facts.capabilities = *capabilities;

    if (const auto node = queryNode(connection, facts); !node)
        return std::unexpected(node.error());

    const QByteArray arch = facts.capabilities.hostArch.toUtf8();
    const QByteArray virtType = facts.preferredVirtType().toUtf8();
    char *domainXml = virConnectGetDomainCapabilities(connection.get(), nullptr, arch.constData(),
                                                      "q35", virtType.constData(), 0);
    if (domainXml) {
        facts.domainCapabilities = DomainCapabilities::parse(takeLibvirtString(domainXml));
    } else {
        const LibvirtError error = LibvirtError::last();
        if (error.code != VIR_ERR_NO_SUPPORT)
            return std::unexpected(error);
    }

    const auto pool = queryPool(connection, poolName);
    if (!pool)
        return std::unexpected(pool.error());
    facts.pool = *pool;
    return facts;
}

} // namespace Airlock
