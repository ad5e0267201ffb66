// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticelist.h"

#include "noticelabel.h"

#include <QVBoxLayout>

namespace Airlock {

NoticeList::NoticeList(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    setVisible(false);
}

void NoticeList::setNotices(const QList<Entry> &entries)
{
    // Labels are reused, not rebuilt: dragging a slider across a threshold
    // must not make the page flicker.
    while (m_labels.size() < entries.size()) {
        auto *label = new NoticeLabel(this);
        label->setObjectName(QStringLiteral("notice%1").arg(m_labels.size()));
        layout()->addWidget(label);
        m_labels.append(label);
    }
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        if (i < entries.size())
            m_labels.at(i)->setNotice(entries.at(i).status, entries.at(i).text);
        else
            m_labels.at(i)->clear();
    }
    m_entries = entries;
    setVisible(!entries.isEmpty());
}

QStringList NoticeList::texts() const
{
    QStringList texts;
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        texts.append(m_labels.at(i)->text());
    return texts;
}

} // namespace Airlock
