// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleview.h"

#include "console/spicesession.h"
#include "console/xtkeymap.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPaintEvent>

#include <cmath>

namespace Airlock {

namespace {

std::optional<SpiceSession::MouseButton> guestButton(Qt::MouseButton button)
{
    switch (button) {
    case Qt::LeftButton:
        return SpiceSession::MouseButton::Left;
    case Qt::MiddleButton:
        return SpiceSession::MouseButton::Middle;
    case Qt::RightButton:
        return SpiceSession::MouseButton::Right;
    case Qt::BackButton:
        return SpiceSession::MouseButton::Side;
    case Qt::ForwardButton:
        return SpiceSession::MouseButton::Extra;
    default:
        return std::nullopt;
    }
}

} // namespace

ConsoleView::ConsoleView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("consoleView"));
    setAccessibleName(tr("The VM's screen"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_InputMethodEnabled, false); // keys, not composed text
    setCursor(Qt::ArrowCursor);
}

void ConsoleView::setSession(SpiceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session)
        return;
    connect(session, &SpiceSession::frameChanged, this, &ConsoleView::onFrameChanged);
    connect(session, &SpiceSession::guestSizeChanged, this, [this] { updateGeometry(); });
    connect(session, &SpiceSession::stateChanged, this, [this] { update(); });
    showFrame(session->frame(), session->frame().rect());
}

void ConsoleView::onFrameChanged(const QRect &area)
{
    showFrame(m_session->frame(), area);
}

void ConsoleView::showFrame(const QImage &frame, const QRect &changed)
{
    // A shallow copy: the pixels stay spice-client-glib's.
    const bool resized = frame.size() != m_frame.size();
    m_frame = frame;
    if (resized) {
        updateGeometry();
        update();
        return;
    }
    update(toWidget(changed));
}

QRect ConsoleView::fittedRect(const QSize &frame, const QSize &area)
{
    if (frame.isEmpty() || area.isEmpty())
        return {};
    const QSize fitted = frame.scaled(area, Qt::KeepAspectRatio);
    return QRect(QPoint((area.width() - fitted.width()) / 2, (area.height() - fitted.height()) / 2),
                 fitted);
}

std::optional<QPoint> ConsoleView::toGuest(const QPointF &position) const
{
    const QRect shown = frameRect();
    if (shown.isEmpty() || !QRectF(shown).contains(position))
        return std::nullopt;
    const double x = (position.x() - shown.x()) * m_frame.width() / shown.width();
    const double y = (position.y() - shown.y()) * m_frame.height() / shown.height();
    return QPoint(std::clamp(int(std::floor(x)), 0, m_frame.width() - 1),
                  std::clamp(int(std::floor(y)), 0, m_frame.height() - 1));
}

QRect ConsoleView::toWidget(const QRect &guestArea) const
{
    const QRect shown = frameRect();
    if (shown.isEmpty() || guestArea.isEmpty())
        return {};
    const double scaleX = double(shown.width()) / m_frame.width();
    const double scaleY = double(shown.height()) / m_frame.height();
    const int left = int(std::floor(guestArea.x() * scaleX));
    const int top = int(std::floor(guestArea.y() * scaleY));
    const int right = int(std::ceil((guestArea.x() + guestArea.width()) * scaleX));
    const int bottom = int(std::ceil((guestArea.y() + guestArea.height()) * scaleY));
    // One pixel more each side: smooth scaling blends in the neighbours.
    return QRect(QPoint(left - 1, top - 1), QPoint(right, bottom)).translated(shown.topLeft())
           & shown;
}

void ConsoleView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect shown = frameRect();
    if (shown.isEmpty()) {
        painter.fillRect(event->rect(), Qt::black);
        return;
    }
    for (const QRect &band : QRegion(event->rect()).subtracted(shown))
        painter.fillRect(band, Qt::black);
    // Only the part of the picture under the exposed area is scaled.
    const QRect target = event->rect() & shown;
    const double scaleX = double(m_frame.width()) / shown.width();
    const double scaleY = double(m_frame.height()) / shown.height();
    const QRectF source((target.x() - shown.x()) * scaleX, (target.y() - shown.y()) * scaleY,
                        target.width() * scaleX, target.height() * scaleY);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, shown.size() != m_frame.size());
    painter.drawImage(QRectF(target), m_frame, source);
    // A picture left from before is not the VM's screen now: shown dimmed.
    if (m_session && m_session->state() != SpiceSession::State::Connected)
        painter.fillRect(target, QColor(0, 0, 0, 150));
    ++m_paintedFrames;
    Q_EMIT framePainted();
}

