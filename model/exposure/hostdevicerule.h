// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/hostdevice.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Airlock {

// Which of the host's devices Airlock hands to a VM at all: every USB device
// but a root hub, and a PCI function only when it is a graphics card. The
// Devices page offers exactly these (ExposureCatalogue::hostPartOf asks
// here), and a spec that names another is refused where it meets the host
// (the creation plan's check) and, by its name alone, by VmSpec::validate().
class HostDeviceRule
{
    Q_DECLARE_TR_FUNCTIONS(HostDeviceRule)
public:
    // Why `device` is never handed to a VM (a sentence that names it), or
    // nullopt when Airlock offers it.
    static std::optional<QString> refusal(const HostDevice &device);

    // The part of the rule a libvirt node-device name shows without asking
    // the host: it must name a USB device ("usb_1_4") or a PCI function
    // ("pci_0000_01_00_0"), and not a USB root hub ("usb_usb1").
    static std::optional<QString> nameRefusal(const QString &name);
};

} // namespace Airlock
