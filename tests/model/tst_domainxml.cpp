// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
#include "exposure/exposure.h"
#include "hypervisor/capabilities.h"
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "media/isoupload.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::VmSpec)
Q_DECLARE_METATYPE(Airlock::ExposureId)

namespace {

QStringList specNames()
{
    QStringList names
            = QDir(Test::dataPath(QStringLiteral("specs"))).entryList({QStringLiteral("*.json")});
    for (QString &name : names)
        name.chop(5);
    return names;
}

VmSpec loadSpec(const QString &name)
{
    const auto spec = VmSpec::load(Test::dataPath(QStringLiteral("specs/%1.json").arg(name)));
    if (!spec)
        qFatal("cannot load spec %s", qPrintable(name));
    return *spec;
}

QString domainXml(const VmSpec &spec, const DomainTarget &target = {},
                  DomainXml::Definition definition = DomainXml::Definition::Persistent)
{
    const auto xml = DomainXml::domain(spec, target, definition);
    if (!xml)
        qFatal("DomainXml failed: %s", qPrintable(xml.error().constFirst().text()));
    return *xml;
}

// A signature per element under <devices>, plus the top-level elements that
// an exposure may add: what the VM is given, regardless of attribute order.
QStringList deviceSignatures(const QString &xml)
{
    QStringList signatures;
    QXmlStreamReader reader(xml);
    QStringList path;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = reader.name().toString();
            const auto attributes = reader.attributes();
            const bool topLevel = path.size() == 1;
            const bool device = path.size() == 2 && path.at(1) == QLatin1String("devices");
            if (device || (topLevel && name == QLatin1String("memoryBacking"))) {
                QString signature = name;
                for (const char *attribute : {"type", "model", "bus", "device"}) {
                    const auto value = attributes.value(QLatin1String(attribute));
                    if (!value.isEmpty())
                        signature += QLatin1Char('[') + value.toString() + QLatin1Char(']');
                }
                signatures.append(signature);
            }
            path.append(name);
        } else if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
        }
    }
    signatures.sort();
    return signatures;
}

QStringList difference(QStringList from, const QStringList &remove)
{
    for (const QString &item : remove)
        from.removeOne(item);
    return from;
}

} // namespace

class TestDomainXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesStoredXml_data();
    void matchesStoredXml();
    void maximumIsolationHasTheHardenedDevices();
    void installDefinitionMatchesStoredXml_data();
    void installDefinitionMatchesStoredXml();
    void theTwoDefinitionsDifferOnlyInWhatBoots_data();
    void theTwoDefinitionsDifferOnlyInWhatBoots();
    void installDefinitionCarriesTheDefinedIdentity();
    void installStartsOverTheDefinitionOnTheTestDriver();
    void domainsPassTheSchema_data();
    void domainsPassTheSchema();
    void networksAndVolumesPassTheSchema();
    void isoVolumesTheUploadSendsPassTheSchema_data();
    void isoVolumesTheUploadSendsPassTheSchema();
    void definesAndStartsOnTheTestDriver_data();
    void definesAndStartsOnTheTestDriver();
    void networksAndVolumesWorkOnTheTestDriver();
    void eachExposureAddsExactlyItsDevices_data();
    void eachExposureAddsExactlyItsDevices();
    void seclabelFollowsTheHost();
    void acceleratorFollowsTheHost();
    void metacharactersAreEscaped();
    void unknownHostDeviceIsReported();
    void usbHostDeviceUsesVendorAndProduct();
};

void TestDomainXml::initTestCase()
{
    Hypervisor::initializeLibvirt();
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("virt-xml-validate")).isEmpty(),
             "virt-xml-validate is missing: run tools/setup (package libvirt-clients)");
    QVERIFY(specNames().size() >= 8);
}

