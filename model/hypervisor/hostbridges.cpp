// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostbridges.h"

#include "xmlelement.h"

#include <algorithm>

namespace Airlock {

namespace {

// The bridges libvirt's networks made, which lead to those networks only.
QStringList networkBridges(const Connection &connection)
{
    virNetworkPtr *networks = nullptr;
    const int count = virConnectListAllNetworks(connection.get(), &networks, 0);
    if (count < 0)
        return {};
    QStringList bridges;
    for (int i = 0; i < count; ++i) {
        const NetworkHandle network(networks[i]);
        const QString bridge = takeLibvirtString(virNetworkGetBridgeName(network.get()));
        if (!bridge.isEmpty())
            bridges.append(bridge);
    }
    free(networks);
    // A network without a bridge (a macvtap one) sets an error nobody asked for.
    virResetLastError();
    return bridges;
}

} // namespace

LibvirtResult<QStringList> listHostBridges(const Connection &connection)
{
    virInterfacePtr *interfaces = nullptr;
    const int count = virConnectListAllInterfaces(connection.get(), &interfaces, 0);
    if (count < 0)
        return lastLibvirtError();
    QStringList bridges;
    for (int i = 0; i < count; ++i) {
        const InterfaceHandle item(interfaces[i]);
        const auto xml
                = XmlElement::parse(takeLibvirtString(virInterfaceGetXMLDesc(item.get(), 0)));
        if (xml && xml->name == QLatin1String("interface")
            && xml->attribute(QStringLiteral("type")) == QLatin1String("bridge"))
            bridges.append(QString::fromUtf8(virInterfaceGetName(item.get())));
    }
    free(interfaces);
    const QStringList ofNetworks = networkBridges(connection);
    bridges.removeIf([&ofNetworks](const QString &name) { return ofNetworks.contains(name); });
    std::sort(bridges.begin(), bridges.end());
    return bridges;
}

} // namespace Airlock
