// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkbutton.h"

#include <QEvent>
#include <QPainter>

namespace Airlock {

LinkButton::LinkButton(const QString &text, QWidget *parent) : QPushButton(text, parent)
{
    setFlat(true);
    setAutoDefault(false);
    setCursor(Qt::PointingHandCursor);
    QFont underlined = font();
    underlined.setUnderline(true);
    setFont(underlined);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    updateColors();
}

void LinkButton::changeEvent(QEvent *event)
{
    QPushButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_updatingColors)
        updateColors();
}

void LinkButton::paintEvent(QPaintEvent *event)
{
    QPushButton::paintEvent(event);
    // A flat button shows no focus in every style: draw it, so the keyboard
    // user sees where Tab went.
    if (!hasFocus())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::ButtonText), 1, Qt::DotLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
}

void LinkButton::updateColors()
{
    // Setting the palette raises another PaletteChange: guard against looping.
    m_updatingColors = true;
    QPalette colors = palette();
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QPalette();
    colors.setColor(QPalette::ButtonText, inherited.color(QPalette::Link));
    setPalette(colors);
    m_updatingColors = false;
}

} // namespace Airlock
