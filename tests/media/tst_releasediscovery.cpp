// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestserver.h"
#include "media/releasecatalogue.h"
#include "media/releasediscovery.h"
#include "media/sha256.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Airlock;
using namespace std::chrono_literals;
using Test::HttpTestServer;

namespace {

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result.append(QLatin1String(name));
    return result;
}

} // namespace

// Which NixOS releases exist on a given day, and which a mirror serves:
// against a real HTTP server on loopback.
class TestReleaseDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidatesFollowTheCalendar_data();
    void candidatesFollowTheCalendar();
    void supportEndsByTheReleaseMonth_data();
    void supportEndsByTheReleaseMonth();
    void neverDefaultsToAReleasePastItsEnd();
    void findsReleasesTheListDoesNotName_data();
    void findsReleasesTheListDoesNotName();
    void offersTheNewestReleasesTheMirrorServes();
    void marksAnOlderServedReleaseUnsupported();
    void findsAReleaseNewerThanAnyCodename();
    void followsTheChannelRedirect();
    void fallsBackWhenTheMirrorIsDown();
    void fallsBackInTimeWhenTheMirrorStalls();
    void fallsBackWhenTheMirrorServesNoneOfThem();
    void ignoresWhatIsNotAChecksumFile();
    void fetchesOnePublishedChecksum();
    void saysWhyAChecksumCannotBeFetched();

private:
    QString checksumPath(const QString &channel) const
    {
        return QStringLiteral("/%1/latest-nixos-graphical-%2-linux.iso.sha256")
                .arg(channel, ReleaseCatalogue::hostArchitecture());
    }
    void serveChecksum(HttpTestServer &server, const QString &channel)
    {
        server.serveData(checksumPath(channel), (Sha256::of(channel.toUtf8()) + QLatin1String("  ")
                                                 + channel + QLatin1String(".iso\n"))
                                                        .toUtf8());
    }
    ReleaseDiscovery::Result discover(const QUrl &mirror, QDate today,
                                      std::chrono::milliseconds timeout = 5s);
};

ReleaseDiscovery::Result TestReleaseDiscovery::discover(const QUrl &mirror, QDate today,
                                                        std::chrono::milliseconds timeout)
{
    ReleaseDiscovery::Options options;
    options.today = today;
    options.requests.timeout = timeout;
    ReleaseDiscovery discovery(ReleaseCatalogue::builtIn(mirror), options);
    QSignalSpy finished(&discovery, &ReleaseDiscovery::finished);
    discovery.start();
    if (!finished.wait(20000))
        return {};
    return finished.constFirst().constFirst().value<ReleaseDiscovery::Result>();
}

void TestReleaseDiscovery::candidatesFollowTheCalendar_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("channels");

    QTest::newRow("December") << QDate(
            2026, 12, 3) << names({"nixos-26.11", "nixos-26.05", "nixos-25.11", "nixos-unstable"});
    QTest::newRow("first of November")
            << QDate(2026, 11, 1)
            << names({"nixos-26.11", "nixos-26.05", "nixos-25.11", "nixos-unstable"});
    QTest::newRow("last of October")
            << QDate(2026, 10, 31)
            << names({"nixos-26.05", "nixos-25.11", "nixos-25.05", "nixos-unstable"});
    QTest::newRow("April") << QDate(
            2027, 4, 30) << names({"nixos-26.11", "nixos-26.05", "nixos-25.11", "nixos-unstable"});
    QTest::newRow("January, across the year")
            << QDate(2030, 1, 2)
            << names({"nixos-29.11", "nixos-29.05", "nixos-28.11", "nixos-unstable"});
}

void TestReleaseDiscovery::candidatesFollowTheCalendar()
{
    QFETCH(QDate, today);
    QFETCH(QStringList, channels);
    QCOMPARE(ReleaseCatalogue::candidateChannels(today), channels);
}

