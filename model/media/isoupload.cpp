// SPDX-License-Identifier: GPL-3.0-or-later
#include "isoupload.h"

#include "domainxml/domainxml.h"
#include "shell/shellquoted.h"
#include "sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cerrno>

namespace Airlock {

namespace {

// Room for "-100" and ".iso" in the pool's 255-byte file names, and short
// enough to read in a list.
constexpr qsizetype s_maximumVolumeBaseLength = 120;

constexpr qsizetype s_chunk = 1024 * 1024;
// What one virStreamSend carries: libvirt's own stream packet size. With
// 1 MiB messages the daemon takes each whole before passing it on, and the
// upload ran at half the speed of virsh vol-upload (tools/bench, row 5).
constexpr qsizetype s_sendChunk = 256 * 1024;
constexpr int s_maximumCandidates = 100;

std::unexpected<LibvirtError> cancelled()
{
    return std::unexpected(LibvirtError::fromMessage(
            IsoUpload::tr("copying the ISO into the storage pool was cancelled"),
            VIR_ERR_OPERATION_ABORTED));
}

// Uploads the file into the freshly created `volume`, hashing what it sends;
// deletes nothing. With `expectedSha256`, bytes that are not the verified ISO
// (the file changed since it was checked) fail the upload.
LibvirtResult<Done> upload(const Connection &connection, virStorageVolPtr volume,
                           const QString &filePath, qint64 size, const QString &expectedSha256,
                           const std::function<void(qint64, qint64)> &progress,
                           const std::atomic_bool *cancel)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::unexpected(LibvirtError::fromMessage(
                IsoUpload::tr("cannot read “%1”: %2").arg(filePath, file.errorString())));
    StreamHandle stream(virStreamNew(connection.get(), 0));
    if (!stream || virStorageVolUpload(volume, stream.get(), 0, quint64(size), 0) != 0)
        return lastLibvirtError();
    // The hash runs on its own thread while this one sends.
    HashPipeline hash;
    qint64 done = 0;
    if (progress)
        progress(0, size);
    while (done < size) {
        if (cancel && cancel->load()) {
            virStreamAbort(stream.get());
            return cancelled();
        }
        // A new buffer for each chunk: the hash thread still reads the last one.
        QByteArray buffer(qsizetype(std::min<qint64>(s_sendChunk, size - done)), Qt::Uninitialized);
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read <= 0) {
            virStreamAbort(stream.get());
            return std::unexpected(LibvirtError::fromMessage(
                    IsoUpload::tr("cannot read “%1”: %2").arg(filePath, file.errorString())));
        }
        buffer.truncate(read);
        hash.add(buffer);
        qint64 sent = 0;
        while (sent < read) {
            const int result
                    = virStreamSend(stream.get(), buffer.constData() + sent, size_t(read - sent));
            if (result < 0) {
                const LibvirtError error = LibvirtError::last();
                virStreamAbort(stream.get());
                return std::unexpected(error);
            }
            sent += result;
        }
        done += read;
        // Progress as before, each MiB: no more signals for the window than that.
        if (progress && (done % s_chunk == 0 || done == size))
            progress(done, size);
    }
    if (virStreamFinish(stream.get()) != 0)
        return lastLibvirtError();
    const auto sentHash = hash.finish();
    if (!sentHash)
        return std::unexpected(LibvirtError::fromMessage(sentHash.error()));
    if (!expectedSha256.isEmpty() && *sentHash != expectedSha256) {
        return std::unexpected(LibvirtError::fromMessage(
                IsoUpload::tr("“%1” changed since it was verified: its SHA-256 is now %2, not %3. "
                              "Download it again.")
                        .arg(filePath, *sentHash, expectedSha256)));
    }
    return Done {};
}

} // namespace

