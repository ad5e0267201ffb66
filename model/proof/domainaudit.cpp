// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainaudit.h"

#include "domainxml/domainxml.h"
#include "domainxml/networkfilters.h"
#include "domainxml/networkshape.h"
#include "hypervisor/xmlelement.h"
#include "proof/deviceinventory.h"
#include "proof/domaininventory.h"
#include "proof/hostdeviceidentity.h"

#include <QHostAddress>

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
    //: What the live XML holds: %1 a count, %2 an XML element as libvirt writes it (keep it)
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

// What every section reads: the spec and the live documents.
struct AuditInput
{
    const VmSpec &spec;
    const XmlElement &domain;
    const XmlElement &devices; // empty when the domain has none
    const QString &liveNetworkXml;
    const FilterReadback &filters;
    const QList<HostDevice> &hostDevices; // the spec's, as libvirt describes them
};

void auditSound(const AuditInput &input, QList<AuditCheck> &checks)
{
    const ExposureChoice &chosen = input.spec.exposure;
    const auto sounds = input.devices.childrenNamed(QStringLiteral("sound"));
    checks.append({QStringLiteral("audio"),
                   chosen.audio ? DomainAudit::tr("A sound card for the speakers")
                                : DomainAudit::tr("No sound card"),
                   chosen.audio ? !sounds.isEmpty() : sounds.isEmpty(),
                   countText(sounds.size(), QStringLiteral("sound"))});
    const QStringList codecs = soundCodecs(sounds);
    const bool hasInput
            = codecs.contains(QLatin1String("micro")) || codecs.contains(QLatin1String("duplex"));
    checks.append({QStringLiteral("microphone"),
                   chosen.microphone ? DomainAudit::tr("A microphone input")
                                     : DomainAudit::tr("No microphone input"),
                   chosen.microphone ? hasInput : !hasInput,
                   codecs.isEmpty()
                           ? DomainAudit::tr("no sound card")
                           : DomainAudit::tr("codecs: %1").arg(codecs.join(QLatin1String(", ")))});
}

// Each chosen device is there, by what it is, and nothing else is.
AuditCheck hostDevicesCheck(const AuditInput &input, const QList<const XmlElement *> &hostdevs)
{
    const QStringList &chosen = input.spec.exposure.hostDevices;
    QList<HostDevice> devices;
    QStringList unknown;
    for (const QString &name : chosen) {
        if (const auto device = HostDeviceIdentity::resolve(name, input.hostDevices))
            devices.append(*device);
        else
            unknown.append(name);
    }
    const QList<int> assigned = HostDeviceIdentity::assign(devices, hostdevs);
    QStringList found;
    for (qsizetype i = 0; i < hostdevs.size(); ++i) {
        const QString text = HostDeviceIdentity::text(*hostdevs.at(i));
        found.append(
                assigned.at(i) >= 0
                        //: A passed-through host device: %1 its id or address, %2 libvirt's name for it
                        ? DomainAudit::tr("%1 (%2)").arg(text, devices.at(assigned.at(i)).name)
                        //: %1 is a USB id such as 046d:0825 or a PCI address
                        : DomainAudit::tr("%1, not chosen").arg(text));
    }
    QStringList missing;
    for (qsizetype i = 0; i < devices.size(); ++i) {
        if (!assigned.contains(int(i)))
            //: A chosen host device not in the running VM; %1 libvirt's name for it
            missing.append(DomainAudit::tr("%1 is missing").arg(devices.at(i).name));
    }
    for (const QString &name : std::as_const(unknown))
        //: A chosen host device libvirt cannot read; %1 its name
        missing.append(DomainAudit::tr("libvirt does not describe “%1”").arg(name));
    const bool holds = missing.isEmpty() && !assigned.contains(-1);
    found += missing;
    return {QStringLiteral("hostDevices"),
            chosen.isEmpty() ? DomainAudit::tr("No devices of this computer passed through")
                             : DomainAudit::tr("%n device(s) of this computer passed through",
                                               nullptr, int(chosen.size())),
            holds,
            found.isEmpty() ? DomainAudit::tr("no <hostdev>") : found.join(QLatin1String(", "))};
}

