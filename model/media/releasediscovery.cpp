// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasediscovery.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

namespace Airlock {

// Lives in ChecksumRequests' thread: the network and the parsing happen there.
class ChecksumProber : public QObject
{
    Q_OBJECT
public:
    explicit ChecksumProber(const ChecksumRequests::Options &options) : m_options(options) { }

    void fetch(const QList<QUrl> &urls);

Q_SIGNALS:
    void answered(const QList<Airlock::ChecksumAnswer> &answers);

private:
    void replyFinished(int index, QNetworkReply *reply);
    void deadlinePassed();
    void finishIfDone();

    const ChecksumRequests::Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_deadline = nullptr;
    QList<ChecksumAnswer> m_answers;
    QList<QPointer<QNetworkReply>> m_replies;
    int m_pending = 0;
};

namespace {

QString hostOf(const QUrl &url)
{
    return url.host().isEmpty() ? url.toDisplayString() : url.host();
}

QString networkProblem(const QUrl &url, QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        //: %1 is a server such as "channels.nixos.org"
        return ChecksumRequests::tr("Airlock cannot find the server %1.").arg(hostOf(url));
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return ChecksumRequests::tr("%1 did not answer in time.").arg(hostOf(url));
    case QNetworkReply::InsecureRedirectError:
        return ChecksumRequests::tr("The secure address %1 sent Airlock on to an insecure one.")
                .arg(url.toDisplayString());
    case QNetworkReply::SslHandshakeFailedError:
        return ChecksumRequests::tr("The secure connection to %1 could not be verified: %2.")
                .arg(hostOf(url), reply->errorString());
    default:
        return ChecksumRequests::tr("Airlock cannot reach %1: %2.")
                .arg(hostOf(url), reply->errorString());
    }
}

} // namespace

void ChecksumProber::fetch(const QList<QUrl> &urls)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, &ChecksumProber::deadlinePassed);
    }
    m_answers.clear();
    m_replies.clear();
    m_pending = int(urls.size());
    for (const QUrl &url : urls) {
        ChecksumAnswer answer;
        answer.url = url;
        m_answers.append(answer);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(8);
        request.setTransferTimeout(int(m_options.timeout.count()));
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QByteArrayLiteral("Airlock/" AIRLOCK_VERSION));
        if (!m_options.extraCaCertificates.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificates(m_options.extraCaCertificates);
            request.setSslConfiguration(tls);
        }
        QNetworkReply *reply = m_network->get(request);
        const int index = int(m_replies.size());
        m_replies.append(reply);
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
            // An HTML page or worse: not a checksum file, and not worth reading.
            if (received > ChecksumFile::maximumSize)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this,
                [this, index, reply] { replyFinished(index, reply); });
    }
    // Each request has its own transfer timeout; this bounds a server that
    // trickles bytes slowly enough to never trip it.
    m_deadline->start(m_options.timeout + std::chrono::seconds(1));
    finishIfDone();
}

void ChecksumProber::replyFinished(int index, QNetworkReply *reply)
{
    reply->deleteLater();
    ChecksumAnswer &answer = m_answers[index];
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Cut off (refused, timed out, stalled past the deadline): whatever
    // status line came first, the server did not answer the question.
    if (reply->error() > QNetworkReply::NoError
        && reply->error() < QNetworkReply::ContentAccessDenied)
        answer.httpStatus = 0;
    const QUrl where = answer.url;
    if (reply->error() == QNetworkReply::NoError && answer.httpStatus == 200) {
        const QByteArray body = reply->readAll();
        if (body.size() > ChecksumFile::maximumSize) {
            answer.problem = ChecksumRequests::tr("What %1 holds is far too large to be a "
                                                  "checksum file.")
                                     .arg(where.toDisplayString());
        } else if (auto checksum = ChecksumFile::parse(body)) {
            answer.checksum = *checksum;
        } else {
            //: %1 is an address, %2 why it is not a checksum file
            answer.problem = ChecksumRequests::tr("What %1 holds is not a checksum file: %2.")
                                     .arg(where.toDisplayString(), checksum.error());
        }
    } else if (answer.httpStatus == 404) {
        answer.problem = ChecksumRequests::tr("There is no file at %1 (HTTP 404).")
                                 .arg(where.toDisplayString());
    } else if (answer.httpStatus > 0) {
        //: %1 is an HTTP status such as 503, %2 an address
        answer.problem = ChecksumRequests::tr("The server answered HTTP %1 for %2.")
                                 .arg(answer.httpStatus)
                                 .arg(where.toDisplayString());
    } else {
        answer.problem = networkProblem(where, reply);
    }
    --m_pending;
    finishIfDone();
}

