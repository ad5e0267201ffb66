// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/hostreading.h"
#include "hypervisor/hypervisor.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::HostReading::State)

// The one reading of the host per connection, on libvirt's test driver: its
// states, how often it asks libvirt, and what it drops.
class TestHostReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldHaveDefaultValue();
    void readsOnceHoweverManyAsk();
    void derivesEveryViewFromTheOneReading();
    void listsTheBridgesAVmCouldJoin();
    void rereadsOnAnotherUri();
    void isStaleAfterTheConnectionIsLost();
    void dropsTheLateAnswerOfAnEarlierAttempt();
    void rereadsOnlyThePoolWhenThePoolChanges();
    void failedConnectionGivesTheFailedStateWithItsReason();
    void withoutConnectionFails();
    void silentServerFailsWithTheOpensOwnBound();
    void hostThatNeverAnswersTimesOut();

private:
    static QString nodeFileUri()
    {
        return QStringLiteral("test://")
               + Test::dataPath(QStringLiteral("nodedevices/host-devices.xml"));
    }
    // A reading of an open test:///default, finished.
    static bool readTestDriver(Hypervisor &hypervisor, HostReading &reading);
};

void TestHostReading::initTestCase()
{
    Hypervisor::initializeLibvirt();
    qRegisterMetaType<HostReading::State>();
}

bool TestHostReading::readTestDriver(Hypervisor &hypervisor, HostReading &reading)
{
    hypervisor.open(QStringLiteral("test:///default"));
    QSignalSpy finished(&reading, &HostReading::finished);
    reading.ensureRead();
    return finished.wait(10000) && reading.state() == HostReading::State::Read;
}

void TestHostReading::shouldHaveDefaultValue()
{
    Hypervisor hypervisor;
    const HostReading reading(&hypervisor);
    QCOMPARE(reading.hypervisor(), &hypervisor);
    QCOMPARE(reading.state(), HostReading::State::NotRead);
    QVERIFY(!reading.isFinished());
    QCOMPARE(reading.poolName(), QStringLiteral("default"));
    QCOMPARE(reading.timeout(), std::chrono::milliseconds(HostReading::defaultTimeout));
    QCOMPARE(reading.readCount(), 0);
    QCOMPARE(reading.poolReadCount(), 0);
    QVERIFY(!reading.facts());
    QVERIFY(reading.devices().isEmpty());
    QVERIFY(reading.bridges().isEmpty());
    QVERIFY(reading.bridgesProblem().isEmpty());
    QVERIFY(!reading.existingNames());
    QVERIFY(reading.failureReason().isEmpty());
    QVERIFY(!reading.hasTimedOut());
    // Unknown until read: nothing is guessed, and the XML is written for a
    // hardened host.
    QVERIFY(!reading.capacity().known);
    QCOMPARE(reading.capacity().poolName, QStringLiteral("default"));
    QCOMPARE(reading.limits().threads, 0);
    QVERIFY(reading.target().selinux);
    QVERIFY(reading.target().kvm);
}

void TestHostReading::readsOnceHoweverManyAsk()
{
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    QSignalSpy states(&reading, &HostReading::stateChanged);
    QSignalSpy finished(&reading, &HostReading::finished);
    hypervisor.open(QStringLiteral("test:///default"));
    // Four pages ask while the connection opens and the host is read.
    for (int page = 0; page < 4; ++page)
        reading.ensureRead();
    QCOMPARE(reading.state(), HostReading::State::Reading);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reading.state(), HostReading::State::Read);
    for (int page = 0; page < 4; ++page)
        reading.ensureRead();
    QTest::qWait(100);
    QCOMPARE(reading.readCount(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<HostReading::State>(), HostReading::State::Reading);
    QCOMPARE(states.at(1).at(0).value<HostReading::State>(), HostReading::State::Read);
    QCOMPARE(reading.uri(), QStringLiteral("test:///default"));
}

void TestHostReading::derivesEveryViewFromTheOneReading()
{
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    reading.setPoolName(QStringLiteral("default-pool"));
    QVERIFY(readTestDriver(hypervisor, reading));

    const HostFacts &facts = *reading.facts();
    QCOMPARE(facts.versions.hypervisorType, QStringLiteral("TEST"));
    QVERIFY(!reading.versions().libvirt.isEmpty());
    QVERIFY(facts.threads > 0);
    QVERIFY(facts.pool.exists);
    QVERIFY(reading.existingNames());
    QCOMPARE(reading.existingNames()->pool, QStringLiteral("default-pool"));
    QVERIFY(reading.existingNames()->isDomainTaken(QStringLiteral("test")));
    QVERIFY(reading.devicesProblem().isEmpty());

    const HostCapacity capacity = reading.capacity();
    QVERIFY(capacity.known);
    QCOMPARE(capacity.threads, facts.threads);
    QCOMPARE(capacity.poolName, QStringLiteral("default-pool"));
    QCOMPARE(capacity.kvm, facts.kvm());
    const HostLimits limits = reading.limits();
    QCOMPARE(limits.threads, facts.threads);
    QCOMPARE(limits.kvmAvailable, facts.kvm());

    const DomainTarget target = reading.target();
    QCOMPARE(target.kvm, facts.kvm());
    QCOMPARE(target.selinux, facts.capabilities.offersSelinux());
    QCOMPARE(target.arch, facts.capabilities.hostArch);
    QVERIFY(target.hostDevices.isEmpty());
}

