// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/hypervisor.h"
#include "hypervisor/xmlelement.h"
#include "provision/creationplan.h"
#include "provision/provisioner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::CreationStepId)
Q_DECLARE_METATYPE(Airlock::IsoSource)

// The creation plan on libvirt's test driver: every step, every undo.
class TestCreationPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void definedSpecPutsAnIsoFileIntoThePool_data();
    void definedSpecPutsAnIsoFileIntoThePool();
    void createsARunningVm();
    void createsTheDefaultPoolWhenMissing();
    void startsTheInstallerOverTheDefinitionThatBootsTheDisk();
    void failureAtEachStepRestoresEverything_data();
    void failureAtEachStepRestoresEverything();
    void neverTouchesAnExistingDomain();
    void neverTouchesAnExistingVolume();
    void refusesANetworkOfAnotherKind();
    void stopsAgainAnAirlockNetworkItStarted();
    void pinsEachVmToAnAddressOfItsOwn();
    void undoingReleasesTheAddress();
    void cancelMidwayRollsBack();
    void cancelDuringTheLastStepRollsBack();
    void failuresNameTheChoiceTheyConcern();
    void reportsAMissingIso();
    void refusesWhatTheDevicesPageNeverOffers();
    void provisionerReportsStepsInTheGuiThread();
    void provisionerReportsFailureAfterRollback();

private:
    VmSpec spec(const QString &name) const;

    Connection m_connection;
};

void TestCreationPlan::initTestCase()
{
    Hypervisor::initializeLibvirt();
}

void TestCreationPlan::init()
{
    // A private test-driver host per test: a pool "vms" with an ISO in it.
    const auto connection = Connection::open(
            QStringLiteral("test://") + Test::dataPath(QStringLiteral("testdriver/provision.xml")));
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = *connection;
}

void TestCreationPlan::cleanup()
{
    m_connection = Connection();
}

VmSpec TestCreationPlan::spec(const QString &name) const
{
    return Test::provisionSpec(name);
}

void TestCreationPlan::definedSpecPutsAnIsoFileIntoThePool_data()
{
    QTest::addColumn<IsoSource>("iso");
    QTest::addColumn<QString>("uploadedAs");
    QTest::addColumn<IsoSource>("defined");
    const QString file = QStringLiteral("/isos/nixos-graphical-25.11-x86_64-linux.iso");
    QTest::newRow("a file, before the upload")
            << IsoSource::file(file) << QString()
            << IsoSource::poolVolume(QStringLiteral("vms"),
                                     QStringLiteral("nixos-graphical-25.11-x86_64-linux.iso"));
    QTest::newRow("a file, uploaded under another name")
            << IsoSource::file(file) << QStringLiteral("nixos-graphical-25.11-x86_64-linux-2.iso")
            << IsoSource::poolVolume(QStringLiteral("vms"),
                                     QStringLiteral("nixos-graphical-25.11-x86_64-linux-2.iso"));
    const IsoSource volume
            = IsoSource::poolVolume(QStringLiteral("isos"), QStringLiteral("nixos.iso"));
    QTest::newRow("a volume stays") << volume << QString() << volume;
    QTest::newRow("none chosen") << IsoSource() << QString() << IsoSource();
}

void TestCreationPlan::definedSpecPutsAnIsoFileIntoThePool()
{
    QFETCH(IsoSource, iso);
    QFETCH(QString, uploadedAs);
    QFETCH(IsoSource, defined);
    VmSpec chosen;
    chosen.storagePool = QStringLiteral("vms");
    chosen.iso = iso;
    VmSpec expected = chosen;
    expected.iso = defined;
    QCOMPARE(CreationPlan::definedSpec(chosen, uploadedAs), expected);
}

