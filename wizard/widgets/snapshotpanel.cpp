// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotpanel.h"

#include "flowlayout.h"
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
    , m_kind(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_selectedText(new QLabel(this))
    , m_take(new QPushButton(tr("Take known-good snapshot now"), this))
    , m_revert(new QPushButton(tr("Revert to this snapshot…"), this))
    , m_delete(new QPushButton(tr("Delete this snapshot…"), this))
    , m_confirm(new QFrame(this))
    , m_confirmText(new QLabel(m_confirm))
    , m_confirmRevert(new QPushButton(tr("Revert now"), m_confirm))
    , m_keep(new QPushButton(tr("Keep the VM as it is"), m_confirm))
    , m_takeConfirm(new QFrame(this))
    , m_takeConfirmText(new QLabel(m_takeConfirm))
    , m_takeAnyway(new QPushButton(tr("Take it anyway"), m_takeConfirm))
    , m_takeLater(new QPushButton(tr("Wait until NixOS is installed"), m_takeConfirm))
    , m_deleteConfirm(new QFrame(this))
    , m_deleteConfirmText(new QLabel(m_deleteConfirm))
    , m_confirmDelete(new QPushButton(tr("Delete it"), m_deleteConfirm))
    , m_keepSnapshot(new QPushButton(tr("Keep the snapshot"), m_deleteConfirm))
    , m_status(new NoticeLabel(this, NoticeLabel::Style::Plain))
{
    setObjectName(QStringLiteral("snapshotPanel"));
    m_list->setObjectName(QStringLiteral("snapshotList"));
    m_take->setObjectName(QStringLiteral("takeButton"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_confirm->setObjectName(QStringLiteral("revertConfirmation"));
    m_confirmText->setObjectName(QStringLiteral("revertConfirmationText"));
    m_confirmRevert->setObjectName(QStringLiteral("confirmRevertButton"));
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_status->setObjectName(QStringLiteral("snapshotStatus"));
    m_selectedText->setObjectName(QStringLiteral("snapshotRevertText"));
    m_kind->setObjectName(QStringLiteral("snapshotKindText"));

    m_intro->setObjectName(QStringLiteral("snapshotIntro"));
    m_intro->setWordWrap(true);
    updateIntro();
    m_kind->setWordWrap(true);
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_intro);
    layout->addWidget(m_kind);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_selectedText);
    layout->addLayout(buildButtons());
    layout->addWidget(m_confirm);
    layout->addWidget(m_takeConfirm);
    layout->addWidget(m_deleteConfirm);
    layout->addWidget(m_status);
    buildTakeConfirmation();
    buildDeleteConfirmation();

    connect(m_list, &QTreeWidget::currentItemChanged, this, &SnapshotPanel::updateSelection);
    connect(m_confirmRevert, &QPushButton::clicked, this, &SnapshotPanel::revertConfirmed);
    connect(m_keep, &QPushButton::clicked, this, &SnapshotPanel::cancelRevert);
    showSnapshots({});
}

QLayout *SnapshotPanel::buildButtons()
{
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_take);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_delete);
    connect(m_take, &QPushButton::clicked, this, &SnapshotPanel::takeKnownGood);
    connect(m_revert, &QPushButton::clicked, this, &SnapshotPanel::requestRevert);
    connect(m_delete, &QPushButton::clicked, this, &SnapshotPanel::requestDelete);
    return buttons;
}

// Asked before a snapshot is deleted, naming it.
void SnapshotPanel::buildDeleteConfirmation()
{
    m_deleteConfirm->setObjectName(QStringLiteral("deleteConfirmation"));
    m_deleteConfirmText->setObjectName(QStringLiteral("deleteConfirmationText"));
    m_confirmDelete->setObjectName(QStringLiteral("confirmDeleteButton"));
    m_keepSnapshot->setObjectName(QStringLiteral("keepSnapshotButton"));
    m_deleteConfirmText->setWordWrap(true);
    m_deleteConfirm->setFrameShape(QFrame::StyledPanel);
    m_deleteConfirm->setVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirmDelete);
    buttons->addWidget(m_keepSnapshot);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(m_deleteConfirm);
    layout->addWidget(m_deleteConfirmText);
    layout->addLayout(buttons);
    connect(m_confirmDelete, &QPushButton::clicked, this, &SnapshotPanel::deleteConfirmed);
    connect(m_keepSnapshot, &QPushButton::clicked, this, &SnapshotPanel::cancelDelete);
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
    if (domainName != m_domain)
        m_refusal.clear();
    m_domain = domainName;
    m_status->clear();
    updateSelection();
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
        hideConfirmations();
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
    hideConfirmations();
    setBusy(true, tr("Taking a known-good snapshot…"));
    const QString domain = m_domain;
    m_hypervisor->run([domain](const Connection &c) { return Snapshots::takeKnownGood(c, domain); })
            .then(this, [this](const LibvirtResult<SnapshotTaken> &result) {
                setBusy(false);
                if (result) {
                    showTaken(*result);
                    Q_EMIT taken(*result);
                } else {
                    m_status->setNotice(
                            Status::Fail,
                            tr("The snapshot could not be taken: %1").arg(result.error().message));
                }
                refresh();
            });
}

void SnapshotPanel::showTaken(const SnapshotTaken &taken)
{
    const SnapshotInfo &snapshot = taken.snapshot;
    if (taken.internalRefusal.isEmpty()) {
        m_status->setNotice(Status::Pass, tookText(snapshot));
        return;
    }
    m_refusal = taken.internalRefusal;
    m_status->setNotice(Status::Pass,
                        tr("Took “%1” as a disk-only snapshot: libvirt refuses a full one for "
                           "this VM (“%2”).")
                                .arg(snapshot.name, taken.internalRefusal));
}

