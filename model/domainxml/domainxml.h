// SPDX-License-Identifier: GPL-3.0-or-later
// model/domainxml/: the one XML writer. VmSpec in, libvirt's domain, network,
// traffic filter (networkfilters.h) and volume XML out (QXmlStreamWriter:
// every value escaped); the comparison of a network with Airlock's
// (networkshape.h), and the diff the Devices page shows. Uses the spec and
// the hypervisor's host devices; asks libvirt nothing except in
// DomainTarget::query.
#pragma once

#include "domainxml/networkaddressing.h"
#include "hypervisor/connection.h"
#include "hypervisor/hostdevice.h"
#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <expected>

namespace Airlock {

struct HostCapabilities;

// An object a creation made, or took over from another of Airlock's VMs, for
// a VM: recorded in the VM's <metadata> so that deleting the VM later removes
// exactly what Airlock made for it, and never anything else.
struct RecordedObject
{
    enum class Kind {
        Volume, // `pool`/`name`; `role` "disk" or "iso"
        Network, // `name`
        Filter, // `name`: a traffic filter of Airlock's
        Address, // the VM's DHCP host entry on network `name`: `mac`, `ipv4`
    };
    enum class MadeBy {
        ThisVm, // this VM's creation made it
        // Another of Airlock's creations made it and a VM of Airlock's
        // recorded it so when this one was created: shared, removed with the
        // last VM that uses it.
        Airlock,
    };

    Kind kind = Kind::Volume;
    MadeBy madeBy = MadeBy::ThisVm;
    QString name;
    QString pool;
    QString role;
    QString mac;
    QString ipv4;

    bool operator==(const RecordedObject &) const = default;
};

// Facts about the hypervisor that shape the XML: the wizard's come from
// HostReading::target(), the command line's and a creation's from query().
// The defaults describe a hardened host with KVM and SELinux, which is what
// Airlock assumes when it has no connection to ask.
struct DomainTarget
{
    bool selinux = true;
    bool kvm = true;
    QString arch = QStringLiteral("x86_64");
    // Descriptions of the node devices named in spec.exposure.hostDevices.
    QList<HostDevice> hostDevices;
    // Airlock's network the VM joins, and where on it the creation plan put
    // the VM. Empty in previews: the interface then has no MAC or IP yet.
    NetworkAddressing addressing;
    NetworkPinning pinning;
    // The defined domain's identity, which the install-time definition
    // started over it must carry: its UUID, and the NVRAM file libvirt gave
    // it (UEFI). Empty before the domain is defined.
    QString uuid;
    QString nvram;
    // What the creation records in the metadata besides the spec: when it
    // made the VM, and the objects it made for it. Empty in previews
    // (--print-xml), which then record neither.
    QDateTime created;
    QList<RecordedObject> objects;

    static DomainTarget fromCapabilities(const HostCapabilities &capabilities);
    // Asks the connection (blocking): its capabilities and the named devices.
    static LibvirtResult<DomainTarget> query(const Connection &connection,
                                             const QStringList &hostDevices);
};

// VmSpec -> libvirt XML, all of it written with QXmlStreamWriter so that every
// value is escaped. No page builds XML; this is the one writer.
class DomainXml
{
    Q_DECLARE_TR_FUNCTIONS(DomainXml)
public:
    static constexpr const char *metadataNamespace = "https://airlockvm.github.io/xmlns/airlock/1";
    static constexpr const char *metadataPrefix = "airlock";

    // The two definitions of one VM, as virt-install makes them. The same
    // devices; they differ only in what boots and what a reboot does.
    enum class Definition {
        // What libvirt keeps: boots the disk; the CD-ROM drive is empty; a
        // reboot restarts.
        Persistent,
        // What the installation runs as: boots the ISO, the disk second; a
        // reboot stops the VM, so the installed system can start from its disk.
        Install,
    };

    // The domain. Fails only when a host device cannot be described.
    static std::expected<QString, SpecProblems> domain(const VmSpec &spec,
                                                       const DomainTarget &target = {},
                                                       Definition definition
                                                       = Definition::Persistent);

    // "kvm" or "qemu" (TCG), from the spec's accelerator and the host.
    static QString domainType(const VmSpec &spec, const DomainTarget &target);
    // Whether libvirt's architecture name is x86's, where QEMU has a VMware port.
    static bool isX86(const QString &arch);

    // Airlock's own network for the choice ("airlock-nat", "airlock-nat-ipv6");
    // empty for modes "none" and "bridge", which use none of Airlock's.
    static QString networkName(const NetworkChoice &network);
    static QString network(const NetworkChoice &network, const NetworkAddressing &addressing = {});

    // The thin-provisioned qcow2 system disk.
    static QString diskVolume(const VmSpec &spec);
    // A raw volume to upload an ISO into.
    static QString isoVolume(const QString &name, qint64 bytes);
};

} // namespace Airlock
