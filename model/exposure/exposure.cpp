// SPDX-License-Identifier: GPL-3.0-or-later
#include "exposure.h"

#include "domainxml/networkfilters.h"
#include "hostdevicerule.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Airlock {

namespace {

constexpr const char *s_context = "Airlock::ExposureCatalogue";

constexpr PresetValue s_off {false, NetworkMode::Nat};
constexpr PresetValue s_on {true, NetworkMode::Nat};

const std::array s_entries {
        ExposureEntry {
                ExposureId::Network,
                "network.mode",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "Network"),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "How the VM reaches other computers. With NAT it reaches the internet "
                        "alone, through your computer on Airlock's own network: Airlock's "
                        "traffic filter keeps it away from your computer, your local network "
                        "and your other VMs, and stops it from faking its address. Bridged "
                        "puts it on your local network, where it can reach every device and "
                        "every device can reach it."),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "a virtio network card with a fixed MAC and IP address on the chosen "
                        "network, and Airlock's traffic filter built on libvirt's clean-traffic "
                        "(<interface> with <filterref>); your computer's addresses outside the "
                        "private ranges are those Airlock saw on this computer when the VM was "
                        "made (on a remote libvirt host, none)"),
                Risk::High,
                {false, NetworkMode::Nat},
                {false, NetworkMode::Nat},
                {false, NetworkMode::Nat},
                HostPart::Network,
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "a network"),
        },
        ExposureEntry {
                ExposureId::Ipv6,
                "network.ipv6",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "IPv6"),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "Lets the VM use IPv6 as well as IPv4. On Airlock's network it is "
                        "translated (NAT) like IPv4, and the same filter keeps it away from "
                        "your computer and your local network. Off by default: the VM's IPv6 "
                        "address is not fixed like its IPv4 address, only held to its "
                        "network's range (on a bridge, not at all), so a VM could take over "
                        "another VM's IPv6 address on the same network. The VM may not "
                        "announce itself as a router or run a DHCPv6 server."),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "an IPv6 subnet with NAT on Airlock's network, and the filter's IPv6 "
                        "rules (airlock-internet-ipv6, or airlock-bridged-ipv6 on a bridge)"),
                Risk::Medium,
                s_off,
                s_off,
                s_on,
                HostPart::Network,
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "IPv6 on its network"),
        },
        ExposureEntry {
                ExposureId::Clipboard,
                "exposure.clipboard",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "Clipboard sharing"),
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue",
                                  "Copy and paste between the VM and your desktop. The VM can read "
                                  "whatever you copy on your computer while its window has focus, "
                                  "passwords included, and can put text into your clipboard."),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "the SPICE agent channel (com.redhat.spice.0) and copy and paste in "
                        "the SPICE display"),
                Risk::Medium,
                s_off,
                s_on,
                s_on,
                HostPart::Clipboard,
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "your clipboard"),
        },
        ExposureEntry {
                ExposureId::Audio,
                "exposure.audio",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "Speakers"),
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue",
                                  "The VM can play sound through your speakers. It can only send "
                                  "sound, not record it, through a small emulated sound card."),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "an Intel HDA sound card with an output-only codec and SPICE audio "
                        "(<sound>, <audio type='spice'>)"),
                Risk::Low,
                s_off,
                s_on,
                s_on,
                HostPart::Speakers,
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "your speakers"),
        },
        ExposureEntry {
                ExposureId::Microphone,
                "exposure.microphone",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "Microphone"),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "The VM can record from your microphone while it runs. A compromised "
                        "VM could listen to the room."),
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue",
                                  "a microphone input on the sound card (<codec type='micro'>)"),
                Risk::High,
                s_off,
                s_off,
                s_on,
                HostPart::Microphone,
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "your microphone"),
        },
        ExposureEntry {
                ExposureId::UsbRedirection,
                "exposure.usbRedirection",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "USB redirection"),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "Lets a viewer on your computer (virt-viewer or virt-manager, not "
                        "Airlock's own console) hand USB devices to the VM. Airlock's console "
                        "cannot pass USB devices: inside its Flatpak that would need access "
                        "to all of your computer's devices, which secureblue's audit rejects. "
                        "A redirected device belongs to the VM: it can read a USB stick, "
                        "rewrite a device's firmware, or attack bugs in the host's USB code."),
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue",
                                  "a USB controller and two SPICE USB redirection channels "
                                  "(<controller type='usb'>, <redirdev>)"),
                Risk::High,
                s_off,
                s_off,
                s_on,
                HostPart::UsbPorts,
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue",
                                  "USB devices you hand over from a viewer on your computer"),
        },
        ExposureEntry {
                ExposureId::SharedFolder,
                "exposure.sharedFolder",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "Shared folder"),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "A folder of your computer appears inside the VM (virtiofs). The VM "
                        "can read every file in it and, unless it is read-only, change or "
                        "delete them, and its administrator can leave programs in it that run "
                        "with an administrator's rights on your computer (set-uid) and device "
                        "files that open your computer's disks: never run or open what the VM "
                        "leaves there. Airlock never lets a VM write to your system's folders, "
                        "your home folder itself or its hidden folders."),
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue",
                                  "a virtiofs file system and shared guest memory (<filesystem>, "
                                  "<memoryBacking>)"),
                Risk::High,
                s_off,
                s_off,
                s_off,
                HostPart::Files,
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "a folder you share"),
        },
        ExposureEntry {
                ExposureId::GpuAcceleration,
                "exposure.gpuAcceleration",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "3D acceleration"),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "Draws the VM's desktop with your computer's graphics card (virgl). "
                        "Smoother, but the VM's drawing commands reach your host's graphics "
                        "driver, a large and complex piece of code."),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "3D acceleration on the virtio video card and OpenGL in the SPICE "
                        "display (<acceleration accel3d='yes'>, <gl enable='yes'>)"),
                Risk::Medium,
                s_off,
                s_off,
                s_on,
                HostPart::Graphics,
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "your graphics driver"),
        },
        ExposureEntry {
                ExposureId::GuestAgent,
                "exposure.guestAgent",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "Guest agent"),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "A private channel through which the host can ask the VM to shut "
                        "down cleanly, freeze its disks for a snapshot or report its address. "
                        "The VM gains nothing on the host, but the host gains control inside "
                        "the VM."),
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue",
                                  "the QEMU guest agent channel (org.qemu.guest_agent.0)"),
                Risk::Low,
                s_off,
                s_off,
                s_on,
                HostPart::ControlChannel,
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "a guest agent"),
        },
        ExposureEntry {
                ExposureId::Tpm,
                "exposure.tpm",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "TPM"),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "An emulated TPM 2.0 chip for disk encryption and measured boot "
                        "inside the VM. It runs as a separate process on your computer (swtpm) "
                        "and holds only the VM's own keys, never your computer's."),
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue",
                                  "an emulated TPM 2.0 (<tpm> with the swtpm emulator)"),
                Risk::Low,
                s_off,
                s_on,
                s_on,
                HostPart::SecurityChip,
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "an emulated TPM"),
        },
        ExposureEntry {
                ExposureId::HostDevices,
                "exposure.hostDevices",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "Host devices"),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "Hands a real device of your computer to the VM: a webcam, a "
                        "Bluetooth adapter, a graphics card. The VM drives the hardware "
                        "directly and your computer cannot use it meanwhile; a PCI device can "
                        "reach your computer's memory unless the IOMMU confines it."),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "one <hostdev> per device (and a USB controller for USB devices)"),
                Risk::High,
                s_off,
                s_off,
                s_off,
                HostPart::UsbPorts,
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "the devices you hand over"),
        },
};

