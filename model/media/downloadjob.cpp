// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadjob.h"

#include "checksumfile.h"
#include "isoupload.h"
#include "poolstream.h"
#include "sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThread>
#include <QTimer>

#include <deque>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace Airlock {

namespace {

using Failure = DownloadJob::Failure;
using State = DownloadJob::State;
using namespace std::chrono_literals;

constexpr qint64 s_spaceMargin = 64 * 1024 * 1024;
constexpr auto s_progressInterval = 100ms;
constexpr auto s_rateWindow = 5s;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
}

QString statusReason(int status, const QUrl &url)
{
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo);
    switch (status) {
    case 404:
    case 410:
        //: %1 is a URL
        return DownloadJob::tr("The server has no file at %1 (HTTP 404). The release may "
                               "have moved; choose another release or try again later.")
                .arg(where);
    case 401:
    case 403:
        return DownloadJob::tr("The server refused access to %1 (HTTP %2).").arg(where).arg(status);
    default:
        if (status >= 500) {
            return DownloadJob::tr(
                           "The server failed to answer for %1 (HTTP %2). This is a problem on the "
                           "server's side; try again later.")
                    .arg(where)
                    .arg(status);
        }
        return DownloadJob::tr("The server answered HTTP %1 for %2.").arg(status).arg(where);
    }
}

// "bytes 100-199/1000" → {100, 199, 1000}; "bytes */1000" → {-1, -1, 1000}.
struct ContentRange
{
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1;
};

std::optional<ContentRange> parseContentRange(const QByteArray &value)
{
    static const QRegularExpression pattern(
            QStringLiteral("^bytes\\s+(?:(\\d+)-(\\d+)|\\*)/(\\d+|\\*)$"));
    const auto match = pattern.match(QString::fromLatin1(value.trimmed()));
    if (!match.hasMatch())
        return std::nullopt;
    ContentRange range;
    if (match.hasCaptured(1)) {
        range.first = match.captured(1).toLongLong();
        range.last = match.captured(2).toLongLong();
    }
    if (match.captured(3) != QLatin1String("*"))
        range.total = match.captured(3).toLongLong();
    return range;
}

} // namespace

// Everything that touches the network and the disk, on the job's own thread.
class DownloadWorker : public QObject
{
    Q_OBJECT
public:
    DownloadWorker(const QUrl &isoUrl, const QUrl &checksumUrl, const QString &releaseId,
                   const DownloadJob::Options &options,
                   std::shared_ptr<std::atomic_bool> cancelHashing,
                   std::shared_ptr<std::atomic<qint64>> peakBuffered)
        : m_isoUrl(isoUrl)
        , m_checksumUrl(checksumUrl)
        , m_releaseId(releaseId)
        , m_options(options)
        , m_cancelHashing(std::move(cancelHashing))
        , m_peakBuffered(std::move(peakBuffered))
        , m_stallTimer(new QTimer(this))
        , m_retryTimer(new QTimer(this))
        , m_progressTimer(new QTimer(this))
    {
        m_progressTimer->setSingleShot(true);
        connect(m_progressTimer, &QTimer::timeout, this, [this] { emitProgress(true); });
        m_stallTimer->setSingleShot(true);
        m_stallTimer->setInterval(m_options.stallTimeout);
        m_retryTimer->setSingleShot(true);
        connect(m_stallTimer, &QTimer::timeout, this, [this] { abortReply(Abort::Stall); });
        connect(m_retryTimer, &QTimer::timeout, this, [this] {
            if (m_retryAction)
                m_retryAction();
        });
    }

    ~DownloadWorker() override
    {
        m_cancelHashing->store(true);
        if (m_reply) {
            m_abort = Abort::Cancel;
            m_reply->abort();
        }
        closePart();
        suspendPoolStream();
    }

    void start();
    void pause();
    void resume();
    void cancel(DownloadJob::PartialFile partial);

Q_SIGNALS:
    void stateChanged(Airlock::DownloadJob::State state);
    void progressChanged(const Airlock::DownloadProgress &progress);
    void checksumPublished(const QString &sha256, const QString &fileName);
    void retrying(const QString &reason, int attempt, std::chrono::milliseconds delay);
    void finished(const Airlock::DownloadJob::Result &result);
    void failed(Airlock::DownloadJob::Failure failure, const QString &reason);
    void mismatched(const Airlock::DownloadJob::Result &result);
    void poolStreamStarted(const QString &pool, const QString &volume);
    void poolUploadFailed(Airlock::DownloadJob::Failure failure, const QString &reason);

private:
    enum class Abort { None, Pause, Cancel, Stall, Failed, Restart };

    void setState(State state);
    QNetworkRequest makeRequest(const QUrl &url) const;
    // Sends the request for m_currentUrl, the ISO's or the checksum's.
    void send();
    // Follows a redirect reply after checking it; false when it is none.
    bool followRedirect(QNetworkReply *reply);
    void abortReply(Abort reason);

    void fetchChecksum();
    void checksumArrived(QNetworkReply *reply);
    bool reuseIfVerified(const QString &path, const QString &sha256, bool offline);
    void beginDownload();
    void requestIso();
    bool acceptHeaders();
    void readData();
    void isoReplyFinished();
    void verify();

