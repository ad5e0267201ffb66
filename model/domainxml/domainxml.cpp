// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml.h"

#include "hypervisor/capabilities.h"
#include "hypervisor/hostdevices.h"
#include "networkfilters.h"
#include "xmlwriter.h"

#include <QJsonDocument>

namespace Airlock {

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString hex(int value, int digits)
{
    return QStringLiteral("0x%1").arg(value, digits, 16, QLatin1Char('0'));
}

QString kindName(RecordedObject::Kind kind)
{
    switch (kind) {
    case RecordedObject::Kind::Volume:
        return QStringLiteral("volume");
    case RecordedObject::Kind::Network:
        return QStringLiteral("network");
    case RecordedObject::Kind::Filter:
        return QStringLiteral("filter");
    case RecordedObject::Kind::Address:
        return QStringLiteral("address");
    }
    return {};
}

void writeMetadata(XmlWriter &xml, const VmSpec &spec, const DomainTarget &target)
{
    const QString ns = QLatin1String(DomainXml::metadataNamespace);
    xml.start("metadata");
    QXmlStreamWriter &raw = xml.raw();
    raw.writeNamespace(ns, QLatin1String(DomainXml::metadataPrefix));
    raw.writeStartElement(ns, QStringLiteral("vm"));
    raw.writeAttribute(QStringLiteral("version"), QStringLiteral(AIRLOCK_VERSION));
    if (target.created.isValid())
        raw.writeAttribute(QStringLiteral("created"), target.created.toUTC().toString(Qt::ISODate));
    // The choices the VM was made from, so its audit can be rerun later.
    raw.writeStartElement(ns, QStringLiteral("spec"));
    raw.writeCDATA(QString::fromUtf8(spec.toJsonBytes(QJsonDocument::Compact)));
    raw.writeEndElement();
    // What the creation made for the VM, so that deleting it removes that.
    if (!target.objects.isEmpty()) {
        raw.writeStartElement(ns, QStringLiteral("objects"));
        for (const RecordedObject &object : target.objects) {
            raw.writeStartElement(ns, kindName(object.kind));
            raw.writeAttribute(QStringLiteral("madeBy"),
                               object.madeBy == RecordedObject::MadeBy::ThisVm
                                       ? QStringLiteral("this")
                                       : QStringLiteral("airlock"));
            raw.writeAttribute(QStringLiteral("name"), object.name);
            if (!object.pool.isEmpty())
                raw.writeAttribute(QStringLiteral("pool"), object.pool);
            if (!object.role.isEmpty())
                raw.writeAttribute(QStringLiteral("role"), object.role);
            if (!object.mac.isEmpty())
                raw.writeAttribute(QStringLiteral("mac"), object.mac);
            if (!object.ipv4.isEmpty())
                raw.writeAttribute(QStringLiteral("ipv4"), object.ipv4);
            raw.writeEndElement();
        }
        raw.writeEndElement();
    }
    raw.writeEndElement();
    xml.end();
}

using Definition = DomainXml::Definition;

void writeOs(XmlWriter &xml, const VmSpec &spec, const DomainTarget &target)
{
    if (spec.firmware == Firmware::Uefi)
        xml.start("os", {{"firmware", QStringLiteral("efi")}});
    else
        xml.start("os");
    xml.text("type", QStringLiteral("hvm"),
             {{"arch", target.arch}, {"machine", QStringLiteral("q35")}});
    if (spec.firmware == Firmware::Uefi) {
        // Firmware auto-selection picks an OVMF build with these properties.
        xml.start("firmware");
        xml.empty("feature",
                  {{"enabled", yesNo(spec.secureBoot)}, {"name", QStringLiteral("enrolled-keys")}});
        xml.empty("feature",
                  {{"enabled", yesNo(spec.secureBoot)}, {"name", QStringLiteral("secure-boot")}});
        xml.end();
        if (!target.nvram.isEmpty())
            xml.text("nvram", target.nvram);
    }
    xml.end();

    xml.start("features");
    xml.empty("acpi");
    xml.empty("apic");
    if (spec.firmware == Firmware::Uefi && spec.secureBoot)
        xml.empty("smm", {{"state", QStringLiteral("on")}});
    // QEMU's VMware backdoor port (on by default on x86) answers VMware's
    // guest tools; NixOS needs none of it, and it is emulated code the guest
    // can reach from any privilege level.
    if (DomainXml::isX86(target.arch))
        xml.empty("vmport", {{"state", QStringLiteral("off")}});
    xml.end();
}

void writeCpu(XmlWriter &xml, const VmSpec &spec)
{
    switch (spec.cpuMode) {
    case CpuMode::HostPassthrough:
        xml.empty("cpu", {{"mode", QStringLiteral("host-passthrough")},
                          {"check", QStringLiteral("none")},
                          {"migratable", QStringLiteral("on")}});
        break;
    case CpuMode::HostModel:
        xml.empty("cpu",
                  {{"mode", QStringLiteral("host-model")}, {"check", QStringLiteral("partial")}});
        break;
    case CpuMode::Maximum:
        xml.empty("cpu", {{"mode", QStringLiteral("maximum")},
                          {"check", QStringLiteral("none")},
                          {"migratable", QStringLiteral("on")}});
        break;
    }
}

void writeClockAndPower(XmlWriter &xml, Definition definition)
{
    xml.start("clock", {{"offset", QStringLiteral("utc")}});
    xml.empty("timer",
              {{"name", QStringLiteral("rtc")}, {"tickpolicy", QStringLiteral("catchup")}});
    xml.empty("timer", {{"name", QStringLiteral("pit")}, {"tickpolicy", QStringLiteral("delay")}});
    xml.empty("timer", {{"name", QStringLiteral("hpet")}, {"present", QStringLiteral("no")}});
    xml.end();
    xml.text("on_poweroff", QStringLiteral("destroy"));
    // The installer's reboot stops the install-time VM; Airlock then starts
    // the persistent definition, which boots the installed system.
    xml.text("on_reboot", definition == Definition::Install ? QStringLiteral("destroy")
                                                            : QStringLiteral("restart"));
    xml.text("on_crash", QStringLiteral("destroy"));
    xml.start("pm");
    xml.empty("suspend-to-mem", {{"enabled", QStringLiteral("no")}});
    xml.empty("suspend-to-disk", {{"enabled", QStringLiteral("no")}});
    xml.end();
}

void writeDisks(XmlWriter &xml, const VmSpec &spec, Definition definition)
{
    const bool installing = definition == Definition::Install;
    xml.start("disk", {{"type", QStringLiteral("volume")}, {"device", QStringLiteral("disk")}});
    xml.empty("driver", {{"name", QStringLiteral("qemu")},
                         {"type", QStringLiteral("qcow2")},
                         {"discard", QStringLiteral("unmap")}});
    xml.empty("source", {{"pool", spec.storagePool}, {"volume", spec.diskVolumeName()}});
    xml.empty("target", {{"dev", QStringLiteral("vda")}, {"bus", QStringLiteral("virtio")}});
    xml.empty("boot", {{"order", installing ? QStringLiteral("2") : QStringLiteral("1")}});
    xml.end();

    // The installer: read-only, and first to boot while installing. The
    // persistent definition keeps the drive with nothing in it, so the
    // device set is the same in both and the ISO can go back in by hand.
    const bool volume = installing && spec.iso.isVolume();
    xml.start("disk", {{"type", volume ? QStringLiteral("volume") : QStringLiteral("file")},
                       {"device", QStringLiteral("cdrom")}});
    xml.empty("driver", {{"name", QStringLiteral("qemu")}, {"type", QStringLiteral("raw")}});
    if (installing && spec.iso.isVolume())
        xml.empty("source", {{"pool", spec.iso.pool}, {"volume", spec.iso.volume}});
    else if (installing && !spec.iso.path.isEmpty())
        xml.empty("source", {{"file", spec.iso.path}});
    xml.empty("target", {{"dev", QStringLiteral("sda")}, {"bus", QStringLiteral("sata")}});
    xml.empty("readonly");
    if (installing)
        xml.empty("boot", {{"order", QStringLiteral("1")}});
    xml.end();
}

bool needsUsbController(const VmSpec &spec, const DomainTarget &target)
{
    if (spec.exposure.usbRedirection)
        return true;
    return std::any_of(target.hostDevices.cbegin(), target.hostDevices.cend(),
                       [&spec](const HostDevice &device) {
                           return device.bus == HostDevice::Bus::Usb
                                  && spec.exposure.hostDevices.contains(device.name);
                       });
}

void writeNetworkInterface(XmlWriter &xml, const VmSpec &spec, const DomainTarget &target)
{
    const NetworkChoice &network = spec.network;
    if (network.mode == NetworkMode::None)
        return;
    if (network.mode == NetworkMode::Bridge) {
        xml.start("interface", {{"type", QStringLiteral("bridge")}});
        xml.empty("source", {{"bridge", network.bridge}});
    } else {
        xml.start("interface", {{"type", QStringLiteral("network")}});
        xml.empty("source", {{"network", DomainXml::networkName(network)}});
    }
    const NetworkPinning &pinning = target.pinning;
    // The creation plan reserves the MAC (and on Airlock's network the IP
    // address the filter is given); a preview has neither yet.
    if (!pinning.isEmpty())
        xml.empty("mac", {{"address", pinning.mac}});
    xml.empty("model", {{"type", QStringLiteral("virtio")}});
    xml.start("filterref", {{"filter", NetworkFilters::topName(network)}});
    for (const FilterParameter &parameter :
         NetworkFilters::parameters(network, target.addressing, pinning))
        xml.empty("parameter", {{"name", parameter.name}, {"value", parameter.value}});
    xml.end();
    xml.end();
}

void writeGraphics(XmlWriter &xml, const VmSpec &spec)
{
    // SPICE without any listening socket: reachable only through libvirt
    // (virt-viewer and virt-manager open it with virDomainOpenGraphicsFD).
    xml.start("graphics", {{"type", QStringLiteral("spice")}});
    xml.empty("listen", {{"type", QStringLiteral("none")}});
    xml.empty("clipboard", {{"copypaste", yesNo(spec.exposure.clipboard)}});
    xml.empty("filetransfer", {{"enable", QStringLiteral("no")}});
    xml.empty("gl", {{"enable", yesNo(spec.exposure.gpuAcceleration)}});
    xml.end();
}

void writeSound(XmlWriter &xml, const VmSpec &spec)
{
    if (!spec.exposure.audio) {
        xml.empty("audio", {{"id", QStringLiteral("1")}, {"type", QStringLiteral("none")}});
        return;
    }
    xml.start("sound", {{"model", QStringLiteral("ich9")}});
    // An output-only codec has no input at all; "micro" adds the microphone.
    xml.empty("codec", {{"type", spec.exposure.microphone ? QStringLiteral("micro")
                                                          : QStringLiteral("output")}});
    xml.empty("audio", {{"id", QStringLiteral("1")}});
    xml.end();
    xml.empty("audio", {{"id", QStringLiteral("1")}, {"type", QStringLiteral("spice")}});
}

void writeVideo(XmlWriter &xml, const VmSpec &spec)
{
    xml.start("video");
    xml.start("model", {{"type", QStringLiteral("virtio")},
                        {"heads", QStringLiteral("1")},
                        {"primary", QStringLiteral("yes")}});
    xml.empty("acceleration", {{"accel3d", yesNo(spec.exposure.gpuAcceleration)}});
    xml.end();
    xml.end();
}

void writeChannels(XmlWriter &xml, const VmSpec &spec)
{
    if (spec.exposure.clipboard) {
        xml.start("channel", {{"type", QStringLiteral("spicevmc")}});
        xml.empty("target", {{"type", QStringLiteral("virtio")},
                             {"name", QStringLiteral("com.redhat.spice.0")}});
        xml.end();
    }
    if (spec.exposure.guestAgent) {
        xml.start("channel", {{"type", QStringLiteral("unix")}});
        xml.empty("target", {{"type", QStringLiteral("virtio")},
                             {"name", QStringLiteral("org.qemu.guest_agent.0")}});
        xml.end();
    }
}

void writeSharedFolder(XmlWriter &xml, const VmSpec &spec)
{
    if (!spec.exposure.sharedFolder)
        return;
    xml.start("filesystem",
              {{"type", QStringLiteral("mount")}, {"accessmode", QStringLiteral("passthrough")}});
    xml.empty("driver", {{"type", QStringLiteral("virtiofs")}});
    xml.empty("source", {{"dir", spec.exposure.sharedFolder->path}});
    xml.empty("target", {{"dir", QStringLiteral("airlock-share")}});
    if (spec.exposure.sharedFolder->readOnly)
        xml.empty("readonly");
    xml.end();
}

void writeTpm(XmlWriter &xml, const VmSpec &spec)
{
    if (!spec.exposure.tpm)
        return;
    xml.start("tpm", {{"model", QStringLiteral("tpm-crb")}});
    xml.empty("backend",
              {{"type", QStringLiteral("emulator")}, {"version", QStringLiteral("2.0")}});
    xml.end();
}

void writeUsbRedirection(XmlWriter &xml, const VmSpec &spec)
{
    if (!spec.exposure.usbRedirection)
        return;
    for (int i = 0; i < 2; ++i)
        xml.empty("redirdev",
                  {{"bus", QStringLiteral("usb")}, {"type", QStringLiteral("spicevmc")}});
}

void writeHostDevice(XmlWriter &xml, const HostDevice &device)
{
    if (device.bus == HostDevice::Bus::Usb) {
        xml.start("hostdev", {{"mode", QStringLiteral("subsystem")},
                              {"type", QStringLiteral("usb")},
                              {"managed", QStringLiteral("yes")}});
        xml.start("source");
        xml.empty("vendor", {{"id", device.vendorId}});
        xml.empty("product", {{"id", device.productId}});
        xml.end();
        xml.end();
        return;
    }
    xml.start("hostdev", {{"mode", QStringLiteral("subsystem")},
                          {"type", QStringLiteral("pci")},
                          {"managed", QStringLiteral("yes")}});
    xml.start("source");
    xml.empty("address", {{"domain", hex(device.pciDomain, 4)},
                          {"bus", hex(device.pciBus, 2)},
                          {"slot", hex(device.pciSlot, 2)},
                          {"function", hex(device.pciFunction, 1)}});
    xml.end();
    xml.end();
}

} // namespace

