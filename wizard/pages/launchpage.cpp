// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchpage.h"

#include "installerguide.h"

#include "airlockwizard.h"
#include "auditview.h"
#include "consolewindow.h"
#include "creationchecklist.h"
#include "creationfailureview.h"
#include "hypervisor/domaincontrol.h"
#include "installerguide.h"
#include "labelview.h"
#include "noticelabel.h"
#include "proof/guesthardening.h"
#include "proofview.h"
#include "snapshotpanel.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Airlock {

namespace {

struct ProofReading
{
    LibvirtResult<IsolationProof> proof;
    LaunchPage::VmState state = LaunchPage::VmState::Unknown;
};

Status stateStatus(LaunchPage::VmState state)
{
    switch (state) {
    case LaunchPage::VmState::Running:
        return Status::Pass;
    case LaunchPage::VmState::Paused:
        return Status::Warn;
    case LaunchPage::VmState::Crashed:
    case LaunchPage::VmState::Removed:
        return Status::Fail;
    case LaunchPage::VmState::ShutOff:
    case LaunchPage::VmState::Unknown:
        return Status::Unknown;
    }
    return Status::Unknown;
}

QPushButton *actionButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

} // namespace

LaunchPage::LaunchPage(WizardSession *session, QWidget *parent)
    : AirlockPage(session, parent)
    , m_firstBoot(new FirstBoot(session->hypervisor(), this))
    , m_headline(new NoticeLabel(this, NoticeLabel::Style::Plain))
    , m_stepsToggle(new QToolButton(this))
    , m_creationArea(new QScrollArea(this))
    , m_checklist(new CreationChecklist(this))
    , m_cancel(actionButton(tr("Stop and undo"), QStringLiteral("cancelCreation"), this))
    , m_failure(new CreationFailureView(this))
    , m_proofArea(new QWidget(this))
    , m_stateIcon(new QLabel(m_proofArea))
    , m_stateLabel(new QLabel(m_proofArea))
    , m_startButton(actionButton(tr("Start the VM"), QStringLiteral("startButton"), m_proofArea))
    , m_reconnectButton(
              actionButton(tr("Reconnect"), QStringLiteral("reconnectButton"), m_proofArea))
    , m_connectionNotice(new NoticeLabel(m_proofArea, NoticeLabel::Style::Plain))
    , m_tabs(new QTabWidget(m_proofArea))
    , m_proofView(new ProofView(m_tabs))
    , m_auditView(new AuditView(m_tabs))
    , m_snapshots(new SnapshotPanel(session->hypervisor(), m_tabs))
    , m_hardening(new QWidget(m_tabs))
    , m_snippet(new QPlainTextEdit(m_hardening))
    , m_typeHardening(actionButton(tr("Type it into the VM…"), QStringLiteral("typeHardening"),
                                   m_hardening))
    , m_copySnippet(
              actionButton(tr("Copy the snippet"), QStringLiteral("copySnippet"), m_hardening))
    , m_consoleButton(
              actionButton(tr("Open console"), QStringLiteral("consoleButton"), m_proofArea))
    , m_snapshotButton(actionButton(tr("Take known-good snapshot"),
                                    QStringLiteral("snapshotButton"), m_proofArea))
    , m_copyLabelButton(
              actionButton(tr("Copy label"), QStringLiteral("copyLabelButton"), m_proofArea))
    , m_saveXmlButton(
              actionButton(tr("Save live XML…"), QStringLiteral("saveXmlButton"), m_proofArea))
    , m_actionNotice(new NoticeLabel(m_proofArea, NoticeLabel::Style::Plain))
{
    setObjectName(QStringLiteral("launchpage"));
    setTitle(tr("Your VM and its proof of isolation"));
    setSubTitle(tr("Airlock creates the VM step by step, then reads back from libvirt how the "
                   "running VM is confined, so that what you see here is a fact, not a promise."));
    setFinalPage(true);

    m_headline->setObjectName(QStringLiteral("launchHeadline"));
    m_headline->setBold(true);
    m_stepsToggle->setObjectName(QStringLiteral("stepsToggle"));
    m_creationArea->setObjectName(QStringLiteral("creationArea"));
    m_stateLabel->setObjectName(QStringLiteral("vmState"));
    m_connectionNotice->setObjectName(QStringLiteral("connectionNotice"));
    m_tabs->setObjectName(QStringLiteral("proofTabs"));
    m_snippet->setObjectName(QStringLiteral("hardeningSnippet"));
    m_actionNotice->setObjectName(QStringLiteral("actionNotice"));

    buildCreationArea();
    buildHardeningTab();
    buildProofTabs();
    buildProofArea();
    buildLayout();
    connectSignals();
}

