// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestserver.h"
#include "media/downloadjob.h"
#include "media/sha256.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Airlock;
using namespace std::chrono_literals;
using Test::HttpTestServer;

namespace {

const QString s_isoName = QStringLiteral("nixos-graphical-25.11.1234.abcd-x86_64-linux.iso");
const QString s_isoPath = QStringLiteral("/nixos-25.11/latest-nixos-graphical-x86_64-linux.iso");
const QString s_sumPath = s_isoPath + QLatin1String(".sha256");
constexpr qsizetype s_isoSize = 3 * 1024 * 1024 + 4321;

// Peak resident set size of this process, from the kernel.
qint64 peakRssBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// "bytes=123-" → 123; -1 for anything else.
qint64 rangeStart(const QByteArray &range)
{
    if (!range.startsWith("bytes=") || !range.endsWith('-'))
        return -1;
    return range.mid(6, range.size() - 7).toLongLong();
}

} // namespace

// DownloadJob against a real HTTP(S) server on loopback that misbehaves on
// request: every failure a user's network or a mirror can produce.
class TestDownloadJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldHaveDefaultValue();
    void downloadsAndVerifies();
    void resumesAfterADrop_data();
    void resumesAfterADrop();
    void resumesAPartialFileAfterCancel();
    void pausesAndResumes();
    void restartsWhenTheServerIgnoresRange();
    void neverAppendsAWrongContentRange();
    void verifiesACompletePartWithoutDownloading();
    void setsAsideAMismatch();
    void reportsHttpErrors_data();
    void reportsHttpErrors();
    void retriesATruncatedBodyThenFails();
    void retriesAStallThenFails();
    void followsRedirectChains();
    void pinsTheVersionTheChecksumLedTo();
    void refusesHttpsToHttpRedirects();
    void stopsRedirectLoops();
    void downloadsOverHttps();
    void refusesAnUntrustedCertificate();
    void rejectsMalformedChecksumFiles_data();
    void rejectsMalformedChecksumFiles();
    void reportsWriteErrors();
    void reportsAFullDisk();
    void checksFreeSpaceFirst();
    void reusesAVerifiedDownload();
    void replacesATamperedDownload();
    void reusesAVerifiedDownloadOffline();
    void cancelDiscardsThePartWhenAsked();
    void keepsMemoryFlat();

private:
    DownloadJob::Options options() const;
    std::unique_ptr<DownloadJob> job(HttpTestServer &server, const QString &isoPath = s_isoPath,
                                     const QString &sumPath = s_sumPath) const;
    bool run(DownloadJob &job, int timeoutMs = 20000);
    void serve(HttpTestServer &server, const HttpTestServer::Route &route = {});
    QString partPath() const { return m_directory->filePath(s_isoName + QLatin1String(".part")); }
    QString finalPath() const { return m_directory->filePath(s_isoName); }
    QList<QByteArray> isoRanges(const HttpTestServer &server) const;

    std::chrono::milliseconds m_stallTimeout = 300ms;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<HttpTestServer> m_server;
    QByteArray m_iso;
    QString m_sha256;
};

void TestDownloadJob::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    m_stallTimeout = 300ms;
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->isListening());
    if (m_iso.isEmpty()) {
        m_iso = HttpTestServer::patternData(s_isoSize);
        m_sha256 = Sha256::of(m_iso);
    }
}

void TestDownloadJob::cleanup()
{
    m_server.reset();
    m_directory.reset();
}

DownloadJob::Options TestDownloadJob::options() const
{
    DownloadJob::Options options;
    options.directory = m_directory->path();
    options.stallTimeout = m_stallTimeout;
    options.firstRetryDelay = 10ms;
    options.maximumRetries = 3;
    return options;
}

std::unique_ptr<DownloadJob> TestDownloadJob::job(HttpTestServer &server, const QString &isoPath,
                                                  const QString &sumPath) const
{
    return std::make_unique<DownloadJob>(server.url(isoPath), server.url(sumPath),
                                         QStringLiteral("nixos-25.11-graphical-x86_64"), options());
}

