// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardtestsupport.h"

#include "airlockwizard.h"
#include "host/hostinspector.h"
#include "hostpage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QTest>

namespace Airlock::Test {

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace

QString acceptHostRisks(AirlockWizard &wizard)
{
    auto *page = qobject_cast<HostPage *>(wizard.page(AirlockWizard::HostPageId));
    if (!page)
        return QStringLiteral("no Host page");
    const bool finished = waitFor(
            [page] {
                return page->inspector()->finishedCount() == HostChecks::ids().size()
                       && !page->inspector()->isRunning();
            },
            15000);
    if (!finished)
        return QStringLiteral("the host checks did not finish");
    for (QCheckBox *box : page->findChildren<QCheckBox *>()) {
        if (box->objectName().startsWith(QLatin1String("acknowledge-")) && box->isVisible()
            && !box->isChecked())
            box->click();
    }
    return page->isComplete() ? QString() : QStringLiteral("the Host page stays incomplete");
}

QString walkTo(AirlockWizard &wizard, int pageId)
{
    while (wizard.currentId() != pageId) {
        if (wizard.currentId() == AirlockWizard::HostPageId) {
            if (const QString problem = acceptHostRisks(wizard); !problem.isEmpty())
                return problem;
        }
        const int current = wizard.currentId();
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        if (!waitFor([next] { return next->isEnabled(); }, 15000))
            return QStringLiteral("Next stays disabled on page %1").arg(current);
        wizard.next();
        if (wizard.currentId() == current)
            return QStringLiteral("page %1 did not let the wizard on").arg(current);
    }
    return {};
}

} // namespace Airlock::Test
