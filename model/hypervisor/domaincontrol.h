// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QString>

namespace Airlock {

// What libvirt says about a domain, in the few states a user tells apart.
enum class DomainState { Unknown, Running, Paused, ShutOff, Crashed, Removed };

// Reading and changing one domain's run state. Blocking: run these through
// Hypervisor::run, never on the GUI thread.
class DomainControl
{
public:
    // Removed when the domain is gone; Unknown when libvirt cannot say.
    static DomainState state(const Connection &connection, const QString &name);
    static LibvirtResult<Done> start(const Connection &connection, const QString &name);
};

} // namespace Airlock
