// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
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
    void unreadableXmlVerifiesNothing();
};

void TestDomainAudit::liveXmlFromTheRealDaemonPasses()
{
    const QList<AuditCheck> checks = DomainAudit::run(liveSpec(), liveXml(), liveNetworkXml());
    QVERIFY2(failedIds(checks).isEmpty(), qPrintable(failedIds(checks).join(QLatin1Char(' '))));
    QVERIFY(DomainAudit::allPassed(checks));
    QStringList ids;
    for (const AuditCheck &check : checks) {
        ids.append(check.id);
        QVERIFY(!check.title.isEmpty());
        QVERIFY(!check.found.isEmpty());
    }
    for (const char *id :
         {"audio", "microphone", "usbRedirection", "hostDevices", "usbController", "sharedFolder",
          "clipboard", "guestAgent", "tpm", "gpuAcceleration", "graphics", "network", "filter",
          "networkKind", "ipv6", "firmware", "size"})
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
    const QString domain
            = QString::fromUtf8(Test::readData(QStringLiteral("xml/%1.xml").arg(name)));
    const QString network = DomainXml::network(spec->network);
    const QList<AuditCheck> checks = DomainAudit::run(*spec, domain, network);
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
    QTest::newRow("filter removed") << QStringLiteral("<filterref filter='clean-traffic'/>")
                                    << QString() << QStringList {QStringLiteral("filter")};
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
    const QList<AuditCheck> checks = DomainAudit::run(liveSpec(), xml, liveNetworkXml());
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
    const QStringList failing = failedIds(DomainAudit::run(open, liveXml(), liveNetworkXml()));
    QCOMPARE(failing, (QStringList {QStringLiteral("audio"), QStringLiteral("clipboard"),
                                    QStringLiteral("tpm"), QStringLiteral("network"),
                                    QStringLiteral("filter"), QStringLiteral("ipv6")}));
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
    // Without the network's XML, its kind is not confirmed.
    const QStringList failing = failedIds(DomainAudit::run(liveSpec(), liveXml(), QString()));
    QCOMPARE(failing, QStringList {QStringLiteral("networkKind")});
}

QTEST_GUILESS_MAIN(TestDomainAudit)
#include "tst_domainaudit.moc"