    // Shared by both requests: a sentence for a failed reply, or nullopt when
    // the reply succeeded. Sets `retryable` for what may pass on a new try.
    std::optional<std::pair<Failure, QString>> replyFailure(QNetworkReply *reply, bool *retryable);
    void retryOrFail(Failure failure, const QString &reason, const std::function<void()> &again);
    void fail(Failure failure, const QString &reason);
    bool writeToPart(const QByteArray &data);
    void closePart();
    void emitProgress(bool force);
    void resetRate();

    // The pool target: the volume that receives every byte the part file does.
    const Connection *poolConnection();
    void startPoolStream();
    void poolStreamFailed(const LibvirtError &error);
    // Closes the stream and records how far the volume is, for a resume.
    void suspendPoolStream();
    // Deletes the volume this job streamed into (never another).
    void dropPoolVolume();
    // A volume recorded beside the part that an earlier run could not remove.
    void removeRecordedVolume(bool onlyAbandoned);

    const QUrl m_isoUrl;
    const QUrl m_checksumUrl;
    const QString m_releaseId;
    const DownloadJob::Options m_options;
    QUrl m_pinnedIsoUrl; // the versioned ISO the checksum led to
    const std::shared_ptr<std::atomic_bool> m_cancelHashing;
    const std::shared_ptr<std::atomic<qint64>> m_peakBuffered;
    QTimer *const m_stallTimer;
    QTimer *const m_retryTimer;
    QTimer *const m_progressTimer;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<HashPipeline> m_hash;
    std::optional<Connection> m_poolConnection;
    std::unique_ptr<PoolStream> m_poolStream;
    bool m_poolOff = false; // no pool target, or it failed in this run

    State m_state = State::Idle;
    QNetworkReply *m_reply = nullptr;
    Abort m_abort = Abort::None;
    Failure m_abortFailure = Failure::None;
    QString m_abortReason;
    QUrl m_currentUrl;
    QSet<QUrl> m_visited;
    std::function<void()> m_retryAction;
    int m_attempt = 0;
    qint64 m_bytesThisAttempt = 0;

    QString m_publishedSha256;
    QString m_fileName;
    QString m_finalPath;
    QString m_partPath;
    int m_partFd = -1;
    qint64 m_offset = 0; // bytes in the part file
    qint64 m_hashedTo = -1; // bytes the hash state covers; -1: none yet
    qint64 m_total = -1;
    bool m_isoPhase = false;
    bool m_accepted = false; // this reply's body belongs in the part file
    bool m_partComplete = false;

    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1000;
    std::deque<std::pair<qint64, qint64>> m_samples; // (ms, bytes)
};

void DownloadWorker::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QNetworkRequest DownloadWorker::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    // Followed by hand (followRedirect): https never leads to http, no loops,
    // and the range goes along.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // One long stream gains nothing from HTTP/2's multiplexing.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Compressed transfer would make byte ranges and lengths meaningless.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Airlock/" AIRLOCK_VERSION));
    if (!m_options.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    return request;
}

void DownloadWorker::send()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_abort = Abort::None;
    QNetworkRequest request = makeRequest(m_currentUrl);
    if (m_isoPhase && m_offset > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + '-');
    QNetworkReply *reply = m_network->get(request);
    reply->setReadBufferSize(m_options.readBufferBytes);
    m_reply = reply;
    if (m_isoPhase) {
        m_accepted = false;
        m_partComplete = false;
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
            if (m_reply == reply && !m_accepted)
                acceptHeaders();
        });
        connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
            if (m_reply == reply)
                readData();
        });
        connect(reply, &QNetworkReply::finished, this, [this] { isoReplyFinished(); });
        m_stallTimer->start();
    } else {
        connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received) {
            if (received > ChecksumFile::maximumSize && m_reply == reply) {
                m_abortFailure = Failure::BadChecksumFile;
                m_abortReason = tr("The checksum file at %1 is far too large to be one.")
                                        .arg(m_checksumUrl.toDisplayString());
                abortReply(Abort::Failed);
            }
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { checksumArrived(reply); });
    }
}

bool DownloadWorker::followRedirect(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    if (reply->error() != QNetworkReply::NoError || status < 300 || status >= 400
        || !location.isValid() || location.isEmpty())
        return false;
    const QUrl next = m_currentUrl.resolved(location);
    if (m_currentUrl.scheme() == QLatin1String("https")
        && next.scheme() != QLatin1String("https")) {
        //: %1 and %2 are URLs
        fail(Failure::InsecureRedirect,
             tr("The secure address %1 sent Airlock on to the insecure address %2. Airlock does "
                "not follow that: the file could be swapped on the way.")
                     .arg(m_currentUrl.toDisplayString(), next.toDisplayString()));
    } else if (next.scheme() != QLatin1String("https") && next.scheme() != QLatin1String("http")) {
        fail(Failure::HttpStatus,
             tr("The server sent the download on to %1, which is not a web address.")
                     .arg(next.toDisplayString()));
    } else if (m_visited.contains(next)) {
        fail(Failure::RedirectLoop,
             tr("The server sends the download round in a circle (at %1). This is a problem on "
                "the server's side; try again later or use another mirror.")
                     .arg(next.toDisplayString()));
    } else if (m_visited.size() > m_options.maximumRedirects) {
        fail(Failure::TooManyRedirects,
             tr("The server redirected the download more than %n time(s).", nullptr,
                m_options.maximumRedirects));
    } else {
        m_visited.insert(next);
        m_currentUrl = next;
        send();
    }
    return true;
}

