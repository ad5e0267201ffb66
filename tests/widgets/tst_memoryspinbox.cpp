// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryspinbox.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

using namespace Airlock;

Q_DECLARE_METATYPE(std::optional<qint64>)

class TestMemorySpinBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue();
    void parsesInTheLocale_data();
    void parsesInTheLocale();
    void formatsInTheLocale_data();
    void formatsInTheLocale();
    void formattedTextReadsBack_data();
    void formattedTextReadsBack();
    void typedTextSetsTheValue_data();
    void typedTextSetsTheValue();
    void badTextKeepsTheValue();
    void saysWhatIsWrongWithTheText_data();
    void saysWhatIsWrongWithTheText();
    void keepsTextThatIsNotAnAmountWhenFocusLeaves();
    void stepsLandOnTheQuarterGibibyteGrid_data();
    void stepsLandOnTheQuarterGibibyteGrid();
};

namespace {

const QLocale s_c = QLocale::c();
const QLocale s_german(QLocale::German, QLocale::Germany);
const QLocale s_french(QLocale::French, QLocale::France);

bool onlyEver(const QSignalSpy &spy, int value)
{
    return std::all_of(spy.cbegin(), spy.cend(), [value](const QList<QVariant> &arguments) {
        return arguments.constFirst().toInt() == value;
    });
}

// The box's own line edit, where the user types.
QLineEdit *editor(const MemorySpinBox &box)
{
    return box.findChild<QLineEdit *>();
}

} // namespace

void TestMemorySpinBox::shouldHaveDefaultValue()
{
    QWidget parent;
    auto *box = new MemorySpinBox(&parent);
    box->setObjectName(QStringLiteral("memory"));
    auto *found = parent.findChild<MemorySpinBox *>(QStringLiteral("memory"));
    QCOMPARE(found, box);
    QCOMPARE(found->singleStep(), MemorySpinBox::stepMiB);
    QVERIFY(found->isAccelerated());
    QCOMPARE(found->value(), 0);
    found->setLocale(s_c);
    QCOMPARE(found->text(), QStringLiteral("0 MiB"));
}

void TestMemorySpinBox::parsesInTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<qint64>>("mebibytes");

    const std::optional<qint64> refused;
    // A bare number could mean either unit: the box asks for one.
    QTest::newRow("C: bare number") << s_c << QStringLiteral("4") << refused;
    QTest::newRow("C: GiB") << s_c << QStringLiteral("4 GiB") << std::optional<qint64>(4096);
    QTest::newRow("C: decimal GiB")
            << s_c << QStringLiteral("4.5 GiB") << std::optional<qint64>(4608);
    QTest::newRow("C: MiB") << s_c << QStringLiteral("4096 MiB") << std::optional<qint64>(4096);
    QTest::newRow("C: G, no space") << s_c << QStringLiteral("3G") << std::optional<qint64>(3072);
    QTest::newRow("C: G") << s_c << QStringLiteral("3 G") << std::optional<qint64>(3072);
    QTest::newRow("C: lower case")
            << s_c << QStringLiteral("512 mib") << std::optional<qint64>(512);
    QTest::newRow("C: TiB") << s_c << QStringLiteral("1 TiB") << std::optional<qint64>(1048576);
    QTest::newRow("C: spaces around")
            << s_c << QStringLiteral("  2 GiB  ") << std::optional<qint64>(2048);
    QTest::newRow("German: comma")
            << s_german << QStringLiteral("4,5 GiB") << std::optional<qint64>(4608);
    QTest::newRow("German: quarter")
            << s_german << QStringLiteral("1,75 GiB") << std::optional<qint64>(1792);
    QTest::newRow("German: MiB") << s_german << QStringLiteral("4096 MiB")
                                 << std::optional<qint64>(4096);
    QTest::newRow("German: G") << s_german << QStringLiteral("3 G") << std::optional<qint64>(3072);
    QTest::newRow("French: comma, Gio")
            << s_french << QStringLiteral("4,5 Gio") << std::optional<qint64>(4608);
    QTest::newRow("French: GiB") << s_french << QStringLiteral("4,5 GiB")
                                 << std::optional<qint64>(4608);
    QTest::newRow("French: Mio") << s_french << QStringLiteral("4096 Mio")
                                 << std::optional<qint64>(4096);
    QTest::newRow("French: grouped thousands")
            << s_french
            << QString(QStringLiteral("4") + s_french.groupSeparator() + QStringLiteral("096 Mio"))
            << std::optional<qint64>(4096);
    QTest::newRow("French: G") << s_french << QStringLiteral("3 G") << std::optional<qint64>(3072);
    QTest::newRow("empty") << s_c << QString() << refused;
    QTest::newRow("only a unit") << s_c << QStringLiteral("GiB") << refused;
    QTest::newRow("words") << s_c << QStringLiteral("four GiB") << refused;
    QTest::newRow("unknown unit") << s_c << QStringLiteral("4 KiB") << refused;
    QTest::newRow("negative") << s_c << QStringLiteral("-4 GiB") << refused;
    QTest::newRow("two numbers") << s_c << QStringLiteral("4 GiB 5") << refused;
    QTest::newRow("beyond int") << s_c << QStringLiteral("3000000 GiB") << refused;
    QTest::newRow("German: words") << s_german << QStringLiteral("vier GiB") << refused;
    QTest::newRow("French: unknown unit") << s_french << QStringLiteral("4 Ko") << refused;
}