QSize ConsoleView::sizeHint() const
{
    return m_frame.isNull() ? QSize(720, 400) : m_frame.size();
}

QSize ConsoleView::minimumSizeHint() const
{
    return {320, 200};
}

void ConsoleView::mouseMoveEvent(QMouseEvent *event)
{
    if (const auto guest = toGuest(event->position()); guest && m_session)
        m_session->movePointer(*guest);
}

void ConsoleView::forwardButton(QMouseEvent *event, bool pressed)
{
    const auto button = guestButton(event->button());
    const auto guest = toGuest(event->position());
    if (!m_session || !button || !guest)
        return;
    m_session->movePointer(*guest);
    if (pressed)
        m_session->pressButton(*button);
    else
        m_session->releaseButton(*button);
}

void ConsoleView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    grabGuestKeyboard();
    forwardButton(event, true);
}

void ConsoleView::mouseReleaseEvent(QMouseEvent *event)
{
    forwardButton(event, false);
}

void ConsoleView::wheelEvent(QWheelEvent *event)
{
    // 120 is one notch; high-resolution wheels send parts of one.
    m_wheelRemainder += event->angleDelta().y();
    const int steps = m_wheelRemainder / 120;
    m_wheelRemainder -= steps * 120;
    if (steps != 0 && m_session)
        m_session->scrollWheel(steps);
    event->accept();
}

int ConsoleView::scancode(const QKeyEvent *event)
{
    if (const int fromNative = XtKeymap::fromXkbKeycode(event->nativeScanCode()))
        return fromNative;
    return XtKeymap::fromQtKey(event->key(), event->modifiers().testFlag(Qt::KeypadModifier));
}

bool ConsoleView::isReleaseCombination(const QKeyEvent *event) const
{
    return (event->key() == Qt::Key_Control && event->modifiers().testFlag(Qt::AltModifier))
           || (event->key() == Qt::Key_Alt && event->modifiers().testFlag(Qt::ControlModifier));
}

bool ConsoleView::event(QEvent *event)
{
    // While grabbed, every key is the guest's: Tab does not move the focus and
    // the window's shortcuts do not fire.
    if (m_grabbed && event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (m_grabbed && event->type() == QEvent::KeyPress) {
        keyPressEvent(static_cast<QKeyEvent *>(event));
        return true;
    }
    return QWidget::event(event);
}

void ConsoleView::keyPressEvent(QKeyEvent *event)
{
    if (!m_grabbed) {
        const int key = event->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
            grabGuestKeyboard();
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    }
    if (isReleaseCombination(event)) {
        releaseGuestKeyboard();
        return;
    }
    if (m_session)
        m_session->pressKey(scancode(event));
}

void ConsoleView::keyReleaseEvent(QKeyEvent *event)
{
    if (!m_grabbed || event->isAutoRepeat()) {
        // A held key repeats as presses alone, as a PC keyboard does.
        QWidget::keyReleaseEvent(event);
        return;
    }
    if (m_session)
        m_session->releaseKey(scancode(event));
}

void ConsoleView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    grabGuestKeyboard();
}

void ConsoleView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    releaseGuestKeyboard();
}

void ConsoleView::grabGuestKeyboard()
{
    if (m_grabbed || !hasFocus())
        return;
    m_grabbed = true;
    grabKeyboard();
    Q_EMIT grabChanged(true);
}

void ConsoleView::releaseGuestKeyboard()
{
    // Keys held now would stay down in the guest: let them go.
    if (m_session)
        m_session->releaseAllKeys();
    if (!m_grabbed)
        return;
    m_grabbed = false;
    releaseKeyboard();
    Q_EMIT grabChanged(false);
}

QString ConsoleView::grabHint() const
{
    if (m_grabbed)
        return tr("Your keyboard types into the VM. Press Ctrl+Alt to get it back.");
    return tr("Click the screen, or press Enter on it, to type into the VM.");
}

} // namespace Airlock
