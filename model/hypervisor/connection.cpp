// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <future>
#include <thread>

namespace Airlock {

namespace {

// polkit asks through the desktop's agent ("external" credentials); nothing
// else is answered, so libvirt never blocks waiting on a terminal prompt.
int answerCredentials(virConnectCredentialPtr credentials, unsigned int count, void *)
{
    for (unsigned int i = 0; i < count; ++i) {
        if (credentials[i].type != VIR_CRED_EXTERNAL)
            return -1;
        credentials[i].result = nullptr;
        credentials[i].resultlen = 0;
    }
    return 0;
}

template<typename Object, typename Free>
QStringList namesOf(Object **objects, int count, const char *(*nameOf)(Object *), Free freeObject)
{
    QStringList names;
    for (int i = 0; i < count; ++i) {
        names.append(QString::fromUtf8(nameOf(objects[i])));
        freeObject(objects[i]);
    }
    free(objects);
    names.sort();
    return names;
}

} // namespace

Connection::Connection(virConnectPtr connection)
    : m_connection(connection, [](virConnectPtr c) { virConnectClose(c); })
{ }

LibvirtResult<Connection> Connection::open(const QString &uri)
{
    int credentialTypes[] = {VIR_CRED_EXTERNAL};
    virConnectAuth auth {credentialTypes, 1, answerCredentials, nullptr};
    const QByteArray uriBytes = uri.toUtf8();
    virConnectPtr connection = virConnectOpenAuth(uriBytes.constData(), &auth, 0);
    if (!connection)
        return lastLibvirtError();
    // Notices a daemon that went away; needs the event loop registered first.
    virConnectSetKeepAlive(connection, 5, 3);
    return Connection(connection);
}

LibvirtResult<Connection> Connection::openWithin(const QString &uri,
                                                 std::chrono::milliseconds timeout)
{
    auto promise = std::make_shared<std::promise<LibvirtResult<Connection>>>();
    std::future<LibvirtResult<Connection>> future = promise->get_future();
    std::thread([promise, uri] { promise->set_value(open(uri)); }).detach();
    if (future.wait_for(timeout) == std::future_status::ready)
        return future.get();
    return std::unexpected(LibvirtError::fromMessage(
            QCoreApplication::translate(
                    "Airlock::Connection",
                    "No answer from %1 within %2 seconds. Check that the host is "
                    "reachable and that its libvirt daemon is running.")
                    .arg(uri)
                    .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()),
            VIR_ERR_NO_CONNECT));
}

QString Connection::uri() const
{
    return takeLibvirtString(virConnectGetURI(get()));
}

bool Connection::isLocal() const
{
    // qemu:///system and test:///default name no host; qemu+ssh://host/system
    // and qemu+tcp://127.0.0.1:port/system (a VM's own daemon, as in the
    // SELinux lab) do, and what runs there is not this machine.
    return QUrl(uri()).host().isEmpty();
}

LibvirtResult<QString> Connection::capabilitiesXml() const
{
    char *xml = virConnectGetCapabilities(get());
    if (!xml)
        return lastLibvirtError();
    return takeLibvirtString(xml);
}

LibvirtResult<QString> Connection::hostname() const
{
    char *name = virConnectGetHostname(get());
    if (!name)
        return lastLibvirtError();
    return takeLibvirtString(name);
}

LibvirtResult<QStringList> Connection::domainNames() const
{
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(get(), &domains, 0);
    if (count < 0)
        return lastLibvirtError();
    return namesOf(domains, count, virDomainGetName, virDomainFree);
}

LibvirtResult<QStringList> Connection::networkNames() const
{
    virNetworkPtr *networks = nullptr;
    const int count = virConnectListAllNetworks(get(), &networks, 0);
    if (count < 0)
        return lastLibvirtError();
    return namesOf(networks, count, virNetworkGetName, virNetworkFree);
}

LibvirtResult<QStringList> Connection::storagePoolNames() const
{
    virStoragePoolPtr *pools = nullptr;
    const int count = virConnectListAllStoragePools(get(), &pools, 0);
    if (count < 0)
        return lastLibvirtError();
    return namesOf(pools, count, virStoragePoolGetName, virStoragePoolFree);
}

LibvirtResult<QStringList> Connection::volumeNames(const QString &pool) const
{
    const auto poolHandle = storagePool(pool);
    if (!poolHandle)
        return std::unexpected(poolHandle.error());
    virStorageVolPtr *volumes = nullptr;
    const int count = virStoragePoolListAllVolumes(poolHandle->get(), &volumes, 0);
    if (count < 0)
        return lastLibvirtError();
    return namesOf(volumes, count, virStorageVolGetName, virStorageVolFree);
}

LibvirtResult<DomainHandle> Connection::domain(const QString &name) const
{
    DomainHandle handle(virDomainLookupByName(get(), name.toUtf8().constData()));
    if (!handle)
        return lastLibvirtError();
    return handle;
}

LibvirtResult<NetworkHandle> Connection::network(const QString &name) const
{
    NetworkHandle handle(virNetworkLookupByName(get(), name.toUtf8().constData()));
    if (!handle)
        return lastLibvirtError();
    return handle;
}

LibvirtResult<StoragePoolHandle> Connection::storagePool(const QString &name) const
{
    StoragePoolHandle handle(virStoragePoolLookupByName(get(), name.toUtf8().constData()));
    if (!handle)
        return lastLibvirtError();
    return handle;
}

LibvirtResult<StorageVolumeHandle> Connection::volume(const QString &pool,
                                                      const QString &name) const
{
    const auto poolHandle = storagePool(pool);
    if (!poolHandle)
        return std::unexpected(poolHandle.error());
    StorageVolumeHandle handle(
            virStorageVolLookupByName(poolHandle->get(), name.toUtf8().constData()));
    if (!handle)
        return lastLibvirtError();
    return handle;
}

} // namespace Airlock
