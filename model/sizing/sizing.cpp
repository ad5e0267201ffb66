// SPDX-License-Identifier: GPL-3.0-or-later
#include "sizing.h"

#include "host/hostroot.h"
#include "hypervisor/connection.h"
#include "hypervisor/hostfacts.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Airlock {

namespace {

QString quoted(const QString &text)
{
    //: Quotation marks around a name inside a sentence.
    return Sizing::tr("“%1”").arg(text);
}

// One assessment of a spec on a host: one function per part of the page,
// each adding the notices it finds.
struct Assessment
{
    const VmSpec &spec;
    const HostCapacity &host;
    const std::optional<ExistingNames> &names;
    SizingNotices notices;

    void add(SizingIssue issue, NoticeLevel level, const char *key, const QString &text)
    {
        notices.append({issue, level, QLatin1String(key), text});
    }
    void name();
    void vcpus();
    void memory();
    void disk();
    void pool();
    void cpu();
    void firmware();
};

// The name: valid, and free as a domain and as a disk in the pool.
void Assessment::name()
{
    if (const auto problem = VmSpec::nameProblem(spec.name)) {
        add(SizingIssue::NameInvalid, NoticeLevel::Error, "name", *problem);
    } else if (names) {
        if (names->isDomainTaken(spec.name)) {
            add(SizingIssue::NameTakenByDomain, NoticeLevel::Error, "name",
                Sizing::tr("A VM called %1 already exists on this connection. Choose another name: "
                           "Airlock never changes or replaces an existing VM.")
                        .arg(quoted(spec.name)));
        }
        if (names->pool == spec.storagePool && names->isVolumeTaken(spec.name)) {
            add(SizingIssue::NameTakenByVolume, NoticeLevel::Error, "name",
                Sizing::tr("The storage pool %1 already holds a disk called %2. Choose another "
                           "name: Airlock never overwrites an existing disk.")
                        .arg(quoted(spec.storagePool), quoted(spec.diskVolumeName())));
        }
    }
}

void Assessment::vcpus()
{
    if (host.threads <= 0)
        return;
    if (spec.vcpus > host.threads) {
        QString smt;
        if (host.smt.off && host.smt.byKernelParameter)
            smt = Sizing::tr(
                    " The kernel runs with “nosmt”: simultaneous multithreading is off, so each "
                    "core runs one thread instead of two, and only those are counted.");
        else if (host.smt.off)
            smt = Sizing::tr(" Simultaneous multithreading is off on this host, so each core runs "
                             "one thread instead of two, and only those are counted.");
        add(SizingIssue::VcpusAboveThreads, NoticeLevel::Error, "vcpus",
            Sizing::tr("The VM cannot have more virtual CPUs (%1) than this host has threads "
                       "online (%2).%3")
                    .arg(spec.vcpus)
                    .arg(host.threads)
                    .arg(smt));
    } else if (spec.vcpus == host.threads && host.threads > 1) {
        add(SizingIssue::VcpusAllThreads, NoticeLevel::Warning, "vcpus",
            Sizing::tr("The VM gets every thread this host has (%1). While it is busy, the host "
                       "has none to spare and may stutter; one fewer leaves it room.")
                    .arg(host.threads));
    }
}

void Assessment::memory()
{
    if (spec.memoryMiB < VmSpec::minimumMemoryMiB) {
        add(SizingIssue::MemoryBelowMinimum, NoticeLevel::Error, "memoryMiB",
            Sizing::tr("NixOS needs at least %1 of memory to install; %2 is too little.")
                    .arg(Sizing::formatMiB(VmSpec::minimumMemoryMiB),
                         Sizing::formatMiB(spec.memoryMiB)));
    } else if (spec.memoryMiB < VmSpec::recommendedMemoryMiB) {
        add(SizingIssue::MemoryBelowRecommended, NoticeLevel::Warning, "memoryMiB",
            Sizing::tr("NixOS recommends %1 for its graphical desktop; with %2 it installs and "
                       "runs, but slowly.")
                    .arg(Sizing::formatMiB(VmSpec::recommendedMemoryMiB),
                         Sizing::formatMiB(spec.memoryMiB)));
    }
    if (host.memoryMiB > 0 && spec.memoryMiB > host.memoryMiB) {
        add(SizingIssue::MemoryAboveHost, NoticeLevel::Error, "memoryMiB",
            Sizing::tr("%1 is more than this host has (%2 in all). Choose %2 or less.")
                    .arg(Sizing::formatMiB(spec.memoryMiB), Sizing::formatMiB(host.memoryMiB)));
    } else if (host.availableMemory != HostFacts::AvailableMemory::Unknown
               && spec.memoryMiB > host.availableMemoryMiB) {
        const QString available = Sizing::formatMiB(host.availableMemoryMiB);
        add(SizingIssue::MemoryAboveAvailable, NoticeLevel::Warning, "memoryMiB",
            host.availableMemory == HostFacts::AvailableMemory::WithCaches
                    ? Sizing::tr("Only %1 of this host's memory is available right now. The VM "
                                 "can still start, but the host then has to take memory back "
                                 "from its programs, and may slow down.")
                              .arg(available)
                    : Sizing::tr("Only %1 of this host's memory is free right now. The VM can "
                                 "still start, but the host then has to take memory back from "
                                 "its caches and programs, and may slow down.")
                              .arg(available));
    }
}

void Assessment::disk()
{
    if (spec.diskGiB < VmSpec::minimumDiskGiB) {
        add(SizingIssue::DiskBelowMinimum, NoticeLevel::Error, "diskGiB",
            Sizing::tr("NixOS needs at least %1 of disk to install; %2 is too little.")
                    .arg(Sizing::formatMiB(qint64(VmSpec::minimumDiskGiB) * 1024),
                         Sizing::formatMiB(qint64(spec.diskGiB) * 1024)));
    } else if (spec.diskGiB < VmSpec::recommendedDiskGiB) {
        add(SizingIssue::DiskBelowRecommended, NoticeLevel::Warning, "diskGiB",
            Sizing::tr("NixOS recommends %1 of disk; with %2 updates soon run short of room, "
                       "because NixOS keeps earlier system generations until you delete them.")
                    .arg(Sizing::formatMiB(qint64(VmSpec::recommendedDiskGiB) * 1024),
                         Sizing::formatMiB(qint64(spec.diskGiB) * 1024)));
    }
}

// The pool the disk goes into: its free space, or why it cannot be read.
void Assessment::pool()
{
    switch (host.pool) {
    case PoolState::Active:
        if (qint64(spec.diskGiB) * HostCapacity::gibibyte > host.poolAvailableBytes) {
            add(SizingIssue::DiskAboveFree, NoticeLevel::Warning, "diskGiB",
                Sizing::tr("The storage pool %1 has only %2 free. The disk is a thin qcow2 file: "
                           "it starts small and grows as NixOS writes, so it fits for now, but if "
                           "the pool fills up, the VM is paused until space is freed.")
                        .arg(quoted(host.poolName), Sizing::formatBytes(host.poolAvailableBytes)));
        }
        break;
    case PoolState::Missing:
        if (host.poolName == QLatin1String(Sizing::defaultPoolName)) {
            add(SizingIssue::PoolWillBeCreated, NoticeLevel::Info, "diskGiB",
                Sizing::tr("The storage pool %1 does not exist yet: Airlock creates it in %2 "
                           "together with the VM, so its free space cannot be checked before then.")
                        .arg(quoted(host.poolName), QLatin1String(Sizing::defaultPoolPath)));
        } else {
            add(SizingIssue::PoolMissing, NoticeLevel::Warning, "diskGiB",
                Sizing::tr(
                        "There is no storage pool %1 on this connection, so the disk has nowhere "
                        "to go. Define the pool in libvirt first, or leave “storagePool” out of "
                        "the spec to use %2, which Airlock creates when needed.")
                        .arg(quoted(host.poolName),
                             quoted(QLatin1String(Sizing::defaultPoolName))));
        }
        break;
    case PoolState::Inactive:
        add(SizingIssue::PoolInactive, NoticeLevel::Unknown, "diskGiB",
            Sizing::tr("The storage pool %1 is not running, so neither its free space nor the "
                       "disks already in it can be read.")
                    .arg(quoted(host.poolName)));
        break;
    case PoolState::Unknown:
        break;
    }
}

// How the CPU is run: KVM or emulation, and a CPU mode that fits it.
void Assessment::cpu()
{
    const bool kvm = Sizing::usesKvm(host, spec.accelerator);
    if (spec.accelerator == Accelerator::Kvm && host.known && !host.kvm) {
        add(SizingIssue::AcceleratorUnavailable, NoticeLevel::Error, "accelerator",
            Sizing::tr("The spec asks for KVM, which this host does not offer. Set “accelerator” "
                       "to “auto” in the spec to run the VM in emulation instead."));
    } else if (!kvm) {
        add(SizingIssue::Emulated, NoticeLevel::Info, "cpuMode",
            spec.accelerator == Accelerator::Tcg
                    ? Sizing::tr("The spec asks for emulation (TCG): the VM works, but much more "
                                 "slowly than with KVM, and cannot use the host CPU directly.")
                    : Sizing::tr(
                            "This host offers no KVM, so the VM runs in emulation (TCG): it works, "
                            "but much more slowly, and cannot use the host CPU directly."));
    }
    if (spec.cpuMode == CpuMode::HostPassthrough && !kvm) {
        add(SizingIssue::CpuModeNeedsKvm, NoticeLevel::Error, "cpuMode",
            Sizing::tr("%1 needs KVM, but this VM runs in emulation. Choose %2 instead.")
                    .arg(Sizing::cpuModeTitle(CpuMode::HostPassthrough),
                         Sizing::cpuModeTitle(CpuMode::Maximum)));
    } else if (!Sizing::cpuModeUnavailableReason(spec.cpuMode, host, spec.accelerator).isEmpty()) {
        add(SizingIssue::CpuModeUnsupported, NoticeLevel::Warning, "cpuMode",
            Sizing::tr("libvirt reports that this host does not support the CPU mode %1; the VM "
                       "may fail to start. %2 works everywhere.")
                    .arg(Sizing::cpuModeTitle(spec.cpuMode),
                         Sizing::cpuModeTitle(CpuMode::Maximum)));
    }
}

void Assessment::firmware()
{
    if (spec.firmware == Firmware::Uefi) {
        if (host.uefi == false) {
            add(SizingIssue::UefiUnavailable, NoticeLevel::Warning, "firmware",
                Sizing::tr("libvirt lists no UEFI firmware on this host, so the VM may fail to "
                           "start. Choose BIOS, or install the UEFI firmware for virtual machines "
                           "(edk2-ovmf on Fedora, ovmf on Debian) and start Airlock again."));
        }
        if (spec.secureBoot) {
            add(SizingIssue::SecureBootOn, NoticeLevel::Warning, "firmware",
                Sizing::tr("The spec turns Secure Boot on. The NixOS installer is not signed for "
                           "Secure Boot, so the VM will refuse to start it; set “secureBoot” to "
                           "false."));
        }
    }
}

// In the order of the page.
void (Assessment::*const s_assessments[])() = {
        &Assessment::name, &Assessment::vcpus, &Assessment::memory,   &Assessment::disk,
        &Assessment::pool, &Assessment::cpu,   &Assessment::firmware,
};

} // namespace

