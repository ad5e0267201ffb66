// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasecatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSysInfo>

namespace Airlock {

namespace {

// Joins without doubling or losing the slash between the parts.
QUrl joined(const QUrl &base, const QString &path)
{
    QString text = base.toString();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return QUrl(text + QLatin1Char('/') + path);
}

const QString s_unstable = QStringLiteral("unstable");

// "nixos-26.05" → "26.05", "nixos-unstable" → "unstable".
QString versionOfChannel(const QString &channel)
{
    return channel.startsWith(QLatin1String("nixos-")) ? channel.mid(6) : channel;
}

} // namespace

QString jsonName(IsoVariant variant)
{
    return variant == IsoVariant::Graphical ? QStringLiteral("graphical")
                                            : QStringLiteral("minimal");
}

QString NixosRelease::id() const
{
    return QStringLiteral("%1-%2-%3").arg(channel, jsonName(variant), architecture);
}

QString NixosRelease::title() const
{
    if (codename.isEmpty()) {
        //: %1 is a version such as "25.11" or "unstable"
        return tr("NixOS %1").arg(version);
    }
    //: %1 is a version such as "25.11", %2 its code name such as "Xantusia"
    return tr("NixOS %1 “%2”").arg(version, codename);
}

QString NixosRelease::variantTitle() const
{
    return variant == IsoVariant::Graphical ? tr("Graphical installer")
                                            : tr("Minimal installer, no desktop");
}

bool NixosRelease::isEndOfLife(QDate today) const
{
    return stable && supportedUntil.isValid() && today > supportedUntil;
}

QString NixosRelease::supportText(QDate today) const
{
    if (!stable)
        return tr("Unstable is not a release: it changes every few days and is never "
                  "supported as one.");
    if (!supportedUntil.isValid())
        return tr("Airlock does not know until when NixOS supports this release.");
    //: How a day is written in a sentence (Qt's date format): "31 December 2026"
    const QString date = QLocale().toString(supportedUntil, tr("d MMMM yyyy"));
    //: %1 is a date such as "31 December 2026"
    if (isEndOfLife(today))
        return tr("No longer supported: NixOS stopped fixing security problems in it on %1.")
                .arg(date);
    //: %1 is a date such as "31 December 2026"
    return tr("Supported with security fixes until %1.").arg(date);
}

QDate NixosRelease::supportEnds(const QString &version)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d\\d)\\.(05|11)$"));
    const QRegularExpressionMatch match = pattern.match(version);
    if (!match.hasMatch())
        return {};
    const int year = 2000 + match.captured(1).toInt();
    return match.captured(2) == QLatin1String("05") ? QDate(year, 12, 31) : QDate(year + 1, 6, 30);
}

std::expected<ReleaseCatalogue, QString> ReleaseCatalogue::fromJson(const QByteArray &json,
                                                                    const QUrl &baseUrl)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return std::unexpected(
                tr("the release catalogue is not a JSON object: %1").arg(error.errorString()));
    const QJsonObject root = document.object();
    ReleaseCatalogue catalogue;
    catalogue.m_baseUrl = baseUrl.isValid() && !baseUrl.isEmpty()
                                  ? baseUrl
                                  : QUrl(root.value(QLatin1String("baseUrl")).toString());
    catalogue.m_isoPath = root.value(QLatin1String("isoPath")).toString();
    catalogue.m_checksumSuffix = root.value(QLatin1String("checksumSuffix")).toString();
    if (!catalogue.m_baseUrl.isValid() || catalogue.m_baseUrl.scheme().isEmpty()
        || !catalogue.m_isoPath.contains(QLatin1String("{channel}")))
        return std::unexpected(tr("the release catalogue has no valid baseUrl and isoPath"));
    for (const QJsonValue &arch : root.value(QLatin1String("architectures")).toArray())
        catalogue.m_architectures.append(arch.toString());
    const QJsonObject codenames = root.value(QLatin1String("codenames")).toObject();
    for (auto it = codenames.begin(); it != codenames.end(); ++it)
        catalogue.m_codenames.insert(it.key(), it.value().toString());

    for (const QJsonValue &value : root.value(QLatin1String("releases")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString channel = entry.value(QLatin1String("channel")).toString();
        const QString version = entry.value(QLatin1String("version")).toString();
        if (channel.isEmpty() || version.isEmpty())
            return std::unexpected(tr("a release in the catalogue has no channel or version"));
        const QJsonObject variants = entry.value(QLatin1String("variants")).toObject();
        QStringList graphical, minimal;
        for (const QJsonValue &arch : variants.value(QLatin1String("graphical")).toArray())
            graphical.append(arch.toString());
        for (const QJsonValue &arch : variants.value(QLatin1String("minimal")).toArray())
            minimal.append(arch.toString());
        catalogue.append(channel, version, entry.value(QLatin1String("stable")).toBool(),
                         entry.value(QLatin1String("codename")).toString(), graphical, minimal);
    }
    if (catalogue.m_releases.isEmpty())
        return std::unexpected(tr("the release catalogue lists no releases"));
    if (catalogue.m_architectures.isEmpty()) {
        for (const NixosRelease &release : std::as_const(catalogue.m_releases)) {
            if (!catalogue.m_architectures.contains(release.architecture))
                catalogue.m_architectures.append(release.architecture);
        }
    }
    return catalogue;
}

