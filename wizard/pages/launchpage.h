// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "airlockpage.h"
#include "hypervisor/domaincontrol.h"
#include "proof/isolationproof.h"
#include "provision/firstboot.h"
#include "provision/provisioner.h"
#include "statusicon.h"

#include <QElapsedTimer>
#include <QPointer>

#include <optional>

class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QToolButton;

namespace Airlock {

class AuditView;
class CreationChecklist;
class CreationFailureView;
class NoticeLabel;
class ProofView;
class ConsoleWindow;
class VmPanel;

// The last page: creates the VM step by step (undoing everything when a step
// fails or the user stops it), then proves its isolation with what libvirt
// reports about the running VM, and follows the VM's state live.
class LaunchPage : public AirlockPage
{
    Q_OBJECT
public:
    enum class Phase {
        Idle,
        Creating,
        Undoing, // stopped by the user: rolling back
        Failed, // rolled back; the failure view says what and why
        Reconnecting, // Retry after a lost connection
        RemovingLeftovers, // then removing what the lost connection left
        Created,
    };
    Q_ENUM(Phase)

    // What libvirt last said about the VM.
    // The VM's run state as libvirt reports it (hypervisor/domaincontrol.h).
    using VmState = DomainState;

    explicit LaunchPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // Whether the wizard may close now. While creating it asks first
    // (stopQuestion()); when the user agrees it cancels, rolls back and
    // closes the wizard once that is done. Returns false meanwhile.
    bool mayClose();
    // "A VM is being created. Stop and undo it?", while it is open.
    QMessageBox *stopQuestion() const;

    Phase phase() const { return m_phase; }
    VmState vmState() const;
    bool isConnectionLost() const { return m_connectionLost; }
    const std::optional<IsolationProof> &proof() const;
    int proofReadCount() const;
    // The made VM as the VM window shows it too.
    VmPanel *vmPanel() const { return m_panel; }
    const CreationResult &result() const { return m_result; }
    // The first boot: the installer, then the installed system.
    FirstBoot *firstBoot() const { return m_firstBoot; }

    // Opens the VM's console window (ConsoleWindow), or raises it.
    void openConsole();
    // The same, returning the window (nullptr before a VM exists).
    ConsoleWindow *showConsole();
    void copyLabel();
    // Reads the running VM's XML from libvirt now and saves it; the panel
    // emits VmPanel::liveXmlSaved.
    void saveLiveXml(const QString &fileName);

    // For tests: each new creation run gets this fault injection.
    void setFaultInjection(Provisioner::FaultInjection inject) { m_inject = std::move(inject); }
    Provisioner *provisioner() const { return m_provisioner; }

    // How long something took, as a beginner reads it: "under a second",
    // "12 seconds", "2 minutes and 5 seconds".
    static QString durationText(qint64 milliseconds);

    static QString stateText(VmState state);
    // The state line: the state, and which definition runs when it is known.
    static QString stateLine(VmState state, FirstBoot::Phase phase);

Q_SIGNALS:
    void phaseChanged(Airlock::LaunchPage::Phase phase);
    void proofRead();
    void vmStateChanged(Airlock::LaunchPage::VmState state);
    // "Type it into the VM…": the console should open at the hardening step,
    // where Airlock types GuestHardening::typedCommand(result().spec).
    void hardeningTypingRequested();

private:
    // One builder per section of the page, called by the constructor.
    void buildCreationArea();
    void buildLayout();
    void connectSignals();
    void connectFirstBoot();

    void setPhase(Phase phase);
    void startCreation();
    void cancelCreation();
    void askToStopCreation();
    void retry();
    int pageFor(SpecSection concern) const;

    void onStepStarted(int step);
    void onSucceeded(const CreationResult &result);
    void onFailed(const CreationFailure &failure);
    void onOpened();
    void onOpenFailed(const LibvirtError &error);
    void onConnectionLost(const QString &reason);
    void onFirstBootPhase(FirstBoot::Phase phase);

    void showActionNotice(Status status, const QString &text);
    void closeIfWaiting();
    void setStepsVisible(bool visible);

    FirstBoot *const m_firstBoot;
    Provisioner *m_provisioner = nullptr;
    Provisioner::FaultInjection m_inject;
    Phase m_phase = Phase::Idle;
    bool m_connectionLost = false;
    bool m_closeWhenIdle = false;
    std::optional<CreationFailure> m_failureShown;
    CreationResult m_result;
    QPointer<QMessageBox> m_stopQuestion;
    QElapsedTimer m_creationTimer;

    NoticeLabel *const m_headline;
    QToolButton *const m_stepsToggle;
    QScrollArea *const m_creationArea;
    CreationChecklist *const m_checklist;
    QPushButton *const m_cancel;
    CreationFailureView *const m_failure;
    VmPanel *const m_panel;
};

} // namespace Airlock
