// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <memory>

class QThread;

namespace Airlock::Test {

class HttpServerCore;

// A real HTTP(S) server on 127.0.0.1 for download tests, running on its own
// thread (so tests may block, e.g. on a child process). Each path serves
// bytes, a file, a redirect or a status, with faults injected on request:
// ignoring Range, dropping or stalling at chosen offsets, a short body.
class HttpTestServer
{
public:
    enum class Scheme { Http, Https };

    struct Route
    {
        QByteArray data; // served when filePath is empty
        QString filePath; // a (large) file served from disk
        QUrl redirectTo; // answered with `status` (default 302) and Location
        int status = 200;
        bool honourRange = true;
        bool wrongContentRange = false; // 206 with a range starting at 0
        // Offsets where the connection is cut, each once, in order.
        QList<qint64> dropAt;
        // Offsets where the body stops flowing but the connection stays open, each once.
        QList<qint64> stallAt;
        // Every response ends here (graceful close), whatever Content-Length said.
        qint64 truncateAt = -1;
        // Content-Length announced instead of the real one (a huge file for space checks).
        qint64 announcedLength = -1;
    };

    struct Request
    {
        QString path;
        QByteArray range;
    };

    explicit HttpTestServer(Scheme scheme = Scheme::Http);
    ~HttpTestServer();
    HttpTestServer(const HttpTestServer &) = delete;
    HttpTestServer &operator=(const HttpTestServer &) = delete;

    bool isListening() const;
    QUrl url(const QString &path = QString()) const;
    // The self-signed certificate of an Https server (trust it in the client).
    QSslCertificate certificate() const { return m_certificate; }

    void setRoute(const QString &path, const Route &route);
    void serveData(const QString &path, const QByteArray &data);
    void serveFile(const QString &path, const QString &filePath);
    void redirect(const QString &path, const QUrl &target, int status = 302);
    void respondStatus(const QString &path, int status);

    QList<Request> requests() const;
    void clearRequests();

    // A fresh self-signed certificate for 127.0.0.1 and localhost, made with libcrypto.
    static std::pair<QSslCertificate, QSslKey> makeSelfSignedCertificate();
    // Deterministic pseudo-random bytes: a wrong offset shows in the hash.
    static QByteArray patternData(qsizetype size, quint32 seed = 1);

    // What one response does, decided under the lock (used by the server thread).
    struct Plan;
    Plan plan(const QString &path, const QByteArray &range);

private:
    friend class HttpServerCore;

    const Scheme m_scheme;
    QSslCertificate m_certificate;
    QSslKey m_key;
    mutable QMutex m_mutex;
    QHash<QString, Route> m_routes;
    QList<Request> m_requests;
    std::unique_ptr<QThread> m_thread;
    HttpServerCore *m_core = nullptr;
    quint16 m_port = 0;
};

} // namespace Airlock::Test
