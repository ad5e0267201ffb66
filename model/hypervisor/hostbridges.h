// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QStringList>

namespace Airlock {

// The host's bridges a VM could join to sit on the local network, by name,
// sorted: every interface libvirt describes as a bridge, but those libvirt's
// own networks made (virbr0 is the "default" network's, not the local
// network). Blocking: call on a worker.
LibvirtResult<QStringList> listHostBridges(const Connection &connection);

} // namespace Airlock