// Works for const and mutable specs alike.
template<typename Spec>
auto toggleMember(Spec &spec, ExposureId id) -> decltype(&spec.exposure.audio)
{
    switch (id) {
    case ExposureId::Ipv6:
        return &spec.network.ipv6;
    case ExposureId::Clipboard:
        return &spec.exposure.clipboard;
    case ExposureId::Audio:
        return &spec.exposure.audio;
    case ExposureId::Microphone:
        return &spec.exposure.microphone;
    case ExposureId::UsbRedirection:
        return &spec.exposure.usbRedirection;
    case ExposureId::GpuAcceleration:
        return &spec.exposure.gpuAcceleration;
    case ExposureId::GuestAgent:
        return &spec.exposure.guestAgent;
    case ExposureId::Tpm:
        return &spec.exposure.tpm;
    case ExposureId::Network:
    case ExposureId::SharedFolder:
    case ExposureId::HostDevices:
        return nullptr;
    }
    return nullptr;
}

} // namespace

QString ExposureEntry::translatedTitle() const
{
    return QCoreApplication::translate(s_context, title);
}

QString ExposureEntry::translatedExplanation() const
{
    return QCoreApplication::translate(s_context, explanation);
}

QString ExposureEntry::translatedAddsToDomain() const
{
    return QCoreApplication::translate(s_context, addsToDomain);
}

