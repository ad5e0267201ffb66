// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasecatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace Airlock {

namespace {

std::optional<IsoVariant> variantFromJsonName(const QString &name)
{
    if (name == QLatin1String("graphical"))
        return IsoVariant::Graphical;
    if (name == QLatin1String("minimal"))
        return IsoVariant::Minimal;
    return std::nullopt;
}

// Joins without doubling or losing the slash between the parts.
QUrl joined(const QUrl &base, const QString &path)
{
    QString text = base.toString();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return QUrl(text + QLatin1Char('/') + path);
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
    const QString isoPath = root.value(QLatin1String("isoPath")).toString();
    const QString checksumSuffix = root.value(QLatin1String("checksumSuffix")).toString();
    if (!catalogue.m_baseUrl.isValid() || catalogue.m_baseUrl.scheme().isEmpty()
        || !isoPath.contains(QLatin1String("{channel}")))
        return std::unexpected(tr("the release catalogue has no valid baseUrl and isoPath"));

    for (const QJsonValue &value : root.value(QLatin1String("releases")).toArray()) {
        const QJsonObject entry = value.toObject();
        NixosRelease release;
        release.channel = entry.value(QLatin1String("channel")).toString();
        release.version = entry.value(QLatin1String("version")).toString();
        release.codename = entry.value(QLatin1String("codename")).toString();
        release.stable = entry.value(QLatin1String("stable")).toBool();
        if (release.channel.isEmpty() || release.version.isEmpty())
            return std::unexpected(tr("a release in the catalogue has no channel or version"));
        const QJsonObject variants = entry.value(QLatin1String("variants")).toObject();
        // Graphical first: the order the page lists them in.
        for (const QString &variantName :
             {QStringLiteral("graphical"), QStringLiteral("minimal")}) {
            const auto variant = variantFromJsonName(variantName);
            for (const QJsonValue &arch : variants.value(variantName).toArray()) {
                release.variant = *variant;
                release.architecture = arch.toString();
                QString path = isoPath;
                path.replace(QLatin1String("{channel}"), release.channel)
                        .replace(QLatin1String("{variant}"), variantName)
                        .replace(QLatin1String("{arch}"), release.architecture);
                release.isoUrl = joined(catalogue.m_baseUrl, path);
                release.checksumUrl = joined(catalogue.m_baseUrl, path + checksumSuffix);
                catalogue.m_releases.append(release);
            }
        }
    }
    if (catalogue.m_releases.isEmpty())
        return std::unexpected(tr("the release catalogue lists no releases"));
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

std::optional<NixosRelease> ReleaseCatalogue::defaultRelease(const QString &architecture) const
{
    for (const NixosRelease &release : m_releases) {
        if (release.stable && release.variant == IsoVariant::Graphical
            && release.architecture == architecture)
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

} // namespace Airlock
