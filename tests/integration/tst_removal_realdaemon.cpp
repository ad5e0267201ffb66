// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "hypervisor/xmlelement.h"
#include "provision/creationplan.h"
#include "provision/snapshots.h"
#include "provision/vmremoval.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

namespace {

const QString s_pool = QStringLiteral("airlock-removal-pool");
const QString s_network = QStringLiteral("airlock-nat");

using Kind = RemovalItem::Kind;

QString hashOf(const QString &text)
{
    return QString::number(qHash(text), 16);
}

QString failures(const RemovalOutcome &outcome)
{
    QStringList lines;
    for (const FailedItem &item : outcome.failed)
        lines.append(item.line());
    return lines.join(QLatin1Char('\n'));
}

QList<Kind> kindsOf(const RemovalPlan &plan)
{
    QList<Kind> kinds;
    for (const RemovalItem &item : plan.items)
        kinds.append(item.kind);
    return kinds;
}

QStringList namesOf(const RemovalPlan &plan, Kind kind)
{
    QStringList names;
    for (const RemovalItem &item : plan.items) {
        if (item.kind == kind)
            names.append(item.name);
    }
    return names;
}

QString keptText(const QList<KeptItem> &kept)
{
    QStringList lines;
    for (const KeptItem &item : kept)
        lines.append(item.text + QStringLiteral(": ") + item.reason);
    return lines.join(QLatin1Char('\n'));
}

QStringList filterNames(const Connection &connection)
{
    QStringList names;
    virNWFilterPtr *filters = nullptr;
    const int count = virConnectListAllNWFilters(connection.get(), &filters, 0);
    for (int i = 0; i < count; ++i) {
        const NetworkFilterHandle filter(filters[i]);
        names.append(QString::fromUtf8(virNWFilterGetName(filter.get())));
    }
    free(filters);
    return names;
}

} // namespace

// Deleting Airlock's VMs on the real libvirtd and QEMU (TCG, UEFI, NAT):
// what was there before is exactly what is there after, shared objects stay
// while another domain uses them, and a VM Airlock did not make is never
// touched.
class TestRemovalRealDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void removesEverythingTheCreationAndASnapshotMade();
    void aStoppedVmLeavesNoUefiVariablesBehind();
    void aSharedIsoAndNetworkGoWithTheLastVm();
    void aForeignDomainKeepsTheIsoAndIsNeverTouched();
    void theCommandLineListsAndDeletes();

private:
    VmSpec spec(const QString &name) const;
    void create(const QString &name);
    QStringList inventory() const;
    RemovalPlan planOf(const QString &name);

    Connection m_connection;
    QString m_uri;
    QString m_nvramDirectory;
    QTemporaryDir m_directory;
    QString m_iso;
    QStringList m_created;
    bool m_networkThereBefore = false;
    QStringList m_networksBefore;
    QStringList m_filtersBefore;
};

void TestRemovalRealDaemon::initTestCase()
{
    const Test::RealDaemon daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(daemon);
    Hypervisor::initializeLibvirt();
    m_uri = daemon.uri;
    const auto connection = Connection::open(daemon.uri);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = *connection;
    m_nvramDirectory = daemon.directory + QStringLiteral("/lib/qemu/nvram");
    QVERIFY(m_directory.isValid());
    m_iso = m_directory.filePath(QStringLiteral("nixos-graphical-26.05.1-x86_64-linux.iso"));
    QVERIFY(Test::writeStandInIso(m_iso));
    const QString poolError = Test::createTestPool(m_connection, s_pool);
    QVERIFY2(poolError.isEmpty(), qPrintable(poolError));
    // Another test of the suite may have left Airlock's network: then it was
    // there before, is not this test's, and must stay.
    m_networkThereBefore = bool(m_connection.network(s_network));
    virResetLastError();
    m_networksBefore = m_connection.networkNames().value_or(QStringList {});
    m_filtersBefore = filterNames(m_connection);
}

