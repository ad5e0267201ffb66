// SPDX-License-Identifier: GPL-3.0-or-later
#include "probetable.h"

namespace Airlock::Packets {

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Reached:
        return QStringLiteral("reached");
    case Outcome::Blocked:
        return QStringLiteral("blocked");
    case Outcome::Error:
        break;
    }
    return QStringLiteral("error");
}

QString ProbeContext::fill(const QString &text) const
{
    QString filled = text;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        filled.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return filled;
}

// The lab's world (tools/packet-lab): 10.20.0.1 and 198.51.100.1 are the
// host's LAN and uplink addresses, 10.20.0.2 and 192.168.77.2 the LAN,
// 203.0.113.10 and 2001:db8:2::10 the internet, which answers DNS on
// 203.0.113.53. Listeners answer TCP 7001, UDP 7002 and HTTP 80 with their
// token.
namespace {

Probe probe(const char *name, const char *kind, const char *target, int port,
            const char *extra = "", Judge judge = Judge::Guest, const char *evidence = "",
            Phase phase = Phase::Honest)
{
    return {QLatin1String(name),     QLatin1String(kind),
            QLatin1String(target),   port,
            QLatin1String(extra),    judge,
            QLatin1String(evidence), phase};
}

// The hostile ones: what a guest that wants its neighbours' traffic sends,
// and what an observer's line says when it got through.
Probe hostile(const char *name, const char *kind, const char *target, int port, const char *extra,
              const char *evidence, Phase phase = Phase::Hostile)
{
    return probe(name, kind, target, port, extra, Judge::Observers, evidence, phase);
}

// clang-format off
const QList<Probe> s_catalogue = {
    probe("dhcp",               "",     "",               0),
    probe("dns-gateway",        "dns",  "{gateway}",      53, "internet.test"),
    probe("internet-tcp",       "tcp",  "203.0.113.10",   7001),
    probe("internet-udp",       "udp",  "203.0.113.10",   7002),
    probe("internet-http",      "http", "203.0.113.10",   80),
    probe("internet6-tcp",      "tcp",  "2001:db8:2::10", 7001),
    probe("host-gateway-tcp",   "tcp",  "{gateway}",      7001),
    probe("host-gateway-icmp",  "icmp", "{gateway}",      0),
    probe("host-lan-tcp",       "tcp",  "10.20.0.1",      7001),
    probe("host-uplink-tcp",    "tcp",  "198.51.100.1",   7001),
    probe("host-ula-tcp",       "tcp",  "{gateway6}",     7001),
    probe("host-linklocal-tcp", "tcp",  "{gatewayLinkLocal}%eth0", 7001),
    probe("lan-tcp",            "tcp",  "10.20.0.2",      7001),
    probe("lan-icmp",           "icmp", "10.20.0.2",      0),
    probe("lan2-tcp",           "tcp",  "192.168.77.2",   7001),
    // The home router's own address on the bridged LAN.
    probe("lan-onlink-tcp",     "tcp",  "10.30.0.2",      7001),
    probe("peer-tcp",           "tcp",  "{peer}",         7001),
    probe("peer-icmp",          "icmp", "{peer}",         0),
    probe("peer-arp",           "arp",  "{peer}",         0),
    probe("host-to-guest-tcp",  "tcp",  "{peer}",         7001, "", Judge::Host),
    hostile("arp-spoof-gateway",      "arpspoof",  "{gateway}",       0,    "",
            "sender-mac={guestMac} sender-ip={gateway} "),
    hostile("rogue-dhcp-offer",       "dhcpoffer", "255.255.255.255", 68,   "{spare}",
            "dhcp-server eth-src={guestMac} "),
    hostile("spoofed-source-subnet",  "srcspoof",  "203.0.113.10",    7002, "{spare}",
            "ipv4 eth-src={guestMac} src={spare}"),
    hostile("spoofed-source-foreign", "srcspoof",  "203.0.113.10",    7002, "10.66.66.66",
            "ipv4 eth-src={guestMac} src=10.66.66.66"),
    // Before libvirt has learnt the address of a guest whose address it did
    // not pin, which it does about a second after the lease.
    hostile("spoofed-source-early",   "srcspoof",  "203.0.113.10",    7002, "10.66.66.67",
            "ipv4 eth-src={guestMac} src=10.66.66.67", Phase::Early),
    // One-way datagrams from the guest's own address: what the filter drops
    // on the way out never reaches the host, whatever would answer. The
    // internet row shows that the host's bridge does see what passes.
    hostile("oneway-gateway-udp",     "srcspoof",  "{gateway}",       7009, "{aIp}",
            "ipv4-to eth-src={guestMac} src={aIp} dst={gateway} proto=17 dport=7009"),
    hostile("oneway-lan-udp",         "srcspoof",  "10.20.0.2",       7009, "{aIp}",
            "ipv4-to eth-src={guestMac} src={aIp} dst=10.20.0.2 proto=17 dport=7009"),
    hostile("oneway-internet-udp",    "srcspoof",  "203.0.113.10",    7009, "{aIp}",
            "ipv4-to eth-src={guestMac} src={aIp} dst=203.0.113.10 proto=17 dport=7009"),
    hostile("router-advertisement",   "ra",        "ff02::1",         0,    "",
            "ra eth-src={guestMac} "),
    hostile("dhcp6-server",           "dhcp6adv",  "ff02::1",         546,  "",
            "dhcp6-server eth-src={guestMac} "),
};
// clang-format on

} // namespace

