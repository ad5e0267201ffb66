// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/hostroot.h"
#include "hypervisor/connection.h"
#include "hypervisor/hostfacts.h"
#include "hypervisor/hypervisor.h"
#include "sizing/sizing.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Airlock;

namespace {

constexpr qint64 gib = HostCapacity::gibibyte;

// The hosts the tests size for. "roomy" has room for everything Airlock
// suggests: 8 threads, 16 GiB (8 free), KVM with passthrough, UEFI, and a
// running pool with 40 GiB free of 100.
enum class FakeHost {
    Unknown,
    Roomy,
    FourGiB,
    SixtyFourGiB,
    TwoThreads,
    OneThread,
    Nosmt,
    TestDriver,
    NoKvm,
    KvmWithoutDomainCapabilities,
    KvmWithoutPassthrough,
    NoUefi,
    NoHostModel,
    DefaultPoolMissing,
    OtherPoolMissing,
    PoolInactive,
};

HostCapacity fakeHost(FakeHost which)
{
    HostCapacity host;
    if (which == FakeHost::Unknown)
        return host;
    host.known = true;
    host.threads = 8;
    host.memoryMiB = 16 * 1024;
    host.availableMemoryMiB = 8 * 1024;
    host.availableMemory = HostFacts::AvailableMemory::WithCaches;
    host.kvm = true;
    host.hostPassthrough = true;
    host.hostModel = true;
    host.maximum = true;
    host.uefi = true;
    host.poolName = QStringLiteral("default");
    host.pool = PoolState::Active;
    host.poolPath = QStringLiteral("/var/lib/libvirt/images");
    host.poolCapacityBytes = 100 * gib;
    host.poolAvailableBytes = 40 * gib;
    switch (which) {
    case FakeHost::Unknown:
    case FakeHost::Roomy:
        break;
    case FakeHost::FourGiB:
        host.memoryMiB = 4096;
        host.availableMemoryMiB = 3000;
        host.threads = 4;
        break;
    case FakeHost::SixtyFourGiB:
        host.memoryMiB = 64 * 1024;
        host.availableMemoryMiB = 60 * 1024;
        host.threads = 32;
        break;
    case FakeHost::TwoThreads:
        host.threads = 2;
        break;
    case FakeHost::OneThread:
        host.threads = 1;
        break;
    case FakeHost::Nosmt:
        // A 4-core, 8-thread processor booted with "nosmt": libvirt counts
        // the 4 threads the kernel keeps online.
        host.threads = 4;
        host.smt = {true, true};
        break;
    case FakeHost::TestDriver:
        host.threads = 16;
        host.memoryMiB = 3072;
        // libvirt's test driver keeps no memory statistics: its free memory only.
        host.availableMemoryMiB = 3;
        host.availableMemory = HostFacts::AvailableMemory::FreeOnly;
        host.kvm = false;
        host.hostPassthrough.reset();
        host.hostModel.reset();
        host.maximum.reset();
        host.uefi.reset();
        break;
    case FakeHost::NoKvm:
        host.kvm = false;
        break;
    case FakeHost::KvmWithoutDomainCapabilities:
        host.hostPassthrough.reset();
        host.hostModel.reset();
        host.maximum.reset();
        host.uefi.reset();
        break;
    case FakeHost::KvmWithoutPassthrough:
        host.hostPassthrough = false;
        break;
    case FakeHost::NoUefi:
        host.uefi = false;
        break;
    case FakeHost::NoHostModel:
        host.hostModel = false;
        break;
    case FakeHost::DefaultPoolMissing:
        host.pool = PoolState::Missing;
        host.poolPath.clear();
        host.poolCapacityBytes = host.poolAvailableBytes = 0;
        break;
    case FakeHost::OtherPoolMissing:
        host.poolName = QStringLiteral("fast");
        host.pool = PoolState::Missing;
        host.poolCapacityBytes = host.poolAvailableBytes = 0;
        break;
    case FakeHost::PoolInactive:
        host.pool = PoolState::Inactive;
        host.poolCapacityBytes = host.poolAvailableBytes = 0;
        break;
    }
    return host;
}

// Sets one spec key from a test row: "vcpus", "memoryMiB", "diskGiB",
// "cpuMode", "accelerator", "firmware", "secureBoot", "name", "storagePool".
void setKey(VmSpec &spec, const QString &key, const QString &value)
{
    if (key == QLatin1String("vcpus"))
        spec.vcpus = value.toInt();
    else if (key == QLatin1String("memoryMiB"))
        spec.memoryMiB = value.toLongLong();
    else if (key == QLatin1String("diskGiB"))
        spec.diskGiB = value.toInt();
    else if (key == QLatin1String("cpuMode"))
        spec.cpuMode = *cpuModeFromJsonName(value);
    else if (key == QLatin1String("accelerator"))
        spec.accelerator = *acceleratorFromJsonName(value);
    else if (key == QLatin1String("firmware"))
        spec.firmware = *firmwareFromJsonName(value);
    else if (key == QLatin1String("secureBoot"))
        spec.secureBoot = value == QLatin1String("true");
    else if (key == QLatin1String("name"))
        spec.name = value;
    else if (key == QLatin1String("storagePool"))
        spec.storagePool = value;
    else
        qFatal("unknown key %s", qPrintable(key));
}

// A spec sized to pass on the roomy host: a warning found is the row's doing.
VmSpec roomySpec()
{
    VmSpec spec;
    spec.vcpus = 2;
    spec.memoryMiB = 4096;
    spec.diskGiB = 32;
    spec.cpuMode = CpuMode::Maximum;
    return spec;
}

const SizingNotice *find(const SizingNotices &notices, SizingIssue issue)
{
    for (const SizingNotice &notice : notices) {
        if (notice.issue == issue)
            return &notice;
    }
    return nullptr;
}

QString describe(const SizingNotices &notices)
{
    QStringList lines;
    for (const SizingNotice &notice : notices)
        lines.append(
                QStringLiteral("#%1 %2: %3").arg(int(notice.issue)).arg(notice.key, notice.text));
    return lines.join(QLatin1Char('\n'));
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestSizing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldHaveDefaultValue();
    void defaultsFromHostCapacity_data();
    void defaultsFromHostCapacity();
    void keepsTheUsersValues();
    void picksTheFirstFreeName_data();
    void picksTheFirstFreeName();
    void rangesCoverHostAndCurrentValue_data();
    void rangesCoverHostAndCurrentValue();
    void noticeAppearsAtItsThreshold_data();
    void noticeAppearsAtItsThreshold();
    void explainsNosmtWhenThreadsRunOut();
    void errorsAgreeWithTheSpecValidation_data();
    void errorsAgreeWithTheSpecValidation();
    void captionsSayWhatIsAvailable_data();
    void captionsSayWhatIsAvailable();
    void formatsAmounts_data();
    void formatsAmounts();
    void readsSmtState_data();
    void readsSmtState();
    void readsCapacityFromTheTestDriver();
    void findsExistingNamesOnTheTestDriver();
    void findsExistingNamesInACustomNode();
};

void TestSizing::initTestCase()
{
    Hypervisor::initializeLibvirt();
}

void TestSizing::shouldHaveDefaultValue()
{
    const HostCapacity host;
    QVERIFY(!host.known);
    QCOMPARE(host.threads, 0);
    QCOMPARE(host.pool, PoolState::Unknown);
    QVERIFY(!host.hostPassthrough.has_value());
    const HostLimits limits = host.limits();
    QCOMPARE(limits.threads, 0);
    QCOMPARE(limits.memoryMiB, qint64(0));
    QVERIFY(limits.kvmAvailable); // unknown is not "no"

    QCOMPARE(Sizing::vcpusFor(host), 2);
    QCOMPARE(Sizing::memoryMiBFor(host), qint64(4096));
    QCOMPARE(Sizing::cpuModeFor(host, Accelerator::Auto), CpuMode::Maximum);
    QCOMPARE(Sizing::firmwareFor(host), Firmware::Uefi);
    // Nothing is known, so nothing is warned about beyond the spec's own values.
    QVERIFY2(Sizing::assess(roomySpec(), host, std::nullopt).isEmpty(),
             qPrintable(describe(Sizing::assess(roomySpec(), host, std::nullopt))));
}

void TestSizing::defaultsFromHostCapacity_data()
{
    QTest::addColumn<FakeHost>("host");
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<qint64>("memoryMiB");
    QTest::addColumn<CpuMode>("cpuMode");
    QTest::addColumn<Firmware>("firmware");

    QTest::newRow("4 GiB host: half its memory")
            << FakeHost::FourGiB << 2 << qint64(2048) << CpuMode::HostPassthrough << Firmware::Uefi;
    QTest::newRow("64 GiB host: 4 GiB is plenty") << FakeHost::SixtyFourGiB << 2 << qint64(4096)
                                                  << CpuMode::HostPassthrough << Firmware::Uefi;
    QTest::newRow("16 GiB host") << FakeHost::Roomy << 2 << qint64(4096) << CpuMode::HostPassthrough
                                 << Firmware::Uefi;
    QTest::newRow("2-thread host keeps one for itself")
            << FakeHost::TwoThreads << 1 << qint64(4096) << CpuMode::HostPassthrough
            << Firmware::Uefi;
    QTest::newRow("1-thread host still gets one") << FakeHost::OneThread << 1 << qint64(4096)
                                                  << CpuMode::HostPassthrough << Firmware::Uefi;
    QTest::newRow("nosmt: the online threads already count once")
            << FakeHost::Nosmt << 2 << qint64(4096) << CpuMode::HostPassthrough << Firmware::Uefi;
    QTest::newRow("test driver: 3 GiB, no KVM, nothing known about CPU modes")
            << FakeHost::TestDriver << 2 << qint64(1536) << CpuMode::Maximum << Firmware::Uefi;
    QTest::newRow("no KVM: maximum")
            << FakeHost::NoKvm << 2 << qint64(4096) << CpuMode::Maximum << Firmware::Uefi;
    QTest::newRow("KVM but no domain capabilities: maximum")
            << FakeHost::KvmWithoutDomainCapabilities << 2 << qint64(4096) << CpuMode::Maximum
            << Firmware::Uefi;
    QTest::newRow("KVM without passthrough: maximum")
            << FakeHost::KvmWithoutPassthrough << 2 << qint64(4096) << CpuMode::Maximum
            << Firmware::Uefi;
    QTest::newRow("no UEFI firmware: BIOS")
            << FakeHost::NoUefi << 2 << qint64(4096) << CpuMode::HostPassthrough << Firmware::Bios;
    QTest::newRow("nothing known")
            << FakeHost::Unknown << 2 << qint64(4096) << CpuMode::Maximum << Firmware::Uefi;
}

void TestSizing::defaultsFromHostCapacity()
{
    QFETCH(FakeHost, host);
    QFETCH(int, vcpus);
    QFETCH(qint64, memoryMiB);
    QFETCH(CpuMode, cpuMode);
    QFETCH(Firmware, firmware);

    const HostCapacity capacity = fakeHost(host);
    VmSpec spec;
    Sizing::applyDefaults(spec, capacity, std::nullopt);
    QCOMPARE(spec.vcpus, vcpus);
    QCOMPARE(spec.memoryMiB, memoryMiB);
    QCOMPARE(spec.diskGiB, 32);
    QCOMPARE(spec.cpuMode, cpuMode);
    QCOMPARE(spec.firmware, firmware);
    QCOMPARE(spec.accelerator, Accelerator::Auto);
    QVERIFY(!spec.secureBoot);
    QCOMPARE(spec.name, QStringLiteral("nixos"));

    // The defaults never exceed half the memory or leave the host no thread.
    if (capacity.memoryMiB > 0)
        QVERIFY(spec.memoryMiB <= capacity.memoryMiB / 2);
    if (capacity.threads > 1)
        QVERIFY(spec.vcpus < capacity.threads);
    // And a default is never an error on the host it was made for.
    const SizingNotices notices = Sizing::assess(spec, capacity, std::nullopt);
    QVERIFY2(!Sizing::hasError(notices), qPrintable(describe(notices)));
    const SpecProblems problems = spec.validate(capacity.limits());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).text()));
}

