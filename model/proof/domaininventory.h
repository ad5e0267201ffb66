// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/xmlelement.h"
#include "proof/domainaudit.h"
#include "spec/vmspec.h"

#include <QList>

namespace Airlock {

// Deny by default at the top level of <domain>: what does not widen the VM's
// reach is allowed once (name, memory, os, cpu, clock, …), the security
// labels are left to the proof, and everything else, from QEMU arguments
// added by hand to the host's SMBIOS identity, is a failed check ("extra:…")
// that names it. Also the trims Airlock writes and the audit expects: QEMU's
// VMware port off, and the VM's memory never merged with another's (KSM).
class DomainInventory
{
public:
    static void audit(const VmSpec &spec, const XmlElement &domain, QList<AuditCheck> &checks);
};

} // namespace Airlock
