// SPDX-License-Identifier: GPL-3.0-or-later
#include "exposure/exposure.h"

#include <QSet>
#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::Preset)
Q_DECLARE_METATYPE(Airlock::ExposureId)
Q_DECLARE_METATYPE(Airlock::HostDevice)
Q_DECLARE_METATYPE(Airlock::VmSpec)
Q_DECLARE_METATYPE(std::optional<Airlock::HostPart>)

namespace {

HostDevice device(HostDevice::Bus bus, HostDevice::Kind kind)
{
    HostDevice device;
    device.name = bus == HostDevice::Bus::Usb ? QStringLiteral("usb_1_4")
                                              : QStringLiteral("pci_0000_01_00_0");
    device.bus = bus;
    device.kind = kind;
    device.vendorName = QStringLiteral("Logitech, Inc.");
    device.productName = QStringLiteral("Webcam C270");
    return device;
}

} // namespace

class TestExposure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryIsComplete();
    void coversEveryExposureOfTheSpec();
    void maximumIsolationIsTheDefaultSpec();
    void presetsSetExactlyTheCatalogueValues_data();
    void presetsSetExactlyTheCatalogueValues();
    void presetKeepsNonExposureChoices();
    void departureFromPresetIsCustom();
    void presetChangesAreListedBeforeTheyHappen();
    void microphoneNeedsAudio();
    void riskFollowsTheSpec();
    void presetKeysRoundTrip();
    void everyEntryHasAPartAndAReach();
    void hostPartsAreTheHostsHardware();
    void hostDevicesAreOfferedByKind_data();
    void hostDevicesAreOfferedByKind();
    void hostDeviceRiskNamesWhatTheVmCanDo();
    void isolateEverythingTurnsEverythingOff();
    void reachSummarySaysWhatTheVmReaches_data();
    void reachSummarySaysWhatTheVmReaches();
    void networkModesHaveShortTitles();
};

void TestExposure::everyEntryIsComplete()
{
    QSet<ExposureId> ids;
    QSet<QString> keys;
    for (const ExposureEntry &entry : ExposureCatalogue::entries()) {
        QVERIFY(!ids.contains(entry.id));
        ids.insert(entry.id);
        QVERIFY(!keys.contains(QLatin1String(entry.key)));
        keys.insert(QLatin1String(entry.key));
        QVERIFY(!entry.translatedTitle().isEmpty());
        QVERIFY2(entry.translatedExplanation().size() > 60, entry.key);
        QVERIFY(!entry.translatedAddsToDomain().isEmpty());
        QVERIFY(entry.risk != Risk::None);
        QCOMPARE(&ExposureCatalogue::entry(entry.id), &entry);
    }
    QCOMPARE(ids.size(), 11);
}

void TestExposure::coversEveryExposureOfTheSpec()
{
    // Every exposure key of the JSON contract has exactly one catalogue row.
    const QJsonObject exposure = VmSpec().toJson().value(QStringLiteral("exposure")).toObject();
    QStringList catalogueKeys;
    for (const ExposureEntry &entry : ExposureCatalogue::entries())
        catalogueKeys.append(QLatin1String(entry.key));
    for (const QString &key : exposure.keys())
        QVERIFY2(catalogueKeys.contains(QStringLiteral("exposure.") + key), qPrintable(key));
    QVERIFY(catalogueKeys.contains(QStringLiteral("network.mode")));
    QVERIFY(catalogueKeys.contains(QStringLiteral("network.ipv6")));
}

void TestExposure::maximumIsolationIsTheDefaultSpec()
{
    VmSpec spec;
    spec.exposure.audio = true;
    spec.network.mode = NetworkMode::Bridge;
    spec.network.bridge = QStringLiteral("br0");
    ExposureCatalogue::applyPreset(spec, Preset::MaximumIsolation);
    QCOMPARE(spec, VmSpec());
    QCOMPARE(ExposureCatalogue::matchingPreset(VmSpec()), Preset::MaximumIsolation);
    for (const ExposureEntry &entry : ExposureCatalogue::entries()) {
        if (entry.id != ExposureId::Network)
            QVERIFY2(!ExposureCatalogue::isOn(spec, entry.id), entry.key);
    }
}