void TestSizing::keepsTheUsersValues()
{
    VmSpec spec;
    spec.name = QStringLiteral("work");
    spec.vcpus = 6;
    spec.memoryMiB = 4000;
    spec.diskGiB = 50;
    spec.cpuMode = CpuMode::HostModel;
    spec.firmware = Firmware::Bios;
    const VmSpec before = spec;
    ExistingNames names;
    names.pool = spec.storagePool;
    names.domains = {QStringLiteral("work")};
    Sizing::applyDefaults(spec, fakeHost(FakeHost::FourGiB), names);
    QCOMPARE(spec, before);

    // Secure Boot asked for by a spec keeps UEFI even where none is listed.
    VmSpec secure;
    secure.secureBoot = true;
    Sizing::applyDefaults(secure, fakeHost(FakeHost::NoUefi), std::nullopt);
    QCOMPARE(secure.firmware, Firmware::Uefi);
}

void TestSizing::picksTheFirstFreeName_data()
{
    QTest::addColumn<QStringList>("domains");
    QTest::addColumn<QStringList>("volumes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing taken") << QStringList() << QStringList() << QStringLiteral("nixos");
    QTest::newRow("other names") << QStringList {QStringLiteral("test")}
                                 << QStringList {QStringLiteral("nixos.iso")}
                                 << QStringLiteral("nixos");
    QTest::newRow("domain taken") << QStringList {QStringLiteral("nixos")} << QStringList()
                                  << QStringLiteral("nixos-2");
    QTest::newRow("volume taken") << QStringList() << QStringList {QStringLiteral("nixos.qcow2")}
                                  << QStringLiteral("nixos-2");
    QTest::newRow("domain, then volume")
            << QStringList {QStringLiteral("nixos")}
            << QStringList {QStringLiteral("nixos-2.qcow2")} << QStringLiteral("nixos-3");
    QTest::newRow("case matters to libvirt")
            << QStringList {QStringLiteral("NixOS")} << QStringList() << QStringLiteral("nixos");
}

