// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostpage.h"

#include "host/hostinspector.h"
#include "hostchecklist.h"
#include "noticelabel.h"
#include "statusicon.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Airlock {

HostPage::HostPage(WizardSession *session, QWidget *parent)
    : AirlockPage(session, parent)
    , m_inspector(session->hostChecks())
    , m_summaryIcon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_recheck(new QPushButton(tr("Re-check"), this))
    , m_list(new HostCheckList(this))
    , m_advancedToggle(new QToolButton(this))
    , m_advanced(new QWidget(this))
    , m_uri(new QLineEdit(m_advanced))
    , m_connect(new QPushButton(tr("Connect"), m_advanced))
    , m_uriProblem(new NoticeLabel(m_advanced))
{
    setObjectName(QStringLiteral("hostpage"));
    setTitle(tr("Check this computer"));
    setSubTitle(tr(
            "Your computer will be the wall between the VM and everything you care about. Airlock "
            "checks that the wall is sound: SELinux, Secure Boot, hardware virtualization and "
            "libvirt. Each finding shows what was read, where, and the command that fixes it."));

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summaryIcon->setObjectName(QStringLiteral("summaryIcon"));
    m_summaryIcon->setAlignment(Qt::AlignTop);
    m_recheck->setObjectName(QStringLiteral("recheck"));
    m_recheck->setToolTip(tr("Run every check again, for example after you fixed something"));
    m_recheck->setEnabled(false);

    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    //: Expands the less common settings: the libvirt connection
    m_advancedToggle->setText(tr("Advanced"));
    m_uri->setObjectName(QStringLiteral("connectionUri"));
    m_uri->setText(session->uri());
    m_uri->setClearButtonEnabled(true);
    m_uri->setPlaceholderText(QStringLiteral("qemu:///system"));
    m_connect->setObjectName(QStringLiteral("connect"));
    m_uriProblem->setObjectName(QStringLiteral("uriProblem"));
    m_advanced->setVisible(false);

    auto *summaryRow = new QHBoxLayout;
    summaryRow->setSpacing(10);
    summaryRow->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_recheck, 0, Qt::AlignTop);

    auto *uriLabel = new QLabel(tr("libvirt connection:"), m_advanced);
    uriLabel->setBuddy(m_uri);
    auto *uriHelp = new QLabel(tr("Point Airlock at another computer's libvirt, for example "
                                  "qemu+ssh://user@host/system. The VM then runs there, and the "
                                  "checks that read this computer's files say so."),
                               m_advanced);
    uriHelp->setWordWrap(true);
    uriHelp->setForegroundRole(QPalette::PlaceholderText);
    auto *uriRow = new QHBoxLayout;
    uriRow->addWidget(uriLabel);
    uriRow->addWidget(m_uri, 1);
    uriRow->addWidget(m_connect);
    auto *advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->setContentsMargins(20, 0, 0, 0);
    advancedLayout->addLayout(uriRow);
    advancedLayout->addWidget(m_uriProblem);
    advancedLayout->addWidget(uriHelp);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(summaryRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);

    connect(m_recheck, &QPushButton::clicked, this, &HostPage::recheck);
    // The session runs the checks on every reading of the host, whoever
    // asked for it; the page shows each run from its start.
    connect(m_inspector, &HostInspector::started, this, [this] {
        m_recheck->setEnabled(false);
        m_list->clear();
        updateSummary();
        Q_EMIT completeChanged();
    });
    connect(m_inspector, &HostInspector::checkFinished, this, &HostPage::checkFinished);
    connect(m_inspector, &HostInspector::finished, this, [this] {
        m_recheck->setEnabled(true);
        updateSummary();
        Q_EMIT completeChanged();
    });
    connect(m_list, &HostCheckList::acknowledgementChanged, this,
            &HostPage::acknowledgementChanged);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advanced->setVisible(open);
    });
    connect(m_connect, &QPushButton::clicked, this, &HostPage::applyUri);
    connect(m_uri, &QLineEdit::returnPressed, this, &HostPage::applyUri);
    // A daemon that went away leaves the reading stale; while the user
    // looks at the checks, they are run again over a new connection.
    connect(session->hypervisor(), &Hypervisor::connectionLost, this, [this] {
        if (isVisible())
            runChecks();
    });
    updateSummary();
}

