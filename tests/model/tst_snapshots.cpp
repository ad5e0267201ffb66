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
    void saysWhatARevertRestores();
    void saysWhichKindThisHostGives_data();
    void saysWhichKindThisHostGives();
    void deletesAnInternalSnapshot();
    void revertOfAUefiVmAsksLibvirtToResetItsFirmwareSettings();

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

void TestSnapshots::saysWhatARevertRestores()
{
    SnapshotInfo uefiDiskOnly;
    uefiDiskOnly.kind = SnapshotInfo::Kind::External;
    uefiDiskOnly.firmwareSettings = true;
    SnapshotInfo biosRunning;
    biosRunning.withMemory = true;
    SnapshotInfo uefiRunning = biosRunning;
    uefiRunning.firmwareSettings = true;

    QVERIFY(uefiDiskOnly.restoresText().contains(QStringLiteral("disk exactly as it was")));
    QVERIFY(biosRunning.restoresText().contains(QStringLiteral("with what was in its memory")));
    const QString uefiLost = uefiDiskOnly.doesNotRestoreText();
    QVERIFY(uefiLost.contains(QStringLiteral("firmware settings")));
    QVERIFY(uefiLost.contains(QStringLiteral("fallback boot loader")));
    // The firmware's settings come back with the memory of a full snapshot.
    QVERIFY(!uefiRunning.doesNotRestoreText().contains(QStringLiteral("firmware")));
    QVERIFY(!biosRunning.doesNotRestoreText().contains(QStringLiteral("firmware")));
    for (const SnapshotInfo &snapshot : {uefiDiskOnly, biosRunning, uefiRunning}) {
        QVERIFY(snapshot.doesNotRestoreText().contains(
                QStringLiteral("after the snapshot is gone")));
        QVERIFY(snapshot.doesNotRestoreText().contains(QStringLiteral("shared folder")));
    }
}

void TestSnapshots::saysWhichKindThisHostGives_data()
{
    QTest::addColumn<QList<SnapshotInfo::Kind>>("existing");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<SnapshotInfo::Kind>("kind");
    QTest::addColumn<SnapshotKindOffer::Reason>("reason");
    using Kind = SnapshotInfo::Kind;
    using Reason = SnapshotKindOffer::Reason;
    const QString pflash = QStringLiteral("internal snapshots of a VM with pflash based firmware "
                                          "are not supported");
    QTest::newRow("none") << QList<Kind> {} << QString() << Kind::Internal << Reason::NotAskedYet;
    QTest::newRow("internal") << QList<Kind> {Kind::Internal} << QString() << Kind::Internal
                              << Reason::FullTaken;
    QTest::newRow("external") << QList<Kind> {Kind::External} << QString() << Kind::External
                              << Reason::OnOverlay;
    QTest::newRow("both") << QList<Kind> {Kind::Internal, Kind::External} << QString()
                          << Kind::External << Reason::OnOverlay;
    QTest::newRow("refused") << QList<Kind> {Kind::External} << pflash << Kind::External
                             << Reason::FullRefused;
}

void TestSnapshots::saysWhichKindThisHostGives()
{
    QFETCH(QList<SnapshotInfo::Kind>, existing);
    QFETCH(QString, refusal);
    QFETCH(SnapshotInfo::Kind, kind);
    QFETCH(SnapshotKindOffer::Reason, reason);
    QList<SnapshotInfo> snapshots;
    for (const SnapshotInfo::Kind each : existing) {
        SnapshotInfo info;
        info.kind = each;
        snapshots.append(info);
    }
    const SnapshotKindOffer offer = Snapshots::kindOffered(snapshots, refusal);
    QCOMPARE(offer.kind, kind);
    QCOMPARE(offer.reason, reason);
    QVERIFY(offer.text().endsWith(QLatin1Char('.')));
    if (!refusal.isEmpty())
        QVERIFY(offer.text().contains(refusal));
    QCOMPARE(offer.text().contains(QStringLiteral("disk-only (")),
             kind == SnapshotInfo::Kind::External);
}

void TestSnapshots::deletesAnInternalSnapshot()
{
    QVERIFY(Snapshots::takeKnownGood(m_connection, QStringLiteral("test")));
    QVERIFY(Snapshots::takeKnownGood(m_connection, QStringLiteral("test")));
    const auto deleted
            = Snapshots::remove(m_connection, QStringLiteral("test"), QStringLiteral("known-good"));
    QVERIFY2(deleted, qPrintable(deleted ? QString() : deleted.error().message));
    QCOMPARE(deleted->snapshot, QStringLiteral("known-good"));
    QVERIFY(deleted->removed.isEmpty());
    QVERIFY(deleted->kept.isEmpty());
    const auto listed = Snapshots::list(m_connection, QStringLiteral("test"));
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->constFirst().name, QStringLiteral("known-good-2"));
    // The VM runs on, untouched.
    const auto domain = m_connection.domain(QStringLiteral("test"));
    QCOMPARE(virDomainIsActive(domain->get()), 1);

    const auto again
            = Snapshots::remove(m_connection, QStringLiteral("test"), QStringLiteral("known-good"));
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QStringLiteral("known-good")));
}

// The test driver knows no NVRAM reset: the revert goes on without the flag
// and says that the firmware settings could not be reset, and the VM, off
// before, stays off.
void TestSnapshots::revertOfAUefiVmAsksLibvirtToResetItsFirmwareSettings()
{
    const QString xml = QStringLiteral(
            "<domain type='test'><name>airlock-uefi</name><memory unit='MiB'>512</memory>"
            "<os><type arch='x86_64'>hvm</type>"
            "<loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>"
            "<nvram>/var/lib/libvirt/qemu/nvram/airlock-uefi_VARS.fd</nvram></os></domain>");
    DomainHandle domain(virDomainDefineXML(m_connection.get(), xml.toUtf8().constData()));
    QVERIFY2(domain, qPrintable(LibvirtError::last().message));
    const auto taken = Snapshots::takeKnownGood(m_connection, QStringLiteral("airlock-uefi"));
    QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
    QVERIFY(taken->snapshot.firmwareSettings);
    QVERIFY(!taken->snapshot.withMemory);

    const auto reverted = Snapshots::revert(m_connection, QStringLiteral("airlock-uefi"),
                                            QStringLiteral("known-good"));
    QVERIFY2(reverted, qPrintable(reverted ? QString() : reverted.error().message));
    QVERIFY(!reverted->nvramReset);
    QVERIFY2(reverted->nvramError.contains(QStringLiteral("cannot reset the firmware settings")),
             qPrintable(reverted->nvramError));
    QCOMPARE(virDomainIsActive(domain.get()), 0);

    // A BIOS VM has none to reset.
    QVERIFY(Snapshots::takeKnownGood(m_connection, QStringLiteral("test")));
    const auto bios
            = Snapshots::revert(m_connection, QStringLiteral("test"), QStringLiteral("known-good"));
    QVERIFY(bios);
    QVERIFY(!bios->nvramReset);
    QVERIFY(bios->nvramError.isEmpty());
    const auto listed = Snapshots::list(m_connection, QStringLiteral("test"));
    QVERIFY(!listed->constFirst().firmwareSettings);
}

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
