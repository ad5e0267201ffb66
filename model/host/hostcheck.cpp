// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostcheck.h"

namespace Airlock {

QJsonObject HostCheck::toJson() const
{
    return {
            {QStringLiteral("id"), id},         {QStringLiteral("status"), statusKey(status)},
            {QStringLiteral("title"), title},   {QStringLiteral("evidence"), evidence},
            {QStringLiteral("source"), source}, {QStringLiteral("remedy"), remedy},
    };
}

bool HostCheck::anyFailed(const QList<HostCheck> &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(),
                       [](const HostCheck &check) { return check.isFailure(); });
}

QString HostCheck::statusKey(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Unknown:
        return QStringLiteral("unknown");
    case CheckStatus::Info:
        return QStringLiteral("info");
    }
    return {};
}

std::optional<CheckStatus> HostCheck::statusFromKey(const QString &key)
{
    for (const CheckStatus status : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail,
                                     CheckStatus::Unknown, CheckStatus::Info}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString HostCheck::statusWord(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return tr("Passed");
    case CheckStatus::Warn:
        return tr("Warning");
    case CheckStatus::Fail:
        return tr("Failed");
    case CheckStatus::Unknown:
        return tr("Unknown");
    case CheckStatus::Info:
        return tr("Note");
    }
    return {};
}

} // namespace Airlock
