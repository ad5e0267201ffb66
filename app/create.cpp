// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "proofoutput.h"

#include "proof/isolationproof.h"
#include "provision/creationplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Airlock {

namespace {

std::atomic_bool s_cancel {false};

void requestCancel(int)
{
    s_cancel = true;
}

// The creation's steps as they pass: printed unless --json, and kept for
// the JSON document either way.
struct StepReport
{
    bool json = false;
    QList<CreationStep> steps = CreationPlan::steps();
    QJsonArray stepsJson;
    qint64 lastPercent = -1;
    bool terminal = ::isatty(STDERR_FILENO) == 1;

    QString line(int step) const
    {
        return QStringLiteral("[%1/%2] %3")
                .arg(step + 1)
                .arg(steps.size())
                .arg(steps.at(step).title());
    }

    void record(int step, const QString &status, const QString &detail)
    {
        stepsJson.append(QJsonObject {{QStringLiteral("title"), steps.at(step).title()},
                                      {QStringLiteral("status"), status},
                                      {QStringLiteral("detail"), detail}});
        if (!json)
            printLine(QStringLiteral("%1 — %2").arg(line(step), detail));
    }

    void progress(int step, qint64 done, qint64 total)
    {
        qint64 percent = total > 0 ? done * 100 / total : 0;
        // A live line on a terminal; whole lines, every tenth, in a pipe or a log.
        if (!terminal && done != total)
            percent -= percent % 10;
        if (percent == lastPercent)
            return;
        lastPercent = percent;
        if (!terminal) {
            std::fprintf(stderr, "%s %lld%%\n", qPrintable(line(step)),
                         static_cast<long long>(percent));
            return;
        }
        std::fprintf(stderr, "\r%s %lld%%", qPrintable(line(step)),
                     static_cast<long long>(percent));
        if (done == total)
            std::fprintf(stderr, "\n");
    }

    CreationPlan::Callbacks callbacks()
    {
        CreationPlan::Callbacks callbacks;
        callbacks.finished = [this](int step, const QString &detail) {
            record(step, QStringLiteral("done"), detail);
        };
        callbacks.skipped = [this](int step, const QString &detail) {
            record(step, QStringLiteral("skipped"), detail);
        };
        callbacks.progress
                = [this](int step, qint64 done, qint64 total) { progress(step, done, total); };
        callbacks.undoing = [this](int step) {
            if (!json)
                printLine(CommandLine::tr("Undoing: %1").arg(steps.at(step).title()));
        };
        return callbacks;
    }
};

// The spec file, loaded and valid; nullopt once every problem is printed.
std::optional<VmSpec> validSpec(const CommandLine &commandLine)
{
    if (commandLine.specFile.isEmpty()) {
        printError(CommandLine::tr("--create needs --spec FILE"));
        return std::nullopt;
    }
    return loadSpec(commandLine.specFile);
}

void printFailure(const CreationFailure &failure, const StepReport &report)
{
    if (!report.json) {
        printError(failure.text());
        for (const QString &line : failure.undone)
            printError(CommandLine::tr("removed again: %1").arg(line));
        for (const QString &line : failure.kept)
            printError(line);
        for (const QString &line : failure.leftovers)
            printError(CommandLine::tr("left behind: %1").arg(line));
        return;
    }
    const QJsonObject error {
            {QStringLiteral("step"), report.steps.at(failure.stepIndex).title()},
            {QStringLiteral("cancelled"), failure.cancelled},
            {QStringLiteral("what"), failure.what},
            {QStringLiteral("libvirt"), failure.libvirtMessage},
            {QStringLiteral("advice"), failure.advice},
            {QStringLiteral("undone"), QJsonArray::fromStringList(failure.undone)},
            {QStringLiteral("leftovers"), QJsonArray::fromStringList(failure.leftovers)}};
    printLine(QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("steps"), report.stepsJson},
                                       {QStringLiteral("error"), error}})
                    .toJson(QJsonDocument::Indented)));
}

// The exit code: 0 when the proof holds, 3 when it does not or cannot be read.
int reportProof(const Connection &connection, const CreationResult &created,
                const StepReport &report)
{
    const auto proof = IsolationProof::read(connection, created.domainName, created.spec);
    if (!proof) {
        printError(CommandLine::tr("the VM runs, but its proof could not be read: %1")
                           .arg(proof.error().message));
        return 3;
    }
    if (report.json) {
        printLine(QString::fromUtf8(
                QJsonDocument(QJsonObject {{QStringLiteral("domain"), created.domainName},
                                           {QStringLiteral("steps"), report.stepsJson},
                                           {QStringLiteral("created"),
                                            QJsonArray::fromStringList(created.created)},
                                           {QStringLiteral("proof"), proofJson(*proof)}})
                        .toJson(QJsonDocument::Indented)));
    } else {
        printProof(*proof);
    }
    return proof->holds() ? 0 : 3;
}

} // namespace

int runCreate(const CommandLine &commandLine)
{
    auto spec = validSpec(commandLine);
    if (!spec)
        return 2;
    const auto connection = openConnection(commandLine);
    if (!connection || !chooseHostDefaults(*spec, commandLine.specFile, *connection))
        return 1;

    // Ctrl+C cancels: the plan then undoes what it made.
    std::signal(SIGINT, requestCancel);
    std::signal(SIGTERM, requestCancel);
    StepReport report;
    report.json = commandLine.json;
    CreationPlan plan(*spec);
    const auto outcome = plan.run(*connection, report.callbacks(), s_cancel);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    if (!outcome) {
        printFailure(outcome.error(), report);
        // Refused by the check before anything was made: a spec invalid here.
        return outcome.error().refused.isEmpty() ? 1 : 2;
    }
    return reportProof(*connection, *outcome, report);
}

} // namespace Airlock
