// SPDX-License-Identifier: GPL-3.0-or-later
// model/sizing/: how big the VM should be. The host's capacity in the spec's
// units, the defaults from NixOS's needs and that capacity, and the
// assessment of a size the user chose. Uses the spec, the hypervisor's facts
// and the host's files (for SMT).
#pragma once

#include "hypervisor/hostfacts.h"
#include "hypervisor/libvirthandles.h"
#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airlock {

class Connection;
class HostRoot;

// Whether simultaneous multithreading (Hyper-Threading) is off on this host.
// When it is, the kernel keeps every core's second thread offline, and
// libvirt's count of CPUs already leaves those out.
struct SmtState
{
    bool off = false;
    // "nosmt" on the kernel command line (rather than a runtime switch or
    // "mitigations=…,nosmt" on a vulnerable CPU, which only sysfs reveals).
    bool byKernelParameter = false;

    // Reads /sys/devices/system/cpu/smt/control and /proc/cmdline.
    static SmtState read(const HostRoot &root);
};

enum class PoolState {
    Unknown, // libvirt could not be asked
    Missing, // not defined on this connection
    Inactive, // defined but not running: no free space to read
    Active,
};

// What the VM is sized from: the host's capacity in the spec's units,
// computed from HostFacts (the wizard's from HostReading::capacity()).
// Zero and nullopt mean "not known"; nothing unknown is ever guessed.
struct HostCapacity
{
    static constexpr qint64 mebibyte = 1024 * 1024;
    static constexpr qint64 gibibyte = 1024 * mebibyte;

    bool known = false; // false: libvirt could not be asked at all
    int threads = 0; // CPUs the kernel has online, as libvirt counts them
    SmtState smt;
    qint64 memoryMiB = 0;
    // What a VM could have right now, as libvirt counted it (HostFacts).
    qint64 availableMemoryMiB = 0;
    HostFacts::AvailableMemory availableMemory = HostFacts::AvailableMemory::Unknown;
    bool kvm = false;
    // From domain capabilities; unknown where the driver has none.
    std::optional<bool> hostPassthrough;
    std::optional<bool> hostModel;
    std::optional<bool> maximum;
    std::optional<bool> uefi;

    QString poolName;
    PoolState pool = PoolState::Unknown;
    QString poolPath;
    qint64 poolCapacityBytes = 0;
    qint64 poolAvailableBytes = 0;

    static HostCapacity fromFacts(const HostFacts &facts, const SmtState &smt);
    // What VmSpec::validate() checks against; unknown facts are not checked.
    HostLimits limits() const;
};

// The names already taken on the connection: a new VM's domain and its
// "<name>.qcow2" volume must collide with none of them.
struct ExistingNames
{
    QString pool;
    QStringList domains;
    QStringList volumes;
    bool volumesKnown = false; // false when the pool is missing or not running

    bool isDomainTaken(const QString &name) const { return domains.contains(name); }
    bool isVolumeTaken(const QString &name) const;
    bool isTaken(const QString &name) const { return isDomainTaken(name) || isVolumeTaken(name); }
    // `base`, or "base-2", "base-3", … : the first name nothing uses.
    QString firstFreeName(const QString &base) const;

    // Blocking: call on a worker (Hypervisor::run).
    static LibvirtResult<ExistingNames> query(const Connection &connection, const QString &pool);
};

// Everything the Resources page warns about, one value per threshold.
enum class SizingIssue {
    NameInvalid,
    NameTakenByDomain,
    NameTakenByVolume,
    VcpusAboveThreads,
    VcpusAllThreads,
    MemoryBelowMinimum,
    MemoryBelowRecommended,
    MemoryAboveHost,
    MemoryAboveAvailable,
    DiskBelowMinimum,
    DiskBelowRecommended,
    DiskAboveFree,
    PoolWillBeCreated,
    PoolMissing,
    PoolInactive,
    Emulated,
    AcceleratorUnavailable,
    CpuModeNeedsKvm,
    CpuModeUnsupported,
    UefiUnavailable,
    SecureBootOn,
};