bool TestDownloadJob::run(DownloadJob &job, int timeoutMs)
{
    QSignalSpy finished(&job, &DownloadJob::finished);
    QSignalSpy failed(&job, &DownloadJob::failed);
    if (job.state() == DownloadJob::State::Idle || !job.isRunning())
        job.start();
    QElapsedTimer clock;
    clock.start();
    while (finished.size() + failed.size() == 0 && clock.elapsed() < timeoutMs)
        QTest::qWait(5);
    return finished.size() == 1 && failed.isEmpty();
}

void TestDownloadJob::serve(HttpTestServer &server, const HttpTestServer::Route &route)
{
    HttpTestServer::Route iso = route;
    iso.data = m_iso;
    server.setRoute(s_isoPath, iso);
    server.serveData(s_sumPath,
                     (m_sha256 + QLatin1String("  ") + s_isoName + QLatin1Char('\n')).toUtf8());
}

QList<QByteArray> TestDownloadJob::isoRanges(const HttpTestServer &server) const
{
    QList<QByteArray> ranges;
    for (const HttpTestServer::Request &request : server.requests()) {
        if (request.path.endsWith(QLatin1String(".iso")))
            ranges.append(request.range);
    }
    return ranges;
}

void TestDownloadJob::shouldHaveDefaultValue()
{
    const DownloadJob::Options defaults;
    QCOMPARE(defaults.stallTimeout, std::chrono::milliseconds(30s));
    QVERIFY(defaults.maximumRetries > 0);
    QVERIFY(defaults.extraCaCertificates.isEmpty());
    QVERIFY(DownloadJob::defaultDirectory().endsWith(QLatin1String("/isos")));
    QCOMPARE(defaults.directory, DownloadJob::defaultDirectory());

    DownloadJob job(QUrl(QStringLiteral("https://example.invalid/a.iso")),
                    QUrl(QStringLiteral("https://example.invalid/a.iso.sha256")),
                    QStringLiteral("x"), options());
    QCOMPARE(job.state(), DownloadJob::State::Idle);
    QCOMPARE(job.failure(), DownloadJob::Failure::None);
    QVERIFY(!job.isRunning());
    QCOMPARE(job.progress().bytesDone, 0);
    QCOMPARE(job.progress().percent(), -1);
    QVERIFY(job.result().filePath.isEmpty());
}

void TestDownloadJob::downloadsAndVerifies()
{
    serve(*m_server);
    auto download = job(*m_server);
    QSignalSpy states(download.get(), &DownloadJob::stateChanged);
    QSignalSpy published(download.get(), &DownloadJob::checksumPublished);
    QSignalSpy progress(download.get(), &DownloadJob::progressChanged);
    QVERIFY(run(*download));

    const DownloadJob::Result result = download->result();
    QCOMPARE(result.filePath, finalPath());
    QCOMPARE(result.fileName, s_isoName);
    QCOMPARE(result.sha256, m_sha256);
    QCOMPARE(result.publishedSha256, m_sha256);
    QCOMPARE(result.size, s_isoSize);
    QVERIFY(!result.reused);
    QCOMPARE(published.size(), 1);
    QCOMPARE(published.constFirst().at(0).toString(), m_sha256);
    QCOMPARE(Sha256::of([&] {
                 QFile file(finalPath());
                 return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
             }()),
             m_sha256);
    QVERIFY(!QFileInfo::exists(partPath()));
    const auto cached = CachedIso::read(finalPath());
    QVERIFY(cached);
    QCOMPARE(cached->sha256, m_sha256);
    QCOMPARE(cached->releaseId, QStringLiteral("nixos-25.11-graphical-x86_64"));

    QList<DownloadJob::State> seen;
    for (const auto &arguments : std::as_const(states))
        seen.append(arguments.at(0).value<DownloadJob::State>());
    QCOMPARE(seen, (QList<DownloadJob::State> {
                           DownloadJob::State::FetchingChecksum, DownloadJob::State::Downloading,
                           DownloadJob::State::Verifying, DownloadJob::State::Finished}));
    QVERIFY(!progress.isEmpty());
    const auto last = progress.constLast().at(0).value<DownloadProgress>();
    QCOMPARE(last.bytesDone, s_isoSize);
    QCOMPARE(last.bytesTotal, s_isoSize);
    QCOMPARE(last.percent(), 100);
    QCOMPARE(isoRanges(*m_server), QList<QByteArray> {QByteArray()});
}

