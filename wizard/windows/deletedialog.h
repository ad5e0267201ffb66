// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/vmremoval.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Airlock {

class Hypervisor;
class NoticeLabel;

// Deleting one of Airlock's VMs: first everything that would be removed and
// everything that stays (VmRemoval::plan, read from libvirt), then, once the
// user confirms, each item as it goes, and what could not be removed with the
// command that removes it by hand. Cancel is the default; nothing is removed
// before "Delete" is pressed.
class DeleteDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage { Planning, Confirm, Refused, Removing, Done, Failed };
    Q_ENUM(Stage)

    DeleteDialog(Hypervisor *hypervisor, const QString &domainName, QWidget *parent = nullptr);

    Stage stage() const { return m_stage; }
    const std::optional<RemovalPlan> &plan() const { return m_plan; }
    QString domainName() const { return m_domain; }
    // Everything the dialog says now, for tests and screen readers.
    QString text() const;
    QPushButton *deleteButton() const { return m_delete; }

    // What "Delete" does: removes the planned items.
    void confirm();

public Q_SLOTS:
    void reject() override; // not while removing

Q_SIGNALS:
    void stageChanged(Airlock::DeleteDialog::Stage stage);
    void deleted(const QString &domainName);

private:
    void readPlan();
    void showPlan(const RemovalPlan &plan);
    void showRefusal(const RemovalRefusal &refusal);
    void showStep(const RemovalStep &step);
    void showOutcome(const RemovalOutcome &outcome);
    void setStage(Stage stage);

    Hypervisor *const m_hypervisor;
    const QString m_domain;
    Stage m_stage = Stage::Planning;
    std::optional<RemovalPlan> m_plan;
    QStringList m_progress;
    QLabel *const m_heading;
    QLabel *const m_intro;
    QLabel *const m_items;
    QLabel *const m_keptCaption;
    QLabel *const m_kept;
    NoticeLabel *const m_notice;
    QDialogButtonBox *const m_buttons;
    QPushButton *const m_delete;
    QPushButton *const m_cancel;
};

} // namespace Airlock
