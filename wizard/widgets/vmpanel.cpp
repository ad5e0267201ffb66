// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmpanel.h"

#include "auditview.h"
#include "flowlayout.h"
#include "noticelabel.h"
#include "proof/deviceinventory.h"
#include "proof/guesthardening.h"
#include "proof/proofbaseline.h"
#include "proofview.h"
#include "snapshotpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Airlock {

namespace {

constexpr std::chrono::seconds defaultShutdownTimeout {60};

Status stateStatus(DomainState state)
{
    switch (state) {
    case DomainState::Running:
        return Status::Pass;
    case DomainState::Paused:
        return Status::Warn;
    case DomainState::Crashed:
    case DomainState::Removed:
        return Status::Fail;
    case DomainState::ShutOff:
    case DomainState::Unknown:
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

bool isOff(DomainState state)
{
    return state == DomainState::ShutOff || state == DomainState::Crashed;
}

} // namespace

// What one reading brings back: the baseline when the panel reads it too,
// the proof, the state and whether the live CD-ROM holds the installer.
struct VmPanel::Reading
{
    std::optional<ProofBaseline> baseline;
    LibvirtResult<IsolationProof> proof;
    DomainState state = DomainState::Unknown;
    bool installerAttached = false;
};

VmPanel::VmPanel(Hypervisor *hypervisor, Controls controls, QWidget *parent)
    : QWidget(parent)
    , m_hypervisor(hypervisor)
    , m_controls(controls)
    , m_stateIcon(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_startButton(actionButton(tr("Start the VM"), QStringLiteral("startButton"), this))
    , m_shutdownButton(actionButton(tr("Shut down"), QStringLiteral("shutdownButton"), this))
    , m_forceOffButton(actionButton(tr("Force off…"), QStringLiteral("forceOffButton"), this))
    , m_ejectButton(actionButton(tr("Eject the installer"), QStringLiteral("ejectButton"), this))
    , m_reconnectButton(actionButton(tr("Reconnect"), QStringLiteral("reconnectButton"), this))
    , m_connectionNotice(new NoticeLabel(this, NoticeLabel::Style::Plain))
    , m_forceOffConfirm(new QFrame(this))
    , m_forceOffText(new QLabel(m_forceOffConfirm))
    , m_forceOffYes(
              actionButton(tr("Force off"), QStringLiteral("forceOffConfirm"), m_forceOffConfirm))
    , m_forceOffNo(actionButton(tr("Keep it running"), QStringLiteral("forceOffCancel"),
                                m_forceOffConfirm))
    , m_tabs(new QTabWidget(this))
    , m_proofView(new ProofView(m_tabs))
    , m_auditView(new AuditView(m_tabs))
    , m_snapshots(new SnapshotPanel(hypervisor, m_tabs))
    , m_hardening(new QWidget(m_tabs))
    , m_snippet(new QPlainTextEdit(m_hardening))
    , m_typeHardening(actionButton(tr("Type it into the VM…"), QStringLiteral("typeHardening"),
                                   m_hardening))
    , m_copySnippet(
              actionButton(tr("Copy the snippet"), QStringLiteral("copySnippet"), m_hardening))
    , m_consoleButton(actionButton(tr("Open console"), QStringLiteral("consoleButton"), this))
    , m_verifyButton(actionButton(tr("Verify now"), QStringLiteral("verifyButton"), this))
    , m_readAt(new QLabel(this))
    , m_snapshotButton(
              actionButton(tr("Take known-good snapshot"), QStringLiteral("snapshotButton"), this))
    , m_copyLabelButton(actionButton(tr("Copy label"), QStringLiteral("copyLabelButton"), this))
    , m_saveXmlButton(actionButton(tr("Save live XML…"), QStringLiteral("saveXmlButton"), this))
    , m_actionNotice(new NoticeLabel(this, NoticeLabel::Style::Plain))
    , m_shutdownTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("vmPanel"));
    m_stateLabel->setObjectName(QStringLiteral("vmState"));
    m_connectionNotice->setObjectName(QStringLiteral("connectionNotice"));
    m_tabs->setObjectName(QStringLiteral("proofTabs"));
    m_snippet->setObjectName(QStringLiteral("hardeningSnippet"));
    m_actionNotice->setObjectName(QStringLiteral("actionNotice"));
    m_forceOffConfirm->setObjectName(QStringLiteral("forceOffConfirmation"));
    m_shutdownTimer->setSingleShot(true);
    m_shutdownTimer->setInterval(defaultShutdownTimeout);
    m_readAt->setObjectName(QStringLiteral("proofReadAt"));
    m_verifyButton->setToolTip(tr("Reads the proof and the audit from libvirt again, now"));

    buildStateRow();
    buildHardeningTab();
    buildTabs();
    buildForceOffConfirmation();
    buildLayout();
    connectSignals();
    connectHypervisor();
    updateButtons();
}

void VmPanel::buildStateRow()
{
    m_stateLabel->setWordWrap(true);
    m_shutdownButton->setToolTip(tr("Asks NixOS to shut down, as the power button does"));
    m_forceOffButton->setToolTip(tr("Stops the VM at once, like pulling the plug"));
    m_ejectButton->setToolTip(tr("Empties the VM's CD drive, now and for its next start"));
}

// Inside NixOS: the hardening snippet. Airlock types it into the VM from the
// console (the lead button); copying it is for a VM that shares the
// clipboard, or for reading it elsewhere.
void VmPanel::buildHardeningTab()
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
}