void TestExposure::presetsSetExactlyTheCatalogueValues_data()
{
    QTest::addColumn<Preset>("preset");
    for (const Preset preset : ExposureCatalogue::presets())
        QTest::newRow(qPrintable(ExposureCatalogue::presetKey(preset))) << preset;
}

void TestExposure::presetsSetExactlyTheCatalogueValues()
{
    QFETCH(Preset, preset);
    VmSpec spec;
    spec.exposure.hostDevices = {QStringLiteral("usb_1_5")};
    spec.exposure.sharedFolder = SharedFolder {QStringLiteral("/srv"), true};
    ExposureCatalogue::applyPreset(spec, preset);
    for (const ExposureEntry &entry : ExposureCatalogue::entries()) {
        const PresetValue &value = entry.valueIn(preset);
        if (entry.id == ExposureId::Network)
            QCOMPARE(spec.network.mode, value.networkMode);
        else
            QCOMPARE(ExposureCatalogue::isOn(spec, entry.id), value.on);
    }
    QCOMPARE(ExposureCatalogue::matchingPreset(spec), preset);
    QVERIFY(spec.validate().isEmpty());
}

void TestExposure::presetKeepsNonExposureChoices()
{
    VmSpec spec;
    spec.name = QStringLiteral("kept");
    spec.vcpus = 3;
    spec.firmware = Firmware::Bios;
    ExposureCatalogue::applyPreset(spec, Preset::Convenience);
    QCOMPARE(spec.name, QStringLiteral("kept"));
    QCOMPARE(spec.vcpus, 3);
    QCOMPARE(spec.firmware, Firmware::Bios);
}

void TestExposure::departureFromPresetIsCustom()
{
    VmSpec spec;
    ExposureCatalogue::applyPreset(spec, Preset::Balanced);
    QCOMPARE(ExposureCatalogue::matchingPreset(spec), Preset::Balanced);
    ExposureCatalogue::setOn(spec, ExposureId::GuestAgent, true);
    QCOMPARE(ExposureCatalogue::matchingPreset(spec), std::nullopt);
    ExposureCatalogue::setOn(spec, ExposureId::GuestAgent, false);
    QCOMPARE(ExposureCatalogue::matchingPreset(spec), Preset::Balanced);

    spec.network.mode = NetworkMode::Bridge;
    spec.network.bridge = QStringLiteral("br0");
    QCOMPARE(ExposureCatalogue::matchingPreset(spec), std::nullopt);
    spec.network.bridge.clear();
    spec.network.mode = NetworkMode::Nat;
    spec.exposure.sharedFolder = SharedFolder {QStringLiteral("/srv"), true};
    QCOMPARE(ExposureCatalogue::matchingPreset(spec), std::nullopt);
}

void TestExposure::presetChangesAreListedBeforeTheyHappen()
{
    VmSpec spec;
    spec.exposure.tpm = true;
    spec.exposure.sharedFolder.emplace();
    spec.exposure.sharedFolder->path = QStringLiteral("/srv/share/vm");
    const QStringList dropped = ExposureCatalogue::presetChanges(spec, Preset::Convenience);
    QVERIFY(dropped.contains(QStringLiteral("IPv6: on; the VM may use IPv6 too")));
    QVERIFY(dropped.contains(QStringLiteral(
            "Traffic filter: “airlock-internet-ipv6” instead of “airlock-internet”")));
    QVERIFY(dropped.contains(QStringLiteral("Microphone: connected")));
    QVERIFY(dropped.contains(QStringLiteral("Shared folder “/srv/share/vm”: no longer shared")));
    QVERIFY(!dropped.join(QLatin1Char('\n')).contains(QStringLiteral("TPM")));
    QVERIFY(ExposureCatalogue::presetChangesMoreThanSwitches(spec, Preset::Balanced));

    const QStringList kept
            = ExposureCatalogue::presetChanges(spec, Preset::Convenience, UserShares::Keep);
    QVERIFY(kept.contains(QStringLiteral("Shared folder “/srv/share/vm”: stays shared")));
    VmSpec applied = spec;
    ExposureCatalogue::applyPreset(applied, Preset::Convenience, UserShares::Keep);
    QCOMPARE(applied.exposure.sharedFolder, spec.exposure.sharedFolder);
    QVERIFY(applied.network.ipv6);
    QCOMPARE(ExposureCatalogue::matchingPreset(applied), std::nullopt);

    // A preset that is what the spec holds changes nothing.
    QVERIFY(ExposureCatalogue::presetChanges(VmSpec(), Preset::MaximumIsolation).isEmpty());
    QVERIFY(!ExposureCatalogue::presetChangesMoreThanSwitches(VmSpec(), Preset::Balanced));
    // From no network, any preset changes the network.
    VmSpec offline;
    offline.network.mode = NetworkMode::None;
    QVERIFY(ExposureCatalogue::presetChangesMoreThanSwitches(offline, Preset::MaximumIsolation));
    QVERIFY(ExposureCatalogue::presetChanges(offline, Preset::MaximumIsolation)
                    .constFirst()
                    .startsWith(QStringLiteral("Network: NAT")));
}