void TestDomainXml::matchesStoredXml_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : specNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestDomainXml::matchesStoredXml()
{
    QFETCH(QString, name);
    const QString actual = domainXml(loadSpec(name));
    const QString expectedFile = Test::dataPath(QStringLiteral("xml/%1.xml").arg(name));
    if (Test::regenerating()) {
        QFile file(expectedFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(actual.toUtf8());
        return;
    }
    const QString expected
            = QString::fromUtf8(Test::readData(QStringLiteral("xml/%1.xml").arg(name)));
    QVERIFY2(!expected.isEmpty(),
             qPrintable(QStringLiteral("missing %1; run with AIRLOCK_REGENERATE=1 and review")
                                .arg(expectedFile)));
    QCOMPARE(actual, expected);
}

void TestDomainXml::maximumIsolationHasTheHardenedDevices()
{
    const QString xml = domainXml(loadSpec(QStringLiteral("defaults")));
    const QStringList devices = deviceSignatures(xml);
    QCOMPARE(devices,
             (QStringList {QStringLiteral("audio[none]"), QStringLiteral("controller[usb][none]"),
                           QStringLiteral("disk[file][cdrom]"),
                           QStringLiteral("disk[volume][disk]"), QStringLiteral("graphics[spice]"),
                           QStringLiteral("input[tablet][virtio]"),
                           QStringLiteral("interface[network]"), QStringLiteral("memballoon[none]"),
                           QStringLiteral("memoryBacking"), QStringLiteral("rng[virtio]"),
                           QStringLiteral("video")}));
    // The trims: no balloon, QEMU's VMware port off, no page merging (KSM);
    // guest memory shared with no other process.
    QVERIFY(xml.contains(QStringLiteral("<vmport state=\"off\"/>")));
    QVERIFY(xml.contains(
            QStringLiteral("<memoryBacking>\n    <nosharepages/>\n  </memoryBacking>")));
    QVERIFY(!xml.contains(QStringLiteral("<access mode=\"shared\"/>")));
    QVERIFY(xml.contains(QStringLiteral("<domain type=\"kvm\">")));
    QVERIFY(xml.contains(QStringLiteral("machine=\"q35\"")));
    QVERIFY(xml.contains(QStringLiteral("<os firmware=\"efi\">")));
    QVERIFY(xml.contains(QStringLiteral("<feature enabled=\"no\" name=\"secure-boot\"/>")));
    QVERIFY(xml.contains(QStringLiteral("<feature enabled=\"no\" name=\"enrolled-keys\"/>")));
    QVERIFY(xml.contains(QStringLiteral("<listen type=\"none\"/>")));
    QVERIFY(xml.contains(QStringLiteral("<filterref filter=\"airlock-internet\">")));
    QVERIFY(xml.contains(QStringLiteral("<source network=\"airlock-nat\"/>")));
    QVERIFY(xml.contains(QStringLiteral("<acceleration accel3d=\"no\"/>")));
    QVERIFY(xml.contains(QStringLiteral("<backend model=\"random\">/dev/urandom</backend>")));
    QVERIFY(xml.contains(
            QStringLiteral("<seclabel type=\"dynamic\" model=\"selinux\" relabel=\"yes\"/>")));
    QVERIFY(!xml.contains(QStringLiteral("seclabel type=\"none\"")));
    for (const char *absent :
         {"<sound", "<redirdev", "<hostdev", "<filesystem", "<channel", "<tpm"})
        QVERIFY2(!xml.contains(QLatin1String(absent)), absent);
}

void TestDomainXml::installDefinitionMatchesStoredXml_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"defaults", "bios"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestDomainXml::installDefinitionMatchesStoredXml()
{
    QFETCH(QString, name);
    const QString actual = domainXml(loadSpec(name), {}, DomainXml::Definition::Install);
    const QString relative = QStringLiteral("xml/install/%1.xml").arg(name);
    if (Test::regenerating()) {
        QFile file(Test::dataPath(relative));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(actual.toUtf8());
        return;
    }
    const QString expected = QString::fromUtf8(Test::readData(relative));
    QVERIFY2(!expected.isEmpty(),
             qPrintable(QStringLiteral("missing %1; run with AIRLOCK_REGENERATE=1 and review")
                                .arg(Test::dataPath(relative))));
    QCOMPARE(actual, expected);
}

void TestDomainXml::theTwoDefinitionsDifferOnlyInWhatBoots_data()
{
    matchesStoredXml_data();
}

// Same devices; the persistent one boots the disk with an empty CD drive and
// restarts on reboot, the install-time one boots the ISO and stops on reboot.
void TestDomainXml::theTwoDefinitionsDifferOnlyInWhatBoots()
{
    QFETCH(QString, name);
    const VmSpec spec = loadSpec(name);
    const QString persistent = domainXml(spec);
    const QString install = domainXml(spec, {}, DomainXml::Definition::Install);
    const QStringList devicesOfPersistent = deviceSignatures(persistent);
    QStringList devicesOfInstall = deviceSignatures(install);
    // The CD drive is a file drive when empty, whatever the ISO's source.
    devicesOfInstall.replaceInStrings(QStringLiteral("disk[volume][cdrom]"),
                                      QStringLiteral("disk[file][cdrom]"));
    devicesOfInstall.sort();
    QCOMPARE(devicesOfInstall, devicesOfPersistent);

    QVERIFY(persistent.contains(QStringLiteral("<on_reboot>restart</on_reboot>")));
    QVERIFY(install.contains(QStringLiteral("<on_reboot>destroy</on_reboot>")));
    QCOMPARE(persistent.count(QStringLiteral("<boot order=")), 1);
    QCOMPARE(install.count(QStringLiteral("<boot order=")), 2);
    const qsizetype cdrom = persistent.indexOf(QStringLiteral("device=\"cdrom\""));
    const qsizetype cdromEnd = persistent.indexOf(QStringLiteral("</disk>"), cdrom);
    const QString emptyDrive = persistent.mid(cdrom, cdromEnd - cdrom);
    QVERIFY2(!emptyDrive.contains(QStringLiteral("<source")), qPrintable(emptyDrive));
    QVERIFY(!emptyDrive.contains(QStringLiteral("<boot")));
    QVERIFY(emptyDrive.contains(QStringLiteral("<readonly/>")));
    const QString installDisk = install.left(install.indexOf(QStringLiteral("device=\"cdrom\"")));
    QVERIFY(installDisk.contains(QStringLiteral("<boot order=\"2\"/>")));
    const QString persistentDisk = persistent.left(cdrom);
    QVERIFY(persistentDisk.contains(QStringLiteral("<boot order=\"1\"/>")));
    const QString isoSource = spec.iso.isVolume()
                                      ? QStringLiteral("volume=\"%1\"").arg(spec.iso.volume)
                                      : QStringLiteral("file=\"%1\"").arg(spec.iso.path);
    QVERIFY(install.contains(isoSource));
    QVERIFY(!persistent.contains(isoSource));
    // The two differ in nothing else: the same lines, less those.
    QStringList rest
            = difference(install.split(QLatin1Char('\n')), persistent.split(QLatin1Char('\n')));
    rest.removeIf([&isoSource](const QString &line) {
        return line.contains(QLatin1String("<boot order="))
               || line.contains(QLatin1String("<on_reboot>"))
               || line.contains(QLatin1String("device=\"cdrom\"")) || line.contains(isoSource);
    });
    QCOMPARE(rest, QStringList());
}

void TestDomainXml::installDefinitionCarriesTheDefinedIdentity()
{
    DomainTarget target;
    target.uuid = QStringLiteral("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0");
    target.nvram = QStringLiteral("/var/lib/libvirt/qemu/nvram/nixos_VARS.fd");
    const QString install = domainXml(loadSpec(QStringLiteral("defaults")), target,
                                      DomainXml::Definition::Install);
    QVERIFY(install.contains(QStringLiteral("<uuid>%1</uuid>").arg(target.uuid)));
    QVERIFY(install.contains(QStringLiteral("<nvram>%1</nvram>").arg(target.nvram)));
    const auto problem = Test::schemaProblem(install, QStringLiteral("domain"));
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    // BIOS has no NVRAM to carry.
    const QString bios
            = domainXml(loadSpec(QStringLiteral("bios")), target, DomainXml::Definition::Install);
    QVERIFY(!bios.contains(QStringLiteral("<nvram")));
}

// createXML over a defined, inactive domain runs the install-time definition
// as the live configuration and keeps the persistent one for the next start.
void TestDomainXml::installStartsOverTheDefinitionOnTheTestDriver()
{
    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(connection);
    VmSpec spec = loadSpec(QStringLiteral("bios"));
    spec.name = QStringLiteral("airlock-test-two-phase");
    DomainHandle defined(
            virDomainDefineXML(connection->get(), domainXml(spec).toUtf8().constData()));
    QVERIFY2(defined, qPrintable(LibvirtError::last().message));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    QCOMPARE(virDomainGetUUIDString(defined.get(), uuid), 0);
    DomainTarget target;
    target.uuid = QString::fromLatin1(uuid);
    DomainHandle running(virDomainCreateXML(
            connection->get(),
            domainXml(spec, target, DomainXml::Definition::Install).toUtf8().constData(), 0));
    QVERIFY2(running, qPrintable(LibvirtError::last().message));
    QCOMPARE(virDomainIsPersistent(running.get()), 1);
    QCOMPARE(virDomainIsActive(running.get()), 1);
    const QString live = takeLibvirtString(virDomainGetXMLDesc(running.get(), 0));
    const QString inactive
            = takeLibvirtString(virDomainGetXMLDesc(running.get(), VIR_DOMAIN_XML_INACTIVE));
    QVERIFY(live.contains(QStringLiteral("<on_reboot>destroy</on_reboot>")));
    // The metadata names the ISO in both; only the live drive holds it.
    const QString isoSource = QStringLiteral("<source file='%1'").arg(spec.iso.path);
    QVERIFY(live.contains(isoSource));
    QVERIFY(inactive.contains(QStringLiteral("<on_reboot>restart</on_reboot>")));
    QVERIFY(!inactive.contains(isoSource));
    QCOMPARE(virDomainDestroy(running.get()), 0);
    // Stopped, it is the persistent definition again.
    const QString after = takeLibvirtString(virDomainGetXMLDesc(defined.get(), 0));
    QVERIFY(!after.contains(isoSource));
    QCOMPARE(virDomainUndefine(defined.get()), 0);
}

void TestDomainXml::domainsPassTheSchema_data()
{
    matchesStoredXml_data();
}

void TestDomainXml::domainsPassTheSchema()
{
    QFETCH(QString, name);
    const auto problem = Test::schemaProblem(domainXml(loadSpec(name)), QStringLiteral("domain"));
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    const auto install
            = Test::schemaProblem(domainXml(loadSpec(name), {}, DomainXml::Definition::Install),
                                  QStringLiteral("domain"));
    QVERIFY2(!install, qPrintable(install.value_or(QString())));
}

void TestDomainXml::networksAndVolumesPassTheSchema()
{
    for (const bool ipv6 : {false, true}) {
        const NetworkChoice choice {NetworkMode::Nat, ipv6, {}};
        const QString xml = DomainXml::network(choice, NetworkAddressing::candidate(3));
        const auto problem = Test::schemaProblem(xml, QStringLiteral("network"));
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        QVERIFY(xml.contains(QStringLiteral("<forward mode=\"nat\"")));
        QVERIFY(xml.contains(QStringLiteral("<port isolated=\"yes\"/>")));
        QVERIFY(xml.contains(QStringLiteral("stp=\"off\"")));
        QCOMPARE(xml.contains(QStringLiteral("family=\"ipv6\"")), ipv6);
        QCOMPARE(xml.contains(QStringLiteral("<nat ipv6=\"yes\"/>")), ipv6);
        QVERIFY(xml.contains(QStringLiteral("192.168.153.1")));
    }
    for (const NetworkMode mode : {NetworkMode::None, NetworkMode::Bridge})
        QVERIFY(DomainXml::network({mode, false, {}}).isEmpty());
    VmSpec spec;
    const auto disk
            = Test::schemaProblem(DomainXml::diskVolume(spec), QStringLiteral("storagevol"));
    QVERIFY2(!disk, qPrintable(disk.value_or(QString())));
    const auto iso
            = Test::schemaProblem(DomainXml::isoVolume(QStringLiteral("nixos.iso"), 2654208000),
                                  QStringLiteral("storagevol"));
    QVERIFY2(!iso, qPrintable(iso.value_or(QString())));
}

void TestDomainXml::isoVolumesTheUploadSendsPassTheSchema_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("bytes");
    const QString file = isoVolumeName(
            QStringLiteral("/home/user/Downloads/nixos-graphical-25.11.1.abc-x86_64-linux.iso"));
    QTest::newRow("the file's name") << file << qint64(2654208000);
    QTest::newRow("the next free name") << isoVolumeCandidate(file, 2) << qint64(2654208000);
    QTest::newRow("the last candidate") << isoVolumeCandidate(file, 100) << qint64(1);
    // isoVolumeName() leaves nothing to escape; the writer escapes all the same.
    QTest::newRow("a name to escape")
            << QStringLiteral("a&b<c>'d\".iso") << qint64(4 * 1024 * 1024);
}

