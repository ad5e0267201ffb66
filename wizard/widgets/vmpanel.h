// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/domaincontrol.h"
#include "hypervisor/hypervisor.h"
#include "proof/isolationproof.h"
#include "provision/firstboot.h"
#include "spec/vmspec.h"
#include "statusicon.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace Airlock {

class AuditView;
class NoticeLabel;
class ProofView;
class SnapshotPanel;
struct RevertOutcome;

// One VM as Airlock shows it once it exists: its live state, the proof of
// its isolation and the audit (read back from libvirt on every start), its
// snapshots, the NixOS hardening snippet, and what to do with it. The
// Launch page shows it after the creation, the VM window whenever the user
// asks: the same view, read the same way.
class VmPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Controls {
        Launch, // console, snapshot, label, XML; start when it is off
        Window, // also verify now, shut down, force off, eject the installer
    };
    Q_ENUM(Controls)

    VmPanel(Hypervisor *hypervisor, Controls controls, QWidget *parent = nullptr);

    // A VM Airlock made just now from `spec`: the proof is held to it.
    void setVm(const QString &name, const VmSpec &spec);
    // Any VM: its baseline (ProofBaseline) is read with every proof, so a VM
    // Airlock did not make is held to Maximum isolation and never changed.
    void setVm(const QString &name);
    // Shows no VM: the panel then ignores the connection's events.
    void clearVm();
    QString vmName() const { return m_name; }
    bool isMadeByAirlock() const { return m_madeByAirlock; }
    const VmSpec &spec() const { return m_spec; }

    // While the Launch page follows the first boot it says which definition
    // runs; otherwise the panel reads it from the live CD-ROM.
    void setFirstBootPhase(FirstBoot::Phase phase);
    bool isInstallerRunning() const;

    DomainState vmState() const { return m_vmState; }
    // Shows `state` until libvirt says otherwise (a VM just started).
    void setVmState(DomainState state);
    const std::optional<IsolationProof> &proof() const { return m_proof; }
    QDateTime proofReadAt() const { return m_proofReadAt; }
    int proofReadCount() const { return m_proofReads; }

    // Reads the proof, the audit and the state again (verify now).
    void readProof();
    void showProof();
    void takeKnownGood();
    void copyLabel();
    // Reads the live XML now and saves it; emits liveXmlSaved.
    void saveLiveXmlNow(const QString &fileName);

    void start();
    // ACPI first; when the guest has not stopped after shutdownTimeout the
    // panel offers to force it off (requestForceOff), as it does at once
    // when the user asks.
    void shutdown();
    void requestForceOff();
    void forceOffConfirmed();
    void cancelForceOff();
    void ejectInstaller();
    bool isShuttingDown() const { return m_shuttingDown; }
    void setShutdownTimeout(std::chrono::milliseconds timeout);

    SnapshotPanel *snapshots() const { return m_snapshots; }
    QTabWidget *tabs() const { return m_tabs; }
    QString snippet() const;
    NoticeLabel *actionNotice() const { return m_actionNotice; }
    void showActionNotice(Status status, const QString &text);
    void clearNotices();

    static QString stateText(DomainState state);
    // The state line: the state, and which definition runs when it is known.
    static QString stateLine(DomainState state, FirstBoot::Phase phase);

Q_SIGNALS:
    void proofRead();
    void vmStateChanged(Airlock::DomainState state);
    void consoleRequested();
    // "Type it into the VM…": the console should open at the hardening step.
    void hardeningTypingRequested();
    void liveXmlSaved(bool saved);
    void forceOffOffered();

private:
    struct Reading;
    void buildStateRow();
    void buildHardeningTab();
    void buildTabs();
    void buildForceOffConfirmation();
    void buildLayout();
    void connectSignals();
    void connectHypervisor();
    void applyOrigin();
    void applyReading(const Reading &reading);

    void onOpened();
    void onOpenFailed(const LibvirtError &error);
    void onConnectionLost(const QString &reason);
    void onLifecycle(const QString &domainName, Hypervisor::DomainEvent event, int detail);
    void onStopped();
    void onShutdownTimedOut();
    void onReverted(const RevertOutcome &outcome);
    void runAction(QPushButton *button, const QString &failure,
                   std::function<LibvirtResult<Done>(const Connection &)> work,
                   std::function<void(bool)> done = {});

    void updateButtons();
    void updateTabIcons();
    void saveLiveXmlAs();
    bool writeXml(const QString &fileName, const QString &xml, const QDateTime &readAt);

    Hypervisor *const m_hypervisor;
    const Controls m_controls;
    QString m_name;
    VmSpec m_spec;
    bool m_specKnown = false;
    bool m_madeByAirlock = true;
    FirstBoot::Phase m_firstBootPhase = FirstBoot::Phase::Unknown;
    bool m_followFirstBoot = false;
    bool m_installerAttached = false;
    DomainState m_vmState = DomainState::Unknown;
    bool m_connectionLost = false;
    bool m_shuttingDown = false;
    std::optional<IsolationProof> m_proof;
    QDateTime m_proofReadAt;
    int m_proofReads = 0;
    quint64 m_proofGeneration = 0;

    QLabel *const m_stateIcon;
    QLabel *const m_stateLabel;
    QPushButton *const m_startButton;
    QPushButton *const m_shutdownButton;
    QPushButton *const m_forceOffButton;
    QPushButton *const m_ejectButton;
    QPushButton *const m_reconnectButton;
    NoticeLabel *const m_connectionNotice;
    QFrame *const m_forceOffConfirm;
    QLabel *const m_forceOffText;
    QPushButton *const m_forceOffYes;
    QPushButton *const m_forceOffNo;
    QTabWidget *const m_tabs;
    ProofView *const m_proofView;
    AuditView *const m_auditView;
    SnapshotPanel *const m_snapshots;
    QWidget *const m_hardening;
    QPlainTextEdit *const m_snippet;
    QPushButton *const m_typeHardening;
    QPushButton *const m_copySnippet;
    QPushButton *const m_consoleButton;
    QPushButton *const m_verifyButton;
    QLabel *const m_readAt;
    QPushButton *const m_snapshotButton;
    QPushButton *const m_copyLabelButton;
    QPushButton *const m_saveXmlButton;
    NoticeLabel *const m_actionNotice;
    QTimer *const m_shutdownTimer;
};

} // namespace Airlock