void TestCreationPlan::createsARunningVm()
{
    const QStringList before = Test::inventory(m_connection);
    CreationPlan plan(spec(QStringLiteral("fresh")));
    QList<int> finished;
    QList<int> skipped;
    CreationPlan::Callbacks callbacks;
    callbacks.finished = [&finished](int step, const QString &detail) {
        QVERIFY(!detail.isEmpty());
        finished.append(step);
    };
    callbacks.skipped = [&skipped](int step, const QString &) { skipped.append(step); };
    std::atomic_bool cancel {false};
    const auto result = plan.run(m_connection, callbacks, cancel);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
    QCOMPARE(result->domainName, QStringLiteral("fresh"));
    QCOMPARE(result->networkName, QStringLiteral("airlock-nat"));
    QCOMPARE(result->iso,
             IsoSource::poolVolume(QStringLiteral("vms"), QStringLiteral("nixos.iso")));
    QCOMPARE(result->spec, CreationPlan::definedSpec(plan.spec()));
    // The pool existed and the ISO was in it already: those two are skipped.
    QCOMPARE(skipped, (QList<int> {1, 3}));
    QCOMPARE(finished, (QList<int> {0, 2, 4, 5, 6}));

    const QStringList after = Test::inventory(m_connection);
    QStringList added = after;
    for (const QString &item : before)
        added.removeOne(item);
    QCOMPARE(added.size(), 3);
    QVERIFY(added.at(0).startsWith(QStringLiteral("domain fresh state 1 ")));
    QCOMPARE(added.at(1), QStringLiteral("network airlock-nat active 1 autostart 1"));
    QCOMPARE(added.at(2), QStringLiteral("volume vms/fresh.qcow2"));
    QVERIFY(!plan.hasLeftovers());
}

void TestCreationPlan::createsTheDefaultPoolWhenMissing()
{
    VmSpec withDefault = spec(QStringLiteral("pooled"));
    withDefault.storagePool = QStringLiteral("default");
    CreationPlan plan(withDefault);
    std::atomic_bool cancel {false};
    const auto result = plan.run(m_connection, {}, cancel);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
    const auto pool = m_connection.storagePool(QStringLiteral("default"));
    QVERIFY(pool);
    QCOMPARE(virStoragePoolIsActive(pool->get()), 1);
    const QString xml = takeLibvirtString(virStoragePoolGetXMLDesc(pool->get(), 0));
    QVERIFY(xml.contains(QStringLiteral("<path>/var/lib/libvirt/images</path>")));
    QVERIFY(m_connection.volume(QStringLiteral("default"), QStringLiteral("pooled.qcow2")));
}

// The live VM boots the ISO and stops on reboot; libvirt keeps the definition
// that boots the disk with the CD drive empty, under the same UUID.
void TestCreationPlan::startsTheInstallerOverTheDefinitionThatBootsTheDisk()
{
    CreationPlan plan(spec(QStringLiteral("two-phase")));
    std::atomic_bool cancel {false};
    const auto result = plan.run(m_connection, {}, cancel);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
    const auto domain = m_connection.domain(QStringLiteral("two-phase"));
    QVERIFY(domain);
    QCOMPARE(virDomainIsActive(domain->get()), 1);
    QCOMPARE(virDomainIsPersistent(domain->get()), 1);
    const auto live = XmlElement::parse(takeLibvirtString(virDomainGetXMLDesc(domain->get(), 0)));
    const auto inactive = XmlElement::parse(
            takeLibvirtString(virDomainGetXMLDesc(domain->get(), VIR_DOMAIN_XML_INACTIVE)));
    QVERIFY(live && inactive);
    QCOMPARE(live->child(QStringLiteral("uuid"))->text,
             inactive->child(QStringLiteral("uuid"))->text);
    QCOMPARE(live->child(QStringLiteral("on_reboot"))->text, QStringLiteral("destroy"));
    QCOMPARE(inactive->child(QStringLiteral("on_reboot"))->text, QStringLiteral("restart"));

    const auto bootOrder = [](const XmlElement &domain, const char *device) {
        for (const XmlElement *disk : domain.allAt(QStringLiteral("devices/disk"))) {
            if (disk->attribute(QStringLiteral("device")) == QLatin1String(device)) {
                const XmlElement *boot = disk->child(QStringLiteral("boot"));
                return boot ? boot->attribute(QStringLiteral("order")) : QStringLiteral("none");
            }
        }
        return QStringLiteral("no drive");
    };
    const auto cdromSource = [](const XmlElement &domain) {
        for (const XmlElement *disk : domain.allAt(QStringLiteral("devices/disk"))) {
            if (disk->attribute(QStringLiteral("device")) == QLatin1String("cdrom")) {
                const XmlElement *source = disk->child(QStringLiteral("source"));
                return source ? source->attribute(QStringLiteral("volume")) : QString();
            }
        }
        return QStringLiteral("no drive");
    };
    QCOMPARE(bootOrder(*live, "cdrom"), QStringLiteral("1"));
    QCOMPARE(bootOrder(*live, "disk"), QStringLiteral("2"));
    QCOMPARE(cdromSource(*live), QStringLiteral("nixos.iso"));
    QCOMPARE(bootOrder(*inactive, "disk"), QStringLiteral("1"));
    QCOMPARE(bootOrder(*inactive, "cdrom"), QStringLiteral("none"));
    QCOMPARE(cdromSource(*inactive), QString());

    // The installer's reboot stops it; the next start boots the disk.
    QCOMPARE(virDomainDestroy(domain->get()), 0);
    QCOMPARE(virDomainCreate(domain->get()), 0);
    const auto next = XmlElement::parse(takeLibvirtString(virDomainGetXMLDesc(domain->get(), 0)));
    QVERIFY(next);
    QCOMPARE(bootOrder(*next, "disk"), QStringLiteral("1"));
    QCOMPARE(cdromSource(*next), QString());
}

