// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcespage.h"

#include "host/hostreading.h"
#include "noticelabel.h"
#include "noticelist.h"
#include "sizerow.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Airlock {

namespace {

Status statusFor(NoticeLevel level)
{
    switch (level) {
    case NoticeLevel::Info:
        return Status::Info;
    case NoticeLevel::Unknown:
        return Status::Unknown;
    case NoticeLevel::Warning:
        return Status::Warn;
    case NoticeLevel::Error:
        return Status::Fail;
    }
    return Status::Info;
}

// The keys whose notices live in the Advanced section.
bool isAdvancedKey(const QString &key)
{
    return key == QLatin1String("cpuMode") || key == QLatin1String("accelerator")
           || key == QLatin1String("firmware") || key == QLatin1String("secureBoot");
}

QLabel *explanationLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// What the memory box takes when typed into: more than any host, short
// enough ("1024 TiB") not to widen the box.
constexpr qint64 s_mostMemoryTypedMiB = qint64(1024) * 1024 * 1024;

QString acknowledgementKey(SizingIssue issue)
{
    return SpecSections::acknowledgementKey(SpecSection::Resources, QString::number(int(issue)));
}

} // namespace

ResourcesPage::ResourcesPage(WizardSession *session, QWidget *parent)
    : AirlockPage(session, parent)
    , m_hostNotice(new NoticeLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget(m_scroll))
    , m_nameEdit(new QLineEdit(m_content))
    , m_nameNotices(new NoticeList(m_content))
    , m_vcpuRow(new SizeRow(QStringLiteral("vcpu"), SizeRow::Scale::Units, m_content))
    , m_memoryRow(new SizeRow(QStringLiteral("memory"), SizeRow::Scale::Mebibytes, m_content))
    , m_diskRow(new SizeRow(QStringLiteral("disk"), SizeRow::Scale::Units, m_content))
    , m_advancedButton(new QToolButton(m_content))
    , m_advancedSummary(explanationLabel(QStringLiteral("advancedSummary"), m_content))
    , m_advancedPanel(new QWidget(m_content))
    , m_hostPassthroughRadio(new QRadioButton(m_advancedPanel))
    , m_hostPassthroughText(
              explanationLabel(QStringLiteral("hostPassthroughText"), m_advancedPanel))
    , m_hostModelRadio(new QRadioButton(m_advancedPanel))
    , m_hostModelText(explanationLabel(QStringLiteral("hostModelText"), m_advancedPanel))
    , m_maximumRadio(new QRadioButton(m_advancedPanel))
    , m_maximumText(explanationLabel(QStringLiteral("maximumText"), m_advancedPanel))
    , m_cpuModeNotices(new NoticeList(m_advancedPanel))
    , m_emulationButton(new QPushButton(m_advancedPanel))
    , m_uefiRadio(new QRadioButton(m_advancedPanel))
    , m_uefiText(explanationLabel(QStringLiteral("uefiText"), m_advancedPanel))
    , m_biosRadio(new QRadioButton(m_advancedPanel))
    , m_biosText(explanationLabel(QStringLiteral("biosText"), m_advancedPanel))
    , m_firmwareNotices(new NoticeList(m_advancedPanel))
    , m_secureBootButton(new QPushButton(m_advancedPanel))
    , m_pageNotice(new NoticeLabel(this))
{
    setObjectName(QStringLiteral("resourcespage"));
    setTitle(tr("Size the VM"));
    setSubTitle(tr("How much of this computer the VM may use. Airlock suggests what NixOS needs "
                   "and what this computer can spare; change it if you know better."));

    // One grid: labels on the left, each control with its caption and
    // notices stacked on the right.
    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(0, 0, 8, 0);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(1, 1);
    int row = 0;
    buildNameSection(grid, row);
    buildSizeSection(grid, row);
    buildAdvancedSection(grid, row);
    grid->setRowStretch(row, 1);
    buildLayout();
    connectSignals();

    loadControls(spec());
}

