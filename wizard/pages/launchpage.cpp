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
#include "vmpanel.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
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
    , m_panel(new VmPanel(session->hypervisor(), VmPanel::Controls::Launch, this))
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

    buildCreationArea();
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

void LaunchPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_headline);
    layout->addWidget(m_stepsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_creationArea, 1);
    layout->addWidget(m_panel, 3);
    m_panel->setVisible(false);
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
    connect(m_panel, &VmPanel::consoleRequested, this, &LaunchPage::openConsole);
    connect(m_panel, &VmPanel::hardeningTypingRequested, this,
            &LaunchPage::hardeningTypingRequested);
    connect(this, &LaunchPage::hardeningTypingRequested, this, &LaunchPage::showConsole);
    connect(m_panel, &VmPanel::proofRead, this, &LaunchPage::proofRead);
    connect(m_panel, &VmPanel::vmStateChanged, this, &LaunchPage::vmStateChanged);
    connect(m_panel->snapshots(), &SnapshotPanel::busyChanged, this, [this](bool busy) {
        Q_EMIT completeChanged();
        if (!busy)
            closeIfWaiting();
    });
    connect(hypervisor, &Hypervisor::opened, this, &LaunchPage::onOpened);
    connect(hypervisor, &Hypervisor::openFailed, this, &LaunchPage::onOpenFailed);
    connect(hypervisor, &Hypervisor::connectionLost, this, &LaunchPage::onConnectionLost);
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
    connect(m_panel->snapshots(), &SnapshotPanel::revertStarted, m_firstBoot,
            &FirstBoot::expectStop);
}

void LaunchPage::onFirstBootPhase(FirstBoot::Phase phase)
{
    m_panel->setFirstBootPhase(phase);
}

QString LaunchPage::stateLine(VmState state, FirstBoot::Phase phase)
{
    return VmPanel::stateLine(state, phase);
}

QString LaunchPage::durationText(qint64 milliseconds)
{
    // Tenths of a second mean nothing to a beginner, and "0.0 s" reads as
    // if nothing happened.
    if (milliseconds < 1000)
        //: How long creating the VM took: "created and started in under a second"
        return tr("under a second");
    const qint64 seconds = (milliseconds + 500) / 1000;
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    const QString minutes = tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds % 60 == 0)
        return minutes;
    //: "2 minutes and 5 seconds"
    return tr("%1 and %2").arg(minutes, tr("%n second(s)", nullptr, int(seconds % 60)));
}

QString LaunchPage::stateText(VmState state)
{
    return VmPanel::stateText(state);
}

LaunchPage::VmState LaunchPage::vmState() const
{
    return m_panel->vmState();
}

const std::optional<IsolationProof> &LaunchPage::proof() const
{
    return m_panel->proof();
}

int LaunchPage::proofReadCount() const
{
    return m_panel->proofReadCount();
}

void LaunchPage::initializePage()
{
    m_closeWhenIdle = false;
    m_panel->clearVm();
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
    m_panel->clearVm();
    m_panel->setVisible(false);
    m_creationArea->setVisible(false);
    m_stepsToggle->setVisible(false);
    m_headline->clear();
    setPhase(Phase::Idle);
    AirlockPage::cleanupPage();
}

bool LaunchPage::isComplete() const
{
    if (m_panel->snapshots()->isBusy())
        return false;
    return m_phase == Phase::Created || m_phase == Phase::Failed;
}

bool LaunchPage::mayClose()
{
    if (m_phase == Phase::Creating) {
        askToStopCreation();
        return false;
    }
    const bool busy = m_phase == Phase::Creating || m_phase == Phase::Undoing
                      || m_phase == Phase::RemovingLeftovers || m_panel->snapshots()->isBusy();
    if (!busy)
        return true;
    m_closeWhenIdle = true;
    if (m_panel->snapshots()->isBusy())
        showActionNotice(Status::Info,
                         tr("Airlock closes as soon as the snapshot operation has finished."));
    return false;
}

