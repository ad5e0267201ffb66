// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/specsection.h"
#include "spec/vmspec.h"

#include <QTest>

#include <functional>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::SpecSection)
Q_DECLARE_METATYPE(std::optional<Airlock::SpecSection>)

namespace {

using SpecChange = std::function<void(VmSpec &)>;

} // namespace

Q_DECLARE_METATYPE(SpecChange)

// One mapping of spec keys, acknowledged warnings and creation failures to
// the sections of the wizard.
class TestSpecSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKeyValidateReportsHasASection_data();
    void everyKeyValidateReportsHasASection();
    void keysOfLoadingMapByTheirFirstName_data();
    void keysOfLoadingMapByTheirFirstName();
    void acknowledgementKeysKeepTheirSection_data();
    void acknowledgementKeysKeepTheirSection();
    void everySectionHasATitle();
    void settingTitlesNameTheSetting_data();
    void settingTitlesNameTheSetting();
};

void TestSpecSection::everyKeyValidateReportsHasASection_data()
{
    QTest::addColumn<SpecChange>("change");
    QTest::addColumn<QString>("key");
    QTest::addColumn<SpecSection>("section");

    const auto row = [](const char *name, SpecChange change, const char *key, SpecSection section) {
        QTest::newRow(name) << change << QString::fromLatin1(key) << section;
    };
    row(
            "name", [](VmSpec &s) { s.name.clear(); }, "name", SpecSection::Resources);
    row(
            "vcpus", [](VmSpec &s) { s.vcpus = 0; }, "vcpus", SpecSection::Resources);
    row(
            "memory", [](VmSpec &s) { s.memoryMiB = 1; }, "memoryMiB", SpecSection::Resources);
    row(
            "disk", [](VmSpec &s) { s.diskGiB = 1; }, "diskGiB", SpecSection::Resources);
    row(
            "secure boot",
            [](VmSpec &s) {
                s.secureBoot = true;
                s.firmware = Firmware::Bios;
            },
            "secureBoot", SpecSection::Resources);
    row(
            "accelerator", [](VmSpec &s) { s.accelerator = Accelerator::Kvm; }, "accelerator",
            SpecSection::Resources);
    row(
            "cpu mode", [](VmSpec &s) { s.accelerator = Accelerator::Tcg; }, "cpuMode",
            SpecSection::Resources);
    row(
            "storage pool", [](VmSpec &s) { s.storagePool = QStringLiteral("a b"); }, "storagePool",
            SpecSection::Resources);
    row(
            "iso file", [](VmSpec &s) { s.iso = IsoSource::file(QStringLiteral("relative.iso")); },
            "iso", SpecSection::Media);
    row(
            "iso pool",
            [](VmSpec &s) {
                s.iso = IsoSource::poolVolume(QStringLiteral("a b"), QStringLiteral("x.iso"));
            },
            "iso.pool", SpecSection::Media);
    row(
            "iso volume",
            [](VmSpec &s) {
                s.iso = IsoSource::poolVolume(QStringLiteral("default"), QStringLiteral("a/b"));
            },
            "iso.volume", SpecSection::Media);
    row(
            "bridge", [](VmSpec &s) { s.network.mode = NetworkMode::Bridge; }, "network.bridge",
            SpecSection::Devices);
    row(
            "ipv6",
            [](VmSpec &s) {
                s.network.mode = NetworkMode::None;
                s.network.ipv6 = true;
            },
            "network.ipv6", SpecSection::Devices);
    row(
            "microphone", [](VmSpec &s) { s.exposure.microphone = true; }, "exposure.microphone",
            SpecSection::Devices);
    row(
            "shared folder", [](VmSpec &s) { s.exposure.sharedFolder = SharedFolder {}; },
            "exposure.sharedFolder.path", SpecSection::Devices);
    row(
            "host device",
            [](VmSpec &s) {
                s.exposure.hostDevices
                        = {QStringLiteral("pci_0000_00_02_0"), QStringLiteral("pci_0000_00_02_0")};
            },
            "exposure.hostDevices[1]", SpecSection::Devices);
}

