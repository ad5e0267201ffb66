// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockrecords.h"

namespace Airlock {

LibvirtResult<AirlockRecords> AirlockRecords::read(const Connection &connection,
                                                   const QString &excluded)
{
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(connection.get(), &domains, 0);
    if (count < 0)
        return lastLibvirtError();
    AirlockRecords records;
    for (int i = 0; i < count; ++i) {
        const DomainHandle domain(domains[i]);
        const QString name = QString::fromUtf8(virDomainGetName(domain.get()));
        if (name == excluded)
            continue;
        // A domain undefined meanwhile has no XML any more, and no record.
        const QString xml
                = takeLibvirtString(virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE));
        if (const auto record = VmRecord::fromDomainXml(xml))
            records.m_records.append({name, *record});
    }
    free(domains);
    virResetLastError();
    return records;
}

bool AirlockRecords::sameObject(const RecordedObject &a, const RecordedObject &b)
{
    return a.kind == b.kind && a.name == b.name && a.pool == b.pool;
}

bool AirlockRecords::records(const RecordedObject &object) const
{
    return !vmsRecording(object).isEmpty();
}

QStringList AirlockRecords::vmsRecording(const RecordedObject &object) const
{
    QStringList names;
    for (const auto &[name, record] : m_records) {
        if (std::any_of(
                    record.objects.cbegin(), record.objects.cend(),
                    [&object](const RecordedObject &other) { return sameObject(object, other); }))
            names.append(name);
    }
    return names;
}

} // namespace Airlock