DomainTarget DomainTarget::fromCapabilities(const HostCapabilities &capabilities)
{
    DomainTarget target;
    target.selinux = capabilities.offersSelinux();
    target.kvm = capabilities.offersKvm();
    if (!capabilities.hostArch.isEmpty())
        target.arch = capabilities.hostArch;
    return target;
}

LibvirtResult<DomainTarget> DomainTarget::query(const Connection &connection,
                                                const QStringList &hostDevices)
{
    const auto xml = connection.capabilitiesXml();
    if (!xml)
        return std::unexpected(xml.error());
    QString parseError;
    const auto capabilities = HostCapabilities::parse(*xml, &parseError);
    if (!capabilities) {
        return std::unexpected(LibvirtError::fromMessage(
                DomainXml::tr("libvirt's capabilities could not be read: %1").arg(parseError)));
    }
    DomainTarget target = fromCapabilities(*capabilities);
    for (const QString &name : hostDevices) {
        // Unknown names stay out: DomainXml::domain() reports them by key.
        if (const auto device = describeHostDevice(connection, name))
            target.hostDevices.append(*device);
    }
    return target;
}

QString DomainXml::domainType(const VmSpec &spec, const DomainTarget &target)
{
    const bool kvm = spec.accelerator == Accelerator::Kvm
                     || (spec.accelerator == Accelerator::Auto && target.kvm);
    return kvm ? QStringLiteral("kvm") : QStringLiteral("qemu");
}

