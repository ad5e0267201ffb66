// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "airlockpage.h"
#include "domainxml/domainxml.h"
#include "exposure/exposure.h"
#include "hypervisor/hostdevice.h"
#include "statusicon.h"

#include <functional>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Airlock {

class DeviceMap;
class NoticeLabel;
struct DeviceMapEntry;

// Page 4: what the VM may touch. The picture of the host and the VM, presets
// above it, the network below it, beside it the explanation of the part
// selected on it (or of the preset or network mode pointed at) with the
// switch that connects that part, and the exact change to the domain XML.
// Selecting a part only explains it; the switch alone changes it. Every row, preset and
// risk comes from the exposure catalogue; the host's own devices come from
// the session's one reading of the host. Every change goes straight into the
// session's spec.
class DevicesPage : public AirlockPage
{
    Q_OBJECT
public:
    explicit DevicesPage(WizardSession *session, QWidget *parent = nullptr);
    ~DevicesPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The devices libvirt listed that the page offers, in its order.
    QList<HostDevice> hostDevices() const { return m_hostDevices; }
    bool isListingHostDevices() const { return m_listing == Listing::Running; }

    // The explanation beside the map currently shows `subject` (a map key,
    // "preset:<key>" or "network:<mode>").
    QString explainedSubject() const { return m_shown; }

Q_SIGNALS:
    // The host devices were listed, or could not be (see the notice).
    void hostDevicesListed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Listing { NotStarted, Running, Done, Failed };

    // One builder per section of the page, top to bottom.
    void buildPresetRow(QVBoxLayout *layout);
    void buildMapSection(QVBoxLayout *layout);
    void buildSummary(QVBoxLayout *layout);
    void buildNetworkRow(QVBoxLayout *layout);
    void connectSignals();

    // Tab follows the page as it reads: the presets, the map, its switch,
    // the preview, the network row.
    void orderFocus();
    void changeSpec(const std::function<void(VmSpec &)> &change);
    void refresh();
    void refreshExplanation();
    void explain(const QString &subject);
    // Shows the devices the session's reading of the host listed.
    void showListing();

    void applyPreset(Preset preset);
    // Asks before a preset changes the network or the user's shares;
    // nullopt when the user keeps their settings.
    std::optional<UserShares> confirmPreset(Preset preset);
    void restoreCustom();
    void toggle(const QString &key);
    void toggleMicrophone(bool on);
    void toggleSpeakers(bool on);
    // What the switch of `key` does along with it, in words: before (what
    // switching will also do) or, just after a switch, what it did.
    std::optional<std::pair<Status, QString>> dependencyNote(const QString &key) const;
    void showSwitch(const DeviceMapEntry &entry);
    void toggleHostDevice(const QString &name);
    void toggleSharedFolder();
    void setNetworkMode(NetworkMode mode);
    bool confirmHostDevice(const HostDevice &device);
    void syncAcknowledgements();
    void showBridges();
    // The notice under the network row while bridged.
    QString bridgeNotice(const QString &bridge, Status *status) const;

    QList<DeviceMapEntry> mapEntries() const;
    const HostDevice *knownDevice(const QString &name) const;
    QString presetSubject() const;

    QButtonGroup *const m_presets;
    QPushButton *const m_customPreset;
    DeviceMap *const m_map;
    QScrollArea *const m_mapArea;
    QLabel *const m_explainedIcon;
    QLabel *const m_explainedTitle;
    QLabel *const m_explainedStateIcon;
    QLabel *const m_explainedState;
    QCheckBox *const m_exposureSwitch;
    QLabel *const m_selectHint;
    NoticeLabel *const m_dependencyNotice;
    QLabel *const m_explainedText;
    QLabel *const m_explainedAdds;
    QLabel *const m_previewHeading;
    QPlainTextEdit *const m_preview;
    QLabel *const m_summary;
    NoticeLabel *const m_devicesNotice;
    QButtonGroup *const m_networkModes;
    QLabel *const m_bridgeLabel;
    QComboBox *const m_bridgeName;
    QCheckBox *const m_ipv6;
    NoticeLabel *const m_networkNotice;

    QList<HostDevice> m_hostDevices;
    QStringList m_bridges; // the host's, from the session's reading
    QString m_bridgesProblem;
    // This host's KVM and SELinux, so the preview reads like the VM to be made.
    DomainTarget m_target;
    Listing m_listing = Listing::NotStarted;
    NetworkMode m_lastNetworkMode = NetworkMode::Nat;
    std::optional<std::pair<NetworkChoice, ExposureChoice>> m_custom;
    QStringList m_acknowledgementKeys;
    QString m_explained; // chosen: the part selected on the map, or a preset or mode clicked
    QString m_shown; // what the explanation shows: the chosen subject or the pointed-at one
    QString m_pointedAt; // a preset or network button under the mouse or focused
    // The speakers were off until the microphone brought them: cutting the
    // microphone off cuts them off again.
    bool m_speakersCameWithMicrophone = false;
    // What the last switch did along with it (key, sentence), until the
    // selection moves on.
    std::pair<QString, QString> m_switchOutcome;
    bool m_refreshing = false;
};

} // namespace Airlock
