// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlview.h"

#include <QEvent>
#include <QFontDatabase>

#include <algorithm>

namespace Airlock {

XmlView::XmlView(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new XmlHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    setUndoRedoEnabled(false);
    // Selectable by keyboard too, so a part can be copied without a mouse.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.9));
    setFont(fixed);
    m_highlighter->setPalette(palette());
}

void XmlView::setXml(const QString &xml)
{
    if (xml == toPlainText())
        return;
    setPlainText(xml);
}

void XmlView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
}

} // namespace Airlock
