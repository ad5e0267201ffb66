// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <algorithm>

namespace Airlock::Bench {

// `size` random bytes at `path`, which nothing compresses or deduplicates; a
// file of that size already there is kept. With `isoSignature` the bytes
// carry ISO 9660's "CD001" at 0x8001, so the Media page takes them for an ISO.
inline bool makeRandomFile(const QString &path, qint64 size, bool isoSignature = false)
{
    if (QFileInfo(path).size() == size)
        return true;
    constexpr qint64 chunkSize = 4 * 1024 * 1024;
    QFile random(QStringLiteral("/dev/urandom"));
    QFile file(path);
    if (!random.open(QIODevice::ReadOnly) || !file.open(QIODevice::WriteOnly))
        return false;
    for (qint64 done = 0; done < size; done += chunkSize) {
        QByteArray chunk = random.read(std::min(chunkSize, size - done));
        if (done == 0 && isoSignature)
            chunk.replace(0x8001, 5, "CD001");
        if (file.write(chunk) < 0)
            return false;
    }
    return true;
}

} // namespace Airlock::Bench