void TestCreationPlan::failureAtEachStepRestoresEverything_data()
{
    QTest::addColumn<CreationStepId>("failingStep");
    QTest::addColumn<QString>("pool");
    for (const CreationStep &step : CreationPlan::steps()) {
        QTest::addRow("%s, existing pool", qPrintable(step.title()))
                << step.id << QStringLiteral("vms");
        QTest::addRow("%s, pool to create", qPrintable(step.title()))
                << step.id << QStringLiteral("default");
    }
}

void TestCreationPlan::failureAtEachStepRestoresEverything()
{
    QFETCH(CreationStepId, failingStep);
    QFETCH(QString, pool);
    VmSpec failing = spec(QStringLiteral("doomed"));
    failing.storagePool = pool;
    const QStringList before = Test::inventory(m_connection);

    CreationPlan plan(failing);
    CreationPlan::Callbacks callbacks;
    callbacks.inject = [failingStep](CreationStepId id) -> std::optional<LibvirtError> {
        if (id == failingStep)
            return LibvirtError::fromMessage(QStringLiteral("injected failure"));
        return std::nullopt;
    };
    QList<int> undone;
    callbacks.undone = [&undone](int step, bool ok) {
        QVERIFY(ok);
        undone.append(step);
    };
    std::atomic_bool cancel {false};
    const auto result = plan.run(m_connection, callbacks, cancel);
    QVERIFY(!result);
    const CreationFailure &failure = result.error();
    QCOMPARE(failure.step, failingStep);
    QVERIFY(!failure.cancelled);
    QCOMPARE(failure.libvirtMessage, QStringLiteral("injected failure"));
    QVERIFY(failure.leftovers.isEmpty());
    QVERIFY(!plan.hasLeftovers());
    // Undone in reverse order.
    QVERIFY(std::is_sorted(undone.crbegin(), undone.crend()));
    QCOMPARE(Test::inventory(m_connection), before);
}

void TestCreationPlan::neverTouchesAnExistingDomain()
{
    // "running" exists in the node file and runs.
    const QStringList before = Test::inventory(m_connection);
    CreationPlan plan(spec(QStringLiteral("running")));
    std::atomic_bool cancel {false};
    const auto result = plan.run(m_connection, {}, cancel);
    QVERIFY(!result);
    QCOMPARE(result.error().step, CreationStepId::Check);
    QVERIFY(result.error().what.contains(QStringLiteral("“running” already exists")));
    QVERIFY(!result.error().advice.isEmpty());
    QCOMPARE(Test::inventory(m_connection), before);
}

void TestCreationPlan::neverTouchesAnExistingVolume()
{
    // The node file's pool holds "orphan.qcow2" without a domain.
    const QStringList before = Test::inventory(m_connection);
    CreationPlan plan(spec(QStringLiteral("orphan")));
    std::atomic_bool cancel {false};
    const auto result = plan.run(m_connection, {}, cancel);
    QVERIFY(!result);
    QCOMPARE(result.error().step, CreationStepId::Check);
    QVERIFY(result.error().what.contains(QStringLiteral("orphan.qcow2")));
    QCOMPARE(Test::inventory(m_connection), before);
}

