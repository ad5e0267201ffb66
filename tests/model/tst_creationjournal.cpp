// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/hypervisor.h"
#include "provision/creationjournal.h"
#include "provision/creationplan.h"
#include "provision/creationrecovery.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::JournalObject)

namespace {

using Kind = JournalObject::Kind;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

} // namespace

// The creation journal: its file, its atomic writes, and undoing or
// finishing a creation from it alone, on libvirt's test driver.
class TestCreationJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void objectsRoundTrip_data();
    void objectsRoundTrip();
    void recordsEveryObjectIntendedThenMade();
    void closingRemovesTheJournal();
    void aHalfWrittenTemporaryFileIsIgnored();
    void aRunningCreationIsNotInterrupted();
    void anUnwritableJournalStopsTheCreationBeforeAnything();
    void aFinishedCreationLeavesNoJournal();
    void undoFromTheJournalRestoresTheInventory();
    void anIntendedObjectIsUndoneOnlyWhenItExists();
    void anUndoCutShortIsRecoverable();
    void finishingKeepsTheDiskAndRunsTheVm();
    void createRefusesWhileACreationOfTheNameIsUnfinished();

private:
    VmSpec spec(const QString &name) const;
    // Runs a creation that succeeds, keeping a copy of its journal as it
    // stood when the step `at` began: what a crash there would have left.
    QByteArray journalAt(const VmSpec &spec, CreationStepId at);
    void removeDomain(const QString &name);

    QTemporaryDir m_data;
    Connection m_connection;
};

void TestCreationJournal::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
    Hypervisor::initializeLibvirt();
}

void TestCreationJournal::init()
{
    QDir(CreationJournal::directory()).removeRecursively();
    const auto connection = Connection::open(
            QStringLiteral("test://") + Test::dataPath(QStringLiteral("testdriver/provision.xml")));
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = *connection;
}

void TestCreationJournal::cleanup()
{
    m_connection = Connection();
}

VmSpec TestCreationJournal::spec(const QString &name) const
{
    return Test::provisionSpec(name);
}

QByteArray TestCreationJournal::journalAt(const VmSpec &spec, CreationStepId at)
{
    const QString path = CreationJournal::pathFor(m_connection.uri(), spec.name);
    const int atIndex = int(CreationPlan::steps().indexOf(CreationStep {at}));
    QByteArray copy;
    CreationPlan::Callbacks callbacks;
    callbacks.started = [&](int step) {
        if (step == atIndex)
            copy = readFile(path);
    };
    CreationPlan plan(spec);
    const std::atomic_bool cancel {false};
    const auto outcome = plan.run(m_connection, callbacks, cancel);
    if (!outcome)
        qWarning("the creation failed: %s", qPrintable(outcome.error().text()));
    return copy;
}

void TestCreationJournal::removeDomain(const QString &name)
{
    // What a crash before the domain's step leaves: no domain.
    DomainHandle domain(virDomainLookupByName(m_connection.get(), name.toUtf8().constData()));
    QVERIFY(domain);
    virDomainDestroy(domain.get());
    QCOMPARE(virDomainUndefine(domain.get()), 0);
}

void TestCreationJournal::objectsRoundTrip_data()
{
    QTest::addColumn<JournalObject>("object");
    QTest::newRow("pool") << JournalObject::ofPool(Kind::Pool, QStringLiteral("default"));
    QTest::newRow("pool started") << JournalObject::ofPool(Kind::PoolStarted,
                                                           QStringLiteral("default"));
    QTest::newRow("disk") << JournalObject::ofVolume(Kind::Disk, QStringLiteral("default"),
                                                     QStringLiteral("nixos.qcow2"));
    QTest::newRow("iso") << JournalObject::ofVolume(Kind::Iso, QStringLiteral("default"),
                                                    QStringLiteral("nixos-2.iso"));
    QTest::newRow("network") << JournalObject::ofNetwork(Kind::Network,
                                                         QStringLiteral("airlock-nat"));
    QTest::newRow("network started")
            << JournalObject::ofNetwork(Kind::NetworkStarted, QStringLiteral("airlock-nat"));
    QTest::newRow("filter") << JournalObject::ofFilter(QStringLiteral("airlock-nat-guest"));
    QTest::newRow("dhcp host") << JournalObject::ofDhcpHost(QStringLiteral("airlock-nat"),
                                                            QStringLiteral("52:54:00:12:34:56"),
                                                            QStringLiteral("192.168.150.2"));
    QTest::newRow("domain") << JournalObject::ofDomain(Kind::Domain, QStringLiteral("nixos"));
    QTest::newRow("running") << JournalObject::ofDomain(Kind::Running, QStringLiteral("nixos"));
}