void ResourcesPage::buildNameSection(QGridLayout *grid, int &row)
{
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameNotices->setObjectName(QStringLiteral("nameNotices"));
    auto *nameLabel = new QLabel(tr("N&ame:"), m_content);
    nameLabel->setBuddy(m_nameEdit);
    m_nameEdit->setAccessibleName(tr("Name of the VM"));
    m_nameEdit->setClearButtonEnabled(true);
    auto *nameHint = explanationLabel(QStringLiteral("nameHint"), m_content);
    nameHint->setText(tr("How libvirt and virt-manager list the VM; its disk is named after it."));

    grid->addWidget(nameLabel, row, 0);
    grid->addWidget(m_nameEdit, row++, 1);
    grid->addWidget(nameHint, row++, 1);
    grid->addWidget(m_nameNotices, row++, 1);
}

void ResourcesPage::buildSizeSection(QGridLayout *grid, int &row)
{
    // The notices are named after the spec key whose notices they show.
    m_vcpuRow->notices()->setObjectName(QStringLiteral("vcpusNotices"));
    m_memoryRow->notices()->setObjectName(QStringLiteral("memoryMiBNotices"));
    m_diskRow->notices()->setObjectName(QStringLiteral("diskGiBNotices"));
    m_vcpuRow->setControlsAccessibleName(tr("Virtual CPUs"));
    m_memoryRow->setControlsAccessibleName(tr("Memory"));
    m_memoryRow->slider()->setPageStep(4);
    // Any amount may be typed, even one the host cannot give: it stays as
    // typed, and the notice under it says what is wrong.
    m_memoryRow->setTypedRange(0, int(s_mostMemoryTypedMiB));
    m_diskRow->setControlsAccessibleName(tr("Disk size"));
    //: Unit after the disk size in its spin box, with a leading space.
    m_diskRow->spinBox()->setSuffix(tr(" GiB"));
    m_diskRow->slider()->setPageStep(8);

    // Each row's label sits in the grid's first column, under the name's.
    for (auto [text, sizeRow] :
         {std::pair {tr("&CPUs:"), m_vcpuRow}, std::pair {tr("&Memory:"), m_memoryRow},
          std::pair {tr("&Disk:"), m_diskRow}}) {
        auto *label = new QLabel(text, m_content);
        label->setBuddy(sizeRow->spinBox());
        grid->setRowMinimumHeight(row++, 10);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(sizeRow, row++, 1);
    }
}