void TestCreationPlan::refusesANetworkOfAnotherKind()
{
    // Someone made an "airlock-nat" that routes instead of NATing, with no
    // port isolation.
    const char *xml = "<network><name>airlock-nat</name><forward mode='route'/>"
                      "<ip address='10.9.9.1' prefix='24'/></network>";
    NetworkHandle impostor(virNetworkDefineXML(m_connection.get(), xml));
    QVERIFY(impostor);
    const QStringList before = Test::inventory(m_connection);
    CreationPlan plan(spec(QStringLiteral("impostor")));
    std::atomic_bool cancel {false};
    const auto result = plan.run(m_connection, {}, cancel);
    QVERIFY(!result);
    QCOMPARE(result.error().step, CreationStepId::Network);
    QVERIFY(result.error().what.contains(QStringLiteral("not what Airlock makes")));
    QVERIFY2(result.error().what.contains(QStringLiteral("forwarding: route, Airlock's: nat")),
             qPrintable(result.error().what));
    QVERIFY(result.error().what.contains(QStringLiteral("isolated ports: no, Airlock's: yes")));
    QCOMPARE(Test::inventory(m_connection), before);
}

void TestCreationPlan::stopsAgainAnAirlockNetworkItStarted()
{
    const QString xml = DomainXml::network(NetworkChoice {}, NetworkAddressing::candidate(5));
    NetworkHandle network(virNetworkDefineXML(m_connection.get(), xml.toUtf8().constData()));
    QVERIFY(network);
    QCOMPARE(virNetworkIsActive(network.get()), 0);
    const QStringList before = Test::inventory(m_connection);

    CreationPlan plan(spec(QStringLiteral("reuser")));
    CreationPlan::Callbacks callbacks;
    callbacks.inject = [](CreationStepId id) -> std::optional<LibvirtError> {
        if (id == CreationStepId::Start)
            return LibvirtError::fromMessage(QStringLiteral("injected"));
        return std::nullopt;
    };
    bool networkStarted = false;
    callbacks.finished = [&](int step, const QString &) {
        if (step == 4)
            networkStarted = virNetworkIsActive(network.get()) == 1;
    };
    std::atomic_bool cancel {false};
    QVERIFY(!plan.run(m_connection, callbacks, cancel));
    QVERIFY(networkStarted);
    QCOMPARE(Test::inventory(m_connection), before);
}

namespace {

// The DHCP host entries of a network: "mac=ip" each.
QStringList dhcpHosts(const Connection &connection, const QString &name)
{
    QStringList hosts;
    NetworkHandle network(virNetworkLookupByName(connection.get(), name.toUtf8().constData()));
    if (!network)
        return {QStringLiteral("(no network)")};
    const auto xml = XmlElement::parse(takeLibvirtString(virNetworkGetXMLDesc(network.get(), 0)));
    for (const XmlElement *host : xml->allAt(QStringLiteral("ip/dhcp/host")))
        hosts.append(host->attribute(QStringLiteral("mac")) + QLatin1Char('=')
                     + host->attribute(QStringLiteral("ip")));
    return hosts;
}

} // namespace

void TestCreationPlan::pinsEachVmToAnAddressOfItsOwn()
{
    QStringList seen;
    for (const char *name : {"first", "second"}) {
        CreationPlan plan(spec(QString::fromLatin1(name)));
        std::atomic_bool cancel {false};
        const auto result = plan.run(m_connection, {}, cancel);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
        const auto domain = m_connection.domain(QString::fromLatin1(name));
        QVERIFY(domain);
        const auto xml = XmlElement::parse(
                takeLibvirtString(virDomainGetXMLDesc(domain->get(), VIR_DOMAIN_XML_INACTIVE)));
        const XmlElement *mac = xml->at(QStringLiteral("devices/interface/mac"));
        QVERIFY(mac);
        QString ip;
        for (const XmlElement *parameter :
             xml->allAt(QStringLiteral("devices/interface/filterref/parameter"))) {
            if (parameter->attribute(QStringLiteral("name")) == QLatin1String("IP"))
                ip = parameter->attribute(QStringLiteral("value"));
        }
        const QString pinned = mac->attribute(QStringLiteral("address")) + QLatin1Char('=') + ip;
        // The network hands exactly that MAC exactly the address the filter
        // holds the VM to, and no VM shares either.
        QVERIFY2(dhcpHosts(m_connection, QStringLiteral("airlock-nat")).contains(pinned),
                 qPrintable(pinned));
        QVERIFY(!ip.isEmpty());
        for (const QString &other : std::as_const(seen)) {
            QVERIFY(other.section(QLatin1Char('='), 0, 0)
                    != pinned.section(QLatin1Char('='), 0, 0));
            QVERIFY(other.section(QLatin1Char('='), 1) != ip);
        }
        seen.append(pinned);
    }
    QCOMPARE(dhcpHosts(m_connection, QStringLiteral("airlock-nat")).size(), 2);
}

