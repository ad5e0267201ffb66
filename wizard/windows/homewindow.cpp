// SPDX-License-Identifier: GPL-3.0-or-later
#include "homewindow.h"

#include "deletedialog.h"
#include "interruptedcreations.h"

#include "airlockwizard.h"
#include "consolewindow.h"
#include "hypervisor/domaincontrol.h"
#include "noticelabel.h"
#include "proof/isolationproof.h"
#include "vmrow.h"
#include "vmwindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Airlock {

namespace {

// One VM as its row shows it: the entry, and for a running VM of Airlock's
// its live verdict.
struct RowReading
{
    LibvirtResult<VmEntry> entry;
    std::optional<IsolationProof::Verdict> verdict;
    QString proofProblem;
};

RowReading readRow(const Connection &connection, const QString &name)
{
    RowReading reading {VmList::readOne(connection, name), std::nullopt, {}};
    if (!reading.entry || !reading.entry->madeByAirlock || !reading.entry->spec
        || reading.entry->state != DomainState::Running)
        return reading;
    const auto proof = IsolationProof::read(connection, name, *reading.entry->spec);
    if (proof)
        reading.verdict = proof->verdict();
    else
        reading.proofProblem = proof.error().message;
    return reading;
}

QLabel *groupHeading(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

HomeWindow::HomeWindow(const QString &uri, QWidget *parent)
    : QWidget(parent)
    , m_hypervisor(new Hypervisor(this))
    , m_uri(uri)
    , m_title(new QLabel(tr("Your VMs"), this))
    , m_newVm(new QPushButton(tr("New VM"), this))
    , m_notice(new NoticeLabel(this, NoticeLabel::Style::Plain))
    , m_interrupted(new InterruptedCreations(m_hypervisor, this))
    , m_stack(new QStackedWidget(this))
    , m_connecting(new QLabel(m_stack))
    , m_listPage(new QWidget(m_stack))
    , m_airlockHeading(
              groupHeading(tr("Made by Airlock"), QStringLiteral("airlockGroup"), m_listPage))
    , m_airlockRows(new QWidget(m_listPage))
    , m_airlockLayout(new QVBoxLayout(m_airlockRows))
    , m_foreignHeading(groupHeading(tr("Not made by Airlock: check its isolation"),
                                    QStringLiteral("foreignGroup"), m_listPage))
    , m_foreignRows(new QWidget(m_listPage))
    , m_foreignLayout(new QVBoxLayout(m_foreignRows))
    , m_empty(new QLabel(m_stack))
    , m_failurePage(new QWidget(m_stack))
    , m_failure(new NoticeLabel(m_failurePage, NoticeLabel::Style::Plain))
    , m_retry(new QPushButton(tr("Retry"), m_failurePage))
    , m_advancedToggle(new QToolButton(m_failurePage))
    , m_advanced(new QWidget(m_failurePage))
    , m_uriEdit(new QLineEdit(m_advanced))
    , m_connect(new QPushButton(tr("Connect"), m_advanced))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("homeWindow"));
    setWindowTitle(tr("Airlock"));
    buildHeader();
    buildList();
    buildFailure();
    buildLayout();
    connectHypervisor();
    // Only the words "checked just now" age; libvirt is not asked again.
    m_clock->setInterval(std::chrono::seconds(30));
    connect(m_clock, &QTimer::timeout, this, [this] {
        for (VmRow *row : findChildren<VmRow *>())
            row->updateCheckedText();
    });
    setView(View::Connecting);
}