void TestCreationJournal::objectsRoundTrip()
{
    QFETCH(JournalObject, object);
    for (const auto state : {JournalObject::State::Intended, JournalObject::State::Made}) {
        object.state = state;
        const auto back = JournalObject::fromJson(object.toJson());
        QVERIFY(back);
        QVERIFY(back->sameObject(object));
        QCOMPARE(back->state, state);
        QCOMPARE(back->step, object.step);
        QCOMPARE(back->ipv4, object.ipv4);
        QCOMPARE(back->description(), object.description());
        QVERIFY2(object.manualCommand().startsWith(QLatin1String("virsh ")),
                 qPrintable(object.manualCommand()));
    }
    // Without the names it needs, an entry is not a journal entry.
    QJsonObject unnamed = object.toJson();
    unnamed.remove(QStringLiteral("name"));
    unnamed.remove(QStringLiteral("network"));
    QVERIFY(!JournalObject::fromJson(unnamed));
}

void TestCreationJournal::recordsEveryObjectIntendedThenMade()
{
    const VmSpec vm = spec(QStringLiteral("nixos"));
    auto journal = CreationJournal::begin(QStringLiteral("test:///default"), vm);
    QVERIFY2(journal, qPrintable(journal ? QString() : journal.error()));
    const QString path = journal->record().path;
    QVERIFY(path.startsWith(m_data.path()));
    QVERIFY(path.contains(QLatin1String("/creations/nixos-")));

    const JournalObject disk = JournalObject::ofVolume(Kind::Disk, QStringLiteral("vms"),
                                                       QStringLiteral("nixos.qcow2"));
    QVERIFY(journal->setStep(CreationStepId::Disk));
    QVERIFY(journal->intend(disk));
    auto read = CreationRecord::fromJson(readFile(path), path);
    QVERIFY(read);
    QCOMPARE(read->objects.size(), 1);
    QCOMPARE(read->objects.constFirst().state, JournalObject::State::Intended);

    QVERIFY(journal->made(disk));
    const JournalObject domain = JournalObject::ofDomain(Kind::Domain, QStringLiteral("nixos"));
    QVERIFY(journal->intend(domain));
    read = CreationRecord::fromJson(readFile(path), path);
    QVERIFY(read);
    QCOMPARE(read->uri, QStringLiteral("test:///default"));
    QCOMPARE(read->spec, vm);
    QCOMPARE(read->step, CreationStepId::Disk);
    QCOMPARE(read->action, QStringLiteral("create"));
    QVERIFY(read->started.isValid());
    QCOMPARE(read->objects.size(), 2);
    QCOMPARE(read->objects.at(0).state, JournalObject::State::Made);
    QVERIFY(read->objects.at(1).sameObject(domain));
    QCOMPARE(read->objects.at(1).state, JournalObject::State::Intended);

    // An intention whose call made nothing is void.
    QVERIFY(journal->forgetIntended());
    read = CreationRecord::fromJson(readFile(path), path);
    QCOMPARE(read->objects.size(), 1);
}

void TestCreationJournal::closingRemovesTheJournal()
{
    auto journal = CreationJournal::begin(QStringLiteral("test:///default"),
                                          spec(QStringLiteral("nixos")));
    QVERIFY(journal);
    const QString path = journal->record().path;
    QVERIFY(QFile::exists(path));
    journal->close();
    QVERIFY(!QFile::exists(path));
    QVERIFY(CreationJournal::interrupted(QStringLiteral("test:///default")).isEmpty());
}

