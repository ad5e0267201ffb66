// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelpartwidget.h"

#include "labelview.h"

#include <QEnterEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace Airlock {

LabelPartWidget::LabelPartWidget(const LabelPart &part, const QFont &font, QWidget *parent)
    : QWidget(parent), m_part(part)
{
    setObjectName(QStringLiteral("labelPart-%1").arg(part.name));
    setFont(font);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::WhatsThisCursor);
    setToolTip(part.meaning);
    setAccessibleName(tr("%1: %2").arg(LabelView::partTitle(part.name), part.text));
    setAccessibleDescription(part.meaning);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize LabelPartWidget::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(m_part.text) + 2 * s_padding,
            metrics.height() + 2 * s_padding + 3};
}

void LabelPartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const bool active = m_hovered || hasFocus();
    if (active) {
        QColor highlight = palette().color(QPalette::Highlight);
        highlight.setAlpha(60);
        painter.fillRect(rect(), highlight);
    }
    const QFontMetrics metrics(font());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QPoint(s_padding, s_padding + metrics.ascent()), m_part.text);
    // The underline says "there is more here"; thicker while it is explained.
    QColor line = palette().color(active ? QPalette::Highlight : QPalette::PlaceholderText);
    painter.setPen(QPen(line, active ? 2 : 1));
    const int y = height() - 2;
    painter.drawLine(s_padding, y, width() - s_padding, y);
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.backgroundColor = palette().color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void LabelPartWidget::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    Q_EMIT highlighted();
    QWidget::enterEvent(event);
}

void LabelPartWidget::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QWidget::leaveEvent(event);
}

void LabelPartWidget::focusInEvent(QFocusEvent *event)
{
    update();
    Q_EMIT highlighted();
    QWidget::focusInEvent(event);
}

void LabelPartWidget::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace Airlock