void TestMemorySpinBox::parsesInTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(std::optional<qint64>, mebibytes);
    QCOMPARE(MemorySpinBox::parse(text, locale), mebibytes);
}

void TestMemorySpinBox::formatsInTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("mebibytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("C: whole GiB") << s_c << qint64(4096) << QStringLiteral("4 GiB");
    QTest::newRow("C: half") << s_c << qint64(4608) << QStringLiteral("4.5 GiB");
    QTest::newRow("C: quarter") << s_c << qint64(1792) << QStringLiteral("1.75 GiB");
    QTest::newRow("C: below a GiB") << s_c << qint64(512) << QStringLiteral("512 MiB");
    QTest::newRow("C: off the grid") << s_c << qint64(4000) << QStringLiteral("4000 MiB");
    QTest::newRow("C: large, no separator") << s_c << qint64(65536) << QStringLiteral("64 GiB");
    QTest::newRow("C: whole TiB") << s_c << qint64(4 * 1024 * 1024) << QStringLiteral("4 TiB");
    QTest::newRow("C: half TiB") << s_c << qint64(1536 * 1024) << QStringLiteral("1.5 TiB");
    QTest::newRow("C: GiB beyond a TiB")
            << s_c << qint64(1025 * 1024) << QStringLiteral("1025 GiB");
    QTest::newRow("German: half") << s_german << qint64(4608) << QStringLiteral("4,5 GiB");
    QTest::newRow("German: off the grid, no separator")
            << s_german << qint64(4000) << QStringLiteral("4000 MiB");
    QTest::newRow("French: quarter") << s_french << qint64(1280) << QStringLiteral("1,25 GiB");
}

void TestMemorySpinBox::formatsInTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, mebibytes);
    QFETCH(QString, text);
    QCOMPARE(MemorySpinBox::format(mebibytes, locale), text);
}

void TestMemorySpinBox::formattedTextReadsBack_data()
{
    QTest::addColumn<QLocale>("locale");
    for (const QLocale &locale : {s_c, s_german, s_french}) {
        QTest::newRow(qPrintable(locale.name())) << locale;
    }
}

void TestMemorySpinBox::formattedTextReadsBack()
{
    QFETCH(QLocale, locale);
    for (const qint64 mebibytes :
         {256, 512, 1000, 1024, 1280, 1536, 1792, 4000, 4096, 65536, 1048576, 1572864, 1049600}) {
        const QString text = MemorySpinBox::format(mebibytes, locale);
        QCOMPARE(MemorySpinBox::parse(text, locale), std::optional<qint64>(mebibytes));
    }
}