void TestSizing::picksTheFirstFreeName()
{
    QFETCH(QStringList, domains);
    QFETCH(QStringList, volumes);
    QFETCH(QString, expected);

    ExistingNames names;
    names.pool = QStringLiteral("default");
    names.domains = domains;
    names.volumes = volumes;
    names.volumesKnown = true;
    QCOMPARE(names.firstFreeName(QStringLiteral("nixos")), expected);

    VmSpec spec;
    Sizing::applyDefaults(spec, fakeHost(FakeHost::Roomy), names);
    QCOMPARE(spec.name, expected);
    QVERIFY(!names.isTaken(spec.name));
}

void TestSizing::rangesCoverHostAndCurrentValue_data()
{
    QTest::addColumn<FakeHost>("host");
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<qint64>("memoryMiB");
    QTest::addColumn<int>("diskGiB");
    QTest::addColumn<qint64>("vcpuMaximum");
    QTest::addColumn<qint64>("memoryMaximum");
    QTest::addColumn<qint64>("diskMaximum");

    QTest::newRow("roomy host") << FakeHost::Roomy << 2 << qint64(4096) << 32 << qint64(8)
                                << qint64(16384) << qint64(100);
    QTest::newRow("a spec beyond the host is not clamped")
            << FakeHost::FourGiB << 12 << qint64(8192) << 500 << qint64(12) << qint64(8192)
            << qint64(500);
    QTest::newRow("unknown host") << FakeHost::Unknown << 2 << qint64(4096) << 32 << qint64(16)
                                  << qint64(16384) << qint64(256);
    QTest::newRow("pool not there yet") << FakeHost::DefaultPoolMissing << 2 << qint64(4096) << 32
                                        << qint64(8) << qint64(16384) << qint64(256);
}