void VmPanel::buildTabs()
{
    //: Tabs of the Launch page's proof
    m_tabs->addTab(m_proofView, tr("Isolation"));
    m_tabs->addTab(m_auditView, tr("Audit"));
    m_tabs->addTab(m_snapshots, tr("Snapshots"));
    m_tabs->addTab(m_hardening, tr("Inside NixOS"));
}

// Forcing off loses what the guest has not saved: the panel says so and
// asks in place, where the keyboard is.
void VmPanel::buildForceOffConfirmation()
{
    m_forceOffConfirm->setFrameShape(QFrame::StyledPanel);
    m_forceOffText->setObjectName(QStringLiteral("forceOffText"));
    m_forceOffText->setWordWrap(true);
    auto *layout = new QHBoxLayout(m_forceOffConfirm);
    layout->addWidget(m_forceOffText, 1);
    layout->addWidget(m_forceOffYes);
    layout->addWidget(m_forceOffNo);
    m_forceOffConfirm->setVisible(false);
}

// The state and what changes it on top, the tabs, then the other actions.
void VmPanel::buildLayout()
{
    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(6);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_stateLabel, 1);
    stateRow->addWidget(m_startButton);
    stateRow->addWidget(m_shutdownButton);
    stateRow->addWidget(m_forceOffButton);
    stateRow->addWidget(m_ejectButton);
    stateRow->addWidget(m_reconnectButton);

    // Wraps to a second line where a language or a larger font needs it.
    auto *actions = new FlowLayout;
    actions->addWidget(m_consoleButton);
    actions->addWidget(m_verifyButton);
    actions->addWidget(m_snapshotButton);
    actions->addWidget(m_copyLabelButton);
    actions->addWidget(m_saveXmlButton);
    actions->addWidget(m_readAt);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(stateRow);
    layout->addWidget(m_forceOffConfirm);
    layout->addWidget(m_connectionNotice);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(actions);
    layout->addWidget(m_actionNotice);
}

