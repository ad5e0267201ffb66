// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
#include "domainxml/networkfilters.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
    void refusesWhatTheDevicesPageNeverOffers();
    void verifiesARunningVm();
    void answersAMistakeWithoutADisplay();
    void saysWhenThereIsNoDisplayForTheWindow();
    void reportsEverySpecProblemAtOnce();
    void choosesTheHostsDefaultForAKeyLeftOut();
    void namesAMalformedAddress_data();
    void namesAMalformedAddress();

private:
    // Airlock run with no display at all: no X, no Wayland, no Qt platform.
    static int runWithoutDisplay(const QStringList &arguments, QString *output);
    static QString writeSpec(const QTemporaryDir &directory, const QByteArray &json);
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
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--print-xml"), QStringLiteral("--spec"), defaults,
                               QStringLiteral("--document"), QStringLiteral("network")},
                              &output),
             0);
    QCOMPARE(output, DomainXml::network(NetworkChoice {}));
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--print-xml"), QStringLiteral("--spec"), defaults,
                               QStringLiteral("--document"), QStringLiteral("filter")},
                              &output),
             0);
    QCOMPARE(output, NetworkFilters::documentsXml(NetworkFilters::documents(NetworkChoice {})));
    QVERIFY(output.contains(QLatin1String("<filter name=\"airlock-internet\" chain=\"root\">")));
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--print-xml"), QStringLiteral("--spec"), defaults,
                               QStringLiteral("--document"), QStringLiteral("domain")},
                              &output),
             0);
    QCOMPARE(output, QString::fromUtf8(Test::readData(QStringLiteral("printxml/defaults.xml"))));
    // The install-time definition: the ISO, as the pool volume creation
    // copies it into, booted first; a reboot stops the VM.
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--print-xml"), QStringLiteral("--spec"), defaults,
                               QStringLiteral("--document"), QStringLiteral("install")},
                              &output),
             0);
    QCOMPARE(output,
             QString::fromUtf8(Test::readData(QStringLiteral("printxml/defaults.install.xml"))));
    QVERIFY(output.contains(QLatin1String("<on_reboot>destroy</on_reboot>")));
    QVERIFY(output.contains(QLatin1String(
            "<source pool=\"default\" volume=\"nixos-graphical-25.11-x86_64-linux.iso\"/>")));

    // A bridge uses no network of Airlock's; an unknown document is named.
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                               Test::dataPath(QStringLiteral("specs/network-bridge.json")),
                               QStringLiteral("--document"), QStringLiteral("network")},
                              &output),
             2);
    QVERIFY2(output.contains(QLatin1String("uses no network of Airlock's")), qPrintable(output));
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--print-xml"), QStringLiteral("--spec"), defaults,
                               QStringLiteral("--document"), QStringLiteral("disk")},
                              &output),
             2);
    QVERIFY2(output.contains(QStringLiteral(
                     "--document must be one of domain, install, network, filter, not “disk”")),
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

void TestCommandLine::refusesWhatTheDevicesPageNeverOffers()
{
    QTemporaryDir directory;
    const QString iso = directory.filePath(QStringLiteral("nixos.iso"));
    QFile isoFile(iso);
    QVERIFY(isoFile.open(QIODevice::WriteOnly));
    isoFile.write(QByteArray(4096, 'x'));
    isoFile.close();
    const auto writeSpec = [&directory](const QByteArray &json) {
        const QString fileName = directory.filePath(QStringLiteral("spec.json"));
        QFile file(fileName);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        file.write(json);
        return fileName;
    };
    // Small enough for the node file's host (3 GiB).
    const QByteArray common = R"("name": "refused", "cpuMode": "maximum", "accelerator": "tcg",
                                 "memoryMiB": 2048,
                                 "network": {"mode": "none"}, "iso": ")"
                              + iso.toUtf8() + R"(")";

    // The host's own PCI host bridge, refused where the spec meets the host,
    // before anything is made: exit 2, as for any spec refused.
    const QString nodeFile = QStringLiteral("test://")
                             + Test::dataPath(QStringLiteral("nodedevices/host-devices.xml"));
    QString output;
    QCOMPARE(Test::runProgram(
                     airlock(),
                     {QStringLiteral("--create"), QStringLiteral("--spec"),
                      writeSpec("{" + common
                                + R"(, "exposure": {"hostDevices": ["pci_0000_00_00_0"]}})"),
                      QStringLiteral("--connect"), nodeFile},
                     &output),
             2);
    QVERIFY2(output.contains(QStringLiteral("exposure.hostDevices[0]: “pci_0000_00_00_0”")),
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("host bridge")), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("removed again")), qPrintable(output));

    // A USB root hub is refused by its name alone, without a host.
    QCOMPARE(Test::runProgram(
                     airlock(),
                     {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                      writeSpec("{" + common + R"(, "exposure": {"hostDevices": ["usb_usb1"]}})")},
                     &output),
             2);
    QVERIFY2(output.contains(QStringLiteral("airlock: exposure.hostDevices[0]: ")),
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("root hub")), qPrintable(output));

    // So is a writable share of a home's hidden folder.
    QCOMPARE(Test::runProgram(
                     airlock(),
                     {QStringLiteral("--create"), QStringLiteral("--spec"),
                      writeSpec("{" + common
                                + R"(, "exposure": {"sharedFolder": {"path": "/home/ada/.ssh",
                                                                     "readOnly": false}}})"),
                      QStringLiteral("--connect"), nodeFile},
                     &output),
             2);
    QVERIFY2(output.contains(QStringLiteral("airlock: exposure.sharedFolder.path: ")),
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("“/home/ada/.ssh”")), qPrintable(output));
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
    for (const char *option : {"--connect", "--spec", "--print-xml", "--verify", "--version"})
        QVERIFY2(output.contains(QLatin1String(option)), option);
}