void TestDownloadJob::resumesAfterADrop_data()
{
    QTest::addColumn<QList<qint64>>("drops");
    QTest::newRow("after the first byte") << QList<qint64> {1};
    QTest::newRow("at 64 KiB") << QList<qint64> {64 * 1024};
    QTest::newRow("odd offset") << QList<qint64> {1024 * 1024 + 7};
    QTest::newRow("before the last byte") << QList<qint64> {s_isoSize - 1};
    QTest::newRow("several") << QList<qint64> {10, 500000, 2 * 1024 * 1024 + 3};
}

void TestDownloadJob::resumesAfterADrop()
{
    QFETCH(QList<qint64>, drops);
    HttpTestServer::Route route;
    route.dropAt = drops;
    serve(*m_server, route);
    auto download = job(*m_server);
    QSignalSpy retrying(download.get(), &DownloadJob::retrying);
    QVERIFY2(run(*download), qPrintable(download->failureReason()));
    QCOMPARE(download->result().sha256, m_sha256);
    QVERIFY(!retrying.isEmpty());

    // Each retry asks for the rest from what had arrived: never past a cut
    // (bytes still in flight when it came are lost and asked for again).
    const QList<QByteArray> ranges = isoRanges(*m_server);
    // Qt itself may send a request again when a connection closes before any byte.
    QVERIFY(ranges.size() >= retrying.size() + 1);
    QCOMPARE(ranges.constFirst(), QByteArray());
    qint64 previous = 0;
    for (const QByteArray &range : ranges.mid(1)) {
        const qint64 from = range.isEmpty() ? 0 : rangeStart(range);
        QVERIFY2(from >= previous && from <= drops.constLast(), range.constData());
        previous = from;
    }
}

void TestDownloadJob::resumesAPartialFileAfterCancel()
{
    m_stallTimeout = 20s; // the stall is the test's, not a fault
    HttpTestServer::Route route;
    route.stallAt = {1500000};
    serve(*m_server, route);
    {
        auto download = job(*m_server);
        download->start();
        QTRY_COMPARE(download->progress().bytesDone, 1500000);
        download->cancel();
        QTRY_COMPARE(download->state(), DownloadJob::State::Cancelled);
    }
    QCOMPARE(QFileInfo(partPath()).size(), 1500000);
    QVERIFY(!QFileInfo::exists(finalPath()));

    // A new job (the app restarted): the hash state is rebuilt from the part.
    auto download = job(*m_server);
    QVERIFY2(run(*download), qPrintable(download->failureReason()));
    QCOMPARE(download->result().sha256, m_sha256);
    QCOMPARE(isoRanges(*m_server).constLast(), QByteArray("bytes=1500000-"));
}

void TestDownloadJob::pausesAndResumes()
{
    m_stallTimeout = 20s; // the stall is the test's, not a fault
    HttpTestServer::Route route;
    route.stallAt = {700000};
    serve(*m_server, route);
    auto download = job(*m_server);
    download->start();
    QTRY_COMPARE(download->progress().bytesDone, 700000);
    download->pause();
    QTRY_COMPARE(download->state(), DownloadJob::State::Paused);
    QCOMPARE(QFileInfo(partPath()).size(), 700000);
    QSignalSpy finished(download.get(), &DownloadJob::finished);
    download->resume();
    QVERIFY(finished.wait(10000));
    QCOMPARE(download->result().sha256, m_sha256);
    QCOMPARE(isoRanges(*m_server).constLast(), QByteArray("bytes=700000-"));
}

void TestDownloadJob::restartsWhenTheServerIgnoresRange()
{
    HttpTestServer::Route route;
    route.honourRange = false;
    serve(*m_server, route);
    // A part whose bytes are wrong: appending to it would fail verification.
    QFile part(partPath());
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(QByteArray(1024 * 1024, 'z'));
    part.close();

    auto download = job(*m_server);
    QVERIFY2(run(*download), qPrintable(download->failureReason()));
    QCOMPARE(download->result().sha256, m_sha256);
    QCOMPARE(QFileInfo(finalPath()).size(), s_isoSize);
    QCOMPARE(isoRanges(*m_server), QList<QByteArray> {"bytes=1048576-"});
}