// How much a notice weighs: an Error stops the wizard (the VM could not be
// created or would not run); a Warning is the user's call; Unknown says what
// could not be checked; Info explains a decision.
enum class NoticeLevel { Info, Unknown, Warning, Error };

struct SizingNotice
{
    SizingIssue issue;
    NoticeLevel level;
    QString key; // the spec key the notice is about: "memoryMiB", "name", …
    QString text; // a translated sentence or two
};
using SizingNotices = QList<SizingNotice>;

// A control's span: at least the host's capacity, always wide enough to show
// the current value (a --spec value is never clamped).
struct SizingRange
{
    qint64 minimum = 0;
    qint64 maximum = 0;
};

// Turns host facts into defaults, control ranges, captions and live notices.
// Pure functions of their arguments: the Resources page, the command line and
// the tests all ask the same questions and get the same answers.
class Sizing
{
    Q_DECLARE_TR_FUNCTIONS(Sizing)
public:
    static constexpr int defaultVcpus = 2;
    static constexpr qint64 defaultMemoryMiB = 4096;
    static constexpr int defaultDiskGiB = 32;
    // Memory moves in quarter-GiB steps; the controls reach below NixOS's
    // minimum so the reason for the limit can be shown, not just enforced.
    static constexpr qint64 memoryStepMiB = 256;
    static constexpr qint64 lowestMemoryMiB = 512;
    static constexpr int lowestDiskGiB = 1;
    // Where Airlock defines the "default" pool when it does not exist yet.
    static constexpr const char *defaultPoolName = "default";
    static constexpr const char *defaultPoolPath = "/var/lib/libvirt/images";
    static constexpr const char *defaultName = "nixos";

    // The host-derived defaults: 2 vCPUs but at most threads − 1 (at least
    // 1), 4 GiB but never more than half the host's memory, 32 GiB of thin
    // disk, host-passthrough only where KVM runs it and libvirt confirms it.
    static int vcpusFor(const HostCapacity &host);
    static qint64 memoryMiBFor(const HostCapacity &host);
    static CpuMode cpuModeFor(const HostCapacity &host, Accelerator accelerator);
    static Firmware firmwareFor(const HostCapacity &host);

    // Fills the resource fields still at VmSpec's built-in values with the
    // host-derived defaults and the name with the first free one; values the
    // user chose (a --spec file) are kept.
    static void applyDefaults(VmSpec &spec, const HostCapacity &host,
                              const std::optional<ExistingNames> &names);

    static SizingRange vcpuRange(const HostCapacity &host, int current);
    static SizingRange memoryRange(const HostCapacity &host, qint64 currentMiB);
    static SizingRange diskRange(const HostCapacity &host, int currentGiB);

    // "Up to N available on this host …", under each control.
    static QString vcpuCaption(const HostCapacity &host, int suggested);
    static QString memoryCaption(const HostCapacity &host);
    static QString diskCaption(const HostCapacity &host);

    // "Host CPU (host-passthrough)", …: the words the page and notices use.
    static QString cpuModeTitle(CpuMode mode);

    // Whether the CPU mode can run here, and why not (empty when it can).
    static QString cpuModeUnavailableReason(CpuMode mode, const HostCapacity &host,
                                            Accelerator accelerator);
    static bool usesKvm(const HostCapacity &host, Accelerator accelerator);

    // Every notice the spec earns on this host, in the order of the page.
    static SizingNotices assess(const VmSpec &spec, const HostCapacity &host,
                                const std::optional<ExistingNames> &names);
    static bool hasError(const SizingNotices &notices);

    // "4 GiB", "1.5 GiB", "512 MiB", "4 TiB" in the current locale.
    static QString formatMiB(qint64 mebibytes);
    static QString formatBytes(qint64 bytes);
};

} // namespace Airlock
