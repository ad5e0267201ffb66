// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Airlock;

class TestXmlHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue();
    void partsOfALine_data();
    void partsOfALine();
    void commentSpansLines();
    void darkPaletteChangesTheColours();
};

namespace {

// The part the highlighter gave the character at `position` of `block`, told
// by its colour: the layout keeps the colour, not the format object as set.
XmlHighlighter::Part partAt(const XmlHighlighter &highlighter, const QTextBlock &block,
                            int position)
{
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (position < range.start || position >= range.start + range.length)
            continue;
        for (const auto part :
             {XmlHighlighter::Part::Element, XmlHighlighter::Part::AttributeName,
              XmlHighlighter::Part::AttributeValue, XmlHighlighter::Part::Comment}) {
            if (range.format.foreground() == highlighter.format(part).foreground())
                return part;
        }
    }
    return XmlHighlighter::Part::Text;
}

// A document with its highlighter, given `xml` once the highlighter's first,
// queued pass has run: from then on each change is highlighted as it is made.
// Laid out as in a view: a document without a layout reports no changes.
struct Highlighted
{
    QTextDocument document;
    XmlHighlighter highlighter {&document};

    explicit Highlighted(const QString &xml)
    {
        document.documentLayout();
        QCoreApplication::processEvents();
        document.setPlainText(xml);
    }
    XmlHighlighter::Part partAt(int blockNumber, int position) const
    {
        return ::partAt(highlighter, document.findBlockByNumber(blockNumber), position);
    }
};

} // namespace

void TestXmlHighlighter::shouldHaveDefaultValue()
{
    QTextDocument document;
    XmlHighlighter highlighter(&document);
    QCOMPARE(highlighter.document(), &document);
    QVERIFY(highlighter.format(XmlHighlighter::Part::Text).foreground().style() == Qt::NoBrush);
    QVERIFY(highlighter.format(XmlHighlighter::Part::Comment).fontItalic());
    // Every coloured part reads apart from the others.
    const QList<QColor> colours {
            highlighter.format(XmlHighlighter::Part::Element).foreground().color(),
            highlighter.format(XmlHighlighter::Part::AttributeName).foreground().color(),
            highlighter.format(XmlHighlighter::Part::AttributeValue).foreground().color(),
            highlighter.format(XmlHighlighter::Part::Comment).foreground().color()};
    for (qsizetype i = 0; i < colours.size(); ++i) {
        for (qsizetype j = i + 1; j < colours.size(); ++j)
            QVERIFY2(colours.at(i) != colours.at(j), qPrintable(QString::number(i * 10 + j)));
    }
}

void TestXmlHighlighter::partsOfALine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("marked");
    QTest::addColumn<XmlHighlighter::Part>("part");
    const QString line = QStringLiteral("  <disk type=\"file\" device='disk'>vda</disk>");
    QTest::newRow("element name") << line << QStringLiteral("disk")
                                  << XmlHighlighter::Part::Element;
    QTest::newRow("attribute name")
            << line << QStringLiteral("device") << XmlHighlighter::Part::AttributeName;
    QTest::newRow("double-quoted value")
            << line << QStringLiteral("\"file\"") << XmlHighlighter::Part::AttributeValue;
    QTest::newRow("single-quoted value")
            << line << QStringLiteral("'disk'") << XmlHighlighter::Part::AttributeValue;
    QTest::newRow("closing bracket")
            << line << QStringLiteral(">vda") << XmlHighlighter::Part::Element;
    QTest::newRow("text content") << line << QStringLiteral("vda") << XmlHighlighter::Part::Text;
    QTest::newRow("end tag") << line << QStringLiteral("</disk") << XmlHighlighter::Part::Element;
    QTest::newRow("processing instruction")
            << QStringLiteral("<?xml version='1.0'?>") << QStringLiteral("<?xml")
            << XmlHighlighter::Part::Element;
    QTest::newRow("comment on one line") << QStringLiteral("<!-- a <b> c --><e/>")
                                         << QStringLiteral("<b>") << XmlHighlighter::Part::Comment;
    QTest::newRow("after the comment") << QStringLiteral("<!-- a --><e/>") << QStringLiteral("<e")
                                       << XmlHighlighter::Part::Element;
}

void TestXmlHighlighter::partsOfALine()
{
    QFETCH(QString, line);
    QFETCH(QString, marked);
    QFETCH(XmlHighlighter::Part, part);
    Highlighted highlighted(line);
    const int at = int(line.indexOf(marked));
    QVERIFY(at >= 0);
    QCOMPARE(highlighted.partAt(0, at), part);
}

void TestXmlHighlighter::commentSpansLines()
{
    Highlighted highlighted(QStringLiteral("<a>\n<!-- one\n<b attr='x'>\n--> <c>\n"));
    QCOMPARE(highlighted.partAt(0, 0), XmlHighlighter::Part::Element);
    QCOMPARE(highlighted.partAt(2, 0), XmlHighlighter::Part::Comment);
    QCOMPARE(highlighted.partAt(2, 3), XmlHighlighter::Part::Comment);
    QCOMPARE(highlighted.partAt(3, 0), XmlHighlighter::Part::Comment);
    QCOMPARE(highlighted.partAt(3, 4), XmlHighlighter::Part::Element);

    // Closing the comment earlier gives the lines after it back their colours.
    QTextCursor cursor(highlighted.document.findBlockByNumber(1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" -->"));
    QCOMPARE(highlighted.partAt(2, 1), XmlHighlighter::Part::Element);
    QCOMPARE(highlighted.partAt(2, 3), XmlHighlighter::Part::AttributeName);
}

void TestXmlHighlighter::darkPaletteChangesTheColours()
{
    Highlighted highlighted(QStringLiteral("<a b='c'/>"));
    XmlHighlighter &highlighter = highlighted.highlighter;
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::WindowText, Qt::white);
    highlighter.setPalette(light);
    const QColor element = highlighter.format(XmlHighlighter::Part::Element).foreground().color();
    highlighter.setPalette(dark);
    QVERIFY(highlighter.format(XmlHighlighter::Part::Element).foreground().color() != element);
    // Highlighted again with the new colours, not only for the next edit.
    QCOMPARE(highlighted.partAt(0, 1), XmlHighlighter::Part::Element);
}

QTEST_MAIN(TestXmlHighlighter)
#include "tst_xmlhighlighter.moc"