// The steps, the Stop button and a failure scroll together, folded away
// behind a toggle once the VM exists.
void LaunchPage::buildCreationArea()
{
    m_stepsToggle->setCheckable(true);
    m_stepsToggle->setAutoRaise(true);
    m_stepsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stepsToggle->setArrowType(Qt::RightArrow);
    m_stepsToggle->setText(tr("Show the creation steps"));
    m_cancel->setToolTip(tr("Stop creating the VM and remove everything made so far"));

    auto *creation = new QWidget(m_creationArea);
    auto *cancelRow = new QHBoxLayout;
    cancelRow->setContentsMargins(fontMetrics().height() + 8, 4, 0, 4);
    cancelRow->addWidget(m_cancel);
    cancelRow->addStretch(1);
    auto *creationLayout = new QVBoxLayout(creation);
    creationLayout->setContentsMargins(0, 0, 8, 0);
    creationLayout->addWidget(m_checklist);
    creationLayout->addLayout(cancelRow);
    creationLayout->addWidget(m_failure);
    creationLayout->addStretch(1);
    m_creationArea->setWidget(creation);
    m_creationArea->setWidgetResizable(true);
    m_creationArea->setFrameShape(QFrame::NoFrame);
    m_creationArea->setVisible(false);
    m_stepsToggle->setVisible(false);
    m_failure->setVisible(false);
}

// Inside NixOS: the hardening snippet. Airlock types it into the VM from the
// console (the lead button); copying it is for a VM that shares the
// clipboard, or for reading it elsewhere.
void LaunchPage::buildHardeningTab()
{
    auto *hardeningIntro = new QLabel(
            tr("For after NixOS is installed: these settings harden it to match what you chose, "
               "each with why in the comment above it. Your computer's clipboard does not reach "
               "the VM unless you chose clipboard sharing, so Airlock types them into the VM "
               "from its console: open a terminal in NixOS, then choose “Type it into the VM”."),
            m_hardening);
    hardeningIntro->setObjectName(QStringLiteral("hardeningIntro"));
    hardeningIntro->setWordWrap(true);
    m_snippet->setReadOnly(true);
    m_snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_snippet->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_snippet->setTabChangesFocus(true);
    m_snippet->setAccessibleName(tr("NixOS hardening snippet"));
    m_typeHardening->setToolTip(
            tr("Opens the console at the hardening step, where Airlock types the settings into "
               "a terminal in the VM"));
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(m_copySnippet);
    copyRow->addWidget(m_typeHardening);
    auto *hardeningLayout = new QVBoxLayout(m_hardening);
    hardeningLayout->setContentsMargins(8, 8, 8, 8);
    hardeningLayout->addWidget(hardeningIntro);
    hardeningLayout->addWidget(m_snippet, 1);
    hardeningLayout->addLayout(copyRow);
    connect(m_typeHardening, &QPushButton::clicked, this, &LaunchPage::hardeningTypingRequested);
    connect(this, &LaunchPage::hardeningTypingRequested, this, &LaunchPage::showConsole);
    connect(m_copySnippet, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_snippet->toPlainText());
        showActionNotice(Status::Pass,
                         m_result.spec.exposure.clipboard
                                 ? tr("Copied the NixOS snippet.")
                                 : tr("Copied the NixOS snippet. The VM does not share your "
                                      "clipboard: to get it there, use “Type it into the VM”."));
    });
}

void LaunchPage::buildProofTabs()
{
    //: Tabs of the Launch page's proof
    m_tabs->addTab(m_proofView, tr("Isolation"));
    m_tabs->addTab(m_auditView, tr("Audit"));
    m_tabs->addTab(m_snapshots, tr("Snapshots"));
    m_tabs->addTab(m_hardening, tr("Inside NixOS"));
}

