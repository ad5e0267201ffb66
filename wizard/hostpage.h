// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "airlockpage.h"

namespace Airlock {

class HostPage : public AirlockPage
{
    Q_OBJECT
public:
    explicit HostPage(WizardSession *session, QWidget *parent = nullptr);
};

} // namespace Airlock
