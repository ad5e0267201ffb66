// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Airlock {

// One line of the audit: something the user chose, confirmed (or not) by
// reading the running VM's XML back from libvirt.
struct AuditCheck
{
    QString id; // "audio", "usbRedirection", "graphics", "network", …
    QString title; // what should hold, in words: "No sound card"
    bool passed = false;
    QString found; // what the live XML holds, in words
};

// Compares the live domain (and its network) with the spec it was made from.
// Nothing passes that was not read back: a missing or unreadable document
// fails every check that depends on it.
class DomainAudit
{
    Q_DECLARE_TR_FUNCTIONS(DomainAudit)
public:
    static QList<AuditCheck> run(const VmSpec &spec, const QString &liveDomainXml,
                                 const QString &liveNetworkXml = {});
    static bool allPassed(const QList<AuditCheck> &checks);
};

} // namespace Airlock
