// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolstream.h"

#include "domainxml/domainxml.h"
#include "isoupload.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace Airlock {

namespace {

// libvirt's own stream packet size, as in putIsoInPool: the daemon takes a
// larger message whole before passing it on.
constexpr qint64 s_sendChunk = 256 * 1024;
constexpr int s_maximumCandidates = 100;

QString volumeKey(virStorageVolPtr volume)
{
    const char *key = virStorageVolGetKey(volume);
    return key ? QString::fromUtf8(key) : QString();
}

qint64 volumeCapacity(virStorageVolPtr volume)
{
    virStorageVolInfo info;
    if (virStorageVolGetInfo(volume, &info) != 0) {
        virResetLastError();
        return -1;
    }
    return qint64(info.capacity);
}

} // namespace

QString StreamedVolume::recordPath(const QString &partPath)
{
    return partPath + QLatin1String(".pool.json");
}

std::optional<StreamedVolume> StreamedVolume::read(const QString &partPath)
{
    QFile file(recordPath(partPath));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    StreamedVolume volume;
    volume.uri = object.value(QLatin1String("uri")).toString();
    volume.pool = object.value(QLatin1String("pool")).toString();
    volume.volume = object.value(QLatin1String("volume")).toString();
    volume.key = object.value(QLatin1String("key")).toString();
    volume.capacity = object.value(QLatin1String("capacity")).toInteger();
    volume.bytes = object.value(QLatin1String("bytes")).toInteger();
    volume.abandoned = object.value(QLatin1String("abandoned")).toBool();
    if (volume.uri.isEmpty() || volume.pool.isEmpty() || volume.volume.isEmpty()
        || volume.key.isEmpty())
        return std::nullopt;
    return volume;
}

bool StreamedVolume::write(const QString &partPath) const
{
    QSaveFile file(recordPath(partPath));
    const QJsonObject object {{QStringLiteral("uri"), uri},
                              {QStringLiteral("pool"), pool},
                              {QStringLiteral("volume"), volume},
                              {QStringLiteral("key"), key},
                              {QStringLiteral("capacity"), capacity},
                              {QStringLiteral("bytes"), bytes},
                              {QStringLiteral("abandoned"), abandoned}};
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) >= 0
           && file.commit();
}

void StreamedVolume::forget(const QString &partPath)
{
    QFile::remove(recordPath(partPath));
}

PoolStream::PoolStream(const Connection &connection, qsizetype maximumQueuedBytes)
    : m_connection(connection), m_maximumQueued(maximumQueuedBytes), m_thread([this] { run(); })
{ }

PoolStream::~PoolStream()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
    if (m_stream)
        virStreamAbort(m_stream.get());
    virResetLastError();
}

LibvirtResult<StreamedVolume> PoolStream::begin(const QString &pool, const QString &fileName,
                                                qint64 capacity,
                                                const std::optional<StreamedVolume> &earlier,
                                                const QString &partPath, qint64 partBytes)
{
    const auto poolHandle = m_connection.storagePool(pool);
    if (!poolHandle)
        return std::unexpected(poolHandle.error());
    if (virStoragePoolIsActive(poolHandle->get()) != 1) {
        virResetLastError();
        return std::unexpected(LibvirtError::fromMessage(
                tr("the storage pool “%1” is not active").arg(pool), VIR_ERR_OPERATION_INVALID));
    }
    const QString uri = m_connection.uri();

    // The volume of an earlier try, still as it was left: continue it.
    if (earlier && earlier->uri == uri && earlier->pool == pool) {
        StorageVolumeHandle handle(
                virStorageVolLookupByName(poolHandle->get(), earlier->volume.toUtf8().constData()));
        virResetLastError();
        if (handle && volumeKey(handle.get()) == earlier->key) {
            if (earlier->capacity == capacity && volumeCapacity(handle.get()) == capacity) {
                m_volume = *earlier;
                m_volume.abandoned = false;
                m_handle = std::move(handle);
                const qint64 offset = std::clamp<qint64>(earlier->bytes, 0, partBytes);
                if (const auto opened = open(offset); !opened)
                    return std::unexpected(opened.error());
                queueFileRange(partPath, offset, partBytes);
                return m_volume;
            }
            // Made for another file: it is Airlock's, and of no use now.
            virStorageVolDelete(handle.get(), 0);
            virResetLastError();
        }
    }

    const QString name = isoVolumeName(fileName);
    for (int index = 1; index <= s_maximumCandidates; ++index) {
        const QString candidate = isoVolumeCandidate(name, index);
        StorageVolumeHandle existing(
                virStorageVolLookupByName(poolHandle->get(), candidate.toUtf8().constData()));
        virResetLastError();
        if (existing)
            continue; // someone else's (or an earlier ISO): never touched
        StorageVolumeHandle created(virStorageVolCreateXML(
                poolHandle->get(), DomainXml::isoVolume(candidate, capacity).toUtf8().constData(),
                0));
        if (!created) {
            const LibvirtError error = LibvirtError::last();
            if (error.code == VIR_ERR_STORAGE_VOL_EXIST)
                continue;
            return std::unexpected(error);
        }
        m_volume = {uri, pool, candidate, volumeKey(created.get()), capacity, 0, false};
        m_handle = std::move(created);
        m_volume.write(partPath);
        if (const auto opened = open(0); !opened)
            return std::unexpected(opened.error());
        queueFileRange(partPath, 0, partBytes);
        return m_volume;
    }
    return std::unexpected(LibvirtError::fromMessage(
            IsoUpload::tr("the storage pool “%1” has no free name for “%2”").arg(pool, name)));
}