QString isoUploadAdvice(const LibvirtError &error, const QString &pool, qint64 isoBytes)
{
    const QString quotedPool = shellQuoted(pool);
    // "client socket is closed" is an internal error of libvirt's RPC layer.
    if (error.isConnectionLost() || error.domain == VIR_FROM_RPC) {
        return IsoUpload::tr("The libvirt daemon stopped answering. Start it again (on secureblue: "
                             "ujust set-libvirt-daemons on), then try again.");
    }
    if (error.code == VIR_ERR_NO_SUPPORT || error.code == VIR_ERR_OPERATION_UNSUPPORTED) {
        //: %1 is a storage pool
        return IsoUpload::tr("The pool “%1” is of a type that cannot take uploads. Choose a "
                             "directory pool, such as “default”.")
                .arg(pool);
    }
    const bool inactive = error.code == VIR_ERR_OPERATION_INVALID
                          && error.message.contains(QLatin1String("not active"));
    if (error.code == VIR_ERR_NO_STORAGE_POOL || inactive) {
        //: %1 is a storage pool, %2 the command that starts it
        return IsoUpload::tr("The pool “%1” is missing or not running. Start it (%2) or choose "
                             "another pool.")
                .arg(pool, QStringLiteral("virsh pool-start %1").arg(quotedPool));
    }
    const bool noSpace = error.systemErrno == ENOSPC || error.systemErrno == EDQUOT
                         || error.message.contains(QLatin1String("No space left"))
                         || error.message.contains(QLatin1String("Disk quota exceeded"));
    if (noSpace) {
        //: %1 is a storage pool, %2 a size such as "2.5 GiB"
        return IsoUpload::tr("The pool “%1” has not enough free space: the ISO needs %2. Free some "
                             "space there, or choose another pool.")
                .arg(pool, QLocale().formattedDataSize(isoBytes));
    }
    const bool denied = error.code == VIR_ERR_ACCESS_DENIED
                        || (error.code == VIR_ERR_SYSTEM_ERROR
                            && (error.systemErrno == EACCES || error.systemErrno == EPERM
                                || error.systemErrno == EROFS));
    if (denied) {
        return IsoUpload::tr("libvirt may not write into the pool “%1”. Check the owner and "
                             "permissions of the pool's directory, or choose another pool.")
                .arg(pool);
    }
    //: %1 is libvirt's own message, %2 a storage pool
    return IsoUpload::tr("libvirt said: “%1”. Check the pool “%2” (virsh pool-info %3), then try "
                         "again.")
            .arg(error.message, pool, quotedPool);
}

QString isoVolumeName(const QString &filePath)
{
    // Decomposed first, so that "é" keeps its "e"; the marks then go with
    // every other character outside the set.
    const QString file = QFileInfo(filePath).fileName().normalized(QString::NormalizationForm_KD);
    QString base = file;
    if (base.endsWith(QLatin1String(".iso"), Qt::CaseInsensitive))
        base.chop(4);
    QString safe;
    bool replaced = false;
    for (const QChar c : std::as_const(base)) {
        if (c.isMark())
            continue;
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                             || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                             || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                             || c == QLatin1Char('.') || c == QLatin1Char('-')
                             || c == QLatin1Char('_');
        if (allowed) {
            safe += c;
            replaced = false;
        } else if (!replaced) {
            // One "_" for a run of others: "a $(b)" reads "a_b_".
            safe += QLatin1Char('_');
            replaced = true;
        }
    }
    // No leading "." (hidden) or "-" (an option to every command that names
    // it); trailing ones only look odd before ".iso".
    static const QRegularExpression edges(QStringLiteral("^[._-]+|[._-]+$"));
    safe.remove(edges);
    safe.truncate(s_maximumVolumeBaseLength);
    safe.remove(edges);
    if (safe.isEmpty())
        safe = QStringLiteral("installer");
    return safe + QLatin1String(".iso");
}

QString isoVolumeCandidate(const QString &name, int index)
{
    if (index <= 1)
        return name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return QStringLiteral("%1-%2").arg(name).arg(index);
    return QStringLiteral("%1-%2%3").arg(name.left(dot)).arg(index).arg(name.mid(dot));
}

LibvirtResult<QString> sha256OfVolume(const Connection &connection, virStorageVolPtr volume,
                                      qint64 length, const std::atomic_bool *cancel)
{
    if (length < 0) {
        virStorageVolInfo info;
        if (virStorageVolGetInfo(volume, &info) != 0)
            return lastLibvirtError();
        length = qint64(info.capacity);
    }
    StreamHandle stream(virStreamNew(connection.get(), 0));
    if (!stream || virStorageVolDownload(volume, stream.get(), 0, quint64(length), 0) != 0)
        return lastLibvirtError();
    Sha256 hash;
    QByteArray buffer(s_chunk, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        if (cancel && cancel->load()) {
            virStreamAbort(stream.get());
            return cancelled();
        }
        const int received = virStreamRecv(stream.get(), buffer.data(), size_t(buffer.size()));
        if (received < 0) {
            const LibvirtError error = LibvirtError::last();
            virStreamAbort(stream.get());
            return std::unexpected(error);
        }
        if (received == 0)
            break;
        hash.add(QByteArrayView(buffer.constData(), received));
        done += received;
    }
    if (virStreamFinish(stream.get()) != 0)
        return lastLibvirtError();
    if (done != length)
        return std::unexpected(LibvirtError::fromMessage(
                IsoUpload::tr("the volume gave %1 bytes instead of %2").arg(done).arg(length)));
    return hash.finish();
}

