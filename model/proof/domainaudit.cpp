// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainaudit.h"

#include "domainxml/domainxml.h"
#include "hypervisor/xmlelement.h"

namespace Airlock {

namespace {

QString yesNo(bool value)
{
    return value ? DomainAudit::tr("yes") : DomainAudit::tr("no");
}

QString countText(qsizetype count, const QString &element)
{
    if (count == 0)
        return DomainAudit::tr("no <%1>").arg(element);
    return DomainAudit::tr("%1 × <%2>").arg(count).arg(element);
}

QStringList soundCodecs(const QList<const XmlElement *> &sounds)
{
    QStringList codecs;
    for (const XmlElement *sound : sounds) {
        const auto elements = sound->childrenNamed(QStringLiteral("codec"));
        // An Intel HDA card without a codec gets libvirt's default: duplex,
        // which has a line-in, so it counts as one with an input.
        if (elements.isEmpty())
            codecs.append(QStringLiteral("duplex"));
        for (const XmlElement *codec : elements)
            codecs.append(codec->attribute(QStringLiteral("type")));
    }
    return codecs;
}

bool channelPresent(const XmlElement &devices, const QString &targetName)
{
    const auto channels = devices.childrenNamed(QStringLiteral("channel"));
    return std::any_of(channels.cbegin(), channels.cend(),
                       [&targetName](const XmlElement *channel) {
                           const XmlElement *target = channel->child(QStringLiteral("target"));
                           return target && target->attribute(QStringLiteral("name")) == targetName;
                       });
}

// A graphics device that any network peer could connect to.
QStringList networkListeners(const XmlElement &devices)
{
    QStringList listeners;
    for (const XmlElement *graphics : devices.childrenNamed(QStringLiteral("graphics"))) {
        const QString type = graphics->attribute(QStringLiteral("type"));
        for (const QString &portAttribute : {QStringLiteral("port"), QStringLiteral("tlsPort")}) {
            const int port = graphics->attribute(portAttribute).toInt();
            if (port > 0)
                listeners.append(DomainAudit::tr("%1 on port %2").arg(type).arg(port));
        }
        if (graphics->attribute(QStringLiteral("autoport")) == QLatin1String("yes"))
            listeners.append(DomainAudit::tr("%1 on an automatic port").arg(type));
        for (const XmlElement *listen : graphics->childrenNamed(QStringLiteral("listen"))) {
            const QString listenType = listen->attribute(QStringLiteral("type"));
            if (listenType == QLatin1String("address") || listenType == QLatin1String("network")) {
                listeners.append(DomainAudit::tr("%1 listening on %2")
                                         .arg(type, listen->attribute(QStringLiteral("address"))));
            }
        }
        if (!graphics->attribute(QStringLiteral("listen")).isEmpty())
            listeners.append(DomainAudit::tr("%1 listening on %2")
                                     .arg(type, graphics->attribute(QStringLiteral("listen"))));
    }
    listeners.removeDuplicates();
    return listeners;
}

} // namespace

bool DomainAudit::allPassed(const QList<AuditCheck> &checks)
{
    return !checks.isEmpty()
           && std::all_of(checks.cbegin(), checks.cend(),
                          [](const AuditCheck &c) { return c.passed; });
}

QList<AuditCheck> DomainAudit::run(const VmSpec &spec, const QString &liveDomainXml,
                                   const QString &liveNetworkXml)
{
    QList<AuditCheck> checks;
    QString parseError;
    const auto domain = XmlElement::parse(liveDomainXml, &parseError);
    if (!domain || domain->name != QLatin1String("domain")) {
        checks.append({QStringLiteral("readable"),
                       tr("The running VM's configuration was read back"), false,
                       tr("libvirt's live XML could not be read: %1")
                               .arg(parseError.isEmpty() ? tr("not a domain") : parseError)});
        return checks;
    }
    static const XmlElement noDevices;
    const XmlElement &devices = domain->child(QStringLiteral("devices"))
                                        ? *domain->child(QStringLiteral("devices"))
                                        : noDevices;
    const ExposureChoice &chosen = spec.exposure;

    // Sound and microphone.
    const auto sounds = devices.childrenNamed(QStringLiteral("sound"));
    checks.append({QStringLiteral("audio"),
                   chosen.audio ? tr("A sound card for the speakers") : tr("No sound card"),
                   chosen.audio ? !sounds.isEmpty() : sounds.isEmpty(),
                   countText(sounds.size(), QStringLiteral("sound"))});
    const QStringList codecs = soundCodecs(sounds);
    const bool hasInput
            = codecs.contains(QLatin1String("micro")) || codecs.contains(QLatin1String("duplex"));
    checks.append({QStringLiteral("microphone"),
                   chosen.microphone ? tr("A microphone input") : tr("No microphone input"),
                   chosen.microphone ? hasInput : !hasInput,
                   codecs.isEmpty() ? tr("no sound card")
                                    : tr("codecs: %1").arg(codecs.join(QLatin1String(", ")))});

    // USB.
    const auto redirdevs = devices.childrenNamed(QStringLiteral("redirdev"));
    checks.append(
            {QStringLiteral("usbRedirection"),
             chosen.usbRedirection ? tr("USB redirection channels") : tr("No USB redirection"),
             chosen.usbRedirection ? !redirdevs.isEmpty() : redirdevs.isEmpty(),
             countText(redirdevs.size(), QStringLiteral("redirdev"))});

    const auto hostdevs = devices.childrenNamed(QStringLiteral("hostdev"));
    QStringList hostdevText;
    for (const XmlElement *hostdev : hostdevs) {
        const XmlElement *source = hostdev->child(QStringLiteral("source"));
        const XmlElement *vendor = source ? source->child(QStringLiteral("vendor")) : nullptr;
        const XmlElement *product = source ? source->child(QStringLiteral("product")) : nullptr;
        const XmlElement *address = source ? source->child(QStringLiteral("address")) : nullptr;
        if (vendor && product)
            hostdevText.append(vendor->attribute(QStringLiteral("id")) + QLatin1Char(':')
                               + product->attribute(QStringLiteral("id")));
        else if (address)
            hostdevText.append(QStringLiteral("%1:%2:%3.%4")
                                       .arg(address->attribute(QStringLiteral("domain")),
                                            address->attribute(QStringLiteral("bus")),
                                            address->attribute(QStringLiteral("slot")),
                                            address->attribute(QStringLiteral("function"))));
        else
            hostdevText.append(hostdev->attribute(QStringLiteral("type")));
    }
    checks.append(
            {QStringLiteral("hostDevices"),
             chosen.hostDevices.isEmpty() ? tr("No devices of this computer passed through")
                                          : tr("%n device(s) of this computer passed through",
                                               nullptr, chosen.hostDevices.size()),
             hostdevs.size() == chosen.hostDevices.size(),
             hostdevs.isEmpty() ? tr("no <hostdev>") : hostdevText.join(QLatin1String(", "))});

    const bool usbWanted
            = chosen.usbRedirection
              || std::any_of(hostdevs.cbegin(), hostdevs.cend(), [](const XmlElement *h) {
                     return h->attribute(QStringLiteral("type")) == QLatin1String("usb");
                 });
    QStringList usbModels;
    for (const XmlElement *controller : devices.childrenNamed(QStringLiteral("controller"))) {
        if (controller->attribute(QStringLiteral("type")) == QLatin1String("usb"))
            usbModels.append(controller->attribute(QStringLiteral("model")));
    }
    const bool noUsb = !usbModels.isEmpty()
                       && std::all_of(usbModels.cbegin(), usbModels.cend(),
                                      [](const QString &m) { return m == QLatin1String("none"); });
    checks.append(
            {QStringLiteral("usbController"),
             usbWanted ? tr("A USB controller (for the USB you chose)")
                       : tr("No USB controller at all"),
             usbWanted ? !noUsb : noUsb,
             usbModels.isEmpty()
                     ? tr("no USB controller element (libvirt would add one)")
                     : tr("USB controller model: %1").arg(usbModels.join(QLatin1String(", ")))});

    // Files.
    const auto filesystems = devices.childrenNamed(QStringLiteral("filesystem"));
    if (chosen.sharedFolder) {
        const XmlElement *fs = filesystems.isEmpty() ? nullptr : filesystems.constFirst();
        const XmlElement *source = fs ? fs->child(QStringLiteral("source")) : nullptr;
        const bool readOnly = fs && fs->child(QStringLiteral("readonly"));
        const bool matches
                = filesystems.size() == 1 && source
                  && source->attribute(QStringLiteral("dir")) == chosen.sharedFolder->path
                  && readOnly == chosen.sharedFolder->readOnly;
        checks.append(
                {QStringLiteral("sharedFolder"),
                 chosen.sharedFolder->readOnly
                         ? tr("Only “%1” shared, read-only").arg(chosen.sharedFolder->path)
                         : tr("Only “%1” shared, writable").arg(chosen.sharedFolder->path),
                 matches,
                 fs ? tr("%1, read-only: %2")
                                 .arg(source ? source->attribute(QStringLiteral("dir")) : QString(),
                                      yesNo(readOnly))
                    : tr("no <filesystem>")});
    } else {
        checks.append({QStringLiteral("sharedFolder"), tr("No shared folder"),
                       filesystems.isEmpty(),
                       countText(filesystems.size(), QStringLiteral("filesystem"))});
    }

    // Clipboard and agents.
    const bool spiceAgent = channelPresent(devices, QStringLiteral("com.redhat.spice.0"));
    bool copyPaste = false;
    for (const XmlElement *graphics : devices.childrenNamed(QStringLiteral("graphics"))) {
        if (const XmlElement *clipboard = graphics->child(QStringLiteral("clipboard")))
            copyPaste
                    = copyPaste
                      || clipboard->attribute(QStringLiteral("copypaste")) == QLatin1String("yes");
        else if (graphics->attribute(QStringLiteral("type")) == QLatin1String("spice"))
            copyPaste = copyPaste || spiceAgent; // SPICE's default allows copy and paste
    }
    checks.append({QStringLiteral("clipboard"),
                   chosen.clipboard ? tr("Clipboard shared with the desktop")
                                    : tr("No clipboard sharing"),
                   chosen.clipboard ? (spiceAgent && copyPaste) : (!spiceAgent && !copyPaste),
                   tr("SPICE agent channel: %1; copy and paste: %2")
                           .arg(yesNo(spiceAgent), yesNo(copyPaste))});
    const bool guestAgent = channelPresent(devices, QStringLiteral("org.qemu.guest_agent.0"));
    checks.append({QStringLiteral("guestAgent"),
                   chosen.guestAgent ? tr("A guest agent channel") : tr("No guest agent channel"),
                   guestAgent == chosen.guestAgent,
                   tr("guest agent channel: %1").arg(yesNo(guestAgent))});

    const auto tpms = devices.childrenNamed(QStringLiteral("tpm"));
    checks.append({QStringLiteral("tpm"), chosen.tpm ? tr("An emulated TPM") : tr("No TPM"),
                   chosen.tpm ? !tpms.isEmpty() : tpms.isEmpty(),
                   countText(tpms.size(), QStringLiteral("tpm"))});

    // Graphics.
    bool accelerated = false;
    for (const XmlElement *acceleration : devices.allAt(QStringLiteral("video/model/acceleration")))
        accelerated = accelerated
                      || acceleration->attribute(QStringLiteral("accel3d")) == QLatin1String("yes");
    for (const XmlElement *gl : devices.allAt(QStringLiteral("graphics/gl")))
        accelerated
                = accelerated || gl->attribute(QStringLiteral("enable")) == QLatin1String("yes");
    checks.append({QStringLiteral("gpuAcceleration"),
                   chosen.gpuAcceleration ? tr("3D acceleration through the host's GPU")
                                          : tr("No 3D acceleration"),
                   accelerated == chosen.gpuAcceleration, tr("3D: %1").arg(yesNo(accelerated))});
    const QStringList listeners = networkListeners(devices);
    const bool hasGraphics = !devices.childrenNamed(QStringLiteral("graphics")).isEmpty();
    checks.append({QStringLiteral("graphics"), tr("The display is not reachable over the network"),
                   hasGraphics && listeners.isEmpty(),
                   !hasGraphics          ? tr("no <graphics>")
                   : listeners.isEmpty() ? tr("no listening socket; reachable only through libvirt")
                                         : listeners.join(QLatin1String(", "))});

    // Network.
    const auto interfaces = devices.childrenNamed(QStringLiteral("interface"));
    QStringList interfaceText;
    for (const XmlElement *interface : interfaces) {
        const XmlElement *source = interface->child(QStringLiteral("source"));
        // A running network interface names its bridge too; the network is what was chosen.
        const QString type = interface->attribute(QStringLiteral("type"));
        const QString where = source ? source->attribute(type == QLatin1String("network")
                                                                 ? QStringLiteral("network")
                                                                 : QStringLiteral("bridge"))
                                     : QString();
        interfaceText.append(
                QStringLiteral("%1 “%2”").arg(interface->attribute(QStringLiteral("type")), where));
    }
    const NetworkChoice &network = spec.network;
    if (network.mode == NetworkMode::None) {
        checks.append({QStringLiteral("network"), tr("No network card"), interfaces.isEmpty(),
                       countText(interfaces.size(), QStringLiteral("interface"))});
    } else {
        const QString wantedType = network.mode == NetworkMode::Bridge ? QStringLiteral("bridge")
                                                                       : QStringLiteral("network");
        const QString wantedSource = network.mode == NetworkMode::Bridge
                                             ? network.bridge
                                             : DomainXml::networkName(network);
        const bool matches
                = interfaces.size() == 1
                  && interfaces.constFirst()->attribute(QStringLiteral("type")) == wantedType
                  && interfaces.constFirst()->child(QStringLiteral("source"))
                  && interfaces.constFirst()->child(QStringLiteral("source"))->attribute(wantedType)
                             == wantedSource;
        checks.append({QStringLiteral("network"),
                       network.mode == NetworkMode::Bridge
                               ? tr("One network card on the bridge “%1”").arg(wantedSource)
                               : tr("One network card on Airlock's network “%1”").arg(wantedSource),
                       matches,
                       interfaces.isEmpty() ? tr("no <interface>")
                                            : interfaceText.join(QLatin1String(", "))});

        const QString wantedFilter = DomainXml::filterName(network);
        QStringList filters;
        for (const XmlElement *interface : interfaces) {
            const XmlElement *filterref = interface->child(QStringLiteral("filterref"));
            filters.append(filterref ? filterref->attribute(QStringLiteral("filter")) : tr("none"));
        }
        checks.append({QStringLiteral("filter"),
                       tr("Traffic filter “%1” on the network card").arg(wantedFilter),
                       !filters.isEmpty()
                               && std::all_of(filters.cbegin(), filters.cend(),
                                              [&wantedFilter](const QString &f) {
                                                  return f == wantedFilter;
                                              }),
                       tr("filter: %1").arg(filters.join(QLatin1String(", ")))});

        if (network.mode != NetworkMode::Bridge) {
            const auto liveNetwork = XmlElement::parse(liveNetworkXml);
            if (!liveNetwork || liveNetwork->name != QLatin1String("network")) {
                checks.append({QStringLiteral("networkKind"),
                               network.mode == NetworkMode::Nat
                                       ? tr("The network forwards by NAT only")
                                       : tr("The network forwards nothing"),
                               false, tr("the network's live XML could not be read")});
            } else {
                const XmlElement *forward = liveNetwork->child(QStringLiteral("forward"));
                QString mode = forward ? forward->attribute(QStringLiteral("mode")) : QString();
                if (forward && mode.isEmpty())
                    mode = QStringLiteral("nat");
                const auto addresses = liveNetwork->childrenNamed(QStringLiteral("ip"));
                const bool ipv6 = std::any_of(
                        addresses.cbegin(), addresses.cend(), [](const XmlElement *ip) {
                            return ip->attribute(QStringLiteral("family")) == QLatin1String("ipv6");
                        });
                const QString wantedMode
                        = network.mode == NetworkMode::Nat ? QStringLiteral("nat") : QString();
                checks.append(
                        {QStringLiteral("networkKind"),
                         network.mode == NetworkMode::Nat ? tr("The network forwards by NAT only")
                                                          : tr("The network forwards nothing"),
                         mode == wantedMode,
                         mode.isEmpty() ? tr("no forwarding") : tr("forward mode: %1").arg(mode)});
                checks.append(
                        {QStringLiteral("ipv6"),
                         network.ipv6 ? tr("IPv6 on the network") : tr("No IPv6 on the network"),
                         ipv6 == network.ipv6, tr("IPv6: %1").arg(yesNo(ipv6))});
            }
        }
    }

    // Firmware.
    const XmlElement *os = domain->child(QStringLiteral("os"));
    const XmlElement *loader = os ? os->child(QStringLiteral("loader")) : nullptr;
    const bool uefi
            = os
              && (os->attribute(QStringLiteral("firmware")) == QLatin1String("efi")
                  || (loader
                      && loader->attribute(QStringLiteral("type")) == QLatin1String("pflash")));
    bool secureBoot = loader && loader->attribute(QStringLiteral("secure")) == QLatin1String("yes");
    if (os) {
        for (const XmlElement *feature : os->allAt(QStringLiteral("firmware/feature"))) {
            if (feature->attribute(QStringLiteral("name")) == QLatin1String("secure-boot"))
                secureBoot = feature->attribute(QStringLiteral("enabled")) == QLatin1String("yes");
        }
    }
    if (spec.firmware == Firmware::Uefi) {
        checks.append({QStringLiteral("firmware"),
                       spec.secureBoot ? tr("UEFI with Secure Boot")
                                       : tr("UEFI, Secure Boot off (the NixOS ISO is not signed)"),
                       uefi && secureBoot == spec.secureBoot,
                       uefi ? tr("UEFI, Secure Boot: %1").arg(yesNo(secureBoot)) : tr("BIOS")});
    } else {
        checks.append(
                {QStringLiteral("firmware"), tr("BIOS"), !uefi, uefi ? tr("UEFI") : tr("BIOS")});
    }

    // Size.
    const XmlElement *memory = domain->child(QStringLiteral("memory"));
    qint64 memoryKiB = memory ? memory->text.toLongLong() : 0;
    const QString unit = memory ? memory->attribute(QStringLiteral("unit")) : QString();
    if (unit == QLatin1String("MiB"))
        memoryKiB *= 1024;
    else if (unit == QLatin1String("GiB"))
        memoryKiB *= 1024 * 1024;
    const XmlElement *vcpu = domain->child(QStringLiteral("vcpu"));
    const int vcpus = vcpu ? vcpu->text.toInt() : 0;
    checks.append(
            {QStringLiteral("size"),
             tr("%n virtual CPU(s) and %1 MiB of memory", nullptr, spec.vcpus).arg(spec.memoryMiB),
             vcpus == spec.vcpus && memoryKiB == spec.memoryMiB * 1024,
             tr("%n virtual CPU(s) and %1 MiB", nullptr, vcpus).arg(memoryKiB / 1024)});
    return checks;
}

} // namespace Airlock