void TestSizing::rangesCoverHostAndCurrentValue()
{
    QFETCH(FakeHost, host);
    QFETCH(int, vcpus);
    QFETCH(qint64, memoryMiB);
    QFETCH(int, diskGiB);
    QFETCH(qint64, vcpuMaximum);
    QFETCH(qint64, memoryMaximum);
    QFETCH(qint64, diskMaximum);

    const HostCapacity capacity = fakeHost(host);
    const SizingRange vcpuRange = Sizing::vcpuRange(capacity, vcpus);
    QCOMPARE(vcpuRange.minimum, qint64(1));
    QCOMPARE(vcpuRange.maximum, vcpuMaximum);
    const SizingRange memoryRange = Sizing::memoryRange(capacity, memoryMiB);
    // Below NixOS's minimum, so the reason for the minimum can be shown.
    QVERIFY(memoryRange.minimum < VmSpec::minimumMemoryMiB);
    QCOMPARE(memoryRange.maximum, memoryMaximum);
    const SizingRange diskRange = Sizing::diskRange(capacity, diskGiB);
    QVERIFY(diskRange.minimum < VmSpec::minimumDiskGiB);
    QCOMPARE(diskRange.maximum, diskMaximum);
}

void TestSizing::noticeAppearsAtItsThreshold_data()
{
    QTest::addColumn<FakeHost>("host");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<SizingIssue>("issue");
    QTest::addColumn<bool>("present");
    QTest::addColumn<NoticeLevel>("level");
    QTest::addColumn<QString>("noticeKey");

    const auto row = [](const char *name, FakeHost host, const char *key, const QString &value,
                        SizingIssue issue, bool present, NoticeLevel level, const char *noticeKey) {
        QTest::newRow(name) << host << QString::fromLatin1(key) << value << issue << present
                            << level << QString::fromLatin1(noticeKey);
    };
    using I = SizingIssue;
    using L = NoticeLevel;
    const auto h = FakeHost::Roomy;

    row("7 of 8 threads", h, "vcpus", QStringLiteral("7"), I::VcpusAllThreads, false, L::Warning,
        "vcpus");
    row("8 of 8 threads", h, "vcpus", QStringLiteral("8"), I::VcpusAllThreads, true, L::Warning,
        "vcpus");
    row("8 of 8: not above", h, "vcpus", QStringLiteral("8"), I::VcpusAboveThreads, false, L::Error,
        "vcpus");
    row("9 of 8 threads", h, "vcpus", QStringLiteral("9"), I::VcpusAboveThreads, true, L::Error,
        "vcpus");
    row("9 of 8: not also all", h, "vcpus", QStringLiteral("9"), I::VcpusAllThreads, false,
        L::Warning, "vcpus");
    row("1 of 1 thread is no warning", FakeHost::OneThread, "vcpus", QStringLiteral("1"),
        I::VcpusAllThreads, false, L::Warning, "vcpus");
    row("4 of 4 with nosmt", FakeHost::Nosmt, "vcpus", QStringLiteral("4"), I::VcpusAllThreads,
        true, L::Warning, "vcpus");
    row("5 of 4 with nosmt", FakeHost::Nosmt, "vcpus", QStringLiteral("5"), I::VcpusAboveThreads,
        true, L::Error, "vcpus");
    row("threads unknown", FakeHost::Unknown, "vcpus", QStringLiteral("64"), I::VcpusAboveThreads,
        false, L::Error, "vcpus");

    row("1535 MiB", h, "memoryMiB", QStringLiteral("1535"), I::MemoryBelowMinimum, true, L::Error,
        "memoryMiB");
    row("1536 MiB", h, "memoryMiB", QStringLiteral("1536"), I::MemoryBelowMinimum, false, L::Error,
        "memoryMiB");
    row("1536 MiB is below the recommendation", h, "memoryMiB", QStringLiteral("1536"),
        I::MemoryBelowRecommended, true, L::Warning, "memoryMiB");
    row("3071 MiB", h, "memoryMiB", QStringLiteral("3071"), I::MemoryBelowRecommended, true,
        L::Warning, "memoryMiB");
    row("3072 MiB", h, "memoryMiB", QStringLiteral("3072"), I::MemoryBelowRecommended, false,
        L::Warning, "memoryMiB");
    row("all available memory", h, "memoryMiB", QStringLiteral("8192"), I::MemoryAboveAvailable,
        false, L::Warning, "memoryMiB");
    row("1 MiB beyond available memory", h, "memoryMiB", QStringLiteral("8193"),
        I::MemoryAboveAvailable, true, L::Warning, "memoryMiB");
    row("all the host's memory", h, "memoryMiB", QStringLiteral("16384"), I::MemoryAboveHost, false,
        L::Error, "memoryMiB");
    row("1 MiB beyond the host", h, "memoryMiB", QStringLiteral("16385"), I::MemoryAboveHost, true,
        L::Error, "memoryMiB");
    row("beyond the host is not also beyond available", h, "memoryMiB", QStringLiteral("16385"),
        I::MemoryAboveAvailable, false, L::Warning, "memoryMiB");
    row("available memory unknown", FakeHost::Unknown, "memoryMiB", QStringLiteral("65536"),
        I::MemoryAboveAvailable, false, L::Warning, "memoryMiB");

    row("9 GiB disk", h, "diskGiB", QStringLiteral("9"), I::DiskBelowMinimum, true, L::Error,
        "diskGiB");
    row("10 GiB disk", h, "diskGiB", QStringLiteral("10"), I::DiskBelowMinimum, false, L::Error,
        "diskGiB");
    row("19 GiB disk", h, "diskGiB", QStringLiteral("19"), I::DiskBelowRecommended, true,
        L::Warning, "diskGiB");
    row("20 GiB disk", h, "diskGiB", QStringLiteral("20"), I::DiskBelowRecommended, false,
        L::Warning, "diskGiB");
    row("disk as large as the free space", h, "diskGiB", QStringLiteral("40"), I::DiskAboveFree,
        false, L::Warning, "diskGiB");
    row("disk beyond the free space", h, "diskGiB", QStringLiteral("41"), I::DiskAboveFree, true,
        L::Warning, "diskGiB");
    row("default pool will be created", FakeHost::DefaultPoolMissing, "diskGiB",
        QStringLiteral("500"), I::PoolWillBeCreated, true, L::Info, "diskGiB");
    row("missing pool: free space not judged", FakeHost::DefaultPoolMissing, "diskGiB",
        QStringLiteral("500"), I::DiskAboveFree, false, L::Warning, "diskGiB");
    row("another pool missing", FakeHost::OtherPoolMissing, "diskGiB", QStringLiteral("32"),
        I::PoolMissing, true, L::Warning, "diskGiB");
    row("inactive pool", FakeHost::PoolInactive, "diskGiB", QStringLiteral("32"), I::PoolInactive,
        true, L::Unknown, "diskGiB");

    row("passthrough with KVM", h, "cpuMode", QStringLiteral("host-passthrough"),
        I::CpuModeNeedsKvm, false, L::Error, "cpuMode");
    row("passthrough without KVM", FakeHost::NoKvm, "cpuMode", QStringLiteral("host-passthrough"),
        I::CpuModeNeedsKvm, true, L::Error, "cpuMode");
    row("emulation by choice", h, "accelerator", QStringLiteral("tcg"), I::Emulated, true, L::Info,
        "cpuMode");
    row("maximum without KVM", FakeHost::NoKvm, "cpuMode", QStringLiteral("maximum"), I::Emulated,
        true, L::Info, "cpuMode");
    row("maximum with KVM", h, "cpuMode", QStringLiteral("maximum"), I::Emulated, false, L::Info,
        "cpuMode");
    row("KVM asked, none there", FakeHost::NoKvm, "accelerator", QStringLiteral("kvm"),
        I::AcceleratorUnavailable, true, L::Error, "accelerator");
    row("KVM asked and there", h, "accelerator", QStringLiteral("kvm"), I::AcceleratorUnavailable,
        false, L::Error, "accelerator");
    row("passthrough that libvirt denies", FakeHost::KvmWithoutPassthrough, "cpuMode",
        QStringLiteral("host-passthrough"), I::CpuModeUnsupported, true, L::Warning, "cpuMode");
    row("passthrough libvirt cannot confirm", FakeHost::KvmWithoutDomainCapabilities, "cpuMode",
        QStringLiteral("host-passthrough"), I::CpuModeUnsupported, false, L::Warning, "cpuMode");
    row("host-model that libvirt denies", FakeHost::NoHostModel, "cpuMode",
        QStringLiteral("host-model"), I::CpuModeUnsupported, true, L::Warning, "cpuMode");
    row("host-model where supported", h, "cpuMode", QStringLiteral("host-model"),
        I::CpuModeUnsupported, false, L::Warning, "cpuMode");

    row("UEFI where there is none", FakeHost::NoUefi, "firmware", QStringLiteral("uefi"),
        I::UefiUnavailable, true, L::Warning, "firmware");
    row("BIOS where there is no UEFI", FakeHost::NoUefi, "firmware", QStringLiteral("bios"),
        I::UefiUnavailable, false, L::Warning, "firmware");
    row("UEFI not listed by the test driver", FakeHost::TestDriver, "firmware",
        QStringLiteral("uefi"), I::UefiUnavailable, false, L::Warning, "firmware");
    row("Secure Boot on", h, "secureBoot", QStringLiteral("true"), I::SecureBootOn, true,
        L::Warning, "firmware");
    row("Secure Boot off", h, "secureBoot", QStringLiteral("false"), I::SecureBootOn, false,
        L::Warning, "firmware");

    row("name with a space", h, "name", QStringLiteral("my vm"), I::NameInvalid, true, L::Error,
        "name");
    row("empty name", h, "name", QString(), I::NameInvalid, true, L::Error, "name");
    row("name of 64 characters", h, "name", QString(64, QLatin1Char('n')), I::NameInvalid, false,
        L::Error, "name");
    row("name of 65 characters", h, "name", QString(65, QLatin1Char('n')), I::NameInvalid, true,
        L::Error, "name");
    row("name of an existing VM", h, "name", QStringLiteral("test"), I::NameTakenByDomain, true,
        L::Error, "name");
    row("name of an existing disk", h, "name", QStringLiteral("old"), I::NameTakenByVolume, true,
        L::Error, "name");
    row("free name", h, "name", QStringLiteral("nixos-2"), I::NameTakenByDomain, false, L::Error,
        "name");
    row("free name, no disk", h, "name", QStringLiteral("nixos-2"), I::NameTakenByVolume, false,
        L::Error, "name");
    row("a disk in another pool", h, "storagePool", QStringLiteral("other"), I::NameTakenByVolume,
        false, L::Error, "name");
}

