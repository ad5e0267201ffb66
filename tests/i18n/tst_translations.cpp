// SPDX-License-Identifier: GPL-3.0-or-later
// Every translations/*.ts file: complete, current with the sources, and
// faithful to each source's placeholders, markup and accelerators.
#include "i18n/translations.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Airlock;

namespace {

const QString s_updateCommand = QStringLiteral("cmake --build build --target update_translations");

struct Message
{
    QString context;
    QString source;
    QString comment; // lupdate's disambiguation, part of the key
    bool numerus = false;
    QString type; // "unfinished", "obsolete", "vanished", or empty
    QStringList translations; // one, or one per plural form

    QString key() const
    {
        return context + QChar(0x1f) + source + QChar(0x1f) + comment
               + (numerus ? QStringLiteral(" [plural]") : QString());
    }
    QString where() const
    {
        QString text = source;
        text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        return QStringLiteral("%1: “%2”%3")
                .arg(context, text,
                     comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

TsFile readTs(const QString &fileName)
{
    TsFile ts;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        ts.error = QStringLiteral("%1 is not a Qt Linguist file").arg(fileName);
        return ts;
    }
    ts.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                ts.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: %2 at line %3")
                           .arg(fileName, xml.errorString())
                           .arg(xml.lineNumber());
    return ts;
}

QString translationsDirectory()
{
    return QStringLiteral(AIRLOCK_SOURCE_DIR "/translations");
}

QStringList tsFiles()
{
    return QDir(translationsDirectory())
            .entryList({QStringLiteral("airlock_*.ts")}, QDir::Files, QDir::Name);
}

// "airlock_de.ts" -> "de"
QString languageOf(const QString &fileName)
{
    return QFileInfo(fileName).completeBaseName().section(QLatin1Char('_'), 1);
}

void addRowPerFile()
{
    QTest::addColumn<QString>("fileName");
    for (const QString &fileName : tsFiles())
        QTest::newRow(qPrintable(fileName)) << fileName;
}

QString report(const QString &fileName, const QString &what, const QStringList &problems)
{
    return QStringLiteral("translations/%1: %2 %3:\n  %4")
            .arg(fileName)
            .arg(problems.size())
            .arg(what, problems.join(QLatin1String("\n  ")));
}

// %1…%99 (also %L1), as a sorted list without repeats: a translation may use
// an argument twice, but must not drop one.
QStringList arguments(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9][0-9]?)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

// Markup, and the element names of libvirt XML the catalogue quotes: every
// tag of the source, exactly, as many times.
QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(
            QStringLiteral("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    std::sort(found.begin(), found.end());
    return found;
}

// Keyboard accelerators ("&Release:"); "&&" is a literal ampersand and
// "&amp;" an entity.
int accelerators(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?![&#]|[A-Za-z]+;)(?=\\S)"));
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QString leadingSpace(const QString &text)
{
    qsizetype end = 0;
    while (end < text.size() && text.at(end).isSpace())
        ++end;
    return text.left(end);
}

QString trailingSpace(const QString &text)
{
    qsizetype start = text.size();
    while (start > 0 && text.at(start - 1).isSpace())
        --start;
    return text.mid(start);
}

QStringList placeholderProblems(const Message &message, const QString &translation)
{
    QStringList problems;
    const auto show = [](const QStringList &list) {
        return list.isEmpty() ? QStringLiteral("none") : list.join(QLatin1String(" "));
    };
    if (arguments(message.source) != arguments(translation)) {
        problems.append(
                QStringLiteral("arguments %1 in the source, %2 in the translation")
                        .arg(show(arguments(message.source)), show(arguments(translation))));
    }
    if (message.source.contains(QLatin1String("%n")) != translation.contains(QLatin1String("%n")))
        problems.append(QStringLiteral("%n in only one of source and translation"));
    if (tags(message.source) != tags(translation)) {
        problems.append(QStringLiteral("tags %1 in the source, %2 in the translation")
                                .arg(show(tags(message.source)), show(tags(translation))));
    }
    if (accelerators(message.source) != accelerators(translation)) {
        problems.append(QStringLiteral("%1 keyboard accelerator(s) (&) in the source, %2 in the "
                                       "translation")
                                .arg(accelerators(message.source))
                                .arg(accelerators(translation)));
    }
    if (leadingSpace(message.source) != leadingSpace(translation)
        || trailingSpace(message.source) != trailingSpace(translation)) {
        problems.append(QStringLiteral("leading or trailing white space differs"));
    }
    if (message.source.count(QLatin1Char('\n')) != translation.count(QLatin1Char('\n')))
        problems.append(QStringLiteral("a different number of lines"));
    return problems;
}

// What the language's readers expect of quotation marks and spacing.
QStringList typographyProblems(const QString &language, const QString &translation)
{
    QStringList problems;
    if (language == QLatin1String("de")) {
        if (translation.contains(QChar(0x201d)) || translation.contains(QChar(0xab))
            || translation.count(QChar(0x201e)) != translation.count(QChar(0x201c))) {
            problems.append(QStringLiteral("German quotation marks are „…“"));
        }
    } else if (language == QLatin1String("fr")) {
        static const QRegularExpression plainSpace(QStringLiteral("( [:;?!»]|« )"));
        static const QRegularExpression bareGuillemet(
                QStringLiteral("«(?![\\x{a0}\\x{202f}])|(?<![\\x{a0}\\x{202f}])»"));
        if (translation.contains(QChar(0x201c)) || translation.contains(QChar(0x201d))
            || translation.contains(QChar(0x201e))) {
            problems.append(QStringLiteral("French quotation marks are « … »"));
        }
        if (translation.contains(plainSpace) || translation.contains(bareGuillemet)) {
            problems.append(QStringLiteral("French puts a non-breaking space before : ; ? ! » "
                                           "and after «"));
        }
    }
    return problems;
}

QSet<QString> keysOf(const TsFile &ts)
{
    QSet<QString> keys;
    for (const Message &message : ts.messages)
        keys.insert(message.key());
    return keys;
}

QStringList lupdateOptions(const QString &language)
{
    QStringList options = QStringLiteral(AIRLOCK_LUPDATE_OPTIONS).split(QLatin1Char('|'));
    if (language == QLatin1String(AIRLOCK_PLURALS_LANGUAGE))
        options.append(QStringLiteral("-pluralonly"));
    return options;
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasEveryLanguage();
    void everyMessageIsTranslated_data() { addRowPerFile(); }
    void everyMessageIsTranslated();
    void keepsPlaceholdersAndMarkup_data() { addRowPerFile(); }
    void keepsPlaceholdersAndMarkup();
    void matchesTheSources_data() { addRowPerFile(); }
    void matchesTheSources();
    void loadsForTheLocale_data();
    void loadsForTheLocale();
    void cleanup() { removeTranslators(); }
};

void TestTranslations::hasEveryLanguage()
{
    QStringList languages;
    for (const QString &fileName : tsFiles())
        languages.append(languageOf(fileName));
    for (const char *required : {"de", "fr", AIRLOCK_PLURALS_LANGUAGE})
        QVERIFY2(languages.contains(QLatin1String(required)),
                 qPrintable(QStringLiteral("no translations/airlock_%1.ts")
                                    .arg(QLatin1String(required))));
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, fileName);
    const TsFile ts = readTs(translationsDirectory() + QLatin1Char('/') + fileName);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    QVERIFY2(ts.language.startsWith(languageOf(fileName)),
             qPrintable(QStringLiteral("%1 declares the language %2").arg(fileName, ts.language)));

    QStringList problems;
    for (const Message &message : ts.messages) {
        if (!message.type.isEmpty()) {
            problems.append(QStringLiteral("%1 is %2").arg(message.where(), message.type));
            continue;
        }
        // German, French and English each have a singular and a plural form.
        const qsizetype forms = message.numerus ? 2 : 1;
        const bool empty = std::any_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString &text) { return text.isEmpty(); });
        if (message.translations.size() != forms || empty)
            problems.append(QStringLiteral("%1 has no translation").arg(message.where()));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(fileName, QStringLiteral("messages are not finished"), problems)
                        + QStringLiteral("\nTranslate them with Qt Linguist (linguist "
                                         "translations/%1) or in the file itself; `%2` drops "
                                         "obsolete and vanished entries.")
                                  .arg(fileName, s_updateCommand)));
}

void TestTranslations::keepsPlaceholdersAndMarkup()
{
    QFETCH(QString, fileName);
    const TsFile ts = readTs(translationsDirectory() + QLatin1Char('/') + fileName);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const QString language = languageOf(fileName);

    QStringList problems;
    for (const Message &message : ts.messages) {
        for (const QString &translation : message.translations) {
            const QStringList found = placeholderProblems(message, translation)
                                      + typographyProblems(language, translation);
            for (const QString &problem : found)
                problems.append(QStringLiteral("%1: %2").arg(message.where(), problem));
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(fileName, QStringLiteral("translations differ from their source"),
                               problems)));
}

void TestTranslations::matchesTheSources()
{
    QFETCH(QString, fileName);
    const TsFile committed = readTs(translationsDirectory() + QLatin1Char('/') + fileName);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));

    // lupdate reads the sources afresh into an empty file of the same name
    // (the name gives it the language), with the options of update_translations.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString fresh = scratch.filePath(fileName);
    QString output;
    const int exitCode = Test::runProgram(
            QStringLiteral(AIRLOCK_LUPDATE),
            lupdateOptions(languageOf(fileName))
                    + QStringList {QLatin1Char('@') + QStringLiteral(AIRLOCK_LUPDATE_SOURCES),
                                   QStringLiteral("-ts"), fresh},
            &output, {}, 120000);
    QVERIFY2(exitCode == 0,
             qPrintable(QStringLiteral("lupdate failed (%1):\n%2").arg(exitCode).arg(output)));
    const TsFile extracted = readTs(fresh);
    QVERIFY2(extracted.error.isEmpty(), qPrintable(extracted.error));
    QVERIFY(!extracted.messages.isEmpty());

    const QSet<QString> inFile = keysOf(committed);
    const QSet<QString> inCode = keysOf(extracted);
    QStringList problems;
    for (const Message &message : extracted.messages) {
        if (!inFile.contains(message.key()))
            problems.append(QStringLiteral("new in the code: %1").arg(message.where()));
    }
    for (const Message &message : committed.messages) {
        if (!inCode.contains(message.key()))
            problems.append(QStringLiteral("no longer in the code: %1").arg(message.where()));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(
                     report(fileName, QStringLiteral("messages differ from the sources"), problems)
                     + QStringLiteral("\nRun `%1` and translate what it marks unfinished.")
                               .arg(s_updateCommand)));
}