void TestDownloadJob::neverAppendsAWrongContentRange()
{
    HttpTestServer::Route route;
    route.wrongContentRange = true;
    serve(*m_server, route);
    QFile part(partPath());
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(m_iso.left(100000));
    part.close();

    auto download = job(*m_server);
    QVERIFY2(run(*download), qPrintable(download->failureReason()));
    QCOMPARE(download->result().sha256, m_sha256);
    // Asked from 100000, got a range from 0: thrown away, asked again from zero.
    QCOMPARE(isoRanges(*m_server), (QList<QByteArray> {"bytes=100000-", QByteArray()}));
}

void TestDownloadJob::verifiesACompletePartWithoutDownloading()
{
    serve(*m_server);
    QFile part(partPath());
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(m_iso);
    part.close();
    auto download = job(*m_server);
    QVERIFY2(run(*download), qPrintable(download->failureReason()));
    QCOMPARE(download->result().sha256, m_sha256);
    QCOMPARE(isoRanges(*m_server),
             QList<QByteArray> {"bytes=" + QByteArray::number(s_isoSize) + '-'});
}

void TestDownloadJob::setsAsideAMismatch()
{
    serve(*m_server);
    const QString wrong = Sha256::of("something else");
    m_server->serveData(s_sumPath, (wrong + QLatin1String("  ") + s_isoName).toUtf8());
    auto download = job(*m_server);
    QVERIFY(!run(*download));
    QCOMPARE(download->failure(), DownloadJob::Failure::ChecksumMismatch);
    const QString corrupt = finalPath() + QLatin1String(".corrupt");
    QVERIFY(QFileInfo::exists(corrupt));
    QVERIFY(!QFileInfo::exists(finalPath()));
    QVERIFY(!QFileInfo::exists(partPath()));
    QVERIFY(download->failureReason().contains(corrupt));
    QVERIFY(download->failureReason().contains(wrong));
    QVERIFY(download->failureReason().contains(m_sha256));
    QCOMPARE(download->state(), DownloadJob::State::Failed);
    QCOMPARE(download->result().filePath, corrupt);
    QCOMPARE(download->result().sha256, m_sha256);
    QCOMPARE(download->result().publishedSha256, wrong);

    // Downloading again once the server is fixed works, and keeps the evidence.
    serve(*m_server);
    QVERIFY(run(*download));
    QVERIFY(QFileInfo::exists(corrupt));
    QCOMPARE(download->result().sha256, m_sha256);
}

void TestDownloadJob::reportsHttpErrors_data()
{
    QTest::addColumn<QString>("failingPath");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("ISO 404") << s_isoPath << 404 << "HTTP 404";
    QTest::newRow("ISO 500") << s_isoPath << 500 << "HTTP 500";
    QTest::newRow("checksum 404") << s_sumPath << 404 << "HTTP 404";
    QTest::newRow("ISO 503 after retries") << s_isoPath << 503 << "tried 4 times";
}

void TestDownloadJob::reportsHttpErrors()
{
    QFETCH(QString, failingPath);
    QFETCH(int, status);
    QFETCH(QString, words);
    serve(*m_server);
    m_server->respondStatus(failingPath, status);
    auto download = job(*m_server);
    QVERIFY(!run(*download));
    QCOMPARE(download->failure(), DownloadJob::Failure::HttpStatus);
    QVERIFY2(download->failureReason().contains(words), qPrintable(download->failureReason()));
    // An error page is never written into the download.
    QVERIFY(QFileInfo(partPath()).size() == 0);
}

void TestDownloadJob::retriesATruncatedBodyThenFails()
{
    HttpTestServer::Route route;
    route.truncateAt = 1000000;
    serve(*m_server, route);
    auto download = job(*m_server);
    QSignalSpy retrying(download.get(), &DownloadJob::retrying);
    QVERIFY(!run(*download));
    QCOMPARE(download->failure(), DownloadJob::Failure::Network);
    QVERIFY2(download->failureReason().contains(QLatin1String("closed before the whole file")),
             qPrintable(download->failureReason()));
    QCOMPARE(retrying.size(), 3);
    // What did arrive is kept for later.
    QCOMPARE(QFileInfo(partPath()).size(), 1000000);
}