void auditUsb(const AuditInput &input, QList<AuditCheck> &checks)
{
    const ExposureChoice &chosen = input.spec.exposure;
    const XmlElement &devices = input.devices;
    const auto redirdevs = devices.childrenNamed(QStringLiteral("redirdev"));
    checks.append({QStringLiteral("usbRedirection"),
                   chosen.usbRedirection ? DomainAudit::tr("USB redirection channels")
                                         : DomainAudit::tr("No USB redirection"),
                   chosen.usbRedirection ? !redirdevs.isEmpty() : redirdevs.isEmpty(),
                   countText(redirdevs.size(), QStringLiteral("redirdev"))});

    const auto hostdevs = devices.childrenNamed(QStringLiteral("hostdev"));
    checks.append(hostDevicesCheck(input, hostdevs));

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
    checks.append({QStringLiteral("usbController"),
                   usbWanted ? DomainAudit::tr("A USB controller (for the USB you chose)")
                             : DomainAudit::tr("No USB controller at all"),
                   usbWanted ? !noUsb : noUsb,
                   usbModels.isEmpty()
                           ? DomainAudit::tr("no USB controller element (libvirt would add one)")
                           : DomainAudit::tr("USB controller model: %1")
                                     .arg(usbModels.join(QLatin1String(", ")))});
}

void auditFiles(const AuditInput &input, QList<AuditCheck> &checks)
{
    const auto &sharedFolder = input.spec.exposure.sharedFolder;
    const auto filesystems = input.devices.childrenNamed(QStringLiteral("filesystem"));
    if (!sharedFolder) {
        checks.append({QStringLiteral("sharedFolder"), DomainAudit::tr("No shared folder"),
                       filesystems.isEmpty(),
                       countText(filesystems.size(), QStringLiteral("filesystem"))});
        return;
    }
    const XmlElement *fs = filesystems.isEmpty() ? nullptr : filesystems.constFirst();
    const XmlElement *source = fs ? fs->child(QStringLiteral("source")) : nullptr;
    const bool readOnly = fs && fs->child(QStringLiteral("readonly"));
    const bool matches = filesystems.size() == 1 && source
                         && source->attribute(QStringLiteral("dir")) == sharedFolder->path
                         && readOnly == sharedFolder->readOnly;
    checks.append(
            {QStringLiteral("sharedFolder"),
             sharedFolder->readOnly
                     ? DomainAudit::tr("Only “%1” shared, read-only").arg(sharedFolder->path)
                     : DomainAudit::tr("Only “%1” shared, writable").arg(sharedFolder->path),
             matches,
             fs ? DomainAudit::tr("%1, read-only: %2")
                             .arg(source ? source->attribute(QStringLiteral("dir")) : QString(),
                                  yesNo(readOnly))
                : DomainAudit::tr("no <filesystem>")});
}

void auditChannels(const AuditInput &input, QList<AuditCheck> &checks)
{
    const ExposureChoice &chosen = input.spec.exposure;
    const XmlElement &devices = input.devices;
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
                   chosen.clipboard ? DomainAudit::tr("Clipboard shared with the desktop")
                                    : DomainAudit::tr("No clipboard sharing"),
                   chosen.clipboard ? (spiceAgent && copyPaste) : (!spiceAgent && !copyPaste),
                   DomainAudit::tr("SPICE agent channel: %1; copy and paste: %2")
                           .arg(yesNo(spiceAgent), yesNo(copyPaste))});
    const bool guestAgent = channelPresent(devices, QStringLiteral("org.qemu.guest_agent.0"));
    checks.append({QStringLiteral("guestAgent"),
                   chosen.guestAgent ? DomainAudit::tr("A guest agent channel")
                                     : DomainAudit::tr("No guest agent channel"),
                   guestAgent == chosen.guestAgent,
                   DomainAudit::tr("guest agent channel: %1").arg(yesNo(guestAgent))});

    const auto tpms = devices.childrenNamed(QStringLiteral("tpm"));
    checks.append({QStringLiteral("tpm"),
                   chosen.tpm ? DomainAudit::tr("An emulated TPM") : DomainAudit::tr("No TPM"),
                   chosen.tpm ? !tpms.isEmpty() : tpms.isEmpty(),
                   countText(tpms.size(), QStringLiteral("tpm"))});
}

