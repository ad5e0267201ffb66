// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "domainxml/domainxml.h"
#include "domainxml/networkfilters.h"
#include "provision/creationplan.h"

#include <cstdio>

namespace Airlock {

int runPrintXml(const CommandLine &commandLine)
{
    if (commandLine.specFile.isEmpty()) {
        printError(CommandLine::tr("--print-xml needs --spec FILE"));
        return 2;
    }
    const QStringList documents {QStringLiteral("domain"), QStringLiteral("install"),
                                 QStringLiteral("network"), QStringLiteral("filter")};
    if (!documents.contains(commandLine.document)) {
        printError(CommandLine::tr("--document must be one of %1, not “%2”")
                           .arg(documents.join(QLatin1String(", ")), commandLine.document));
        return 2;
    }
    auto spec = VmSpec::load(commandLine.specFile);
    if (!spec)
        return reportProblems(spec.error());
    if (commandLine.document == QLatin1String("filter")) {
        // Every filter Airlock defines for the spec's network, its own
        // first; libvirt's clean-traffic, which they build on, is libvirt's.
        std::fputs(NetworkFilters::documentsXml(NetworkFilters::documents(spec->network))
                           .toUtf8()
                           .constData(),
                   stdout);
        return 0;
    }
    if (commandLine.document == QLatin1String("network")) {
        const QString network = DomainXml::network(spec->network);
        if (network.isEmpty()) {
            printError(CommandLine::tr("network.mode “%1” uses no network of Airlock's: there is "
                                       "no network document to print")
                               .arg(jsonName(spec->network.mode)));
            return 2;
        }
        std::fputs(network.toUtf8().constData(), stdout);
        return 0;
    }

    // Without --connect, write for a hardened host (KVM, SELinux); with it,
    // ask that host what it offers.
    DomainTarget target;
    if (commandLine.connectGiven) {
        const auto connection = Connection::open(commandLine.connectUri);
        if (!connection) {
            printError(CommandLine::tr("cannot connect to %1: %2")
                               .arg(commandLine.connectUri, connection.error().message));
            return 1;
        }
        const auto queried = DomainTarget::query(*connection, spec->exposure.hostDevices);
        if (!queried) {
            printError(queried.error().message);
            return 1;
        }
        target = *queried;
        if (!chooseHostDefaults(*spec, commandLine.specFile, *connection))
            return 1;
    }

    HostLimits limits;
    limits.kvmAvailable = target.kvm;
    if (const SpecProblems problems = spec->validate(limits); !problems.isEmpty())
        return reportProblems(problems);

    // What the Summary shows and creation defines (domain) or starts
    // (install): an ISO file as the pool volume it is copied into.
    const auto definition = commandLine.document == QLatin1String("install")
                                    ? DomainXml::Definition::Install
                                    : DomainXml::Definition::Persistent;
    const auto xml = DomainXml::domain(CreationPlan::definedSpec(*spec), target, definition);
    if (!xml)
        return reportProblems(xml.error());
    std::fputs(xml->toUtf8().constData(), stdout);
    return 0;
}

} // namespace Airlock
