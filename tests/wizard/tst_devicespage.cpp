// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockwizard.h"
#include "devicemap.h"
#include "devicespage.h"
#include "host/hostreading.h"
#include "domainxml/domainxml.h"
#include "exposure/exposure.h"
#include "exposure/sharedfolderrule.h"
#include "hypervisor/hypervisor.h"
#include "sharedfolderdialog.h"
#include "spec/vmspec.h"
#include "noticelabel.h"
#include "testsupport.h"
#include "wizardtestsupport.h"
#include "wizardsession.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::Preset)

namespace {

const QString s_defaultUri = QStringLiteral("test:///default");

QString nodeFileUri()
{
    return QStringLiteral("test://")
           + Test::dataPath(QStringLiteral("nodedevices/host-devices.xml"));
}

// A page on its own session, shown, as the wizard would show it.
struct Fixture
{
    explicit Fixture(const QString &uri = s_defaultUri, const VmSpec &spec = {}) : session(uri)
    {
        session.setSpec(spec);
        page = new DevicesPage(&session);
        page->resize(820, 600);
        page->show();
    }
    ~Fixture() { delete page; }

    // Starts listing host devices and waits until it is done.
    bool initialize()
    {
        QSignalSpy listed(page, &DevicesPage::hostDevicesListed);
        page->initializePage();
        // A quick answer may come before the wait.
        return !listed.isEmpty() || listed.wait(10000);
    }

    DeviceMap *map() const { return page->findChild<DeviceMap *>(QStringLiteral("deviceMap")); }
    DeviceMapButton *item(const QString &key) const
    {
        return page->findChild<DeviceMapButton *>(QLatin1String("mapItem:") + key);
    }
    QAbstractButton *button(const QString &name) const
    {
        return page->findChild<QAbstractButton *>(name);
    }
    QString preview() const
    {
        return page->findChild<QPlainTextEdit *>(QStringLiteral("changesPreview"))->toPlainText();
    }
    QString summary() const
    {
        return page->findChild<QLabel *>(QStringLiteral("reachSummary"))->text();
    }
    QCheckBox *exposureSwitch() const
    {
        return page->findChild<QCheckBox *>(QStringLiteral("exposureSwitch"));
    }
    NoticeLabel *dependencyNotice() const
    {
        return page->findChild<NoticeLabel *>(QStringLiteral("dependencyNotice"));
    }
    // Selects `key` on the map, then clicks the switch beside it: what a
    // user does to connect a part or cut it off.
    void flip(const QString &key) const
    {
        QTest::mouseClick(item(key), Qt::LeftButton);
        clickSwitch();
    }
    void clickSwitch() const
    {
        // On the box itself: the check box is wider than its text.
        QCheckBox *box = exposureSwitch();
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    }
    const VmSpec &spec() const { return session.spec(); }

    WizardSession session;
    DevicesPage *page = nullptr;
};

QString presetButton(Preset preset)
{
    return QStringLiteral("preset-") + ExposureCatalogue::presetKey(preset);
}

// Answers the next modal dialog with `answer`, from inside its exec().
void whenModal(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

// Moves the mouse over `widget` the way a real pointer does: through the
// window, so widgets get Enter and Leave in turn.
void hover(QWidget *widget)
{
    QWidget *window = widget->window();
    QTest::mouseMove(window->windowHandle(), widget->mapTo(window, widget->rect().center()));
}

// Answers the next preset confirmation with the button named `answer`,
// after `inspect` has seen it.
void whenPresetAsks(
        const QString &answer, std::function<void(QMessageBox *)> inspect = [](QMessageBox *) {})
{
    whenModal([answer, inspect](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box || box->objectName() != QLatin1String("presetConfirmation")) {
            modal->close();
            return;
        }
        inspect(box);
        box->findChild<QAbstractButton *>(answer)->click();
    });
}

QString domainXml(const VmSpec &spec)
{
    const auto xml = DomainXml::domain(spec);
    return xml ? *xml : xml.error().constFirst().text();
}

} // namespace

class TestDevicesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldHaveDefaultValue();
    void everyCatalogueEntryIsOnTheMap();
    void presetsSetExactlyTheCatalogueValues_data();
    void presetsSetExactlyTheCatalogueValues();
    void presetsProduceTheStoredDomains_data();
    void presetsProduceTheStoredDomains();
    void selectingReadsAndTheSwitchToggles();
    void keyboardSelectsAndTheSwitchToggles();
    void itemsAreAccessibleListItems();
    void customAppearsOnDepartureAndComesBack();
    void presetsSayWhatTheyChangeAndKeepTheFolder();
    void microphoneBringsTheSpeakersAndSaysSo();
    void hostDevicesAreListedFromTheNodeFile();
    void exposingAHostDeviceNeedsConfirmation_data();
    void exposingAHostDeviceNeedsConfirmation();
    void defaultHostHasNoDevicesToOffer();
    void previewIsWrittenForThisHost();
    void anotherHostListsItsOwnDevices();
    void unreachableHypervisorLeavesThePageWorking();
    void networkModesAndIpv6();
    void bridgedNeedsABridgeAndWarns();
    void bridgedOffersTheHostsBridges();
    void sharedFolderAsksForAFolder();
    void sharedFolderDialogRejectsBadPaths_data();
    void sharedFolderDialogRejectsBadPaths();
    void sharedFolderDialogRefusesWritableSystemFolders();
    void pointingExplains();
    void tabFollowsTheVisualOrderAndTheFirstFocusShows();
    void fitsTheWizardAt1024x768();
};

void TestDevicesPage::initTestCase()
{
    Hypervisor::initializeLibvirt();
}

void TestDevicesPage::shouldHaveDefaultValue()
{
    Fixture fixture;
    QVERIFY(fixture.button(presetButton(Preset::MaximumIsolation))->isChecked());
    QVERIFY(!fixture.button(presetButton(Preset::Balanced))->isChecked());
    QVERIFY(!fixture.button(QStringLiteral("preset-custom"))->isVisible());
    QVERIFY(fixture.button(QStringLiteral("network-nat"))->isChecked());
    QVERIFY(!fixture.button(QStringLiteral("ipv6"))->isChecked());
    QVERIFY(!fixture.page->findChild<QComboBox *>(QStringLiteral("bridgeName"))->isVisible());
    QVERIFY(fixture.page->isComplete());
    QCOMPARE(fixture.summary(), ExposureCatalogue::reachSummary(VmSpec()));
    QCOMPARE(fixture.page->explainedSubject(), QStringLiteral("preset:maximum-isolation"));
    QCOMPARE(fixture.page->findChild<QLabel *>(QStringLiteral("explainedTitle"))->text(),
             ExposureCatalogue::presetTitle(Preset::MaximumIsolation));
    // Only the filtered network card: everything else is cut off.
    const QString preview = fixture.preview();
    QVERIFY2(preview.contains(QStringLiteral("+    <interface type=\"network\">")),
             qPrintable(preview));
    QVERIFY(preview.contains(QStringLiteral("+      <filterref filter=\"airlock-internet\">")));
    QVERIFY(!preview.contains(QStringLiteral("<sound")));
    for (const DeviceMapEntry &entry : fixture.map()->entries()) {
        QCOMPARE(entry.exposed, entry.key == QLatin1String("network.mode"));
    }
    QCOMPARE(fixture.spec(), VmSpec());
}

