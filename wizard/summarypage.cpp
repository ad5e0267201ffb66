// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypage.h"

#include <QWizard>

namespace Airlock {

SummaryPage::SummaryPage(WizardSession *session, QWidget *parent) : AirlockPage(session, parent)
{
    setObjectName(QStringLiteral("summarypage"));
    setTitle(tr("Review and create"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Create and start"));
    setSubTitle(tr("Everything you chose, in one place. Nothing has been created yet: Create and "
                   "start makes the VM's disk, network and definition, and starts it."));
}

} // namespace Airlock
