// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentbutton.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QSignalSpy>
#include <QTest>

using namespace Airlock;

class TestSegmentButton : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue();
    void oneSegmentOfAGroupIsChecked();
    void sizeFitsTheBoldText_data();
    void sizeFitsTheBoldText();
    void paintsInEveryState();
};

namespace {

struct Bar
{
    QWidget parent;
    QButtonGroup group;
    QList<SegmentButton *> segments;

    Bar()
    {
        auto *layout = new QHBoxLayout(&parent);
        layout->setSpacing(0);
        for (const QString &name :
             {QStringLiteral("NAT"), QStringLiteral("Isolated"), QStringLiteral("None")}) {
            auto *segment = new SegmentButton(name, &parent);
            segment->setObjectName(QStringLiteral("segment-") + name);
            group.addButton(segment, int(segments.size()));
            layout->addWidget(segment);
            segments.append(segment);
        }
        parent.show();
    }
};

} // namespace

void TestSegmentButton::shouldHaveDefaultValue()
{
    Bar bar;
    auto *segment = bar.parent.findChild<SegmentButton *>(QStringLiteral("segment-NAT"));
    QVERIFY(segment);
    QCOMPARE(segment->text(), QStringLiteral("NAT"));
    QVERIFY(segment->isCheckable());
    QVERIFY(!segment->isChecked());
    QVERIFY(segment->autoExclusive());
    QVERIFY(!segment->autoDefault());
    QVERIFY(segment->testAttribute(Qt::WA_Hover));
}

void TestSegmentButton::oneSegmentOfAGroupIsChecked()
{
    Bar bar;
    QSignalSpy clicked(&bar.group, &QButtonGroup::idClicked);
    QSignalSpy toggled(bar.segments.at(0), &QAbstractButton::toggled);
    QTest::mouseClick(bar.segments.at(0), Qt::LeftButton);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.constLast().constFirst().toInt(), 0);
    QVERIFY(bar.segments.at(0)->isChecked());
    QTest::mouseClick(bar.segments.at(2), Qt::LeftButton);
    QCOMPARE(clicked.constLast().constFirst().toInt(), 2);
    QVERIFY(bar.segments.at(2)->isChecked());
    QVERIFY(!bar.segments.at(0)->isChecked());
    QCOMPARE(toggled.size(), 2);
    // Clicking the checked one keeps it checked: a choice, not a switch.
    QTest::mouseClick(bar.segments.at(2), Qt::LeftButton);
    QVERIFY(bar.segments.at(2)->isChecked());
}

void TestSegmentButton::sizeFitsTheBoldText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("short") << QStringLiteral("On");
    QTest::newRow("long") << QStringLiteral("Everything, including the microphone");
}

void TestSegmentButton::sizeFitsTheBoldText()
{
    QFETCH(QString, text);
    SegmentButton segment(text);
    QFont bold = segment.font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    QVERIFY(segment.sizeHint().width() > metrics.horizontalAdvance(text));
    QVERIFY(segment.sizeHint().height() > metrics.height());
    QCOMPARE(segment.minimumSizeHint(), segment.sizeHint());
    // Checking it, which bolds the text, does not change its size.
    const QSize before = segment.sizeHint();
    segment.setChecked(true);
    QCOMPARE(segment.sizeHint(), before);
}

void TestSegmentButton::paintsInEveryState()
{
    Bar bar;
    bar.segments.at(1)->setChecked(true);
    bar.segments.at(2)->setEnabled(false);
    bar.segments.at(0)->setFocus();
    for (SegmentButton *segment : std::as_const(bar.segments)) {
        const QImage image = segment->grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), segment->size() * segment->devicePixelRatio());
    }
    // The checked segment is filled with the highlight, the others are not.
    const QImage checked = bar.segments.at(1)->grab().toImage();
    const QImage unchecked = bar.segments.at(0)->grab().toImage();
    const QPoint inside(4, checked.height() / 2);
    QCOMPARE(checked.pixelColor(inside), bar.parent.palette().color(QPalette::Highlight));
    QVERIFY(unchecked.pixelColor(inside) != bar.parent.palette().color(QPalette::Highlight));
    // A segment alone, outside any group, draws as a whole bar.
    SegmentButton alone(QStringLiteral("Alone"));
    alone.resize(alone.sizeHint());
    QVERIFY(!alone.grab().isNull());
}

QTEST_MAIN(TestSegmentButton)
#include "tst_segmentbutton.moc"
