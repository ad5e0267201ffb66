// SPDX-License-Identifier: GPL-3.0-or-later
#include "xtkeymap.h"

#include <QHash>

#include <array>
#include <utility>

namespace Airlock {

namespace {

// Evdev codes past the range where they equal the XT scancode (1–83, 86–88).
constexpr std::array<std::pair<int, int>, 36> s_evdevBeyondXt {{
        {85, 0x76}, // KEY_ZENKAKUHANKAKU
        {89, 0x73}, // KEY_RO
        {90, 0x78}, // KEY_KATAKANA
        {91, 0x77}, // KEY_HIRAGANA
        {92, 0x79}, // KEY_HENKAN
        {93, 0x70}, // KEY_KATAKANAHIRAGANA
        {94, 0x7b}, // KEY_MUHENKAN
        {96, Xt::extended | 0x1c}, // KEY_KPENTER
        {97, Xt::rightControl},
        {98, Xt::extended | 0x35}, // KEY_KPSLASH
        {99, Xt::printScreen}, // KEY_SYSRQ
        {100, Xt::rightAlt},
        {102, Xt::extended | 0x47}, // KEY_HOME
        {103, Xt::up},
        {104, Xt::extended | 0x49}, // KEY_PAGEUP
        {105, Xt::extended | 0x4b}, // KEY_LEFT
        {106, Xt::extended | 0x4d}, // KEY_RIGHT
        {107, Xt::extended | 0x4f}, // KEY_END
        {108, Xt::down},
        {109, Xt::extended | 0x51}, // KEY_PAGEDOWN
        {110, Xt::extended | 0x52}, // KEY_INSERT
        {111, Xt::deleteKey},
        {113, Xt::extended | 0x20}, // KEY_MUTE
        {114, Xt::extended | 0x2e}, // KEY_VOLUMEDOWN
        {115, Xt::extended | 0x30}, // KEY_VOLUMEUP
        {116, Xt::extended | 0x5e}, // KEY_POWER
        {117, 0x59}, // KEY_KPEQUAL
        {119, Xt::extended | 0x46}, // KEY_PAUSE, as QEMU's keymaps write it
        {121, 0x7e}, // KEY_KPCOMMA
        {122, 0x72}, // KEY_HANGEUL
        {123, 0x71}, // KEY_HANJA
        {124, 0x7d}, // KEY_YEN
        {125, Xt::extended | 0x5b}, // KEY_LEFTMETA
        {126, Xt::extended | 0x5c}, // KEY_RIGHTMETA
        {127, Xt::extended | 0x5d}, // KEY_COMPOSE (the menu key)
        {142, Xt::extended | 0x5f}, // KEY_SLEEP
}};

// Qt keys by their place on a US keyboard, for platforms without scan codes.
const QHash<int, int> &qtKeyTable()
{
    static const QHash<int, int> table = [] {
        QHash<int, int> keys {
                {Qt::Key_Escape, Xt::escape},
                {Qt::Key_Tab, Xt::tab},
                {Qt::Key_Backtab, Xt::tab},
                {Qt::Key_Backspace, Xt::backspace},
                {Qt::Key_Return, Xt::enter},
                {Qt::Key_Space, Xt::space},
                {Qt::Key_Minus, 0x0c},
                {Qt::Key_Underscore, 0x0c},
                {Qt::Key_Equal, 0x0d},
                {Qt::Key_Plus, 0x0d},
                {Qt::Key_BracketLeft, 0x1a},
                {Qt::Key_BraceLeft, 0x1a},
                {Qt::Key_BracketRight, 0x1b},
                {Qt::Key_BraceRight, 0x1b},
                {Qt::Key_Semicolon, 0x27},
                {Qt::Key_Colon, 0x27},
                {Qt::Key_Apostrophe, 0x28},
                {Qt::Key_QuoteDbl, 0x28},
                {Qt::Key_QuoteLeft, 0x29},
                {Qt::Key_AsciiTilde, 0x29},
                {Qt::Key_Backslash, 0x2b},
                {Qt::Key_Bar, 0x2b},
                {Qt::Key_Comma, 0x33},
                {Qt::Key_Less, 0x33},
                {Qt::Key_Period, 0x34},
                {Qt::Key_Greater, 0x34},
                {Qt::Key_Slash, 0x35},
                {Qt::Key_Question, 0x35},
                {Qt::Key_Shift, Xt::leftShift},
                {Qt::Key_Control, Xt::leftControl},
                {Qt::Key_Alt, Xt::leftAlt},
                {Qt::Key_AltGr, Xt::rightAlt},
                {Qt::Key_Meta, Xt::extended | 0x5b},
                {Qt::Key_Menu, Xt::extended | 0x5d},
                {Qt::Key_CapsLock, 0x3a},
                {Qt::Key_NumLock, 0x45},
                {Qt::Key_ScrollLock, 0x46},
                {Qt::Key_Print, Xt::printScreen},
                {Qt::Key_Pause, Xt::extended | 0x46},
                {Qt::Key_Insert, Xt::extended | 0x52},
                {Qt::Key_Delete, Xt::deleteKey},
                {Qt::Key_Home, Xt::extended | 0x47},
                {Qt::Key_End, Xt::extended | 0x4f},
                {Qt::Key_PageUp, Xt::extended | 0x49},
                {Qt::Key_PageDown, Xt::extended | 0x51},
                {Qt::Key_Up, Xt::up},
                {Qt::Key_Down, Xt::down},
                {Qt::Key_Left, Xt::extended | 0x4b},
                {Qt::Key_Right, Xt::extended | 0x4d},
        };
        // The shifted digits share their digit's key.
        const int shiftedDigits[]
                = {Qt::Key_ParenRight, Qt::Key_Exclam,   Qt::Key_At,          Qt::Key_NumberSign,
                   Qt::Key_Dollar,     Qt::Key_Percent,  Qt::Key_AsciiCircum, Qt::Key_Ampersand,
                   Qt::Key_Asterisk,   Qt::Key_ParenLeft};
        for (int digit = 0; digit <= 9; ++digit) {
            const int scancode = digit == 0 ? 0x0b : 0x01 + digit;
            keys.insert(Qt::Key_0 + digit, scancode);
            keys.insert(shiftedDigits[digit], scancode);
        }
        const char rows[] = "qwertyuiop\0asdfghjkl\0zxcvbnm";
        const int rowStarts[] = {0x10, 0x1e, 0x2c};
        int row = 0;
        int column = 0;
        for (const char letter : rows) {
            if (letter == '\0') {
                ++row;
                column = 0;
                continue;
            }
            keys.insert(Qt::Key_A + (letter - 'a'), rowStarts[row] + column++);
        }
        return keys;
    }();
    return table;
}

int fromKeypad(int key)
{
    static const QHash<int, int> keypad {
            {Qt::Key_7, 0x47},
            {Qt::Key_8, 0x48},
            {Qt::Key_9, 0x49},
            {Qt::Key_4, 0x4b},
            {Qt::Key_5, 0x4c},
            {Qt::Key_6, 0x4d},
            {Qt::Key_1, 0x4f},
            {Qt::Key_2, 0x50},
            {Qt::Key_3, 0x51},
            {Qt::Key_0, 0x52},
            {Qt::Key_Period, 0x53},
            {Qt::Key_Comma, 0x53},
            {Qt::Key_Minus, 0x4a},
            {Qt::Key_Plus, 0x4e},
            {Qt::Key_Asterisk, 0x37},
            {Qt::Key_Slash, Xt::extended | 0x35},
            {Qt::Key_Enter, Xt::extended | 0x1c},
            {Qt::Key_Return, Xt::extended | 0x1c},
            {Qt::Key_Equal, 0x59},
    };
    return keypad.value(key, 0);
}

} // namespace

int XtKeymap::fromEvdev(int evdevCode)
{
    if ((evdevCode >= 1 && evdevCode <= 83) || (evdevCode >= 86 && evdevCode <= 88))
        return evdevCode;
    for (const auto &[evdev, xt] : s_evdevBeyondXt) {
        if (evdev == evdevCode)
            return xt;
    }
    return 0;
}

int XtKeymap::fromXkbKeycode(quint32 keycode)
{
    return keycode > 8 ? fromEvdev(int(keycode - 8)) : 0;
}

int XtKeymap::fromQtKey(int key, bool keypad)
{
    if (keypad) {
        if (const int scancode = fromKeypad(key))
            return scancode;
    }
    if (key == Qt::Key_Enter)
        return Xt::extended | 0x1c;
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12)
        return functionKey(key - Qt::Key_F1 + 1);
    if (key >= 'a' && key <= 'z')
        key -= 'a' - 'A'; // Qt's keys are upper-case; accept a character too
    return qtKeyTable().value(key, 0);
}

int XtKeymap::functionKey(int number)
{
    if (number >= 1 && number <= 10)
        return Xt::f1 + number - 1;
    if (number == 11)
        return Xt::f11;
    if (number == 12)
        return Xt::f12;
    return 0;
}

} // namespace Airlock