void TestDomainXml::isoVolumesTheUploadSendsPassTheSchema()
{
    // putIsoInPool creates each candidate volume with exactly this document.
    QFETCH(QString, name);
    QFETCH(qint64, bytes);
    const QString xml = DomainXml::isoVolume(name, bytes);
    const auto problem = Test::schemaProblem(xml, QStringLiteral("storagevol"));
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    QXmlStreamReader reader(xml);
    QString readName;
    QString format;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("name"))
            readName = reader.readElementText();
        else if (reader.name() == QLatin1String("format"))
            format = reader.attributes().value(QLatin1String("type")).toString();
    }
    QCOMPARE(readName, name);
    QCOMPARE(format, QStringLiteral("raw"));
    QVERIFY(xml.contains(QStringLiteral("<capacity unit=\"bytes\">%1</capacity>").arg(bytes)));
}

void TestDomainXml::definesAndStartsOnTheTestDriver_data()
{
    matchesStoredXml_data();
}

void TestDomainXml::definesAndStartsOnTheTestDriver()
{
    QFETCH(QString, name);
    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));

    VmSpec spec = loadSpec(name);
    spec.name = QStringLiteral("airlock-test-") + name;
    const QByteArray xml = domainXml(spec).toUtf8();
    DomainHandle domain(virDomainDefineXML(connection->get(), xml.constData()));
    QVERIFY2(domain, qPrintable(LibvirtError::last().message));
    QCOMPARE(virDomainCreate(domain.get()), 0);
    int state = 0;
    QCOMPARE(virDomainGetState(domain.get(), &state, nullptr, 0), 0);
    QCOMPARE(state, int(VIR_DOMAIN_RUNNING));
    QCOMPARE(virDomainDestroy(domain.get()), 0);
    QCOMPARE(virDomainUndefine(domain.get()), 0);
    const auto names = connection->domainNames();
    QVERIFY(names && !names->contains(spec.name));
}

