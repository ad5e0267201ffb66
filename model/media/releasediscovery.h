// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checksumfile.h"
#include "releasecatalogue.h"

#include <QDate>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <optional>

class QThread;

namespace Airlock {

class ChecksumProber;

// What one ".sha256" request came back with.
struct ChecksumAnswer
{
    QUrl url;
    int httpStatus = 0; // 0: no HTTP answer at all (DNS, refused, timed out)
    std::optional<PublishedChecksum> checksum; // a checksum file that parses
    QString problem; // a sentence, when there is no checksum
};

// Fetches ".sha256" files on a thread of its own (QNetworkAccessManager
// there), all at once, each bounded by the same timeout; redirects are
// followed, never from https to http. The building block of the two below.
class ChecksumRequests : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        std::chrono::milliseconds timeout {std::chrono::seconds(5)};
        // Trusted in addition to the system's (tests: a self-signed server).
        QList<QSslCertificate> extraCaCertificates;
    };

    explicit ChecksumRequests(const Options &options, QObject *parent = nullptr);
    ~ChecksumRequests() override;

    // Answers arrive in the order of `urls`, in one `answered`.
    void fetch(const QList<QUrl> &urls);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void answered(const QList<Airlock::ChecksumAnswer> &answers);

private:
    const Options m_options;
    QThread *const m_thread;
    ChecksumProber *m_prober = nullptr; // lives in m_thread
    bool m_running = false;
};

// Asks a mirror which NixOS releases it serves right now: for each channel
// ReleaseCatalogue::candidateChannels() names for today, whether the
// graphical ISO's ".sha256" is there. The shipped catalogue is only the
// fallback when the mirror cannot be asked or serves none of them.
class ReleaseDiscovery : public QObject
{
    Q_OBJECT
public:
    enum class Source { Mirror, Shipped };
    Q_ENUM(Source)

    struct Options
    {
        ChecksumRequests::Options requests;
        QDate today = QDate::currentDate();
        QString architecture = ReleaseCatalogue::hostArchitecture();
        int stableReleases = 2; // how many of the newest served stable releases to offer
    };

    struct Result
    {
        ReleaseCatalogue catalogue;
        Source source = Source::Shipped;
        QStringList servedChannels; // what the mirror said it has, newest first
        QString reason; // Shipped: why the mirror's answer could not be used
    };

    // The mirror AIRLOCK_NIXOS_MIRROR names (an http or https address),
    // else none: the catalogue's own.
    static QUrl configuredMirror();

    // `shipped`'s base URL is the mirror asked.
    ReleaseDiscovery(const ReleaseCatalogue &shipped, const Options &options,
                     QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_requests.isRunning(); }

Q_SIGNALS:
    void finished(const Airlock::ReleaseDiscovery::Result &result);

private:
    void answered(const QList<ChecksumAnswer> &answers);

    const ReleaseCatalogue m_shipped;
    const Options m_options;
    QStringList m_channels;
    ChecksumRequests m_requests;
};

// One published ".sha256": for comparing an ISO the user brought.
class ChecksumFetch : public QObject
{
    Q_OBJECT
public:
    ChecksumFetch(const QUrl &url, const ChecksumRequests::Options &options,
                  QObject *parent = nullptr);

    void start();
    QUrl url() const { return m_url; }
    bool isRunning() const { return m_requests.isRunning(); }

Q_SIGNALS:
    void finished(const Airlock::PublishedChecksum &checksum);
    void failed(const QString &reason);

private:
    const QUrl m_url;
    ChecksumRequests m_requests;
};

} // namespace Airlock

Q_DECLARE_METATYPE(Airlock::PublishedChecksum)
Q_DECLARE_METATYPE(Airlock::ChecksumAnswer)
Q_DECLARE_METATYPE(Airlock::ReleaseDiscovery::Result)
