// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "airlockpage.h"
#include "sizing/sizing.h"

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QToolButton;

namespace Airlock {

class NoticeLabel;
class NoticeList;
class SizeRow;

// Step 3: the VM's name, CPUs, memory and disk, and under "Advanced" its CPU
// mode and firmware. Defaults and limits come from this host's capacity as
// the session's one reading of the host reports it; warnings appear under the
// control they concern as its value crosses their threshold.
class ResourcesPage : public AirlockPage
{
    Q_OBJECT
public:
    explicit ResourcesPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // What the page knows and shows, for the tests.
    bool isReadingHost() const { return m_reading; }
    HostCapacity hostCapacity() const { return m_host; }
    SizingNotices notices() const { return m_notices; }
    // The spec as the controls stand now (written to the session on Next).
    VmSpec chosenSpec() const;

Q_SIGNALS:
    // The host's facts arrived (or could not be read); the controls show them.
    void hostRead();

private:
    // One builder per section of the page, top to bottom; the name, sizes
    // and Advanced sections add their rows to the content's grid.
    void buildNameSection(QGridLayout *grid, int &row);
    void buildSizeSection(QGridLayout *grid, int &row);
    void buildAdvancedSection(QGridLayout *grid, int &row);
    void buildAdvancedPanel();
    void buildLayout();
    void connectSignals();

    // Shows what the session's reading of the host knows now.
    void showReading();
    void showHost();
    void showHostFailure(const QString &reason);
    // Shows the controls for what the host reading said (m_host, m_names).
    void takeHost();
    void loadControls(const VmSpec &spec);
    void updateRanges(const VmSpec &spec);
    void updateCaptions(const VmSpec &spec);
    void updateNotices();
    void updateAdvancedSummary(const VmSpec &spec);
    void setAdvancedExpanded(bool expanded);
    void setControlsEnabled(bool enabled);
    QWidget *controlFor(const QString &key) const;
    QString labelFor(const QString &key) const;

    NoticeLabel *const m_hostNotice;
    QScrollArea *const m_scroll;
    QWidget *const m_content;

    QLineEdit *const m_nameEdit;
    NoticeList *const m_nameNotices;

    SizeRow *const m_vcpuRow;
    SizeRow *const m_memoryRow;
    SizeRow *const m_diskRow;

    QToolButton *const m_advancedButton;
    QLabel *const m_advancedSummary;
    QWidget *const m_advancedPanel;
    QRadioButton *const m_hostPassthroughRadio;
    QLabel *const m_hostPassthroughText;
    QRadioButton *const m_hostModelRadio;
    QLabel *const m_hostModelText;
    QRadioButton *const m_maximumRadio;
    QLabel *const m_maximumText;
    NoticeList *const m_cpuModeNotices;
    QPushButton *const m_emulationButton;
    QRadioButton *const m_uefiRadio;
    QLabel *const m_uefiText;
    QRadioButton *const m_biosRadio;
    QLabel *const m_biosText;
    NoticeList *const m_firmwareNotices;
    QPushButton *const m_secureBootButton;

    NoticeLabel *const m_pageNotice;

    HostCapacity m_host;
    std::optional<ExistingNames> m_names;
    // Set when the user lets a spec's "kvm" go on a host without KVM.
    std::optional<Accelerator> m_accelerator;
    // Set when the user turns off the Secure Boot a spec asked for.
    std::optional<bool> m_secureBoot;
    SizingNotices m_notices;
    bool m_reading = false;
    bool m_shown = false;
    bool m_defaultsApplied = false;
    bool m_advancedHadProblems = false;
};

} // namespace Airlock