void VmPanel::connectSignals()
{
    connect(m_typeHardening, &QPushButton::clicked, this, &VmPanel::hardeningTypingRequested);
    connect(m_copySnippet, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_snippet->toPlainText());
        showActionNotice(Status::Pass,
                         m_spec.exposure.clipboard
                                 ? tr("Copied the NixOS snippet.")
                                 : tr("Copied the NixOS snippet. The VM does not share your "
                                      "clipboard: to get it there, use “Type it into the VM”."));
    });
    connect(m_startButton, &QPushButton::clicked, this, &VmPanel::start);
    connect(m_shutdownButton, &QPushButton::clicked, this, &VmPanel::shutdown);
    connect(m_forceOffButton, &QPushButton::clicked, this, &VmPanel::requestForceOff);
    connect(m_forceOffYes, &QPushButton::clicked, this, &VmPanel::forceOffConfirmed);
    connect(m_forceOffNo, &QPushButton::clicked, this, &VmPanel::cancelForceOff);
    connect(m_ejectButton, &QPushButton::clicked, this, &VmPanel::ejectInstaller);
    connect(m_shutdownTimer, &QTimer::timeout, this, &VmPanel::onShutdownTimedOut);
    connect(m_reconnectButton, &QPushButton::clicked, this, [this] {
        m_reconnectButton->setEnabled(false);
        m_hypervisor->open(m_hypervisor->uri());
    });
    connect(m_consoleButton, &QPushButton::clicked, this, &VmPanel::consoleRequested);
    connect(m_verifyButton, &QPushButton::clicked, this, &VmPanel::readProof);
    connect(m_snapshotButton, &QPushButton::clicked, this, &VmPanel::takeKnownGood);
    connect(m_copyLabelButton, &QPushButton::clicked, this, &VmPanel::copyLabel);
    connect(m_saveXmlButton, &QPushButton::clicked, this, &VmPanel::saveLiveXmlAs);
    connect(m_snapshots, &SnapshotPanel::busyChanged, this, &VmPanel::updateButtons);
    connect(m_snapshots, &SnapshotPanel::reverted, this, &VmPanel::onReverted);
}

void VmPanel::connectHypervisor()
{
    connect(m_hypervisor, &Hypervisor::opened, this, &VmPanel::onOpened);
    connect(m_hypervisor, &Hypervisor::openFailed, this, &VmPanel::onOpenFailed);
    connect(m_hypervisor, &Hypervisor::connectionLost, this, &VmPanel::onConnectionLost);
    connect(m_hypervisor, &Hypervisor::domainLifecycleChanged, this, &VmPanel::onLifecycle);
}

void VmPanel::setVm(const QString &name, const VmSpec &spec)
{
    m_name = name;
    m_spec = spec;
    m_specKnown = true;
    m_madeByAirlock = true;
    m_proof.reset();
    m_proofReadAt = {};
    m_vmState = DomainState::Unknown;
    m_snippet->setPlainText(GuestHardening::snippet(spec));
    m_snapshots->setDomain(name);
    m_tabs->setCurrentWidget(m_proofView);
    clearNotices();
    applyOrigin();
}

void VmPanel::setVm(const QString &name)
{
    setVm(name, VmSpec {});
    m_specKnown = false;
    m_snippet->clear();
}

void VmPanel::clearVm()
{
    m_name.clear();
    ++m_proofGeneration;
    m_shutdownTimer->stop();
    m_shuttingDown = false;
    m_forceOffConfirm->setVisible(false);
}

// A VM Airlock did not make is only looked at: no snapshots, no snippet
// written for choices it never made, nothing that changes it.
void VmPanel::applyOrigin()
{
    const int snapshotsTab = m_tabs->indexOf(m_snapshots);
    const int hardeningTab = m_tabs->indexOf(m_hardening);
    m_tabs->setTabVisible(snapshotsTab, m_madeByAirlock);
    m_tabs->setTabVisible(hardeningTab, m_madeByAirlock);
    updateButtons();
}

void VmPanel::setFirstBootPhase(FirstBoot::Phase phase)
{
    m_followFirstBoot = true;
    m_firstBootPhase = phase;
    m_snapshots->setInstalling(phase == FirstBoot::Phase::InstallerRunning);
    if (!m_name.isEmpty())
        setVmState(m_vmState);
}

