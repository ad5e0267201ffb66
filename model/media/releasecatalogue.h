// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <expected>
#include <optional>

namespace Airlock {

enum class IsoVariant { Graphical, Minimal };

// One ISO Airlock can fetch: a channel, a variant and an architecture.
struct NixosRelease
{
    Q_DECLARE_TR_FUNCTIONS(NixosRelease)
public:
    QString channel; // "nixos-25.11"
    QString version; // "25.11", "unstable"
    QString codename;
    bool stable = true;
    IsoVariant variant = IsoVariant::Graphical;
    QString architecture; // "x86_64", "aarch64"
    QUrl isoUrl;
    QUrl checksumUrl;
    // The last day NixOS supports a stable release (null for unstable).
    QDate supportedUntil;

    // "nixos-25.11-graphical-x86_64": what --release accepts and the cache records.
    QString id() const;
    // "NixOS 25.11 “Xantusia”", "NixOS unstable"
    QString title() const;
    // "Graphical installer", "Minimal installer (no desktop)"
    QString variantTitle() const;
    // A stable release whose last day of support has passed.
    bool isEndOfLife(QDate today) const;
    // "Supported until 31 December 2026.", "No longer supported since …",
    // unstable's "Changes every few days; never supported as a release."
    QString supportText(QDate today) const;

    // When NixOS stops supporting stable release `version` ("26.05"): a
    // YY.05 release on 31 December of YY, a YY.11 on 30 June of the next
    // year (the month's overlap NixOS gives the next release). Null when
    // `version` is not of that form.
    static QDate supportEnds(const QString &version);

    friend bool operator==(const NixosRelease &, const NixosRelease &) = default;
};

QString jsonName(IsoVariant variant);

// The NixOS ISOs on offer, newest first: the list compiled into the model
// (resources/nixos-releases.json), or the channels a mirror was found to
// serve (withChannels(), from ReleaseDiscovery).
class ReleaseCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseCatalogue)
public:
    // `baseUrl` replaces the catalogue's own (a mirror, a test server) when valid.
    static std::expected<ReleaseCatalogue, QString> fromJson(const QByteArray &json,
                                                             const QUrl &baseUrl = {});
    static ReleaseCatalogue builtIn(const QUrl &baseUrl = {});

    // This machine's architecture in NixOS's words ("x86_64", "aarch64").
    static QString hostArchitecture();

    // The channels to ask a mirror about on `today`, newest first: the
    // `count` newest stable releases whose month has begun ("nixos-26.11"
    // from 1 November 2026), then "nixos-unstable".
    static QStringList candidateChannels(QDate today, int count = 3);

    // This catalogue's URLs and code names for other channels ("nixos-27.05",
    // "nixos-unstable"), in the order given: what a mirror serves.
    ReleaseCatalogue withChannels(const QStringList &channels) const;

    QUrl baseUrl() const { return m_baseUrl; }
    const QList<NixosRelease> &releases() const { return m_releases; }
    QList<NixosRelease> releasesFor(const QString &architecture) const;
    // The newest stable graphical ISO for `architecture` still supported on
    // `today`; none when every stable release listed is past its end.
    std::optional<NixosRelease> defaultRelease(const QString &architecture = hostArchitecture(),
                                               QDate today = QDate::currentDate()) const;
    // Accepts an id ("nixos-25.11-minimal-aarch64"), a channel ("nixos-25.11",
    // "25.11", "unstable"), or a channel with a variant ("nixos-25.11-minimal");
    // what is left out is the graphical ISO for `architecture`.
    std::optional<NixosRelease> find(const QString &name,
                                     const QString &architecture = hostArchitecture()) const;
    // find(), and for a name of a channel this catalogue does not list but
    // NixOS's naming allows ("27.05", "nixos-24.11-minimal"), that
    // channel's ISO on this catalogue's mirror.
    std::optional<NixosRelease> findOrName(const QString &name,
                                           const QString &architecture = hostArchitecture()) const;

private:
    void append(const QString &channel, const QString &version, bool stable,
                const QString &codename, const QStringList &graphical, const QStringList &minimal);

    QUrl m_baseUrl;
    QString m_isoPath;
    QString m_checksumSuffix;
    QStringList m_architectures;
    QMap<QString, QString> m_codenames; // version → code name
    QList<NixosRelease> m_releases;
};

} // namespace Airlock