void TestDevicesPage::everyCatalogueEntryIsOnTheMap()
{
    Fixture fixture;
    QVERIFY(fixture.initialize());
    QStringList keys;
    for (const DeviceMapEntry &entry : fixture.map()->entries())
        keys.append(entry.key);
    for (const ExposureEntry &entry : ExposureCatalogue::entries()) {
        if (entry.id != ExposureId::HostDevices)
            QVERIFY2(keys.contains(QLatin1String(entry.key)), entry.key);
        QVERIFY(fixture.item(QLatin1String(entry.key)) || entry.id == ExposureId::HostDevices);
    }
    // The host's camera and Bluetooth are drawn even with none to offer.
    QVERIFY(keys.contains(QStringLiteral("part:%1").arg(int(HostPart::Camera))));
    QVERIFY(keys.contains(QStringLiteral("part:%1").arg(int(HostPart::Bluetooth))));
    // In the catalogue's order of parts.
    QList<HostPart> parts;
    for (const DeviceMapEntry &entry : fixture.map()->entries()) {
        if (parts.isEmpty() || parts.constLast() != entry.part)
            parts.append(entry.part);
    }
    QCOMPARE(parts, ExposureCatalogue::hostParts());
}

void TestDevicesPage::presetsSetExactlyTheCatalogueValues_data()
{
    QTest::addColumn<Preset>("preset");
    for (const Preset preset : ExposureCatalogue::presets())
        QTest::newRow(qPrintable(ExposureCatalogue::presetKey(preset))) << preset;
}

void TestDevicesPage::presetsSetExactlyTheCatalogueValues()
{
    QFETCH(Preset, preset);
    VmSpec start;
    start.exposure.guestAgent = true; // custom, so every preset is a change
    Fixture fixture(s_defaultUri, start);
    QSignalSpy changed(&fixture.session, &WizardSession::specChanged);
    // Convenience turns IPv6 on, and so changes the network filter: it asks.
    const bool asks = ExposureCatalogue::presetChangesMoreThanSwitches(start, preset);
    QCOMPARE(asks, preset == Preset::Convenience);
    bool asked = false;
    if (asks)
        whenPresetAsks(QStringLiteral("applyPreset"), [&asked](QMessageBox *) { asked = true; });
    QTest::mouseClick(fixture.button(presetButton(preset)), Qt::LeftButton);
    QCOMPARE(asked, asks);
    QCOMPARE(changed.count(), 1);
    for (const ExposureEntry &entry : ExposureCatalogue::entries()) {
        const PresetValue &value = entry.valueIn(preset);
        if (entry.id == ExposureId::Network)
            QCOMPARE(fixture.spec().network.mode, value.networkMode);
        else
            QCOMPARE(ExposureCatalogue::isOn(fixture.spec(), entry.id), value.on);
        // The picture agrees with the spec.
        if (DeviceMapButton *item = fixture.item(QLatin1String(entry.key)))
            QCOMPARE(item->entry().exposed, ExposureCatalogue::isOn(fixture.spec(), entry.id));
    }
    QCOMPARE(ExposureCatalogue::matchingPreset(fixture.spec()), preset);
    QVERIFY(fixture.button(presetButton(preset))->isChecked());
    QVERIFY(!fixture.button(QStringLiteral("preset-custom"))->isChecked());
    QCOMPARE(fixture.page->explainedSubject(),
             QStringLiteral("preset:") + ExposureCatalogue::presetKey(preset));
    QCOMPARE(fixture.summary(), ExposureCatalogue::reachSummary(fixture.spec()));
}

void TestDevicesPage::presetsProduceTheStoredDomains_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Preset>("preset");
    QTest::newRow("defaults") << QStringLiteral("defaults") << Preset::MaximumIsolation;
    QTest::newRow("preset-balanced") << QStringLiteral("preset-balanced") << Preset::Balanced;
    QTest::newRow("preset-convenience")
            << QStringLiteral("preset-convenience") << Preset::Convenience;
}

void TestDevicesPage::presetsProduceTheStoredDomains()
{
    // The page's preset buttons give exactly the exposure of the stored
    // specs, so the generated domains are exactly the stored XML.
    QFETCH(QString, name);
    QFETCH(Preset, preset);
    const auto stored = VmSpec::load(Test::dataPath(QStringLiteral("specs/%1.json").arg(name)));
    QVERIFY(stored);
    VmSpec start = *stored;
    ExposureCatalogue::isolateEverything(start);
    start.exposure.usbRedirection = true;
    Fixture fixture(s_defaultUri, start);
    QVERIFY(fixture.button(QStringLiteral("preset-custom"))->isChecked());
    // From no network, every preset turns the network on: each asks first.
    whenPresetAsks(QStringLiteral("applyPreset"));
    QTest::mouseClick(fixture.button(presetButton(preset)), Qt::LeftButton);
    QCOMPARE(fixture.spec().network, stored->network);
    QCOMPARE(fixture.spec().exposure, stored->exposure);
    QCOMPARE(fixture.spec(), *stored);
    const QString expected
            = QString::fromUtf8(Test::readData(QStringLiteral("xml/%1.xml").arg(name)));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(domainXml(fixture.spec()), expected);
}

void TestDevicesPage::selectingReadsAndTheSwitchToggles()
{
    Fixture fixture;
    DeviceMapButton *speakers = fixture.item(QStringLiteral("exposure.audio"));
    QVERIFY(speakers);
    QVERIFY(!speakers->entry().exposed);
    QCheckBox *toggle = fixture.exposureSwitch();
    QVERIFY(toggle);
    QVERIFY(!toggle->isVisible()); // nothing selected yet: the preset is explained
    QVERIFY(fixture.page->findChild<QLabel *>(QStringLiteral("selectHint"))->isVisible());

    // Clicking a part reads about it, and changes nothing.
    QSignalSpy changed(&fixture.session, &WizardSession::specChanged);
    QSignalSpy selected(fixture.map(), &DeviceMap::selectedKeyChanged);
    QTest::mouseClick(speakers, Qt::LeftButton);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.constFirst().constFirst().toString(), QStringLiteral("exposure.audio"));
    QCOMPARE(fixture.map()->selectedKey(), QStringLiteral("exposure.audio"));
    QVERIFY(speakers->isSelected());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(fixture.spec(), VmSpec());
    QCOMPARE(fixture.page->explainedSubject(), QStringLiteral("exposure.audio"));
    QCOMPARE(fixture.page->findChild<QLabel *>(QStringLiteral("explainedText"))->text(),
             ExposureCatalogue::entry(ExposureId::Audio).translatedExplanation());
    QVERIFY(toggle->isVisible());
    QVERIFY(toggle->isEnabled());
    QVERIFY(!toggle->isChecked());
    QCOMPARE(toggle->accessibleName(), QStringLiteral("Connect Speakers to the VM"));
    QVERIFY(!fixture.page->findChild<QLabel *>(QStringLiteral("selectHint"))->isVisible());
    // Clicking it again still changes nothing.
    QTest::mouseClick(speakers, Qt::LeftButton);
    QCOMPARE(changed.count(), 0);

    // The switch connects it.
    fixture.clickSwitch();
    QCOMPARE(changed.count(), 1);
    QVERIFY(fixture.spec().exposure.audio);
    QVERIFY(toggle->isChecked());
    QVERIFY(speakers->entry().exposed);
    QCOMPARE(speakers->entry().risk, Risk::Low);
    QCOMPARE(fixture.page->findChild<QLabel *>(QStringLiteral("explainedState"))->text(),
             QStringLiteral("Connected to the VM · Low risk"));
    QVERIFY2(fixture.preview().contains(QStringLiteral("+    <sound model=\"ich9\">")),
             qPrintable(fixture.preview()));
    QVERIFY(fixture.summary().contains(QStringLiteral("your speakers")));

    // Another part: the switch follows the selection.
    QTest::mouseClick(fixture.item(QStringLiteral("exposure.clipboard")), Qt::LeftButton);
    QVERIFY(!speakers->isSelected());
    QVERIFY(!toggle->isChecked());
    QVERIFY(!fixture.spec().exposure.clipboard);
    fixture.clickSwitch();
    QVERIFY(fixture.spec().exposure.clipboard);
    QVERIFY(fixture.preview().contains(QStringLiteral("-      <clipboard copypaste=\"no\"/>")));
    QVERIFY(fixture.preview().contains(QStringLiteral("+      <clipboard copypaste=\"yes\"/>")));

    fixture.flip(QStringLiteral("exposure.audio"));
    fixture.flip(QStringLiteral("exposure.clipboard"));
    QCOMPARE(fixture.spec(), VmSpec());
    QVERIFY(!fixture.preview().contains(QStringLiteral("<sound")));
    QVERIFY(!fixture.preview().contains(QStringLiteral("clipboard")));
    QVERIFY(fixture.button(presetButton(Preset::MaximumIsolation))->isChecked());

    // Choosing a preset explains the preset: no part is selected, no switch shown.
    QTest::mouseClick(fixture.button(presetButton(Preset::Balanced)), Qt::LeftButton);
    QCOMPARE(fixture.map()->selectedKey(), QString());
    QVERIFY(!toggle->isVisible());
}