void ResourcesPage::buildAdvancedSection(QGridLayout *grid, int &row)
{
    m_advancedButton->setObjectName(QStringLiteral("advancedButton"));
    m_advancedButton->setText(tr("Ad&vanced: CPU mode and firmware"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setArrowType(Qt::RightArrow);
    m_advancedButton->setAutoRaise(true);
    m_advancedButton->setFocusPolicy(Qt::StrongFocus);
    buildAdvancedPanel();

    grid->setRowMinimumHeight(row++, 10);
    auto *advancedRow = new QHBoxLayout;
    advancedRow->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    advancedRow->addWidget(m_advancedSummary, 1);
    grid->addLayout(advancedRow, row++, 0, 1, 2);
    grid->addWidget(m_advancedPanel, row++, 0, 1, 2);
}

// Advanced: CPU mode and firmware, each choice with its one-line reason.
void ResourcesPage::buildAdvancedPanel()
{
    m_advancedPanel->setObjectName(QStringLiteral("advancedPanel"));
    m_hostPassthroughRadio->setObjectName(QStringLiteral("hostPassthroughRadio"));
    m_hostModelRadio->setObjectName(QStringLiteral("hostModelRadio"));
    m_maximumRadio->setObjectName(QStringLiteral("maximumRadio"));
    m_cpuModeNotices->setObjectName(QStringLiteral("cpuModeNotices"));
    m_emulationButton->setObjectName(QStringLiteral("emulationButton"));
    m_uefiRadio->setObjectName(QStringLiteral("uefiRadio"));
    m_biosRadio->setObjectName(QStringLiteral("biosRadio"));
    m_firmwareNotices->setObjectName(QStringLiteral("firmwareNotices"));
    m_secureBootButton->setObjectName(QStringLiteral("secureBootButton"));

    m_hostPassthroughRadio->setText(Sizing::cpuModeTitle(CpuMode::HostPassthrough));
    m_hostModelRadio->setText(Sizing::cpuModeTitle(CpuMode::HostModel));
    m_maximumRadio->setText(Sizing::cpuModeTitle(CpuMode::Maximum));
    m_biosRadio->setText(tr("BIOS"));
    m_biosText->setText(tr("The older firmware; for when UEFI is not available."));
    auto *cpuModeGroup = new QButtonGroup(this);
    cpuModeGroup->addButton(m_hostPassthroughRadio);
    cpuModeGroup->addButton(m_hostModelRadio);
    cpuModeGroup->addButton(m_maximumRadio);
    auto *firmwareGroup = new QButtonGroup(this);
    firmwareGroup->addButton(m_uefiRadio);
    firmwareGroup->addButton(m_biosRadio);

    auto *cpuModeHeading = new QLabel(tr("<b>CPU mode</b>: what the VM sees of this "
                                         "computer's processor"),
                                      m_advancedPanel);
    auto *firmwareHeading
            = new QLabel(tr("<b>Firmware</b>: what starts the VM before NixOS"), m_advancedPanel);
    auto *advancedLayout = new QGridLayout(m_advancedPanel);
    advancedLayout->setContentsMargins(24, 0, 0, 0);
    advancedLayout->setVerticalSpacing(2);
    advancedLayout->setColumnMinimumWidth(0, 24);
    advancedLayout->setColumnStretch(1, 1);
    int row = 0;
    advancedLayout->addWidget(cpuModeHeading, row++, 0, 1, 2);
    for (auto [radio, text] : {std::pair {m_hostPassthroughRadio, m_hostPassthroughText},
                               std::pair {m_hostModelRadio, m_hostModelText},
                               std::pair {m_maximumRadio, m_maximumText}}) {
        advancedLayout->addWidget(radio, row++, 0, 1, 2);
        advancedLayout->addWidget(text, row++, 1);
    }
    advancedLayout->addWidget(m_cpuModeNotices, row++, 1);
    advancedLayout->addWidget(m_emulationButton, row++, 1, Qt::AlignLeft);
    advancedLayout->setRowMinimumHeight(row++, 8);
    advancedLayout->addWidget(firmwareHeading, row++, 0, 1, 2);
    for (auto [radio, text] :
         {std::pair {m_uefiRadio, m_uefiText}, std::pair {m_biosRadio, m_biosText}}) {
        advancedLayout->addWidget(radio, row++, 0, 1, 2);
        advancedLayout->addWidget(text, row++, 1);
    }
    advancedLayout->addWidget(m_firmwareNotices, row++, 1);
    advancedLayout->addWidget(m_secureBootButton, row++, 1, Qt::AlignLeft);
    m_advancedPanel->setVisible(false);
    // The way out when a spec asks for KVM on a host that has none.
    m_emulationButton->setText(tr("Run in &emulation instead"));
    m_emulationButton->setVisible(false);
    m_secureBootButton->setText(tr("Turn Secure Boot &off"));
    m_secureBootButton->setVisible(false);
}

void ResourcesPage::buildLayout()
{
    m_hostNotice->setObjectName(QStringLiteral("hostNotice"));
    m_pageNotice->setObjectName(QStringLiteral("pageNotice"));
    m_scroll->setObjectName(QStringLiteral("resourcesScroll"));
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // it scrolls to whichever control has focus
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_content->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hostNotice);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_pageNotice);

    // Keyboard order follows the eye: top to bottom, slider then its box.
    QWidget::setTabOrder(m_nameEdit, m_vcpuRow->slider());
    QWidget::setTabOrder(m_vcpuRow->slider(), m_vcpuRow->spinBox());
    QWidget::setTabOrder(m_vcpuRow->spinBox(), m_memoryRow->slider());
    QWidget::setTabOrder(m_memoryRow->slider(), m_memoryRow->spinBox());
    QWidget::setTabOrder(m_memoryRow->spinBox(), m_diskRow->slider());
    QWidget::setTabOrder(m_diskRow->slider(), m_diskRow->spinBox());
    QWidget::setTabOrder(m_diskRow->spinBox(), m_advancedButton);
    QWidget::setTabOrder(m_advancedButton, m_hostPassthroughRadio);
    QWidget::setTabOrder(m_hostPassthroughRadio, m_hostModelRadio);
    QWidget::setTabOrder(m_hostModelRadio, m_maximumRadio);
    QWidget::setTabOrder(m_maximumRadio, m_emulationButton);
    QWidget::setTabOrder(m_emulationButton, m_uefiRadio);
    QWidget::setTabOrder(m_uefiRadio, m_biosRadio);
    QWidget::setTabOrder(m_biosRadio, m_secureBootButton);
}

