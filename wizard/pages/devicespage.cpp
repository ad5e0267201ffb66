// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicespage.h"

#include "devicemap.h"
#include "domainxml/domaindiff.h"
#include "domainxml/domainxml.h"
#include "host/hostreading.h"
#include "noticelabel.h"
#include "segmentbutton.h"
#include "sharedfolderdialog.h"
#include "spec/specsection.h"
#include "statusicon.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Airlock {

namespace {

const QString s_hostDevicePrefix = QStringLiteral("hostDevice:");
const QString s_partPrefix = QStringLiteral("part:");
const QString s_presetPrefix = QStringLiteral("preset:");
const QString s_networkPrefix = QStringLiteral("network:");
const QString s_customKey = QStringLiteral("custom");
const QString s_bullet = QStringLiteral("• ");
const QString s_nextBullet = QStringLiteral("\n• ");
constexpr int s_customId = 100;

const ExposureEntry *entryByKey(const QString &key)
{
    for (const ExposureEntry &entry : ExposureCatalogue::entries()) {
        if (QLatin1String(entry.key) == key)
            return &entry;
    }
    return nullptr;
}

// What the Summary repeats about a risky choice is keyed in this section.
QString acknowledgementKey(const QString &id)
{
    return SpecSections::acknowledgementKey(SpecSection::Devices, id);
}

QString partKey(HostPart part)
{
    return s_partPrefix + QString::number(int(part));
}

QPixmap glyphPixmap(HostPart part, int size, qreal ratio, const QColor &color)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    DeviceMap::paintGlyph(painter, part, QRectF(0, 0, size, size), color);
    return pixmap;
}

QPushButton *segment(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new SegmentButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

// Whole sentences, so that each language can inflect the risk (German keeps
// "Risiko" capitalised where English lower-cases "High risk").
QString cutOffState(Risk risk)
{
    switch (risk) {
    case Risk::None:
        return DevicesPage::tr("Cut off from the VM · connecting it is no risk");
    case Risk::Low:
        return DevicesPage::tr("Cut off from the VM · connecting it is low risk");
    case Risk::Medium:
        return DevicesPage::tr("Cut off from the VM · connecting it is medium risk");
    case Risk::High:
        return DevicesPage::tr("Cut off from the VM · connecting it is high risk");
    }
    return {};
}

// The folder's risk depends on the access the user will choose, so both are
// said before the choice.
QString sharedFolderCutOffState()
{
    VmSpec probe;
    probe.exposure.sharedFolder = SharedFolder {QStringLiteral("/"), true};
    const Risk readOnly = ExposureCatalogue::riskIn(probe, ExposureId::SharedFolder);
    probe.exposure.sharedFolder->readOnly = false;
    const Risk readWrite = ExposureCatalogue::riskIn(probe, ExposureId::SharedFolder);
    //: %1 and %2 are risks, e.g. "Medium risk" and "High risk".
    return DevicesPage::tr("Cut off from the VM · sharing read-only: %1 · read and write: %2")
            .arg(ExposureCatalogue::riskTitle(readOnly), ExposureCatalogue::riskTitle(readWrite));
}

} // namespace