SmtState SmtState::read(const HostRoot &root)
{
    SmtState state;
    const bool parameter = root.kernelCommandLineHas(QStringLiteral("nosmt"));
    // The kernel's own switch is the truth: it also covers SMT turned off at
    // run time, or by "mitigations=auto,nosmt" on a CPU that needs it.
    const auto control = root.read(QStringLiteral("/sys/devices/system/cpu/smt/control"), 64);
    if (control) {
        const QByteArray value = control->trimmed();
        state.off = value == "off" || value == "forceoff";
    } else {
        state.off = parameter;
    }
    state.byKernelParameter = state.off && parameter;
    return state;
}

HostCapacity HostCapacity::fromFacts(const HostFacts &facts, const SmtState &smt)
{
    HostCapacity host;
    host.known = true;
    host.threads = facts.threads;
    host.smt = smt;
    host.memoryMiB = qint64(facts.memoryBytes / mebibyte);
    host.availableMemoryMiB = qint64(facts.availableMemoryBytes / mebibyte);
    host.availableMemory = facts.availableMemory;
    host.kvm = facts.kvm();
    host.hostPassthrough = facts.hostPassthrough();
    host.uefi = facts.uefi();
    if (facts.domainCapabilities) {
        host.hostModel = facts.domainCapabilities->hostModelSupported;
        host.maximum = facts.domainCapabilities->maximumSupported;
    }
    host.poolName = facts.pool.name;
    host.poolPath = facts.pool.path;
    if (!facts.pool.exists)
        host.pool = PoolState::Missing;
    else
        host.pool = facts.pool.active ? PoolState::Active : PoolState::Inactive;
    host.poolCapacityBytes = qint64(facts.pool.capacityBytes);
    host.poolAvailableBytes = qint64(facts.pool.availableBytes);
    return host;
}