void ResourcesPage::connectSignals()
{
    for (SizeRow *sizeRow : {m_vcpuRow, m_memoryRow, m_diskRow})
        connect(sizeRow, &SizeRow::valueChanged, this, &ResourcesPage::updateNotices);
    connect(m_memoryRow, &SizeRow::inputProblemChanged, this, [this] {
        updateNotices();
        Q_EMIT completeChanged();
    });
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ResourcesPage::updateNotices);
    for (QRadioButton *radio :
         {m_hostPassthroughRadio, m_hostModelRadio, m_maximumRadio, m_uefiRadio, m_biosRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                updateNotices();
        });
    }
    connect(m_advancedButton, &QToolButton::toggled, this, [this](bool expanded) {
        setAdvancedExpanded(expanded);
        // Bring what the user unfolded into view on a small screen.
        if (expanded) {
            QMetaObject::invokeMethod(
                    m_scroll, [this] { m_scroll->ensureWidgetVisible(m_advancedPanel, 0, 0); },
                    Qt::QueuedConnection);
        }
    });
    connect(m_emulationButton, &QPushButton::clicked, this, [this] {
        m_accelerator = Accelerator::Auto;
        updateCaptions(chosenSpec());
        updateNotices();
        m_maximumRadio->setFocus(Qt::OtherFocusReason);
    });
    connect(m_secureBootButton, &QPushButton::clicked, this, [this] {
        m_secureBoot = false;
        updateCaptions(chosenSpec());
        updateNotices();
        m_uefiRadio->setFocus(Qt::OtherFocusReason);
    });

    // Only once the page is shown: the host-derived defaults are applied to
    // the spec as it stands when the user arrives.
    HostReading *host = session()->host();
    connect(host, &HostReading::started, this, [this] {
        if (m_shown)
            showReading();
    });
    connect(host, &HostReading::finished, this, [this] {
        if (m_shown)
            showReading();
    });
    connect(session()->hypervisor(), &Hypervisor::opened, this, [this] {
        if (m_shown && m_reading)
            showReading();
    });
}

void ResourcesPage::initializePage()
{
    m_pageNotice->clear();
    // The first visit waits for the facts before the controls take input,
    // so the host-derived defaults cannot overwrite what the user typed.
    if (!m_defaultsApplied)
        setControlsEnabled(false);
    m_shown = true;
    session()->connectIfNeeded();
    session()->host()->ensureRead();
    showReading();
}

void ResourcesPage::showReading()
{
    const HostReading *host = session()->host();
    switch (host->state()) {
    case HostReading::State::NotRead:
    case HostReading::State::Reading:
        m_reading = true;
        if (session()->hypervisor()->isOpen())
            m_hostNotice->setNotice(Status::Info,
                                    tr("Reading this computer's capacity from libvirt…"));
        else
            m_hostNotice->setNotice(Status::Info, tr("Connecting to libvirt…"));
        Q_EMIT completeChanged();
        return;
    case HostReading::State::Read:
        showHost();
        return;
    case HostReading::State::Failed:
        showHostFailure(host->failureReason());
        return;
    }
}

void ResourcesPage::showHost()
{
    m_host = session()->host()->capacity();
    m_names = session()->host()->existingNames();
    m_hostNotice->clear();
    takeHost();
}

void ResourcesPage::showHostFailure(const QString &reason)
{
    m_host = session()->host()->capacity();
    m_names.reset();
    m_hostNotice->setNotice(
            Status::Unknown,
            tr("Airlock could not ask libvirt about this computer: %1 The suggestions below are "
               "NixOS's own, and this computer's limits are not checked.")
                    .arg(reason.toHtmlEscaped()));
    takeHost();
}

void ResourcesPage::takeHost()
{
    // The first answer, good or bad, sets the defaults; later ones only move
    // the limits under what the user chose.
    VmSpec shown = chosenSpec();
    if (!m_defaultsApplied) {
        shown = spec();
        Sizing::applyDefaults(shown, m_host, m_names);
        m_defaultsApplied = true;
    }
    loadControls(shown);
    m_reading = false;
    setControlsEnabled(true);
    Q_EMIT completeChanged();
    Q_EMIT hostRead();
}

