// SPDX-License-Identifier: GPL-3.0-or-later
#include "deviceinventory.h"

#include "domainxml/domainxml.h"
#include "proof/hostdeviceidentity.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace Airlock {

namespace {

QString attributeOf(const XmlElement *element, const char *name)
{
    return element ? element->attribute(QLatin1String(name)) : QString();
}

bool isYes(const XmlElement *element, const char *name)
{
    return attributeOf(element, name) == QLatin1String("yes");
}

// What the walk makes of one device.
struct Verdict
{
    enum class Role { Chosen, Implicit, Extra };
    Role role = Role::Extra;
    QString detail; // Implicit: the kind; Extra: the device in words
};

Verdict chosen()
{
    return {Verdict::Role::Chosen, {}};
}

Verdict implicit(const char *kind)
{
    return {Verdict::Role::Implicit, QLatin1String(kind)};
}

Verdict extra(const QString &words)
{
    return {Verdict::Role::Extra, words};
}

// The spec, what it resolves to, and how many of each explained device the
// walk has met: the spec explains one disk, one ISO, one display, ….
struct Inventory
{
    const VmSpec &spec;
    bool q35 = false;
    bool ownDiskPresent = false;
    bool ownInterfacePresent = false;
    bool usbWanted = false;
    bool virtioChannels = false; // a channel or console on virtio-serial, explained or not
    QList<int> hostdevAssignment;
    qsizetype hostdevIndex = 0;
    QHash<QString, int> claimed;

