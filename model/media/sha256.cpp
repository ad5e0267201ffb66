// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <QFile>

#include <openssl/evp.h>

namespace Airlock {

namespace {

constexpr qsizetype s_fileChunk = 1024 * 1024;

} // namespace

Sha256::Sha256() : m_context(EVP_MD_CTX_new(), EVP_MD_CTX_free)
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView data)
{
    EVP_DigestUpdate(m_context.get(), data.data(), size_t(data.size()));
}

QString Sha256::finish()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context.get(), digest, &length);
    reset();
    return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr);
}

QString Sha256::of(QByteArrayView data)
{
    Sha256 hash;
    hash.add(data);
    return hash.finish();
}

std::expected<QString, QString> sha256OfFile(const QString &path, qint64 length,
                                             const std::atomic_bool *cancel,
                                             const std::function<void(qint64)> &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::unexpected(
                HashPipeline::tr("cannot read “%1”: %2").arg(path, file.errorString()));
    if (length < 0)
        length = file.size();
    Sha256 hash;
    QByteArray buffer(s_fileChunk, Qt::Uninitialized);
    qint64 done = 0;
    while (done < length) {
        if (cancel && cancel->load())
            return std::unexpected(HashPipeline::tr("cancelled"));
        const qint64 read
                = file.read(buffer.data(), std::min<qint64>(buffer.size(), length - done));
        if (read <= 0)
            return std::unexpected(
                    read < 0
                            ? HashPipeline::tr("cannot read “%1”: %2").arg(path, file.errorString())
                            : HashPipeline::tr("“%1” is shorter than expected").arg(path));
        hash.add(QByteArrayView(buffer.constData(), read));
        done += read;
        if (progress)
            progress(done);
    }
    return hash.finish();
}

HashPipeline::HashPipeline(qsizetype maximumQueuedBytes)
    : m_maximumQueued(maximumQueuedBytes), m_thread([this] { run(); })
{ }

HashPipeline::~HashPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_cancelFile = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void HashPipeline::addFilePrefix(const QString &path, qint64 length)
{
    std::lock_guard lock(m_mutex);
    m_queue.push_back({{}, path, length, m_generation});
    m_changed.notify_all();
}

void HashPipeline::add(const QByteArray &chunk)
{
    std::unique_lock lock(m_mutex);
    // Backpressure: the producer waits while the hasher is too far behind.
    m_changed.wait(lock, [this] { return m_queued < m_maximumQueued || m_stopping; });
    m_queue.push_back({chunk, {}, 0, m_generation});
    m_queued += chunk.size();
    m_queuedNow = m_queued;
    if (m_queued > m_peakQueued)
        m_peakQueued = m_queued;
    m_changed.notify_all();
}

void HashPipeline::reset()
{
    std::unique_lock lock(m_mutex);
    ++m_generation;
    m_queue.clear();
    m_queued = 0;
    m_queuedNow = 0;
    m_cancelFile = true;
    m_changed.wait(lock, [this] { return !m_busy; });
    m_cancelFile = false;
    m_hash.reset();
    m_bytesHashed = 0;
    m_error.clear();
}

std::expected<QString, QString> HashPipeline::finish()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return (m_queue.empty() && !m_busy) || m_stopping; });
    const QString error = m_error;
    m_error.clear();
    m_bytesHashed = 0;
    if (!error.isEmpty()) {
        m_hash.reset();
        return std::unexpected(error);
    }
    return m_hash.finish();
}

void HashPipeline::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
        if (m_stopping)
            return;
        Item item = std::move(m_queue.front());
        m_queue.pop_front();
        m_queued -= item.data.size();
        m_queuedNow = m_queued;
        m_busy = true;
        m_changed.notify_all();
        lock.unlock();

        QString error;
        if (!item.filePath.isEmpty()) {
            QFile file(item.filePath);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
                error = tr("cannot read “%1”: %2").arg(item.filePath, file.errorString());
            } else {
                QByteArray buffer(s_fileChunk, Qt::Uninitialized);
                qint64 done = 0;
                while (done < item.fileLength && !m_cancelFile) {
                    const qint64 read = file.read(
                            buffer.data(), std::min<qint64>(buffer.size(), item.fileLength - done));
                    if (read <= 0) {
                        error = tr("cannot read “%1” back").arg(item.filePath);
                        break;
                    }
                    m_hash.add(QByteArrayView(buffer.constData(), read));
                    done += read;
                    m_bytesHashed += read;
                }
            }
        } else {
            m_hash.add(item.data);
            m_bytesHashed += item.data.size();
        }

        lock.lock();
        // A reset while this item was hashed voids it (reset waits for us).
        if (!error.isEmpty() && item.generation == m_generation && m_error.isEmpty())
            m_error = error;
        m_busy = false;
        m_changed.notify_all();
    }
}

} // namespace Airlock
