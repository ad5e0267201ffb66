// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "xmlelement.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Airlock {

// What libvirt says about a domain, in the few states a user tells apart.
enum class DomainState { Unknown, Running, Paused, ShutOff, Crashed, Removed };

// Where an ejected medium was taken out.
struct Ejected
{
    bool live = false; // from the running VM's drive
    bool persistent = false; // from the definition libvirt keeps
};

// Reading and changing one domain's run state. Blocking: run these through
// Hypervisor::run, never on the GUI thread.
class DomainControl
{
    Q_DECLARE_TR_FUNCTIONS(DomainControl)
public:
    // A CD-ROM <disk> element of the domain's XML: whether it holds the medium.
    using MediumTest = std::function<bool(const XmlElement &disk)>;

    // Removed when the domain is gone; Unknown when libvirt cannot say.
    static DomainState state(const Connection &connection, const QString &name);
    static LibvirtResult<Done> start(const Connection &connection, const QString &name);
    // Presses the VM's ACPI power button: the guest shuts down in its own
    // time, or not at all. A hypervisor without that method is asked for
    // its own default way.
    static LibvirtResult<Done> shutdown(const Connection &connection, const QString &name);
    // Pulls the plug: the VM stops at once, unsaved work in it is lost.
    static LibvirtResult<Done> forceOff(const Connection &connection, const QString &name);
    // Empties every CD-ROM drive whose medium passes `holds`: in the running
    // VM, and in the persistent definition when that holds it too. Fails
    // with VIR_ERR_OPERATION_INVALID when no drive holds it.
    static LibvirtResult<Ejected> eject(const Connection &connection, const QString &name,
                                        const MediumTest &holds);
    // The <disk> element that empties the drive `disk` (same target, no source).
    static QString emptiedDrive(const XmlElement &disk);
};

} // namespace Airlock
