// SPDX-License-Identifier: GPL-3.0-or-later
#include "exposure/exposure.h"

#include <QSet>
#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::Preset)
Q_DECLARE_METATYPE(Airlock::ExposureId)

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
    void microphoneNeedsAudio();
    void riskFollowsTheSpec();
    void presetKeysRoundTrip();
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

    spec.network.mode = NetworkMode::Isolated;
    QCOMPARE(ExposureCatalogue::matchingPreset(spec), std::nullopt);
    spec.network.mode = NetworkMode::Nat;
    spec.exposure.sharedFolder = SharedFolder {QStringLiteral("/srv"), true};
    QCOMPARE(ExposureCatalogue::matchingPreset(spec), std::nullopt);
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

QTEST_GUILESS_MAIN(TestExposure)
#include "tst_exposure.moc"