void TestCreationJournal::aHalfWrittenTemporaryFileIsIgnored()
{
    const QString uri = QStringLiteral("test:///default");
    QString path;
    {
        auto journal = CreationJournal::begin(uri, spec(QStringLiteral("nixos")));
        QVERIFY(journal);
        path = journal->record().path;
        QVERIFY(journal->made(JournalObject::ofVolume(Kind::Disk, QStringLiteral("vms"),
                                                      QStringLiteral("nixos.qcow2"))));
        // Gone without close(): what a crash leaves.
    }
    const QByteArray whole = readFile(path);
    // A write cut short: its temporary file, half of the new contents.
    const QString temporary = QFileInfo(path).dir().filePath(
            QLatin1Char('.') + QFileInfo(path).fileName() + QLatin1String(".tmp-4242"));
    QVERIFY(writeFile(temporary, whole.left(whole.size() / 2)));
    // And a file that is no journal at all.
    QVERIFY(writeFile(CreationJournal::directory() + QLatin1String("/other-0.json"), "{\"ver"));

    const QList<CreationRecord> found = CreationJournal::interrupted(uri);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().path, path);
    QCOMPARE(found.constFirst().objects.size(), 1);
    QCOMPARE(readFile(path), whole);
    // Another connection's creations are not this one's.
    QVERIFY(CreationJournal::interrupted(QStringLiteral("test:///other")).isEmpty());
}

void TestCreationJournal::aRunningCreationIsNotInterrupted()
{
    const QString uri = QStringLiteral("test:///default");
    const VmSpec vm = spec(QStringLiteral("nixos"));
    {
        auto running = CreationJournal::begin(uri, vm);
        QVERIFY(running);
        QVERIFY(CreationJournal::isRunning(running->record().path));
        QVERIFY(CreationJournal::interrupted(uri).isEmpty());
        const auto second = CreationJournal::begin(uri, vm);
        QVERIFY(!second);
        QVERIFY2(second.error().contains(QLatin1String("is running now")),
                 qPrintable(second.error()));
        // Another name runs beside it.
        auto other = CreationJournal::begin(uri, spec(QStringLiteral("other")));
        QVERIFY(other);
        other->close();
    }
    QCOMPARE(CreationJournal::interrupted(uri).size(), 1);
    const auto again = CreationJournal::begin(uri, vm);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QLatin1String("airlock --recover")), qPrintable(again.error()));
}

void TestCreationJournal::anUnwritableJournalStopsTheCreationBeforeAnything()
{
    // Where the data directory should be, a file: nothing can be made there.
    const QString blocked = m_data.filePath(QStringLiteral("blocked"));
    QVERIFY(writeFile(blocked, "not a directory"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(blocked));
    const auto restore
            = qScopeGuard([this] { qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path())); });

    const QStringList before = Test::inventory(m_connection);
    CreationPlan plan(spec(QStringLiteral("nixos")));
    int started = 0;
    CreationPlan::Callbacks callbacks;
    callbacks.started = [&started](int) { ++started; };
    const std::atomic_bool cancel {false};
    const auto outcome = plan.run(m_connection, callbacks, cancel);
    QVERIFY(!outcome);
    QCOMPARE(started, 0);
    QCOMPARE(outcome.error().step, CreationStepId::Check);
    QVERIFY2(outcome.error().what.contains(QLatin1String("journal"))
                     && outcome.error().what.contains(blocked)
                     && outcome.error().what.contains(QLatin1String("made nothing")),
             qPrintable(outcome.error().what));
    QCOMPARE(Test::inventory(m_connection), before);
}

void TestCreationJournal::aFinishedCreationLeavesNoJournal()
{
    const QByteArray midway = journalAt(spec(QStringLiteral("nixos")), CreationStepId::Start);
    // While it ran, the journal said what it had made.
    const auto record = CreationRecord::fromJson(midway, QString());
    QVERIFY(record);
    QCOMPARE(record->step, CreationStepId::Define);
    QStringList kinds;
    for (const JournalObject &object : record->objects) {
        QCOMPARE(object.state, JournalObject::State::Made);
        kinds.append(journalName(object.kind));
    }
    QCOMPARE(kinds.join(QLatin1Char(' ')), QStringLiteral("disk network dhcp-host domain"));
    QVERIFY(QDir(CreationJournal::directory())
                    .entryList({QStringLiteral("*.json")}, QDir::Files)
                    .isEmpty());
}

