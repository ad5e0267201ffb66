// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicemap.h"
#include "devicemapbutton.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QSignalSpy>
#include <QTest>

using namespace Airlock;

class TestDeviceMapButton : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue();
    void namedWithItsDetail_data();
    void namedWithItsDetail();
    void stateInWords_data();
    void stateInWords();
    void clickOnlyAsks_data();
    void clickOnlyAsks();
    void arrowKeysSkipWhatCannotBeSwitched();
    void screenReadersGetACheckBox();
};

namespace {

DeviceMapEntry entry(const QString &key, HostPart part, const QString &title)
{
    DeviceMapEntry made;
    made.key = key;
    made.part = part;
    made.title = title;
    made.explanation = QStringLiteral("Lets the VM do things.");
    return made;
}

struct Shown
{
    DeviceMap map;

    explicit Shown(const QList<DeviceMapEntry> &entries)
    {
        map.setEntries(entries);
        map.resize(map.sizeHint());
        map.show();
        map.activateWindow();
    }
    DeviceMapButton *button(const QString &key) const
    {
        return map.findChild<DeviceMapButton *>(QLatin1String("mapItem:") + key);
    }
};

QList<DeviceMapEntry> threeParts()
{
    DeviceMapEntry camera
            = entry(QStringLiteral("camera"), HostPart::Camera, QStringLiteral("Camera"));
    DeviceMapEntry usb
            = entry(QStringLiteral("usb"), HostPart::UsbPorts, QStringLiteral("USB ports"));
    usb.available = false;
    usb.detail = QStringLiteral("none found");
    DeviceMapEntry network
            = entry(QStringLiteral("network"), HostPart::Network, QStringLiteral("Network"));
    network.exposed = true;
    network.risk = Risk::Medium;
    network.detail = QStringLiteral("NAT");
    return {camera, usb, network};
}

} // namespace

void TestDeviceMapButton::shouldHaveDefaultValue()
{
    Shown shown(threeParts());
    DeviceMapButton *camera = shown.button(QStringLiteral("camera"));
    QVERIFY(camera);
    QCOMPARE(shown.map.button(QStringLiteral("camera")), camera);
    QCOMPARE(camera->entry(), threeParts().at(0));
    QVERIFY(!camera->isCheckable());
    QVERIFY(!camera->isHovered());
    QCOMPARE(camera->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(camera->toolTip(), QStringLiteral("Camera"));
    QCOMPARE(shown.button(QStringLiteral("usb"))->focusPolicy(), Qt::NoFocus);
    QVERIFY(camera->sizeHint().height() > camera->fontMetrics().height());
}

void TestDeviceMapButton::namedWithItsDetail_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("accessibleName");
    QTest::newRow("no detail") << QStringLiteral("camera") << QStringLiteral("Camera");
    QTest::newRow("detail") << QStringLiteral("network") << QStringLiteral("Network, NAT");
    QTest::newRow("nothing to switch")
            << QStringLiteral("usb") << QStringLiteral("USB ports, none found");
}

void TestDeviceMapButton::namedWithItsDetail()
{
    QFETCH(QString, key);
    QFETCH(QString, accessibleName);
    Shown shown(threeParts());
    QCOMPARE(shown.button(key)->accessibleName(), accessibleName);
}

void TestDeviceMapButton::stateInWords_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("state");
    QTest::newRow("cut off") << QStringLiteral("camera")
                             << QStringLiteral("Cut off from the VM. Lets the VM do things.");
    QTest::newRow("connected")
            << QStringLiteral("network")
            << QStringLiteral("Connected to the VM: Medium risk. Lets the VM do things.");
    QTest::newRow("nothing to switch")
            << QStringLiteral("usb")
            << QStringLiteral("Nothing to switch here. Lets the VM do things.");
}

