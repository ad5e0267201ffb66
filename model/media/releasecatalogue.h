// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
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

    // "nixos-25.11-graphical-x86_64": what --release accepts and the cache records.
    QString id() const;
    // "NixOS 25.11 “Xantusia”", "NixOS unstable"
    QString title() const;
    // "Graphical installer", "Minimal installer (no desktop)"
    QString variantTitle() const;

    friend bool operator==(const NixosRelease &, const NixosRelease &) = default;
};

QString jsonName(IsoVariant variant);

// The NixOS ISOs on offer, read from the release catalogue compiled into the
// model (resources/nixos-releases.json), newest first.
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

    QUrl baseUrl() const { return m_baseUrl; }
    const QList<NixosRelease> &releases() const { return m_releases; }
    QList<NixosRelease> releasesFor(const QString &architecture) const;
    // The newest stable graphical ISO for `architecture`.
    std::optional<NixosRelease> defaultRelease(const QString &architecture
                                               = hostArchitecture()) const;
    // Accepts an id ("nixos-25.11-minimal-aarch64"), a channel ("nixos-25.11",
    // "25.11", "unstable"), or a channel with a variant ("nixos-25.11-minimal");
    // what is left out is the graphical ISO for `architecture`.
    std::optional<NixosRelease> find(const QString &name,
                                     const QString &architecture = hostArchitecture()) const;

private:
    QUrl m_baseUrl;
    QList<NixosRelease> m_releases;
};

} // namespace Airlock