bool DomainXml::isX86(const QString &arch)
{
    return arch == QLatin1String("x86_64") || arch == QLatin1String("i686");
}

std::expected<QString, SpecProblems> DomainXml::domain(const VmSpec &spec,
                                                       const DomainTarget &target,
                                                       Definition definition)
{
    QList<HostDevice> hostDevices;
    SpecProblems problems;
    for (qsizetype i = 0; i < spec.exposure.hostDevices.size(); ++i) {
        const QString &name = spec.exposure.hostDevices.at(i);
        const auto known = std::find_if(target.hostDevices.cbegin(), target.hostDevices.cend(),
                                        [&name](const HostDevice &d) { return d.name == name; });
        if (known != target.hostDevices.cend()) {
            hostDevices.append(*known);
        } else if (const auto pci = HostDevice::fromPciName(name)) {
            hostDevices.append(*pci);
        } else {
            problems.append({QStringLiteral("exposure.hostDevices[%1]").arg(i),
                             tr("the host has no device called “%1”, or it is not a USB or PCI "
                                "device")
                                     .arg(name)});
        }
    }
    if (!problems.isEmpty())
        return std::unexpected(problems);

    QString output;
    XmlWriter xml(&output);
    xml.start("domain", {{"type", domainType(spec, target)}});
    xml.text("name", spec.name);
    if (!target.uuid.isEmpty())
        xml.text("uuid", target.uuid);
    xml.text("title", tr("NixOS (made by Airlock)"));
    xml.text("description", tr("Created by Airlock %1. Its isolation was chosen in the wizard; "
                               "see the metadata for every choice.")
                                    .arg(QStringLiteral(AIRLOCK_VERSION)));
    writeMetadata(xml, spec, target);
    xml.text("memory", QString::number(spec.memoryMiB), {{"unit", QStringLiteral("MiB")}});
    xml.text("currentMemory", QString::number(spec.memoryMiB), {{"unit", QStringLiteral("MiB")}});
    xml.start("memoryBacking");
    // KSM off for this VM: pages merged with another VM's are a known side
    // channel (the time a write takes tells whether a neighbour holds the
    // same page). The cost is memory: identical pages are not shared.
    xml.empty("nosharepages");
    if (spec.exposure.sharedFolder) {
        // virtiofs needs guest memory the virtiofsd process can map.
        xml.empty("source", {{"type", QStringLiteral("memfd")}});
        xml.empty("access", {{"mode", QStringLiteral("shared")}});
    }
    xml.end();
    xml.text("vcpu", QString::number(spec.vcpus), {{"placement", QStringLiteral("static")}});
    writeOs(xml, spec, target);
    writeCpu(xml, spec);
    writeClockAndPower(xml, definition);

    xml.start("devices");
    writeDisks(xml, spec, definition);
    if (needsUsbController(spec, target)) {
        xml.empty("controller", {{"type", QStringLiteral("usb")},
                                 {"model", QStringLiteral("qemu-xhci")},
                                 {"ports", QStringLiteral("15")}});
    } else {
        // No USB controller at all: less emulated hardware to attack.
        xml.empty("controller",
                  {{"type", QStringLiteral("usb")}, {"model", QStringLiteral("none")}});
    }
    writeNetworkInterface(xml, spec, target);
    xml.empty("input", {{"type", QStringLiteral("tablet")}, {"bus", QStringLiteral("virtio")}});
    writeGraphics(xml, spec);
    writeSound(xml, spec);
    writeVideo(xml, spec);
    writeChannels(xml, spec);
    writeSharedFolder(xml, spec);
    writeTpm(xml, spec);
    writeUsbRedirection(xml, spec);
    for (const HostDevice &device : std::as_const(hostDevices))
        writeHostDevice(xml, device);
    xml.start("rng", {{"model", QStringLiteral("virtio")}});
    xml.text("backend", QStringLiteral("/dev/urandom"), {{"model", QStringLiteral("random")}});
    xml.end();
    // No balloon: libvirt adds a virtio one otherwise, a device through which
    // the host asks the guest for memory and the guest reports its use.
    xml.empty("memballoon", {{"model", QStringLiteral("none")}});
    xml.end(); // devices

    if (target.selinux) {
        xml.empty("seclabel", {{"type", QStringLiteral("dynamic")},
                               {"model", QStringLiteral("selinux")},
                               {"relabel", QStringLiteral("yes")}});
    }
    xml.end(); // domain
    return XmlWriter::finished(output);
}

