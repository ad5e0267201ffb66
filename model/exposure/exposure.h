// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/vmspec.h"

#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace Airlock {

enum class Risk { None, Low, Medium, High };

enum class Preset { MaximumIsolation, Balanced, Convenience };

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

    // The texts above, translated.
    QString translatedTitle() const;
    QString translatedExplanation() const;
    QString translatedAddsToDomain() const;
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

    // The risk of the exposure as it stands in `spec` (None when it is off).
    static Risk riskIn(const VmSpec &spec, ExposureId id);

    // Applies a preset. The shared folder and host devices are never turned
    // on by a preset: each needs the user to pick what to share.
    static void applyPreset(VmSpec &spec, Preset preset);

    // The preset whose values `spec` holds exactly, if any ("Custom" otherwise).
    static std::optional<Preset> matchingPreset(const VmSpec &spec);

    static QString presetTitle(Preset preset);
    static QString presetDescription(Preset preset);
    static QString presetKey(Preset preset); // "maximum-isolation", "balanced", "convenience"
    static std::optional<Preset> presetFromKey(const QString &key);
    static QString riskTitle(Risk risk);
    static QString networkModeTitle(NetworkMode mode);
    static QString networkModeExplanation(NetworkMode mode);
    static Risk networkModeRisk(NetworkMode mode);
};

} // namespace Airlock