void TestHostReading::listsTheBridgesAVmCouldJoin()
{
    // test:///default has one interface, an Ethernet card: no bridge.
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    QVERIFY(readTestDriver(hypervisor, reading));
    QVERIFY(reading.bridges().isEmpty());
    QVERIFY(reading.bridgesProblem().isEmpty());

    // Bridges in the same one reading; not the one a libvirt network made.
    QSignalSpy finished(&reading, &HostReading::finished);
    hypervisor.open(QStringLiteral("test://")
                    + Test::dataPath(QStringLiteral("interfaces/host-bridges.xml")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(reading.bridges(), (QStringList {QStringLiteral("br0"), QStringLiteral("lab0")}));
    QVERIFY(reading.bridgesProblem().isEmpty());
    QCOMPARE(reading.readCount(), 2);
}

void TestHostReading::rereadsOnAnotherUri()
{
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    QVERIFY(readTestDriver(hypervisor, reading));
    QVERIFY(reading.target({QStringLiteral("usb_1_4")}).hostDevices.isEmpty());

    QSignalSpy finished(&reading, &HostReading::finished);
    hypervisor.open(nodeFileUri());
    reading.ensureRead();
    QCOMPARE(reading.state(), HostReading::State::Reading);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reading.state(), HostReading::State::Read);
    QCOMPARE(reading.readCount(), 2);
    QCOMPARE(reading.uri(), nodeFileUri());
    // That host's own devices, and the target describes the named one.
    const DomainTarget target = reading.target({QStringLiteral("usb_1_4")});
    QCOMPARE(target.hostDevices.size(), 1);
    QCOMPARE(target.hostDevices.constFirst().name, QStringLiteral("usb_1_4"));
    QVERIFY(reading.target({QStringLiteral("no-such-device")}).hostDevices.isEmpty());
}

void TestHostReading::isStaleAfterTheConnectionIsLost()
{
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    QVERIFY(readTestDriver(hypervisor, reading));
    QSignalSpy finished(&reading, &HostReading::finished);
    Q_EMIT hypervisor.connectionLost(QStringLiteral("The libvirt daemon closed the connection."));
    // Stale, and closed: nothing reconnects until someone asks.
    QCOMPARE(reading.state(), HostReading::State::NotRead);
    QVERIFY(!reading.facts());
    QCOMPARE(finished.size(), 1);
    QVERIFY(!hypervisor.isOpen());
    QVERIFY(!hypervisor.isOpening());
    QTest::qWait(100);
    QCOMPARE(reading.readCount(), 1);

    reading.ensureRead();
    QCOMPARE(reading.state(), HostReading::State::Reading);
    QVERIFY(hypervisor.isOpening()); // a new connection
    QVERIFY(finished.wait(10000));
    QCOMPARE(reading.state(), HostReading::State::Read);
    QCOMPARE(reading.readCount(), 2);
}

void TestHostReading::dropsTheLateAnswerOfAnEarlierAttempt()
{
    Hypervisor hypervisor;
    hypervisor.open(QStringLiteral("test:///default"));
    QTRY_VERIFY(hypervisor.isOpen());
    HostReading reading(&hypervisor);
    QSignalSpy finished(&reading, &HostReading::finished);
    reading.ensureRead(); // asks for "default", which the test driver lacks
    QCOMPARE(reading.state(), HostReading::State::Reading);
    reading.setPoolName(QStringLiteral("default-pool")); // a second attempt
    QVERIFY(finished.wait(10000));
    QTest::qWait(200); // the first attempt's answer would arrive by now
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reading.readCount(), 2);
    QCOMPARE(reading.facts()->pool.name, QStringLiteral("default-pool"));
    QVERIFY(reading.facts()->pool.exists);
}

