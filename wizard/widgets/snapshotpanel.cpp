// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotpanel.h"

#include "hypervisor/hypervisor.h"
#include "noticelabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Airlock {

namespace {

// Whole sentences, so that each language keeps its own capitalisation of the
// kind (German nouns stay capitalised).
QString tookText(const SnapshotInfo &snapshot)
{
    if (snapshot.kind == SnapshotInfo::Kind::External)
        return SnapshotPanel::tr("Took “%1”: disk only (an overlay file).").arg(snapshot.name);
    return snapshot.withMemory ? SnapshotPanel::tr("Took “%1”: disk and memory.").arg(snapshot.name)
                               : SnapshotPanel::tr("Took “%1”: disk (inside the disk file).")
                                         .arg(snapshot.name);
}

} // namespace

SnapshotPanel::SnapshotPanel(Hypervisor *hypervisor, QWidget *parent)
    : QWidget(parent)
    , m_hypervisor(hypervisor)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_selectedText(new QLabel(this))
    , m_revert(new QPushButton(tr("Revert to this snapshot…"), this))
    , m_confirm(new QFrame(this))
    , m_confirmText(new QLabel(m_confirm))
    , m_confirmRevert(new QPushButton(tr("Revert now"), m_confirm))
    , m_keep(new QPushButton(tr("Keep the VM as it is"), m_confirm))
    , m_takeConfirm(new QFrame(this))
    , m_takeConfirmText(new QLabel(m_takeConfirm))
    , m_takeAnyway(new QPushButton(tr("Take it anyway"), m_takeConfirm))
    , m_takeLater(new QPushButton(tr("Wait until NixOS is installed"), m_takeConfirm))
    , m_status(new NoticeLabel(this, NoticeLabel::Style::Plain))
{
    setObjectName(QStringLiteral("snapshotPanel"));
    m_list->setObjectName(QStringLiteral("snapshotList"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_confirm->setObjectName(QStringLiteral("revertConfirmation"));
    m_confirmRevert->setObjectName(QStringLiteral("confirmRevertButton"));
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_status->setObjectName(QStringLiteral("snapshotStatus"));
    m_selectedText->setObjectName(QStringLiteral("snapshotRevertText"));

    m_intro->setObjectName(QStringLiteral("snapshotIntro"));
    m_intro->setWordWrap(true);
    updateIntro();
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Snapshot"), tr("Taken"), tr("Kind")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Snapshots of this VM"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_selectedText->setWordWrap(true);
    m_selectedText->setForegroundRole(QPalette::PlaceholderText);
    m_confirmText->setWordWrap(true);
    m_confirm->setFrameShape(QFrame::StyledPanel);
    m_confirm->setVisible(false);

    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addWidget(m_confirmRevert);
    confirmButtons->addWidget(m_keep);
    confirmButtons->addStretch(1);
    auto *confirmLayout = new QVBoxLayout(m_confirm);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addLayout(confirmButtons);

    auto *revertRow = new QHBoxLayout;
    revertRow->addWidget(m_selectedText, 1);
    revertRow->addWidget(m_revert, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(revertRow);
    layout->addWidget(m_confirm);
    layout->addWidget(m_takeConfirm);
    layout->addWidget(m_status);
    buildTakeConfirmation();

    connect(m_list, &QTreeWidget::currentItemChanged, this, &SnapshotPanel::updateSelection);
    connect(m_revert, &QPushButton::clicked, this, &SnapshotPanel::requestRevert);
    connect(m_confirmRevert, &QPushButton::clicked, this, &SnapshotPanel::revertConfirmed);
    connect(m_keep, &QPushButton::clicked, this, &SnapshotPanel::cancelRevert);
    updateSelection();
}

// Asked when a snapshot is taken while the installer still runs.
void SnapshotPanel::buildTakeConfirmation()
{
    m_takeConfirm->setObjectName(QStringLiteral("takeConfirmation"));
    m_takeAnyway->setObjectName(QStringLiteral("takeAnywayButton"));
    m_takeLater->setObjectName(QStringLiteral("takeLaterButton"));
    m_takeConfirmText->setWordWrap(true);
    m_takeConfirmText->setText(
            tr("The NixOS installer is still running, so a snapshot now would keep the "
               "installer, not your installed NixOS: going back to it would undo the "
               "installation. It is worth taking once NixOS is installed, has started from its "
               "disk and is set up. Take one now anyway?"));
    m_takeConfirm->setFrameShape(QFrame::StyledPanel);
    m_takeConfirm->setVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_takeLater);
    buttons->addWidget(m_takeAnyway);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(m_takeConfirm);
    layout->addWidget(m_takeConfirmText);
    layout->addLayout(buttons);
    connect(m_takeAnyway, &QPushButton::clicked, this, &SnapshotPanel::takeConfirmed);
    connect(m_takeLater, &QPushButton::clicked, this, &SnapshotPanel::cancelTake);
}

void SnapshotPanel::updateIntro()
{
    m_intro->setText(
            m_installing
                    ? tr("A snapshot keeps the VM as it is now, so you can come back to it. The "
                         "NixOS installer is still running: take the known-good snapshot once "
                         "NixOS is installed, has started from its disk and is set up.")
                    : tr("A snapshot keeps the VM as it is now, so you can come back to it. Take "
                         "one right after NixOS is installed and set up: a known-good state to "
                         "return to if something goes wrong later."));
}

void SnapshotPanel::setInstalling(bool installing)
{
    m_installing = installing;
    if (!installing)
        m_takeConfirm->setVisible(false);
    updateIntro();
}

void SnapshotPanel::cancelTake()
{
    m_takeConfirm->setVisible(false);
}

void SnapshotPanel::setDomain(const QString &domainName)
{
    m_domain = domainName;
    m_status->clear();
    refresh();
}

void SnapshotPanel::refresh()
{
    if (m_domain.isEmpty() || !m_hypervisor->isOpen())
        return;
    const QString domain = m_domain;
    m_hypervisor->run([domain](const Connection &c) { return Snapshots::list(c, domain); })
            .then(this, [this](const LibvirtResult<QList<SnapshotInfo>> &result) {
                if (result)
                    showSnapshots(*result);
                else if (!m_busy)
                    m_status->setNotice(Status::Fail, tr("The snapshots could not be listed: %1")
                                                              .arg(result.error().message));
            });
}

void SnapshotPanel::takeKnownGood()
{
    if (m_busy || m_domain.isEmpty())
        return;
    if (m_installing) {
        cancelRevert();
        m_takeConfirm->setVisible(true);
        m_takeLater->setFocus();
        return;
    }
    takeConfirmed();
}

void SnapshotPanel::takeConfirmed()
{
    if (m_busy || m_domain.isEmpty())
        return;
    m_takeConfirm->setVisible(false);
    cancelRevert();
    setBusy(true, tr("Taking a known-good snapshot…"));
    const QString domain = m_domain;
    m_hypervisor->run([domain](const Connection &c) { return Snapshots::takeKnownGood(c, domain); })
            .then(this, [this](const LibvirtResult<SnapshotTaken> &result) {
                setBusy(false);
                if (!result) {
                    m_status->setNotice(
                            Status::Fail,
                            tr("The snapshot could not be taken: %1").arg(result.error().message));
                    refresh();
                    return;
                }
                const SnapshotInfo &snapshot = result->snapshot;
                if (result->internalRefusal.isEmpty()) {
                    m_status->setNotice(Status::Pass, tookText(snapshot));
                } else {
                    m_status->setNotice(
                            Status::Pass,
                            tr("Took “%1” as a disk-only snapshot: libvirt refuses a full one for "
                               "this VM (“%2”).")
                                    .arg(snapshot.name, result->internalRefusal));
                }
                Q_EMIT taken(*result);
                refresh();
            });
}

void SnapshotPanel::requestRevert()
{
    const SnapshotInfo *snapshot = selected();
    if (!snapshot || m_busy)
        return;
    m_takeConfirm->setVisible(false);
    QString text = tr("Revert the VM to “%1”, taken %2?")
                           .arg(snapshot->name,
                                QLocale().toString(snapshot->created, QLocale::ShortFormat));
    text += QLatin1Char(' ') + snapshot->revertText();
    if (snapshot->kind == SnapshotInfo::Kind::External && m_running)
        text += QLatin1Char(' ') + tr("The VM is running: it will be turned off first.");
    m_confirmText->setText(text);
    m_confirm->setVisible(true);
    m_confirmRevert->setFocus();
}

void SnapshotPanel::cancelRevert()
{
    m_confirm->setVisible(false);
}

void SnapshotPanel::revertConfirmed()
{
    const SnapshotInfo *snapshot = selected();
    if (!snapshot || m_busy)
        return;
    m_confirm->setVisible(false);
    const QString name = snapshot->name;
    Q_EMIT revertStarted();
    setBusy(true, tr("Reverting to “%1”…").arg(name));
    const QString domain = m_domain;
    m_hypervisor
            ->run([domain, name](const Connection &c) {
                return Snapshots::revert(c, domain, name);
            })
            .then(this, [this, name](const LibvirtResult<RevertOutcome> &result) {
                setBusy(false);
                if (!result) {
                    m_status->setNotice(Status::Fail, tr("The VM could not be reverted to “%1”: %2")
                                                              .arg(name, result.error().message));
                    refresh();
                    return;
                }
                QString text = tr("The VM is back at “%1”.").arg(name);
                if (result->restarted)
                    text += QLatin1Char(' ') + tr("It was turned off for this and runs again.");
                if (!result->restartError.isEmpty())
                    text += QLatin1Char(' ')
                            + tr("It did not start again: %1").arg(result->restartError);
                if (!result->removed.isEmpty())
                    text += QLatin1Char(' ')
                            + tr("Removed: %1.").arg(result->removed.join(QLatin1String("; ")));
                m_status->setNotice(result->restartError.isEmpty() ? Status::Pass : Status::Warn,
                                    text);
                Q_EMIT reverted(*result);
                refresh();
            });
}

QString SnapshotPanel::statusText() const
{
    return m_status->text();
}

void SnapshotPanel::setBusy(bool busy, const QString &text)
{
    if (busy)
        m_status->setNotice(Status::Info, text);
    if (m_busy == busy)
        return;
    m_busy = busy;
    updateSelection();
    Q_EMIT busyChanged(busy);
}

void SnapshotPanel::showSnapshots(const QList<SnapshotInfo> &snapshots)
{
    const QString current = selected() ? selected()->name : QString();
    m_snapshots = snapshots;
    m_list->clear();
    const QLocale locale;
    QTreeWidgetItem *select = nullptr;
    for (const SnapshotInfo &snapshot : snapshots) {
        auto *item = new QTreeWidgetItem(m_list);
        //: A snapshot libvirt marks as the one the VM last came from
        item->setText(0, snapshot.current ? tr("%1 (current)").arg(snapshot.name) : snapshot.name);
        item->setText(1, locale.toString(snapshot.created, QLocale::ShortFormat));
        item->setText(2, snapshot.kindText());
        item->setData(0, Qt::UserRole, snapshot.name);
        item->setToolTip(0, snapshot.description);
        if (snapshot.name == current || (!select && current.isEmpty() && snapshot.current))
            select = item;
    }
    if (!select && m_list->topLevelItemCount() > 0)
        select = m_list->topLevelItem(m_list->topLevelItemCount() - 1);
    if (select)
        m_list->setCurrentItem(select);
    updateSelection();
}

const SnapshotInfo *SnapshotPanel::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const QString name = item->data(0, Qt::UserRole).toString();
    const auto it = std::find_if(m_snapshots.cbegin(), m_snapshots.cend(),
                                 [&name](const SnapshotInfo &s) { return s.name == name; });
    return it == m_snapshots.cend() ? nullptr : &*it;
}

void SnapshotPanel::updateSelection()
{
    const SnapshotInfo *snapshot = selected();
    m_revert->setEnabled(snapshot && !m_busy);
    m_confirmRevert->setEnabled(!m_busy);
    if (m_snapshots.isEmpty()) {
        m_selectedText->setText(tr("No snapshots yet. “Take known-good snapshot” below takes "
                                   "one."));
    } else if (snapshot) {
        //: %1 is the kind of snapshot ("Disk and memory"), %2 what reverting to it does.
        m_selectedText->setText(tr("%1: %2").arg(snapshot->kindText(), snapshot->revertText()));
    } else {
        m_selectedText->setText(tr("Choose a snapshot to see what reverting to it does."));
    }
}

} // namespace Airlock
