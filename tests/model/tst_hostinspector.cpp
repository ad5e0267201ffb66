// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/hostinspector.h"
#include "host/hostreading.h"
#include "hypervisor/hypervisor.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Airlock;

// The inspector runs the checks off the GUI thread against a real
// Hypervisor's reading: libvirt's test driver, a port nobody listens on, a
// server that never answers.
class TestHostInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldHaveDefaultValue();
    void reportsEveryCheckOnce();
    void waitsForAnOpeningConnection();
    void unreachableConnectionFailsInBoundedTime();
    void silentServerTimesOut();
    void timedOutReadingReportsEveryLibvirtCheck();
    void withoutConnectionLibvirtFails();
    void restartDropsTheOldRun();

private:
    static HostRoot fixture(const char *name)
    {
        return HostRoot(Test::dataPath(QStringLiteral("hosts/%1").arg(QLatin1String(name))));
    }
};

void TestHostInspector::initTestCase()
{
    Hypervisor::initializeLibvirt();
}

void TestHostInspector::shouldHaveDefaultValue()
{
    HostInspector inspector(fixture("secureblue"));
    QVERIFY(!inspector.isRunning());
    QVERIFY(inspector.results().isEmpty());
    QCOMPARE(inspector.finishedCount(), 0);
    QVERIFY(!inspector.result(QStringLiteral("selinux")));
    // fwupd is the machine's, not a fixture's.
    QVERIFY(!inspector.asksFwupd());
    QVERIFY(HostInspector(HostRoot(QStringLiteral("/"))).asksFwupd());
}