DevicesPage::DevicesPage(WizardSession *session, QWidget *parent)
    : AirlockPage(session, parent)
    , m_presets(new QButtonGroup(this))
    , m_customPreset(segment(tr("Custom"), QStringLiteral("preset-custom"), this))
    , m_map(new DeviceMap(this))
    , m_mapArea(new QScrollArea(this))
    , m_explainedIcon(new QLabel(this))
    , m_explainedTitle(new QLabel(this))
    , m_explainedStateIcon(new QLabel(this))
    , m_explainedState(new QLabel(this))
    , m_exposureSwitch(new QCheckBox(this))
    , m_selectHint(new QLabel(this))
    , m_dependencyNotice(new NoticeLabel(this))
    , m_explainedText(new QLabel(this))
    , m_explainedAdds(new QLabel(this))
    , m_previewHeading(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_devicesNotice(new NoticeLabel(this))
    , m_networkModes(new QButtonGroup(this))
    , m_bridgeLabel(new QLabel(tr("&Bridge:"), this))
    , m_bridgeName(new QComboBox(this))
    , m_ipv6(new QCheckBox(tr("IPv&6"), this))
    , m_networkNotice(new NoticeLabel(this))
{
    setObjectName(QStringLiteral("devicespage"));
    setTitle(tr("Choose what the VM may touch"));
    setSubTitle(tr(
            "Everything the VM can reach on your computer is a way in. By default it reaches "
            "nothing but the internet, through a filtered network. Turn on only what you need."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildPresetRow(layout);
    buildMapSection(layout);
    buildSummary(layout);
    buildNetworkRow(layout);
    connectSignals();

    m_explained = presetSubject();
    m_shown = m_explained;
    refresh();
}

// Presets: a segmented row; "Custom" joins it once the user departs.
void DevicesPage::buildPresetRow(QVBoxLayout *layout)
{
    auto *presetRow = new QHBoxLayout;
    presetRow->setSpacing(0);
    auto *presetLabel = new QLabel(tr("Preset:"), this);
    presetRow->addWidget(presetLabel);
    presetRow->addSpacing(8);
    for (const Preset preset : ExposureCatalogue::presets()) {
        QPushButton *button
                = segment(ExposureCatalogue::presetTitle(preset),
                          QLatin1String("preset-") + ExposureCatalogue::presetKey(preset), this);
        m_presets->addButton(button, int(preset));
        presetRow->addWidget(button);
        button->installEventFilter(this);
    }
    m_presets->addButton(m_customPreset, s_customId);
    m_customPreset->installEventFilter(this);
    m_customPreset->setVisible(false);
    presetRow->addWidget(m_customPreset);
    presetRow->addStretch(1);
    layout->addLayout(presetRow);
}

// The map, and beside it the explanation of what it points at and the
// exact change to the VM's configuration.
void DevicesPage::buildMapSection(QVBoxLayout *layout)
{
    m_mapArea->setObjectName(QStringLiteral("deviceMapArea"));
    // The map's parts take the focus; the area around them has nothing to show for it.
    m_mapArea->setFocusPolicy(Qt::NoFocus);
    m_mapArea->setWidget(m_map);
    m_mapArea->setWidgetResizable(true);
    m_mapArea->setFrameShape(QFrame::NoFrame);
    m_mapArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_mapArea->viewport()->setAutoFillBackground(false);
    m_mapArea->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    // Beside the map: what the pointed-at thing is, then the exact change.
    auto *explainer = new QFrame(this);
    explainer->setObjectName(QStringLiteral("explainer"));
    explainer->setFrameShape(QFrame::StyledPanel);
    explainer->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_explainedTitle->setObjectName(QStringLiteral("explainedTitle"));
    m_explainedState->setObjectName(QStringLiteral("explainedState"));
    m_explainedText->setObjectName(QStringLiteral("explainedText"));
    m_explainedAdds->setObjectName(QStringLiteral("explainedAdds"));
    QFont titleFont = m_explainedTitle->font();
    titleFont.setBold(true);
    m_explainedTitle->setFont(titleFont);
    m_explainedTitle->setWordWrap(true);
    m_explainedState->setTextFormat(Qt::PlainText);
    m_explainedState->setWordWrap(true);
    for (QLabel *label : {m_explainedText, m_explainedAdds}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_explainedIcon);
    titleRow->addWidget(m_explainedTitle, 1);
    auto *explainerLayout = new QVBoxLayout(explainer);
    explainerLayout->setContentsMargins(10, 8, 10, 8);
    explainerLayout->addLayout(titleRow);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_explainedStateIcon);
    stateRow->addWidget(m_explainedState, 1);
    explainerLayout->addLayout(stateRow);
    // The one control that connects the selected part: reading about a
    // part never switches it.
    m_exposureSwitch->setObjectName(QStringLiteral("exposureSwitch"));
    m_exposureSwitch->installEventFilter(this);
    m_selectHint->setObjectName(QStringLiteral("selectHint"));
    m_selectHint->setWordWrap(true);
    m_selectHint->setText(tr("Select a part of your computer on the map to read what it lets "
                             "the VM do; its switch appears here."));
    m_dependencyNotice->setObjectName(QStringLiteral("dependencyNotice"));
    explainerLayout->addWidget(m_exposureSwitch);
    explainerLayout->addWidget(m_selectHint);
    explainerLayout->addWidget(m_dependencyNotice);
    explainerLayout->addWidget(m_explainedText);
    explainerLayout->addWidget(m_explainedAdds);

    m_previewHeading->setObjectName(QStringLiteral("changesHeading"));
    m_previewHeading->setWordWrap(true);
    m_previewHeading->setTextFormat(Qt::RichText);
    m_previewHeading->setText(
            tr("<b>What changes in the VM</b><br><small>Its configuration, compared with a VM "
               "that reaches nothing: + added, − removed.</small>"));
    m_preview->setObjectName(QStringLiteral("changesPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setTabChangesFocus(true);
    m_preview->setAccessibleName(tr("What changes in the VM's configuration"));
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.9));
    m_preview->setFont(fixed);
    m_preview->setMinimumHeight(QFontMetrics(fixed).height() * 5);
    m_previewHeading->setBuddy(m_preview);

    // The explanation scrolls in its own box where the column is short,
    // rather than its lines running into each other.
    auto *explainerArea = new QScrollArea(this);
    explainerArea->setObjectName(QStringLiteral("explainerArea"));
    explainerArea->setWidget(explainer);
    explainerArea->setWidgetResizable(true);
    explainerArea->setFrameShape(QFrame::NoFrame);
    explainerArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    explainerArea->viewport()->setAutoFillBackground(false);
    explainerArea->setFocusPolicy(Qt::NoFocus);

    auto *side = new QVBoxLayout;
    side->addWidget(explainerArea, 3);
    side->addSpacing(4);
    side->addWidget(m_previewHeading);
    side->addWidget(m_preview, 2);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_mapArea, 3);
    middle->addLayout(side, 2);
    layout->addLayout(middle, 1);
}

// Under the map: what the VM reaches in one sentence, and what became of
// listing the host's devices.
void DevicesPage::buildSummary(QVBoxLayout *layout)
{
    m_summary->setObjectName(QStringLiteral("reachSummary"));
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_devicesNotice->setObjectName(QStringLiteral("hostDevicesNotice"));
    layout->addWidget(m_summary);
    layout->addWidget(m_devicesNotice);
}

// The network: its mode as a segmented row, IPv6, and the bridge name when
// bridged.
void DevicesPage::buildNetworkRow(QVBoxLayout *layout)
{
    auto *networkRow = new QHBoxLayout;
    networkRow->setSpacing(0);
    networkRow->addWidget(new QLabel(tr("Network:"), this));
    networkRow->addSpacing(8);
    for (const NetworkMode mode : {NetworkMode::None, NetworkMode::Nat, NetworkMode::Bridge}) {
        QPushButton *button = segment(ExposureCatalogue::networkModeShortTitle(mode),
                                      QLatin1String("network-") + jsonName(mode), this);
        button->setToolTip(ExposureCatalogue::networkModeTitle(mode));
        button->setAccessibleDescription(ExposureCatalogue::networkModeExplanation(mode));
        button->installEventFilter(this);
        m_networkModes->addButton(button, int(mode));
        networkRow->addWidget(button);
    }
    networkRow->addSpacing(16);
    m_ipv6->setObjectName(QStringLiteral("ipv6"));
    m_ipv6->installEventFilter(this);
    m_ipv6->setAccessibleDescription(
            ExposureCatalogue::entry(ExposureId::Ipv6).translatedExplanation());
    networkRow->addWidget(m_ipv6);
    networkRow->addSpacing(16);
    // The host's bridges to choose from, and room to type one libvirt did
    // not list; no example name that could pass for a value.
    m_bridgeName->setObjectName(QStringLiteral("bridgeName"));
    m_bridgeName->setEditable(true);
    m_bridgeName->setInsertPolicy(QComboBox::NoInsert);
    m_bridgeName->lineEdit()->setMaxLength(15);
    m_bridgeName->setMinimumContentsLength(15);
    m_bridgeName->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    //: Accessible name of the field for the host's bridge interface.
    m_bridgeName->setAccessibleName(tr("Name of the bridge on this computer"));
    m_bridgeLabel->setBuddy(m_bridgeName);
    networkRow->addWidget(m_bridgeLabel);
    networkRow->addSpacing(6);
    networkRow->addWidget(m_bridgeName);
    showBridges();
    networkRow->addStretch(1);
    m_networkNotice->setObjectName(QStringLiteral("networkNotice"));
    layout->addLayout(networkRow);
    layout->addWidget(m_networkNotice);
}

void DevicesPage::connectSignals()
{
    connect(m_presets, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == s_customId)
            restoreCustom();
        else
            applyPreset(Preset(id));
    });
    connect(m_networkModes, &QButtonGroup::idClicked, this,
            [this](int id) { setNetworkMode(NetworkMode(id)); });
    connect(m_ipv6, &QCheckBox::clicked, this,
            [this] { toggle(QLatin1String(ExposureCatalogue::entry(ExposureId::Ipv6).key)); });
    const auto chooseBridge = [this](const QString &text) {
        if (spec().network.mode == NetworkMode::Bridge)
            changeSpec([&text](VmSpec &spec) { spec.network.bridge = text.trimmed(); });
    };
    connect(m_bridgeName->lineEdit(), &QLineEdit::textEdited, this, chooseBridge);
    connect(m_bridgeName, &QComboBox::textActivated, this, chooseBridge);
    connect(m_map, &DeviceMap::selectedKeyChanged, this, [this](const QString &key) {
        m_explained = key;
        m_switchOutcome = {};
        if (DeviceMapButton *item = m_map->button(key))
            m_mapArea->ensureWidgetVisible(item);
        refreshExplanation();
    });
    // Toggled, not clicked: a screen reader's toggle switches as a click does.
    connect(m_exposureSwitch, &QCheckBox::toggled, this, [this] {
        toggle(m_shown);
        // A refused confirmation or dialog leaves the spec as it was: so
        // does the switch.
        refreshExplanation();
    });
    connect(session(), &WizardSession::specChanged, this, &DevicesPage::refresh);
    // The session's reading lists the devices, once per host; another libvirt
    // URI is another host, read afresh.
    HostReading *host = session()->host();
    connect(host, &HostReading::started, this, [this] {
        m_listing = Listing::Running;
        m_hostDevices.clear();
        m_bridges.clear();
        m_bridgesProblem.clear();
        showBridges();
        m_target = {};
        m_devicesNotice->clear();
        refresh();
    });
    connect(host, &HostReading::finished, this, &DevicesPage::showListing);
}

