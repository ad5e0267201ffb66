// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/connection.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Airlock {

// Who on a connection uses a volume, a network or a traffic filter: every
// domain but one (defined or transient, its persistent and its live XML) and
// every filter that references another. Deleting a VM asks it before it
// removes anything another could still need. Blocking.
class ObjectUsers
{
public:
    static LibvirtResult<ObjectUsers> read(const Connection &connection, const QString &excluded);

    // The domains whose disks read the volume, named by pool and volume or
    // by its file (anywhere in a backing chain).
    QStringList domainsUsingVolume(const QString &pool, const QString &volume,
                                   const QString &path) const;
    // The domains with an interface on the network, or on its bridge.
    QStringList domainsOnNetwork(const QString &network, const QString &bridge) const;
    QStringList domainsUsingFilter(const QString &filter) const;
    QStringList filtersReferencing(const QString &filter) const;

    // Parses one domain's XML into what it uses (for the tests and read()).
    void addDomain(const QString &name, const QString &xml);
    void addFilter(const QString &name, const QString &xml);

private:
    struct DomainUses
    {
        QString name;
        QSet<QString> volumes; // "pool/volume"
        QSet<QString> files;
        QSet<QString> networks;
        QSet<QString> bridges;
        QSet<QString> filters;
    };
    QList<DomainUses> m_domains;
    QHash<QString, QStringList> m_filterReferences; // filter -> the filters it references
};

} // namespace Airlock