void DownloadWorker::abortReply(Abort reason)
{
    if (!m_reply)
        return;
    m_abort = reason;
    m_reply->abort();
}

void DownloadWorker::start()
{
    if (m_reply)
        return;
    m_cancelHashing->store(false);
    m_retryTimer->stop();
    m_attempt = 0;
    m_publishedSha256.clear();
    closePart();
    m_poolOff = m_options.poolTarget.isEmpty();
    m_clock.start();
    fetchChecksum();
}

void DownloadWorker::fetchChecksum()
{
    setState(State::FetchingChecksum);
    m_bytesThisAttempt = 0;
    m_isoPhase = false;
    m_currentUrl = m_checksumUrl;
    m_visited = {m_checksumUrl};
    send();
}

void DownloadWorker::checksumArrived(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (m_abort == Abort::Cancel)
        return;
    if (m_abort == Abort::Failed) {
        fail(m_abortFailure, m_abortReason);
        return;
    }
    if (followRedirect(reply))
        return;
    bool retryable = false;
    if (const auto problem = replyFailure(reply, &retryable)) {
        // Offline, but a verified download of this release is here: use it.
        if (retryable && problem->first == Failure::Network) {
            if (const auto cached = CachedIso::newest(m_options.directory, m_releaseId)) {
                if (reuseIfVerified(cached->filePath, cached->sha256, true))
                    return;
                if (m_cancelHashing->load())
                    return;
            }
        }
        if (retryable)
            retryOrFail(problem->first, problem->second, [this] { fetchChecksum(); });
        else
            fail(problem->first, problem->second);
        return;
    }
    const auto published = ChecksumFile::parse(reply->readAll());
    if (!published) {
        //: %1 is a URL, %2 the reason it was refused
        fail(Failure::BadChecksumFile,
             tr("The published checksum at %1 cannot be read: %2. Without it Airlock cannot "
                "prove the ISO is genuine.")
                     .arg(m_checksumUrl.toDisplayString(), published.error()));
        return;
    }
    m_publishedSha256 = published->sha256;
    m_fileName = published->fileName.isEmpty() ? m_isoUrl.fileName() : published->fileName;
    // The channel redirected to a versioned checksum next to its ISO: fetch
    // that very ISO, so a channel moving on meanwhile cannot mix versions.
    m_pinnedIsoUrl.clear();
    if (m_currentUrl != m_checksumUrl && !published->fileName.isEmpty()
        && m_currentUrl.fileName() == published->fileName + QLatin1String(".sha256")) {
        QUrl pinned = m_currentUrl;
        pinned.setPath(m_currentUrl.path().chopped(int(qstrlen(".sha256"))));
        m_pinnedIsoUrl = pinned;
    }
    if (!ChecksumFile::isSafeFileName(m_fileName))
        m_fileName = QStringLiteral("nixos.iso");
    Q_EMIT checksumPublished(m_publishedSha256, m_fileName);

    if (!QDir().mkpath(m_options.directory)) {
        fail(Failure::WriteError,
             tr("Airlock cannot create the download folder %1.").arg(m_options.directory));
        return;
    }
    m_finalPath = QDir(m_options.directory).filePath(m_fileName);
    m_partPath = m_finalPath + QLatin1String(".part");
    removeRecordedVolume(true);
    if (QFileInfo::exists(m_finalPath)) {
        if (reuseIfVerified(m_finalPath, m_publishedSha256, false) || m_cancelHashing->load())
            return;
        // Not what NixOS published (any more): keep it aside, never overwrite it.
        const QString corrupt = m_finalPath + QLatin1String(".corrupt");
        QFile::remove(corrupt);
        QFile::rename(m_finalPath, corrupt);
        QFile::remove(CachedIso::sidecarPath(m_finalPath));
    }
    beginDownload();
}

bool DownloadWorker::reuseIfVerified(const QString &path, const QString &sha256, bool offline)
{
    setState(State::CheckingDownloaded);
    const qint64 size = QFileInfo(path).size();
    resetRate();
    const auto hash = sha256OfFile(path, -1, m_cancelHashing.get(), [this, size](qint64 done) {
        m_offset = done;
        m_total = size;
        emitProgress(false);
    });
    if (!hash || *hash != sha256)
        return false;
    // What the sidecar said of a volume stays: the plan checks it is still there.
    const auto before = CachedIso::read(path);
    CachedIso cached;
    cached.filePath = path;
    cached.sha256 = *hash;
    cached.releaseId = m_releaseId;
    cached.size = size;
    if (before && before->sha256 == *hash && before->size == size && before->hasVolume()) {
        cached.poolUri = before->poolUri;
        cached.pool = before->pool;
        cached.volume = before->volume;
        cached.volumeKey = before->volumeKey;
    }
    cached.write();
    DownloadJob::Result result;
    result.filePath = path;
    result.fileName = QFileInfo(path).fileName();
    result.sha256 = *hash;
    result.publishedSha256 = offline ? QString() : sha256;
    result.size = size;
    result.reused = true;
    result.offline = offline;
    result.pool = cached.pool;
    result.volume = cached.volume;
    setState(State::Finished);
    Q_EMIT finished(result);
    return true;
}