void TestExposure::microphoneNeedsAudio()
{
    VmSpec spec;
    ExposureCatalogue::setOn(spec, ExposureId::Microphone, true);
    QVERIFY(spec.exposure.microphone);
    QVERIFY(spec.exposure.audio);
    QVERIFY(spec.validate().isEmpty());
    ExposureCatalogue::setOn(spec, ExposureId::Audio, false);
    QVERIFY(!spec.exposure.microphone);
    QVERIFY(!spec.exposure.audio);
}

void TestExposure::riskFollowsTheSpec()
{
    VmSpec spec;
    QCOMPARE(ExposureCatalogue::riskIn(spec, ExposureId::Network), Risk::Medium);
    QCOMPARE(ExposureCatalogue::riskIn(spec, ExposureId::Audio), Risk::None);
    spec.network.mode = NetworkMode::None;
    QCOMPARE(ExposureCatalogue::riskIn(spec, ExposureId::Network), Risk::None);
    spec.network.mode = NetworkMode::Bridge;
    QCOMPARE(ExposureCatalogue::riskIn(spec, ExposureId::Network), Risk::High);
    spec.exposure.sharedFolder = SharedFolder {QStringLiteral("/srv"), true};
    QCOMPARE(ExposureCatalogue::riskIn(spec, ExposureId::SharedFolder), Risk::Medium);
    spec.exposure.sharedFolder->readOnly = false;
    QCOMPARE(ExposureCatalogue::riskIn(spec, ExposureId::SharedFolder), Risk::High);
    QVERIFY(!ExposureCatalogue::isToggle(ExposureId::SharedFolder));
    QVERIFY(ExposureCatalogue::isToggle(ExposureId::Tpm));
}

void TestExposure::presetKeysRoundTrip()
{
    for (const Preset preset : ExposureCatalogue::presets()) {
        QCOMPARE(ExposureCatalogue::presetFromKey(ExposureCatalogue::presetKey(preset)), preset);
        QVERIFY(!ExposureCatalogue::presetTitle(preset).isEmpty());
        QVERIFY(!ExposureCatalogue::presetDescription(preset).isEmpty());
    }
    QCOMPARE(ExposureCatalogue::presetFromKey(QStringLiteral("paranoid")), std::nullopt);
}

void TestExposure::everyEntryHasAPartAndAReach()
{
    QList<ExposureId> drawn;
    for (const HostPart part : ExposureCatalogue::hostParts()) {
        QVERIFY(!ExposureCatalogue::hostPartTitle(part).isEmpty());
        drawn += ExposureCatalogue::entriesOf(part);
    }
    for (const ExposureEntry &entry : ExposureCatalogue::entries()) {
        QVERIFY2(ExposureCatalogue::hostParts().contains(entry.part), entry.key);
        QVERIFY2(!entry.translatedReach().isEmpty(), entry.key);
        // Every entry is drawn exactly once, but host devices one by one.
        QCOMPARE(drawn.count(entry.id), entry.id == ExposureId::HostDevices ? 0 : 1);
    }
    QCOMPARE(ExposureCatalogue::entriesOf(HostPart::Network),
             (QList<ExposureId> {ExposureId::Network, ExposureId::Ipv6}));
    QCOMPARE(ExposureCatalogue::entriesOf(HostPart::Speakers),
             QList<ExposureId> {ExposureId::Audio});
    QVERIFY(ExposureCatalogue::entriesOf(HostPart::Camera).isEmpty());
}

