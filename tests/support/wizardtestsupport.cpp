// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardtestsupport.h"

#include "airlockwizard.h"
#include "host/hostinspector.h"
#include "hostpage.h"
#include "noticelabel.h"
#include "testsupport.h"

#include "wizardsession.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QTemporaryDir>
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

// A small stand-in for the NixOS ISO: an ISO 9660 signature and nothing to boot.
QString standInIso()
{
    static QTemporaryDir directory;
    const QString path
            = directory.filePath(QStringLiteral("nixos-graphical-25.11-x86_64-linux.iso"));
    if (!QFile::exists(path))
        writeStandInIso(path, 0x9000);
    return path;
}

} // namespace

QString launchNodeUri()
{
    return QStringLiteral("test://") + dataPath(QStringLiteral("testdriver/launch.xml"));
}

VmSpec launchSpec()
{
    VmSpec spec;
    spec.storagePool = QStringLiteral("vms");
    spec.accelerator = Accelerator::Tcg;
    spec.cpuMode = CpuMode::Maximum;
    spec.iso = IsoSource::poolVolume(QStringLiteral("vms"), QStringLiteral("nixos.iso"));
    return spec;
}

QString acceptHostRisks(AirlockWizard &wizard, int timeoutMs)
{
    auto *page = qobject_cast<HostPage *>(wizard.page(AirlockWizard::HostPageId));
    if (!page)
        return QStringLiteral("no Host page");
    const bool finished = waitFor(
            [page] {
                return page->inspector()->finishedCount() == HostChecks::ids().size()
                       && !page->inspector()->isRunning();
            },
            timeoutMs);
    if (!finished)
        return QStringLiteral("the host checks did not finish");
    for (QCheckBox *box : page->findChildren<QCheckBox *>()) {
        if (box->objectName().startsWith(QLatin1String("acknowledge-")) && box->isVisible()
            && !box->isChecked())
            box->click();
    }
    if (page->isComplete())
        return {};
    // Name the checks that failed: one of them blocks the page.
    QStringList failed;
    for (const HostCheck &check : page->inspector()->results()) {
        if (check.status == CheckStatus::Fail)
            failed.append(check.title + QLatin1String(": ") + check.evidence);
    }
    return QStringLiteral("the Host page stays incomplete (failed: %1)")
            .arg(failed.join(QLatin1String("; ")));
}

QString walkTo(AirlockWizard &wizard, int pageId, int timeoutMs)
{
    while (wizard.currentId() != pageId) {
        if (wizard.currentId() == AirlockWizard::HostPageId) {
            if (const QString problem = acceptHostRisks(wizard, timeoutMs); !problem.isEmpty())
                return problem;
        }
        const int current = wizard.currentId();
        if (current == AirlockWizard::MediaPageId && !wizard.currentPage()->isComplete()
            && wizard.session()->spec().iso.isEmpty()) {
            // As if the user chose an ISO they already have.
            VmSpec withIso = wizard.session()->spec();
            withIso.iso = IsoSource::file(standInIso());
            wizard.session()->setSpec(withIso);
        }
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        if (!waitFor([next] { return next->isEnabled(); }, timeoutMs)) {
            // Name what the page says is wrong.
            QStringList problems;
            for (const NoticeLabel *notice : wizard.currentPage()->findChildren<NoticeLabel *>()) {
                if (notice->isVisible() && notice->status() == Status::Fail)
                    problems.append(notice->text());
            }
            return QStringLiteral("Next stays disabled on page %1: %2")
                    .arg(current)
                    .arg(problems.join(QLatin1String("; ")));
        }
        wizard.next();
        if (wizard.currentId() == current)
            return QStringLiteral("page %1 did not let the wizard on").arg(current);
    }
    return {};
}

} // namespace Airlock::Test
