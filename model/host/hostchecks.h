// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostcheck.h"
#include "hostroot.h"
#include "hypervisor/connection.h"
#include "hypervisor/hostfacts.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Airlock {

// What libvirt said about the host, read in one go on a worker: either why
// the connection failed, or the host's facts (or why they could not be read).
struct HypervisorReading
{
    QString uri; // as asked for
    std::optional<LibvirtError> connectError;
    std::optional<HostFacts> facts;
    std::optional<LibvirtError> queryError;
    QString hypervisorType; // "QEMU"
    QString libvirtVersion; // "9.0.0"
    QString hypervisorVersion; // "7.2.0"

    bool isConnected() const { return !connectError.has_value(); }

    // Blocking: call on a worker (Hypervisor::run).
    static HypervisorReading query(const Connection &connection, const QString &uri,
                                   const QString &poolName);
    static HypervisorReading failed(const QString &uri, const LibvirtError &error);
};

// Everything the checks may consult.
struct HostContext
{
    HostRoot root;
    QString uri = QString::fromLatin1(Connection::defaultUri);
    QString poolName = QStringLiteral("default");
    // Whether Secure Boot may be asked of fwupd over the system D-Bus when
    // the EFI variable cannot answer. Off for fixture roots: the bus belongs
    // to the machine, not to the fixture.
    bool askFwupd = false;
    // Empty until libvirt has answered (or failed to).
    std::optional<HypervisorReading> hypervisor;

    // Whether the connection names another machine (qemu+ssh://user@host/…):
    // then this computer's files say nothing about the VM's host.
    bool isRemote() const;
    // "ssh user@host" for commands to run on a remote VM host.
    QString sshCommand() const;
    bool inFlatpak() const;
};

// The ten host checks. Each reads through the context's HostRoot and the
// hypervisor reading, and never blocks longer than a bounded D-Bus call.
class HostChecks
{
    Q_DECLARE_TR_FUNCTIONS(HostChecks)
public:
    // In the order they are shown.
    static const QStringList &ids();
    // Whether `id` surely needs the hypervisor reading under `context`; a
    // check that finds out late (a hidden file) answers nullopt from run().
    static bool needsHypervisor(const QString &id, const HostContext &context);
    // nullopt when the check needs context.hypervisor and it has not come yet.
    static std::optional<HostCheck> run(const QString &id, const HostContext &context);
    // The answer of a check that ran out of time: unknown, except libvirt,
    // which blocks (a daemon that does not answer cannot create a VM).
    static HostCheck timedOut(const QString &id, int seconds, const HostContext &context);
    static QString title(const QString &id);

    static HostCheck hostOs(const HostContext &context);
    static std::optional<HostCheck> selinux(const HostContext &context);
    static HostCheck secureBoot(const HostContext &context);
    static std::optional<HostCheck> virtualization(const HostContext &context);
    static std::optional<HostCheck> libvirt(const HostContext &context);
    static std::optional<HostCheck> svirt(const HostContext &context);
    static HostCheck libvirtGroup(const HostContext &context);
    static std::optional<HostCheck> resources(const HostContext &context);
    static std::optional<HostCheck> uefi(const HostContext &context);
    static HostCheck hardenedMalloc(const HostContext &context);

    // NixOS's needs (its manual): recommended and minimum.
    static constexpr quint64 gibibyte = quint64(1) << 30;
    static constexpr quint64 recommendedMemoryBytes = 3 * gibibyte;
    static constexpr quint64 minimumMemoryBytes = 3 * gibibyte / 2;
    static constexpr quint64 recommendedDiskBytes = 20 * gibibyte;
    static constexpr quint64 minimumDiskBytes = 10 * gibibyte;
    static constexpr quint64 isoBytes = 3 * gibibyte;
};

} // namespace Airlock
