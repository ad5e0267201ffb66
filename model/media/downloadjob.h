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
    // The volume the download streamed into and that matched the hash too;
    // the creation plan adopts it instead of uploading (empty: none).
    QString poolUri;
    QString pool;
    QString volume;
    QString volumeKey;

    bool hasVolume() const { return !pool.isEmpty() && !volume.isEmpty(); }

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
        // Only ever reported by poolUploadFailed(): the download goes on.
        PoolUpload,
    };
    Q_ENUM(Failure)

    enum class PartialFile { Keep, Discard };

    // A storage pool the ISO streams into as it downloads, so it is ready in
    // the pool when the hash matches. Used only when the pool exists and is
    // active on that connection; otherwise the plan uploads the file later.
    struct PoolTarget
    {
        QString uri;
        QString pool;

        bool isEmpty() const { return uri.isEmpty() || pool.isEmpty(); }
    };

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
        PoolTarget poolTarget;
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
        // The verified ISO is also this volume (empty when it is not in a pool).
        QString pool;
        QString volume;
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
    // Why the ISO did not also go into the pool (empty: it did, or no pool).
    QString poolUploadFailureReason() const { return m_poolFailureReason; }

Q_SIGNALS:
    void stateChanged(Airlock::DownloadJob::State state);
    void progressChanged(const Airlock::DownloadProgress &progress);
    void checksumPublished(const QString &sha256, const QString &fileName);
    // Why the job waits before trying again (a sentence), and for how long.
    void retrying(const QString &reason, int attempt, std::chrono::milliseconds delay);
    void finished(const Airlock::DownloadJob::Result &result);
    void failed(Airlock::DownloadJob::Failure failure, const QString &reason);
    // The ISO streams into this volume of the pool target as it downloads.
    void poolStreamStarted(const QString &pool, const QString &volume);
    // Streaming into the pool failed (Failure::PoolUpload), with what to do
    // about it; the download goes on, and the plan uploads the file later.
    void poolUploadFailed(Airlock::DownloadJob::Failure failure, const QString &reason);

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
    QString m_poolFailureReason;
    QString m_publishedSha256;
    DownloadProgress m_progress;
    Result m_result;
};

} // namespace Airlock

Q_DECLARE_METATYPE(Airlock::DownloadProgress)
Q_DECLARE_METATYPE(Airlock::DownloadJob::Result)
