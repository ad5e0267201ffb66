// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capabilities.h"
#include "connection.h"

#include <optional>

namespace Airlock {

// A storage pool as libvirt reports it (HostFacts::pool). A pool that does not exist yet is
// not an error: Airlock defines "default" when it creates the first VM.
struct StoragePoolFacts
{
    QString name;
    bool exists = false;
    bool active = false;
    QString path; // the directory of a "dir" pool
    quint64 capacityBytes = 0;
    quint64 availableBytes = 0;
};

// What libvirt says about the host, read in one go (blocking: call on a
// worker). The raw facts HostReading holds once per connection; every page
// and check decides from them or from a view derived of them.
struct HostFacts
{
    // Who answers on the connection; read before anything else, so even a
    // host that will not describe itself names its versions.
    struct Versions
    {
        QString hypervisorType; // "QEMU"
        QString libvirt; // "9.0.0"
        QString hypervisor; // "7.2.0"

        static Versions query(const Connection &connection);
    };

    Versions versions;
    HostCapabilities capabilities;
    // Empty when the driver cannot say (libvirt's test driver).
    std::optional<DomainCapabilities> domainCapabilities;
    // How libvirt counted the memory a VM could have right now.
    enum class AvailableMemory {
        Unknown, // the driver would not say (a test-driver node file)
        FreeOnly, // virNodeGetFreeMemory: caches the host could reclaim are not counted
        WithCaches, // virNodeGetMemoryStats: free, buffers and page cache
    };

    int threads = 0; // logical CPUs
    quint64 memoryBytes = 0; // virNodeGetInfo: all of the host's memory
    // Every memory figure Airlock shows comes from these, all libvirt's, so
    // a remote host's figures are that host's and available never exceeds
    // the total.
    quint64 availableMemoryBytes = 0;
    AvailableMemory availableMemory = AvailableMemory::Unknown;
    StoragePoolFacts pool;

    bool kvm() const { return capabilities.offersKvm(); }
    // The domain type Airlock's "auto" accelerator picks: "kvm" or "qemu".
    QString preferredVirtType() const;
    // Unknown (nullopt) when libvirt has no domain capabilities.
    std::optional<bool> hostPassthrough() const;
    std::optional<bool> uefi() const;

    static LibvirtResult<HostFacts> query(const Connection &connection, const QString &poolName);
    static LibvirtResult<StoragePoolFacts> queryPool(const Connection &connection,
                                                     const QString &poolName);
};

} // namespace Airlock