void TestExposure::hostPartsAreTheHostsHardware()
{
    // The parts the Devices page promises to draw, in its order.
    const QList<HostPart> parts = ExposureCatalogue::hostParts();
    const QList<HostPart> hardware {HostPart::Camera,    HostPart::Microphone, HostPart::Speakers,
                                    HostPart::Bluetooth, HostPart::UsbPorts,   HostPart::Graphics,
                                    HostPart::Network,   HostPart::Files,      HostPart::Clipboard};
    QCOMPARE(parts.mid(0, hardware.size()), hardware);
    QCOMPARE(QSet<HostPart>(parts.cbegin(), parts.cend()).size(), parts.size());
}

void TestExposure::hostDevicesAreOfferedByKind_data()
{
    QTest::addColumn<HostDevice>("device");
    QTest::addColumn<std::optional<HostPart>>("part");
    using Bus = HostDevice::Bus;
    using Kind = HostDevice::Kind;
    const std::optional<HostPart> notOffered;
    QTest::newRow("usb camera") << device(Bus::Usb, Kind::Camera)
                                << std::optional(HostPart::Camera);
    QTest::newRow("usb microphone")
            << device(Bus::Usb, Kind::Microphone) << std::optional(HostPart::Microphone);
    QTest::newRow("usb bluetooth")
            << device(Bus::Usb, Kind::Bluetooth) << std::optional(HostPart::Bluetooth);
    QTest::newRow("usb stick") << device(Bus::Usb, Kind::Storage)
                               << std::optional(HostPart::UsbPorts);
    QTest::newRow("usb keyboard") << device(Bus::Usb, Kind::Input)
                                  << std::optional(HostPart::UsbPorts);
    QTest::newRow("usb network") << device(Bus::Usb, Kind::Network)
                                 << std::optional(HostPart::Network);
    QTest::newRow("usb other") << device(Bus::Usb, Kind::Other)
                               << std::optional(HostPart::UsbPorts);
    QTest::newRow("pci gpu") << device(Bus::Pci, Kind::Gpu) << std::optional(HostPart::Graphics);
    QTest::newRow("pci bridge") << device(Bus::Pci, Kind::Other) << notOffered;
    QTest::newRow("pci disk controller") << device(Bus::Pci, Kind::Storage) << notOffered;
    QTest::newRow("pci network card") << device(Bus::Pci, Kind::Network) << notOffered;
    QTest::newRow("pci sound card") << device(Bus::Pci, Kind::Microphone) << notOffered;
}

void TestExposure::hostDevicesAreOfferedByKind()
{
    QFETCH(HostDevice, device);
    QFETCH(std::optional<HostPart>, part);
    QCOMPARE(ExposureCatalogue::hostPartOf(device), part);
}

void TestExposure::hostDeviceRiskNamesWhatTheVmCanDo()
{
    QSet<QString> texts;
    for (const auto kind :
         {HostDevice::Kind::Camera, HostDevice::Kind::Microphone, HostDevice::Kind::Bluetooth,
          HostDevice::Kind::Gpu, HostDevice::Kind::Network, HostDevice::Kind::Storage,
          HostDevice::Kind::Input, HostDevice::Kind::Other}) {
        const QString text = ExposureCatalogue::hostDeviceRisk(device(HostDevice::Bus::Usb, kind));
        QVERIFY(text.size() > 60);
        QVERIFY(text.contains(QStringLiteral("cannot use the device")));
        texts.insert(text);
    }
    QCOMPARE(texts.size(), 8);
    QVERIFY(ExposureCatalogue::hostDeviceRisk(device(HostDevice::Bus::Pci, HostDevice::Kind::Gpu))
                    .contains(QStringLiteral("IOMMU")));
}