DevicesPage::~DevicesPage()
{
    // The map loses focus while QWidget's destructor tears the children
    // down, after this page's members are gone: it must not call back.
    disconnect(m_map, nullptr, this, nullptr);
}

void DevicesPage::initializePage()
{
    // QWizard leaves the focus on its Next button, off the page: it starts
    // on the chosen preset, the first control as the page reads, and shows
    // there. Queued: the wizard shows the page after this.
    QMetaObject::invokeMethod(
            this,
            [this] {
                QWidget *focused = QApplication::focusWidget();
                if (!isVisible() || (focused && isAncestorOf(focused)))
                    return;
                QAbstractButton *chosen = m_presets->checkedButton();
                (chosen && chosen->isVisible() ? chosen : m_presets->buttons().constFirst())
                        ->setFocus(Qt::TabFocusReason);
            },
            Qt::QueuedConnection);
    session()->connectIfNeeded();
    HostReading *host = session()->host();
    host->ensureRead();
    if (host->isFinished()) {
        showListing();
        return;
    }
    m_listing = Listing::Running;
    refresh();
}

bool DevicesPage::isComplete() const
{
    const SpecProblems problems = spec().validate();
    return std::none_of(problems.cbegin(), problems.cend(), [](const SpecProblem &problem) {
        return SpecSections::ofKey(problem.key) == SpecSection::Devices;
    });
}

bool DevicesPage::validatePage()
{
    for (const SpecProblem &problem : spec().validate()) {
        if (SpecSections::ofKey(problem.key) == SpecSection::Devices) {
            m_networkNotice->setNotice(Status::Fail, problem.text().toHtmlEscaped());
            return false;
        }
    }
    syncAcknowledgements();
    return true;
}

bool DevicesPage::eventFilter(QObject *watched, QEvent *event)
{
    const auto type = event->type();
    // Enter switches like Space does, rather than leaving the page through
    // the wizard's default button.
    if (watched == m_exposureSwitch && type == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_exposureSwitch->isEnabled())
                m_exposureSwitch->click();
            return true;
        }
    }
    // Pointing at a preset or a network mode explains it beside the map.
    if (type == QEvent::Enter || type == QEvent::FocusIn || type == QEvent::Leave
        || type == QEvent::FocusOut) {
        QString subject;
        if (auto *button = qobject_cast<QAbstractButton *>(watched)) {
            const int presetId = m_presets->id(button);
            const int modeId = m_networkModes->id(button);
            if (button == m_customPreset)
                subject = s_presetPrefix + s_customKey;
            else if (presetId >= 0)
                subject = s_presetPrefix + ExposureCatalogue::presetKey(Preset(presetId));
            else if (modeId >= 0)
                subject = s_networkPrefix + jsonName(NetworkMode(modeId));
            else if (button == m_ipv6)
                subject = QLatin1String(ExposureCatalogue::entry(ExposureId::Ipv6).key);
        }
        if (!subject.isEmpty()) {
            if (type == QEvent::Enter || type == QEvent::FocusIn)
                m_pointedAt = subject;
            else if (m_pointedAt == subject)
                m_pointedAt.clear();
            refreshExplanation();
        }
    }
    return AirlockPage::eventFilter(watched, event);
}

void DevicesPage::changeSpec(const std::function<void(VmSpec &)> &change)
{
    VmSpec updated = spec();
    change(updated);
    if (updated.network.mode != NetworkMode::None)
        m_lastNetworkMode = updated.network.mode;
    session()->setSpec(updated); // refresh() follows through specChanged
}

QString DevicesPage::presetSubject() const
{
    const auto preset = ExposureCatalogue::matchingPreset(spec());
    return s_presetPrefix + (preset ? ExposureCatalogue::presetKey(*preset) : s_customKey);
}

