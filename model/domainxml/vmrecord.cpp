// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmrecord.h"

namespace Airlock {

namespace {

std::optional<RecordedObject::Kind> kindOf(const QString &element)
{
    if (element == QLatin1String("volume"))
        return RecordedObject::Kind::Volume;
    if (element == QLatin1String("network"))
        return RecordedObject::Kind::Network;
    if (element == QLatin1String("filter"))
        return RecordedObject::Kind::Filter;
    if (element == QLatin1String("address"))
        return RecordedObject::Kind::Address;
    return std::nullopt;
}

} // namespace

std::optional<VmRecord> VmRecord::fromDomainXml(const QString &domainXml)
{
    const auto domain = XmlElement::parse(domainXml);
    if (!domain)
        return std::nullopt;
    return fromDomain(*domain);
}

std::optional<VmRecord> VmRecord::fromDomain(const XmlElement &domain)
{
    const QString ns = QLatin1String(DomainXml::metadataNamespace);
    const XmlElement *metadata = domain.child(QStringLiteral("metadata"));
    if (!metadata)
        return std::nullopt;
    const auto vm = std::find_if(
            metadata->children.cbegin(), metadata->children.cend(), [&ns](const XmlElement &child) {
                return child.namespaceUri == ns && child.name == QLatin1String("vm");
            });
    if (vm == metadata->children.cend())
        return std::nullopt;

    VmRecord record;
    record.version = vm->attribute(QStringLiteral("version"));
    record.created = QDateTime::fromString(vm->attribute(QStringLiteral("created")), Qt::ISODate);
    for (const XmlElement &child : vm->children) {
        if (child.namespaceUri != ns)
            continue;
        if (child.name == QLatin1String("spec")) {
            record.specJson = child.text;
            continue;
        }
        if (child.name != QLatin1String("objects"))
            continue;
        for (const XmlElement &entry : child.children) {
            const auto kind = kindOf(entry.name);
            if (entry.namespaceUri != ns || !kind)
                continue;
            RecordedObject object;
            object.kind = *kind;
            // Anything but this VM's own counts as shared: kept while any
            // other VM uses it.
            object.madeBy = entry.attribute(QStringLiteral("madeBy")) == QLatin1String("this")
                                    ? RecordedObject::MadeBy::ThisVm
                                    : RecordedObject::MadeBy::Airlock;
            object.name = entry.attribute(QStringLiteral("name"));
            object.pool = entry.attribute(QStringLiteral("pool"));
            object.role = entry.attribute(QStringLiteral("role"));
            object.mac = entry.attribute(QStringLiteral("mac"));
            object.ipv4 = entry.attribute(QStringLiteral("ipv4"));
            if (!object.name.isEmpty())
                record.objects.append(object);
        }
    }
    return record;
}

QList<RecordedObject> VmRecord::objectsOf(RecordedObject::Kind kind) const
{
    QList<RecordedObject> matching;
    for (const RecordedObject &object : objects) {
        if (object.kind == kind)
            matching.append(object);
    }
    return matching;
}

} // namespace Airlock
