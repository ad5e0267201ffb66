// SPDX-License-Identifier: GPL-3.0-or-later
#include "keytyping.h"

#include <array>

namespace Airlock {

namespace {

// The US layout's rows, set-1 scancodes: each key's character unshifted and
// shifted. Letters are apart (their shifted form is the capital).
struct Key
{
    char plain;
    char shifted;
    int scancode;
};

constexpr std::array s_keys {
        Key {'1', '!', 0x02}, Key {'2', '@', 0x03},  Key {'3', '#', 0x04}, Key {'4', '$', 0x05},
        Key {'5', '%', 0x06}, Key {'6', '^', 0x07},  Key {'7', '&', 0x08}, Key {'8', '*', 0x09},
        Key {'9', '(', 0x0a}, Key {'0', ')', 0x0b},  Key {'-', '_', 0x0c}, Key {'=', '+', 0x0d},
        Key {'[', '{', 0x1a}, Key {']', '}', 0x1b},  Key {';', ':', 0x27}, Key {'\'', '"', 0x28},
        Key {'`', '~', 0x29}, Key {'\\', '|', 0x2b}, Key {',', '<', 0x33}, Key {'.', '>', 0x34},
        Key {'/', '?', 0x35}, Key {' ', ' ', 0x39},
};

// a..z in order of the alphabet.
constexpr std::array<int, 26> s_letters {0x1e, 0x30, 0x2e, 0x20, 0x12, 0x21, 0x22, 0x23, 0x17,
                                         0x24, 0x25, 0x26, 0x32, 0x31, 0x18, 0x19, 0x10, 0x13,
                                         0x1f, 0x14, 0x16, 0x2f, 0x11, 0x2d, 0x15, 0x2c};

char32_t codePointAt(const QString &text, qsizetype index)
{
    const QChar c = text.at(index);
    if (c.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(index + 1));
    return c.unicode();
}

} // namespace

std::optional<KeyStroke> KeyTyping::stroke(QChar character)
{
    const char16_t c = character.unicode();
    if (c == u'\n')
        return KeyStroke {enter, false};
    if (c == u'\t')
        return KeyStroke {tab, false};
    if (c >= u'a' && c <= u'z')
        return KeyStroke {s_letters[c - u'a'], false};
    if (c >= u'A' && c <= u'Z')
        return KeyStroke {s_letters[c - u'A'], true};
    for (const Key &key : s_keys) {
        if (c == char16_t(key.plain))
            return KeyStroke {key.scancode, false};
        if (c == char16_t(key.shifted))
            return KeyStroke {key.scancode, true};
    }
    return std::nullopt;
}

std::expected<QList<KeyStroke>, QString> KeyTyping::strokes(const QString &text)
{
    QList<KeyStroke> result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const std::optional<KeyStroke> key = stroke(text.at(i));
        if (!key) {
            const char32_t codePoint = codePointAt(text, i);
            const bool printable = QChar::isPrint(codePoint);
            //: %1 the character in quotation marks (or nothing when it cannot
            //: be shown), %2 its Unicode number ("U+00E9"), %3 its position
            return std::unexpected(
                    tr("%1%2 at character %3 has no key on a US keyboard, so Airlock cannot "
                       "type it into the VM.")
                            .arg(printable ? tr("“%1” ").arg(QString::fromUcs4(&codePoint, 1))
                                           : QString(),
                                 QStringLiteral("U+%1")
                                         .arg(uint(codePoint), 4, 16, QLatin1Char('0'))
                                         .toUpper())
                            .arg(i + 1));
        }
        result.append(*key);
    }
    return result;
}

} // namespace Airlock
