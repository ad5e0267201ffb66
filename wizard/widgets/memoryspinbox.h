// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

#include <optional>

namespace Airlock {

// A spin box whose value is mebibytes and whose text reads in gibibytes
// ("4 GiB", "1.75 GiB"). Values off the quarter-GiB grid show in MiB
// ("4000 MiB") so that a value from a spec file survives untouched, even
// when the user only tabs through.
//
// Text that is not an amount ("4" without a unit, "lots") is kept when
// editing ends, not replaced by the last value: the box says what is wrong
// (problem()) until the user fixes it.
class MemorySpinBox : public QSpinBox
{
    Q_OBJECT
public:
    static constexpr int stepMiB = 256;

    explicit MemorySpinBox(QWidget *parent = nullptr);

    void stepBy(int steps) override;

    // "4 GiB", "1,5 GiB" (in a German locale), "4000 MiB", "1 TiB" → MiB.
    // A number without a unit is not an amount: it could mean either.
    static std::optional<qint64> parse(const QString &text, const QLocale &locale);
    static QString format(qint64 mebibytes, const QLocale &locale);
    // What is wrong with `text` in words, with the way to fix it; empty
    // when it is an amount between `minimum` and `maximum` MiB.
    static QString problemWith(const QString &text, const QLocale &locale, qint64 minimum,
                               qint64 maximum);

    // The problem with the text, as shown since editing last ended; empty
    // while the text is an amount.
    QString problem() const { return m_problem; }
    // Ends editing now (as Next does): shows what is wrong with the text,
    // keeping it, and returns the problem.
    QString checkText();

Q_SIGNALS:
    void problemChanged(const QString &problem);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &position) const override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // QWizard hides and shows its pages whenever a page's completeness
    // changes; the base class would put the last value back each time.
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QString currentProblem() const;
    // Runs what of the base class puts the last value back over the text:
    // text that is not an amount, or that the user is typing, is restored.
    template<typename BaseEvent>
    void keepingText(BaseEvent baseEvent);
    // The same at the end of editing, and the text's problem is shown.
    template<typename EndEditing>
    void endEditingKeepingText(EndEditing endEditing);
    void setProblem(const QString &problem);

    QString m_problem;
};

} // namespace Airlock
