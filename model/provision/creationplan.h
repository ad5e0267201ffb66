// SPDX-License-Identifier: GPL-3.0-or-later
// model/provision/: making the VM. The creation plan, run step by step with
// an undo for each step (the Provisioner runs it off the GUI thread), and
// the snapshots of a VM once it exists. Uses the spec, the XML writer, the
// hypervisor and the media upload; the pages only watch it.
#pragma once

#include "domainxml/domainxml.h"
#include "hypervisor/connection.h"
#include "spec/specsection.h"
#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <expected>
#include <functional>
#include <optional>

namespace Airlock {

class CreationJournal;

// The steps of creating a VM, in the order they run.
enum class CreationStepId {
    Check, // the name is still free, the spec fits this host, what it references exists
    StoragePool, // the pool exists and runs (Airlock defines "default" when missing)
    Disk, // the thin qcow2 system disk
    Iso, // the ISO uploaded into the pool, unless it is there already
    Network, // Airlock's own network, defined and started if needed
    Define, // the domain
    Start, // and it runs
};

struct CreationStep
{
    CreationStepId id;
    QString title() const;
    bool operator==(const CreationStep &) const = default;
};

// What a successful run made.
struct CreationResult
{
    QString domainName;
    QString storagePool;
    QString diskVolume;
    IsoSource iso; // where the domain's CD-ROM reads from (a pool volume)
    QString networkName; // empty for "none" and "bridge"
    VmSpec spec; // the spec as created (its ISO pointing into the pool)
    QStringList created; // one line per object this run created, for the user
};

// Why a run stopped, and what it left behind.
struct CreationFailure
{
    int stepIndex = -1;
    CreationStepId step = CreationStepId::Check;
    bool cancelled = false;
    QString what; // "Creating the disk volume failed."
    QString libvirtMessage; // libvirt's (or the system's) own words, in full
    QString advice; // what to try now
    // Where the wizard leads back to: the section whose choice the failure
    // concerns, the Summary when it is none in particular.
    SpecSection concern = SpecSection::Summary;
    bool connectionLost = false;
    QStringList undone; // objects removed again
    QStringList kept; // made here but kept: another VM started using them meanwhile
    QStringList leftovers; // objects that could not be removed, each with how to remove it
    // When the check refused the spec itself before anything was made (a
    // size beyond this host, a device or folder Airlock never hands over):
    // its problems, by key. The command line exits 2 then, as for a spec
    // file that is invalid anywhere.
    SpecProblems refused;

    QString text() const; // what + libvirt's words + advice, for the command line
};

// The creation plan: each step with its own undo. It runs synchronously on
// the calling thread (a worker, never the GUI thread); if any step fails or
// the run is cancelled, every step done so far is undone in reverse order.
// Objects that existed before the run are never modified or removed.
// Each run keeps a journal (CreationJournal): every object is written there
// before and after the libvirt call that makes it, so that a creation cut
// short by a crash can be undone or finished later (CreationRecovery).
class CreationPlan
{
    Q_DECLARE_TR_FUNCTIONS(CreationPlan)
public:
    struct Callbacks
    {
        std::function<void(int step)> started;
        std::function<void(int step, qint64 done, qint64 total)> progress;
        std::function<void(int step, const QString &detail)> finished;
        std::function<void(int step, const QString &detail)> skipped;
        std::function<void(int step)> undoing;
        std::function<void(int step, bool ok)> undone;
        // Fault injection for the tests: an error returned here makes the
        // step fail as if libvirt had refused it.
        std::function<std::optional<LibvirtError>(CreationStepId)> inject;
    };

    explicit CreationPlan(const VmSpec &spec);
    // The plan of an interrupted creation, taking over its journal.
    explicit CreationPlan(CreationJournal &&journal);
    ~CreationPlan();
    CreationPlan(const CreationPlan &) = delete;
    CreationPlan &operator=(const CreationPlan &) = delete;

    static QList<CreationStep> steps();
    // The spec as creation defines it: an ISO file becomes a volume of the
    // spec's storage pool, named `isoVolume` (what the upload chose; when
    // empty, the name the upload takes when it is free). A volume stays.
    static VmSpec definedSpec(const VmSpec &spec, const QString &isoVolume = {});
    const VmSpec &spec() const { return m_spec; }

    std::expected<CreationResult, CreationFailure> run(const Connection &connection,
                                                       const Callbacks &callbacks,
                                                       const std::atomic_bool &cancel);

    // After a failure that lost the connection, undoes what could not be
    // undone then, on a new connection. Returns the objects still left.
    QStringList undoLeftovers(const Connection &connection, const Callbacks &callbacks);
    bool hasLeftovers() const;

    // With the journal of an interrupted creation: undoes exactly what it
    // says was made (an intended object when it exists now), each removal
    // journalled; the journal is removed once nothing is left. The result
    // lists what was undone, kept and left.
    CreationFailure undoJournal(const Connection &connection, const Callbacks &callbacks);
    // Or makes the VM after all: undoes what is cheap to make again, then
    // runs the plan again with the same spec, adopting the disk, the
    // uploaded ISO and the pool the journal says were made.
    std::expected<CreationResult, CreationFailure> finishJournal(const Connection &connection,
                                                                 const Callbacks &callbacks,
                                                                 const std::atomic_bool &cancel);

private:
    struct Undo;
    struct Private;
    std::optional<CreationFailure> openJournal(const Connection &connection);
    bool dropVanishedJournal(const Connection &connection);
    void loadJournal(const Connection &connection);
    LibvirtResult<QString> undoOne(const Connection &connection, const Undo &undo);
    // Undoes what was made and completes the failure with what was removed.
    CreationFailure rollBack(const Connection &connection, const Callbacks &callbacks,
                             CreationFailure failure);
    VmSpec m_spec;
    std::unique_ptr<Private> d;
};

} // namespace Airlock