void TestSizing::noticeAppearsAtItsThreshold()
{
    QFETCH(FakeHost, host);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(SizingIssue, issue);
    QFETCH(bool, present);
    QFETCH(NoticeLevel, level);
    QFETCH(QString, noticeKey);

    VmSpec spec = roomySpec();
    setKey(spec, key, value);
    if (key == QLatin1String("storagePool"))
        spec.name = QStringLiteral("old");
    ExistingNames names;
    names.pool = QStringLiteral("default");
    names.domains = {QStringLiteral("test")};
    names.volumes = {QStringLiteral("old.qcow2")};
    names.volumesKnown = true;

    const SizingNotices notices = Sizing::assess(spec, fakeHost(host), names);
    const SizingNotice *notice = find(notices, issue);
    QVERIFY2(bool(notice) == present, qPrintable(describe(notices)));
    if (notice) {
        QCOMPARE(notice->level, level);
        QCOMPARE(notice->key, noticeKey);
        QVERIFY(notice->text.size() > 15);
        QVERIFY(!notice->text.contains(QLatin1Char('%')));
    }
}

void TestSizing::explainsNosmtWhenThreadsRunOut()
{
    VmSpec spec = roomySpec();
    spec.vcpus = 5;
    const SizingNotice *withNosmt = nullptr;
    const SizingNotices nosmt = Sizing::assess(spec, fakeHost(FakeHost::Nosmt), std::nullopt);
    withNosmt = find(nosmt, SizingIssue::VcpusAboveThreads);
    QVERIFY(withNosmt);
    QVERIFY2(withNosmt->text.contains(QLatin1String("nosmt")), qPrintable(withNosmt->text));
    QVERIFY(withNosmt->text.contains(QLatin1String("(5)")));
    QVERIFY(withNosmt->text.contains(QLatin1String("(4)")));

    // Turned off without the kernel parameter: explained, without naming it.
    HostCapacity runtimeOff = fakeHost(FakeHost::Nosmt);
    runtimeOff.smt.byKernelParameter = false;
    const SizingNotices runtime = Sizing::assess(spec, runtimeOff, std::nullopt);
    const SizingNotice *withoutParameter = find(runtime, SizingIssue::VcpusAboveThreads);
    QVERIFY(withoutParameter);
    QVERIFY(!withoutParameter->text.contains(QLatin1String("nosmt")));
    QVERIFY(withoutParameter->text.contains(QLatin1String("multithreading is off")));

    spec.vcpus = 9;
    const SizingNotices smtOn = Sizing::assess(spec, fakeHost(FakeHost::Roomy), std::nullopt);
    const SizingNotice *plain = find(smtOn, SizingIssue::VcpusAboveThreads);
    QVERIFY(plain);
    QVERIFY(!plain->text.contains(QLatin1String("multithreading")));

    QVERIFY(Sizing::vcpuCaption(fakeHost(FakeHost::Nosmt), 2)
                    .contains(QLatin1String("multithreading is off")));
    QVERIFY(!Sizing::vcpuCaption(fakeHost(FakeHost::Roomy), 2)
                     .contains(QLatin1String("multithreading")));
}

