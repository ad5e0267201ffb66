// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace Airlock {

// What a published ".sha256" file says: the hash (64 lowercase hex digits)
// and, when it names one, the file it belongs to.
struct PublishedChecksum
{
    QString sha256;
    QString fileName;
    friend bool operator==(const PublishedChecksum &, const PublishedChecksum &) = default;
};

// Reads the forms sha256sum and its relatives write: "<hex>  <name>",
// "<hex> *<name>", a bare "<hex>", and BSD's "SHA256 (<name>) = <hex>".
// Anything else is refused with a translated reason.
class ChecksumFile
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumFile)
public:
    // Larger than any honest checksum file: an HTML error page is not one.
    static constexpr qsizetype maximumSize = 64 * 1024;

    static std::expected<PublishedChecksum, QString> parse(const QByteArray &text);

    // Whether `name` is safe to use as a file name in the download folder:
    // a plain name, no path, no hidden or special file, at most 200 characters.
    static bool isSafeFileName(const QString &name);
};

} // namespace Airlock
