// SPDX-License-Identifier: GPL-3.0-or-later
// The ISO into the storage pool, on a real libvirtd:
//   bench_upload --uri URI --pool POOL --pool-dir DIR [--size MiB] [--runs N] [--work DIR]
// Side by side, taking turns:
//   Airlock: putIsoInPool (model/media/isoupload), libvirt's volume upload
//            stream, hashing what it sends as the Launch page does
//   virsh vol-create + vol-upload of the same file (libvirt's stream alone)
//   cp FILE DIR/ (DIR: the pool's directory as this process sees it), and
//   cp followed by sync --data, for reference: what the disk itself takes
//   (neither libvirt nor cp waits for the disk)
// The file is read once first, so every one of them reads it from the page
// cache. Prints "key=value" lines (median seconds of each). Removes every
// volume and file it made.
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "media/isoupload.h"
#include "randomfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace Airlock;

namespace {

constexpr qint64 s_mebibyte = 1024 * 1024;
const QString s_volume = QStringLiteral("airlock-test-bench-upload.iso");

void readOnce(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    while (!file.read(4 * s_mebibyte).isEmpty()) { }
}

bool deleteVolume(const Connection &connection, const QString &pool)
{
    if (auto volume = connection.volume(pool, s_volume))
        return virStorageVolDelete(volume->get(), 0) == 0;
    virResetLastError();
    return true;
}

double run(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        std::fprintf(stderr, "bench_upload: %s %s failed\n", qPrintable(program),
                     qPrintable(arguments.join(QLatin1Char(' '))));
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    if (times.isEmpty() || times.first() < 0)
        return -1;
    const qsizetype middle = times.size() / 2;
    return times.size() % 2 ? times.at(middle) : (times.at(middle - 1) + times.at(middle)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption uriOption(QStringLiteral("uri"), QStringLiteral("A real libvirtd."),
                                       QStringLiteral("URI"));
    const QCommandLineOption poolOption(QStringLiteral("pool"),
                                        QStringLiteral("Its storage pool (a directory)."),
                                        QStringLiteral("POOL"));
    const QCommandLineOption poolDirOption(QStringLiteral("pool-dir"),
                                           QStringLiteral("The pool's directory, seen from here."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("File size in MiB."),
                                        QStringLiteral("MiB"), QStringLiteral("1024"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Scratch folder."),
                                        QStringLiteral("DIR"),
                                        QStringLiteral("/tmp/airlock-bench"));
    parser.addOptions({uriOption, poolOption, poolDirOption, sizeOption, runsOption, workOption});
    parser.addHelpOption();
    parser.process(app);
    const QString uri = parser.value(uriOption);
    const QString pool = parser.value(poolOption);
    const QString poolDir = parser.value(poolDirOption);
    if (uri.isEmpty() || pool.isEmpty() || !QFileInfo(poolDir).isDir()) {
        std::fprintf(stderr, "bench_upload: --uri, --pool and an existing --pool-dir needed\n");
        return 2;
    }
    const qint64 bytes = parser.value(sizeOption).toLongLong() * s_mebibyte;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString work = parser.value(workOption);
    QDir().mkpath(work);
    const QString source = QStringLiteral("%1/upload-%2MiB.iso").arg(work).arg(bytes / s_mebibyte);
    if (!Bench::makeRandomFile(source, bytes))
        return 1;
    readOnce(source);
    const QString copy = poolDir + QLatin1String("/airlock-test-bench-cp.iso");

    Hypervisor::initializeLibvirt();
    const auto connection = Connection::open(uri);
    if (!connection) {
        std::fprintf(stderr, "bench_upload: %s\n", qPrintable(connection.error().message));
        return 1;
    }
    const QString volumeXml = QStringLiteral("%1/upload-volume.xml").arg(work);
    QFile xml(volumeXml);
    if (!xml.open(QIODevice::WriteOnly))
        return 1;
    xml.write(QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>%2</capacity>"
                             "<target><format type='raw'/></target></volume>")
                      .arg(s_volume)
                      .arg(bytes)
                      .toUtf8());
    xml.close();

    QList<double> airlock, virsh, cp, cpSync;
    for (int i = 0; i < runs; ++i) {
        deleteVolume(*connection, pool);
        QElapsedTimer timer;
        timer.start();
        const auto uploaded = putIsoInPool(*connection, pool, source, s_volume, {}, {}, nullptr);
        airlock.append(uploaded ? double(timer.nsecsElapsed()) / 1e9 : -1);
        if (!uploaded)
            std::fprintf(stderr, "bench_upload: %s\n", qPrintable(uploaded.error().message));
        deleteVolume(*connection, pool);

        virsh.append(run(QStringLiteral("virsh"),
                         {QStringLiteral("-q"), QStringLiteral("-c"), uri,
                          QStringLiteral("vol-create %1 %2 ; vol-upload --pool %1 %3 %4")
                                  .arg(pool, volumeXml, s_volume, source)}));
        deleteVolume(*connection, pool);

        cp.append(run(QStringLiteral("cp"), {source, copy}));
        QFile::remove(copy);
        cpSync.append(
                run(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), QStringLiteral("cp \"$0\" \"$1\" && sync --data \"$1\""),
                     source, copy}));
        QFile::remove(copy);
    }
    const double airlockSeconds = median(airlock);
    const double virshSeconds = median(virsh);
    const double cpSeconds = median(cp);
    std::printf("size-mib=%lld\nruns=%d\n", bytes / s_mebibyte, runs);
    std::printf("airlock-s=%.3f\nvirsh-s=%.3f\ncp-s=%.3f\ncp-sync-s=%.3f\n", airlockSeconds,
                virshSeconds, cpSeconds, median(cpSync));
    return airlockSeconds > 0 && virshSeconds > 0 && cpSeconds > 0 ? 0 : 1;
}
