// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/creationplan.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace Airlock {

class Hypervisor;

// Runs a CreationPlan off the GUI thread and reports each step as a signal
// in the GUI thread. Cancelling rolls back like a failure does.
class Provisioner : public QObject
{
    Q_OBJECT
public:
    Provisioner(Hypervisor *hypervisor, const VmSpec &spec, QObject *parent = nullptr);
    ~Provisioner() override;

    static QList<CreationStep> steps() { return CreationPlan::steps(); }
    const VmSpec &spec() const;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // After a failure that left objects behind (the daemon went away), removes
    // them on the hypervisor's current connection; emits leftoversCleared().
    void removeLeftovers();
    bool hasLeftovers() const;

    // For tests: called on the worker before each step; an error returned
    // makes that step fail as if libvirt had refused it.
    using FaultInjection = std::function<std::optional<LibvirtError>(CreationStepId)>;
    void setFaultInjection(FaultInjection inject) { m_inject = std::move(inject); }

Q_SIGNALS:
    void stepStarted(int step);
    void stepProgress(int step, qint64 done, qint64 total);
    void stepFinished(int step, const QString &detail);
    void stepSkipped(int step, const QString &detail);
    void stepUndoing(int step);
    void stepUndone(int step, bool ok);
    void succeeded(const Airlock::CreationResult &result);
    void failed(const Airlock::CreationFailure &failure);
    void leftoversCleared(const QStringList &stillLeft);

private:
    struct Shared;
    CreationPlan::Callbacks callbacks();

    Hypervisor *const m_hypervisor;
    std::shared_ptr<Shared> m_shared;
    FaultInjection m_inject;
    bool m_running = false;
};

} // namespace Airlock