void TestCommandLine::verifiesARunningVm()
{
    // A VM Airlock made (its spec in its metadata) running on the test
    // driver, beside one it did not make.
    VmSpec spec;
    spec.name = QStringLiteral("recorded");
    spec.network.mode = NetworkMode::None;
    spec.iso = IsoSource::poolVolume(QStringLiteral("default"), QStringLiteral("nixos.iso"));
    auto domain = DomainXml::domain(spec);
    QVERIFY(domain);
    domain->replace(QRegularExpression(QStringLiteral("^<domain type='[a-z]+'")),
                    QStringLiteral("<domain type='test'"));
    QTemporaryDir directory;
    const QString nodeFile = directory.filePath(QStringLiteral("node.xml"));
    QFile node(nodeFile);
    QVERIFY(node.open(QIODevice::WriteOnly));
    node.write("<node>" + domain->toUtf8() + "</node>");
    node.close();
    const QString uri = QStringLiteral("test://") + nodeFile;

    QString output;
    const int made = Test::runProgram(airlock(),
                                      {QStringLiteral("--verify"), spec.name,
                                       QStringLiteral("--json"), QStringLiteral("--connect"), uri},
                                      &output);
    // The test driver has no SELinux: it runs, but nothing is confined.
    QCOMPARE(made, 3);
    const QJsonObject document = QJsonDocument::fromJson(output.toUtf8()).object();
    QVERIFY2(document.value(QStringLiteral("madeByAirlock")).toBool(), qPrintable(output));
    QCOMPARE(document.value(QStringLiteral("baseline")).toString(), QStringLiteral("spec"));
    const QJsonObject proof = document.value(QStringLiteral("proof")).toObject();
    QVERIFY(proof.value(QStringLiteral("running")).toBool());
    QCOMPARE(proof.value(QStringLiteral("verdict")).toString(),
             QStringLiteral("Not confined by SELinux"));
    QVERIFY(!proof.value(QStringLiteral("holds")).toBool());
    // The audit follows the recorded spec: no network card, as it chose.
    const QJsonArray audit = proof.value(QStringLiteral("audit")).toArray();
    QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const QJsonValue &check) {
        return check.toObject().value(QStringLiteral("id")).toString() == QLatin1String("network")
               && check.toObject().value(QStringLiteral("passed")).toBool();
    }));
    for (const char *key : {"labelChecks", "typeEnforcement", "disks", "peers", "audit"})
        QVERIFY2(proof.contains(QLatin1String(key)), key);

    // One it did not make is held to Maximum isolation, which wants a
    // network card on Airlock's network.
    const QString labels
            = QStringLiteral("test://") + Test::dataPath(QStringLiteral("testdriver/labels.xml"));
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--verify"), QStringLiteral("beta"),
                               QStringLiteral("--json"), QStringLiteral("--connect"), labels},
                              &output),
             3);
    const QJsonObject foreign = QJsonDocument::fromJson(output.toUtf8()).object();
    QCOMPARE(foreign.value(QStringLiteral("madeByAirlock")).toBool(true), false);
    QCOMPARE(foreign.value(QStringLiteral("baseline")).toString(), QStringLiteral("maximum"));
    QVERIFY(output.contains(QStringLiteral("airlock-nat")));

    // A name that is not there cannot be read at all.
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--verify"), QStringLiteral("absent"),
                               QStringLiteral("--connect"), labels},
                              &output),
             1);
    QVERIFY2(output.contains(QStringLiteral("absent")), qPrintable(output));
}

int TestCommandLine::runWithoutDisplay(const QStringList &arguments, QString *output)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(airlock(), arguments);
    if (!process.waitForFinished(30000))
        return -1;
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

QString TestCommandLine::writeSpec(const QTemporaryDir &directory, const QByteArray &json)
{
    const QString fileName = directory.filePath(QStringLiteral("spec.json"));
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        return {};
    return fileName;
}