void TestCreationPlan::undoingReleasesTheAddress()
{
    // A network of Airlock's already runs: it stays, and so does nothing of
    // this run's on it.
    const QString xml = DomainXml::network(NetworkChoice {}, NetworkAddressing::candidate(2));
    NetworkHandle network(virNetworkDefineXML(m_connection.get(), xml.toUtf8().constData()));
    QVERIFY(network);
    QCOMPARE(virNetworkCreate(network.get()), 0);
    CreationPlan plan(spec(QStringLiteral("undone")));
    CreationPlan::Callbacks callbacks;
    QStringList during;
    callbacks.finished = [&](int step, const QString &detail) {
        if (step == 4) {
            during = dhcpHosts(m_connection, QStringLiteral("airlock-nat"));
            QVERIFY2(detail.contains(QLatin1String("192.168.152.2")), qPrintable(detail));
        }
    };
    callbacks.inject = [](CreationStepId id) -> std::optional<LibvirtError> {
        if (id == CreationStepId::Start)
            return LibvirtError::fromMessage(QStringLiteral("injected"));
        return std::nullopt;
    };
    std::atomic_bool cancel {false};
    QVERIFY(!plan.run(m_connection, callbacks, cancel));
    QCOMPARE(during.size(), 1);
    QVERIFY(during.constFirst().endsWith(QLatin1String("=192.168.152.2")));
    QCOMPARE(dhcpHosts(m_connection, QStringLiteral("airlock-nat")), QStringList());
    QCOMPARE(virNetworkIsActive(network.get()), 1);
}

void TestCreationPlan::cancelMidwayRollsBack()
{
    const QStringList before = Test::inventory(m_connection);
    CreationPlan plan(spec(QStringLiteral("cancelled")));
    std::atomic_bool cancel {false};
    CreationPlan::Callbacks callbacks;
    callbacks.finished = [&cancel](int step, const QString &) {
        if (step == 4) // the network is up; the user presses Cancel
            cancel = true;
    };
    QList<int> undone;
    callbacks.undone = [&undone](int step, bool ok) {
        QVERIFY(ok);
        undone.append(step);
    };
    const auto result = plan.run(m_connection, callbacks, cancel);
    QVERIFY(!result);
    QVERIFY(result.error().cancelled);
    QCOMPARE(result.error().step, CreationStepId::Define);
    // The network step made the network and the VM's address on it.
    QCOMPARE(undone, (QList<int> {4, 4, 2}));
    QCOMPARE(result.error().undone.size(), 3);
    QCOMPARE(Test::inventory(m_connection), before);
}

void TestCreationPlan::cancelDuringTheLastStepRollsBack()
{
    const QStringList before = Test::inventory(m_connection);
    CreationPlan plan(spec(QStringLiteral("late")));
    std::atomic_bool cancel {false};
    CreationPlan::Callbacks callbacks;
    // The user presses Cancel while the VM starts.
    callbacks.started = [&cancel](int step) {
        if (step == 6)
            cancel = true;
    };
    const auto result = plan.run(m_connection, callbacks, cancel);
    QVERIFY(!result);
    QVERIFY(result.error().cancelled);
    QCOMPARE(result.error().step, CreationStepId::Start);
    // Running VM, VM, its address on the network, network, disk.
    QCOMPARE(result.error().undone.size(), 5);
    QCOMPARE(Test::inventory(m_connection), before);
}