void TestHostReading::rereadsOnlyThePoolWhenThePoolChanges()
{
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    QVERIFY(readTestDriver(hypervisor, reading));
    QVERIFY(!reading.facts()->pool.exists);
    QCOMPARE(reading.capacity().pool, PoolState::Missing);

    QSignalSpy started(&reading, &HostReading::started);
    QSignalSpy finished(&reading, &HostReading::finished);
    reading.setPoolName(QStringLiteral("default")); // the same: nothing to read
    QCOMPARE(started.size(), 0);
    reading.setPoolName(QStringLiteral("default-pool"));
    QCOMPARE(started.size(), 1);
    QCOMPARE(reading.state(), HostReading::State::Reading);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reading.state(), HostReading::State::Read);
    QCOMPARE(reading.readCount(), 1);
    QCOMPARE(reading.poolReadCount(), 1);
    QCOMPARE(reading.capacity().pool, PoolState::Active);
    QCOMPARE(reading.capacity().poolName, QStringLiteral("default-pool"));
    QCOMPARE(reading.existingNames()->pool, QStringLiteral("default-pool"));
    QVERIFY(reading.existingNames()->volumesKnown);
    // What does not depend on the pool is kept.
    QCOMPARE(reading.facts()->versions.hypervisorType, QStringLiteral("TEST"));
}

void TestHostReading::failedConnectionGivesTheFailedStateWithItsReason()
{
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    QSignalSpy finished(&reading, &HostReading::finished);
    hypervisor.open(QStringLiteral("test:///nonexistent/airlock-no-such-node-file.xml"));
    reading.ensureRead();
    QVERIFY(finished.wait(10000));
    QCOMPARE(reading.state(), HostReading::State::Failed);
    QVERIFY(reading.connectError());
    QVERIFY(!reading.hasTimedOut());
    QCOMPARE(reading.failureReason(), reading.connectError()->message);
    QVERIFY(!reading.failureReason().isEmpty());
    QVERIFY(!reading.devicesProblem().isEmpty());
    QVERIFY(!reading.facts());
    QVERIFY(!reading.capacity().known);
    QVERIFY(reading.target().selinux); // the hardened host's default
    QCOMPARE(reading.readCount(), 0); // the connection never opened
}

void TestHostReading::withoutConnectionFails()
{
    Hypervisor hypervisor; // never opened
    HostReading reading(&hypervisor);
    QSignalSpy finished(&reading, &HostReading::finished);
    reading.ensureRead();
    // Answered through the event loop, never from inside ensureRead().
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reading.state(), HostReading::State::Failed);
    QCOMPARE(reading.connectError()->code, int(VIR_ERR_NO_CONNECT));
    QVERIFY2(reading.failureReason().contains(QLatin1String("not connected")),
             qPrintable(reading.failureReason()));
}

void TestHostReading::silentServerFailsWithTheOpensOwnBound()
{
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    // Accepts the connection and never says a word: the Hypervisor bounds
    // the open, and the reading fails with its reason.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy finished(&reading, &HostReading::finished);
    hypervisor.open(QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(server.serverPort()),
                    std::chrono::seconds(1));
    reading.ensureRead();
    QVERIFY(finished.wait(5000));
    QCOMPARE(reading.state(), HostReading::State::Failed);
    QVERIFY(!reading.hasTimedOut());
    QVERIFY2(reading.failureReason().contains(QLatin1String("within 1 second")),
             qPrintable(reading.failureReason()));
    QCOMPARE(reading.readCount(), 0);
}

void TestHostReading::hostThatNeverAnswersTimesOut()
{
    // Connected, but the reading hangs on the host: the worker blocks
    // opening SMT's file.
    Test::StuckSmtRoot root;
    QVERIFY(root.isValid());

    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    reading.setRoot(HostRoot(root.path()));
    reading.setTimeout(std::chrono::seconds(1));
    QSignalSpy finished(&reading, &HostReading::finished);
    QElapsedTimer timer;
    timer.start();
    hypervisor.open(QStringLiteral("test:///default"));
    reading.ensureRead();
    QVERIFY(finished.wait(5000));
    QVERIFY(timer.elapsed() < 4000);
    QCOMPARE(reading.state(), HostReading::State::Failed);
    QVERIFY(reading.hasTimedOut());
    QVERIFY(!reading.connectError());
    QCOMPARE(reading.failureReason(), QStringLiteral("libvirt did not answer within 1 seconds."));
    QCOMPARE(reading.devicesProblem(), reading.failureReason());
    QCOMPARE(reading.readCount(), 1);

    // The host answers at last: that answer is of an attempt given up on.
    QVERIFY(root.release());
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reading.state(), HostReading::State::Failed);
    QVERIFY(!reading.facts());
}

QTEST_GUILESS_MAIN(TestHostReading)
#include "tst_hostreading.moc"
