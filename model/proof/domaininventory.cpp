// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaininventory.h"

#include "domainxml/domainxml.h"
#include "proof/deviceinventory.h"

namespace Airlock {

namespace {

const QLatin1String s_qemuNamespace("http://libvirt.org/schemas/domain/qemu/1.0");

// What may appear once at the top of <domain> without widening the VM's
// reach: who it is, how much of the host's CPU and memory it gets (and how
// that is pinned or limited), its firmware, CPU model, clock and power
// settings. <devices> and <memoryBacking> are walked on their own.
const char *const s_allowedOnce[] = {
        "name",           "uuid",        "genid",     "title",
        "description",    "metadata",    "memory",    "currentMemory",
        "vcpu",           "vcpus",       "iothreads", "iothreadids",
        "cputune",        "memtune",     "numatune",  "blkiotune",
        "resource",       "os",          "features",  "cpu",
        "clock",          "on_poweroff", "on_reboot", "on_crash",
        "on_lockfailure", "pm",          "devices",   "memoryBacking",
};

// What <os> may hold: the machine, its firmware and how it boots. A kernel,
// initrd, device tree or ACPI table would be a file of the host.
const char *const s_osChildren[]
        = {"type", "firmware", "loader", "nvram", "boot", "bootmenu", "bios", "smbios"};

struct Finding
{
    QString id;
    QString words;
};

QString qemuWords(const XmlElement &element)
{
    if (element.name == QLatin1String("commandline")) {
        QStringList arguments;
        for (const XmlElement *argument : element.childrenNamed(QStringLiteral("arg")))
            arguments.append(argument->attribute(QStringLiteral("value")));
        for (const XmlElement *variable : element.childrenNamed(QStringLiteral("env")))
            arguments.append(variable->attribute(QStringLiteral("name")) + QLatin1Char('=')
                             + variable->attribute(QStringLiteral("value")));
        //: %1 lists the arguments as they are in the VM's XML
        return DomainAudit::tr("QEMU arguments added by hand (qemu:commandline): %1")
                .arg(arguments.join(QLatin1Char(' ')));
    }
    if (element.name == QLatin1String("capabilities"))
        //: Found in the running VM's XML; keep "qemu:capabilities"
        return DomainAudit::tr("QEMU features switched on or off by hand (qemu:capabilities)");
    if (element.name == QLatin1String("override"))
        //: Found in the running VM's XML; keep "qemu:override"
        return DomainAudit::tr("QEMU device properties overridden by hand (qemu:override)");
    if (element.name == QLatin1String("deprecation"))
        //: Found in the running VM's XML; keep "qemu:deprecation"
        return DomainAudit::tr("QEMU's deprecated features allowed by hand (qemu:deprecation)");
    //: Found in the running VM's XML; %1 the element's name
    return DomainAudit::tr("an element <%1> of libvirt's QEMU namespace").arg(element.name);
}

QString domainWords(const XmlElement &element)
{
    if (element.namespaceUri == s_qemuNamespace)
        return qemuWords(element);
    if (!element.namespaceUri.isEmpty())
        //: Found in the running VM's XML; %1 element name, %2 its XML namespace URI
        return DomainAudit::tr("an element <%1> of the namespace %2")
                .arg(element.name, element.namespaceUri);
    const QString type = element.attribute(QStringLiteral("type"));
    if (element.name == QLatin1String("sysinfo"))
        //: %1 is the kind (smbios, fwcfg)
        return DomainAudit::tr("system information handed to the VM (sysinfo, %1)").arg(type);
    if (element.name == QLatin1String("launchSecurity"))
        //: Found in the running VM's XML; %1 its kind (sev, s390-pv, …)
        return DomainAudit::tr("a launch security setting (%1)").arg(type);
    if (element.name == QLatin1String("idmap"))
        //: Found in the running VM's XML; keep "idmap"
        return DomainAudit::tr("a map of the VM's user and group IDs to the host's (idmap)");
    //: Found in the running VM's XML; %1 is the element's name, keep it as it is
    return DomainAudit::tr("an element <%1> that Airlock does not know").arg(element.name);
}

void auditOs(const XmlElement &os, QList<Finding> &findings)
{
    for (const XmlElement &child : os.children) {
        const QString id = QStringLiteral("extra:os/") + child.name;
        const bool known = std::any_of(
                std::begin(s_osChildren), std::end(s_osChildren),
                [&child](const char *name) { return child.name == QLatin1String(name); });
        if (!child.namespaceUri.isEmpty() || !known) {
            //: %1 is an element of <os> such as kernel, initrd, dtb, acpi, cmdline
            findings.append(
                    {id, DomainAudit::tr("a boot setting <%1> that Airlock does not write: %2")
                                 .arg(child.name, child.text)});
        } else if (child.name == QLatin1String("smbios")
                   && child.attribute(QStringLiteral("mode")) == QLatin1String("host")) {
            //: Found in the running VM's XML: <smbios mode='host'> shows the VM this computer's identity
            findings.append({id, DomainAudit::tr("the host's own SMBIOS identity (maker, model, "
                                                 "serial number) shown to the VM")});
        }
    }
}

// Only what Airlock asks for: no page sharing, and memory virtiofsd can map
// for the shared folder.
void auditMemoryBacking(const VmSpec &spec, const XmlElement &backing, QList<Finding> &findings)
{
    const bool folder = spec.exposure.sharedFolder.has_value();
    QStringList seen;
    for (const XmlElement &child : backing.children) {
        const QString id = QStringLiteral("extra:memoryBacking/") + child.name;
        const QString type = child.attribute(QStringLiteral("type"));
        const QString mode = child.attribute(QStringLiteral("mode"));
        const bool asked = child.namespaceUri.isEmpty() && !seen.contains(child.name)
                           && (child.name == QLatin1String("nosharepages")
                               || (folder && child.name == QLatin1String("source")
                                   && type == QLatin1String("memfd"))
                               || (folder && child.name == QLatin1String("access")
                                   && mode == QLatin1String("shared")));
        seen.append(child.name);
        if (asked)
            continue;
        if (child.name == QLatin1String("hugepages"))
            //: Found in the running VM's memory settings and not asked for
            findings.append({id, DomainAudit::tr("guest memory in the host's huge pages")});
        else if (child.name == QLatin1String("locked"))
            //: Found in the running VM's memory settings and not asked for
            findings.append({id, DomainAudit::tr("guest memory locked into the host's RAM")});
        else if (child.name == QLatin1String("source"))
            //: Found in the running VM's memory settings; %1 the kind (file, anonymous, memfd)
            findings.append({id, DomainAudit::tr("guest memory backed by %1").arg(type)});
        else if (child.name == QLatin1String("access"))
            findings.append(
                    {id,
                     //: Found in the running VM's memory settings; %1 the access mode (shared, private)
                     DomainAudit::tr("guest memory accessed as %1 by other programs on the host")
                             .arg(mode)});
        else
            findings.append(
                    //: Found in the running VM's memory settings; %1 the element's name
                    {id, DomainAudit::tr("a memory setting <%1> that Airlock did not ask for")
                                 .arg(child.name)});
    }
}

void auditTopLevel(const VmSpec &spec, const XmlElement &domain, QList<Finding> &findings)
{
    QStringList seen;
    QStringList labelModels;
    for (const XmlElement &element : domain.children) {
        const QString &name = element.name;
        const bool plain = element.namespaceUri.isEmpty();
        if (plain && name == QLatin1String("seclabel")) {
            // The proof reads the labels; one per security model is all libvirt writes.
            const QString model = element.attribute(QStringLiteral("model"));
            if (labelModels.contains(model))
                findings.append(
                        {QStringLiteral("extra:seclabel"),
                         //: Found in the running VM's XML; %1 the security model (selinux, dac)
                         DomainAudit::tr("a second security label for %1").arg(model)});
            labelModels.append(model);
            continue;
        }
        const bool allowed
                = plain
                  && std::any_of(std::begin(s_allowedOnce), std::end(s_allowedOnce),
                                 [&name](const char *once) { return name == QLatin1String(once); });
        if (!allowed) {
            const QString prefix
                    = element.namespaceUri == s_qemuNamespace ? QStringLiteral("qemu:") : QString();
            findings.append({QStringLiteral("extra:") + prefix + name, domainWords(element)});
            continue;
        }
        if (seen.contains(name)) {
            findings.append(
                    //: Found in the running VM's XML: an element that may appear only once; %1 its name
                    {QStringLiteral("extra:") + name, DomainAudit::tr("a second <%1>").arg(name)});
            continue;
        }
        seen.append(name);
        if (name == QLatin1String("os"))
            auditOs(element, findings);
        else if (name == QLatin1String("memoryBacking"))
            auditMemoryBacking(spec, element, findings);
    }
}

// The trims: QEMU's VMware port (x86 only) off, and KSM kept off the VM's memory.
void auditTrims(const XmlElement &domain, QList<AuditCheck> &checks)
{
    const XmlElement *type = domain.at(QStringLiteral("os/type"));
    const QString arch = type ? type->attribute(QStringLiteral("arch")) : QString();
    if (arch.isEmpty() || DomainXml::isX86(arch)) {
        const XmlElement *vmport = domain.at(QStringLiteral("features/vmport"));
        const QString state = vmport ? vmport->attribute(QStringLiteral("state")) : QString();
        //: Title of a check: QEMU's emulated VMware backdoor I/O port (vmport) is switched off
        checks.append({QStringLiteral("vmport"), DomainAudit::tr("QEMU's VMware port is off"),
                       state == QLatin1String("off"),
                       //: What the live XML holds; keep <vmport>
                       state.isEmpty()
                               ? DomainAudit::tr("no <vmport>: QEMU's default is on")
                               //: What the live XML holds; %1 is on or off, as libvirt writes it
                               : DomainAudit::tr("vmport: %1").arg(state)});
    }
    const bool unshared = domain.at(QStringLiteral("memoryBacking/nosharepages")) != nullptr;
    checks.append({QStringLiteral("pageSharing"),
                   //: Title of a check; KSM is the kernel's merging of identical memory pages
                   DomainAudit::tr("Its memory is never merged with another VM's (no KSM)"),
                   unshared,
                   //: What the live XML holds; keep <nosharepages/>
                   unshared ? DomainAudit::tr("<nosharepages/>: the host merges none of its pages")
                            //: What the live XML holds; keep <nosharepages/>
                            : DomainAudit::tr("no <nosharepages/>: KSM may merge its pages with "
                                              "other VMs'")});
}

} // namespace

void DomainInventory::audit(const VmSpec &spec, const XmlElement &domain, QList<AuditCheck> &checks)
{
    auditTrims(domain, checks);
    QList<Finding> findings;
    auditTopLevel(spec, domain, findings);
    for (const Finding &finding : std::as_const(findings)) {
        checks.append({DeviceInventory::uniqueId(finding.id, checks),
                       //: Title of a failed check; the details name what was found
                       DomainAudit::tr("Nothing in the VM's configuration widens its reach"), false,
                       finding.words});
    }
}

} // namespace Airlock
