// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Airlock {

// A USB or PCI device of the host, as libvirt's node-device XML describes it:
// enough to show it to the user and to write its <hostdev>.
struct HostDevice
{
    enum class Bus { Usb, Pci };
    // What the device is, from its USB interface or PCI class.
    enum class Kind { Camera, Microphone, Bluetooth, Gpu, Network, Storage, Input, Other };

    QString name; // libvirt's node-device name, e.g. "usb_1_5", "pci_0000_01_00_0"
    Bus bus = Bus::Usb;
    Kind kind = Kind::Other;
    QString vendorId; // "0x046d"
    QString productId;
    QString vendorName;
    QString productName;
    int usbBus = 0;
    int usbDevice = 0;
    int pciDomain = 0;
    int pciBus = 0;
    int pciSlot = 0;
    int pciFunction = 0;
    int pciClass = 0; // 0x030000 for a VGA controller

    QString description() const; // "Logitech, Inc. Webcam C270"
    // A USB root hub (Linux Foundation's vendor id): the host's own plumbing.
    bool isUsbRootHub() const;

    // Parses one device's XML; nullopt for devices that are neither a USB
    // device nor a PCI function (USB interfaces, hubs' ports, net, …).
    static std::optional<HostDevice> parse(const QString &xml);

    // The PCI address encoded in a node-device name ("pci_0000_01_00_0"),
    // for writing XML when no connection can describe the device.
    static std::optional<HostDevice> fromPciName(const QString &name);

    // Refines `kind` from the interface classes of a USB device's children.
    void addUsbInterfaceClass(int interfaceClass, int interfaceSubclass);
    // The interface class of a USB interface node's XML, if it is one.
    static std::optional<std::pair<int, int>> usbInterfaceClass(const QString &xml,
                                                                QString *parentName);
};

} // namespace Airlock
