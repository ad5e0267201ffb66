// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Airlock {

// A snapshot of a VM as libvirt lists it.
struct SnapshotInfo
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotInfo)
public:
    enum class Kind {
        // Inside the qcow2 disk file; with the memory when the VM ran.
        Internal,
        // Disk only: the disk as it was stays frozen in a base file and
        // everything written since goes to an overlay file on top of it.
        External,
    };

    QString name;
    QString description;
    QDateTime created;
    Kind kind = Kind::Internal;
    bool withMemory = false; // reverting resumes the VM where it was
    QString state; // libvirt's word for the VM's state then: "running", "shutoff", "disk-snapshot"
    bool current = false;
    QString disk; // External: the system disk's target ("vda")
    QString base; // External: the frozen file the disk returns to
    QString overlay; // External: the overlay the snapshot started
    // UEFI: the VM keeps firmware settings (NVRAM) beside its disk; a revert
    // resets them to the firmware's defaults.
    bool firmwareSettings = false;

    QString kindText() const; // "Disk and memory", "Disk only (overlay file)"
    QString revertText() const; // what reverting to it does, in a sentence or two
    // What a revert brings back and what it does not, in plain words.
    QString restoresText() const;
    QString doesNotRestoreText() const;
};

// Which kind of snapshot this VM gets on this host, and why: from what
// libvirt answered when asked, never from its version.
struct SnapshotKindOffer
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotKindOffer)
public:
    enum class Reason {
        NotAskedYet, // no snapshot yet: libvirt is asked at the first
        FullTaken, // libvirt took a full (internal) snapshot of this VM
        FullRefused, // libvirt refused a full one: `libvirtWords` says why
        OnOverlay, // the disk sits on an overlay since a disk-only snapshot
    };

    SnapshotInfo::Kind kind = SnapshotInfo::Kind::Internal;
    Reason reason = Reason::NotAskedYet;
    QString libvirtWords;

    QString text() const; // one sentence for the user
};

// What a known-good snapshot came out as.
struct SnapshotTaken
{
    SnapshotInfo snapshot;
    // Why libvirt refused an internal snapshot, when it did and a disk-only
    // one was taken instead.
    QString internalRefusal;
};

// What a revert did besides the revert itself.
struct RevertOutcome
{
    QString snapshot;
    bool stopped = false; // the VM ran and was turned off for the revert
    bool restarted = false; // and was started again
    QString restartError; // libvirt's words when it would not start again
    QStringList removed; // overlay files and snapshot records dropped, one line each
    bool nvramReset = false; // the firmware settings were reset to the firmware's template
    QString nvramError; // libvirt's words when they could not be
};

// What deleting a snapshot did.
struct SnapshotDeleted
{
    QString snapshot;
    QStringList removed; // files that nothing needed any more, one line each
    QStringList kept; // files still needed by the disk or a newer snapshot, one line each
};

// Known-good snapshots: internal where libvirt allows them, disk-only
// (external) where it refuses (libvirt 9.0 and UEFI firmware). libvirt 9.0
// cannot revert external snapshots; revert() does it through the storage
// API, so it works over remote connections as well. Every call blocks: run
// it through Hypervisor::run.
class Snapshots
{
    Q_DECLARE_TR_FUNCTIONS(Snapshots)
public:
    // "known-good", then "known-good-2", … whichever is free.
    static QString nextKnownGoodName(const QList<SnapshotInfo> &existing);

    static LibvirtResult<QList<SnapshotInfo>> list(const Connection &connection,
                                                   const QString &domainName);
    static LibvirtResult<SnapshotTaken> takeKnownGood(const Connection &connection,
                                                      const QString &domainName);
    static LibvirtResult<SnapshotTaken> take(const Connection &connection,
                                             const QString &domainName, const QString &name,
                                             const QString &description);
    // Returns the VM to the snapshot. A running VM is turned off first when the
    // snapshot is external (the caller asks the user before).
    // A UEFI VM's firmware settings (NVRAM) return to the firmware's
    // template: a revert through libvirt asks for it with
    // VIR_DOMAIN_SNAPSHOT_REVERT_RESET_NVRAM, a start with
    // VIR_DOMAIN_START_RESET_NVRAM; a VM that stays off after the revert is
    // started paused with the reset and turned off again. A libvirt that
    // does not know the flag says so, and the revert goes on without it.
    static LibvirtResult<RevertOutcome> revert(const Connection &connection,
                                               const QString &domainName,
                                               const QString &snapshotName);
    // Internal snapshots through libvirt; disk-only ones (libvirt 9.0 cannot
    // delete them) drop their record and every overlay file nothing needs
    // any more. A file the VM's disk or a newer snapshot is built on stays:
    // merging it away would take a block commit.
    static LibvirtResult<SnapshotDeleted> remove(const Connection &connection,
                                                 const QString &domainName,
                                                 const QString &snapshotName);
    static SnapshotKindOffer kindOffered(const QList<SnapshotInfo> &existing,
                                         const QString &refusal = {});
};

} // namespace Airlock