void TestSizing::errorsAgreeWithTheSpecValidation_data()
{
    QTest::addColumn<FakeHost>("host");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    for (const FakeHost host : {FakeHost::Roomy, FakeHost::NoKvm, FakeHost::FourGiB}) {
        const auto row = [host](const char *key, const QString &value) {
            const QByteArray tag = QByteArray::number(int(host)) + ' ' + key + ' ' + value.toUtf8();
            QTest::newRow(tag.constData()) << host << QString::fromLatin1(key) << value;
        };
        for (const int vcpus : {1, 3, 4, 5, 8, 9})
            row("vcpus", QString::number(vcpus));
        for (const int memory : {512, 1535, 1536, 4096, 4097, 16384, 16385})
            row("memoryMiB", QString::number(memory));
        for (const int disk : {1, 9, 10, 500})
            row("diskGiB", QString::number(disk));
        for (const char *mode : {"host-passthrough", "host-model", "maximum"})
            row("cpuMode", QString::fromLatin1(mode));
        for (const char *accelerator : {"auto", "kvm", "tcg"})
            row("accelerator", QString::fromLatin1(accelerator));
    }
}

void TestSizing::errorsAgreeWithTheSpecValidation()
{
    QFETCH(FakeHost, host);
    QFETCH(QString, key);
    QFETCH(QString, value);

    // What the page blocks on is exactly what the model refuses: the page
    // never lets through a spec that VmSpec::validate() would reject.
    VmSpec spec = roomySpec();
    setKey(spec, key, value);
    const HostCapacity capacity = fakeHost(host);
    const SizingNotices notices = Sizing::assess(spec, capacity, std::nullopt);
    const SpecProblems problems = spec.validate(capacity.limits());
    for (const QString &field :
         {QStringLiteral("vcpus"), QStringLiteral("memoryMiB"), QStringLiteral("diskGiB"),
          QStringLiteral("cpuMode"), QStringLiteral("accelerator")}) {
        const bool modelRefuses = std::any_of(problems.cbegin(), problems.cend(),
                                              [&](const SpecProblem &p) { return p.key == field; });
        const bool pageBlocks = std::any_of(notices.cbegin(), notices.cend(), [&](const auto &n) {
            return n.key == field && n.level == NoticeLevel::Error;
        });
        QVERIFY2(modelRefuses == pageBlocks,
                 qPrintable(field + QLatin1String(": ") + describe(notices) + QLatin1String(" / ")
                            + problems.value(0).text()));
    }
}

