// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/snapshots.h"

#include <QWidget>

class QLabel;
class QLayout;
class QPushButton;
class QFrame;
class QTreeWidget;

namespace Airlock {

class Hypervisor;
class NoticeLabel;

// The VM's snapshots: take a known-good one now, each listed with when it
// was taken and what kind it is, which kind this host gives and why, and a
// revert and a delete that say what they will do and ask before doing it.
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
    // Asks to confirm, naming the snapshot; deleteConfirmed() deletes it.
    void requestDelete();
    void deleteConfirmed();
    void cancelDelete();

    bool isBusy() const { return m_busy; }
    const QList<SnapshotInfo> &snapshots() const { return m_snapshots; }
    QTreeWidget *list() const { return m_list; }
    QString statusText() const;
    QString kindText() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    void taken(const Airlock::SnapshotTaken &taken);
    void reverted(const Airlock::RevertOutcome &outcome);
    // A revert begins: the VM may be turned off by Airlock for it.
    void revertStarted();
    void deleted(const Airlock::SnapshotDeleted &deleted);

private:
    void setBusy(bool busy, const QString &text = {});
    void buildTakeConfirmation();
    void buildDeleteConfirmation();
    QLayout *buildButtons();
    void hideConfirmations();
    void showTaken(const SnapshotTaken &taken);
    void showReverted(const RevertOutcome &outcome);
    void showDeleted(const SnapshotDeleted &deleted);
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
    QString m_refusal; // libvirt's words when it last refused a full snapshot
    QLabel *const m_intro;
    QLabel *const m_kind;
    QTreeWidget *const m_list;
    QLabel *const m_selectedText;
    QPushButton *const m_take;
    QPushButton *const m_revert;
    QPushButton *const m_delete;
    QFrame *const m_confirm;
    QLabel *const m_confirmText;
    QPushButton *const m_confirmRevert;
    QPushButton *const m_keep;
    QFrame *const m_takeConfirm;
    QLabel *const m_takeConfirmText;
    QPushButton *const m_takeAnyway;
    QPushButton *const m_takeLater;
    QFrame *const m_deleteConfirm;
    QLabel *const m_deleteConfirmText;
    QPushButton *const m_confirmDelete;
    QPushButton *const m_keepSnapshot;
    NoticeLabel *const m_status;
};

} // namespace Airlock
