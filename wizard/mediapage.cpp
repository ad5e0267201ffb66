// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediapage.h"

namespace Airlock {

MediaPage::MediaPage(WizardSession *session, QWidget *parent) : AirlockPage(session, parent)
{
    setObjectName(QStringLiteral("mediapage"));
    setTitle(tr("Get NixOS"));
    setSubTitle(tr("The VM installs NixOS from its official ISO image. Airlock downloads it, "
                   "checks its SHA-256 fingerprint against the one NixOS publishes, and hands it "
                   "to libvirt so the VM can read it."));
}

} // namespace Airlock