HostLimits HostCapacity::limits() const
{
    HostLimits limits;
    if (!known)
        return limits;
    limits.threads = threads;
    limits.memoryMiB = memoryMiB;
    limits.kvmAvailable = kvm;
    return limits;
}

bool ExistingNames::isVolumeTaken(const QString &name) const
{
    return volumes.contains(name + QLatin1String(".qcow2"));
}

QString ExistingNames::firstFreeName(const QString &base) const
{
    if (!isTaken(base))
        return base;
    for (int suffix = 2;; ++suffix) {
        const QString candidate = base + QLatin1Char('-') + QString::number(suffix);
        if (!isTaken(candidate))
            return candidate;
    }
}

LibvirtResult<ExistingNames> ExistingNames::query(const Connection &connection, const QString &pool)
{
    ExistingNames names;
    names.pool = pool;
    const auto domains = connection.domainNames();
    if (!domains)
        return std::unexpected(domains.error());
    names.domains = *domains;
    // A pool that is missing or not running has no volumes to list; the
    // caller says so rather than treating every name as free.
    if (const auto volumes = connection.volumeNames(pool)) {
        names.volumes = *volumes;
        names.volumesKnown = true;
    }
    virResetLastError();
    return names;
}

int Sizing::vcpusFor(const HostCapacity &host)
{
    if (host.threads <= 0)
        return defaultVcpus;
    return std::max(1, std::min(defaultVcpus, host.threads - 1));
}

