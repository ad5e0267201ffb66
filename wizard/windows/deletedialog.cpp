// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletedialog.h"

#include "hypervisor/hypervisor.h"
#include "noticelabel.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Airlock {

namespace {

// A bulleted list of plain-text lines, escaped.
QString bullets(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DeleteDialog::DeleteDialog(Hypervisor *hypervisor, const QString &domainName, QWidget *parent)
    : QDialog(parent)
    , m_hypervisor(hypervisor)
    , m_domain(domainName)
    , m_heading(new QLabel(this))
    , m_intro(wrappingLabel(this))
    , m_items(wrappingLabel(this))
    , m_keptCaption(wrappingLabel(this))
    , m_kept(wrappingLabel(this))
    , m_notice(new NoticeLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_delete(m_buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole))
    , m_cancel(m_buttons->addButton(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Delete “%1”").arg(domainName));
    setMinimumWidth(520);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setText(tr("Delete the VM “%1”?").arg(domainName));
    m_items->setTextFormat(Qt::RichText);
    m_kept->setTextFormat(Qt::RichText);
    m_keptCaption->setText(tr("These stay:"));
    m_delete->setAutoDefault(false);
    m_cancel->setDefault(true);
    m_delete->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_items);
    layout->addWidget(m_keptCaption);
    layout->addWidget(m_kept);
    layout->addWidget(m_notice);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_delete, &QPushButton::clicked, this, &DeleteDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeleteDialog::reject);
    readPlan();
}

void DeleteDialog::readPlan()
{
    setStage(Stage::Planning);
    m_intro->setText(tr("Reading from libvirt what belongs to “%1”…").arg(m_domain));
    m_items->clear();
    m_keptCaption->hide();
    m_kept->hide();
    const QString name = m_domain;
    auto future = m_hypervisor->run(
            [name](const Connection &connection) { return VmRemoval::plan(connection, name); });
    future.then(this, [this](const std::expected<RemovalPlan, RemovalRefusal> &plan) {
        if (plan)
            showPlan(*plan);
        else
            showRefusal(plan.error());
    });
}

void DeleteDialog::showPlan(const RemovalPlan &plan)
{
    m_plan = plan;
    QStringList items;
    for (const RemovalItem &item : plan.items)
        items.append(item.text);
    m_intro->setText(tr("Airlock removes the VM and everything it made for it:"));
    m_items->setText(bullets(items));
    QStringList kept;
    for (const KeptItem &item : plan.kept)
        kept.append(item.line());
    m_keptCaption->setVisible(!kept.isEmpty());
    m_kept->setVisible(!kept.isEmpty());
    m_kept->setText(bullets(kept));
    QString warning = tr("This cannot be undone: everything inside the VM is lost, its "
                         "snapshots too.");
    if (plan.running)
        warning = tr("The VM is running: Airlock turns it off first, and anything not saved in "
                     "it is lost.")
                  + QLatin1Char(' ') + warning;
    m_notice->setNotice(Status::Warn, warning.toHtmlEscaped());
    m_delete->setText(plan.running ? tr("Turn off and delete") : tr("Delete"));
    m_delete->setEnabled(true);
    setStage(Stage::Confirm);
}

void DeleteDialog::showRefusal(const RemovalRefusal &refusal)
{
    m_intro->setText(refusal.message);
    m_notice->setNotice(Status::Fail,
                        refusal.reason == RemovalRefusal::Reason::NotMadeByAirlock
                                ? tr("Airlock deletes only the VMs it made. Nothing was changed.")
                                : tr("Nothing was changed. Check the connection, then try "
                                     "again."));
    m_delete->hide();
    m_cancel->setText(tr("Close"));
    setStage(Stage::Refused);
}

void DeleteDialog::confirm()
{
    if (m_stage != Stage::Confirm || !m_plan)
        return;
    setStage(Stage::Removing);
    m_delete->setEnabled(false);
    m_cancel->setEnabled(false);
    m_heading->setText(tr("Deleting “%1”…").arg(m_domain));
    m_notice->clear();
    m_progress.clear();
    QPointer<DeleteDialog> self(this);
    const RemovalPlan plan = *m_plan;
    auto future = m_hypervisor->run([plan, self](const Connection &connection) {
        return VmRemoval::run(connection, plan, [self](const RemovalStep &step) {
            QMetaObject::invokeMethod(
                    qApp,
                    [self, step] {
                        if (self)
                            self->showStep(step);
                    },
                    Qt::QueuedConnection);
        });
    });
    future.then(this, [this](const RemovalOutcome &outcome) { showOutcome(outcome); });
}

void DeleteDialog::showStep(const RemovalStep &step)
{
    if (step.status == RemovalStep::Status::Removing) {
        m_intro->setText(tr("Removing %1 (%2 of %3)…")
                                 .arg(step.item.text)
                                 .arg(step.index + 1)
                                 .arg(step.count));
        return;
    }
    m_progress.append(step.line);
    m_items->setText(bullets(m_progress));
}

void DeleteDialog::showOutcome(const RemovalOutcome &outcome)
{
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Close"));
    m_cancel->setFocus();
    m_delete->hide();
    m_items->setText(bullets(outcome.removed));
    QStringList kept;
    for (const KeptItem &item : outcome.kept)
        kept.append(item.line());
    m_keptCaption->setVisible(!kept.isEmpty());
    m_kept->setVisible(!kept.isEmpty());
    m_kept->setText(bullets(kept));
    if (outcome.isComplete()) {
        m_heading->setText(tr("“%1” was deleted").arg(m_domain));
        m_notice->setNotice(
                Status::Pass,
                tr("The VM and everything Airlock made for it are gone.").toHtmlEscaped());
        setStage(Stage::Done);
        Q_EMIT deleted(m_domain);
        return;
    }
    QStringList failed;
    for (const FailedItem &item : outcome.failed)
        failed.append(item.line());
    m_heading->setText(tr("“%1” was not deleted completely").arg(m_domain));
    m_intro->setText(tr("Removed:"));
    m_notice->setNotice(Status::Fail,
                        tr("Airlock could not remove these; each says how to remove it by hand:")
                                        .toHtmlEscaped()
                                + bullets(failed));
    setStage(Stage::Failed);
    // The VM itself is gone unless turning it off or undefining it failed.
    const bool vmRemains = std::any_of(
            outcome.failed.cbegin(), outcome.failed.cend(), [](const FailedItem &failure) {
                return failure.item.kind == RemovalItem::Kind::Domain
                       || failure.item.kind == RemovalItem::Kind::TurnOff;
            });
    if (!vmRemains)
        Q_EMIT deleted(m_domain);
}

void DeleteDialog::reject()
{
    if (m_stage == Stage::Removing)
        return;
    QDialog::reject();
}

void DeleteDialog::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

QString DeleteDialog::text() const
{
    QStringList parts {m_heading->text(), m_intro->text(), m_items->text()};
    if (!m_kept->isHidden())
        parts.append(m_kept->text());
    parts.append(m_notice->text());
    return parts.join(QLatin1Char('\n'));
}

} // namespace Airlock
