// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/hostdevice.h"
#include "hypervisor/xmlelement.h"

#include <QList>
#include <QString>

#include <optional>

namespace Airlock {

// A host device of the spec against a live <hostdev>, by what it is: a USB
// device by its vendor and product (and its bus address once libvirt has
// found it), a PCI function by its address. Never by count.
class HostDeviceIdentity
{
public:
    // The spec's device as libvirt described it (the readback), else the
    // PCI address its name encodes; nullopt when neither says what it is.
    static std::optional<HostDevice> resolve(const QString &name,
                                             const QList<HostDevice> &readback);
    static bool matches(const HostDevice &device, const XmlElement &hostdev);
    // "046d:0825" for a USB device, "0000:00:1f.3" for a PCI function.
    static QString text(const XmlElement &hostdev);

    // Which of the live <hostdev> elements each spec device is: one entry
    // per element, the index into `devices` of the device it is, or -1.
    static QList<int> assign(const QList<HostDevice> &devices,
                             const QList<const XmlElement *> &hostdevs);
};

} // namespace Airlock
