// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statusicon.h"

#include <QWidget>

class QLabel;

namespace Airlock {

// A line that says what happened ("“nixos” was created…", "Took “known-good”")
// with the status icon before it. Unlike NoticeLabel it puts no verdict word
// first: the sentence says it. Hidden while empty.
class StatusLine : public QWidget
{
    Q_OBJECT
public:
    explicit StatusLine(QWidget *parent = nullptr);

    void setStatus(Status status, const QString &text); // plain text
    void setBold(bool bold);
    void clear();
    Status status() const { return m_status; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QLabel *const m_icon;
    QLabel *const m_text;
    Status m_status = Status::Info;
};

} // namespace Airlock
