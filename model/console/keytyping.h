// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace Airlock {

// One key to press and release: a PC XT (set 1) scancode, as SPICE's inputs
// channel takes them (an extended key is 0x100 | code), and whether Shift is
// held around it.
struct KeyStroke
{
    int scancode = 0;
    bool shift = false;
    friend bool operator==(const KeyStroke &, const KeyStroke &) = default;
};

// Text as keys on a US keyboard, the NixOS installer's default layout: what
// Airlock types into the guest through the console (the hardening command),
// so that nothing but the keyboard reaches the VM.
class KeyTyping
{
    Q_DECLARE_TR_FUNCTIONS(KeyTyping)
public:
    static constexpr int leftShift = 0x2a;
    static constexpr int enter = 0x1c;
    static constexpr int tab = 0x0f;

    // Letters, digits, punctuation, space, Tab, and Enter for '\n'. A
    // character a US keyboard has no key for is an error that names it and
    // its position (counted from 1).
    static std::expected<QList<KeyStroke>, QString> strokes(const QString &text);
    // The one character's key, if a US keyboard has it.
    static std::optional<KeyStroke> stroke(QChar character);
};

} // namespace Airlock
