// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/snapshots.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QFrame;
class QTreeWidget;

namespace Airlock {

class Hypervisor;
class NoticeLabel;

// The VM's snapshots: each with when it was taken and what kind it is, and
// a revert that says what it will do and asks before doing it.
class SnapshotPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotPanel(Hypervisor *hypervisor, QWidget *parent = nullptr);

    void setDomain(const QString &domainName);
    // Whether the VM runs now: an external revert turns it off first.
    void setRunning(bool running) { m_running = running; }
    void refresh();
    // While the NixOS installer runs a snapshot keeps only the installer's
    // live system: the panel says so, and taking one asks first.
    void setInstalling(bool installing);
    bool isInstalling() const { return m_installing; }
    // Takes it, or while installing asks first; takeConfirmed() takes it.
    void takeKnownGood();
    void takeConfirmed();
    void cancelTake();
    // Asks to confirm; revertConfirmed() does it.
    void requestRevert();
    void revertConfirmed();
    void cancelRevert();

    bool isBusy() const { return m_busy; }
    const QList<SnapshotInfo> &snapshots() const { return m_snapshots; }
    QTreeWidget *list() const { return m_list; }
    QString statusText() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    void taken(const Airlock::SnapshotTaken &taken);
    void reverted(const Airlock::RevertOutcome &outcome);
    // A revert begins: the VM may be turned off by Airlock for it.
    void revertStarted();

private:
    void setBusy(bool busy, const QString &text = {});
    void buildTakeConfirmation();
    void updateIntro();
    void showSnapshots(const QList<SnapshotInfo> &snapshots);
    void updateSelection();
    const SnapshotInfo *selected() const;

    Hypervisor *const m_hypervisor;
    QString m_domain;
    QList<SnapshotInfo> m_snapshots;
    bool m_busy = false;
    bool m_running = false;
    bool m_installing = false;
    QLabel *const m_intro;
    QTreeWidget *const m_list;
    QLabel *const m_selectedText;
    QPushButton *const m_revert;
    QFrame *const m_confirm;
    QLabel *const m_confirmText;
    QPushButton *const m_confirmRevert;
    QPushButton *const m_keep;
    QFrame *const m_takeConfirm;
    QLabel *const m_takeConfirmText;
    QPushButton *const m_takeAnyway;
    QPushButton *const m_takeLater;
    NoticeLabel *const m_status;
};

} // namespace Airlock