void TestDevicesPage::keyboardSelectsAndTheSwitchToggles()
{
    Fixture fixture;
    QVERIFY(QTest::qWaitForWindowExposed(fixture.page));
    fixture.page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(fixture.page));
    DeviceMapButton *microphone = fixture.item(QStringLiteral("exposure.microphone"));
    DeviceMapButton *speakers = fixture.item(QStringLiteral("exposure.audio"));
    DeviceMapButton *bluetooth
            = fixture.item(QStringLiteral("part:%1").arg(int(HostPart::Bluetooth)));
    QCheckBox *toggle = fixture.exposureSwitch();
    microphone->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(microphone->hasFocus());
    QCOMPARE(fixture.page->explainedSubject(), QStringLiteral("exposure.microphone"));

    // Arrow keys walk the map, selecting as they go.
    QTest::keyClick(microphone, Qt::Key_Down);
    QVERIFY(speakers->hasFocus());
    QCOMPARE(fixture.page->explainedSubject(), QStringLiteral("exposure.audio"));
    QTest::keyClick(speakers, Qt::Key_Up);
    QVERIFY(microphone->hasFocus());
    QTest::keyClick(microphone, Qt::Key_Down);

    // Space and Enter on a part select it; they switch nothing.
    QTest::keyClick(speakers, Qt::Key_Space);
    QTest::keyClick(speakers, Qt::Key_Return);
    QCOMPARE(fixture.spec(), VmSpec());
    QCOMPARE(fixture.map()->selectedKey(), QStringLiteral("exposure.audio"));

    // The map is one Tab stop: Tab goes on to the switch of the selected part.
    QTest::keyClick(speakers, Qt::Key_Tab);
    QVERIFY(toggle->hasFocus());
    QCOMPARE(fixture.page->explainedSubject(), QStringLiteral("exposure.audio"));
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(fixture.spec().exposure.audio);
    QVERIFY(toggle->isChecked());
    QVERIFY(fixture.preview().contains(QStringLiteral("+    <sound model=\"ich9\">")));
    QVERIFY(fixture.button(QStringLiteral("preset-custom"))->isChecked());
    QTest::keyClick(toggle, Qt::Key_Return);
    QVERIFY(!fixture.spec().exposure.audio);
    QVERIFY(!toggle->isChecked());
    QVERIFY(!fixture.preview().contains(QStringLiteral("<sound")));
    QTest::keyClick(toggle, Qt::Key_Enter);
    QVERIFY(fixture.spec().exposure.audio);

    // Back to the map lands on the selected part.
    QTest::keyClick(toggle, Qt::Key_Backtab);
    QVERIFY(speakers->hasFocus());

    // Down from the speakers reaches the Bluetooth row too: there is nothing
    // to switch there, and its switch says so by being off and disabled.
    QTest::keyClick(speakers, Qt::Key_Down);
    QVERIFY(bluetooth->hasFocus());
    QCOMPARE(fixture.page->explainedSubject(), bluetooth->entry().key);
    QVERIFY(toggle->isVisible());
    QVERIFY(!toggle->isEnabled());
    QVERIFY(!toggle->isChecked());
}

void TestDevicesPage::itemsAreAccessibleListItems()
{
    Fixture fixture;
    DeviceMapButton *clipboard = fixture.item(QStringLiteral("exposure.clipboard"));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(clipboard);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::ListItem);
    QCOMPARE(QAccessible::queryAccessibleInterface(fixture.map())->role(), QAccessible::List);
    QCOMPARE(accessible->text(QAccessible::Name),
             ExposureCatalogue::entry(ExposureId::Clipboard).translatedTitle());
    QVERIFY(accessible->text(QAccessible::Description).startsWith(QStringLiteral("Cut off")));
    QVERIFY(accessible->state().selectable);
    QVERIFY(!accessible->state().selected);
    QVERIFY(accessible->state().focusable);

    // A screen reader's press selects, like a click; it switches nothing.
    QAccessibleActionInterface *actions = accessible->actionInterface();
    QVERIFY(actions);
    QVERIFY(!actions->actionNames().contains(QAccessibleActionInterface::toggleAction()));
    actions->doAction(QAccessibleActionInterface::pressAction());
    QVERIFY(accessible->state().selected);
    QVERIFY(!fixture.spec().exposure.clipboard);

    // The switch is the check box, named after the part it connects.
    QAccessibleInterface *toggle = QAccessible::queryAccessibleInterface(fixture.exposureSwitch());
    QCOMPARE(toggle->role(), QAccessible::CheckBox);
    QCOMPARE(toggle->text(QAccessible::Name),
             QStringLiteral("Connect Clipboard sharing to the VM"));
    QVERIFY(!toggle->state().checked);
    toggle->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QTRY_VERIFY(fixture.spec().exposure.clipboard);
    QVERIFY(toggle->state().checked);
    QVERIFY(accessible->text(QAccessible::Description)
                    .startsWith(QStringLiteral("Connected to the VM: Medium risk.")));

    QAccessibleInterface *network
            = QAccessible::queryAccessibleInterface(fixture.item(QStringLiteral("network.mode")));
    QCOMPARE(network->text(QAccessible::Name), QStringLiteral("Network, NAT"));
    QVERIFY(network->text(QAccessible::Description).startsWith(QStringLiteral("Connected")));
}

