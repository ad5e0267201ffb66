// SPDX-License-Identifier: GPL-3.0-or-later
#include "osrelease.h"

namespace Airlock {

namespace {

// Shell-style unquoting as os-release(5) allows it: "…" with backslash
// escapes, '…' literally, or a bare word.
QString unquote(const QString &raw)
{
    const QString value = raw.trimmed();
    if (value.size() >= 2 && value.front() == QLatin1Char('\'')
        && value.back() == QLatin1Char('\''))
        return value.mid(1, value.size() - 2);
    if (value.isEmpty() || value.front() != QLatin1Char('"'))
        return value;
    QString result;
    for (qsizetype i = 1; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('"'))
            break;
        if (c == QLatin1Char('\\') && i + 1 < value.size())
            result.append(value.at(++i));
        else
            result.append(c);
    }
    return result;
}

} // namespace

QString OsRelease::id() const
{
    const QString value = fields.value(QStringLiteral("ID")).toLower();
    return value.isEmpty() ? QStringLiteral("linux") : value;
}

QStringList OsRelease::idLike() const
{
    return fields.value(QStringLiteral("ID_LIKE"))
            .toLower()
            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool OsRelease::isSecureblue() const
{
    return id() == QLatin1String("secureblue") || isOlderSecureblue();
}

bool OsRelease::isOlderSecureblue() const
{
    return id() != QLatin1String("secureblue") && idLike().contains(QLatin1String("secureblue"));
}

bool OsRelease::isFedora() const
{
    return id() == QLatin1String("fedora") || idLike().contains(QLatin1String("fedora"));
}

QString OsRelease::imageName() const
{
    const QString image = fields.value(QStringLiteral("IMAGE_ID"));
    return image.isEmpty() ? fields.value(QStringLiteral("VARIANT_ID")) : image;
}

const QStringList &OsRelease::candidatePaths()
{
    static const QStringList paths {QStringLiteral("/run/host/os-release"),
                                    QStringLiteral("/etc/os-release"),
                                    QStringLiteral("/usr/lib/os-release")};
    return paths;
}

OsRelease OsRelease::read(const HostRoot &root)
{
    OsRelease release;
    for (const QString &candidate : candidatePaths()) {
        const auto text = root.read(candidate, 64 * 1024);
        if (!text)
            continue;
        release.path = candidate;
        release.fields = parse(*text);
        break;
    }
    return release;
}

QHash<QString, QString> OsRelease::parse(const QByteArray &text)
{
    QHash<QString, QString> fields;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        const QString key = trimmed.left(equals).trimmed();
        // Keys are shell variable names; anything else is noise, not a field.
        // ASCII by code, not by toUpper(): "ſ" and "ı" upper-case to S and I.
        if (!std::all_of(key.cbegin(), key.cend(), [](QChar c) {
                return (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                       || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                       || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
            }))
            continue;
        fields.insert(key, unquote(trimmed.mid(equals + 1)));
    }
    return fields;
}

} // namespace Airlock