void auditGraphics(const AuditInput &input, QList<AuditCheck> &checks)
{
    const ExposureChoice &chosen = input.spec.exposure;
    const XmlElement &devices = input.devices;
    bool accelerated = false;
    for (const XmlElement *acceleration : devices.allAt(QStringLiteral("video/model/acceleration")))
        accelerated = accelerated
                      || acceleration->attribute(QStringLiteral("accel3d")) == QLatin1String("yes");
    for (const XmlElement *gl : devices.allAt(QStringLiteral("graphics/gl")))
        accelerated
                = accelerated || gl->attribute(QStringLiteral("enable")) == QLatin1String("yes");
    checks.append({QStringLiteral("gpuAcceleration"),
                   chosen.gpuAcceleration
                           ? DomainAudit::tr("3D acceleration through the host's GPU")
                           : DomainAudit::tr("No 3D acceleration"),
                   accelerated == chosen.gpuAcceleration,
                   DomainAudit::tr("3D: %1").arg(yesNo(accelerated))});
    const QStringList listeners = networkListeners(devices);
    const bool hasGraphics = !devices.childrenNamed(QStringLiteral("graphics")).isEmpty();
    checks.append({QStringLiteral("graphics"),
                   DomainAudit::tr("The display is not reachable over the network"),
                   hasGraphics && listeners.isEmpty(),
                   !hasGraphics ? DomainAudit::tr("no <graphics>")
                   : listeners.isEmpty()
                           ? DomainAudit::tr("no listening socket; reachable only through libvirt")
                           : listeners.join(QLatin1String(", "))});
}

// Whether Airlock's own network is exactly what Airlock makes (NAT, ports
// isolated from each other, no spanning tree, IPv6 only when asked for):
// read from the network's live XML, not the domain's.
void auditNetworkKind(const NetworkChoice &network, const QString &liveNetworkXml,
                      QList<AuditCheck> &checks)
{
    const QString title = DomainAudit::tr("Airlock's network as Airlock makes it: NAT, VMs kept "
                                          "apart from each other");
    const auto liveNetwork = XmlElement::parse(liveNetworkXml);
    if (!liveNetwork || liveNetwork->name != QLatin1String("network")) {
        checks.append({QStringLiteral("networkKind"), title, false,
                       DomainAudit::tr("the network's live XML could not be read")});
        return;
    }
    const QStringList differences = NetworkShape::networkDifferences(liveNetworkXml, network);
    checks.append({QStringLiteral("networkKind"), title, differences.isEmpty(),
                   differences.isEmpty() ? DomainAudit::tr("NAT, isolated ports, no spanning tree")
                                         : differences.join(QLatin1String("; "))});
    const auto addresses = liveNetwork->childrenNamed(QStringLiteral("ip"));
    const bool ipv6 = std::any_of(addresses.cbegin(), addresses.cend(), [](const XmlElement *ip) {
        return ip->attribute(QStringLiteral("family")) == QLatin1String("ipv6");
    });
    checks.append({QStringLiteral("ipv6"),
                   network.ipv6 ? DomainAudit::tr("IPv6 on the network")
                                : DomainAudit::tr("No IPv6 on the network"),
                   ipv6 == network.ipv6, DomainAudit::tr("IPv6: %1").arg(yesNo(ipv6))});
}

QList<FilterParameter> parametersOf(const XmlElement *filterref)
{
    QList<FilterParameter> parameters;
    if (!filterref)
        return parameters;
    for (const XmlElement *parameter : filterref->childrenNamed(QStringLiteral("parameter"))) {
        parameters.append({parameter->attribute(QStringLiteral("name")),
                           parameter->attribute(QStringLiteral("value"))});
    }
    return parameters;
}

QString parameterValue(const QList<FilterParameter> &parameters, const QString &name)
{
    for (const FilterParameter &parameter : parameters) {
        if (parameter.name == name)
            return parameter.value;
    }
    return {};
}