void TestCreationJournal::undoFromTheJournalRestoresTheInventory()
{
    const VmSpec vm = spec(QStringLiteral("nixos"));
    const QStringList before = Test::inventory(m_connection);
    const QByteArray midway = journalAt(vm, CreationStepId::Define);
    QVERIFY(!midway.isEmpty());
    removeDomain(vm.name);
    QVERIFY(Test::inventory(m_connection) != before);
    // Only the journal is left of the creation.
    const QString path = CreationJournal::pathFor(m_connection.uri(), vm.name);
    QVERIFY(writeFile(path, midway));

    const QList<InterruptedCreation> found = CreationRecovery::find(m_connection);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().name(), vm.name);
    QCOMPARE(found.constFirst().stoppedAt, CreationStep {CreationStepId::Network}.title());
    QCOMPARE(found.constFirst().made.size(), 3); // the disk, the network, the address
    QVERIFY(found.constFirst().summary().contains(vm.name));

    const RecoveryResult result = CreationRecovery::undo(m_connection, found.constFirst());
    QVERIFY2(result.ok, qPrintable(result.message + result.leftovers.join(QLatin1Char('\n'))));
    QCOMPARE(result.undone.size(), 3);
    QCOMPARE(Test::inventory(m_connection), before);
    QVERIFY(!QFile::exists(path));
    QVERIFY(CreationRecovery::find(m_connection).isEmpty());
}

void TestCreationJournal::anIntendedObjectIsUndoneOnlyWhenItExists()
{
    const VmSpec vm = spec(QStringLiteral("nixos"));
    const QStringList before = Test::inventory(m_connection);
    const QByteArray midway = journalAt(vm, CreationStepId::Define);
    removeDomain(vm.name);
    auto record = CreationRecord::fromJson(midway, QString());
    QVERIFY(record);
    // The crash came between the call and "made": the disk exists.
    for (JournalObject &object : record->objects) {
        if (object.kind == Kind::Disk)
            object.state = JournalObject::State::Intended;
    }
    // And one before a call that never came: nothing to undo, nothing touched.
    JournalObject never = JournalObject::ofVolume(Kind::Iso, QStringLiteral("vms"),
                                                  QStringLiteral("never-made.iso"));
    record->objects.append(never);
    const QString path = CreationJournal::pathFor(m_connection.uri(), vm.name);
    QVERIFY(writeFile(path, QJsonDocument(record->toJson()).toJson()));

    const QList<InterruptedCreation> found = CreationRecovery::find(m_connection);
    QCOMPARE(found.size(), 1);
    const RecoveryResult result = CreationRecovery::undo(m_connection, found.constFirst());
    QVERIFY2(result.ok, qPrintable(result.message + result.leftovers.join(QLatin1Char('\n'))));
    QCOMPARE(Test::inventory(m_connection), before);
    QVERIFY(!QFile::exists(path));
}

void TestCreationJournal::anUndoCutShortIsRecoverable()
{
    // A recovery removed the network, then was killed before its journal
    // said so: the next recovery finds it gone and carries on.
    const VmSpec vm = spec(QStringLiteral("nixos"));
    const QStringList before = Test::inventory(m_connection);
    const QByteArray midway = journalAt(vm, CreationStepId::Define);
    removeDomain(vm.name);
    NetworkHandle network(virNetworkLookupByName(m_connection.get(), "airlock-nat"));
    QVERIFY(network);
    QCOMPARE(virNetworkDestroy(network.get()), 0);
    QCOMPARE(virNetworkUndefine(network.get()), 0);
    auto record = CreationRecord::fromJson(midway, QString());
    QVERIFY(record);
    record->action = QStringLiteral("undo");
    const QString path = CreationJournal::pathFor(m_connection.uri(), vm.name);
    QVERIFY(writeFile(path, QJsonDocument(record->toJson()).toJson()));

    const QList<InterruptedCreation> found = CreationRecovery::find(m_connection);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().record.action, QStringLiteral("undo"));
    const RecoveryResult result = CreationRecovery::undo(m_connection, found.constFirst());
    QVERIFY2(result.ok, qPrintable(result.leftovers.join(QLatin1Char('\n'))));
    QCOMPARE(Test::inventory(m_connection), before);
    QVERIFY(!QFile::exists(path));
}