bool VmPanel::isInstallerRunning() const
{
    if (m_followFirstBoot)
        return m_firstBootPhase == FirstBoot::Phase::InstallerRunning;
    return m_vmState == DomainState::Running && m_installerAttached;
}

QString VmPanel::stateLine(DomainState state, FirstBoot::Phase phase)
{
    if (state == DomainState::Running && phase == FirstBoot::Phase::InstallerRunning)
        //: The VM's live state while it runs from the install-time definition
        return tr("State: Running the NixOS installer (from the ISO)");
    if (state == DomainState::Running && phase == FirstBoot::Phase::Installed)
        //: The VM's live state once it runs from its persistent definition
        return tr("State: Running NixOS from its disk");
    //: The VM's live state, e.g. "State: Running"
    return tr("State: %1").arg(stateText(state));
}

QString VmPanel::stateText(DomainState state)
{
    switch (state) {
    case DomainState::Running:
        return tr("Running");
    case DomainState::Paused:
        return tr("Paused");
    case DomainState::ShutOff:
        return tr("Shut off");
    case DomainState::Crashed:
        return tr("Crashed");
    case DomainState::Removed:
        //: The VM was removed from libvirt (not by Airlock)
        return tr("Removed");
    case DomainState::Unknown:
        return tr("Unknown");
    }
    return {};
}

void VmPanel::readProof()
{
    if (m_name.isEmpty())
        return;
    const QString name = m_name;
    const std::optional<VmSpec> chosen
            = m_specKnown ? std::optional<VmSpec>(m_spec) : std::optional<VmSpec>();
    const quint64 generation = ++m_proofGeneration;
    m_verifyButton->setEnabled(false);
    m_hypervisor
            ->run([name, chosen](const Connection &connection) {
                Reading reading {std::nullopt, std::unexpected(LibvirtError {}),
                                 DomainState::Unknown, false};
                VmSpec spec = chosen.value_or(VmSpec {});
                if (!chosen) {
                    auto baseline = ProofBaseline::of(connection, name);
                    if (!baseline) {
                        reading.proof = std::unexpected(baseline.error());
                        reading.state = DomainControl::state(connection, name);
                        return reading;
                    }
                    reading.baseline = *baseline;
                    spec = baseline->spec;
                }
                reading.proof = IsolationProof::read(connection, name, spec);
                reading.state = DomainControl::state(connection, name);
                if (reading.proof && reading.proof->running) {
                    const auto live = XmlElement::parse(reading.proof->liveXml);
                    for (const XmlElement *disk : live ? live->allAt(QStringLiteral("devices/disk"))
                                                       : QList<const XmlElement *>()) {
                        if (DeviceInventory::holdsInstaller(spec, *disk))
                            reading.installerAttached = true;
                    }
                }
                return reading;
            })
            .then(this, [this, generation](const Reading &reading) {
                // A later read (a restart meanwhile) wins.
                if (generation == m_proofGeneration)
                    applyReading(reading);
            });
}