qint64 Sizing::memoryMiBFor(const HostCapacity &host)
{
    if (host.memoryMiB <= 0)
        return defaultMemoryMiB;
    const qint64 half = host.memoryMiB / 2 / memoryStepMiB * memoryStepMiB;
    return std::max(memoryStepMiB, std::min(defaultMemoryMiB, half));
}

bool Sizing::usesKvm(const HostCapacity &host, Accelerator accelerator)
{
    switch (accelerator) {
    case Accelerator::Kvm:
        return true;
    case Accelerator::Tcg:
        return false;
    case Accelerator::Auto:
        break;
    }
    return !host.known || host.kvm;
}

CpuMode Sizing::cpuModeFor(const HostCapacity &host, Accelerator accelerator)
{
    // Unconfirmed passthrough is a start-up failure waiting to happen;
    // "maximum" runs everywhere, with or without KVM.
    if (host.known && usesKvm(host, accelerator) && host.hostPassthrough == true)
        return CpuMode::HostPassthrough;
    return CpuMode::Maximum;
}

Firmware Sizing::firmwareFor(const HostCapacity &host)
{
    return host.uefi == false ? Firmware::Bios : Firmware::Uefi;
}

void Sizing::applyDefaults(VmSpec &spec, const HostCapacity &host,
                           const std::optional<ExistingNames> &names)
{
    // A spec file's keys cannot be told from VmSpec's built-in values, so a
    // value that differs from them is the user's and stays.
    const VmSpec builtIn;
    if (spec.vcpus == builtIn.vcpus)
        spec.vcpus = vcpusFor(host);
    if (spec.memoryMiB == builtIn.memoryMiB)
        spec.memoryMiB = memoryMiBFor(host);
    if (spec.diskGiB == builtIn.diskGiB)
        spec.diskGiB = defaultDiskGiB;
    if (spec.cpuMode == builtIn.cpuMode)
        spec.cpuMode = cpuModeFor(host, spec.accelerator);
    if (spec.firmware == builtIn.firmware && !spec.secureBoot)
        spec.firmware = firmwareFor(host);
    if (spec.name == builtIn.name && names && names->pool == spec.storagePool)
        spec.name = names->firstFreeName(spec.name);
}

