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
    void clickSelects_data();
    void clickSelects();
    void mapIsOneTabStop();
    void arrowKeysWalkEveryPart();
    void screenReadersGetAListItem();
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
    QVERIFY(!camera->isSelected());
    QCOMPARE(shown.map.selectedKey(), QString());
    // The first part is the map's Tab stop while none is selected.
    QCOMPARE(camera->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(camera->toolTip(), QStringLiteral("Camera"));
    QCOMPARE(shown.button(QStringLiteral("usb"))->focusPolicy(), Qt::ClickFocus);
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

void TestDeviceMapButton::clickSelects_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("cut off") << QStringLiteral("camera");
    QTest::newRow("connected") << QStringLiteral("network");
    // Nothing to switch, but there is something to read.
    QTest::newRow("nothing to switch") << QStringLiteral("usb");
}

void TestDeviceMapButton::clickSelects()
{
    QFETCH(QString, key);
    Shown shown(threeParts());
    QSignalSpy selected(&shown.map, &DeviceMap::selectedKeyChanged);
    DeviceMapButton *button = shown.button(key);
    const DeviceMapEntry before = button->entry();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), key);
    QCOMPARE(shown.map.selectedKey(), key);
    QVERIFY(button->isSelected());
    // Selecting switches nothing: the button shows what it showed.
    QCOMPARE(button->entry(), before);
    // Selected again: no news.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(selected.size(), 1);

    // A new entry for the same key keeps the same button, and the selection.
    DeviceMapEntry switched = before;
    switched.exposed = !before.exposed;
    button->setEntry(switched);
    shown.map.setEntries(threeParts());
    QCOMPARE(shown.button(key), button);
    QVERIFY(button->isSelected());

    // Cleared by the page: nothing is selected, nothing announced.
    shown.map.setSelectedKey(QString());
    QVERIFY(!button->isSelected());
    QCOMPARE(selected.size(), 1);
}

void TestDeviceMapButton::mapIsOneTabStop()
{
    Shown shown(threeParts());
    DeviceMapButton *camera = shown.button(QStringLiteral("camera"));
    DeviceMapButton *usb = shown.button(QStringLiteral("usb"));
    DeviceMapButton *network = shown.button(QStringLiteral("network"));
    // The selected part, else the last one selected, else the first.
    shown.map.setSelectedKey(QStringLiteral("network"));
    QCOMPARE(network->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(camera->focusPolicy(), Qt::ClickFocus);
    QCOMPARE(usb->focusPolicy(), Qt::ClickFocus);
    shown.map.setSelectedKey(QString());
    QCOMPARE(network->focusPolicy(), Qt::StrongFocus);
    // The focus chain follows the drawing, top to bottom.
    QCOMPARE(camera->nextInFocusChain(), usb);
    QCOMPARE(usb->nextInFocusChain(), network);
}

void TestDeviceMapButton::arrowKeysWalkEveryPart()
{
    Shown shown(threeParts());
    QVERIFY(QTest::qWaitForWindowActive(&shown.map));
    QSignalSpy selected(&shown.map, &DeviceMap::selectedKeyChanged);
    DeviceMapButton *camera = shown.button(QStringLiteral("camera"));
    DeviceMapButton *usb = shown.button(QStringLiteral("usb"));
    DeviceMapButton *network = shown.button(QStringLiteral("network"));
    camera->setFocus();
    QCOMPARE(shown.map.selectedKey(), QStringLiteral("camera"));
    QTest::keyClick(camera, Qt::Key_Down);
    QVERIFY(usb->hasFocus());
    QCOMPARE(shown.map.selectedKey(), QStringLiteral("usb"));
    QTest::keyClick(usb, Qt::Key_Right);
    QVERIFY(network->hasFocus());
    QCOMPARE(selected.constLast().at(0).toString(), QStringLiteral("network"));
    QCOMPARE(network->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(camera->focusPolicy(), Qt::ClickFocus);
    // The last part: Down goes nowhere further.
    QTest::keyClick(network, Qt::Key_Down);
    QVERIFY(network->hasFocus());
    QTest::keyClick(network, Qt::Key_Up);
    QTest::keyClick(usb, Qt::Key_Left);
    QVERIFY(camera->hasFocus());
    // Enter and Space select; the entry is untouched.
    const DeviceMapEntry before = camera->entry();
    QTest::keyClick(camera, Qt::Key_Enter);
    QTest::keyClick(camera, Qt::Key_Space);
    QCOMPARE(shown.map.selectedKey(), QStringLiteral("camera"));
    QCOMPARE(camera->entry(), before);
}

void TestDeviceMapButton::screenReadersGetAListItem()
{
    Shown shown(threeParts());
    QSignalSpy selected(&shown.map, &DeviceMap::selectedKeyChanged);
    QCOMPARE(QAccessible::queryAccessibleInterface(&shown.map)->role(), QAccessible::List);
    QAccessibleInterface *network
            = QAccessible::queryAccessibleInterface(shown.button(QStringLiteral("network")));
    QVERIFY(network);
    QCOMPARE(network->role(), QAccessible::ListItem);
    QVERIFY(network->state().selectable);
    QVERIFY(!network->state().selected);
    QCOMPARE(network->text(QAccessible::Name), QStringLiteral("Network, NAT"));
    QVERIFY(network->text(QAccessible::Description).startsWith(QStringLiteral("Connected")));
    QAccessibleActionInterface *actions = network->actionInterface();
    QVERIFY(actions);
    QVERIFY(!actions->actionNames().contains(QAccessibleActionInterface::toggleAction()));
    actions->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(selected.size(), 1);
    QVERIFY(network->state().selected);

    QAccessibleInterface *usb
            = QAccessible::queryAccessibleInterface(shown.button(QStringLiteral("usb")));
    QVERIFY(usb->text(QAccessible::Description).startsWith(QStringLiteral("Nothing to switch")));
}

QTEST_MAIN(TestDeviceMapButton)
#include "tst_devicemapbutton.moc"
