// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
#include "domainxml/networkfilters.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Airlock;

// The command line as DESIGN.md defines it, run as a user would run it.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsValidDomainXml();
    void invalidSpecExitsWithTwoAndNamesTheKey();
    void printXmlWithoutSpecIsAnError();
    void unreachableConnectionExitsWithOne();
    void printsVersionAndHelp();
    void printsEachDocument();

private:
    static QString airlock() { return QStringLiteral(AIRLOCK_BINARY); }
};

void TestCommandLine::printsValidDomainXml()
{
    QString output;
    const int code = Test::runProgram(airlock(),
                                      {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                                       Test::dataPath(QStringLiteral("specs/defaults.json"))},
                                      &output);
    QCOMPARE(code, 0);
    // The ISO file as the pool volume creation copies it into, as the
    // Summary shows it; otherwise the stored domain of the same spec.
    QCOMPARE(output, QString::fromUtf8(Test::readData(QStringLiteral("printxml/defaults.xml"))));

    // A spec whose ISO is a pool volume already prints the stored XML as it is.
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                               Test::dataPath(QStringLiteral("specs/network-none.json"))},
                              &output),
             0);
    QCOMPARE(output, QString::fromUtf8(Test::readData(QStringLiteral("xml/network-none.xml"))));
}

void TestCommandLine::printsEachDocument()
{
    const QString defaults = Test::dataPath(QStringLiteral("specs/defaults.json"));
    QString output;
    QCOMPARE(Test::runProgram(airlock(), {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                                          defaults, QStringLiteral("--document"),
                                          QStringLiteral("network")},
                              &output),
             0);
    QCOMPARE(output, DomainXml::network(NetworkChoice {}));
    QCOMPARE(Test::runProgram(airlock(), {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                                          defaults, QStringLiteral("--document"),
                                          QStringLiteral("filter")},
                              &output),
             0);
    QCOMPARE(output, NetworkFilters::documentsXml(NetworkFilters::documents(NetworkChoice {})));
    QVERIFY(output.contains(QLatin1String("<filter name=\"airlock-internet\" chain=\"root\">")));
    QCOMPARE(Test::runProgram(airlock(), {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                                          defaults, QStringLiteral("--document"),
                                          QStringLiteral("domain")},
                              &output),
             0);
    QCOMPARE(output, QString::fromUtf8(Test::readData(QStringLiteral("printxml/defaults.xml"))));

    // A bridge uses no network of Airlock's; an unknown document is named.
    QCOMPARE(Test::runProgram(airlock(), {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                                          Test::dataPath(QStringLiteral("specs/network-bridge.json")),
                                          QStringLiteral("--document"), QStringLiteral("network")},
                              &output),
             2);
    QVERIFY2(output.contains(QLatin1String("uses no network of Airlock's")), qPrintable(output));
    QCOMPARE(Test::runProgram(airlock(), {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                                          defaults, QStringLiteral("--document"),
                                          QStringLiteral("disk")},
                              &output),
             2);
    QVERIFY2(output.contains(QStringLiteral("--document must be one of domain, network, filter, not “disk”")),
             qPrintable(output));
}

void TestCommandLine::invalidSpecExitsWithTwoAndNamesTheKey()
{
    QTemporaryDir directory;
    const QString fileName = directory.filePath(QStringLiteral("bad.json"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "bad name", "memoryMiB": 512, "exposure": {"webcam": true}})");
    file.close();

    QString output;
    const int code = Test::runProgram(
            airlock(), {QStringLiteral("--print-xml"), QStringLiteral("--spec"), fileName},
            &output);
    QCOMPARE(code, 2);
    QVERIFY2(output.contains(QStringLiteral("airlock: exposure.webcam: ")), qPrintable(output));

    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(R"({"name": "bad name", "memoryMiB": 512})");
    file.close();
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--print-xml"), QStringLiteral("--spec"), fileName},
                              &output),
             2);
    QVERIFY2(output.contains(QStringLiteral("airlock: name: ")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("airlock: memoryMiB: ")), qPrintable(output));
    QVERIFY(!output.contains(QStringLiteral("<domain")));
}

void TestCommandLine::printXmlWithoutSpecIsAnError()
{
    QString output;
    QCOMPARE(Test::runProgram(airlock(), {QStringLiteral("--print-xml")}, &output), 2);
    QVERIFY(output.contains(QStringLiteral("--spec")));
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                               QStringLiteral("/nonexistent/spec.json")},
                              &output),
             2);
    QVERIFY(output.contains(QStringLiteral("/nonexistent/spec.json")));
}

void TestCommandLine::unreachableConnectionExitsWithOne()
{
    QString output;
    QElapsedTimer timer;
    timer.start();
    const int code = Test::runProgram(airlock(),
                                      {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                                       Test::dataPath(QStringLiteral("specs/defaults.json")),
                                       QStringLiteral("--connect"),
                                       QStringLiteral("qemu+tcp://127.0.0.1:1/system")},
                                      &output);
    QCOMPARE(code, 1);
    QVERIFY2(output.contains(QStringLiteral("cannot connect")), qPrintable(output));
    QVERIFY(timer.elapsed() < 30000);
}

void TestCommandLine::printsVersionAndHelp()
{
    QString output;
    QCOMPARE(Test::runProgram(airlock(), {QStringLiteral("--version")}, &output), 0);
    QVERIFY(output.contains(QStringLiteral(AIRLOCK_VERSION)));
    QCOMPARE(Test::runProgram(airlock(), {QStringLiteral("--help")}, &output), 0);
    for (const char *option : {"--connect", "--spec", "--print-xml", "--version"})
        QVERIFY2(output.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
