// SPDX-License-Identifier: GPL-3.0-or-later
#include "isoupload.h"

#include "domainxml/domainxml.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Airlock {

LibvirtResult<IsoInPool> putIsoInPool(const Connection &connection, const QString &pool,
                                      const QString &filePath, const QString &volumeName,
                                      const QByteArray &,
                                      const std::function<void(qint64, qint64)> &progress,
                                      const std::atomic_bool *cancel)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(LibvirtError::fromMessage(
                QCoreApplication::translate("Airlock::IsoUpload", "Cannot read %1: %2")
                        .arg(filePath, file.errorString())));
    }
    const auto poolHandle = connection.storagePool(pool);
    if (!poolHandle)
        return std::unexpected(poolHandle.error());
    const QString name = volumeName.isEmpty() ? QFileInfo(filePath).fileName() : volumeName;
    StorageVolumeHandle volume(virStorageVolCreateXML(
            poolHandle->get(), DomainXml::isoVolume(name, file.size()).toUtf8().constData(), 0));
    if (!volume)
        return lastLibvirtError();
    StreamHandle stream(virStreamNew(connection.get(), 0));
    if (!stream || virStorageVolUpload(volume.get(), stream.get(), 0, file.size(), 0) < 0) {
        const LibvirtError error = LibvirtError::last();
        virStorageVolDelete(volume.get(), 0);
        return std::unexpected(error);
    }
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 done = 0;
    while (done < file.size()) {
        if (cancel && cancel->load()) {
            virStreamAbort(stream.get());
            virStorageVolDelete(volume.get(), 0);
            return std::unexpected(LibvirtError::fromMessage(
                    QCoreApplication::translate("Airlock::IsoUpload", "Cancelled"),
                    VIR_ERR_OPERATION_ABORTED));
        }
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read <= 0 || virStreamSend(stream.get(), buffer.constData(), size_t(read)) < 0) {
            const LibvirtError error = read <= 0 ? LibvirtError::fromMessage(file.errorString())
                                                 : LibvirtError::last();
            virStreamAbort(stream.get());
            virStorageVolDelete(volume.get(), 0);
            return std::unexpected(error);
        }
        done += read;
        if (progress)
            progress(done, file.size());
    }
    if (virStreamFinish(stream.get()) < 0) {
        const LibvirtError error = LibvirtError::last();
        virStorageVolDelete(volume.get(), 0);
        return std::unexpected(error);
    }
    return IsoInPool {pool, name, true};
}

} // namespace Airlock