// The VM once it exists: its state, the proof's tabs and what to do with it.
void LaunchPage::buildProofArea()
{
    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(6);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_stateLabel, 1);
    stateRow->addWidget(m_startButton);
    stateRow->addWidget(m_reconnectButton);
    m_startButton->setVisible(false);
    m_reconnectButton->setVisible(false);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_consoleButton);
    actions->addWidget(m_snapshotButton);
    actions->addWidget(m_copyLabelButton);
    actions->addWidget(m_saveXmlButton);
    actions->addStretch(1);

    auto *proofLayout = new QVBoxLayout(m_proofArea);
    proofLayout->setContentsMargins(0, 0, 0, 0);
    proofLayout->setSpacing(6);
    proofLayout->addLayout(stateRow);
    proofLayout->addWidget(m_connectionNotice);
    proofLayout->addWidget(m_tabs, 1);
    proofLayout->addLayout(actions);
    proofLayout->addWidget(m_actionNotice);
    m_proofArea->setVisible(false);
}

void LaunchPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_headline);
    layout->addWidget(m_stepsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_creationArea, 1);
    layout->addWidget(m_proofArea, 3);
}

void LaunchPage::connectSignals()
{
    Hypervisor *hypervisor = session()->hypervisor();
    connect(m_cancel, &QPushButton::clicked, this, &LaunchPage::cancelCreation);
    connect(m_failure, &CreationFailureView::retryRequested, this, &LaunchPage::retry);
    connect(m_failure, &CreationFailureView::goBackRequested, this, [this] {
        auto *airlock = qobject_cast<AirlockWizard *>(wizard());
        if (m_phase != Phase::Failed || !airlock)
            return;
        airlock->goBackTo(m_failureShown ? pageFor(m_failureShown->concern)
                                         : int(AirlockWizard::SummaryPageId));
    });
    connect(m_stepsToggle, &QToolButton::toggled, this, &LaunchPage::setStepsVisible);
    connect(m_startButton, &QPushButton::clicked, this, [this, hypervisor] {
        m_startButton->setEnabled(false);
        const QString name = m_result.domainName;
        hypervisor->run([name](const Connection &c) { return DomainControl::start(c, name); })
                .then(this, [this](const LibvirtResult<Done> &started) {
                    m_startButton->setEnabled(true);
                    if (!started) {
                        showActionNotice(
                                Status::Fail,
                                tr("The VM did not start: %1").arg(started.error().message));
                        return;
                    }
                    // The Started event normally came first and read the new
                    // label; a remote connection may deliver it late or lose
                    // it, and the page must not show the old start's label.
                    if (m_phase == Phase::Created && m_vmState != VmState::Running) {
                        setVmState(VmState::Running);
                        readProof();
                    }
                });
    });
    connect(m_reconnectButton, &QPushButton::clicked, this, [this, hypervisor] {
        m_reconnectButton->setEnabled(false);
        hypervisor->open(this->session()->uri());
    });
    connect(m_consoleButton, &QPushButton::clicked, this, &LaunchPage::openConsole);
    connect(m_snapshotButton, &QPushButton::clicked, this, [this] {
        m_tabs->setCurrentWidget(m_snapshots);
        m_snapshots->takeKnownGood();
    });
    connect(m_copyLabelButton, &QPushButton::clicked, this, &LaunchPage::copyLabel);
    connect(m_saveXmlButton, &QPushButton::clicked, this, &LaunchPage::saveLiveXmlAs);
    connect(m_snapshots, &SnapshotPanel::busyChanged, this, [this](bool busy) {
        m_snapshotButton->setEnabled(!busy);
        Q_EMIT completeChanged();
        if (!busy)
            closeIfWaiting();
    });
    connect(m_snapshots, &SnapshotPanel::reverted, this, &LaunchPage::onReverted);
    connect(hypervisor, &Hypervisor::opened, this, &LaunchPage::onOpened);
    connect(hypervisor, &Hypervisor::openFailed, this, &LaunchPage::onOpenFailed);
    connect(hypervisor, &Hypervisor::connectionLost, this, &LaunchPage::onConnectionLost);
    connect(hypervisor, &Hypervisor::domainLifecycleChanged, this, &LaunchPage::onLifecycle);
    connectFirstBoot();
}

