// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libvirthandles.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <memory>

namespace Airlock {

// A shared libvirt connection. libvirt connections are safe to use from
// several threads at once; every call here blocks and belongs on a worker
// (see Hypervisor::run), never on the GUI thread.
class Connection
{
public:
    static constexpr const char *defaultUri = "qemu:///system";

    Connection() = default;

    // Opens `uri`, answering polkit's interactive authentication so the
    // desktop's agent can ask the user instead of requiring the libvirt group.
    static LibvirtResult<Connection> open(const QString &uri);
    // Why `uri` cannot be a libvirt connection address at all (no such
    // driver or transport, not a URI), in a sentence; nullopt when it may
    // be one. Names without "://" pass: libvirt.conf may define them as
    // aliases. open() refuses these itself, with domain VIR_FROM_URI.
    static std::optional<QString> uriProblem(const QString &uri);
    // The same, giving up after `timeout`: an unreachable host (qemu+ssh to a
    // machine that is off) can otherwise block for minutes. The abandoned
    // attempt finishes on its own thread and closes what it opened.
    static LibvirtResult<Connection> openWithin(const QString &uri,
                                                std::chrono::milliseconds timeout);

    bool isValid() const { return m_connection != nullptr; }
    virConnectPtr get() const { return m_connection.get(); }
    QString uri() const; // as libvirt canonicalised it
    // Whether the daemon runs on this machine: its URI names no host.
    bool isLocal() const;

    LibvirtResult<QString> capabilitiesXml() const;
    LibvirtResult<QString> hostname() const;

    // Names of every domain, network, pool and node device, defined or running.
    LibvirtResult<QStringList> domainNames() const;
    LibvirtResult<QStringList> networkNames() const;
    LibvirtResult<QStringList> storagePoolNames() const;
    LibvirtResult<QStringList> volumeNames(const QString &pool) const;

    LibvirtResult<DomainHandle> domain(const QString &name) const;
    LibvirtResult<NetworkHandle> network(const QString &name) const;
    LibvirtResult<StoragePoolHandle> storagePool(const QString &name) const;
    LibvirtResult<StorageVolumeHandle> volume(const QString &pool, const QString &name) const;

private:
    explicit Connection(virConnectPtr connection);
    std::shared_ptr<virConnect> m_connection;
};

} // namespace Airlock