void TestCreationPlan::failuresNameTheChoiceTheyConcern()
{
    CreationPlan taken(spec(QStringLiteral("running")));
    std::atomic_bool cancel {false};
    auto result = taken.run(m_connection, {}, cancel);
    QVERIFY(!result);
    QCOMPARE(result.error().concern, SpecSection::Resources);

    VmSpec noIso = spec(QStringLiteral("no-iso"));
    noIso.iso = {};
    CreationPlan missing(noIso);
    result = missing.run(m_connection, {}, cancel);
    QVERIFY(!result);
    QCOMPARE(result.error().concern, SpecSection::Media);

    // A setting that does not fit leads back to the section it is chosen in.
    VmSpec tooBig = spec(QStringLiteral("too-big"));
    tooBig.vcpus = VmSpec::maximumVcpus + 1;
    result = CreationPlan(tooBig).run(m_connection, {}, cancel);
    QVERIFY(!result);
    QCOMPARE(result.error().step, CreationStepId::Check);
    QCOMPARE(result.error().concern, SpecSection::Resources);
    VmSpec noBridge = spec(QStringLiteral("no-bridge"));
    noBridge.network = {NetworkMode::Bridge, false, {}};
    result = CreationPlan(noBridge).run(m_connection, {}, cancel);
    QVERIFY(!result);
    QCOMPARE(result.error().step, CreationStepId::Check);
    QCOMPARE(result.error().concern, SpecSection::Devices);

    CreationPlan injected(spec(QStringLiteral("injected")));
    CreationPlan::Callbacks callbacks;
    callbacks.inject = [](CreationStepId id) -> std::optional<LibvirtError> {
        if (id == CreationStepId::Define)
            return LibvirtError::fromMessage(QStringLiteral("injected"));
        return std::nullopt;
    };
    result = injected.run(m_connection, callbacks, cancel);
    QVERIFY(!result);
    QCOMPARE(result.error().concern, SpecSection::Summary);
}

void TestCreationPlan::reportsAMissingIso()
{
    VmSpec missing = spec(QStringLiteral("no-iso"));
    missing.iso = IsoSource::poolVolume(QStringLiteral("vms"), QStringLiteral("absent.iso"));
    CreationPlan plan(missing);
    std::atomic_bool cancel {false};
    auto result = plan.run(m_connection, {}, cancel);
    QVERIFY(!result);
    QVERIFY(result.error().what.contains(QStringLiteral("absent.iso")));

    missing.iso = IsoSource::file(QStringLiteral("/nonexistent/nixos.iso"));
    CreationPlan filePlan(missing);
    result = filePlan.run(m_connection, {}, cancel);
    QVERIFY(!result);
    QVERIFY(result.error().what.contains(QStringLiteral("/nonexistent/nixos.iso")));

    missing.iso = {};
    CreationPlan nonePlan(missing);
    result = nonePlan.run(m_connection, {}, cancel);
    QVERIFY(!result);
    QCOMPARE(result.error().step, CreationStepId::Check);
}

void TestCreationPlan::refusesWhatTheDevicesPageNeverOffers()
{
    // The node file's host: a graphics card and a webcam Airlock offers, a
    // host bridge and an NVMe controller it never does.
    const auto host
            = Connection::open(QStringLiteral("test://")
                               + Test::dataPath(QStringLiteral("nodedevices/host-devices.xml")));
    QVERIFY(host);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString iso = directory.filePath(QStringLiteral("nixos.iso"));
    QFile file(iso);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    VmSpec wanted = spec(QStringLiteral("passthrough"));
    wanted.memoryMiB = VmSpec::minimumMemoryMiB; // the node file's host has 3 GiB
    wanted.storagePool = QStringLiteral("default");
    wanted.iso = IsoSource::file(iso);
    wanted.network.mode = NetworkMode::None;
    std::atomic_bool cancel {false};
    const QStringList before = Test::inventory(*host);

    const auto refusedWith = [&](const VmSpec &refused) {
        auto result = CreationPlan(refused).run(*host, {}, cancel);
        if (result)
            return SpecProblems {};
        if (result.error().step != CreationStepId::Check
            || result.error().concern != SpecSection::Devices)
            return SpecProblems {{QStringLiteral("step"), result.error().text()}};
        return result.error().refused;
    };
    VmSpec bridge = wanted;
    bridge.exposure.hostDevices
            = {QStringLiteral("pci_0000_01_00_0"), QStringLiteral("pci_0000_00_00_0"),
               QStringLiteral("pci_0000_02_00_0")};
    SpecProblems problems = refusedWith(bridge);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).key, QStringLiteral("exposure.hostDevices[1]"));
    QVERIFY2(problems.at(0).message.contains(QStringLiteral("pci_0000_00_00_0")),
             qPrintable(problems.at(0).message));
    QVERIFY2(problems.at(0).message.contains(QStringLiteral("host bridge")),
             qPrintable(problems.at(0).message));
    QCOMPARE(problems.at(1).key, QStringLiteral("exposure.hostDevices[2]"));
    QVERIFY(problems.at(1).message.contains(QStringLiteral("disk controller")));

    // A PCI name the host does not list is not written from its address.
    VmSpec absent = wanted;
    absent.exposure.hostDevices = {QStringLiteral("pci_0000_09_00_0")};
    problems = refusedWith(absent);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.constFirst().message.contains(QStringLiteral("pci_0000_09_00_0")));

    // A writable folder that leads into the system, by a link the words hide.
    const QString link = directory.filePath(QStringLiteral("documents"));
    QVERIFY(QFile::link(QStringLiteral("/etc"), link));
    VmSpec folder = wanted;
    folder.exposure.sharedFolder = SharedFolder {link, false};
    QVERIFY(folder.validate().isEmpty());
    problems = refusedWith(folder);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().key, QStringLiteral("exposure.sharedFolder.path"));
    QVERIFY(problems.constFirst().message.contains(QStringLiteral("“/etc”")));
    QCOMPARE(Test::inventory(*host), before);

    // What the page offers passes the check (the next step is made to fail).
    VmSpec offered = wanted;
    offered.exposure.hostDevices = {QStringLiteral("pci_0000_01_00_0"), QStringLiteral("usb_1_4")};
    const QString made = directory.filePath(QStringLiteral("for-the-vm"));
    QVERIFY(QDir().mkpath(made));
    offered.exposure.sharedFolder = SharedFolder {made, false};
    CreationPlan::Callbacks callbacks;
    callbacks.inject = [](CreationStepId id) -> std::optional<LibvirtError> {
        if (id == CreationStepId::StoragePool)
            return LibvirtError::fromMessage(QStringLiteral("injected"));
        return std::nullopt;
    };
    const auto result = CreationPlan(offered).run(*host, callbacks, cancel);
    QVERIFY(!result);
    QVERIFY2(result.error().step == CreationStepId::StoragePool, qPrintable(result.error().text()));
    QVERIFY(result.error().refused.isEmpty());
}

