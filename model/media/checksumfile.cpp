// SPDX-License-Identifier: GPL-3.0-or-later
#include "checksumfile.h"

#include <QList>
#include <QRegularExpression>

namespace Airlock {

namespace {

struct Line
{
    QString hash;
    QString fileName;
};

std::expected<Line, QString> parseLine(const QString &line)
{
    static const QRegularExpression bsd(
            QRegularExpression::anchoredPattern(QStringLiteral("SHA256 ?\\((.+)\\) ?= ?(\\S+)")),
            QRegularExpression::CaseInsensitiveOption);
    if (const auto match = bsd.match(line); match.hasMatch())
        return Line {match.captured(2), match.captured(1)};
    const qsizetype space = line.indexOf(QLatin1Char(' '));
    if (space < 0)
        return Line {line, {}};
    QString name = line.mid(space + 1);
    // Text mode writes two spaces, binary mode a space and a star.
    if (name.startsWith(QLatin1Char(' ')) || name.startsWith(QLatin1Char('*')))
        name.remove(0, 1);
    return Line {line.left(space), name};
}

} // namespace

std::expected<PublishedChecksum, QString> ChecksumFile::parse(const QByteArray &text)
{
    if (text.size() > maximumSize)
        return std::unexpected(
                tr("the checksum file is %1 bytes long, too long to be one").arg(text.size()));
    QString content = QString::fromUtf8(text);
    if (content.startsWith(QChar(0xfeff)))
        content.remove(0, 1);

    QList<Line> lines;
    for (const QString &raw : content.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto parsed = parseLine(line);
        if (!parsed)
            return std::unexpected(parsed.error());
        lines.append(*parsed);
    }
    if (lines.isEmpty())
        return std::unexpected(tr("the checksum file is empty"));

    PublishedChecksum result;
    for (const Line &line : std::as_const(lines)) {
        const QString hash = line.hash.toLower();
        for (const QChar c : hash) {
            // ASCII only: QChar::isDigit() also takes other scripts' digits.
            const bool isHex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                               || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
            if (!isHex)
                return std::unexpected(
                        tr("the checksum “%1” contains “%2”, which is not a hexadecimal digit")
                                .arg(line.hash.left(80), QString(c)));
        }
        if (hash.size() != 64)
            return std::unexpected(
                    tr("the checksum has %1 hexadecimal digits; a SHA-256 checksum has 64")
                            .arg(hash.size()));
        if (!result.sha256.isEmpty() && result.sha256 != hash)
            return std::unexpected(tr("the checksum file lists several different checksums"));
        result.sha256 = hash;
        if (result.fileName.isEmpty())
            result.fileName = line.fileName;
    }
    if (!result.fileName.isEmpty() && !isSafeFileName(result.fileName))
        return std::unexpected(tr("the checksum file names “%1”, which is not a plain file name")
                                       .arg(result.fileName.left(80)));
    return result;
}

bool ChecksumFile::isSafeFileName(const QString &name)
{
    if (name.isEmpty() || name.size() > 200 || name.startsWith(QLatin1Char('.')))
        return false;
    for (const QChar c : name) {
        const bool allowed = c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
                             || c == QLatin1Char('_') || c == QLatin1Char('+');
        if (!allowed || c.unicode() > 0x7f)
            return false;
    }
    return true;
}

} // namespace Airlock
