// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/hostchecks.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Airlock;

// airlock --check-host as scripts run it: the JSON contract of DESIGN.md,
// the exit code, AIRLOCK_HOST_ROOT, and an unreachable host.
class TestCheckHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void jsonFollowsTheContract_data();
    void jsonFollowsTheContract();
    void textNamesEveryCheckAndItsFix();
    void saysAMalformedAddressIsOne();
    void unreachableHostFailsFastWithItsReason();
    void needsNoDisplay();

private:
    static QString airlock() { return QStringLiteral(AIRLOCK_BINARY); }
    static void useRoot(const QString &fixture)
    {
        qputenv("AIRLOCK_HOST_ROOT",
                Test::dataPath(QStringLiteral("hosts/%1").arg(fixture)).toUtf8());
    }
    static QJsonArray checksOf(const QString &output)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(output.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(output));
        return document.object().value(QLatin1String("checks")).toArray();
    }
};

void TestCheckHost::cleanup()
{
    qunsetenv("AIRLOCK_HOST_ROOT");
}

void TestCheckHost::jsonFollowsTheContract_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("hostOs");
    QTest::addColumn<QString>("secureBoot");
    QTest::newRow("secureblue") << "secureblue"
                                << "pass"
                                << "pass";
    QTest::newRow("debian") << "debian"
                            << "warn"
                            << "warn";
    QTest::newRow("secure boot off") << "secure-boot-off"
                                     << "pass"
                                     << "fail";
    QTest::newRow("garbage") << "garbage"
                             << "warn"
                             << "unknown";
}

void TestCheckHost::jsonFollowsTheContract()
{
    QFETCH(QString, fixture);
    QFETCH(QString, hostOs);
    QFETCH(QString, secureBoot);
    useRoot(fixture);
    QString output;
    const int code
            = Test::runProgram(airlock(),
                               {QStringLiteral("--check-host"), QStringLiteral("--json"),
                                QStringLiteral("--connect"), QStringLiteral("test:///default")},
                               &output);
    // The test driver offers neither KVM nor SELinux: those fail, so exit 1.
    QCOMPARE(code, 1);

    const QJsonDocument document = QJsonDocument::fromJson(output.toUtf8());
    QVERIFY2(document.isObject(), qPrintable(output));
    QCOMPARE(document.object().keys(), QStringList {QStringLiteral("checks")});
    const QJsonArray checks = checksOf(output);
    QCOMPARE(checks.size(), HostChecks::ids().size());
    const QStringList keys {QStringLiteral("evidence"), QStringLiteral("id"),
                            QStringLiteral("remedy"),   QStringLiteral("source"),
                            QStringLiteral("status"),   QStringLiteral("title")};
    QStringList ids;
    QHash<QString, QString> statuses;
    bool anyFail = false;
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        QStringList checkKeys = check.keys();
        checkKeys.sort();
        QCOMPARE(checkKeys, keys);
        for (const QString &key : keys)
            QVERIFY2(check.value(key).isString(), qPrintable(key));
        const QString status = check.value(QLatin1String("status")).toString();
        QVERIFY2(HostCheck::statusFromKey(status), qPrintable(status));
        QVERIFY(!check.value(QLatin1String("title")).toString().isEmpty());
        QVERIFY(!check.value(QLatin1String("source")).toString().isEmpty());
        const QString id = check.value(QLatin1String("id")).toString();
        ids.append(id);
        statuses.insert(id, status);
        anyFail = anyFail || status == QLatin1String("fail");
    }
    QCOMPARE(ids, HostChecks::ids());
    QVERIFY(anyFail);
    QCOMPARE(statuses.value(QStringLiteral("host-os")), hostOs);
    QCOMPARE(statuses.value(QStringLiteral("secure-boot")), secureBoot);
    QCOMPARE(statuses.value(QStringLiteral("libvirt")), QStringLiteral("pass"));
    QCOMPARE(statuses.value(QStringLiteral("svirt")), QStringLiteral("fail"));
}