void TestDownloadJob::retriesAStallThenFails()
{
    HttpTestServer::Route route;
    route.stallAt = {200000, 200000, 200000, 200000, 200000};
    serve(*m_server, route);
    auto download = job(*m_server);
    QSignalSpy retrying(download.get(), &DownloadJob::retrying);
    QVERIFY(!run(*download));
    QCOMPARE(download->failure(), DownloadJob::Failure::Stalled);
    QVERIFY2(download->failureReason().contains(QLatin1String("No data arrived")),
             qPrintable(download->failureReason()));
    QCOMPARE(retrying.size(), 3);
    QCOMPARE(QFileInfo(partPath()).size(), 200000);

    // One stall only: the retry goes on from where it stopped.
    route.stallAt = {300000};
    serve(*m_server, route);
    QVERIFY2(run(*download), qPrintable(download->failureReason()));
    QCOMPARE(download->result().sha256, m_sha256);
}

void TestDownloadJob::followsRedirectChains()
{
    HttpTestServer::Route route;
    route.dropAt = {2000000};
    serve(*m_server, route);
    // channel → release server, in three hops, for both files.
    for (const QString &path : {s_isoPath, s_sumPath}) {
        const QString real = path;
        m_server->redirect(QStringLiteral("/c") + path, m_server->url(QStringLiteral("/b") + path),
                           301);
        m_server->redirect(QStringLiteral("/b") + path, m_server->url(QStringLiteral("/a") + path),
                           302);
        m_server->redirect(QStringLiteral("/a") + path, m_server->url(real), 307);
    }
    auto download
            = job(*m_server, QStringLiteral("/c") + s_isoPath, QStringLiteral("/c") + s_sumPath);
    QVERIFY2(run(*download), qPrintable(download->failureReason()));
    QCOMPARE(download->result().sha256, m_sha256);
    // The resumed request kept its range through the redirects (bytes in
    // flight at the cut are lost and asked for again).
    const qint64 from = rangeStart(isoRanges(*m_server).constLast());
    QVERIFY(from > 0 && from <= 2000000);
}

void TestDownloadJob::pinsTheVersionTheChecksumLedTo()
{
    // Like channels.nixos.org: the channel's checksum redirects to the
    // release's, next to the release's ISO. The channel's own ISO has moved on.
    const QString release = QStringLiteral("/releases/nixos-25.11.1234/") + s_isoName;
    m_server->serveData(release, m_iso);
    m_server->serveData(release + QLatin1String(".sha256"),
                        (m_sha256 + QLatin1String("  ") + s_isoName).toUtf8());
    m_server->redirect(s_sumPath, m_server->url(release + QLatin1String(".sha256")));
    m_server->serveData(s_isoPath, HttpTestServer::patternData(s_isoSize, 99));
    auto download = job(*m_server);
    QVERIFY2(run(*download), qPrintable(download->failureReason()));
    QCOMPARE(download->result().sha256, m_sha256);
    for (const HttpTestServer::Request &request : m_server->requests())
        QVERIFY(request.path != s_isoPath); // the channel's ISO was never asked for
}

void TestDownloadJob::refusesHttpsToHttpRedirects()
{
    HttpTestServer secure(HttpTestServer::Scheme::Https);
    serve(*m_server);
    secure.serveData(s_sumPath, (m_sha256 + QLatin1String("  ") + s_isoName).toUtf8());
    secure.redirect(s_isoPath, m_server->url(s_isoPath));
    DownloadJob::Options tls = options();
    tls.extraCaCertificates = {secure.certificate()};
    DownloadJob download(secure.url(s_isoPath), secure.url(s_sumPath), QStringLiteral("x"), tls);
    QVERIFY(!run(download));
    QCOMPARE(download.failure(), DownloadJob::Failure::InsecureRedirect);
    QVERIFY(download.failureReason().contains(m_server->url(s_isoPath).toString()));
    QVERIFY(isoRanges(*m_server).isEmpty());
}

