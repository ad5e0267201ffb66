// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/connection.h"
#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QString>

namespace Airlock {

// What a VM's live state is proven against. A VM Airlock made carries its
// spec in its <metadata>; any other VM is held to Maximum isolation, with
// only what says nothing about isolation (its name, size and firmware)
// taken from the VM itself.
struct ProofBaseline
{
    Q_DECLARE_TR_FUNCTIONS(ProofBaseline)
public:
    VmSpec spec;
    bool madeByAirlock = false;
    QString release; // the Airlock version that made it, from the metadata

    // Reads the domain's metadata (blocking: call on a worker). Fails when
    // the domain cannot be found, or when its Airlock metadata holds no
    // spec Airlock can read (then nothing is assumed in its place).
    static LibvirtResult<ProofBaseline> of(const Connection &connection, const QString &domainName);
    // From the domain's definition alone: its <metadata>, else the
    // Maximum isolation baseline sized as `domainXml` says.
    static std::expected<ProofBaseline, QString> fromDomainXml(const QString &domainXml);
};

} // namespace Airlock