void VmPanel::applyReading(const Reading &reading)
{
    m_verifyButton->setEnabled(true);
    if (reading.baseline) {
        const bool wasAirlocks = m_madeByAirlock;
        m_madeByAirlock = reading.baseline->madeByAirlock;
        m_spec = reading.baseline->spec;
        if (m_madeByAirlock && m_snippet->toPlainText().isEmpty())
            m_snippet->setPlainText(GuestHardening::snippet(m_spec));
        if (wasAirlocks != m_madeByAirlock)
            applyOrigin();
    }
    if (!reading.proof) {
        m_proofView->setNote(Status::Fail, tr("The proof could not be read from libvirt: %1")
                                                   .arg(reading.proof.error().message));
        if (reading.state != DomainState::Unknown)
            setVmState(reading.state);
        return;
    }
    m_proof = *reading.proof;
    m_proofReadAt = QDateTime::currentDateTime();
    ++m_proofReads;
    m_installerAttached = reading.installerAttached;
    if (!m_followFirstBoot)
        m_snapshots->setInstalling(isInstallerRunning());
    m_proofView->setProof(*m_proof, m_proofReadAt);
    //: When the proof and audit shown were read from libvirt, e.g. "Read live at 14:05:12"
    m_readAt->setText(tr("Read live at %1")
                              .arg(QLocale().toString(m_proofReadAt.time(), QLocale::LongFormat)));
    m_auditView->setChecks(m_proof->audit);
    setVmState(reading.state);
    updateTabIcons();
    Q_EMIT proofRead();
}

void VmPanel::showProof()
{
    m_tabs->setCurrentWidget(m_proofView);
}

void VmPanel::takeKnownGood()
{
    if (!m_madeByAirlock)
        return;
    m_tabs->setCurrentWidget(m_snapshots);
    m_snapshots->takeKnownGood();
}

void VmPanel::onOpened()
{
    m_connectionLost = false;
    m_reconnectButton->setEnabled(true);
    if (m_name.isEmpty())
        return;
    m_connectionNotice->clear();
    if (m_madeByAirlock)
        m_snapshots->refresh();
    readProof();
}

void VmPanel::onOpenFailed(const LibvirtError &error)
{
    if (m_name.isEmpty() || !m_connectionLost)
        return;
    m_reconnectButton->setEnabled(true);
    m_connectionNotice->setNotice(Status::Fail, tr("Reconnecting failed: %1").arg(error.message));
}

void VmPanel::onConnectionLost(const QString &reason)
{
    m_connectionLost = true;
    if (m_name.isEmpty())
        return;
    m_connectionNotice->setNotice(
            Status::Fail,
            tr("Airlock lost its connection to libvirt: %1 The VM itself is not affected, but "
               "this page can no longer follow it; what it shows may be out of date.")
                    .arg(reason));
    m_stateLabel->setText(tr("State: unknown (connection lost)"));
    m_stateIcon->setPixmap(StatusIcon::pixmap(Status::Unknown, fontMetrics().height(),
                                              devicePixelRatioF(), palette()));
    m_shutdownTimer->stop();
    m_shuttingDown = false;
    updateButtons();
}

void VmPanel::onLifecycle(const QString &domainName, Hypervisor::DomainEvent event, int detail)
{
    if (m_name.isEmpty() || domainName != m_name)
        return;
    switch (event) {
    case Hypervisor::DomainEvent::Started:
        // Dynamic labels change on every start: read the new one.
        if (m_vmState != DomainState::Running) {
            setVmState(DomainState::Running);
            readProof();
        }
        break;
    case Hypervisor::DomainEvent::Resumed:
        // QEMU starts paused and libvirt reports "resumed" before "started":
        // a resume from stopped is a new start, with a new label.
        if (isOff(m_vmState)) {
            setVmState(DomainState::Running);
            readProof();
        } else {
            setVmState(DomainState::Running);
        }
        break;
    case Hypervisor::DomainEvent::Suspended:
    case Hypervisor::DomainEvent::PmSuspended:
        setVmState(DomainState::Paused);
        break;
    case Hypervisor::DomainEvent::Stopped:
        setVmState(detail == VIR_DOMAIN_EVENT_STOPPED_CRASHED ? DomainState::Crashed
                                                              : DomainState::ShutOff);
        onStopped();
        break;
    case Hypervisor::DomainEvent::Crashed:
        setVmState(DomainState::Crashed);
        break;
    case Hypervisor::DomainEvent::Undefined:
        if (m_vmState == DomainState::Running)
            break; // a running transient VM: it goes when it stops
        setVmState(DomainState::Removed);
        break;
    case Hypervisor::DomainEvent::Defined:
    case Hypervisor::DomainEvent::Shutdown:
        break;
    }
}