void DownloadWorker::beginDownload()
{
    m_partFd = ::open(QFile::encodeName(m_partPath).constData(),
                      O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (m_partFd < 0) {
        const int error = errno;
        fail(error == ENOSPC || error == EDQUOT ? Failure::DiskFull : Failure::WriteError,
             //: %1 is a file path, %2 the system's reason
             tr("Airlock cannot write the download to %1: %2.")
                     .arg(m_partPath, systemError(error)));
        return;
    }
    const off_t existing = ::lseek(m_partFd, 0, SEEK_END);
    m_offset = existing > 0 ? existing : 0;
    m_hashedTo = -1;
    m_total = -1;
    if (!m_hash)
        m_hash = std::make_unique<HashPipeline>(m_options.hashQueueBytes);
    m_hash->reset();
    m_attempt = 0;
    requestIso();
}

void DownloadWorker::requestIso()
{
    setState(State::Downloading);
    m_bytesThisAttempt = 0;
    resetRate();
    m_isoPhase = true;
    m_currentUrl = m_pinnedIsoUrl.isValid() ? m_pinnedIsoUrl : m_isoUrl;
    m_visited = {m_currentUrl};
    send();
}

bool DownloadWorker::acceptHeaders()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto range = parseContentRange(m_reply->rawHeader("Content-Range"));
    if (status == 206) {
        if (!range || range->first != m_offset || range->total <= 0
            || range->last != range->total - 1) {
            // A range other than the one asked for: never append it.
            abortReply(Abort::Restart);
            return false;
        }
        m_total = range->total;
        if (m_hashedTo != m_offset) {
            m_hash->reset();
            m_hash->addFilePrefix(m_partPath, m_offset);
            m_hashedTo = m_offset;
        }
    } else if (status == 200) {
        // The server ignored the range (or none was asked): start from zero.
        if (m_offset > 0) {
            if (::ftruncate(m_partFd, 0) != 0) {
                const int error = errno;
                m_abortFailure = Failure::WriteError;
                m_abortReason = tr("Airlock cannot write the download to %1: %2.")
                                        .arg(m_partPath, systemError(error));
                abortReply(Abort::Failed);
                return false;
            }
            m_offset = 0;
        }
        if (m_hashedTo != 0) {
            m_hash->reset();
            m_hashedTo = 0;
        }
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        m_total = length.isValid() ? length.toLongLong() : -1;
    } else if (status == 416 && range && range->total >= 0 && range->first < 0) {
        // Everything is here already (the app stopped before verifying).
        if (range->total == m_offset) {
            m_total = m_offset;
            m_partComplete = true;
            m_hash->reset();
            m_hash->addFilePrefix(m_partPath, m_offset);
            m_hashedTo = m_offset;
            startPoolStream();
            return false;
        }
        abortReply(Abort::Restart);
        return false;
    } else {
        return false; // an error or a redirect: the finished handler says what
    }

    if (m_total > 0) {
        QStorageInfo storage(m_options.directory);
        const qint64 needed = m_total - m_offset;
        if (storage.isValid() && storage.bytesAvailable() < needed + s_spaceMargin) {
            const QLocale locale;
            m_abortFailure = Failure::NotEnoughSpace;
            //: %1 and %3 are sizes such as "2.5 GiB", %2 a folder
            m_abortReason = tr("The ISO needs %1 more, but the disk holding %2 has only %3 free. "
                               "Free up some space and try again.")
                                    .arg(locale.formattedDataSize(needed), m_options.directory,
                                         locale.formattedDataSize(storage.bytesAvailable()));
            abortReply(Abort::Failed);
            return false;
        }
    }
    if (m_total > 0)
        startPoolStream();
    m_accepted = true;
    emitProgress(true);
    return true;
}

void DownloadWorker::readData()
{
    if (!m_accepted && !acceptHeaders()) {
        m_reply->skip(m_reply->bytesAvailable());
        return;
    }
    // In pieces no larger than the read buffer, however much Qt holds.
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const QByteArray data = m_reply->read(m_options.readBufferBytes);
        if (data.isEmpty())
            break;
        if (!writeToPart(data)) {
            abortReply(Abort::Failed);
            return;
        }
        m_hash->add(data);
        qint64 buffered = data.size() + m_hash->queuedBytes();
        if (m_poolStream) {
            m_poolStream->add(data);
            buffered += m_poolStream->queuedBytes();
            if (m_poolStream->hasFailed())
                poolStreamFailed(m_poolStream->error());
        }
        if (buffered > m_peakBuffered->load())
            m_peakBuffered->store(buffered);
        m_offset += data.size();
        m_hashedTo = m_offset;
        m_bytesThisAttempt += data.size();
    }
    m_stallTimer->start();
    emitProgress(false);
}

bool DownloadWorker::writeToPart(const QByteArray &data)
{
    const char *next = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(m_partFd, next, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            const int error = written < 0 ? errno : ENOSPC;
            if (error == ENOSPC || error == EDQUOT) {
                m_abortFailure = Failure::DiskFull;
                //: %1 is a folder
                m_abortReason = tr("The disk holding %1 is full. Airlock kept what it has "
                                   "downloaded; free up some space and try again to continue.")
                                        .arg(m_options.directory);
            } else {
                m_abortFailure = Failure::WriteError;
                m_abortReason = tr("Airlock cannot write the download to %1: %2.")
                                        .arg(m_partPath, systemError(error));
            }
            return false;
        }
        next += written;
        left -= written;
    }
    return true;
}

