// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statusicon.h"

#include <QFrame>

class QLabel;

namespace Airlock {

// An inline notice: the status icon and a sentence, wrapping; hidden while
// empty. A verdict notice (a warning under a control, an error with what to
// do next) puts the verdict word first and may carry rich text. A plain one
// says what happened ("“nixos” was created…", "Took “known-good”") as plain
// text with no word first: the sentence says it.
class NoticeLabel : public QFrame
{
    Q_OBJECT
public:
    enum class Style { Verdict, Plain };

    explicit NoticeLabel(QWidget *parent = nullptr, Style style = Style::Verdict);

    // Verdict: `text` is rich text. Plain: it is shown as it is.
    void setNotice(Status status, const QString &text);
    void setBold(bool bold);
    void clear();

    Style style() const { return m_style; }
    Status status() const { return m_status; }
    // What a screen reader hears: "Warning: …" for a verdict, the sentence
    // for a plain notice.
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    const Style m_style;
    QLabel *const m_icon;
    QLabel *const m_text;
    Status m_status = Status::Info;
};

} // namespace Airlock
