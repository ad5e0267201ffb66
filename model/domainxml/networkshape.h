// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domainxml/networkaddressing.h"
#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Airlock {

// What a libvirt network is, compared with what Airlock would define: the
// creation plan uses an existing network only when they agree, and the audit
// checks the running VM's network the same way.
class NetworkShape
{
    Q_DECLARE_TR_FUNCTIONS(NetworkShape)
public:
    // How a network of Airlock's name differs from what Airlock would define
    // for it on its own subnet: one phrase per difference ("spanning tree:
    // on, Airlock's: off"). Its uuid, bridge name, MAC and DHCP host entries
    // aside. Empty: the same.
    static QStringList networkDifferences(const QString &existingXml, const NetworkChoice &network);
    // The addressing of a network as its XML gives it.
    static NetworkAddressing addressingOf(const QString &networkXml);
};

} // namespace Airlock
