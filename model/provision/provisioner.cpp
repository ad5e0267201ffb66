// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisioner.h"

#include "hypervisor/hypervisor.h"

#include <QPointer>

namespace Airlock {

// What the worker and the GUI thread share. The worker may outlive the
// Provisioner (a slow rollback while the window closes): it holds this, not
// the QObject, and posts to the QObject only through a QPointer checked in
// the GUI thread.
struct Provisioner::Shared
{
    explicit Shared(const VmSpec &spec) : plan(spec) { }
    CreationPlan plan;
    std::atomic_bool cancel {false};
};

Provisioner::Provisioner(Hypervisor *hypervisor, const VmSpec &spec, QObject *parent)
    : QObject(parent), m_hypervisor(hypervisor), m_shared(std::make_shared<Shared>(spec))
{ }

Provisioner::~Provisioner()
{
    m_shared->cancel = true;
}

const VmSpec &Provisioner::spec() const
{
    return m_shared->plan.spec();
}

CreationPlan::Callbacks Provisioner::callbacks()
{
    // Every callback runs on the worker; each hops to the GUI thread.
    const QPointer<Provisioner> self(this);
    const auto post = [self](auto emitter) {
        QMetaObject::invokeMethod(
                qApp,
                [self, emitter] {
                    if (self)
                        emitter(self.data());
                },
                Qt::QueuedConnection);
    };
    CreationPlan::Callbacks callbacks;
    callbacks.started
            = [post](int step) { post([step](Provisioner *p) { Q_EMIT p->stepStarted(step); }); };
    callbacks.progress = [post](int step, qint64 done, qint64 total) {
        post([=](Provisioner *p) { Q_EMIT p->stepProgress(step, done, total); });
    };
    callbacks.finished = [post](int step, const QString &detail) {
        post([=](Provisioner *p) { Q_EMIT p->stepFinished(step, detail); });
    };
    callbacks.skipped = [post](int step, const QString &detail) {
        post([=](Provisioner *p) { Q_EMIT p->stepSkipped(step, detail); });
    };
    callbacks.undoing
            = [post](int step) { post([step](Provisioner *p) { Q_EMIT p->stepUndoing(step); }); };
    callbacks.undone = [post](int step, bool ok) {
        post([=](Provisioner *p) { Q_EMIT p->stepUndone(step, ok); });
    };
    callbacks.inject = m_inject;
    return callbacks;
}

void Provisioner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_shared->cancel = false;
    auto shared = m_shared;
    const CreationPlan::Callbacks calls = callbacks();
    m_hypervisor
            ->run([shared, calls](const Connection &connection) {
                return shared->plan.run(connection, calls, shared->cancel);
            })
            .then(this, [this](const std::expected<CreationResult, CreationFailure> &outcome) {
                // Queued behind the step signals the worker posted, even when
                // Qt 6.4 runs this continuation inside start() (a fast driver).
                QMetaObject::invokeMethod(
                        this,
                        [this, outcome] {
                            m_running = false;
                            if (outcome)
                                Q_EMIT succeeded(*outcome);
                            else
                                Q_EMIT failed(outcome.error());
                        },
                        Qt::QueuedConnection);
            });
}

void Provisioner::cancel()
{
    m_shared->cancel = true;
}

bool Provisioner::hasLeftovers() const
{
    return m_shared->plan.hasLeftovers();
}

void Provisioner::removeLeftovers()
{
    auto shared = m_shared;
    const CreationPlan::Callbacks calls = callbacks();
    m_hypervisor
            ->run([shared, calls](const Connection &connection) {
                return shared->plan.undoLeftovers(connection, calls);
            })
            .then(this, [this](const QStringList &stillLeft) {
                QMetaObject::invokeMethod(
                        this, [this, stillLeft] { Q_EMIT leftoversCleared(stillLeft); },
                        Qt::QueuedConnection);
            });
}

} // namespace Airlock