void TestMemorySpinBox::typedTextSetsTheValue_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("shown");

    QTest::newRow("C") << s_c << QStringLiteral("4.5 GiB") << 4608 << QStringLiteral("4.5 GiB");
    QTest::newRow("C: MiB") << s_c << QStringLiteral("4096 MiB") << 4096 << QStringLiteral("4 GiB");
    QTest::newRow("German") << s_german << QStringLiteral("4,5 GiB") << 4608
                            << QStringLiteral("4,5 GiB");
    QTest::newRow("French") << s_french << QStringLiteral("3 G") << 3072 << QStringLiteral("3 GiB");
}

void TestMemorySpinBox::typedTextSetsTheValue()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(int, value);
    QFETCH(QString, shown);

    MemorySpinBox box;
    box.setLocale(locale);
    box.setRange(256, 65536);
    box.setValue(2048);
    QSignalSpy changed(&box, &QSpinBox::valueChanged);
    editor(box)->selectAll();
    QTest::keyClicks(editor(box), typed);
    QTest::keyClick(editor(box), Qt::Key_Return);
    QCOMPARE(box.value(), value);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().constFirst().toInt(), value);
    QCOMPARE(box.text(), shown);
}

void TestMemorySpinBox::badTextKeepsTheValue()
{
    MemorySpinBox box;
    box.setLocale(s_c);
    box.setRange(256, 4096);
    box.setValue(2048);
    QSignalSpy changed(&box, &QSpinBox::valueChanged);
    QSignalSpy problems(&box, &MemorySpinBox::problemChanged);
    // Half-typed text is never blocked, but it is not a value either, and no
    // problem is shown while the user is still typing.
    editor(box)->selectAll();
    QTest::keyClicks(editor(box), QStringLiteral("lots"));
    QCOMPARE(editor(box)->text(), QStringLiteral("lots"));
    QVERIFY(!box.hasAcceptableInput());
    QVERIFY(box.problem().isEmpty());
    QVERIFY(problems.isEmpty());
    // Enter ends editing: the text stays, and the box says what is wrong.
    QTest::keyClick(editor(box), Qt::Key_Return);
    QCOMPARE(box.value(), 2048);
    QCOMPARE(box.text(), QStringLiteral("lots"));
    QCOMPARE(box.problem(), QStringLiteral("“lots” is not an amount of memory. Type one such as "
                                           "4 GiB or 512 MiB."));
    QCOMPARE(problems.size(), 1);
    // Qt may announce the value again when editing ends, but never another.
    QVERIFY(onlyEver(changed, 2048));

    // Beyond the range: refused as a value, kept as text, and said.
    editor(box)->selectAll();
    QTest::keyClicks(editor(box), QStringLiteral("9 GiB"));
    QVERIFY(!box.hasAcceptableInput());
    QTest::keyClick(editor(box), Qt::Key_Return);
    QCOMPARE(box.value(), 2048);
    QVERIFY(onlyEver(changed, 2048));
    QCOMPARE(box.text(), QStringLiteral("9 GiB"));
    QCOMPARE(box.problem(), QStringLiteral("9 GiB is more than this box takes: at most 4 GiB."));

    // Fixed: the problem goes as soon as the text reads, before editing ends.
    editor(box)->selectAll();
    QTest::keyClicks(editor(box), QStringLiteral("3 GiB"));
    QVERIFY(box.problem().isEmpty());
    QCOMPARE(problems.constLast().constFirst().toString(), QString());
    QCOMPARE(box.value(), 3072);
    QCOMPARE(box.checkText(), QString());
}