QString ExposureEntry::translatedReach() const
{
    return QCoreApplication::translate(s_context, reach);
}

const PresetValue &ExposureEntry::valueIn(Preset preset) const
{
    switch (preset) {
    case Preset::MaximumIsolation:
        return maximumIsolation;
    case Preset::Balanced:
        return balanced;
    case Preset::Convenience:
        return convenience;
    }
    Q_UNREACHABLE();
    return maximumIsolation;
}

std::span<const ExposureEntry> ExposureCatalogue::entries()
{
    return s_entries;
}

const ExposureEntry &ExposureCatalogue::entry(ExposureId id)
{
    const auto it = std::find_if(s_entries.cbegin(), s_entries.cend(),
                                 [id](const ExposureEntry &entry) { return entry.id == id; });
    Q_ASSERT(it != s_entries.cend());
    return *it;
}

QList<Preset> ExposureCatalogue::presets()
{
    return {Preset::MaximumIsolation, Preset::Balanced, Preset::Convenience};
}

bool ExposureCatalogue::isToggle(ExposureId id)
{
    const VmSpec probe;
    return toggleMember(probe, id) != nullptr;
}

bool ExposureCatalogue::isOn(const VmSpec &spec, ExposureId id)
{
    switch (id) {
    case ExposureId::Network:
        return spec.network.mode != NetworkMode::None;
    case ExposureId::SharedFolder:
        return spec.exposure.sharedFolder.has_value();
    case ExposureId::HostDevices:
        return !spec.exposure.hostDevices.isEmpty();
    default:
        return *toggleMember(spec, id);
    }
}

void ExposureCatalogue::setOn(VmSpec &spec, ExposureId id, bool on)
{
    bool *member = toggleMember(spec, id);
    if (!member)
        return;
    *member = on;
    // The microphone is an input of the sound card: it cannot exist alone.
    if (id == ExposureId::Microphone && on)
        spec.exposure.audio = true;
    if (id == ExposureId::Audio && !on)
        spec.exposure.microphone = false;
}

Risk ExposureCatalogue::riskIn(const VmSpec &spec, ExposureId id)
{
    if (!isOn(spec, id))
        return Risk::None;
    if (id == ExposureId::Network)
        return networkModeRisk(spec.network.mode);
    if (id == ExposureId::SharedFolder && spec.exposure.sharedFolder->readOnly)
        return Risk::Medium;
    return entry(id).risk;
}

void ExposureCatalogue::applyPreset(VmSpec &spec, Preset preset, UserShares shares)
{
    for (const ExposureEntry &item : s_entries) {
        const PresetValue &value = item.valueIn(preset);
        if (item.id == ExposureId::Network) {
            spec.network.mode = value.networkMode;
            spec.network.bridge.clear();
        } else if (item.id == ExposureId::SharedFolder) {
            if (shares == UserShares::Drop)
                spec.exposure.sharedFolder.reset();
        } else if (item.id == ExposureId::HostDevices) {
            if (shares == UserShares::Drop)
                spec.exposure.hostDevices.clear();
        } else {
            *toggleMember(spec, item.id) = value.on;
        }
    }
}

