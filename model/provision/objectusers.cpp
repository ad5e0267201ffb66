// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectusers.h"

#include "hypervisor/xmlelement.h"

namespace Airlock {

namespace {

// Every file a disk reads: its source and, in live XML, its backing chain.
void collectFiles(const XmlElement &element, QSet<QString> &files)
{
    if (element.name == QLatin1String("source")) {
        for (const char *attribute : {"file", "dev"}) {
            const QString path = element.attribute(QLatin1String(attribute));
            if (!path.isEmpty())
                files.insert(path);
        }
    }
    for (const XmlElement &child : element.children)
        collectFiles(child, files);
}

} // namespace

void ObjectUsers::addDomain(const QString &name, const QString &xml)
{
    const auto domain = XmlElement::parse(xml);
    if (!domain)
        return;
    auto existing = std::find_if(m_domains.begin(), m_domains.end(),
                                 [&name](const DomainUses &uses) { return uses.name == name; });
    if (existing == m_domains.end()) {
        m_domains.append({name, {}, {}, {}, {}, {}});
        existing = std::prev(m_domains.end());
    }
    DomainUses &uses = *existing;
    for (const XmlElement *disk : domain->allAt(QStringLiteral("devices/disk"))) {
        if (const XmlElement *source = disk->child(QStringLiteral("source"))) {
            const QString pool = source->attribute(QStringLiteral("pool"));
            if (!pool.isEmpty())
                uses.volumes.insert(pool + QLatin1Char('/')
                                    + source->attribute(QStringLiteral("volume")));
        }
        collectFiles(*disk, uses.files);
    }
    for (const XmlElement *interface : domain->allAt(QStringLiteral("devices/interface"))) {
        if (const XmlElement *source = interface->child(QStringLiteral("source"))) {
            const QString network = source->attribute(QStringLiteral("network"));
            const QString bridge = source->attribute(QStringLiteral("bridge"));
            if (!network.isEmpty())
                uses.networks.insert(network);
            if (!bridge.isEmpty())
                uses.bridges.insert(bridge);
        }
        if (const XmlElement *filter = interface->child(QStringLiteral("filterref")))
            uses.filters.insert(filter->attribute(QStringLiteral("filter")));
    }
}

void ObjectUsers::addFilter(const QString &name, const QString &xml)
{
    const auto filter = XmlElement::parse(xml);
    if (!filter)
        return;
    QStringList references;
    for (const XmlElement *reference : filter->childrenNamed(QStringLiteral("filterref")))
        references.append(reference->attribute(QStringLiteral("filter")));
    m_filterReferences.insert(name, references);
}

LibvirtResult<ObjectUsers> ObjectUsers::read(const Connection &connection, const QString &excluded)
{
    ObjectUsers users;
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(connection.get(), &domains, 0);
    if (count < 0)
        return lastLibvirtError();
    for (int i = 0; i < count; ++i) {
        const DomainHandle domain(domains[i]);
        const QString name = QString::fromUtf8(virDomainGetName(domain.get()));
        if (name == excluded)
            continue;
        users.addDomain(name, takeLibvirtString(
                                      virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE)));
        if (virDomainIsActive(domain.get()) == 1)
            users.addDomain(name, takeLibvirtString(virDomainGetXMLDesc(domain.get(), 0)));
    }
    free(domains);
    // A driver without traffic filters (the test driver) has none to reference.
    virNWFilterPtr *filters = nullptr;
    const int filterCount = virConnectListAllNWFilters(connection.get(), &filters, 0);
    for (int i = 0; i < filterCount; ++i) {
        const NetworkFilterHandle filter(filters[i]);
        users.addFilter(QString::fromUtf8(virNWFilterGetName(filter.get())),
                        takeLibvirtString(virNWFilterGetXMLDesc(filter.get(), 0)));
    }
    free(filters);
    virResetLastError();
    return users;
}

QStringList ObjectUsers::domainsUsingVolume(const QString &pool, const QString &volume,
                                            const QString &path) const
{
    const QString key = pool + QLatin1Char('/') + volume;
    QStringList names;
    for (const DomainUses &uses : m_domains) {
        if (uses.volumes.contains(key) || (!path.isEmpty() && uses.files.contains(path)))
            names.append(uses.name);
    }
    return names;
}

QStringList ObjectUsers::domainsOnNetwork(const QString &network, const QString &bridge) const
{
    QStringList names;
    for (const DomainUses &uses : m_domains) {
        if (uses.networks.contains(network) || (!bridge.isEmpty() && uses.bridges.contains(bridge)))
            names.append(uses.name);
    }
    return names;
}

QStringList ObjectUsers::domainsUsingFilter(const QString &filter) const
{
    QStringList names;
    for (const DomainUses &uses : m_domains) {
        if (uses.filters.contains(filter))
            names.append(uses.name);
    }
    return names;
}

QStringList ObjectUsers::filtersReferencing(const QString &filter) const
{
    QStringList names;
    for (auto it = m_filterReferences.cbegin(); it != m_filterReferences.cend(); ++it) {
        if (it.value().contains(filter))
            names.append(it.key());
    }
    names.sort();
    return names;
}

} // namespace Airlock