void TestCreationPlan::provisionerReportsStepsInTheGuiThread()
{
    Hypervisor hypervisor;
    QSignalSpy opened(&hypervisor, &Hypervisor::opened);
    hypervisor.open(QStringLiteral("test://")
                    + Test::dataPath(QStringLiteral("testdriver/provision.xml")));
    QVERIFY(opened.wait());

    Provisioner provisioner(&hypervisor, spec(QStringLiteral("async")));
    QSignalSpy started(&provisioner, &Provisioner::stepStarted);
    QSignalSpy finished(&provisioner, &Provisioner::stepFinished);
    QSignalSpy skipped(&provisioner, &Provisioner::stepSkipped);
    QSignalSpy succeeded(&provisioner, &Provisioner::succeeded);
    QObject threadCheck;
    connect(&provisioner, &Provisioner::stepStarted, &threadCheck,
            [] { QCOMPARE(QThread::currentThread(), qApp->thread()); });
    provisioner.start();
    QVERIFY(provisioner.isRunning());
    QVERIFY(succeeded.wait(10000));
    QVERIFY(!provisioner.isRunning());
    QCOMPARE(started.size(), 7);
    QCOMPARE(finished.size() + skipped.size(), 7);
    QCOMPARE(succeeded.constFirst().constFirst().value<CreationResult>().domainName,
             QStringLiteral("async"));
}

void TestCreationPlan::provisionerReportsFailureAfterRollback()
{
    Hypervisor hypervisor;
    QSignalSpy opened(&hypervisor, &Hypervisor::opened);
    hypervisor.open(QStringLiteral("test://")
                    + Test::dataPath(QStringLiteral("testdriver/provision.xml")));
    QVERIFY(opened.wait());

    // A name that exists: the check fails and nothing is made.
    Provisioner provisioner(&hypervisor, spec(QStringLiteral("running")));
    QSignalSpy failed(&provisioner, &Provisioner::failed);
    QSignalSpy undone(&provisioner, &Provisioner::stepUndone);
    provisioner.start();
    QVERIFY(failed.wait(10000));
    const auto failure = failed.constFirst().constFirst().value<CreationFailure>();
    QCOMPARE(failure.step, CreationStepId::Check);
    QVERIFY(undone.isEmpty());
    QVERIFY(!provisioner.hasLeftovers());
}

QTEST_GUILESS_MAIN(TestCreationPlan)
#include "tst_creationplan.moc"