// The installer, then the installed system: the headline and the state line
// say which runs, and the snapshot panel when a snapshot is worth taking.
void LaunchPage::connectFirstBoot()
{
    connect(m_firstBoot, &FirstBoot::phaseChanged, this, &LaunchPage::onFirstBootPhase);
    connect(m_firstBoot, &FirstBoot::installedSystemStarted, this, [this] {
        m_headline->setNotice(Status::Pass, tr("The installer finished. NixOS now starts from its "
                                               "disk; the installer ISO is removed."));
    });
    connect(m_firstBoot, &FirstBoot::startFailed, this,
            [this](const QString &reason) { m_headline->setNotice(Status::Fail, reason); });
    // A revert may turn the VM off: that stop is Airlock's, not the installer's.
    connect(m_snapshots, &SnapshotPanel::revertStarted, m_firstBoot, &FirstBoot::expectStop);
}

void LaunchPage::onFirstBootPhase(FirstBoot::Phase phase)
{
    m_snapshots->setInstalling(phase == FirstBoot::Phase::InstallerRunning);
    if (m_phase == Phase::Created)
        setVmState(m_vmState);
}

QString LaunchPage::stateLine(VmState state, FirstBoot::Phase phase)
{
    if (state == VmState::Running && phase == FirstBoot::Phase::InstallerRunning)
        //: The VM's live state while it runs from the install-time definition
        return tr("State: Running the NixOS installer (from the ISO)");
    if (state == VmState::Running && phase == FirstBoot::Phase::Installed)
        //: The VM's live state once it runs from its persistent definition
        return tr("State: Running NixOS from its disk");
    //: The VM's live state, e.g. "State: Running"
    return tr("State: %1").arg(stateText(state));
}

QString LaunchPage::stateText(VmState state)
{
    switch (state) {
    case VmState::Running:
        return tr("Running");
    case VmState::Paused:
        return tr("Paused");
    case VmState::ShutOff:
        return tr("Shut off");
    case VmState::Crashed:
        return tr("Crashed");
    case VmState::Removed:
        //: The VM was removed from libvirt (not by Airlock)
        return tr("Removed");
    case VmState::Unknown:
        return tr("Unknown");
    }
    return {};
}

void LaunchPage::initializePage()
{
    m_closeWhenIdle = false;
    m_proof.reset();
    m_result = {};
    m_failureShown.reset();
    m_connectionLost = false;
    startCreation();
}

void LaunchPage::cleanupPage()
{
    // Only reachable when nothing runs: Go back is offered after a failure.
    if (m_provisioner && !m_provisioner->isRunning()) {
        m_provisioner->deleteLater();
        m_provisioner = nullptr;
    }
    m_proofArea->setVisible(false);
    m_creationArea->setVisible(false);
    m_stepsToggle->setVisible(false);
    m_headline->clear();
    setPhase(Phase::Idle);
    AirlockPage::cleanupPage();
}

bool LaunchPage::isComplete() const
{
    if (m_snapshots->isBusy())
        return false;
    return m_phase == Phase::Created || m_phase == Phase::Failed;
}

bool LaunchPage::mayClose()
{
    const bool busy = m_phase == Phase::Creating || m_phase == Phase::Undoing
                      || m_phase == Phase::RemovingLeftovers || m_snapshots->isBusy();
    if (!busy)
        return true;
    m_closeWhenIdle = true;
    if (m_phase == Phase::Creating)
        cancelCreation();
    else if (m_snapshots->isBusy())
        showActionNotice(Status::Info,
                         tr("Airlock closes as soon as the snapshot operation has finished."));
    return false;
}

void LaunchPage::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    m_cancel->setVisible(phase == Phase::Creating || phase == Phase::Undoing);
    m_cancel->setEnabled(phase == Phase::Creating);
    Q_EMIT phaseChanged(phase);
    Q_EMIT completeChanged();
}

