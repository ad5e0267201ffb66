// SPDX-License-Identifier: GPL-3.0-or-later
// One guest of the packet lab: a VM Airlock created, redefined to boot the
// lab's kernel and initrd with its network cards exactly as Airlock wrote
// them, its serial console logged to a file the test reads.
#pragma once

#include "hypervisor/xmlelement.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Airlock::Packets {

class LabGuest
{
public:
    LabGuest(const QString &uri, const QString &name, const QString &logPath);

    // Reads the definition Airlock made; false (and error()) when it cannot.
    bool readDefinition();
    const QList<XmlElement> &interfaces() const { return m_interfaces; }
    QString mac() const;
    // A filterref parameter of the first card (IP, IPV6), empty when unpinned.
    QString filterParameter(const QString &name) const;
    // The network or bridge the first card is on.
    QString source() const;

    // Stops what Airlock started, defines the lab's boot in its place, starts it.
    bool boot(const QString &kernel, const QString &initrd, const QString &commandLine);
    // Waits for a serial line that starts with `prefix`; the line, or empty.
    QString waitForLine(const QString &prefix, int timeoutMs) const;
    QStringList lines() const;
    bool isRunning() const;
    QString error() const { return m_error; }

private:
    QString domainXml(const QString &kernel, const QString &initrd,
                      const QString &commandLine) const;
    QString virsh(const QStringList &arguments, int *exitCode = nullptr) const;

    QString m_uri;
    QString m_name;
    QString m_logPath;
    QString m_uuid;
    QList<XmlElement> m_interfaces;
    QString m_error;
};

} // namespace Airlock::Packets