void DownloadWorker::isoReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_stallTimer->stop();
    // Bytes that arrived with the end of the stream.
    if (m_accepted && m_abort == Abort::None && reply->bytesAvailable() > 0) {
        m_reply = reply;
        readData();
        m_reply = nullptr;
    }

    switch (m_abort) {
    case Abort::Cancel:
        return;
    case Abort::Pause:
        emitProgress(true);
        setState(State::Paused);
        return;
    case Abort::Failed:
        fail(m_abortFailure, m_abortReason);
        return;
    case Abort::Stall:
        retryOrFail(
                Failure::Stalled,
                tr("No data arrived for %n second(s).", nullptr,
                   int(std::chrono::ceil<std::chrono::seconds>(m_options.stallTimeout).count())),
                [this] { requestIso(); });
        return;
    case Abort::Restart:
        if (::ftruncate(m_partFd, 0) == 0) {
            m_offset = 0;
            m_hash->reset();
            m_hashedTo = 0;
        }
        retryOrFail(Failure::Network,
                    tr("The server sent a different part of the file than Airlock asked for."),
                    [this] { requestIso(); });
        return;
    case Abort::None:
        break;
    }

    if (followRedirect(reply))
        return;
    if (m_partComplete) {
        verify();
        return;
    }
    bool retryable = false;
    auto problem = replyFailure(reply, &retryable);
    if (m_total >= 0 && m_offset < m_total
        && (!problem || reply->error() == QNetworkReply::RemoteHostClosedError)) {
        const QLocale locale;
        retryOrFail(
                Failure::Network,
                //: %1 and %2 are sizes such as "1.2 GiB"
                tr("The connection closed before the whole file arrived (%1 of %2).")
                        .arg(locale.formattedDataSize(m_offset), locale.formattedDataSize(m_total)),
                [this] { requestIso(); });
        return;
    }
    if (problem) {
        if (retryable)
            retryOrFail(problem->first, problem->second, [this] { requestIso(); });
        else
            fail(problem->first, problem->second);
        return;
    }
    verify();
}

std::optional<std::pair<Failure, QString>> DownloadWorker::replyFailure(QNetworkReply *reply,
                                                                        bool *retryable)
{
    *retryable = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (status >= 400) {
        *retryable = isRetryableStatus(status);
        return std::pair {Failure::HttpStatus, statusReason(status, m_currentUrl)};
    }
    if (error == QNetworkReply::NoError && status >= 300) {
        // A redirect without a usable Location.
        return std::pair {Failure::HttpStatus, statusReason(status, m_currentUrl)};
    }
    if (error == QNetworkReply::NoError)
        return std::nullopt;
    const QString host = m_currentUrl.host();
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        //: %1 is a host name, %2 the reason
        return std::pair {Failure::Tls,
                          tr("The secure connection to %1 could not be verified: %2. Airlock "
                             "stopped so nothing could be swapped on the way.")
                                  .arg(host, reply->errorString())};
    case QNetworkReply::HostNotFoundError:
        *retryable = true;
        return std::pair {Failure::Network,
                          tr("Airlock cannot find the server %1. Check that this computer is "
                             "online.")
                                  .arg(host)};
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return std::pair {Failure::Network, reply->errorString()};
    default:
        *retryable = true;
        //: %1 is a host name, %2 the network's own words
        return std::pair {Failure::Network,
                          tr("The connection to %1 failed: %2.").arg(host, reply->errorString())};
    }
}

void DownloadWorker::retryOrFail(Failure failure, const QString &reason,
                                 const std::function<void()> &again)
{
    // Progress since the last failure earns a fresh set of attempts.
    if (m_bytesThisAttempt > 0)
        m_attempt = 0;
    ++m_attempt;
    if (m_attempt > m_options.maximumRetries) {
        //: %1 is the reason of the last failure, %2 a number of attempts (2 or more)
        fail(failure, tr("%1 Airlock tried %2 times and gave up; try again later.")
                              .arg(reason)
                              .arg(m_attempt));
        return;
    }
    auto delay = m_options.firstRetryDelay * (1 << std::min(m_attempt - 1, 16));
    delay = std::min(delay, m_options.maximumRetryDelay);
    m_retryAction = again;
    setState(State::WaitingToRetry);
    emitProgress(true);
    Q_EMIT retrying(reason, m_attempt, delay);
    m_retryTimer->start(delay);
}