void TestDevicesPage::customAppearsOnDepartureAndComesBack()
{
    Fixture fixture;
    QAbstractButton *custom = fixture.button(QStringLiteral("preset-custom"));
    QTest::mouseClick(fixture.button(presetButton(Preset::Balanced)), Qt::LeftButton);
    QVERIFY(!custom->isVisible());
    fixture.flip(QStringLiteral("exposure.guestAgent"));
    QVERIFY(custom->isVisible());
    QVERIFY(custom->isChecked());
    QVERIFY(!fixture.button(presetButton(Preset::Balanced))->isChecked());
    QCOMPARE(ExposureCatalogue::matchingPreset(fixture.spec()), std::nullopt);
    const VmSpec mine = fixture.spec();

    // Trying a preset keeps the user's own mix one click away.
    QTest::mouseClick(fixture.button(presetButton(Preset::MaximumIsolation)), Qt::LeftButton);
    QCOMPARE(fixture.spec(), VmSpec());
    QVERIFY(custom->isVisible());
    QVERIFY(!custom->isChecked());
    QTest::mouseClick(custom, Qt::LeftButton);
    QCOMPARE(fixture.spec(), mine);
    QVERIFY(custom->isChecked());

    // Back on a preset's values by hand: the preset lights up again.
    fixture.flip(QStringLiteral("exposure.guestAgent"));
    QVERIFY(fixture.button(presetButton(Preset::Balanced))->isChecked());
}

void TestDevicesPage::presetsSayWhatTheyChangeAndKeepTheFolder()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    VmSpec start;
    start.exposure.sharedFolder = SharedFolder {directory.path(), true};
    start.exposure.tpm = true;
    Fixture fixture(s_defaultUri, start);
    QVERIFY(QTest::qWaitForWindowExposed(fixture.page));
    auto *text = fixture.page->findChild<QLabel *>(QStringLiteral("explainedText"));
    const QString folder = QStringLiteral("Shared folder “%1”").arg(directory.path());

    // Before: pointing at Convenience lists what it would change here, the
    // network filter and the folder included.
    hover(fixture.button(presetButton(Preset::Convenience)));
    QTRY_COMPARE(fixture.page->explainedSubject(), QStringLiteral("preset:convenience"));
    QVERIFY2(text->text().contains(QStringLiteral("Choosing it changes:")),
             qPrintable(text->text()));
    QVERIFY(text->text().contains(QStringLiteral("IPv6: on")));
    QVERIFY(text->text().contains(QStringLiteral(
            "Traffic filter: “airlock-internet-ipv6” instead of “airlock-internet”")));
    QVERIFY(text->text().contains(QStringLiteral("Microphone: connected")));
    QVERIFY(!text->text().contains(QStringLiteral("TPM"))); // on already, stays on
    QVERIFY(text->text().contains(folder + QStringLiteral(": stays shared")));

    // Choosing it asks, with the same list, and keeps the folder by default.
    QString informative;
    bool keptByDefault = false;
    whenPresetAsks(QStringLiteral("applyPreset"), [&](QMessageBox *box) {
        informative = box->informativeText();
        keptByDefault = box->findChild<QCheckBox *>(QStringLiteral("keepShares"))->isChecked();
    });
    QTest::mouseClick(fixture.button(presetButton(Preset::Convenience)), Qt::LeftButton);
    QVERIFY(keptByDefault);
    QVERIFY2(informative.contains(folder + QStringLiteral(": stays shared")),
             qPrintable(informative));
    QVERIFY(informative.contains(QStringLiteral("Traffic filter:")));
    QCOMPARE(fixture.spec().exposure.sharedFolder, start.exposure.sharedFolder);
    QVERIFY(fixture.spec().network.ipv6);
    QVERIFY(fixture.spec().exposure.microphone);
    // The preset plus the user's folder is the user's own mix.
    QVERIFY(fixture.button(QStringLiteral("preset-custom"))->isChecked());

    // Kept settings: nothing changes, the segment goes back.
    const VmSpec before = fixture.spec();
    whenPresetAsks(QStringLiteral("keepSettings"));
    QTest::mouseClick(fixture.button(presetButton(Preset::MaximumIsolation)), Qt::LeftButton);
    QCOMPARE(fixture.spec(), before);
    QVERIFY(fixture.button(QStringLiteral("preset-custom"))->isChecked());
    QVERIFY(!fixture.button(presetButton(Preset::MaximumIsolation))->isChecked());

    // Told to stop sharing: the list says so, and the preset holds exactly.
    whenPresetAsks(QStringLiteral("applyPreset"), [&](QMessageBox *box) {
        box->findChild<QCheckBox *>(QStringLiteral("keepShares"))->setChecked(false);
        informative = box->informativeText();
    });
    QTest::mouseClick(fixture.button(presetButton(Preset::MaximumIsolation)), Qt::LeftButton);
    QVERIFY2(informative.contains(folder + QStringLiteral(": no longer shared")),
             qPrintable(informative));
    QVERIFY(!fixture.spec().exposure.sharedFolder);
    QCOMPARE(ExposureCatalogue::matchingPreset(fixture.spec()), Preset::MaximumIsolation);

    // Only switches: no question, and the list was there before.
    QTest::mouseClick(fixture.button(presetButton(Preset::Balanced)), Qt::LeftButton);
    QCOMPARE(ExposureCatalogue::matchingPreset(fixture.spec()), Preset::Balanced);
}

void TestDevicesPage::microphoneBringsTheSpeakersAndSaysSo()
{
    Fixture fixture;
    const QString microphoneKey = QStringLiteral("exposure.microphone");
    const QString speakersKey = QStringLiteral("exposure.audio");
    DeviceMapButton *speakers = fixture.item(speakersKey);
    NoticeLabel *notice = fixture.dependencyNotice();

    // Before: selecting the microphone says the speakers come with it.
    QTest::mouseClick(fixture.item(microphoneKey), Qt::LeftButton);
    QCOMPARE(fixture.spec(), VmSpec());
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("connects the speakers too")),
             qPrintable(notice->text()));
    QCOMPARE(fixture.item(microphoneKey)->entry().detail, QStringLiteral("+ speakers"));

    // When it happens: both on, and said.
    fixture.clickSwitch();
    QVERIFY(fixture.spec().exposure.microphone);
    QVERIFY(fixture.spec().exposure.audio);
    QVERIFY(speakers->entry().exposed);
    QCOMPARE(speakers->entry().detail, QStringLiteral("with the microphone"));
    QCOMPARE(fixture.item(microphoneKey)->entry().risk, Risk::High);
    QVERIFY(fixture.preview().contains(QStringLiteral("+      <codec type=\"micro\"/>")));
    QVERIFY2(notice->text().contains(QStringLiteral("The speakers were connected too")),
             qPrintable(notice->text()));

    // Off again: the speakers it brought go with it.
    fixture.clickSwitch();
    QVERIFY(!fixture.spec().exposure.microphone);
    QVERIFY(!fixture.spec().exposure.audio);
    QCOMPARE(fixture.spec(), VmSpec());
    QVERIFY2(notice->text().contains(QStringLiteral("The speakers were cut off too")),
             qPrintable(notice->text()));

    // Speakers the user turned on stay on when the microphone goes.
    fixture.flip(speakersKey);
    QVERIFY(fixture.spec().exposure.audio);
    fixture.flip(microphoneKey);
    QVERIFY(fixture.spec().exposure.microphone);
    QVERIFY(!notice->text().contains(QStringLiteral("were connected too")));
    QVERIFY(speakers->entry().detail.isEmpty());
    fixture.clickSwitch();
    QVERIFY(!fixture.spec().exposure.microphone);
    QVERIFY(fixture.spec().exposure.audio);

    // Cutting the speakers off takes the microphone, said before and after.
    fixture.clickSwitch();
    QVERIFY(fixture.spec().exposure.microphone);
    QTest::mouseClick(speakers, Qt::LeftButton);
    QVERIFY2(notice->text().contains(QStringLiteral("cuts the microphone off too")),
             qPrintable(notice->text()));
    fixture.clickSwitch();
    QVERIFY(!fixture.spec().exposure.microphone);
    QVERIFY(!fixture.spec().exposure.audio);
    QVERIFY2(notice->text().contains(QStringLiteral("The microphone was cut off too")),
             qPrintable(notice->text()));
    QVERIFY(fixture.page->isComplete());
}

