// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFrame>
#include <QIcon>

class QLabel;

namespace Airlock {

// The one visual language for verdicts across the pages: each status has a
// shape, a word and a colour, so none of them relies on colour alone.
enum class Status { Pass, Warn, Fail, Unknown, Info };

class StatusIcon
{
    Q_DECLARE_TR_FUNCTIONS(StatusIcon)
public:
    // Painted on demand at the device pixel ratio: crisp on HiDPI.
    static QPixmap pixmap(Status status, int size, qreal devicePixelRatio, const QPalette &palette);
    static QIcon icon(Status status, const QPalette &palette);
    // A colour for the status that reads on both light and dark palettes.
    static QColor color(Status status, const QPalette &palette);
    static QString word(Status status);
    static bool isDark(const QPalette &palette);

private:
    static QPixmap draw(Status status, int size, qreal devicePixelRatio, const QColor &fill);
};

// An inline notice: icon, word and a sentence, wrapping; hidden when empty.
// Used for warnings under a control and for errors with what to do next.
class NoticeLabel : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeLabel(QWidget *parent = nullptr);

    void setNotice(Status status, const QString &text);
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
