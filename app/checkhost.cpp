// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "host/hostinspector.h"
#include "host/hostreading.h"
#include "hypervisor/hypervisor.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace Airlock {

namespace {

// Enough for a daemon that is slow to start, short enough that a script
// waiting on an unreachable ssh host learns it within a quarter minute.
constexpr std::chrono::seconds s_openTimeout {15};

// The remedy as what it is: a fix, a command that only shows, a page.
QString remedyLine(const HostCheck &check)
{
    switch (check.remedyKind) {
    case RemedyKind::Inspect:
        //: --check-host output, indented under a check: a command that only shows what was found
        return CommandLine::tr("check by hand: %1").arg(check.remedy);
    case RemedyKind::Link:
        //: --check-host output, indented under a check: a web page about it
        return CommandLine::tr("read: %1").arg(check.remedy);
    case RemedyKind::Command:
    case RemedyKind::Steps:
        break;
    }
    //: --check-host output, indented under a check: the command that fixes it
    return CommandLine::tr("fix: %1").arg(check.remedy);
}

void printText(const QList<HostCheck> &checks)
{
    for (const HostCheck &check : checks) {
        //: --check-host output: "[Passed] SELinux: SELinux is enforcing."
        std::printf("%s\n", qPrintable(CommandLine::tr("[%1] %2: %3")
                                               .arg(HostCheck::statusWord(check.status),
                                                    check.title, check.finding)));
        //: --check-host output, indented under a check: the value read
        std::printf("    %s\n", qPrintable(CommandLine::tr("evidence: %1").arg(check.evidence)));
        //: --check-host output, indented under a check: where it was read
        std::printf("    %s\n", qPrintable(CommandLine::tr("source: %1").arg(check.source)));
        if (!check.remedy.isEmpty()) {
            std::printf("    %s\n", qPrintable(remedyLine(check)));
        }
    }
}

} // namespace

int runCheckHost(const CommandLine &commandLine)
{
    Hypervisor hypervisor;
    HostReading reading(&hypervisor);
    HostInspector inspector(HostRoot::fromEnvironment());
    QEventLoop loop;
    QObject::connect(&inspector, &HostInspector::finished, &loop, &QEventLoop::quit);

    // The same checks as the Host page, over a connection opened on a
    // worker so an unreachable host cannot hold the process.
    hypervisor.open(commandLine.connectUri, s_openTimeout);
    inspector.start(&reading);
    if (inspector.isRunning())
        loop.exec();

    const QList<HostCheck> checks = inspector.results();
    if (commandLine.json) {
        QJsonArray array;
        for (const HostCheck &check : checks)
            array.append(check.toJson());
        const QJsonObject root {{QStringLiteral("checks"), array}};
        std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        printText(checks);
    }
    std::fflush(stdout);
    return HostCheck::anyFailed(checks) ? 1 : 0;
}

} // namespace Airlock
