// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domainxml/vmrecord.h"
#include "hypervisor/connection.h"

#include <QList>
#include <QString>

namespace Airlock {

// What the VMs of Airlock's on a connection recorded in their metadata: the
// creation asks it whether an object it reuses is shared among Airlock's VMs
// (then it records it too, to be removed with the last of them), and the
// removal whether another VM still counts on one. Blocking.
class AirlockRecords
{
public:
    // Every domain that carries Airlock's metadata, but `excluded`.
    static LibvirtResult<AirlockRecords> read(const Connection &connection,
                                              const QString &excluded = {});

    // Whether a VM recorded the same object: same kind, pool and name,
    // whoever made it.
    bool records(const RecordedObject &object) const;
    // The names of the VMs that did.
    QStringList vmsRecording(const RecordedObject &object) const;

    static bool sameObject(const RecordedObject &a, const RecordedObject &b);

private:
    QList<std::pair<QString, VmRecord>> m_records; // domain name, its record
};

} // namespace Airlock
