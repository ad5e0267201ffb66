// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarygroup.h"

#include "linkbutton.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Airlock {

SummaryGroup::SummaryGroup(const QString &key, const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_change(new LinkButton(tr("Change"), this))
    , m_rows(new QFormLayout)
{
    setObjectName(QStringLiteral("group-%1").arg(key));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("title-%1").arg(key));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_change->setObjectName(QStringLiteral("change-%1").arg(key));
    //: Accessible name of the Change link of a Summary group; %1 is the group ("Size").
    m_change->setAccessibleName(tr("Change: %1").arg(title));
    m_change->setToolTip(tr("Go back to the page where you chose this"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_change);

    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setHorizontalSpacing(10);
    m_rows->setVerticalSpacing(3);
    m_rows->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rows->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 8);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addLayout(m_rows);
    layout->addStretch(1);
}

QString SummaryGroup::title() const
{
    return m_title->text();
}

void SummaryGroup::addRow(const QString &key, const QString &label)
{
    auto *name = new QLabel(label, this);
    name->setObjectName(QStringLiteral("label-%1").arg(key));
    // The labels step back so the values carry the eye.
    name->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(this);
    value->setObjectName(QStringLiteral("value-%1").arg(key));
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path must wrap, never widen the page.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    value->setSizePolicy(policy);
    name->setBuddy(value);
    m_rows->addRow(name, value);
    // Empty until a value is set, and so hidden like any empty row.
    m_rows->setRowVisible(value, false);
    m_values.insert(key, value);
}

void SummaryGroup::setValue(const QString &key, const QString &text, const QString &toolTip)
{
    QLabel *value = m_values.value(key);
    if (!value)
        return;
    value->setText(text);
    value->setToolTip(toolTip);
    value->setAccessibleDescription(toolTip);
    m_rows->setRowVisible(value, !text.isEmpty());
}

QString SummaryGroup::value(const QString &key) const
{
    const QLabel *value = m_values.value(key);
    return value && !value->text().isEmpty() && value->isVisibleTo(this) ? value->text()
                                                                         : QString();
}

} // namespace Airlock
