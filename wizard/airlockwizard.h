// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

namespace Airlock {

class StepList;
class VmSpec;
class WizardSession;

// The six pages in the user's order. Pages fill the session's VmSpec in
// validatePage(); the wizard itself builds nothing.
class AirlockWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        HostPageId,
        MediaPageId,
        ResourcesPageId,
        DevicesPageId,
        SummaryPageId,
        LaunchPageId
    };
    Q_ENUM(PageId)

    explicit AirlockWizard(const QString &uri, const VmSpec &spec, QWidget *parent = nullptr);

    WizardSession *session() const { return m_session; }

public Q_SLOTS:
    // Cancel, Escape and closing the window: the Launch page first rolls
    // back a creation in progress and closes the wizard when it is done.
    void reject() override;

private:
    WizardSession *const m_session;
    StepList *const m_steps;
};

} // namespace Airlock
