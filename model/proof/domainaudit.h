// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/hostdevice.h"
#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Airlock {

struct XmlElement;

// One line of the audit: something the user chose, confirmed (or not) by
// reading the running VM's XML back from libvirt.
struct AuditCheck
{
    QString id; // "audio", "usbRedirection", "graphics", "network", …
    QString title; // what should hold, in words: "No sound card"
    bool passed = false;
    QString found; // what the live XML holds, in words
};

// Airlock's traffic filters as libvirt holds them, read back for the audit.
struct FilterReadback
{
    bool supported = false; // the driver has network filters (the test driver has none)
    QHash<QString, QString> documents; // name -> XML of each filter asked about that exists
    QString portDevice; // the running VM's port (its live <target dev>)
    QString bindingXml; // libvirt's filter binding on that port; empty when there is none
};

// Compares the live domain (and its network) with the spec it was made from.
// Nothing passes that was not read back: a missing or unreadable document
// fails every check that depends on it. It denies by default: every device
// and every top-level element is explained by the spec, one of libvirt's
// implicit defaults, or a failed check that names it.
class DomainAudit
{
    Q_DECLARE_TR_FUNCTIONS(DomainAudit)
public:
    // `hostDevices`: the spec's exposure.hostDevices as libvirt's node
    // devices describe them (describeHostDevice), so that each live <hostdev>
    // is compared by what it is.
    static QList<AuditCheck> run(const VmSpec &spec, const QString &liveDomainXml,
                                 const QString &liveNetworkXml = {},
                                 const FilterReadback &filters = {},
                                 const QList<HostDevice> &hostDevices = {});
    static bool allPassed(const QList<AuditCheck> &checks);

    // What a live <domain> says of its firmware and memory, as the audit
    // reads them (and ProofBaseline, for a VM Airlock did not make).
    struct Firmware
    {
        bool uefi = false;
        bool secureBoot = false;
    };
    static Firmware firmwareOf(const XmlElement &domain);
    static qint64 memoryKiBOf(const XmlElement &domain);
};

} // namespace Airlock
