// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkshape.h"

#include "domainxml.h"
#include "hypervisor/xmlelement.h"

#include <QHostAddress>
#include <QMap>
#include <QSet>

namespace Airlock {

namespace {

// A network's properties that decide what its VMs can reach, in words the
// error shows; its subnet is compared by the caller's choice of addressing.
QMap<QString, QString> shapeOf(const XmlElement &network)
{
    QMap<QString, QString> shape;
    const XmlElement *forward = network.child(QStringLiteral("forward"));
    QString mode = forward ? forward->attribute(QStringLiteral("mode")) : QString();
    if (forward && mode.isEmpty())
        mode = QStringLiteral("nat"); // libvirt's default forward mode
    shape.insert(NetworkShape::tr("forwarding"), mode.isEmpty() ? NetworkShape::tr("none") : mode);
    const XmlElement *nat = forward ? forward->child(QStringLiteral("nat")) : nullptr;
    shape.insert(NetworkShape::tr("IPv6 NAT"),
                 nat && nat->attribute(QStringLiteral("ipv6")) == QLatin1String("yes")
                         ? QStringLiteral("yes")
                         : QStringLiteral("no"));
    if (forward) {
        QStringList extra;
        for (const XmlElement &child : forward->children) {
            if (child.name != QLatin1String("nat"))
                extra.append(child.name);
        }
        for (const XmlElement *address : forward->allAt(QStringLiteral("nat/address")))
            extra.append(QStringLiteral("nat address ")
                         + address->attribute(QStringLiteral("start")));
        if (!forward->attribute(QStringLiteral("dev")).isEmpty())
            extra.append(QStringLiteral("dev ") + forward->attribute(QStringLiteral("dev")));
        shape.insert(NetworkShape::tr("forwarding through"), extra.join(QLatin1String(", ")));
    }
    const XmlElement *bridge = network.child(QStringLiteral("bridge"));
    const QString stp = bridge ? bridge->attribute(QStringLiteral("stp")) : QString();
    shape.insert(NetworkShape::tr("spanning tree"),
                 stp == QLatin1String("off") ? QStringLiteral("off") : QStringLiteral("on"));
    const XmlElement *port = network.child(QStringLiteral("port"));
    shape.insert(NetworkShape::tr("isolated ports"),
                 port && port->attribute(QStringLiteral("isolated")) == QLatin1String("yes")
                         ? QStringLiteral("yes")
                         : QStringLiteral("no"));
    const XmlElement *dns = network.child(QStringLiteral("dns"));
    shape.insert(NetworkShape::tr("DNS"),
                 dns && dns->attribute(QStringLiteral("enable")) == QLatin1String("no")
                         ? QStringLiteral("off")
                         : QStringLiteral("on"));
    if (dns && !dns->children.isEmpty())
        shape.insert(NetworkShape::tr("DNS entries"), QString::number(dns->children.size()));
    for (const XmlElement *ip : network.childrenNamed(QStringLiteral("ip"))) {
        const bool ipv6 = ip->attribute(QStringLiteral("family")) == QLatin1String("ipv6");
        const QString family = ipv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
        QString prefix = ip->attribute(QStringLiteral("prefix"));
        if (prefix.isEmpty() && !ip->attribute(QStringLiteral("netmask")).isEmpty()) {
            prefix = QString::number(qPopulationCount(
                    QHostAddress(ip->attribute(QStringLiteral("netmask"))).toIPv4Address()));
        }
        shape.insert(family, QHostAddress(ip->attribute(QStringLiteral("address"))).toString()
                                     + QLatin1Char('/') + prefix);
        QStringList ranges;
        for (const XmlElement *range : ip->allAt(QStringLiteral("dhcp/range"))) {
            ranges.append(QHostAddress(range->attribute(QStringLiteral("start"))).toString()
                          + QStringLiteral("–")
                          + QHostAddress(range->attribute(QStringLiteral("end"))).toString());
        }
        shape.insert(NetworkShape::tr("%1 DHCP").arg(family), ranges.join(QLatin1String(", ")));
    }
    // Anything else changes what the network does (routes, port groups,
    // virtual ports, an MTU, a domain): named, so it is never taken as Airlock's.
    static const QSet<QString> known {QStringLiteral("name"),    QStringLiteral("uuid"),
                                      QStringLiteral("forward"), QStringLiteral("bridge"),
                                      QStringLiteral("mac"),     QStringLiteral("port"),
                                      QStringLiteral("dns"),     QStringLiteral("ip")};
    QStringList others;
    for (const XmlElement &child : network.children) {
        if (!known.contains(child.name))
            others.append(QLatin1Char('<') + child.name + QLatin1Char('>'));
    }
    if (!others.isEmpty())
        shape.insert(NetworkShape::tr("other settings"), others.join(QLatin1String(", ")));
    return shape;
}

} // namespace

QStringList NetworkShape::networkDifferences(const QString &existingXml,
                                             const NetworkChoice &network)
{
    const auto existing = XmlElement::parse(existingXml);
    if (!existing || existing->name != QLatin1String("network"))
        return {tr("its XML could not be read")};
    const auto wanted = XmlElement::parse(DomainXml::network(network, addressingOf(existingXml)));
    if (!wanted)
        return {tr("Airlock has no network for this choice")};
    const QMap<QString, QString> have = shapeOf(*existing);
    const QMap<QString, QString> want = shapeOf(*wanted);
    QStringList keys = have.keys();
    for (const QString &key : want.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QStringList differences;
    for (const QString &key : std::as_const(keys)) {
        const QString its = have.value(key);
        const QString airlocks = want.value(key);
        if (its == airlocks)
            continue;
        //: How an existing network differs: "spanning tree: on, Airlock's: off".
        differences.append(tr("%1: %2, Airlock's: %3")
                                   .arg(key, its.isEmpty() ? tr("none") : its,
                                        airlocks.isEmpty() ? tr("none") : airlocks));
    }
    return differences;
}

NetworkAddressing NetworkShape::addressingOf(const QString &networkXml)
{
    QString ipv4;
    QString ipv6;
    if (const auto network = XmlElement::parse(networkXml)) {
        for (const XmlElement *ip : network->childrenNamed(QStringLiteral("ip"))) {
            if (ip->attribute(QStringLiteral("family")) == QLatin1String("ipv6"))
                ipv6 = ip->attribute(QStringLiteral("address"));
            else
                ipv4 = ip->attribute(QStringLiteral("address"));
        }
    }
    return NetworkAddressing::ofHostAddress(ipv4, ipv6);
}

} // namespace Airlock
