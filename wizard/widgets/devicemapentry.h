// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exposure/exposure.h"

#include <QString>

namespace Airlock {

// One thing the map draws: something of the host the VM may reach. The page
// builds these from the exposure catalogue; the map only draws and reports.
struct DeviceMapEntry
{
    QString key; // stable: the catalogue key ("exposure.audio"), or "hostDevice:<name>"
    HostPart part = HostPart::UsbPorts;
    QString title; // "Speakers", "Logitech, Inc. Webcam C270"
    QString detail; // a short state beside the title: "NAT", "read-only", "none found"
    QString explanation;
    bool exposed = false;
    Risk risk = Risk::None; // the risk as it stands, when exposed
    bool available = true; // false: drawn, but there is nothing to switch

    friend bool operator==(const DeviceMapEntry &, const DeviceMapEntry &) = default;
};

} // namespace Airlock
