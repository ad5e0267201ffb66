// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostdeviceidentity.h"

namespace Airlock {

namespace {

// libvirt writes ids and addresses in hex ("0x046d", "0x1f") or decimal
// (USB bus numbers), never in octal.
std::optional<int> number(const QString &text)
{
    const QString trimmed = text.trimmed();
    const bool isHex = trimmed.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
    bool ok = false;
    const int value = isHex ? trimmed.mid(2).toInt(&ok, 16) : trimmed.toInt(&ok, 10);
    return ok ? std::optional<int>(value) : std::nullopt;
}

std::optional<int> idOf(const XmlElement *element)
{
    return element ? number(element->attribute(QStringLiteral("id"))) : std::nullopt;
}

bool matchesUsb(const HostDevice &device, const XmlElement &source)
{
    const auto vendor = idOf(source.child(QStringLiteral("vendor")));
    const auto product = idOf(source.child(QStringLiteral("product")));
    const XmlElement *address = source.child(QStringLiteral("address"));
    const bool byModel = vendor && product;
    if ((vendor || product) && !byModel)
        return false;
    if (byModel && (vendor != number(device.vendorId) || product != number(device.productId)))
        return false;
    // Two devices of the same model differ only here: once libvirt has
    // picked one, its bus address must be the one chosen.
    if (address && (device.usbBus > 0 || device.usbDevice > 0)) {
        return number(address->attribute(QStringLiteral("bus"))) == device.usbBus
               && number(address->attribute(QStringLiteral("device"))) == device.usbDevice;
    }
    return byModel;
}

bool matchesPci(const HostDevice &device, const XmlElement &source)
{
    const XmlElement *address = source.child(QStringLiteral("address"));
    if (!address)
        return false;
    return number(address->attribute(QStringLiteral("domain"))).value_or(0) == device.pciDomain
           && number(address->attribute(QStringLiteral("bus"))) == device.pciBus
           && number(address->attribute(QStringLiteral("slot"))) == device.pciSlot
           && number(address->attribute(QStringLiteral("function"))) == device.pciFunction;
}

QString hex(const XmlElement *element, const QString &attribute, int digits)
{
    const auto value = element ? number(element->attribute(attribute)) : std::nullopt;
    if (!value)
        return QStringLiteral("?");
    return QStringLiteral("%1").arg(*value, digits, 16, QLatin1Char('0'));
}

} // namespace

std::optional<HostDevice> HostDeviceIdentity::resolve(const QString &name,
                                                      const QList<HostDevice> &readback)
{
    for (const HostDevice &device : readback) {
        if (device.name == name)
            return device;
    }
    return HostDevice::fromPciName(name);
}

bool HostDeviceIdentity::matches(const HostDevice &device, const XmlElement &hostdev)
{
    if (hostdev.attribute(QStringLiteral("mode")) != QLatin1String("subsystem"))
        return false;
    const XmlElement *source = hostdev.child(QStringLiteral("source"));
    if (!source)
        return false;
    const QString type = hostdev.attribute(QStringLiteral("type"));
    if (device.bus == HostDevice::Bus::Usb)
        return type == QLatin1String("usb") && matchesUsb(device, *source);
    return type == QLatin1String("pci") && matchesPci(device, *source);
}

QString HostDeviceIdentity::text(const XmlElement &hostdev)
{
    const XmlElement *source = hostdev.child(QStringLiteral("source"));
    const XmlElement *vendor = source ? source->child(QStringLiteral("vendor")) : nullptr;
    const XmlElement *product = source ? source->child(QStringLiteral("product")) : nullptr;
    const XmlElement *address = source ? source->child(QStringLiteral("address")) : nullptr;
    const QString type = hostdev.attribute(QStringLiteral("type"));
    if (vendor && product)
        return hex(vendor, QStringLiteral("id"), 4) + QLatin1Char(':')
               + hex(product, QStringLiteral("id"), 4);
    if (address && type == QLatin1String("usb"))
        return QStringLiteral("%1:%2").arg(address->attribute(QStringLiteral("bus")),
                                           address->attribute(QStringLiteral("device")));
    if (address)
        return QStringLiteral("%1:%2:%3.%4")
                .arg(hex(address, QStringLiteral("domain"), 4),
                     hex(address, QStringLiteral("bus"), 2),
                     hex(address, QStringLiteral("slot"), 2),
                     hex(address, QStringLiteral("function"), 1));
    return type;
}

QList<int> HostDeviceIdentity::assign(const QList<HostDevice> &devices,
                                      const QList<const XmlElement *> &hostdevs)
{
    QList<int> assigned;
    QList<bool> used(devices.size(), false);
    for (const XmlElement *hostdev : hostdevs) {
        int found = -1;
        for (qsizetype i = 0; i < devices.size() && found < 0; ++i) {
            if (!used.at(i) && matches(devices.at(i), *hostdev))
                found = int(i);
        }
        if (found >= 0)
            used[found] = true;
        assigned.append(found);
    }
    return assigned;
}

} // namespace Airlock