QString HostPage::acknowledgementKey(const QString &id)
{
    return SpecSections::acknowledgementKey(SpecSection::Host, id);
}

bool HostPage::event(QEvent *event)
{
    // The checks start only after the first paint, so they never delay it.
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &HostPage::runChecks);
    }
    return AirlockPage::event(event);
}

void HostPage::recheck()
{
    m_painted = true;
    session()->recheckHost();
}

void HostPage::runChecks()
{
    m_painted = true;
    session()->checkHost();
}

void HostPage::applyUri()
{
    const QString text = m_uri->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.scheme().isEmpty()) {
        m_uriProblem->setNotice(Status::Fail,
                                tr("“%1” is not a libvirt URI. Enter one such as qemu:///system or "
                                   "qemu+ssh://user@host/system.")
                                        .arg(text.toHtmlEscaped()));
        m_uri->setFocus();
        return;
    }
    m_uriProblem->clear();
    // The same URI again is a request to read that host again.
    if (text == session()->uri())
        session()->recheckHost();
    else
        session()->setUri(text); // reads the new host, and the checks follow
}

void HostPage::checkFinished(const HostCheck &check)
{
    const bool failing = check.status == CheckStatus::Fail && check.gate == CheckGate::Acknowledge;
    if (!failing && m_acknowledged.remove(check.id))
        session()->withdrawAcknowledgement(acknowledgementKey(check.id));
    // An accepted risk stays accepted across Re-check while it still holds.
    const bool acknowledged = failing && m_acknowledged.contains(check.id);
    if (acknowledged)
        session()->acknowledge(acknowledgementKey(check.id), check.acknowledgement);
    m_list->setCheck(check, acknowledged);
    updateCoverage();
    // Rows come after the page's other controls were made: put them in the
    // tab chain where they show, between Re-check and Advanced.
    QWidget *previous = m_recheck;
    const QList<QWidget *> chain = m_list->focusChain();
    for (QWidget *widget : chain) {
        setTabOrder(previous, widget);
        previous = widget;
    }
    setTabOrder(previous, m_advancedToggle);
    updateSummary();
    Q_EMIT completeChanged();
}

void HostPage::acknowledgementChanged(const QString &id, bool acknowledged)
{
    const auto check = m_inspector->result(id);
    if (acknowledged && check) {
        m_acknowledged.insert(id);
        session()->acknowledge(acknowledgementKey(id), check->acknowledgement);
    } else {
        m_acknowledged.remove(id);
        session()->withdrawAcknowledgement(acknowledgementKey(id));
    }
    updateSummary();
    Q_EMIT completeChanged();
}

bool HostPage::isComplete() const
{
    if (m_inspector->isRunning())
        return false;
    const auto libvirt = m_inspector->result(QStringLiteral("libvirt"));
    if (!libvirt || libvirt->gate == CheckGate::Block)
        return false;
    const QList<HostCheck> checks = m_inspector->results();
    return std::all_of(checks.cbegin(), checks.cend(), [this](const HostCheck &check) {
        return check.status != CheckStatus::Fail || check.gate != CheckGate::Acknowledge
               || isAccepted(check);
    });
}

std::optional<HostCheck> HostPage::coveringCheck(const HostCheck &check) const
{
    if (check.coveredBy.isEmpty())
        return std::nullopt;
    const auto covering = m_inspector->result(check.coveredBy);
    if (!covering || covering->status != CheckStatus::Fail
        || covering->gate != CheckGate::Acknowledge)
        return std::nullopt;
    return covering;
}

bool HostPage::isAccepted(const HostCheck &check) const
{
    const auto covering = coveringCheck(check);
    return m_acknowledged.contains(covering ? covering->id : check.id);
}

void HostPage::updateCoverage()
{
    for (const HostCheck &check : m_inspector->results()) {
        HostCheckRow *row = m_list->row(check.id);
        if (!row)
            continue;
        const auto covering = coveringCheck(check);
        row->setCoveredBy(covering ? covering->title : QString());
        // One cause, one accepted risk: the Summary lists it once.
        if (covering && m_acknowledged.remove(check.id))
            session()->withdrawAcknowledgement(acknowledgementKey(check.id));
    }
}

