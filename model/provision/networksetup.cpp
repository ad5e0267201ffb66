// SPDX-License-Identifier: GPL-3.0-or-later
#include "networksetup.h"

#include "domainxml/domainxml.h"
#include "domainxml/networkshape.h"
#include "hypervisor/xmlelement.h"

#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <libvirt/virterror.h>

namespace Airlock {

namespace {

QString randomMac()
{
    // 52:54:00 is QEMU's prefix, the one libvirt itself hands out.
    const quint32 bits = QRandomGenerator::system()->generate() & 0xffffff;
    return QStringLiteral("52:54:00:%1:%2:%3")
            .arg((bits >> 16) & 0xff, 2, 16, QLatin1Char('0'))
            .arg((bits >> 8) & 0xff, 2, 16, QLatin1Char('0'))
            .arg(bits & 0xff, 2, 16, QLatin1Char('0'));
}

// Every MAC address the connection's domains and networks know of.
LibvirtResult<QSet<QString>> macsInUse(const Connection &connection)
{
    QSet<QString> macs;
    virDomainPtr *domains = nullptr;
    const int domainCount = virConnectListAllDomains(connection.get(), &domains, 0);
    if (domainCount < 0)
        return lastLibvirtError();
    for (int i = 0; i < domainCount; ++i) {
        const DomainHandle domain(domains[i]);
        const auto xml = XmlElement::parse(
                takeLibvirtString(virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE)));
        if (!xml)
            continue;
        for (const XmlElement *mac : xml->allAt(QStringLiteral("devices/interface/mac")))
            macs.insert(mac->attribute(QStringLiteral("address")).toLower());
    }
    free(domains);
    virNetworkPtr *networks = nullptr;
    const int networkCount = virConnectListAllNetworks(connection.get(), &networks, 0);
    for (int i = 0; i < networkCount; ++i) {
        const NetworkHandle network(networks[i]);
        const auto xml
                = XmlElement::parse(takeLibvirtString(virNetworkGetXMLDesc(network.get(), 0)));
        if (!xml)
            continue;
        for (const XmlElement *host : xml->allAt(QStringLiteral("ip/dhcp/host")))
            macs.insert(host->attribute(QStringLiteral("mac")).toLower());
        if (const XmlElement *mac = xml->child(QStringLiteral("mac")))
            macs.insert(mac->attribute(QStringLiteral("address")).toLower());
    }
    free(networks);
    virResetLastError();
    return macs;
}

// The addresses a network has handed out or promised: its DHCP host entries
// and its current leases.
QSet<QString> addressesTaken(virNetworkPtr network)
{
    QSet<QString> taken;
    if (const auto xml = XmlElement::parse(takeLibvirtString(virNetworkGetXMLDesc(network, 0)))) {
        for (const XmlElement *host : xml->allAt(QStringLiteral("ip/dhcp/host")))
            taken.insert(host->attribute(QStringLiteral("ip")));
    }
    virNetworkDHCPLeasePtr *leases = nullptr;
    const int count = virNetworkGetDHCPLeases(network, nullptr, &leases, 0);
    for (int i = 0; i < count; ++i) {
        taken.insert(QString::fromUtf8(leases[i]->ipaddr));
        virNetworkDHCPLeaseFree(leases[i]);
    }
    free(leases);
    virResetLastError();
    return taken;
}

constexpr int s_reserveAttempts = 8;

// A filter document with libvirt's uuid as its first child.
QString withUuid(const QString &filterXml, const QString &uuid)
{
    const qsizetype open = filterXml.indexOf(QLatin1String("<filter"));
    const qsizetype end = filterXml.indexOf(QLatin1Char('>'), open);
    if (open < 0 || end < 0 || filterXml.at(end - 1) == QLatin1Char('/'))
        return filterXml;
    return filterXml.left(end + 1) + QStringLiteral("\n  <uuid>%1</uuid>").arg(uuid)
           + filterXml.mid(end + 1);
}

} // namespace

LibvirtResult<Done> NetworkSetup::ensureFilters(const Connection &connection,
                                                const NetworkChoice &network,
                                                QList<FilterChanged> &changed)
{
    // Dependencies first: libvirt checks a filter's references when it is defined.
    QList<FilterDocument> documents = NetworkFilters::documents(network);
    std::reverse(documents.begin(), documents.end());
    for (const FilterDocument &document : std::as_const(documents)) {
        const QByteArray name = document.name.toUtf8();
        NetworkFilterHandle existing(virNWFilterLookupByName(connection.get(), name.constData()));
        if (existing) {
            const QString xml = takeLibvirtString(virNWFilterGetXMLDesc(existing.get(), 0));
            if (NetworkFilters::sameContent(xml, document.xml))
                continue;
        } else {
            const LibvirtError error = LibvirtError::last();
            if (error.code != VIR_ERR_NO_NWFILTER)
                return std::unexpected(error);
        }
        // Airlock's name, another content: an older Airlock's filter, made
        // new; libvirt applies it to the VMs using it at once. libvirt
        // redefines a filter only under the uuid it already has.
        QString xml = document.xml;
        if (existing) {
            char uuid[VIR_UUID_STRING_BUFLEN] = {};
            if (virNWFilterGetUUIDString(existing.get(), uuid) < 0)
                return lastLibvirtError();
            xml = withUuid(xml, QString::fromLatin1(uuid));
        }
        NetworkFilterHandle defined(
                virNWFilterDefineXML(connection.get(), xml.toUtf8().constData()));
        if (!defined)
            return lastLibvirtError();
        changed.append({document.name, existing ? FilterChange::Redefined : FilterChange::Defined});
    }
    return Done {};
}