void DownloadWorker::verify()
{
    setState(State::Verifying);
    closePart();
    emitProgress(true);
    const auto hash = m_hash->finish();
    m_hashedTo = -1;
    if (!hash) {
        fail(Failure::WriteError,
             tr("Airlock cannot read the download back: %1.").arg(hash.error()));
        return;
    }
    if (*hash != m_publishedSha256) {
        // An unverified volume never stays: it may hold anything.
        dropPoolVolume();
        const QString corrupt = m_finalPath + QLatin1String(".corrupt");
        QFile::remove(corrupt);
        QFile::rename(m_partPath, corrupt);
        DownloadJob::Result mismatch;
        mismatch.filePath = corrupt;
        mismatch.fileName = m_fileName;
        mismatch.sha256 = *hash;
        mismatch.publishedSha256 = m_publishedSha256;
        mismatch.size = QFileInfo(corrupt).size();
        Q_EMIT mismatched(mismatch);
        fail(Failure::ChecksumMismatch,
             //: %1 is a file path, %2 and %3 are SHA-256 checksums
             tr("The downloaded file does not match the checksum NixOS published: it was damaged "
                "on the way or altered. Airlock set it aside as %1 and will not use it. Published: "
                "%2. Downloaded: %3.")
                     .arg(corrupt, m_publishedSha256, *hash));
        return;
    }
    if (::rename(QFile::encodeName(m_partPath).constData(),
                 QFile::encodeName(m_finalPath).constData())
        != 0) {
        const int error = errno;
        fail(Failure::WriteError, tr("Airlock cannot write the download to %1: %2.")
                                          .arg(m_finalPath, systemError(error)));
        return;
    }
    const qint64 size = QFileInfo(m_finalPath).size();
    CachedIso cached;
    cached.filePath = m_finalPath;
    cached.sha256 = *hash;
    cached.releaseId = m_releaseId;
    cached.size = size;
    if (m_poolStream) {
        const auto held = m_poolStream->finish();
        if (held && *held == size) {
            const StreamedVolume &volume = m_poolStream->volume();
            cached.poolUri = volume.uri;
            cached.pool = volume.pool;
            cached.volume = volume.volume;
            cached.volumeKey = volume.key;
            m_poolStream.reset();
        } else {
            poolStreamFailed(
                    held ? LibvirtError::fromMessage(
                            tr("the volume holds %1 bytes instead of %2").arg(*held).arg(size))
                         : held.error());
        }
    }
    cached.write();
    // The volume is the sidecar's now; an abandoned one's record stays until
    // the daemon can remove it.
    if (cached.hasVolume())
        StreamedVolume::forget(m_partPath);
    DownloadJob::Result result;
    result.filePath = m_finalPath;
    result.fileName = m_fileName;
    result.sha256 = *hash;
    result.publishedSha256 = m_publishedSha256;
    result.size = size;
    result.pool = cached.pool;
    result.volume = cached.volume;
    setState(State::Finished);
    Q_EMIT finished(result);
}

void DownloadWorker::fail(Failure failure, const QString &reason)
{
    m_stallTimer->stop();
    m_retryTimer->stop();
    closePart();
    if (m_hash)
        m_hash->reset();
    m_hashedTo = -1;
    if (failure != Failure::ChecksumMismatch)
        suspendPoolStream();
    setState(State::Failed);
    Q_EMIT failed(failure, reason);
}

void DownloadWorker::pause()
{
    if (m_state == State::Downloading && m_reply) {
        abortReply(Abort::Pause);
    } else if (m_state == State::WaitingToRetry) {
        m_retryTimer->stop();
        setState(State::Paused);
    }
}

void DownloadWorker::resume()
{
    if (m_state != State::Paused)
        return;
    m_attempt = 0;
    if (m_retryAction && m_partFd < 0)
        m_retryAction(); // paused while the checksum was still to come
    else
        requestIso();
}

void DownloadWorker::cancel(DownloadJob::PartialFile partial)
{
    m_retryTimer->stop();
    m_stallTimer->stop();
    if (m_reply) {
        m_abort = Abort::Cancel;
        m_reply->abort();
    }
    closePart();
    if (m_hash)
        m_hash->reset();
    if (partial == DownloadJob::PartialFile::Discard && !m_partPath.isEmpty()) {
        dropPoolVolume();
        removeRecordedVolume(false);
        QFile::remove(m_partPath);
    } else {
        suspendPoolStream();
    }
    setState(State::Cancelled);
}

void DownloadWorker::closePart()
{
    if (m_partFd >= 0)
        ::close(m_partFd);
    m_partFd = -1;
}

void DownloadWorker::resetRate()
{
    m_samples.clear();
    m_lastProgressMs = -1000;
}

void DownloadWorker::emitProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastProgressMs < s_progressInterval.count()) {
        // The last bytes before a pause in the stream still get shown.
        if (!m_progressTimer->isActive())
            m_progressTimer->start(s_progressInterval.count() - (now - m_lastProgressMs));
        return;
    }
    m_progressTimer->stop();
    m_lastProgressMs = now;
    m_samples.emplace_back(now, m_offset);
    while (m_samples.size() > 2 && now - m_samples.front().first > s_rateWindow.count())
        m_samples.pop_front();

    DownloadProgress progress;
    progress.bytesDone = m_offset;
    progress.bytesTotal = m_total;
    const auto &[firstMs, firstBytes] = m_samples.front();
    if (now - firstMs >= 500 && m_offset >= firstBytes) {
        progress.bytesPerSecond = double(m_offset - firstBytes) * 1000.0 / double(now - firstMs);
        if (progress.bytesPerSecond > 0 && m_total > 0)
            progress.timeLeft = std::chrono::seconds(
                    qint64(double(m_total - m_offset) / progress.bytesPerSecond + 0.5));
    }
    Q_EMIT progressChanged(progress);
}

const Connection *DownloadWorker::poolConnection()
{
    if (!m_poolConnection) {
        virInitialize();
        auto opened = Connection::openWithin(m_options.poolTarget.uri, std::chrono::seconds(10));
        if (!opened)
            return nullptr; // asked again on the next run
        m_poolConnection = std::move(*opened);
    }
    return &*m_poolConnection;
}