void VmPanel::onStopped()
{
    m_installerAttached = false;
    cancelForceOff();
    if (!m_shuttingDown)
        return;
    m_shuttingDown = false;
    m_shutdownTimer->stop();
    showActionNotice(Status::Pass, tr("The VM shut down."));
    updateButtons();
}

void VmPanel::onReverted(const RevertOutcome &)
{
    // The disk and maybe the state changed: read everything back again.
    readProof();
}

void VmPanel::setVmState(DomainState state)
{
    const bool changed = m_vmState != state;
    m_vmState = state;
    const FirstBoot::Phase phase = m_followFirstBoot     ? m_firstBootPhase
                                   : !m_madeByAirlock    ? FirstBoot::Phase::Unknown
                                   : m_installerAttached ? FirstBoot::Phase::InstallerRunning
                                                         : FirstBoot::Phase::Installed;
    m_stateLabel->setText(stateLine(state, phase));
    m_stateLabel->setAccessibleName(m_stateLabel->text());
    m_stateIcon->setPixmap(StatusIcon::pixmap(stateStatus(state), fontMetrics().height(),
                                              devicePixelRatioF(), palette()));
    m_snapshots->setRunning(state == DomainState::Running || state == DomainState::Paused);
    updateButtons();

    switch (state) {
    case DomainState::Running:
        if (m_proof && !m_proof->running)
            break; // the read in flight replaces the note
        m_proofView->clearNote();
        break;
    case DomainState::Paused:
        m_proofView->setNote(Status::Info,
                             tr("The VM is paused. Its label stays as shown until it stops."));
        break;
    case DomainState::ShutOff:
    case DomainState::Crashed:
        m_proofView->setNote(
                Status::Info,
                m_proof ? tr("The VM is not running. What follows was read while it ran; libvirt "
                             "gives it a new label when it starts again, and this page then "
                             "shows that one.")
                        : tr("The VM is not running: it has no label now. Start it, and Airlock "
                             "reads its proof as soon as it runs."));
        break;
    case DomainState::Removed:
        m_proofView->setNote(Status::Warn,
                             tr("The VM was removed from libvirt outside Airlock. What follows "
                                "was read while it existed."));
        break;
    case DomainState::Unknown:
        break;
    }
    if (changed)
        Q_EMIT vmStateChanged(state);
}

// Which actions the VM's state allows. A VM Airlock did not make is never
// changed from here.
void VmPanel::updateButtons()
{
    const bool window = m_controls == Controls::Window;
    const bool ours = m_madeByAirlock;
    const bool lost = m_connectionLost;
    const bool running = m_vmState == DomainState::Running;
    const bool exists = m_vmState != DomainState::Removed && !lost;
    m_startButton->setVisible(ours && !lost && isOff(m_vmState));
    m_shutdownButton->setVisible(window && ours && !lost && running);
    m_shutdownButton->setEnabled(!m_shuttingDown);
    m_forceOffButton->setVisible(window && ours && !lost
                                 && (running || m_vmState == DomainState::Paused));
    m_ejectButton->setVisible(window && ours && !lost && running && m_installerAttached
                              && !m_followFirstBoot);
    m_reconnectButton->setVisible(lost);
    m_verifyButton->setVisible(window);
    m_readAt->setVisible(window && m_proof.has_value());
    m_verifyButton->setEnabled(exists);
    m_consoleButton->setEnabled(exists);
    m_snapshotButton->setVisible(ours);
    m_snapshotButton->setEnabled(exists && !m_snapshots->isBusy());
}

void VmPanel::updateTabIcons()
{
    if (!m_proof)
        return;
    m_tabs->setTabIcon(m_tabs->indexOf(m_proofView),
                       StatusIcon::icon(ProofView::verdictStatus(*m_proof), palette()));
    m_tabs->setTabIcon(m_tabs->indexOf(m_auditView),
                       StatusIcon::icon(m_auditView->status(), palette()));
}

