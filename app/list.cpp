// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "provision/vmlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Airlock {

namespace {

QJsonObject entryJson(const VmEntry &entry)
{
    QJsonObject object {{QStringLiteral("name"), entry.name},
                        {QStringLiteral("state"), VmList::stateId(entry.state)},
                        {QStringLiteral("madeByAirlock"), entry.madeByAirlock},
                        {QStringLiteral("persistent"), entry.persistent}};
    if (!entry.record)
        return object;
    object.insert(QStringLiteral("release"),
                  entry.release.isEmpty() ? QJsonValue() : QJsonValue(entry.release));
    object.insert(QStringLiteral("created"),
                  entry.record->created.isValid()
                          ? QJsonValue(entry.record->created.toUTC().toString(Qt::ISODate))
                          : QJsonValue());
    object.insert(QStringLiteral("airlockVersion"), entry.record->version);
    return object;
}

QString entryLine(const VmEntry &entry)
{
    const QString state = VmList::stateText(entry.state);
    const QString persistence = entry.persistent ? QString() : CommandLine::tr(" (transient)");
    if (!entry.record)
        //: %1 the VM's name, %2 its state ("running"), %3 " (transient)" or nothing
        return CommandLine::tr("%1 — %2%3 — not made by Airlock")
                .arg(entry.name, state, persistence);
    const QString release = entry.release.isEmpty()
                                    ? CommandLine::tr("NixOS release unknown")
                                    : CommandLine::tr("NixOS %1").arg(entry.release);
    const QString created
            = entry.record->created.isValid()
                      ? CommandLine::tr("created %1")
                                .arg(entry.record->created.toUTC().toString(Qt::ISODate))
                      : CommandLine::tr("creation time not recorded");
    //: %1 name, %2 state, %3 " (transient)" or nothing, %4 Airlock's version,
    //: %5 "NixOS 26.05", %6 "created 2026-12-01T10:00:00Z"
    return CommandLine::tr("%1 — %2%3 — made by Airlock %4, %5, %6")
            .arg(entry.name, state, persistence, entry.record->version, release, created);
}

} // namespace

int runList(const CommandLine &commandLine)
{
    const auto connection = openConnection(commandLine);
    if (!connection)
        return 1;
    const auto entries = VmList::read(*connection);
    if (!entries) {
        printError(CommandLine::tr("cannot list the VMs on %1: %2")
                           .arg(commandLine.connectUri, entries.error().message));
        return 1;
    }
    if (commandLine.json) {
        QJsonArray vms;
        for (const VmEntry &entry : *entries)
            vms.append(entryJson(entry));
        std::fprintf(stdout, "%s",
                     QJsonDocument(QJsonObject {{QStringLiteral("vms"), vms}})
                             .toJson(QJsonDocument::Indented)
                             .constData());
        return 0;
    }
    if (entries->isEmpty())
        printLine(CommandLine::tr("There are no VMs on %1.").arg(connection->uri()));
    for (const VmEntry &entry : *entries)
        printLine(entryLine(entry));
    return 0;
}

} // namespace Airlock
