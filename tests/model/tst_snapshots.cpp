// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/hypervisor.h"
#include "provision/snapshots.h"
#include "testsupport.h"

#include <QTest>

using namespace Airlock;

// Snapshots on libvirt's test driver: names, internal take, list and revert.
// External (disk-only) snapshots need real files: tst_snapshots_realdaemon.
class TestSnapshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nextKnownGoodNameIsFree_data();
    void nextKnownGoodNameIsFree();
    void takesAnInternalSnapshot();
    void revertsToAnEarlierSnapshot();
    void reportsWhatIsMissing();
    void saysWhatEachKindDoes();

private:
    Connection m_connection;
};

void TestSnapshots::initTestCase()
{
    Hypervisor::initializeLibvirt();
}

void TestSnapshots::init()
{
    // test:///default: a fresh host once the last connection closed, with
    // the running VM "test".
    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(connection);
    m_connection = *connection;
}

void TestSnapshots::cleanup()
{
    // test:///default keeps its state while any connection to it is open.
    m_connection = Connection();
}

void TestSnapshots::nextKnownGoodNameIsFree_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList {} << QStringLiteral("known-good");
    QTest::newRow("one") << QStringList {QStringLiteral("known-good")}
                         << QStringLiteral("known-good-2");
    QTest::newRow("two") << QStringList {QStringLiteral("known-good"),
                                         QStringLiteral("known-good-2")}
                         << QStringLiteral("known-good-3");
    QTest::newRow("gap") << QStringList {QStringLiteral("known-good-2")}
                         << QStringLiteral("known-good");
    QTest::newRow("others") << QStringList {QStringLiteral("before-upgrade")}
                            << QStringLiteral("known-good");
}

void TestSnapshots::nextKnownGoodNameIsFree()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, expected);
    QList<SnapshotInfo> snapshots;
    for (const QString &name : existing) {
        SnapshotInfo info;
        info.name = name;
        snapshots.append(info);
    }
    QCOMPARE(Snapshots::nextKnownGoodName(snapshots), expected);
}

void TestSnapshots::takesAnInternalSnapshot()
{
    const auto empty = Snapshots::list(m_connection, QStringLiteral("test"));
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);

    const auto taken = Snapshots::takeKnownGood(m_connection, QStringLiteral("test"));
    QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
    QVERIFY(taken->internalRefusal.isEmpty());
    const SnapshotInfo &snapshot = taken->snapshot;
    QCOMPARE(snapshot.name, QStringLiteral("known-good"));
    QCOMPARE(snapshot.kind, SnapshotInfo::Kind::Internal);
    QVERIFY(snapshot.withMemory); // "test" runs
    QCOMPARE(snapshot.state, QStringLiteral("running"));
    QVERIFY(snapshot.current);
    QVERIFY(snapshot.created >= before);
    QVERIFY(!snapshot.description.isEmpty());
    QVERIFY(snapshot.base.isEmpty());

    const auto second = Snapshots::takeKnownGood(m_connection, QStringLiteral("test"));
    QVERIFY(second);
    QCOMPARE(second->snapshot.name, QStringLiteral("known-good-2"));
    const auto listed = Snapshots::list(m_connection, QStringLiteral("test"));
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).name, QStringLiteral("known-good"));
    QVERIFY(!listed->at(0).current);
    QVERIFY(listed->at(1).current);
}

void TestSnapshots::revertsToAnEarlierSnapshot()
{
    QVERIFY(Snapshots::takeKnownGood(m_connection, QStringLiteral("test")));
    // Changed after the snapshot: paused.
    const auto domain = m_connection.domain(QStringLiteral("test"));
    QVERIFY(domain);
    QCOMPARE(virDomainSuspend(domain->get()), 0);
    QVERIFY(Snapshots::takeKnownGood(m_connection, QStringLiteral("test")));

    const auto reverted
            = Snapshots::revert(m_connection, QStringLiteral("test"), QStringLiteral("known-good"));
    QVERIFY2(reverted, qPrintable(reverted ? QString() : reverted.error().message));
    QCOMPARE(reverted->snapshot, QStringLiteral("known-good"));
    QVERIFY(!reverted->stopped);
    int state = 0;
    virDomainGetState(domain->get(), &state, nullptr, 0);
    QCOMPARE(state, int(VIR_DOMAIN_RUNNING));
    const auto listed = Snapshots::list(m_connection, QStringLiteral("test"));
    QVERIFY(listed);
    QVERIFY(listed->at(0).current);
    QCOMPARE(listed->at(1).state, QStringLiteral("paused"));
}

void TestSnapshots::reportsWhatIsMissing()
{
    const auto noDomain = Snapshots::list(m_connection, QStringLiteral("absent"));
    QVERIFY(!noDomain);
    QVERIFY(!noDomain.error().message.isEmpty());
    QVERIFY(!Snapshots::takeKnownGood(m_connection, QStringLiteral("absent")));
    const auto noSnapshot
            = Snapshots::revert(m_connection, QStringLiteral("test"), QStringLiteral("absent"));
    QVERIFY(!noSnapshot);
    QVERIFY(noSnapshot.error().message.contains(QStringLiteral("absent")));
}

void TestSnapshots::saysWhatEachKindDoes()
{
    SnapshotInfo full;
    full.withMemory = true;
    SnapshotInfo disk;
    SnapshotInfo external;
    external.kind = SnapshotInfo::Kind::External;
    const QStringList kinds {full.kindText(), disk.kindText(), external.kindText()};
    const QStringList reverts {full.revertText(), disk.revertText(), external.revertText()};
    for (const QStringList &texts : {kinds, reverts}) {
        QCOMPARE(QSet<QString>(texts.cbegin(), texts.cend()).size(), 3);
        for (const QString &text : texts)
            QVERIFY(!text.isEmpty());
    }
    QVERIFY(external.revertText().contains(QStringLiteral("turns the VM off")));
}

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
