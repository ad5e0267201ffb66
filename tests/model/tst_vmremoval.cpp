// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
#include "domainxml/vmrecord.h"
#include "hypervisor/hypervisor.h"
#include "hypervisor/xmlelement.h"
#include "provision/creationplan.h"
#include "provision/vmremoval.h"
#include "testsupport.h"

#include <QTest>

using namespace Airlock;

namespace {

using Kind = RemovalItem::Kind;

QList<Kind> kindsOf(const RemovalPlan &plan)
{
    QList<Kind> kinds;
    for (const RemovalItem &item : plan.items)
        kinds.append(item.kind);
    return kinds;
}

const RemovalItem *itemOf(const RemovalPlan &plan, Kind kind)
{
    const auto it = std::find_if(plan.items.cbegin(), plan.items.cend(),
                                 [kind](const RemovalItem &item) { return item.kind == kind; });
    return it == plan.items.cend() ? nullptr : &*it;
}

QString keptLines(const RemovalPlan &plan)
{
    QStringList lines;
    for (const KeptItem &item : plan.kept)
        lines.append(item.text + QStringLiteral(": ") + item.reason);
    return lines.join(QLatin1Char('\n'));
}

QStringList dhcpHosts(const Connection &connection, const QString &name)
{
    QStringList hosts;
    NetworkHandle network(virNetworkLookupByName(connection.get(), name.toUtf8().constData()));
    if (!network)
        return {QStringLiteral("(no network)")};
    const auto xml = XmlElement::parse(takeLibvirtString(virNetworkGetXMLDesc(network.get(), 0)));
    for (const XmlElement *host : xml->allAt(QStringLiteral("ip/dhcp/host")))
        hosts.append(host->attribute(QStringLiteral("ip")));
    return hosts;
}

QString failures(const RemovalOutcome &outcome)
{
    QStringList lines;
    for (const FailedItem &item : outcome.failed)
        lines.append(item.line());
    return lines.join(QLatin1Char('\n'));
}

std::optional<VmRecord> recordOf(const Connection &connection, const QString &name)
{
    const auto domain = connection.domain(name);
    if (!domain)
        return std::nullopt;
    return VmRecord::fromDomainXml(
            takeLibvirtString(virDomainGetXMLDesc(domain->get(), VIR_DOMAIN_XML_INACTIVE)));
}

} // namespace

// Deleting a VM on libvirt's test driver: what a creation records, the plan
// made from it, and the removal of exactly that.
class TestVmRemoval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void creationRecordsWhatItMade();
    void removesTheLastVmsSharedNetworkWithIt();
    void refusesAVmAirlockDidNotMake();
    void refusesAVmThatIsNotThere();
    void anIsoAnotherDomainReadsStays();
    void anOlderAirlocksVmLosesOnlyItsDomainAndDisk();
    void snapshotsGoFirst();
    void nothingIsRemovedWhenTheVmChangedSinceThePlan();

private:
    VmSpec spec(const QString &name) const;
    void create(const QString &name);
    void defineAirlockVm(const QString &name, const QList<RecordedObject> &objects);

    Connection m_connection;
};

void TestVmRemoval::initTestCase()
{
    Hypervisor::initializeLibvirt();
}

void TestVmRemoval::init()
{
    const auto connection = Connection::open(
            QStringLiteral("test://") + Test::dataPath(QStringLiteral("testdriver/provision.xml")));
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = *connection;
}

void TestVmRemoval::cleanup()
{
    m_connection = Connection();
}

VmSpec TestVmRemoval::spec(const QString &name) const
{
    return Test::provisionSpec(name);
}

void TestVmRemoval::create(const QString &name)
{
    CreationPlan plan(spec(name));
    std::atomic_bool cancel {false};
    const auto result = plan.run(m_connection, {}, cancel);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
}

// A VM of Airlock's defined as a creation would, with `objects` recorded.
void TestVmRemoval::defineAirlockVm(const QString &name, const QList<RecordedObject> &objects)
{
    VmSpec vm = spec(name);
    vm.network.mode = NetworkMode::None;
    const auto pool = m_connection.storagePool(vm.storagePool);
    QVERIFY(pool);
    QVERIFY(StorageVolumeHandle(virStorageVolCreateXML(
            pool->get(), DomainXml::diskVolume(vm).toUtf8().constData(), 0)));
    DomainTarget target;
    target.selinux = false;
    target.created = QDateTime::currentDateTimeUtc();
    target.objects = objects;
    const auto xml = DomainXml::domain(vm, target);
    QVERIFY(xml);
    QVERIFY2(DomainHandle(virDomainDefineXML(m_connection.get(), xml->toUtf8().constData())),
             qPrintable(LibvirtError::last().message));
}

