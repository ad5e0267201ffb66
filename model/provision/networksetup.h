// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domainxml/networkaddressing.h"
#include "domainxml/networkfilters.h"
#include "hypervisor/connection.h"
#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Airlock {

// The parts of the network setup the creation plan runs, each blocking
// (call on a worker): Airlock's filters, and a VM's pinned place on the
// network.
class NetworkSetup
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSetup)
public:
    enum class FilterChange { Defined, Redefined };
    struct FilterChanged
    {
        QString name;
        FilterChange change;
    };
    // Defines every filter of Airlock's the choice needs that libvirt lacks,
    // and redefines any whose content differs (an older Airlock's). What
    // changed is in `changed`, also when a later filter fails. A driver
    // without network filters (the test driver) fails with VIR_ERR_NO_SUPPORT.
    static LibvirtResult<Done> ensureFilters(const Connection &connection,
                                             const NetworkChoice &network,
                                             QList<FilterChanged> &changed);

    // A MAC address no domain and no DHCP host entry on the connection uses,
    // and the lowest free address of the network, made the VM's with a DHCP
    // host entry (live and persistent). Tries the next address when another
    // creation took one a moment ago. `beforeUpdate(pinning)`, when given, is
    // called right before each attempt (the creation's journal writes its
    // intent); an error it returns stops before the network is changed.
    static LibvirtResult<NetworkPinning> reserve(
            const Connection &connection, const QString &networkName,
            const NetworkAddressing &addressing,
            const std::function<std::optional<LibvirtError>(const NetworkPinning &)> &beforeUpdate
            = {});
    // Removes the DHCP host entry again.
    static LibvirtResult<Done> release(const Connection &connection, const QString &networkName,
                                       const NetworkPinning &pinning);
    // A MAC of its own for a VM on a bridge (no DHCP entry: the LAN's).
    static LibvirtResult<QString> freeMac(const Connection &connection);

    // The host's own addresses the filter must name besides its ranges, read
    // from this machine's interfaces when the connection is local (a remote
    // host's are not known here): IPv4 addresses outside the blocked ranges,
    // and the /64 prefixes of global IPv6 addresses.
    static void addHostAddresses(const Connection &connection, NetworkPinning &pinning);
    static void addHostAddresses(const QList<QHostAddress> &addresses, NetworkPinning &pinning);

    // The <host> element of a pinning's DHCP entry.
    static QString dhcpHostXml(const NetworkPinning &pinning);
};

} // namespace Airlock