void ResourcesPage::loadControls(const VmSpec &spec)
{
    {
        const QSignalBlocker nameBlocker(m_nameEdit);
        const QSignalBlocker vcpuBlocker(m_vcpuRow);
        const QSignalBlocker memoryBlocker(m_memoryRow);
        const QSignalBlocker diskBlocker(m_diskRow);
        if (m_nameEdit->text() != spec.name)
            m_nameEdit->setText(spec.name);
        // Ranges first: a value outside the old range would be clamped.
        updateRanges(spec);
        m_vcpuRow->setValue(spec.vcpus);
        m_memoryRow->setValue(int(spec.memoryMiB));
        m_diskRow->setValue(spec.diskGiB);
        switch (spec.cpuMode) {
        case CpuMode::HostPassthrough:
            m_hostPassthroughRadio->setChecked(true);
            break;
        case CpuMode::HostModel:
            m_hostModelRadio->setChecked(true);
            break;
        case CpuMode::Maximum:
            m_maximumRadio->setChecked(true);
            break;
        }
        (spec.firmware == Firmware::Uefi ? m_uefiRadio : m_biosRadio)->setChecked(true);
    }
    updateCaptions(spec);
    updateNotices();
}

void ResourcesPage::updateRanges(const VmSpec &spec)
{
    const SizingRange vcpus = Sizing::vcpuRange(m_host, spec.vcpus);
    m_vcpuRow->setRange(int(vcpus.minimum), int(vcpus.maximum));
    m_vcpuRow->slider()->setPageStep(std::max(1, int(vcpus.maximum / 8)));

    const SizingRange memory = Sizing::memoryRange(m_host, spec.memoryMiB);
    m_memoryRow->setRange(int(memory.minimum), int(memory.maximum));

    const SizingRange disk = Sizing::diskRange(m_host, spec.diskGiB);
    m_diskRow->setRange(int(disk.minimum), int(disk.maximum));
}

void ResourcesPage::updateCaptions(const VmSpec &spec)
{
    const int suggestedVcpus = Sizing::vcpusFor(m_host);
    m_vcpuRow->setCaption(Sizing::vcpuCaption(m_host, suggestedVcpus));
    //: Under the CPU slider, below Airlock's suggested number of CPUs.
    m_vcpuRow->setMark(suggestedVcpus, tr("suggested"));
    m_memoryRow->setCaption(Sizing::memoryCaption(m_host));
    //: Under the memory and disk sliders, below NixOS's recommended amount.
    m_memoryRow->setMark(int(VmSpec::recommendedMemoryMiB), tr("NixOS recommends"));
    m_diskRow->setCaption(Sizing::diskCaption(m_host));
    m_diskRow->setMark(VmSpec::recommendedDiskGiB, tr("NixOS recommends"));

    const auto explain = [this, &spec](CpuMode mode, QRadioButton *radio, QLabel *label,
                                       const QString &text) {
        const QString reason = Sizing::cpuModeUnavailableReason(mode, m_host, spec.accelerator);
        label->setText(reason.isEmpty() ? text
                                        //: A CPU mode's explanation, then why it cannot be used.
                                        : tr("%1 %2").arg(text, reason));
        radio->setAccessibleDescription(label->text());
        // Passthrough without KVM cannot run at all; stay selectable only
        // when a spec chose it, so the notice can say why it must change.
        if (mode == CpuMode::HostPassthrough)
            radio->setEnabled(Sizing::usesKvm(m_host, spec.accelerator) || radio->isChecked());
    };
    explain(CpuMode::HostPassthrough, m_hostPassthroughRadio, m_hostPassthroughText,
            tr("Fastest. The VM sees this computer's exact processor model and features, which "
               "lets software inside it recognise your hardware."));
    explain(CpuMode::HostModel, m_hostModelRadio, m_hostModelText,
            tr("Nearly as fast. The VM sees a standard processor model close to this one, which "
               "shows less of the exact hardware."));
    explain(CpuMode::Maximum, m_maximumRadio, m_maximumText,
            tr("Every feature the hypervisor can offer: much like the host CPU with KVM, the "
               "most capable emulated processor without it."));

    m_uefiRadio->setText(spec.secureBoot ? tr("UEFI, Secure Boot on (from the spec)")
                                         : tr("UEFI, Secure Boot off"));
    m_uefiText->setText(spec.secureBoot
                                ? tr("The modern firmware NixOS installs with, but with Secure "
                                     "Boot on the NixOS installer will not start: it is not "
                                     "signed for Secure Boot.")
                                : tr("The modern firmware NixOS installs with. Secure Boot stays "
                                     "off because the NixOS installer is not signed for it; this "
                                     "computer's own Secure Boot is not affected."));
    m_uefiRadio->setAccessibleDescription(m_uefiText->text());
    m_biosRadio->setAccessibleDescription(m_biosText->text());
}