void TestVmRemoval::creationRecordsWhatItMade()
{
    create(QStringLiteral("first"));
    create(QStringLiteral("second"));
    const auto first = recordOf(m_connection, QStringLiteral("first"));
    const auto second = recordOf(m_connection, QStringLiteral("second"));
    QVERIFY(first && second);
    QVERIFY(first->created.isValid());
    QVERIFY(qAbs(first->created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    using Made = RecordedObject::MadeBy;
    // The disk is each VM's own; the network the first made and the second
    // reused; the ISO was the user's (in the pool before): not recorded.
    // The test driver has no traffic filters: none made, none recorded.
    const auto summary = [](const VmRecord &record) {
        QStringList lines;
        for (const RecordedObject &object : record.objects)
            lines.append(QStringLiteral("%1 %2 %3/%4 %5")
                                 .arg(int(object.kind))
                                 .arg(object.madeBy == Made::ThisVm ? QStringLiteral("this")
                                                                    : QStringLiteral("airlock"))
                                 .arg(object.pool, object.name, object.role));
        return lines;
    };
    QCOMPARE(summary(*first), (QStringList {QStringLiteral("0 this vms/first.qcow2 disk"),
                                            QStringLiteral("1 this /airlock-nat "),
                                            QStringLiteral("3 this /airlock-nat ")}));
    QCOMPARE(summary(*second), (QStringList {QStringLiteral("0 this vms/second.qcow2 disk"),
                                             QStringLiteral("1 airlock /airlock-nat "),
                                             QStringLiteral("3 this /airlock-nat ")}));
    const QList<RecordedObject> addresses = first->objectsOf(RecordedObject::Kind::Address);
    QCOMPARE(addresses.size(), 1);
    QVERIFY(dhcpHosts(m_connection, QStringLiteral("airlock-nat")).contains(addresses.at(0).ipv4));
}

void TestVmRemoval::removesTheLastVmsSharedNetworkWithIt()
{
    const QStringList before = Test::inventory(m_connection);
    create(QStringLiteral("first"));
    create(QStringLiteral("second"));
    const QStringList hostsBoth = dhcpHosts(m_connection, QStringLiteral("airlock-nat"));
    QCOMPARE(hostsBoth.size(), 2);

    // The first: its network stays for the second, its address goes.
    const auto plan = VmRemoval::plan(m_connection, QStringLiteral("first"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(kindsOf(*plan),
             (QList<Kind> {Kind::TurnOff, Kind::Domain, Kind::Disk, Kind::Address}));
    QVERIFY(plan->running);
    QVERIFY(plan->recorded);
    QCOMPARE(itemOf(*plan, Kind::Disk)->name, QStringLiteral("first.qcow2"));
    QCOMPARE(itemOf(*plan, Kind::Disk)->manualCommand,
             QStringLiteral("virsh -c %1 vol-delete --pool vms first.qcow2")
                     .arg(m_connection.uri()));
    const QString kept = keptLines(*plan);
    QVERIFY2(kept.contains(QStringLiteral("network “airlock-nat”: “second” uses it")),
             qPrintable(kept));
    QVERIFY2(kept.contains(
                     QStringLiteral("the ISO “nixos.iso” in the pool “vms”: it was there before")),
             qPrintable(kept));
    QVERIFY2(kept.contains(QStringLiteral("storage pool “vms”: Airlock never removes")),
             qPrintable(kept));
    const QStringList lines = plan->lines();
    QVERIFY(lines.constFirst().startsWith(QStringLiteral("Turns off “first” first")));
    QCOMPARE(lines.size(), plan->items.size() + plan->kept.size());

    // The plan changed nothing.
    QVERIFY(m_connection.domain(QStringLiteral("first")));
    QList<RemovalStep> steps;
    const RemovalOutcome outcome = VmRemoval::run(
            m_connection, *plan, [&steps](const RemovalStep &step) { steps.append(step); });
    QVERIFY2(outcome.isComplete(), qPrintable(failures(outcome)));
    QCOMPARE(outcome.removed.size(), 4);
    QCOMPARE(steps.size(), 8); // removing, then removed, for each
    QCOMPARE(steps.last().status, RemovalStep::Status::Removed);
    QCOMPARE(steps.last().line, outcome.removed.last());
    QVERIFY(!m_connection.domain(QStringLiteral("first")));
    QVERIFY(!m_connection.volume(QStringLiteral("vms"), QStringLiteral("first.qcow2")));
    QCOMPARE(dhcpHosts(m_connection, QStringLiteral("airlock-nat")).size(), 1);

    // The second, the last on the network: the network goes, its address with it.
    const auto last = VmRemoval::plan(m_connection, QStringLiteral("second"));
    QVERIFY(last);
    QCOMPARE(kindsOf(*last),
             (QList<Kind> {Kind::TurnOff, Kind::Domain, Kind::Disk, Kind::Network}));
    const RemovalOutcome lastOutcome = VmRemoval::run(m_connection, *last);
    QVERIFY(lastOutcome.isComplete());
    QCOMPARE(Test::inventory(m_connection), before);
}

void TestVmRemoval::refusesAVmAirlockDidNotMake()
{
    const QStringList before = Test::inventory(m_connection);
    // "running" is the user's own VM in the fixture: no Airlock metadata.
    const auto plan = VmRemoval::plan(m_connection, QStringLiteral("running"));
    QVERIFY(!plan);
    QCOMPARE(plan.error().reason, RemovalRefusal::Reason::NotMadeByAirlock);
    QVERIFY2(plan.error().message.contains(QStringLiteral("was not made by Airlock")),
             qPrintable(plan.error().message));
    QVERIFY(plan.error().message.contains(QStringLiteral("never removes")));
    QVERIFY(m_connection.domain(QStringLiteral("running")));
    QCOMPARE(Test::inventory(m_connection), before);
}

void TestVmRemoval::refusesAVmThatIsNotThere()
{
    const auto plan = VmRemoval::plan(m_connection, QStringLiteral("nowhere"));
    QVERIFY(!plan);
    QCOMPARE(plan.error().reason, RemovalRefusal::Reason::NoSuchVm);
}

void TestVmRemoval::anIsoAnotherDomainReadsStays()
{
    // An ISO an earlier creation uploaded: this VM reuses it and records it
    // as shared.
    RecordedObject iso;
    iso.name = QStringLiteral("nixos.iso");
    iso.pool = QStringLiteral("vms");
    iso.role = QStringLiteral("iso");
    defineAirlockVm(QStringLiteral("uploader"), {iso});
    create(QStringLiteral("reuser"));
    const auto record = recordOf(m_connection, QStringLiteral("reuser"));
    QVERIFY(record);
    const QList<RecordedObject> volumes = record->objectsOf(RecordedObject::Kind::Volume);
    QCOMPARE(volumes.size(), 2);
    QCOMPARE(volumes.at(1).name, QStringLiteral("nixos.iso"));
    QCOMPARE(volumes.at(1).madeBy, RecordedObject::MadeBy::Airlock);

    // The running installer reads it: it stays while that VM runs.
    const auto whileRunning = VmRemoval::plan(m_connection, QStringLiteral("uploader"));
    QVERIFY(whileRunning);
    QVERIFY(!itemOf(*whileRunning, Kind::Iso));
    QVERIFY2(keptLines(*whileRunning)
                     .contains(QStringLiteral("the ISO “nixos.iso” in the pool "
                                              "“vms”: “reuser” uses it")),
             qPrintable(keptLines(*whileRunning)));

    // A domain Airlock did not make, reading it, keeps it as well.
    const QString foreign = QStringLiteral(
            "<domain type='test'><name>foreign</name><memory unit='MiB'>512</memory>"
            "<os><type arch='x86_64'>hvm</type></os><devices><disk type='volume' device='cdrom'>"
            "<source pool='vms' volume='nixos.iso'/><target dev='sda' bus='sata'/></disk>"
            "</devices></domain>");
    QVERIFY(DomainHandle(virDomainDefineXML(m_connection.get(), foreign.toUtf8().constData())));
    auto reuser = m_connection.domain(QStringLiteral("reuser"));
    QVERIFY(reuser);
    QCOMPARE(virDomainDestroy(reuser->get()), 0);
    const auto withForeign = VmRemoval::plan(m_connection, QStringLiteral("reuser"));
    QVERIFY(withForeign);
    QVERIFY(!itemOf(*withForeign, Kind::Iso));
    QVERIFY(!itemOf(*withForeign, Kind::TurnOff));
    QVERIFY2(keptLines(*withForeign).contains(QStringLiteral("“foreign” uses it")),
             qPrintable(keptLines(*withForeign)));

    // Once nothing reads it, the last VM that recorded it takes it along.
    virDomainUndefine(DomainHandle(virDomainLookupByName(m_connection.get(), "foreign")).get());
    const auto alone = VmRemoval::plan(m_connection, QStringLiteral("reuser"));
    QVERIFY(alone);
    const RemovalItem *isoItem = itemOf(*alone, Kind::Iso);
    QVERIFY(isoItem);
    QCOMPARE(isoItem->name, QStringLiteral("nixos.iso"));
    QVERIFY(VmRemoval::run(m_connection, *alone).isComplete());
    QVERIFY(!m_connection.volume(QStringLiteral("vms"), QStringLiteral("nixos.iso")));
    QVERIFY(m_connection.domain(QStringLiteral("uploader")));
}

void TestVmRemoval::anOlderAirlocksVmLosesOnlyItsDomainAndDisk()
{
    const QStringList before = Test::inventory(m_connection);
    defineAirlockVm(QStringLiteral("older"), {});
    const auto plan = VmRemoval::plan(m_connection, QStringLiteral("older"));
    QVERIFY(plan);
    QVERIFY(!plan->recorded);
    QCOMPARE(kindsOf(*plan), (QList<Kind> {Kind::Domain, Kind::Disk}));
    QCOMPARE(itemOf(*plan, Kind::Disk)->name, QStringLiteral("older.qcow2"));
    QVERIFY2(keptLines(*plan).contains(QStringLiteral("did not record what it made")),
             qPrintable(keptLines(*plan)));
    QVERIFY(VmRemoval::run(m_connection, *plan).isComplete());
    QCOMPARE(Test::inventory(m_connection), before);
}

void TestVmRemoval::snapshotsGoFirst()
{
    create(QStringLiteral("snapped"));
    auto domain = m_connection.domain(QStringLiteral("snapped"));
    QVERIFY(domain);
    for (const char *name : {"<domainsnapshot><name>one</name></domainsnapshot>",
                             "<domainsnapshot><name>two</name></domainsnapshot>"})
        QVERIFY(SnapshotHandle(virDomainSnapshotCreateXML(domain->get(), name, 0)));
    const auto plan = VmRemoval::plan(m_connection, QStringLiteral("snapped"));
    QVERIFY(plan);
    QCOMPARE(kindsOf(*plan).mid(0, 4),
             (QList<Kind> {Kind::TurnOff, Kind::Snapshot, Kind::Snapshot, Kind::Domain}));
    // The newer first: a child before its parent.
    QCOMPARE(plan->items.at(1).name, QStringLiteral("two"));
    const RemovalOutcome outcome = VmRemoval::run(m_connection, *plan);
    QVERIFY2(outcome.isComplete(), qPrintable(failures(outcome)));
    QVERIFY(!m_connection.domain(QStringLiteral("snapped")));
}

void TestVmRemoval::nothingIsRemovedWhenTheVmChangedSinceThePlan()
{
    create(QStringLiteral("restarted"));
    auto domain = m_connection.domain(QStringLiteral("restarted"));
    QVERIFY(domain);
    QCOMPARE(virDomainDestroy(domain->get()), 0);
    const auto plan = VmRemoval::plan(m_connection, QStringLiteral("restarted"));
    QVERIFY(plan);
    QVERIFY(!plan->running);
    // Started again after the user saw the list: nothing is tried.
    QCOMPARE(virDomainCreate(domain->get()), 0);
    const QStringList before = Test::inventory(m_connection);
    const RemovalOutcome outcome = VmRemoval::run(m_connection, *plan);
    QVERIFY(outcome.removed.isEmpty());
    QCOMPARE(outcome.failed.size(), plan->items.size());
    QVERIFY2(outcome.failed.constFirst().line().contains(QStringLiteral("was started after")),
             qPrintable(failures(outcome)));
    QVERIFY(outcome.failed.constFirst().line().contains(QStringLiteral("virsh")));
    QCOMPARE(Test::inventory(m_connection), before);
}

QTEST_GUILESS_MAIN(TestVmRemoval)
#include "tst_vmremoval.moc"
