// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/connection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace Airlock {

// The volume a download streams into, as recorded beside its ".part"
// ("<part>.pool.json"): what a resume continues, and what a later start
// removes when the daemon could not be asked to.
struct StreamedVolume
{
    QString uri; // as libvirt canonicalised it
    QString pool;
    QString volume;
    QString key; // libvirt's key: the same name later may be another volume
    qint64 capacity = 0;
    qint64 bytes = 0; // the volume holds the download's first `bytes`
    bool abandoned = false; // to be removed as soon as the daemon answers

    static QString recordPath(const QString &partPath);
    static std::optional<StreamedVolume> read(const QString &partPath);
    bool write(const QString &partPath) const;
    static void forget(const QString &partPath);
};

// Sends a download into a storage volume as the bytes arrive, on a thread of
// its own: the network and the hash never wait for libvirt, only for a full
// queue, which keeps memory flat (as HashPipeline does).
//
// A failed send never throws away the download: the stream stops, later
// bytes are dropped, and hasFailed() says so with libvirt's error.
class PoolStream
{
    Q_DECLARE_TR_FUNCTIONS(PoolStream)
public:
    PoolStream(const Connection &connection, qsizetype maximumQueuedBytes);
    ~PoolStream(); // aborts a stream still open; never deletes the volume
    PoolStream(const PoolStream &) = delete;
    PoolStream &operator=(const PoolStream &) = delete;

    // Blocking. A new volume of `capacity` bytes for the ISO `fileName` in
    // `pool`, under the first free name (isoVolumeName, isoVolumeCandidate;
    // never an existing volume), or `earlier` when it is still there as
    // recorded; then the upload from what the volume holds on, beginning
    // with the rest of `partPath`'s first `partBytes`.
    LibvirtResult<StreamedVolume> begin(const QString &pool, const QString &fileName,
                                        qint64 capacity,
                                        const std::optional<StreamedVolume> &earlier,
                                        const QString &partPath, qint64 partBytes);
    // The download starts over at `offset` (a server that ignored the range).
    LibvirtResult<Done> restartAt(qint64 offset);
    // Waits only while the queue is full; does nothing once the stream failed.
    void add(const QByteArray &chunk);
    // Waits for the queue to drain and closes the stream; how many bytes the
    // volume holds.
    LibvirtResult<qint64> finish();
    void abort();
    // Deletes the volume begin() made or took over from its record.
    LibvirtResult<Done> removeVolume();

    bool isOpen() const;
    bool hasFailed() const { return m_failed.load(); }
    LibvirtError error() const;
    const StreamedVolume &volume() const { return m_volume; }
    // Where the next byte added goes in the volume.
    qint64 position() const { return m_position; }
    qsizetype queuedBytes() const { return m_queuedNow.load(); }
    qint64 bytesSent() const { return m_sent.load(); }

private:
    struct Item
    {
        QByteArray data;
        QString filePath; // or a range of a file
        qint64 fileOffset = 0;
        qint64 fileLength = 0;
    };
    LibvirtResult<Done> open(qint64 offset);
    // Sends bytes [from, to) of a file (what the ".part" holds beyond the volume).
    void queueFileRange(const QString &path, qint64 from, qint64 to);
    std::optional<LibvirtError> send(const char *data, qint64 size);
    std::optional<LibvirtError> sendFile(const Item &item);
    void run();

    Connection m_connection;
    const qsizetype m_maximumQueued;
    StreamedVolume m_volume;
    StorageVolumeHandle m_handle;
    StreamHandle m_stream;
    qint64 m_position = 0;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_queue;
    qsizetype m_queued = 0;
    bool m_busy = false;
    bool m_stopping = false;
    std::optional<LibvirtError> m_error;
    std::atomic_bool m_failed {false};
    std::atomic<qsizetype> m_queuedNow {0};
    std::atomic<qint64> m_sent {0};
    std::thread m_thread;
};

} // namespace Airlock