void TestDomainXml::networksAndVolumesWorkOnTheTestDriver()
{
    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(connection);
    for (const bool ipv6 : {false, true}) {
        const NetworkChoice choice {NetworkMode::Nat, ipv6, {}};
        const QByteArray xml = DomainXml::network(choice).toUtf8();
        NetworkHandle network(virNetworkDefineXML(connection->get(), xml.constData()));
        QVERIFY2(network, qPrintable(LibvirtError::last().message));
        QCOMPARE(QString::fromUtf8(virNetworkGetName(network.get())),
                 DomainXml::networkName(choice));
        QCOMPARE(virNetworkCreate(network.get()), 0);
        QCOMPARE(virNetworkDestroy(network.get()), 0);
        QCOMPARE(virNetworkUndefine(network.get()), 0);
    }

    const auto pool = connection->storagePool(QStringLiteral("default-pool"));
    QVERIFY(pool);
    VmSpec spec;
    spec.name = QStringLiteral("airlock-test-volume");
    StorageVolumeHandle volume(virStorageVolCreateXML(
            pool->get(), DomainXml::diskVolume(spec).toUtf8().constData(), 0));
    QVERIFY2(volume, qPrintable(LibvirtError::last().message));
    virStorageVolInfo info;
    QCOMPARE(virStorageVolGetInfo(volume.get(), &info), 0);
    QCOMPARE(info.capacity, quint64(32) * 1024 * 1024 * 1024);
    QCOMPARE(QString::fromUtf8(virStorageVolGetName(volume.get())),
             QStringLiteral("airlock-test-volume.qcow2"));
    QCOMPARE(virStorageVolDelete(volume.get(), 0), 0);
}

