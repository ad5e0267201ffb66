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

// Everything the checks consult: this computer's files (through the root)
// and what HostReading got from libvirt, copied so the checks can run on
// workers.
struct HostContext
{
    HostRoot root;
    QString uri = QString::fromLatin1(Connection::defaultUri);
    QString poolName = QStringLiteral("default");
    // Whether Secure Boot may be asked of fwupd over the system D-Bus when
    // the EFI variable cannot answer. Off for fixture roots: the bus belongs
    // to the machine, not to the fixture.
    bool askFwupd = false;
    // False until libvirt has answered (or failed to): the checks that need
    // it wait until then.
    bool answered = false;
    // Why the connection failed; then nothing else was read.
    std::optional<LibvirtError> connectError;
    // Connected, but the host could not be described (or did not answer).
    std::optional<LibvirtError> queryError;
    HostFacts::Versions versions;
    std::optional<HostFacts> facts;

    bool isConnected() const { return !connectError.has_value(); }
    // libvirt's answer: the connection failed, or it described the host (or
    // said why not).
    void setConnectError(const LibvirtError &error);
    void setFacts(const LibvirtResult<HostFacts> &facts);

    // Whether the connection names another machine (qemu+ssh://user@host/…):
    // then this computer's files say nothing about the VM's host.
    bool isRemote() const;
    // "ssh user@host" for commands to run on a remote VM host.
    QString sshCommand() const;
    bool inFlatpak() const;
};

// The ten host checks. Each reads through the context's HostRoot and the
// reading's answer in it, and never blocks longer than a bounded D-Bus call.
class HostChecks
{
    Q_DECLARE_TR_FUNCTIONS(HostChecks)
public:
    // In the order they are shown.
    static const QStringList &ids();
    // Whether `id` surely needs libvirt's answer under `context`; a
    // check that finds out late (a hidden file) answers nullopt from run().
    static bool needsHypervisor(const QString &id, const HostContext &context);
    // nullopt when the check needs libvirt's answer and it has not come yet.
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

private:
    // The resources check's findings, one part at a time.
    struct ResourceFindings;
    static void findThreads(const HostContext &context, ResourceFindings &findings);
    static void findMemory(const HostContext &context, ResourceFindings &findings);
    static void findDisk(const HostContext &context, ResourceFindings &findings);
    static HostCheck resourcesVerdict(const ResourceFindings &findings);
};

} // namespace Airlock
