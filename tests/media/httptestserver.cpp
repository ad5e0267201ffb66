// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestserver.h"

#include <QFile>
#include <QHash>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Airlock::Test {

struct HttpTestServer::Plan
{
    int status = 200;
    QByteArray headers;
    QByteArray body; // small bodies
    QString filePath;
    qint64 first = 0; // absolute offset of the first body byte
    qint64 end = 0; // one past the last body byte to send
    qint64 stopAt = -1; // absolute offset to stop at (drop, stall or truncate)
    enum class Stop { None, Drop, Stall, Truncate } stop = Stop::None;
};

namespace {

constexpr qint64 s_chunk = 1024 * 1024;
constexpr qint64 s_inFlight = 4 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 404:
        return "Not Found";
    case 416:
        return "Range Not Satisfiable";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// One response on one connection; the connection closes after it.
class Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, HttpTestServer *server)
        : QObject(socket), m_socket(socket), m_server(server)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] { readRequest(); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { pump(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            readRequest();
    }

private:
    void readRequest()
    {
        if (m_started)
            return;
        m_request += m_socket->readAll();
        const qsizetype end = m_request.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_started = true;
        m_finishing = false;
        const QList<QByteArray> lines = m_request.left(end).split('\n');
        m_request.remove(0, end + 4);
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QByteArray range;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "range")
                range = line.mid(colon + 1).trimmed();
        }
        QString path = QString::fromUtf8(requestLine.value(1));
        if (const qsizetype query = path.indexOf(QLatin1Char('?')); query >= 0)
            path.truncate(query);
        m_plan = m_server->plan(path, range);
        m_socket->write(m_plan.headers);
        m_socket->write(m_plan.body);
        m_position = m_plan.first;
        if (!m_plan.filePath.isEmpty()) {
            m_file.setFileName(m_plan.filePath);
            if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_plan.first)) {
                m_socket->abort();
                return;
            }
        }
        pump();
    }

    void pump()
    {
        if (!m_started || m_finishing)
            return;
        const qint64 stop = m_plan.stopAt >= 0 ? std::min(m_plan.stopAt, m_plan.end) : m_plan.end;
        while (m_position < stop && m_socket->bytesToWrite() < s_inFlight) {
            const QByteArray chunk = m_file.read(std::min(s_chunk, stop - m_position));
            if (chunk.isEmpty())
                break;
            m_socket->write(chunk);
            m_position += chunk.size();
        }
        if (m_position < stop)
            return;
        if (m_plan.stop == HttpTestServer::Plan::Stop::Stall) {
            m_finishing = true; // leave the connection open, silent
            return;
        }
        if (m_socket->bytesToWrite() > 0)
            return; // wait until everything up to the stop point is on the wire
        if (m_plan.stop == HttpTestServer::Plan::Stop::None) {
            // Complete: keep the connection for the client's next request.
            m_started = false;
            m_file.close();
            readRequest();
            return;
        }
        // Everything up to the offset is on the wire: a close now cuts exactly there.
        m_finishing = true;
        m_socket->disconnectFromHost();
    }

    QTcpSocket *const m_socket;
    HttpTestServer *const m_server;
    QByteArray m_request;
    bool m_started = false;
    bool m_finishing = false;
    HttpTestServer::Plan m_plan;
    QFile m_file;
    qint64 m_position = 0;
};

} // namespace

class HttpServerCore : public QObject
{
public:
    HttpServerCore(HttpTestServer *server, HttpTestServer::Scheme scheme) : m_server(server)
    {
        if (scheme == HttpTestServer::Scheme::Https) {
            auto *tls = new QSslServer(this);
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificate(server->m_certificate);
            configuration.setPrivateKey(server->m_key);
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            tls->setSslConfiguration(configuration);
            m_listener = tls;
        } else {
            m_listener = new QTcpServer(this);
        }
        // QSslServer queues a connection only once its handshake is done.
        auto adopt = [this] {
            while (QTcpSocket *socket = m_listener->nextPendingConnection())
                new Connection(socket, m_server);
        };
        connect(m_listener, &QTcpServer::newConnection, this, adopt);
        connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, adopt);
    }

    quint16 listen()
    {
        return m_listener->listen(QHostAddress::LocalHost, 0) ? m_listener->serverPort() : 0;
    }

private:
    HttpTestServer *const m_server;
    QTcpServer *m_listener = nullptr;
};

HttpTestServer::HttpTestServer(Scheme scheme) : m_scheme(scheme), m_thread(new QThread)
{
    if (scheme == Scheme::Https)
        std::tie(m_certificate, m_key) = makeSelfSignedCertificate();
    m_thread->setObjectName(QStringLiteral("HttpTestServer"));
    m_thread->start();
    m_core = new HttpServerCore(this, scheme);
    m_core->moveToThread(m_thread.get());
    QMetaObject::invokeMethod(
            m_core, [this] { m_port = m_core->listen(); }, Qt::BlockingQueuedConnection);
}