QStringList ExposureCatalogue::presetChanges(const VmSpec &spec, Preset preset, UserShares shares)
{
    VmSpec after = spec;
    applyPreset(after, preset, shares);
    QStringList changes;
    const NetworkChoice &from = spec.network;
    const NetworkChoice &to = after.network;
    if (from.mode != to.mode || from.bridge != to.bridge) {
        const auto title = [](const NetworkChoice &network) {
            return network.bridge.isEmpty()
                           ? networkModeTitle(network.mode)
                           //: A network mode and its bridge: "Bridged (on your local network), br0".
                           : tr("%1, %2").arg(networkModeTitle(network.mode), network.bridge);
        };
        //: %1 the network mode a preset sets, %2 the one it replaces.
        changes.append(tr("Network: %1 instead of %2").arg(title(to), title(from)));
    }
    if (from.ipv6 != to.ipv6)
        changes.append(to.ipv6 ? tr("IPv6: on; the VM may use IPv6 too")
                               : tr("IPv6: off; the VM uses IPv4 only"));
    const QString filterBefore = NetworkFilters::topName(from);
    const QString filterAfter = NetworkFilters::topName(to);
    if (filterBefore != filterAfter && !filterBefore.isEmpty() && !filterAfter.isEmpty())
        //: %1 and %2 are names of traffic filters, e.g. "airlock-internet-ipv6".
        changes.append(tr("Traffic filter: “%1” instead of “%2”").arg(filterAfter, filterBefore));
    for (const ExposureEntry &item : s_entries) {
        if (!isToggle(item.id) || item.id == ExposureId::Ipv6)
            continue;
        const bool on = isOn(after, item.id);
        if (on != isOn(spec, item.id))
            changes.append(on ? tr("%1: connected").arg(item.translatedTitle())
                              : tr("%1: cut off").arg(item.translatedTitle()));
    }
    if (spec.exposure.sharedFolder)
        changes.append(after.exposure.sharedFolder
                               ? tr("Shared folder “%1”: stays shared")
                                         .arg(spec.exposure.sharedFolder->path)
                               : tr("Shared folder “%1”: no longer shared")
                                         .arg(spec.exposure.sharedFolder->path));
    for (const QString &name : spec.exposure.hostDevices)
        changes.append(after.exposure.hostDevices.contains(name)
                               ? tr("Host device “%1”: stays with the VM").arg(name)
                               : tr("Host device “%1”: taken back from the VM").arg(name));
    return changes;
}

bool ExposureCatalogue::presetChangesMoreThanSwitches(const VmSpec &spec, Preset preset)
{
    VmSpec after = spec;
    applyPreset(after, preset);
    return after.network != spec.network || spec.exposure.sharedFolder
           || !spec.exposure.hostDevices.isEmpty();
}

std::optional<Preset> ExposureCatalogue::matchingPreset(const VmSpec &spec)
{
    for (const Preset preset : presets()) {
        VmSpec candidate = spec;
        applyPreset(candidate, preset);
        if (candidate.network == spec.network && candidate.exposure == spec.exposure)
            return preset;
    }
    return std::nullopt;
}

QString ExposureCatalogue::presetTitle(Preset preset)
{
    switch (preset) {
    case Preset::MaximumIsolation:
        return tr("Maximum isolation");
    case Preset::Balanced:
        return tr("Balanced");
    case Preset::Convenience:
        return tr("Convenience");
    }
    return {};
}

QString ExposureCatalogue::presetDescription(Preset preset)
{
    switch (preset) {
    case Preset::MaximumIsolation:
        return tr("Nothing of your computer reaches the VM except the internet through a "
                  "filtered network. The safest choice, and the default.");
    case Preset::Balanced:
        return tr("Adds sound, clipboard sharing and a TPM: pleasant for daily use, still no "
                  "microphone, USB or files.");
    case Preset::Convenience:
        return tr("Adds the microphone, USB redirection (for a viewer on your computer), 3D "
                  "acceleration, the guest agent and IPv6, whose traffic filter lets IPv6 "
                  "through too. The VM can then reach much more of your computer.");
    }
    return {};
}

QString ExposureCatalogue::presetKey(Preset preset)
{
    switch (preset) {
    case Preset::MaximumIsolation:
        return QStringLiteral("maximum-isolation");
    case Preset::Balanced:
        return QStringLiteral("balanced");
    case Preset::Convenience:
        return QStringLiteral("convenience");
    }
    return {};
}

std::optional<Preset> ExposureCatalogue::presetFromKey(const QString &key)
{
    for (const Preset preset : presets()) {
        if (presetKey(preset) == key)
            return preset;
    }
    return std::nullopt;
}

QString ExposureCatalogue::riskTitle(Risk risk)
{
    switch (risk) {
    case Risk::None:
        return tr("No risk");
    case Risk::Low:
        return tr("Low risk");
    case Risk::Medium:
        return tr("Medium risk");
    case Risk::High:
        return tr("High risk");
    }
    return {};
}

QString ExposureCatalogue::networkModeTitle(NetworkMode mode)
{
    switch (mode) {
    case NetworkMode::None:
        return tr("No network");
    case NetworkMode::Nat:
        return tr("NAT (internet through your computer)");
    case NetworkMode::Bridge:
        return tr("Bridged (on your local network)");
    }
    return {};
}

QString ExposureCatalogue::networkModeShortTitle(NetworkMode mode)
{
    switch (mode) {
    case NetworkMode::None:
        //: Network mode, short: no network card.
        return tr("None");
    case NetworkMode::Nat:
        return tr("NAT");
    case NetworkMode::Bridge:
        return tr("Bridged");
    }
    return {};
}

