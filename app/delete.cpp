// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "provision/vmremoval.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Airlock {

namespace {

QString refusalId(RemovalRefusal::Reason reason)
{
    switch (reason) {
    case RemovalRefusal::Reason::NoSuchVm:
        return QStringLiteral("no-such-vm");
    case RemovalRefusal::Reason::NotMadeByAirlock:
        return QStringLiteral("not-made-by-airlock");
    case RemovalRefusal::Reason::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

QJsonObject itemJson(const RemovalItem &item)
{
    QJsonObject object {{QStringLiteral("kind"), RemovalItem::kindId(item.kind)},
                        {QStringLiteral("name"), item.name},
                        {QStringLiteral("text"), item.text},
                        {QStringLiteral("command"), item.manualCommand}};
    if (!item.pool.isEmpty())
        object.insert(QStringLiteral("pool"), item.pool);
    if (!item.ipv4.isEmpty()) {
        object.insert(QStringLiteral("mac"), item.mac);
        object.insert(QStringLiteral("ipv4"), item.ipv4);
    }
    return object;
}

QJsonArray keptJson(const QList<KeptItem> &kept)
{
    QJsonArray array;
    for (const KeptItem &item : kept)
        array.append(QJsonObject {{QStringLiteral("text"), item.text},
                                  {QStringLiteral("reason"), item.reason}});
    return array;
}

QJsonObject planJson(const RemovalPlan &plan)
{
    QJsonArray items;
    for (const RemovalItem &item : plan.items)
        items.append(itemJson(item));
    return {{QStringLiteral("name"), plan.domainName},
            {QStringLiteral("running"), plan.running},
            {QStringLiteral("recorded"), plan.recorded},
            {QStringLiteral("nvram"), plan.nvram.isEmpty() ? QJsonValue() : plan.nvram},
            {QStringLiteral("remove"), items},
            {QStringLiteral("keep"), keptJson(plan.kept)}};
}

void printJson(const QJsonObject &object)
{
    std::fprintf(stdout, "%s", QJsonDocument(object).toJson(QJsonDocument::Indented).constData());
    std::fflush(stdout);
}

int refuse(const CommandLine &commandLine, const RemovalRefusal &refusal)
{
    printError(refusal.message);
    if (commandLine.json)
        printJson({{QStringLiteral("name"), commandLine.deleteName},
                   {QStringLiteral("refused"), refusalId(refusal.reason)},
                   {QStringLiteral("message"), refusal.message}});
    return 1;
}

int printOutcome(const CommandLine &commandLine, const RemovalPlan &plan,
                 const RemovalOutcome &outcome)
{
    if (commandLine.json) {
        QJsonObject object = planJson(plan);
        QJsonArray failed;
        for (const FailedItem &item : outcome.failed) {
            QJsonObject entry = itemJson(item.item);
            entry.insert(QStringLiteral("error"), item.error);
            failed.append(entry);
        }
        object.insert(QStringLiteral("dryRun"), false);
        object.insert(QStringLiteral("removed"), QJsonArray::fromStringList(outcome.removed));
        object.insert(QStringLiteral("kept"), keptJson(outcome.kept));
        object.insert(QStringLiteral("failed"), failed);
        printJson(object);
    } else if (outcome.isComplete()) {
        printLine(CommandLine::tr("“%1” is deleted.").arg(plan.domainName));
    } else {
        printError(CommandLine::tr("“%1” could not be deleted completely; the lines above say how "
                                   "to remove what is left by hand.")
                           .arg(plan.domainName));
    }
    return outcome.isComplete() ? 0 : 1;
}

} // namespace

int runDelete(const CommandLine &commandLine)
{
    const auto connection = openConnection(commandLine);
    if (!connection)
        return 1;
    const auto plan = VmRemoval::plan(*connection, commandLine.deleteName);
    if (!plan)
        return refuse(commandLine, plan.error());
    if (!commandLine.yes) {
        if (commandLine.json) {
            QJsonObject object = planJson(*plan);
            object.insert(QStringLiteral("dryRun"), true);
            printJson(object);
            return 0;
        }
        printLine(CommandLine::tr("Deleting “%1” would do this:").arg(plan->domainName));
        for (const QString &line : plan->lines())
            printLine(QStringLiteral("  ") + line);
        printLine(CommandLine::tr("Nothing was changed. To delete it, run this again with --yes."));
        return 0;
    }
    const bool json = commandLine.json;
    const RemovalOutcome outcome
            = VmRemoval::run(*connection, *plan, [json](const RemovalStep &step) {
                  if (json || step.status == RemovalStep::Status::Removing)
                      return;
                  const QString line = QStringLiteral("[%1/%2] %3")
                                               .arg(step.index + 1)
                                               .arg(step.count)
                                               .arg(step.line);
                  if (step.status == RemovalStep::Status::Failed)
                      printError(line);
                  else
                      printLine(line);
              });
    return printOutcome(commandLine, *plan, outcome);
}

} // namespace Airlock