void TestRemovalRealDaemon::cleanupTestCase()
{
    if (!m_connection.isValid())
        return;
    Test::removeTestPool(m_connection, s_pool);
}

void TestRemovalRealDaemon::cleanup()
{
    // What a failed test left: removed by hand, so the next starts clean.
    for (const QString &name : std::as_const(m_created)) {
        if (auto domain = m_connection.domain(name)) {
            virDomainDestroy(domain->get());
            virDomainUndefineFlags(domain->get(), VIR_DOMAIN_UNDEFINE_NVRAM
                                                          | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA);
        }
        virResetLastError();
    }
    m_created.clear();
    for (const QString &network : m_connection.networkNames().value_or(QStringList {})) {
        if (m_networksBefore.contains(network))
            continue;
        NetworkHandle handle(
                virNetworkLookupByName(m_connection.get(), network.toUtf8().constData()));
        virNetworkDestroy(handle.get());
        virNetworkUndefine(handle.get());
    }
    // Airlock's filters build on each other: the top ones go first.
    for (int round = 0; round < 3; ++round) {
        for (const QString &filter : filterNames(m_connection)) {
            if (m_filtersBefore.contains(filter))
                continue;
            NetworkFilterHandle handle(
                    virNWFilterLookupByName(m_connection.get(), filter.toUtf8().constData()));
            virNWFilterUndefine(handle.get());
        }
    }
    if (const auto volumes = m_connection.volumeNames(s_pool)) {
        for (const QString &volume : *volumes) {
            if (auto handle = m_connection.volume(s_pool, volume))
                virStorageVolDelete(handle->get(), 0);
        }
    }
    virResetLastError();
}

VmSpec TestRemovalRealDaemon::spec(const QString &name) const
{
    VmSpec spec = Test::smallEmulatedSpec(name);
    spec.firmware = Firmware::Uefi;
    spec.storagePool = s_pool;
    spec.iso = IsoSource::file(m_iso);
    spec.network.mode = NetworkMode::Nat;
    return spec;
}

void TestRemovalRealDaemon::create(const QString &name)
{
    m_created.append(name);
    CreationPlan plan(spec(name));
    std::atomic_bool cancel {false};
    const auto result = plan.run(m_connection, {}, cancel);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
}

// Everything a creation or a removal could touch, one sorted line each.
QStringList TestRemovalRealDaemon::inventory() const
{
    QStringList items = Test::inventory(m_connection);
    virNetworkPtr *networks = nullptr;
    const int networkCount = virConnectListAllNetworks(m_connection.get(), &networks, 0);
    for (int i = 0; i < networkCount; ++i) {
        const NetworkHandle network(networks[i]);
        // The whole definition: its DHCP host entries with it.
        items.append(
                QStringLiteral("network %1 xml %2")
                        .arg(QString::fromUtf8(virNetworkGetName(network.get())),
                             hashOf(takeLibvirtString(virNetworkGetXMLDesc(network.get(), 0)))));
    }
    free(networks);
    virNWFilterPtr *filters = nullptr;
    const int filterCount = virConnectListAllNWFilters(m_connection.get(), &filters, 0);
    for (int i = 0; i < filterCount; ++i) {
        const NetworkFilterHandle filter(filters[i]);
        items.append(
                QStringLiteral("filter %1 xml %2")
                        .arg(QString::fromUtf8(virNWFilterGetName(filter.get())),
                             hashOf(takeLibvirtString(virNWFilterGetXMLDesc(filter.get(), 0)))));
    }
    free(filters);
    for (const QString &file : QDir(m_nvramDirectory).entryList(QDir::Files))
        items.append(QStringLiteral("nvram file %1").arg(file));
    items.sort();
    return items;
}

RemovalPlan TestRemovalRealDaemon::planOf(const QString &name)
{
    const auto plan = VmRemoval::plan(m_connection, name);
    if (!plan)
        qWarning("%s", qPrintable(plan.error().message));
    return plan.value_or(RemovalPlan {});
}

