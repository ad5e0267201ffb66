// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryspinbox.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Airlock {

MemorySpinBox::MemorySpinBox(QWidget *parent) : QSpinBox(parent)
{
    setSingleStep(stepMiB);
    setAccelerated(true);
}

void MemorySpinBox::stepBy(int steps)
{
    // Land on the quarter-GiB grid from wherever the value started.
    const int current = value();
    const int base = steps > 0 ? current / stepMiB : (current + stepMiB - 1) / stepMiB;
    setValue(std::clamp((base + steps) * stepMiB, minimum(), maximum()));
}

QString MemorySpinBox::format(qint64 mebibytes, const QLocale &shownLocale)
{
    // Like QSpinBox itself: no thousands separators inside the box.
    QLocale locale = shownLocale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    if (mebibytes % stepMiB != 0 || mebibytes < 1024) {
        //: An amount of memory in mebibytes.
        return tr("%1 MiB").arg(locale.toString(mebibytes));
    }
    const int decimals = mebibytes % 1024 == 0 ? 0 : (mebibytes % 512 == 0 ? 1 : 2);
    //: An amount of memory in gibibytes.
    return tr("%1 GiB").arg(locale.toString(double(mebibytes) / 1024.0, 'f', decimals));
}

std::optional<qint64> MemorySpinBox::parse(const QString &text, const QLocale &locale)
{
    static const QRegularExpression pattern(
            QStringLiteral("^\\s*([0-9][0-9.,\\x{a0}\\x{202f} ]*?)\\s*(\\p{L}*)\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    double number = locale.toDouble(match.captured(1), &ok);
    if (!ok)
        number = QLocale::c().toDouble(match.captured(1), &ok);
    if (!ok || number < 0)
        return std::nullopt;
    // Units start with M or G in every language Airlock speaks (MiB, Mio, GiB, Gio);
    // a bare number is in GiB, the unit the box shows.
    const QString unit = match.captured(2).toLower();
    double mebibytes = 0;
    if (unit.isEmpty() || unit.startsWith(QLatin1Char('g')))
        mebibytes = number * 1024.0;
    else if (unit.startsWith(QLatin1Char('m')))
        mebibytes = number;
    else if (unit.startsWith(QLatin1Char('t')))
        mebibytes = number * 1024.0 * 1024.0;
    else
        return std::nullopt;
    if (mebibytes > double(std::numeric_limits<int>::max()))
        return std::nullopt;
    return qint64(std::llround(mebibytes));
}

QString MemorySpinBox::textFromValue(int value) const
{
    return format(value, locale());
}

int MemorySpinBox::valueFromText(const QString &text) const
{
    return int(parse(text, locale()).value_or(value()));
}

QValidator::State MemorySpinBox::validate(QString &text, int &) const
{
    const auto parsed = parse(text, locale());
    if (parsed && *parsed >= minimum() && *parsed <= maximum())
        return QValidator::Acceptable;
    // Anything half-typed may still become a value; editing is not blocked.
    return QValidator::Intermediate;
}

} // namespace Airlock