// The filter's content: each of Airlock's filters it is built from, as
// libvirt holds it, says what Airlock's says; an emptied or edited filter of
// the same name fails. libvirt's own ones it is built on must exist.
void auditFilterContent(const AuditInput &input, QList<AuditCheck> &checks)
{
    const NetworkChoice &network = input.spec.network;
    const FilterReadback &filters = input.filters;
    QStringList problems;
    QStringList names;
    if (!filters.supported)
        problems.append(DomainAudit::tr("this libvirt has no traffic filters"));
    for (const FilterDocument &document : NetworkFilters::documents(network)) {
        names.append(document.name);
        if (!filters.supported)
            break;
        const auto held = filters.documents.constFind(document.name);
        if (held == filters.documents.cend())
            problems.append(DomainAudit::tr("“%1” is missing").arg(document.name));
        else if (!NetworkFilters::sameContent(*held, document.xml))
            problems.append(DomainAudit::tr("“%1” differs from Airlock's").arg(document.name));
    }
    for (const QString &stock : NetworkFilters::stockFilters()) {
        if (filters.supported && !filters.documents.contains(stock))
            problems.append(DomainAudit::tr("libvirt's “%1” is missing").arg(stock));
    }
    checks.append({QStringLiteral("filterContent"),
                   DomainAudit::tr("The filter's rules are Airlock's, read back from libvirt"),
                   problems.isEmpty(),
                   problems.isEmpty() ? DomainAudit::tr("%n filter(s) as Airlock defines them: %1",
                                                        nullptr, int(names.size()))
                                                .arg(names.join(QLatin1String(", ")))
                                      : problems.join(QLatin1String("; "))});
}

// The parameters Airlock's filter needs, checked against the network they
// are for: the gateway and the network's /64 as the live network has them,
// the gateway first among the host's addresses, and nothing Airlock does not
// set. (The host's other addresses are those it had when the VM was made.)
QStringList parameterProblems(const NetworkChoice &network, const QString &liveNetworkXml,
                              const QList<FilterParameter> &parameters)
{
    const auto valuesOf = [&parameters](const char *name) {
        QStringList values;
        for (const FilterParameter &parameter : parameters) {
            if (parameter.name == QLatin1String(name)) {
                const QHostAddress address(parameter.value);
                values.append(address.isNull() ? parameter.value : address.toString());
            }
        }
        return values;
    };
    QStringList problems;
    QStringList known;
    const auto expect = [&](const char *name, const QStringList &wanted, bool firstOnly = false) {
        known.append(QLatin1String(name));
        const QStringList values = valuesOf(name);
        const bool holds
                = firstOnly ? (!values.isEmpty() && values.constFirst() == wanted.constFirst())
                            : values == wanted;
        if (!holds) {
            problems.append(DomainAudit::tr("%1 is “%2”, not “%3”")
                                    .arg(QLatin1String(name), values.join(QLatin1String(", ")),
                                         wanted.join(QLatin1String(", "))));
        }
    };
    if (network.mode == NetworkMode::Bridge) {
        expect("CTRL_IP_LEARNING", {QStringLiteral("dhcp")});
    } else if (network.mode == NetworkMode::Nat) {
        const NetworkAddressing addressing = NetworkShape::addressingOf(liveNetworkXml);
        const auto normal = [](const QString &text) { return QHostAddress(text).toString(); };
        known.append(QStringLiteral("IP")); // checked with the DHCP entry
        expect("AIRLOCK_GATEWAY", {normal(addressing.ipv4Address())});
        expect("AIRLOCK_HOST", {normal(addressing.ipv4Address())}, true);
        if (network.ipv6) {
            expect("AIRLOCK_NET6", {normal(addressing.ipv6Prefix())});
            expect("AIRLOCK_GATEWAY6", {normal(addressing.ipv6Address())});
            expect("AIRLOCK_HOST6", {normal(addressing.ipv6Prefix())}, true);
        }
    }
    for (const FilterParameter &parameter : parameters) {
        if (!known.contains(parameter.name))
            problems.append(DomainAudit::tr("%1 is not Airlock's").arg(parameter.name));
    }
    problems.removeDuplicates();
    return problems;
}

