// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Airlock {

// Colours libvirt XML as DomainXml writes it: element names, attribute names,
// attribute values, comments. Text content keeps the palette's own colour.
// The colours are chosen for the palette in use, light or dark.
class XmlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Part { Text, Element, AttributeName, AttributeValue, Comment };

    explicit XmlHighlighter(QTextDocument *document);

    // Picks colours that read on `palette` and highlights again.
    void setPalette(const QPalette &palette);
    QTextCharFormat format(Part part) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    // Where a block ends: the next one starts in the same place.
    enum BlockState { InText = 0, InTag = 1, InComment = 2 };

    QTextCharFormat m_element;
    QTextCharFormat m_attributeName;
    QTextCharFormat m_attributeValue;
    QTextCharFormat m_comment;
};

} // namespace Airlock
