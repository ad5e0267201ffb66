// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicespage.h"

namespace Airlock {

DevicesPage::DevicesPage(WizardSession *session, QWidget *parent) : AirlockPage(session, parent)
{
    setObjectName(QStringLiteral("devicespage"));
    setTitle(tr("Choose what the VM may touch"));
    setSubTitle(tr(
            "Everything the VM can reach on your computer is a way in. By default it reaches "
            "nothing but the internet, through a filtered network. Turn on only what you need."));
}

} // namespace Airlock
