// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticelabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Airlock {

NoticeLabel::NoticeLabel(QWidget *parent, Style style)
    : QFrame(parent), m_style(style), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    m_icon->setObjectName(QStringLiteral("noticeIcon"));
    m_text->setObjectName(QStringLiteral("noticeText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(8);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    if (m_style == Style::Verdict) {
        m_text->setTextFormat(Qt::RichText);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
        m_text->setOpenExternalLinks(false);
    } else {
        m_text->setTextFormat(Qt::PlainText);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void NoticeLabel::setNotice(Status status, const QString &text)
{
    m_status = status;
    if (m_style == Style::Verdict) {
        // The word goes before the sentence so screen readers and colour-blind
        // users get the verdict, not just the hue.
        //: %1 is a verdict word ("Warning"), %2 the sentence it introduces.
        m_text->setText(tr("<b>%1:</b> %2").arg(StatusIcon::word(status).toHtmlEscaped(), text));
        //: Spoken by screen readers: %1 is a verdict word ("Warning"), %2 the sentence.
        setAccessibleName(tr("%1: %2").arg(StatusIcon::word(status), text));
    } else {
        m_text->setText(text);
        setAccessibleName(text);
    }
    updateIcon();
    setVisible(!text.isEmpty());
}

void NoticeLabel::setBold(bool bold)
{
    QFont font = m_text->font();
    font.setBold(bold);
    m_text->setFont(font);
}

void NoticeLabel::clear()
{
    m_text->clear();
    setAccessibleName(QString());
    setVisible(false);
}

QString NoticeLabel::text() const
{
    return accessibleName();
}

void NoticeLabel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
}

void NoticeLabel::updateIcon()
{
    const int size = m_text->fontMetrics().height();
    m_icon->setPixmap(StatusIcon::pixmap(m_status, size, devicePixelRatioF(), palette()));
}

} // namespace Airlock
