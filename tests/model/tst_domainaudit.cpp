// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
#include "domainxml/networkfilters.h"
#include "hypervisor/xmlelement.h"
#include "proof/domainaudit.h"
#include "testsupport.h"

#include <QDir>
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
    return spec;
}

} // namespace

class TestDomainAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveXmlFromTheRealDaemonPasses();
    void everyStoredSpecPassesAgainstItsOwnXml_data();
    void everyStoredSpecPassesAgainstItsOwnXml();
    void flagsWhatWasAddedBehindAirlocksBack_data();
    void flagsWhatWasAddedBehindAirlocksBack();
    void flagsWhatIsMissing();
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
    for (const char *id :
         {"audio",        "microphone",  "usbRedirection", "hostDevices",   "usbController",
          "sharedFolder", "clipboard",   "guestAgent",     "tpm",           "gpuAcceleration",
          "graphics",     "network",     "filter",         "filterContent", "filterBinding",
          "pinned",       "networkKind", "ipv6",           "firmware",      "size"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
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

void TestDomainAudit::flagsWhatWasAddedBehindAirlocksBack_data()
{
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QStringList>("failing");

    const QString devices = QStringLiteral("  <devices>\n");
    QTest::newRow("sound card") << devices << devices + QStringLiteral("<sound model='ich9'/>")
                                << QStringList {QStringLiteral("audio"),
                                                QStringLiteral("microphone")};
    QTest::newRow("USB redirection")
            << devices << devices + QStringLiteral("<redirdev bus='usb' type='spicevmc'/>")
            << QStringList {QStringLiteral("usbRedirection")};
    QTest::newRow("host device")
            << devices
            << devices
                       + QStringLiteral("<hostdev mode='subsystem' type='usb'><source><vendor "
                                        "id='0x046d'/><product id='0x0825'/></source></hostdev>")
            << QStringList {QStringLiteral("hostDevices"), QStringLiteral("usbController")};
    QTest::newRow("shared folder")
            << devices
            << devices
                       + QStringLiteral("<filesystem type='mount'><source dir='/home'/><target "
                                        "dir='h'/></filesystem>")
            << QStringList {QStringLiteral("sharedFolder")};
    QTest::newRow("clipboard agent")
            << devices
            << devices
                       + QStringLiteral("<channel type='spicevmc'><target type='virtio' "
                                        "name='com.redhat.spice.0'/></channel>")
            << QStringList {QStringLiteral("clipboard")};
    QTest::newRow("guest agent") << devices
                                 << devices
                                            + QStringLiteral(
                                                    "<channel type='unix'><target type='virtio' "
                                                    "name='org.qemu.guest_agent.0'/></channel>")
                                 << QStringList {QStringLiteral("guestAgent")};
    QTest::newRow("TPM") << devices << devices + QStringLiteral("<tpm model='tpm-crb'/>")
                         << QStringList {QStringLiteral("tpm")};
    QTest::newRow("listening display")
            << QStringLiteral("<listen type='none'/>")
            << QStringLiteral("<listen type='address' address='0.0.0.0'/>")
            << QStringList {QStringLiteral("graphics")};
    QTest::newRow("VNC on a port")
            << devices
            << devices + QStringLiteral("<graphics type='vnc' port='5900' autoport='no'/>")
            << QStringList {QStringLiteral("graphics")};
    QTest::newRow("USB controller")
            << QStringLiteral("model='none'") << QStringLiteral("model='qemu-xhci'")
            << QStringList {QStringLiteral("usbController")};
    QTest::newRow("other filter") << QStringLiteral("<filterref filter='airlock-internet'>")
                                  << QStringLiteral("<filterref filter='clean-traffic'>")
                                  << QStringList {QStringLiteral("filter")};
    // The filter holds the VM to its address only with the address given.
    QTest::newRow("address not given")
            << QStringLiteral("<parameter name='IP' value='192.168.150.2'/>") << QString()
            << QStringList {QStringLiteral("filterBinding"), QStringLiteral("pinned")};
    QTest::newRow("other MAC") << QStringLiteral("<mac address='52:54:00:93:c4:8b'/>")
                               << QStringLiteral("<mac address='52:54:00:93:c4:8c'/>")
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
    QTest::newRow("port not isolated") << QStringLiteral("<port isolated='yes'/>")
                                       << QStringLiteral("<port isolated='no'/>")
                                       << QStringList {QStringLiteral("pinned")};
    QTest::newRow("other network")
            << QStringLiteral("network='airlock-nat'") << QStringLiteral("network='default'")
            << QStringList {QStringLiteral("network")};
    QTest::newRow("second network card")
            << devices
            << devices
                       + QStringLiteral(
                               "<interface type='bridge'><source bridge='br0'/></interface>")
            << QStringList {QStringLiteral("network"), QStringLiteral("filter")};
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
                                    QStringLiteral("ipv6")}));
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
