// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor.h"

#include <QPointer>
#include <QTimer>

#include <libvirt-glib/libvirt-glib.h>

namespace Airlock {

// Lives as long as libvirt's callback registrations; forwards to the
// Hypervisor while it exists.
class EventSink
{
public:
    explicit EventSink(Hypervisor *target) : m_target(target) { }

    void detach() { m_target = nullptr; }

    static int lifecycle(virConnectPtr, virDomainPtr domain, int event, int detail, void *opaque)
    {
        auto *sink = static_cast<EventSink *>(opaque);
        if (sink->m_target) {
            const QString name = QString::fromUtf8(virDomainGetName(domain));
            Q_EMIT sink->m_target->domainLifecycleChanged(
                    name, static_cast<Hypervisor::DomainEvent>(event), detail);
        }
        return 0;
    }

    static void closed(virConnectPtr, int reason, void *opaque)
    {
        auto *sink = static_cast<EventSink *>(opaque);
        if (!sink->m_target)
            return;
        QString text;
        switch (reason) {
        case VIR_CONNECT_CLOSE_REASON_EOF:
            text = Hypervisor::tr("The libvirt daemon closed the connection.");
            break;
        case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
            text = Hypervisor::tr("The libvirt daemon stopped answering.");
            break;
        case VIR_CONNECT_CLOSE_REASON_ERROR:
            text = Hypervisor::tr("The connection to the libvirt daemon broke.");
            break;
        default:
            text = Hypervisor::tr("The connection to the libvirt daemon was closed.");
            break;
        }
        Q_EMIT sink->m_target->connectionLost(text);
    }

    // Shared by both registrations and the Hypervisor; the last to let go frees it.
    static void release(void *opaque)
    {
        auto *sink = static_cast<EventSink *>(opaque);
        if (--sink->m_references == 0)
            delete sink;
    }

    int m_references = 3;

private:
    QPointer<Hypervisor> m_target;
};

namespace {

void ignoreLibvirtError(void *, virErrorPtr) { }

} // namespace

Hypervisor::Hypervisor(QObject *parent) : QObject(parent), m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(4);
    m_pool->setObjectName(QStringLiteral("libvirt workers"));
}

Hypervisor::~Hypervisor()
{
    releaseEvents();
    // A call stuck on a dead daemon must not hold up quitting: the workers
    // own copies of everything they touch, so they may outlive us.
    if (!m_pool->waitForDone(2000))
        (void)m_pool.release();
}

void Hypervisor::initializeLibvirt()
{
    static const bool initialized = [] {
        virInitialize();
        virSetErrorFunc(nullptr, ignoreLibvirtError);
        gvir_event_register();
        return true;
    }();
    Q_UNUSED(initialized);
}

void Hypervisor::open(const QString &uri, std::chrono::milliseconds timeout)
{
    close();
    m_uri = uri;
    m_opening = true;
    const quint64 attempt = ++m_openAttempt;

    auto promise = std::make_shared<QPromise<LibvirtResult<Connection>>>();
    QFuture<LibvirtResult<Connection>> future = promise->future();
    promise->start();
    m_pool->start([promise, uri] {
        promise->addResult(Connection::open(uri));
        promise->finish();
    });

    QTimer::singleShot(timeout, this, [this, attempt, timeout, uri] {
        if (attempt != m_openAttempt || !m_opening)
            return;
        ++m_openAttempt; // the late answer, if any, is dropped
        m_opening = false;
        Q_EMIT openFailed(LibvirtError::fromMessage(
                tr("No answer from %1 within %n second(s). Check that the host is reachable and "
                   "that its libvirt daemon is running.",
                   nullptr, int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()))
                        .arg(uri)));
    });

    // A fast driver can finish before then() is attached, and Qt 6.4 then runs
    // the continuation inside this call: queue it, so opened()/openFailed()
    // always arrive after open() returns.
    future.then(this, [this, attempt](const LibvirtResult<Connection> &result) {
        QMetaObject::invokeMethod(
                this, [this, attempt, result] { finishOpen(attempt, result); },
                Qt::QueuedConnection);
    });
}

void Hypervisor::finishOpen(quint64 attempt, const LibvirtResult<Connection> &result)
{
    if (attempt != m_openAttempt)
        return;
    m_opening = false;
    if (!result) {
        Q_EMIT openFailed(result.error());
        return;
    }
    adopt(*result);
    Q_EMIT opened();
}

void Hypervisor::adopt(const Connection &connection)
{
    m_connection = connection;
    m_events = new EventSink(this);
    // libvirt takes every event's callback as one generic type and calls it
    // back with the event's own signature (what VIR_DOMAIN_EVENT_CALLBACK
    // casts away); going through void (*)() tells compilers it is meant.
    const auto lifecycle = reinterpret_cast<virConnectDomainEventGenericCallback>(
            reinterpret_cast<void (*)()>(&EventSink::lifecycle));
    m_lifecycleCallback = virConnectDomainEventRegisterAny(connection.get(), nullptr,
                                                           VIR_DOMAIN_EVENT_ID_LIFECYCLE, lifecycle,
                                                           m_events, EventSink::release);
    if (m_lifecycleCallback < 0)
        EventSink::release(m_events);
    if (virConnectRegisterCloseCallback(connection.get(), EventSink::closed, m_events,
                                        EventSink::release)
        < 0) {
        EventSink::release(m_events);
    }
}

void Hypervisor::releaseEvents()
{
    if (!m_events)
        return;
    m_events->detach();
    EventSink::release(m_events);
    // Deregistering talks to the daemon; a dead one must not block the GUI.
    m_pool->start([connection = m_connection, callback = m_lifecycleCallback] {
        if (callback >= 0)
            virConnectDomainEventDeregisterAny(connection.get(), callback);
        virConnectUnregisterCloseCallback(connection.get(), EventSink::closed);
    });
    m_events = nullptr;
    m_lifecycleCallback = -1;
}

void Hypervisor::close()
{
    ++m_openAttempt;
    m_opening = false;
    releaseEvents();
    m_connection = Connection();
}

} // namespace Airlock