void TestDevicesPage::hostDevicesAreListedFromTheNodeFile()
{
    Fixture fixture(nodeFileUri());
    QVERIFY(fixture.page->isListingHostDevices() == false);
    QVERIFY(fixture.initialize());
    QStringList names;
    for (const HostDevice &device : fixture.page->hostDevices())
        names.append(device.name);
    // libvirt lists the root hub and the host bridge too; the page offers neither.
    QVERIFY(names.contains(QStringLiteral("usb_1_4")));

    const QList<std::tuple<QString, HostPart, QString>> offered {
            {QStringLiteral("usb_1_4"), HostPart::Camera,
             QStringLiteral("Logitech, Inc. Webcam C270")},
            {QStringLiteral("usb_1_6"), HostPart::Bluetooth,
             QStringLiteral("Intel Corp. AX200 Bluetooth")},
            {QStringLiteral("pci_0000_01_00_0"), HostPart::Graphics,
             QStringLiteral("NVIDIA Corporation GA106 [GeForce RTX 3060]")},
    };
    for (const auto &[name, part, title] : offered) {
        DeviceMapButton *item = fixture.item(QStringLiteral("hostDevice:") + name);
        QVERIFY2(item, qPrintable(name));
        QCOMPARE(item->entry().part, part);
        QCOMPARE(item->entry().title, title);
        QVERIFY(!item->entry().exposed);
        QVERIFY(item->entry().available);
    }
    QVERIFY(!fixture.item(QStringLiteral("hostDevice:usb_usb1")));
    QVERIFY(!fixture.item(QStringLiteral("hostDevice:pci_0000_00_00_0")));
    QVERIFY(!fixture.item(QStringLiteral("part:%1").arg(int(HostPart::Camera))));
    QVERIFY(!fixture.item(QStringLiteral("part:%1").arg(int(HostPart::Bluetooth))));
    QVERIFY(!fixture.page->findChild<NoticeLabel *>(QStringLiteral("hostDevicesNotice"))
                     ->isVisible());
    QCOMPARE(fixture.spec(), VmSpec());
}

void TestDevicesPage::exposingAHostDeviceNeedsConfirmation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("hostdev");
    QTest::newRow("camera, kept") << QStringLiteral("usb_1_4") << QStringLiteral("keepDevice")
                                  << QStringLiteral("Logitech, Inc. Webcam C270")
                                  << QStringLiteral("<hostdev mode=\"subsystem\" type=\"usb\"");
    QTest::newRow("camera, given") << QStringLiteral("usb_1_4") << QStringLiteral("giveDevice")
                                   << QStringLiteral("Logitech, Inc. Webcam C270")
                                   << QStringLiteral("<hostdev mode=\"subsystem\" type=\"usb\"");
    QTest::newRow("bluetooth, given") << QStringLiteral("usb_1_6") << QStringLiteral("giveDevice")
                                      << QStringLiteral("Intel Corp. AX200 Bluetooth")
                                      << QStringLiteral("<hostdev mode=\"subsystem\" type=\"usb\"");
    QTest::newRow("gpu, given") << QStringLiteral("pci_0000_01_00_0")
                                << QStringLiteral("giveDevice")
                                << QStringLiteral("NVIDIA Corporation GA106 [GeForce RTX 3060]")
                                << QStringLiteral("<hostdev mode=\"subsystem\" type=\"pci\"");
}

void TestDevicesPage::exposingAHostDeviceNeedsConfirmation()
{
    QFETCH(QString, name);
    QFETCH(QString, answer);
    QFETCH(QString, named);
    QFETCH(QString, hostdev);
    Fixture fixture(nodeFileUri());
    QVERIFY(fixture.initialize());
    DeviceMapButton *item = fixture.item(QStringLiteral("hostDevice:") + name);
    QVERIFY(item);

    QString question;
    QString risk;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            modal->close();
            return;
        }
        question = box->text();
        risk = box->informativeText();
        if (auto *button = box->findChild<QAbstractButton *>(answer))
            button->click();
    });
    fixture.flip(item->entry().key);
    QVERIFY(question.contains(named));
    QVERIFY2(risk.startsWith(QStringLiteral("High risk: ")), qPrintable(risk));
    const bool given = answer == QLatin1String("giveDevice");
    QCOMPARE(fixture.spec().exposure.hostDevices, given ? QStringList {name} : QStringList {});
    QCOMPARE(item->entry().exposed, given);
    QCOMPARE(fixture.exposureSwitch()->isChecked(), given); // kept isolated: the switch too
    QCOMPARE(fixture.preview().contains(QStringLiteral("+    ") + hostdev), given);
    QCOMPARE(fixture.summary().contains(named), given);
    QCOMPARE(fixture.session.acknowledgedWarnings().size(), given ? 1 : 0);
    if (!given)
        return;
    QVERIFY(fixture.session.acknowledgedWarnings().constFirst().contains(named));
    QVERIFY(fixture.button(QStringLiteral("preset-custom"))->isChecked());
    QVERIFY(fixture.page->isComplete());

    // Taking it back needs no question.
    fixture.clickSwitch();
    QVERIFY(fixture.spec().exposure.hostDevices.isEmpty());
    QVERIFY(fixture.session.acknowledgedWarnings().isEmpty());
    QVERIFY(!fixture.preview().contains(QStringLiteral("hostdev")));
}

void TestDevicesPage::defaultHostHasNoDevicesToOffer()
{
    Fixture fixture;
    DeviceMapButton *camera = fixture.item(QStringLiteral("part:%1").arg(int(HostPart::Camera)));
    QVERIFY(camera);
    QCOMPARE(camera->entry().detail, QStringLiteral("looking…"));
    QVERIFY(fixture.initialize());
    camera = fixture.item(QStringLiteral("part:%1").arg(int(HostPart::Camera)));
    QVERIFY(fixture.page->hostDevices().isEmpty());
    QCOMPARE(camera->entry().detail, QStringLiteral("none found"));
    QVERIFY(!camera->entry().available);
    // It can be read about; its switch cannot be used.
    QTest::mouseClick(camera, Qt::LeftButton);
    QCOMPARE(fixture.page->explainedSubject(), camera->entry().key);
    QVERIFY(!fixture.exposureSwitch()->isEnabled());
    fixture.clickSwitch();
    QCOMPARE(fixture.spec(), VmSpec());
}

void TestDevicesPage::previewIsWrittenForThisHost()
{
    // Before the host answers, the preview is written for a hardened host
    // (KVM); once its capabilities are read, for this one: libvirt's test
    // driver offers no KVM, so the VM would be emulated (type "qemu"), as the
    // Summary page shows.
    Fixture fixture;
    QVERIFY2(fixture.preview().startsWith(QStringLiteral("<domain type=\"kvm\">")),
             qPrintable(fixture.preview()));
    QVERIFY(fixture.initialize());
    QVERIFY2(fixture.preview().startsWith(QStringLiteral("<domain type=\"qemu\">")),
             qPrintable(fixture.preview()));
    QVERIFY(fixture.preview().contains(QStringLiteral("+    <interface type=\"network\">")));
}