void TestRemovalRealDaemon::removesEverythingTheCreationAndASnapshotMade()
{
    const QStringList before = inventory();
    const QString name = QStringLiteral("airlock-removal-one");
    create(name);
    const auto snapshot = Snapshots::takeKnownGood(m_connection, name);
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
    QCOMPARE(snapshot->snapshot.kind, SnapshotInfo::Kind::External);
    QVERIFY(inventory() != before);

    const RemovalPlan plan = planOf(name);
    QCOMPARE(plan.domainName, name);
    QVERIFY(plan.running);
    QVERIFY(plan.recorded);
    QVERIFY2(plan.nvram.startsWith(QLatin1String("/var/lib/libvirt/qemu/nvram/")),
             qPrintable(plan.nvram));
    const QList<Kind> kinds = kindsOf(plan);
    QCOMPARE(kinds.mid(0, 5), (QList<Kind> {Kind::TurnOff, Kind::Snapshot, Kind::Domain,
                                            Kind::Overlay, Kind::Disk}));
    QCOMPARE(namesOf(plan, Kind::Snapshot), QStringList {snapshot->snapshot.name});
    QCOMPARE(namesOf(plan, Kind::Overlay),
             QStringList {name + QStringLiteral("-known-good.qcow2")});
    QCOMPARE(namesOf(plan, Kind::Disk), QStringList {name + QStringLiteral(".qcow2")});
    QCOMPARE(namesOf(plan, Kind::Iso),
             QStringList {QStringLiteral("nixos-graphical-26.05.1-x86_64-linux.iso")});
    QVERIFY(plan.lines().join(QLatin1Char('\n')).contains(plan.nvram));
    if (!m_networkThereBefore) {
        QCOMPARE(namesOf(plan, Kind::Network), QStringList {s_network});
        // The address goes with the network.
        QVERIFY(!kinds.contains(Kind::Address));
    }

    if (!m_filtersBefore.contains(QStringLiteral("airlock-internet")))
        QVERIFY(namesOf(plan, Kind::Filter).contains(QStringLiteral("airlock-internet")));

    QStringList progress;
    const RemovalOutcome outcome
            = VmRemoval::run(m_connection, plan, [&progress](const RemovalStep &step) {
                  if (step.status != RemovalStep::Status::Removing)
                      progress.append(step.line);
              });
    QVERIFY2(outcome.isComplete(), qPrintable(failures(outcome)));
    QCOMPARE(progress.size(), plan.items.size());
    QCOMPARE(inventory(), before);
    m_created.clear();
}

void TestRemovalRealDaemon::aStoppedVmLeavesNoUefiVariablesBehind()
{
    const QStringList before = inventory();
    const QString name = QStringLiteral("airlock-removal-stopped");
    create(name);
    const auto domain = m_connection.domain(name);
    QVERIFY(domain);
    QCOMPARE(virDomainDestroy(domain->get()), 0);
    QVERIFY(QDir(m_nvramDirectory).entryList(QDir::Files).join(QLatin1Char(' ')).contains(name));
    const RemovalPlan plan = planOf(name);
    QVERIFY(!plan.running);
    QVERIFY(!kindsOf(plan).contains(Kind::TurnOff));
    const RemovalOutcome outcome = VmRemoval::run(m_connection, plan);
    QVERIFY2(outcome.isComplete(), qPrintable(failures(outcome)));
    QCOMPARE(inventory(), before);
    m_created.clear();
}