const QList<Probe> &probeCatalogue()
{
    return s_catalogue;
}

const Probe *findProbe(const QString &name)
{
    for (const Probe &probe : probeCatalogue()) {
        if (probe.name == name)
            return &probe;
    }
    return nullptr;
}

QList<ModeTable> modeTables(const QString &bridge)
{
    constexpr Outcome reached = Outcome::Reached;
    constexpr Outcome blocked = Outcome::Blocked;
    // NAT: out to the internet and its names, nothing else. The lease is the
    // pinned address when Airlock pins one (checked with the DHCP row).
    const QList<Expectation> nat = {
            {QStringLiteral("dhcp"), reached},
            {QStringLiteral("dns-gateway"), reached},
            {QStringLiteral("internet-tcp"), reached},
            {QStringLiteral("internet-udp"), reached},
            {QStringLiteral("internet-http"), reached},
            {QStringLiteral("host-gateway-tcp"), blocked},
            {QStringLiteral("host-gateway-icmp"), blocked},
            {QStringLiteral("host-lan-tcp"), blocked},
            {QStringLiteral("host-uplink-tcp"), blocked},
            {QStringLiteral("lan-tcp"), blocked},
            {QStringLiteral("lan-icmp"), blocked},
            {QStringLiteral("lan2-tcp"), blocked},
            {QStringLiteral("peer-tcp"), blocked},
            {QStringLiteral("peer-icmp"), blocked},
            {QStringLiteral("peer-arp"), blocked},
            {QStringLiteral("arp-spoof-gateway"), blocked},
            {QStringLiteral("rogue-dhcp-offer"), blocked},
            {QStringLiteral("spoofed-source-subnet"), blocked},
            {QStringLiteral("spoofed-source-foreign"), blocked},
            {QStringLiteral("spoofed-source-early"), blocked},
            {QStringLiteral("host-to-guest-tcp"), blocked},
            {QStringLiteral("oneway-gateway-udp"), blocked},
            {QStringLiteral("oneway-lan-udp"), blocked},
            {QStringLiteral("oneway-internet-udp"), reached},
    };
    const QList<Expectation> nat6 = nat
                                    + QList<Expectation> {
                                            {QStringLiteral("internet6-tcp"), reached},
                                            {QStringLiteral("host-ula-tcp"), blocked},
                                            {QStringLiteral("host-linklocal-tcp"), blocked},
                                            {QStringLiteral("router-advertisement"), blocked},
                                            {QStringLiteral("dhcp6-server"), blocked},
                                    };
    // No network card: nothing at all gets anywhere.
    QList<Expectation> none;
    for (const Expectation &row : nat) {
        // No peer guest to reach from the host either.
        if (findProbe(row.probe)->judge != Judge::Host)
            none.append({row.probe, blocked});
    }
    // Bridged: one more machine on the home LAN, but one that cannot pose as
    // the router or its DHCP server, nor hide behind another address.
    const QList<Expectation> bridged = {
            {QStringLiteral("dhcp"), reached},
            {QStringLiteral("lan-onlink-tcp"), reached},
            {QStringLiteral("lan-tcp"), reached},
            {QStringLiteral("host-gateway-tcp"), reached},
            {QStringLiteral("peer-tcp"), reached},
            {QStringLiteral("peer-icmp"), reached},
            {QStringLiteral("peer-arp"), reached},
            {QStringLiteral("internet-tcp"), reached},
            {QStringLiteral("internet-udp"), reached},
            {QStringLiteral("internet-http"), reached},
            {QStringLiteral("arp-spoof-gateway"), blocked},
            {QStringLiteral("rogue-dhcp-offer"), blocked},
            {QStringLiteral("spoofed-source-subnet"), blocked},
            {QStringLiteral("spoofed-source-foreign"), blocked},
    };
    return {
            {QStringLiteral("nat"), {NetworkMode::Nat, false, {}}, nat},
            {QStringLiteral("nat-ipv6"), {NetworkMode::Nat, true, {}}, nat6},
            {QStringLiteral("none"), {NetworkMode::None, false, {}}, none},
            {QStringLiteral("bridge"), {NetworkMode::Bridge, false, bridge}, bridged},
    };
}

} // namespace Airlock::Packets
