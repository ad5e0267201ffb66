// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Airlock {

// A check's verdict. "Unknown" is an honest answer: Airlock could not see
// (a sandbox, no libvirt) and the check says how to look by hand.
enum class CheckStatus { Pass, Warn, Fail, Unknown, Info };

// What a failed check means for going on: most can be accepted by naming the
// risk; without a libvirt connection nothing after this page can work.
enum class CheckGate { None, Acknowledge, Block };

// What a check's remedy is, so that it reads as what it is: a command that
// fixes, a command that only shows (to check by hand), a page to read, or
// steps outside the running system (the firmware setup at power-on).
enum class RemedyKind { Command, Inspect, Link, Steps };

// One finding about the host: what was read, where, and the command that
// fixes it. Every text is translated; evidence is the value as read.
struct HostCheck
{
    Q_DECLARE_TR_FUNCTIONS(HostCheck)
public:
    QString id; // stable: "selinux", "secure-boot", …
    CheckStatus status = CheckStatus::Unknown;
    QString title; // "SELinux"
    QString finding; // one line: "SELinux is enforcing."
    QString evidence; // the value read: "1"
    QString source; // where: "/sys/fs/selinux/enforce"
    QString remedy; // the exact command, or empty when nothing needs fixing
    RemedyKind remedyKind = RemedyKind::Command;
    // What the remedy is for, in a sentence; empty when its heading says enough.
    QString remedyPurpose;
    CheckGate gate = CheckGate::None;
    // For acknowledgeable failures: the risk in the user's words,
    // "I understand this VM will not be confined by SELinux".
    QString acknowledgement;
    // For a failure that follows from another check's failure: that check's
    // id. Accepting that risk accepts this one, so the user is asked once.
    QString coveredBy;

    bool isFailure() const { return status == CheckStatus::Fail; }

    // Whether any check failed: --check-host's exit code 1.
    static bool anyFailed(const QList<HostCheck> &checks);

    // {"id", "status", "title", "evidence", "source", "remedy"} as DESIGN.md
    // defines for --check-host --json.
    QJsonObject toJson() const;

    // "pass", "warn", "fail", "unknown", "info": the JSON words.
    static QString statusKey(CheckStatus status);
    static std::optional<CheckStatus> statusFromKey(const QString &key);
    // Translated words for people: "Passed", "Warning", …
    static QString statusWord(CheckStatus status);
};

} // namespace Airlock
