// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domainxml/domainxml.h"
#include "hypervisor/xmlelement.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Airlock {

// What Airlock wrote into a VM's <metadata> when it made it (DomainXml's
// writer): the Airlock version, the creation time, the spec as JSON and the
// objects made for it. A VM without that metadata was not made by Airlock,
// whatever its name says.
struct VmRecord
{
    QString version;
    QDateTime created; // invalid for VMs made before Airlock recorded it
    QString specJson;
    QList<RecordedObject> objects;

    // nullopt when the domain carries no Airlock metadata.
    static std::optional<VmRecord> fromDomainXml(const QString &domainXml);
    static std::optional<VmRecord> fromDomain(const XmlElement &domain);

    // The recorded objects of one kind.
    QList<RecordedObject> objectsOf(RecordedObject::Kind kind) const;
};

} // namespace Airlock
