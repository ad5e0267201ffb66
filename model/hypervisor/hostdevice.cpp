// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostdevice.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Airlock {

namespace {

int parseNumber(QStringView text)
{
    bool ok = false;
    const int value = text.trimmed().toString().toInt(&ok, 0);
    return ok ? value : 0;
}

HostDevice::Kind kindOfPciClass(int pciClass)
{
    switch (pciClass >> 16) {
    case 0x01:
        return HostDevice::Kind::Storage;
    case 0x02:
        return HostDevice::Kind::Network;
    case 0x03:
        return HostDevice::Kind::Gpu;
    case 0x04:
        return HostDevice::Kind::Microphone; // multimedia (audio) controller
    case 0x09:
        return HostDevice::Kind::Input;
    default:
        return HostDevice::Kind::Other;
    }
}

} // namespace

QString HostDevice::description() const
{
    QString text = QString(vendorName + QLatin1Char(' ') + productName).trimmed();
    if (text.isEmpty())
        text = vendorId + QLatin1Char(':') + productId;
    return text;
}

bool HostDevice::isUsbRootHub() const
{
    return bus == Bus::Usb && vendorId == QLatin1String("0x1d6b");
}

std::optional<HostDevice> HostDevice::parse(const QString &xml)
{
    HostDevice device;
    QXmlStreamReader reader(xml);
    QString capability;
    bool known = false;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView element = reader.name();
        // The first <name> is the device's; <driver> has one of its own.
        if (element == QLatin1String("name") && device.name.isEmpty()) {
            device.name = reader.readElementText();
        } else if (element == QLatin1String("capability") && capability.isEmpty()) {
            capability = reader.attributes().value(QLatin1String("type")).toString();
            if (capability == QLatin1String("usb_device")) {
                device.bus = Bus::Usb;
                known = true;
            } else if (capability == QLatin1String("pci")) {
                device.bus = Bus::Pci;
                known = true;
            }
        } else if (!known) {
            continue;
        } else if (element == QLatin1String("vendor")) {
            device.vendorId = reader.attributes().value(QLatin1String("id")).toString();
            device.vendorName = reader.readElementText().trimmed();
        } else if (element == QLatin1String("product")) {
            device.productId = reader.attributes().value(QLatin1String("id")).toString();
            device.productName = reader.readElementText().trimmed();
        } else if (element == QLatin1String("bus")) {
            (device.bus == Bus::Usb ? device.usbBus : device.pciBus)
                    = parseNumber(reader.readElementText());
        } else if (element == QLatin1String("device")) {
            device.usbDevice = parseNumber(reader.readElementText());
        } else if (element == QLatin1String("domain")) {
            device.pciDomain = parseNumber(reader.readElementText());
        } else if (element == QLatin1String("slot")) {
            device.pciSlot = parseNumber(reader.readElementText());
        } else if (element == QLatin1String("function")) {
            device.pciFunction = parseNumber(reader.readElementText());
        } else if (element == QLatin1String("class")) {
            device.pciClass = parseNumber(reader.readElementText());
        } else if (element == QLatin1String("capability")) {
            reader.skipCurrentElement(); // nested capabilities (iommu, virt functions)
        }
    }
    if (reader.hasError() || !known || device.name.isEmpty())
        return std::nullopt;
    if (device.bus == Bus::Pci)
        device.kind = kindOfPciClass(device.pciClass);
    return device;
}

std::optional<HostDevice> HostDevice::fromPciName(const QString &name)
{
    static const QRegularExpression pattern(
            QStringLiteral("^pci_([0-9a-f]{4})_([0-9a-f]{2})_([0-9a-f]{2})_([0-7])$"));
    const auto match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    HostDevice device;
    device.name = name;
    device.bus = Bus::Pci;
    device.pciDomain = match.captured(1).toInt(nullptr, 16);
    device.pciBus = match.captured(2).toInt(nullptr, 16);
    device.pciSlot = match.captured(3).toInt(nullptr, 16);
    device.pciFunction = match.captured(4).toInt(nullptr, 16);
    return device;
}

void HostDevice::addUsbInterfaceClass(int interfaceClass, int interfaceSubclass)
{
    Kind found = Kind::Other;
    if (interfaceClass == 0x0e)
        found = Kind::Camera;
    else if (interfaceClass == 0x01 && interfaceSubclass != 0x01)
        found = Kind::Microphone; // audio streaming / MIDI; 0x01 is the control interface
    else if (interfaceClass == 0xe0)
        found = Kind::Bluetooth;
    else if (interfaceClass == 0x03)
        found = Kind::Input;
    else if (interfaceClass == 0x08)
        found = Kind::Storage;
    else if (interfaceClass == 0x02 || interfaceClass == 0x0a)
        found = Kind::Network;
    // A webcam also has an audio interface: the camera is what users know it as.
    if (kind == Kind::Other || found == Kind::Camera)
        kind = found;
}

std::optional<std::pair<int, int>> HostDevice::usbInterfaceClass(const QString &xml,
                                                                 QString *parentName)
{
    QXmlStreamReader reader(xml);
    bool isInterface = false;
    int interfaceClass = -1;
    int subclass = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView element = reader.name();
        if (element == QLatin1String("parent") && parentName)
            *parentName = reader.readElementText().trimmed();
        else if (element == QLatin1String("capability"))
            isInterface = reader.attributes().value(QLatin1String("type")) == QLatin1String("usb");
        else if (isInterface && element == QLatin1String("class"))
            interfaceClass = parseNumber(reader.readElementText());
        else if (isInterface && element == QLatin1String("subclass"))
            subclass = parseNumber(reader.readElementText());
    }
    if (!isInterface || interfaceClass < 0 || reader.hasError())
        return std::nullopt;
    return std::pair {interfaceClass, subclass};
}

} // namespace Airlock
