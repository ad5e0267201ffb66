// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlhighlighter.h"

#include "statusicon.h"

#include <QPalette>

namespace Airlock {

namespace {

bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')
           || c == QLatin1Char('.') || c == QLatin1Char(':');
}

} // namespace

XmlHighlighter::XmlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void XmlHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = StatusIcon::isDark(palette);
    // Blue, purple and green of similar weight, a step lighter on dark
    // backgrounds; all keep at least 4.5:1 contrast on the palette's base.
    m_element.setForeground(dark ? QColor(0x7a, 0xb2, 0xff) : QColor(0x1a, 0x5f, 0xb4));
    m_attributeName.setForeground(dark ? QColor(0xdc, 0x9a, 0xf0) : QColor(0x81, 0x3d, 0x9c));
    m_attributeValue.setForeground(dark ? QColor(0x8f, 0xd8, 0x94) : QColor(0x1e, 0x6b, 0x2e));
    m_comment.setForeground(palette.color(QPalette::PlaceholderText));
    m_comment.setFontItalic(true);
    rehighlight();
}

QTextCharFormat XmlHighlighter::format(Part part) const
{
    switch (part) {
    case Part::Text:
        return {};
    case Part::Element:
        return m_element;
    case Part::AttributeName:
        return m_attributeName;
    case Part::AttributeValue:
        return m_attributeValue;
    case Part::Comment:
        return m_comment;
    }
    return {};
}

void XmlHighlighter::highlightBlock(const QString &text)
{
    int state = previousBlockState() < 0 ? InText : previousBlockState();
    const qsizetype length = text.size();
    qsizetype i = 0;
    while (i < length) {
        if (state == InComment) {
            const qsizetype end = text.indexOf(QLatin1String("-->"), i);
            const qsizetype stop = end < 0 ? length : end + 3;
            setFormat(int(i), int(stop - i), m_comment);
            i = stop;
            if (end >= 0)
                state = InText;
            continue;
        }
        if (state == InText) {
            const qsizetype open = text.indexOf(QLatin1Char('<'), i);
            if (open < 0)
                break;
            if (text.mid(open, 4) == QLatin1String("<!--")) {
                i = open;
                state = InComment;
                continue;
            }
            qsizetype nameEnd = open + 1;
            while (nameEnd < length
                   && (text.at(nameEnd) == QLatin1Char('/') || text.at(nameEnd) == QLatin1Char('?')
                       || isNameCharacter(text.at(nameEnd))))
                ++nameEnd;
            setFormat(int(open), int(nameEnd - open), m_element);
            i = nameEnd;
            state = InTag;
            continue;
        }
        // Inside a tag: attribute names, quoted values, and the closing '>'.
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype close = text.indexOf(c, i + 1);
            const qsizetype stop = close < 0 ? length : close + 1;
            setFormat(int(i), int(stop - i), m_attributeValue);
            i = stop;
        } else if (c == QLatin1Char('>') || c == QLatin1Char('/') || c == QLatin1Char('?')) {
            setFormat(int(i), 1, m_element);
            if (c == QLatin1Char('>'))
                state = InText;
            ++i;
        } else if (isNameCharacter(c)) {
            qsizetype end = i;
            while (end < length && isNameCharacter(text.at(end)))
                ++end;
            setFormat(int(i), int(end - i), m_attributeName);
            i = end;
        } else {
            ++i;
        }
    }
    setCurrentBlockState(state);
}

} // namespace Airlock