void LaunchPage::startCreation()
{
    Hypervisor *hypervisor = session()->hypervisor();
    if (m_provisioner) {
        m_provisioner->deleteLater();
        m_provisioner = nullptr;
    }
    m_checklist->reset();
    m_failure->setVisible(false);
    m_proofArea->setVisible(false);
    m_stepsToggle->setVisible(false);
    m_creationArea->setVisible(true);
    setPhase(Phase::Creating);
    m_headline->setNotice(Status::Info, tr("Creating “%1”…").arg(spec().name));
    if (!hypervisor->isOpen()) {
        // The provisioner starts once the connection is there (onOpened).
        session()->connectIfNeeded();
        return;
    }

    m_provisioner = new Provisioner(hypervisor, spec(), this);
    m_provisioner->setFaultInjection(m_inject);
    connect(m_provisioner, &Provisioner::stepStarted, this, &LaunchPage::onStepStarted);
    connect(m_provisioner, &Provisioner::stepProgress, m_checklist,
            &CreationChecklist::setProgress);
    connect(m_provisioner, &Provisioner::stepFinished, m_checklist,
            &CreationChecklist::setFinished);
    connect(m_provisioner, &Provisioner::stepSkipped, m_checklist, &CreationChecklist::setSkipped);
    connect(m_provisioner, &Provisioner::stepUndoing, this, [this](int step) {
        m_checklist->setUndoing(step);
        m_headline->setNotice(Status::Warn, tr("Undoing: removing what was made so far…"));
    });
    connect(m_provisioner, &Provisioner::stepUndone, m_checklist, &CreationChecklist::setUndone);
    connect(m_provisioner, &Provisioner::succeeded, this, &LaunchPage::onSucceeded);
    connect(m_provisioner, &Provisioner::failed, this, &LaunchPage::onFailed);
    connect(m_provisioner, &Provisioner::leftoversCleared, this,
            [this](const QStringList &stillLeft) {
                m_failure->setLeftovers(stillLeft);
                if (stillLeft.isEmpty()) {
                    startCreation();
                    return;
                }
                setPhase(Phase::Failed);
                m_failure->setBusy(false);
                m_headline->setNotice(Status::Fail,
                                      tr("Some of what Airlock made could still not be removed."));
                closeIfWaiting();
            });
    m_creationTimer.start();
    m_provisioner->start();
}

void LaunchPage::cancelCreation()
{
    if (m_phase != Phase::Creating)
        return;
    setPhase(Phase::Undoing);
    m_headline->setNotice(Status::Warn, tr("Stopping: Airlock removes what it made so far…"));
    if (m_provisioner) {
        m_provisioner->cancel();
    } else {
        CreationFailure failure; // still waiting for the connection
        failure.stepIndex = 0;
        failure.cancelled = true;
        failure.what = tr("Creation was cancelled before it began.");
        onFailed(failure);
    }
}

void LaunchPage::onStepStarted(int step)
{
    m_checklist->setRunning(step);
    if (m_phase != Phase::Creating)
        return;
    const QList<CreationStep> steps = CreationPlan::steps();
    //: Creating "nixos": step 3 of 7, Create the VM's disk
    m_headline->setNotice(Status::Info, tr("Creating “%1”: step %2 of %3, %4…")
                                                .arg(spec().name)
                                                .arg(step + 1)
                                                .arg(steps.size())
                                                .arg(steps.value(step).title()));
}

void LaunchPage::onSucceeded(const CreationResult &result)
{
    // Stop came as the plan finished: the VM is there, and the user sees it
    // rather than the window closing on it.
    const bool stopCameLate = m_phase == Phase::Undoing;
    if (stopCameLate)
        m_closeWhenIdle = false;
    m_result = result;
    m_failureShown.reset();
    const double seconds = m_creationTimer.elapsed() / 1000.0;
    m_headline->setNotice(
            Status::Pass,
            (stopCameLate ? tr("“%1” was already created and started when you pressed Stop. The "
                               "NixOS installer is running in the VM: open the console to follow "
                               "it.")
                                    .arg(result.domainName)
                          : tr("“%1” was created in %2 s. The NixOS installer is running in the "
                               "VM: open the console to follow it.")
                                    .arg(result.domainName, QLocale().toString(seconds, 'f', 1))));
    m_creationArea->setVisible(false);
    m_stepsToggle->setChecked(false);
    m_stepsToggle->setVisible(true);
    m_proofArea->setVisible(true);
    m_tabs->setCurrentWidget(m_proofView);
    m_actionNotice->clear();
    m_connectionNotice->clear();
    m_snippet->setPlainText(GuestHardening::snippet(result.spec));
    m_snapshots->setDomain(result.domainName);
    // Creation starts the install-time definition: the installer runs.
    m_snapshots->setInstalling(true);
    m_firstBoot->watch(result.domainName, result.spec);
    setVmState(VmState::Running);
    setPhase(Phase::Created);
    readProof();
    closeIfWaiting();
}

