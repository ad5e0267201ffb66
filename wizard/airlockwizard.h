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

    // Returns to an earlier page as Back would, page by page, so each page
    // left behind is cleaned up the way Back cleans it. Does nothing when
    // `pageId` was not visited on the way here.
    void goBackTo(int pageId);

public Q_SLOTS:
    // Cancel, Escape and closing the window: the Launch page first rolls
    // back a creation in progress and closes the wizard when it is done.
    void reject() override;

private:
    WizardSession *const m_session;
    StepList *const m_steps;
};

} // namespace Airlock
