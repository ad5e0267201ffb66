// SPDX-License-Identifier: GPL-3.0-or-later
#include "proofoutput.h"

#include "commandline.h"

#include <QJsonArray>

#include <cstdio>

namespace Airlock {

namespace {

QString mark(bool passed)
{
    return passed ? QStringLiteral("✓") : QStringLiteral("✗");
}

QString statusName(LabelCheck::Status status)
{
    switch (status) {
    case LabelCheck::Status::Pass:
        return QStringLiteral("pass");
    case LabelCheck::Status::Fail:
        return QStringLiteral("fail");
    case LabelCheck::Status::Info:
        return QStringLiteral("info");
    case LabelCheck::Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString statusMark(LabelCheck::Status status)
{
    switch (status) {
    case LabelCheck::Status::Pass:
        return QStringLiteral("✓");
    case LabelCheck::Status::Fail:
        return QStringLiteral("✗");
    case LabelCheck::Status::Info:
        return QStringLiteral("·");
    case LabelCheck::Status::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QString enforcementName(TypeEnforcement::State state)
{
    switch (state) {
    case TypeEnforcement::State::Enforced:
        return QStringLiteral("enforced");
    case TypeEnforcement::State::Permissive:
        return QStringLiteral("permissive");
    case TypeEnforcement::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonValue labelJson(const std::optional<SecurityLabel> &label)
{
    return label ? QJsonValue(label->text()) : QJsonValue();
}

QJsonValue labelJson(const SecurityLabel &label)
{
    return label.text().isEmpty() ? QJsonValue() : QJsonValue(label.text());
}

QJsonArray disksJson(const IsolationProof &proof)
{
    QJsonArray disks;
    for (const DiskLabel &disk : proof.disks) {
        disks.append(QJsonObject {{QStringLiteral("target"), disk.target},
                                  {QStringLiteral("readOnly"), disk.readOnly},
                                  {QStringLiteral("pool"), disk.pool},
                                  {QStringLiteral("volume"), disk.volume},
                                  {QStringLiteral("path"), disk.path},
                                  {QStringLiteral("label"), labelJson(disk.label)},
                                  {QStringLiteral("relabel"), !disk.relabelOff},
                                  {QStringLiteral("problem"), disk.problem}});
    }
    return disks;
}

} // namespace

QJsonObject proofJson(const IsolationProof &proof)
{
    QJsonArray audit;
    for (const AuditCheck &check : proof.audit) {
        audit.append(QJsonObject {{QStringLiteral("id"), check.id},
                                  {QStringLiteral("title"), check.title},
                                  {QStringLiteral("passed"), check.passed},
                                  {QStringLiteral("found"), check.found}});
    }
    QJsonArray peers;
    for (const PeerLabel &peer : proof.peers) {
        peers.append(QJsonObject {{QStringLiteral("domain"), peer.domainName},
                                  {QStringLiteral("label"), peer.label.text()},
                                  {QStringLiteral("imageLabel"), labelJson(peer.imageLabel)},
                                  {QStringLiteral("clashes"), peer.clashes}});
    }
    QJsonArray labelChecks;
    for (const LabelCheck &check : proof.labelChecks()) {
        labelChecks.append(QJsonObject {{QStringLiteral("id"), check.id},
                                        {QStringLiteral("status"), statusName(check.status)},
                                        {QStringLiteral("text"), check.text}});
    }
    const auto enforcing = proof.enforcing();
    const auto process = proof.processLabel();
    const TypeEnforcement &type = proof.typeEnforcement;
    return QJsonObject {
            {QStringLiteral("running"), proof.running},
            {QStringLiteral("hostSecurityModel"), proof.hostSecurityModel},
            {QStringLiteral("verdict"), proof.verdictText()},
            {QStringLiteral("explanation"), proof.verdictExplanation()},
            {QStringLiteral("processLabel"), labelJson(process)},
            {QStringLiteral("categories"),
             process ? QJsonValue(process->categoriesText()) : QJsonValue()},
            {QStringLiteral("enforcing"), enforcing ? QJsonValue(*enforcing) : QJsonValue()},
            {QStringLiteral("typeEnforcement"),
             QJsonObject {{QStringLiteral("type"), type.type},
                          {QStringLiteral("state"), enforcementName(type.state)},
                          {QStringLiteral("source"), type.source},
                          {QStringLiteral("reason"), type.reason}}},
            {QStringLiteral("imageLabel"), labelJson(proof.imageLabel())},
            {QStringLiteral("disks"), disksJson(proof)},
            {QStringLiteral("dacLabel"), labelJson(proof.dacLabel())},
            {QStringLiteral("dacImageLabel"), labelJson(proof.dacImageLabel())},
            {QStringLiteral("labelChecks"), labelChecks},
            {QStringLiteral("disagreements"), QJsonArray::fromStringList(proof.disagreements())},
            {QStringLiteral("peers"), peers},
            {QStringLiteral("unique"), proof.isUnique()},
            {QStringLiteral("audit"), audit},
            {QStringLiteral("holds"), proof.holds()},
    };
}

void printProof(const IsolationProof &proof)
{
    printLine(QString());
    printLine(proof.verdictText());
    printLine(QStringLiteral("  ") + proof.verdictExplanation());
    if (const auto process = proof.processLabel()) {
        const auto enforcing = proof.enforcing();
        printLine(CommandLine::tr("  Process label: %1 (%2)")
                          .arg(process->text(),
                               !enforcing   ? CommandLine::tr("enforcement not reported")
                               : *enforcing ? CommandLine::tr("enforcing")
                                            : CommandLine::tr("permissive")));
    }
    if (const auto image = proof.imageLabel())
        printLine(CommandLine::tr("  Image label:   %1").arg(image->text()));
    if (const auto dac = proof.dacLabel())
        printLine(CommandLine::tr("  DAC label:     %1").arg(dac->text()));
    if (proof.processLabel()) {
        for (const LabelCheck &check : proof.labelChecks())
            printLine(QStringLiteral("  %1 %2").arg(statusMark(check.status), check.text));
    } else {
        for (const QString &disagreement : proof.disagreements())
            printLine(CommandLine::tr("  ✗ %1").arg(disagreement));
    }
    printLine(CommandLine::tr("Audit of the running VM:"));
    for (const AuditCheck &check : proof.audit)
        printLine(QStringLiteral("  %1 %2 — %3").arg(mark(check.passed), check.title, check.found));
}

} // namespace Airlock