LibvirtResult<IsoInPool> putIsoInPool(
        const Connection &connection, const QString &pool, const QString &filePath,
        const QString &volumeName, const QByteArray &fileSha256,
        const std::function<void(qint64, qint64)> &progress, const std::atomic_bool *cancel,
        const std::function<std::optional<LibvirtError>(const QString &)> &beforeCreate)
{
    const QFileInfo info(filePath);
    if (!info.isFile() || !info.isReadable())
        return std::unexpected(LibvirtError::fromMessage(
                IsoUpload::tr("the ISO “%1” does not exist or cannot be read").arg(filePath)));
    const qint64 size = info.size();
    const QString name = volumeName.isEmpty() ? isoVolumeName(filePath) : volumeName;

    // The file's hash is needed only to compare with a volume that might be
    // the same ISO; computed then, at most once.
    QString sha256 = QString::fromLatin1(fileSha256).toLower();
    const auto fileHash = [&]() -> LibvirtResult<QString> {
        if (sha256.isEmpty()) {
            const auto computed = sha256OfFile(filePath, -1, cancel);
            if (!computed) {
                if (cancel && cancel->load())
                    return cancelled();
                return std::unexpected(LibvirtError::fromMessage(computed.error()));
            }
            sha256 = *computed;
        }
        return sha256;
    };

    const auto poolHandle = connection.storagePool(pool);
    if (!poolHandle)
        return std::unexpected(poolHandle.error());

    for (int index = 1; index <= s_maximumCandidates; ++index) {
        const QString candidate = isoVolumeCandidate(name, index);
        StorageVolumeHandle existing(
                virStorageVolLookupByName(poolHandle->get(), candidate.toUtf8().constData()));
        if (existing) {
            virStorageVolInfo volumeInfo;
            if (virStorageVolGetInfo(existing.get(), &volumeInfo) == 0
                && qint64(volumeInfo.capacity) == size) {
                const auto wanted = fileHash();
                if (!wanted)
                    return std::unexpected(wanted.error());
                const auto volumeHash = sha256OfVolume(connection, existing.get(), size, cancel);
                if (!volumeHash && cancel && cancel->load())
                    return cancelled();
                if (volumeHash && *volumeHash == sha256) {
                    if (progress)
                        progress(size, size);
                    return IsoInPool {pool, candidate, false};
                }
            }
            continue; // someone else's volume: leave it alone
        }
        virResetLastError();

        if (beforeCreate) {
            if (const auto refused = beforeCreate(candidate))
                return std::unexpected(*refused);
        }
        StorageVolumeHandle created(virStorageVolCreateXML(
                poolHandle->get(), DomainXml::isoVolume(candidate, size).toUtf8().constData(), 0));
        if (!created) {
            const LibvirtError error = LibvirtError::last();
            // Taken meanwhile by someone else: try the next name.
            if (error.code == VIR_ERR_STORAGE_VOL_EXIST)
                continue;
            return std::unexpected(error);
        }
        const auto uploaded
                = upload(connection, created.get(), filePath, size, sha256, progress, cancel);
        if (!uploaded) {
            LibvirtError error = uploaded.error();
            if (virStorageVolDelete(created.get(), 0) != 0) {
                // Typically the daemon went away mid-upload: say what is left.
                virResetLastError();
                const QString removal = QStringLiteral("virsh vol-delete --pool %1 %2")
                                                .arg(shellQuoted(pool), shellQuoted(candidate));
                //: %3 is the command that removes the volume.
                const QString left = IsoUpload::tr("The partly copied volume “%1” is still in the "
                                                   "pool “%2” (remove it with: %3).")
                                             .arg(candidate, pool, removal);
                error.message += QLatin1Char(' ') + left;
            }
            return std::unexpected(error);
        }
        return IsoInPool {pool, candidate, true};
    }
    return std::unexpected(LibvirtError::fromMessage(
            IsoUpload::tr("the storage pool “%1” has no free name for “%2”").arg(pool, name)));
}

} // namespace Airlock
