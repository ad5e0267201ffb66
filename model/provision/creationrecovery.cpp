// SPDX-License-Identifier: GPL-3.0-or-later
#include "creationrecovery.h"

#include <QLocale>

namespace Airlock {

namespace {

InterruptedCreation describe(const CreationRecord &record)
{
    InterruptedCreation creation;
    creation.record = record;
    creation.stoppedAt = CreationStep {record.step}.title();
    for (const JournalObject &object : record.objects) {
        if (object.state == JournalObject::State::Made)
            creation.made.append(object.description());
        else
            //: An object whose libvirt call the interruption may have cut short.
            creation.made.append(CreationRecovery::tr("perhaps %1").arg(object.description()));
    }
    return creation;
}

RecoveryResult fromFailure(const QString &name, const CreationFailure &failure)
{
    RecoveryResult result;
    result.name = name;
    result.undone = failure.undone;
    result.kept = failure.kept;
    result.leftovers = failure.leftovers;
    return result;
}

} // namespace

QString InterruptedCreation::summary() const
{
    const QString when = QLocale().toString(record.updated.toLocalTime(), QLocale::ShortFormat);
    if (made.isEmpty())
        return CreationRecovery::tr("The creation of “%1” was interrupted at “%2” (%3), before "
                                    "it made anything.")
                .arg(name(), stoppedAt, when);
    return CreationRecovery::tr("The creation of “%1” was interrupted at “%2” (%3). It had made: "
                                "%4.")
            .arg(name(), stoppedAt, when, made.join(QLatin1String("; ")));
}

QList<InterruptedCreation> CreationRecovery::find(const Connection &connection)
{
    QList<CreationRecord> records = CreationJournal::interrupted(connection.uri());
    std::sort(records.begin(), records.end(), [](const CreationRecord &a, const CreationRecord &b) {
        return a.started < b.started;
    });
    QList<InterruptedCreation> creations;
    for (const CreationRecord &record : std::as_const(records))
        creations.append(describe(record));
    return creations;
}

RecoveryResult CreationRecovery::undo(const Connection &connection,
                                      const InterruptedCreation &creation,
                                      const CreationPlan::Callbacks &callbacks)
{
    auto journal = CreationJournal::resume(creation.record.path);
    if (!journal) {
        RecoveryResult result;
        result.name = creation.name();
        result.message = journal.error();
        return result;
    }
    CreationPlan plan(std::move(*journal));
    RecoveryResult result = fromFailure(creation.name(), plan.undoJournal(connection, callbacks));
    result.ok = result.leftovers.isEmpty();
    result.message = result.ok ? tr("The interrupted creation of “%1” is undone: everything it had "
                                    "made is removed.")
                                         .arg(creation.name())
                               : tr("Airlock could not remove everything the interrupted creation "
                                    "of “%1” had made; the list says how to remove each by hand, "
                                    "or try again once libvirt answers.")
                                         .arg(creation.name());
    return result;
}

RecoveryResult CreationRecovery::finish(const Connection &connection,
                                        const InterruptedCreation &creation,
                                        const CreationPlan::Callbacks &callbacks,
                                        const std::atomic_bool &cancel)
{
    auto journal = CreationJournal::resume(creation.record.path);
    if (!journal) {
        RecoveryResult result;
        result.name = creation.name();
        result.message = journal.error();
        return result;
    }
    CreationPlan plan(std::move(*journal));
    const auto outcome = plan.finishJournal(connection, callbacks, cancel);
    if (!outcome) {
        RecoveryResult result = fromFailure(creation.name(), outcome.error());
        result.failure = outcome.error();
        result.message = outcome.error().text();
        return result;
    }
    RecoveryResult result;
    result.name = creation.name();
    result.ok = true;
    result.created = *outcome;
    result.message
            = tr("The interrupted creation of “%1” is finished: the VM runs.").arg(creation.name());
    return result;
}

} // namespace Airlock