void VmPanel::runAction(QPushButton *button, const QString &failure,
                        std::function<LibvirtResult<Done>(const Connection &)> work,
                        std::function<void(bool)> done)
{
    button->setEnabled(false);
    m_hypervisor->run(work).then(this, [this, button, failure,
                                        done](const LibvirtResult<Done> &result) {
        button->setEnabled(true);
        if (!result) {
            //: %1 says what did not happen, %2 is libvirt's reason
            showActionNotice(Status::Fail, tr("%1 %2").arg(failure, result.error().message));
        }
        if (done)
            done(bool(result));
    });
}

void VmPanel::start()
{
    if (!m_madeByAirlock || m_name.isEmpty())
        return;
    const QString name = m_name;
    runAction(
            m_startButton, tr("The VM did not start:"),
            [name](const Connection &c) { return DomainControl::start(c, name); },
            [this](bool started) {
                if (!started)
                    return;
                // The Started event normally came first and read the new
                // label; a remote connection may deliver it late or lose
                // it, and the panel must not show the old start's label.
                if (m_vmState != DomainState::Running) {
                    setVmState(DomainState::Running);
                    readProof();
                }
            });
}

void VmPanel::setShutdownTimeout(std::chrono::milliseconds timeout)
{
    m_shutdownTimer->setInterval(timeout);
}

void VmPanel::shutdown()
{
    if (!m_madeByAirlock || m_vmState != DomainState::Running)
        return;
    const QString name = m_name;
    m_shuttingDown = true;
    updateButtons();
    runAction(
            m_shutdownButton, tr("The VM could not be asked to shut down:"),
            [name](const Connection &c) { return DomainControl::shutdown(c, name); },
            [this](bool asked) {
                if (!asked) {
                    m_shuttingDown = false;
                    updateButtons();
                    return;
                }
                if (isOff(m_vmState) || !m_shuttingDown)
                    return; // it stopped before the answer came
                m_shutdownTimer->start();
                const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
                        m_shutdownTimer->intervalAsDuration());
                showActionNotice(Status::Info,
                                 tr("Asked NixOS to shut down, as the power button does. If it "
                                    "has not stopped within %n seconds, Airlock offers to force "
                                    "it off.",
                                    nullptr, int(seconds.count())));
            });
}

void VmPanel::onShutdownTimedOut()
{
    if (!m_shuttingDown || isOff(m_vmState))
        return;
    m_shuttingDown = false;
    updateButtons();
    showActionNotice(Status::Warn,
                     tr("The VM did not shut down in time: NixOS may be busy or may be "
                        "ignoring the power button. Wait longer, or force it off."));
    requestForceOff();
}

void VmPanel::requestForceOff()
{
    if (!m_madeByAirlock || isOff(m_vmState) || m_name.isEmpty())
        return;
    m_forceOffText->setText(
            tr("Force off “%1”? It stops at once, like pulling the plug: work not saved inside "
               "the VM is lost.")
                    .arg(m_name));
    m_forceOffConfirm->setVisible(true);
    m_forceOffNo->setFocus(Qt::OtherFocusReason);
    Q_EMIT forceOffOffered();
}

void VmPanel::cancelForceOff()
{
    const bool hadFocus = m_forceOffConfirm->isAncestorOf(QApplication::focusWidget());
    m_forceOffConfirm->setVisible(false);
    if (hadFocus && m_forceOffButton->isVisible())
        m_forceOffButton->setFocus(Qt::OtherFocusReason);
}

