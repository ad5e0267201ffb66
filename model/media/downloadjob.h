// SPDX-License-Identifier: GPL-3.0-or-later
// model/media/: the NixOS installer. The release catalogue, the resumable
// download with its streaming SHA-256, the checksum-file parser, ISO names,
// and the upload into a libvirt storage pool. Uses Qt Network, OpenSSL's
// libcrypto, the hypervisor and the XML writer (for the volume).
#pragma once

#include "releasecatalogue.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

class QThread;

namespace Airlock {

class DownloadWorker;

// How far a download is, as the page and the command line show it.
struct DownloadProgress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1; // unknown until the server says
    double bytesPerSecond = 0;
    std::optional<std::chrono::seconds> timeLeft;

    int percent() const { return bytesTotal > 0 ? int(bytesDone * 100 / bytesTotal) : -1; }
};

// A verified ISO in the download folder, with the sidecar that records
// what it was checked against ("<file>.airlock.json").
struct CachedIso
{
    QString filePath;
    QString sha256;
    QString releaseId;
    qint64 size = 0;

    static QString sidecarPath(const QString &isoPath);
    static std::optional<CachedIso> read(const QString &isoPath);
    bool write(QString *errorMessage = nullptr) const;
    // The newest verified ISO of `releaseId` in `directory` (not re-hashed).
    static std::optional<CachedIso> newest(const QString &directory, const QString &releaseId);
};

// Downloads one NixOS ISO into the download folder and proves it is the
// published one. The network, the file and the hash all run off the calling
// thread: this object only relays commands and results.
//
// Flow: fetch the published ".sha256"; reuse a verified ISO of that name
// (hash re-checked); else continue "<name>.part" with a Range request or
// start it; hash as bytes arrive; compare; rename to "<name>" or, on a
// mismatch, to "<name>.corrupt".
class DownloadJob : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        FetchingChecksum,
        CheckingDownloaded, // re-hashing a verified ISO (or a complete part) before reuse
        Downloading,
        WaitingToRetry,
        Paused,
        Verifying,
        Finished,
        Failed,
        Cancelled,
    };
    Q_ENUM(State)

    enum class Failure {
        None,
        Network, // connection refused, host not found, dropped too often
        Stalled, // no byte for the stall timeout, too often
        HttpStatus, // 404, 500, …
        InsecureRedirect, // https → http
        RedirectLoop,
        TooManyRedirects,
        Tls,
        BadChecksumFile,
        ChecksumMismatch,
        NotEnoughSpace,
        DiskFull,
        WriteError,
    };
    Q_ENUM(Failure)

    enum class PartialFile { Keep, Discard };

    struct Options
    {
        QString directory = defaultDirectory();
        std::chrono::milliseconds stallTimeout {std::chrono::seconds(30)};
        int maximumRetries = 5; // consecutive failures without a byte of progress
        std::chrono::milliseconds firstRetryDelay {std::chrono::seconds(1)};
        std::chrono::milliseconds maximumRetryDelay {std::chrono::seconds(30)};
        int maximumRedirects = 8;
        qint64 readBufferBytes = 1024 * 1024;
        qint64 hashQueueBytes = 8 * 1024 * 1024;
        // Trusted in addition to the system's (tests: a self-signed server).
        QList<QSslCertificate> extraCaCertificates;
    };

    struct Result
    {
        QString filePath;
        QString fileName;
        QString sha256; // what Airlock computed
        QString publishedSha256;
        qint64 size = 0;
        bool reused = false; // an earlier verified download, re-checked
        bool offline = false; // the published checksum could not be fetched
    };

    DownloadJob(const NixosRelease &release, const Options &options, QObject *parent = nullptr);
    DownloadJob(const QUrl &isoUrl, const QUrl &checksumUrl, const QString &releaseId,
                const Options &options, QObject *parent = nullptr);
    ~DownloadJob() override;

    // QStandardPaths' cache location plus "isos" (in the Flatpak: the app's own).
    static QString defaultDirectory();

    void start();
    void pause();
    void resume();
    // Stops; the ".part" stays for a later resume unless told to discard it.
    void cancel(PartialFile partial = PartialFile::Keep);

    State state() const { return m_state; }
    bool isRunning() const;
    Failure failure() const { return m_failure; }
    QString failureReason() const { return m_failureReason; }
    const DownloadProgress &progress() const { return m_progress; }
    // After finished(); after a ChecksumMismatch, the set-aside ".corrupt"
    // file with the hash it has.
    const Result &result() const { return m_result; }
    QString publishedSha256() const { return m_publishedSha256; }
    QUrl isoUrl() const { return m_isoUrl; }
    // The most bytes the job held in memory at once (network buffer plus
    // the hash queue): what keeps memory flat, checked by the tests.
    qint64 peakBufferedBytes() const;

Q_SIGNALS:
    void stateChanged(Airlock::DownloadJob::State state);
    void progressChanged(const Airlock::DownloadProgress &progress);
    void checksumPublished(const QString &sha256, const QString &fileName);
    // Why the job waits before trying again (a sentence), and for how long.
    void retrying(const QString &reason, int attempt, std::chrono::milliseconds delay);
    void finished(const Airlock::DownloadJob::Result &result);
    void failed(Airlock::DownloadJob::Failure failure, const QString &reason);

private:
    void setState(State state);

    const QUrl m_isoUrl;
    const QUrl m_checksumUrl;
    const QString m_releaseId;
    const Options m_options;
    QThread *const m_thread;
    DownloadWorker *m_worker = nullptr; // lives in m_thread
    const std::shared_ptr<std::atomic_bool> m_cancelHashing;
    const std::shared_ptr<std::atomic<qint64>> m_peakBuffered;
    State m_state = State::Idle;
    Failure m_failure = Failure::None;
    QString m_failureReason;
    QString m_publishedSha256;
    DownloadProgress m_progress;
    Result m_result;
};

} // namespace Airlock

Q_DECLARE_METATYPE(Airlock::DownloadProgress)
Q_DECLARE_METATYPE(Airlock::DownloadJob::Result)