void TestReleaseDiscovery::supportEndsByTheReleaseMonth_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QDate>("until");
    QTest::newRow("May release: end of its year") << "26.05" << QDate(2026, 12, 31);
    QTest::newRow("November release: June of the next") << "25.11" << QDate(2026, 6, 30);
    QTest::newRow("a century on") << "99.11" << QDate(2100, 6, 30);
    QTest::newRow("unstable") << "unstable" << QDate();
    QTest::newRow("no such month") << "26.04" << QDate();
    QTest::newRow("not a version") << "26.05x" << QDate();
}

void TestReleaseDiscovery::supportEndsByTheReleaseMonth()
{
    QFETCH(QString, version);
    QFETCH(QDate, until);
    QCOMPARE(NixosRelease::supportEnds(version), until);
}

void TestReleaseDiscovery::neverDefaultsToAReleasePastItsEnd()
{
    const ReleaseCatalogue shipped = ReleaseCatalogue::builtIn();
    const auto now = shipped.defaultRelease(QStringLiteral("x86_64"), QDate(2026, 12, 31));
    QVERIFY(now);
    QCOMPARE(now->channel, QStringLiteral("nixos-26.05"));
    QCOMPARE(now->codename, QStringLiteral("Yarara"));
    QVERIFY(!now->isEndOfLife(QDate(2026, 12, 31)));
    QVERIFY(now->isEndOfLife(QDate(2027, 1, 1)));
    // A day later the shipped stable release is past its end: no default,
    // and unstable is never one.
    QVERIFY(!shipped.defaultRelease(QStringLiteral("x86_64"), QDate(2027, 1, 1)));
    const auto unstable = shipped.find(QStringLiteral("unstable"), QStringLiteral("x86_64"));
    QVERIFY(unstable);
    QVERIFY(!unstable->isEndOfLife(QDate(2040, 1, 1)));
    QVERIFY(unstable->supportText(QDate(2026, 12, 3)).contains(QLatin1String("never supported")));
    QVERIFY(now->supportText(QDate(2026, 12, 3)).contains(QLatin1String("2026")));
    QVERIFY(now->supportText(QDate(2027, 1, 1)).startsWith(QLatin1String("No longer supported")));
}

void TestReleaseDiscovery::findsReleasesTheListDoesNotName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("isoPath");
    QTest::newRow("listed") << "26.05"
                            << "nixos-26.05-graphical-x86_64"
                            << "/nixos-26.05/latest-nixos-graphical-x86_64-linux.iso";
    QTest::newRow("a later version") << "27.05"
                                     << "nixos-27.05-graphical-x86_64"
                                     << "/nixos-27.05/latest-nixos-graphical-x86_64-linux.iso";
    QTest::newRow("an older channel, minimal")
            << "nixos-24.11-minimal"
            << "nixos-24.11-minimal-x86_64"
            << "/nixos-24.11/latest-nixos-minimal-x86_64-linux.iso";
    QTest::newRow("full id") << "nixos-25.11-graphical-aarch64"
                             << "nixos-25.11-graphical-aarch64"
                             << "/nixos-25.11/latest-nixos-graphical-aarch64-linux.iso";
    QTest::newRow("not a NixOS month") << "26.06"
                                       << ""
                                       << "";
    QTest::newRow("not a name") << "latest"
                                << ""
                                << "";
}

void TestReleaseDiscovery::findsReleasesTheListDoesNotName()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QFETCH(QString, isoPath);
    const auto release = ReleaseCatalogue::builtIn(QUrl(QStringLiteral("http://127.0.0.1:1")))
                                 .findOrName(name, QStringLiteral("x86_64"));
    QCOMPARE(release ? release->id() : QString(), id);
    if (release)
        QCOMPARE(release->isoUrl.path(), isoPath);
}

