// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostchecklist.h"

#include "host/hostchecks.h"

#include <QVBoxLayout>

namespace Airlock {

HostCheckList::HostCheckList(QWidget *parent)
    : QScrollArea(parent), m_content(new QWidget(this)), m_layout(new QVBoxLayout(m_content))
{
    setObjectName(QStringLiteral("hostCheckList"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes to the rows' controls; the area scrolls to keep them in view.
    setFocusPolicy(Qt::NoFocus);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch();
    setWidget(m_content);
}

void HostCheckList::clear()
{
    qDeleteAll(m_rows);
    m_rows.clear();
}

HostCheckRow *HostCheckList::setCheck(const HostCheck &check, bool acknowledged)
{
    if (HostCheckRow *existing = row(check.id)) {
        existing->setCheck(check);
        existing->setAcknowledged(acknowledged);
        return existing;
    }
    auto *added = new HostCheckRow(check, m_content);
    added->setAcknowledged(acknowledged);
    connect(added, &HostCheckRow::acknowledgementChanged, this,
            &HostCheckList::acknowledgementChanged);

    // Keep the display order stable whichever check answers first.
    const QStringList &order = HostChecks::ids();
    const qsizetype rank = order.indexOf(check.id);
    qsizetype position = 0;
    while (position < m_rows.size() && order.indexOf(m_rows.at(position)->check().id) < rank)
        ++position;
    m_rows.insert(position, added);
    m_layout->insertWidget(int(position), added);
    // Shown now, not on the layout's queued show: a row is usable (and its
    // checkbox clickable) as soon as it appears.
    added->show();
    return added;
}

HostCheckRow *HostCheckList::row(const QString &id) const
{
    for (HostCheckRow *candidate : m_rows) {
        if (candidate->check().id == id)
            return candidate;
    }
    return nullptr;
}

QList<QWidget *> HostCheckList::focusChain() const
{
    QList<QWidget *> chain;
    for (HostCheckRow *each : m_rows)
        chain += each->focusChain();
    return chain;
}

} // namespace Airlock
