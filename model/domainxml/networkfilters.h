// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domainxml/networkaddressing.h"
#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace Airlock {

// One of Airlock's network filters as libvirt defines it.
struct FilterDocument
{
    QString name;
    QString xml;
};

// One <parameter> of the <filterref> on the VM's network card.
struct FilterParameter
{
    QString name;
    QString value;

    bool operator==(const FilterParameter &) const = default;
};

// Airlock's own nwfilters. libvirt's clean-traffic stops a VM from faking its
// MAC and IP addresses and from poisoning ARP, but places no limit on where
// its packets go. Airlock's filters are built on it and add, per network mode:
//  - NAT ("airlock-internet"): DHCP and DNS with the VM's gateway, and the
//    internet; never the host (its addresses on Airlock's network and every
//    other one it has), the private and special-purpose ranges (the LAN, other
//    VMs, link-local, loopback, multicast and broadcast beyond DHCP), and no
//    DHCP server of its own;
//  - NAT with IPv6 ("airlock-internet-ipv6"): the same for IPv6 (ULA,
//    link-local beyond neighbour discovery, multicast, the host's /64s), its
//    source kept inside the network's /64, no router advertisements, no
//    redirects and no DHCPv6 server;
//  - Bridged ("airlock-bridged", "-ipv6"): clean-traffic with its address
//    learnt from the LAN's DHCP only, and no DHCP server or router
//    advertisements of its own. The LAN and everything on it stays reachable:
//    that is what bridged means.
// Only layer-2 rules (ebtables): they need no bridge netfilter on the host and
// judge every frame before it reaches the bridge.
class NetworkFilters
{
    Q_DECLARE_TR_FUNCTIONS(NetworkFilters)
public:
    // The filter on the VM's card; empty for mode "none".
    static QString topName(const NetworkChoice &network);
    // That filter and every filter of Airlock's it is built from, the top one
    // first. Empty for mode "none".
    static QList<FilterDocument> documents(const NetworkChoice &network);
    // Every filter Airlock defines, for any mode, each once.
    static QList<FilterDocument> allDocuments();
    // Filter documents in one <filters> element (airlock --print-xml
    // --document filter).
    static QString documentsXml(const QList<FilterDocument> &documents);
    // Whether one of the ranges the NAT filters block holds the address.
    static bool inBlockedRange(const QHostAddress &address);
    // The libvirt filters Airlock's are built on ("clean-traffic").
    static QStringList stockFilters();

    // The <filterref> parameters for a VM on the network: its pinned address
    // (libvirt then learns nothing from the VM's packets), its gateway and the
    // host's addresses. Without a pinning (a preview before creation), what is
    // known without one.
    static QList<FilterParameter> parameters(const NetworkChoice &network,
                                             const NetworkAddressing &addressing,
                                             const NetworkPinning &pinning);

    // Whether a filter as libvirt hands it back says what Airlock's says:
    // the same rules in the same order, whatever libvirt's spelling of an
    // address or number, its uuid and its formatting.
    static bool sameContent(const QString &actualXml, const QString &expectedXml);
};

} // namespace Airlock
