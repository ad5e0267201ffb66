// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcespage.h"

namespace Airlock {

ResourcesPage::ResourcesPage(WizardSession *session, QWidget *parent) : AirlockPage(session, parent)
{
    setObjectName(QStringLiteral("resourcespage"));
    setTitle(tr("Size the VM"));
    setSubTitle(tr("How much of this computer the VM may use. Airlock suggests what NixOS needs "
                   "and what this computer can spare; change it if you know better."));
}

} // namespace Airlock
