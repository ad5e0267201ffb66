// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelview.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Airlock {

namespace {

QFont labelFont(const QFont &base, qreal scale)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(base.pointSizeF() * scale);
    return font;
}

} // namespace

LabelView::LabelView(QWidget *parent)
    : QWidget(parent)
    , m_row(new QWidget(this))
    , m_rowLayout(new QHBoxLayout(m_row))
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("labelView"));
    m_explanation->setObjectName(QStringLiteral("labelExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout->setSpacing(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_row);
    layout->addWidget(m_explanation);
}

QString LabelView::partTitle(const QString &name)
{
    if (name == QLatin1String("user"))
        //: A part of an SELinux label
        return tr("SELinux user");
    if (name == QLatin1String("role"))
        //: A part of an SELinux label
        return tr("role");
    if (name == QLatin1String("type"))
        //: A part of an SELinux label
        return tr("type");
    if (name == QLatin1String("sensitivity"))
        //: A part of an SELinux label (MLS/MCS level)
        return tr("sensitivity");
    if (name == QLatin1String("categories"))
        //: A part of an SELinux label (MCS categories)
        return tr("categories");
    if (name == QLatin1String("owner"))
        //: A part of a Unix owner label (user:group)
        return tr("user ID");
    if (name == QLatin1String("group"))
        //: A part of a Unix owner label (user:group)
        return tr("group ID");
    return name;
}

void LabelView::clear()
{
    for (QWidget *piece : std::as_const(m_pieces))
        delete piece;
    m_pieces.clear();
    m_parts.clear();
    while (QLayoutItem *item = m_rowLayout->takeAt(0))
        delete item;
    m_label = SecurityLabel();
    m_explanation->clear();
}

void LabelView::setLabel(const SecurityLabel &label, bool isImage)
{
    clear();
    m_label = label;
    const QFont font = labelFont(this->font(), m_scale);
    const auto addText = [this, &font](const QString &text) {
        auto *piece = new QLabel(text, m_row);
        piece->setFont(font);
        piece->setTextFormat(Qt::PlainText);
        piece->setContentsMargins(0, LabelPartWidget::s_padding, 0, LabelPartWidget::s_padding + 3);
        piece->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_rowLayout->addWidget(piece);
        m_pieces.append(piece);
    };

    // Cut the text at each explained part; what lies between (":", "-s0")
    // stays plain.
    const QString text = label.text();
    qsizetype position = 0;
    for (const LabelPart &part : label.explain(isImage)) {
        if (part.text.isEmpty())
            continue;
        const qsizetype at = text.indexOf(part.text, position);
        if (at < 0)
            continue;
        if (at > position)
            addText(text.mid(position, at - position));
        auto *widget = new LabelPartWidget(part, font, m_row);
        connect(widget, &LabelPartWidget::highlighted, this, [this, widget] {
            showPart(widget->part());
            Q_EMIT partHighlighted(widget->part());
        });
        m_rowLayout->addWidget(widget);
        m_pieces.append(widget);
        m_parts.append(widget);
        position = at + part.text.size();
    }
    if (position < text.size())
        addText(text.mid(position));
    m_rowLayout->addStretch(1);
    // Widgets made now would join the end of the window's tab chain: put
    // the parts where the label is, in reading order. setTabOrder() ignores
    // widgets that take no focus, so anchor them to the tab stop before us.
    QWidget *previous = previousInFocusChain();
    while (previous != this && previous->focusPolicy() == Qt::NoFocus)
        previous = previous->previousInFocusChain();
    if (previous != this) {
        for (LabelPartWidget *part : std::as_const(m_parts)) {
            QWidget::setTabOrder(previous, part);
            previous = part;
        }
    }

    if (m_parts.isEmpty()) {
        m_explanation->setVisible(true);
        m_explanation->setText(tr("libvirt reports “%1”, which is neither an SELinux label "
                                  "(user:role:type:level) nor a Unix owner (user:group).")
                                       .arg(text)
                                       .toHtmlEscaped());
    } else {
        showHint();
    }
    m_row->setAccessibleName(text);
}

QString LabelView::explanation() const
{
    return m_explanation->text();
}

void LabelView::showPart(const LabelPart &part)
{
    m_explanation->setVisible(true);
    //: %1 is a part of a label ("svirt_t"), %2 its name ("type"), %3 what it means.
    m_explanation->setText(tr("<b>%1</b> (%2): %3")
                                   .arg(part.text.toHtmlEscaped(),
                                        partTitle(part.name).toHtmlEscaped(),
                                        part.meaning.toHtmlEscaped()));
}

void LabelView::showHint()
{
    m_explanation->setText(m_hint.toHtmlEscaped());
    m_explanation->setVisible(!m_hint.isEmpty());
}

} // namespace Airlock
