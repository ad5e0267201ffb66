// SPDX-License-Identifier: GPL-3.0-or-later
// wizard/pages/: the wizard (this file), its session (what the pages share:
// the spec, the connection, the one host reading, accepted risks) and one
// class per page. A page fills the spec in validatePage() and asks the
// model and the session for everything else; it includes the widgets, never
// another page.
#pragma once

#include "spec/specsection.h"

#include <QPointer>
#include <QWizard>

#include <optional>

class QLabel;
class QMessageBox;

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

    // When the pages after the first are made. Deferred: once the first page
    // has painted, so the window shows sooner (airlock itself); until then
    // page() knows only the Host page.
    enum class PageCreation { Immediate, Deferred };

    explicit AirlockWizard(const QString &uri, const VmSpec &spec, QWidget *parent = nullptr,
                           PageCreation creation = PageCreation::Immediate);

    WizardSession *session() const { return m_session; }

    // The page each section of the spec is chosen on, and back.
    static int pageOf(SpecSection section);
    static std::optional<SpecSection> sectionOf(int pageId);

    // Returns to an earlier page as Back would, page by page, so each page
    // left behind is cleaned up the way Back cleans it. Does nothing when
    // `pageId` was not visited on the way here.
    void goBackTo(int pageId);

    // Whether every page exists (always, unless creation was deferred and
    // the first page has not painted yet).
    bool hasAllPages() const { return m_hasAllPages; }
    int nextId() const override;

    // The question reject() asks before the user's choices are lost, while
    // it is open.
    QMessageBox *closeQuestion() const;

Q_SIGNALS:
    void allPagesCreated();

public Q_SLOTS:
    // Cancel, Escape and closing the window. Before the Launch page they ask
    // first once the user has made choices (closeQuestion()); on the Launch
    // page a creation in progress is stopped and undone only if the user
    // agrees, and the wizard closes when the undo is done.
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createRemainingPages();
    // Gives the header's explanation of the current page the lines it needs.
    void fitHeader();
    void fitHeaderHeight();
    void askBeforeClosing();

    WizardSession *const m_session;
    StepList *const m_steps;
    QPointer<QMessageBox> m_closeQuestion;
    bool m_hasAllPages = false;
    QPointer<QLabel> m_headerSubTitle;
    bool m_hasChoices = false;
};

} // namespace Airlock