void TestTranslations::loadsForTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    const QString wizard = QStringLiteral("Airlock::AirlockWizard");
    const QString checkHost = QStringLiteral("Check this computer");
    const QString spec = QStringLiteral("VmSpec");
    const QString longer = QStringLiteral("is longer than %n characters");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << true << wizard
                            << checkHost << -1 << QStringLiteral("Diesen Computer prüfen");
    QTest::newRow("Austrian German") << QLocale(QLocale::German, QLocale::Austria) << true << wizard
                                     << checkHost << -1 << QStringLiteral("Diesen Computer prüfen");
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << true << wizard
                            << checkHost << -1 << QStringLiteral("Vérifier cet ordinateur");
    QTest::newRow("French plural") << QLocale(QLocale::French, QLocale::Canada) << true << spec
                                   << longer << 2 << QStringLiteral("dépasse 2 caractères");
    QTest::newRow("English singular")
            << QLocale(QLocale::English, QLocale::UnitedStates) << true << spec << longer << 1
            << QStringLiteral("is longer than 1 character");
    QTest::newRow("English plural")
            << QLocale(QLocale::English, QLocale::UnitedKingdom) << true << spec << longer << 2
            << QStringLiteral("is longer than 2 characters");
    // The tests' own locale: the sources as they are.
    QTest::newRow("C") << QLocale::c() << false << spec << longer << 1
                       << QStringLiteral("is longer than 1 characters");
}

void TestTranslations::loadsForTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, found);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);

    QCOMPARE(installTranslations(locale), found);
    QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source), nullptr, count),
             expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
