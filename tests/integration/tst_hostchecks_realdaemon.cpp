// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/hostinspector.h"
#include "host/hostreading.h"
#include "hypervisor/capabilities.h"
#include "hypervisor/hypervisor.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Airlock;

// The host checks against a real libvirtd and QEMU: what the test driver
// cannot say (domain capabilities, real security models, versions).
class TestHostChecksRealDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void judgesTheRealDaemon();

private:
    QString m_uri;
    Test::FixtureKvm m_kvm;
    HostCapabilities m_capabilities;
};

void TestHostChecksRealDaemon::initTestCase()
{
    const Test::RealDaemon daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(daemon);
    Hypervisor::initializeLibvirt();
    m_uri = daemon.uri;
    m_kvm = daemon.kvm;
    // What the daemon offers, read apart from the checks under test.
    const auto connection = Connection::open(m_uri);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    const auto xml = connection->capabilitiesXml();
    QVERIFY(xml);
    const auto capabilities = HostCapabilities::parse(*xml);
    QVERIFY(capabilities);
    m_capabilities = *capabilities;
}

void TestHostChecksRealDaemon::judgesTheRealDaemon()
{
    Hypervisor hypervisor;
    hypervisor.open(m_uri);
    HostReading reading(&hypervisor);
    HostInspector inspector(HostRoot(Test::dataPath(QStringLiteral("hosts/secureblue"))));
    QSignalSpy finished(&inspector, &HostInspector::finished);
    inspector.start(&reading);
    QVERIFY(finished.wait(30000));

    const auto libvirt = inspector.result(QStringLiteral("libvirt"));
    QCOMPARE(libvirt->status, CheckStatus::Pass);
    QVERIFY2(libvirt->evidence.contains(QLatin1String("QEMU")), qPrintable(libvirt->evidence));
    QVERIFY2(libvirt->evidence.contains(QLatin1String("libvirt 9.")),
             qPrintable(libvirt->evidence));

    // The build machines have no SELinux: libvirt offers DAC only, and says so.
    QVERIFY2(!m_capabilities.offersSelinux(), "the fixture daemon runs on a host without SELinux");
    const auto svirt = inspector.result(QStringLiteral("svirt"));
    QCOMPARE(svirt->status, CheckStatus::Fail);
    QVERIFY2(svirt->evidence.contains(QLatin1String("dac")), qPrintable(svirt->evidence));
    QCOMPARE(svirt->gate, CheckGate::Acknowledge);

    // KVM as the fixture left it on this machine: kept where libvirt offers
    // it, hidden where a guest with the host's CPU cannot start.
    QCOMPARE(m_capabilities.offersKvm(), m_kvm.offered());
    const auto kvm = inspector.result(QStringLiteral("virtualization"));
    if (m_kvm.offered()) {
        QVERIFY2(kvm->status == CheckStatus::Pass, qPrintable(m_kvm.record));
        QVERIFY2(kvm->evidence.contains(QLatin1String("kvm")), qPrintable(kvm->evidence));
    } else {
        QVERIFY2(kvm->status == CheckStatus::Fail, qPrintable(m_kvm.record));
        QVERIFY2(kvm->evidence.contains(QLatin1String("libvirt offers: qemu")),
                 qPrintable(kvm->evidence));
    }

    // UEFI comes from libvirt's domain capabilities (OVMF is installed here).
    const auto uefi = inspector.result(QStringLiteral("uefi"));
    QCOMPARE(uefi->status, CheckStatus::Pass);
    QCOMPARE(uefi->source, QStringLiteral("libvirt domain capabilities"));
    QVERIFY(uefi->evidence.contains(QLatin1String("efi")));

    const auto resources = inspector.result(QStringLiteral("resources"));
    QVERIFY(resources->status != CheckStatus::Unknown);
    QVERIFY2(resources->evidence.contains(QLatin1String("logical processors: ")),
             qPrintable(resources->evidence));
}

QTEST_GUILESS_MAIN(TestHostChecksRealDaemon)
#include "tst_hostchecks_realdaemon.moc"