SizingRange Sizing::vcpuRange(const HostCapacity &host, int current)
{
    const int capacity = host.threads > 0 ? host.threads : 16;
    return {1, std::max<qint64>(capacity, current)};
}

SizingRange Sizing::memoryRange(const HostCapacity &host, qint64 currentMiB)
{
    const qint64 capacity = host.memoryMiB > 0 ? host.memoryMiB : 16 * 1024;
    return {std::min(lowestMemoryMiB, currentMiB), std::max(capacity, currentMiB)};
}

SizingRange Sizing::diskRange(const HostCapacity &host, int currentGiB)
{
    // A thin disk may be larger than the free space, so the control reaches
    // the pool's whole size; the notice says what that means.
    qint64 capacity = 256;
    if (host.pool == PoolState::Active) {
        capacity = std::max(host.poolCapacityBytes, host.poolAvailableBytes)
                   / HostCapacity::gibibyte;
    }
    const qint64 maximum = std::max<qint64>({capacity, currentGiB, VmSpec::recommendedDiskGiB});
    return {std::min<qint64>(lowestDiskGiB, currentGiB), maximum};
}

QString Sizing::vcpuCaption(const HostCapacity &host, int suggested)
{
    if (host.threads <= 0)
        return tr("This host's number of threads is not known. Airlock suggests %1.")
                .arg(suggested);
    if (host.smt.off) {
        return tr("Up to %1 available on this host: simultaneous multithreading is off, so each "
                  "core counts once. Airlock suggests %2.")
                .arg(host.threads)
                .arg(suggested);
    }
    return tr("Up to %1 available on this host. Airlock suggests %2.")
            .arg(host.threads)
            .arg(suggested);
}

QString Sizing::memoryCaption(const HostCapacity &host)
{
    const QString recommended = formatMiB(VmSpec::recommendedMemoryMiB);
    if (host.memoryMiB <= 0)
        return tr("This host's memory is not known. NixOS recommends %1.").arg(recommended);
    switch (host.availableMemory) {
    case HostFacts::AvailableMemory::WithCaches:
        return tr("Up to %1 on this host, %2 of it available right now. NixOS recommends %3.")
                .arg(formatMiB(host.memoryMiB), formatMiB(host.availableMemoryMiB), recommended);
    case HostFacts::AvailableMemory::FreeOnly:
        return tr("Up to %1 on this host, %2 of it free right now (libvirt does not count the "
                  "caches the host could reclaim). NixOS recommends %3.")
                .arg(formatMiB(host.memoryMiB), formatMiB(host.availableMemoryMiB), recommended);
    case HostFacts::AvailableMemory::Unknown:
        break;
    }
    return tr("Up to %1 available on this host. NixOS recommends %2.")
            .arg(formatMiB(host.memoryMiB), recommended);
}

QString Sizing::diskCaption(const HostCapacity &host)
{
    const QString recommended = formatMiB(qint64(VmSpec::recommendedDiskGiB) * 1024);
    if (host.pool == PoolState::Active) {
        return tr("Up to %1 free in the storage pool %2. NixOS recommends %3; the disk takes only "
                  "the space NixOS actually writes.")
                .arg(formatBytes(host.poolAvailableBytes), quoted(host.poolName), recommended);
    }
    return tr("The free space for the disk is not known yet. NixOS recommends %1; the disk takes "
              "only the space NixOS actually writes.")
            .arg(recommended);
}

