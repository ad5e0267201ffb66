// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proof/isolationproof.h"
#include "provision/vmlist.h"
#include "statusicon.h"

#include <QDateTime>
#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace Airlock {

// One VM on the home window: its name, state and live verdict as a badge
// (icon and word), when that was checked, and its actions one click away.
// A VM Airlock did not make is shown greyed, with only "Check its isolation".
class VmRow : public QFrame
{
    Q_OBJECT
public:
    explicit VmRow(const VmEntry &entry, QWidget *parent = nullptr);

    void setEntry(const VmEntry &entry);
    const VmEntry &entry() const { return m_entry; }
    QString name() const { return m_entry.name; }
    // The proof of the running VM as read at `checkedAt`; nullopt: not read.
    void setProof(const std::optional<IsolationProof::Verdict> &verdict,
                  const QDateTime &checkedAt);
    void setProofFailed(const QString &reason);
    // Rewrites "checked just now" as the time goes by.
    void updateCheckedText();

    Status verdictStatus() const { return m_verdictStatus; }
    QString verdictText() const;
    QString installerText() const;
    QString checkedText() const;
    // The row's buttons, left to right, as Tab reaches them.
    QList<QWidget *> focusOrder() const;

Q_SIGNALS:
    void consoleRequested(const QString &name);
    void openRequested(const QString &name);
    void startRequested(const QString &name);
    void shutdownRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void updateBadge();
    void updateButtons();
    void setBadge(Status status, const QString &text);

    VmEntry m_entry;
    std::optional<IsolationProof::Verdict> m_verdict;
    QDateTime m_checkedAt;
    QString m_proofProblem;
    Status m_verdictStatus = Status::Unknown;
    QLabel *const m_name;
    QLabel *const m_state;
    QLabel *const m_badgeIcon;
    QLabel *const m_badge;
    QLabel *const m_installer;
    QLabel *const m_checked;
    QPushButton *const m_console;
    QPushButton *const m_open;
    QPushButton *const m_start;
    QPushButton *const m_shutdown;
};

} // namespace Airlock