void TestRemovalRealDaemon::aSharedIsoAndNetworkGoWithTheLastVm()
{
    const QStringList before = inventory();
    const QString first = QStringLiteral("airlock-removal-first");
    const QString second = QStringLiteral("airlock-removal-second");
    const QString iso = QStringLiteral("nixos-graphical-26.05.1-x86_64-linux.iso");
    create(first);
    create(second);

    // The second reused the first's ISO: both recorded it, the second as shared.
    const RemovalPlan firstPlan = planOf(first);
    QVERIFY(!namesOf(firstPlan, Kind::Iso).contains(iso));
    QVERIFY(!namesOf(firstPlan, Kind::Network).contains(s_network));
    QVERIFY(namesOf(firstPlan, Kind::Address).size() == 1);
    const QString kept = keptText(firstPlan.kept);
    QVERIFY2(kept.contains(QStringLiteral("the ISO “%1” in the pool “%2”: “%3” uses it")
                                   .arg(iso, s_pool, second)),
             qPrintable(kept));
    // A network an earlier test left is no VM's here: it stays for that reason.
    if (!m_networkThereBefore)
        QVERIFY2(kept.contains(QStringLiteral("network “%1”: “%2” uses it").arg(s_network, second)),
                 qPrintable(kept));
    const RemovalOutcome firstOutcome = VmRemoval::run(m_connection, firstPlan);
    QVERIFY2(firstOutcome.isComplete(), qPrintable(failures(firstOutcome)));
    QVERIFY(m_connection.volume(s_pool, iso));
    QVERIFY(m_connection.network(s_network));
    QVERIFY(m_connection.domain(second));

    const RemovalPlan secondPlan = planOf(second);
    QCOMPARE(namesOf(secondPlan, Kind::Iso), QStringList {iso});
    if (!m_networkThereBefore)
        QCOMPARE(namesOf(secondPlan, Kind::Network), QStringList {s_network});
    const RemovalOutcome secondOutcome = VmRemoval::run(m_connection, secondPlan);
    QVERIFY2(secondOutcome.isComplete(), qPrintable(failures(secondOutcome)));
    QCOMPARE(inventory(), before);
    m_created.clear();
}

void TestRemovalRealDaemon::aForeignDomainKeepsTheIsoAndIsNeverTouched()
{
    const QString name = QStringLiteral("airlock-removal-beside");
    const QString foreign = QStringLiteral("airlock-removal-users-own");
    const QString iso = QStringLiteral("nixos-graphical-26.05.1-x86_64-linux.iso");
    const QStringList before = inventory();
    create(name);
    const auto volume = m_connection.volume(s_pool, iso);
    QVERIFY(volume);
    const QString isoPath = takeLibvirtString(virStorageVolGetPath(volume->get()));
    // The user's own VM, reading the ISO Airlock uploaded by its file.
    const QString xml
            = QStringLiteral("<domain type='qemu'><name>%1</name><memory unit='MiB'>256</memory>"
                             "<os><type arch='x86_64'>hvm</type></os><devices><disk type='file' "
                             "device='cdrom'>"
                             "<driver name='qemu' type='raw'/><source file='%2'/><target dev='sda' "
                             "bus='sata'/>"
                             "<readonly/></disk></devices></domain>")
                      .arg(foreign, isoPath);
    DomainHandle defined(virDomainDefineXML(m_connection.get(), xml.toUtf8().constData()));
    QVERIFY2(defined, qPrintable(LibvirtError::last().message));
    m_created.append(foreign);
    const QString foreignXml
            = takeLibvirtString(virDomainGetXMLDesc(defined.get(), VIR_DOMAIN_XML_INACTIVE));

    const RemovalPlan plan = planOf(name);
    QVERIFY(!namesOf(plan, Kind::Iso).contains(iso));
    QVERIFY2(keptText(plan.kept).contains(QStringLiteral("“%1” uses it").arg(foreign)),
             qPrintable(keptText(plan.kept)));
    const RemovalOutcome outcome = VmRemoval::run(m_connection, plan);
    QVERIFY2(outcome.isComplete(), qPrintable(failures(outcome)));
    QVERIFY(m_connection.volume(s_pool, iso));

    // Airlock's --delete refuses the user's VM and leaves it as it was.
    QString output;
    QCOMPARE(Test::runProgram(QStringLiteral(AIRLOCK_BINARY),
                              {QStringLiteral("--delete"), foreign, QStringLiteral("--yes"),
                               QStringLiteral("--connect"), m_uri},
                              &output),
             1);
    QVERIFY2(output.contains(QStringLiteral("was not made by Airlock")), qPrintable(output));
    const auto still = m_connection.domain(foreign);
    QVERIFY(still);
    QCOMPARE(takeLibvirtString(virDomainGetXMLDesc(still->get(), VIR_DOMAIN_XML_INACTIVE)),
             foreignXml);

    // The test's own clean-up: its VM, then the ISO nobody reads any more.
    QCOMPARE(virDomainUndefine(still->get()), 0);
    QCOMPARE(virStorageVolDelete(m_connection.volume(s_pool, iso)->get(), 0), 0);
    QCOMPARE(inventory(), before);
    m_created.clear();
}

