// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusline.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Airlock {

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(8);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void StatusLine::setStatus(Status status, const QString &text)
{
    m_status = status;
    m_text->setText(text);
    setAccessibleName(text);
    updateIcon();
    setVisible(!text.isEmpty());
}

void StatusLine::setBold(bool bold)
{
    QFont font = m_text->font();
    font.setBold(bold);
    m_text->setFont(font);
}

void StatusLine::clear()
{
    m_text->clear();
    setAccessibleName(QString());
    setVisible(false);
}

QString StatusLine::text() const
{
    return m_text->text();
}

void StatusLine::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
}

void StatusLine::updateIcon()
{
    const int size = m_text->fontMetrics().height();
    m_icon->setPixmap(StatusIcon::pixmap(m_status, size, devicePixelRatioF(), palette()));
}

} // namespace Airlock
