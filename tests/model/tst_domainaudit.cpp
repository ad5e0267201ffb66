// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
#include "domainxml/networkfilters.h"
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "hypervisor/xmlelement.h"
#include "proof/domainaudit.h"
#include "proof/isolationproof.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace Airlock;

namespace {

QStringList failedIds(const QList<AuditCheck> &checks)
{
    QStringList ids;
    for (const AuditCheck &check : checks) {
        if (!check.passed)
            ids.append(check.id);
    }
    return ids;
}

QString liveXml()
{
    return QString::fromUtf8(Test::readData(QStringLiteral("live/nat-uefi-tcg.domain.xml")));
}

QString liveNetworkXml()
{
    return QString::fromUtf8(Test::readData(QStringLiteral("live/nat-uefi-tcg.network.xml")));
}

// The filters and the binding on the VM's port, as the real daemon gave
// them back for that VM (virsh nwfilter-dumpxml, nwfilter-binding-dumpxml).
FilterReadback liveFilters()
{
    FilterReadback readback;
    readback.supported = true;
    const QString text
            = QString::fromUtf8(Test::readData(QStringLiteral("live/nat-uefi-tcg.filters.xml")));
    // Each <filter> element's own text, cut out of the file as libvirt wrote it.
    qsizetype from = 0;
    while ((from = text.indexOf(QLatin1String("<filter "), from)) >= 0) {
        const qsizetype end = text.indexOf(QLatin1String("</filter>"), from) + 9;
        const QString one = text.mid(from, end - from);
        const auto element = XmlElement::parse(one);
        readback.documents.insert(element->attribute(QStringLiteral("name")), one);
        from = end;
    }
    readback.portDevice = QStringLiteral("vnet0");
    readback.bindingXml
            = QString::fromUtf8(Test::readData(QStringLiteral("live/nat-uefi-tcg.binding.xml")));
    return readback;
}

// What libvirt would give back for a VM Airlock wrote: its filters as
// Airlock defines them, and a binding with the card's filter and parameters.
FilterReadback filtersFor(const VmSpec &spec, const QString &domainXml)
{
    FilterReadback readback;
    readback.supported = true;
    for (const FilterDocument &document : NetworkFilters::documents(spec.network))
        readback.documents.insert(document.name, document.xml);
    readback.documents.insert(QStringLiteral("clean-traffic"),
                              liveFilters().documents.value(QStringLiteral("clean-traffic")));
    const auto domain = XmlElement::parse(domainXml);
    const XmlElement *filterref
            = domain ? domain->at(QStringLiteral("devices/interface/filterref")) : nullptr;
    if (!filterref)
        return readback;
    readback.portDevice = QStringLiteral("vnet7");
    QString binding
            = QStringLiteral("<filterbinding><portdev name='vnet7'/><filterref filter='%1'>")
                      .arg(filterref->attribute(QStringLiteral("filter")));
    for (const XmlElement *parameter : filterref->childrenNamed(QStringLiteral("parameter")))
        binding += QStringLiteral("<parameter name='%1' value='%2'/>")
                           .arg(parameter->attribute(QStringLiteral("name")),
                                parameter->attribute(QStringLiteral("value")));
    readback.bindingXml = binding + QStringLiteral("</filterref></filterbinding>");
    return readback;
}

// The spec the live XML was created from (on the real daemon).
VmSpec liveSpec()
{
    VmSpec spec;
    spec.name = QStringLiteral("airlock-test-c1");
    spec.accelerator = Accelerator::Tcg;
    spec.cpuMode = CpuMode::Maximum;
    spec.diskGiB = 10;
    spec.memoryMiB = 1536;
    spec.iso = IsoSource::poolVolume(QStringLiteral("default"), QStringLiteral("small.iso"));
    return spec;
}

const AuditCheck *checkNamed(const QList<AuditCheck> &checks, const QString &id)
{
    for (const AuditCheck &check : checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

} // namespace

class TestDomainAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveXmlFromTheRealDaemonPasses();
    void everyStoredSpecPassesAgainstItsOwnXml_data();
    void everyStoredSpecPassesAgainstItsOwnXml();
    void saysWhetherTheInstallerIsAttached_data();
    void saysWhetherTheInstallerIsAttached();
    void flagsWhatWasAddedBehindAirlocksBack_data();
    void flagsWhatWasAddedBehindAirlocksBack();
    void flagsWhatIsMissing();
    void namesEveryUnexplainedElement_data();
    void namesEveryUnexplainedElement();
    void listsLibvirtsImplicitDevices();
    void comparesHostDevicesByIdentity();
    void catchesEveryExtraOnTheTestDriver_data();
    void catchesEveryExtraOnTheTestDriver();
    void readsTheFilterBackByItsContent_data();
    void readsTheFilterBackByItsContent();
    void unreadableXmlVerifiesNothing();
};

void TestDomainAudit::liveXmlFromTheRealDaemonPasses()
{
    const QList<AuditCheck> checks
            = DomainAudit::run(liveSpec(), liveXml(), liveNetworkXml(), liveFilters());
    QVERIFY2(failedIds(checks).isEmpty(), qPrintable(failedIds(checks).join(QLatin1Char(' '))));
    QVERIFY(DomainAudit::allPassed(checks));
    QStringList ids;
    for (const AuditCheck &check : checks) {
        ids.append(check.id);
        QVERIFY(!check.title.isEmpty());
        QVERIFY(!check.found.isEmpty());
    }
    for (const char *id : {"audio",
                           "microphone",
                           "usbRedirection",
                           "hostDevices",
                           "usbController",
                           "sharedFolder",
                           "clipboard",
                           "guestAgent",
                           "tpm",
                           "gpuAcceleration",
                           "graphics",
                           "network",
                           "filter",
                           "filterContent",
                           "filterBinding",
                           "pinned",
                           "networkKind",
                           "ipv6",
                           "firmware",
                           "size",
                           "vmport",
                           "pageSharing",
                           "implicit:emulator",
                           "implicit:sata",
                           "implicit:pcie-root",
                           "implicit:pcie-root-port",
                           "implicit:ps2-mouse",
                           "implicit:ps2-keyboard"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    // Every device is explained: nothing is left over as an extra.
    QVERIFY(ids.filter(QStringLiteral("extra:")).isEmpty());
}

void TestDomainAudit::everyStoredSpecPassesAgainstItsOwnXml_data()
{
    QTest::addColumn<QString>("name");
    for (QString file :
         QDir(Test::dataPath(QStringLiteral("specs"))).entryList({QStringLiteral("*.json")}))
        QTest::newRow(qPrintable(file)) << file.chopped(5);
}

void TestDomainAudit::everyStoredSpecPassesAgainstItsOwnXml()
{
    // The writer and the audit agree on what each choice looks like.
    QFETCH(QString, name);
    const auto spec = VmSpec::load(Test::dataPath(QStringLiteral("specs/%1.json").arg(name)));
    QVERIFY(spec);
    // As the creation plan writes it: the VM pinned on Airlock's network.
    DomainTarget target;
    target.pinning.mac = QStringLiteral("52:54:00:01:02:03");
    target.pinning.ipv4 = QStringLiteral("192.168.150.9");
    const auto domain = DomainXml::domain(*spec, target);
    QVERIFY(domain);
    QString network = DomainXml::network(spec->network);
    network.replace(QLatin1String("</dhcp>"),
                    QLatin1String("<host mac='52:54:00:01:02:03' ip='192.168.150.9'/></dhcp>"));
    const QList<AuditCheck> checks
            = DomainAudit::run(*spec, *domain, network, filtersFor(*spec, *domain));
    QVERIFY2(failedIds(checks).isEmpty(), qPrintable(failedIds(checks).join(QLatin1Char(' '))));
}

void TestDomainAudit::saysWhetherTheInstallerIsAttached_data()
{
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QString>("title"); // empty: no installer check
    QTest::addColumn<bool>("passed");
    QTest::addColumn<QString>("found");
    const QString source = QStringLiteral("<source pool='default' volume='small.iso' index='1'/>");
    QTest::newRow("the spec's ISO, as installing")
            << QString() << QString() << QStringLiteral("Installer attached (read-only)") << true
            << QStringLiteral("the CD drive holds default/small.iso, read-only");
    QTest::newRow("the drive emptied, as installed")
            << source << QString() << QStringLiteral("Installer removed") << true
            << QStringLiteral("the CD drive is empty");
    QTest::newRow("the ISO writable")
            << QStringLiteral("<readonly/>") << QString()
            << QStringLiteral("Installer attached (read-only)") << false
            << QStringLiteral("the CD drive holds default/small.iso and the VM may write to it");
    QTest::newRow("another ISO") << QStringLiteral("volume='small.iso'")
                                 << QStringLiteral("volume='other.iso'") << QString() << false
                                 << QString();
}

void TestDomainAudit::saysWhetherTheInstallerIsAttached()
{
    QFETCH(QString, find);
    QFETCH(QString, replace);
    QFETCH(QString, title);
    QFETCH(bool, passed);
    QFETCH(QString, found);
    QString xml = liveXml();
    if (!find.isEmpty()) {
        QVERIFY(xml.contains(find));
        xml.replace(find, replace);
    }
    const QList<AuditCheck> checks
            = DomainAudit::run(liveSpec(), xml, liveNetworkXml(), liveFilters());
    const AuditCheck *installer = checkNamed(checks, QStringLiteral("installer"));
    if (title.isEmpty()) {
        // A drive holding something else fails as a device not chosen
        // (extra:disk), and is not called "removed".
        QVERIFY(!installer);
        QCOMPARE(failedIds(checks), QStringList {QStringLiteral("extra:disk")});
        return;
    }
    QVERIFY(installer);
    QCOMPARE(installer->title, title);
    QCOMPARE(installer->passed, passed);
    QCOMPARE(installer->found, found);
    QCOMPARE(failedIds(checks).isEmpty(), passed);
}

void TestDomainAudit::flagsWhatWasAddedBehindAirlocksBack_data()
{
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QStringList>("failing");

    const QString devices = QStringLiteral("  <devices>\n");
    QTest::newRow("sound card") << devices << devices + QStringLiteral("<sound model='ich9'/>")
                                << QStringList {QStringLiteral("audio"),
                                                QStringLiteral("microphone"),
                                                QStringLiteral("extra:sound")};
    QTest::newRow("USB redirection")
            << devices << devices + QStringLiteral("<redirdev bus='usb' type='spicevmc'/>")
            << QStringList {QStringLiteral("usbRedirection"), QStringLiteral("extra:redirdev")};
    QTest::newRow("host device")
            << devices
            << devices
                       + QStringLiteral("<hostdev mode='subsystem' type='usb'><source><vendor "
                                        "id='0x046d'/><product id='0x0825'/></source></hostdev>")
            << QStringList {QStringLiteral("hostDevices"), QStringLiteral("usbController"),
                            QStringLiteral("extra:hostdev")};
    QTest::newRow("shared folder")
            << devices
            << devices
                       + QStringLiteral("<filesystem type='mount'><source dir='/home'/><target "
                                        "dir='h'/></filesystem>")
            << QStringList {QStringLiteral("sharedFolder"), QStringLiteral("extra:filesystem")};
    QTest::newRow("clipboard agent")
            << devices
            << devices
                       + QStringLiteral("<channel type='spicevmc'><target type='virtio' "
                                        "name='com.redhat.spice.0'/></channel>")
            << QStringList {QStringLiteral("clipboard"), QStringLiteral("extra:channel")};
    QTest::newRow("guest agent") << devices
                                 << devices
                                            + QStringLiteral(
                                                    "<channel type='unix'><target type='virtio' "
                                                    "name='org.qemu.guest_agent.0'/></channel>")
                                 << QStringList {QStringLiteral("guestAgent"),
                                                 QStringLiteral("extra:channel")};
    QTest::newRow("TPM") << devices << devices + QStringLiteral("<tpm model='tpm-crb'/>")
                         << QStringList {QStringLiteral("tpm"), QStringLiteral("extra:tpm")};
    QTest::newRow("listening display")
            << QStringLiteral("<listen type='none'/>")
            << QStringLiteral("<listen type='address' address='0.0.0.0'/>")
            << QStringList {QStringLiteral("graphics"), QStringLiteral("extra:graphics")};
    QTest::newRow("VNC on a port")
            << devices
            << devices + QStringLiteral("<graphics type='vnc' port='5900' autoport='no'/>")
            << QStringList {QStringLiteral("graphics"), QStringLiteral("extra:graphics")};
    QTest::newRow("USB controller")
            << QStringLiteral("type='usb' index='0' model='none'")
            << QStringLiteral("type='usb' index='0' model='qemu-xhci'")
            << QStringList {QStringLiteral("usbController"), QStringLiteral("extra:controller")};
    QTest::newRow("other filter") << QStringLiteral("<filterref filter='airlock-internet'>")
                                  << QStringLiteral("<filterref filter='clean-traffic'>")
                                  << QStringList {QStringLiteral("filter")};
    // The filter holds the VM to its address only with the address given.
    QTest::newRow("address not given")
            << QStringLiteral("<parameter name='IP' value='192.168.150.2'/>") << QString()
            << QStringList {QStringLiteral("filterBinding"), QStringLiteral("pinned")};
    QTest::newRow("other MAC") << QStringLiteral("<mac address='52:54:00:9a:cd:c6'/>")
                               << QStringLiteral("<mac address='52:54:00:9a:cd:c7'/>")
                               << QStringList {QStringLiteral("pinned")};
    // A second address handed to the filter would be the VM's too; so would
    // a gateway that is not the network's, or a parameter Airlock never sets.
    // (The binding read back still has Airlock's, so it differs as well.)
    QTest::newRow("second address")
            << QStringLiteral("<parameter name='IP' value='192.168.150.2'/>")
            << QStringLiteral("<parameter name='IP' value='192.168.150.2'/>"
                              "<parameter name='IP' value='192.168.150.3'/>")
            << QStringList {QStringLiteral("filterBinding"), QStringLiteral("pinned")};
    QTest::newRow("other gateway")
            << QStringLiteral("<parameter name='AIRLOCK_GATEWAY' value='192.168.150.1'/>")
            << QStringLiteral("<parameter name='AIRLOCK_GATEWAY' value='192.168.150.7'/>")
            << QStringList {QStringLiteral("filterBinding")};
    QTest::newRow("a parameter of someone else's")
            << QStringLiteral("<parameter name='AIRLOCK_GATEWAY' value='192.168.150.1'/>")
            << QStringLiteral("<parameter name='AIRLOCK_GATEWAY' value='192.168.150.1'/>"
                              "<parameter name='CTRL_IP_LEARNING' value='any'/>")
            << QStringList {QStringLiteral("filterBinding")};
    // The card's own port setting overrides the network's isolation; the
    // live XML shows the one in force.
    QTest::newRow("port not isolated")
            << QStringLiteral("<port isolated='yes'/>") << QStringLiteral("<port isolated='no'/>")
            << QStringList {QStringLiteral("pinned")};
    QTest::newRow("other network")
            << QStringLiteral("network='airlock-nat'") << QStringLiteral("network='default'")
            << QStringList {QStringLiteral("network"), QStringLiteral("extra:interface")};
    QTest::newRow("second network card")
            << devices
            << devices
                       + QStringLiteral(
                               "<interface type='bridge'><source bridge='br0'/></interface>")
            << QStringList {QStringLiteral("network"), QStringLiteral("filter"),
                            QStringLiteral("extra:interface")};
    QTest::newRow("secure boot") << QStringLiteral("<feature enabled='no' name='secure-boot'/>")
                                 << QStringLiteral("<feature enabled='yes' name='secure-boot'/>")
                                 << QStringList {QStringLiteral("firmware")};
    QTest::newRow("3D") << QStringLiteral("accel3d='no'") << QStringLiteral("accel3d='yes'")
                        << QStringList {QStringLiteral("gpuAcceleration")};
    QTest::newRow("more memory") << QStringLiteral("<memory unit='KiB'>1572864</memory>")
                                 << QStringLiteral("<memory unit='KiB'>8388608</memory>")
                                 << QStringList {QStringLiteral("size")};
}

void TestDomainAudit::flagsWhatWasAddedBehindAirlocksBack()
{
    QFETCH(QString, find);
    QFETCH(QString, replace);
    QFETCH(QStringList, failing);
    QString xml = liveXml();
    QVERIFY2(xml.contains(find), qPrintable(find));
    xml.replace(find, replace);
    const QList<AuditCheck> checks
            = DomainAudit::run(liveSpec(), xml, liveNetworkXml(), liveFilters());
    QCOMPARE(failedIds(checks), failing);
    QVERIFY(!DomainAudit::allPassed(checks));
}

void TestDomainAudit::flagsWhatIsMissing()
{
    // Chosen, but not there: every one of these must be a red cross.
    VmSpec open = liveSpec();
    open.exposure.audio = true;
    open.exposure.tpm = true;
    open.exposure.clipboard = true;
    open.network.ipv6 = true;
    const QStringList failing
            = failedIds(DomainAudit::run(open, liveXml(), liveNetworkXml(), liveFilters()));
    QCOMPARE(failing, (QStringList {QStringLiteral("audio"), QStringLiteral("clipboard"),
                                    QStringLiteral("tpm"), QStringLiteral("network"),
                                    QStringLiteral("filter"), QStringLiteral("filterContent"),
                                    QStringLiteral("filterBinding"), QStringLiteral("networkKind"),
                                    QStringLiteral("ipv6"), QStringLiteral("extra:interface")}));
}

void TestDomainAudit::namesEveryUnexplainedElement_data()
{
    // Each added to the live XML: a failed check with that id whose words
    // name it. (Some also fail a check of a choice; that is listed too.)
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QStringList>("failing");
    QTest::addColumn<QString>("words");

    const QString devices = QStringLiteral("  <devices>\n");
    const QString end = QStringLiteral("</domain>");
    const auto row = [](const char *name, const QString &find, const QString &replace,
                        const QStringList &failing, const char *words) {
        QTest::newRow(name) << find << replace << failing << QString::fromUtf8(words);
    };
    const auto extra = [](const char *id) { return QStringList {QString::fromLatin1(id)}; };
    row("serial port on TCP", devices,
        devices
                + QStringLiteral("<serial type='tcp'><source mode='bind' host='0.0.0.0' "
                                 "service='4555'/><target port='0'/></serial>"),
        extra("extra:serial"), "a serial port listening on TCP 0.0.0.0:4555");
    row("console on a pty", devices,
        devices + QStringLiteral("<console type='pty'><target type='serial'/></console>"),
        extra("extra:console"), "a console on a terminal of the host");
    row("ivshmem", devices,
        devices + QStringLiteral("<shmem name='x'><model type='ivshmem-plain'/></shmem>"),
        extra("extra:shmem"), "an ivshmem shared-memory region “x”");
    row("vsock", devices,
        devices + QStringLiteral("<vsock model='virtio'><cid auto='yes'/></vsock>"),
        extra("extra:vsock"), "a vsock");
    row("second disk", devices,
        devices
                + QStringLiteral("<disk type='file' device='disk'><source "
                                 "file='/var/lib/x.img'/><target dev='vdb'/></disk>"),
        extra("extra:disk"), "a second disk on /var/lib/x.img");
    row("another VM's disk instead", QStringLiteral("volume='airlock-test-c1.qcow2'"),
        QStringLiteral("volume='other.qcow2'"), extra("extra:disk"),
        "a disk on default/other.qcow2");
    row("network disk", devices,
        devices
                + QStringLiteral("<disk type='network' device='disk'><source protocol='nbd' "
                                 "name='x'><host name='192.0.2.9' port='10809'/></source>"
                                 "<target dev='vdb'/></disk>"),
        extra("extra:disk"), "a second disk on nbd://192.0.2.9:10809/x");
    row("other ISO", QStringLiteral("volume='small.iso'"), QStringLiteral("volume='other.iso'"),
        extra("extra:disk"), "a CD drive with default/other.iso");
    row("channel", devices,
        devices
                + QStringLiteral("<channel type='unix'><target type='virtio' "
                                 "name='org.example'/></channel>"),
        extra("extra:channel"), "a channel “org.example” on a socket of the host");
    row("PCI device not chosen", devices,
        devices
                + QStringLiteral("<hostdev mode='subsystem' type='pci'><source><address "
                                 "domain='0x0000' bus='0x00' slot='0x1f' "
                                 "function='0x3'/></source></hostdev>"),
        QStringList {QStringLiteral("hostDevices"), QStringLiteral("extra:hostdev")},
        "a host device 0000:00:1f.3 that you did not choose");
    row("host block device", devices,
        devices
                + QStringLiteral("<hostdev mode='capabilities' type='storage'><source>"
                                 "<block>/dev/sda</block></source></hostdev>"),
        QStringList {QStringLiteral("hostDevices"), QStringLiteral("extra:hostdev")},
        "the host's storage device /dev/sda passed through");
    row("second display listening", devices,
        devices
                + QStringLiteral("<graphics type='vnc' listen='0.0.0.0'><listen type='address' "
                                 "address='0.0.0.0'/></graphics>"),
        QStringList {QStringLiteral("graphics"), QStringLiteral("extra:graphics")},
        "graphics listening on 0.0.0.0");
    row("input passed through", devices,
        devices
                + QStringLiteral("<input type='evdev'><source "
                                 "dev='/dev/input/event3'/></input>"),
        extra("extra:input"), "an input device of the host passed through: /dev/input/event3");
    row("second PS/2 mouse", devices, devices + QStringLiteral("<input type='mouse' bus='ps2'/>"),
        extra("extra:input"), "an input device (mouse on ps2)");
    row("sound on the host's PipeWire", QStringLiteral("<audio id='1' type='none'/>"),
        QStringLiteral("<audio id='1' type='pipewire'/>"), extra("extra:audio"),
        "a sound backend (pipewire)");
    row("host TPM", devices,
        devices
                + QStringLiteral("<tpm model='tpm-tis'><backend type='passthrough'><device "
                                 "path='/dev/tpm0'/></backend></tpm>"),
        QStringList {QStringLiteral("tpm"), QStringLiteral("extra:tpm")},
        "the host's TPM /dev/tpm0 passed through");
    row("random numbers from the network", devices,
        devices
                + QStringLiteral("<rng model='virtio'><backend model='egd' type='tcp'><source "
                                 "mode='connect' host='192.0.2.1' service='708'/></backend></rng>"),
        extra("extra:rng"), "a random-number source connected to TCP 192.0.2.1:708");
    row("memory balloon", QStringLiteral("<memballoon model='none'/>"),
        QStringLiteral("<memballoon model='virtio'/>"), extra("extra:memballoon"),
        "a memory balloon (virtio)");
    row("other emulator", QStringLiteral("<emulator>/usr/bin/qemu-system-x86_64</emulator>"),
        QStringLiteral("<emulator>/tmp/run-me</emulator>"), extra("extra:emulator"),
        "the emulator /tmp/run-me");
    row("watchdog that dumps", devices,
        devices + QStringLiteral("<watchdog model='itco' action='dump'/>"), extra("extra:watchdog"),
        "a watchdog (itco, dump)");
    row("memory device on a file", devices,
        devices
                + QStringLiteral("<memory model='nvdimm'><source><path>/var/lib/n.img</path>"
                                 "</source></memory>"),
        extra("extra:memory"), "a memory device (nvdimm) backed by /var/lib/n.img");
    row("unknown device", devices, devices + QStringLiteral("<gizmo power='on'/>"),
        extra("extra:gizmo"), "an element <gizmo> that Airlock does not know");
    row("device of another namespace", devices,
        devices + QStringLiteral("<x:gizmo xmlns:x='urn:example'/>"), extra("extra:gizmo"),
        "an element <gizmo> of the namespace urn:example");
    row("virtio-serial without a channel", devices,
        devices + QStringLiteral("<controller type='virtio-serial' index='0'/>"),
        extra("extra:controller"), "a virtio-serial controller");
    row("SCSI controller", devices,
        devices + QStringLiteral("<controller type='scsi' model='virtio-scsi'/>"),
        extra("extra:controller"), "a scsi controller (virtio-scsi)");

    // At the top of <domain>.
    row("QEMU arguments", end,
        QStringLiteral("<qemu:commandline xmlns:qemu='http://libvirt.org/schemas/domain/qemu/"
                       "1.0'><qemu:arg value='-device'/><qemu:arg "
                       "value='ivshmem-plain'/></qemu:commandline>")
                + end,
        extra("extra:qemu:commandline"),
        "QEMU arguments added by hand (qemu:commandline): -device ivshmem-plain");
    row("QEMU capabilities", end,
        QStringLiteral("<qemu:capabilities xmlns:qemu='http://libvirt.org/schemas/domain/qemu/"
                       "1.0'><qemu:add capability='blockdev'/></qemu:capabilities>")
                + end,
        extra("extra:qemu:capabilities"), "QEMU features switched on or off by hand");
    row("sysinfo", end,
        QStringLiteral("<sysinfo type='smbios'><system><entry "
                       "name='serial'>1</entry></system></sysinfo>")
                + end,
        extra("extra:sysinfo"), "system information handed to the VM (sysinfo, smbios)");
    row("host's SMBIOS", QStringLiteral("</firmware>"),
        QStringLiteral("</firmware><smbios mode='host'/>"), extra("extra:os/smbios"),
        "the host's own SMBIOS identity");
    row("kernel from the host", QStringLiteral("</firmware>"),
        QStringLiteral("</firmware><kernel>/boot/vmlinuz</kernel>"), extra("extra:os/kernel"),
        "a boot setting <kernel> that Airlock does not write: /boot/vmlinuz");
    row("huge pages", QStringLiteral("<nosharepages/>"),
        QStringLiteral("<nosharepages/><hugepages/>"), extra("extra:memoryBacking/hugepages"),
        "guest memory in the host's huge pages");
    row("memory shared without a folder", QStringLiteral("<nosharepages/>"),
        QStringLiteral("<nosharepages/><access mode='shared'/>"),
        extra("extra:memoryBacking/access"),
        "guest memory accessed as shared by other programs on the host");
    row("pages shared (KSM)", QStringLiteral("<nosharepages/>"), QString(), extra("pageSharing"),
        "KSM may merge its pages");
    row("VMware port on", QStringLiteral("<vmport state='off'/>"),
        QStringLiteral("<vmport state='on'/>"), extra("vmport"), "vmport: on");
    row("VMware port by default", QStringLiteral("<vmport state='off'/>"), QString(),
        extra("vmport"), "no <vmport>: QEMU's default is on");
    row("launch security", end, QStringLiteral("<launchSecurity type='sev'/>") + end,
        extra("extra:launchSecurity"), "a launch security setting (sev)");
    row("ID map", end,
        QStringLiteral("<idmap><uid start='0' target='1000' count='10'/></idmap>") + end,
        extra("extra:idmap"), "a map of the VM's user and group IDs");
    row("a second <os>", end, QStringLiteral("<os><type>hvm</type></os>") + end, extra("extra:os"),
        "a second <os>");
    // The audit's other checks read the first <devices>; the walk reads them all.
    row("devices hidden behind an empty <devices>", QStringLiteral("<name>"),
        QStringLiteral("<devices/><name>"),
        QStringList {QStringLiteral("usbController"), QStringLiteral("graphics"),
                     QStringLiteral("network"), QStringLiteral("filter"),
                     QStringLiteral("extra:devices")},
        "a second <devices>");
    row("unknown at the top", end, QStringLiteral("<gadget/>") + end, extra("extra:gadget"),
        "an element <gadget> that Airlock does not know");
    row("a second DAC label", end,
        QStringLiteral("<seclabel type='static' model='dac'><label>+0:+0</label></seclabel>") + end,
        extra("extra:seclabel"), "a second security label for dac");
}

void TestDomainAudit::namesEveryUnexplainedElement()
{
    QFETCH(QString, find);
    QFETCH(QString, replace);
    QFETCH(QStringList, failing);
    QFETCH(QString, words);
    QString xml = liveXml();
    QVERIFY2(xml.contains(find), qPrintable(find));
    xml.replace(xml.lastIndexOf(find), find.size(), replace);
    const QList<AuditCheck> checks
            = DomainAudit::run(liveSpec(), xml, liveNetworkXml(), liveFilters());
    QCOMPARE(failedIds(checks), failing);
    const AuditCheck *named = checkNamed(checks, failing.constLast());
    QVERIFY2(named->found.contains(words), qPrintable(named->found));
    QVERIFY(!named->title.isEmpty());
}

void TestDomainAudit::listsLibvirtsImplicitDevices()
{
    const QList<AuditCheck> checks
            = DomainAudit::run(liveSpec(), liveXml(), liveNetworkXml(), liveFilters());
    const qsizetype rootPorts = liveXml().count(QLatin1String("model='pcie-root-port'"));
    QVERIFY(rootPorts > 0);
    const AuditCheck *ports = checkNamed(checks, QStringLiteral("implicit:pcie-root-port"));
    QVERIFY(ports && ports->passed);
    QCOMPARE(ports->title,
             QStringLiteral("%1 × PCIe root port: libvirt adds them on q35 so devices can be "
                            "plugged in")
                     .arg(rootPorts));
    QCOMPARE(ports->found,
             QStringLiteral("%1 × <controller type='pci' model='pcie-root-port'>").arg(rootPorts));
    // PS/2 and the SATA controller belong to q35: on another machine they are extras.
    QString i440fx = liveXml();
    i440fx.replace(QRegularExpression(QStringLiteral("machine='pc-q35-[0-9.]+'")),
                   QStringLiteral("machine='pc-i440fx-7.2'"));
    const QStringList failing
            = failedIds(DomainAudit::run(liveSpec(), i440fx, liveNetworkXml(), liveFilters()));
    QVERIFY2(failing.contains(QStringLiteral("extra:input"))
                     && failing.contains(QStringLiteral("extra:controller")),
             qPrintable(failing.join(QLatin1Char(' '))));
}

void TestDomainAudit::comparesHostDevicesByIdentity()
{
    // The chosen webcam as its node device describes it.
    HostDevice webcam;
    webcam.name = QStringLiteral("usb_1_5");
    webcam.bus = HostDevice::Bus::Usb;
    webcam.vendorId = QStringLiteral("0x046d");
    webcam.productId = QStringLiteral("0x0825");
    webcam.usbBus = 1;
    webcam.usbDevice = 5;
    VmSpec spec = liveSpec();
    spec.exposure.hostDevices = {webcam.name};
    const auto withHostdev = [](const QString &source) {
        QString xml = liveXml();
        xml.replace(QLatin1String("type='usb' index='0' model='none'"),
                    QLatin1String("type='usb' index='0' model='qemu-xhci'"));
        xml.replace(QLatin1String("  <devices>\n"),
                    QStringLiteral("  <devices>\n<hostdev mode='subsystem' type='usb' "
                                   "managed='yes'><source>%1</source></hostdev>")
                            .arg(source));
        return xml;
    };
    const auto failing = [&](const QString &xml, const QList<HostDevice> &readback) {
        return failedIds(DomainAudit::run(spec, xml, liveNetworkXml(), liveFilters(), readback));
    };
    const QString chosen = QStringLiteral("<vendor id='0x046d'/><product id='0x0825'/>");
    QCOMPARE(failing(withHostdev(chosen), {webcam}), QStringList());
    QCOMPARE(failing(withHostdev(chosen + QStringLiteral("<address bus='1' device='5'/>")),
                     {webcam}),
             QStringList());
    // The same count, another device: a second webcam of the same model, another model.
    const QStringList wrong {QStringLiteral("hostDevices"), QStringLiteral("extra:hostdev")};
    QCOMPARE(failing(withHostdev(chosen + QStringLiteral("<address bus='1' device='6'/>")),
                     {webcam}),
             wrong);
    QCOMPARE(failing(withHostdev(QStringLiteral("<vendor id='0x046d'/><product id='0x0826'/>")),
                     {webcam}),
             wrong);
    // Unread, the device cannot be confirmed (nor the controller it would need).
    QCOMPARE(failing(withHostdev(chosen), {}),
             (QStringList {QStringLiteral("hostDevices"), QStringLiteral("extra:hostdev"),
                           QStringLiteral("extra:controller")}));

    // A PCI function's node-device name is its address.
    VmSpec pci = liveSpec();
    pci.exposure.hostDevices = {QStringLiteral("pci_0000_01_00_0")};
    const auto pciXml = [](const char *function) {
        QString xml = liveXml();
        xml.replace(QLatin1String("  <devices>\n"),
                    QStringLiteral("  <devices>\n<hostdev mode='subsystem' type='pci'><source>"
                                   "<address domain='0x0000' bus='0x01' slot='0x00' "
                                   "function='%1'/></source></hostdev>")
                            .arg(QLatin1String(function)));
        return xml;
    };
    QCOMPARE(failedIds(DomainAudit::run(pci, pciXml("0x0"), liveNetworkXml(), liveFilters())),
             QStringList());
    QCOMPARE(failedIds(DomainAudit::run(pci, pciXml("0x1"), liveNetworkXml(), liveFilters())),
             wrong);
}

void TestDomainAudit::catchesEveryExtraOnTheTestDriver_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("failing");
    QTest::addColumn<QString>("words"); // in the last failed check

    const auto row = [](const char *name, const QStringList &failing, const char *words) {
        QTest::newRow(name) << QString::fromLatin1(name) << failing << QString::fromUtf8(words);
    };
    row("clean", {}, "");
    // libvirt gives a serial port its console twin.
    row("serial-tcp", {QStringLiteral("extra:serial"), QStringLiteral("extra:console")},
        "a console listening on TCP 0.0.0.0:4555");
    row("ivshmem", {QStringLiteral("extra:shmem")}, "an ivshmem shared-memory region “airlock-x”");
    row("vsock", {QStringLiteral("extra:vsock")}, "a vsock");
    row("second-disk", {QStringLiteral("extra:disk")}, "a second disk on /var/lib/x.img");
    row("channel", {QStringLiteral("extra:channel")},
        "a channel “org.example” on the host's socket /run/example.sock");
    row("hostdev", {QStringLiteral("hostDevices"), QStringLiteral("extra:hostdev")},
        "a host device 0000:00:1f.3 that you did not choose");
    row("listening-graphics", {QStringLiteral("graphics"), QStringLiteral("extra:graphics")},
        "vnc graphics listening on 0.0.0.0");
    row("smbios-host", {QStringLiteral("extra:os/smbios")}, "the host's own SMBIOS identity");
    row("hugepages", {QStringLiteral("extra:memoryBacking/hugepages")},
        "guest memory in the host's huge pages");
    row("sysinfo", {QStringLiteral("extra:sysinfo")}, "system information handed to the VM");
}

void TestDomainAudit::catchesEveryExtraOnTheTestDriver()
{
    // Read as the Launch page reads a VM: through libvirt, the chosen webcam
    // described by its node device.
    QFETCH(QString, name);
    QFETCH(QStringList, failing);
    QFETCH(QString, words);
    Hypervisor::initializeLibvirt();
    const auto connection = Connection::open(
            QStringLiteral("test://") + Test::dataPath(QStringLiteral("testdriver/audit.xml")));
    QVERIFY(connection);
    VmSpec spec;
    spec.name = name;
    spec.memoryMiB = 1536;
    spec.cpuMode = CpuMode::Maximum;
    spec.network.mode = NetworkMode::None;
    spec.iso = IsoSource::poolVolume(QStringLiteral("default"), QStringLiteral("nixos.iso"));
    spec.exposure.hostDevices = {QStringLiteral("usb_1_5")};
    const auto proof = IsolationProof::read(*connection, name, spec);
    QVERIFY(proof);
    QVERIFY(proof->running);
    QCOMPARE(failedIds(proof->audit), failing);
    if (failing.isEmpty()) {
        QVERIFY(DomainAudit::allPassed(proof->audit));
        QVERIFY(checkNamed(proof->audit, QStringLiteral("implicit:sata")));
        return;
    }
    const AuditCheck *named = checkNamed(proof->audit, failing.constLast());
    QVERIFY2(named->found.contains(words), qPrintable(named->found));
}

void TestDomainAudit::readsTheFilterBackByItsContent_data()
{
    QTest::addColumn<QString>("filter"); // the one to change, in libvirt's copy
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QString>("check");

    QTest::newRow("emptied") << QStringLiteral("airlock-ipv4-internet-only") << QString()
                             << QString() << QStringLiteral("filterContent");
    QTest::newRow("a range let through")
            << QStringLiteral("airlock-ipv4-internet-only")
            << QStringLiteral("<rule action='drop' direction='out' priority='304'>")
            << QStringLiteral("<rule action='return' direction='out' priority='304'>")
            << QStringLiteral("filterContent");
    QTest::newRow("DHCP servers allowed")
            << QStringLiteral("airlock-ipv4-no-servers") << QStringLiteral("action='drop'")
            << QStringLiteral("action='accept'") << QStringLiteral("filterContent");
    QTest::newRow("not built on clean-traffic")
            << QStringLiteral("airlock-internet")
            << QStringLiteral("<filterref filter='clean-traffic'/>") << QString()
            << QStringLiteral("filterContent");
    QTest::newRow("libvirt's clean-traffic gone")
            << QStringLiteral("clean-traffic") << QString() << QStringLiteral("(remove)")
            << QStringLiteral("filterContent");
}

void TestDomainAudit::readsTheFilterBackByItsContent()
{
    QFETCH(QString, filter);
    QFETCH(QString, find);
    QFETCH(QString, replace);
    QFETCH(QString, check);
    FilterReadback readback = liveFilters();
    QVERIFY(readback.documents.contains(filter));
    if (replace == QLatin1String("(remove)")) {
        readback.documents.remove(filter);
    } else if (find.isEmpty()) {
        // Same name, no rules: what `virsh nwfilter-define` of an empty
        // filter leaves.
        const auto element = XmlElement::parse(readback.documents.value(filter));
        readback.documents.insert(filter,
                                  QStringLiteral("<filter name='%1' chain='%2' priority='%3'/>")
                                          .arg(filter, element->attribute(QStringLiteral("chain")),
                                               element->attribute(QStringLiteral("priority"))));
    } else {
        QString &xml = readback.documents[filter];
        QVERIFY2(xml.contains(find), qPrintable(xml));
        xml.replace(find, replace);
    }
    const QList<AuditCheck> checks
            = DomainAudit::run(liveSpec(), liveXml(), liveNetworkXml(), readback);
    QCOMPARE(failedIds(checks), QStringList {check});

    // The binding on the running VM's port is read too.
    FilterReadback unbound = liveFilters();
    unbound.bindingXml.clear();
    QCOMPARE(failedIds(DomainAudit::run(liveSpec(), liveXml(), liveNetworkXml(), unbound)),
             QStringList {QStringLiteral("filterBinding")});
    FilterReadback otherFilter = liveFilters();
    otherFilter.bindingXml.replace(QLatin1String("filter='airlock-internet'"),
                                   QLatin1String("filter='clean-traffic'"));
    QCOMPARE(failedIds(DomainAudit::run(liveSpec(), liveXml(), liveNetworkXml(), otherFilter)),
             QStringList {QStringLiteral("filterBinding")});
    FilterReadback otherAddress = liveFilters();
    otherAddress.bindingXml.replace(QLatin1String("value='192.168.150.2'"),
                                    QLatin1String("value='192.168.150.3'"));
    QCOMPARE(failedIds(DomainAudit::run(liveSpec(), liveXml(), liveNetworkXml(), otherAddress)),
             QStringList {QStringLiteral("filterBinding")});
    // A network that lets VMs talk to each other is not Airlock's.
    QString open = liveNetworkXml();
    open.replace(QLatin1String("<port isolated='yes'/>"), QString());
    QCOMPARE(failedIds(DomainAudit::run(liveSpec(), liveXml(), open, liveFilters())),
             QStringList {QStringLiteral("networkKind")});
}

void TestDomainAudit::unreadableXmlVerifiesNothing()
{
    for (const QString &xml :
         {QString(), QStringLiteral("<domain"), QStringLiteral("<network/>")}) {
        const QList<AuditCheck> checks = DomainAudit::run(liveSpec(), xml, liveNetworkXml());
        QCOMPARE(checks.size(), 1);
        QVERIFY(!checks.constFirst().passed);
        QVERIFY(!DomainAudit::allPassed(checks));
    }
    // Without the network's XML, neither its kind nor the VM's DHCP entry
    // is confirmed.
    const QStringList failing
            = failedIds(DomainAudit::run(liveSpec(), liveXml(), QString(), liveFilters()));
    QCOMPARE(failing, (QStringList {QStringLiteral("pinned"), QStringLiteral("networkKind")}));
    // Without the filters read back, nothing about them passes.
    QCOMPARE(failedIds(DomainAudit::run(liveSpec(), liveXml(), liveNetworkXml())),
             (QStringList {QStringLiteral("filterContent"), QStringLiteral("filterBinding")}));
}

QTEST_GUILESS_MAIN(TestDomainAudit)
#include "tst_domainaudit.moc"