void TestSizing::captionsSayWhatIsAvailable_data()
{
    QTest::addColumn<FakeHost>("host");
    QTest::addColumn<QString>("vcpus");
    QTest::addColumn<QString>("memory");
    QTest::addColumn<QString>("disk");

    QTest::newRow("roomy")
            << FakeHost::Roomy
            << QStringLiteral("Up to 8 available on this host. Airlock suggests 2.")
            << QStringLiteral("Up to 16 GiB on this host, 8 GiB of it available right now. NixOS "
                              "recommends 3 GiB.")
            << QStringLiteral("Up to 40 GiB free in the storage pool “default”. NixOS recommends "
                              "20 GiB; the disk takes only the space NixOS actually writes.");
    QTest::newRow("unknown")
            << FakeHost::Unknown
            << QStringLiteral("This host's number of threads is not known. Airlock suggests 2.")
            << QStringLiteral("This host's memory is not known. NixOS recommends 3 GiB.")
            << QStringLiteral("The free space for the disk is not known yet. NixOS recommends "
                              "20 GiB; the disk takes only the space NixOS actually writes.");
}

void TestSizing::captionsSayWhatIsAvailable()
{
    QFETCH(FakeHost, host);
    QFETCH(QString, vcpus);
    QFETCH(QString, memory);
    QFETCH(QString, disk);

    const HostCapacity capacity = fakeHost(host);
    QCOMPARE(Sizing::vcpuCaption(capacity, Sizing::vcpusFor(capacity)), vcpus);
    QCOMPARE(Sizing::memoryCaption(capacity), memory);
    QCOMPARE(Sizing::diskCaption(capacity), disk);
}