void TestCheckHost::textNamesEveryCheckAndItsFix()
{
    useRoot(QStringLiteral("selinux-permissive"));
    QString output;
    const int code = Test::runProgram(airlock(),
                                      {QStringLiteral("--check-host"), QStringLiteral("--connect"),
                                       QStringLiteral("test:///default")},
                                      &output);
    QCOMPARE(code, 1);
    for (const QString &id : HostChecks::ids())
        QVERIFY2(output.contains(HostChecks::title(id)), qPrintable(id));
    QVERIFY2(output.contains(QLatin1String("[Failed] SELinux: SELinux is permissive")),
             qPrintable(output));
    QVERIFY(output.contains(QLatin1String("    evidence: 0")));
    QVERIFY(output.contains(QLatin1String("    source: /sys/fs/selinux/enforce")));
    QVERIFY(output.contains(QLatin1String("    fix: sudo setenforce 1")));
    // A command that only shows is not called a fix.
    QVERIFY2(output.contains(QLatin1String("    check by hand: free -h")), qPrintable(output));
    QVERIFY(!output.contains(QLatin1String("fix: free -h")));
}

// "bogus:///x" reaches no daemon either, but the daemons are not to blame.
void TestCheckHost::saysAMalformedAddressIsOne()
{
    useRoot(QStringLiteral("secureblue"));
    QString output;
    const int code = Test::runProgram(airlock(),
                                      {QStringLiteral("--check-host"), QStringLiteral("--json"),
                                       QStringLiteral("--connect"), QStringLiteral("bogus:///x")},
                                      &output, {}, 30000);
    QCOMPARE(code, 1);
    const QJsonArray checks = checksOf(output);
    const QJsonObject libvirt
            = checks.at(HostChecks::ids().indexOf(QStringLiteral("libvirt"))).toObject();
    QCOMPARE(libvirt.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    const QString evidence = libvirt.value(QLatin1String("evidence")).toString();
    QVERIFY2(evidence.contains(QStringLiteral("no driver called “bogus”")), qPrintable(evidence));
    QVERIFY2(!output.contains(QLatin1String("daemons are off")), qPrintable(output));
    QVERIFY2(!libvirt.value(QLatin1String("remedy")).toString().contains(QLatin1String("ujust")),
             qPrintable(output));
}

void TestCheckHost::unreachableHostFailsFastWithItsReason()
{
    useRoot(QStringLiteral("secureblue"));
    QString output;
    QElapsedTimer timer;
    timer.start();
    const int code = Test::runProgram(airlock(),
                                      {QStringLiteral("--check-host"), QStringLiteral("--json"),
                                       QStringLiteral("--connect"),
                                       QStringLiteral("qemu+tcp://127.0.0.1:1/system")},
                                      &output, {}, 30000);
    QCOMPARE(code, 1);
    QVERIFY(timer.elapsed() < 20000);
    const QJsonArray checks = checksOf(output);
    QCOMPARE(checks.size(), HostChecks::ids().size());
    const QJsonObject libvirt
            = checks.at(HostChecks::ids().indexOf(QStringLiteral("libvirt"))).toObject();
    QCOMPARE(libvirt.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    // libvirt's own words, and what to do.
    QVERIFY2(libvirt.value(QLatin1String("evidence"))
                     .toString()
                     .contains(QLatin1String("127.0.0.1")),
             qPrintable(output));
    QVERIFY(!libvirt.value(QLatin1String("remedy")).toString().isEmpty());
}

void TestCheckHost::needsNoDisplay()
{
    // A headless mode must not need a display server: none is given here.
    useRoot(QStringLiteral("secureblue"));
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", "xcb");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QString output;
    const int code
            = Test::runProgram(airlock(),
                               {QStringLiteral("--check-host"), QStringLiteral("--json"),
                                QStringLiteral("--connect"), QStringLiteral("test:///default")},
                               &output);
    qputenv("QT_QPA_PLATFORM", platform);
    QCOMPARE(code, 1);
    QCOMPARE(checksOf(output).size(), HostChecks::ids().size());
}

QTEST_GUILESS_MAIN(TestCheckHost)
#include "tst_checkhost.moc"
