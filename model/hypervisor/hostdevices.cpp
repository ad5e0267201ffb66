// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostdevices.h"

#include <QCoreApplication>
#include <QHash>

namespace Airlock {

namespace {

QString xmlOf(virNodeDevicePtr device)
{
    return takeLibvirtString(virNodeDeviceGetXMLDesc(device, 0));
}

} // namespace

LibvirtResult<QList<HostDevice>> listHostDevices(const Connection &connection)
{
    virNodeDevicePtr *devices = nullptr;
    const int count
            = virConnectListAllNodeDevices(connection.get(), &devices,
                                           VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_DEV
                                                   | VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_INTERFACE
                                                   | VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV);
    if (count < 0)
        return lastLibvirtError();

    QList<HostDevice> result;
    QList<std::pair<QString, std::pair<int, int>>> interfaces; // parent name, (class, subclass)
    for (int i = 0; i < count; ++i) {
        const NodeDeviceHandle device(devices[i]);
        const QString xml = xmlOf(device.get());
        if (auto parsed = HostDevice::parse(xml)) {
            result.append(*parsed);
            continue;
        }
        QString parent;
        if (const auto interfaceClass = HostDevice::usbInterfaceClass(xml, &parent))
            interfaces.append({parent, *interfaceClass});
    }
    free(devices);

    for (const auto &[parent, interfaceClass] : std::as_const(interfaces)) {
        for (HostDevice &device : result) {
            if (device.name == parent)
                device.addUsbInterfaceClass(interfaceClass.first, interfaceClass.second);
        }
    }
    // Root hubs are the host's own plumbing, never something to hand over.
    result.removeIf([](const HostDevice &device) { return device.isUsbRootHub(); });
    std::sort(result.begin(), result.end(),
              [](const HostDevice &a, const HostDevice &b) { return a.name < b.name; });
    return result;
}

LibvirtResult<HostDevice> describeHostDevice(const Connection &connection, const QString &name)
{
    const NodeDeviceHandle device(
            virNodeDeviceLookupByName(connection.get(), name.toUtf8().constData()));
    if (!device)
        return lastLibvirtError();
    if (auto parsed = HostDevice::parse(xmlOf(device.get())))
        return *parsed;
    return std::unexpected(LibvirtError::fromMessage(
            QCoreApplication::translate("Airlock::HostDevice",
                                        "“%1” is neither a USB device nor a PCI device")
                    .arg(name),
            VIR_ERR_INVALID_ARG));
}

} // namespace Airlock
