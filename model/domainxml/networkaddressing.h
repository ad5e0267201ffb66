// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Airlock {

// Addresses of one of Airlock's own networks.
struct NetworkAddressing
{
    int ipv4Subnet = 150; // 192.168.<ipv4Subnet>.0/24
    int ipv6Subnet = 150; // fd61:6972:6c6b:<ipv6Subnet>::/64 ("airlk")

    // The addressing of the n-th candidate subnet, for when one is taken.
    static NetworkAddressing candidate(int index);
    // The addressing of a network whose host address is `ipv4Address`
    // ("192.168.151.1") and IPv6 address; parts not in Airlock's form keep the defaults.
    static NetworkAddressing ofHostAddress(const QString &ipv4Address, const QString &ipv6Address);

    QString ipv4Address() const; // the host's address on the network: the VM's gateway
    QString ipv4Network() const; // "192.168.150.0/24"
    QString ipv4Host(int index) const; // "192.168.150.<index>"
    QString ipv6Prefix() const; // "fd61:6972:6c6b:150::" (a /64)
    QString ipv6Address() const; // the host's IPv6 address on the network
};

// Where the creation plan put one VM on Airlock's network, so that nothing
// about its address is learnt from the VM's own packets: a MAC address of its
// own, the IPv4 address Airlock's DHCP hands that MAC, and the host's own
// addresses the VM's traffic filter keeps it away from.
struct NetworkPinning
{
    QString mac; // "52:54:00:xx:xx:xx"
    QString ipv4; // the DHCP host entry's address
    // The host's IPv4 addresses outside the ranges the filter blocks anyway
    // (a public address on the host's own link, say).
    QStringList hostAddresses;
    // The /64 prefixes of the host's global IPv6 addresses ("2001:db8:1::").
    QStringList hostPrefixes6;

    bool isEmpty() const { return mac.isEmpty(); }
};

} // namespace Airlock
