// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "airlockpage.h"

namespace Airlock {

class LaunchPage : public AirlockPage
{
    Q_OBJECT
public:
    explicit LaunchPage(WizardSession *session, QWidget *parent = nullptr);
};

} // namespace Airlock