void ChecksumProber::deadlinePassed()
{
    // abort() finishes each reply at once, with OperationCanceledError.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply && reply->isRunning())
            reply->abort();
    }
}

void ChecksumProber::finishIfDone()
{
    if (m_pending > 0)
        return;
    m_deadline->stop();
    m_replies.clear();
    Q_EMIT answered(m_answers);
}

ChecksumRequests::ChecksumRequests(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_thread(new QThread(this))
{
    qRegisterMetaType<ChecksumAnswer>();
    qRegisterMetaType<QList<ChecksumAnswer>>();
    m_thread->setObjectName(QStringLiteral("airlock-checksums"));
}

ChecksumRequests::~ChecksumRequests()
{
    m_thread->quit();
    m_thread->wait();
}

void ChecksumRequests::fetch(const QList<QUrl> &urls)
{
    if (!m_prober) {
        m_prober = new ChecksumProber(m_options);
        m_prober->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_prober, &QObject::deleteLater);
        connect(m_prober, &ChecksumProber::answered, this,
                [this](const QList<ChecksumAnswer> &answers) {
                    m_running = false;
                    Q_EMIT answered(answers);
                });
        m_thread->start();
    }
    m_running = true;
    QMetaObject::invokeMethod(m_prober, [prober = m_prober, urls] { prober->fetch(urls); });
}

ReleaseDiscovery::ReleaseDiscovery(const ReleaseCatalogue &shipped, const Options &options,
                                   QObject *parent)
    : QObject(parent), m_shipped(shipped), m_options(options), m_requests(options.requests)
{
    qRegisterMetaType<Result>();
    connect(&m_requests, &ChecksumRequests::answered, this, &ReleaseDiscovery::answered);
}

QUrl ReleaseDiscovery::configuredMirror()
{
    const QUrl url(qEnvironmentVariable("AIRLOCK_NIXOS_MIRROR"), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return {};
    return url;
}

void ReleaseDiscovery::start()
{
    m_channels = ReleaseCatalogue::candidateChannels(m_options.today);
    // The graphical ISO's checksum stands for the channel: every channel
    // publishes both variants together.
    const ReleaseCatalogue candidates = m_shipped.withChannels(m_channels);
    QList<QUrl> urls;
    for (const QString &channel : std::as_const(m_channels)) {
        const auto release = candidates.find(channel, m_options.architecture);
        urls.append(release ? release->checksumUrl : QUrl());
    }
    m_requests.fetch(urls);
}

void ReleaseDiscovery::answered(const QList<ChecksumAnswer> &answers)
{
    Result result;
    bool anyHttpAnswer = false;
    QString firstProblem;
    QStringList offered;
    int stable = 0;
    for (qsizetype i = 0; i < answers.size() && i < m_channels.size(); ++i) {
        const ChecksumAnswer &answer = answers.at(i);
        anyHttpAnswer = anyHttpAnswer || answer.httpStatus > 0;
        if (!answer.checksum) {
            if (firstProblem.isEmpty())
                firstProblem = answer.problem;
            continue;
        }
        const QString &channel = m_channels.at(i);
        result.servedChannels.append(channel);
        const bool isStable
                = NixosRelease::supportEnds(channel.mid(QStringLiteral("nixos-").size())).isValid();
        if (isStable && stable++ >= m_options.stableReleases)
            continue;
        offered.append(channel);
    }
    const QString mirror = hostOf(m_shipped.baseUrl());
    if (stable == 0) {
        result.catalogue = m_shipped;
        result.source = Source::Shipped;
        if (!anyHttpAnswer) {
            result.reason = firstProblem;
        } else {
            QStringList asked = m_channels;
            asked.removeLast(); // unstable: not a release
            //: %1 is a server, %2 a list of channels such as "nixos-26.11, nixos-26.05"
            result.reason = tr("%1 serves none of the releases Airlock looked for (%2).")
                                    .arg(mirror, asked.join(QLatin1String(", ")));
        }
    } else {
        result.catalogue = m_shipped.withChannels(offered);
        result.source = Source::Mirror;
    }
    Q_EMIT finished(result);
}

ChecksumFetch::ChecksumFetch(const QUrl &url, const ChecksumRequests::Options &options,
                             QObject *parent)
    : QObject(parent), m_url(url), m_requests(options)
{
    connect(&m_requests, &ChecksumRequests::answered, this,
            [this](const QList<ChecksumAnswer> &answers) {
                if (!answers.isEmpty() && answers.constFirst().checksum)
                    Q_EMIT finished(*answers.constFirst().checksum);
                else
                    Q_EMIT failed(answers.isEmpty() ? QString() : answers.constFirst().problem);
            });
}

void ChecksumFetch::start()
{
    m_requests.fetch({m_url});
}

} // namespace Airlock

#include "releasediscovery.moc"