void SnapshotPanel::hideConfirmations()
{
    m_takeConfirm->setVisible(false);
    m_confirm->setVisible(false);
    m_deleteConfirm->setVisible(false);
}

void SnapshotPanel::requestRevert()
{
    const SnapshotInfo *snapshot = selected();
    if (!snapshot || m_busy)
        return;
    hideConfirmations();
    QStringList text {tr("Revert the VM to “%1”, taken %2?")
                              .arg(snapshot->name,
                                   QLocale().toString(snapshot->created, QLocale::ShortFormat)),
                      snapshot->restoresText(), snapshot->doesNotRestoreText()};
    if (snapshot->kind == SnapshotInfo::Kind::External && m_running)
        text.append(tr("The VM is running: it will be turned off first, as after a power cut."));
    m_confirmText->setText(text.join(QLatin1Char(' ')));
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
                if (result) {
                    showReverted(*result);
                    Q_EMIT reverted(*result);
                } else {
                    m_status->setNotice(Status::Fail, tr("The VM could not be reverted to “%1”: %2")
                                                              .arg(name, result.error().message));
                }
                refresh();
            });
}

void SnapshotPanel::showReverted(const RevertOutcome &outcome)
{
    QStringList text {tr("The VM is back at “%1”.").arg(outcome.snapshot)};
    if (outcome.restarted)
        text.append(tr("It was turned off for this and runs again."));
    if (!outcome.restartError.isEmpty())
        text.append(tr("It did not start again: %1").arg(outcome.restartError));
    if (outcome.nvramReset)
        text.append(tr("Its firmware settings are back to their defaults."));
    if (!outcome.nvramError.isEmpty())
        text.append(tr("Its firmware settings could not be reset: %1").arg(outcome.nvramError));
    if (!outcome.removed.isEmpty())
        text.append(tr("Removed: %1.").arg(outcome.removed.join(QLatin1String("; "))));
    const bool clean = outcome.restartError.isEmpty() && outcome.nvramError.isEmpty();
    m_status->setNotice(clean ? Status::Pass : Status::Warn, text.join(QLatin1Char(' ')));
}

void SnapshotPanel::requestDelete()
{
    const SnapshotInfo *snapshot = selected();
    if (!snapshot || m_busy)
        return;
    hideConfirmations();
    m_deleteConfirmText->setText(
            tr("Delete the snapshot “%1”, taken %2? You can no longer go back to it. The VM "
               "itself stays as it is now.")
                    .arg(snapshot->name,
                         QLocale().toString(snapshot->created, QLocale::ShortFormat)));
    m_deleteConfirm->setVisible(true);
    m_keepSnapshot->setFocus();
}

void SnapshotPanel::cancelDelete()
{
    m_deleteConfirm->setVisible(false);
}

void SnapshotPanel::deleteConfirmed()
{
    const SnapshotInfo *snapshot = selected();
    if (!snapshot || m_busy)
        return;
    m_deleteConfirm->setVisible(false);
    const QString name = snapshot->name;
    setBusy(true, tr("Deleting “%1”…").arg(name));
    const QString domain = m_domain;
    m_hypervisor
            ->run([domain, name](const Connection &c) {
                return Snapshots::remove(c, domain, name);
            })
            .then(this, [this, name](const LibvirtResult<SnapshotDeleted> &result) {
                setBusy(false);
                if (result) {
                    showDeleted(*result);
                    Q_EMIT deleted(*result);
                } else {
                    m_status->setNotice(Status::Fail,
                                        tr("The snapshot “%1” could not be deleted: %2")
                                                .arg(name, result.error().message));
                }
                refresh();
            });
}

void SnapshotPanel::showDeleted(const SnapshotDeleted &deleted)
{
    QStringList text {
            tr("The snapshot “%1” is deleted; the VM is as it was.").arg(deleted.snapshot)};
    if (!deleted.removed.isEmpty())
        text.append(tr("Removed: %1.").arg(deleted.removed.join(QLatin1String("; "))));
    if (!deleted.kept.isEmpty())
        text.append(tr("Kept: %1.").arg(deleted.kept.join(QLatin1String("; "))));
    m_status->setNotice(Status::Pass, text.join(QLatin1Char(' ')));
}

QString SnapshotPanel::statusText() const
{
    return m_status->text();
}

QString SnapshotPanel::kindText() const
{
    return m_kind->text();
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
    m_kind->setText(Snapshots::kindOffered(m_snapshots, m_refusal).text());
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
    m_take->setEnabled(!m_busy && !m_domain.isEmpty());
    m_revert->setEnabled(snapshot && !m_busy);
    m_delete->setEnabled(snapshot && !m_busy);
    m_confirmRevert->setEnabled(!m_busy);
    m_confirmDelete->setEnabled(!m_busy);
    if (m_snapshots.isEmpty()) {
        m_selectedText->setText(tr("No snapshots yet. “Take known-good snapshot now” takes "
                                   "one."));
    } else if (snapshot) {
        //: %1 is the kind of snapshot ("Disk and memory"), %2 what reverting to it does.
        m_selectedText->setText(tr("%1: %2").arg(snapshot->kindText(), snapshot->revertText()));
    } else {
        m_selectedText->setText(tr("Choose a snapshot to see what reverting to it does."));
    }
}

} // namespace Airlock