QString ExposureCatalogue::networkModeExplanation(NetworkMode mode)
{
    switch (mode) {
    case NetworkMode::None:
        return tr("The VM has no network card at all: it can reach nothing and nothing can "
                  "reach it.");
    case NetworkMode::Nat:
        return tr("The VM reaches the internet through your computer, and nothing else: "
                  "Airlock's traffic filter keeps it away from your computer's own services, "
                  "your local network (router, printers, other computers) and your other VMs, "
                  "and none of them can reach it. It cannot fake its IPv4 address or hand out "
                  "addresses to others.");
    case NetworkMode::Bridge:
        return tr("The VM joins your local network like another computer: it can reach every "
                  "device there (printers, routers, other computers) and your computer, and they "
                  "can all reach it. A traffic filter still stops it from faking its IPv4 address, "
                  "from acting as a DHCP server and from announcing itself as a router.");
    }
    return {};
}

Risk ExposureCatalogue::networkModeRisk(NetworkMode mode)
{
    switch (mode) {
    case NetworkMode::None:
        return Risk::None;
    case NetworkMode::Nat:
        return Risk::Medium;
    case NetworkMode::Bridge:
        return Risk::High;
    }
    return Risk::High;
}

QString ExposureCatalogue::networkModeReach(NetworkMode mode)
{
    switch (mode) {
    case NetworkMode::None:
        return {};
    case NetworkMode::Nat:
        return tr("the internet through your computer");
    case NetworkMode::Bridge:
        return tr("your local network, your computer and the internet");
    }
    return {};
}

QList<HostPart> ExposureCatalogue::hostParts()
{
    return {HostPart::Camera,       HostPart::Microphone,    HostPart::Speakers,
            HostPart::Bluetooth,    HostPart::UsbPorts,      HostPart::Graphics,
            HostPart::Network,      HostPart::Files,         HostPart::Clipboard,
            HostPart::SecurityChip, HostPart::ControlChannel};
}

QString ExposureCatalogue::hostPartTitle(HostPart part)
{
    switch (part) {
    case HostPart::Camera:
        return tr("Camera");
    case HostPart::Microphone:
        return tr("Microphone");
    case HostPart::Speakers:
        return tr("Speakers");
    case HostPart::Bluetooth:
        return tr("Bluetooth");
    case HostPart::UsbPorts:
        return tr("USB ports");
    case HostPart::Graphics:
        return tr("Graphics card");
    case HostPart::Network:
        return tr("Network");
    case HostPart::Files:
        return tr("Files");
    case HostPart::Clipboard:
        return tr("Clipboard");
    case HostPart::SecurityChip:
        return tr("Security chip");
    case HostPart::ControlChannel:
        return tr("Control channel");
    }
    return {};
}

QList<ExposureId> ExposureCatalogue::entriesOf(HostPart part)
{
    QList<ExposureId> ids;
    for (const ExposureEntry &item : s_entries) {
        // Host devices are drawn one by one under their own parts.
        if (item.part == part && item.id != ExposureId::HostDevices)
            ids.append(item.id);
    }
    return ids;
}

std::optional<HostPart> ExposureCatalogue::hostPartOf(const HostDevice &device)
{
    if (HostDeviceRule::refusal(device))
        return std::nullopt;
    if (device.bus == HostDevice::Bus::Pci)
        return HostPart::Graphics;
    switch (device.kind) {
    case HostDevice::Kind::Camera:
        return HostPart::Camera;
    case HostDevice::Kind::Microphone:
        return HostPart::Microphone;
    case HostDevice::Kind::Bluetooth:
        return HostPart::Bluetooth;
    case HostDevice::Kind::Gpu:
        return HostPart::Graphics;
    case HostDevice::Kind::Network:
        return HostPart::Network;
    case HostDevice::Kind::Storage:
    case HostDevice::Kind::Input:
    case HostDevice::Kind::Other:
        return HostPart::UsbPorts;
    }
    return HostPart::UsbPorts;
}