void TestDeviceMapButton::stateInWords()
{
    QFETCH(QString, key);
    QFETCH(QString, state);
    Shown shown(threeParts());
    DeviceMapButton *button = shown.button(key);
    QCOMPARE(button->stateText(), state);
    QCOMPARE(button->accessibleDescription(), state);
}

void TestDeviceMapButton::clickOnlyAsks_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("asks");
    QTest::newRow("cut off") << QStringLiteral("camera") << true;
    QTest::newRow("connected") << QStringLiteral("network") << true;
    QTest::newRow("nothing to switch") << QStringLiteral("usb") << false;
}

void TestDeviceMapButton::clickOnlyAsks()
{
    QFETCH(QString, key);
    QFETCH(bool, asks);
    Shown shown(threeParts());
    QSignalSpy requested(&shown.map, &DeviceMap::toggleRequested);
    DeviceMapButton *button = shown.button(key);
    const DeviceMapEntry before = button->entry();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), asks ? 1 : 0);
    if (asks)
        QCOMPARE(requested.at(0).at(0).toString(), key);
    // The page decides; until it does, the button shows what it showed.
    QCOMPARE(button->entry(), before);

    // A new entry for the same key keeps the same button.
    DeviceMapEntry switched = before;
    switched.exposed = !before.exposed;
    button->setEntry(switched);
    QCOMPARE(button->entry(), switched);
    QCOMPARE(shown.button(key), button);
}

void TestDeviceMapButton::arrowKeysSkipWhatCannotBeSwitched()
{
    Shown shown(threeParts());
    QVERIFY(QTest::qWaitForWindowActive(&shown.map));
    QSignalSpy requested(&shown.map, &DeviceMap::toggleRequested);
    QSignalSpy highlighted(&shown.map, &DeviceMap::highlightedKeyChanged);
    DeviceMapButton *camera = shown.button(QStringLiteral("camera"));
    DeviceMapButton *network = shown.button(QStringLiteral("network"));
    camera->setFocus();
    QCOMPARE(shown.map.highlightedKey(), QStringLiteral("camera"));
    QTest::keyClick(camera, Qt::Key_Down);
    QVERIFY(network->hasFocus());
    QCOMPARE(shown.map.highlightedKey(), QStringLiteral("network"));
    QCOMPARE(highlighted.constLast().at(0).toString(), QStringLiteral("network"));
    // The last part: Right, like Down, goes nowhere further.
    QTest::keyClick(network, Qt::Key_Right);
    QVERIFY(network->hasFocus());
    QTest::keyClick(network, Qt::Key_Up);
    QVERIFY(camera->hasFocus());
    QTest::keyClick(camera, Qt::Key_Enter);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("camera"));
}

void TestDeviceMapButton::screenReadersGetACheckBox()
{
    Shown shown(threeParts());
    QSignalSpy requested(&shown.map, &DeviceMap::toggleRequested);
    QAccessibleInterface *network
            = QAccessible::queryAccessibleInterface(shown.button(QStringLiteral("network")));
    QVERIFY(network);
    QCOMPARE(network->role(), QAccessible::CheckBox);
    QVERIFY(network->state().checkable);
    QVERIFY(network->state().checked);
    QVERIFY(!network->state().readOnly);
    QCOMPARE(network->text(QAccessible::Name), QStringLiteral("Network, NAT"));
    QVERIFY(network->text(QAccessible::Description).startsWith(QStringLiteral("Connected")));
    QAccessibleActionInterface *actions = network->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::toggleAction()));
    actions->doAction(QAccessibleActionInterface::toggleAction());
    QCOMPARE(requested.size(), 1);

    QAccessibleInterface *usb
            = QAccessible::queryAccessibleInterface(shown.button(QStringLiteral("usb")));
    QVERIFY(!usb->state().checked);
    QVERIFY(usb->state().readOnly);
    QVERIFY(!usb->actionInterface()->actionNames().contains(
            QAccessibleActionInterface::toggleAction()));
}

QTEST_MAIN(TestDeviceMapButton)
#include "tst_devicemapbutton.moc"