void DevicesPage::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const VmSpec &current = spec();
    // However the speakers or the microphone went off, nothing came along.
    if (!current.exposure.microphone || !current.exposure.audio)
        m_speakersCameWithMicrophone = false;

    const auto preset = ExposureCatalogue::matchingPreset(current);
    if (!preset)
        m_custom = std::pair {current.network, current.exposure};
    m_customPreset->setVisible(m_custom.has_value());
    if (QAbstractButton *button = m_presets->button(preset ? int(*preset) : s_customId))
        button->setChecked(true);
    m_customPreset->setToolTip(tr("Your own choice, kept while you try the presets"));

    m_map->setEntries(mapEntries());
    // The side column gives way before the picture does.
    m_mapArea->setMinimumWidth(m_map->minimumSizeHint().width()
                               + m_mapArea->verticalScrollBar()->sizeHint().width());
    m_map->setVmName(current.name);

    if (QAbstractButton *button = m_networkModes->button(int(current.network.mode)))
        button->setChecked(true);
    const bool bridged = current.network.mode == NetworkMode::Bridge;
    m_bridgeLabel->setVisible(bridged);
    m_bridgeName->setVisible(bridged);
    if (!current.network.bridge.isEmpty()
        && m_bridgeName->currentText().trimmed() != current.network.bridge)
        m_bridgeName->setEditText(current.network.bridge);
    m_ipv6->setChecked(current.network.ipv6);
    m_ipv6->setEnabled(current.network.mode != NetworkMode::None);

    m_summary->setText(ExposureCatalogue::reachSummary(current, m_hostDevices));

    // The exact change: this domain against the same VM with nothing exposed.
    VmSpec reference = current;
    ExposureCatalogue::isolateEverything(reference);
    DomainTarget target = m_target;
    target.hostDevices = m_hostDevices;
    const auto now = DomainXml::domain(current, target);
    const auto before = DomainXml::domain(reference, target);
    if (!now || !before) {
        QStringList problems;
        for (const SpecProblem &problem : now ? before.error() : now.error())
            problems.append(problem.text());
        // Sentences wrap; only XML keeps its lines whole.
        m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_preview->setPlainText(problems.join(QLatin1Char('\n')));
    } else {
        const QList<DomainDiff::Line> lines = DomainDiff::between(*before, *now);
        if (lines.isEmpty()) {
            m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
            m_preview->setPlainText(tr("Nothing: the VM gets its disk, the installer and a "
                                       "display, and reaches nothing of your computer."));
        } else {
            m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
            m_preview->setPlainText(DomainDiff::text(lines).trimmed());
            // + and − carry the meaning; the colours only help the eye.
            const QColor added = StatusIcon::color(Status::Pass, palette());
            const QColor removed = StatusIcon::color(Status::Fail, palette());
            QTextBlock block = m_preview->document()->firstBlock();
            for (const DomainDiff::Line &line : lines) {
                if (!block.isValid())
                    break;
                if (line.kind != DomainDiff::Line::Kind::Context) {
                    QTextCursor cursor(block);
                    cursor.select(QTextCursor::LineUnderCursor);
                    QTextCharFormat format;
                    format.setForeground(line.kind == DomainDiff::Line::Kind::Added ? added
                                                                                    : removed);
                    cursor.mergeCharFormat(format);
                }
                block = block.next();
            }
        }
    }

    if (bridged) {
        Status status = Status::Warn;
        const QString notice = bridgeNotice(current.network.bridge, &status);
        m_networkNotice->setNotice(status, notice);
    } else {
        m_networkNotice->clear();
    }
    for (const SpecProblem &problem : current.validate()) {
        if (problem.key == QLatin1String("network.bridge") && !current.network.bridge.isEmpty())
            m_networkNotice->setNotice(Status::Fail, problem.message.toHtmlEscaped());
    }

    syncAcknowledgements();
    orderFocus();
    m_refreshing = false;
    refreshExplanation();
    Q_EMIT completeChanged();
}