void TestHostInspector::reportsEveryCheckOnce()
{
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    hypervisor.open(QStringLiteral("test:///default"));
    QTRY_VERIFY(hypervisor.isOpen());

    HostInspector inspector(fixture("secureblue"));
    QSignalSpy started(&inspector, &HostInspector::started);
    QSignalSpy checks(&inspector, &HostInspector::checkFinished);
    QSignalSpy finished(&inspector, &HostInspector::finished);
    inspector.start(&reading);
    QCOMPARE(started.size(), 1);
    QVERIFY(inspector.isRunning());
    // Nothing is reported synchronously: every check runs on a worker.
    QCOMPARE(checks.size(), 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(checks.size(), HostChecks::ids().size());
    QVERIFY(!inspector.isRunning());

    QStringList reported;
    for (const QList<QVariant> &arguments : std::as_const(checks))
        reported.append(arguments.at(0).value<HostCheck>().id);
    QStringList sorted = reported;
    sorted.sort();
    QStringList expected = HostChecks::ids();
    expected.sort();
    QCOMPARE(sorted, expected);

    // results() keeps the display order, whatever order they finished in.
    QStringList ordered;
    for (const HostCheck &check : inspector.results())
        ordered.append(check.id);
    QCOMPARE(ordered, HostChecks::ids());
    QCOMPARE(inspector.result(QStringLiteral("libvirt"))->status, CheckStatus::Pass);
    QCOMPARE(inspector.result(QStringLiteral("selinux"))->status, CheckStatus::Pass);
    QCOMPARE(inspector.result(QStringLiteral("svirt"))->status, CheckStatus::Fail);
}

void TestHostInspector::waitsForAnOpeningConnection()
{
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    HostInspector inspector(fixture("debian"));
    QSignalSpy finished(&inspector, &HostInspector::finished);
    hypervisor.open(QStringLiteral("test:///default"));
    QVERIFY(hypervisor.isOpening());
    inspector.start(&reading);
    QVERIFY(finished.wait(10000));
    QCOMPARE(inspector.result(QStringLiteral("libvirt"))->status, CheckStatus::Pass);
    // Debian has no /sys/fs/selinux: SELinux was judged from libvirt's answer.
    QVERIFY(inspector.result(QStringLiteral("selinux"))->source.contains(QLatin1String("libvirt")));
}

void TestHostInspector::unreachableConnectionFailsInBoundedTime()
{
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    HostInspector inspector(fixture("secureblue"));
    QSignalSpy finished(&inspector, &HostInspector::finished);
    QElapsedTimer timer;
    timer.start();
    hypervisor.open(QStringLiteral("qemu+tcp://127.0.0.1:1/system"));
    inspector.start(&reading);
    QVERIFY(finished.wait(15000));
    QVERIFY(timer.elapsed() < 15000);

    const auto libvirt = inspector.result(QStringLiteral("libvirt"));
    QCOMPARE(libvirt->status, CheckStatus::Fail);
    QCOMPARE(libvirt->gate, CheckGate::Block);
    QVERIFY2(libvirt->evidence.contains(QLatin1String("127.0.0.1")), qPrintable(libvirt->evidence));
    QVERIFY(!libvirt->remedy.isEmpty());
    // Without libvirt the checks that need it say so rather than guess.
    QCOMPARE(inspector.result(QStringLiteral("svirt"))->status, CheckStatus::Unknown);
    QCOMPARE(inspector.result(QStringLiteral("resources"))->status, CheckStatus::Unknown);
    // Those that read this computer's files still answer.
    QCOMPARE(inspector.result(QStringLiteral("host-os"))->status, CheckStatus::Pass);
}

void TestHostInspector::silentServerTimesOut()
{
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    HostInspector inspector(fixture("secureblue"));
    // Accepts the connection and never says a word: libvirt would wait
    // forever. Destroyed first, so libvirt's stuck open returns.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy finished(&inspector, &HostInspector::finished);
    QElapsedTimer timer;
    timer.start();
    hypervisor.open(QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(server.serverPort()),
                    std::chrono::seconds(2));
    inspector.start(&reading);
    QVERIFY(finished.wait(10000));
    QVERIFY(timer.elapsed() < 6000);
    const auto libvirt = inspector.result(QStringLiteral("libvirt"));
    QCOMPARE(libvirt->status, CheckStatus::Fail);
    QVERIFY2(libvirt->evidence.contains(QLatin1String("within 2 second")),
             qPrintable(libvirt->evidence));
}

void TestHostInspector::timedOutReadingReportsEveryLibvirtCheck()
{
    // Connected, but the reading hangs on the host's SMT file.
    Test::StuckSmtRoot root;
    QVERIFY(root.isValid());

    Hypervisor hypervisor;
    hypervisor.open(QStringLiteral("test:///default"));
    HostReading reading(&hypervisor);
    reading.setRoot(HostRoot(root.path()));
    reading.setTimeout(std::chrono::seconds(1));
    HostInspector inspector(fixture("secureblue"));
    QSignalSpy finished(&inspector, &HostInspector::finished);
    inspector.start(&reading);
    QVERIFY(finished.wait(5000));
    QVERIFY(reading.hasTimedOut());
    const auto libvirt = inspector.result(QStringLiteral("libvirt"));
    QCOMPARE(libvirt->status, CheckStatus::Fail);
    QCOMPARE(libvirt->gate, CheckGate::Block);
    QVERIFY2(libvirt->finding.contains(QLatin1String("no reply within 1 seconds")),
             qPrintable(libvirt->finding));
    const auto resources = inspector.result(QStringLiteral("resources"));
    QCOMPARE(resources->status, CheckStatus::Unknown);
    QVERIFY2(resources->finding.contains(QLatin1String("No answer within 1 seconds")),
             qPrintable(resources->finding));
    QCOMPARE(inspector.result(QStringLiteral("host-os"))->status, CheckStatus::Pass);

    QVERIFY(root.release()); // the worker was stuck there, and goes
}

void TestHostInspector::withoutConnectionLibvirtFails()
{
    Hypervisor hypervisor; // never opened
    HostReading reading(&hypervisor);
    HostInspector inspector(fixture("secureblue"));
    QSignalSpy finished(&inspector, &HostInspector::finished);
    inspector.start(&reading);
    QVERIFY(finished.wait(10000));
    QCOMPARE(inspector.result(QStringLiteral("libvirt"))->gate, CheckGate::Block);
}

void TestHostInspector::restartDropsTheOldRun()
{
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    hypervisor.open(QStringLiteral("test:///default"));
    QTRY_VERIFY(hypervisor.isOpen());
    HostInspector inspector(fixture("secureblue"));
    QSignalSpy checks(&inspector, &HostInspector::checkFinished);
    QSignalSpy finished(&inspector, &HostInspector::finished);
    inspector.start(&reading);
    reading.setPoolName(QStringLiteral("default-pool"));
    inspector.start(&reading);
    QVERIFY(finished.wait(10000));
    QTest::qWait(200); // late answers of the first run would arrive now
    QCOMPARE(finished.size(), 1);
    QCOMPARE(checks.size(), HostChecks::ids().size());
    // The second run asked for the test driver's own pool.
    QVERIFY2(inspector.result(QStringLiteral("resources"))
                     ->evidence.contains(QStringLiteral("free in pool “default-pool”")),
             qPrintable(inspector.result(QStringLiteral("resources"))->evidence));
}

QTEST_GUILESS_MAIN(TestHostInspector)
#include "tst_hostinspector.moc"
