// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <expected>
#include <optional>

namespace Airlock {

class Connection;

// Whether SELinux enforces its rules on one process type, as the host's
// loaded policy says. SELinux can be enforcing while a single type is
// permissive (`semanage permissive -a svirt_t`, or a module with
// `(typepermissive svirt_t)`): its denials are then logged and allowed.
// libvirt's "enforcing" flag is the host's global mode and cannot tell.
struct TypeEnforcement
{
    Q_DECLARE_TR_FUNCTIONS(TypeEnforcement)
public:
    enum class State {
        Enforced, // the type is in the policy and not permissive
        Permissive, // the policy makes the type permissive
        Unknown, // the policy could not be read, or does not know the type
    };
    State state = State::Unknown;
    QString type;
    QString source; // the policy file read, e.g. /sys/fs/selinux/policy
    QString reason; // translated: why it is unknown, or where it was read

    bool isEnforced() const { return state == State::Enforced; }
};

// The host's loaded SELinux policy, reduced to what the proof needs: the
// types it defines and those it makes permissive. Read from the kernel's
// selinuxfs (read-only access is enough, as in the Flatpak) with libsepol.
class SelinuxPolicy
{
    Q_DECLARE_TR_FUNCTIONS(SelinuxPolicy)
public:
    // The selinuxfs of the connection's host: /sys/fs/selinux when the
    // connection is to this machine, nothing for a remote host (its kernel
    // is not ours to read). AIRLOCK_HOST_SELINUXFS names a directory that
    // holds a copy of the host's `policy` (and `enforce`) instead: the
    // SELinux lab's tests fetch them from the lab's kernel.
    static QString selinuxfsOf(const Connection &connection);

    // Reads and parses `<selinuxfs>/policy` (blocking, about a tenth of a
    // second for a distribution's policy: call on a worker). The error is a
    // translated sentence naming the file and what went wrong.
    static std::expected<SelinuxPolicy, QString> load(const QString &selinuxfs);
    // The same for a binary policy already in memory (tests, fuzzing).
    static std::expected<SelinuxPolicy, QString> fromImage(const QByteArray &image,
                                                           const QString &source);

    QString source() const { return m_source; }
    // The global mode from `<selinuxfs>/enforce`, when it could be read.
    std::optional<bool> enforcing() const { return m_enforcing; }
    bool defines(const QString &type) const { return m_types.contains(type); }
    bool isPermissive(const QString &type) const { return m_permissive.contains(type); }
    QSet<QString> permissiveTypes() const { return m_permissive; }

    // The verdict for one type; Unknown when the policy does not define it.
    TypeEnforcement enforcementOf(const QString &type) const;
    // The verdict for one type, where the policy could not be read.
    static TypeEnforcement unknown(const QString &type, const QString &reason);

private:
    QString m_source;
    QSet<QString> m_types;
    QSet<QString> m_permissive;
    std::optional<bool> m_enforcing;
};

} // namespace Airlock
