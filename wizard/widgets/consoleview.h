// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/spicesession.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <optional>

namespace Airlock {

// The VM's screen: paints the session's frame scaled to the widget (aspect
// kept, letterboxed) and hands mouse and keyboard to the session in guest
// terms. While it has focus it keeps the keyboard (Ctrl+Alt gives it back).
class ConsoleView : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleView(QWidget *parent = nullptr);

    void setSession(SpiceSession *session);
    SpiceSession *session() const { return m_session; }

    // The picture shown; the session's frames arrive here. `changed` is in
    // guest pixels; only its part of the widget is repainted.
    void showFrame(const QImage &frame, const QRect &changed);
    const QImage &frame() const { return m_frame; }

    // Where a frame of `frame` size sits in `area`: as large as fits, aspect
    // kept, centred.
    static QRect fittedRect(const QSize &frame, const QSize &area);
    QRect frameRect() const { return fittedRect(m_frame.size(), size()); }
    // A widget position in guest pixels; nullopt outside the picture.
    std::optional<QPoint> toGuest(const QPointF &position) const;
    // The widget area that shows `guestArea` (rounded outwards).
    QRect toWidget(const QRect &guestArea) const;

    bool isKeyboardGrabbed() const { return m_grabbed; }
    void grabGuestKeyboard();
    void releaseGuestKeyboard();
    // What the hint says about the keyboard, for the window's bar.
    QString grabHint() const;

    int paintedFrames() const { return m_paintedFrames; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void grabChanged(bool grabbed);
    // After a paint that showed a picture.
    void framePainted();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void onFrameChanged(const QRect &area);
    static int scancode(const QKeyEvent *event);
    bool isReleaseCombination(const QKeyEvent *event) const;
    void forwardButton(QMouseEvent *event, bool pressed);

    QPointer<SpiceSession> m_session;
    QImage m_frame;
    bool m_grabbed = false;
    int m_paintedFrames = 0;
    int m_wheelRemainder = 0;
};

} // namespace Airlock
