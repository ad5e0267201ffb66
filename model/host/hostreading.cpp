// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostreading.h"

#include "hypervisor/hostbridges.h"
#include "hypervisor/hostdevices.h"
#include "hypervisor/hypervisor.h"

#include <QTimer>
#include <QUrl>

namespace Airlock {

// What one trip to the workers brings back.
struct HostReading::Answer
{
    HostFacts::Versions versions;
    LibvirtResult<HostFacts> facts;
    // Read on their own when the facts could not be: they alone shape the XML.
    std::optional<HostCapabilities> capabilities;
    LibvirtResult<QList<HostDevice>> devices;
    LibvirtResult<QStringList> bridges;
    std::optional<ExistingNames> names;
    SmtState smt;
};

struct HostReading::PoolAnswer
{
    LibvirtResult<StoragePoolFacts> pool;
    std::optional<ExistingNames> names;
};

HostReading::HostReading(Hypervisor *hypervisor, QObject *parent)
    : QObject(parent), m_hypervisor(hypervisor)
{
    connect(hypervisor, &Hypervisor::opened, this, [this] {
        if (m_waitingForConnection) {
            m_waitingForConnection = false;
            query(m_attempt);
        } else if (m_state != State::NotRead) {
            start(); // someone opened another connection: another host, maybe
        }
    });
    connect(hypervisor, &Hypervisor::openFailed, this, [this](const LibvirtError &error) {
        // A failure that comes after the reading gave up says nothing new.
        if (m_waitingForConnection || m_state == State::Reading || m_state == State::Read)
            fail(error);
    });
    // A daemon that went away leaves a connection that only fails: drop it.
    // What was read is stale now; the next ensureRead() reads over a new
    // connection. Reconnecting is the page's decision (the Launch page asks
    // the user first).
    connect(hypervisor, &Hypervisor::connectionLost, this, [this] {
        m_hypervisor->close();
        ++m_attempt;
        m_waitingForConnection = false;
        clear();
        setState(State::NotRead);
        Q_EMIT finished();
    });
}

void HostReading::setPoolName(const QString &name)
{
    if (name == m_poolName)
        return;
    m_poolName = name;
    if (m_state == State::Read)
        readPool();
    else if (m_state == State::Reading)
        start(); // the reading under way asked for the old pool
}

void HostReading::ensureRead()
{
    if (!m_hypervisor)
        return;
    const bool current = m_uri == m_hypervisor->uri();
    if (current && (m_state == State::Reading || m_state == State::Read))
        return;
    start();
}

void HostReading::reread()
{
    start();
}

QString HostReading::failureReason() const
{
    if (m_connectError)
        return m_connectError->message;
    if (m_queryError)
        return m_queryError->message;
    return {};
}

void HostReading::clear()
{
    m_connectError.reset();
    m_queryError.reset();
    m_timedOut = false;
    m_facts.reset();
    m_capabilities.reset();
    m_versions = {};
    m_devices.clear();
    m_devicesProblem.clear();
    m_bridges.clear();
    m_bridgesProblem.clear();
    m_names.reset();
    m_smt = {};
}

void HostReading::start()
{
    if (!m_hypervisor)
        return;
    const quint64 attempt = ++m_attempt;
    m_waitingForConnection = false;
    m_uri = m_hypervisor->uri();
    clear();
    setState(State::Reading);
    Q_EMIT started();

    if (m_hypervisor->isOpen()) {
        query(attempt);
        return;
    }
    if (!m_hypervisor->isOpening() && !m_uri.isEmpty())
        m_hypervisor->open(m_uri);
    if (m_hypervisor->isOpening()) {
        m_waitingForConnection = true; // opened() or openFailed() goes on
        return;
    }
    // Answered through the event loop, like every other outcome.
    QMetaObject::invokeMethod(
            this,
            [this, attempt] {
                if (attempt == m_attempt)
                    fail(LibvirtError::fromMessage(tr("Airlock is not connected to %1.").arg(m_uri),
                                                   VIR_ERR_NO_CONNECT));
            },
            Qt::QueuedConnection);
}

void HostReading::armTimeout(quint64 attempt)
{
    // A daemon that stops answering must not hold anyone: after a while the
    // reading fails, and a late answer is dropped.
    QTimer::singleShot(m_timeout, this, [this, attempt] {
        if (attempt != m_attempt || m_state != State::Reading)
            return;
        ++m_attempt;
        m_waitingForConnection = false;
        m_timedOut = true;
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
        m_queryError = LibvirtError::fromMessage(
                tr("libvirt did not answer within %1 seconds.").arg(seconds));
        // A pool reading that hangs leaves what was read before it as stale
        // as a whole reading would: only the capabilities still hold.
        m_facts.reset();
        m_names.reset();
        if (m_devices.isEmpty())
            m_devicesProblem = m_queryError->message;
        if (m_bridges.isEmpty())
            m_bridgesProblem = m_queryError->message;
        setState(State::Failed);
        Q_EMIT finished();
    });
}

void HostReading::query(quint64 attempt)
{
    ++m_readCount;
    armTimeout(attempt);
    const QString pool = m_poolName;
    // SMT is a fact about the machine libvirt runs on: only readable here
    // when that machine is this one.
    const bool local = QUrl(m_uri).host().isEmpty();
    m_hypervisor
            ->run([pool, local, root = m_root](const Connection &connection) {
                Answer answer;
                answer.facts = HostFacts::query(connection, pool);
                // Known even when the rest could not be read.
                answer.versions = answer.facts ? answer.facts->versions
                                               : HostFacts::Versions::query(connection);
                if (answer.facts) {
                    if (auto names = ExistingNames::query(connection, pool))
                        answer.names = *names;
                } else if (const auto xml = connection.capabilitiesXml()) {
                    answer.capabilities = HostCapabilities::parse(*xml);
                }
                answer.devices = listHostDevices(connection);
                answer.bridges = listHostBridges(connection);
                if (local)
                    answer.smt = SmtState::read(root);
                return answer;
            })
            .then(this, [this, attempt](const Answer &answer) { accept(attempt, answer); });
}

void HostReading::accept(quint64 attempt, const Answer &answer)
{
    if (attempt != m_attempt || m_state != State::Reading)
        return;
    m_versions = answer.versions;
    m_smt = answer.smt;
    m_names = answer.names;
    if (answer.devices)
        m_devices = *answer.devices;
    else
        m_devicesProblem = answer.devices.error().message;
    if (answer.bridges)
        m_bridges = *answer.bridges;
    else
        m_bridgesProblem = answer.bridges.error().message;
    if (answer.facts) {
        m_facts = *answer.facts;
        m_capabilities = m_facts->capabilities;
        setState(State::Read);
    } else {
        m_capabilities = answer.capabilities;
        m_queryError = answer.facts.error();
        setState(State::Failed);
    }
    Q_EMIT finished();
}

void HostReading::readPool()
{
    if (!m_hypervisor)
        return;
    const quint64 attempt = ++m_attempt;
    ++m_poolReadCount;
    setState(State::Reading);
    Q_EMIT started();
    armTimeout(attempt);
    m_hypervisor
            ->run([pool = m_poolName](const Connection &connection) {
                PoolAnswer answer;
                answer.pool = HostFacts::queryPool(connection, pool);
                if (answer.pool) {
                    if (auto names = ExistingNames::query(connection, pool))
                        answer.names = *names;
                }
                return answer;
            })
            .then(this, [this, attempt](const PoolAnswer &answer) { acceptPool(attempt, answer); });
}

void HostReading::acceptPool(quint64 attempt, const PoolAnswer &answer)
{
    if (attempt != m_attempt || m_state != State::Reading)
        return;
    if (!answer.pool) {
        m_facts.reset();
        m_names.reset();
        m_queryError = answer.pool.error();
        setState(State::Failed);
    } else {
        if (m_facts) // a pool reading starts only from a whole one
            m_facts->pool = *answer.pool;
        m_names = answer.names;
        setState(State::Read);
    }
    Q_EMIT finished();
}

void HostReading::fail(const std::optional<LibvirtError> &connectError)
{
    ++m_attempt; // whatever was under way is dropped
    m_waitingForConnection = false;
    clear();
    if (m_hypervisor)
        m_uri = m_hypervisor->uri();
    m_connectError = connectError;
    if (connectError) {
        m_devicesProblem = connectError->message;
        m_bridgesProblem = connectError->message;
    }
    setState(State::Failed);
    Q_EMIT finished();
}

void HostReading::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

HostCapacity HostReading::capacity() const
{
    if (m_facts)
        return HostCapacity::fromFacts(*m_facts, m_smt);
    HostCapacity unknown;
    unknown.poolName = m_poolName;
    return unknown;
}

HostLimits HostReading::limits() const
{
    return capacity().limits();
}

DomainTarget HostReading::target(const QStringList &deviceNames) const
{
    // Without capabilities the XML keeps the hardened host's defaults (KVM,
    // SELinux).
    DomainTarget target
            = m_capabilities ? DomainTarget::fromCapabilities(*m_capabilities) : DomainTarget {};
    for (const HostDevice &device : m_devices) {
        // Names it did not list stay out: DomainXml::domain() reports them by key.
        if (deviceNames.contains(device.name))
            target.hostDevices.append(device);
    }
    return target;
}

} // namespace Airlock