void TestDevicesPage::anotherHostListsItsOwnDevices()
{
    Fixture fixture;
    QVERIFY(fixture.initialize());
    QVERIFY(!fixture.item(QStringLiteral("hostDevice:usb_1_4")));
    QSignalSpy listed(fixture.page, &DevicesPage::hostDevicesListed);
    fixture.session.setUri(nodeFileUri());
    QVERIFY(!listed.isEmpty() || listed.wait(10000));
    QVERIFY(fixture.item(QStringLiteral("hostDevice:usb_1_4")));
    QVERIFY(!fixture.item(QStringLiteral("part:%1").arg(int(HostPart::Camera))));
}

void TestDevicesPage::unreachableHypervisorLeavesThePageWorking()
{
    Fixture fixture(QStringLiteral("test:///nonexistent/airlock-no-such-node-file.xml"));
    QVERIFY(fixture.initialize());
    auto *notice = fixture.page->findChild<NoticeLabel *>(QStringLiteral("hostDevicesNotice"));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->status(), Status::Info);
    QVERIFY2(notice->text().contains(QStringLiteral("libvirt said:")), qPrintable(notice->text()));
    QCOMPARE(fixture.item(QStringLiteral("part:%1").arg(int(HostPart::Bluetooth)))->entry().detail,
             QStringLiteral("not listed"));
    // Everything else still works.
    fixture.flip(QStringLiteral("exposure.tpm"));
    QVERIFY(fixture.spec().exposure.tpm);
    QVERIFY(fixture.preview().contains(QStringLiteral("+    <tpm model=\"tpm-crb\">")));
    QVERIFY(fixture.page->isComplete());
    QVERIFY(fixture.page->validatePage());
}

void TestDevicesPage::networkModesAndIpv6()
{
    Fixture fixture;
    QAbstractButton *ipv6 = fixture.button(QStringLiteral("ipv6"));
    DeviceMapButton *network = fixture.item(QStringLiteral("network.mode"));
    DeviceMapButton *ipv6Item = fixture.item(QStringLiteral("network.ipv6"));

    QTest::mouseClick(ipv6, Qt::LeftButton);
    QVERIFY(fixture.spec().network.ipv6);
    QVERIFY(ipv6Item->entry().exposed);
    QVERIFY(fixture.preview().contains(QStringLiteral("airlock-nat-ipv6")));
    QVERIFY(fixture.summary().contains(QStringLiteral("(with IPv6)")));

    // There is no "isolated" mode: it let the VM reach this computer.
    QVERIFY(!fixture.page->findChild<QPushButton *>(QStringLiteral("network-isolated")));

    // No network takes IPv6 with it; the map's network item brings the last mode back.
    QTest::mouseClick(fixture.button(QStringLiteral("network-none")), Qt::LeftButton);
    QCOMPARE(fixture.spec().network.mode, NetworkMode::None);
    QVERIFY(!fixture.spec().network.ipv6);
    QVERIFY(!ipv6->isEnabled());
    QVERIFY(!ipv6Item->entry().available);
    QVERIFY(!network->entry().exposed);
    QVERIFY(!fixture.preview().contains(QStringLiteral("<interface")));
    QVERIFY(fixture.summary().contains(QStringLiteral("no network")));
    // Nothing exposed is said in a sentence, which wraps; XML keeps its lines.
    auto *preview = fixture.page->findChild<QPlainTextEdit *>(QStringLiteral("changesPreview"));
    QVERIFY(fixture.preview().startsWith(QLatin1String("Nothing:")));
    QCOMPARE(preview->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    fixture.flip(network->entry().key);
    QCOMPARE(fixture.spec().network.mode, NetworkMode::Nat);
    QVERIFY(fixture.button(QStringLiteral("network-nat"))->isChecked());
    QCOMPARE(fixture.page->explainedSubject(), network->entry().key);
    QCOMPARE(preview->lineWrapMode(), QPlainTextEdit::NoWrap);
    fixture.clickSwitch();
    QCOMPARE(fixture.spec().network.mode, NetworkMode::None);
    QVERIFY(fixture.page->isComplete());
}

void TestDevicesPage::bridgedNeedsABridgeAndWarns()
{
    // libvirt's test driver lists one interface, eth1, an Ethernet card:
    // this host has no bridge.
    Fixture fixture;
    QVERIFY(fixture.initialize());
    QVERIFY(fixture.session.host()->bridges().isEmpty());
    QVERIFY(fixture.session.host()->bridgesProblem().isEmpty());
    auto *bridge = fixture.page->findChild<QComboBox *>(QStringLiteral("bridgeName"));
    QVERIFY(bridge);
    QVERIFY(bridge->isEditable());
    auto *notice = fixture.page->findChild<NoticeLabel *>(QStringLiteral("networkNotice"));
    QSignalSpy complete(fixture.page, &QWizardPage::completeChanged);
    QTest::mouseClick(fixture.button(QStringLiteral("network-bridge")), Qt::LeftButton);
    QCOMPARE(fixture.spec().network.mode, NetworkMode::Bridge);
    QVERIFY(bridge->isVisible());
    QCOMPARE(bridge->count(), 0);
    // Nothing that looks like a value: an empty field that says what goes in it.
    QCOMPARE(bridge->currentText(), QString());
    QCOMPARE(bridge->lineEdit()->placeholderText(), QStringLiteral("type the bridge's name"));
    QVERIFY(!fixture.page->isComplete());
    QVERIFY(complete.count() > 0);
    // Said: there is none, and what to do.
    QCOMPARE(notice->status(), Status::Warn);
    QVERIFY2(notice->text().contains(QStringLiteral("libvirt found none on this computer")),
             qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("nmcli connection add type bridge")));
    QVERIFY(notice->text().contains(QStringLiteral("choose NAT")));
    QCOMPARE(fixture.item(QStringLiteral("network.mode"))->entry().risk, Risk::High);
    QVERIFY(!fixture.page->validatePage());
    QCOMPARE(notice->status(), Status::Fail);
    QVERIFY(notice->text().contains(QStringLiteral("network.bridge")));

    QTest::keyClicks(bridge->lineEdit(), QStringLiteral("br/0"));
    QVERIFY(!fixture.page->isComplete());
    QCOMPARE(notice->status(), Status::Fail);
    bridge->lineEdit()->clear();
    QTest::keyClicks(bridge->lineEdit(), QStringLiteral("br0"));
    QCOMPARE(fixture.spec().network.bridge, QStringLiteral("br0"));
    // A name typed by hand is taken, and the notice says libvirt knows no such bridge.
    QVERIFY(fixture.page->isComplete());
    QCOMPARE(notice->status(), Status::Warn);
    QVERIFY2(notice->text().contains(QStringLiteral("could not start on “br0”")),
             qPrintable(notice->text()));
    QVERIFY(fixture.preview().contains(QStringLiteral("+      <source bridge=\"br0\"/>")));
    QCOMPARE(fixture.item(QStringLiteral("network.mode"))->entry().detail,
             QStringLiteral("Bridged: br0"));
    QVERIFY(fixture.page->validatePage());
    QCOMPARE(fixture.session.acknowledgedWarnings().size(), 1);
    QVERIFY(fixture.session.acknowledgedWarnings().constFirst().contains(QStringLiteral("br0")));

    // Leaving bridged mode clears the bridge from the spec, keeps it in the field.
    QTest::mouseClick(fixture.button(QStringLiteral("network-nat")), Qt::LeftButton);
    QCOMPARE(fixture.spec(), VmSpec());
    QVERIFY(!bridge->isVisible());
    QVERIFY(!notice->isVisible());
    QVERIFY(fixture.session.acknowledgedWarnings().isEmpty());
    QTest::mouseClick(fixture.button(QStringLiteral("network-bridge")), Qt::LeftButton);
    QCOMPARE(fixture.spec().network.bridge, QStringLiteral("br0"));
}

