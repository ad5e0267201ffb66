// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostdevicerule.h"

#include <QRegularExpression>

namespace Airlock {

namespace {

// What a PCI function is, in words, from its class code (PCI Code and ID
// Assignment Specification): the functions that hold a host together.
QString pciFunctionWhat(int pciClass)
{
    switch (pciClass >> 8) {
    case 0x0600:
        return HostDeviceRule::tr("a host bridge, the processor's link to every other device");
    case 0x0601:
        return HostDeviceRule::tr("an ISA bridge, which holds the firmware and the clock");
    case 0x0604:
        return HostDeviceRule::tr("a PCI bridge, behind which other devices sit");
    case 0x0c03:
        return HostDeviceRule::tr("a USB controller, with every USB device behind it");
    case 0x0c05:
        return HostDeviceRule::tr("an SMBus controller, which reads the memory's and the "
                                  "sensors' settings");
    default:
        break;
    }
    switch (pciClass >> 16) {
    case 0x01:
        return HostDeviceRule::tr("a disk controller, with the drives behind it");
    case 0x02:
        return HostDeviceRule::tr("a network controller");
    case 0x04:
        return HostDeviceRule::tr("a sound controller");
    case 0x05:
        return HostDeviceRule::tr("a memory controller");
    case 0x06:
        return HostDeviceRule::tr("a bridge between the computer's buses");
    case 0x08:
        return HostDeviceRule::tr("a system peripheral (interrupts, timers, IOMMU)");
    case 0x0c:
        return HostDeviceRule::tr("a bus controller");
    default:
        //: %1 is a PCI class code in hexadecimal, e.g. 0x0b4000.
        return HostDeviceRule::tr("a PCI function of class %1")
                .arg(QStringLiteral("0x%1").arg(pciClass, 6, 16, QLatin1Char('0')));
    }
}

bool isRootHubName(const QString &name)
{
    // libvirt names a root hub after its bus ("usb1" in sysfs), a device
    // behind it after its port path ("1-4").
    static const QRegularExpression rootHub(
            QRegularExpression::anchoredPattern(QStringLiteral("usb_usb[0-9]+")));
    return rootHub.match(name).hasMatch();
}

} // namespace

std::optional<QString> HostDeviceRule::refusal(const HostDevice &device)
{
    if (device.bus == HostDevice::Bus::Usb) {
        if (device.isUsbRootHub() || isRootHubName(device.name))
            //: %1 is libvirt's name of the device, e.g. usb_usb1.
            return tr("“%1” is a USB root hub, part of this computer's USB controller: handing it "
                      "over would take every USB device behind it away from this computer. "
                      "Airlock hands a VM single USB devices only.")
                    .arg(device.name);
        return std::nullopt;
    }
    if (device.kind == HostDevice::Kind::Gpu)
        return std::nullopt;
    //: %1 is libvirt's name of the device, %2 its description, %3 what it is
    //: ("a PCI bridge, behind which other devices sit").
    return tr("“%1” (%2) is %3. A PCI function other than a graphics card holds this computer "
              "together, and a VM that drives it can take the computer down or read its memory "
              "through it: Airlock hands a VM only a PCI graphics card.")
            .arg(device.name, device.description(), pciFunctionWhat(device.pciClass));
}

std::optional<QString> HostDeviceRule::nameRefusal(const QString &name)
{
    if (isRootHubName(name)) {
        HostDevice hub;
        hub.name = name;
        return refusal(hub);
    }
    // A USB device: its bus, then the ports on the way to it.
    static const QRegularExpression usbDevice(
            QRegularExpression::anchoredPattern(QStringLiteral("usb_[0-9]+(_[0-9]+)+")));
    if (usbDevice.match(name).hasMatch() || HostDevice::fromPciName(name))
        return std::nullopt;
    //: %1 is the name the spec gives, e.g. "net_eth0_00_11_22_33_44_55".
    return tr("“%1” does not name a USB device (“usb_1_4”) or a PCI function "
              "(“pci_0000_01_00_0”), the only host devices Airlock hands to a VM.")
            .arg(name);
}

} // namespace Airlock