void VmPanel::forceOffConfirmed()
{
    if (!m_forceOffConfirm->isVisible())
        return;
    m_forceOffConfirm->setVisible(false);
    m_shutdownTimer->stop();
    m_shuttingDown = false;
    const QString name = m_name;
    runAction(
            m_forceOffButton, tr("The VM could not be forced off:"),
            [name](const Connection &c) { return DomainControl::forceOff(c, name); },
            [this](bool forced) {
                if (forced)
                    showActionNotice(Status::Pass, tr("The VM was forced off."));
            });
}

void VmPanel::ejectInstaller()
{
    if (!m_madeByAirlock || m_name.isEmpty())
        return;
    const QString name = m_name;
    const VmSpec spec = m_spec;
    m_ejectButton->setEnabled(false);
    m_hypervisor
            ->run([name, spec](const Connection &connection) {
                return DomainControl::eject(connection, name, [spec](const XmlElement &disk) {
                    return DeviceInventory::holdsInstaller(spec, disk);
                });
            })
            .then(this, [this](const LibvirtResult<Ejected> &ejected) {
                m_ejectButton->setEnabled(true);
                if (!ejected) {
                    showActionNotice(Status::Fail, tr("The installer could not be ejected: %1")
                                                           .arg(ejected.error().message));
                    return;
                }
                showActionNotice(Status::Pass,
                                 ejected->persistent
                                         ? tr("Ejected the installer, now and for the VM's next "
                                              "start.")
                                         : tr("Ejected the installer. The VM's next start boots "
                                              "from its disk."));
                readProof();
            });
}

void VmPanel::copyLabel()
{
    if (!m_proof)
        return;
    const auto label = ProofView::shownLabel(*m_proof);
    if (!label)
        return;
    QGuiApplication::clipboard()->setText(label->text());
    showActionNotice(Status::Pass, tr("Copied the label %1.").arg(label->text()));
}

bool VmPanel::writeXml(const QString &fileName, const QString &xml, const QDateTime &readAt)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml.toUtf8()) < 0 || !file.commit()) {
        showActionNotice(Status::Fail,
                         tr("The XML could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return false;
    }
    showActionNotice(Status::Pass,
                     tr("Saved the live XML, as read at %1, to %2.")
                             .arg(QLocale().toString(readAt.time(), QLocale::ShortFormat),
                                  QDir::toNativeSeparators(fileName)));
    return true;
}

void VmPanel::saveLiveXmlNow(const QString &fileName)
{
    const QString name = m_name;
    m_hypervisor
            ->run([name](const Connection &connection) -> LibvirtResult<QString> {
                const auto domain = connection.domain(name);
                if (!domain)
                    return std::unexpected(domain.error());
                const QString xml = takeLibvirtString(virDomainGetXMLDesc(domain->get(), 0));
                if (xml.isEmpty())
                    return lastLibvirtError();
                return xml;
            })
            .then(this, [this, fileName](const LibvirtResult<QString> &xml) {
                if (!xml) {
                    showActionNotice(
                            Status::Fail,
                            tr("The live XML could not be read: %1").arg(xml.error().message));
                    Q_EMIT liveXmlSaved(false);
                    return;
                }
                Q_EMIT liveXmlSaved(writeXml(fileName, *xml, QDateTime::currentDateTime()));
            });
}

void VmPanel::saveLiveXmlAs()
{
    if (m_name.isEmpty())
        return;
    const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Save the live XML"), QDir::home().filePath(m_name + QLatin1String(".xml")),
            tr("XML files (*.xml);;All files (*)"));
    if (fileName.isEmpty())
        return;
    // What runs now, not the copy of the last proof: the VM may have
    // changed since (a device attached, memory ballooned).
    saveLiveXmlNow(fileName);
}

QString VmPanel::snippet() const
{
    return m_snippet->toPlainText();
}

void VmPanel::showActionNotice(Status status, const QString &text)
{
    m_actionNotice->setNotice(status, text);
}

void VmPanel::clearNotices()
{
    m_actionNotice->clear();
    m_connectionNotice->clear();
}

} // namespace Airlock