// The filter is in force: libvirt's binding on the running VM's port names
// it, with the parameters of the VM's definition.
void auditFilterBinding(const AuditInput &input, const XmlElement &interface,
                        QList<AuditCheck> &checks)
{
    const FilterReadback &filters = input.filters;
    const QString wanted = NetworkFilters::topName(input.spec.network);
    const QList<FilterParameter> defined
            = parametersOf(interface.child(QStringLiteral("filterref")));
    const auto binding = XmlElement::parse(filters.bindingXml);
    const XmlElement *boundRef = binding ? binding->child(QStringLiteral("filterref")) : nullptr;
    const QString bound = boundRef ? boundRef->attribute(QStringLiteral("filter")) : QString();
    QList<FilterParameter> boundParameters = parametersOf(boundRef);
    // libvirt adds the card's MAC to the binding; it was never a choice.
    boundParameters.removeIf(
            [](const FilterParameter &p) { return p.name == QLatin1String("MAC"); });
    const auto sorted = [](QList<FilterParameter> list) {
        std::sort(list.begin(), list.end(), [](const FilterParameter &a, const FilterParameter &b) {
            return std::tie(a.name, a.value) < std::tie(b.name, b.value);
        });
        return list;
    };
    const QStringList problems
            = parameterProblems(input.spec.network, input.liveNetworkXml, defined);
    const bool holds = boundRef && bound == wanted && sorted(boundParameters) == sorted(defined)
                       && problems.isEmpty();
    QString found;
    if (!filters.supported)
        found = DomainAudit::tr("this libvirt has no traffic filters");
    else if (filters.portDevice.isEmpty())
        found = DomainAudit::tr("the running VM has no network port");
    else if (!boundRef)
        found = DomainAudit::tr("no filter is applied to %1").arg(filters.portDevice);
    else if (bound != wanted)
        found = DomainAudit::tr("“%1” is applied to %2").arg(bound, filters.portDevice);
    else if (!problems.isEmpty())
        found = DomainAudit::tr("“%1” is applied to %2, but %3")
                        .arg(bound, filters.portDevice, problems.join(QLatin1String("; ")));
    else if (!holds)
        found = DomainAudit::tr("“%1” is applied to %2 with other parameters")
                        .arg(bound, filters.portDevice);
    else
        found = DomainAudit::tr("“%1” is applied to %2").arg(bound, filters.portDevice);
    checks.append({QStringLiteral("filterBinding"),
                   DomainAudit::tr("The filter is in force on the running VM's network port"),
                   filters.supported && holds, found});
}

// On Airlock's network the VM's addresses are fixed beforehand: its MAC in
// the definition, the DHCP entry for that MAC, and the same IPv4 address
// handed to the filter, so nothing is learnt from the VM's own packets.
void auditPinning(const AuditInput &input, const XmlElement &interface, QList<AuditCheck> &checks)
{
    const XmlElement *macElement = interface.child(QStringLiteral("mac"));
    const QString mac
            = macElement ? macElement->attribute(QStringLiteral("address")).toLower() : QString();
    const QList<FilterParameter> parameters
            = parametersOf(interface.child(QStringLiteral("filterref")));
    const QString ip = parameterValue(parameters, QStringLiteral("IP"));
    // A second address would be the VM's too: it could use another VM's.
    const auto ips
            = std::count_if(parameters.cbegin(), parameters.cend(),
                            [](const FilterParameter &p) { return p.name == QLatin1String("IP"); });
    QString entry;
    if (const auto network = XmlElement::parse(input.liveNetworkXml)) {
        for (const XmlElement *host : network->allAt(QStringLiteral("ip/dhcp/host"))) {
            if (host->attribute(QStringLiteral("mac")).toLower() == mac)
                entry = host->attribute(QStringLiteral("ip"));
        }
    }
    // The bridge port of the card may not undo the network's isolation.
    const XmlElement *port = interface.child(QStringLiteral("port"));
    const bool unisolated
            = port && port->attribute(QStringLiteral("isolated")) == QLatin1String("no");
    const bool holds = !mac.isEmpty() && !ip.isEmpty() && ips == 1 && entry == ip && !unisolated;
    QString found;
    if (ip.isEmpty())
        found = DomainAudit::tr("no address given to the filter: libvirt learns it from the VM");
    else if (ips > 1)
        found = DomainAudit::tr("the filter is given %n address(es) for the VM", nullptr, int(ips));
    else if (unisolated)
        found = DomainAudit::tr("the network card's port is not isolated from other VMs");
    else if (entry.isEmpty())
        found = DomainAudit::tr("the network has no DHCP entry for %1").arg(mac);
    else if (entry != ip)
        found = DomainAudit::tr("the filter has %1, the network's DHCP entry %2").arg(ip, entry);
    else
        found = DomainAudit::tr("%1 for %2").arg(ip, mac);
    checks.append(
            {QStringLiteral("pinned"),
             DomainAudit::tr("The VM's address is fixed by Airlock, not taken from its packets"),
             holds, found});
}

