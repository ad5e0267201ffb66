// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/xtkeymap.h"

#include <QTest>

using namespace Airlock;

// From what desktops report (evdev codes, XKB keycodes, Qt keys) to the PC XT
// scancodes SPICE carries, extended keys as 0x100 | code.
class TestXtKeymap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsEvdevCodes_data();
    void mapsEvdevCodes();
    void xkbKeycodesAreEvdevPlusEight();
    void mapsQtKeysWhereThereIsNoScanCode_data();
    void mapsQtKeysWhereThereIsNoScanCode();
    void bothTablesAgree();
    void functionKeysAndCombinations();
};

void TestXtKeymap::mapsEvdevCodes_data()
{
    QTest::addColumn<int>("evdev");
    QTest::addColumn<int>("xt");
    // linux/input-event-codes.h on the left; the PC's set 1 on the right.
    QTest::newRow("Esc") << 1 << 0x01;
    QTest::newRow("1") << 2 << 0x02;
    QTest::newRow("Backspace") << 14 << 0x0e;
    QTest::newRow("Q") << 16 << 0x10;
    QTest::newRow("Enter") << 28 << 0x1c;
    QTest::newRow("left Ctrl") << 29 << 0x1d;
    QTest::newRow("A") << 30 << 0x1e;
    QTest::newRow("left Shift") << 42 << 0x2a;
    QTest::newRow("left Alt") << 56 << 0x38;
    QTest::newRow("Space") << 57 << 0x39;
    QTest::newRow("F1") << 59 << 0x3b;
    QTest::newRow("F10") << 68 << 0x44;
    QTest::newRow("keypad 7") << 71 << 0x47;
    QTest::newRow("keypad .") << 83 << 0x53;
    QTest::newRow("102nd key") << 86 << 0x56;
    QTest::newRow("F11") << 87 << 0x57;
    QTest::newRow("F12") << 88 << 0x58;
    QTest::newRow("keypad Enter (e0 1c)") << 96 << 0x11c;
    QTest::newRow("right Ctrl (e0 1d)") << 97 << 0x11d;
    QTest::newRow("keypad / (e0 35)") << 98 << 0x135;
    QTest::newRow("Print Screen (e0 37)") << 99 << 0x137;
    QTest::newRow("right Alt (e0 38)") << 100 << 0x138;
    QTest::newRow("Home (e0 47)") << 102 << 0x147;
    QTest::newRow("Up (e0 48)") << 103 << 0x148;
    QTest::newRow("Left (e0 4b)") << 105 << 0x14b;
    QTest::newRow("Down (e0 50)") << 108 << 0x150;
    QTest::newRow("Delete (e0 53)") << 111 << 0x153;
    QTest::newRow("left Meta (e0 5b)") << 125 << 0x15b;
    QTest::newRow("Menu (e0 5d)") << 127 << 0x15d;
    QTest::newRow("unused 84") << 84 << 0;
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("a mouse button") << 0x110 << 0;
}

void TestXtKeymap::mapsEvdevCodes()
{
    QFETCH(int, evdev);
    QFETCH(int, xt);
    QCOMPARE(XtKeymap::fromEvdev(evdev), xt);
}

void TestXtKeymap::xkbKeycodesAreEvdevPlusEight()
{
    // X11's keycode 9 is Escape, 119 Delete, 105 right Ctrl (xev says so).
    QCOMPARE(XtKeymap::fromXkbKeycode(9), Xt::escape);
    QCOMPARE(XtKeymap::fromXkbKeycode(119), Xt::deleteKey);
    QCOMPARE(XtKeymap::fromXkbKeycode(105), Xt::rightControl);
    // 0 is what offscreen and some input methods report: no scan code.
    QCOMPARE(XtKeymap::fromXkbKeycode(0), 0);
    QCOMPARE(XtKeymap::fromXkbKeycode(8), 0);
}

