// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostinspector.h"

#include "hostreading.h"
#include "hypervisor/hypervisor.h"

#include <QFuture>
#include <QPromise>
#include <QTimer>

#include <utility>

namespace Airlock {

HostInspector::HostInspector(const HostRoot &root, QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_askFwupd(root.isSystemRoot())
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(3);
    m_pool->setObjectName(QStringLiteral("host checks"));
}

HostInspector::~HostInspector()
{
    delete m_run;
    // A D-Bus call stuck on a wedged bus must not hold up closing: the
    // workers own copies of all they touch, so they may outlive us.
    if (!m_pool->waitForDone(1000))
        (void)m_pool.release();
}

void HostInspector::start(HostReading *reading)
{
    delete m_run;
    m_run = new QObject(this);
    m_results.clear();
    m_waitingForHypervisor.clear();
    m_running = true;

    m_context = HostContext();
    m_context.root = m_root;
    m_context.uri = reading->hypervisor() ? reading->hypervisor()->uri() : reading->uri();
    m_context.poolName = reading->poolName();
    m_context.askFwupd = m_askFwupd;
    Q_EMIT started();

    for (const QString &id : HostChecks::ids()) {
        if (HostChecks::needsHypervisor(id, m_context))
            m_waitingForHypervisor.append(id);
        else
            runCheck(id);
    }

    reading->ensureRead();
    if (reading->isFinished()) {
        readingFinished(*reading);
        return;
    }
    connect(
            reading, &HostReading::finished, m_run, [this, reading] { readingFinished(*reading); },
            Qt::SingleShotConnection);
}

void HostInspector::runCheck(const QString &id)
{
    auto promise = std::make_shared<QPromise<std::optional<HostCheck>>>();
    QFuture<std::optional<HostCheck>> future = promise->future();
    promise->start();
    // The continuation is in place before the work starts, so every answer
    // arrives through the event loop, never from inside start().
    future.then(m_run, [this, id](const std::optional<HostCheck> &check) {
        if (check)
            report(*check);
        else if (m_context.answered)
            runCheck(id); // libvirt answered while this check found it needed it
        else
            m_waitingForHypervisor.append(id);
    });
    m_pool->start([promise, id, context = m_context] {
        promise->addResult(HostChecks::run(id, context));
        promise->finish();
    });
    QTimer::singleShot(checkTimeout, m_run, [this, id] {
        if (!m_results.contains(id) && !m_waitingForHypervisor.contains(id))
            report(HostChecks::timedOut(id, int(checkTimeout.count()), m_context));
    });
}

void HostInspector::readingFinished(const HostReading &reading)
{
    if (m_context.answered)
        return;
    if (const auto connectError = reading.connectError())
        m_context.setConnectError(*connectError);
    else if (reading.facts())
        m_context.setFacts(*reading.facts());
    else
        m_context.setFacts(std::unexpected(
                reading.queryError().value_or(LibvirtError::fromMessage(reading.failureReason()))));
    m_context.versions = reading.versions();
    const QStringList waiting = std::exchange(m_waitingForHypervisor, {});
    // Connected, but the daemon did not answer: the reading was abandoned.
    const int seconds
            = int(std::chrono::duration_cast<std::chrono::seconds>(reading.timeout()).count());
    for (const QString &id : waiting) {
        if (reading.hasTimedOut())
            report(HostChecks::timedOut(id, seconds, m_context));
        else
            runCheck(id);
    }
}

void HostInspector::report(const HostCheck &check)
{
    if (m_results.contains(check.id))
        return;
    m_results.insert(check.id, check);
    Q_EMIT checkFinished(check);
    if (m_results.size() == HostChecks::ids().size()) {
        m_running = false;
        Q_EMIT finished();
    }
}

QList<HostCheck> HostInspector::results() const
{
    QList<HostCheck> ordered;
    for (const QString &id : HostChecks::ids()) {
        if (const auto found = m_results.constFind(id); found != m_results.cend())
            ordered.append(*found);
    }
    return ordered;
}

std::optional<HostCheck> HostInspector::result(const QString &id) const
{
    if (const auto found = m_results.constFind(id); found != m_results.cend())
        return *found;
    return std::nullopt;
}

} // namespace Airlock