void TestDevicesPage::bridgedOffersTheHostsBridges()
{
    Fixture fixture(QStringLiteral("test://")
                    + Test::dataPath(QStringLiteral("interfaces/host-bridges.xml")));
    QVERIFY(fixture.initialize());
    // Read once, with the rest of the host; libvirt's own network's bridge
    // (virbr0) leads to that network, not to the local one.
    QCOMPARE(fixture.session.host()->bridges(),
             (QStringList {QStringLiteral("br0"), QStringLiteral("lab0")}));
    QCOMPARE(fixture.session.host()->readCount(), 1);
    auto *bridge = fixture.page->findChild<QComboBox *>(QStringLiteral("bridgeName"));
    auto *notice = fixture.page->findChild<NoticeLabel *>(QStringLiteral("networkNotice"));
    QCOMPARE(bridge->count(), 2);
    QCOMPARE(bridge->itemText(0), QStringLiteral("br0"));
    QCOMPARE(bridge->itemText(1), QStringLiteral("lab0"));

    // Bridged takes the host's first bridge: Next works at once.
    QTest::mouseClick(fixture.button(QStringLiteral("network-bridge")), Qt::LeftButton);
    QCOMPARE(fixture.spec().network.bridge, QStringLiteral("br0"));
    QCOMPARE(bridge->currentText(), QStringLiteral("br0"));
    QVERIFY(fixture.page->isComplete());
    QCOMPARE(notice->status(), Status::Warn);
    QVERIFY2(notice->text().contains(QStringLiteral("through “br0”")), qPrintable(notice->text()));

    // Another of the host's bridges, from the list.
    bridge->setCurrentIndex(1);
    Q_EMIT bridge->textActivated(bridge->itemText(1));
    QCOMPARE(fixture.spec().network.bridge, QStringLiteral("lab0"));
    QVERIFY(fixture.preview().contains(QStringLiteral("+      <source bridge=\"lab0\"/>")));

    // One it does not list is taken, and said to be missing.
    bridge->lineEdit()->clear();
    QTest::keyClicks(bridge->lineEdit(), QStringLiteral("virbr0"));
    QCOMPARE(fixture.spec().network.bridge, QStringLiteral("virbr0"));
    QVERIFY2(notice->text().contains(QStringLiteral("lists no bridge “virbr0”")),
             qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("br0, lab0")));
}

void TestDevicesPage::sharedFolderAsksForAFolder()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    Fixture fixture;
    DeviceMapButton *files = fixture.item(QStringLiteral("exposure.sharedFolder"));

    // Cancelled: nothing is shared.
    whenModal([](QWidget *modal) { modal->close(); });
    fixture.flip(files->entry().key);
    QVERIFY(!fixture.spec().exposure.sharedFolder);
    QVERIFY(!fixture.exposureSwitch()->isChecked());

    bool readOnlyByDefault = false;
    bool okEnabledWhenEmpty = true;
    QString explanation;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<SharedFolderDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        explanation
                = dialog->findChild<QLabel *>(QStringLiteral("sharedFolderExplanation"))->text();
        readOnlyByDefault = dialog->findChild<QCheckBox *>(QStringLiteral("sharedFolderReadOnly"))
                                    ->isChecked();
        auto *buttons
                = dialog->findChild<QDialogButtonBox *>(QStringLiteral("sharedFolderButtons"));
        okEnabledWhenEmpty = buttons->button(QDialogButtonBox::Ok)->isEnabled();
        dialog->findChild<QLineEdit *>(QStringLiteral("sharedFolderPath"))
                ->setText(directory.path());
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    fixture.clickSwitch();
    QVERIFY(readOnlyByDefault);
    QVERIFY(!okEnabledWhenEmpty);
    QVERIFY(explanation.contains(QStringLiteral("virtiofs")));
    QVERIFY(fixture.spec().exposure.sharedFolder);
    QCOMPARE(fixture.spec().exposure.sharedFolder->path, directory.path());
    QVERIFY(fixture.spec().exposure.sharedFolder->readOnly);
    QVERIFY(files->entry().exposed);
    QCOMPARE(files->entry().risk, Risk::Medium);
    QCOMPARE(files->entry().detail, QStringLiteral("read-only"));
    QVERIFY(files->entry().explanation.contains(directory.path()));
    QVERIFY(fixture.preview().contains(QStringLiteral("+      <driver type=\"virtiofs\"/>")));
    QVERIFY(fixture.preview().contains(QStringLiteral("+      <readonly/>")));
    QVERIFY(fixture.summary().contains(directory.path()));
    QVERIFY(fixture.page->isComplete());

    fixture.clickSwitch();
    QVERIFY(!fixture.spec().exposure.sharedFolder);
    QVERIFY(!fixture.preview().contains(QStringLiteral("virtiofs")));
}

void TestDevicesPage::sharedFolderDialogRejectsBadPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("relative") << QStringLiteral("Shared") << false;
    QTest::newRow("missing") << QStringLiteral("/nonexistent/airlock-share") << false;
    QTest::newRow("a file") << Test::dataPath(QStringLiteral("specs/defaults.json")) << false;
    QTest::newRow("root") << QStringLiteral("/") << false;
    QTest::newRow("a folder") << Test::dataPath(QStringLiteral("specs")) << true;
}

void TestDevicesPage::sharedFolderDialogRejectsBadPaths()
{
    QFETCH(QString, path);
    QFETCH(bool, accepted);
    SharedFolderDialog dialog(SharedFolder {});
    dialog.findChild<QLineEdit *>(QStringLiteral("sharedFolderPath"))->setText(path);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("sharedFolderButtons"));
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->isEnabled(), accepted);
    auto *notice = dialog.findChild<NoticeLabel *>(QStringLiteral("sharedFolderNotice"));
    if (!accepted) {
        QVERIFY(!notice->text().isEmpty());
        QCOMPARE(SharedFolderDialog::pathProblem(path).has_value(), true);
    } else {
        QCOMPARE(dialog.folder(), (SharedFolder {path, true}));
    }
}

void TestDevicesPage::sharedFolderDialogRefusesWritableSystemFolders()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    SharedFolderDialog dialog(SharedFolder {});
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("sharedFolderPath"));
    auto *readOnly = dialog.findChild<QCheckBox *>(QStringLiteral("sharedFolderReadOnly"));
    auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("sharedFolderButtons"))
                       ->button(QDialogButtonBox::Ok);
    auto *notice = dialog.findChild<NoticeLabel *>(QStringLiteral("sharedFolderNotice"));

    // Read-only, the system's configuration may be shared; writable, not.
    path->setText(QStringLiteral("/etc"));
    QVERIFY(readOnly->isChecked());
    QVERIFY(ok->isEnabled());
    readOnly->setChecked(false);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(notice->text().contains(QStringLiteral("“/etc”")), qPrintable(notice->text()));
    QCOMPARE(SharedFolderDialog::pathProblem(SharedFolder {QStringLiteral("/etc"), false}),
             SharedFolderRule::refusalOnThisComputer(QStringLiteral("/etc"), false));

    // A link that hides where it leads is followed.
    const QString link = directory.filePath(QStringLiteral("harmless"));
    QVERIFY(QFile::link(QStringLiteral("/usr"), link));
    path->setText(link);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(notice->text().contains(QStringLiteral("“/usr”")), qPrintable(notice->text()));

    // The home directory itself, writable: refused.
    path->setText(QDir::homePath());
    QVERIFY(!ok->isEnabled());

    // A folder made for the VM may be written, with the warning of what the
    // VM can leave in it.
    path->setText(directory.path());
    QVERIFY(ok->isEnabled());
    QVERIFY2(notice->text().contains(QStringLiteral("set-uid")), qPrintable(notice->text()));
    QCOMPARE(dialog.folder(), (SharedFolder {directory.path(), false}));
}

