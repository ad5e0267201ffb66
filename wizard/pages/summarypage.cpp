// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypage.h"

#include "airlockwizard.h"
#include "exposure/exposure.h"
#include "host/hostreading.h"
#include "media/isoname.h"
#include "noticelabel.h"
#include "provision/creationplan.h"
#include "sizing/sizing.h"
#include "summarygroup.h"
#include "xmlview.h"

#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

namespace Airlock {

namespace {

const QString s_host = QStringLiteral("host");
const QString s_media = QStringLiteral("media");
const QString s_resources = QStringLiteral("resources");
const QString s_devices = QStringLiteral("devices");

// Lets a path or file name wrap after its separators instead of widening
// the page: a zero-width space after each one.
QString breakable(const QString &text)
{
    QString result;
    result.reserve(text.size() + text.size() / 4);
    for (const QChar c : text) {
        result.append(c);
        if (c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char('_'))
            result.append(QChar(0x200B));
    }
    return result;
}

QString quoted(const QString &text)
{
    //: A name in quotation marks, as the rest of the wizard writes it.
    return SummaryPage::tr("“%1”").arg(text);
}

QString groupTitle(int pageId)
{
    const auto section = AirlockWizard::sectionOf(pageId);
    return section ? SpecSections::title(*section) : QString();
}

QString cpuCount(int vcpus)
{
    return SummaryPage::tr("%n virtual CPU(s)", nullptr, vcpus);
}

} // namespace

SummaryPage::SummaryPage(WizardSession *session, QWidget *parent)
    : AirlockPage(session, parent)
    , m_headline(new QLabel(this))
    , m_problem(new NoticeLabel(this))
    , m_fixProblem(new QPushButton(this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget(m_scroll))
    , m_hostGroup(new SummaryGroup(s_host, groupTitle(AirlockWizard::HostPageId), m_content))
    , m_mediaGroup(new SummaryGroup(s_media, groupTitle(AirlockWizard::MediaPageId), m_content))
    , m_resourcesGroup(
              new SummaryGroup(s_resources, groupTitle(AirlockWizard::ResourcesPageId), m_content))
    , m_devicesGroup(
              new SummaryGroup(s_devices, groupTitle(AirlockWizard::DevicesPageId), m_content))
    , m_warnings(new QWidget(m_content))
    , m_warningRows(new QVBoxLayout)
    , m_steps(new QLabel(m_content))
    , m_showConfiguration(new QToolButton(m_content))
    , m_saveXml(new QPushButton(tr("&Save XML…"), m_content))
    , m_configuration(new QWidget(m_content))
    , m_assumedNotice(new NoticeLabel(m_configuration))
    , m_tabs(new QTabWidget(m_configuration))
    , m_domainTab(new QWidget(m_tabs))
    , m_domainNote(new QLabel(m_domainTab))
    , m_domainView(new XmlView(m_domainTab))
    , m_networkTab(new QWidget(m_tabs))
    , m_networkNote(new QLabel(m_networkTab))
    , m_networkView(new XmlView(m_networkTab))
    , m_saveNotice(new NoticeLabel(m_content))
{
    setObjectName(QStringLiteral("summarypage"));
    setTitle(tr("Review and create"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Create and start"));
    setSubTitle(tr("Everything you chose, in one place. Nothing has been created yet: Create and "
                   "start makes the VM's disk, network and definition, and starts it."));

    buildHeadline();
    QLayout *problemRow = buildProblemRow();
    QLayout *groups = buildGroups();
    buildWarnings();
    buildCreationSteps();
    QLayout *configurationRow = buildConfigurationRow();
    buildConfiguration();
    buildLayout(problemRow, groups, configurationRow);
    connectSignals();
    updateTabOrder();
}

void SummaryPage::buildHeadline()
{
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.1);
    m_headline->setFont(headlineFont);
}

QLayout *SummaryPage::buildProblemRow()
{
    m_problem->setObjectName(QStringLiteral("problemNotice"));
    m_fixProblem->setObjectName(QStringLiteral("fixProblem"));
    m_fixProblem->setAutoDefault(false);
    m_fixProblem->setVisible(false);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problem, 1);
    problemRow->addWidget(m_fixProblem, 0, Qt::AlignTop);
    return problemRow;
}

QLayout *SummaryPage::buildGroups()
{
    // The groups, in the order of the pages, two by two.
    m_hostGroup->addRow(QStringLiteral("uri"), tr("Connection:"));
    m_hostGroup->addRow(QStringLiteral("checks"), tr("Checks:"));
    m_hostGroup->addRow(QStringLiteral("confinement"), tr("Confinement:"));
    m_hostGroup->addRow(QStringLiteral("acceleration"), tr("Runs with:"));
    m_mediaGroup->addRow(QStringLiteral("release"), tr("Installs:"));
    m_mediaGroup->addRow(QStringLiteral("source"), tr("From:"));
    m_mediaGroup->addRow(QStringLiteral("copy"), tr("When creating:"));
    m_resourcesGroup->addRow(QStringLiteral("name"), tr("Name:"));
    m_resourcesGroup->addRow(QStringLiteral("vcpus"), tr("CPUs:"));
    m_resourcesGroup->addRow(QStringLiteral("memory"), tr("Memory:"));
    m_resourcesGroup->addRow(QStringLiteral("disk"), tr("Disk:"));
    m_resourcesGroup->addRow(QStringLiteral("firmware"), tr("Firmware:"));
    m_devicesGroup->addRow(QStringLiteral("preset"), tr("Preset:"));
    m_devicesGroup->addRow(QStringLiteral("network"), tr("Network:"));
    m_devicesGroup->addRow(QStringLiteral("exposed"), tr("Also given:"));
    m_devicesGroup->addRow(QStringLiteral("reach"), tr("In short:"));
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_hostGroup, 0, 0);
    grid->addWidget(m_mediaGroup, 0, 1);
    grid->addWidget(m_resourcesGroup, 1, 0);
    grid->addWidget(m_devicesGroup, 1, 1);
    return grid;
}

void SummaryPage::buildWarnings()
{
    // The warnings accepted on the way, rebuilt each time the page is shown.
    m_warnings->setObjectName(QStringLiteral("acknowledgedWarnings"));
    auto *warningsTitle = new QLabel(tr("Warnings you accepted on the way"), m_warnings);
    QFont bold = warningsTitle->font();
    bold.setBold(true);
    warningsTitle->setFont(bold);
    auto *warningsLayout = new QVBoxLayout(m_warnings);
    warningsLayout->setContentsMargins(0, 4, 0, 0);
    warningsLayout->setSpacing(2);
    warningsLayout->addWidget(warningsTitle);
    m_warningRows->setSpacing(0);
    warningsLayout->addLayout(m_warningRows);
    m_warnings->setVisible(false);
}

void SummaryPage::buildCreationSteps()
{
    // What the commit button sets going, from the creation plan itself.
    m_steps->setObjectName(QStringLiteral("creationSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    QStringList steps;
    for (const CreationStep &step : CreationPlan::steps())
        steps.append(step.title().toHtmlEscaped());
    m_steps->setText(
            //: %1 is the list of creation steps, joined by arrows.
            tr("<b>What Create and start will do:</b> %1. If a step fails, Airlock undoes the "
               "steps before it; nothing that was on this computer before is changed.")
                    .arg(steps.join(QStringLiteral(" → "))));
}

QLayout *SummaryPage::buildConfigurationRow()
{
    // The exact configuration: collapsed until asked for.
    m_showConfiguration->setObjectName(QStringLiteral("showConfiguration"));
    m_showConfiguration->setCheckable(true);
    m_showConfiguration->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showConfiguration->setArrowType(Qt::RightArrow);
    m_showConfiguration->setAutoRaise(true);
    m_showConfiguration->setFocusPolicy(Qt::StrongFocus);
    m_showConfiguration->setText(tr("Show the e&xact configuration"));
    m_saveXml->setObjectName(QStringLiteral("saveXml"));
    m_saveXml->setAutoDefault(false);
    m_saveXml->setToolTip(tr("Save the XML in front to a file, to read or keep"));
    m_saveNotice->setObjectName(QStringLiteral("saveNotice"));
    auto *configurationRow = new QHBoxLayout;
    configurationRow->addWidget(m_showConfiguration);
    configurationRow->addStretch(1);
    configurationRow->addWidget(m_saveXml);
    return configurationRow;
}

void SummaryPage::buildConfiguration()
{
    // The domain's XML and the network's, each in a tab under a note that
    // says what it is written for.
    m_configuration->setObjectName(QStringLiteral("configuration"));
    m_assumedNotice->setObjectName(QStringLiteral("assumedNotice"));
    m_tabs->setObjectName(QStringLiteral("configurationTabs"));
    m_tabs->setDocumentMode(true);
    for (QLabel *note : {m_domainNote, m_networkNote}) {
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
    }
    m_domainNote->setObjectName(QStringLiteral("domainNote"));
    m_networkNote->setObjectName(QStringLiteral("networkNote"));
    m_domainView->setObjectName(QStringLiteral("domainXml"));
    m_domainView->setAccessibleName(tr("The VM's exact configuration (domain XML)"));
    m_networkView->setObjectName(QStringLiteral("networkXml"));
    m_networkView->setAccessibleName(tr("The network's exact configuration (network XML)"));
    const int lines = QFontMetrics(m_domainView->font()).lineSpacing();
    for (XmlView *view : {m_domainView, m_networkView})
        view->setMinimumHeight(lines * 8);
    m_domainTab->setObjectName(QStringLiteral("domainTab"));
    auto *domainLayout = new QVBoxLayout(m_domainTab);
    domainLayout->setContentsMargins(0, 6, 0, 0);
    domainLayout->addWidget(m_domainNote);
    domainLayout->addWidget(m_domainView, 1);
    m_networkTab->setObjectName(QStringLiteral("networkTab"));
    auto *networkLayout = new QVBoxLayout(m_networkTab);
    networkLayout->setContentsMargins(0, 6, 0, 0);
    networkLayout->addWidget(m_networkNote);
    networkLayout->addWidget(m_networkView, 1);
    m_tabs->addTab(m_domainTab, QString());
    m_tabs->addTab(m_networkTab, QString());
    auto *configurationLayout = new QVBoxLayout(m_configuration);
    configurationLayout->setContentsMargins(0, 0, 0, 0);
    configurationLayout->addWidget(m_assumedNotice);
    configurationLayout->addWidget(m_tabs, 1);
    m_configuration->setVisible(false);
}

void SummaryPage::buildLayout(QLayout *problemRow, QLayout *groups, QLayout *configurationRow)
{
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->setSpacing(6);
    contentLayout->addLayout(groups);
    contentLayout->addWidget(m_warnings);
    contentLayout->addWidget(m_steps);
    contentLayout->addLayout(configurationRow);
    contentLayout->addWidget(m_saveNotice);
    contentLayout->addWidget(m_configuration, 1);
    contentLayout->addStretch();

    m_scroll->setObjectName(QStringLiteral("summaryScroll"));
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_content->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(problemRow);
    layout->addWidget(m_scroll, 1);
}

void SummaryPage::connectSignals()
{
    connect(m_fixProblem, &QPushButton::clicked, this, [this] { goBackTo(m_fixPage); });
    const std::pair<SummaryGroup *, int> groups[] = {
            {m_hostGroup, AirlockWizard::HostPageId},
            {m_mediaGroup, AirlockWizard::MediaPageId},
            {m_resourcesGroup, AirlockWizard::ResourcesPageId},
            {m_devicesGroup, AirlockWizard::DevicesPageId},
    };
    for (const auto &[group, pageId] : groups) {
        connect(group->changeButton(), &QPushButton::clicked, this,
                [this, pageId] { goBackTo(pageId); });
    }
    connect(m_showConfiguration, &QToolButton::toggled, this, &SummaryPage::setConfigurationShown);
    connect(m_saveXml, &QPushButton::clicked, this, &SummaryPage::chooseSaveFile);
    connect(m_tabs, &QTabWidget::currentChanged, m_saveNotice, &NoticeLabel::clear);
    // The configuration is fitted to the view whenever the view changes size.
    m_scroll->viewport()->installEventFilter(this);
    // Once the new range is set, the content's own layout may still have to
    // place its children: reveal after both.
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_revealConfiguration)
            QTimer::singleShot(0, this, &SummaryPage::revealConfiguration);
    });

