// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "media/downloadjob.h"
#include "media/releasecatalogue.h"
#include "media/releasediscovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace Airlock {

namespace {

QString progressLine(const DownloadProgress &progress)
{
    const QLocale locale;
    const QString done = locale.formattedDataSize(progress.bytesDone);
    if (progress.bytesTotal <= 0)
        return done;
    const QString line = CommandLine::tr("%1 of %2 (%3%)")
                                 .arg(done, locale.formattedDataSize(progress.bytesTotal))
                                 .arg(progress.percent());
    if (progress.bytesPerSecond <= 0)
        return line;
    //: %1 is the progress so far, %2 a rate such as "48 MB", %3 seconds left
    return CommandLine::tr("%1, %2/s, %3 s left")
            .arg(line, locale.formattedDataSize(qint64(progress.bytesPerSecond)))
            .arg(progress.timeLeft ? progress.timeLeft->count() : 0);
}

// The newest stable release the mirror serves, as the Media page finds it;
// the shipped list when the mirror cannot be asked.
ReleaseCatalogue discoveredCatalogue(const ReleaseCatalogue &shipped)
{
    ReleaseDiscovery discovery(shipped, ReleaseDiscovery::Options());
    ReleaseCatalogue result = shipped;
    QObject::connect(&discovery, &ReleaseDiscovery::finished, &discovery,
                     [&](const ReleaseDiscovery::Result &found) {
                         result = found.catalogue;
                         if (found.source == ReleaseDiscovery::Source::Shipped) {
                             //: %1 is why the mirror's list could not be used (a sentence)
                             printError(CommandLine::tr("%1 Choosing from the releases Airlock "
                                                        "knew of when it was built.")
                                                .arg(found.reason));
                         }
                         QCoreApplication::exit(0);
                     });
    discovery.start();
    QCoreApplication::exec();
    return result;
}

} // namespace

int runFetchIso(const CommandLine &commandLine)
{
    if (commandLine.outputDirectory.isEmpty()) {
        printError(CommandLine::tr("--fetch-iso needs --output DIR, the folder to download into"));
        return 2;
    }
    QUrl baseUrl;
    if (!commandLine.baseUrl.isEmpty()) {
        baseUrl = QUrl(commandLine.baseUrl, QUrl::StrictMode);
        const QString scheme = baseUrl.scheme();
        if (!baseUrl.isValid() || baseUrl.host().isEmpty()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            printError(CommandLine::tr("--base-url: “%1” is not an http or https address")
                               .arg(commandLine.baseUrl));
            return 2;
        }
        if (scheme == QLatin1String("http"))
            printError(CommandLine::tr("warning: %1 is not encrypted; the checksum comes from the "
                                       "same server, so it "
                                       "proves the file arrived whole, not that nobody swapped it")
                               .arg(commandLine.baseUrl));
    }
    if (baseUrl.isEmpty())
        baseUrl = ReleaseDiscovery::configuredMirror();
    const ReleaseCatalogue shipped = ReleaseCatalogue::builtIn(baseUrl);
    const ReleaseCatalogue catalogue
            = commandLine.release.isEmpty() ? discoveredCatalogue(shipped) : shipped;
    const auto release = commandLine.release.isEmpty() ? catalogue.defaultRelease()
                                                       : catalogue.findOrName(commandLine.release);
    if (!release && commandLine.release.isEmpty()) {
        QStringList known;
        for (const NixosRelease &entry :
             catalogue.releasesFor(ReleaseCatalogue::hostArchitecture()))
            known.append(entry.id());
        printError(CommandLine::tr("no supported stable NixOS release is known for this "
                                   "computer; choose one with --release: %1")
                           .arg(known.join(QLatin1String(", "))));
        return 1;
    }
    if (!release) {
        QStringList known;
        for (const NixosRelease &entry :
             catalogue.releasesFor(ReleaseCatalogue::hostArchitecture()))
            known.append(entry.id());
        printError(CommandLine::tr("--release: no NixOS release “%1”; known: %2")
                           .arg(commandLine.release, known.join(QLatin1String(", "))));
        return 2;
    }

    DownloadJob::Options options;
    options.directory = QDir(commandLine.outputDirectory).absolutePath();
    DownloadJob job(*release, options);
    const bool terminal = ::isatty(STDERR_FILENO);
    QElapsedTimer sinceLine;
    sinceLine.start();
    int exitCode = 1;

    QObject::connect(
            &job, &DownloadJob::checksumPublished, &job,
            [](const QString &sha256, const QString &fileName) {
                printError(CommandLine::tr("published SHA-256 of %1: %2").arg(fileName, sha256));
            });
    QObject::connect(
            &job, &DownloadJob::progressChanged, &job, [&](const DownloadProgress &progress) {
                // A live line on a terminal; a line every few seconds in a log.
                if (terminal) {
                    std::fprintf(stderr, "\r\033[Kairlock: %s", qPrintable(progressLine(progress)));
                } else if (sinceLine.elapsed() >= 5000) {
                    printError(progressLine(progress));
                    sinceLine.restart();
                }
            });
    QObject::connect(&job, &DownloadJob::stateChanged, &job, [&](DownloadJob::State state) {
        if (terminal)
            std::fprintf(stderr, "\r\033[K");
        if (state == DownloadJob::State::CheckingDownloaded)
            printError(CommandLine::tr("checking the ISO downloaded before"));
        else if (state == DownloadJob::State::Verifying)
            printError(CommandLine::tr("verifying the SHA-256 checksum"));
    });
    QObject::connect(&job, &DownloadJob::retrying, &job,
                     [](const QString &reason, int attempt, std::chrono::milliseconds delay) {
                         //: %1 the reason, %2 seconds, %3 the attempt's number
                         printError(CommandLine::tr("%1 Trying again in %2 s (attempt %3).")
                                            .arg(reason)
                                            .arg(double(delay.count()) / 1000.0)
                                            .arg(attempt + 1));
                     });
    QObject::connect(&job, &DownloadJob::finished, &job, [&](const DownloadJob::Result &result) {
        if (result.offline)
            printError(CommandLine::tr("offline: using the ISO verified earlier"));
        printError(CommandLine::tr("verified: SHA-256 %1").arg(result.sha256));
        std::printf("%s\n", qPrintable(result.filePath));
        std::fflush(stdout);
        exitCode = 0;
        QCoreApplication::exit(0);
    });
    QObject::connect(&job, &DownloadJob::failed, &job,
                     [&](DownloadJob::Failure, const QString &reason) {
                         printError(reason);
                         exitCode = 1;
                         QCoreApplication::exit(1);
                     });
    printError(CommandLine::tr("fetching %1 (%2) from %3")
                       .arg(release->title(), release->variantTitle(),
                            release->isoUrl.toDisplayString()));
    job.start();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Airlock