void LaunchPage::onFailed(const CreationFailure &failure)
{
    m_failureShown = failure;
    if (failure.cancelled)
        m_checklist->setCancelled(failure.stepIndex);
    else
        m_checklist->setFailed(failure.stepIndex, failure.what);
    const int target = pageFor(failure.concern);
    const QWizardPage *targetPage = wizard() ? wizard()->page(target) : nullptr;
    m_failure->setFailure(failure, targetPage ? tr("Go back to “%1”").arg(targetPage->title())
                                              : tr("Go back and change"));
    m_failure->setVisible(true);
    m_creationArea->setVisible(true);
    if (failure.cancelled) {
        m_headline->setNotice(Status::Info,
                              (failure.leftovers.isEmpty()
                                       ? tr("Creation stopped. Everything Airlock had made was "
                                            "removed again.")
                                       : tr("Creation stopped, but Airlock could not remove "
                                            "everything it had made.")));
    } else {
        m_headline->setNotice(Status::Fail,
                              (failure.leftovers.isEmpty()
                                       ? tr("“%1” could not be created. Nothing was left behind.")
                                       : tr("“%1” could not be created, and some of what Airlock "
                                            "made is left behind."))
                                      .arg(spec().name));
    }
    setPhase(Phase::Failed);
    if (!failure.leftovers.isEmpty())
        m_closeWhenIdle = false; // the user must see what is left
    closeIfWaiting();
}

int LaunchPage::pageFor(SpecSection concern) const
{
    return AirlockWizard::pageOf(concern);
}

void LaunchPage::retry()
{
    if (m_phase != Phase::Failed)
        return;
    const bool lost = (m_failureShown && m_failureShown->connectionLost) || m_connectionLost
                      || !session()->hypervisor()->isOpen();
    if (!lost) {
        startCreation();
        return;
    }
    setPhase(Phase::Reconnecting);
    m_failure->setBusy(true, tr("Connecting to libvirt again…"));
    session()->hypervisor()->open(session()->uri());
}

void LaunchPage::onOpened()
{
    m_connectionLost = false;
    m_reconnectButton->setVisible(false);
    m_reconnectButton->setEnabled(true);
    switch (m_phase) {
    case Phase::Creating:
        if (!m_provisioner)
            startCreation();
        break;
    case Phase::Reconnecting:
        if (m_provisioner && m_provisioner->hasLeftovers()) {
            setPhase(Phase::RemovingLeftovers);
            m_failure->setBusy(true, tr("Removing what the lost connection left behind…"));
            m_provisioner->removeLeftovers();
        } else {
            startCreation();
        }
        break;
    case Phase::Created:
        m_connectionNotice->clear();
        m_snapshots->refresh();
        readProof();
        break;
    default:
        break;
    }
}

void LaunchPage::onOpenFailed(const LibvirtError &error)
{
    switch (m_phase) {
    case Phase::Creating:
        if (!m_provisioner) {
            CreationFailure failure;
            failure.stepIndex = 0;
            failure.what = tr("Airlock could not connect to libvirt.");
            failure.libvirtMessage = error.message;
            failure.advice = tr("Check that the libvirt daemon runs, then try again.");
            failure.concern = SpecSection::Host;
            failure.connectionLost = true;
            onFailed(failure);
        }
        break;
    case Phase::Reconnecting:
        setPhase(Phase::Failed);
        m_failure->setBusy(false);
        m_headline->setNotice(Status::Fail,
                              tr("Still no connection to libvirt: %1").arg(error.message));
        break;
    case Phase::Created:
        m_reconnectButton->setEnabled(true);
        m_connectionNotice->setNotice(Status::Fail,
                                      tr("Reconnecting failed: %1").arg(error.message));
        break;
    default:
        break;
    }
}

void LaunchPage::onConnectionLost(const QString &reason)
{
    m_connectionLost = true;
    if (m_phase != Phase::Created)
        return;
    m_connectionNotice->setNotice(
            Status::Fail,
            tr("Airlock lost its connection to libvirt: %1 The VM itself is not affected, but "
               "this page can no longer follow it; what it shows may be out of date.")
                    .arg(reason));
    m_stateLabel->setText(tr("State: unknown (connection lost)"));
    m_stateIcon->setPixmap(StatusIcon::pixmap(Status::Unknown, fontMetrics().height(),
                                              devicePixelRatioF(), palette()));
    m_reconnectButton->setVisible(true);
    m_reconnectButton->setEnabled(true);
    m_startButton->setVisible(false);
}