void TestSpecSection::everyKeyValidateReportsHasASection()
{
    QFETCH(SpecChange, change);
    QFETCH(QString, key);
    QFETCH(SpecSection, section);

    VmSpec spec;
    change(spec);
    const SpecProblems problems = spec.validate(HostLimits {0, 0, false});
    QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                         [&key](const SpecProblem &problem) { return problem.key == key; }),
             qPrintable(key));
    for (const SpecProblem &problem : problems)
        QVERIFY2(SpecSections::ofKey(problem.key).has_value(), qPrintable(problem.key));
    QCOMPARE(SpecSections::ofKey(key), std::optional(section));
}

void TestSpecSection::keysOfLoadingMapByTheirFirstName_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<std::optional<SpecSection>>("section");
    QTest::newRow("unknown exposure")
            << QStringLiteral("exposure.webcam") << std::optional(SpecSection::Devices);
    QTest::newRow("unknown network key")
            << QStringLiteral("network.foo") << std::optional(SpecSection::Devices);
    QTest::newRow("firmware") << QStringLiteral("firmware")
                              << std::optional(SpecSection::Resources);
    QTest::newRow("iso, whole") << QStringLiteral("iso") << std::optional(SpecSection::Media);
    QTest::newRow("a longer name") << QStringLiteral("isolation") << std::optional<SpecSection>();
    QTest::newRow("networking") << QStringLiteral("networking") << std::optional<SpecSection>();
    QTest::newRow("the file") << QStringLiteral("(file)") << std::optional<SpecSection>();
    QTest::newRow("unknown") << QStringLiteral("webcam") << std::optional<SpecSection>();
}

void TestSpecSection::keysOfLoadingMapByTheirFirstName()
{
    QFETCH(QString, key);
    QFETCH(std::optional<SpecSection>, section);
    QCOMPARE(SpecSections::ofKey(key), section);
}

void TestSpecSection::acknowledgementKeysKeepTheirSection_data()
{
    QTest::addColumn<SpecSection>("section");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");
    QTest::newRow("host") << SpecSection::Host << QStringLiteral("selinux")
                          << QStringLiteral("host/selinux");
    QTest::newRow("media") << SpecSection::Media << QStringLiteral("checksum")
                           << QStringLiteral("media/checksum");
    QTest::newRow("resources") << SpecSection::Resources << QStringLiteral("3")
                               << QStringLiteral("resources/3");
    QTest::newRow("devices") << SpecSection::Devices << QStringLiteral("sharedFolder")
                             << QStringLiteral("devices.sharedFolder");
    QTest::newRow("summary") << SpecSection::Summary << QStringLiteral("x")
                             << QStringLiteral("summary/x");
}

void TestSpecSection::acknowledgementKeysKeepTheirSection()
{
    QFETCH(SpecSection, section);
    QFETCH(QString, id);
    QFETCH(QString, key);
    QCOMPARE(SpecSections::acknowledgementKey(section, id), key);
    QCOMPARE(SpecSections::ofAcknowledgement(key), std::optional(section));
    QCOMPARE(SpecSections::ofAcknowledgement(QStringLiteral("elsewhere/") + id),
             std::optional<SpecSection>());
}

void TestSpecSection::everySectionHasATitle()
{
    QStringList titles;
    for (const SpecSection section : SpecSections::all()) {
        const QString title = SpecSections::title(section);
        QVERIFY(!title.isEmpty());
        QVERIFY2(!titles.contains(title), qPrintable(title));
        titles.append(title);
    }
    QCOMPARE(SpecSections::title(SpecSection::Resources), QStringLiteral("Size"));
}

void TestSpecSection::settingTitlesNameTheSetting_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("title");
    QTest::newRow("memory") << QStringLiteral("memoryMiB") << QStringLiteral("Memory");
    QTest::newRow("secure boot") << QStringLiteral("secureBoot") << QStringLiteral("Secure Boot");
    QTest::newRow("bridge") << QStringLiteral("network.bridge") << QStringLiteral("Bridge");
    QTest::newRow("iso volume") << QStringLiteral("iso.volume")
                                << SpecSections::title(SpecSection::Media);
    QTest::newRow("unknown") << QStringLiteral("(file)") << QStringLiteral("(file)");
}

void TestSpecSection::settingTitlesNameTheSetting()
{
    QFETCH(QString, key);
    QFETCH(QString, title);
    QCOMPARE(SpecSections::settingTitle(key), title);
}

QTEST_GUILESS_MAIN(TestSpecSection)
#include "tst_specsection.moc"
