// SPDX-License-Identifier: GPL-3.0-or-later
#include "exposure.h"

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
                        "through your computer on Airlock's own network, and libvirt's "
                        "clean-traffic filter stops it from faking its address. Bridged puts "
                        "it on your local network, where it can reach every device and every "
                        "device can reach it."),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "a virtio network card on the chosen network, with a libvirt traffic "
                        "filter (<interface> with <filterref>)"),
                Risk::High,
                {false, NetworkMode::Nat},
                {false, NetworkMode::Nat},
                {false, NetworkMode::Nat},
        },
        ExposureEntry {
                ExposureId::Ipv6,
                "network.ipv6",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "IPv6"),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "Gives the VM IPv6 addresses on Airlock's network. Off by default: "
                        "libvirt's clean-traffic filter drops all IPv6, so with IPv6 on the "
                        "VM is only stopped from faking its hardware (MAC) address, not its "
                        "IP address. IPv6 to the internet usually needs a bridged network."),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "an IPv6 subnet on Airlock's network and the no-mac-spoofing filter "
                        "in place of clean-traffic"),
                Risk::Medium,
                s_off,
                s_off,
                s_on,
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
        },
        ExposureEntry {
                ExposureId::UsbRedirection,
                "exposure.usbRedirection",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "USB redirection"),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "Lets you hand USB devices from your computer to the VM from the "
                        "console window. A redirected device belongs to the VM: it can read "
                        "a USB stick, rewrite a device's firmware, or attack bugs in the "
                        "host's USB code."),
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue",
                                  "a USB controller and two SPICE USB redirection channels "
                                  "(<controller type='usb'>, <redirdev>)"),
                Risk::High,
                s_off,
                s_off,
                s_on,
        },
        ExposureEntry {
                ExposureId::SharedFolder,
                "exposure.sharedFolder",
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue", "Shared folder"),
                QT_TRANSLATE_NOOP(
                        "Airlock::ExposureCatalogue",
                        "A folder of your computer appears inside the VM (virtiofs). The VM "
                        "can read every file in it and, unless it is read-only, change or "
                        "delete them."),
                QT_TRANSLATE_NOOP("Airlock::ExposureCatalogue",
                                  "a virtiofs file system and shared guest memory (<filesystem>, "
                                  "<memoryBacking>)"),
                Risk::High,
                s_off,
                s_off,
                s_off,
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

void ExposureCatalogue::applyPreset(VmSpec &spec, Preset preset)
{
    for (const ExposureEntry &item : s_entries) {
        const PresetValue &value = item.valueIn(preset);
        if (item.id == ExposureId::Network) {
            spec.network.mode = value.networkMode;
            spec.network.bridge.clear();
        } else if (item.id == ExposureId::SharedFolder) {
            spec.exposure.sharedFolder.reset();
        } else if (item.id == ExposureId::HostDevices) {
            spec.exposure.hostDevices.clear();
        } else {
            *toggleMember(spec, item.id) = value.on;
        }
    }
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
        return tr("Adds the microphone, USB redirection, 3D acceleration, the guest agent and "
                  "IPv6. The VM can then reach much more of your computer.");
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
    case NetworkMode::Isolated:
        return tr("Isolated");
    case NetworkMode::Nat:
        return tr("NAT (internet through your computer)");
    case NetworkMode::Bridge:
        return tr("Bridged (on your local network)");
    }
    return {};
}

QString ExposureCatalogue::networkModeExplanation(NetworkMode mode)
{
    switch (mode) {
    case NetworkMode::None:
        return tr("The VM has no network card at all: it can reach nothing and nothing can "
                  "reach it.");
    case NetworkMode::Isolated:
        return tr("The VM can talk to your computer only, on Airlock's own network without "
                  "forwarding: no internet, no local network.");
    case NetworkMode::Nat:
        return tr("The VM reaches the internet through your computer on Airlock's own network. "
                  "Devices on your local network cannot reach it, and a traffic filter stops it "
                  "from faking its address.");
    case NetworkMode::Bridge:
        return tr("The VM joins your local network like another computer: it can reach every "
                  "device there (printers, routers, other computers) and they can reach it.");
    }
    return {};
}

Risk ExposureCatalogue::networkModeRisk(NetworkMode mode)
{
    switch (mode) {
    case NetworkMode::None:
        return Risk::None;
    case NetworkMode::Isolated:
        return Risk::Low;
    case NetworkMode::Nat:
        return Risk::Medium;
    case NetworkMode::Bridge:
        return Risk::High;
    }
    return Risk::High;
}

} // namespace Airlock