    // True for the first `limit` devices that take this role.
    bool claim(const char *role, int limit = 1)
    {
        int &count = claimed[QLatin1String(role)];
        if (count >= limit)
            return false;
        ++count;
        return true;
    }
};

// "0.0.0.0:4555", "[::]:4555"
QString hostAndPort(const XmlElement *source)
{
    const QString host = attributeOf(source, "host");
    const QString service = attributeOf(source, "service");
    const QString shown
            = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return service.isEmpty() ? shown : shown + QLatin1Char(':') + service;
}

// Where a character device (serial port, console, channel, …) ends on the host.
QString charSourceWords(const XmlElement &device)
{
    const QString type = device.attribute(QStringLiteral("type"));
    const XmlElement *source = device.child(QStringLiteral("source"));
    const QString path = attributeOf(source, "path");
    if (type == QLatin1String("tcp")) {
        return attributeOf(source, "mode") == QLatin1String("bind")
                       //: Where a serial port or channel ends on the host; follows a device such as "a serial port". %1: address:port
                       ? DomainAudit::tr("listening on TCP %1").arg(hostAndPort(source))
                       //: Where a device ends on the host; %1 is address:port of a server it connects to
                       : DomainAudit::tr("connected to TCP %1").arg(hostAndPort(source));
    }
    if (type == QLatin1String("udp"))
        //: Where a device ends on the host; %1 is address:port
        return DomainAudit::tr("sending UDP to %1").arg(hostAndPort(source));
    if (type == QLatin1String("unix"))
        //: Where a device ends on the host: a Unix socket whose path libvirt chose
        return path.isEmpty() ? DomainAudit::tr("on a socket of the host")
                              //: Where a device ends on the host; %1 is a Unix socket path
                              : DomainAudit::tr("on the host's socket %1").arg(path);
    if (type == QLatin1String("file"))
        //: Where a device ends on the host; %1 is a file path
        return DomainAudit::tr("writing to the host's file %1").arg(path);
    if (type == QLatin1String("dev") || type == QLatin1String("pipe"))
        //: Where a device ends on the host; %1 is "dev" or "pipe", %2 its path
        return DomainAudit::tr("on the host's %1 %2").arg(type, path);
    if (type == QLatin1String("pty"))
        //: Where a device ends on the host: a pseudo-terminal (pty)
        return DomainAudit::tr("on a terminal of the host");
    if (type == QLatin1String("spicevmc") || type == QLatin1String("spiceport"))
        //: Where a device ends: in the SPICE viewer, not on the host
        return DomainAudit::tr("through the SPICE display");
    //: %1 is libvirt's name of a character device type, such as "nmdm"
    return DomainAudit::tr("of type “%1”").arg(type);
}

// Where a disk's data comes from: a volume, a file, a device, a network server.
QString diskSourceText(const XmlElement &disk)
{
    const XmlElement *source = disk.child(QStringLiteral("source"));
    if (!source)
        return {};
    const QString type = disk.attribute(QStringLiteral("type"));
    if (type == QLatin1String("volume"))
        return attributeOf(source, "pool") + QLatin1Char('/') + attributeOf(source, "volume");
    if (type == QLatin1String("network")) {
        const XmlElement *host = source->child(QStringLiteral("host"));
        QString where = attributeOf(host, "name");
        if (!attributeOf(host, "port").isEmpty())
            where += QLatin1Char(':') + attributeOf(host, "port");
        return attributeOf(source, "protocol") + QLatin1String("://") + where + QLatin1Char('/')
               + attributeOf(source, "name");
    }
    for (const char *name : {"file", "dev", "dir", "path", "name", "socket"}) {
        if (!attributeOf(source, name).isEmpty())
            return attributeOf(source, name);
    }
    return {};
}

bool isOwnDisk(const VmSpec &spec, const XmlElement &disk)
{
    const XmlElement *source = disk.child(QStringLiteral("source"));
    const QString device = disk.attribute(QStringLiteral("device"));
    return (device.isEmpty() || device == QLatin1String("disk"))
           && disk.attribute(QStringLiteral("type")) == QLatin1String("volume")
           && attributeOf(source, "pool") == spec.storagePool
           && attributeOf(source, "volume") == spec.diskVolumeName();
}

bool isCdrom(const XmlElement &disk)
{
    return disk.attribute(QStringLiteral("device")) == QLatin1String("cdrom");
}

// The installer's drive: the spec's ISO, or no medium at all (ejected).
bool isInstaller(const VmSpec &spec, const XmlElement &disk)
{
    return isCdrom(disk)
           && (diskSourceText(disk).isEmpty() || DeviceInventory::holdsInstaller(spec, disk));
}

Verdict classifyDisk(Inventory &inventory, const XmlElement &disk)
{
    if (isOwnDisk(inventory.spec, disk) && inventory.claim("disk"))
        return chosen();
    if (isInstaller(inventory.spec, disk) && inventory.claim("cdrom"))
        return chosen();
    const QString device = disk.attribute(QStringLiteral("device"));
    const QString source = diskSourceText(disk);
    if (device == QLatin1String("cdrom"))
        //: Found in the running VM and not chosen: another, empty CD drive
        return extra(
                source.isEmpty()
                        ? DomainAudit::tr("a second CD drive")
                        //: Found in the running VM and not chosen; %1 is the ISO file or pool/volume
                        : DomainAudit::tr("a CD drive with %1").arg(source));
    if (!device.isEmpty() && device != QLatin1String("disk"))
        //: %1 is libvirt's disk device kind (floppy, lun), %2 the file or device behind it
        return extra(DomainAudit::tr("a %1 drive on %2").arg(device, source));
    if (source.isEmpty())
        //: Found in the running VM and not chosen: a disk with no file behind it
        return extra(DomainAudit::tr("a disk without a source"));
    //: Found in the running VM besides its own disk; %1 is the file, device or pool/volume
    return extra(
            inventory.ownDiskPresent
                    ? DomainAudit::tr("a second disk on %1").arg(source)
                    //: Found in the running VM instead of its own disk; %1 is the file, device or pool/volume
                    : DomainAudit::tr("a disk on %1").arg(source));
}

Verdict classifyController(Inventory &inventory, const XmlElement &controller)
{
    const QString type = controller.attribute(QStringLiteral("type"));
    const QString model = controller.attribute(QStringLiteral("model"));
    const QString index = controller.attribute(QStringLiteral("index"));
    if (type == QLatin1String("usb")) {
        const bool asWritten = inventory.usbWanted ? model == QLatin1String("qemu-xhci")
                                                   : model == QLatin1String("none");
        if (asWritten && inventory.claim("usb-controller"))
            return chosen();
        //: Found in the running VM and not chosen; %1 is the controller model
        return extra(DomainAudit::tr("a USB controller (%1)").arg(model));
    }
    const bool firstIndex = index.isEmpty() || index == QLatin1String("0");
    if (inventory.q35 && type == QLatin1String("sata") && firstIndex && inventory.claim("sata"))
        return implicit("sata");
    if (inventory.q35 && type == QLatin1String("pci")) {
        if (model == QLatin1String("pcie-root") && firstIndex && inventory.claim("pcie-root"))
            return implicit("pcie-root");
        if (model == QLatin1String("pcie-root-port"))
            return implicit("pcie-root-port");
    }
    if (type == QLatin1String("virtio-serial") && inventory.virtioChannels
        && inventory.claim("virtio-serial"))
        return implicit("virtio-serial");
    //: %1 is the controller's bus (scsi, ide, pci, …), %2 its model
    return extra(DomainAudit::tr("a %1 controller (%2)").arg(type, model));
}

// The network card the spec asks for: on its bridge, or on Airlock's network.
bool isOwnInterface(const VmSpec &spec, const XmlElement &interface)
{
    const NetworkChoice &network = spec.network;
    if (network.mode == NetworkMode::None)
        return false;
    const QString wantedType = network.mode == NetworkMode::Bridge ? QStringLiteral("bridge")
                                                                   : QStringLiteral("network");
    const QString wantedSource = network.mode == NetworkMode::Bridge
                                         ? network.bridge
                                         : DomainXml::networkName(network);
    const XmlElement *source = interface.child(QStringLiteral("source"));
    return interface.attribute(QStringLiteral("type")) == wantedType && source
           && source->attribute(wantedType) == wantedSource;
}

Verdict classifyInterface(Inventory &inventory, const XmlElement &interface)
{
    if (isOwnInterface(inventory.spec, interface) && inventory.claim("interface"))
        return chosen();
    const QString type = interface.attribute(QStringLiteral("type"));
    const XmlElement *source = interface.child(QStringLiteral("source"));
    QString where;
    for (const char *name : {"network", "bridge", "dev", "path", "address"}) {
        if (where.isEmpty())
            where = attributeOf(source, name);
    }
    return extra(
            inventory.ownInterfacePresent
                    //: Found in the running VM besides the chosen card; %1 libvirt's interface type, %2 its network or bridge
                    ? DomainAudit::tr("a second network card (%1 “%2”)").arg(type, where)
                    //: Found in the running VM instead of the chosen card; %1 libvirt's interface type, %2 its network or bridge
                    : DomainAudit::tr("a network card (%1 “%2”)").arg(type, where));
}

Verdict classifyInput(Inventory &inventory, const XmlElement &input)
{
    const QString type = input.attribute(QStringLiteral("type"));
    const QString bus = input.attribute(QStringLiteral("bus"));
    if (type == QLatin1String("tablet") && bus == QLatin1String("virtio")
        && inventory.claim("tablet"))
        return chosen();
    if (inventory.q35 && bus == QLatin1String("ps2")) {
        if (type == QLatin1String("mouse") && inventory.claim("ps2-mouse"))
            return implicit("ps2-mouse");
        if (type == QLatin1String("keyboard") && inventory.claim("ps2-keyboard"))
            return implicit("ps2-keyboard");
    }
    const XmlElement *source = input.child(QStringLiteral("source"));
    if (type == QLatin1String("passthrough") || type == QLatin1String("evdev"))
        //: Found in the running VM: a keyboard or mouse of this computer; %1 its /dev/input path
        return extra(DomainAudit::tr("an input device of the host passed through: %1")
                             .arg(attributeOf(source, "evdev") + attributeOf(source, "dev")));
    //: %1 is the kind of input device (mouse, keyboard, tablet), %2 its bus
    return extra(DomainAudit::tr("an input device (%1 on %2)").arg(type, bus));
}

// A graphics device's ways in, other than through libvirt: addresses it
// listens on, a socket, a port.
Verdict classifyGraphics(Inventory &inventory, const XmlElement &graphics)
{
    const QString type = graphics.attribute(QStringLiteral("type"));
    QStringList addresses;
    QString socket;
    if (!graphics.attribute(QStringLiteral("listen")).isEmpty())
        addresses.append(graphics.attribute(QStringLiteral("listen")));
    bool onlyNone = true;
    for (const XmlElement *listen : graphics.childrenNamed(QStringLiteral("listen"))) {
        const QString listenType = listen->attribute(QStringLiteral("type"));
        onlyNone = onlyNone && listenType == QLatin1String("none");
        if (listenType == QLatin1String("address") && !attributeOf(listen, "address").isEmpty())
            addresses.append(attributeOf(listen, "address"));
        else if (listenType == QLatin1String("network"))
            addresses.append(attributeOf(listen, "address").isEmpty()
                                     ? attributeOf(listen, "network")
                                     : attributeOf(listen, "address"));
        else if (listenType == QLatin1String("socket"))
            socket = attributeOf(listen, "socket");
    }
    addresses.removeDuplicates();
    const int port = std::max(graphics.attribute(QStringLiteral("port")).toInt(),
                              graphics.attribute(QStringLiteral("tlsPort")).toInt());
    const bool autoport = isYes(&graphics, "autoport");
    if (type == QLatin1String("spice") && onlyNone && addresses.isEmpty() && port <= 0 && !autoport
        && inventory.claim("graphics"))
        return chosen();
    if (!addresses.isEmpty())
        //: Found in the running VM: a display reachable over the network. %1 protocol (spice, vnc), %2 addresses
        return extra(DomainAudit::tr("%1 graphics listening on %2")
                             .arg(type, addresses.join(QLatin1String(", "))));
    if (!socket.isEmpty())
        //: Found in the running VM: a display on a Unix socket; %1 protocol, %2 path
        return extra(DomainAudit::tr("%1 graphics on the host's socket %2").arg(type, socket));
    if (port > 0)
        //: Found in the running VM: a display on a TCP port; %1 protocol, %2 port number
        return extra(DomainAudit::tr("%1 graphics on port %2").arg(type).arg(port));
    if (autoport)
        //: Found in the running VM: a display on a TCP port libvirt picks; %1 protocol
        return extra(DomainAudit::tr("%1 graphics on an automatic port").arg(type));
    //: Found in the running VM: a display not chosen; %1 protocol (spice, vnc, sdl, …)
    return extra(DomainAudit::tr("%1 graphics that Airlock did not write").arg(type));
}

Verdict classifyAudio(Inventory &inventory, const XmlElement &audio)
{
    const QString type = audio.attribute(QStringLiteral("type"));
    const bool quiet = type == QLatin1String("none") || type == QLatin1String("spice");
    if (quiet && inventory.claim("audio")) {
        if (type == QLatin1String("spice") && !inventory.spec.exposure.audio)
            return implicit("spice-audio");
        return chosen();
    }
    //: %1 is libvirt's audio backend (pulseaudio, pipewire, alsa, file, …)
    return extra(DomainAudit::tr("a sound backend (%1)").arg(type));
}

Verdict classifySound(Inventory &inventory, const XmlElement &sound)
{
    const QString model = sound.attribute(QStringLiteral("model"));
    if (inventory.spec.exposure.audio && model == QLatin1String("ich9") && inventory.claim("sound"))
        return chosen();
    //: Found in the running VM and not chosen; %1 is the sound card model
    return extra(DomainAudit::tr("a sound card (%1)").arg(model));
}

Verdict classifyVideo(Inventory &inventory, const XmlElement &video)
{
    const QString model = attributeOf(video.child(QStringLiteral("model")), "type");
    if (model == QLatin1String("virtio") && inventory.claim("video"))
        return chosen();
    //: Found in the running VM and not chosen; %1 is the video model
    return extra(DomainAudit::tr("a video card (%1)").arg(model));
}

Verdict classifyChannel(Inventory &inventory, const XmlElement &channel)
{
    const ExposureChoice &exposure = inventory.spec.exposure;
    const QString type = channel.attribute(QStringLiteral("type"));
    const XmlElement *target = channel.child(QStringLiteral("target"));
    const QString name = attributeOf(target, "name");
    if (exposure.clipboard && type == QLatin1String("spicevmc")
        && name == QLatin1String("com.redhat.spice.0") && inventory.claim("spice-agent"))
        return chosen();
    if (exposure.guestAgent && type == QLatin1String("unix")
        && name == QLatin1String("org.qemu.guest_agent.0") && inventory.claim("guest-agent"))
        return chosen();
    //: %1 is the channel's name, such as org.qemu.guest_agent.0; %2 where it ends on the host
    return extra(DomainAudit::tr("a channel “%1” %2")
                         .arg(name.isEmpty() ? attributeOf(target, "type") : name,
                              charSourceWords(channel)));
}

Verdict classifyFilesystem(Inventory &inventory, const XmlElement &filesystem)
{
    const XmlElement *source = filesystem.child(QStringLiteral("source"));
    const bool readOnly = filesystem.child(QStringLiteral("readonly")) != nullptr;
    const auto &folder = inventory.spec.exposure.sharedFolder;
    if (folder && attributeOf(source, "dir") == folder->path && readOnly == folder->readOnly
        && attributeOf(filesystem.child(QStringLiteral("driver")), "type")
                   == QLatin1String("virtiofs")
        && inventory.claim("filesystem"))
        return chosen();
    QString path;
    for (const char *name : {"dir", "file", "dev", "name", "socket"}) {
        if (path.isEmpty())
            path = attributeOf(source, name);
    }
    //: Found in the running VM and not chosen; %1 is a folder of this computer
    return extra(readOnly
                         ? DomainAudit::tr("a shared folder “%1”, read-only").arg(path)
                         //: Found in the running VM and not chosen; %1 is a folder of this computer
                         : DomainAudit::tr("a shared folder “%1”, writable").arg(path));
}

Verdict classifyTpm(Inventory &inventory, const XmlElement &tpm)
{
    const XmlElement *backend = tpm.child(QStringLiteral("backend"));
    const QString backendType = attributeOf(backend, "type");
    if (inventory.spec.exposure.tpm && backendType == QLatin1String("emulator")
        && inventory.claim("tpm"))
        return chosen();
    if (backendType == QLatin1String("passthrough"))
        //: Found in the running VM: this computer's own TPM; %1 its device path
        return extra(DomainAudit::tr("the host's TPM %1 passed through")
                             .arg(attributeOf(backend ? backend->child(QStringLiteral("device"))
                                                      : nullptr,
                                              "path")));
    //: %1 is the TPM's model, %2 its backend (emulator, external, …)
    return extra(DomainAudit::tr("a TPM (%1, %2)")
                         .arg(tpm.attribute(QStringLiteral("model")), backendType));
}

Verdict classifyRedirdev(Inventory &inventory, const XmlElement &redirdev)
{
    const QString type = redirdev.attribute(QStringLiteral("type"));
    // Airlock writes two: one USB device each, from the SPICE client.
    if (inventory.spec.exposure.usbRedirection && type == QLatin1String("spicevmc")
        && redirdev.attribute(QStringLiteral("bus")) == QLatin1String("usb")
        && inventory.claim("redirdev", 2))
        return chosen();
    //: Found in the running VM and not chosen; %1 says where it ends, e.g. "listening on TCP …"
    return extra(DomainAudit::tr("USB redirection %1").arg(charSourceWords(redirdev)));
}

Verdict classifyHostdev(Inventory &inventory, const XmlElement &hostdev)
{
    const int assigned = inventory.hostdevAssignment.value(inventory.hostdevIndex++, -1);
    if (assigned >= 0)
        return chosen();
    const QString type = hostdev.attribute(QStringLiteral("type"));
    const XmlElement *source = hostdev.child(QStringLiteral("source"));
    if (hostdev.attribute(QStringLiteral("mode")) == QLatin1String("capabilities")) {
        QString what;
        for (const char *name : {"block", "char", "interface"}) {
            const XmlElement *element = source ? source->child(QLatin1String(name)) : nullptr;
            if (what.isEmpty() && element)
                what = element->text;
        }
        //: %1 is the kind (storage, misc, net), %2 the host's device such as /dev/sda
        return extra(DomainAudit::tr("the host's %1 device %2 passed through").arg(type, what));
    }
    if (type == QLatin1String("usb"))
        //: Found in the running VM: a USB device of this computer; %1 vendor:product id
        return extra(DomainAudit::tr("a USB device %1 that you did not choose")
                             .arg(HostDeviceIdentity::text(hostdev)));
    if (type == QLatin1String("pci"))
        //: Found in the running VM: a PCI device of this computer; %1 its address, e.g. 0000:00:1f.3
        return extra(DomainAudit::tr("a host device %1 that you did not choose")
                             .arg(HostDeviceIdentity::text(hostdev)));
    //: %1 is the kind of host device (scsi, scsi_host, mdev)
    return extra(DomainAudit::tr("a %1 device of the host that you did not choose").arg(type));
}

Verdict classifyRng(Inventory &inventory, const XmlElement &rng)
{
    const XmlElement *backend = rng.child(QStringLiteral("backend"));
    const QString model = attributeOf(backend, "model");
    const QString file = backend ? backend->text : QString();
    const bool random
            = model == QLatin1String("random")
              && (file == QLatin1String("/dev/urandom") || file == QLatin1String("/dev/random"));
    if (rng.attribute(QStringLiteral("model")) == QLatin1String("virtio") && random
        && inventory.claim("rng"))
        return chosen();
    if (model == QLatin1String("egd") && backend)
        //: Found in the running VM; %1 says where it ends, e.g. "connected to TCP …"
        return extra(DomainAudit::tr("a random-number source %1").arg(charSourceWords(*backend)));
    //: %1 is the backend (random, builtin), %2 the host's file it reads
    return extra(DomainAudit::tr("a random-number source (%1 %2)").arg(model, file));
}

Verdict classifyMemballoon(Inventory &inventory, const XmlElement &balloon)
{
    const QString model = balloon.attribute(QStringLiteral("model"));
    if (model == QLatin1String("none") && inventory.claim("memballoon"))
        return chosen();
    //: %1 is the balloon's model, such as virtio
    return extra(DomainAudit::tr("a memory balloon (%1)").arg(model));
}

Verdict classifyEmulator(Inventory &inventory, const XmlElement &emulator)
{
    // Distributions and NixOS install QEMU under different directories; the
    // program's own name is what they share.
    static const QRegularExpression qemu(QStringLiteral("^qemu-(system-[a-z0-9_]+|kvm)$"));
    const QFileInfo program(emulator.text);
    if (program.isAbsolute() && qemu.match(program.fileName()).hasMatch()
        && inventory.claim("emulator"))
        return implicit("emulator");
    //: Found in the running VM: a program other than QEMU runs it; %1 its path
    return extra(DomainAudit::tr("the emulator %1, not one QEMU program").arg(emulator.text));
}

Verdict classifyWatchdog(Inventory &inventory, const XmlElement &watchdog)
{
    const QString model = watchdog.attribute(QStringLiteral("model"));
    const QString action = watchdog.attribute(QStringLiteral("action"));
    // "dump" would write the VM's memory to a file of the host.
    if (inventory.q35 && model == QLatin1String("itco") && action != QLatin1String("dump")
        && inventory.claim("itco"))
        return implicit("itco");
    //: %1 is the watchdog's model, %2 what it does when it fires (reset, dump, …)
    return extra(DomainAudit::tr("a watchdog (%1, %2)").arg(model, action));
}

Verdict classifyCharDevice(Inventory &, const XmlElement &device)
{
    const QString where = charSourceWords(device);
    if (device.name == QLatin1String("serial"))
        //: %1 says where it ends on the host, e.g. "listening on TCP 0.0.0.0:4555"
        return extra(DomainAudit::tr("a serial port %1").arg(where));
    if (device.name == QLatin1String("parallel"))
        //: Found in the running VM; %1 says where it ends on the host
        return extra(DomainAudit::tr("a parallel port %1").arg(where));
    //: Found in the running VM; %1 says where it ends on the host
    return extra(DomainAudit::tr("a console %1").arg(where));
}

// Devices the spec never explains: each is named by what it opens.
Verdict classifyNeverChosen(Inventory &, const XmlElement &device)
{
    const QString &name = device.name;
    const QString model = device.attribute(QStringLiteral("model"));
    if (name == QLatin1String("shmem"))
        //: ivshmem: memory the VM shares with programs on the host or other VMs
        return extra(DomainAudit::tr("an ivshmem shared-memory region “%1”")
                             .arg(device.attribute(QStringLiteral("name"))));
    if (name == QLatin1String("vsock"))
        //: Found in the running VM and not chosen (virtio vsock)
        return extra(DomainAudit::tr("a vsock: a socket between the VM and programs on the host"));
    if (name == QLatin1String("memory")) {
        const XmlElement *path = device.at(QStringLiteral("source/path"));
        return extra(
                //: Found in the running VM; %1 model (dimm, nvdimm), %2 a file of the host
                path ? DomainAudit::tr("a memory device (%1) backed by %2").arg(model, path->text)
                     //: Found in the running VM; %1 model (dimm, nvdimm, virtio-mem)
                     : DomainAudit::tr("a memory device (%1)").arg(model));
    }
    if (name == QLatin1String("smartcard"))
        return extra(
                device.attribute(QStringLiteral("mode")) == QLatin1String("host")
                        //: Found in the running VM: this computer's smartcard reader passed through
                        ? DomainAudit::tr("the host's smartcard reader")
                        //: Found in the running VM; %1 is libvirt's smartcard mode
                        : DomainAudit::tr("a smartcard (%1)")
                                  .arg(device.attribute(QStringLiteral("mode"))));
    if (name == QLatin1String("hub"))
        //: Found in the running VM and not chosen
        return extra(DomainAudit::tr("a USB hub"));
    if (name == QLatin1String("redirfilter"))
        //: Found in the running VM and not chosen
        return extra(DomainAudit::tr("a filter for USB redirection"));
    if (name == QLatin1String("lease"))
        //: Found in the running VM and not chosen (libvirt <lease>)
        return extra(DomainAudit::tr("a lock lease"));
    if (name == QLatin1String("panic"))
        //: Found in the running VM and not chosen; %1 its model
        return extra(DomainAudit::tr("a panic notifier (%1)").arg(model));
    if (name == QLatin1String("iommu"))
        //: Found in the running VM and not chosen; %1 its model
        return extra(DomainAudit::tr("an IOMMU (%1)").arg(model));
    if (name == QLatin1String("nvram"))
        //: Found in the running VM and not chosen
        return extra(DomainAudit::tr("an NVRAM device"));
    if (name == QLatin1String("crypto"))
        //: Found in the running VM and not chosen; %1 its model
        return extra(DomainAudit::tr("a crypto device (%1)").arg(model));
    if (name == QLatin1String("pstore"))
        //: Found in the running VM and not chosen; %1 its backend
        return extra(DomainAudit::tr("a persistent store (%1)")
                             .arg(device.attribute(QStringLiteral("backend"))));
    //: Found in the running VM's XML; %1 is the element's name, keep it as it is
    return extra(DomainAudit::tr("an element <%1> that Airlock does not know").arg(name));
}

using Classifier = Verdict (*)(Inventory &, const XmlElement &);

struct DeviceKind
{
    const char *element;
    Classifier classify;
};

// Every device libvirt 9 knows, each with the rule that explains it.
const DeviceKind s_kinds[] = {
        {"disk", classifyDisk},
        {"controller", classifyController},
        {"interface", classifyInterface},
        {"input", classifyInput},
        {"graphics", classifyGraphics},
        {"audio", classifyAudio},
        {"sound", classifySound},
        {"video", classifyVideo},
        {"channel", classifyChannel},
        {"filesystem", classifyFilesystem},
        {"tpm", classifyTpm},
        {"redirdev", classifyRedirdev},
        {"hostdev", classifyHostdev},
        {"rng", classifyRng},
        {"memballoon", classifyMemballoon},
        {"emulator", classifyEmulator},
        {"watchdog", classifyWatchdog},
        {"serial", classifyCharDevice},
        {"parallel", classifyCharDevice},
        {"console", classifyCharDevice},
};

Verdict classify(Inventory &inventory, const XmlElement &device)
{
    if (!device.namespaceUri.isEmpty())
        //: Found in the running VM's XML; %1 element name, %2 its XML namespace URI
        return extra(DomainAudit::tr("an element <%1> of the namespace %2")
                             .arg(device.name, device.namespaceUri));
    for (const DeviceKind &kind : s_kinds) {
        if (device.name == QLatin1String(kind.element))
            return kind.classify(inventory, device);
    }
    return classifyNeverChosen(inventory, device);
}

// The passing check for one kind of libvirt's implicit devices: how many, and why.
AuditCheck implicitCheck(const QString &kind, int count)
{
    QString title;
    QString element;
    if (kind == QLatin1String("emulator")) {
        //: Expected, added by libvirt: title of a passing check with a count
        title = DomainAudit::tr("%n × QEMU program: the emulator libvirt runs for the VM", nullptr,
                                count);
        element = QStringLiteral("emulator");
    } else if (kind == QLatin1String("pcie-root")) {
        //: Expected, added by libvirt: title of a passing check with a count; q35 is the machine type
        title = DomainAudit::tr("%n × PCI Express root: the q35 machine's own bus", nullptr, count);
        element = QStringLiteral("controller type='pci' model='pcie-root'");
    } else if (kind == QLatin1String("pcie-root-port")) {
        //: Expected, added by libvirt: title of a passing check with a count
        title = DomainAudit::tr(
                "%n × PCIe root port: libvirt adds them on q35 so devices can be plugged in",
                nullptr, count);
        element = QStringLiteral("controller type='pci' model='pcie-root-port'");
    } else if (kind == QLatin1String("sata")) {
        //: Expected, added by libvirt: title of a passing check with a count
        title = DomainAudit::tr("%n × SATA controller: part of the q35 chipset; it carries the "
                                "installer's drive",
                                nullptr, count);
        element = QStringLiteral("controller type='sata'");
    } else if (kind == QLatin1String("ps2-mouse")) {
        //: Expected, added by libvirt: title of a passing check with a count
        title = DomainAudit::tr("%n × PS/2 mouse: libvirt adds it because the q35 chipset has a "
                                "PS/2 port; it reaches nothing on the host",
                                nullptr, count);
        element = QStringLiteral("input type='mouse' bus='ps2'");
    } else if (kind == QLatin1String("ps2-keyboard")) {
        //: Expected, added by libvirt: title of a passing check with a count
        title = DomainAudit::tr("%n × PS/2 keyboard: libvirt adds it because the q35 chipset has a "
                                "PS/2 port; it reaches nothing on the host",
                                nullptr, count);
        element = QStringLiteral("input type='keyboard' bus='ps2'");
    } else if (kind == QLatin1String("virtio-serial")) {
        //: Expected, added by libvirt: title of a passing check with a count
        title = DomainAudit::tr(
                "%n × virtio-serial controller: libvirt adds it to carry the VM's channels",
                nullptr, count);
        element = QStringLiteral("controller type='virtio-serial'");
    } else if (kind == QLatin1String("spice-audio")) {
        //: Expected, added by libvirt: title of a passing check with a count
        title = DomainAudit::tr("%n × SPICE sound backend: libvirt pairs it with the SPICE "
                                "display; without a sound card nothing plays through it",
                                nullptr, count);
        element = QStringLiteral("audio type='spice'");
    } else {
        //: Expected, part of the chipset: title of a passing check with a count
        title = DomainAudit::tr("%n × iTCO watchdog: part of the q35 chipset; it can only reset "
                                "the VM",
                                nullptr, count);
        element = QStringLiteral("watchdog model='itco'");
    }
    return {QStringLiteral("implicit:") + kind, title, true,
            //: What the live XML holds: %1 a count, %2 an XML element as libvirt writes it (keep it)
            DomainAudit::tr("%1 × <%2>").arg(count).arg(element)};
}

} // namespace

