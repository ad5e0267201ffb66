// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaincontrol.h"

#include <QXmlStreamWriter>

namespace Airlock {

DomainState DomainControl::state(const Connection &connection, const QString &name)
{
    const auto domain = connection.domain(name);
    if (!domain)
        return domain.error().code == VIR_ERR_NO_DOMAIN ? DomainState::Removed
                                                        : DomainState::Unknown;
    int state = VIR_DOMAIN_NOSTATE;
    if (virDomainGetState(domain->get(), &state, nullptr, 0) < 0)
        return DomainState::Unknown;
    switch (state) {
    case VIR_DOMAIN_RUNNING:
    case VIR_DOMAIN_BLOCKED:
        return DomainState::Running;
    case VIR_DOMAIN_PAUSED:
    case VIR_DOMAIN_PMSUSPENDED:
        return DomainState::Paused;
    case VIR_DOMAIN_SHUTDOWN:
    case VIR_DOMAIN_SHUTOFF:
        return DomainState::ShutOff;
    case VIR_DOMAIN_CRASHED:
        return DomainState::Crashed;
    default:
        return DomainState::Unknown;
    }
}

LibvirtResult<Done> DomainControl::start(const Connection &connection, const QString &name)
{
    const auto domain = connection.domain(name);
    if (!domain)
        return std::unexpected(domain.error());
    if (virDomainCreate(domain->get()) < 0)
        return lastLibvirtError();
    return Done {};
}

LibvirtResult<Done> DomainControl::shutdown(const Connection &connection, const QString &name)
{
    const auto domain = connection.domain(name);
    if (!domain)
        return std::unexpected(domain.error());
    if (virDomainShutdownFlags(domain->get(), VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN) == 0)
        return Done {};
    // A driver that knows no methods (libvirt's test driver) refuses the
    // flag; its default is then the only way it has.
    const LibvirtError refused = LibvirtError::last();
    if (refused.code != VIR_ERR_INVALID_ARG && refused.code != VIR_ERR_NO_SUPPORT)
        return std::unexpected(refused);
    if (virDomainShutdown(domain->get()) < 0)
        return lastLibvirtError();
    return Done {};
}

LibvirtResult<Done> DomainControl::forceOff(const Connection &connection, const QString &name)
{
    const auto domain = connection.domain(name);
    if (!domain)
        return std::unexpected(domain.error());
    if (virDomainDestroy(domain->get()) < 0)
        return lastLibvirtError();
    return Done {};
}

QString DomainControl::emptiedDrive(const XmlElement &disk)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QStringLiteral("disk"));
    writer.writeAttribute(QStringLiteral("type"), QStringLiteral("file"));
    writer.writeAttribute(QStringLiteral("device"), QStringLiteral("cdrom"));
    if (const XmlElement *driver = disk.child(QStringLiteral("driver"))) {
        writer.writeEmptyElement(QStringLiteral("driver"));
        for (auto it = driver->attributes.cbegin(); it != driver->attributes.cend(); ++it)
            writer.writeAttribute(it.key(), it.value());
    }
    if (const XmlElement *target = disk.child(QStringLiteral("target"))) {
        writer.writeEmptyElement(QStringLiteral("target"));
        writer.writeAttribute(QStringLiteral("dev"), target->attribute(QStringLiteral("dev")));
        const QString bus = target->attribute(QStringLiteral("bus"));
        if (!bus.isEmpty())
            writer.writeAttribute(QStringLiteral("bus"), bus);
    }
    writer.writeEmptyElement(QStringLiteral("readonly"));
    writer.writeEndElement();
    return xml;
}

namespace {

// The drives of `domainXml` that hold the medium, as the XML that empties each.
QStringList drivesHolding(const QString &domainXml, const DomainControl::MediumTest &holds)
{
    QStringList drives;
    const auto domain = XmlElement::parse(domainXml);
    if (!domain)
        return drives;
    for (const XmlElement *disk : domain->allAt(QStringLiteral("devices/disk"))) {
        if (disk->attribute(QStringLiteral("device")) == QLatin1String("cdrom") && holds(*disk))
            drives.append(DomainControl::emptiedDrive(*disk));
    }
    return drives;
}

LibvirtResult<bool> emptyDrives(virDomainPtr domain, unsigned int xmlFlags, unsigned int affect,
                                const DomainControl::MediumTest &holds)
{
    const QString xml = takeLibvirtString(virDomainGetXMLDesc(domain, xmlFlags));
    if (xml.isEmpty())
        return lastLibvirtError();
    const QStringList drives = drivesHolding(xml, holds);
    for (const QString &drive : drives) {
        if (virDomainUpdateDeviceFlags(domain, drive.toUtf8().constData(), affect) < 0)
            return lastLibvirtError();
    }
    return !drives.isEmpty();
}

} // namespace

LibvirtResult<Ejected> DomainControl::eject(const Connection &connection, const QString &name,
                                            const MediumTest &holds)
{
    const auto domain = connection.domain(name);
    if (!domain)
        return std::unexpected(domain.error());
    Ejected ejected;
    if (virDomainIsActive(domain->get()) == 1) {
        const auto live = emptyDrives(domain->get(), 0, VIR_DOMAIN_AFFECT_LIVE, holds);
        if (!live)
            return std::unexpected(live.error());
        ejected.live = *live;
    }
    if (virDomainIsPersistent(domain->get()) == 1) {
        const auto kept = emptyDrives(domain->get(), VIR_DOMAIN_XML_INACTIVE,
                                      VIR_DOMAIN_AFFECT_CONFIG, holds);
        if (!kept)
            return std::unexpected(kept.error());
        ejected.persistent = *kept;
    }
    if (!ejected.live && !ejected.persistent)
        return std::unexpected(LibvirtError::fromMessage(
                tr("No CD-ROM drive of “%1” holds the installer.").arg(name),
                VIR_ERR_OPERATION_INVALID));
    return ejected;
}

} // namespace Airlock
