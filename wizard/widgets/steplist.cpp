// SPDX-License-Identifier: GPL-3.0-or-later
#include "steplist.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Airlock {

StepList::StepList(const QStringList &steps, QWidget *parent) : QWidget(parent), m_steps(steps)
{
    setObjectName(QStringLiteral("stepList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 12, 0);
    layout->setSpacing(10);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("step%1").arg(i + 1));
        label->setTextFormat(Qt::RichText);
        m_labels.append(label);
        layout->addWidget(label);
    }
    layout->addStretch();

    // Wide enough for the longest step in bold, so no step is ever cut off
    // when it becomes the current one.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const QString &step : steps)
        widest = std::max(widest, metrics.horizontalAdvance(QStringLiteral("▶ ") + step));
    setMinimumWidth(widest + layout->contentsMargins().left() + layout->contentsMargins().right()
                    + 4);
    setCurrentStep(0);
}

void StepList::setCurrentStep(int index)
{
    m_current = index;
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        const QString name = m_steps.at(i).toHtmlEscaped();
        // Shape and weight, not colour alone, mark done / current / to come.
        QString text;
        if (i < index)
            text = QStringLiteral("✓ %1").arg(name);
        else if (i == index)
            text = QStringLiteral("<b>▶ %1</b>").arg(name);
        else
            text = QStringLiteral("○ %1").arg(name);
        m_labels.at(i)->setText(text);
        m_labels.at(i)->setAccessibleName(i == index ? tr("Step %1 of %2, current: %3")
                                                               .arg(i + 1)
                                                               .arg(m_labels.size())
                                                               .arg(m_steps.at(i))
                                                     : tr("Step %1 of %2: %3")
                                                               .arg(i + 1)
                                                               .arg(m_labels.size())
                                                               .arg(m_steps.at(i)));
    }
}

} // namespace Airlock