    connect(session(), &WizardSession::specChanged, this, [this] {
        if (isCurrent())
            refresh(); // other host devices are described from the same reading
    });
    // The reading starts again on another URI or another pool.
    connect(session()->host(), &HostReading::started, this, [this] {
        if (isCurrent())
            refresh();
    });
    // A lost connection leaves the reading stale: the page on screen asks
    // for the host again, over a new connection.
    connect(session()->hypervisor(), &Hypervisor::connectionLost, this, [this] {
        if (isCurrent()) {
            session()->connectIfNeeded();
            session()->host()->ensureRead();
        }
    });
    connect(session()->host(), &HostReading::finished, this, [this] {
        if (!isCurrent())
            return;
        refresh();
        Q_EMIT hostChecked();
    });
}

void SummaryPage::initializePage()
{
    m_saveNotice->clear();
    session()->connectIfNeeded();
    session()->host()->ensureRead();
    refresh();
    if (session()->host()->isFinished())
        Q_EMIT hostChecked();
}

bool SummaryPage::validatePage()
{
    // Only the spec is checked here: the Launch page runs the creation.
    const SpecProblems found = problems();
    showProblems(found);
    if (!found.isEmpty()) {
        m_fixProblem->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return true;
}

bool SummaryPage::isCurrent() const
{
    return wizard() && wizard()->currentPage() == this;
}

VmSpec SummaryPage::definedSpec() const
{
    return CreationPlan::definedSpec(spec());
}

HostLimits SummaryPage::hostLimits() const
{
    return session()->host()->limits();
}

SpecProblems SummaryPage::problems() const
{
    SpecProblems found;
    if (spec().iso.isEmpty())
        found.append({QStringLiteral("iso"),
                      tr("none was chosen. Download it, or choose an ISO you have, on “Get "
                         "NixOS”.")});
    found.append(spec().validate(hostLimits()));
    // A host device the host cannot describe would stop creation at its
    // first step: say so now, when the host was asked.
    if (found.isEmpty() && m_targetState == TargetState::Known) {
        if (const auto xml = DomainXml::domain(definedSpec(), m_target); !xml)
            found.append(xml.error());
    }
    return found;
}

QList<HostDevice> SummaryPage::knownHostDevices() const
{
    if (m_targetState == TargetState::Known)
        return m_target.hostDevices;
    return session()->host()->devices();
}

void SummaryPage::updateTarget()
{
    const HostReading *host = session()->host();
    m_target = {};
    m_targetProblem.clear();
    switch (host->state()) {
    case HostReading::State::NotRead:
    case HostReading::State::Reading:
        m_targetState = TargetState::Checking;
        break;
    case HostReading::State::Read:
        m_targetState = TargetState::Known;
        m_target = host->target(spec().exposure.hostDevices);
        break;
    case HostReading::State::Failed:
        // The XML needs only the capabilities; they may have been read
        // when the rest of the host was not.
        if (host->knowsTarget()) {
            m_targetState = TargetState::Known;
            m_target = host->target(spec().exposure.hostDevices);
            break;
        }
        m_targetState = TargetState::Assumed;
        m_targetProblem = host->failureReason();
        break;
    }
}

void SummaryPage::refresh()
{
    updateTarget();
    const VmSpec &current = spec();
    const SpecProblems found = problems();

    QStringList words;
    words.append(IsoName::title(current.iso));
    words.append(cpuCount(current.vcpus));
    words.append(Sizing::formatMiB(current.memoryMiB));
    //: The disk's size in the headline, e.g. "32 GiB disk".
    words.append(tr("%1 disk").arg(Sizing::formatMiB(qint64(current.diskGiB) * 1024)));
    const auto preset = ExposureCatalogue::matchingPreset(current);
    words.append(preset ? ExposureCatalogue::presetTitle(*preset) : tr("custom devices"));
    const QString list = words.join(tr(", ", "separator of the headline's parts"));
    m_headline->setText(found.isEmpty()
                                //: %1 is the VM's name, %2 its main choices.
                                ? tr("Ready to create “%1”: %2").arg(current.name, list)
                                //: %1 is the VM's name, %2 its main choices.
                                : tr("Not yet ready to create “%1”: %2").arg(current.name, list));
    showProblems(found);

    refreshHost();
    refreshMedia();
    refreshResources();
    refreshDevices();
    refreshWarnings();
    refreshConfiguration();
}

void SummaryPage::refreshHost()
{
    const VmSpec &current = spec();
    m_hostGroup->setValue(QStringLiteral("uri"), session()->uri());

    QString checks;
    {
        const QList<HostCheck> results = session()->hostChecks()->results();
        int passed = 0, warned = 0, unknown = 0, accepted = 0;
        for (const HostCheck &check : results) {
            switch (check.status) {
            case CheckStatus::Pass:
            case CheckStatus::Info:
                ++passed;
                break;
            case CheckStatus::Warn:
                ++warned;
                break;
            case CheckStatus::Unknown:
                ++unknown;
                break;
            case CheckStatus::Fail:
                ++accepted;
                break;
            }
        }
        QStringList parts;
        if (passed > 0)
            parts.append(tr("%1 passed").arg(passed));
        if (warned > 0)
            parts.append(warned == 1 ? tr("1 warning") : tr("%1 warnings").arg(warned));
        if (unknown > 0)
            parts.append(unknown == 1 ? tr("1 could not be checked")
                                      : tr("%1 could not be checked").arg(unknown));
        if (accepted > 0)
            parts.append(accepted == 1 ? tr("1 risk accepted")
                                       : tr("%1 risks accepted").arg(accepted));
        if (!results.isEmpty())
            checks = passed == results.size() ? tr("All %1 passed").arg(passed)
                                              : QLocale().createSeparatedList(parts);
    }
    m_hostGroup->setValue(QStringLiteral("checks"), checks);

    QString confinement;
    QString acceleration;
    switch (m_targetState) {
    case TargetState::Checking:
        confinement = tr("checking this host…");
        acceleration = tr("checking this host…");
        break;
    case TargetState::Known:
    case TargetState::Assumed: {
        if (m_targetState == TargetState::Assumed)
            confinement = tr("SELinux assumed; this host could not be asked");
        else if (m_target.selinux)
            confinement = tr("SELinux (sVirt) gives the VM's process a label of its own");
        else
            confinement = tr("Not confined by SELinux: libvirt on this host does not offer "
                             "it");
        const bool kvm = DomainXml::domainType(current, m_target) == QLatin1String("kvm");
        if (kvm)
            acceleration = tr("KVM, the processor's virtualization");
        else if (current.accelerator == Accelerator::Tcg)
            acceleration = tr("Emulation (TCG), as chosen: slower than KVM");
        else
            acceleration = tr("Emulation (TCG): KVM is not available here, so the VM runs "
                              "slower");
        break;
    }
    }
    m_hostGroup->setValue(QStringLiteral("confinement"), confinement);
    m_hostGroup->setValue(QStringLiteral("acceleration"), acceleration);
}

void SummaryPage::refreshMedia()
{
    const VmSpec &current = spec();
    const IsoSource &iso = current.iso;
    m_mediaGroup->setValue(QStringLiteral("release"),
                           iso.isEmpty() ? tr("Not chosen yet") : IsoName::title(iso));
    if (iso.isEmpty()) {
        m_mediaGroup->setValue(QStringLiteral("source"), QString());
        m_mediaGroup->setValue(QStringLiteral("copy"), QString());
    } else if (iso.isVolume()) {
        m_mediaGroup->setValue(QStringLiteral("source"),
                               tr("the volume %1 in the storage pool %2")
                                       .arg(quoted(breakable(iso.volume)), quoted(iso.pool)));
        m_mediaGroup->setValue(QStringLiteral("copy"), QString());
    } else {
        m_mediaGroup->setValue(QStringLiteral("source"), breakable(iso.path), iso.path);
        m_mediaGroup->setValue(QStringLiteral("copy"),
                               tr("copied into the storage pool %1, where the VM reads it")
                                       .arg(quoted(current.storagePool)));
    }
}

void SummaryPage::refreshResources()
{
    const VmSpec &current = spec();
    m_resourcesGroup->setValue(QStringLiteral("name"), current.name);
    m_resourcesGroup->setValue(
            QStringLiteral("vcpus"),
            //: %1 is "2 CPUs", %2 a CPU mode ("Host CPU (host-passthrough)").
            tr("%1, %2").arg(cpuCount(current.vcpus), Sizing::cpuModeTitle(current.cpuMode)));
    m_resourcesGroup->setValue(QStringLiteral("memory"), Sizing::formatMiB(current.memoryMiB));
    m_resourcesGroup->setValue(QStringLiteral("disk"),
                               tr("%1 in the storage pool %2; it takes only the space NixOS writes")
                                       .arg(Sizing::formatMiB(qint64(current.diskGiB) * 1024),
                                            quoted(current.storagePool)));
    QString firmware;
    if (current.firmware == Firmware::Bios)
        firmware = tr("BIOS");
    else if (current.secureBoot)
        firmware = tr("UEFI with Secure Boot");
    else
        firmware = tr("UEFI, Secure Boot off (the NixOS installer is not signed for it)");
    m_resourcesGroup->setValue(QStringLiteral("firmware"), firmware);
}

void SummaryPage::refreshDevices()
{
    const VmSpec &current = spec();
    const QList<HostDevice> devices = knownHostDevices();
    const auto preset = ExposureCatalogue::matchingPreset(current);
    m_devicesGroup->setValue(QStringLiteral("preset"),
                             preset ? ExposureCatalogue::presetTitle(*preset)
                                    : tr("Custom: your own choice"));

    const NetworkChoice &network = current.network;
    const QString mode = ExposureCatalogue::networkModeTitle(network.mode);
    const QString risk
            = ExposureCatalogue::riskTitle(ExposureCatalogue::networkModeRisk(network.mode));
    QString networkText;
    switch (network.mode) {
    case NetworkMode::None:
        networkText = mode;
        break;
    case NetworkMode::Nat:
        networkText = network.ipv6
                              //: %1 network mode, %2 network name, %3 risk ("Medium risk").
                              ? tr("%1 with IPv6, on Airlock's network %2 · %3")
                              //: %1 network mode, %2 network name, %3 risk ("Medium risk").
                              : tr("%1, on Airlock's network %2 · %3");
        networkText = networkText.arg(mode, quoted(DomainXml::networkName(network)), risk);
        break;
    case NetworkMode::Bridge:
        networkText = network.ipv6
                              //: %1 network mode, %2 bridge name, %3 risk ("High risk").
                              ? tr("%1 with IPv6, on the bridge %2 · %3")
                              //: %1 network mode, %2 bridge name, %3 risk ("High risk").
                              : tr("%1, on the bridge %2 · %3");
        networkText = networkText.arg(
                mode, network.bridge.isEmpty() ? tr("(not named yet)") : quoted(network.bridge),
                risk);
        break;
    }
    m_devicesGroup->setValue(QStringLiteral("network"), networkText);

    QStringList exposed;
    for (const ExposureEntry &entry : ExposureCatalogue::entries()) {
        if (entry.id == ExposureId::Network || entry.id == ExposureId::Ipv6
            || !ExposureCatalogue::isOn(current, entry.id))
            continue;
        // The risk of the value chosen (a read-only folder is less), as the
        // Devices page shows it.
        const QString entryRisk
                = ExposureCatalogue::riskTitle(ExposureCatalogue::riskIn(current, entry.id));
        if (entry.id == ExposureId::SharedFolder) {
            const SharedFolder &folder = *current.exposure.sharedFolder;
            exposed.append(
                    //: %1 folder path, %2 "read-only" or "read and write", %3 risk.
                    tr("Shared folder %1, %2 · %3")
                            .arg(quoted(breakable(folder.path)),
                                 folder.readOnly ? tr("read-only") : tr("read and write"),
                                 entryRisk));
        } else if (entry.id == ExposureId::HostDevices) {
            for (const QString &name : current.exposure.hostDevices) {
                const auto known = std::find_if(
                        devices.cbegin(), devices.cend(),
                        [&name](const HostDevice &device) { return device.name == name; });
                //: %1 a device of the host ("Logitech webcam"), %2 risk.
                exposed.append(tr("%1, handed over · %2")
                                       .arg(known != devices.cend() ? known->description() : name,
                                            entryRisk));
            }
        } else {
            //: %1 an exposure ("Speakers"), %2 its risk ("Low risk").
            exposed.append(tr("%1 · %2").arg(entry.translatedTitle(), entryRisk));
        }
    }
    m_devicesGroup->setValue(QStringLiteral("exposed"),
                             exposed.isEmpty() ? tr("nothing else of your computer")
                                               : exposed.join(QLatin1Char('\n')));
    m_devicesGroup->setValue(QStringLiteral("reach"),
                             ExposureCatalogue::reachSummary(current, devices));
}

void SummaryPage::refreshWarnings()
{
    while (QLayoutItem *item = m_warningRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_warningButtons.clear();
    const QList<WizardSession::Acknowledgement> acknowledged = session()->acknowledgements();
    int index = 0;
    for (const WizardSession::Acknowledgement &warning : acknowledged) {
        const auto section = warning.section();
        const int pageId = section ? AirlockWizard::pageOf(*section) : -1;
        auto *row = new QWidget(m_warnings);
        row->setObjectName(QStringLiteral("warning-%1").arg(index++));
        auto *notice = new NoticeLabel(row);
        notice->setObjectName(QStringLiteral("warningText"));
        const QString group = groupTitle(pageId);
        notice->setNotice(
                Status::Warn,
                group.isEmpty()
                        ? warning.text.toHtmlEscaped()
                        //: %1 an accepted warning, %2 the group it was accepted in.
                        : tr("%1 <i>(%2)</i>")
                                  .arg(warning.text.toHtmlEscaped(), group.toHtmlEscaped()));
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(notice, 1);
        if (pageId >= 0) {
            auto *change = new LinkButton(tr("Change"), row);
            change->setObjectName(QStringLiteral("changeWarning"));
            change->setAccessibleName(tr("Change: %1").arg(group));
            connect(change, &QPushButton::clicked, this, [this, pageId] { goBackTo(pageId); });
            layout->addWidget(change, 0, Qt::AlignTop);
            m_warningButtons.append(change);
        }
        m_warningRows->addWidget(row);
    }
    m_warnings->setVisible(!acknowledged.isEmpty());
    updateTabOrder();
}

void SummaryPage::refreshConfiguration()
{
    m_domainXml.clear();
    m_networkXml.clear();
    const VmSpec defined = definedSpec();
    const QString networkName = DomainXml::networkName(spec().network);
    m_tabs->setTabText(0, tr("VM %1").arg(quoted(spec().name)));
    m_tabs->setTabText(1, tr("Network %1").arg(quoted(networkName)));
    m_tabs->setTabVisible(1, !networkName.isEmpty());

    // The reason stands in brackets inside the sentence: no full stop of its own.
    QString reason = m_targetProblem;
    if (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    if (m_targetState == TargetState::Assumed)
        m_assumedNotice->setNotice(
                Status::Unknown,
                tr("Airlock could not ask this host what it offers (%1), so this is written for "
                   "a hardened host with KVM and SELinux. Create and start asks the host again "
                   "and writes what it offers.")
                        .arg(reason.toHtmlEscaped()));
    else
        m_assumedNotice->clear();

    if (m_targetState == TargetState::Checking) {
        m_domainNote->setText(tr("Checking this host…"));
        m_networkNote->setText(tr("Checking this host…"));
        for (XmlView *view : {m_domainView, m_networkView}) {
            view->setXml(QString());
            view->setPlaceholderText(tr("Checking this host…"));
        }
        m_saveXml->setEnabled(false);
        return;
    }

    DomainTarget target = m_target;
    if (m_targetState == TargetState::Assumed)
        target.hostDevices = knownHostDevices();
    QStringList notes {m_targetState == TargetState::Known
                               ? tr("Exactly what Create and start hands to libvirt, written for "
                                    "this host.")
                               : tr("What Create and start would hand to libvirt on a hardened "
                                    "host.")};
    if (!spec().iso.isEmpty() && !spec().iso.isVolume())
        notes.append(tr("The ISO is first copied into the storage pool %1 as %2 (with a number "
                        "added if another file has that name); the VM reads it from there.")
                             .arg(quoted(defined.iso.pool), quoted(defined.iso.volume)));
    m_domainNote->setText(notes.join(QLatin1Char(' ')));
    if (const auto xml = DomainXml::domain(defined, target)) {
        m_domainXml = *xml;
        m_domainView->setXml(m_domainXml);
        m_domainView->setPlaceholderText(QString());
    } else {
        QStringList lines;
        for (const SpecProblem &problem : xml.error())
            lines.append(problem.text());
        m_domainView->setXml(QString());
        m_domainView->setPlaceholderText(tr("The configuration cannot be written yet:\n%1")
                                                 .arg(lines.join(QLatin1Char('\n'))));
    }

    if (!networkName.isEmpty()) {
        const NetworkAddressing addressing;
        m_networkXml = DomainXml::network(spec().network, addressing);
        m_networkView->setXml(m_networkXml);
        m_networkNote->setText(
                tr("Airlock's own network, defined and started when it does not exist yet; one "
                   "that exists is used only when it is exactly what Airlock makes, and never "
                   "changed. If %1 is taken on this computer, Airlock picks the next free range "
                   "when creating. The VM's own MAC and IP address are reserved on it then, so "
                   "the VM's XML shows them only once it is created.")
                        .arg(addressing.ipv4Network()));
    }
    m_saveXml->setEnabled(true);
}

void SummaryPage::showProblems(const SpecProblems &problems)
{
    if (problems.isEmpty()) {
        m_problem->clear();
        m_fixProblem->setVisible(false);
        m_fixPage = -1;
        return;
    }
    QStringList lines;
    for (const SpecProblem &problem : problems)
        //: A setting ("Memory"), then what is wrong with it, in the model's words.
        lines.append(tr("%1: %2")
                             .arg(SpecSections::settingTitle(problem.key), problem.message)
                             .toHtmlEscaped());
    m_problem->setNotice(
            Status::Fail,
            tr("Airlock cannot create this VM yet.<br>%1").arg(lines.join(QStringLiteral("<br>"))));
    // A key that names no choice ("(file)") is fixed where the VM is named.
    m_fixPage = AirlockWizard::pageOf(
            SpecSections::ofKey(problems.constFirst().key).value_or(SpecSection::Resources));
    //: %1 is a group of the Summary ("Size").
    m_fixProblem->setText(tr("Change %1").arg(groupTitle(m_fixPage)));
    m_fixProblem->setVisible(true);
}

bool SummaryPage::isConfigurationShown() const
{
    return m_showConfiguration->isChecked();
}

void SummaryPage::setConfigurationShown(bool shown)
{
    if (m_showConfiguration->isChecked() != shown) {
        m_showConfiguration->setChecked(shown); // comes back here through toggled
        return;
    }
    m_showConfiguration->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_showConfiguration->setText(shown ? tr("Hide the e&xact configuration")
                                       : tr("Show the e&xact configuration"));
    m_revealConfiguration = shown;
    if (shown)
        fitConfiguration();
    m_configuration->setVisible(shown);
    // The content grows once the layout has run: the scroll follows when
    // the scroll bar's range does, or here when there was room already.
    if (shown)
        QTimer::singleShot(0, this, &SummaryPage::revealConfiguration);
}

void SummaryPage::fitConfiguration()
{
    // Shown, the configuration fills the view below its button, so the XML
    // is read in one place rather than in a sliver at the bottom.
    const int spacing = m_content->layout()->spacing();
    const int available = m_scroll->viewport()->height() - m_showConfiguration->sizeHint().height()
                          - 2 * spacing;
    m_configuration->setMinimumHeight(
            std::max(available, QFontMetrics(m_domainView->font()).lineSpacing() * 12));
}

void SummaryPage::revealConfiguration()
{
    if (!m_revealConfiguration || !m_configuration->isVisible())
        return;
    // The button at the top of the view, the XML filling the rest.
    QScrollBar *bar = m_scroll->verticalScrollBar();
    const int target
            = m_showConfiguration->mapTo(m_content, QPoint()).y() - m_content->layout()->spacing();
    bar->setValue(target);
    if (bar->value() == target)
        m_revealConfiguration = false;
}

bool SummaryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_scroll->viewport() && m_configuration->isVisibleTo(this))
            fitConfiguration();
    }
    return AirlockPage::eventFilter(watched, event);
}