LibvirtResult<QString> NetworkSetup::freeMac(const Connection &connection)
{
    const auto used = macsInUse(connection);
    if (!used)
        return std::unexpected(used.error());
    for (int attempt = 0; attempt < 64; ++attempt) {
        const QString mac = randomMac();
        if (!used->contains(mac))
            return mac;
    }
    return std::unexpected(LibvirtError::fromMessage(tr("no free MAC address was found")));
}

QString NetworkSetup::dhcpHostXml(const NetworkPinning &pinning)
{
    // Double quotes, so that the removal command shows it readably in the
    // shell's single ones.
    return QStringLiteral("<host mac=\"%1\" ip=\"%2\"/>").arg(pinning.mac, pinning.ipv4);
}

LibvirtResult<NetworkPinning> NetworkSetup::reserve(
        const Connection &connection, const QString &networkName,
        const NetworkAddressing &addressing,
        const std::function<std::optional<LibvirtError>(const NetworkPinning &)> &beforeUpdate)
{
    NetworkHandle network(
            virNetworkLookupByName(connection.get(), networkName.toUtf8().constData()));
    if (!network)
        return lastLibvirtError();
    LibvirtError lastError = LibvirtError::fromMessage(tr("the network has no free address"));
    for (int attempt = 0; attempt < s_reserveAttempts; ++attempt) {
        const auto mac = freeMac(connection);
        if (!mac)
            return std::unexpected(mac.error());
        const QSet<QString> taken = addressesTaken(network.get());
        NetworkPinning pinning;
        pinning.mac = *mac;
        for (int host = 2; host <= 254 && pinning.ipv4.isEmpty(); ++host) {
            if (!taken.contains(addressing.ipv4Host(host)))
                pinning.ipv4 = addressing.ipv4Host(host);
        }
        if (pinning.ipv4.isEmpty())
            return std::unexpected(lastError);
        unsigned int flags = VIR_NETWORK_UPDATE_AFFECT_CONFIG;
        if (virNetworkIsActive(network.get()) == 1)
            flags |= VIR_NETWORK_UPDATE_AFFECT_LIVE;
        if (beforeUpdate) {
            if (const auto refused = beforeUpdate(pinning))
                return std::unexpected(*refused);
        }
        if (virNetworkUpdate(network.get(), VIR_NETWORK_UPDATE_COMMAND_ADD_LAST,
                             VIR_NETWORK_SECTION_IP_DHCP_HOST, -1,
                             dhcpHostXml(pinning).toUtf8().constData(), flags)
            == 0)
            return pinning;
        lastError = LibvirtError::last();
        // Another creation took that address or MAC a moment ago: look again.
        if (lastError.code == VIR_ERR_NO_SUPPORT)
            return std::unexpected(lastError);
    }
    return std::unexpected(lastError);
}

LibvirtResult<Done> NetworkSetup::release(const Connection &connection, const QString &networkName,
                                          const NetworkPinning &pinning)
{
    NetworkHandle network(
            virNetworkLookupByName(connection.get(), networkName.toUtf8().constData()));
    if (!network)
        return lastLibvirtError();
    unsigned int flags = VIR_NETWORK_UPDATE_AFFECT_CONFIG;
    if (virNetworkIsActive(network.get()) == 1)
        flags |= VIR_NETWORK_UPDATE_AFFECT_LIVE;
    if (virNetworkUpdate(network.get(), VIR_NETWORK_UPDATE_COMMAND_DELETE,
                         VIR_NETWORK_SECTION_IP_DHCP_HOST, -1,
                         dhcpHostXml(pinning).toUtf8().constData(), flags)
        < 0)
        return lastLibvirtError();
    return Done {};
}

void NetworkSetup::addHostAddresses(const Connection &connection, NetworkPinning &pinning)
{
    // qemu:///system is this machine; qemu+ssh://host/system is not, and
    // its addresses are not this machine's to list.
    if (!QUrl(connection.uri()).host().isEmpty())
        return;
    addHostAddresses(QNetworkInterface::allAddresses(), pinning);
}

void NetworkSetup::addHostAddresses(const QList<QHostAddress> &addresses, NetworkPinning &pinning)
{
    for (const QHostAddress &address : addresses) {
        if (address.isNull() || NetworkFilters::inBlockedRange(address))
            continue;
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            const QString text = address.toString();
            if (!pinning.hostAddresses.contains(text))
                pinning.hostAddresses.append(text);
        } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            Q_IPV6ADDR bytes = address.toIPv6Address();
            std::fill(std::begin(bytes.c) + 8, std::end(bytes.c), 0);
            const QString prefix = QHostAddress(bytes).toString();
            if (!pinning.hostPrefixes6.contains(prefix))
                pinning.hostPrefixes6.append(prefix);
        }
    }
}

} // namespace Airlock
