// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "hostdevice.h"

namespace Airlock {

// The host's USB devices and PCI functions that could be given to a VM,
// each classified by what it is (blocking: call on a worker).
LibvirtResult<QList<HostDevice>> listHostDevices(const Connection &connection);

// One node device by its libvirt name.
LibvirtResult<HostDevice> describeHostDevice(const Connection &connection, const QString &name);

} // namespace Airlock
