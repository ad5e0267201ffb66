// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Airlock {

// The wizard's side column: the six steps, where the user is, what is done.
class StepList : public QWidget
{
    Q_OBJECT
public:
    explicit StepList(const QStringList &steps, QWidget *parent = nullptr);

    void setCurrentStep(int index);
    int currentStep() const { return m_current; }

private:
    QList<QLabel *> m_labels;
    QStringList m_steps;
    int m_current = -1;
};

} // namespace Airlock
