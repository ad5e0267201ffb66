// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchpage.h"

namespace Airlock {

LaunchPage::LaunchPage(WizardSession *session, QWidget *parent) : AirlockPage(session, parent)
{
    setObjectName(QStringLiteral("launchpage"));
    setTitle(tr("Your VM and its proof of isolation"));
    setSubTitle(tr("Airlock creates the VM step by step, then reads back from libvirt how the "
                   "running VM is confined, so that what you see here is a fact, not a promise."));
}

} // namespace Airlock
