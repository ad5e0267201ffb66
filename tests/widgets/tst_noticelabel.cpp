// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticelabel.h"

#include <QLabel>
#include <QPalette>
#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(NoticeLabel::Style)

class TestNoticeLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue_data();
    void shouldHaveDefaultValue();
    void verdictPutsTheWordFirst_data();
    void verdictPutsTheWordFirst();
    void plainShowsTheSentenceAsItIs();
    void emptyTextHides_data();
    void emptyTextHides();
    void boldAppliesToTheSentence();
    void iconFollowsStatusAndPalette();
};

namespace {

struct Shown
{
    QWidget parent;
    NoticeLabel *notice;
    QLabel *icon;
    QLabel *text;

    explicit Shown(NoticeLabel::Style style) : notice(new NoticeLabel(&parent, style))
    {
        notice->setObjectName(QStringLiteral("notice"));
        icon = notice->findChild<QLabel *>(QStringLiteral("noticeIcon"));
        text = notice->findChild<QLabel *>(QStringLiteral("noticeText"));
        parent.show();
    }
};

} // namespace

void TestNoticeLabel::shouldHaveDefaultValue_data()
{
    QTest::addColumn<NoticeLabel::Style>("style");
    QTest::addColumn<Qt::TextFormat>("format");
    QTest::newRow("verdict") << NoticeLabel::Style::Verdict << Qt::RichText;
    QTest::newRow("plain") << NoticeLabel::Style::Plain << Qt::PlainText;
}

void TestNoticeLabel::shouldHaveDefaultValue()
{
    QFETCH(NoticeLabel::Style, style);
    QFETCH(Qt::TextFormat, format);
    Shown shown(style);
    auto *notice = shown.parent.findChild<NoticeLabel *>(QStringLiteral("notice"));
    QVERIFY(notice);
    QCOMPARE(notice->style(), style);
    QCOMPARE(notice->status(), Status::Info);
    QVERIFY(notice->text().isEmpty());
    QVERIFY(notice->isHidden());
    QVERIFY(shown.icon);
    QVERIFY(shown.text);
    QCOMPARE(shown.text->textFormat(), format);
    QVERIFY(shown.text->wordWrap());
    QVERIFY(shown.text->text().isEmpty());
    // The default style is the verdict.
    NoticeLabel unstyled;
    QCOMPARE(unstyled.style(), NoticeLabel::Style::Verdict);
}

void TestNoticeLabel::verdictPutsTheWordFirst_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("word");
    QTest::newRow("pass") << Status::Pass << QStringLiteral("Passed");
    QTest::newRow("warn") << Status::Warn << QStringLiteral("Warning");
    QTest::newRow("fail") << Status::Fail << QStringLiteral("Failed");
    QTest::newRow("unknown") << Status::Unknown << QStringLiteral("Unknown");
    QTest::newRow("info") << Status::Info << QStringLiteral("Note");
}

void TestNoticeLabel::verdictPutsTheWordFirst()
{
    QFETCH(Status, status);
    QFETCH(QString, word);
    Shown shown(NoticeLabel::Style::Verdict);
    shown.notice->setNotice(status, QStringLiteral("The disk is <i>small</i>."));
    QCOMPARE(shown.notice->status(), status);
    QVERIFY(shown.notice->isVisible());
    QCOMPARE(shown.text->text(), QStringLiteral("<b>%1:</b> The disk is <i>small</i>.").arg(word));
    QCOMPARE(shown.notice->text(), QStringLiteral("%1: The disk is <i>small</i>.").arg(word));
    QCOMPARE(shown.notice->accessibleName(), shown.notice->text());
    QVERIFY(shown.text->textInteractionFlags().testFlag(Qt::LinksAccessibleByMouse));
}

void TestNoticeLabel::plainShowsTheSentenceAsItIs()
{
    Shown shown(NoticeLabel::Style::Plain);
    const QString sentence = QStringLiteral("Took “<known-good>” & kept it.");
    shown.notice->setNotice(Status::Pass, sentence);
    QCOMPARE(shown.notice->status(), Status::Pass);
    QVERIFY(shown.notice->isVisible());
    // No verdict word, and markup is text, not formatting.
    QCOMPARE(shown.text->text(), sentence);
    QCOMPARE(shown.notice->text(), sentence);
    QCOMPARE(shown.notice->accessibleName(), sentence);
    QVERIFY(!shown.text->textInteractionFlags().testFlag(Qt::LinksAccessibleByMouse));
}

void TestNoticeLabel::emptyTextHides_data()
{
    shouldHaveDefaultValue_data();
}

void TestNoticeLabel::emptyTextHides()
{
    QFETCH(NoticeLabel::Style, style);
    Shown shown(style);
    shown.notice->setNotice(Status::Fail, QStringLiteral("It failed."));
    QVERIFY(shown.notice->isVisible());
    shown.notice->clear();
    QVERIFY(shown.notice->isHidden());
    QVERIFY(shown.notice->text().isEmpty());
    QVERIFY(shown.text->text().isEmpty());

    shown.notice->setNotice(Status::Warn, QStringLiteral("Again."));
    QVERIFY(shown.notice->isVisible());
    shown.notice->setNotice(Status::Warn, QString());
    QVERIFY(shown.notice->isHidden());
}

void TestNoticeLabel::boldAppliesToTheSentence()
{
    Shown shown(NoticeLabel::Style::Plain);
    QVERIFY(!shown.text->font().bold());
    shown.notice->setBold(true);
    QVERIFY(shown.text->font().bold());
    shown.notice->setBold(false);
    QVERIFY(!shown.text->font().bold());
}

void TestNoticeLabel::iconFollowsStatusAndPalette()
{
    Shown shown(NoticeLabel::Style::Verdict);
    shown.notice->setNotice(Status::Pass, QStringLiteral("Fine."));
    const QImage pass = shown.icon->pixmap().toImage();
    QVERIFY(!pass.isNull());
    QCOMPARE(shown.icon->pixmap().deviceIndependentSize().height(),
             qreal(shown.text->fontMetrics().height()));

    shown.notice->setNotice(Status::Fail, QStringLiteral("Not fine."));
    const QImage fail = shown.icon->pixmap().toImage();
    QVERIFY(fail != pass);

    // A new palette (the desktop went dark) redraws the icon in its colours.
    QPalette dark(QColor(0x24, 0x24, 0x24));
    dark.setColor(QPalette::WindowText, Qt::white);
    shown.parent.setPalette(dark);
    const QImage darkFail = shown.icon->pixmap().toImage();
    QVERIFY(darkFail != fail);
    QCOMPARE(darkFail,
             StatusIcon::pixmap(Status::Fail, shown.text->fontMetrics().height(),
                                shown.notice->devicePixelRatioF(), shown.notice->palette())
                     .toImage());
}

QTEST_MAIN(TestNoticeLabel)
#include "tst_noticelabel.moc"
