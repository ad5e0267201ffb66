// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/hostdevice.h"
#include "hypervisor/xmlelement.h"
#include "proof/domainaudit.h"
#include "spec/vmspec.h"

#include <QList>

#include <optional>

namespace Airlock {

// Deny by default under <devices>: every device of the live domain is one the
// spec explains (by what it is: the disk and the ISO by their files, host
// devices by their identity, the shared folder by its path), one of libvirt's
// implicit defaults, or a failed check ("extra:…") that names it in words.
// The implicit defaults are passing checks ("implicit:…"), one per kind, with
// their count and why libvirt adds them.
class DeviceInventory
{
public:
    // `hostDevices`: the spec's host devices as libvirt describes them.
    static void audit(const VmSpec &spec, const XmlElement &domain,
                      const QList<HostDevice> &hostDevices, QList<AuditCheck> &checks);
    // The installer's drive: "installer attached (read-only)" while a CD-ROM
    // holds the spec's ISO, "installer removed" once no drive holds anything.
    // None when a drive holds something else: audit() fails that one.
    static std::optional<AuditCheck> installerCheck(const VmSpec &spec, const XmlElement &devices);
    // Whether this <disk> is a CD-ROM holding the spec's ISO.
    static bool holdsInstaller(const VmSpec &spec, const XmlElement &disk);
    // `base`, or `base-2`, `base-3`, … when a check already has that id.
    static QString uniqueId(const QString &base, const QList<AuditCheck> &checks);
};

} // namespace Airlock