QMessageBox *LaunchPage::stopQuestion() const
{
    return m_stopQuestion;
}

// Closing the window is no way to lose a VM half made, nor to stop one the
// user wants: the question says what stopping does, and keeping on is the
// default (Escape and Enter both keep creating).
void LaunchPage::askToStopCreation()
{
    if (m_stopQuestion) {
        m_stopQuestion->raise();
        m_stopQuestion->activateWindow();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop creating the VM?"),
                                tr("A VM is being created. Stop and undo it?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("stopCreationQuestion"));
    box->setInformativeText(tr("If you stop, Airlock removes everything it has made for “%1” so "
                               "far, then closes. If you keep creating, nothing changes.")
                                    .arg(spec().name));
    QPushButton *stop = box->addButton(tr("Stop and undo"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopAndUndoButton"));
    QPushButton *keep = box->addButton(tr("Keep creating"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepCreatingButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setWindowModality(Qt::WindowModal);
    m_stopQuestion = box;
    connect(box, &QDialog::finished, this, [this, box, stop] {
        m_stopQuestion = nullptr;
        box->deleteLater();
        if (box->clickedButton() != stop || m_phase != Phase::Creating)
            return;
        m_closeWhenIdle = true;
        cancelCreation();
    });
    box->open();
}

void LaunchPage::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    // The creation ended while the question was open: there is nothing
    // left to stop, and the page says how it ended.
    if (phase != Phase::Creating && m_stopQuestion)
        m_stopQuestion->done(QDialog::Rejected);
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
    m_panel->clearVm();
    m_panel->setVisible(false);
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
    m_headline->setNotice(
            Status::Pass,
            (stopCameLate
                     ? tr("“%1” was already created and started when you pressed Stop. The "
                          "NixOS installer is running in the VM: open the console to follow "
                          "it.")
                               .arg(result.domainName)
                     //: %2 is a duration: "in under a second", "in 12 seconds"
                     : tr("“%1” was created and started in %2. The NixOS installer is "
                          "running in the VM: open the console to follow it.")
                               .arg(result.domainName, durationText(m_creationTimer.elapsed()))));
    m_creationArea->setVisible(false);
    m_stepsToggle->setChecked(false);
    m_stepsToggle->setVisible(true);
    m_panel->setVisible(true);
    m_panel->setVm(result.domainName, result.spec);
    m_firstBoot->watch(result.domainName, result.spec);
    m_panel->setFirstBootPhase(m_firstBoot->phase());
    // Creation starts the install-time definition: the installer runs.
    m_panel->snapshots()->setInstalling(true);
    m_panel->setVmState(VmState::Running);
    setPhase(Phase::Created);
    m_panel->readProof();
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
    case Phase::Created: // the VM panel reads the VM again
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
    default:
        break;
    }
}

void LaunchPage::onConnectionLost(const QString &)
{
    // The VM panel says so, when there is a VM.
    m_connectionLost = true;
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
            m_panel->takeKnownGood();
        });
        connect(m_firstBoot, &FirstBoot::phaseChanged, guide,
                [guide](FirstBoot::Phase phase) { guide->setStage(guideStage(phase)); });
    }
    guide->setStage(guideStage(m_firstBoot->phase()));
    return window;
}

void LaunchPage::copyLabel()
{
    m_panel->copyLabel();
}

void LaunchPage::saveLiveXml(const QString &fileName)
{
    m_panel->saveLiveXmlNow(fileName);
}

void LaunchPage::showActionNotice(Status status, const QString &text)
{
    m_panel->showActionNotice(status, text);
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
        || m_phase == Phase::RemovingLeftovers || m_panel->snapshots()->isBusy())
        return;
    m_closeWhenIdle = false;
    // Out of the signal that got us here first: reject() deletes nothing,
    // but the wizard's owner may.
    QTimer::singleShot(0, wizard(), &QWizard::reject);
}

} // namespace Airlock