QString ExposureCatalogue::hostDeviceRisk(const HostDevice &device)
{
    QString what;
    switch (device.kind) {
    case HostDevice::Kind::Camera:
        what = tr("The VM can see through this camera whenever it likes, without the light your "
                  "desktop would show.");
        break;
    case HostDevice::Kind::Microphone:
        what = tr("The VM can record from this device: a compromised VM could listen to the "
                  "room.");
        break;
    case HostDevice::Kind::Bluetooth:
        what = tr("The VM can pair with and talk to Bluetooth devices around you: headsets, "
                  "keyboards, phones.");
        break;
    case HostDevice::Kind::Gpu:
        what = tr("The VM drives this graphics card directly. A PCI device can read and write "
                  "your computer's memory unless the IOMMU confines it, and a screen on it goes "
                  "dark for your desktop.");
        break;
    case HostDevice::Kind::Network:
        what = tr("The VM sends and receives through this network adapter directly, past "
                  "Airlock's traffic filter.");
        break;
    case HostDevice::Kind::Storage:
        what = tr("The VM can read, change and delete everything on this drive.");
        break;
    case HostDevice::Kind::Input:
        what = tr("The VM receives everything typed or clicked on this device.");
        break;
    case HostDevice::Kind::Other:
        what = tr("The VM drives this device directly: it can read what the device holds and "
                  "rewrite its firmware.");
        break;
    }
    //: %1 is what the VM could do with the device (one sentence).
    return tr("%1 While the VM runs, your computer cannot use the device.").arg(what);
}

void ExposureCatalogue::isolateEverything(VmSpec &spec)
{
    spec.network = NetworkChoice {NetworkMode::None, false, QString()};
    spec.exposure = ExposureChoice {};
}

// "a, b and c" in the language of the translation, not of the system
// locale: the sentence around it is translated, so the list must be too.
static QString listOf(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    //: Separates the items of a list but the last, e.g. "your speakers, your clipboard".
    const QString separator = ExposureCatalogue::tr(", ");
    //: Joins the last item of a list, e.g. "your speakers, your clipboard and a folder".
    return ExposureCatalogue::tr("%1 and %2")
            .arg(items.mid(0, items.size() - 1).join(separator), items.constLast());
}

QString ExposureCatalogue::reachSummary(const VmSpec &spec, const QList<HostDevice> &hostDevices)
{
    QStringList reached; // host things the VM reaches
    QStringList added; // what it gets that reaches no host hardware
    for (const ExposureEntry &item : s_entries) {
        if (!isOn(spec, item.id))
            continue;
        switch (item.id) {
        case ExposureId::Network:
            reached.append(spec.network.ipv6
                                   //: %1 is how the VM reaches the network, e.g. "the internet
                                   //: through your computer".
                                   ? tr("%1 (with IPv6)").arg(networkModeReach(spec.network.mode))
                                   : networkModeReach(spec.network.mode));
            break;
        case ExposureId::Ipv6:
            break; // said with the network
        case ExposureId::SharedFolder:
            reached.append(spec.exposure.sharedFolder->readOnly
                                   ? tr("the folder “%1” (read-only)")
                                             .arg(spec.exposure.sharedFolder->path)
                                   : tr("the folder “%1” (read and write)")
                                             .arg(spec.exposure.sharedFolder->path));
            break;
        case ExposureId::HostDevices:
            for (const QString &name : spec.exposure.hostDevices) {
                const auto known = std::find_if(
                        hostDevices.cbegin(), hostDevices.cend(),
                        [&name](const HostDevice &device) { return device.name == name; });
                reached.append(known != hostDevices.cend() ? known->description() : name);
            }
            break;
        case ExposureId::Tpm:
        case ExposureId::GuestAgent:
            added.append(item.translatedReach());
            break;
        default:
            reached.append(item.translatedReach());
            break;
        }
    }
    QString sentence;
    if (reached.isEmpty())
        sentence = tr("This VM can reach nothing on your computer and has no network.");
    else if (spec.network.mode == NetworkMode::None)
        //: %1 is a list, e.g. "your speakers and your clipboard".
        sentence = tr("This VM can reach %1, and has no network.").arg(listOf(reached));
    else if (reached.size() == 1)
        //: %1 is how the VM reaches the network, e.g. "the internet through your computer".
        sentence = tr("This VM can reach %1, and nothing else on your computer.")
                           .arg(reached.constFirst());
    else
        //: %1 is a list, e.g. "the internet through your computer and your speakers".
        sentence = tr("This VM can reach %1.").arg(listOf(reached));
    if (!added.isEmpty())
        //: %1 is the sentence before; %2 a list such as "an emulated TPM and a guest agent".
        sentence = tr("%1 It also has %2.").arg(sentence, listOf(added));
    return sentence;
}

} // namespace Airlock
