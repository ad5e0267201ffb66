// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockwizard.h"

#include "devicespage.h"
#include "hostpage.h"
#include "launchpage.h"
#include "mediapage.h"
#include "resourcespage.h"
#include "steplist.h"
#include "summarypage.h"
#include "wizardsession.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace Airlock {

AirlockWizard::AirlockWizard(const QString &uri, const VmSpec &spec, QWidget *parent,
                             PageCreation creation)
    : QWizard(parent)
    , m_session(new WizardSession(uri, this))
    , m_steps(new StepList({tr("Check this computer"), tr("Get NixOS"), tr("Size the VM"),
                            tr("Choose devices"), tr("Review"), tr("Create and prove")},
                           this))
{
    setObjectName(QStringLiteral("airlockWizard"));
    setWindowTitle(tr("Airlock"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral(AIRLOCK_APP_ID),
                                   QIcon(QStringLiteral(":/icons/" AIRLOCK_APP_ID ".svg"))));
    m_session->setSpec(spec);

    // The same look on every desktop: a header with each page's title and
    // explanation, the steps down the side.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setSideWidget(m_steps);

    auto *hostPage = new HostPage(m_session, this);
    setPage(HostPageId, hostPage);
    setStartId(HostPageId);
    if (creation == PageCreation::Immediate)
        createRemainingPages();
    else
        hostPage->installEventFilter(this);
    setButtonText(QWizard::FinishButton, tr("Close"));

    connect(this, &QWizard::currentIdChanged, m_steps, &StepList::setCurrentStep);
    // After QWizard has set the header up for the new page.
    connect(this, &QWizard::currentIdChanged, this,
            [this] { QTimer::singleShot(0, this, &AirlockWizard::fitHeader); });
    // Past the first page the spec holds what the user chose, even after
    // going back to it.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != HostPageId && id != -1)
            m_hasChoices = true;
    });

    // Fits a 1024×768 screen with room for panels; grows from there.
    setMinimumSize(780, 560);
    resize(960, 700);
}

void AirlockWizard::fitHeader()
{
    const QString subTitle = currentPage() ? currentPage()->subTitle() : QString();
    for (QLabel *label : findChildren<QLabel *>()) {
        if (!label->wordWrap() || subTitle.isEmpty() || label->text() != subTitle)
            continue;
        if (label != m_headerSubTitle) {
            m_headerSubTitle = label;
            label->installEventFilter(this);
        }
        fitHeaderHeight();
    }
}

void AirlockWizard::fitHeaderHeight()
{
    // QWizard fixes the header's height to what the page's explanation
    // needed at a guessed width: it grows or shrinks by what the lines need
    // at the width they have.
    const int needed = m_headerSubTitle->heightForWidth(m_headerSubTitle->width());
    const int change = needed - m_headerSubTitle->height();
    QWidget *header = m_headerSubTitle->parentWidget();
    if (change == 0 || !header)
        return;
    m_headerSubTitle->setMinimumHeight(needed);
    header->setFixedHeight(header->height() + change);
}

bool AirlockWizard::eventFilter(QObject *watched, QEvent *event)
{
    // QWizard's header keeps two lines for a page's explanation; a larger
    // font or a longer language needs more, and gets them as it wraps.
    if (watched == m_headerSubTitle && event->type() == QEvent::Resize) {
        fitHeaderHeight();
        return QWizard::eventFilter(watched, event);
    }
    // The other five pages cost about as much as the rest of start-up
    // together (tools/bench): they are made once the first page is on the
    // screen, after the host checks have started, long before the user can
    // press Next.
    if (event->type() == QEvent::Paint && !m_hasAllPages) {
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            QTimer::singleShot(0, this, &AirlockWizard::createRemainingPages);
        });
    }
    return QWizard::eventFilter(watched, event);
}

void AirlockWizard::createRemainingPages()
{
    if (m_hasAllPages)
        return;
    setPage(MediaPageId, new MediaPage(m_session, this));
    setPage(ResourcesPageId, new ResourcesPage(m_session, this));
    setPage(DevicesPageId, new DevicesPage(m_session, this));
    setPage(SummaryPageId, new SummaryPage(m_session, this));
    setPage(LaunchPageId, new LaunchPage(m_session, this));
    m_hasAllPages = true;
    Q_EMIT allPagesCreated();
}

int AirlockWizard::pageOf(SpecSection section)
{
    switch (section) {
    case SpecSection::Host:
        return HostPageId;
    case SpecSection::Media:
        return MediaPageId;
    case SpecSection::Resources:
        return ResourcesPageId;
    case SpecSection::Devices:
        return DevicesPageId;
    case SpecSection::Summary:
        return SummaryPageId;
    }
    return SummaryPageId;
}

std::optional<SpecSection> AirlockWizard::sectionOf(int pageId)
{
    for (const SpecSection section : SpecSections::all()) {
        if (pageOf(section) == pageId)
            return section;
    }
    return std::nullopt;
}

int AirlockWizard::nextId() const
{
    // The Host page leads on to the Media page even before it exists, so
    // the first frame already says Next, not Finish.
    if (!m_hasAllPages && currentId() == HostPageId)
        return MediaPageId;
    return QWizard::nextId();
}

void AirlockWizard::goBackTo(int pageId)
{
    if (!visitedIds().contains(pageId))
        return;
    while (currentId() != pageId) {
        const int before = currentId();
        back();
        if (currentId() == before)
            return; // Back is not possible here (after the commit page)
    }
}

// A stray Escape must not cost the user their choices, yet a keyboard user
// needs a way out: so Escape asks, like Cancel and the window's close button,
// and a second Escape answers "Keep my choices". Nothing is asked while there
// is nothing to lose: on the first page, and on the Launch page once the VM
// exists or its creation failed (its Close button does not ask either).
void AirlockWizard::reject()
{
    if (auto *launch = qobject_cast<LaunchPage *>(currentPage())) {
        if (launch->mayClose())
            QWizard::reject();
        return;
    }
    if (!m_hasChoices) {
        QWizard::reject();
        return;
    }
    askBeforeClosing();
}

QMessageBox *AirlockWizard::closeQuestion() const
{
    return m_closeQuestion;
}

void AirlockWizard::askBeforeClosing()
{
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        m_closeQuestion->activateWindow();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Close Airlock?"),
                                tr("Close Airlock and lose your choices?"), QMessageBox::NoButton,
                                this);
    box->setObjectName(QStringLiteral("closeQuestion"));
    box->setInformativeText(tr("No VM has been created yet. The choices you made on these pages "
                               "are not kept: the next time, Airlock starts again from the first "
                               "page."));
    QPushButton *close
            = box->addButton(tr("Close and lose my choices"), QMessageBox::DestructiveRole);
    close->setObjectName(QStringLiteral("closeAnywayButton"));
    QPushButton *keep = box->addButton(tr("Keep my choices"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepChoicesButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setWindowModality(Qt::WindowModal);
    m_closeQuestion = box;
    connect(box, &QDialog::finished, this, [this, box, close] {
        m_closeQuestion = nullptr;
        box->deleteLater();
        if (box->clickedButton() == close)
            QWizard::reject();
    });
    box->open();
}

} // namespace Airlock
