// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "airlockwizard.h"
#include "homewindow.h"
#include "hypervisor/hypervisor.h"
#include "i18n/translations.h"
#include "spec/vmspec.h"
#include "startupprobe.h"

#include <QApplication>

#include <csignal>
#include <memory>

using namespace Airlock;

namespace {

int runWizard(QCoreApplication &app, const QString &uri, const VmSpec &spec)
{
    AirlockWizard wizard(uri, spec, nullptr, AirlockWizard::PageCreation::Deferred);
    if (StartupProbe::isRequested())
        new StartupProbe(wizard.page(wizard.startId()));
    wizard.show();
    return app.exec();
}

// The home window when the connection holds VMs; else (none yet, or no
// connection, which the wizard's Host page explains) the wizard. Nothing is
// shown before the list is read, so neither window flashes up in vain.
int runHome(QCoreApplication &app, const QString &uri)
{
    HomeWindow home(uri);
    QObject::connect(
            &home, &HomeWindow::listRead, &home,
            [&home](int count) {
                // An interrupted creation is offered there too, VMs or not.
                if (count > 0 || home.interruptedCount() > 0) {
                    if (StartupProbe::isRequested())
                        new StartupProbe(&home);
                    home.show();
                } else {
                    AirlockWizard *wizard = home.openWizard();
                    if (StartupProbe::isRequested())
                        new StartupProbe(wizard->page(wizard->startId()));
                }
            },
            Qt::SingleShotConnection);
    home.start();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // A libvirt daemon that dies mid-stream must be an error Airlock reports,
    // not a SIGPIPE that kills it (virsh ignores it for the same reason).
    std::signal(SIGPIPE, SIG_IGN);

    const bool headless = CommandLine::isHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("airlock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRLOCK_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("airlockvm.github.io"));
    if (!headless)
        QGuiApplication::setDesktopFileName(QStringLiteral(AIRLOCK_APP_ID));

    installTranslations();
    Hypervisor::initializeLibvirt();

    const CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
    switch (commandLine.mode) {
    case CommandLine::Mode::PrintXml:
        return runPrintXml(commandLine);
    case CommandLine::Mode::CheckHost:
        return runCheckHost(commandLine);
    case CommandLine::Mode::FetchIso:
        return runFetchIso(commandLine);
    case CommandLine::Mode::Create:
        return runCreate(commandLine);
    case CommandLine::Mode::Verify:
        return runVerify(commandLine);
    case CommandLine::Mode::List:
        return runList(commandLine);
    case CommandLine::Mode::Delete:
        return runDelete(commandLine);
    case CommandLine::Mode::Recover:
        return runRecover(commandLine);
    case CommandLine::Mode::Wizard:
        break;
    }

    VmSpec spec;
    if (!commandLine.specFile.isEmpty()) {
        const auto loaded = VmSpec::load(commandLine.specFile);
        if (!loaded) {
            for (const SpecProblem &problem : loaded.error())
                printError(problem.text());
            return 2;
        }
        spec = *loaded;
        if (const SpecProblems problems = spec.validate(); !problems.isEmpty()) {
            for (const SpecProblem &problem : problems)
                printError(problem.text());
            return 2;
        }
    }

    // A prefilled spec means a new VM: the wizard, as ever.
    if (!commandLine.specFile.isEmpty())
        return runWizard(*app, commandLine.connectUri, spec);
    return runHome(*app, commandLine.connectUri);
}