VmSpec ResourcesPage::chosenSpec() const
{
    VmSpec chosen = spec();
    chosen.name = m_nameEdit->text();
    chosen.vcpus = m_vcpuRow->value();
    chosen.memoryMiB = m_memoryRow->value();
    chosen.diskGiB = m_diskRow->value();
    if (m_hostPassthroughRadio->isChecked())
        chosen.cpuMode = CpuMode::HostPassthrough;
    else if (m_hostModelRadio->isChecked())
        chosen.cpuMode = CpuMode::HostModel;
    else
        chosen.cpuMode = CpuMode::Maximum;
    chosen.firmware = m_biosRadio->isChecked() ? Firmware::Bios : Firmware::Uefi;
    if (m_accelerator)
        chosen.accelerator = *m_accelerator;
    // BIOS has no Secure Boot; a spec's wish for it only rides along with UEFI.
    chosen.secureBoot
            = m_secureBoot.value_or(spec().secureBoot) && chosen.firmware == Firmware::Uefi;
    return chosen;
}

void ResourcesPage::updateNotices()
{
    const VmSpec chosen = chosenSpec();
    const bool hadError = Sizing::hasError(m_notices);
    m_notices = Sizing::assess(chosen, m_host, m_names);
    m_pageNotice->clear();

    QHash<QString, QList<NoticeList::Entry>> byKey;
    bool advancedProblems = false;
    for (const SizingNotice &notice : std::as_const(m_notices)) {
        byKey[notice.key].append({statusFor(notice.level), notice.text.toHtmlEscaped()});
        if (isAdvancedKey(notice.key) && notice.level >= NoticeLevel::Warning)
            advancedProblems = true;
    }
    m_nameNotices->setNotices(byKey.value(QStringLiteral("name")));
    m_vcpuRow->notices()->setNotices(byKey.value(QStringLiteral("vcpus")));
    // Text that is not an amount speaks for the box: the notices about the
    // last amount would describe what the user no longer sees.
    const QString memoryProblem = m_memoryRow->inputProblem();
    m_memoryRow->notices()->setNotices(
            memoryProblem.isEmpty()
                    ? byKey.value(QStringLiteral("memoryMiB"))
                    : QList<NoticeList::Entry> {{Status::Fail, memoryProblem.toHtmlEscaped()}});
    m_diskRow->notices()->setNotices(byKey.value(QStringLiteral("diskGiB")));
    m_cpuModeNotices->setNotices(byKey.value(QStringLiteral("accelerator"))
                                 + byKey.value(QStringLiteral("cpuMode")));
    m_firmwareNotices->setNotices(byKey.value(QStringLiteral("firmware")));
    m_emulationButton->setVisible(byKey.contains(QStringLiteral("accelerator")));
    m_secureBootButton->setVisible(chosen.secureBoot);

    // A problem in the folded section unfolds it once; the user may fold it again.
    if (advancedProblems && !m_advancedHadProblems)
        setAdvancedExpanded(true);
    m_advancedHadProblems = advancedProblems;
    updateAdvancedSummary(chosen);

    if (hadError != Sizing::hasError(m_notices))
        Q_EMIT completeChanged();
}

void ResourcesPage::updateAdvancedSummary(const VmSpec &chosen)
{
    const QString firmware = chosen.firmware == Firmware::Bios
                                     ? tr("BIOS")
                                     : (chosen.secureBoot ? tr("UEFI, Secure Boot on")
                                                          : tr("UEFI, Secure Boot off"));
    //: Beside the folded "Advanced" section: the CPU mode and firmware chosen.
    m_advancedSummary->setText(tr("%1 · %2").arg(Sizing::cpuModeTitle(chosen.cpuMode), firmware));
}