void TestMemorySpinBox::saysWhatIsWrongWithTheText_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");

    QTest::newRow("an amount") << s_c << QStringLiteral("4 GiB") << QString();
    QTest::newRow("the most") << s_c << QStringLiteral("64 GiB") << QString();
    QTest::newRow("no unit") << s_c << QStringLiteral("4")
                             << QStringLiteral("Add a unit, for example 4 GiB.");
    QTest::newRow("German: no unit") << s_german << QStringLiteral("4,5")
                                     << QStringLiteral("Add a unit, for example 4,5 GiB.");
    QTest::newRow("empty") << s_c << QStringLiteral("  ")
                           << QStringLiteral("Type an amount of memory, for example 4 GiB.");
    QTest::newRow("words") << s_c << QStringLiteral("four GiB")
                           << QStringLiteral("“four GiB” is not an amount of memory. Type one "
                                             "such as 4 GiB or 512 MiB.");
    QTest::newRow("unknown unit")
            << s_c << QStringLiteral("4 KiB")
            << QStringLiteral("Airlock does not know the unit “KiB”. Use GiB or MiB, for example "
                              "4 GiB.");
    QTest::newRow("beyond any computer")
            << s_c << QStringLiteral("3000000 GiB")
            << QStringLiteral("3000000 GiB is more memory than any computer has.");
    QTest::newRow("above the range") << s_c << QStringLiteral("65 GiB")
                                     << QStringLiteral("65 GiB is more than this box takes: at "
                                                       "most 64 GiB.");
    QTest::newRow("below the range") << s_c << QStringLiteral("100 MiB")
                                     << QStringLiteral("100 MiB is less than this box takes: at "
                                                       "least 256 MiB.");
}

void TestMemorySpinBox::saysWhatIsWrongWithTheText()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QCOMPARE(MemorySpinBox::problemWith(text, locale, 256, 65536), problem);
}

void TestMemorySpinBox::keepsTextThatIsNotAnAmountWhenFocusLeaves()
{
    QWidget window;
    auto *box = new MemorySpinBox(&window);
    auto *other = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(box);
    layout->addWidget(other);
    box->setLocale(s_c);
    box->setRange(256, 65536);
    box->setValue(2048);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy problems(box, &MemorySpinBox::problemChanged);

    box->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), box);
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, QStringLiteral("4096"));
    QVERIFY(problems.isEmpty());
    QTest::keyClick(box, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), other);
    // Not snapped back to 2 GiB, nor read as 4096 GiB: kept, with the fix.
    QCOMPARE(box->text(), QStringLiteral("4096"));
    QCOMPARE(box->value(), 2048);
    QCOMPARE(box->problem(), QStringLiteral("Add a unit, for example 4096 GiB."));
    QCOMPARE(problems.size(), 1);
    // Hidden and shown again, as QWizard does whenever Next's state changes.
    box->hide();
    box->show();
    QCOMPARE(box->text(), QStringLiteral("4096"));
    QCOMPARE(box->problem(), QStringLiteral("Add a unit, for example 4096 GiB."));

    // Back in, the unit added: a value at once, shown in the box's own form.
    box->setFocus(Qt::TabFocusReason);
    QTest::keyClick(box, Qt::Key_End);
    QTest::keyClicks(box, QStringLiteral(" MiB"));
    QCOMPARE(box->value(), 4096);
    QVERIFY(box->problem().isEmpty());
    QCOMPARE(problems.size(), 2);
    other->setFocus(Qt::TabFocusReason);
    QCOMPARE(box->text(), QStringLiteral("4 GiB"));
}

void TestMemorySpinBox::stepsLandOnTheQuarterGibibyteGrid_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("value");

    QTest::newRow("up from the grid") << 4096 << 1 << 4352;
    QTest::newRow("down from the grid") << 4096 << -1 << 3840;
    QTest::newRow("up from off the grid") << 4000 << 1 << 4096;
    QTest::newRow("down from off the grid") << 4000 << -1 << 3840;
    QTest::newRow("several") << 1024 << 4 << 2048;
    QTest::newRow("clamped at the top") << 65280 << 3 << 65536;
    QTest::newRow("clamped at the bottom") << 512 << -5 << 256;
}

void TestMemorySpinBox::stepsLandOnTheQuarterGibibyteGrid()
{
    QFETCH(int, start);
    QFETCH(int, steps);
    QFETCH(int, value);

    MemorySpinBox box;
    box.setRange(256, 65536);
    box.setValue(start);
    QSignalSpy changed(&box, &QSpinBox::valueChanged);
    box.stepBy(steps);
    QCOMPARE(box.value(), value);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toInt(), value);
}

QTEST_MAIN(TestMemorySpinBox)
#include "tst_memoryspinbox.moc"
