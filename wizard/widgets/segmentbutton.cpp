// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentbutton.h"

#include "statusicon.h"

#include <QButtonGroup>
#include <QPainter>

#include <algorithm>

namespace Airlock {

SegmentButton::SegmentButton(const QString &text, QWidget *parent) : QPushButton(text, parent)
{
    setCheckable(true);
    setAutoExclusive(true);
    setAutoDefault(false);
    setAttribute(Qt::WA_Hover);
}

QSize SegmentButton::sizeHint() const
{
    // Sized for the bold text of the checked state, so choosing does not
    // make the bar jump.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    return QSize(metrics.horizontalAdvance(text()) + 2 * metrics.height(), metrics.height() + 12);
}

QSize SegmentButton::minimumSizeHint() const
{
    return sizeHint();
}

QList<QAbstractButton *> SegmentButton::row()
{
    if (!group())
        return {this};
    QList<QAbstractButton *> row;
    for (QAbstractButton *button : group()->buttons()) {
        if (button->isVisibleTo(parentWidget()))
            row.append(button);
    }
    std::sort(row.begin(), row.end(),
              [](QAbstractButton *a, QAbstractButton *b) { return a->x() < b->x(); });
    return row;
}

void SegmentButton::paintEvent(QPaintEvent *)
{
    const QList<QAbstractButton *> row = this->row();
    const bool first = row.constFirst() == this;
    const bool last = row.constLast() == this;
    const QPalette &colors = palette();
    const qreal radius = 6;
    const QRectF bounds = QRectF(rect()).adjusted(first ? 0.5 : 0, 0.5, last ? -0.5 : 0, -0.5);
    // Round only the outer ends of the bar.
    QRectF shape = bounds;
    if (!first)
        shape.setLeft(shape.left() - 2 * radius);
    if (!last)
        shape.setRight(shape.right() + 2 * radius);

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(rect());
    QColor fill = colors.color(QPalette::Button);
    if (isChecked())
        fill = colors.color(QPalette::Highlight);
    else if (underMouse() && isEnabled())
        fill = blend(fill, colors.color(QPalette::Highlight), 0.15);
    const QColor border
            = blend(colors.color(QPalette::Window), colors.color(QPalette::WindowText), 0.4);
    painter.setPen(QPen(border, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(shape, radius, radius);
    if (!first)
        painter.drawLine(bounds.topLeft(), bounds.bottomLeft());

    const QColor ink = isChecked() ? colors.color(QPalette::HighlightedText)
                                   : colors.color(QPalette::ButtonText);
    if (hasFocus()) {
        painter.setPen(QPen(ink, 1.5, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(bounds.adjusted(3, 3, -3, -3), radius - 2, radius - 2);
    }
    QFont text = font();
    text.setBold(isChecked());
    painter.setFont(text);
    painter.setPen(isEnabled() ? ink : colors.color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextShowMnemonic, this->text());
}

} // namespace Airlock