bool DeviceInventory::holdsInstaller(const VmSpec &spec, const XmlElement &disk)
{
    if (!isCdrom(disk))
        return false;
    const XmlElement *source = disk.child(QStringLiteral("source"));
    const QString type = disk.attribute(QStringLiteral("type"));
    if (spec.iso.isVolume())
        return type == QLatin1String("volume") && attributeOf(source, "pool") == spec.iso.pool
               && attributeOf(source, "volume") == spec.iso.volume;
    return !spec.iso.path.isEmpty() && type == QLatin1String("file")
           && attributeOf(source, "file") == spec.iso.path;
}

std::optional<AuditCheck> DeviceInventory::installerCheck(const VmSpec &spec,
                                                          const XmlElement &devices)
{
    const XmlElement *attached = nullptr;
    for (const XmlElement *disk : devices.childrenNamed(QStringLiteral("disk"))) {
        if (!isCdrom(*disk) || diskSourceText(*disk).isEmpty())
            continue;
        if (!holdsInstaller(spec, *disk))
            return std::nullopt;
        attached = disk;
    }
    if (!attached) {
        //: Title of a passing check: the NixOS installer ISO is out of the VM's CD drive
        return AuditCheck {QStringLiteral("installer"), DomainAudit::tr("Installer removed"), true,
                           //: What the live XML holds: the CD drive holds no disc
                           DomainAudit::tr("the CD drive is empty")};
    }
    const bool readOnly = attached->child(QStringLiteral("readonly")) != nullptr;
    //: Title of a check: the NixOS installer ISO is in the VM's CD drive, which the VM cannot write
    return AuditCheck {QStringLiteral("installer"),
                       DomainAudit::tr("Installer attached (read-only)"), readOnly,
                       //: What the live XML holds; %1 is the ISO file or pool/volume
                       readOnly
                               ? DomainAudit::tr("the CD drive holds %1, read-only")
                                         .arg(diskSourceText(*attached))
                               //: What the live XML holds; %1 is the ISO file or pool/volume
                               : DomainAudit::tr("the CD drive holds %1 and the VM may write to it")
                                         .arg(diskSourceText(*attached))};
}

