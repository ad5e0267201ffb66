// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/creationjournal.h"
#include "provision/creationplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Airlock {

// A creation that a crash, a power loss or the daemon going away cut short:
// its journal is left, and no process runs it.
struct InterruptedCreation
{
    CreationRecord record;
    QStringList made; // what it made and is still there, one line each, for the user
    QString stoppedAt; // the title of the step it reached

    QString name() const { return record.spec.name; }
    // "The creation of “nixos” was interrupted at “Create the VM's disk” …"
    QString summary() const;
};

// What undoing or finishing one did.
struct RecoveryResult
{
    QString name;
    bool ok = false;
    QString message; // one sentence: what happened and, on failure, what to do
    QStringList undone; // objects removed
    QStringList kept; // objects kept on purpose (another VM uses them)
    QStringList leftovers; // objects Airlock could not remove, each with how to
    std::optional<CreationResult> created; // finish: the VM made
    std::optional<CreationFailure> failure; // finish: why it did not run
};

// Finding and resolving interrupted creations, for the home window (through
// Hypervisor::run: each call blocks) and airlock --recover. Only what the
// journal says the creation made is ever touched.
class CreationRecovery
{
    Q_DECLARE_TR_FUNCTIONS(CreationRecovery)
public:
    // The interrupted creations on this connection, oldest first.
    static QList<InterruptedCreation> find(const Connection &connection);
    // Removes what it made, in reverse order; each removal is journalled, so
    // that a crash meanwhile is recoverable in turn.
    static RecoveryResult undo(const Connection &connection, const InterruptedCreation &creation,
                               const CreationPlan::Callbacks &callbacks = {});
    // Makes the VM after all, with the same spec, keeping its disk and ISO.
    static RecoveryResult finish(const Connection &connection, const InterruptedCreation &creation,
                                 const CreationPlan::Callbacks &callbacks,
                                 const std::atomic_bool &cancel);
};

} // namespace Airlock