void LaunchPage::onLifecycle(const QString &domainName, Hypervisor::DomainEvent event, int detail)
{
    if (m_phase != Phase::Created || domainName != m_result.domainName)
        return;
    switch (event) {
    case Hypervisor::DomainEvent::Started:
        // Dynamic labels change on every start: read the new one. (The start
        // that ended the creation is read already.)
        if (m_vmState != VmState::Running) {
            setVmState(VmState::Running);
            readProof();
        }
        break;
    case Hypervisor::DomainEvent::Resumed:
        // QEMU starts paused and libvirt reports "resumed" before "started":
        // a resume from stopped is a new start, with a new label.
        if (m_vmState == VmState::ShutOff || m_vmState == VmState::Crashed) {
            setVmState(VmState::Running);
            readProof();
        } else {
            setVmState(VmState::Running);
        }
        break;
    case Hypervisor::DomainEvent::Suspended:
    case Hypervisor::DomainEvent::PmSuspended:
        setVmState(VmState::Paused);
        break;
    case Hypervisor::DomainEvent::Stopped:
        setVmState(detail == VIR_DOMAIN_EVENT_STOPPED_CRASHED ? VmState::Crashed
                                                              : VmState::ShutOff);
        break;
    case Hypervisor::DomainEvent::Crashed:
        setVmState(VmState::Crashed);
        break;
    case Hypervisor::DomainEvent::Undefined:
        setVmState(VmState::Removed);
        break;
    case Hypervisor::DomainEvent::Defined:
    case Hypervisor::DomainEvent::Shutdown:
        break;
    }
}

void LaunchPage::onReverted(const RevertOutcome &)
{
    // The disk and maybe the state changed: read everything back again.
    readProof();
}

void LaunchPage::readProof()
{
    const QString name = m_result.domainName;
    const VmSpec chosen = m_result.spec;
    const quint64 generation = ++m_proofGeneration;
    session()
            ->hypervisor()
            ->run([name, chosen](const Connection &connection) {
                ProofReading reading {IsolationProof::read(connection, name, chosen),
                                      DomainControl::state(connection, name)};
                return reading;
            })
            .then(this, [this, generation](const ProofReading &reading) {
                // A later read (a restart meanwhile) wins.
                if (generation != m_proofGeneration || m_phase != Phase::Created)
                    return;
                if (!reading.proof) {
                    m_proofView->setNote(Status::Fail,
                                         tr("The proof could not be read from libvirt: %1")
                                                 .arg(reading.proof.error().message));
                    if (reading.state != VmState::Unknown)
                        setVmState(reading.state);
                    return;
                }
                m_proof = *reading.proof;
                m_proofReadAt = QDateTime::currentDateTime();
                ++m_proofReads;
                m_proofView->setProof(*m_proof, m_proofReadAt);
                m_auditView->setChecks(m_proof->audit);
                setVmState(reading.state);
                updateTabIcons();
                Q_EMIT proofRead();
            });
}

void LaunchPage::setVmState(VmState state)
{
    const bool changed = m_vmState != state;
    m_vmState = state;
    const Status status = stateStatus(state);
    m_stateLabel->setText(stateLine(state, m_firstBoot->phase()));
    m_stateLabel->setAccessibleName(m_stateLabel->text());
    m_stateIcon->setPixmap(
            StatusIcon::pixmap(status, fontMetrics().height(), devicePixelRatioF(), palette()));
    m_startButton->setVisible(state == VmState::ShutOff || state == VmState::Crashed);
    m_snapshots->setRunning(state == VmState::Running || state == VmState::Paused);
    const bool exists = state != VmState::Removed;
    m_consoleButton->setEnabled(exists);
    m_snapshotButton->setEnabled(exists && !m_snapshots->isBusy());

    switch (state) {
    case VmState::Running:
        if (m_proof && !m_proof->running)
            break; // the read in flight replaces the note
        m_proofView->clearNote();
        break;
    case VmState::Paused:
        m_proofView->setNote(Status::Info,
                             tr("The VM is paused. Its label stays as shown until it stops."));
        break;
    case VmState::ShutOff:
    case VmState::Crashed:
        m_proofView->setNote(
                Status::Info,
                tr("The VM is not running. What follows was read while it ran; libvirt gives it "
                   "a new label when it starts again, and this page then shows that one."));
        break;
    case VmState::Removed:
        m_proofView->setNote(Status::Warn,
                             tr("The VM was removed from libvirt outside Airlock. What follows "
                                "was read while it existed."));
        break;
    case VmState::Unknown:
        break;
    }
    if (changed)
        Q_EMIT vmStateChanged(state);
}