void TestDomainXml::eachExposureAddsExactlyItsDevices_data()
{
    QTest::addColumn<VmSpec>("spec");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("removed");

    const auto with = [](auto change) {
        VmSpec spec;
        change(spec);
        return spec;
    };
    QTest::newRow("audio") << with([](VmSpec &s) {
        s.exposure.audio = true;
    }) << QStringList {QStringLiteral("audio[spice]"), QStringLiteral("sound[ich9]")}
                           << QStringList {QStringLiteral("audio[none]")};
    QTest::newRow("microphone") << with([](VmSpec &s) {
        s.exposure.audio = s.exposure.microphone = true;
    }) << QStringList {QStringLiteral("audio[spice]"), QStringLiteral("sound[ich9]")}
                                << QStringList {QStringLiteral("audio[none]")};
    QTest::newRow("clipboard") << with([](VmSpec &s) { s.exposure.clipboard = true; })
                               << QStringList {QStringLiteral("channel[spicevmc]")}
                               << QStringList {};
    QTest::newRow("guest agent") << with([](VmSpec &s) { s.exposure.guestAgent = true; })
                                 << QStringList {QStringLiteral("channel[unix]")} << QStringList {};
    QTest::newRow("tpm") << with([](VmSpec &s) { s.exposure.tpm = true; })
                         << QStringList {QStringLiteral("tpm[tpm-crb]")} << QStringList {};
    QTest::newRow("gpu") << with([](VmSpec &s) { s.exposure.gpuAcceleration = true; })
                         << QStringList {} << QStringList {};
    QTest::newRow("usb redirection") << with([](VmSpec &s) { s.exposure.usbRedirection = true; })
                                     << QStringList {QStringLiteral("controller[usb][qemu-xhci]"),
                                                     QStringLiteral("redirdev[spicevmc][usb]"),
                                                     QStringLiteral("redirdev[spicevmc][usb]")}
                                     << QStringList {QStringLiteral("controller[usb][none]")};
    QTest::newRow("shared folder") << with([](VmSpec &s) {
        s.exposure.sharedFolder = SharedFolder {QStringLiteral("/srv/x"), true};
    }) << QStringList {QStringLiteral("filesystem[mount]")}
                                   << QStringList {};
    QTest::newRow("pci device") << with(
            [](VmSpec &s) { s.exposure.hostDevices = {QStringLiteral("pci_0000_01_00_0")}; })
                                << QStringList {QStringLiteral("hostdev[pci]")} << QStringList {};
    QTest::newRow("no network") << with([](VmSpec &s) { s.network.mode = NetworkMode::None; })
                                << QStringList {}
                                << QStringList {QStringLiteral("interface[network]")};
    QTest::newRow("bridge") << with([](VmSpec &s) {
        s.network.mode = NetworkMode::Bridge;
        s.network.bridge = QStringLiteral("br0");
    }) << QStringList {QStringLiteral("interface[bridge]")}
                            << QStringList {QStringLiteral("interface[network]")};
    QTest::newRow("ipv6") << with([](VmSpec &s) { s.network.ipv6 = true; }) << QStringList {}
                          << QStringList {};
}