void ReleaseCatalogue::append(const QString &channel, const QString &version, bool stable,
                              const QString &codename, const QStringList &graphical,
                              const QStringList &minimal)
{
    NixosRelease release;
    release.channel = channel;
    release.version = version;
    release.codename = codename.isEmpty() ? m_codenames.value(version) : codename;
    release.stable = stable;
    release.supportedUntil = stable ? NixosRelease::supportEnds(version) : QDate();
    // Graphical first: the order the page lists them in.
    for (const IsoVariant variant : {IsoVariant::Graphical, IsoVariant::Minimal}) {
        for (const QString &arch : variant == IsoVariant::Graphical ? graphical : minimal) {
            release.variant = variant;
            release.architecture = arch;
            QString path = m_isoPath;
            path.replace(QLatin1String("{channel}"), channel)
                    .replace(QLatin1String("{variant}"), jsonName(variant))
                    .replace(QLatin1String("{arch}"), arch);
            release.isoUrl = joined(m_baseUrl, path);
            release.checksumUrl = joined(m_baseUrl, path + m_checksumSuffix);
            m_releases.append(release);
        }
    }
}

QStringList ReleaseCatalogue::candidateChannels(QDate today, int count)
{
    QStringList channels;
    for (int year = today.year(); year >= 2000 && channels.size() < count; --year) {
        for (const int month : {11, 5}) {
            if (QDate(year, month, 1) <= today && channels.size() < count)
                channels.append(QStringLiteral("nixos-%1.%2")
                                        .arg(year % 100, 2, 10, QLatin1Char('0'))
                                        .arg(month, 2, 10, QLatin1Char('0')));
        }
    }
    channels.append(QStringLiteral("nixos-") + s_unstable);
    return channels;
}

ReleaseCatalogue ReleaseCatalogue::withChannels(const QStringList &channels) const
{
    ReleaseCatalogue catalogue;
    catalogue.m_baseUrl = m_baseUrl;
    catalogue.m_isoPath = m_isoPath;
    catalogue.m_checksumSuffix = m_checksumSuffix;
    catalogue.m_architectures = m_architectures;
    catalogue.m_codenames = m_codenames;
    for (const QString &channel : channels) {
        const QString version = versionOfChannel(channel);
        const bool stable = NixosRelease::supportEnds(version).isValid();
        catalogue.append(channel, version, stable, QString(), m_architectures, m_architectures);
    }
    return catalogue;
}

ReleaseCatalogue ReleaseCatalogue::builtIn(const QUrl &baseUrl)
{
    QFile file(QStringLiteral(":/media/nixos-releases.json"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "ReleaseCatalogue", "the release catalogue resource is missing");
    auto catalogue = fromJson(file.readAll(), baseUrl);
    Q_ASSERT_X(catalogue.has_value(), "ReleaseCatalogue", "the built-in catalogue is invalid");
    return catalogue ? *catalogue : ReleaseCatalogue();
}

QString ReleaseCatalogue::hostArchitecture()
{
    const QString arch = QSysInfo::currentCpuArchitecture();
    if (arch == QLatin1String("arm64"))
        return QStringLiteral("aarch64");
    return arch;
}

QList<NixosRelease> ReleaseCatalogue::releasesFor(const QString &architecture) const
{
    QList<NixosRelease> result;
    for (const NixosRelease &release : m_releases) {
        if (release.architecture == architecture)
            result.append(release);
    }
    return result;
}

std::optional<NixosRelease> ReleaseCatalogue::defaultRelease(const QString &architecture,
                                                             QDate today) const
{
    for (const NixosRelease &release : m_releases) {
        if (release.stable && !release.isEndOfLife(today)
            && release.variant == IsoVariant::Graphical && release.architecture == architecture)
            return release;
    }
    return std::nullopt;
}

std::optional<NixosRelease> ReleaseCatalogue::find(const QString &name,
                                                   const QString &architecture) const
{
    const QString wanted = name.trimmed().toLower();
    for (const NixosRelease &release : m_releases) {
        const QString channel = release.channel;
        QStringList names {release.id()};
        if (release.architecture == architecture) {
            const QString variant = jsonName(release.variant);
            names << channel + QLatin1Char('-') + variant
                  << release.version + QLatin1Char('-') + variant;
            if (release.variant == IsoVariant::Graphical)
                names << channel << release.version;
        }
        if (names.contains(wanted))
            return release;
    }
    return std::nullopt;
}

std::optional<NixosRelease> ReleaseCatalogue::findOrName(const QString &name,
                                                         const QString &architecture) const
{
    if (auto release = find(name, architecture))
        return release;
    static const QRegularExpression pattern(
            QStringLiteral("^(?:nixos-)?(\\d\\d\\.(?:05|11)|unstable)(?:-(?:graphical|minimal))?"
                           "(?:-[a-z0-9_]+)?$"));
    const QRegularExpressionMatch match = pattern.match(name.trimmed().toLower());
    if (!match.hasMatch())
        return std::nullopt;
    return withChannels({QStringLiteral("nixos-") + match.captured(1)}).find(name, architecture);
}

} // namespace Airlock
