// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/connection.h"
#include "hypervisor/hostfacts.h"
#include "hypervisor/hypervisor.h"
#include "resourcespage.h"
#include "sizing/sizing.h"
#include "testsupport.h"
#include "wizardsession.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace Airlock;

namespace {

const QString s_pool = QStringLiteral("airlock-sizing-pool");

} // namespace

// Sizing against a real libvirtd: the numbers it reports are this machine's,
// and its domain capabilities are there to be read (unlike the test driver).
class TestSizingRealDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readsThisMachinesCapacity();
    void defaultsRunOnThisMachine();
    void seesDisksAndFreeSpaceInARealPool();
    void pageReadsTheRealDaemon();

private:
    Connection m_connection;
    QString m_uri;
};

void TestSizingRealDaemon::initTestCase()
{
    const Test::RealDaemon daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(daemon);
    Hypervisor::initializeLibvirt();
    m_uri = daemon.uri;
    const auto connection = Connection::open(daemon.uri);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = *connection;

    const QString poolError = Test::createTestPool(m_connection, s_pool);
    QVERIFY2(poolError.isEmpty(), qPrintable(poolError));
}

void TestSizingRealDaemon::cleanupTestCase()
{
    if (!m_connection.isValid())
        return;
    Test::removeTestPool(m_connection, s_pool);
}

void TestSizingRealDaemon::readsThisMachinesCapacity()
{
    const auto facts = HostFacts::query(m_connection, s_pool);
    QVERIFY2(facts, qPrintable(facts ? QString() : facts.error().message));
    const HostCapacity host = HostCapacity::fromFacts(*facts, SmtState());
    QVERIFY(host.known);
    // libvirt counts the CPUs the kernel has online: with SMT off, the
    // siblings are offline and already left out, so nothing is halved again.
    QCOMPARE(host.threads, int(sysconf(_SC_NPROCESSORS_ONLN)));
    QVERIFY(host.memoryMiB > 0);
    // The QEMU driver keeps statistics: free memory and the caches the host could reclaim.
    QCOMPARE(host.availableMemory, HostFacts::AvailableMemory::WithCaches);
    QVERIFY(host.availableMemoryMiB > 0);
    QVERIFY(host.availableMemoryMiB <= host.memoryMiB);
    // A real daemon answers what the test driver cannot.
    QVERIFY(host.hostPassthrough.has_value());
    QVERIFY(host.uefi.has_value());
    QVERIFY2(*host.uefi, "OVMF is installed on the build machines");
    if (!host.kvm)
        QCOMPARE(*host.hostPassthrough, false);
    QCOMPARE(host.pool, PoolState::Active);
    QVERIFY(host.poolAvailableBytes > 0);
    QVERIFY(host.poolCapacityBytes >= host.poolAvailableBytes);
}

void TestSizingRealDaemon::defaultsRunOnThisMachine()
{
    const auto facts = HostFacts::query(m_connection, s_pool);
    QVERIFY(facts);
    const HostCapacity host = HostCapacity::fromFacts(*facts, SmtState());
    VmSpec spec;
    spec.storagePool = s_pool;
    Sizing::applyDefaults(spec, host, std::nullopt);
    QVERIFY(spec.vcpus >= 1);
    QVERIFY(spec.vcpus < host.threads || host.threads == 1);
    QVERIFY(spec.memoryMiB <= host.memoryMiB / 2);
    QCOMPARE(spec.cpuMode, host.kvm && host.hostPassthrough == true ? CpuMode::HostPassthrough
                                                                    : CpuMode::Maximum);
    QCOMPARE(spec.firmware, Firmware::Uefi);
    const SpecProblems problems = spec.validate(host.limits());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).text()));
    QVERIFY(!Sizing::hasError(Sizing::assess(spec, host, std::nullopt)));
}

void TestSizingRealDaemon::seesDisksAndFreeSpaceInARealPool()
{
    auto pool = m_connection.storagePool(s_pool);
    QVERIFY(pool);
    StorageVolumeHandle volume(virStorageVolCreateXML(
            pool->get(),
            "<volume><name>nixos.qcow2</name><capacity unit='MiB'>16</capacity>"
            "<target><format type='qcow2'/></target></volume>",
            0));
    QVERIFY2(volume, qPrintable(LibvirtError::last().message));

    const auto names = ExistingNames::query(m_connection, s_pool);
    QVERIFY(names);
    QVERIFY(names->volumesKnown);
    QVERIFY(names->isVolumeTaken(QStringLiteral("nixos")));
    QCOMPARE(names->firstFreeName(QStringLiteral("nixos")), QStringLiteral("nixos-2"));

    const auto facts = HostFacts::query(m_connection, s_pool);
    QVERIFY(facts);
    const HostCapacity host = HostCapacity::fromFacts(*facts, SmtState());
    VmSpec spec;
    spec.storagePool = s_pool;
    spec.name = QStringLiteral("nixos");
    const qint64 freeGiB = host.poolAvailableBytes / HostCapacity::gibibyte;
    spec.diskGiB = int(std::max<qint64>(freeGiB, VmSpec::minimumDiskGiB));
    SizingNotices notices = Sizing::assess(spec, host, *names);
    const auto has = [&notices](SizingIssue issue) {
        return std::any_of(notices.cbegin(), notices.cend(),
                           [issue](const SizingNotice &notice) { return notice.issue == issue; });
    };
    QVERIFY(has(SizingIssue::NameTakenByVolume));
    QVERIFY(!has(SizingIssue::DiskAboveFree) || freeGiB < VmSpec::minimumDiskGiB);
    spec.diskGiB = int(freeGiB + 1);
    notices = Sizing::assess(spec, host, *names);
    QVERIFY(has(SizingIssue::DiskAboveFree));

    virStorageVolDelete(volume.get(), 0);
}

void TestSizingRealDaemon::pageReadsTheRealDaemon()
{
    WizardSession session(m_uri);
    VmSpec spec;
    spec.storagePool = s_pool;
    session.setSpec(spec);
    ResourcesPage page(&session);
    QSignalSpy read(&page, &ResourcesPage::hostRead);
    page.initializePage();
    QVERIFY(!read.isEmpty() || read.wait(30000));
    QVERIFY(page.hostCapacity().known);
    QCOMPARE(page.hostCapacity().threads, int(sysconf(_SC_NPROCESSORS_ONLN)));
    QCOMPARE(page.findChild<QSpinBox *>(QStringLiteral("vcpuSpin"))->value(),
             Sizing::vcpusFor(page.hostCapacity()));
    QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("nixos"));
    QVERIFY(page.isComplete());
    QVERIFY(page.validatePage());
    QCOMPARE(session.spec().firmware, Firmware::Uefi);
}

QTEST_MAIN(TestSizingRealDaemon)
#include "tst_sizingrealdaemon.moc"
