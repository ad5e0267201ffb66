// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/connection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <functional>

namespace Airlock {

// One thing deleting a VM removes, in the order the removal goes.
struct RemovalItem
{
    enum class Kind {
        TurnOff, // the running VM is turned off (destroyed) first
        Snapshot, // a snapshot's record (`name`)
        Domain, // the VM's definition, with its NVRAM and TPM state
        Overlay, // a disk-only snapshot's overlay volume (`pool`/`name`)
        Disk, // the VM's disk volume (`pool`/`name`)
        Address, // the VM's DHCP host entry on the network `name` (`mac`, `ipv4`)
        Iso, // the ISO volume (`pool`/`name`)
        Network, // Airlock's network `name`, stopped and undefined
        Filter, // Airlock's traffic filter `name`
    };

    Kind kind = Kind::Domain;
    QString name;
    QString pool;
    QString mac;
    QString ipv4;
    QString path; // a volume's file, when the pool said it
    QString text; // in words: "the disk “nixos.qcow2” in the pool “default”"
    QString manualCommand; // what removes it by hand when Airlock cannot

    static QString kindId(Kind kind); // the JSON's word: "turn-off", "disk", …
};

// Something that stays, and why.
struct KeptItem
{
    QString text;
    QString reason;

    QString line() const;
};

// Something the removal could not remove, with libvirt's words.
struct FailedItem
{
    RemovalItem item;
    QString error;

    QString line() const;
};

// What deleting a VM would do: the list the user confirms.
struct RemovalPlan
{
    Q_DECLARE_TR_FUNCTIONS(RemovalPlan)
public:
    QString domainName;
    QString uuid;
    bool running = false;
    // False for a VM of an older Airlock, which recorded nothing it made:
    // only the VM and its disk go.
    bool recorded = true;
    QString nvram; // the VM's UEFI variables file, removed with it
    QList<RemovalItem> items;
    QList<KeptItem> kept;

    // One line per item, then one per kept thing, for the user.
    QStringList lines() const;
};

// What a removal did.
struct RemovalOutcome
{
    QStringList removed; // one line each
    QList<KeptItem> kept;
    QList<FailedItem> failed;

    bool isComplete() const { return failed.isEmpty(); }
};

// Why Airlock will not plan a removal.
struct RemovalRefusal
{
    enum class Reason {
        NoSuchVm,
        NotMadeByAirlock,
        Unreadable, // the connection or the VM could not be read
    };
    Reason reason = Reason::Unreadable;
    QString message;
};

// One item as the removal passes it, for a progress view.
struct RemovalStep
{
    enum class Status { Removing, Removed, Kept, Failed };
    int index = 0;
    int count = 0;
    RemovalItem item;
    Status status = Status::Removing;
    QString line; // the outcome in words (empty while Removing)
};

// Deleting a VM Airlock made: exactly what its metadata records Airlock made
// for it, and nothing another domain still uses; never the storage pool,
// never anything not recorded, never a VM without Airlock's metadata. Both
// calls block: run them through Hypervisor::run.
class VmRemoval
{
    Q_DECLARE_TR_FUNCTIONS(VmRemoval)
public:
    using Progress = std::function<void(const RemovalStep &step)>;

    static std::expected<RemovalPlan, RemovalRefusal> plan(const Connection &connection,
                                                           const QString &name);
    // Removes the plan's items in order. Something another domain started
    // using since the plan is kept; when the VM cannot be turned off or
    // undefined, nothing after it is tried (each then fails with its command).
    static RemovalOutcome run(const Connection &connection, const RemovalPlan &plan,
                              const Progress &progress = {});
};

} // namespace Airlock