QString DeviceInventory::uniqueId(const QString &base, const QList<AuditCheck> &checks)
{
    const auto taken = [&checks](const QString &id) {
        return std::any_of(checks.cbegin(), checks.cend(),
                           [&id](const AuditCheck &check) { return check.id == id; });
    };
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

void DeviceInventory::audit(const VmSpec &spec, const XmlElement &domain,
                            const QList<HostDevice> &hostDevices, QList<AuditCheck> &checks)
{
    // Every <devices> element's: a second one (which libvirt never writes,
    // and which fails at the top level) must not hide what it holds.
    XmlElement devices;
    for (const XmlElement *each : domain.childrenNamed(QStringLiteral("devices")))
        devices.children += each->children;

    Inventory inventory {spec, {}, {}, {}, {}, {}, {}, {}, {}};
    const XmlElement *type = domain.at(QStringLiteral("os/type"));
    inventory.q35 = attributeOf(type, "machine").contains(QLatin1String("q35"));
    QList<HostDevice> resolved;
    for (const QString &name : spec.exposure.hostDevices) {
        if (const auto device = HostDeviceIdentity::resolve(name, hostDevices))
            resolved.append(*device);
    }
    inventory.usbWanted
            = spec.exposure.usbRedirection
              || std::any_of(resolved.cbegin(), resolved.cend(), [](const HostDevice &device) {
                     return device.bus == HostDevice::Bus::Usb;
                 });
    inventory.hostdevAssignment = HostDeviceIdentity::assign(
            resolved, devices.childrenNamed(QStringLiteral("hostdev")));
    for (const XmlElement *disk : devices.childrenNamed(QStringLiteral("disk")))
        inventory.ownDiskPresent = inventory.ownDiskPresent || isOwnDisk(spec, *disk);
    for (const XmlElement *target : devices.allAt(QStringLiteral("channel/target"))
                                            + devices.allAt(QStringLiteral("console/target"))) {
        inventory.virtioChannels
                = inventory.virtioChannels
                  || target->attribute(QStringLiteral("type")) == QLatin1String("virtio");
    }
    for (const XmlElement *interface : devices.childrenNamed(QStringLiteral("interface")))
        inventory.ownInterfacePresent
                = inventory.ownInterfacePresent || isOwnInterface(spec, *interface);

    QList<std::pair<QString, int>> implicitKinds; // in the order met
    QList<AuditCheck> extras;
    for (const XmlElement &device : devices.children) {
        const Verdict verdict = classify(inventory, device);
        if (verdict.role == Verdict::Role::Implicit) {
            auto found = std::find_if(
                    implicitKinds.begin(), implicitKinds.end(),
                    [&verdict](const auto &kind) { return kind.first == verdict.detail; });
            if (found == implicitKinds.end())
                implicitKinds.append({verdict.detail, 1});
            else
                ++found->second;
        } else if (verdict.role == Verdict::Role::Extra) {
            extras.append({QStringLiteral("extra:") + device.name,
                           //: Title of a failed check; the details name the device found
                           DomainAudit::tr("Nothing attached that you did not choose"), false,
                           verdict.detail});
        }
    }
    for (const auto &[kind, count] : std::as_const(implicitKinds))
        checks.append(implicitCheck(kind, count));
    for (AuditCheck &check : extras) {
        check.id = uniqueId(check.id, checks);
        checks.append(check);
    }
}

} // namespace Airlock