QString Sizing::cpuModeTitle(CpuMode mode)
{
    switch (mode) {
    case CpuMode::HostPassthrough:
        //: CPU mode; the part in parentheses is libvirt's name and stays as is.
        return tr("Host CPU (host-passthrough)");
    case CpuMode::HostModel:
        //: CPU mode; the part in parentheses is libvirt's name and stays as is.
        return tr("Similar model (host-model)");
    case CpuMode::Maximum:
        //: CPU mode (libvirt's "maximum"): every feature the hypervisor can offer.
        return tr("Maximum");
    }
    return {};
}

QString Sizing::cpuModeUnavailableReason(CpuMode mode, const HostCapacity &host,
                                         Accelerator accelerator)
{
    std::optional<bool> supported;
    switch (mode) {
    case CpuMode::HostPassthrough:
        if (!usesKvm(host, accelerator))
            return tr("Needs KVM, which this VM cannot use here.");
        supported = host.hostPassthrough;
        break;
    case CpuMode::HostModel:
        supported = host.hostModel;
        break;
    case CpuMode::Maximum:
        supported = host.maximum;
        break;
    }
    if (supported == false)
        return tr("libvirt reports that this host does not support it.");
    return {};
}

SizingNotices Sizing::assess(const VmSpec &spec, const HostCapacity &host,
                             const std::optional<ExistingNames> &names)
{
    Assessment assessment {spec, host, names, {}};
    for (const auto part : s_assessments)
        (assessment.*part)();
    return assessment.notices;
}

bool Sizing::hasError(const SizingNotices &notices)
{
    return std::any_of(notices.cbegin(), notices.cend(), [](const SizingNotice &notice) {
        return notice.level == NoticeLevel::Error;
    });
}

QString Sizing::formatMiB(qint64 mebibytes)
{
    const QLocale locale;
    constexpr qint64 tebibyte = 1024 * 1024;
    if (mebibytes >= tebibyte) {
        const double tebibytes = double(mebibytes) / double(tebibyte);
        const int decimals = std::llround(tebibytes * 10.0) % 10 == 0 ? 0 : 1;
        //: An amount of memory or disk in tebibytes.
        return tr("%1 TiB").arg(locale.toString(tebibytes, 'f', decimals));
    }
    if (mebibytes < 1024) {
        //: An amount of memory or disk in mebibytes.
        return tr("%1 MiB").arg(locale.toString(mebibytes));
    }
    // As many decimals as a quarter-GiB step needs, and no more; anything
    // else (a host's total) to one decimal, without a trailing ".0".
    int decimals = 1;
    if (mebibytes % 1024 == 0 || std::llround(double(mebibytes) * 10.0 / 1024.0) % 10 == 0)
        decimals = 0;
    else if (mebibytes % 512 == 0)
        decimals = 1;
    else if (mebibytes % 256 == 0)
        decimals = 2;
    //: An amount of memory or disk in gibibytes.
    return tr("%1 GiB").arg(locale.toString(double(mebibytes) / 1024.0, 'f', decimals));
}

QString Sizing::formatBytes(qint64 bytes)
{
    const QLocale locale;
    constexpr qint64 tebibyte = 1024 * HostCapacity::gibibyte;
    if (bytes >= tebibyte) {
        //: An amount of disk in tebibytes.
        return tr("%1 TiB").arg(locale.toString(double(bytes) / double(tebibyte), 'f', 1));
    }
    // Free space is rounded down: never promise what is not there.
    if (bytes >= 10 * HostCapacity::gibibyte)
        return tr("%1 GiB").arg(locale.toString(bytes / HostCapacity::gibibyte));
    if (bytes >= HostCapacity::gibibyte) {
        const double tenths = std::floor(double(bytes) * 10.0 / double(HostCapacity::gibibyte));
        return tr("%1 GiB").arg(locale.toString(tenths / 10.0, 'f', 1));
    }
    return tr("%1 MiB").arg(locale.toString(bytes / HostCapacity::mebibyte));
}

} // namespace Airlock
