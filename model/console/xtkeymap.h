// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <Qt>

namespace Airlock {

// PC XT (set 1) scancodes, the keys SPICE's inputs channel carries. A key
// with an 0xe0 prefix is written without it, ORed with 0x100, as
// spice_inputs_channel_key_press documents.
namespace Xt {
inline constexpr int extended = 0x100;
inline constexpr int escape = 0x01;
inline constexpr int backspace = 0x0e;
inline constexpr int tab = 0x0f;
inline constexpr int enter = 0x1c;
inline constexpr int leftControl = 0x1d;
inline constexpr int leftShift = 0x2a;
inline constexpr int leftAlt = 0x38;
inline constexpr int space = 0x39;
inline constexpr int f1 = 0x3b; // F1…F10 follow one another
inline constexpr int f11 = 0x57;
inline constexpr int f12 = 0x58;
inline constexpr int rightControl = extended | 0x1d;
inline constexpr int rightAlt = extended | 0x38;
inline constexpr int printScreen = extended | 0x37;
inline constexpr int up = extended | 0x48;
inline constexpr int down = extended | 0x50;
inline constexpr int deleteKey = extended | 0x53;
} // namespace Xt

// From the keys a desktop reports to the scancodes a PC keyboard sends.
class XtKeymap
{
public:
    // Linux input event codes (linux/input-event-codes.h), what X11 and
    // Wayland keycodes are less 8. 0 when the key has no XT scancode.
    static int fromEvdev(int evdevCode);
    // From a native scan code as Qt reports it on xcb and Wayland
    // (an XKB keycode: evdev + 8). 0 when unknown.
    static int fromXkbKeycode(quint32 keycode);
    // The fallback where the platform gives no scan code (offscreen, some
    // input methods): the key at that place on a US keyboard. `keypad`
    // tells the keypad's Enter, digits and operators apart. 0 when unknown.
    static int fromQtKey(int key, bool keypad = false);

    // The function key F`number` (1–12), 0 outside that range.
    static int functionKey(int number);
    // A combination pressed in order and released in reverse (Ctrl+Alt+Del).
    static QList<int> ctrlAlt(int scancode) { return {Xt::leftControl, Xt::leftAlt, scancode}; }
};

} // namespace Airlock