void TestReleaseDiscovery::offersTheNewestReleasesTheMirrorServes()
{
    HttpTestServer server;
    QVERIFY(server.isListening());
    for (const char *channel : {"nixos-26.11", "nixos-26.05", "nixos-25.11", "nixos-unstable"})
        serveChecksum(server, QLatin1String(channel));
    const auto result = discover(server.url(), QDate(2026, 12, 3));
    QCOMPARE(result.source, ReleaseDiscovery::Source::Mirror);
    QCOMPARE(result.servedChannels,
             names({"nixos-26.11", "nixos-26.05", "nixos-25.11", "nixos-unstable"}));
    // The two newest stable releases and unstable; 26.11 is newer than the
    // shipped list knows.
    QStringList channels;
    for (const NixosRelease &release : result.catalogue.releasesFor(QStringLiteral("x86_64"))) {
        if (release.variant == IsoVariant::Graphical)
            channels.append(release.channel);
    }
    QCOMPARE(channels, names({"nixos-26.11", "nixos-26.05", "nixos-unstable"}));
    QVERIFY(!ReleaseCatalogue::builtIn().find(QStringLiteral("nixos-26.11")));
    const auto chosen
            = result.catalogue.defaultRelease(QStringLiteral("x86_64"), QDate(2026, 12, 3));
    QVERIFY(chosen);
    QCOMPARE(chosen->id(), QStringLiteral("nixos-26.11-graphical-x86_64"));
    QCOMPARE(chosen->title(), QStringLiteral("NixOS 26.11 “Zokor”"));
    QCOMPARE(chosen->supportedUntil, QDate(2027, 6, 30));
    QCOMPARE(chosen->isoUrl,
             server.url(QStringLiteral("/nixos-26.11/latest-nixos-graphical-x86_64-linux.iso")));
    // Minimal installers come with every channel.
    QVERIFY(result.catalogue.find(QStringLiteral("nixos-26.11-minimal"), QStringLiteral("x86_64")));
}

void TestReleaseDiscovery::marksAnOlderServedReleaseUnsupported()
{
    HttpTestServer server;
    serveChecksum(server, QStringLiteral("nixos-26.05"));
    serveChecksum(server, QStringLiteral("nixos-25.11"));
    server.respondStatus(checksumPath(QStringLiteral("nixos-26.11")), 404);
    const QDate today(2026, 12, 3);
    const auto result = discover(server.url(), today);
    QCOMPARE(result.source, ReleaseDiscovery::Source::Mirror);
    const auto chosen = result.catalogue.defaultRelease(QStringLiteral("x86_64"), today);
    QVERIFY(chosen);
    QCOMPARE(chosen->channel, QStringLiteral("nixos-26.05"));
    const auto older = result.catalogue.find(QStringLiteral("25.11"), QStringLiteral("x86_64"));
    QVERIFY(older);
    QCOMPARE(older->codename, QStringLiteral("Xantusia"));
    QVERIFY(older->isEndOfLife(today));
    // Unstable was not served here, so it is not offered.
    QVERIFY(!result.catalogue.find(QStringLiteral("unstable"), QStringLiteral("x86_64")));
    // Once 26.05 is past its end too, the mirror's list has no default.
    QVERIFY(!result.catalogue.defaultRelease(QStringLiteral("x86_64"), QDate(2027, 1, 1)));
}

void TestReleaseDiscovery::findsAReleaseNewerThanAnyCodename()
{
    HttpTestServer server;
    serveChecksum(server, QStringLiteral("nixos-31.05"));
    const auto result = discover(server.url(), QDate(2031, 5, 20));
    QCOMPARE(result.source, ReleaseDiscovery::Source::Mirror);
    const auto chosen
            = result.catalogue.defaultRelease(QStringLiteral("x86_64"), QDate(2031, 5, 20));
    QVERIFY(chosen);
    QCOMPARE(chosen->title(), QStringLiteral("NixOS 31.05"));
    QCOMPARE(chosen->supportedUntil, QDate(2031, 12, 31));
}

void TestReleaseDiscovery::followsTheChannelRedirect()
{
    HttpTestServer server;
    const QString versioned = QStringLiteral("/nixos/26.11/nixos-26.11.123.abc/latest.iso.sha256");
    server.serveData(versioned, (Sha256::of("x") + QLatin1String("  nixos.iso")).toUtf8());
    server.redirect(checksumPath(QStringLiteral("nixos-26.11")), server.url(versioned));
    const auto result = discover(server.url(), QDate(2026, 12, 3));
    QCOMPARE(result.source, ReleaseDiscovery::Source::Mirror);
    QCOMPARE(result.servedChannels, QStringList {QStringLiteral("nixos-26.11")});
    bool followed = false;
    for (const HttpTestServer::Request &request : server.requests())
        followed = followed || request.path == versioned;
    QVERIFY(followed);
}

