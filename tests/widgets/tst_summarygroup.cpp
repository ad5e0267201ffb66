// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarygroup.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Airlock;

class TestSummaryGroup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue();
    void rowsShowTheirValue_data();
    void rowsShowTheirValue();
    void emptyValueHidesTheRow();
    void unknownRowIsIgnored();
    void changeLinkIsAButton();
    void changeLinkIsLinkColoured();
};

namespace {

struct Shown
{
    QWidget parent;
    SummaryGroup *group = new SummaryGroup(QStringLiteral("size"), QStringLiteral("Size"), &parent);

    Shown()
    {
        auto *layout = new QVBoxLayout(&parent);
        layout->addWidget(group);
        parent.resize(320, 400);
        group->addRow(QStringLiteral("memory"), QStringLiteral("Memory:"));
        group->addRow(QStringLiteral("disk"), QStringLiteral("Disk:"));
        parent.show();
    }
    QLabel *label(const QString &name) const { return parent.findChild<QLabel *>(name); }
};

} // namespace

void TestSummaryGroup::shouldHaveDefaultValue()
{
    Shown shown;
    auto *group = shown.parent.findChild<SummaryGroup *>(QStringLiteral("group-size"));
    QCOMPARE(group, shown.group);
    QCOMPARE(group->title(), QStringLiteral("Size"));
    QVERIFY(shown.label(QStringLiteral("title-size"))->font().bold());
    auto *change = group->findChild<QPushButton *>(QStringLiteral("change-size"));
    QCOMPARE(change, group->changeButton());
    QCOMPARE(change->text(), QStringLiteral("Change"));
    QCOMPARE(change->accessibleName(), QStringLiteral("Change: Size"));
    QVERIFY(!change->toolTip().isEmpty());
    QVERIFY(qobject_cast<LinkButton *>(change));
    // Rows start empty, and so hidden.
    for (const QString &key : {QStringLiteral("memory"), QStringLiteral("disk")}) {
        QVERIFY(group->value(key).isEmpty());
        QVERIFY(shown.label(QStringLiteral("value-") + key)->isHidden());
        QVERIFY(shown.label(QStringLiteral("label-") + key)->isHidden());
        QCOMPARE(shown.label(QStringLiteral("label-") + key)->buddy(),
                 shown.label(QStringLiteral("value-") + key));
    }
}

void TestSummaryGroup::rowsShowTheirValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("toolTip");
    QTest::newRow("plain") << QStringLiteral("memory") << QStringLiteral("4 GiB") << QString();
    QTest::newRow("with a tool tip") << QStringLiteral("disk") << QStringLiteral("20 GiB")
                                     << QStringLiteral("In the pool “default”");
    QTest::newRow("markup stays text")
            << QStringLiteral("disk") << QStringLiteral("<b>x</b>") << QString();
    QTest::newRow("a long path") << QStringLiteral("disk") << QString(300, QLatin1Char('a'))
                                 << QString();
}

void TestSummaryGroup::rowsShowTheirValue()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, toolTip);
    Shown shown;
    shown.group->setValue(key, text, toolTip);
    QCOMPARE(shown.group->value(key), text);
    QLabel *value = shown.label(QStringLiteral("value-") + key);
    QVERIFY(value->isVisible());
    QVERIFY(shown.label(QStringLiteral("label-") + key)->isVisible());
    QCOMPARE(value->textFormat(), Qt::PlainText);
    QCOMPARE(value->toolTip(), toolTip);
    QCOMPARE(value->accessibleDescription(), toolTip);
    // A long value wraps instead of widening the group.
    QVERIFY(value->wordWrap());
    QCOMPARE(shown.parent.width(), 320);
    QVERIFY(shown.group->width() <= 320);
}

void TestSummaryGroup::emptyValueHidesTheRow()
{
    Shown shown;
    shown.group->setValue(QStringLiteral("memory"), QStringLiteral("4 GiB"));
    shown.group->setValue(QStringLiteral("memory"), QString());
    QVERIFY(shown.group->value(QStringLiteral("memory")).isEmpty());
    QVERIFY(shown.label(QStringLiteral("value-memory"))->isHidden());
    QVERIFY(shown.label(QStringLiteral("label-memory"))->isHidden());
}

void TestSummaryGroup::unknownRowIsIgnored()
{
    Shown shown;
    shown.group->setValue(QStringLiteral("cpus"), QStringLiteral("4"));
    QVERIFY(shown.group->value(QStringLiteral("cpus")).isEmpty());
    QVERIFY(!shown.label(QStringLiteral("value-cpus")));
}

void TestSummaryGroup::changeLinkIsAButton()
{
    Shown shown;
    QPushButton *change = shown.group->changeButton();
    QSignalSpy clicked(change, &QPushButton::clicked);
    QTest::mouseClick(change, Qt::LeftButton);
    QCOMPARE(clicked.size(), 1);
    change->setFocus();
    QTest::keyClick(change, Qt::Key_Space);
    QCOMPARE(clicked.size(), 2);
    // It must not steal Return from the wizard's Next.
    QVERIFY(!change->autoDefault());
    QVERIFY(change->isFlat());
    QVERIFY(change->font().underline());
}

void TestSummaryGroup::changeLinkIsLinkColoured()
{
    Shown shown;
    QPalette palette = shown.parent.palette();
    palette.setColor(QPalette::Link, QColor(0x12, 0x34, 0xab));
    shown.parent.setPalette(palette);
    QCOMPARE(shown.group->changeButton()->palette().color(QPalette::ButtonText),
             QColor(0x12, 0x34, 0xab));
    palette.setColor(QPalette::Link, QColor(0xab, 0x34, 0x12));
    shown.parent.setPalette(palette);
    QCOMPARE(shown.group->changeButton()->palette().color(QPalette::ButtonText),
             QColor(0xab, 0x34, 0x12));
}

QTEST_MAIN(TestSummaryGroup)
#include "tst_summarygroup.moc"
