// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkfilters.h"

#include "hypervisor/xmlelement.h"
#include "xmlwriter.h"

#include <QHostAddress>

#include <algorithm>

namespace Airlock {

namespace {

// A rule's match, as the attributes of its protocol element (<ip>, <ipv6>,
// <mac>): {"protocol", "udp"}, {"dstipaddr", "10.0.0.0"}, …
using Match = QList<std::pair<const char *, QString>>;

struct Rule
{
    const char *action; // "drop", "return", "accept"
    const char *direction; // "out": from the VM; "in": to it
    int priority;
    const char *protocol; // "ip", "ipv6", "mac"; nullptr: every frame
    Match match;
};

struct Filter
{
    QString name;
    QString chain;
    int priority = 0; // of the chain; unused for "root"
    QStringList references; // filters it is built on, in order
    QList<Rule> rules;
};

// Where a VM on Airlock's NAT network never goes (and nothing from there
// reaches it): "this network" and loopback, the private ranges (home and
// office LANs, VPNs, other VMs), carrier-grade NAT, link-local (cloud
// metadata at 169.254.169.254 among it), IETF protocol assignments,
// benchmarking, multicast, reserved and broadcast.
const std::pair<const char *, int> s_blockedIpv4[] = {
        {"0.0.0.0", 8},      {"10.0.0.0", 8},    {"100.64.0.0", 10}, {"127.0.0.0", 8},
        {"169.254.0.0", 16}, {"172.16.0.0", 12}, {"192.0.0.0", 24},  {"192.168.0.0", 16},
        {"198.18.0.0", 15},  {"224.0.0.0", 4},   {"240.0.0.0", 4},
};

// The same for IPv6: unspecified and loopback, IPv4-mapped and NAT64 (they
// lead back into IPv4 ranges), discard, Teredo and 6to4, unique local
// (Airlock's own network and other VMs among it), link-local, site-local and
// multicast.
const std::pair<const char *, int> s_blockedIpv6[] = {
        {"::", 127},    {"::ffff:0.0.0.0", 96}, {"64:ff9b::", 96}, {"64:ff9b:1::", 48},
        {"100::", 64},  {"2001::", 32},         {"2002::", 16},    {"fc00::", 7},
        {"fe80::", 10}, {"fec0::", 10},         {"ff00::", 8},
};

QString number(int value)
{
    return QString::number(value);
}

// Drops every frame between the VM and a blocked range, both ways.
void appendBlockedRanges(QList<Rule> &rules, const char *protocol, bool ipv6)
{
    int priority = 300;
    const auto add = [&](const char *address, int prefix) {
        rules.append(
                {"drop",
                 "out",
                 priority,
                 protocol,
                 {{"dstipaddr", QString::fromLatin1(address)}, {"dstipmask", number(prefix)}}});
        rules.append(
                {"drop",
                 "in",
                 priority,
                 protocol,
                 {{"srcipaddr", QString::fromLatin1(address)}, {"srcipmask", number(prefix)}}});
        ++priority;
    };
    if (ipv6) {
        for (const auto &[address, prefix] : s_blockedIpv6)
            add(address, prefix);
    } else {
        for (const auto &[address, prefix] : s_blockedIpv4)
            add(address, prefix);
    }
}

Filter ipv4NoServers()
{
    // A DHCP server of the VM's own would hand other machines its own
    // gateway and DNS. clean-traffic lets UDP from port 67 through.
    return {QStringLiteral("airlock-ipv4-no-servers"),
            QStringLiteral("ipv4-servers"),
            -706,
            {},
            {{"drop",
              "out",
              100,
              "ip",
              {{"protocol", QStringLiteral("udp")}, {"srcportstart", QStringLiteral("67")}}}}};
}

Filter ipv4InternetOnly()
{
    Filter filter {QStringLiteral("airlock-ipv4-internet-only"),
                   QStringLiteral("ipv4-reach"),
                   // After clean-traffic's source check (-710), before its
                   // blanket accept of the VM's IPv4 (-650) and of all IPv4
                   // to it (-700).
                   -705,
                   {},
                   {}};
    QList<Rule> &rules = filter.rules;
    const QString gateway = QStringLiteral("$AIRLOCK_GATEWAY");
    // DHCP with Airlock's network (broadcast, or the gateway when renewing),
    // and DNS with the gateway, both ways.
    for (const QString &server : {QStringLiteral("255.255.255.255"), gateway}) {
        rules.append({"return",
                      "out",
                      100,
                      "ip",
                      {{"dstipaddr", server},
                       {"protocol", QStringLiteral("udp")},
                       {"srcportstart", QStringLiteral("68")},
                       {"dstportstart", QStringLiteral("67")}}});
    }
    rules.append({"return",
                  "in",
                  100,
                  "ip",
                  {{"srcipaddr", gateway},
                   {"protocol", QStringLiteral("udp")},
                   {"srcportstart", QStringLiteral("67")},
                   {"dstportstart", QStringLiteral("68")}}});
    for (const char *transport : {"udp", "tcp"}) {
        rules.append({"return",
                      "out",
                      110,
                      "ip",
                      {{"dstipaddr", gateway},
                       {"protocol", QString::fromLatin1(transport)},
                       {"dstportstart", QStringLiteral("53")}}});
        rules.append({"return",
                      "in",
                      110,
                      "ip",
                      {{"srcipaddr", gateway},
                       {"protocol", QString::fromLatin1(transport)},
                       {"srcportstart", QStringLiteral("53")}}});
    }
    // ICMP to the VM from anywhere: only errors about its own connections
    // ("fragmentation needed" from a router on a VPN or PPPoE link, say)
    // get through the host's NAT, and the host's pings go unanswered, since
    // nothing goes back out to the host. Without them large transfers stall.
    rules.append({"return", "in", 120, "ip", {{"protocol", QStringLiteral("icmp")}}});
    appendBlockedRanges(rules, "ip", false);
    // The host's own addresses that no range covers (a public address of its
    // own, say): AIRLOCK_HOST lists them, the gateway first.
    rules.append({"drop", "out", 400, "ip", {{"dstipaddr", QStringLiteral("$AIRLOCK_HOST")}}});
    rules.append({"drop", "in", 400, "ip", {{"srcipaddr", QStringLiteral("$AIRLOCK_HOST")}}});
    return filter;
}

Filter ipv6Source()
{
    // clean-traffic pins IPv4 alone; libvirt cannot learn an IPv6 address,
    // so the VM's IPv6 source stays inside its network's /64 (or link-local,
    // or unspecified while it checks for duplicates).
    return {QStringLiteral("airlock-ipv6-source"),
            QStringLiteral("ipv6-source"),
            -610,
            {},
            {{"return",
              "out",
              100,
              "ipv6",
              {{"srcipaddr", QStringLiteral("fe80::")}, {"srcipmask", QStringLiteral("10")}}},
             {"return",
              "out",
              110,
              "ipv6",
              {{"srcipaddr", QStringLiteral("$AIRLOCK_NET6")},
               {"srcipmask", QStringLiteral("64")}}},
             {"return",
              "out",
              120,
              "ipv6",
              {{"srcipaddr", QStringLiteral("::")}, {"srcipmask", QStringLiteral("128")}}},
             {"drop", "out", 1000, "ipv6", {}}}};
}

Filter ipv6NoServers()
{
    // Router advertisements and redirects would make the VM other machines'
    // router; a DHCPv6 server would hand out its own DNS.
    const QString icmp = QStringLiteral("icmpv6");
    return {QStringLiteral("airlock-ipv6-no-servers"),
            QStringLiteral("ipv6-servers"),
            -609,
            {},
            {{"drop", "out", 100, "ipv6", {{"protocol", icmp}, {"type", QStringLiteral("134")}}},
             {"drop", "out", 101, "ipv6", {{"protocol", icmp}, {"type", QStringLiteral("137")}}},
             {"drop",
              "out",
              102,
              "ipv6",
              {{"protocol", QStringLiteral("udp")}, {"srcportstart", QStringLiteral("547")}}}}};
}

Filter ipv6InternetOnly()
{
    Filter filter {QStringLiteral("airlock-ipv6-internet-only"),
                   QStringLiteral("ipv6-reach"),
                   -605,
                   {},
                   {}};
    QList<Rule> &rules = filter.rules;
    const QString icmp = QStringLiteral("icmpv6");
    const QString linkLocal = QStringLiteral("fe80::");
    // Neighbour discovery and multicast listener messages: link-scope, and
    // the bridge's port isolation keeps them from other VMs. The host
    // answers a solicitation from the address asked about (its ULA, say),
    // so what comes in is not held to link-local sources.
    rules.append(
            {"return", "out", 100, "ipv6", {{"protocol", icmp}, {"type", QStringLiteral("133")}}});
    rules.append({"return",
                  "out",
                  101,
                  "ipv6",
                  {{"protocol", icmp},
                   {"type", QStringLiteral("135")},
                   {"typeend", QStringLiteral("136")}}});
    rules.append(
            {"return", "out", 102, "ipv6", {{"protocol", icmp}, {"type", QStringLiteral("143")}}});
    rules.append({"return",
                  "in",
                  100,
                  "ipv6",
                  {{"protocol", icmp}, {"type", QStringLiteral("130")}, {"typeend", QStringLiteral("136")}}});
    // DHCPv6 as a client, and DNS with the gateway.
    rules.append({"return",
                  "out",
                  110,
                  "ipv6",
                  {{"dstipaddr", QStringLiteral("ff02::1:2")},
                   {"protocol", QStringLiteral("udp")},
                   {"srcportstart", QStringLiteral("546")},
                   {"dstportstart", QStringLiteral("547")}}});
    rules.append({"return",
                  "in",
                  110,
                  "ipv6",
                  {{"srcipaddr", linkLocal},
                   {"srcipmask", QStringLiteral("10")},
                   {"protocol", QStringLiteral("udp")},
                   {"srcportstart", QStringLiteral("547")},
                   {"dstportstart", QStringLiteral("546")}}});
    const QString gateway = QStringLiteral("$AIRLOCK_GATEWAY6");
    for (const char *transport : {"udp", "tcp"}) {
        rules.append({"return",
                      "out",
                      120,
                      "ipv6",
                      {{"dstipaddr", gateway},
                       {"protocol", QString::fromLatin1(transport)},
                       {"dstportstart", QStringLiteral("53")}}});
        rules.append({"return",
                      "in",
                      120,
                      "ipv6",
                      {{"srcipaddr", gateway},
                       {"protocol", QString::fromLatin1(transport)},
                       {"srcportstart", QStringLiteral("53")}}});
    }
    // ICMPv6 errors to the VM (unreachable, packet too big, time exceeded,
    // parameter problem): IPv6 has no fragmentation on the way, so path
    // MTU discovery needs them.
    rules.append({"return",
                  "in",
                  130,
                  "ipv6",
                  {{"protocol", icmp}, {"type", QStringLiteral("1")}, {"typeend", QStringLiteral("4")}}});
    appendBlockedRanges(rules, "ipv6", true);
    // The /64s of the host's global addresses: its own addresses in them
    // change (privacy addresses), its prefixes seldom.
    rules.append({"drop",
                  "out",
                  400,
                  "ipv6",
                  {{"dstipaddr", QStringLiteral("$AIRLOCK_HOST6")},
                   {"dstipmask", QStringLiteral("64")}}});
    rules.append({"drop",
                  "in",
                  400,
                  "ipv6",
                  {{"srcipaddr", QStringLiteral("$AIRLOCK_HOST6")},
                   {"srcipmask", QStringLiteral("64")}}});
    return filter;
}

// clean-traffic drops every frame that is neither IPv4 nor ARP; with IPv6
// chosen, what Airlock's IPv6 chains did not drop is let through here.
Rule acceptIpv6()
{
    return {"accept", "inout", -590, "mac", {{"protocolid", QStringLiteral("ipv6")}}};
}

Filter internet()
{
    return {QStringLiteral("airlock-internet"),
            QStringLiteral("root"),
            0,
            {QStringLiteral("clean-traffic"), QStringLiteral("airlock-ipv4-no-servers"),
             QStringLiteral("airlock-ipv4-internet-only")},
            {}};
}

Filter internetIpv6()
{
    return {QStringLiteral("airlock-internet-ipv6"),
            QStringLiteral("root"),
            0,
            {QStringLiteral("airlock-internet"), QStringLiteral("airlock-ipv6-source"),
             QStringLiteral("airlock-ipv6-no-servers"),
             QStringLiteral("airlock-ipv6-internet-only")},
            {acceptIpv6()}};
}

Filter bridged()
{
    return {QStringLiteral("airlock-bridged"),
            QStringLiteral("root"),
            0,
            {QStringLiteral("clean-traffic"), QStringLiteral("airlock-ipv4-no-servers")},
            {}};
}

Filter bridgedIpv6()
{
    return {QStringLiteral("airlock-bridged-ipv6"),
            QStringLiteral("root"),
            0,
            {QStringLiteral("airlock-bridged"), QStringLiteral("airlock-ipv6-no-servers")},
            {acceptIpv6()}};
}

// Every chain of Airlock's ends in an explicit return to the chain that
// called it. Falling off its end is not the same: ebtables-nft ends a
// libvirt chain with an accept, which would let every frame the chain did
// not drop past the chains after it (the packet lab's one-way probes showed
// it).
Filter endingInReturn(Filter filter)
{
    if (filter.chain != QLatin1String("root"))
        filter.rules.append({"return", "inout", 1000, nullptr, {}});
    return filter;
}

QList<Filter> allFilters()
{
    QList<Filter> filters {internet(),         internetIpv6(), bridged(),
                           bridgedIpv6(),      ipv4NoServers(), ipv4InternetOnly(),
                           ipv6Source(),       ipv6NoServers(), ipv6InternetOnly()};
    for (Filter &filter : filters)
        filter = endingInReturn(std::move(filter));
    return filters;
}

const Filter *findFilter(const QList<Filter> &filters, const QString &name)
{
    const auto found = std::find_if(filters.cbegin(), filters.cend(),
                                    [&name](const Filter &filter) { return filter.name == name; });
    return found == filters.cend() ? nullptr : &*found;
}

QString xmlOf(const Filter &filter)
{
    QString output;
    XmlWriter xml(&output);
    if (filter.chain == QLatin1String("root")) {
        xml.start("filter", {{"name", filter.name}, {"chain", filter.chain}});
    } else {
        xml.start("filter", {{"name", filter.name},
                             {"chain", filter.chain},
                             {"priority", number(filter.priority)}});
    }
    for (const QString &reference : filter.references)
        xml.empty("filterref", {{"filter", reference}});
    for (const Rule &rule : filter.rules) {
        xml.start("rule", {{"action", QString::fromLatin1(rule.action)},
                           {"direction", QString::fromLatin1(rule.direction)},
                           {"priority", number(rule.priority)}});
        if (rule.protocol) {
            xml.raw().writeEmptyElement(QString::fromLatin1(rule.protocol));
            for (const auto &[key, value] : rule.match)
                xml.raw().writeAttribute(QLatin1String(key), value);
        }
        xml.end();
    }
    xml.end();
    return XmlWriter::finished(output);
}

bool sameValue(const QString &actual, const QString &expected)
{
    if (actual == expected)
        return true;
    // libvirt writes addresses and numbers back in its own spelling.
    const QHostAddress actualAddress(actual);
    const QHostAddress expectedAddress(expected);
    if (!actualAddress.isNull() && !expectedAddress.isNull())
        return actualAddress == expectedAddress;
    bool actualIsNumber = false;
    bool expectedIsNumber = false;
    const qlonglong actualNumber = actual.toLongLong(&actualIsNumber, 0);
    const qlonglong expectedNumber = expected.toLongLong(&expectedIsNumber, 0);
    if (actualIsNumber && expectedIsNumber)
        return actualNumber == expectedNumber;
    return actual.compare(expected, Qt::CaseInsensitive) == 0;
}

bool sameElement(const XmlElement &actual, const XmlElement &expected)
{
    if (actual.name != expected.name || actual.attributes.size() != expected.attributes.size())
        return false;
    for (auto it = expected.attributes.cbegin(); it != expected.attributes.cend(); ++it) {
        if (!actual.attributes.contains(it.key())
            || !sameValue(actual.attributes.value(it.key()), it.value()))
            return false;
    }
    // The uuid is libvirt's, not part of what the filter says.
    const auto content = [](const XmlElement &element) {
        QList<const XmlElement *> children;
        for (const XmlElement &child : element.children) {
            if (child.name != QLatin1String("uuid"))
                children.append(&child);
        }
        return children;
    };
    const QList<const XmlElement *> actualChildren = content(actual);
    const QList<const XmlElement *> expectedChildren = content(expected);
    if (actualChildren.size() != expectedChildren.size())
        return false;
    for (qsizetype i = 0; i < actualChildren.size(); ++i) {
        if (!sameElement(*actualChildren.at(i), *expectedChildren.at(i)))
            return false;
    }
    return true;
}

} // namespace

QString NetworkFilters::topName(const NetworkChoice &network)
{
    switch (network.mode) {
    case NetworkMode::None:
        return {};
    case NetworkMode::Nat:
        return network.ipv6 ? QStringLiteral("airlock-internet-ipv6")
                            : QStringLiteral("airlock-internet");
    case NetworkMode::Bridge:
        return network.ipv6 ? QStringLiteral("airlock-bridged-ipv6")
                            : QStringLiteral("airlock-bridged");
    }
    return {};
}

QList<FilterDocument> NetworkFilters::documents(const NetworkChoice &network)
{
    const QList<Filter> filters = allFilters();
    QList<FilterDocument> documents;
    QStringList pending {topName(network)};
    pending.removeAll(QString());
    while (!pending.isEmpty()) {
        const QString name = pending.takeFirst();
        const Filter *filter = findFilter(filters, name);
        if (!filter
            || std::any_of(documents.cbegin(), documents.cend(),
                           [&name](const FilterDocument &d) { return d.name == name; }))
            continue; // libvirt's own (clean-traffic), or already listed
        documents.append({filter->name, xmlOf(*filter)});
        pending += filter->references;
    }
    return documents;
}

QList<FilterDocument> NetworkFilters::allDocuments()
{
    QList<FilterDocument> documents;
    for (const Filter &filter : allFilters())
        documents.append({filter.name, xmlOf(filter)});
    return documents;
}

QString NetworkFilters::documentsXml(const QList<FilterDocument> &documents)
{
    if (documents.isEmpty())
        return QStringLiteral("<filters/>\n");
    QString output = QStringLiteral("<filters>\n");
    for (const FilterDocument &document : documents) {
        for (const QString &line : document.xml.trimmed().split(QLatin1Char('\n')))
            output += QLatin1String("  ") + line + QLatin1Char('\n');
    }
    return output + QLatin1String("</filters>\n");
}

bool NetworkFilters::inBlockedRange(const QHostAddress &address)
{
    const auto holds = [&address](const auto &ranges) {
        return std::any_of(std::cbegin(ranges), std::cend(ranges), [&address](const auto &range) {
            return address.isInSubnet(QHostAddress(QString::fromLatin1(range.first)), range.second);
        });
    };
    return address.protocol() == QAbstractSocket::IPv6Protocol ? holds(s_blockedIpv6)
                                                               : holds(s_blockedIpv4);
}

QStringList NetworkFilters::stockFilters()
{
    return {QStringLiteral("clean-traffic")};
}

QList<FilterParameter> NetworkFilters::parameters(const NetworkChoice &network,
                                                  const NetworkAddressing &addressing,
                                                  const NetworkPinning &pinning)
{
    QList<FilterParameter> parameters;
    if (network.mode == NetworkMode::Bridge) {
        // The LAN's DHCP server hands out the address: learn it from there
        // alone, never from a packet the VM makes up.
        parameters.append({QStringLiteral("CTRL_IP_LEARNING"), QStringLiteral("dhcp")});
        return parameters;
    }
    if (network.mode != NetworkMode::Nat)
        return parameters;
    if (!pinning.ipv4.isEmpty())
        parameters.append({QStringLiteral("IP"), pinning.ipv4});
    const QString gateway = addressing.ipv4Address();
    parameters.append({QStringLiteral("AIRLOCK_GATEWAY"), gateway});
    parameters.append({QStringLiteral("AIRLOCK_HOST"), gateway});
    for (const QString &address : pinning.hostAddresses) {
        if (address != gateway)
            parameters.append({QStringLiteral("AIRLOCK_HOST"), address});
    }
    if (network.ipv6) {
        parameters.append({QStringLiteral("AIRLOCK_NET6"), addressing.ipv6Prefix()});
        parameters.append({QStringLiteral("AIRLOCK_GATEWAY6"), addressing.ipv6Address()});
        // The network's own /64 is the host's too; it keeps the list from
        // ever being empty, which libvirt refuses.
        parameters.append({QStringLiteral("AIRLOCK_HOST6"), addressing.ipv6Prefix()});
        for (const QString &prefix : pinning.hostPrefixes6) {
            if (prefix != addressing.ipv6Prefix())
                parameters.append({QStringLiteral("AIRLOCK_HOST6"), prefix});
        }
    }
    return parameters;
}

bool NetworkFilters::sameContent(const QString &actualXml, const QString &expectedXml)
{
    const auto actual = XmlElement::parse(actualXml);
    const auto expected = XmlElement::parse(expectedXml);
    return actual && expected && sameElement(*actual, *expected);
}

} // namespace Airlock