void TestExposure::isolateEverythingTurnsEverythingOff()
{
    VmSpec spec;
    spec.name = QStringLiteral("kept");
    ExposureCatalogue::applyPreset(spec, Preset::Convenience);
    spec.network.mode = NetworkMode::Bridge;
    spec.network.bridge = QStringLiteral("br0");
    spec.exposure.sharedFolder = SharedFolder {QStringLiteral("/srv"), false};
    spec.exposure.hostDevices = {QStringLiteral("usb_1_4")};
    ExposureCatalogue::isolateEverything(spec);
    for (const ExposureEntry &entry : ExposureCatalogue::entries())
        QVERIFY2(!ExposureCatalogue::isOn(spec, entry.id), entry.key);
    QCOMPARE(spec.name, QStringLiteral("kept"));
    QVERIFY(spec.network.bridge.isEmpty());
    QVERIFY(spec.validate().isEmpty());
    QCOMPARE(ExposureCatalogue::matchingPreset(spec), std::nullopt);
}

void TestExposure::reachSummarySaysWhatTheVmReaches_data()
{
    QTest::addColumn<VmSpec>("spec");
    QTest::addColumn<QString>("summary");

    QTest::newRow("maximum isolation")
            << VmSpec()
            << QStringLiteral("This VM can reach the internet through your computer, and nothing "
                              "else on your computer.");
    VmSpec nothing;
    ExposureCatalogue::isolateEverything(nothing);
    QTest::newRow("nothing")
            << nothing
            << QStringLiteral("This VM can reach nothing on your computer and has no network.");
    VmSpec balanced;
    ExposureCatalogue::applyPreset(balanced, Preset::Balanced);
    QTest::newRow("balanced")
            << balanced
            << QStringLiteral("This VM can reach the internet through your computer, your "
                              "clipboard and your speakers. It also has an emulated TPM.");
    VmSpec convenience;
    ExposureCatalogue::applyPreset(convenience, Preset::Convenience);
    QTest::newRow("convenience")
            << convenience
            << QStringLiteral("This VM can reach the internet through your computer (with IPv6), "
                              "your clipboard, your speakers, your microphone, USB devices you "
                              "hand over from a viewer on your computer and your graphics "
                              "driver. It also has a guest agent and an emulated TPM.");
    VmSpec offline = nothing;
    offline.exposure.audio = true;
    offline.exposure.sharedFolder = SharedFolder {QStringLiteral("/home/ada/Shared"), true};
    QTest::newRow("offline with a folder")
            << offline
            << QStringLiteral("This VM can reach your speakers and the folder "
                              "“/home/ada/Shared” (read-only), and has no network.");
    VmSpec bridged;
    bridged.network = NetworkChoice {NetworkMode::Bridge, false, QStringLiteral("br0")};
    bridged.exposure.hostDevices = {QStringLiteral("usb_1_4"), QStringLiteral("usb_9_9")};
    bridged.exposure.sharedFolder = SharedFolder {QStringLiteral("/srv/share"), false};
    QTest::newRow("bridged with devices")
            << bridged
            << QStringLiteral("This VM can reach your local network, your computer and the "
                              "internet, the folder "
                              "“/srv/share” (read and write), Logitech, Inc. Webcam C270 and "
                              "usb_9_9.");
}

void TestExposure::reachSummarySaysWhatTheVmReaches()
{
    QFETCH(VmSpec, spec);
    QFETCH(QString, summary);
    QCOMPARE(ExposureCatalogue::reachSummary(
                     spec, {device(HostDevice::Bus::Usb, HostDevice::Kind::Camera)}),
             summary);
}

void TestExposure::networkModesHaveShortTitles()
{
    QSet<QString> titles;
    for (const auto mode : {NetworkMode::None, NetworkMode::Nat, NetworkMode::Bridge}) {
        const QString title = ExposureCatalogue::networkModeShortTitle(mode);
        QVERIFY(!title.isEmpty());
        QVERIFY(title.size() < ExposureCatalogue::networkModeTitle(mode).size());
        titles.insert(title);
        QCOMPARE(ExposureCatalogue::networkModeReach(mode).isEmpty(), mode == NetworkMode::None);
    }
    QCOMPARE(titles.size(), 3);
}

QTEST_GUILESS_MAIN(TestExposure)
#include "tst_exposure.moc"
