// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestserver.h"
#include "media/releasecatalogue.h"
#include "media/sha256.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;
using Test::HttpTestServer;

// `airlock --fetch-iso` as a user or a script runs it, against a loopback mirror.
class TestFetchIso : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fetchesAndPrintsThePath();
    void failsWithTheReason();
    void takesTheNewestReleaseTheMirrorServes();
    void refusesBadArguments_data();
    void refusesBadArguments();

private:
    int fetch(const QStringList &arguments, QString *out, QString *err);
    QString isoPath(const QString &channel) const
    {
        return QStringLiteral("/%1/latest-nixos-graphical-%2-linux.iso")
                .arg(channel, ReleaseCatalogue::hostArchitecture());
    }

    HttpTestServer m_server;
    QTemporaryDir m_directory;
    QByteArray m_iso = HttpTestServer::patternData(2 * 1024 * 1024 + 11, 3);
};

void TestFetchIso::initTestCase()
{
    QVERIFY(m_server.isListening());
    const QString name = QStringLiteral("nixos-graphical-25.05.99.abc-x86_64-linux.iso");
    m_server.serveData(isoPath(QStringLiteral("nixos-25.05")), m_iso);
    m_server.serveData(isoPath(QStringLiteral("nixos-25.05")) + QLatin1String(".sha256"),
                       (Sha256::of(m_iso) + QLatin1String("  ") + name).toUtf8());
    m_server.serveData(isoPath(QStringLiteral("nixos-25.11")), m_iso);
    m_server.serveData(isoPath(QStringLiteral("nixos-25.11")) + QLatin1String(".sha256"),
                       (Sha256::of("other") + QLatin1String("  bad.iso")).toUtf8());
}

int TestFetchIso::fetch(const QStringList &arguments, QString *out, QString *err)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AIRLOCK_BINARY),
                  QStringList {QStringLiteral("--fetch-iso")} + arguments);
    if (!process.waitForFinished(60000))
        return -1;
    *out = QString::fromUtf8(process.readAllStandardOutput());
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestFetchIso::fetchesAndPrintsThePath()
{
    QString out, err;
    const int code = fetch({QStringLiteral("--output"), m_directory.path(),
                            QStringLiteral("--release"), QStringLiteral("nixos-25.05"),
                            QStringLiteral("--base-url"), m_server.url().toString()},
                           &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    const QString path
            = m_directory.filePath(QStringLiteral("nixos-graphical-25.05.99.abc-x86_64-linux.iso"));
    QCOMPARE(out, path + QLatin1Char('\n'));
    QCOMPARE(QFileInfo(path).size(), m_iso.size());
    QVERIFY2(err.contains(Sha256::of(m_iso)), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("not encrypted")), qPrintable(err));
    // stderr is a pipe here: progress comes as whole lines, never redrawn in place.
    QVERIFY2(!err.contains(QLatin1Char('\r')) && !err.contains(QLatin1Char('\033')),
             qPrintable(err));

    // Again: reused, same path, nothing downloaded.
    m_server.clearRequests();
    QCOMPARE(fetch({QStringLiteral("--output"), m_directory.path(), QStringLiteral("--release"),
                    QStringLiteral("25.05"), QStringLiteral("--base-url"),
                    m_server.url().toString()},
                   &out, &err),
             0);
    QCOMPARE(out, path + QLatin1Char('\n'));
    QCOMPARE(m_server.requests().size(), 1);
}

void TestFetchIso::failsWithTheReason()
{
    QString out, err;
    const int code = fetch({QStringLiteral("--output"), m_directory.path(),
                            QStringLiteral("--release"), QStringLiteral("nixos-25.11"),
                            QStringLiteral("--base-url"), m_server.url().toString()},
                           &out, &err);
    QCOMPARE(code, 1);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains(QLatin1String("does not match the checksum")), qPrintable(err));
    QVERIFY(QFileInfo::exists(m_directory.filePath(QStringLiteral("bad.iso.corrupt"))));
}

// Without --release: the newest stable channel the mirror has, one newer
// than any the shipped list names.
void TestFetchIso::takesTheNewestReleaseTheMirrorServes()
{
    const QString newest = ReleaseCatalogue::candidateChannels(QDate::currentDate()).constFirst();
    QVERIFY(!ReleaseCatalogue::builtIn().find(newest));
    HttpTestServer mirror;
    const QByteArray iso = HttpTestServer::patternData(300 * 1024, 9);
    const QString name = QStringLiteral("nixos-graphical-%1.1.abc-linux.iso").arg(newest.mid(6));
    mirror.serveData(isoPath(newest), iso);
    mirror.serveData(isoPath(newest) + QLatin1String(".sha256"),
                     (Sha256::of(iso) + QLatin1String("  ") + name).toUtf8());
    QString out, err;
    const int code = fetch({QStringLiteral("--output"), m_directory.path(),
                            QStringLiteral("--base-url"), mirror.url().toString()},
                           &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(out, m_directory.filePath(name) + QLatin1Char('\n'));
    QVERIFY2(err.contains(newest.mid(6)), qPrintable(err));
}

void TestFetchIso::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("words");
    QTest::newRow("no output") << QStringList {} << "--output";
    QTest::newRow("unknown release")
            << QStringList {QStringLiteral("--output"), QStringLiteral("/tmp"),
                            QStringLiteral("--release"), QStringLiteral("nixos-1.0")}
            << "no NixOS release";
    QTest::newRow("bad base url") << QStringList {QStringLiteral("--output"),
                                                  QStringLiteral("/tmp"),
                                                  QStringLiteral("--base-url"),
                                                  QStringLiteral("ftp://x")}
                                  << "not an http or https address";
}

void TestFetchIso::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, words);
    QString out, err;
    QCOMPARE(fetch(arguments, &out, &err), 2);
    QVERIFY2(err.contains(words), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestFetchIso)
#include "tst_fetchiso.moc"