void TestDownloadJob::stopsRedirectLoops()
{
    serve(*m_server);
    m_server->redirect(QStringLiteral("/loop/a.iso"), m_server->url(QStringLiteral("/loop/b.iso")));
    m_server->redirect(QStringLiteral("/loop/b.iso"), m_server->url(QStringLiteral("/loop/a.iso")));
    auto download = job(*m_server, QStringLiteral("/loop/a.iso"));
    QVERIFY(!run(*download));
    QCOMPARE(download->failure(), DownloadJob::Failure::RedirectLoop);

    // A long chain without a loop is cut off too.
    for (int i = 0; i < 12; ++i)
        m_server->redirect(QStringLiteral("/chain/%1").arg(i),
                           m_server->url(QStringLiteral("/chain/%1").arg(i + 1)));
    auto chained = job(*m_server, QStringLiteral("/chain/0"));
    QVERIFY(!run(*chained));
    QCOMPARE(chained->failure(), DownloadJob::Failure::TooManyRedirects);
}

void TestDownloadJob::downloadsOverHttps()
{
    HttpTestServer secure(HttpTestServer::Scheme::Https);
    QVERIFY(secure.isListening());
    HttpTestServer::Route route;
    route.dropAt = {1234567};
    serve(secure, route);
    DownloadJob::Options tls = options();
    tls.extraCaCertificates = {secure.certificate()};
    DownloadJob download(secure.url(s_isoPath), secure.url(s_sumPath), QStringLiteral("x"), tls);
    QVERIFY2(run(download), qPrintable(download.failureReason()));
    QCOMPARE(download.result().sha256, m_sha256);
    const qint64 from = rangeStart(isoRanges(secure).constLast());
    QVERIFY(from > 0 && from <= 1234567);
}

void TestDownloadJob::refusesAnUntrustedCertificate()
{
    HttpTestServer secure(HttpTestServer::Scheme::Https);
    serve(secure);
    DownloadJob download(secure.url(s_isoPath), secure.url(s_sumPath), QStringLiteral("x"),
                         options());
    QVERIFY(!run(download));
    QCOMPARE(download.failure(), DownloadJob::Failure::Tls);
    QVERIFY(download.failureReason().contains(QLatin1String("127.0.0.1")));
}

void TestDownloadJob::rejectsMalformedChecksumFiles_data()
{
    QTest::addColumn<QByteArray>("checksum");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html>moved</html>");
    QTest::newRow("short") << QByteArray("abc123  a.iso");
}

void TestDownloadJob::rejectsMalformedChecksumFiles()
{
    QFETCH(QByteArray, checksum);
    serve(*m_server);
    m_server->serveData(s_sumPath, checksum);
    auto download = job(*m_server);
    QVERIFY(!run(*download));
    QCOMPARE(download->failure(), DownloadJob::Failure::BadChecksumFile);
    QVERIFY(download->failureReason().contains(QLatin1String("cannot be read")));
    QVERIFY(isoRanges(*m_server).isEmpty());
}

void TestDownloadJob::reportsWriteErrors()
{
    serve(*m_server);
    QVERIFY(QDir().mkpath(partPath())); // a folder where the file should go
    auto download = job(*m_server);
    QVERIFY(!run(*download));
    QCOMPARE(download->failure(), DownloadJob::Failure::WriteError);
    QVERIFY2(download->failureReason().contains(partPath()), qPrintable(download->failureReason()));
}

void TestDownloadJob::reportsAFullDisk()
{
    serve(*m_server);
    // /dev/full answers every write with ENOSPC, exactly like a full disk.
    QVERIFY(QFile::link(QStringLiteral("/dev/full"), partPath()));
    auto download = job(*m_server);
    QVERIFY(!run(*download));
    QCOMPARE(download->failure(), DownloadJob::Failure::DiskFull);
    QVERIFY2(download->failureReason().contains(QLatin1String("is full")),
             qPrintable(download->failureReason()));
}

void TestDownloadJob::checksFreeSpaceFirst()
{
    HttpTestServer::Route route;
    route.announcedLength = qint64(1) << 50; // a petabyte
    serve(*m_server, route);
    auto download = job(*m_server);
    QVERIFY(!run(*download));
    QCOMPARE(download->failure(), DownloadJob::Failure::NotEnoughSpace);
    QVERIFY2(download->failureReason().contains(QLatin1String("Free up some space")),
             qPrintable(download->failureReason()));
    QCOMPARE(QFileInfo(partPath()).size(), 0);
}