void auditFilters(const AuditInput &input, const XmlElement &interface, QList<AuditCheck> &checks)
{
    const QString wanted = NetworkFilters::topName(input.spec.network);
    const XmlElement *filterref = interface.child(QStringLiteral("filterref"));
    const QString named = filterref ? filterref->attribute(QStringLiteral("filter")) : QString();
    checks.append(
            {QStringLiteral("filter"),
             DomainAudit::tr("Traffic filter “%1” on the network card").arg(wanted),
             named == wanted,
             DomainAudit::tr("filter: %1").arg(named.isEmpty() ? DomainAudit::tr("none") : named)});
    auditFilterContent(input, checks);
    auditFilterBinding(input, interface, checks);
    if (input.spec.network.mode == NetworkMode::Nat)
        auditPinning(input, interface, checks);
}

void auditNetwork(const AuditInput &input, QList<AuditCheck> &checks)
{
    const auto interfaces = input.devices.childrenNamed(QStringLiteral("interface"));
    const NetworkChoice &network = input.spec.network;
    if (network.mode == NetworkMode::None) {
        checks.append({QStringLiteral("network"), DomainAudit::tr("No network card"),
                       interfaces.isEmpty(),
                       countText(interfaces.size(), QStringLiteral("interface"))});
        return;
    }
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
    checks.append(
            {QStringLiteral("network"),
             network.mode == NetworkMode::Bridge
                     ? DomainAudit::tr("One network card on the bridge “%1”").arg(wantedSource)
                     : DomainAudit::tr("One network card on Airlock's network “%1”")
                               .arg(wantedSource),
             matches,
             interfaces.isEmpty() ? DomainAudit::tr("no <interface>")
                                  : interfaceText.join(QLatin1String(", "))});

    if (interfaces.size() == 1)
        auditFilters(input, *interfaces.constFirst(), checks);
    else
        checks.append({QStringLiteral("filter"),
                       DomainAudit::tr("Airlock's traffic filter on the network card"), false,
                       countText(interfaces.size(), QStringLiteral("interface"))});

    if (network.mode == NetworkMode::Nat)
        auditNetworkKind(network, input.liveNetworkXml, checks);
}

void auditFirmware(const AuditInput &input, QList<AuditCheck> &checks)
{
    const auto [uefi, secureBoot] = DomainAudit::firmwareOf(input.domain);
    const VmSpec &spec = input.spec;
    if (spec.firmware == Firmware::Uefi) {
        checks.append(
                {QStringLiteral("firmware"),
                 spec.secureBoot
                         ? DomainAudit::tr("UEFI with Secure Boot")
                         : DomainAudit::tr("UEFI, Secure Boot off (the NixOS ISO is not signed)"),
                 uefi && secureBoot == spec.secureBoot,
                 uefi ? DomainAudit::tr("UEFI, Secure Boot: %1").arg(yesNo(secureBoot))
                      : DomainAudit::tr("BIOS")});
    } else {
        checks.append({QStringLiteral("firmware"), DomainAudit::tr("BIOS"), !uefi,
                       uefi ? DomainAudit::tr("UEFI") : DomainAudit::tr("BIOS")});
    }
}

