// SPDX-License-Identifier: GPL-3.0-or-later
#include "exposure/exposure.h"
#include "exposure/hostdevicerule.h"
#include "hypervisor/hostdevices.h"
#include "hypervisor/hypervisor.h"
#include "testsupport.h"

#include <QTest>

using namespace Airlock;

// The one rule of which host devices a VM may be given, on the test
// driver's node devices: the Devices page offers exactly what the rule
// lets through, and a spec that names anything else is refused.
class TestHostDeviceRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesWhatThePageNeverOffers_data();
    void refusesWhatThePageNeverOffers();
    void thePageOffersExactlyWhatTheRuleAllows();
    void judgesANameWithoutTheHost_data();
    void judgesANameWithoutTheHost();
    void specValidationAppliesTheNameRule();

private:
    Connection m_connection;
};

void TestHostDeviceRule::initTestCase()
{
    Hypervisor::initializeLibvirt();
    const auto connection
            = Connection::open(QStringLiteral("test://")
                               + Test::dataPath(QStringLiteral("nodedevices/host-devices.xml")));
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = *connection;
}

void TestHostDeviceRule::refusesWhatThePageNeverOffers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("offered");
    QTest::addColumn<QString>("why"); // a word the refusal must hold
    QTest::newRow("webcam") << QStringLiteral("usb_1_4") << true << QString();
    QTest::newRow("bluetooth") << QStringLiteral("usb_1_6") << true << QString();
    QTest::newRow("graphics card") << QStringLiteral("pci_0000_01_00_0") << true << QString();
    QTest::newRow("USB root hub") << QStringLiteral("usb_usb1") << false
                                  << QStringLiteral("root hub");
    QTest::newRow("host bridge") << QStringLiteral("pci_0000_00_00_0") << false
                                 << QStringLiteral("host bridge");
    QTest::newRow("USB controller")
            << QStringLiteral("pci_0000_00_14_0") << false << QStringLiteral("USB controller");
    QTest::newRow("NVMe controller")
            << QStringLiteral("pci_0000_02_00_0") << false << QStringLiteral("disk controller");
    QTest::newRow("Ethernet card")
            << QStringLiteral("pci_0000_03_00_0") << false << QStringLiteral("network controller");
}

void TestHostDeviceRule::refusesWhatThePageNeverOffers()
{
    QFETCH(QString, name);
    QFETCH(bool, offered);
    QFETCH(QString, why);
    const auto device = describeHostDevice(m_connection, name);
    QVERIFY2(device, qPrintable(device ? QString() : device.error().message));
    const auto refusal = HostDeviceRule::refusal(*device);
    QCOMPARE(!refusal.has_value(), offered);
    QCOMPARE(ExposureCatalogue::hostPartOf(*device).has_value(), offered);
    if (!offered) {
        // The sentence names the device and says why.
        QVERIFY2(refusal->contains(name), qPrintable(*refusal));
        QVERIFY2(refusal->contains(why), qPrintable(*refusal));
    }
}

void TestHostDeviceRule::thePageOffersExactlyWhatTheRuleAllows()
{
    // What the Devices page lists and places is what the rule lets through;
    // the listing itself already leaves the root hub out.
    const auto devices = listHostDevices(m_connection);
    QVERIFY2(devices, qPrintable(devices ? QString() : devices.error().message));
    QStringList offered;
    for (const HostDevice &device : *devices) {
        QCOMPARE(ExposureCatalogue::hostPartOf(device).has_value(),
                 !HostDeviceRule::refusal(device).has_value());
        if (ExposureCatalogue::hostPartOf(device))
            offered.append(device.name);
    }
    QCOMPARE(offered, (QStringList {QStringLiteral("pci_0000_01_00_0"), QStringLiteral("usb_1_4"),
                                    QStringLiteral("usb_1_6")}));
    for (const HostDevice &device : *devices)
        QVERIFY(!device.isUsbRootHub());
}

void TestHostDeviceRule::judgesANameWithoutTheHost_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("USB device") << QStringLiteral("usb_1_4") << true;
    QTest::newRow("USB device behind a hub") << QStringLiteral("usb_3_1_2") << true;
    QTest::newRow("PCI function") << QStringLiteral("pci_0000_01_00_0") << true;
    QTest::newRow("USB root hub") << QStringLiteral("usb_usb1") << false;
    QTest::newRow("USB root hub 12") << QStringLiteral("usb_usb12") << false;
    QTest::newRow("USB bus alone") << QStringLiteral("usb_1") << false;
    QTest::newRow("network interface") << QStringLiteral("net_enp3s0_00_11_22_33_44_55") << false;
    QTest::newRow("disk") << QStringLiteral("block_nvme0n1_Samsung_SSD") << false;
    QTest::newRow("SCSI host") << QStringLiteral("scsi_host0") << false;
    QTest::newRow("the computer") << QStringLiteral("computer") << false;
    QTest::newRow("mediated device") << QStringLiteral("mdev_4b20d080_1b54_4048") << false;
    QTest::newRow("PCI address out of range") << QStringLiteral("pci_0000_01_00_8") << false;
}

void TestHostDeviceRule::judgesANameWithoutTheHost()
{
    QFETCH(QString, name);
    QFETCH(bool, allowed);
    const auto refusal = HostDeviceRule::nameRefusal(name);
    QCOMPARE(!refusal.has_value(), allowed);
    if (refusal)
        QVERIFY2(refusal->contains(name), qPrintable(*refusal));
}

void TestHostDeviceRule::specValidationAppliesTheNameRule()
{
    VmSpec spec;
    spec.exposure.hostDevices
            = {QStringLiteral("usb_1_4"), QStringLiteral("usb_usb1"), QStringLiteral("net_eth0")};
    const SpecProblems problems = spec.validate();
    QStringList keys;
    for (const SpecProblem &problem : problems)
        keys.append(problem.key);
    QCOMPARE(keys, (QStringList {QStringLiteral("exposure.hostDevices[1]"),
                                 QStringLiteral("exposure.hostDevices[2]")}));
}

QTEST_GUILESS_MAIN(TestHostDeviceRule)
#include "tst_hostdevicerule.moc"