QString DomainXml::networkName(const NetworkChoice &network)
{
    if (network.mode != NetworkMode::Nat)
        return {};
    return network.ipv6 ? QStringLiteral("airlock-nat-ipv6") : QStringLiteral("airlock-nat");
}

QString DomainXml::network(const NetworkChoice &network, const NetworkAddressing &addressing)
{
    if (network.mode != NetworkMode::Nat)
        return {};
    QString output;
    XmlWriter xml(&output);
    xml.start("network");
    xml.text("name", networkName(network));
    if (network.ipv6) {
        // NAT66: the VM's ULA never leaves the host; without it the ULA
        // would be routed as it is.
        xml.start("forward", {{"mode", QStringLiteral("nat")}});
        xml.empty("nat", {{"ipv6", QStringLiteral("yes")}});
        xml.end();
    } else {
        xml.empty("forward", {{"mode", QStringLiteral("nat")}});
    }
    // No spanning tree: a VM must not take part in the bridge's topology.
    xml.empty("bridge", {{"stp", QStringLiteral("off")}, {"delay", QStringLiteral("0")}});
    // Every VM's port is isolated: the bridge forwards nothing between two
    // VMs, only between a VM and the host.
    xml.empty("port", {{"isolated", QStringLiteral("yes")}});
    xml.start("ip", {{"address", addressing.ipv4Address()}, {"prefix", QStringLiteral("24")}});
    xml.start("dhcp");
    xml.empty("range", {{"start", addressing.ipv4Host(2)}, {"end", addressing.ipv4Host(254)}});
    xml.end();
    xml.end();
    if (network.ipv6) {
        const QString prefix = addressing.ipv6Prefix();
        xml.start("ip", {{"family", QStringLiteral("ipv6")},
                         {"address", addressing.ipv6Address()},
                         {"prefix", QStringLiteral("64")}});
        xml.start("dhcp");
        xml.empty("range", {{"start", prefix + QLatin1String("100")},
                            {"end", prefix + QLatin1String("1ff")}});
        xml.end();
        xml.end();
    }
    xml.end();
    return XmlWriter::finished(output);
}

