// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

#include <optional>

namespace Airlock {

// A spin box whose value is mebibytes and whose text reads in gibibytes
// ("4 GiB", "1.75 GiB"). Values off the quarter-GiB grid show in MiB
// ("4000 MiB") so that a value from a spec file survives untouched, even
// when the user only tabs through.
class MemorySpinBox : public QSpinBox
{
    Q_OBJECT
public:
    static constexpr int stepMiB = 256;

    explicit MemorySpinBox(QWidget *parent = nullptr);

    void stepBy(int steps) override;

    // "4", "4 GiB", "1,5 GiB" (in a German locale), "4000 MiB" → MiB.
    static std::optional<qint64> parse(const QString &text, const QLocale &locale);
    static QString format(qint64 mebibytes, const QLocale &locale);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &position) const override;
};

} // namespace Airlock
