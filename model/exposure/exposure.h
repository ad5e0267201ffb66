// SPDX-License-Identifier: GPL-3.0-or-later
// model/exposure/: the exposure catalogue, one table of everything the VM may
// touch (id, title, risk, explanation, what it adds to the domain), and the
// presets built from it. Uses the spec and the host-device descriptions.
#pragma once

#include "hypervisor/hostdevice.h"
#include "spec/vmspec.h"

#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace Airlock {

enum class Risk { None, Low, Medium, High };

enum class Preset { MaximumIsolation, Balanced, Convenience };

// What becomes of the folder and devices the user shared themselves when a
// preset is applied: no preset shares either.
enum class UserShares { Drop, Keep };

enum class ExposureId {
    Network,
    Ipv6,
    Clipboard,
    Audio,
    Microphone,
    UsbRedirection,
    SharedFolder,
    GpuAcceleration,
    GuestAgent,
    Tpm,
    HostDevices,
};

// The part of the host an exposure reaches: how the Devices page groups and
// draws it. The last two are not hardware: an emulated chip (swtpm runs on the
// host) and a control channel between host and guest.
enum class HostPart {
    Camera,
    Microphone,
    Speakers,
    Bluetooth,
    UsbPorts,
    Graphics,
    Network,
    Files,
    Clipboard,
    SecurityChip,
    ControlChannel,
};

// A preset's value for one exposure. Toggles use `on`; the network entry
// uses `networkMode`.
struct PresetValue
{
    bool on = false;
    NetworkMode networkMode = NetworkMode::Nat;
};

// One row of the catalogue: the single source for the Devices page, the
// domain XML writer and the audit of the live domain.
struct ExposureEntry
{
    ExposureId id;
    const char *key; // the spec's JSON key, e.g. "exposure.audio", "network.mode"
    const char *title;
    const char *explanation; // what the VM could do to the host through it
    const char *addsToDomain; // what turning it on adds to the domain XML
    Risk risk; // the risk when on (for the network: in its riskiest mode)
    PresetValue maximumIsolation;
    PresetValue balanced;
    PresetValue convenience;
    HostPart part;
    const char *reach; // what the VM reaches through it, for "This VM can reach: …"

    // The texts above, translated.
    QString translatedTitle() const;
    QString translatedExplanation() const;
    QString translatedAddsToDomain() const;
    QString translatedReach() const;
    const PresetValue &valueIn(Preset preset) const;
};

// The whole catalogue, in the order the Devices page shows it.
class ExposureCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ExposureCatalogue)
public:
    static std::span<const ExposureEntry> entries();
    static const ExposureEntry &entry(ExposureId id);
    static QList<Preset> presets();

    // Whether the exposure is switched on in `spec`. The network counts as
    // on unless its mode is "none"; host devices when any is listed.
    static bool isOn(const VmSpec &spec, ExposureId id);

    // Switches a plain toggle (clipboard, audio, microphone, USB redirection,
    // GPU, guest agent, TPM, IPv6). Turning the microphone on turns audio on;
    // turning audio off turns the microphone off. Entries that need more than
    // a switch (network mode, shared folder, host devices) are left alone.
    static void setOn(VmSpec &spec, ExposureId id, bool on);
    static bool isToggle(ExposureId id);

    // The risk of the exposure as it stands in `spec` (None when it is off):
    // the entry's risk, less for the narrower values (a read-only shared
    // folder, the NAT network). Every page that shows a risk asks here.
    static Risk riskIn(const VmSpec &spec, ExposureId id);

    // Applies a preset. The shared folder and host devices are never turned
    // on by a preset: each needs the user to pick what to share. They are
    // dropped, or kept as the user asked.
    static void applyPreset(VmSpec &spec, Preset preset, UserShares shares = UserShares::Drop);
    // Every setting applying `preset` to `spec` would change, one sentence
    // each ("Speakers: connected"), the network filter and the user's
    // shares included; empty when it changes nothing.
    static QStringList presetChanges(const VmSpec &spec, Preset preset,
                                     UserShares shares = UserShares::Drop);
    // Whether applying `preset` changes more than the switches the map
    // shows: the network (its mode, bridge, IPv6 and so its filter) or what
    // the user shared.
    static bool presetChangesMoreThanSwitches(const VmSpec &spec, Preset preset);

    // The preset whose values `spec` holds exactly, if any ("Custom" otherwise).
    static std::optional<Preset> matchingPreset(const VmSpec &spec);

    static QString presetTitle(Preset preset);
    static QString presetDescription(Preset preset);
    static QString presetKey(Preset preset); // "maximum-isolation", "balanced", "convenience"
    static std::optional<Preset> presetFromKey(const QString &key);
    static QString riskTitle(Risk risk);
    static QString networkModeTitle(NetworkMode mode);
    static QString networkModeShortTitle(NetworkMode mode); // "None", "Isolated", "NAT", "Bridged"
    static QString networkModeExplanation(NetworkMode mode);
    static Risk networkModeRisk(NetworkMode mode);
    // What the VM reaches through the network in `mode` ("the internet
    // through your computer"); empty for "none".
    static QString networkModeReach(NetworkMode mode);

    // The host's parts in the order the Devices page draws them.
    static QList<HostPart> hostParts();
    static QString hostPartTitle(HostPart part);
    // The entries that reach `part`, in catalogue order.
    static QList<ExposureId> entriesOf(HostPart part);

    // Where a host device is shown, or nullopt when Airlock does not offer
    // it (HostDeviceRule: a USB device but a root hub, or a PCI graphics
    // card; other PCI functions hold the host together).
    static std::optional<HostPart> hostPartOf(const HostDevice &device);
    // What the VM could do with the device, by its kind, for the
    // confirmation that names it.
    static QString hostDeviceRisk(const HostDevice &device);

    // Turns every exposure off, the network included: the VM reaches
    // nothing. The reference the Devices page compares the domain with.
    static void isolateEverything(VmSpec &spec);

    // One sentence: what the VM can reach as `spec` stands. `hostDevices`
    // describes the devices spec.exposure.hostDevices names, where known.
    static QString reachSummary(const VmSpec &spec, const QList<HostDevice> &hostDevices = {});
};

} // namespace Airlock