bool SummaryPage::saveXml(const QString &path)
{
    const bool network = m_tabs->currentWidget() == m_networkTab && !m_networkXml.isEmpty();
    const QString xml = network ? m_networkXml : m_domainXml;
    if (xml.isEmpty()) {
        m_saveNotice->setNotice(Status::Fail,
                                isCheckingHost()
                                        ? tr("There is nothing to save yet: Airlock is still "
                                             "asking this host. Try again in a moment.")
                                        : tr("There is nothing to save: the configuration cannot "
                                             "be written until the problem above is fixed."));
        return false;
    }
    QSaveFile file(path);
    // A file handed out by the desktop portal (Flatpak) lives alone in its
    // folder: no temporary file can be made beside it.
    file.setDirectWriteFallback(true);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml.toUtf8()) < 0 || !file.commit()) {
        m_saveNotice->setNotice(Status::Fail,
                                tr("Could not save %1: %2. Choose another folder or name and try "
                                   "again.")
                                        .arg(quoted(path), file.errorString())
                                        .toHtmlEscaped());
        return false;
    }
    m_saveNotice->setNotice(Status::Info, tr("Saved to %1.").arg(quoted(path)).toHtmlEscaped());
    return true;
}

void SummaryPage::chooseSaveFile()
{
    const bool network = m_tabs->currentWidget() == m_networkTab && !m_networkXml.isEmpty();
    const QString name = network ? DomainXml::networkName(spec().network) : spec().name;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path
            = QFileDialog::getSaveFileName(this, tr("Save the exact configuration"),
                                           QDir(folder).filePath(name + QLatin1String(".xml")),
                                           tr("XML files (*.xml);;All files (*)"));
    if (!path.isEmpty())
        saveXml(path);
}

void SummaryPage::goBackTo(int pageId)
{
    if (auto *airlock = qobject_cast<AirlockWizard *>(wizard()))
        airlock->goBackTo(pageId);
}

void SummaryPage::updateTabOrder()
{
    QList<QWidget *> chain {m_fixProblem, m_hostGroup->changeButton(), m_mediaGroup->changeButton(),
                            m_resourcesGroup->changeButton(), m_devicesGroup->changeButton()};
    for (QPushButton *button : std::as_const(m_warningButtons))
        chain.append(button);
    chain << m_showConfiguration << m_saveXml << m_tabs << m_domainView << m_networkView;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace Airlock
