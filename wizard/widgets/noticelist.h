// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statusicon.h"

#include <QWidget>

namespace Airlock {

class NoticeLabel;

// The notices under one control, stacked: appear and disappear as the
// control's value crosses their thresholds. Hidden when there are none.
class NoticeList : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        Status status;
        QString text;
    };

    explicit NoticeList(QWidget *parent = nullptr);

    void setNotices(const QList<Entry> &entries);
    QList<Entry> notices() const { return m_entries; }
    // The visible notices' texts, word first ("Warning: …"), as read aloud.
    QStringList texts() const;

private:
    QList<NoticeLabel *> m_labels;
    QList<Entry> m_entries;
};

} // namespace Airlock
