// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryspinbox.h"
#include "noticelist.h"
#include "sizerow.h"
#include "slidermark.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(SizeRow::Scale)

class TestSizeRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue();
    void sliderMovesTheBox_data();
    void sliderMovesTheBox();
    void boxMovesTheSlider_data();
    void boxMovesTheSlider();
    void setValueKeepsAValueOffTheSliderGrid();
    void newRangeClampsTheBoxAndTheSliderFollows();
    void clampedSliderLeavesTheBoxAlone();
    void typedRangeWidensOnlyTheBox();
    void memoryRowReportsWhatIsWrongWithTheText();
    void markSitsOnTheSliderStepOfItsValue();
    void captionAndNameAreReadAloud();
};

void TestSizeRow::shouldHaveDefaultValue()
{
    QWidget parent;
    auto *row = new SizeRow(QStringLiteral("memory"), SizeRow::Scale::Mebibytes, &parent);
    QCOMPARE(parent.findChild<SizeRow *>(QStringLiteral("memoryRow")), row);
    auto *slider = parent.findChild<QSlider *>(QStringLiteral("memorySlider"));
    auto *mark = parent.findChild<SliderMark *>(QStringLiteral("memoryMark"));
    auto *box = parent.findChild<MemorySpinBox *>(QStringLiteral("memorySpin"));
    auto *caption = parent.findChild<QLabel *>(QStringLiteral("memoryCaption"));
    QVERIFY(slider);
    QVERIFY(mark);
    QVERIFY(box);
    QVERIFY(caption);
    QCOMPARE(row->slider(), slider);
    QCOMPARE(row->mark(), mark);
    QCOMPARE(row->spinBox(), box);
    QCOMPARE(row->caption(), caption);
    QCOMPARE(row->notices()->parentWidget(), row);
    QCOMPARE(slider->orientation(), Qt::Horizontal);
    QCOMPARE(box->alignment(), Qt::AlignRight);
    QVERIFY(caption->wordWrap());
    QVERIFY(row->notices()->isHidden());
    QCOMPARE(row->value(), 0);
    QCOMPARE(slider->value(), 0);

    // Every row's box is one width, whatever it counts.
    auto *count = new SizeRow(QStringLiteral("vcpu"), SizeRow::Scale::Units, &parent);
    QVERIFY(!qobject_cast<MemorySpinBox *>(count->spinBox()));
    QCOMPARE(count->spinBox()->objectName(), QStringLiteral("vcpuSpin"));
    QCOMPARE(count->spinBox()->minimumWidth(), box->minimumWidth());
}

void TestSizeRow::sliderMovesTheBox_data()
{
    QTest::addColumn<SizeRow::Scale>("scale");
    QTest::addColumn<int>("sliderValue");
    QTest::addColumn<int>("boxValue");

    QTest::newRow("units") << SizeRow::Scale::Units << 7 << 7;
    QTest::newRow("quarter gibibytes") << SizeRow::Scale::Mebibytes << 10 << 2560;
}

void TestSizeRow::sliderMovesTheBox()
{
    QFETCH(SizeRow::Scale, scale);
    QFETCH(int, sliderValue);
    QFETCH(int, boxValue);

    SizeRow row(QStringLiteral("size"), scale);
    row.setRange(0, 64 * 1024);
    QSignalSpy changed(&row, &SizeRow::valueChanged);
    row.slider()->setValue(sliderValue);
    QCOMPARE(row.value(), boxValue);
    QCOMPARE(row.spinBox()->value(), boxValue);
    QCOMPARE(row.slider()->value(), sliderValue);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toInt(), boxValue);
}

void TestSizeRow::boxMovesTheSlider_data()
{
    QTest::addColumn<SizeRow::Scale>("scale");
    QTest::addColumn<int>("boxValue");
    QTest::addColumn<int>("sliderValue");

    QTest::newRow("units") << SizeRow::Scale::Units << 12 << 12;
    QTest::newRow("on the grid") << SizeRow::Scale::Mebibytes << 4096 << 16;
    QTest::newRow("rounds up to the step") << SizeRow::Scale::Mebibytes << 4000 << 16;
    QTest::newRow("rounds down to the step") << SizeRow::Scale::Mebibytes << 4200 << 16;
    QTest::newRow("halfway rounds up") << SizeRow::Scale::Mebibytes << 4224 << 17;
}

void TestSizeRow::boxMovesTheSlider()
{
    QFETCH(SizeRow::Scale, scale);
    QFETCH(int, boxValue);
    QFETCH(int, sliderValue);

    SizeRow row(QStringLiteral("size"), scale);
    row.setRange(0, 64 * 1024);
    QSignalSpy changed(&row, &SizeRow::valueChanged);
    row.spinBox()->setValue(boxValue);
    QCOMPARE(row.slider()->value(), sliderValue);
    // The box keeps the exact value: the slider following it does not round it.
    QCOMPARE(row.value(), boxValue);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toInt(), boxValue);
}

void TestSizeRow::setValueKeepsAValueOffTheSliderGrid()
{
    SizeRow row(QStringLiteral("memory"), SizeRow::Scale::Mebibytes);
    row.setRange(512, 8192);
    QSignalSpy changed(&row, &SizeRow::valueChanged);
    row.setValue(4000);
    QCOMPARE(row.value(), 4000);
    QCOMPARE(row.slider()->value(), 16);
    QCOMPARE(changed.size(), 1);

    // The same value again changes nothing and says nothing.
    row.setValue(4000);
    QCOMPARE(changed.size(), 1);

    // A blocked row still keeps its slider with its box.
    {
        const QSignalBlocker blocker(&row);
        row.setValue(2048);
    }
    QCOMPARE(changed.size(), 1);
    QCOMPARE(row.value(), 2048);
    QCOMPARE(row.slider()->value(), 8);
}

