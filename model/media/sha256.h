// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <expected>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

struct evp_md_ctx_st;

namespace Airlock {

// SHA-256 through OpenSSL's libcrypto: about ten times faster here than
// QCryptographicHash (SHA-NI instead of reference C), faster than the disk.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView data);
    // The digest as 64 lowercase hex digits; the state starts over afterwards.
    QString finish();
    void reset();

    static QString of(QByteArrayView data);

private:
    std::unique_ptr<evp_md_ctx_st, void (*)(evp_md_ctx_st *)> m_context;
};

// Reads and hashes the first `length` bytes of a file (all of it when
// negative). Blocking: call on a worker. `progress` gets the bytes hashed so
// far; a set `cancel` stops it with an error.
std::expected<QString, QString> sha256OfFile(const QString &path, qint64 length = -1,
                                             const std::atomic_bool *cancel = nullptr,
                                             const std::function<void(qint64)> &progress = {});

// Hashes a stream on its own thread while the producer goes on: the
// producer hands over each chunk as it arrives and is held back only when
// more than `maximumQueuedBytes` wait, so memory stays bounded.
class HashPipeline
{
    Q_DECLARE_TR_FUNCTIONS(HashPipeline)
public:
    explicit HashPipeline(qsizetype maximumQueuedBytes = 8 * 1024 * 1024);
    ~HashPipeline();

    // Hashes the first `length` bytes of `path` before anything added later:
    // rebuilds the state of a partial download without the producer waiting.
    void addFilePrefix(const QString &path, qint64 length);
    void add(const QByteArray &chunk);
    // Drops everything queued and starts a new hash.
    void reset();
    // Waits for the queue to drain; the hex digest, or why it failed.
    std::expected<QString, QString> finish();

    qint64 bytesHashed() const { return m_bytesHashed.load(); }
    qsizetype peakQueuedBytes() const { return m_peakQueued.load(); }
    qsizetype queuedBytes() const { return m_queuedNow.load(); }

private:
    struct Item
    {
        QByteArray data;
        QString filePath;
        qint64 fileLength = 0;
        quint64 generation = 0;
    };
    void run();

    const qsizetype m_maximumQueued;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_queue;
    qsizetype m_queued = 0;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_stopping = false;
    QString m_error;
    Sha256 m_hash;
    std::atomic<qint64> m_bytesHashed {0};
    std::atomic<qsizetype> m_peakQueued {0};
    std::atomic<qsizetype> m_queuedNow {0};
    std::atomic_bool m_cancelFile {false};
    std::thread m_thread;
};

} // namespace Airlock