void TestXtKeymap::mapsQtKeysWhereThereIsNoScanCode_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("keypad");
    QTest::addColumn<int>("xt");
    QTest::newRow("Escape") << int(Qt::Key_Escape) << false << 0x01;
    QTest::newRow("A") << int(Qt::Key_A) << false << 0x1e;
    QTest::newRow("a as a character") << int('a') << false << 0x1e;
    QTest::newRow("Z") << int(Qt::Key_Z) << false << 0x2c;
    QTest::newRow("P") << int(Qt::Key_P) << false << 0x19;
    QTest::newRow("L") << int(Qt::Key_L) << false << 0x26;
    QTest::newRow("M") << int(Qt::Key_M) << false << 0x32;
    QTest::newRow("1") << int(Qt::Key_1) << false << 0x02;
    QTest::newRow("0") << int(Qt::Key_0) << false << 0x0b;
    QTest::newRow("! is on 1") << int(Qt::Key_Exclam) << false << 0x02;
    QTest::newRow(") is on 0") << int(Qt::Key_ParenRight) << false << 0x0b;
    QTest::newRow("F1") << int(Qt::Key_F1) << false << 0x3b;
    QTest::newRow("F12") << int(Qt::Key_F12) << false << 0x58;
    QTest::newRow("Return") << int(Qt::Key_Return) << false << 0x1c;
    QTest::newRow("Enter (keypad)") << int(Qt::Key_Enter) << true << 0x11c;
    QTest::newRow("keypad 7") << int(Qt::Key_7) << true << 0x47;
    QTest::newRow("keypad 0") << int(Qt::Key_0) << true << 0x52;
    QTest::newRow("keypad /") << int(Qt::Key_Slash) << true << 0x135;
    QTest::newRow("/") << int(Qt::Key_Slash) << false << 0x35;
    QTest::newRow("Delete") << int(Qt::Key_Delete) << false << 0x153;
    QTest::newRow("Up") << int(Qt::Key_Up) << false << 0x148;
    QTest::newRow("Control") << int(Qt::Key_Control) << false << 0x1d;
    QTest::newRow("Alt") << int(Qt::Key_Alt) << false << 0x38;
    QTest::newRow("Print") << int(Qt::Key_Print) << false << 0x137;
    QTest::newRow("not a PC key") << int(Qt::Key_LaunchMail) << false << 0;
}

void TestXtKeymap::mapsQtKeysWhereThereIsNoScanCode()
{
    QFETCH(int, key);
    QFETCH(bool, keypad);
    QFETCH(int, xt);
    QCOMPARE(XtKeymap::fromQtKey(key, keypad), xt);
}

void TestXtKeymap::bothTablesAgree()
{
    // The same key reached by its Qt key and by its evdev code.
    const QList<std::pair<int, int>> pairs {
            {Qt::Key_Escape, 1},     {Qt::Key_Tab, 15},     {Qt::Key_Q, 16},
            {Qt::Key_BracketRight, 27}, {Qt::Key_Semicolon, 39}, {Qt::Key_QuoteLeft, 41},
            {Qt::Key_Backslash, 43}, {Qt::Key_Slash, 53},   {Qt::Key_CapsLock, 58},
            {Qt::Key_Home, 102},     {Qt::Key_PageDown, 109}, {Qt::Key_Insert, 110},
            {Qt::Key_Right, 106},    {Qt::Key_Meta, 125},
    };
    for (const auto &[key, evdev] : pairs)
        QCOMPARE(XtKeymap::fromQtKey(key), XtKeymap::fromEvdev(evdev));
}

void TestXtKeymap::functionKeysAndCombinations()
{
    for (int number = 1; number <= 12; ++number)
        QCOMPARE(XtKeymap::functionKey(number), XtKeymap::fromEvdev(number <= 10 ? 58 + number
                                                                                 : 76 + number));
    QCOMPARE(XtKeymap::functionKey(0), 0);
    QCOMPARE(XtKeymap::functionKey(13), 0);
    QCOMPARE(XtKeymap::ctrlAlt(Xt::deleteKey), (QList<int> {0x1d, 0x38, 0x153}));
}

QTEST_GUILESS_MAIN(TestXtKeymap)
#include "tst_xtkeymap.moc"