void LaunchPage::updateTabIcons()
{
    if (!m_proof)
        return;
    m_tabs->setTabIcon(m_tabs->indexOf(m_proofView),
                       StatusIcon::icon(ProofView::verdictStatus(*m_proof), palette()));
    m_tabs->setTabIcon(m_tabs->indexOf(m_auditView),
                       StatusIcon::icon(m_auditView->status(), palette()));
}

// Airlock's own console: a window of this process, so it needs nothing the
// sandbox lacks (no viewer to start, no socket to reach but libvirt's).
void LaunchPage::openConsole()
{
    showConsole();
}

namespace {

InstallerGuide::Stage guideStage(FirstBoot::Phase phase)
{
    return phase == FirstBoot::Phase::InstallerRunning ? InstallerGuide::Stage::Installing
                                                       : InstallerGuide::Stage::Installed;
}

} // namespace

// The console, with the installer's steps beside it: what to choose while
// the installer runs, then the snapshot and the hardening command, which
// the guide types into the VM through the console's keyboard.
ConsoleWindow *LaunchPage::showConsole()
{
    const QString name = m_result.domainName;
    if (name.isEmpty())
        return nullptr;
    ConsoleWindow *window = ConsoleWindow::showFor(
            session()->hypervisor(), name, ConsoleChannels::fromExposure(m_result.spec.exposure));
    auto *guide = qobject_cast<InstallerGuide *>(window->sidePanel());
    if (!guide) {
        guide = new InstallerGuide;
        guide->setSpec(m_result.spec);
        window->setSidePanel(guide);
        connect(guide, &InstallerGuide::typeRequested, window, &ConsoleWindow::typeText);
        connect(guide, &InstallerGuide::snapshotRequested, this, [this] {
            QWidget::window()->raise();
            QWidget::window()->activateWindow();
            m_tabs->setCurrentWidget(m_snapshots);
            m_snapshots->takeKnownGood();
        });
        connect(m_firstBoot, &FirstBoot::phaseChanged, guide,
                [guide](FirstBoot::Phase phase) { guide->setStage(guideStage(phase)); });
    }
    guide->setStage(guideStage(m_firstBoot->phase()));
    return window;
}

void LaunchPage::copyLabel()
{
    if (!m_proof)
        return;
    const auto label = ProofView::shownLabel(*m_proof);
    if (!label)
        return;
    QGuiApplication::clipboard()->setText(label->text());
    showActionNotice(Status::Pass, tr("Copied the label %1.").arg(label->text()));
}

bool LaunchPage::saveLiveXml(const QString &fileName)
{
    if (!m_proof || fileName.isEmpty())
        return false;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_proof->liveXml.toUtf8()) < 0
        || !file.commit()) {
        showActionNotice(Status::Fail,
                         tr("The XML could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return false;
    }
    showActionNotice(Status::Pass,
                     tr("Saved the live XML, as read at %1, to %2.")
                             .arg(QLocale().toString(m_proofReadAt.time(), QLocale::ShortFormat),
                                  QDir::toNativeSeparators(fileName)));
    return true;
}

void LaunchPage::saveLiveXmlAs()
{
    if (!m_proof)
        return;
    const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Save the live XML"),
            QDir::home().filePath(m_result.domainName + QLatin1String(".xml")),
            tr("XML files (*.xml);;All files (*)"));
    if (!fileName.isEmpty())
        saveLiveXml(fileName);
}

void LaunchPage::showActionNotice(Status status, const QString &text)
{
    m_actionNotice->setNotice(status, text);
}

void LaunchPage::setStepsVisible(bool visible)
{
    m_stepsToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_stepsToggle->setText(visible ? tr("Hide the creation steps") : tr("Show the creation steps"));
    if (m_phase == Phase::Created)
        m_creationArea->setVisible(visible);
}

void LaunchPage::closeIfWaiting()
{
    if (!m_closeWhenIdle || !wizard())
        return;
    if (m_phase == Phase::Creating || m_phase == Phase::Undoing
        || m_phase == Phase::RemovingLeftovers || m_snapshots->isBusy())
        return;
    m_closeWhenIdle = false;
    // Out of the signal that got us here first: reject() deletes nothing,
    // but the wizard's owner may.
    QTimer::singleShot(0, wizard(), &QWizard::reject);
}

} // namespace Airlock
