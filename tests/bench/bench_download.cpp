// SPDX-License-Identifier: GPL-3.0-or-later
// Download-and-verify speed against the tools a user would otherwise use:
//   bench_download [--quick] [--size MiB] [--runs N] [--work DIR] [--values]
// Serves a random file from a loopback server (a child process, so its
// buffers do not count) and measures, side by side on one run:
//   curl -s -o FILE URL                       (no hashing at all)
//   curl -s URL | tee FILE | sha256sum        (the usual shell way)
//   DownloadJob: download + SHA-256 + verify  (Airlock)
// plus Airlock's peak RSS during the download and the longest stall of the
// calling (GUI) thread, seen by a 5 ms heartbeat timer. --values prints
// "key=value" lines for tools/bench instead of the sentences.
// With --uri URI --pool POOL it measures instead, run for run, DownloadJob to
// a file alone against DownloadJob streaming into POOL as well: from the
// first byte to "ISO ready in the pool" (the volume deleted after each run).
#include "heartbeat.h"
#include "httptestserver.h"
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "media/downloadjob.h"
#include "media/sha256.h"
#include "randomfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Airlock;
using Airlock::Bench::Heartbeat;

namespace {

constexpr qint64 s_mebibyte = 1024 * 1024;

qint64 statusValue(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// Resets VmHWM to the current RSS, so the next peak is this phase's own.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

bool makeSource(const QString &path, qint64 size)
{
    if (QFileInfo(path).size() != size) {
        std::fprintf(stderr, "creating %s (%lld MiB of random bytes)…\n", qPrintable(path),
                     qlonglong(size / s_mebibyte));
    }
    return Bench::makeRandomFile(path, size);
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Runs a shell pipeline with the event loop (and so the heartbeat) running.
double runShell(const QString &command, double *stallMs)
{
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&shell, &QProcess::finished, &shell, [] { QCoreApplication::exit(0); });
    Heartbeat heartbeat;
    shell.start(QStringLiteral("/bin/bash"),
                {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"), command});
    QCoreApplication::exec();
    const double elapsed = seconds(timer);
    *stallMs = std::max(*stallMs, heartbeat.longestStallMs());
    if (shell.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(command));
        return -1;
    }
    return elapsed;
}

struct JobRun
{
    double seconds = -1;
    qint64 peakRss = 0;
    double longestStallMs = 0;
    double longestOwnStallMs = 0; // less the time the thread waited for a CPU
    qint64 peakBuffered = 0;
    QString volume; // streamed into the pool target
};

JobRun runJob(const QUrl &iso, const QUrl &checksum, const QString &directory,
              DownloadJob::Options options)
{
    QDir(directory).removeRecursively();
    options.directory = directory;
    DownloadJob job(iso, checksum, QStringLiteral("bench"), options);
    JobRun run;

    QObject::connect(&job, &DownloadJob::finished, &job, [&run](const DownloadJob::Result &result) {
        run.volume = result.volume;
        QCoreApplication::exit(0);
    });
    QObject::connect(&job, &DownloadJob::poolUploadFailed, &job,
                     [](DownloadJob::Failure, const QString &reason) {
                         std::fprintf(stderr, "streaming failed: %s\n", qPrintable(reason));
                     });
    QObject::connect(&job, &DownloadJob::failed, &job,
                     [](DownloadJob::Failure, const QString &reason) {
                         std::fprintf(stderr, "download failed: %s\n", qPrintable(reason));
                         QCoreApplication::exit(1);
                     });

    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    Heartbeat heartbeat;
    job.start();
    const int code = QCoreApplication::exec();
    run.seconds = code == 0 ? seconds(timer) : -1;
    run.longestStallMs = heartbeat.longestStallMs();
    run.longestOwnStallMs = heartbeat.longestOwnStallMs();
    run.peakRss = statusValue("VmHWM:");
    run.peakBuffered = job.peakBufferedBytes();
    return run;
}

// Row 5b: the download alone against the download streamed into a pool.
int compareStreaming(const QUrl &iso, const QString &directory, const DownloadJob::Options &base,
                     const QString &uri, const QString &pool, int count, double mib, bool values)
{
    Hypervisor::initializeLibvirt();
    const auto connection = Connection::open(uri);
    if (!connection) {
        std::fprintf(stderr, "%s\n", qPrintable(connection.error().message));
        return 1;
    }
    QList<double> alone, streamed;
    qint64 buffered = 0;
    DownloadJob::Options streaming = base;
    streaming.poolTarget = {uri, pool};
    for (int i = 0; i < count; ++i) {
        const QUrl checksum(iso.toString() + QLatin1String(".sha256"));
        alone.append(runJob(iso, checksum, directory, base).seconds);
        const JobRun run = runJob(iso, checksum, directory, streaming);
        if (run.volume.isEmpty()) {
            std::fprintf(stderr, "the ISO did not end in the pool\n");
            streamed.append(-1);
            continue;
        }
        streamed.append(run.seconds);
        buffered = std::max(buffered, run.peakBuffered);
        if (const auto volume = connection->volume(pool, run.volume))
            virStorageVolDelete(volume->get(), 0);
    }
    QDir(directory).removeRecursively();
    std::sort(alone.begin(), alone.end());
    std::sort(streamed.begin(), streamed.end());
    const double a = alone.at(alone.size() / 2), s = streamed.at(streamed.size() / 2);
    const bool measured = a > 0 && s > 0 && streamed.first() > 0;
    if (values) {
        std::printf("size-mib=%.0f\nruns=%d\nalone-s=%.3f\nstreamed-s=%.3f\n", mib, count, a, s);
        std::printf("streamed-peak-buffered-mib=%.1f\n", double(buffered) / double(s_mebibyte));
        return measured ? 0 : 1;
    }
    std::printf("file: %.0f MiB, median of %d runs\n", mib, count);
    std::printf("download to a file:                  %7.0f MiB/s  (%.2f s)\n", mib / a, a);
    std::printf("download + stream into the pool:     %7.0f MiB/s  (%.2f s)\n", mib / s, s);
    std::printf("  streamed / alone:          %.2fx  (target <= 1.10)\n", s / a);
    std::printf("  peak bytes buffered:       %.1f MiB\n", double(buffered) / double(s_mebibyte));
    if (!measured)
        return 1;
    return s / a <= 1.1 ? 0 : 3;
}

int serve(const QString &file, const QString &checksum, const QString &path)
{
    Test::HttpTestServer server;
    server.serveFile(path, file);
    server.serveData(path + QLatin1String(".sha256"), checksum.toUtf8());
    std::printf("%d\n", server.url().port());
    std::fflush(stdout);
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    input.readAll(); // until the parent closes our stdin
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("200 MiB, one run."));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("File size in MiB."),
                                  QStringLiteral("MiB"), QStringLiteral("2048"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs of each."),
                                  QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption work(QStringLiteral("work"), QStringLiteral("Scratch folder."),
                                  QStringLiteral("DIR"), QStringLiteral("/tmp/airlock-bench"));
    const QCommandLineOption serveOption(QStringLiteral("serve"), QStringLiteral("(internal)"),
                                         QStringLiteral("FILE"));
    const QCommandLineOption checksumOption(QStringLiteral("checksum"),
                                            QStringLiteral("(internal)"), QStringLiteral("TEXT"));
    const QCommandLineOption pathOption(QStringLiteral("path"),
                                        QStringLiteral("(internal) Where --serve serves FILE."),
                                        QStringLiteral("PATH"), QStringLiteral("/nixos.iso"));
    const QCommandLineOption values(QStringLiteral("values"),
                                    QStringLiteral("key=value lines for tools/bench."));
    const QCommandLineOption readBuffer(QStringLiteral("read-buffer"),
                                        QStringLiteral("DownloadJob's network buffer."),
                                        QStringLiteral("KiB"));
    const QCommandLineOption hashQueue(QStringLiteral("hash-queue"),
                                       QStringLiteral("DownloadJob's hash queue."),
                                       QStringLiteral("KiB"));
    const QCommandLineOption airlockOnly(QStringLiteral("airlock-only"),
                                         QStringLiteral("Skip the curl runs."));
    const QCommandLineOption uriOption(QStringLiteral("uri"),
                                       QStringLiteral("Stream into a pool on this connection."),
                                       QStringLiteral("URI"));
    const QCommandLineOption poolOption(QStringLiteral("pool"), QStringLiteral("That pool."),
                                        QStringLiteral("POOL"));
    parser.addOptions({quick, size, runs, work, serveOption, checksumOption, pathOption, values,
                       readBuffer, hashQueue, airlockOnly, uriOption, poolOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(serveOption))
        return serve(parser.value(serveOption), parser.value(checksumOption),
                     parser.value(pathOption));

    const qint64 bytes = (parser.isSet(quick) ? 200 : parser.value(size).toLongLong()) * s_mebibyte;
    const int count = parser.isSet(quick) ? 1 : std::max(1, parser.value(runs).toInt());
    const QString dir = parser.value(work);
    QDir().mkpath(dir);
    const QString source = QStringLiteral("%1/source-%2MiB.bin").arg(dir).arg(bytes / s_mebibyte);
    if (!makeSource(source, bytes))
        return 1;
    QElapsedTimer hashTimer;
    hashTimer.start();
    const QString sha256 = *sha256OfFile(source);
    const double hashSeconds = seconds(hashTimer);

    QProcess server;
    server.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--serve"), source, QStringLiteral("--checksum"),
                  sha256 + QLatin1String("  nixos-bench.iso")});
    if (!server.waitForReadyRead(10000))
        return 1;
    const int port = server.readLine().trimmed().toInt();
    const QString url = QStringLiteral("http://127.0.0.1:%1/nixos.iso").arg(port);
    const QString output = dir + QLatin1String("/curl.out");

    DownloadJob::Options jobOptions;
    if (parser.isSet(readBuffer))
        jobOptions.readBufferBytes = parser.value(readBuffer).toLongLong() * 1024;
    if (parser.isSet(hashQueue))
        jobOptions.hashQueueBytes = parser.value(hashQueue).toLongLong() * 1024;
    if (parser.isSet(uriOption)) {
        const int result
                = compareStreaming(QUrl(url), dir + QLatin1String("/cache"), jobOptions,
                                   parser.value(uriOption), parser.value(poolOption), count,
                                   double(bytes) / double(s_mebibyte), parser.isSet(values));
        server.closeWriteChannel();
        server.waitForFinished();
        return result;
    }
    QList<double> curlTimes, teeTimes, jobTimes;
    double idleStall = 0; // this thread's longest stall while only curl works
    QList<JobRun> jobRuns;
    for (int i = 0; i < count; ++i) {
        QFile::remove(output);
        if (parser.isSet(airlockOnly)) {
            curlTimes.append(1);
            teeTimes.append(1);
        } else {
            curlTimes.append(
                    runShell(QStringLiteral("curl -s -o %1 %2").arg(output, url), &idleStall));
            QFile::remove(output);
            teeTimes.append(runShell(
                    QStringLiteral("curl -s %1 | tee %2 | sha256sum >/dev/null").arg(url, output),
                    &idleStall));
        }
        QFile::remove(output);
        const JobRun run = runJob(QUrl(url), QUrl(url + QLatin1String(".sha256")),
                                  dir + QLatin1String("/cache"), jobOptions);
        jobRuns.append(run);
        jobTimes.append(run.seconds);
    }
    QDir(dir + QLatin1String("/cache")).removeRecursively();
    QFile::remove(output);
    server.closeWriteChannel();
    server.waitForFinished();

    // The median run of each, the runs taking turns so that the machine's
    // load falls on all alike.
    auto median = [](QList<double> times) {
        std::sort(times.begin(), times.end());
        const qsizetype middle = times.size() / 2;
        return times.size() % 2 ? times.at(middle) : (times.at(middle - 1) + times.at(middle)) / 2;
    };
    const double mib = double(bytes) / double(s_mebibyte);
    const double curl = median(curlTimes), tee = median(teeTimes), job = median(jobTimes);
    qint64 peakRss = 0, buffered = 0;
    double stall = 0, ownStall = 0;
    for (const JobRun &run : jobRuns) {
        peakRss = std::max(peakRss, run.peakRss);
        stall = std::max(stall, run.longestStallMs);
        ownStall = std::max(ownStall, run.longestOwnStallMs);
        buffered = std::max(buffered, run.peakBuffered);
    }
    const bool measured = curl > 0 && tee > 0 && job > 0;
    if (parser.isSet(values)) {
        std::printf("size-mib=%.0f\nruns=%d\nsha256-mib-s=%.0f\n", mib, count, mib / hashSeconds);
        std::printf("curl-s=%.3f\ntee-s=%.3f\nairlock-s=%.3f\n", curl, tee, job);
        std::printf("peak-rss-mib=%.1f\npeak-buffered-mib=%.1f\n",
                    double(peakRss) / double(s_mebibyte), double(buffered) / double(s_mebibyte));
        std::printf("stall-ms=%.1f\nown-stall-ms=%.1f\nidle-stall-ms=%.1f\n", stall, ownStall,
                    idleStall);
        return measured ? 0 : 1;
    }
    std::printf("file: %.0f MiB, median of %d runs\n", mib, count);
    std::printf("sha256 (libcrypto, from page cache): %7.0f MiB/s\n", mib / hashSeconds);
    std::printf("curl -o:                             %7.0f MiB/s  (%.2f s)\n", mib / curl, curl);
    std::printf("curl | tee | sha256sum:              %7.0f MiB/s  (%.2f s)\n", mib / tee, tee);
    std::printf("Airlock download + verify:           %7.0f MiB/s  (%.2f s)\n", mib / job, job);
    std::printf("  vs curl -o:                %.2fx  (target >= 0.90)\n", curl / job);
    std::printf("  vs tee | sha256sum:        %.2fx  (target >= 3.00)\n", tee / job);
    std::printf("  peak RSS:                  %.1f MiB  (target < 80)\n",
                double(peakRss) / double(s_mebibyte));
    std::printf("  peak bytes buffered:       %.1f MiB\n", double(buffered) / double(s_mebibyte));
    std::printf("  longest GUI-thread stall:  %.0f ms, %.0f ms of it its own (target <= 30; "
                "%.0f ms while idle during curl)\n",
                stall, ownStall, idleStall);
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        std::printf("load average: %s", loadavg.readAll().constData());
    if (!measured)
        return 1;
    const bool ok
            = curl / job >= 0.9 && tee / job >= 3.0 && peakRss < 80 * s_mebibyte && ownStall <= 30;
    return ok ? 0 : 3;
}
