// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizardsession.h"

#include <QWizardPage>

namespace Airlock {

// What every page has: the session it fills, and the layout conventions.
class AirlockPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AirlockPage(WizardSession *session, QWidget *parent = nullptr);

    WizardSession *session() const { return m_session; }

protected:
    VmSpec &spec() { return m_session->spec(); }
    const VmSpec &spec() const { return m_session->spec(); }

private:
    WizardSession *const m_session;
};

} // namespace Airlock
