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

// The application's names, the same for the command line and the window.
void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("airlock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRLOCK_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("airlockvm.github.io"));
}

// Whether a window can be shown at all: Qt aborts (exit 134) when the
// platform it would use has no display.
bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
           || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

// The arguments Qt's GUI takes for itself ("-platform offscreen", "-style
// Fusion", …): QApplication consumes them, the command line never sees them.
QStringList withoutGuiArguments(const QStringList &arguments)
{
    static const QStringList withValue {
            QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
            QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
            QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowtitle"),
            QStringLiteral("qwindowicon"),     QStringLiteral("display"),
            QStringLiteral("geometry"),        QStringLiteral("style"),
            QStringLiteral("stylesheet"),      QStringLiteral("session"),
    };
    static const QStringList alone {QStringLiteral("reverse"), QStringLiteral("nograb"),
                                    QStringLiteral("dograb"), QStringLiteral("sync"),
                                    QStringLiteral("widgetcount")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        if (i == 0 || !name.startsWith(QLatin1Char('-'))) {
            kept.append(name);
            continue;
        }
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        if (withValue.contains(name))
            ++i; // and its value
        else if (!alone.contains(name))
            kept.append(arguments.at(i));
    }
    return kept;
}

} // namespace

int main(int argc, char *argv[])
{
    // A libvirt daemon that dies mid-stream must be an error Airlock reports,
    // not a SIGPIPE that kills it (virsh ignores it for the same reason).
    std::signal(SIGPIPE, SIG_IGN);

    // The command line is read, and answered, before any window system is
    // touched: a mistyped option or a command without a window works with
    // no display at all.
    CommandLine commandLine;
    VmSpec spec;
    {
        QCoreApplication reading(argc, argv);
        nameApplication();
        installTranslations();
        Hypervisor::initializeLibvirt();
        commandLine = CommandLine::parse(withoutGuiArguments(QCoreApplication::arguments()));
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

        if (!commandLine.specFile.isEmpty()) {
            const auto loaded = loadSpec(commandLine.specFile);
            if (!loaded)
                return 2;
            spec = *loaded;
        }
        if (!hasDisplay()) {
            printError(CommandLine::tr("there is no display to show Airlock's window on (neither "
                                       "DISPLAY nor WAYLAND_DISPLAY is set). Start Airlock from "
                                       "your desktop, or see --help for what it does without a "
                                       "window."));
            return 2;
        }
    }

    QApplication app(argc, argv);
    nameApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral(AIRLOCK_APP_ID));
    installTranslations();

    // A prefilled spec means a new VM: the wizard, as ever.
    if (!commandLine.specFile.isEmpty())
        return runWizard(app, commandLine.connectUri, spec);
    return runHome(app, commandLine.connectUri);
}