void TestDownloadJob::reusesAVerifiedDownload()
{
    serve(*m_server);
    auto first = job(*m_server);
    QVERIFY(run(*first));
    m_server->clearRequests();
    auto second = job(*m_server);
    QSignalSpy states(second.get(), &DownloadJob::stateChanged);
    QVERIFY(run(*second));
    QVERIFY(second->result().reused);
    QCOMPARE(second->result().filePath, finalPath());
    QCOMPARE(second->result().sha256, m_sha256);
    QVERIFY(isoRanges(*m_server).isEmpty());
    QCOMPARE(states.at(1).at(0).value<DownloadJob::State>(),
             DownloadJob::State::CheckingDownloaded);
}

void TestDownloadJob::replacesATamperedDownload()
{
    serve(*m_server);
    auto first = job(*m_server);
    QVERIFY(run(*first));
    {
        QFile file(finalPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(1000);
        file.write("tampered");
    }
    auto second = job(*m_server);
    QVERIFY(run(*second));
    QVERIFY(!second->result().reused);
    QCOMPARE(second->result().sha256, m_sha256);
    QVERIFY(QFileInfo::exists(finalPath() + QLatin1String(".corrupt")));
}

void TestDownloadJob::reusesAVerifiedDownloadOffline()
{
    serve(*m_server);
    auto first = job(*m_server);
    QVERIFY(run(*first));
    const QUrl iso = m_server->url(s_isoPath);
    const QUrl sum = m_server->url(s_sumPath);
    m_server.reset(); // nothing listens there any more
    DownloadJob second(iso, sum, QStringLiteral("nixos-25.11-graphical-x86_64"), options());
    QVERIFY2(run(second), qPrintable(second.failureReason()));
    QVERIFY(second.result().reused);
    QVERIFY(second.result().offline);
    QCOMPARE(second.result().sha256, m_sha256);

    // Another release has nothing to fall back on.
    DownloadJob other(iso, sum, QStringLiteral("nixos-25.05-graphical-x86_64"), options());
    QVERIFY(!run(other));
    QCOMPARE(other.failure(), DownloadJob::Failure::Network);
}

void TestDownloadJob::cancelDiscardsThePartWhenAsked()
{
    m_stallTimeout = 20s; // the stall is the test's, not a fault
    HttpTestServer::Route route;
    route.stallAt = {400000};
    serve(*m_server, route);
    auto download = job(*m_server);
    download->start();
    QTRY_COMPARE(download->progress().bytesDone, 400000);
    download->cancel(DownloadJob::PartialFile::Discard);
    QTRY_COMPARE(download->state(), DownloadJob::State::Cancelled);
    QVERIFY(!QFileInfo::exists(partPath()));
}

void TestDownloadJob::keepsMemoryFlat()
{
    // 256 MiB from disk, served and received in this process.
    const QString source = m_directory->filePath(QStringLiteral("source.iso"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray block = HttpTestServer::patternData(4 * 1024 * 1024, 7);
        for (int i = 0; i < 64; ++i)
            file.write(block);
    }
    const QString sha256 = *sha256OfFile(source);
    m_server->serveFile(s_isoPath, source);
    m_server->serveData(s_sumPath, (sha256 + QLatin1String("  big.iso")).toUtf8());

    const qint64 before = peakRssBytes();
    auto download = job(*m_server);
    QVERIFY2(run(*download, 120000), qPrintable(download->failureReason()));
    QCOMPARE(download->result().sha256, sha256);
    const qint64 growth = peakRssBytes() - before;
    const DownloadJob::Options defaults = options();
    // Never more than the network buffer plus the hash queue, plus one chunk.
    QVERIFY2(download->peakBufferedBytes()
                     <= defaults.readBufferBytes + defaults.hashQueueBytes + 1024 * 1024,
             qPrintable(QString::number(download->peakBufferedBytes())));
    std::fprintf(stderr, "peak buffered %lld bytes, peak RSS growth %lld bytes\n",
                 qlonglong(download->peakBufferedBytes()), qlonglong(growth));
    QVERIFY2(growth < 48 * 1024 * 1024, qPrintable(QString::number(growth)));
}

QTEST_GUILESS_MAIN(TestDownloadJob)
#include "tst_downloadjob.moc"
