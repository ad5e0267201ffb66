// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryspinbox.h"

#include <QHideEvent>
#include <QKeyEvent>
#include <QShowEvent>
#include <QLineEdit>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Airlock {

namespace {

constexpr qint64 s_tebibyteMiB = 1024 * 1024;

// What a text says as an amount of memory, or why it says none.
struct Reading
{
    enum class Problem { None, Empty, NotANumber, NoUnit, UnknownUnit, TooLarge };

    Problem problem = Problem::NotANumber;
    qint64 mebibytes = 0;
    QString number; // as typed
    QString unit; // as typed
};

Reading read(const QString &text, const QLocale &locale)
{
    static const QRegularExpression pattern(
            QStringLiteral("^\\s*([0-9][0-9.,\\x{a0}\\x{202f} ]*?)\\s*(\\p{L}*)\\s*$"));
    Reading reading;
    if (text.trimmed().isEmpty()) {
        reading.problem = Reading::Problem::Empty;
        return reading;
    }
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return reading;
    reading.number = match.captured(1).trimmed();
    reading.unit = match.captured(2);
    bool ok = false;
    double number = locale.toDouble(reading.number, &ok);
    if (!ok)
        number = QLocale::c().toDouble(reading.number, &ok);
    if (!ok || number < 0)
        return reading;
    // Units start with M, G or T in every language Airlock speaks (MiB, Mio,
    // GiB, Gio, TiB, Tio).
    const QString unit = reading.unit.toLower();
    double mebibytes = 0;
    if (unit.isEmpty()) {
        reading.problem = Reading::Problem::NoUnit;
        return reading;
    }
    if (unit.startsWith(QLatin1Char('m')))
        mebibytes = number;
    else if (unit.startsWith(QLatin1Char('g')))
        mebibytes = number * 1024.0;
    else if (unit.startsWith(QLatin1Char('t')))
        mebibytes = number * double(s_tebibyteMiB);
    else {
        reading.problem = Reading::Problem::UnknownUnit;
        return reading;
    }
    if (mebibytes > double(std::numeric_limits<int>::max())) {
        reading.problem = Reading::Problem::TooLarge;
        return reading;
    }
    reading.problem = Reading::Problem::None;
    reading.mebibytes = qint64(std::llround(mebibytes));
    return reading;
}

} // namespace

MemorySpinBox::MemorySpinBox(QWidget *parent) : QSpinBox(parent)
{
    setSingleStep(stepMiB);
    setAccelerated(true);
    // A fix clears the problem as soon as it reads; a new problem waits
    // until the user is done typing.
    connect(lineEdit(), &QLineEdit::textChanged, this, [this] {
        if (!m_problem.isEmpty() && currentProblem().isEmpty())
            setProblem(QString());
    });
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
    if (mebibytes >= s_tebibyteMiB && mebibytes % (s_tebibyteMiB / 4) == 0) {
        const int decimals = mebibytes % s_tebibyteMiB == 0
                                     ? 0
                                     : (mebibytes % (s_tebibyteMiB / 2) == 0 ? 1 : 2);
        //: An amount of memory in tebibytes.
        return tr("%1 TiB").arg(
                locale.toString(double(mebibytes) / double(s_tebibyteMiB), 'f', decimals));
    }
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
    const Reading reading = read(text, locale);
    if (reading.problem != Reading::Problem::None)
        return std::nullopt;
    return reading.mebibytes;
}

QString MemorySpinBox::problemWith(const QString &text, const QLocale &locale, qint64 minimum,
                                   qint64 maximum)
{
    const Reading reading = read(text, locale);
    switch (reading.problem) {
    case Reading::Problem::None:
        break;
    case Reading::Problem::Empty:
        return tr("Type an amount of memory, for example 4 GiB.");
    case Reading::Problem::NotANumber:
        //: %1 is what the user typed in the memory box
        return tr("“%1” is not an amount of memory. Type one such as 4 GiB or 512 MiB.")
                .arg(text.trimmed());
    case Reading::Problem::NoUnit:
        //: %1 is the number the user typed, with a unit added
        return tr("Add a unit, for example %1.").arg(tr("%1 GiB").arg(reading.number));
    case Reading::Problem::UnknownUnit:
        //: %1 is the unit the user typed, such as "KiB"
        return tr("Airlock does not know the unit “%1”. Use GiB or MiB, for example 4 GiB.")
                .arg(reading.unit);
    case Reading::Problem::TooLarge:
        return tr("%1 is more memory than any computer has.").arg(text.trimmed());
    }
    const QLocale shown = locale;
    if (reading.mebibytes > maximum) {
        return tr("%1 is more than this box takes: at most %2.")
                .arg(format(reading.mebibytes, shown), format(maximum, shown));
    }
    if (reading.mebibytes < minimum) {
        return tr("%1 is less than this box takes: at least %2.")
                .arg(format(reading.mebibytes, shown), format(minimum, shown));
    }
    return {};
}

QString MemorySpinBox::checkText()
{
    const QString problem = currentProblem();
    if (problem.isEmpty())
        interpretText();
    setProblem(problem);
    return problem;
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
    // Anything half-typed may still become a value; editing is not blocked.
    return problemWith(text, locale(), minimum(), maximum()).isEmpty() ? QValidator::Acceptable
                                                                       : QValidator::Intermediate;
}

void MemorySpinBox::focusOutEvent(QFocusEvent *event)
{
    endEditingKeepingText([this, event] { QSpinBox::focusOutEvent(event); });
}

void MemorySpinBox::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        endEditingKeepingText([this, event] { QSpinBox::keyPressEvent(event); });
    else
        QSpinBox::keyPressEvent(event);
}

QString MemorySpinBox::currentProblem() const
{
    return problemWith(text(), locale(), minimum(), maximum());
}

template<typename BaseEvent>
void MemorySpinBox::keepingText(BaseEvent baseEvent)
{
    const QString typed = lineEdit()->text();
    const int cursor = lineEdit()->cursorPosition();
    const bool keep = hasFocus() || !currentProblem().isEmpty();
    baseEvent();
    if (keep && lineEdit()->text() != typed) {
        lineEdit()->setText(typed);
        lineEdit()->setCursorPosition(cursor);
    }
}

template<typename EndEditing>
void MemorySpinBox::endEditingKeepingText(EndEditing endEditing)
{
    const QString problem = currentProblem();
    if (problem.isEmpty()) {
        endEditing();
    } else {
        const QString typed = lineEdit()->text();
        endEditing();
        if (lineEdit()->text() != typed)
            lineEdit()->setText(typed);
    }
    setProblem(problem);
}

void MemorySpinBox::hideEvent(QHideEvent *event)
{
    keepingText([this, event] { QSpinBox::hideEvent(event); });
}

void MemorySpinBox::showEvent(QShowEvent *event)
{
    keepingText([this, event] { QSpinBox::showEvent(event); });
}

void MemorySpinBox::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(m_problem);
}

} // namespace Airlock
