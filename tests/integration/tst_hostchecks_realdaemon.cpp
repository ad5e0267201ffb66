// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/hostinspector.h"
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
};

void TestHostChecksRealDaemon::initTestCase()
{
    const Test::RealDaemon daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(daemon);
    Hypervisor::initializeLibvirt();
    m_uri = daemon.uri;
}

void TestHostChecksRealDaemon::judgesTheRealDaemon()
{
    Hypervisor hypervisor;
    hypervisor.open(m_uri);
    HostInspector inspector(HostRoot(Test::dataPath(QStringLiteral("hosts/secureblue"))));
    QSignalSpy finished(&inspector, &HostInspector::finished);
    inspector.start(&hypervisor);
    QVERIFY(finished.wait(30000));

    const auto libvirt = inspector.result(QStringLiteral("libvirt"));
    QCOMPARE(libvirt->status, CheckStatus::Pass);
    QVERIFY2(libvirt->evidence.contains(QLatin1String("QEMU")), qPrintable(libvirt->evidence));
    QVERIFY2(libvirt->evidence.contains(QLatin1String("libvirt 9.")),
             qPrintable(libvirt->evidence));

    // This machine has no SELinux: libvirt offers DAC only, and says so.
    const auto svirt = inspector.result(QStringLiteral("svirt"));
    QCOMPARE(svirt->status, CheckStatus::Fail);
    QVERIFY2(svirt->evidence.contains(QLatin1String("dac")), qPrintable(svirt->evidence));
    QCOMPARE(svirt->gate, CheckGate::Acknowledge);

    // The fixture daemon hides KVM, so QEMU emulates.
    const auto kvm = inspector.result(QStringLiteral("virtualization"));
    QCOMPARE(kvm->status, CheckStatus::Fail);
    QVERIFY2(kvm->evidence.contains(QLatin1String("libvirt offers: qemu")),
             qPrintable(kvm->evidence));

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
