// SPDX-License-Identifier: GPL-3.0-or-later
// What the SELinux lab tests share: the lab ctest's fixture started, and
// virsh against it.
#pragma once

#include "testsupport.h"

#include <QFile>
#include <QStringList>

namespace Airlock::Test {

// The lab written by tests/selinux-lab/lab-fixture into $AIRLOCK_LAB_STATE,
// in the shape of realDaemon(): a URI, or why there is none. Use with
// AIRLOCK_REQUIRE_REAL_DAEMON, which fails instead of skipping in CI.
inline RealDaemon selinuxLab()
{
    RealDaemon lab;
    const QString state = qEnvironmentVariable("AIRLOCK_LAB_STATE");
    lab.directory = state;
    QFile skipped(state + QLatin1String("/skipped"));
    if (state.isEmpty() || skipped.exists()) {
        lab.skipReason = QStringLiteral("not run under ctest's selinux-lab fixture");
        if (skipped.open(QIODevice::ReadOnly))
            lab.skipReason = QStringLiteral("the SELinux lab is unavailable: ")
                             + QString::fromUtf8(skipped.readAll()).trimmed();
        return lab;
    }
    QFile uriFile(state + QLatin1String("/uri"));
    // A fixture that ran but wrote no URI is a failure, not a skip: the
    // text stands in for the URI and fails the tests' check of it.
    if (!uriFile.open(QIODevice::ReadOnly)) {
        lab.uri = QStringLiteral("(no URI in %1)").arg(uriFile.fileName());
        return lab;
    }
    lab.uri = QString::fromUtf8(uriFile.readAll()).trimmed();
    return lab;
}

inline QString labVirsh(const QString &uri, const QStringList &arguments)
{
    QString output;
    runProgram(QStringLiteral("virsh"),
               QStringList {QStringLiteral("-q"), QStringLiteral("-c"), uri} + arguments, &output,
               {}, 300000);
    return output.trimmed();
}

} // namespace Airlock::Test
