// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domainxml/vmrecord.h"
#include "hypervisor/connection.h"
#include "hypervisor/domaincontrol.h"
#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Airlock {

// One VM on the connection, as the home window and `airlock --list` show it.
struct VmEntry
{
    QString name;
    QString uuid;
    DomainState state = DomainState::Unknown;
    bool persistent = true;
    // Made by Airlock: it carries Airlock's <metadata> (never judged by its name).
    bool madeByAirlock = false;
    std::optional<VmRecord> record; // Airlock's metadata, when madeByAirlock
    // The spec it was made from, when the record holds one Airlock can read.
    std::optional<VmSpec> spec;
    // The NixOS release its ISO installs ("26.05", "unstable"); empty when
    // unknown or not Airlock's.
    QString release;
    // A running VM whose CD-ROM holds its spec's ISO: the installer runs.
    bool installerAttached = false;
};

// The VMs on a connection. Blocking: call through Hypervisor::run.
class VmList
{
    Q_DECLARE_TR_FUNCTIONS(VmList)
public:
    // Every domain, defined or running, Airlock's first, each group by name.
    static LibvirtResult<QList<VmEntry>> read(const Connection &connection);
    static LibvirtResult<VmEntry> readOne(const Connection &connection, const QString &name);
    // From a domain's persistent and live XML (the live one empty when it
    // does not run): what read() fills in besides the state.
    static VmEntry fromXml(const QString &inactiveXml, const QString &liveXml);

    // "running", "shut off", … in words; `stateId` is the JSON's word.
    static QString stateText(DomainState state);
    static QString stateId(DomainState state);
};

} // namespace Airlock
