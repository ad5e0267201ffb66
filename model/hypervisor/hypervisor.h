// SPDX-License-Identifier: GPL-3.0-or-later
// model/hypervisor/: the libvirt connection the rest of the model works
// through. Its RAII handles, blocking calls on workers (Hypervisor::run),
// lifecycle events through libvirt-glib, and the parsers of what libvirt
// says about the host (capabilities, host facts, node devices) and a domain's
// state. Uses nothing else of the model.
#pragma once

#include "connection.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <chrono>
#include <memory>
#include <type_traits>

namespace Airlock {

class EventSink;

// The connection the app works with. Blocking libvirt calls run on this
// object's own worker threads and come back as QFutures; libvirt's events
// arrive in the GUI thread through libvirt-glib's GLib event loop, which is
// the loop Qt runs on Linux.
class Hypervisor : public QObject
{
    Q_OBJECT
public:
    // libvirt's domain lifecycle events (virDomainEventType).
    enum class DomainEvent {
        Defined,
        Undefined,
        Started,
        Suspended,
        Resumed,
        Stopped,
        Shutdown,
        PmSuspended,
        Crashed,
    };
    Q_ENUM(DomainEvent)

    static constexpr std::chrono::seconds defaultOpenTimeout {30};

    explicit Hypervisor(QObject *parent = nullptr);
    ~Hypervisor() override;

    // Once per process, before the first connection: routes libvirt's events
    // and keepalives through the GLib main loop and keeps its errors off
    // stderr (they are reported where they happen).
    static void initializeLibvirt();

    // Opens `uri` on a worker; emits opened() or openFailed(). An open that
    // does not answer within `timeout` fails with a message saying so.
    void open(const QString &uri, std::chrono::milliseconds timeout = defaultOpenTimeout);
    void close();

    bool isOpen() const { return m_connection.isValid(); }
    bool isOpening() const { return m_opening; }
    QString uri() const { return m_uri; }
    Connection connection() const { return m_connection; }

    // Runs `work(connection)` on a worker thread. Continue in the GUI thread
    // with future.then(contextObject, …). The result must be copyable.
    template<typename Work>
    auto run(Work work) -> QFuture<std::invoke_result_t<Work &, const Connection &>>;

Q_SIGNALS:
    void opened();
    void openFailed(const Airlock::LibvirtError &error);
    void connectionLost(const QString &reason);
    void domainLifecycleChanged(const QString &domainName, Airlock::Hypervisor::DomainEvent event,
                                int detail);

private:
    friend class EventSink;
    void finishOpen(quint64 attempt, const LibvirtResult<Connection> &result);
    void adopt(const Connection &connection);
    void releaseEvents();

    std::unique_ptr<QThreadPool> m_pool;
    Connection m_connection;
    QString m_uri;
    quint64 m_openAttempt = 0;
    bool m_opening = false;
    EventSink *m_events = nullptr; // owned by libvirt's callback registration
    int m_lifecycleCallback = -1;
};

template<typename Work>
auto Hypervisor::run(Work work) -> QFuture<std::invoke_result_t<Work &, const Connection &>>
{
    using Result = std::invoke_result_t<Work &, const Connection &>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    m_pool->start([promise, connection = m_connection, work]() mutable {
        if constexpr (std::is_void_v<Result>) {
            work(connection);
        } else {
            promise->addResult(work(connection));
        }
        promise->finish();
    });
    return future;
}

} // namespace Airlock