HttpTestServer::~HttpTestServer()
{
    HttpServerCore *core = m_core;
    QMetaObject::invokeMethod(
            core, [core] { delete core; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool HttpTestServer::isListening() const
{
    return m_port != 0;
}

QUrl HttpTestServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_scheme == Scheme::Https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
    return url;
}

void HttpTestServer::setRoute(const QString &path, const Route &route)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(path, route);
}

void HttpTestServer::serveData(const QString &path, const QByteArray &data)
{
    Route route;
    route.data = data;
    setRoute(path, route);
}

void HttpTestServer::serveFile(const QString &path, const QString &filePath)
{
    Route route;
    route.filePath = filePath;
    setRoute(path, route);
}

void HttpTestServer::redirect(const QString &path, const QUrl &target, int status)
{
    Route route;
    route.redirectTo = target;
    route.status = status;
    setRoute(path, route);
}

void HttpTestServer::respondStatus(const QString &path, int status)
{
    Route route;
    route.status = status;
    route.data = "<html><body>status " + QByteArray::number(status) + "</body></html>";
    setRoute(path, route);
}

QList<HttpTestServer::Request> HttpTestServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void HttpTestServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

HttpTestServer::Plan HttpTestServer::plan(const QString &path, const QByteArray &range)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append({path, range});
    Plan plan;
    const auto found = m_routes.find(path);
    QByteArray headers;
    auto finishHeaders = [&](int status, qint64 length) {
        plan.status = status;
        plan.headers = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                       + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n" + headers
                       + "\r\n";
    };
    if (found == m_routes.end()) {
        plan.body = "not found";
        finishHeaders(404, plan.body.size());
        return plan;
    }
    Route &route = found.value();
    if (route.redirectTo.isValid()) {
        headers += "Location: " + route.redirectTo.toEncoded() + "\r\n";
        finishHeaders(route.status, 0);
        return plan;
    }
    if (route.status != 200) {
        plan.body = route.data;
        finishHeaders(route.status, plan.body.size());
        return plan;
    }

    const qint64 size = route.filePath.isEmpty() ? route.data.size() : QFile(route.filePath).size();
    qint64 first = 0;
    bool partial = false;
    if (route.honourRange && range.startsWith("bytes=") && range.endsWith('-')) {
        first = range.mid(6, range.size() - 7).toLongLong();
        if (first >= size) {
            headers += "Content-Range: bytes */" + QByteArray::number(size) + "\r\n";
            finishHeaders(416, 0);
            return plan;
        }
        partial = true;
        const qint64 shownFirst = route.wrongContentRange ? 0 : first;
        headers += "Content-Range: bytes " + QByteArray::number(shownFirst) + '-'
                   + QByteArray::number(size - 1) + '/' + QByteArray::number(size) + "\r\n";
    }
    headers += "Accept-Ranges: bytes\r\nContent-Type: application/octet-stream\r\n";
    plan.first = first;
    plan.end = size;
    const qint64 length = route.announcedLength >= 0 ? route.announcedLength - first : size - first;
    finishHeaders(partial ? 206 : 200, length);

    // The earliest fault ahead of `first` applies to this response.
    auto takeFault = [first](QList<qint64> &offsets) -> qint64 {
        for (qsizetype i = 0; i < offsets.size(); ++i) {
            if (offsets[i] >= first) {
                const qint64 offset = offsets[i];
                offsets.remove(i);
                return offset;
            }
        }
        return -1;
    };
    const qint64 drop = takeFault(route.dropAt);
    const qint64 stall = takeFault(route.stallAt);
    if (drop >= 0 && (stall < 0 || drop <= stall)) {
        plan.stopAt = drop;
        plan.stop = Plan::Stop::Drop;
        if (stall >= 0)
            route.stallAt.prepend(stall);
    } else if (stall >= 0) {
        plan.stopAt = stall;
        plan.stop = Plan::Stop::Stall;
        if (drop >= 0)
            route.dropAt.prepend(drop);
    } else if (route.truncateAt >= 0) {
        plan.stopAt = route.truncateAt;
        plan.stop = Plan::Stop::Truncate;
    }
    if (route.filePath.isEmpty()) {
        const qint64 stop = plan.stopAt >= 0 ? std::min(plan.stopAt, size) : size;
        plan.body = route.data.mid(first, std::max<qint64>(0, stop - first));
        plan.first = stop;
        plan.end = stop;
    } else {
        plan.filePath = route.filePath;
    }
    return plan;
}

std::pair<QSslCertificate, QSslKey> HttpTestServer::makeSelfSignedCertificate()
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *certificate = X509_new();
    X509_set_version(certificate, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate), long(QDateTime::currentSecsSinceEpoch()));
    X509_gmtime_adj(X509_getm_notBefore(certificate), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate), 24 * 3600);
    X509_set_pubkey(certificate, key);
    X509_NAME *name = X509_get_subject_name(certificate);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Airlock test server"), -1,
                               -1, 0);
    X509_set_issuer_name(certificate, name);
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    for (const auto &[nid, value] : {std::pair {NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1"},
                                     std::pair {NID_basic_constraints, "critical,CA:TRUE"},
                                     std::pair {NID_ext_key_usage, "serverAuth"}}) {
        X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
        X509_add_ext(certificate, extension, -1);
        X509_EXTENSION_free(extension);
    }
    X509_sign(certificate, key, EVP_sha256());

    BIO *certificateBio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(certificateBio, certificate);
    BIO *keyBio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(keyBio, key, nullptr, nullptr, 0, nullptr, nullptr);
    auto read = [](BIO *bio) {
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        return QByteArray(data, qsizetype(length));
    };
    std::pair result {QSslCertificate(read(certificateBio), QSsl::Pem),
                      QSslKey(read(keyBio), QSsl::Ec, QSsl::Pem)};
    BIO_free(certificateBio);
    BIO_free(keyBio);
    X509_free(certificate);
    EVP_PKEY_free(key);
    return result;
}

QByteArray HttpTestServer::patternData(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 state = seed * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        data[i] = char(state >> 24);
    }
    return data;
}

} // namespace Airlock::Test
