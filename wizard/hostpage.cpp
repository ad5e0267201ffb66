// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostpage.h"

namespace Airlock {

HostPage::HostPage(WizardSession *session, QWidget *parent) : AirlockPage(session, parent)
{
    setObjectName(QStringLiteral("hostpage"));
    setTitle(tr("Check this computer"));
    setSubTitle(tr(
            "Your computer will be the wall between the VM and everything you care about. Airlock "
            "checks that the wall is sound: SELinux, Secure Boot, hardware virtualization and "
            "libvirt. Each finding shows what was read, where, and the command that fixes it."));
}

} // namespace Airlock