void TestReleaseDiscovery::fallsBackWhenTheMirrorIsDown()
{
    // A port that was free a moment ago: connections are refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QUrl mirror(QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort()));
    probe.close();
    const auto result = discover(mirror, QDate(2026, 12, 3));
    QCOMPARE(result.source, ReleaseDiscovery::Source::Shipped);
    QVERIFY2(result.reason.contains(QLatin1String("127.0.0.1")), qPrintable(result.reason));
    QVERIFY(result.servedChannels.isEmpty());
    QCOMPARE(result.catalogue.releases(), ReleaseCatalogue::builtIn(mirror).releases());
}

void TestReleaseDiscovery::fallsBackInTimeWhenTheMirrorStalls()
{
    HttpTestServer server;
    for (const QString &channel : ReleaseCatalogue::candidateChannels(QDate(2026, 12, 3))) {
        HttpTestServer::Route route;
        route.data = QByteArray(100, 'a');
        route.stallAt = {10};
        server.setRoute(checksumPath(channel), route);
    }
    QElapsedTimer timer;
    timer.start();
    const auto result = discover(server.url(), QDate(2026, 12, 3), 400ms);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.source, ReleaseDiscovery::Source::Shipped);
    QVERIFY2(result.reason.contains(QLatin1String("did not answer in time")),
             qPrintable(result.reason));
}

void TestReleaseDiscovery::fallsBackWhenTheMirrorServesNoneOfThem()
{
    HttpTestServer server; // every path: 404
    serveChecksum(server, QStringLiteral("nixos-unstable"));
    const auto result = discover(server.url(), QDate(2026, 12, 3));
    QCOMPARE(result.source, ReleaseDiscovery::Source::Shipped);
    QVERIFY2(result.reason.contains(QLatin1String("nixos-26.11, nixos-26.05, nixos-25.11")),
             qPrintable(result.reason));
    QVERIFY(!result.reason.contains(QLatin1String("unstable")));
}

void TestReleaseDiscovery::ignoresWhatIsNotAChecksumFile()
{
    HttpTestServer server;
    server.serveData(checksumPath(QStringLiteral("nixos-26.11")),
                     QByteArrayLiteral("<html><body>Welcome to our mirror</body></html>"));
    serveChecksum(server, QStringLiteral("nixos-26.05"));
    const auto result = discover(server.url(), QDate(2026, 12, 3));
    QCOMPARE(result.servedChannels, QStringList {QStringLiteral("nixos-26.05")});
}

void TestReleaseDiscovery::fetchesOnePublishedChecksum()
{
    HttpTestServer server;
    serveChecksum(server, QStringLiteral("nixos-26.05"));
    ChecksumFetch fetch(server.url(checksumPath(QStringLiteral("nixos-26.05"))), {});
    QSignalSpy finished(&fetch, &ChecksumFetch::finished);
    fetch.start();
    QVERIFY(fetch.isRunning());
    QVERIFY(finished.wait());
    const auto checksum = finished.constFirst().constFirst().value<PublishedChecksum>();
    QCOMPARE(checksum.sha256, Sha256::of("nixos-26.05"));
    QCOMPARE(checksum.fileName, QStringLiteral("nixos-26.05.iso"));
    QVERIFY(!fetch.isRunning());
}

void TestReleaseDiscovery::saysWhyAChecksumCannotBeFetched()
{
    HttpTestServer server;
    ChecksumFetch fetch(server.url(QStringLiteral("/missing.sha256")), {});
    QSignalSpy failed(&fetch, &ChecksumFetch::failed);
    fetch.start();
    QVERIFY(failed.wait());
    const QString reason = failed.constFirst().constFirst().toString();
    QVERIFY2(reason.contains(QLatin1String("HTTP 404"))
                     && reason.contains(QLatin1String("/missing.sha256")),
             qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestReleaseDiscovery)
#include "tst_releasediscovery.moc"
