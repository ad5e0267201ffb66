// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/creationplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace Airlock {

// One object a creation makes, as its journal records it: enough to find it
// again and to undo it after a crash, when nothing but the journal is left.
struct JournalObject
{
    enum class Kind {
        Pool, // a storage pool defined, built and started
        PoolStarted, // an existing pool started
        Disk, // a volume: `pool`, `name`
        Iso, // the uploaded ISO volume: `pool`, `name`
        Network, // Airlock's network defined and started
        NetworkStarted, // an existing network started
        Filter, // an nwfilter defined
        DhcpHost, // a DHCP host entry: `network`, `mac`, `ipv4`
        Domain, // the VM defined
        Running, // the VM started
    };
    // Intended: written before the libvirt call that makes it, after the plan
    // checked that it did not exist; made: written after the call.
    enum class State { Intended, Made };

    Kind kind = Kind::Domain;
    State state = State::Intended;
    CreationStepId step = CreationStepId::Check;
    QString name; // the pool, volume, network, filter or domain
    QString pool; // volumes: their pool
    QString network; // DHCP hosts: their network
    QString mac;
    QString ipv4;

    static JournalObject ofPool(Kind kind, const QString &name);
    static JournalObject ofVolume(Kind kind, const QString &pool, const QString &name);
    static JournalObject ofNetwork(Kind kind, const QString &name);
    static JournalObject ofFilter(const QString &name);
    static JournalObject ofDhcpHost(const QString &network, const QString &mac,
                                    const QString &ipv4);
    static JournalObject ofDomain(Kind kind, const QString &name);

    bool sameObject(const JournalObject &other) const;
    // "the disk “nixos.qcow2” in the pool “default”", for the user.
    QString description() const;
    // How to remove it by hand when Airlock cannot.
    QString manualCommand() const;

    QJsonObject toJson() const;
    static std::optional<JournalObject> fromJson(const QJsonObject &object);
};

// What a journal holds: the creation as it stood at its last write.
struct CreationRecord
{
    QString path; // the journal's file
    QString uri; // the connection
    VmSpec spec;
    QDateTime started;
    QDateTime updated;
    CreationStepId step = CreationStepId::Check; // the step reached
    QString action = QStringLiteral("create"); // "create", "undo", "finish"
    QList<JournalObject> objects;

    QJsonObject toJson() const;
    static std::optional<CreationRecord> fromJson(const QByteArray &json, const QString &path);
};

// The journal of one creation: one small JSON file in Airlock's data
// directory (QStandardPaths::AppDataLocation/creations), rewritten
// atomically and durably at every change (temporary file, fsync, rename,
// fsync of the directory). While a creation runs it holds a lock beside the
// file, so that a second creation of the same name and recovery leave it
// alone. A finished creation, and a complete undo, remove the file.
class CreationJournal
{
    Q_DECLARE_TR_FUNCTIONS(CreationJournal)
public:
    CreationJournal(CreationJournal &&other) noexcept;
    CreationJournal &operator=(CreationJournal &&other) noexcept;
    CreationJournal(const CreationJournal &) = delete;
    CreationJournal &operator=(const CreationJournal &) = delete;
    ~CreationJournal();

    static QString directory();
    // The file of the creation of `name` on `uri`.
    static QString pathFor(const QString &uri, const QString &name);

    // Starts the journal of a new creation. Refuses (a full sentence: what,
    // where, what to do) when it cannot be written, when a creation of this
    // name on this connection is running, or when one was interrupted.
    static std::expected<CreationJournal, QString> begin(const QString &uri, const VmSpec &spec);
    // Takes over the journal of an interrupted creation, to undo or finish it.
    static std::expected<CreationJournal, QString> resume(const QString &path);

    // The creations on `uri` whose journal is left and that no process runs.
    static QList<CreationRecord> interrupted(const QString &uri);
    // Whether a process runs the creation of this journal now.
    static bool isRunning(const QString &path);

    const CreationRecord &record() const { return m_record; }

    // Each writes the journal at once; an error says what could not be written.
    std::expected<void, QString> setStep(CreationStepId step);
    std::expected<void, QString> setAction(const QString &action);
    std::expected<void, QString> intend(const JournalObject &object);
    std::expected<void, QString> made(const JournalObject &object);
    // The object is gone (undone, or its libvirt call failed): out of the journal.
    std::expected<void, QString> forget(const JournalObject &object);
    // Intentions whose call returned without making anything.
    std::expected<void, QString> forgetIntended();
    // Removes the journal: the creation is finished, or wholly undone.
    void close();

private:
    CreationJournal(CreationRecord record, int lockFd);
    std::expected<void, QString> write();

    CreationRecord m_record;
    int m_lockFd = -1;
};

// The JSON names of the kinds and steps, as the journal writes them.
QString journalName(JournalObject::Kind kind);
QString journalName(CreationStepId step);

} // namespace Airlock