QString DomainXml::diskVolume(const VmSpec &spec)
{
    QString output;
    XmlWriter xml(&output);
    xml.start("volume");
    xml.text("name", spec.diskVolumeName());
    xml.text("capacity", QString::number(spec.diskGiB), {{"unit", QStringLiteral("GiB")}});
    // Thin: the file grows as the guest writes, up to the capacity.
    xml.text("allocation", QStringLiteral("0"), {{"unit", QStringLiteral("bytes")}});
    xml.start("target");
    xml.empty("format", {{"type", QStringLiteral("qcow2")}});
    xml.start("permissions");
    xml.text("mode", QStringLiteral("0600"));
    xml.end();
    xml.end();
    xml.end();
    return XmlWriter::finished(output);
}

QString DomainXml::isoVolume(const QString &name, qint64 bytes)
{
    QString output;
    XmlWriter xml(&output);
    xml.start("volume");
    xml.text("name", name);
    xml.text("capacity", QString::number(bytes), {{"unit", QStringLiteral("bytes")}});
    xml.text("allocation", QString::number(bytes), {{"unit", QStringLiteral("bytes")}});
    xml.start("target");
    xml.empty("format", {{"type", QStringLiteral("raw")}});
    xml.start("permissions");
    xml.text("mode", QStringLiteral("0644"));
    xml.end();
    xml.end();
    xml.end();
    return XmlWriter::finished(output);
}

} // namespace Airlock
