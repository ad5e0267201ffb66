// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "proofoutput.h"

#include "proof/proofbaseline.h"

#include <QJsonDocument>

#include <cstdio>

namespace Airlock {

int runVerify(const CommandLine &commandLine)
{
    const auto connection = openConnection(commandLine);
    if (!connection)
        return 1;
    const QString &name = commandLine.verifyName;
    const auto baseline = ProofBaseline::of(*connection, name);
    if (!baseline) {
        printError(
                CommandLine::tr("cannot read the VM “%1”: %2").arg(name, baseline.error().message));
        return 1;
    }
    const auto proof = IsolationProof::read(*connection, name, baseline->spec);
    if (!proof) {
        printError(CommandLine::tr("cannot read the proof of “%1”: %2")
                           .arg(name, proof.error().message));
        return 1;
    }
    if (commandLine.json) {
        const QJsonObject document {
                {QStringLiteral("domain"), name},
                {QStringLiteral("madeByAirlock"), baseline->madeByAirlock},
                {QStringLiteral("baseline"),
                 baseline->madeByAirlock ? QStringLiteral("spec") : QStringLiteral("maximum")},
                {QStringLiteral("proof"), proofJson(*proof)}};
        std::fprintf(stdout, "%s",
                     QJsonDocument(document).toJson(QJsonDocument::Indented).constData());
    } else {
        printLine(baseline->madeByAirlock ? CommandLine::tr("“%1”, made by Airlock %2: checked "
                                                            "against the choices it was made from.")
                                                    .arg(name, baseline->release)
                                          : CommandLine::tr("“%1” was not made by Airlock: checked "
                                                            "against Maximum isolation.")
                                                    .arg(name));
        printProof(*proof);
    }
    return proof->holds() ? 0 : 3;
}

} // namespace Airlock
