// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmlist.h"

#include "hypervisor/xmlelement.h"
#include "media/isoname.h"
#include "proof/deviceinventory.h"

namespace Airlock {

VmEntry VmList::fromXml(const QString &inactiveXml, const QString &liveXml)
{
    VmEntry entry;
    const auto inactive = XmlElement::parse(inactiveXml);
    if (!inactive)
        return entry;
    if (const XmlElement *name = inactive->child(QStringLiteral("name")))
        entry.name = name->text;
    if (const XmlElement *uuid = inactive->child(QStringLiteral("uuid")))
        entry.uuid = uuid->text;
    entry.record = VmRecord::fromDomain(*inactive);
    entry.madeByAirlock = entry.record.has_value();
    if (!entry.record)
        return entry;
    if (const auto spec = VmSpec::fromJson(entry.record->specJson.toUtf8())) {
        entry.spec = *spec;
        entry.release = IsoName::release(spec->iso);
    }
    if (entry.spec && !liveXml.isEmpty()) {
        if (const auto live = XmlElement::parse(liveXml)) {
            for (const XmlElement *disk : live->allAt(QStringLiteral("devices/disk"))) {
                if (DeviceInventory::holdsInstaller(*entry.spec, *disk))
                    entry.installerAttached = true;
            }
        }
    }
    return entry;
}

LibvirtResult<VmEntry> VmList::readOne(const Connection &connection, const QString &name)
{
    const auto domain = connection.domain(name);
    if (!domain)
        return std::unexpected(domain.error());
    const QString inactive
            = takeLibvirtString(virDomainGetXMLDesc(domain->get(), VIR_DOMAIN_XML_INACTIVE));
    if (inactive.isEmpty())
        return lastLibvirtError();
    const bool active = virDomainIsActive(domain->get()) == 1;
    const QString live
            = active ? takeLibvirtString(virDomainGetXMLDesc(domain->get(), 0)) : QString();
    VmEntry entry = fromXml(inactive, live);
    entry.name = name;
    entry.persistent = virDomainIsPersistent(domain->get()) == 1;
    entry.state = DomainControl::state(connection, name);
    return entry;
}

LibvirtResult<QList<VmEntry>> VmList::read(const Connection &connection)
{
    const auto names = connection.domainNames();
    if (!names)
        return std::unexpected(names.error());
    QList<VmEntry> entries;
    for (const QString &name : *names) {
        auto entry = readOne(connection, name);
        if (!entry) {
            // Undefined between the listing and the reading: no longer there.
            if (entry.error().code == VIR_ERR_NO_DOMAIN)
                continue;
            return std::unexpected(entry.error());
        }
        entries.append(*entry);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const VmEntry &a, const VmEntry &b) {
        if (a.madeByAirlock != b.madeByAirlock)
            return a.madeByAirlock;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return entries;
}

QString VmList::stateText(DomainState state)
{
    switch (state) {
    case DomainState::Running:
        return tr("running");
    case DomainState::Paused:
        return tr("paused");
    case DomainState::ShutOff:
        return tr("shut off");
    case DomainState::Crashed:
        return tr("crashed");
    case DomainState::Removed:
        return tr("removed");
    case DomainState::Unknown:
        break;
    }
    return tr("state unknown");
}

QString VmList::stateId(DomainState state)
{
    switch (state) {
    case DomainState::Running:
        return QStringLiteral("running");
    case DomainState::Paused:
        return QStringLiteral("paused");
    case DomainState::ShutOff:
        return QStringLiteral("shutoff");
    case DomainState::Crashed:
        return QStringLiteral("crashed");
    case DomainState::Removed:
        return QStringLiteral("removed");
    case DomainState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace Airlock