void DevicesPage::orderFocus()
{
    // Widgets join the focus chain as they are made, and the map's parts
    // are made whenever the host is read: the order is set, not inherited.
    QList<QWidget *> chain;
    for (const Preset preset : ExposureCatalogue::presets())
        chain.append(m_presets->button(int(preset)));
    chain.append(m_customPreset);
    for (const DeviceMapEntry &entry : m_map->entries())
        chain.append(m_map->button(entry.key));
    chain.append(m_exposureSwitch);
    chain.append(m_preview);
    for (const NetworkMode mode : {NetworkMode::None, NetworkMode::Nat, NetworkMode::Bridge})
        chain.append(m_networkModes->button(int(mode)));
    chain.append(m_ipv6);
    chain.append(m_bridgeName);
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

QList<DeviceMapEntry> DevicesPage::mapEntries() const
{
    const VmSpec &current = spec();
    QList<DeviceMapEntry> entries;
    for (const HostPart part : ExposureCatalogue::hostParts()) {
        bool any = false;
        for (const ExposureId id : ExposureCatalogue::entriesOf(part)) {
            const ExposureEntry &item = ExposureCatalogue::entry(id);
            DeviceMapEntry entry;
            entry.key = QLatin1String(item.key);
            entry.part = part;
            entry.title = item.translatedTitle();
            entry.explanation = item.translatedExplanation();
            entry.exposed = ExposureCatalogue::isOn(current, id);
            entry.risk = entry.exposed ? ExposureCatalogue::riskIn(current, id) : item.risk;
            if (id == ExposureId::Network) {
                entry.detail
                        = current.network.mode == NetworkMode::Bridge
                                          && !current.network.bridge.isEmpty()
                                  //: The network mode and the bridge, e.g. "Bridged: br0".
                                  ? tr("%1: %2").arg(ExposureCatalogue::networkModeShortTitle(
                                                             current.network.mode),
                                                     current.network.bridge)
                                  : ExposureCatalogue::networkModeShortTitle(current.network.mode);
            } else if (id == ExposureId::Ipv6 && current.network.mode == NetworkMode::None) {
                entry.available = false;
                entry.detail = tr("needs a network");
            } else if (id == ExposureId::Audio && m_speakersCameWithMicrophone) {
                //: On the map's speakers, connected because the microphone needs them.
                entry.detail = tr("with the microphone");
            } else if (id == ExposureId::Microphone && !entry.exposed && !current.exposure.audio) {
                //: On the map's microphone, kept short: connecting it connects the speakers too.
                entry.detail = tr("+ speakers");
            } else if (id == ExposureId::SharedFolder && current.exposure.sharedFolder) {
                // The path is in the summary and the explanation; here, the access.
                entry.detail = current.exposure.sharedFolder->readOnly ? tr("read-only")
                                                                       : tr("read and write");
                entry.explanation
                        = tr("Shared: “%1”. %2")
                                  .arg(current.exposure.sharedFolder->path, entry.explanation);
            }
            entries.append(entry);
            any = true;
        }
        for (const HostDevice &device : m_hostDevices) {
            const auto shownIn = ExposureCatalogue::hostPartOf(device);
            const bool chosen = current.exposure.hostDevices.contains(device.name);
            // A device Airlock does not offer still shows if a spec file chose it.
            if (shownIn != part && !(chosen && !shownIn && part == HostPart::UsbPorts))
                continue;
            DeviceMapEntry entry;
            entry.key = s_hostDevicePrefix + device.name;
            entry.part = part;
            entry.title = device.description();
            entry.detail = device.bus == HostDevice::Bus::Usb ? tr("USB") : tr("PCI");
            entry.explanation = ExposureCatalogue::hostDeviceRisk(device);
            entry.exposed = chosen;
            entry.risk = ExposureCatalogue::entry(ExposureId::HostDevices).risk;
            entries.append(entry);
            any = true;
        }
        for (const QString &name : current.exposure.hostDevices) {
            if (knownDevice(name))
                continue;
            const HostPart guessed
                    = HostDevice::fromPciName(name) ? HostPart::Graphics : HostPart::UsbPorts;
            if (guessed != part)
                continue;
            DeviceMapEntry entry;
            entry.key = s_hostDevicePrefix + name;
            entry.part = part;
            entry.title = name;
            entry.detail = tr("not found");
            entry.explanation = tr("The spec hands this device to the VM, but libvirt did not "
                                   "list it on this computer. Switch it off unless you know it "
                                   "will be there.");
            entry.exposed = true;
            entry.risk = ExposureCatalogue::entry(ExposureId::HostDevices).risk;
            entries.append(entry);
            any = true;
        }
        if (!any) {
            DeviceMapEntry entry;
            entry.key = partKey(part);
            entry.part = part;
            entry.title = ExposureCatalogue::hostPartTitle(part);
            entry.available = false;
            switch (m_listing) {
            case Listing::NotStarted:
            case Listing::Running:
                entry.detail = tr("looking…");
                entry.explanation = tr("Airlock is asking libvirt for this computer's devices.");
                break;
            case Listing::Failed:
                entry.detail = tr("not listed");
                entry.explanation = tr("libvirt could not list this computer's devices, so "
                                       "there is nothing here to hand to the VM.");
                break;
            case Listing::Done:
                entry.detail = tr("none found");
                entry.explanation = tr("libvirt found no such device on this computer, so "
                                       "there is nothing here to hand to the VM.");
                break;
            }
            entries.append(entry);
        }
    }
    return entries;
}

const HostDevice *DevicesPage::knownDevice(const QString &name) const
{
    for (const HostDevice &device : m_hostDevices) {
        if (device.name == name)
            return &device;
    }
    return nullptr;
}

void DevicesPage::refreshExplanation()
{
    if (m_refreshing)
        return;
    // A part the map no longer draws (the host was read again) leaves the
    // preset to be explained.
    const bool mapSubject
            = !m_explained.startsWith(s_presetPrefix) && !m_explained.startsWith(s_networkPrefix);
    if (mapSubject && !m_map->button(m_explained)) {
        m_explained = presetSubject();
        m_map->setSelectedKey(QString());
    }
    explain(m_pointedAt.isEmpty() ? m_explained : m_pointedAt);
}

void DevicesPage::explain(const QString &subject)
{
    m_shown = subject;
    const VmSpec &current = spec();
    const int iconSize = fontMetrics().height() + 4;
    const qreal ratio = devicePixelRatioF();
    QString title;
    QString text;
    QString adds;
    std::optional<Status> status;
    QString state;
    std::optional<HostPart> part;
    std::optional<DeviceMapEntry> switchable;

    if (subject.startsWith(s_presetPrefix)) {
        const QString key = subject.mid(s_presetPrefix.size());
        if (const auto preset = ExposureCatalogue::presetFromKey(key)) {
            title = ExposureCatalogue::presetTitle(*preset);
            text = ExposureCatalogue::presetDescription(*preset);
            // Before it is chosen: what it would change here, the user's
            // own shares (kept unless they say otherwise) included.
            const QStringList changes
                    = ExposureCatalogue::presetChanges(current, *preset, UserShares::Keep);
            if (!changes.isEmpty() && ExposureCatalogue::matchingPreset(current) != preset)
                text += QLatin1String("\n\n") + tr("Choosing it changes:") + s_nextBullet
                        + changes.join(s_nextBullet);
            if (*preset == Preset::MaximumIsolation) {
                status = Status::Pass;
                state = tr("Recommended");
            }
        } else {
            title = tr("Custom");
            text = tr("Your own mix of the switches on the map. Pick a preset to start again "
                      "from it; “Custom” brings your mix back.");
        }
    } else if (subject.startsWith(s_networkPrefix)) {
        if (const auto mode = networkModeFromJsonName(subject.mid(s_networkPrefix.size()))) {
            part = HostPart::Network;
            title = ExposureCatalogue::networkModeTitle(*mode);
            text = ExposureCatalogue::networkModeExplanation(*mode);
            const Risk risk = ExposureCatalogue::networkModeRisk(*mode);
            status = risk == Risk::None ? Status::Pass : DeviceMap::statusOf(risk);
            state = ExposureCatalogue::riskTitle(risk);
            if (*mode != NetworkMode::None)
                adds = tr("In the VM: %1")
                               .arg(ExposureCatalogue::entry(ExposureId::Network)
                                            .translatedAddsToDomain());
        }
    } else {
        const QList<DeviceMapEntry> entries = m_map->entries();
        const auto found = std::find_if(
                entries.cbegin(), entries.cend(),
                [&subject](const DeviceMapEntry &entry) { return entry.key == subject; });
        if (found != entries.cend()) {
            part = found->part;
            title = found->title;
            text = found->explanation;
            if (found->key == QLatin1String(ExposureCatalogue::entry(ExposureId::Network).key))
                text += QLatin1Char(' ')
                        + ExposureCatalogue::networkModeExplanation(current.network.mode);
            const ExposureEntry *item = entryByKey(found->key);
            if (!item && found->key.startsWith(s_hostDevicePrefix))
                item = &ExposureCatalogue::entry(ExposureId::HostDevices);
            if (item && found->available)
                adds = tr("In the VM: %1").arg(item->translatedAddsToDomain());
            if (!found->available) {
                status = Status::Unknown;
                state = found->detail.isEmpty() ? tr("Not available") : found->detail;
            } else if (found->exposed) {
                status = DeviceMap::statusOf(found->risk);
                //: %1 is a risk, e.g. "Medium risk".
                state = tr("Connected to the VM · %1")
                                .arg(ExposureCatalogue::riskTitle(found->risk));
            } else {
                status = Status::Pass;
                state = found->key
                                        == QLatin1String(
                                                ExposureCatalogue::entry(ExposureId::SharedFolder)
                                                        .key)
                                ? sharedFolderCutOffState()
                                : cutOffState(found->risk);
            }
            switchable = *found;
        }
    }

    m_explainedIcon->setVisible(part.has_value());
    if (part)
        m_explainedIcon->setPixmap(
                glyphPixmap(*part, iconSize, ratio, palette().color(QPalette::WindowText)));
    m_explainedTitle->setText(title);
    // The icon, then the words: the state never rests on colour.
    if (status) {
        m_explainedStateIcon->setPixmap(
                StatusIcon::pixmap(*status, fontMetrics().height(), ratio, palette()));
        m_explainedState->setText(state);
    }
    m_explainedStateIcon->setVisible(status.has_value());
    m_explainedState->setVisible(status.has_value());
    m_explainedText->setText(text);
    m_explainedAdds->setText(adds);
    m_explainedAdds->setVisible(!adds.isEmpty());

    m_selectHint->setVisible(!switchable);
    m_exposureSwitch->setVisible(switchable.has_value());
    const auto note = switchable ? dependencyNote(switchable->key) : std::nullopt;
    if (note)
        m_dependencyNotice->setNotice(note->first, note->second.toHtmlEscaped());
    else
        m_dependencyNotice->clear();
    if (switchable)
        showSwitch(*switchable);
}

void DevicesPage::showSwitch(const DeviceMapEntry &entry)
{
    const bool folder
            = entry.key == QLatin1String(ExposureCatalogue::entry(ExposureId::SharedFolder).key);
    const bool device = entry.key.startsWith(s_hostDevicePrefix);
    const QSignalBlocker blocker(m_exposureSwitch);
    // "…" where a question or a dialog comes before anything is connected.
    m_exposureSwitch->setText(!entry.exposed && folder ? tr("&Connect to the VM: choose a folder…")
                              : !entry.exposed && device ? tr("&Connect to the VM…")
                                                         : tr("&Connect to the VM"));
    m_exposureSwitch->setChecked(entry.exposed);
    m_exposureSwitch->setEnabled(entry.available);
    //: The switch beside the map; %1 is the selected part, e.g. "Microphone".
    m_exposureSwitch->setAccessibleName(tr("Connect %1 to the VM").arg(entry.title));
    m_exposureSwitch->setAccessibleDescription(
            m_dependencyNotice->isVisible() ? m_dependencyNotice->text() : QString());
}

std::optional<std::pair<Status, QString>> DevicesPage::dependencyNote(const QString &key) const
{
    if (!m_switchOutcome.first.isEmpty() && m_switchOutcome.first == key)
        return std::pair {Status::Info, m_switchOutcome.second};
    const ExposureChoice &exposure = spec().exposure;
    const QString microphone = QLatin1String(ExposureCatalogue::entry(ExposureId::Microphone).key);
    const QString speakers = QLatin1String(ExposureCatalogue::entry(ExposureId::Audio).key);
    if (key == microphone && !exposure.microphone && !exposure.audio)
        return std::pair {Status::Info,
                          tr("Connecting the microphone connects the speakers too: the "
                             "microphone is an input of the VM's sound card, which also plays "
                             "its sound. Cutting the microphone off again cuts them off too.")};
    if (key == microphone && exposure.microphone && m_speakersCameWithMicrophone)
        return std::pair {Status::Info,
                          tr("The speakers came with the microphone: cutting the microphone off "
                             "cuts them off too.")};
    if (key == speakers && exposure.microphone)
        return std::pair {Status::Info,
                          tr("The microphone needs the VM's sound card: cutting the speakers off "
                             "cuts the microphone off too.")};
    return std::nullopt;
}

QString DevicesPage::bridgeNotice(const QString &bridge, Status *status) const
{
    *status = Status::Warn;
    const QString lister = QStringLiteral("<code>ip -brief link show type bridge</code>");
    const QString create = tr("Create one in your network settings (with NetworkManager: "
                              "<code>nmcli connection add type bridge ifname br0</code>, then "
                              "make your wired connection a port of it), then type its name "
                              "here; or choose NAT, which needs none.");
    if (!bridge.isEmpty() && (m_bridges.contains(bridge) || !m_bridgesProblem.isEmpty()))
        return tr("The VM sits on your local network through “%1”: it can reach every device "
                  "there, printers, routers and this computer included, and they can reach it.")
                .arg(bridge.toHtmlEscaped());
    if (!bridge.isEmpty() && m_listing == Listing::Done && m_bridges.isEmpty())
        //: %1 the bridge typed, %2 how to create a bridge.
        return tr("libvirt found no bridge on this computer, so the VM could not start on "
                  "“%1”. %2")
                .arg(bridge.toHtmlEscaped(), create);
    if (!bridge.isEmpty() && m_listing == Listing::Done)
        //: %1 the bridge typed, %2 the bridges libvirt listed.
        return tr("libvirt lists no bridge “%1” on this computer, so the VM could not start on "
                  "it. Choose one it lists: %2.")
                .arg(bridge.toHtmlEscaped(), m_bridges.join(tr(", ")).toHtmlEscaped());
    if (!bridge.isEmpty())
        return tr("The VM sits on your local network through “%1”: it can reach every device "
                  "there, printers, routers and this computer included, and they can reach it.")
                .arg(bridge.toHtmlEscaped());
    if (!m_bridgesProblem.isEmpty())
        //: %1 libvirt's error, %2 a command that lists the bridges.
        return tr("The VM will sit on your local network through a bridge, but Airlock could "
                  "not ask libvirt for this computer's bridges (libvirt said: %1). Type the "
                  "name of the bridge that leads to your local network: %2 lists them.")
                .arg(m_bridgesProblem.toHtmlEscaped(), lister);
    if (m_listing == Listing::Done && m_bridges.isEmpty())
        return tr("The VM would sit on your local network through a bridge, but libvirt found "
                  "none on this computer. %1")
                .arg(create);
    if (m_listing != Listing::Done)
        return tr("The VM will sit on your local network through a bridge. Airlock is asking "
                  "libvirt for this computer's bridges…");
    return tr("The VM will sit on your local network. Choose the bridge on this computer that "
              "leads to it.");
}

void DevicesPage::showBridges()
{
    const QSignalBlocker blocker(m_bridgeName);
    const QString typed = m_bridgeName->currentText();
    m_bridgeName->clear();
    m_bridgeName->addItems(m_bridges);
    m_bridgeName->setEditText(typed);
    m_bridgeName->lineEdit()->setPlaceholderText(m_bridges.isEmpty()
                                                         //: In the empty bridge field.
                                                         ? tr("type the bridge's name")
                                                         //: In the empty bridge field.
                                                         : tr("choose a bridge"));
}

void DevicesPage::showListing()
{
    const HostReading *host = session()->host();
    m_bridges = host->bridges();
    m_bridgesProblem = host->bridgesProblem();
    showBridges();
    const QString problem = host->devicesProblem();
    m_listing = problem.isEmpty() ? Listing::Done : Listing::Failed;
    m_hostDevices = host->devices();
    // Without capabilities the preview keeps the hardened host's defaults
    // (KVM, SELinux).
    m_target = host->target();
    if (problem.isEmpty())
        m_devicesNotice->clear();
    else
        m_devicesNotice->setNotice(
                Status::Info,
                tr("Airlock could not list this computer's cameras, Bluetooth adapters and "
                   "graphics cards, so none can be handed to the VM here; everything else "
                   "works. libvirt said: %1")
                        .arg(problem.toHtmlEscaped()));
    refresh();
    Q_EMIT hostDevicesListed();
}

void DevicesPage::applyPreset(Preset preset)
{
    UserShares shares = UserShares::Drop;
    // The switches show on the map as they change, and "Custom" brings
    // them back; the network and the user's shares are asked about first.
    if (ExposureCatalogue::presetChangesMoreThanSwitches(spec(), preset)) {
        const auto answer = confirmPreset(preset);
        if (!answer) {
            refresh(); // the clicked segment goes back to what holds
            return;
        }
        shares = *answer;
    }
    m_explained = s_presetPrefix + ExposureCatalogue::presetKey(preset);
    m_map->setSelectedKey(QString());
    changeSpec([preset, shares](VmSpec &spec) {
        ExposureCatalogue::applyPreset(spec, preset, shares);
    });
    refresh();
}

std::optional<UserShares> DevicesPage::confirmPreset(Preset preset)
{
    const VmSpec &current = spec();
    const bool shared = current.exposure.sharedFolder || !current.exposure.hostDevices.isEmpty();
    const QString title = ExposureCatalogue::presetTitle(preset);
    QMessageBox box(QMessageBox::Question, tr("Switch to “%1”?").arg(title),
                    tr("Switching to “%1” changes:").arg(title), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("presetConfirmation"));
    const auto list
            = [](const QStringList &changes) { return s_bullet + changes.join(s_nextBullet); };
    box.setInformativeText(
            list(ExposureCatalogue::presetChanges(current, preset, UserShares::Drop)));
    QCheckBox *keep = nullptr;
    if (shared) {
        // What the user shared is theirs: no preset shares it, none should
        // quietly take it away.
        keep = new QCheckBox(tr("Keep sharing what you chose yourself (the preset's other "
                                "settings still apply)"),
                             &box);
        keep->setObjectName(QStringLiteral("keepShares"));
        keep->setChecked(true);
        box.setCheckBox(keep);
        const auto updateList = [&box, keep, &current, preset, list] {
            box.setInformativeText(list(ExposureCatalogue::presetChanges(
                    current, preset, keep->isChecked() ? UserShares::Keep : UserShares::Drop)));
        };
        connect(keep, &QCheckBox::toggled, &box, updateList);
        updateList();
    }
    QPushButton *apply = box.addButton(tr("Switch to “%1”").arg(title), QMessageBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyPreset"));
    QPushButton *cancel = box.addButton(tr("Keep my settings"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("keepSettings"));
    box.setDefaultButton(apply);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != apply)
        return std::nullopt;
    return keep && keep->isChecked() ? UserShares::Keep : UserShares::Drop;
}

void DevicesPage::restoreCustom()
{
    if (!m_custom)
        return;
    m_explained = s_presetPrefix + s_customKey;
    m_map->setSelectedKey(QString());
    const auto custom = *m_custom;
    changeSpec([&custom](VmSpec &spec) {
        spec.network = custom.first;
        spec.exposure = custom.second;
    });
    refresh();
}

void DevicesPage::toggle(const QString &key)
{
    if (key.startsWith(s_hostDevicePrefix)) {
        toggleHostDevice(key.mid(s_hostDevicePrefix.size()));
        return;
    }
    const ExposureEntry *item = entryByKey(key);
    if (!item)
        return;
    const bool on = ExposureCatalogue::isOn(spec(), item->id);
    switch (item->id) {
    case ExposureId::Network:
        setNetworkMode(on ? NetworkMode::None : m_lastNetworkMode);
        return;
    case ExposureId::SharedFolder:
        toggleSharedFolder();
        return;
    case ExposureId::Ipv6:
        if (spec().network.mode == NetworkMode::None)
            return;
        break;
    default:
        break;
    }
    m_switchOutcome = {};
    if (item->id == ExposureId::Microphone)
        toggleMicrophone(!on);
    else if (item->id == ExposureId::Audio)
        toggleSpeakers(!on);
    else if (ExposureCatalogue::isToggle(item->id))
        changeSpec([item, on](VmSpec &spec) { ExposureCatalogue::setOn(spec, item->id, !on); });
}

void DevicesPage::toggleMicrophone(bool on)
{
    const QString key = QLatin1String(ExposureCatalogue::entry(ExposureId::Microphone).key);
    const bool speakersOn = spec().exposure.audio;
    const bool takeSpeakers = !on && m_speakersCameWithMicrophone;
    if (on && !speakersOn)
        m_switchOutcome = {key, tr("The speakers were connected too: the microphone is an input "
                                   "of the VM's sound card, which also plays its sound.")};
    else if (takeSpeakers)
        m_switchOutcome = {key, tr("The speakers were cut off too: they came only with the "
                                   "microphone.")};
    // Before the change, so the map drawn from it says where the speakers came from.
    m_speakersCameWithMicrophone = on && !speakersOn;
    changeSpec([on, takeSpeakers](VmSpec &spec) {
        ExposureCatalogue::setOn(spec, ExposureId::Microphone, on);
        if (takeSpeakers)
            ExposureCatalogue::setOn(spec, ExposureId::Audio, false);
    });
}

void DevicesPage::toggleSpeakers(bool on)
{
    if (!on && spec().exposure.microphone)
        m_switchOutcome = {QLatin1String(ExposureCatalogue::entry(ExposureId::Audio).key),
                           tr("The microphone was cut off too: it needs the VM's sound card.")};
    m_speakersCameWithMicrophone = false;
    changeSpec([on](VmSpec &spec) { ExposureCatalogue::setOn(spec, ExposureId::Audio, on); });
}

void DevicesPage::toggleHostDevice(const QString &name)
{
    if (spec().exposure.hostDevices.contains(name)) {
        changeSpec([&name](VmSpec &spec) { spec.exposure.hostDevices.removeAll(name); });
        return;
    }
    const HostDevice *device = knownDevice(name);
    if (!device || !confirmHostDevice(*device))
        return;
    changeSpec([&name](VmSpec &spec) { spec.exposure.hostDevices.append(name); });
}

bool DevicesPage::confirmHostDevice(const HostDevice &device)
{
    QMessageBox box(QMessageBox::Warning, tr("Give this device to the VM?"),
                    tr("Give “%1” to the VM?").arg(device.description()), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("hostDeviceConfirmation"));
    box.setInformativeText(
            //: %1 is a risk ("High risk"), %2 what the VM could do with the device.
            tr("%1: %2").arg(ExposureCatalogue::riskTitle(
                                     ExposureCatalogue::entry(ExposureId::HostDevices).risk),
                             ExposureCatalogue::hostDeviceRisk(device)));
    QPushButton *give = box.addButton(tr("Give it to the VM"), QMessageBox::AcceptRole);
    give->setObjectName(QStringLiteral("giveDevice"));
    QPushButton *keep = box.addButton(tr("Keep it isolated"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepDevice"));
    // The safe answer is the one Enter and Escape give.
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == give;
}

void DevicesPage::toggleSharedFolder()
{
    if (spec().exposure.sharedFolder) {
        changeSpec([](VmSpec &spec) { spec.exposure.sharedFolder.reset(); });
        return;
    }
    SharedFolderDialog dialog(SharedFolder {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SharedFolder folder = dialog.folder();
    changeSpec([&folder](VmSpec &spec) { spec.exposure.sharedFolder = folder; });
}

void DevicesPage::setNetworkMode(NetworkMode mode)
{
    QString bridge = m_bridgeName->currentText().trimmed();
    // The host's bridge, when it has one: Next works at once, and the
    // notice names where the VM goes.
    if (bridge.isEmpty() && !m_bridges.isEmpty())
        bridge = m_bridges.constFirst();
    changeSpec([mode, &bridge](VmSpec &spec) {
        spec.network.mode = mode;
        spec.network.bridge = mode == NetworkMode::Bridge ? bridge : QString();
        if (mode == NetworkMode::None)
            spec.network.ipv6 = false;
    });
    // Chosen from the network row, it is explained; from the map's switch,
    // the network part stays selected.
    if (m_shown != QLatin1String(ExposureCatalogue::entry(ExposureId::Network).key)) {
        m_explained = s_networkPrefix + jsonName(mode);
        m_map->setSelectedKey(QString());
    }
    refreshExplanation();
}

void DevicesPage::syncAcknowledgements()
{
    // What the Summary repeats: every risky choice that stands right now.
    QList<std::pair<QString, QString>> wanted;
    const VmSpec &current = spec();
    for (const QString &name : current.exposure.hostDevices) {
        const HostDevice *device = knownDevice(name);
        wanted.append({acknowledgementKey(QStringLiteral("hostDevice.") + name),
                       device ? tr("“%1” is handed to the VM. %2")
                                        .arg(device->description(),
                                             ExposureCatalogue::hostDeviceRisk(*device))
                              : tr("The host device “%1” is handed to the VM.").arg(name)});
    }
    if (current.network.mode == NetworkMode::Bridge)
        wanted.append({acknowledgementKey(QStringLiteral("network.bridge")),
                       tr("The VM sits on your local network (bridge “%1”): it can reach every "
                          "device there and this computer, and they can reach it.")
                               .arg(current.network.bridge)});
    if (current.exposure.sharedFolder && !current.exposure.sharedFolder->readOnly)
        wanted.append({acknowledgementKey(QStringLiteral("sharedFolder")),
                       tr("The VM can change and delete the files in “%1”.")
                               .arg(current.exposure.sharedFolder->path)});

    QStringList keys;
    for (const auto &[key, text] : wanted) {
        session()->acknowledge(key, text);
        keys.append(key);
    }
    for (const QString &key : std::as_const(m_acknowledgementKeys)) {
        if (!keys.contains(key))
            session()->withdrawAcknowledgement(key);
    }
    m_acknowledgementKeys = keys;
}

} // namespace Airlock
