// SPDX-License-Identifier: GPL-3.0-or-later
// VMs as Airlock's creation leaves them, made on libvirt's test driver by
// hand: the persistent definition carries Airlock's metadata, and a running
// one runs the install-time definition (the ISO in its CD-ROM drive).
#pragma once

#include "domainxml/domainxml.h"
#include "hypervisor/connection.h"
#include "testsupport.h"

#include <QDateTime>

namespace Airlock::Test {

inline VmSpec airlockSpec(const QString &name)
{
    const auto spec = VmSpec::load(dataPath(QStringLiteral("specs/bios.json")));
    if (!spec)
        qFatal("cannot load specs/bios.json");
    VmSpec named = *spec;
    named.name = name;
    named.iso.path = QStringLiteral("/var/lib/airlock-test/nixos-graphical-26.05-x86_64.iso");
    return named;
}

// Defines `name` as Airlock makes it; with `installing` it also runs the
// installer over it. Returns an empty string on success.
inline QString defineAirlockVm(const Connection &connection, const QString &name, bool installing)
{
    const VmSpec spec = airlockSpec(name);
    DomainTarget target;
    target.created = QDateTime::currentDateTimeUtc();
    const auto persistent = DomainXml::domain(spec, target);
    if (!persistent)
        return persistent.error().constFirst().text();
    virDomainPtr defined = virDomainDefineXML(connection.get(), persistent->toUtf8().constData());
    if (!defined)
        return LibvirtError::last().message;
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(defined, uuid);
    virDomainFree(defined);
    if (!installing)
        return {};
    target.uuid = QString::fromLatin1(uuid);
    const auto install = DomainXml::domain(spec, target, DomainXml::Definition::Install);
    virDomainPtr started = virDomainCreateXML(connection.get(), install->toUtf8().constData(), 0);
    if (!started)
        return LibvirtError::last().message;
    virDomainFree(started);
    return {};
}

inline void removeVm(const Connection &connection, const QString &name)
{
    virDomainPtr domain = virDomainLookupByName(connection.get(), name.toUtf8().constData());
    if (!domain)
        return;
    virDomainDestroy(domain);
    virDomainUndefine(domain);
    virDomainFree(domain);
}

} // namespace Airlock::Test