void HostPage::updateSummary()
{
    Status status = Status::Unknown;
    QString heading;
    QString sentence;
    const QList<HostCheck> checks = m_inspector->results();
    //: The Host page's verdict when something fails
    const QString notReady = tr("Not ready");
    if (m_inspector->isRunning() || checks.isEmpty()) {
        status = Status::Info;
        heading = tr("Checking this computer…");
        sentence = tr("%1 of %2 checks done.").arg(checks.size()).arg(HostChecks::ids().size());
    } else if (std::any_of(checks.cbegin(), checks.cend(), [](const HostCheck &check) {
                   return check.status == CheckStatus::Fail && check.gate == CheckGate::Block;
               })) {
        status = Status::Fail;
        heading = notReady;
        sentence = tr("Airlock cannot reach libvirt, and nothing after this page works without "
                      "it. Fix that first, then Re-check.");
    } else {
        // The risks the user is asked about, each once: a failure that
        // another covers is accepted with it.
        QStringList accepted;
        QStringList open;
        for (const HostCheck &check : checks) {
            if (check.status != CheckStatus::Fail || check.gate != CheckGate::Acknowledge
                || coveringCheck(check))
                continue;
            (isAccepted(check) ? accepted : open).append(check.title);
        }
        //: Joins the titles of host checks in a list, such as "SELinux, Secure Boot"
        const QString separator = tr(", ");
        const int notable
                = int(std::count_if(checks.cbegin(), checks.cend(), [](const HostCheck &check) {
                      return check.status == CheckStatus::Warn
                             || check.status == CheckStatus::Unknown;
                  }));
        if (!open.isEmpty() && accepted.isEmpty()) {
            status = Status::Fail;
            heading = notReady;
            //: %1 lists the titles of the failed checks
            sentence = tr("%n problem(s) found: %1. Fix them and Re-check, or accept each risk "
                          "below to go on.",
                          nullptr, int(open.size()))
                               .arg(open.join(separator));
        } else if (!open.isEmpty()) {
            status = Status::Fail;
            heading = notReady;
            //: %1 lists the titles of the failed checks whose risk is not accepted yet
            sentence = tr("%n problem(s) still need an answer: %1. Fix them and Re-check, or "
                          "accept each risk below to go on.",
                          nullptr, int(open.size()))
                               .arg(open.join(separator));
        } else if (!accepted.isEmpty()) {
            // Next is open: the verdict says so, and names what the user took on.
            status = Status::Warn;
            //: The Host page's verdict when every failure's risk was accepted
            heading = tr("Ready, with %n accepted risk(s)", nullptr, int(accepted.size()));
            //: %1 lists the titles of the checks whose risk the user accepted
            sentence = tr("Accepted: %1. The Summary repeats the accepted risk(s) before the VM "
                          "is created.",
                          nullptr, int(accepted.size()))
                               .arg(accepted.join(separator));
        } else if (notable > 0) {
            status = Status::Warn;
            //: The Host page's verdict when nothing fails but something deserves a look
            heading = tr("Ready with warnings");
            sentence = tr("Nothing stops you; %n finding(s) below deserve a look.", nullptr,
                          notable);
        } else {
            status = Status::Pass;
            //: The Host page's verdict when every check passes
            heading = tr("Ready");
            sentence = tr("This computer is fit to be the VM's wall.");
        }
    }
    m_summary->setText(QStringLiteral("<b>%1</b><br>%2")
                               .arg(heading.toHtmlEscaped(), sentence.toHtmlEscaped()));
    m_summary->setAccessibleName(QStringLiteral("%1. %2").arg(heading, sentence));
    m_summaryStatus = status;
    const int size = fontMetrics().height() * 2;
    m_summaryIcon->setPixmap(StatusIcon::pixmap(status, size, devicePixelRatioF(), palette()));
    m_summaryIcon->setToolTip(StatusIcon::word(status));
    m_summaryIcon->setAccessibleName(StatusIcon::word(status));
}

} // namespace Airlock