LibvirtResult<Done> PoolStream::open(qint64 offset)
{
    std::lock_guard lock(m_mutex);
    m_stream.reset(virStreamNew(m_connection.get(), 0));
    // No length: the download's end closes the stream.
    if (!m_stream
        || virStorageVolUpload(m_handle.get(), m_stream.get(), quint64(offset), 0, 0) != 0) {
        const LibvirtError error = LibvirtError::last();
        m_stream.reset();
        return std::unexpected(error);
    }
    m_position = offset;
    m_error.reset();
    m_failed = false;
    return Done {};
}

void PoolStream::queueFileRange(const QString &path, qint64 from, qint64 to)
{
    if (from >= to)
        return;
    std::lock_guard lock(m_mutex);
    m_queue.push_back({{}, path, from, to - from});
    m_position = to;
    m_changed.notify_all();
}

LibvirtResult<Done> PoolStream::restartAt(qint64 offset)
{
    if (offset == m_position && isOpen())
        return Done {};
    if (const auto finished = finish(); !finished)
        return std::unexpected(finished.error());
    return open(offset);
}

void PoolStream::add(const QByteArray &chunk)
{
    std::unique_lock lock(m_mutex);
    if (m_failed || !m_stream)
        return;
    m_changed.wait(lock, [this] { return m_queued < m_maximumQueued || m_stopping || m_failed; });
    if (m_failed || m_stopping)
        return;
    m_queue.push_back({chunk, {}, 0, 0});
    m_queued += chunk.size();
    m_queuedNow = m_queued;
    m_position += chunk.size();
    m_changed.notify_all();
}

LibvirtResult<qint64> PoolStream::finish()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return (m_queue.empty() && !m_busy) || m_stopping; });
    if (m_error)
        return std::unexpected(*m_error);
    if (m_stream) {
        if (virStreamFinish(m_stream.get()) != 0) {
            m_error = LibvirtError::last();
            m_failed = true;
            virStreamAbort(m_stream.get());
            virResetLastError();
            m_stream.reset();
            return std::unexpected(*m_error);
        }
        m_stream.reset();
    }
    m_volume.bytes = m_position;
    return m_position;
}

void PoolStream::abort()
{
    std::unique_lock lock(m_mutex);
    m_queue.clear();
    m_queued = 0;
    m_queuedNow = 0;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return !m_busy; });
    if (m_stream) {
        virStreamAbort(m_stream.get());
        virResetLastError();
        m_stream.reset();
    }
}

LibvirtResult<Done> PoolStream::removeVolume()
{
    abort();
    if (!m_handle)
        return Done {};
    if (virStorageVolDelete(m_handle.get(), 0) != 0)
        return lastLibvirtError();
    m_handle.reset();
    return Done {};
}

bool PoolStream::isOpen() const
{
    std::lock_guard lock(m_mutex);
    return m_stream != nullptr && !m_failed;
}

LibvirtError PoolStream::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error.value_or(LibvirtError {});
}

std::optional<LibvirtError> PoolStream::send(const char *data, qint64 size)
{
    qint64 sent = 0;
    while (sent < size) {
        const int result = virStreamSend(m_stream.get(), data + sent,
                                         size_t(std::min(size - sent, s_sendChunk)));
        if (result < 0)
            return LibvirtError::last();
        sent += result;
        m_sent += result;
    }
    return std::nullopt;
}

std::optional<LibvirtError> PoolStream::sendFile(const Item &item)
{
    QFile file(item.filePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(item.fileOffset))
        return LibvirtError::fromMessage(
                IsoUpload::tr("cannot read “%1”: %2").arg(item.filePath, file.errorString()));
    QByteArray buffer(s_sendChunk, Qt::Uninitialized);
    qint64 done = 0;
    while (done < item.fileLength) {
        if (m_stopping)
            return LibvirtError::fromMessage(QString(), VIR_ERR_OPERATION_ABORTED);
        const qint64 read
                = file.read(buffer.data(), std::min<qint64>(buffer.size(), item.fileLength - done));
        if (read <= 0)
            return LibvirtError::fromMessage(
                    IsoUpload::tr("cannot read “%1”: %2").arg(item.filePath, file.errorString()));
        if (auto failed = send(buffer.constData(), read))
            return failed;
        done += read;
    }
    return std::nullopt;
}

void PoolStream::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
        if (m_stopping)
            return;
        Item item = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();

        const std::optional<LibvirtError> failed
                = item.filePath.isEmpty() ? send(item.data.constData(), item.data.size())
                                          : sendFile(item);
        const qsizetype size = item.data.size();
        item = {}; // the buffer goes before the queue makes room for the next

        lock.lock();
        m_busy = false;
        m_queued -= size;
        m_queuedNow = m_queued;
        if (failed && !m_failed) {
            m_error = *failed;
            m_failed = true;
            m_queue.clear();
            m_queued = 0;
            m_queuedNow = 0;
            virStreamAbort(m_stream.get());
            virResetLastError();
        }
        m_changed.notify_all();
    }
}

} // namespace Airlock