void DownloadWorker::startPoolStream()
{
    if (m_poolOff || m_total <= 0)
        return;
    if (m_poolStream && m_poolStream->volume().capacity == m_total) {
        // Within one run a dropped connection changes nothing for the volume:
        // the stream goes on where the part file does.
        if (const auto restarted = m_poolStream->restartAt(m_offset); !restarted)
            poolStreamFailed(restarted.error());
        return;
    }
    if (m_poolStream)
        dropPoolVolume(); // made for another length of file
    const Connection *connection = poolConnection();
    if (!connection) {
        m_poolOff = true; // no daemon to ask: exactly as without a pool target
        return;
    }
    const QString pool = m_options.poolTarget.pool;
    StoragePoolHandle handle(
            virStoragePoolLookupByName(connection->get(), pool.toUtf8().constData()));
    const bool active = handle && virStoragePoolIsActive(handle.get()) == 1;
    virResetLastError();
    if (!active) {
        m_poolOff = true;
        return;
    }
    auto stream = std::make_unique<PoolStream>(*connection, m_options.hashQueueBytes);
    const auto begun = stream->begin(pool, m_fileName, m_total, StreamedVolume::read(m_partPath),
                                     m_partPath, m_offset);
    m_poolStream = std::move(stream);
    if (!begun) {
        poolStreamFailed(begun.error());
        return;
    }
    Q_EMIT poolStreamStarted(begun->pool, begun->volume);
}

void DownloadWorker::poolStreamFailed(const LibvirtError &error)
{
    const QString pool = m_options.poolTarget.pool;
    dropPoolVolume();
    m_poolOff = true;
    const QString advice = isoUploadAdvice(error, pool, m_total);
    //: %1 is a storage pool, %2 libvirt's reason, %3 what to do
    const QString reason = tr("The ISO could not go into the pool “%1” as it downloads: %2. The "
                              "download goes on; "
                              "the ISO is copied into the pool when the VM is created. %3")
                                   .arg(pool, error.message, advice);
    Q_EMIT poolUploadFailed(Failure::PoolUpload, reason);
}

void DownloadWorker::suspendPoolStream()
{
    if (!m_poolStream)
        return;
    const auto held = m_poolStream->finish();
    if (!held) {
        poolStreamFailed(held.error());
        return;
    }
    StreamedVolume volume = m_poolStream->volume();
    volume.bytes = *held;
    volume.write(m_partPath);
    m_poolStream.reset();
}

void DownloadWorker::dropPoolVolume()
{
    if (!m_poolStream)
        return;
    StreamedVolume volume = m_poolStream->volume();
    const bool made = !volume.key.isEmpty();
    const auto removed = m_poolStream->removeVolume();
    m_poolStream.reset();
    if (!made)
        return;
    if (removed) {
        StreamedVolume::forget(m_partPath);
    } else {
        // Typically the daemon is gone: removed when it answers again.
        volume.abandoned = true;
        volume.write(m_partPath);
    }
}

void DownloadWorker::removeRecordedVolume(bool onlyAbandoned)
{
    const auto recorded = StreamedVolume::read(m_partPath);
    // A volume kept with its part is the resume's, not a leftover.
    if (!recorded || (onlyAbandoned && !recorded->abandoned && QFileInfo::exists(m_partPath)))
        return;
    if (m_options.poolTarget.isEmpty())
        return;
    const Connection *connection = poolConnection();
    if (!connection || connection->uri() != recorded->uri)
        return;
    StoragePoolHandle pool(
            virStoragePoolLookupByName(connection->get(), recorded->pool.toUtf8().constData()));
    if (!pool) {
        virResetLastError();
        return;
    }
    StorageVolumeHandle volume(
            virStorageVolLookupByName(pool.get(), recorded->volume.toUtf8().constData()));
    if (!volume) {
        if (LibvirtError::last().code == VIR_ERR_NO_STORAGE_VOL)
            StreamedVolume::forget(m_partPath);
        return;
    }
    const char *key = virStorageVolGetKey(volume.get());
    const bool ours = key && QString::fromUtf8(key) == recorded->key;
    if (ours && virStorageVolDelete(volume.get(), 0) != 0) {
        virResetLastError();
        return; // tried again on the next start
    }
    StreamedVolume::forget(m_partPath);
}

// ---------------------------------------------------------------------------

QString CachedIso::sidecarPath(const QString &isoPath)
{
    return isoPath + QLatin1String(".airlock.json");
}

std::optional<CachedIso> CachedIso::read(const QString &isoPath)
{
    QFile file(sidecarPath(isoPath));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    CachedIso cached;
    cached.filePath = isoPath;
    cached.sha256 = object.value(QLatin1String("sha256")).toString();
    cached.releaseId = object.value(QLatin1String("release")).toString();
    cached.size = object.value(QLatin1String("size")).toInteger();
    const QJsonObject volume = object.value(QLatin1String("volume")).toObject();
    cached.poolUri = volume.value(QLatin1String("uri")).toString();
    cached.pool = volume.value(QLatin1String("pool")).toString();
    cached.volume = volume.value(QLatin1String("name")).toString();
    cached.volumeKey = volume.value(QLatin1String("key")).toString();
    if (cached.sha256.size() != 64 || !QFileInfo::exists(isoPath))
        return std::nullopt;
    return cached;
}

bool CachedIso::write(QString *errorMessage) const
{
    QSaveFile file(sidecarPath(filePath));
    QJsonObject object {{QStringLiteral("sha256"), sha256},
                        {QStringLiteral("release"), releaseId},
                        {QStringLiteral("size"), size},
                        {QStringLiteral("file"), QFileInfo(filePath).fileName()}};
    if (hasVolume())
        object.insert(QStringLiteral("volume"), QJsonObject {{QStringLiteral("uri"), poolUri},
                                                             {QStringLiteral("pool"), pool},
                                                             {QStringLiteral("name"), volume},
                                                             {QStringLiteral("key"), volumeKey}});
    if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) >= 0
        && file.commit())
        return true;
    if (errorMessage)
        *errorMessage = file.errorString();
    return false;
}