void TestDomainXml::eachExposureAddsExactlyItsDevices()
{
    QFETCH(VmSpec, spec);
    QFETCH(QStringList, added);
    QFETCH(QStringList, removed);
    const QStringList base = deviceSignatures(domainXml(VmSpec()));
    const QStringList changed = deviceSignatures(domainXml(spec));
    added.sort();
    removed.sort();
    QCOMPARE(difference(changed, base), added);
    QCOMPARE(difference(base, changed), removed);
}

void TestDomainXml::seclabelFollowsTheHost()
{
    DomainTarget target;
    target.selinux = false;
    const QString withoutSelinux = domainXml(VmSpec(), target);
    QVERIFY(!withoutSelinux.contains(QStringLiteral("<seclabel")));

    // The test driver's capabilities offer "testSecurity", not SELinux.
    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(connection);
    const auto queried = DomainTarget::query(*connection, {});
    QVERIFY(queried);
    QVERIFY(!queried->selinux);

    HostCapabilities capabilities;
    capabilities.securityModels = {{QStringLiteral("selinux"), QStringLiteral("0")},
                                   {QStringLiteral("dac"), QStringLiteral("0")}};
    QVERIFY(DomainTarget::fromCapabilities(capabilities).selinux);
    QVERIFY(domainXml(VmSpec(), DomainTarget::fromCapabilities(capabilities))
                    .contains(QStringLiteral("model=\"selinux\" relabel=\"yes\"")));
}

