// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "provision/creationrecovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace Airlock {

namespace {

std::atomic_bool s_cancel {false};

void requestCancel(int)
{
    s_cancel = true;
}

QJsonObject creationJson(const InterruptedCreation &creation)
{
    QJsonArray objects;
    for (const JournalObject &object : creation.record.objects)
        objects.append(object.toJson());
    return {{QStringLiteral("name"), creation.name()},
            {QStringLiteral("journal"), creation.record.path},
            {QStringLiteral("started"), creation.record.started.toString(Qt::ISODate)},
            {QStringLiteral("updated"), creation.record.updated.toString(Qt::ISODate)},
            {QStringLiteral("step"), creation.stoppedAt},
            {QStringLiteral("action"), creation.record.action},
            {QStringLiteral("made"), QJsonArray::fromStringList(creation.made)},
            {QStringLiteral("objects"), objects}};
}

QJsonObject resultJson(const RecoveryResult &result, const QString &action)
{
    QJsonObject object {
            {QStringLiteral("name"), result.name},
            {QStringLiteral("action"), action},
            {QStringLiteral("ok"), result.ok},
            {QStringLiteral("message"), result.message},
            {QStringLiteral("undone"), QJsonArray::fromStringList(result.undone)},
            {QStringLiteral("kept"), QJsonArray::fromStringList(result.kept)},
            {QStringLiteral("leftovers"), QJsonArray::fromStringList(result.leftovers)}};
    if (result.created) {
        object.insert(QStringLiteral("domain"), result.created->domainName);
        object.insert(QStringLiteral("created"),
                      QJsonArray::fromStringList(result.created->created));
    }
    return object;
}

void printJson(const QJsonObject &document)
{
    printLine(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)).trimmed());
}

int list(const CommandLine &commandLine, const QList<InterruptedCreation> &creations)
{
    if (commandLine.json) {
        QJsonArray array;
        for (const InterruptedCreation &creation : creations)
            array.append(creationJson(creation));
        printJson({{QStringLiteral("creations"), array}});
        return 0;
    }
    if (creations.isEmpty()) {
        printLine(
                CommandLine::tr("No creation on %1 was interrupted.").arg(commandLine.connectUri));
        return 0;
    }
    for (const InterruptedCreation &creation : creations) {
        printLine(creation.summary());
        printLine(CommandLine::tr("    journal: %1").arg(creation.record.path));
    }
    printLine(CommandLine::tr("Finish them with airlock --recover --finish, or remove what they "
                              "made with airlock --recover --undo."));
    return 0;
}

CreationPlan::Callbacks progressLines(bool json)
{
    CreationPlan::Callbacks callbacks;
    if (json)
        return callbacks;
    const QList<CreationStep> steps = CreationPlan::steps();
    const auto print = [steps](int step, const QString &detail) {
        printLine(QStringLiteral("[%1/%2] %3 — %4")
                          .arg(step + 1)
                          .arg(steps.size())
                          .arg(steps.at(step).title(), detail));
    };
    callbacks.finished = print;
    callbacks.skipped = print;
    callbacks.undoing = [steps](int step) {
        printLine(CommandLine::tr("Undoing: %1").arg(steps.at(step).title()));
    };
    return callbacks;
}

void printResult(const RecoveryResult &result)
{
    for (const QString &line : result.undone)
        printLine(CommandLine::tr("removed: %1").arg(line));
    for (const QString &line : result.kept)
        printLine(line);
    for (const QString &line : result.leftovers)
        printError(CommandLine::tr("left behind: %1").arg(line));
    if (result.ok)
        printLine(result.message);
    else
        printError(result.message);
}

} // namespace

int runRecover(const CommandLine &commandLine)
{
    const auto connection = openConnection(commandLine);
    if (!connection)
        return 1;
    const QList<InterruptedCreation> creations = CreationRecovery::find(*connection);
    if (commandLine.recoverAction == CommandLine::RecoverAction::List)
        return list(commandLine, creations);

    const bool finishing = commandLine.recoverAction == CommandLine::RecoverAction::Finish;
    const QString action = finishing ? QStringLiteral("finish") : QStringLiteral("undo");
    if (creations.isEmpty() && !commandLine.json)
        printLine(CommandLine::tr("No creation on %1 was interrupted; nothing to do.")
                          .arg(commandLine.connectUri));
    // Ctrl+C stops a finish: the plan then undoes what it made, as --create does.
    std::signal(SIGINT, requestCancel);
    std::signal(SIGTERM, requestCancel);
    QJsonArray results;
    bool allOk = true;
    for (const InterruptedCreation &creation : creations) {
        if (!commandLine.json)
            printLine(creation.summary());
        const CreationPlan::Callbacks callbacks = progressLines(commandLine.json);
        const RecoveryResult result
                = finishing ? CreationRecovery::finish(*connection, creation, callbacks, s_cancel)
                            : CreationRecovery::undo(*connection, creation, callbacks);
        allOk = allOk && result.ok;
        if (commandLine.json)
            results.append(resultJson(result, action));
        else
            printResult(result);
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (commandLine.json)
        printJson({{QStringLiteral("recovered"), results}});
    return allOk ? 0 : 1;
}

} // namespace Airlock
