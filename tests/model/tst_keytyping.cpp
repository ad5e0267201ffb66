// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/keytyping.h"
#include "proof/guesthardening.h"

#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::KeyStroke)

namespace {

// The US keyboard as it looks, row by row: each row's first scancode and
// its keys unshifted and shifted, from the IBM PC XT's scancode set 1. The
// test's own table, written apart from the code's.
struct Row
{
    int first;
    const char *plain;
    const char *shifted;
};

constexpr Row s_rows[] = {
        {0x02, "1234567890-=", "!@#$%^&*()_+"},
        {0x10, "qwertyuiop[]", "QWERTYUIOP{}"},
        {0x1e, "asdfghjkl;'`", "ASDFGHJKL:\"~"},
        {0x2b, "\\zxcvbnm,./", "|ZXCVBNM<>?"},
};

} // namespace

class TestKeyTyping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typesEveryPrintableCharacter_data();
    void typesEveryPrintableCharacter();
    void knownScancodes_data();
    void knownScancodes();
    void typesAWholeLine();
    void namesWhatItCannotType_data();
    void namesWhatItCannotType();
    void typesTheHardeningCommand();
};

void TestKeyTyping::typesEveryPrintableCharacter_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<int>("scancode");
    QTest::addColumn<bool>("shift");
    QList<char> covered;
    for (const Row &row : s_rows) {
        for (int i = 0; row.plain[i]; ++i) {
            QTest::addRow("'%c'", row.plain[i])
                    << QString(QLatin1Char(row.plain[i])) << row.first + i << false;
            QTest::addRow("'%c'", row.shifted[i])
                    << QString(QLatin1Char(row.shifted[i])) << row.first + i << true;
            covered << row.plain[i] << row.shifted[i];
        }
    }
    QTest::newRow("space") << QStringLiteral(" ") << 0x39 << false;
    covered << ' ';
    // The table above holds every printable ASCII character, each once.
    QCOMPARE(covered.size(), 0x7f - 0x20);
    for (char c = 0x20; c < 0x7f; ++c)
        QVERIFY2(covered.count(c) == 1, qPrintable(QString(QLatin1Char(c))));
}

void TestKeyTyping::typesEveryPrintableCharacter()
{
    QFETCH(QString, character);
    QFETCH(int, scancode);
    QFETCH(bool, shift);
    const auto strokes = KeyTyping::strokes(character);
    QVERIFY2(strokes.has_value(), qPrintable(strokes.error()));
    QCOMPARE(strokes->size(), 1);
    QCOMPARE(strokes->first().scancode, scancode);
    QCOMPARE(strokes->first().shift, shift);
}

// Spot checks against a published XT table.
void TestKeyTyping::knownScancodes_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<KeyStroke>("stroke");
    QTest::newRow("a") << QStringLiteral("a") << KeyStroke {0x1e, false};
    QTest::newRow("<") << QStringLiteral("<") << KeyStroke {0x33, true};
    QTest::newRow("newline") << QStringLiteral("\n") << KeyStroke {0x1c, false};
    QTest::newRow("|") << QStringLiteral("|") << KeyStroke {0x2b, true};
    QTest::newRow("~") << QStringLiteral("~") << KeyStroke {0x29, true};
    QTest::newRow("tab") << QStringLiteral("\t") << KeyStroke {0x0f, false};
    QTest::newRow("Z") << QStringLiteral("Z") << KeyStroke {0x2c, true};
    QTest::newRow("0") << QStringLiteral("0") << KeyStroke {0x0b, false};
}

void TestKeyTyping::knownScancodes()
{
    QFETCH(QString, character);
    QFETCH(KeyStroke, stroke);
    const auto strokes = KeyTyping::strokes(character);
    QVERIFY(strokes.has_value());
    QCOMPARE(strokes->size(), 1);
    QCOMPARE(strokes->first(), stroke);
}

void TestKeyTyping::typesAWholeLine()
{
    const auto strokes = KeyTyping::strokes(QStringLiteral("ls -A\n"));
    QVERIFY(strokes.has_value());
    const QList<KeyStroke> expected {{0x26, false}, {0x1f, false}, {0x39, false},
                                     {0x0c, false}, {0x1e, true},  {0x1c, false}};
    QCOMPARE(*strokes, expected);
    QVERIFY(KeyTyping::strokes(QString())->isEmpty());
}

void TestKeyTyping::namesWhatItCannotType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("accented letter")
            << QStringLiteral("caf\u00e9") << QStringLiteral("“é” U+00E9 at character 4");
    QTest::newRow("curly quote") << QStringLiteral("say \u201chi")
                                 << QStringLiteral("““” U+201C at character 5");
    QTest::newRow("emoji") << QStringLiteral("x\U0001F600")
                           << QStringLiteral("“\U0001F600” U+1F600 at character 2");
    QTest::newRow("carriage return")
            << QStringLiteral("a\r\n") << QStringLiteral("U+000D at character 2");
    QTest::newRow("escape") << QStringLiteral("\x1b[A") << QStringLiteral("U+001B at character 1");
}

void TestKeyTyping::namesWhatItCannotType()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    const auto strokes = KeyTyping::strokes(text);
    QVERIFY(!strokes.has_value());
    QVERIFY2(strokes.error().startsWith(named), qPrintable(strokes.error()));
    QVERIFY(strokes.error().contains(QLatin1String("US keyboard")));
}

// What the console will type: every character has its key.
void TestKeyTyping::typesTheHardeningCommand()
{
    VmSpec spec;
    spec.exposure.sharedFolder = SharedFolder {QStringLiteral("/home/ada/Dokumente é"), true};
    spec.exposure.tpm = true;
    const QString command = GuestHardening::typedCommand(spec);
    const auto strokes = KeyTyping::strokes(command);
    QVERIFY2(strokes.has_value(), qPrintable(strokes.error()));
    QCOMPARE(strokes->size(), command.size());
    QCOMPARE(strokes->count(KeyStroke {0x1c, false}), command.count(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestKeyTyping)
#include "tst_keytyping.moc"