std::optional<CachedIso> CachedIso::newest(const QString &directory, const QString &releaseId)
{
    std::optional<CachedIso> best;
    QDateTime bestTime;
    const QFileInfoList sidecars = QDir(directory).entryInfoList({QStringLiteral("*.airlock.json")},
                                                                 QDir::Files, QDir::Time);
    for (const QFileInfo &sidecar : sidecars) {
        QString iso = sidecar.filePath();
        iso.chop(int(qstrlen(".airlock.json")));
        const auto cached = read(iso);
        if (!cached || cached->releaseId != releaseId)
            continue;
        const QDateTime time = QFileInfo(iso).lastModified();
        if (!best || time > bestTime) {
            best = cached;
            bestTime = time;
        }
    }
    return best;
}

// ---------------------------------------------------------------------------

DownloadJob::DownloadJob(const NixosRelease &release, const Options &options, QObject *parent)
    : DownloadJob(release.isoUrl, release.checksumUrl, release.id(), options, parent)
{ }

DownloadJob::DownloadJob(const QUrl &isoUrl, const QUrl &checksumUrl, const QString &releaseId,
                         const Options &options, QObject *parent)
    : QObject(parent)
    , m_isoUrl(isoUrl)
    , m_checksumUrl(checksumUrl)
    , m_releaseId(releaseId)
    , m_options(options)
    , m_thread(new QThread(this))
    , m_cancelHashing(std::make_shared<std::atomic_bool>(false))
    , m_peakBuffered(std::make_shared<std::atomic<qint64>>(0))
{
    qRegisterMetaType<DownloadProgress>();
    qRegisterMetaType<DownloadJob::Result>();
    m_thread->setObjectName(QStringLiteral("DownloadJob"));
    m_worker = new DownloadWorker(isoUrl, checksumUrl, releaseId, options, m_cancelHashing,
                                  m_peakBuffered);
    m_worker->moveToThread(m_thread);
    // The download yields to the window on a busy machine: a little nicer than
    // the GUI thread, and so are the threads it starts (Qt's HTTP, the hash).
    connect(m_thread, &QThread::started, m_worker, [] {
        ::setpriority(PRIO_PROCESS, ::gettid(), ::getpriority(PRIO_PROCESS, ::gettid()) + 4);
    });
    connect(m_worker, &DownloadWorker::stateChanged, this, &DownloadJob::setState);
    connect(m_worker, &DownloadWorker::progressChanged, this,
            [this](const DownloadProgress &progress) {
                m_progress = progress;
                Q_EMIT progressChanged(progress);
            });
    connect(m_worker, &DownloadWorker::checksumPublished, this,
            [this](const QString &sha256, const QString &fileName) {
                m_publishedSha256 = sha256;
                Q_EMIT checksumPublished(sha256, fileName);
            });
    connect(m_worker, &DownloadWorker::retrying, this, &DownloadJob::retrying);
    connect(m_worker, &DownloadWorker::poolStreamStarted, this, &DownloadJob::poolStreamStarted);
    connect(m_worker, &DownloadWorker::poolUploadFailed, this,
            [this](Failure failure, const QString &reason) {
                m_poolFailureReason = reason;
                Q_EMIT poolUploadFailed(failure, reason);
            });
    connect(m_worker, &DownloadWorker::mismatched, this,
            [this](const Result &result) { m_result = result; });
    connect(m_worker, &DownloadWorker::finished, this, [this](const Result &result) {
        m_result = result;
        if (m_state != State::Cancelled)
            Q_EMIT finished(result);
    });
    connect(m_worker, &DownloadWorker::failed, this,
            [this](Failure failure, const QString &reason) {
                m_failure = failure;
                m_failureReason = reason;
                Q_EMIT failed(failure, reason);
            });
    m_thread->start();
}

DownloadJob::~DownloadJob()
{
    m_cancelHashing->store(true);
    DownloadWorker *worker = m_worker;
    QMetaObject::invokeMethod(
            worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString DownloadJob::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/isos");
}

void DownloadJob::start()
{
    m_result = {};
    m_failure = Failure::None;
    m_failureReason.clear();
    m_poolFailureReason.clear();
    m_cancelHashing->store(false);
    QMetaObject::invokeMethod(m_worker, &DownloadWorker::start);
}

void DownloadJob::pause()
{
    QMetaObject::invokeMethod(m_worker, &DownloadWorker::pause);
}

void DownloadJob::resume()
{
    QMetaObject::invokeMethod(m_worker, &DownloadWorker::resume);
}

void DownloadJob::cancel(PartialFile partial)
{
    // Reaches a re-check of a large file at once, not after it.
    m_cancelHashing->store(true);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, partial] { worker->cancel(partial); });
}

bool DownloadJob::isRunning() const
{
    switch (m_state) {
    case State::FetchingChecksum:
    case State::CheckingDownloaded:
    case State::Downloading:
    case State::WaitingToRetry:
    case State::Verifying:
        return true;
    default:
        return false;
    }
}

qint64 DownloadJob::peakBufferedBytes() const
{
    return m_peakBuffered->load();
}

void DownloadJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Airlock

#include "downloadjob.moc"