void TestRemovalRealDaemon::theCommandLineListsAndDeletes()
{
    const QStringList before = inventory();
    const QString name = QStringLiteral("airlock-removal-cli");
    m_created.append(name);
    const QString specFile = m_directory.filePath(name + QStringLiteral(".json"));
    QVERIFY(spec(name).save(specFile));
    // Through a pipe, as a script or a log reads it: whole lines, no carriage return.
    QProcess creation;
    creation.start(QStringLiteral(AIRLOCK_BINARY),
                   {QStringLiteral("--create"), QStringLiteral("--spec"), specFile,
                    QStringLiteral("--connect"), m_uri});
    QVERIFY(creation.waitForFinished(300000));
    const QString created
            = QString::fromUtf8(creation.readAllStandardOutput() + creation.readAllStandardError());
    QVERIFY2(creation.exitCode() == 3, qPrintable(created)); // runs; no SELinux here
    QVERIFY2(created.contains(QStringLiteral("[4/7] Put the NixOS ISO into the pool 100%\n")),
             qPrintable(created));
    QVERIFY2(!created.contains(QLatin1Char('\r')), qPrintable(created));

    QString output;
    QCOMPARE(Test::runProgram(QStringLiteral(AIRLOCK_BINARY),
                              {QStringLiteral("--list"), QStringLiteral("--json"),
                               QStringLiteral("--connect"), m_uri},
                              &output),
             0);
    QJsonObject listed;
    for (const QJsonValue &vm :
         QJsonDocument::fromJson(output.toUtf8()).object().value(QStringLiteral("vms")).toArray()) {
        if (vm.toObject().value(QStringLiteral("name")).toString() == name)
            listed = vm.toObject();
    }
    QVERIFY2(!listed.isEmpty(), qPrintable(output));
    QVERIFY(listed.value(QStringLiteral("madeByAirlock")).toBool());
    QCOMPARE(listed.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QCOMPARE(listed.value(QStringLiteral("release")).toString(), QStringLiteral("26.05"));
    const QDateTime when = QDateTime::fromString(listed.value(QStringLiteral("created")).toString(),
                                                 Qt::ISODate);
    QVERIFY(when.isValid());
    QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    QCOMPARE(
            Test::runProgram(QStringLiteral(AIRLOCK_BINARY),
                             {QStringLiteral("--delete"), name, QStringLiteral("--connect"), m_uri},
                             &output),
            0);
    QVERIFY2(output.contains(QStringLiteral("Nothing was changed.")), qPrintable(output));
    QVERIFY(m_connection.domain(name));
    QCOMPARE(Test::runProgram(QStringLiteral(AIRLOCK_BINARY),
                              {QStringLiteral("--delete"), name, QStringLiteral("--yes"),
                               QStringLiteral("--json"), QStringLiteral("--connect"), m_uri},
                              &output),
             0);
    const QJsonObject outcome = QJsonDocument::fromJson(output.toUtf8()).object();
    QVERIFY2(outcome.value(QStringLiteral("failed")).toArray().isEmpty(), qPrintable(output));
    QVERIFY(outcome.value(QStringLiteral("removed")).toArray().size() >= 4);
    QCOMPARE(inventory(), before);
    m_created.clear();
}

QTEST_GUILESS_MAIN(TestRemovalRealDaemon)
#include "tst_removal_realdaemon.moc"
