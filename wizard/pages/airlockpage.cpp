// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockpage.h"

namespace Airlock {

AirlockPage::AirlockPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{ }

} // namespace Airlock
