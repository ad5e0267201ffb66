// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmrow.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace Airlock {

namespace {

QPushButton *rowButton(const QString &text, const QString &name, QWidget *parent)
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

VmRow::VmRow(const VmEntry &entry, QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_state(new QLabel(this))
    , m_badgeIcon(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_installer(new QLabel(this))
    , m_checked(new QLabel(this))
    , m_console(rowButton(tr("Open console"), QStringLiteral("rowConsole"), this))
    , m_open(rowButton(tr("Open"), QStringLiteral("rowOpen"), this))
    , m_start(rowButton(tr("Start"), QStringLiteral("rowStart"), this))
    , m_shutdown(rowButton(tr("Shut down"), QStringLiteral("rowShutdown"), this))
{
    setObjectName(QStringLiteral("vmRow"));
    setFrameShape(QFrame::StyledPanel);
    m_name->setObjectName(QStringLiteral("rowName"));
    m_state->setObjectName(QStringLiteral("rowState"));
    m_badge->setObjectName(QStringLiteral("rowVerdict"));
    m_installer->setObjectName(QStringLiteral("rowInstaller"));
    m_checked->setObjectName(QStringLiteral("rowChecked"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_badge->setWordWrap(true);
    buildLayout();
    connect(m_console, &QPushButton::clicked, this,
            [this] { Q_EMIT consoleRequested(m_entry.name); });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_entry.name); });
    connect(m_start, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(m_entry.name); });
    connect(m_shutdown, &QPushButton::clicked, this,
            [this] { Q_EMIT shutdownRequested(m_entry.name); });
    setEntry(entry);
}

// Name and state on the left, the verdict in the middle, actions right.
void VmRow::buildLayout()
{
    auto *badgeRow = new QHBoxLayout;
    badgeRow->setSpacing(4);
    badgeRow->addWidget(m_badgeIcon);
    badgeRow->addWidget(m_badge, 1);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_name, 0, 0);
    grid->addWidget(m_state, 1, 0);
    grid->addLayout(badgeRow, 0, 1);
    auto *details = new QHBoxLayout;
    details->setSpacing(fontMetrics().averageCharWidth() * 3);
    details->addWidget(m_installer);
    details->addWidget(m_checked, 1);
    grid->addLayout(details, 1, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_console);
    actions->addWidget(m_open);
    actions->addWidget(m_start);
    actions->addWidget(m_shutdown);
    grid->addLayout(actions, 0, 2, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
}

void VmRow::setEntry(const VmEntry &entry)
{
    const bool restarted = entry.state != m_entry.state;
    m_entry = entry;
    m_name->setText(entry.name);
    //: A VM's state on the home window, e.g. "running"
    m_state->setText(VmList::stateText(entry.state));
    if (restarted && entry.state != DomainState::Running)
        m_verdict.reset();
    m_open->setText(entry.madeByAirlock ? tr("Open") : tr("Check its isolation"));
    m_open->setToolTip(entry.madeByAirlock
                               ? tr("Opens the VM's window: its proof, snapshots and actions")
                               : tr("Opens the VM's proof against Maximum isolation; Airlock "
                                    "does not change this VM"));
    setAccessibleName(entry.name);
    updateBadge();
    updateButtons();
}

void VmRow::setProof(const std::optional<IsolationProof::Verdict> &verdict,
                     const QDateTime &checkedAt)
{
    m_verdict = verdict;
    m_checkedAt = checkedAt;
    m_proofProblem.clear();
    updateBadge();
}

void VmRow::setProofFailed(const QString &reason)
{
    m_verdict.reset();
    m_proofProblem = reason;
    m_checkedAt = QDateTime::currentDateTime();
    updateBadge();
}

void VmRow::setBadge(Status status, const QString &text)
{
    m_verdictStatus = status;
    m_badge->setText(text);
    m_badge->setAccessibleName(QStringLiteral("%1: %2").arg(StatusIcon::word(status), text));
    m_badgeIcon->setPixmap(
            StatusIcon::pixmap(status, fontMetrics().height(), devicePixelRatioF(), palette()));
}

// The verdict in a word, with its icon: never colour alone.
void VmRow::updateBadge()
{
    if (!m_entry.madeByAirlock) {
        setBadge(Status::Info, tr("Not made by Airlock: check its isolation"));
    } else if (isOff(m_entry.state)) {
        setBadge(Status::Unknown, tr("Shut off: checked when it runs"));
    } else if (!m_proofProblem.isEmpty()) {
        setBadge(Status::Fail, tr("Could not be checked: %1").arg(m_proofProblem));
    } else if (!m_verdict) {
        setBadge(Status::Unknown, tr("Checking…"));
    } else {
        switch (*m_verdict) {
        case IsolationProof::Verdict::Confined:
            setBadge(Status::Pass, tr("Confined by SELinux"));
            break;
        case IsolationProof::Verdict::Permissive:
            setBadge(Status::Warn, tr("Not confined: SELinux only logs"));
            break;
        case IsolationProof::Verdict::Unknown:
            setBadge(Status::Unknown, tr("Confinement could not be read"));
            break;
        case IsolationProof::Verdict::NotConfined:
            setBadge(Status::Fail, tr("Not confined"));
            break;
        }
    }
    m_installer->setText(installerText());
    m_installer->setVisible(!m_installer->text().isEmpty());
    updateCheckedText();
}

QString VmRow::installerText() const
{
    if (!m_entry.madeByAirlock || m_entry.state != DomainState::Running)
        return {};
    return m_entry.installerAttached ? tr("Running the installer") : tr("Installer removed");
}

QString VmRow::checkedText() const
{
    if (!m_entry.madeByAirlock || isOff(m_entry.state) || !m_checkedAt.isValid())
        return {};
    if (m_checkedAt.secsTo(QDateTime::currentDateTime()) < 60)
        return tr("checked just now");
    //: When the VM's proof was read, e.g. "checked at 14:05"
    return tr("checked at %1").arg(QLocale().toString(m_checkedAt.time(), QLocale::ShortFormat));
}

void VmRow::updateCheckedText()
{
    m_checked->setText(checkedText());
}

QString VmRow::verdictText() const
{
    return m_badge->text();
}

void VmRow::updateButtons()
{
    const bool ours = m_entry.madeByAirlock;
    const bool running = m_entry.state == DomainState::Running;
    m_console->setVisible(ours);
    m_console->setEnabled(running || m_entry.state == DomainState::Paused);
    m_start->setVisible(ours && isOff(m_entry.state));
    m_shutdown->setVisible(ours && running);
    // Greyed, but still readable and its one button still works.
    m_name->setEnabled(ours);
    m_state->setEnabled(ours);
    m_badge->setEnabled(ours);
}

QList<QWidget *> VmRow::focusOrder() const
{
    return {m_console, m_open, m_start, m_shutdown};
}

void VmRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        setBadge(m_verdictStatus, m_badge->text());
    QFrame::changeEvent(event);
}

} // namespace Airlock