void TestCommandLine::answersAMistakeWithoutADisplay()
{
    QString output;
    // Qt's own answer would be "could not connect to display" and exit 134.
    QCOMPARE(runWithoutDisplay({QStringLiteral("--bogus")}, &output), 2);
    QVERIFY2(output.contains(QLatin1String("airlock: Unknown option 'bogus'."))
                     && output.contains(QLatin1String("--help")),
             qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("display")), qPrintable(output));
    QCOMPARE(runWithoutDisplay({QStringLiteral("--spec")}, &output), 2);
    QVERIFY2(output.contains(QLatin1String("Missing value after '--spec'")), qPrintable(output));
    // What needs no window works as ever.
    QCOMPARE(runWithoutDisplay({QStringLiteral("--version")}, &output), 0);
    QVERIFY(output.contains(QLatin1String(AIRLOCK_VERSION)));
    QCOMPARE(runWithoutDisplay({QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                                Test::dataPath(QStringLiteral("specs/defaults.json"))},
                               &output),
             0);
    QVERIFY(output.contains(QLatin1String("<domain")));
}

void TestCommandLine::saysWhenThereIsNoDisplayForTheWindow()
{
    QString output;
    QCOMPARE(runWithoutDisplay({}, &output), 2);
    QVERIFY2(output.contains(QLatin1String("no display to show Airlock's window on")),
             qPrintable(output));
    QVERIFY(!output.contains(QLatin1String("could not connect to display")));
    // A spec that is wrong is said first: the window would not have opened anyway.
    QTemporaryDir directory;
    QCOMPARE(
            runWithoutDisplay({QStringLiteral("--spec"), writeSpec(directory, R"({"name": "-x"})")},
                              &output),
            2);
    QVERIFY2(output.contains(
                     QStringLiteral("airlock: name: must not start with “.” or “-”, not “-x”")),
             qPrintable(output));
}

void TestCommandLine::reportsEverySpecProblemAtOnce()
{
    QTemporaryDir directory;
    const QString spec = writeSpec(directory, R"({"name": "bad name", "vcpus": "two",
        "secureBoot": "yes", "network": {"mode": "carrier-pigeon"}, "memoryMiB": 12})");
    QString output;
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--print-xml"), QStringLiteral("--spec"), spec},
                              &output),
             2);
    // Wrong types and wrong values together, each with the value the file has.
    for (const QString &line :
         {QStringLiteral("airlock: vcpus: must be a whole number, not \"two\""),
          QStringLiteral("airlock: secureBoot: must be true or false, not \"yes\""),
          QStringLiteral("airlock: network.mode: must be one of \"none\", \"nat\", \"bridge\", not "
                         "\"carrier-pigeon\""),
          QStringLiteral("airlock: name: may contain only letters A–Z, digits, “.”, “_” and “-”, "
                         "not “bad name”"),
          QStringLiteral("airlock: memoryMiB: must be at least")}) {
        QVERIFY2(output.contains(line), qPrintable(line + QLatin1String("\n---\n") + output));
    }
    QCOMPARE(output.count(QLatin1String("airlock: ")), 5);
}

// The test driver has no KVM: a spec that leaves cpuMode out gets the CPU
// model this host can run, as the wizard would choose; one that asks for
// host-passthrough is told why not.
void TestCommandLine::choosesTheHostsDefaultForAKeyLeftOut()
{
    QTemporaryDir directory;
    QString output;
    const QStringList connect {QStringLiteral("--connect"), QStringLiteral("test:///default")};
    QCOMPARE(Test::runProgram(airlock(),
                              QStringList {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                                           writeSpec(directory, R"({"name": "left-out"})")}
                                      + connect,
                              &output),
             0);
    QVERIFY2(output.contains(QLatin1String("<cpu mode=\"maximum\"")), qPrintable(output));

    QCOMPARE(Test::runProgram(
                     airlock(),
                     QStringList {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                                  writeSpec(directory,
                                            R"({"name": "asked", "cpuMode": "host-passthrough"})")}
                             + connect,
                     &output),
             2);
    QVERIFY2(output.contains(QLatin1String("airlock: cpuMode: host-passthrough needs KVM")),
             qPrintable(output));
}

void TestCommandLine::namesAMalformedAddress_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("words");
    QTest::newRow("no such driver") << "bogus:///x"
                                    << "no driver called “bogus”";
    QTest::newRow("no such transport") << "qemu+ftp://host/system"
                                       << "cannot connect over “ftp”";
    QTest::newRow("not an address") << "qemu://[::1/system"
                                    << "not a valid address";
}

void TestCommandLine::namesAMalformedAddress()
{
    QFETCH(QString, uri);
    QFETCH(QString, words);
    QString output;
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--print-xml"), QStringLiteral("--spec"),
                               Test::dataPath(QStringLiteral("specs/defaults.json")),
                               QStringLiteral("--connect"), uri},
                              &output),
             1);
    QVERIFY2(output.contains(words)
                     && output.contains(QLatin1String("not a libvirt connection address")),
             qPrintable(output));
    QVERIFY(!output.contains(QLatin1String("libvirt-sock")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