void TestCreationJournal::finishingKeepsTheDiskAndRunsTheVm()
{
    const VmSpec vm = spec(QStringLiteral("nixos"));
    const QByteArray midway = journalAt(vm, CreationStepId::Define);
    removeDomain(vm.name);
    const QString path = CreationJournal::pathFor(m_connection.uri(), vm.name);
    QVERIFY(writeFile(path, midway));

    const QList<InterruptedCreation> found = CreationRecovery::find(m_connection);
    QCOMPARE(found.size(), 1);
    QStringList details;
    CreationPlan::Callbacks callbacks;
    callbacks.finished = [&details](int, const QString &detail) { details.append(detail); };
    const std::atomic_bool cancel {false};
    const RecoveryResult result
            = CreationRecovery::finish(m_connection, found.constFirst(), callbacks, cancel);
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(result.created);
    QCOMPARE(result.created->domainName, vm.name);
    // The disk was kept, not made again; the network was made again.
    QVERIFY2(details.filter(QStringLiteral("Kept nixos.qcow2")).size() == 1,
             qPrintable(details.join(QLatin1Char('\n'))));
    DomainHandle domain(virDomainLookupByName(m_connection.get(), "nixos"));
    QVERIFY(domain);
    QCOMPARE(virDomainIsActive(domain.get()), 1);
    QVERIFY(!QFile::exists(path));
    QVERIFY(CreationRecovery::find(m_connection).isEmpty());
}

void TestCreationJournal::createRefusesWhileACreationOfTheNameIsUnfinished()
{
    // The journal airlock itself would find: its own data directory.
    const QString uri = QStringLiteral("test:///default");
    VmSpec vm;
    vm.name = QStringLiteral("airlock-test-unfinished");
    vm.iso = IsoSource::poolVolume(QStringLiteral("default"), QStringLiteral("nixos.iso"));
    vm.accelerator = Accelerator::Tcg;
    vm.cpuMode = CpuMode::Maximum;
    vm.memoryMiB = 1536;
    const QString ownName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("airlock"));
    QString path;
    {
        auto journal = CreationJournal::begin(uri, vm);
        QVERIFY2(journal, qPrintable(journal ? QString() : journal.error()));
        path = journal->record().path;
        // It had started the driver's network (a journal of nothing made
        // would be dropped by the next creation of the name).
        QVERIFY(journal->made(
                JournalObject::ofNetwork(Kind::NetworkStarted, QStringLiteral("default"))));
    }
    QCoreApplication::setApplicationName(ownName);
    const QString specFile = m_data.filePath(QStringLiteral("unfinished.json"));
    QVERIFY(vm.save(specFile));

    QString output;
    const QString binary = QStringLiteral(AIRLOCK_BINARY);
    const int refused = Test::runProgram(binary,
                                         {QStringLiteral("--create"), QStringLiteral("--spec"),
                                          specFile, QStringLiteral("--connect"), uri},
                                         &output);
    QVERIFY2(refused == 1, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("airlock --recover")) && output.contains(vm.name),
             qPrintable(output));
    QVERIFY(QFile::exists(path));

    QCOMPARE(Test::runProgram(binary,
                              {QStringLiteral("--recover"), QStringLiteral("--json"),
                               QStringLiteral("--connect"), uri},
                              &output),
             0);
    const QJsonArray creations = QJsonDocument::fromJson(output.toUtf8())
                                         .object()
                                         .value(QStringLiteral("creations"))
                                         .toArray();
    QCOMPARE(creations.size(), 1);
    QCOMPARE(creations.at(0).toObject().value(QStringLiteral("name")).toString(), vm.name);
    QCOMPARE(creations.at(0).toObject().value(QStringLiteral("journal")).toString(), path);

    QCOMPARE(Test::runProgram(binary,
                              {QStringLiteral("--recover"), QStringLiteral("--undo"),
                               QStringLiteral("--connect"), uri},
                              &output),
             0);
    QVERIFY2(output.contains(QLatin1String("is undone")), qPrintable(output));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(Test::runProgram(binary,
                              {QStringLiteral("--recover"), QStringLiteral("--connect"), uri},
                              &output),
             0);
    QVERIFY2(output.contains(QLatin1String("No creation on test:///default was interrupted")),
             qPrintable(output));
    // Both actions at once are refused.
    QCOMPARE(Test::runProgram(binary,
                              {QStringLiteral("--recover"), QStringLiteral("--undo"),
                               QStringLiteral("--finish")},
                              &output),
             2);
}

QTEST_GUILESS_MAIN(TestCreationJournal)
#include "tst_creationjournal.moc"