void TestSizing::formatsAmounts_data()
{
    QTest::addColumn<qint64>("mebibytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("whole GiB") << qint64(4096) << QStringLiteral("4 GiB");
    QTest::newRow("half") << qint64(1536) << QStringLiteral("1.5 GiB");
    QTest::newRow("quarter") << qint64(1792) << QStringLiteral("1.75 GiB");
    QTest::newRow("under 1 GiB") << qint64(512) << QStringLiteral("512 MiB");
    QTest::newRow("a real host's total") << qint64(24105) << QStringLiteral("23.5 GiB");
    QTest::newRow("close to a whole GiB") << qint64(11225) << QStringLiteral("11 GiB");
    QTest::newRow("whole TiB") << qint64(4 * 1024 * 1024) << QStringLiteral("4 TiB");
    QTest::newRow("a TiB and a half") << qint64(1536 * 1024) << QStringLiteral("1.5 TiB");
}

void TestSizing::formatsAmounts()
{
    QFETCH(qint64, mebibytes);
    QFETCH(QString, expected);
    QCOMPARE(Sizing::formatMiB(mebibytes), expected);

    QCOMPARE(Sizing::formatBytes(100 * gib), QStringLiteral("100 GiB"));
    QCOMPARE(Sizing::formatBytes(10 * gib - 1), QStringLiteral("9.9 GiB"));
    QCOMPARE(Sizing::formatBytes(3 * HostCapacity::mebibyte), QStringLiteral("3 MiB"));
    QCOMPARE(Sizing::formatBytes(2048 * gib), QStringLiteral("2.0 TiB"));
}

void TestSizing::readsSmtState_data()
{
    QTest::addColumn<QByteArray>("control"); // empty: no such file
    QTest::addColumn<QByteArray>("commandLine");
    QTest::addColumn<bool>("off");
    QTest::addColumn<bool>("byKernelParameter");

    QTest::newRow("SMT on") << QByteArray("on\n") << QByteArray("quiet splash\n") << false << false;
    QTest::newRow("nosmt") << QByteArray("off\n") << QByteArray("quiet nosmt\n") << true << true;
    QTest::newRow("nosmt=force") << QByteArray("forceoff\n") << QByteArray("nosmt=force\n") << true
                                 << true;
    QTest::newRow("secureblue's mitigations=auto,nosmt")
            << QByteArray("off\n") << QByteArray("mitigations=auto,nosmt quiet\n") << true << false;
    QTest::newRow("switched off at run time")
            << QByteArray("off\n") << QByteArray("quiet\n") << true << false;
    QTest::newRow("no SMT to turn off")
            << QByteArray("notsupported\n") << QByteArray("nosmt\n") << false << false;
    QTest::newRow("no sysfs: the command line decides")
            << QByteArray() << QByteArray("nosmt\n") << true << true;
    QTest::newRow("nothing readable") << QByteArray() << QByteArray() << false << false;
}

void TestSizing::readsSmtState()
{
    QFETCH(QByteArray, control);
    QFETCH(QByteArray, commandLine);
    QFETCH(bool, off);
    QFETCH(bool, byKernelParameter);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    if (!control.isEmpty())
        writeFile(root.filePath(QStringLiteral("sys/devices/system/cpu/smt/control")), control);
    if (!commandLine.isEmpty())
        writeFile(root.filePath(QStringLiteral("proc/cmdline")), commandLine);
    const SmtState state = SmtState::read(HostRoot(root.path()));
    QCOMPARE(state.off, off);
    QCOMPARE(state.byKernelParameter, byKernelParameter);
}

void TestSizing::readsCapacityFromTheTestDriver()
{
    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(connection);
    const auto facts = HostFacts::query(*connection, QStringLiteral("default-pool"));
    QVERIFY(facts);
    const HostCapacity host = HostCapacity::fromFacts(*facts, SmtState());
    QVERIFY(host.known);
    QCOMPARE(host.threads, 16);
    QCOMPARE(host.memoryMiB, qint64(3072));
    // libvirt's one source for both figures: the driver's free memory, as it
    // keeps no statistics, and never more than the total.
    QCOMPARE(host.availableMemory, HostFacts::AvailableMemory::FreeOnly);
    QCOMPARE(host.availableMemoryMiB,
             qint64(virNodeGetFreeMemory(connection->get()) / quint64(HostCapacity::mebibyte)));
    QVERIFY(host.availableMemoryMiB <= host.memoryMiB);
    QVERIFY(!host.kvm);
    // The test driver has no domain capabilities: unknown, not "unsupported".
    QVERIFY(!host.hostPassthrough.has_value());
    QVERIFY(!host.uefi.has_value());
    QCOMPARE(host.pool, PoolState::Active);
    QCOMPARE(host.poolCapacityBytes, 100 * gib);
    QCOMPARE(host.limits().threads, 16);
    QVERIFY(!host.limits().kvmAvailable);

    VmSpec spec;
    Sizing::applyDefaults(spec, host, std::nullopt);
    QCOMPARE(spec.memoryMiB, qint64(1536));
    QCOMPARE(spec.cpuMode, CpuMode::Maximum);
    QVERIFY(spec.validate(host.limits()).isEmpty());

    const auto missing = HostFacts::query(*connection, QStringLiteral("default"));
    QVERIFY(missing);
    const HostCapacity withoutPool = HostCapacity::fromFacts(*missing, SmtState());
    QCOMPARE(withoutPool.pool, PoolState::Missing);
    QVERIFY(find(Sizing::assess(spec, withoutPool, std::nullopt), SizingIssue::PoolWillBeCreated));
}

void TestSizing::findsExistingNamesOnTheTestDriver()
{
    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(connection);
    const auto before = ExistingNames::query(*connection, QStringLiteral("default-pool"));
    QVERIFY(before);
    QVERIFY(before->domains.contains(QStringLiteral("test")));
    QVERIFY(before->volumesKnown);
    QCOMPARE(before->firstFreeName(QStringLiteral("nixos")), QStringLiteral("nixos"));

    // A disk called nixos.qcow2 (the test driver's, created for this test).
    const auto pool = connection->storagePool(QStringLiteral("default-pool"));
    QVERIFY(pool);
    StorageVolumeHandle volume(virStorageVolCreateXML(
            pool->get(),
            "<volume><name>nixos.qcow2</name><capacity unit='GiB'>1</capacity></volume>", 0));
    QVERIFY(volume);
    const auto after = ExistingNames::query(*connection, QStringLiteral("default-pool"));
    virStorageVolDelete(volume.get(), 0);
    QVERIFY(after);
    QVERIFY(after->isVolumeTaken(QStringLiteral("nixos")));
    QVERIFY(!after->isDomainTaken(QStringLiteral("nixos")));
    QCOMPARE(after->firstFreeName(QStringLiteral("nixos")), QStringLiteral("nixos-2"));
    QCOMPARE(after->firstFreeName(QStringLiteral("test")), QStringLiteral("test-2"));

    const auto noPool = ExistingNames::query(*connection, QStringLiteral("default"));
    QVERIFY(noPool);
    QVERIFY(!noPool->volumesKnown);
    QVERIFY(noPool->domains.contains(QStringLiteral("test")));
}

void TestSizing::findsExistingNamesInACustomNode()
{
    const QString uri
            = QLatin1String("test://") + Test::dataPath(QStringLiteral("hosts/resources-node.xml"));
    const auto connection = Connection::open(uri);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    const auto facts = HostFacts::query(*connection, QStringLiteral("default"));
    QVERIFY(facts);
    const HostCapacity host = HostCapacity::fromFacts(*facts, SmtState());
    QCOMPARE(host.threads, 4);
    QCOMPARE(host.memoryMiB, qint64(8192));
    // A node file has no NUMA cells and the test driver no statistics: unknown.
    QCOMPARE(host.availableMemoryMiB, qint64(0));
    QCOMPARE(host.availableMemory, HostFacts::AvailableMemory::Unknown);
    QCOMPARE(host.pool, PoolState::Active);

    const auto names = ExistingNames::query(*connection, QStringLiteral("default"));
    QVERIFY(names);
    VmSpec spec;
    Sizing::applyDefaults(spec, host, *names);
    QCOMPARE(spec.name, QStringLiteral("nixos-3"));
    QCOMPARE(spec.vcpus, 2);
    QCOMPARE(spec.memoryMiB, qint64(4096));

    spec.name = QStringLiteral("nixos");
    QVERIFY(find(Sizing::assess(spec, host, *names), SizingIssue::NameTakenByDomain));
    spec.name = QStringLiteral("nixos-2");
    QVERIFY(find(Sizing::assess(spec, host, *names), SizingIssue::NameTakenByVolume));
}

QTEST_GUILESS_MAIN(TestSizing)
#include "tst_sizing.moc"