void HomeWindow::buildHeader()
{
    m_title->setObjectName(QStringLiteral("homeTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);
    m_newVm->setObjectName(QStringLiteral("newVmButton"));
    m_newVm->setDefault(true);
    m_newVm->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_newVm->setToolTip(tr("Opens the wizard that makes a new, isolated NixOS VM"));
    m_notice->setObjectName(QStringLiteral("homeNotice"));
    connect(m_newVm, &QPushButton::clicked, this, &HomeWindow::openWizard);
}

void HomeWindow::buildList()
{
    m_connecting->setObjectName(QStringLiteral("connectingText"));
    m_empty->setObjectName(QStringLiteral("emptyText"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("There are no VMs on this connection yet. Choose “New VM” to make one: "
                        "Airlock walks you through it and proves its isolation at the end."));
    m_listPage->setObjectName(QStringLiteral("vmList"));
    for (QVBoxLayout *rows : {m_airlockLayout, m_foreignLayout}) {
        rows->setContentsMargins(0, 0, 0, 0);
        rows->setSpacing(6);
    }
    auto *layout = new QVBoxLayout(m_listPage);
    layout->addWidget(m_airlockHeading);
    layout->addWidget(m_airlockRows);
    layout->addSpacing(12);
    layout->addWidget(m_foreignHeading);
    layout->addWidget(m_foreignRows);
    layout->addStretch(1);
}

// A failed connection says libvirt's reason and offers Retry, and another
// connection under Advanced.
void HomeWindow::buildFailure()
{
    m_failure->setObjectName(QStringLiteral("connectionFailure"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_uriEdit->setObjectName(QStringLiteral("connectionUri"));
    m_uriEdit->setAccessibleName(tr("Connection URI"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    auto *uriLabel = new QLabel(tr("Connection URI:"), m_advanced);
    uriLabel->setBuddy(m_uriEdit);
    auto *advanced = new QHBoxLayout(m_advanced);
    advanced->setContentsMargins(0, 0, 0, 0);
    advanced->addWidget(uriLabel);
    advanced->addWidget(m_uriEdit, 1);
    advanced->addWidget(m_connect);
    m_advanced->setVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(m_failurePage);
    layout->addWidget(m_failure);
    layout->addLayout(buttons);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addStretch(1);
    connect(m_retry, &QPushButton::clicked, this, &HomeWindow::start);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_advanced->setVisible(shown);
    });
    connect(m_connect, &QPushButton::clicked, this,
            [this] { connectTo(m_uriEdit->text().trimmed()); });
    connect(m_uriEdit, &QLineEdit::returnPressed, m_connect, &QPushButton::click);
}

void HomeWindow::buildLayout()
{
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("vmListScroll"));
    scroll->setWidget(m_listPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_connecting);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_failurePage);
    m_connecting->setAlignment(Qt::AlignCenter);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_newVm);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_interrupted);
    layout->addWidget(m_stack, 1);
    resize(900, 600);
}

void HomeWindow::connectHypervisor()
{
    connect(m_hypervisor, &Hypervisor::opened, this, &HomeWindow::readList);
    // A creation finished or undone changes the list; libvirt's events follow.
    connect(m_interrupted, &InterruptedCreations::resolved, this, &HomeWindow::readList);
    connect(m_hypervisor, &Hypervisor::openFailed, this, &HomeWindow::onOpenFailed);
    connect(m_hypervisor, &Hypervisor::connectionLost, this, &HomeWindow::onConnectionLost);
    connect(m_hypervisor, &Hypervisor::domainLifecycleChanged, this, &HomeWindow::onLifecycle);
}

void HomeWindow::start()
{
    connectTo(m_uri);
}

void HomeWindow::connectTo(const QString &uri)
{
    m_uri = uri;
    m_connecting->setText(tr("Connecting to libvirt at %1…").arg(uri));
    m_notice->clear();
    setView(View::Connecting);
    m_hypervisor->open(uri);
}

void HomeWindow::setView(View view)
{
    m_view = view;
    switch (view) {
    case View::Connecting:
        m_stack->setCurrentWidget(m_connecting);
        break;
    case View::List:
        m_stack->setCurrentIndex(1);
        m_clock->start();
        break;
    case View::Empty:
        m_stack->setCurrentWidget(m_empty);
        break;
    case View::Failed:
        m_stack->setCurrentWidget(m_failurePage);
        m_clock->stop();
        break;
    }
}

void HomeWindow::readList()
{
    struct Reading
    {
        LibvirtResult<QList<VmEntry>> entries;
        QList<InterruptedCreation> interrupted;
    };
    m_hypervisor
            ->run([](const Connection &connection) {
                return Reading {VmList::read(connection), CreationRecovery::find(connection)};
            })
            .then(this, [this](const Reading &reading) {
                if (!reading.entries) {
                    onOpenFailed(reading.entries.error());
                    return;
                }
                m_interrupted->setCreations(reading.interrupted);
                showList(*reading.entries);
                Q_EMIT listRead(int(reading.entries->size()));
            });
}

int HomeWindow::interruptedCount() const
{
    return m_interrupted->count();
}

void HomeWindow::showList(const QList<VmEntry> &entries)
{
    for (VmRow *row : findChildren<VmRow *>())
        delete row;
    m_readings.clear();
    for (const VmEntry &entry : entries) {
        placeRow(entry);
        if (entry.madeByAirlock && entry.state == DomainState::Running)
            readVm(entry.name);
    }
    updateGroups();
}

// Every event of a VM reads it again (its entry, and its verdict when it
// runs): an undefined VM that still runs stays, a stopped transient one goes.
void HomeWindow::readVm(const QString &name)
{
    const quint64 reading = ++m_readingCount;
    m_readings.insert(name, reading);
    m_hypervisor->run([name](const Connection &connection) { return readRow(connection, name); })
            .then(this, [this, name, reading](const RowReading &read) {
                if (m_readings.value(name) != reading)
                    return; // a later event's reading wins
                if (!read.entry) {
                    if (read.entry.error().code == VIR_ERR_NO_DOMAIN)
                        removeRow(name);
                    return;
                }
                placeRow(*read.entry);
                if (VmRow *shown = row(name)) {
                    if (read.verdict)
                        shown->setProof(read.verdict, QDateTime::currentDateTime());
                    else if (!read.proofProblem.isEmpty())
                        shown->setProofFailed(read.proofProblem);
                }
                updateGroups();
                Q_EMIT rowChanged(name);
            });
}

// Each group sorted by name, as VmList reads them.
void HomeWindow::placeRow(const VmEntry &entry)
{
    VmRow *existing = row(entry.name);
    QVBoxLayout *layout = entry.madeByAirlock ? m_airlockLayout : m_foreignLayout;
    if (existing && existing->entry().madeByAirlock == entry.madeByAirlock) {
        existing->setEntry(entry);
        return;
    }
    delete existing;
    auto *shown = new VmRow(entry, entry.madeByAirlock ? m_airlockRows : m_foreignRows);
    int index = 0;
    while (index < layout->count()) {
        auto *other = qobject_cast<VmRow *>(layout->itemAt(index)->widget());
        if (other && QString::localeAwareCompare(other->name(), entry.name) > 0)
            break;
        ++index;
    }
    layout->insertWidget(index, shown);
    connect(shown, &VmRow::openRequested, this, &HomeWindow::openVm);
    connect(shown, &VmRow::consoleRequested, this, &HomeWindow::openConsole);
    connect(shown, &VmRow::startRequested, this, &HomeWindow::startVm);
    connect(shown, &VmRow::shutdownRequested, this, &HomeWindow::shutdownVm);
}

void HomeWindow::removeRow(const QString &name)
{
    delete row(name);
    m_readings.remove(name);
    updateGroups();
    Q_EMIT rowChanged(name);
}

void HomeWindow::updateGroups()
{
    if (!m_hypervisor->isOpen())
        return;
    const bool ours = m_airlockLayout->count() > 0;
    const bool others = m_foreignLayout->count() > 0;
    m_airlockHeading->setVisible(ours);
    m_airlockRows->setVisible(ours);
    m_foreignHeading->setVisible(others);
    m_foreignRows->setVisible(others);
    setView(ours || others ? View::List : View::Empty);
    updateTabOrder();
}

// New VM, then each row's buttons top to bottom: the order they are seen in,
// whichever order the events made the rows in.
void HomeWindow::updateTabOrder()
{
    QWidget *previous = m_newVm;
    for (QVBoxLayout *layout : {m_airlockLayout, m_foreignLayout}) {
        for (int index = 0; index < layout->count(); ++index) {
            auto *shown = qobject_cast<VmRow *>(layout->itemAt(index)->widget());
            if (!shown)
                continue;
            for (QWidget *button : shown->focusOrder()) {
                setTabOrder(previous, button);
                previous = button;
            }
        }
    }
}

QList<VmEntry> HomeWindow::entries() const
{
    QList<VmEntry> shown;
    for (QVBoxLayout *layout : {m_airlockLayout, m_foreignLayout}) {
        for (int index = 0; index < layout->count(); ++index) {
            if (auto *each = qobject_cast<VmRow *>(layout->itemAt(index)->widget()))
                shown.append(each->entry());
        }
    }
    return shown;
}

VmRow *HomeWindow::row(const QString &name) const
{
    for (VmRow *each : findChildren<VmRow *>()) {
        if (each->name() == name)
            return each;
    }
    return nullptr;
}

void HomeWindow::onLifecycle(const QString &name, Hypervisor::DomainEvent event, int)
{
    switch (event) {
    case Hypervisor::DomainEvent::Defined:
    case Hypervisor::DomainEvent::Undefined:
    case Hypervisor::DomainEvent::Started:
    case Hypervisor::DomainEvent::Stopped:
    case Hypervisor::DomainEvent::Crashed:
    case Hypervisor::DomainEvent::Suspended:
    case Hypervisor::DomainEvent::Resumed:
    case Hypervisor::DomainEvent::PmSuspended:
        readVm(name);
        break;
    case Hypervisor::DomainEvent::Shutdown:
        break; // the guest is on its way down: Stopped follows
    }
}

void HomeWindow::onOpenFailed(const LibvirtError &error)
{
    m_uriEdit->setText(m_uri);
    //: %1 is the connection URI, %2 libvirt's own words
    m_failure->setNotice(Status::Fail,
                         tr("Airlock could not connect to libvirt at %1. Check that the libvirt "
                            "daemon runs, then choose Retry; or choose another connection under "
                            "Advanced.\nlibvirt said: %2")
                                 .arg(m_uri, error.message));
    setView(View::Failed);
    Q_EMIT listRead(-1);
}

void HomeWindow::onConnectionLost(const QString &reason)
{
    m_uriEdit->setText(m_uri);
    m_failure->setNotice(Status::Fail,
                         tr("Airlock lost its connection to libvirt: %1 Your VMs are not "
                            "affected. Choose Retry to connect again.")
                                 .arg(reason));
    setView(View::Failed);
}

QString HomeWindow::failureText() const
{
    return m_failure->text();
}

AirlockWizard *HomeWindow::openWizard()
{
    if (!m_wizard) {
        m_wizard = new AirlockWizard(m_uri, VmSpec {}, nullptr,
                                     AirlockWizard::PageCreation::Deferred);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
}

VmWindow *HomeWindow::openVm(const QString &name)
{
    const bool opened = VmWindow::find(m_hypervisor, name) == nullptr;
    VmWindow *window = VmWindow::showFor(m_hypervisor, name);
    if (opened) {
        connect(window, &VmWindow::deleteRequested, this, &HomeWindow::deleteVm);
        Q_EMIT vmWindowOpened(window);
    }
    return window;
}

DeleteDialog *HomeWindow::deleteVm(const QString &name)
{
    VmWindow *window = VmWindow::find(m_hypervisor, name);
    auto *dialog
            = new DeleteDialog(m_hypervisor, name, window ? static_cast<QWidget *>(window) : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // Once the VM is gone, so are its console and, when the user closes
    // the dialog, its window; its row goes with libvirt's Undefined event.
    QPointer<VmWindow> vmWindow(window);
    connect(dialog, &DeleteDialog::deleted, this, [this](const QString &deleted) {
        if (ConsoleWindow *console = ConsoleWindow::find(m_hypervisor, deleted))
            console->close();
    });
    connect(dialog, &QDialog::finished, this, [dialog, vmWindow] {
        if (vmWindow && (dialog->stage() == DeleteDialog::Stage::Done))
            vmWindow->close();
    });
    dialog->open();
    return dialog;
}

void HomeWindow::openConsole(const QString &name)
{
    const VmRow *shown = row(name);
    if (!shown || !shown->entry().madeByAirlock)
        return;
    const VmSpec spec = shown->entry().spec.value_or(VmSpec {});
    ConsoleWindow::showFor(m_hypervisor, name, ConsoleChannels::fromExposure(spec.exposure));
}

void HomeWindow::startVm(const QString &name)
{
    m_hypervisor->run([name](const Connection &c) { return DomainControl::start(c, name); })
            .then(this, [this, name](const LibvirtResult<Done> &started) {
                if (!started)
                    m_notice->setNotice(
                            Status::Fail,
                            tr("“%1” did not start: %2").arg(name, started.error().message));
            });
}

void HomeWindow::shutdownVm(const QString &name)
{
    m_hypervisor->run([name](const Connection &c) { return DomainControl::shutdown(c, name); })
            .then(this, [this, name](const LibvirtResult<Done> &asked) {
                if (!asked) {
                    m_notice->setNotice(Status::Fail, tr("“%1” could not be asked to shut down: %2")
                                                              .arg(name, asked.error().message));
                    return;
                }
                m_notice->setNotice(Status::Info,
                                    tr("Asked “%1” to shut down, as its power button does. If it "
                                       "does not stop, open it to force it off.")
                                            .arg(name));
            });
}

} // namespace Airlock
