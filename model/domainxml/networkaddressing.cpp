// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkaddressing.h"

#include <QHostAddress>

namespace Airlock {

NetworkAddressing NetworkAddressing::candidate(int index)
{
    return {150 + index, 150 + index};
}

NetworkAddressing NetworkAddressing::ofHostAddress(const QString &ipv4Address,
                                                   const QString &ipv6Address)
{
    NetworkAddressing addressing;
    const QStringList octets = ipv4Address.split(QLatin1Char('.'));
    if (octets.size() == 4)
        addressing.ipv4Subnet = octets.at(2).toInt();
    // fd61:6972:6c6b:<n>::1: the fourth group, read back as the decimal
    // digits it was written from.
    const QStringList groups = ipv6Address.split(QLatin1Char(':'));
    addressing.ipv6Subnet = groups.size() > 3 ? groups.at(3).toInt() : addressing.ipv4Subnet;
    return addressing;
}

QString NetworkAddressing::ipv4Address() const
{
    return ipv4Host(1);
}

QString NetworkAddressing::ipv4Network() const
{
    return QStringLiteral("192.168.%1.0/24").arg(ipv4Subnet);
}

QString NetworkAddressing::ipv4Host(int index) const
{
    return QStringLiteral("192.168.%1.%2").arg(ipv4Subnet).arg(index);
}

QString NetworkAddressing::ipv6Prefix() const
{
    return QStringLiteral("fd61:6972:6c6b:%1::").arg(ipv6Subnet);
}

QString NetworkAddressing::ipv6Address() const
{
    return ipv6Prefix() + QLatin1Char('1');
}

} // namespace Airlock