void ResourcesPage::setAdvancedExpanded(bool expanded)
{
    {
        const QSignalBlocker blocker(m_advancedButton);
        m_advancedButton->setChecked(expanded);
    }
    m_advancedButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_advancedPanel->setVisible(expanded);
    m_advancedSummary->setVisible(!expanded);
}

void ResourcesPage::setControlsEnabled(bool enabled)
{
    m_content->setEnabled(enabled);
}

bool ResourcesPage::isComplete() const
{
    return !m_reading && !Sizing::hasError(m_notices) && m_memoryRow->inputProblem().isEmpty();
}

QWidget *ResourcesPage::controlFor(const QString &key) const
{
    if (key == QLatin1String("name"))
        return m_nameEdit;
    if (key == QLatin1String("vcpus"))
        return m_vcpuRow->spinBox();
    if (key == QLatin1String("memoryMiB"))
        return m_memoryRow->spinBox();
    if (key == QLatin1String("diskGiB"))
        return m_diskRow->spinBox();
    if (key == QLatin1String("firmware") || key == QLatin1String("secureBoot"))
        return m_biosRadio->isChecked() ? m_biosRadio : m_uefiRadio;
    if (key != QLatin1String("cpuMode") && key != QLatin1String("accelerator"))
        return nullptr; // the storage pool is named in the spec file only
    if (m_hostPassthroughRadio->isChecked())
        return m_hostPassthroughRadio;
    return m_hostModelRadio->isChecked() ? m_hostModelRadio : m_maximumRadio;
}

QString ResourcesPage::labelFor(const QString &key) const
{
    // The setting whose control shows the key: Secure Boot sits with the
    // firmware, the accelerator with the CPU mode.
    if (key == QLatin1String("secureBoot"))
        return SpecSections::settingTitle(QStringLiteral("firmware"));
    if (controlFor(key) && key != QLatin1String("accelerator"))
        return SpecSections::settingTitle(key);
    return SpecSections::settingTitle(QStringLiteral("cpuMode"));
}

bool ResourcesPage::validatePage()
{
    // Next by its shortcut leaves the box still being edited: its text first.
    if (const QString problem = m_memoryRow->checkInput(); !problem.isEmpty()) {
        //: A control's name, then what is wrong with its value.
        m_pageNotice->setNotice(
                Status::Fail,
                tr("%1: %2").arg(labelFor(QStringLiteral("memoryMiB")), problem.toHtmlEscaped()));
        m_memoryRow->spinBox()->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const VmSpec chosen = chosenSpec();
    m_notices = Sizing::assess(chosen, m_host, m_names);

    // The model has the last word: its message, for the control it names.
    QString key;
    QString message;
    for (const SizingNotice &notice : std::as_const(m_notices)) {
        if (notice.level == NoticeLevel::Error) {
            key = notice.key;
            message = notice.text;
            break;
        }
    }
    if (key.isEmpty()) {
        const SpecProblems problems = chosen.validate(m_host.limits());
        for (const SpecProblem &problem : problems) {
            // This page answers for the choices of its section it has a control for.
            if (SpecSections::ofKey(problem.key) == SpecSection::Resources
                && controlFor(problem.key)) {
                key = problem.key;
                message = problem.message;
                break;
            }
        }
    }
    if (!key.isEmpty()) {
        //: A control's name, then what is wrong with its value.
        m_pageNotice->setNotice(Status::Fail,
                                tr("%1: %2").arg(labelFor(key), message.toHtmlEscaped()));
        if (isAdvancedKey(key))
            setAdvancedExpanded(true);
        if (QWidget *control = controlFor(key))
            control->setFocus(Qt::OtherFocusReason);
        return false;
    }

    session()->setSpec(chosen);
    // The warnings the user goes on with; the Summary page repeats them.
    for (int issue = int(SizingIssue::NameInvalid); issue <= int(SizingIssue::SecureBootOn);
         ++issue)
        session()->withdrawAcknowledgement(acknowledgementKey(SizingIssue(issue)));
    for (const SizingNotice &notice : std::as_const(m_notices)) {
        if (notice.level == NoticeLevel::Warning)
            session()->acknowledge(acknowledgementKey(notice.issue), notice.text);
    }
    return true;
}

} // namespace Airlock
