// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostinspector.h"

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

void HostInspector::start(Hypervisor *hypervisor)
{
    delete m_run;
    m_run = new QObject(this);
    m_results.clear();
    m_waitingForHypervisor.clear();
    m_running = true;

    m_context = HostContext();
    m_context.root = m_root;
    m_context.uri = hypervisor->uri();
    m_context.poolName = m_poolName;
    m_context.askFwupd = m_askFwupd;
    Q_EMIT started();

    for (const QString &id : HostChecks::ids()) {
        if (HostChecks::needsHypervisor(id, m_context))
            m_waitingForHypervisor.append(id);
        else
            runCheck(id);
    }

    QObject *const run = m_run;
    const QString uri = m_context.uri;
    const QString poolName = m_poolName;
    const auto askHypervisor = [this, hypervisor, run, uri, poolName] {
        QTimer::singleShot(hypervisorTimeout, run, [this] { hypervisorTimedOut(); });
        hypervisor
                ->run([uri, poolName](const Connection &connection) {
                    return HypervisorReading::query(connection, uri, poolName);
                })
                .then(run,
                      [this](const HypervisorReading &reading) { hypervisorAnswered(reading); });
    };
    if (hypervisor->isOpen()) {
        askHypervisor();
    } else if (hypervisor->isOpening()) {
        // The Hypervisor bounds the open with its own timeout.
        connect(hypervisor, &Hypervisor::opened, run, askHypervisor, Qt::SingleShotConnection);
        connect(
                hypervisor, &Hypervisor::openFailed, run,
                [this, uri](const LibvirtError &error) {
                    hypervisorAnswered(HypervisorReading::failed(uri, error));
                },
                Qt::SingleShotConnection);
    } else {
        hypervisorAnswered(HypervisorReading::failed(
                uri, LibvirtError::fromMessage(tr("Airlock is not connected to %1.").arg(uri),
                                               VIR_ERR_NO_CONNECT)));
    }
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
        else if (m_context.hypervisor)
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

void HostInspector::hypervisorAnswered(const HypervisorReading &reading)
{
    if (m_context.hypervisor)
        return; // the timeout spoke first
    m_context.hypervisor = reading;
    const QStringList waiting = std::exchange(m_waitingForHypervisor, {});
    for (const QString &id : waiting)
        runCheck(id);
}

void HostInspector::hypervisorTimedOut()
{
    if (m_context.hypervisor)
        return;
    // Connected, but the daemon does not answer: the reading is abandoned.
    m_context.hypervisor = HypervisorReading();
    const QStringList waiting = std::exchange(m_waitingForHypervisor, {});
    for (const QString &id : waiting)
        report(HostChecks::timedOut(id, int(hypervisorTimeout.count()), m_context));
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