void auditInstaller(const AuditInput &input, QList<AuditCheck> &checks)
{
    if (auto check = DeviceInventory::installerCheck(input.spec, input.devices))
        checks.append(*check);
}

void auditDevices(const AuditInput &input, QList<AuditCheck> &checks)
{
    DeviceInventory::audit(input.spec, input.domain, input.hostDevices, checks);
}

void auditTopLevel(const AuditInput &input, QList<AuditCheck> &checks)
{
    DomainInventory::audit(input.spec, input.domain, checks);
}

void auditSize(const AuditInput &input, QList<AuditCheck> &checks)
{
    const qint64 memoryKiB = DomainAudit::memoryKiBOf(input.domain);
    const XmlElement *vcpu = input.domain.child(QStringLiteral("vcpu"));
    const int vcpus = vcpu ? vcpu->text.toInt() : 0;
    const VmSpec &spec = input.spec;
    checks.append({QStringLiteral("size"),
                   DomainAudit::tr("%n virtual CPU(s) and %1 MiB of memory", nullptr, spec.vcpus)
                           .arg(spec.memoryMiB),
                   vcpus == spec.vcpus && memoryKiB == spec.memoryMiB * 1024,
                   DomainAudit::tr("%n virtual CPU(s) and %1 MiB", nullptr, vcpus)
                           .arg(memoryKiB / 1024)});
}

// Every section once, in the order the audit shows its checks; a section
// adds one check per thing it confirms.
using AuditSection = void (*)(const AuditInput &, QList<AuditCheck> &);
const AuditSection s_sections[] = {
        auditSound,    auditUsb,  auditFiles,     auditChannels, auditGraphics, auditNetwork,
        auditFirmware, auditSize, auditInstaller, auditTopLevel, auditDevices,
};

} // namespace

DomainAudit::Firmware DomainAudit::firmwareOf(const XmlElement &domain)
{
    const XmlElement *os = domain.child(QStringLiteral("os"));
    const XmlElement *loader = os ? os->child(QStringLiteral("loader")) : nullptr;
    Firmware firmware;
    firmware.uefi
            = os
              && (os->attribute(QStringLiteral("firmware")) == QLatin1String("efi")
                  || (loader
                      && loader->attribute(QStringLiteral("type")) == QLatin1String("pflash")));
    firmware.secureBoot
            = loader && loader->attribute(QStringLiteral("secure")) == QLatin1String("yes");
    if (os) {
        for (const XmlElement *feature : os->allAt(QStringLiteral("firmware/feature"))) {
            if (feature->attribute(QStringLiteral("name")) == QLatin1String("secure-boot"))
                firmware.secureBoot
                        = feature->attribute(QStringLiteral("enabled")) == QLatin1String("yes");
        }
    }
    return firmware;
}

qint64 DomainAudit::memoryKiBOf(const XmlElement &domain)
{
    const XmlElement *memory = domain.child(QStringLiteral("memory"));
    qint64 memoryKiB = memory ? memory->text.toLongLong() : 0;
    const QString unit = memory ? memory->attribute(QStringLiteral("unit")) : QString();
    if (unit == QLatin1String("MiB"))
        memoryKiB *= 1024;
    else if (unit == QLatin1String("GiB"))
        memoryKiB *= 1024 * 1024;
    return memoryKiB;
}

bool DomainAudit::allPassed(const QList<AuditCheck> &checks)
{
    return !checks.isEmpty()
           && std::all_of(checks.cbegin(), checks.cend(),
                          [](const AuditCheck &c) { return c.passed; });
}

QList<AuditCheck> DomainAudit::run(const VmSpec &spec, const QString &liveDomainXml,
                                   const QString &liveNetworkXml, const FilterReadback &filters,
                                   const QList<HostDevice> &hostDevices)
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
    const XmlElement *devices = domain->child(QStringLiteral("devices"));
    const AuditInput input {spec,           *domain, devices ? *devices : noDevices,
                            liveNetworkXml, filters, hostDevices};
    for (const AuditSection section : s_sections)
        section(input, checks);
    return checks;
}

} // namespace Airlock