void TestDomainXml::acceleratorFollowsTheHost()
{
    DomainTarget noKvm;
    noKvm.kvm = false;
    VmSpec spec;
    QCOMPARE(DomainXml::domainType(spec, noKvm), QStringLiteral("qemu"));
    QCOMPARE(DomainXml::domainType(spec, DomainTarget()), QStringLiteral("kvm"));
    spec.accelerator = Accelerator::Tcg;
    QCOMPARE(DomainXml::domainType(spec, DomainTarget()), QStringLiteral("qemu"));
    spec.accelerator = Accelerator::Kvm;
    QCOMPARE(DomainXml::domainType(spec, noKvm), QStringLiteral("kvm"));
}

void TestDomainXml::metacharactersAreEscaped()
{
    // Names cannot carry metacharacters at all.
    VmSpec badName;
    badName.name = QStringLiteral("x'/><hostdev/><name>y");
    QCOMPARE(badName.validate().constFirst().key, QStringLiteral("name"));

    // Paths may, and must come out as the same text, not as markup.
    const QString hostile = QStringLiteral("/tmp/a'b\"c<d>&e/</source><hostdev mode='x'/>");
    VmSpec spec;
    spec.iso = IsoSource::file(hostile + QLatin1String(".iso"));
    spec.exposure.sharedFolder = SharedFolder {hostile, true};
    QVERIFY(spec.validate().isEmpty());
    // The install-time definition: the one that names the ISO.
    const QString xml = domainXml(spec, {}, DomainXml::Definition::Install);

    VmSpec plain;
    plain.iso = IsoSource::file(QStringLiteral("/tmp/plain.iso"));
    plain.exposure.sharedFolder = SharedFolder {QStringLiteral("/tmp/plain"), true};
    QCOMPARE(deviceSignatures(xml),
             deviceSignatures(domainXml(plain, {}, DomainXml::Definition::Install)));

    QXmlStreamReader reader(xml);
    QStringList sources;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        QVERIFY(reader.name() != QLatin1String("hostdev"));
        if (reader.name() == QLatin1String("source")) {
            for (const char *attribute : {"file", "dir"}) {
                if (reader.attributes().hasAttribute(QLatin1String(attribute)))
                    sources.append(reader.attributes().value(QLatin1String(attribute)).toString());
            }
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(sources, (QStringList {hostile + QLatin1String(".iso"), hostile}));
    const auto problem = Test::schemaProblem(xml, QStringLiteral("domain"));
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
}

void TestDomainXml::unknownHostDeviceIsReported()
{
    VmSpec spec;
    spec.exposure.hostDevices = {QStringLiteral("pci_0000_00_02_0"), QStringLiteral("usb_1_5")};
    const auto xml = DomainXml::domain(spec);
    QVERIFY(!xml);
    QCOMPARE(xml.error().size(), 1);
    QCOMPARE(xml.error().constFirst().key, QStringLiteral("exposure.hostDevices[1]"));
    QVERIFY(xml.error().constFirst().message.contains(QStringLiteral("usb_1_5")));
}

void TestDomainXml::usbHostDeviceUsesVendorAndProduct()
{
    HostDevice webcam;
    webcam.name = QStringLiteral("usb_1_5");
    webcam.bus = HostDevice::Bus::Usb;
    webcam.vendorId = QStringLiteral("0x046d");
    webcam.productId = QStringLiteral("0x0825");
    DomainTarget target;
    target.hostDevices = {webcam};
    VmSpec spec;
    spec.exposure.hostDevices = {webcam.name};
    const QString xml = domainXml(spec, target);
    QVERIFY(xml.contains(QStringLiteral("<vendor id=\"0x046d\"/>")));
    QVERIFY(xml.contains(QStringLiteral("<product id=\"0x0825\"/>")));
    // A USB device needs a USB controller; nothing else changes.
    const QStringList added
            = difference(deviceSignatures(xml), deviceSignatures(domainXml(VmSpec())));
    QCOMPARE(added, (QStringList {QStringLiteral("controller[usb][qemu-xhci]"),
                                  QStringLiteral("hostdev[usb]")}));
    const auto problem = Test::schemaProblem(xml, QStringLiteral("domain"));
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
}

QTEST_GUILESS_MAIN(TestDomainXml)
#include "tst_domainxml.moc"
