// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostchecks.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <chrono>
#include <memory>

namespace Airlock {

class HostReading;

// Runs the host checks off the GUI thread and reports each as it finishes.
// Checks that read only this computer's files answer at once; those that
// need libvirt wait for the connection's one HostReading. Nothing waits
// unbounded: a check that does not answer in time, or a reading that timed
// out, is reported as unknown.
class HostInspector : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds checkTimeout {10};

    explicit HostInspector(const HostRoot &root, QObject *parent = nullptr);
    ~HostInspector() override;

    HostRoot root() const { return m_root; }
    // Whether Secure Boot may be asked of fwupd when the EFI variable cannot
    // answer. Default: only when reading the real root "/".
    void setAskFwupd(bool ask) { m_askFwupd = ask; }
    bool asksFwupd() const { return m_askFwupd; }

    // Runs every check against `reading`, asking it to read the host unless
    // it has (its pool is the one the resources check judges). A new start
    // drops whatever the previous run had not yet reported.
    void start(HostReading *reading);
    bool isRunning() const { return m_running; }
    // The checks finished so far, in display order (HostChecks::ids()).
    QList<HostCheck> results() const;
    std::optional<HostCheck> result(const QString &id) const;
    int finishedCount() const { return int(m_results.size()); }

Q_SIGNALS:
    void started();
    void checkFinished(const Airlock::HostCheck &check);
    void finished();

private:
    void runCheck(const QString &id);
    void readingFinished(const HostReading &reading);
    void report(const HostCheck &check);

    HostRoot m_root;
    bool m_askFwupd;
    bool m_running = false;
    std::unique_ptr<QThreadPool> m_pool;
    // Owns the current run's connections and timers: deleting it drops
    // every late answer of that run.
    QPointer<QObject> m_run;
    HostContext m_context;
    QStringList m_waitingForHypervisor;
    QHash<QString, HostCheck> m_results;
};

} // namespace Airlock