void TestDevicesPage::pointingExplains()
{
    Fixture fixture;
    auto *text = fixture.page->findChild<QLabel *>(QStringLiteral("explainedText"));
    auto *state = fixture.page->findChild<QLabel *>(QStringLiteral("explainedState"));
    DeviceMapButton *microphone = fixture.item(QStringLiteral("exposure.microphone"));
    QVERIFY(QTest::qWaitForWindowExposed(fixture.page));
    // A part under the mouse is only drawn lighter: the explanation, and the
    // switch with it, stay with what is selected.
    hover(microphone);
    QTRY_VERIFY(microphone->isHovered());
    QCOMPARE(fixture.page->explainedSubject(), QStringLiteral("preset:maximum-isolation"));
    QTest::mouseClick(microphone, Qt::LeftButton);
    QCOMPARE(fixture.page->explainedSubject(), QStringLiteral("exposure.microphone"));
    QCOMPARE(text->text(),
             ExposureCatalogue::entry(ExposureId::Microphone).translatedExplanation());
    QCOMPARE(state->text(), QStringLiteral("Cut off from the VM · connecting it is high risk"));

    hover(fixture.button(presetButton(Preset::Convenience)));
    QTRY_COMPARE(fixture.page->explainedSubject(), QStringLiteral("preset:convenience"));
    QVERIFY(text->text().startsWith(ExposureCatalogue::presetDescription(Preset::Convenience)));
    QVERIFY(text->text().contains(QStringLiteral("\n• IPv6: on")));

    hover(fixture.button(QStringLiteral("network-bridge")));
    QTRY_COMPARE(fixture.page->explainedSubject(), QStringLiteral("network:bridge"));
    QCOMPARE(text->text(), ExposureCatalogue::networkModeExplanation(NetworkMode::Bridge));
    QCOMPARE(state->text(), QStringLiteral("High risk"));
    QVERIFY(!fixture.exposureSwitch()->isVisible());

    // Off the buttons, back to the selected part and its switch.
    hover(microphone);
    QTRY_COMPARE(fixture.page->explainedSubject(), QStringLiteral("exposure.microphone"));
    QVERIFY(fixture.exposureSwitch()->isVisible());
}

void TestDevicesPage::tabFollowsTheVisualOrderAndTheFirstFocusShows()
{
    AirlockWizard wizard(s_defaultUri, VmSpec());
    wizard.resize(1024, 768);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    const QString walked = Test::walkTo(wizard, AirlockWizard::DevicesPageId);
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    auto *page = qobject_cast<DevicesPage *>(wizard.currentPage());
    QVERIFY(page);
    QTRY_VERIFY(!page->isListingHostDevices());

    // The first focus is on the page, on the first control as it reads
    // (the presets), and drawn: the widget looks different with it.
    QTRY_VERIFY(QApplication::focusWidget() && page->isAncestorOf(QApplication::focusWidget()));
    QWidget *first = QApplication::focusWidget();
    QVERIFY2(page->isAncestorOf(first), qPrintable(first->objectName()));
    QCOMPARE(first->objectName(), QStringLiteral("preset-maximum-isolation"));
    QVERIFY(first->isVisible());
    const QImage focused = first->grab().toImage();
    first->clearFocus();
    const QImage unfocused = first->grab().toImage();
    QVERIFY2(focused != unfocused, "the first focus is not drawn");
    first->setFocus(Qt::TabFocusReason);

    // Tab walks the page top to bottom, left to right: each stop is to the
    // right of the one before or below it, never back up and to the left.
    QList<QWidget *> stops {first};
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || !page->isAncestorOf(now) || stops.contains(now))
            break;
        stops.append(now);
    }
    QStringList names;
    for (QWidget *stop : std::as_const(stops))
        names.append(stop->objectName());
    // A segmented row is one stop (the arrow keys choose in it), the map is
    // one (its arrows walk the parts), and the switch joins once a part is
    // selected (keyboardSelectsAndTheSwitchToggles).
    const QStringList expected {QStringLiteral("preset-maximum-isolation"),
                                QStringLiteral("mapItem:part:0"), QStringLiteral("changesPreview"),
                                QStringLiteral("network-none"), QStringLiteral("ipv6")};
    QVERIFY2(names == expected, qPrintable(names.join(QLatin1Char(' '))));
    for (qsizetype i = 1; i < stops.size(); ++i) {
        const QRect before(stops.at(i - 1)->mapTo(page, QPoint()), stops.at(i - 1)->size());
        const QRect after(stops.at(i)->mapTo(page, QPoint()), stops.at(i)->size());
        const bool right = after.left() >= before.right() - 2;
        const bool below = after.top() >= before.bottom() - 2;
        QVERIFY2(right || below,
                 qPrintable(QStringLiteral("%1 comes after %2").arg(names.at(i), names.at(i - 1))));
    }
    // The focus chain agrees with the keys.
    for (qsizetype i = 1; i < stops.size(); ++i) {
        QWidget *next = stops.at(i - 1)->nextInFocusChain();
        while (next != stops.at(i) && !(next->isVisible() && (next->focusPolicy() & Qt::TabFocus)))
            next = next->nextInFocusChain();
        QCOMPARE(next, stops.at(i));
    }
}

void TestDevicesPage::fitsTheWizardAt1024x768()
{
    // The whole map, the presets, the network and the preview at once.
    AirlockWizard wizard(s_defaultUri, VmSpec());
    wizard.resize(1024, 768);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString walked = Test::walkTo(wizard, AirlockWizard::DevicesPageId);
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    QCOMPARE(wizard.currentId(), int(AirlockWizard::DevicesPageId));
    auto *page = qobject_cast<DevicesPage *>(wizard.currentPage());
    QVERIFY(page);
    QTRY_VERIFY(!page->isListingHostDevices());
    auto *area = page->findChild<QScrollArea *>(QStringLiteral("deviceMapArea"));
    auto *map = page->findChild<DeviceMap *>(QStringLiteral("deviceMap"));
    QVERIFY2(area->viewport()->height() >= map->minimumSizeHint().height(),
             qPrintable(QStringLiteral("map needs %1 px, has %2")
                                .arg(map->minimumSizeHint().height())
                                .arg(area->viewport()->height())));
    auto *preview = page->findChild<QPlainTextEdit *>(QStringLiteral("changesPreview"));
    QVERIFY(preview->height() >= preview->fontMetrics().height() * 5);
    QList<QWidget *> shown {preview, area};
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>())
        shown.append(button);
    for (QLabel *label : page->findChildren<QLabel *>())
        shown.append(label);
    for (QWidget *child : std::as_const(shown)) {
        if (!child->isVisible())
            continue;
        const QRect inPage(child->mapTo(page, QPoint()), child->size());
        QVERIFY2(page->rect().contains(inPage),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 is outside the page")
                                    .arg(child->objectName())
                                    .arg(inPage.x())
                                    .arg(inPage.y())
                                    .arg(inPage.width())
                                    .arg(inPage.height())));
    }
}

QTEST_MAIN(TestDevicesPage)
#include "tst_devicespage.moc"