void TestSizeRow::newRangeClampsTheBoxAndTheSliderFollows()
{
    SizeRow row(QStringLiteral("memory"), SizeRow::Scale::Mebibytes);
    row.setRange(512, 16384);
    row.setValue(12288);
    QSignalSpy changed(&row, &SizeRow::valueChanged);

    // 7000 MiB is not on the slider's grid: the slider ends at the last
    // step below it, the box at the exact maximum.
    row.setRange(1000, 7000);
    QCOMPARE(row.spinBox()->minimum(), 1000);
    QCOMPARE(row.spinBox()->maximum(), 7000);
    QCOMPARE(row.slider()->minimum(), 4);
    QCOMPARE(row.slider()->maximum(), 27);
    QCOMPARE(row.value(), 7000);
    QCOMPARE(row.slider()->value(), 27);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toInt(), 7000);
}

void TestSizeRow::clampedSliderLeavesTheBoxAlone()
{
    SizeRow row(QStringLiteral("memory"), SizeRow::Scale::Mebibytes);
    row.setRange(256, 8192);
    row.setValue(256);
    QCOMPARE(row.slider()->value(), 1);

    // The slider's new minimum (4, for 1000 MiB) clamps the slider; the box
    // clamps to 1000 MiB itself, not to the slider's 1024.
    row.setRange(1000, 8192);
    QCOMPARE(row.value(), 1000);
    QCOMPARE(row.slider()->value(), 4);
}

void TestSizeRow::typedRangeWidensOnlyTheBox()
{
    SizeRow row(QStringLiteral("memory"), SizeRow::Scale::Mebibytes);
    row.setTypedRange(0, 1024 * 1024);
    row.setRange(512, 8192);
    QCOMPARE(row.slider()->maximum(), 32);
    QCOMPARE(row.spinBox()->minimum(), 0);
    QCOMPARE(row.spinBox()->maximum(), 1024 * 1024);

    // More than the slider reaches: the box keeps it, the slider waits at its end.
    row.setValue(65536);
    QCOMPARE(row.value(), 65536);
    QCOMPARE(row.slider()->value(), 32);
    // A later range moves the slider only.
    row.setRange(512, 4096);
    QCOMPARE(row.value(), 65536);
    QCOMPARE(row.spinBox()->maximum(), 1024 * 1024);
    QCOMPARE(row.slider()->maximum(), 16);
}

void TestSizeRow::memoryRowReportsWhatIsWrongWithTheText()
{
    SizeRow row(QStringLiteral("memory"), SizeRow::Scale::Mebibytes);
    row.spinBox()->setLocale(QLocale::c());
    row.setRange(512, 8192);
    row.setValue(2048);
    QVERIFY(row.inputProblem().isEmpty());
    QSignalSpy problems(&row, &SizeRow::inputProblemChanged);
    auto *editor = row.spinBox()->findChild<QLineEdit *>();
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("3"));
    QVERIFY(problems.isEmpty()); // still typing
    row.setCaption(QStringLiteral("Up to 8 GiB on this host."));
    QCOMPARE(row.checkInput(), QStringLiteral("Add a unit, for example 3 GiB."));
    QCOMPARE(row.inputProblem(), QStringLiteral("Add a unit, for example 3 GiB."));
    // Read aloud where the caption was, and the caption again once fixed.
    QCOMPARE(row.spinBox()->accessibleDescription(), row.inputProblem());
    row.setCaption(QStringLiteral("Up to 8 GiB on this host."));
    QCOMPARE(row.spinBox()->accessibleDescription(), row.inputProblem());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(row.spinBox()->text(), QStringLiteral("3"));
    QCOMPARE(row.value(), 2048);

    QTest::keyClicks(editor, QStringLiteral(" GiB"));
    QVERIFY(row.inputProblem().isEmpty());
    QCOMPARE(row.spinBox()->accessibleDescription(), QStringLiteral("Up to 8 GiB on this host."));
    QCOMPARE(problems.size(), 2);
    QCOMPARE(row.value(), 3072);

    // A count has no text problems: checking it only takes what was typed.
    SizeRow count(QStringLiteral("vcpu"), SizeRow::Scale::Units);
    count.setRange(1, 8);
    QVERIFY(count.checkInput().isEmpty());
    QVERIFY(count.inputProblem().isEmpty());
}

void TestSizeRow::markSitsOnTheSliderStepOfItsValue()
{
    SizeRow memory(QStringLiteral("memory"), SizeRow::Scale::Mebibytes);
    memory.setMark(3072, QStringLiteral("recommended"));
    QCOMPARE(memory.mark()->markValue(), 12);
    QCOMPARE(memory.mark()->label(), QStringLiteral("recommended"));

    SizeRow disk(QStringLiteral("disk"), SizeRow::Scale::Units);
    disk.setMark(20, QStringLiteral("recommended"));
    QCOMPARE(disk.mark()->markValue(), 20);
}

void TestSizeRow::captionAndNameAreReadAloud()
{
    SizeRow row(QStringLiteral("disk"), SizeRow::Scale::Units);
    row.setCaption(QStringLiteral("Up to 68 GiB free."));
    QCOMPARE(row.caption()->text(), QStringLiteral("Up to 68 GiB free."));
    QCOMPARE(row.spinBox()->accessibleDescription(), QStringLiteral("Up to 68 GiB free."));

    row.setControlsAccessibleName(QStringLiteral("Disk size"));
    QCOMPARE(row.slider()->accessibleName(), QStringLiteral("Disk size"));
    QCOMPARE(row.spinBox()->accessibleName(), QStringLiteral("Disk size"));
}

QTEST_MAIN(TestSizeRow)
#include "tst_sizerow.moc"
