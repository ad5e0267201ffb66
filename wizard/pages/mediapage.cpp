// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediapage.h"

#include "media/checksumfile.h"
#include "media/sha256.h"
#include "noticelabel.h"
#include "statusicon.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QResizeEvent>
#include <QStandardPaths>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Airlock {

namespace {

constexpr int s_releaseIdRole = Qt::UserRole;
constexpr qint64 s_isoSignatureOffset = 0x8001;
const QLatin1String s_downloadPage("https://nixos.org/download/");

QString elidedPath(const QString &path)
{
    constexpr qsizetype maximum = 90;
    if (path.size() <= maximum)
        return path;
    return path.left(30) + QStringLiteral("…") + path.right(maximum - 31);
}

// ISO 9660 images carry "CD001" in their first volume descriptor.
bool looksLikeIso(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.seek(s_isoSignatureOffset)
           && file.read(5) == "CD001";
}

QString timeLeftText(std::chrono::seconds left)
{
    const qint64 seconds = left.count();
    if (seconds < 60)
        return MediaPage::tr("less than a minute left");
    if (seconds < 3600)
        return MediaPage::tr("about %1 min left").arg((seconds + 30) / 60);
    return MediaPage::tr("about %1 h %2 min left").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QLabel *hashLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

MediaPage::MediaPage(WizardSession *session, QWidget *parent)
    : AirlockPage(session, parent)
    , m_catalogue(ReleaseCatalogue::builtIn())
    , m_releaseCombo(new QComboBox(this))
    , m_recommendedBadge(new QLabel(this))
    , m_releaseNote(new QLabel(this))
    , m_catalogueSource(new QLabel(this))
    , m_downloadButton(new QPushButton(this))
    , m_progressBar(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_pauseButton(new QPushButton(tr("Pause"), this))
    , m_cancelButton(new QPushButton(tr("Stop"), this))
    , m_statusNotice(new NoticeLabel(this))
    , m_retryButton(new QPushButton(tr("Try again"), this))
    , m_hashFrame(new QFrame(this))
    , m_publishedHashLabel(hashLabel(m_hashFrame, QStringLiteral("publishedHashLabel")))
    , m_publishedHashEdit(new QLineEdit(m_hashFrame))
    , m_computedHashLabel(hashLabel(m_hashFrame, QStringLiteral("computedHashLabel")))
    , m_downloadPageLink(new QLabel(m_hashFrame))
    , m_fetchHashButton(new QPushButton(m_hashFrame))
    , m_chosenIsoLabel(new QLabel(this))
    , m_folderLabel(new QLabel(this))
    , m_useFileButton(new QPushButton(tr("Use an ISO file I already have…"), this))
    , m_useVolumeButton(new QPushButton(tr("Use an ISO from a storage pool…"), this))
    , m_alternativesLabel(new QLabel(tr("Already have a NixOS ISO?"), this))
{
    setObjectName(QStringLiteral("mediapage"));
    setTitle(tr("Get NixOS"));
    setSubTitle(tr("The VM installs NixOS from its official ISO image. Airlock downloads it, "
                   "checks its SHA-256 fingerprint against the one NixOS publishes, and hands it "
                   "to libvirt so the VM can read it."));

    m_releaseCombo->setObjectName(QStringLiteral("releaseCombo"));
    m_recommendedBadge->setObjectName(QStringLiteral("recommendedBadge"));
    m_releaseNote->setObjectName(QStringLiteral("releaseNote"));
    m_catalogueSource->setObjectName(QStringLiteral("catalogueSource"));
    m_downloadButton->setObjectName(QStringLiteral("downloadButton"));
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_statusNotice->setObjectName(QStringLiteral("statusNotice"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_hashFrame->setObjectName(QStringLiteral("hashFrame"));
    m_publishedHashEdit->setObjectName(QStringLiteral("publishedHashEdit"));
    m_downloadPageLink->setObjectName(QStringLiteral("downloadPageLink"));
    m_fetchHashButton->setObjectName(QStringLiteral("fetchHashButton"));
    m_chosenIsoLabel->setObjectName(QStringLiteral("chosenIsoLabel"));
    m_folderLabel->setObjectName(QStringLiteral("folderLabel"));
    m_useFileButton->setObjectName(QStringLiteral("useFileButton"));
    m_useVolumeButton->setObjectName(QStringLiteral("useVolumeButton"));
    m_alternativesLabel->setObjectName(QStringLiteral("alternativesLabel"));

    auto *layout = new QVBoxLayout(this);
    buildReleaseSection(layout);
    layout->addSpacing(6);
    buildDownloadSection(layout);
    buildVerdictSection(layout);
    layout->addStretch();
    buildAlternativesSection(layout);

    setDownloadOptions(DownloadJob::Options());
    fillReleases();

    connect(m_releaseCombo, &QComboBox::currentIndexChanged, this, &MediaPage::releaseChanged);
    connect(m_releaseCombo, &QComboBox::activated, this, [this] { m_releasePicked = true; });
    connect(m_downloadButton, &QPushButton::clicked, this, &MediaPage::startDownload);
    connect(m_retryButton, &QPushButton::clicked, this, &MediaPage::noticeActionClicked);
    connect(m_publishedHashEdit, &QLineEdit::textChanged, this, &MediaPage::publishedValuePasted);
    connect(m_fetchHashButton, &QPushButton::clicked, this, &MediaPage::fetchPublishedValue);
    connect(m_pauseButton, &QPushButton::clicked, this, &MediaPage::pauseOrResume);
    connect(m_cancelButton, &QPushButton::clicked, this, &MediaPage::cancelDownload);
    connect(m_useFileButton, &QPushButton::clicked, this, &MediaPage::pickFile);
    connect(m_useVolumeButton, &QPushButton::clicked, this, &MediaPage::pickVolume);
    connect(session, &WizardSession::specChanged, this, &MediaPage::adoptSpecIso);

    m_retryButton->hide();
    m_hashFrame->hide();
    showOwnFileHashes(false);
    showState(DownloadJob::State::Idle);
    adoptSpecIso();
}

MediaPage::~MediaPage() = default;

// Which NixOS: the release picker, its badge and a note on what it is.
void MediaPage::buildReleaseSection(QVBoxLayout *layout)
{
    auto *releaseLabel = new QLabel(tr("&Release:"), this);
    releaseLabel->setBuddy(m_releaseCombo);
    m_releaseCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_releaseCombo->setAccessibleName(tr("NixOS release"));
    m_recommendedBadge->setText(tr("Recommended"));
    m_recommendedBadge->setToolTip(
            tr("The newest stable NixOS with a desktop, for this computer."));
    m_recommendedBadge->setContentsMargins(8, 2, 8, 2);
    m_releaseNote->setWordWrap(true);
    m_catalogueSource->setWordWrap(true);
    m_catalogueSource->setForegroundRole(QPalette::PlaceholderText);

    auto *releaseRow = new QHBoxLayout;
    releaseRow->addWidget(releaseLabel);
    releaseRow->addWidget(m_releaseCombo);
    releaseRow->addWidget(m_recommendedBadge);
    releaseRow->addStretch();
    layout->addLayout(releaseRow);
    layout->addWidget(m_releaseNote);
    layout->addWidget(m_catalogueSource);
}

// The one obvious button, where the file goes, and the download's progress.
void MediaPage::buildDownloadSection(QVBoxLayout *layout)
{
    QFont big = m_downloadButton->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_downloadButton->setFont(big);
    m_downloadButton->setMinimumHeight(40);
    m_downloadButton->setDefault(false);
    m_downloadButton->setAutoDefault(false);
    m_folderLabel->setWordWrap(true);
    QFont small = m_folderLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_folderLabel->setFont(small);
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(true);
    m_progressBar->setAccessibleName(tr("Download progress"));
    m_progressLabel->setWordWrap(true);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_pauseButton);
    progressRow->addWidget(m_cancelButton);
    layout->addWidget(m_downloadButton);
    layout->addWidget(m_folderLabel);
    layout->addLayout(progressRow);
    layout->addWidget(m_progressLabel);
}

// What came of it: the notice with Try again, both fingerprints side by
// side, and the ISO the page will use.
void MediaPage::buildVerdictSection(QVBoxLayout *layout)
{
    auto *hashGrid = new QGridLayout(m_hashFrame);
    hashGrid->setContentsMargins(0, 0, 0, 0);
    auto *publishedTitle = new QLabel(tr("Published by NixOS:"), m_hashFrame);
    auto *computedTitle = new QLabel(tr("This file:"), m_hashFrame);
    m_publishedHashEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publishedHashEdit->setClearButtonEnabled(true);
    m_publishedHashEdit->setPlaceholderText(
            tr("Paste the SHA-256 published for this ISO, or the whole line of its .sha256 file"));
    m_publishedHashEdit->setAccessibleName(tr("Published SHA-256 fingerprint"));
    publishedTitle->setBuddy(m_publishedHashEdit);
    //: The link opens NixOS's download page in the browser.
    m_downloadPageLink->setText(
            tr("NixOS publishes the fingerprint of each ISO beside it: <a href=\"%1\">%1</a>")
                    .arg(s_downloadPage));
    m_downloadPageLink->setTextFormat(Qt::RichText);
    m_downloadPageLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_downloadPageLink->setOpenExternalLinks(true);
    m_downloadPageLink->setWordWrap(true);
    hashGrid->addWidget(publishedTitle, 0, 0, Qt::AlignTop);
    hashGrid->addWidget(m_publishedHashLabel, 0, 1);
    hashGrid->addWidget(m_publishedHashEdit, 0, 1);
    hashGrid->addWidget(computedTitle, 1, 0, Qt::AlignTop);
    hashGrid->addWidget(m_computedHashLabel, 1, 1);
    hashGrid->addWidget(m_downloadPageLink, 2, 1);
    // Under both columns: the release it names can be long.
    hashGrid->addWidget(m_fetchHashButton, 3, 0, 1, 2, Qt::AlignLeft);
    hashGrid->setColumnStretch(1, 1);
    m_chosenIsoLabel->setWordWrap(true);
    m_chosenIsoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_statusNotice, 1);
    noticeRow->addWidget(m_retryButton, 0, Qt::AlignTop);
    layout->addLayout(noticeRow);
    layout->addWidget(m_hashFrame);
    layout->addWidget(m_chosenIsoLabel);
}

// Below a rule: an ISO the user already has, as a file or in a pool.
void MediaPage::buildAlternativesSection(QVBoxLayout *layout)
{
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    m_alternativesGrid = new QGridLayout;
    layout->addWidget(separator);
    layout->addLayout(m_alternativesGrid);
    arrangeAlternatives();
}

// The label and its two buttons on one line when they fit; else the buttons
// wrap below it, one per line if need be, so no text is ever cut off.
void MediaPage::arrangeAlternatives()
{
    const int spacing = qMax(0, m_alternativesGrid->horizontalSpacing());
    const QMargins margins = layout()->contentsMargins();
    const int available = contentsRect().width() - margins.left() - margins.right();
    const int label = m_alternativesLabel->sizeHint().width();
    const int file = m_useFileButton->sizeHint().width();
    const int volume = m_useVolumeButton->sizeHint().width();
    int lines = 3;
    if (label + file + volume + 2 * spacing <= available)
        lines = 1;
    else if (file + volume + spacing <= available)
        lines = 2;
    if (lines == m_alternativesLines)
        return;
    m_alternativesLines = lines;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_alternativesLabel), static_cast<QWidget *>(m_useFileButton),
          static_cast<QWidget *>(m_useVolumeButton)})
        m_alternativesGrid->removeWidget(widget);
    for (int column = 0; column < 4; ++column)
        m_alternativesGrid->setColumnStretch(column, 0);
    if (lines == 1) {
        m_alternativesGrid->addWidget(m_alternativesLabel, 0, 0);
        m_alternativesGrid->addWidget(m_useFileButton, 0, 1);
        m_alternativesGrid->addWidget(m_useVolumeButton, 0, 2);
    } else {
        m_alternativesGrid->addWidget(m_alternativesLabel, 0, 0, 1, 4);
        m_alternativesGrid->addWidget(m_useFileButton, 1, 0);
        m_alternativesGrid->addWidget(m_useVolumeButton, lines == 2 ? 1 : 2, lines == 2 ? 1 : 0);
    }
    m_alternativesGrid->setColumnStretch(3, 1);
}

void MediaPage::resizeEvent(QResizeEvent *event)
{
    AirlockPage::resizeEvent(event);
    arrangeAlternatives();
}

void MediaPage::setCatalogue(const ReleaseCatalogue &catalogue, QDate today)
{
    m_discovery.reset();
    m_catalogue = catalogue;
    m_today = today;
    m_catalogueSettled = true;
    m_catalogueSource->clear();
    fillReleases();
}

void MediaPage::discoverReleases(const ReleaseCatalogue &shipped,
                                 const ReleaseDiscovery::Options &options)
{
    m_catalogue = shipped;
    m_today = options.today;
    m_catalogueSettled = true;
    m_discovery = std::make_unique<ReleaseDiscovery>(shipped, options);
    connect(m_discovery.get(), &ReleaseDiscovery::finished, this, &MediaPage::releasesDiscovered);
    //: %1 is a server such as "channels.nixos.org"
    m_catalogueSource->setText(
            tr("Asking %1 which NixOS releases it has…").arg(shipped.baseUrl().host()));
    fillReleases();
    m_discovery->start();
}

void MediaPage::releasesDiscovered(const ReleaseDiscovery::Result &result)
{
    // The user's pick survives when the mirror still has it.
    const QString picked = m_releaseCombo->currentData(s_releaseIdRole).toString();
    const bool pickedByUser = m_releasePicked;
    m_catalogue = result.catalogue;
    const QString mirror = result.catalogue.baseUrl().host();
    if (result.source == ReleaseDiscovery::Source::Mirror) {
        //: %1 is a server such as "channels.nixos.org"
        m_catalogueSource->setText(tr("These are the releases %1 has right now.").arg(mirror));
    } else {
        //: %1 is why the mirror's list could not be used (a sentence)
        m_catalogueSource->setText(tr("%1 These are the releases Airlock knew of when it was "
                                      "built; a newer one may be out.")
                                           .arg(result.reason));
    }
    m_discovery.release()->deleteLater();
    fillReleases();
    if (pickedByUser) {
        if (const int index = m_releaseCombo->findData(picked); index >= 0)
            m_releaseCombo->setCurrentIndex(index);
    }
    startDownloadOfCachedIso();
}

void MediaPage::setDownloadOptions(const DownloadJob::Options &options)
{
    m_options = options;
    //: %1 is a folder
    m_folderLabel->setText(tr("Saved in %1. Stopping is safe: the next download continues where "
                              "this one left off, and a verified ISO is reused.")
                                   .arg(elidedPath(m_options.directory)));
}

void MediaPage::fillReleases()
{
    const QSignalBlocker blocker(m_releaseCombo);
    m_releaseCombo->clear();
    const QString arch = ReleaseCatalogue::hostArchitecture();
    const auto recommended = m_catalogue.defaultRelease(arch, m_today);
    for (const NixosRelease &release : m_catalogue.releasesFor(arch)) {
        //: %1 is a release such as "NixOS 25.11 “Xantusia”", %2 "Graphical installer"
        QString text = tr("%1 — %2").arg(release.title(), release.variantTitle());
        if (release.isEndOfLife(m_today)) {
            //: a release in the list whose support has ended; %1 is its name
            text = tr("%1 (no longer supported)").arg(text);
        }
        m_releaseCombo->addItem(text, release.id());
    }
    if (recommended)
        m_releaseCombo->setCurrentIndex(m_releaseCombo->findData(recommended->id()));
    releaseChanged();
}

std::optional<NixosRelease> MediaPage::selectedRelease() const
{
    return m_catalogue.find(m_releaseCombo->currentData(s_releaseIdRole).toString());
}

void MediaPage::releaseChanged()
{
    const auto release = selectedRelease();
    const auto recommended
            = m_catalogue.defaultRelease(ReleaseCatalogue::hostArchitecture(), m_today);
    const bool isRecommended = release && recommended && release->id() == recommended->id();
    m_recommendedBadge->setVisible(isRecommended);
    const QColor badge = StatusIcon::color(Status::Pass, palette());
    m_recommendedBadge->setStyleSheet(
            QStringLiteral("QLabel { border: 1px solid %1; border-radius: 9px; color: %1; "
                           "font-weight: bold; }")
                    .arg(badge.name()));
    if (!release) {
        m_releaseNote->setText(tr("No NixOS release is published for this computer's "
                                  "architecture (%1). Use an ISO you already have.")
                                       .arg(ReleaseCatalogue::hostArchitecture()));
        m_downloadButton->setText(tr("Download"));
        m_downloadButton->setEnabled(false);
        return;
    }
    QString note;
    if (isRecommended) {
        note = tr("The newest stable NixOS, with a desktop you choose when it starts (GNOME or "
                  "Plasma). A download of about 3 GB.");
    } else if (!release->stable) {
        note = tr("Unstable can break from one day to the next. Choose it only if you need "
                  "something newer than the stable release.");
    } else if (release->isEndOfLife(m_today)) {
        note = tr("Do not install this one: it no longer gets security fixes.");
    } else if (release->variant == IsoVariant::Minimal) {
        note = tr("Text only: installs NixOS without a desktop. A smaller download.");
    } else {
        note = tr("An older stable release, still supported for a while.");
    }
    //: %1 says what the release is, %2 until when it is supported (both sentences)
    m_releaseNote->setText(tr("%1 %2").arg(note, release->supportText(m_today)));
    //: %1 is a release such as "NixOS 25.11 “Xantusia”"
    m_downloadButton->setText(tr("Download %1").arg(release->title()));
    showOwnFileHashes(m_origin == Origin::File);
    if (m_job && m_job->state() == DownloadJob::State::Cancelled)
        showStoppedDownload();
    // The list may still change under the user's click while the mirror is asked.
    m_downloadButton->setEnabled((!m_job || !m_job->isRunning()) && !m_discovery);
}

void MediaPage::initializePage()
{
    adoptSpecIso();
    if (!m_catalogueSettled)
        discoverReleases(ReleaseCatalogue::builtIn(ReleaseDiscovery::configuredMirror()), {});
    m_downloadButton->setFocus();
    startDownloadOfCachedIso();
}

void MediaPage::startDownloadOfCachedIso()
{
    if (m_discovery)
        return;
    // Something downloaded before: check it again and use it, no click needed.
    if (m_chosen.isEmpty() && (!m_job || m_job->state() == DownloadJob::State::Idle)) {
        if (const auto release = selectedRelease();
            release && CachedIso::newest(m_options.directory, release->id()))
            startDownload();
    }
}

void MediaPage::startDownload()
{
    const auto release = selectedRelease();
    if (!release)
        return;
    m_job = std::make_unique<DownloadJob>(*release, downloadOptions());
    m_jobRelease = *release;
    DownloadJob *job = m_job.get();
    connect(job, &DownloadJob::stateChanged, this, &MediaPage::showState);
    connect(job, &DownloadJob::progressChanged, this, &MediaPage::showProgress);
    connect(job, &DownloadJob::checksumPublished, this,
            [this](const QString &sha256) { showHashes(sha256, QString()); });
    connect(job, &DownloadJob::retrying, this,
            [this](const QString &reason, int, std::chrono::milliseconds delay) {
                //: %1 is what went wrong
                showNotice(Notice::Retrying, Status::Warn,
                           tr("%1 Trying again in %n second(s).", nullptr,
                              int(std::chrono::ceil<std::chrono::seconds>(delay).count()))
                                   .arg(reason));
            });
    connect(job, &DownloadJob::finished, this, &MediaPage::downloadFinished);
    connect(job, &DownloadJob::failed, this, &MediaPage::downloadFailed);
    clearNotice();
    m_hashFrame->hide();
    // Next waits for this download's verdict.
    setChosen({}, Origin::None);
    job->start();
}

// The options of the next download: into the spec's pool as well, as the
// bytes arrive, when the host reading says that pool is there and active.
DownloadJob::Options MediaPage::downloadOptions() const
{
    DownloadJob::Options options = m_options;
    const HostReading *host = session()->host();
    const QString pool = session()->spec().storagePool;
    if (options.poolTarget.isEmpty() && host->facts() && host->poolName() == pool
        && host->facts()->pool.exists && host->facts()->pool.active)
        options.poolTarget = {host->uri(), pool};
    return options;
}

void MediaPage::pauseOrResume()
{
    if (!m_job)
        return;
    if (m_job->state() == DownloadJob::State::Paused)
        m_job->resume();
    else
        m_job->pause();
}

void MediaPage::cancelDownload()
{
    if (m_job)
        m_job->cancel(DownloadJob::PartialFile::Keep);
}

void MediaPage::showState(DownloadJob::State state)
{
    using State = DownloadJob::State;
    // "Trying again in 8 s" is true only while the job waits to.
    if (m_notice == Notice::Retrying && state != State::WaitingToRetry)
        clearNotice();
    const bool running = m_job && m_job->isRunning();
    const bool paused = state == State::Paused;
    m_downloadButton->setEnabled(!running && !paused && selectedRelease().has_value()
                                 && !m_discovery);
    m_releaseCombo->setEnabled(!running && !paused);
    m_progressBar->setVisible(running || paused);
    m_pauseButton->setVisible(state == State::Downloading || state == State::WaitingToRetry
                              || paused);
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_cancelButton->setVisible(running || paused);
    m_progressLabel->setVisible(running || paused || state == State::Cancelled);

    switch (state) {
    case State::FetchingChecksum:
        m_progressBar->setRange(0, 0);
        m_progressLabel->setText(tr("Asking NixOS for the published SHA-256 fingerprint…"));
        break;
    case State::CheckingDownloaded:
        m_progressBar->setRange(0, 1000);
        m_progressLabel->setText(tr("Checking the ISO downloaded earlier…"));
        break;
    case State::Downloading:
        m_progressBar->setRange(0, 1000);
        break;
    case State::WaitingToRetry:
        showWaitingProgress();
        break;
    case State::Verifying:
        m_progressBar->setRange(0, 0);
        m_progressLabel->setText(tr("Comparing the fingerprint with the published one…"));
        break;
    case State::Paused:
        m_progressLabel->setText(tr("Paused. What has arrived is kept; Resume continues from "
                                    "there."));
        break;
    case State::Cancelled:
        showStoppedDownload();
        break;
    case State::Idle:
    case State::Finished:
    case State::Failed:
        break;
    }
}

// What a stopped download leaves behind, for the release now selected.
void MediaPage::showStoppedDownload()
{
    const auto release = selectedRelease();
    if (!release || release->id() == m_jobRelease.id()) {
        m_progressLabel->setText(tr("Download stopped. What has arrived is kept, so the next "
                                    "download continues from there."));
        return;
    }
    //: %1 is the release whose download was stopped, %2 the release selected now
    m_progressLabel->setText(tr("The stopped download of %1 is kept for later. %2 is another "
                                "file: its download starts from the beginning.")
                                     .arg(m_jobRelease.title(), release->title()));
}

void MediaPage::showProgress(const DownloadProgress &progress)
{
    if (progress.bytesTotal > 0) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(progress.bytesDone * 1000 / progress.bytesTotal));
        m_progressBar->setFormat(QStringLiteral("%1%").arg(progress.percent()));
    }
    if (!m_job || m_job->state() != DownloadJob::State::Downloading)
        return;
    const QLocale locale;
    QString text = progress.bytesTotal > 0
                           //: %1 and %2 are sizes such as "1.2 GB"
                           ? tr("%1 of %2")
                                     .arg(locale.formattedDataSize(progress.bytesDone),
                                          locale.formattedDataSize(progress.bytesTotal))
                           : locale.formattedDataSize(progress.bytesDone);
    if (progress.bytesPerSecond > 0) {
        //: %1 is the amount so far, %2 a rate such as "12 MB"
        text = tr("%1 · %2/s").arg(text, locale.formattedDataSize(qint64(progress.bytesPerSecond)));
    }
    if (progress.timeLeft)
        text = tr("%1 · %2").arg(text, timeLeftText(*progress.timeLeft));
    m_progressLabel->setText(text);
}

void MediaPage::downloadFinished(const DownloadJob::Result &result)
{
    QString verdict;
    if (result.offline) {
        verdict = tr("Verified again: this ISO still has the fingerprint recorded when it was "
                     "downloaded. Airlock could not reach NixOS to check for a newer one.");
    } else if (result.reused) {
        verdict = tr("Verified: the ISO downloaded earlier is exactly the one "
                     "NixOS publishes. Nothing needed downloading.");
    } else {
        verdict = tr("Verified: this ISO is exactly the one NixOS publishes.");
    }
    // Where the VM will read it from: already in the pool, or copied there
    // when the VM is created.
    if (!result.volume.isEmpty()) {
        //: %1 is the verdict (a sentence), %2 a storage pool, %3 a volume name
        verdict = tr("%1 It is already in the storage pool “%2” as “%3”, ready for the VM.")
                          .arg(verdict, result.pool, result.volume);
    } else if (m_job && !m_job->poolUploadFailureReason().isEmpty()) {
        //: %1 is the verdict, %2 why the ISO is not in the pool yet (sentences)
        verdict = tr("%1 %2").arg(verdict, m_job->poolUploadFailureReason());
    }
    showNotice(Notice::Choice, Status::Pass, verdict.toHtmlEscaped());
    showHashes(result.publishedSha256, result.sha256);
    setChosen(IsoSource::file(result.filePath), Origin::Download);
}

void MediaPage::downloadFailed(DownloadJob::Failure failure, const QString &reason)
{
    if (failure == DownloadJob::Failure::ChecksumMismatch && m_job) {
        // The hashes go in the grid below; the sentence says what it means.
        //: %1 is a file name
        showNotice(Notice::ChecksumMismatch, Status::Fail,
                   tr("The download does not match the fingerprint NixOS published: it was "
                      "damaged on the way or altered. Airlock set it aside as “%1” and will not "
                      "use it. Download it again; if this repeats, try another network.")
                           .arg(QFileInfo(m_job->result().filePath).fileName()));
        showOwnFileHashes(false);
        m_publishedHashLabel->setText(m_job->result().publishedSha256);
        m_computedHashLabel->setText(m_job->result().sha256);
        m_hashFrame->show();
    } else {
        showNotice(Notice::DownloadFailed, Status::Fail, reason);
    }
    showState(DownloadJob::State::Failed);
}

void MediaPage::showNotice(Notice notice, Status status, const QString &text)
{
    m_notice = notice;
    m_statusNotice->setNotice(status, text);
    QString action;
    switch (notice) {
    case Notice::DownloadFailed:
        action = tr("Try again");
        break;
    case Notice::ChecksumMismatch:
        action = tr("Download again");
        break;
    case Notice::FileProblem:
        action = tr("Choose another file…");
        break;
    case Notice::VolumeProblem:
        action = tr("Choose another volume…");
        break;
    case Notice::None:
    case Notice::Retrying:
    case Notice::Choice:
        break;
    }
    m_retryButton->setText(action);
    m_retryButton->setVisible(!action.isEmpty());
}

void MediaPage::clearNotice()
{
    m_notice = Notice::None;
    m_statusNotice->clear();
    m_retryButton->hide();
}

void MediaPage::noticeActionClicked()
{
    switch (m_notice) {
    case Notice::DownloadFailed:
    case Notice::ChecksumMismatch:
        startDownload();
        break;
    case Notice::FileProblem:
        pickFile();
        break;
    case Notice::VolumeProblem:
        pickVolume();
        break;
    case Notice::None:
    case Notice::Retrying:
    case Notice::Choice:
        break;
    }
}

// While the job waits to try again nothing moves: the amount so far, without
// a rate or a time left that would not be true.
void MediaPage::showWaitingProgress()
{
    if (!m_job)
        return;
    const DownloadProgress &progress = m_job->progress();
    const QLocale locale;
    m_progressLabel->setText(progress.bytesTotal > 0
                                     ? tr("%1 of %2")
                                               .arg(locale.formattedDataSize(progress.bytesDone),
                                                    locale.formattedDataSize(progress.bytesTotal))
                                     : locale.formattedDataSize(progress.bytesDone));
}

// An ISO the user brings replaces a download under way: it stops (what has
// arrived is kept for later) and its progress leaves the page.
void MediaPage::stopDownloadForOwnChoice()
{
    if (!m_job)
        return;
    if (m_job->isRunning() || m_job->state() == DownloadJob::State::Paused)
        m_job->cancel(DownloadJob::PartialFile::Keep);
    // Gone with its queued signals: no late "stopped" or "verified" follows.
    m_job.reset();
    showState(DownloadJob::State::Idle);
}

void MediaPage::showHashes(const QString &published, const QString &computed)
{
    showOwnFileHashes(false);
    m_publishedHashLabel->setText(published.isEmpty() ? tr("(not available offline)") : published);
    m_computedHashLabel->setText(computed.isEmpty() ? tr("(computed as the file arrives)")
                                                    : computed);
    m_hashFrame->setVisible(!published.isEmpty() || !computed.isEmpty());
}

// Not modal to the application: the page keeps running (a download's
// progress, a fingerprint being computed) while the user looks for the file.
void MediaPage::pickFile()
{
    if (m_filePicker) {
        m_filePicker->raise();
        m_filePicker->activateWindow();
        return;
    }
    const QString start
            = m_chosen.path.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                      : QFileInfo(m_chosen.path).absolutePath();
    m_filePicker = new QFileDialog(this, tr("Choose a NixOS ISO"), start,
                                   tr("ISO images (*.iso);;All files (*)"));
    m_filePicker->setObjectName(QStringLiteral("isoFilePicker"));
    m_filePicker->setFileMode(QFileDialog::ExistingFile);
    m_filePicker->setAcceptMode(QFileDialog::AcceptOpen);
    m_filePicker->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_filePicker, &QFileDialog::fileSelected, this, &MediaPage::chooseFile);
    m_filePicker->open();
}

QFileDialog *MediaPage::filePicker() const
{
    return m_filePicker;
}

void MediaPage::chooseFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        showNotice(Notice::FileProblem, Status::Fail,
                   tr("Airlock cannot read “%1”. Choose another file.").arg(path));
        return;
    }
    if (!looksLikeIso(path)) {
        showNotice(Notice::FileProblem, Status::Fail,
                   tr("“%1” is not an ISO image (it lacks the ISO 9660 signature). Choose the "
                      ".iso file NixOS published.")
                           .arg(info.fileName()));
        return;
    }
    stopDownloadForOwnChoice();
    forgetOwnFile();
    const QString chosenPath = info.absoluteFilePath();
    setChosen(IsoSource::file(chosenPath), Origin::File);
    m_computedHashLabel->setText(tr("computing…"));
    showOwnFileHashes(true);
    m_hashFrame->show();
    showOwnFileNotice();

    // The fingerprint of a file the user brought: read on a worker.
    auto promise = std::make_shared<QPromise<std::expected<QString, QString>>>();
    QFuture<std::expected<QString, QString>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, chosenPath] {
        promise->addResult(sha256OfFile(chosenPath));
        promise->finish();
    });
    // A small file can be hashed before then() is reached, which would then
    // answer at once; queued, the answer always comes after chooseFile().
    future.then(this, [this, chosenPath](const std::expected<QString, QString> &hash) {
        QMetaObject::invokeMethod(
                this,
                [this, chosenPath, hash] {
                    ownFileHashComputed(chosenPath, hash.value_or(QString()),
                                        hash ? QString() : hash.error());
                },
                Qt::QueuedConnection);
    });
}

void MediaPage::ownFileHashComputed(const QString &path, const QString &sha256,
                                    const QString &error)
{
    if (m_chosen.path != path || m_origin != Origin::File)
        return;
    m_ownSha256 = sha256;
    m_ownHashError = error;
    m_computedHashLabel->setText(sha256.isEmpty() ? tr("(could not be read)") : sha256);
    compareOwnFile();
}

// A file the user brought has no published value of its own: the hash row
// becomes a field to paste one into, with where NixOS publishes it.
void MediaPage::showOwnFileHashes(bool ownFile)
{
    m_publishedHashLabel->setVisible(!ownFile);
    m_publishedHashEdit->setVisible(ownFile);
    m_downloadPageLink->setVisible(ownFile);
    const auto release = selectedRelease();
    m_fetchHashButton->setVisible(ownFile && release);
    m_fetchHashButton->setEnabled(!m_checksumFetch);
    if (release) {
        //: %1 is a release such as "NixOS 26.05 “Yarara”"
        m_fetchHashButton->setText(
                tr("Fetch the published fingerprint of %1").arg(release->title()));
        //: %1 is a release such as "NixOS 26.05 “Yarara”", %2 "Graphical installer", %3 an address
        m_fetchHashButton->setToolTip(
                tr("The SHA-256 NixOS publishes for the latest %1 (%2), from %3")
                        .arg(release->title(), release->variantTitle(),
                             release->checksumUrl.toDisplayString()));
    }
}

void MediaPage::forgetOwnFile()
{
    m_ownSha256.clear();
    m_ownHashError.clear();
    m_comparison = Comparison::None;
    m_expectedSha256.clear();
    m_expectedFileName.clear();
    m_comparisonProblem.clear();
    m_fetchProblem.clear();
    m_checksumFetch.reset();
    m_fetchHashButton->setEnabled(true);
    m_ownVerdict = OwnFileVerdict::Unknown;
    const QSignalBlocker blocker(m_publishedHashEdit);
    m_publishedHashEdit->clear();
}

// The value NixOS publishes for the release selected above, for a file the
// user brought: fetched off the GUI thread, then compared.
void MediaPage::fetchPublishedValue()
{
    const auto release = selectedRelease();
    if (!release || m_checksumFetch)
        return;
    ChecksumRequests::Options options;
    options.timeout = std::chrono::seconds(15);
    options.extraCaCertificates = m_options.extraCaCertificates;
    m_fetchProblem.clear();
    m_checksumFetch = std::make_unique<ChecksumFetch>(release->checksumUrl, options);
    connect(m_checksumFetch.get(), &ChecksumFetch::finished, this,
            &MediaPage::publishedValueFetched);
    connect(m_checksumFetch.get(), &ChecksumFetch::failed, this, [this](const QString &reason) {
        m_checksumFetch.release()->deleteLater();
        m_fetchHashButton->setEnabled(true);
        m_fetchProblem = reason;
        showOwnFileNotice();
    });
    m_fetchHashButton->setEnabled(false);
    m_checksumFetch->start();
}

void MediaPage::publishedValueFetched(const PublishedChecksum &checksum)
{
    m_checksumFetch.release()->deleteLater();
    m_fetchHashButton->setEnabled(true);
    m_comparison = Comparison::Fetched;
    m_comparisonProblem.clear();
    m_expectedSha256 = checksum.sha256;
    m_expectedFileName = checksum.fileName;
    {
        // Shown where a pasted value would be; editing it makes it a pasted one.
        const QSignalBlocker blocker(m_publishedHashEdit);
        m_publishedHashEdit->setText(checksum.fileName.isEmpty()
                                             ? checksum.sha256
                                             : checksum.sha256 + QLatin1String("  ")
                                                       + checksum.fileName);
        m_publishedHashEdit->setCursorPosition(0);
    }
    compareOwnFile();
}

void MediaPage::publishedValuePasted()
{
    const QString text = m_publishedHashEdit->text().trimmed();
    m_expectedSha256.clear();
    m_expectedFileName.clear();
    m_comparisonProblem.clear();
    m_comparison = text.isEmpty() ? Comparison::None : Comparison::Pasted;
    if (!text.isEmpty()) {
        const auto parsed = ChecksumFile::parse(text.toUtf8());
        if (parsed) {
            m_expectedSha256 = parsed->sha256;
            m_expectedFileName = parsed->fileName;
        } else {
            m_comparisonProblem = parsed.error();
        }
    }
    compareOwnFile();
}

void MediaPage::compareOwnFile()
{
    OwnFileVerdict verdict = OwnFileVerdict::Unknown;
    if (!m_expectedSha256.isEmpty() && !m_ownSha256.isEmpty()) {
        if (m_expectedSha256.compare(m_ownSha256, Qt::CaseInsensitive) == 0)
            verdict = OwnFileVerdict::Verified;
        else if (!m_expectedFileName.isEmpty()
                 && m_expectedFileName != QFileInfo(m_chosen.path).fileName())
            verdict = OwnFileVerdict::CannotVouch;
        else
            verdict = OwnFileVerdict::Mismatch;
    }
    const bool changed = verdict != m_ownVerdict;
    m_ownVerdict = verdict;
    showOwnFileNotice();
    if (changed)
        Q_EMIT completeChanged();
}

// What is known of a file the user brought, and only that.
void MediaPage::showOwnFileNotice()
{
    const QString name = QFileInfo(m_chosen.path).fileName();
    const bool pasted = m_comparison == Comparison::Pasted;
    if (!m_ownHashError.isEmpty()) {
        //: %1 is a file name, %2 the reason
        showNotice(Notice::FileProblem, Status::Fail,
                   tr("Airlock could not read “%1” to compute its fingerprint: %2. Choose "
                      "another file.")
                           .arg(name.toHtmlEscaped(), m_ownHashError.toHtmlEscaped()));
        return;
    }
    if (!m_comparisonProblem.isEmpty()) {
        //: %1 says what is wrong with the pasted text
        showNotice(Notice::Choice, Status::Warn,
                   tr("Airlock cannot use what you pasted: %1. Paste the 64 hexadecimal digits "
                      "of the SHA-256 fingerprint, or the whole line of the .sha256 file.")
                           .arg(m_comparisonProblem.toHtmlEscaped()));
        return;
    }
    if (m_comparison == Comparison::None && !m_fetchProblem.isEmpty()) {
        //: %1 says what went wrong (a sentence)
        showNotice(Notice::Choice, Status::Warn,
                   tr("Airlock could not fetch the fingerprint NixOS publishes: %1 Paste it "
                      "below instead.")
                           .arg(m_fetchProblem.toHtmlEscaped()));
        return;
    }
    if (m_comparison == Comparison::None) {
        showNotice(Notice::Choice, Status::Info,
                   tr("Using your own ISO. Airlock does not know yet whether it is genuine: "
                      "fetch or paste the SHA-256 fingerprint NixOS publishes for it below, and "
                      "Airlock compares the two."));
        return;
    }
    switch (m_ownVerdict) {
    case OwnFileVerdict::Unknown:
        showNotice(Notice::Choice, Status::Info,
                   tr("Computing the fingerprint of “%1”; Airlock compares it with the "
                      "published value as soon as it is done.")
                           .arg(name.toHtmlEscaped()));
        break;
    case OwnFileVerdict::Verified:
        //: %1 is a file name
        showNotice(Notice::Choice, Status::Pass,
                   pasted ? tr("Verified against the value you pasted: “%1” has exactly that "
                               "SHA-256 fingerprint.")
                                    .arg(name.toHtmlEscaped())
                          : tr("Verified against the value fetched from NixOS: “%1” has "
                               "exactly that SHA-256 fingerprint.")
                                    .arg(name.toHtmlEscaped()));
        break;
    case OwnFileVerdict::CannotVouch:
        //: %1 is the file the value was published for, %2 the user's file
        showNotice(Notice::Choice, Status::Warn,
                   pasted ? tr("The value you pasted is for “%1”, and your file is “%2”: another "
                               "build, so the value cannot vouch for it. Paste the value "
                               "published for “%2”.")
                                    .arg(m_expectedFileName.toHtmlEscaped(), name.toHtmlEscaped())
                          : tr("NixOS publishes “%1” for the release selected above, and your "
                               "file is “%2”: another build, so the fetched value cannot vouch "
                               "for it. Paste the value published for “%2”.")
                                    .arg(m_expectedFileName.toHtmlEscaped(), name.toHtmlEscaped()));
        break;
    case OwnFileVerdict::Mismatch:
        //: %1 is a file name
        showNotice(Notice::FileProblem, Status::Fail,
                   pasted ? tr("“%1” is not the file with the fingerprint you pasted. Check that "
                               "you copied the value published for this ISO; if you did, the "
                               "file was damaged or altered: do not use it. Download NixOS "
                               "above or choose another file.")
                                    .arg(name.toHtmlEscaped())
                          : tr("“%1” is not the file NixOS publishes under that name: their "
                               "fingerprints differ, so it was damaged or altered. Do not use "
                               "it: download NixOS above or choose another file.")
                                    .arg(name.toHtmlEscaped()));
        break;
    }
}

void MediaPage::pickVolume()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Choose an ISO volume"));
    auto *explanation = new QLabel(tr("ISO images already in libvirt's storage pools:"), &dialog);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("volumeList"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addWidget(list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QListWidget::currentRowChanged, &dialog, [buttons, list](int row) {
        buttons->button(QDialogButtonBox::Ok)
                ->setEnabled(row >= 0 && list->item(row)->data(Qt::UserRole).isValid());
    });
    connect(list, &QListWidget::itemActivated, &dialog, [&dialog](QListWidgetItem *item) {
        if (item->data(Qt::UserRole).isValid())
            dialog.accept();
    });
    list->addItem(tr("Looking…"));

    using Volumes = LibvirtResult<QList<std::pair<QString, QString>>>;
    auto listVolumes = [](const Connection &connection) -> Volumes {
        const auto pools = connection.storagePoolNames();
        if (!pools)
            return std::unexpected(pools.error());
        QList<std::pair<QString, QString>> found;
        for (const QString &pool : *pools) {
            const auto volumes = connection.volumeNames(pool);
            if (!volumes)
                continue; // an inactive pool lists nothing
            for (const QString &volume : *volumes) {
                if (volume.endsWith(QLatin1String(".iso"), Qt::CaseInsensitive))
                    found.append({pool, volume});
            }
        }
        return found;
    };
    auto fill = [list](const Volumes &volumes) {
        list->clear();
        if (!volumes) {
            list->addItem(tr("libvirt could not list the pools: %1").arg(volumes.error().message));
            return;
        }
        if (volumes->isEmpty())
            list->addItem(tr("No pool holds an ISO volume."));
        for (const auto &[pool, volume] : *volumes) {
            //: %1 is a volume name, %2 a storage pool
            auto *item = new QListWidgetItem(tr("%1 (pool “%2”)").arg(volume, pool), list);
            item->setData(Qt::UserRole, QStringList {pool, volume});
        }
        list->setCurrentRow(0);
    };
    Hypervisor *hypervisor = session()->hypervisor();
    auto query = [hypervisor, listVolumes, fill, list] {
        hypervisor->run(listVolumes).then(list, fill);
    };
    if (hypervisor->isOpen()) {
        query();
    } else {
        connect(hypervisor, &Hypervisor::opened, list, query, Qt::SingleShotConnection);
        connect(hypervisor, &Hypervisor::openFailed, list, [list](const LibvirtError &error) {
            list->clear();
            list->addItem(tr("Airlock cannot reach libvirt: %1").arg(error.message));
        });
        session()->connectIfNeeded();
    }
    dialog.resize(520, 320);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return;
    const QStringList choice = list->currentItem()->data(Qt::UserRole).toStringList();
    if (choice.size() == 2)
        chooseVolume(choice.at(0), choice.at(1));
}

void MediaPage::chooseVolume(const QString &pool, const QString &volume)
{
    stopDownloadForOwnChoice();
    m_hashFrame->hide();
    showNotice(Notice::Choice, Status::Info,
               tr("Using the ISO volume “%1” from the storage pool “%2”. Airlock does not check "
                  "what is in it.")
                       .arg(volume.toHtmlEscaped(), pool.toHtmlEscaped()));
    m_volumeConfirmed = true;
    setChosen(IsoSource::poolVolume(pool, volume), Origin::Volume);
}

void MediaPage::adoptSpecIso()
{
    const IsoSource iso = spec().iso;
    if (iso.isEmpty() || iso == m_chosen)
        return;
    if (iso.isVolume()) {
        m_volumeConfirmed = false;
        setChosen(iso, Origin::Volume);
        // Complete once libvirt confirms the volume exists.
        Hypervisor *hypervisor = session()->hypervisor();
        auto check = [this, hypervisor, iso] {
            hypervisor
                    ->run([iso](const Connection &connection) {
                        return connection.volume(iso.pool, iso.volume).has_value();
                    })
                    .then(this, [this, iso](bool exists) {
                        if (m_chosen != iso)
                            return;
                        m_volumeConfirmed = exists;
                        if (!exists)
                            showNotice(Notice::VolumeProblem, Status::Fail,
                                       tr("The storage pool “%1” has no volume “%2”. Download "
                                          "the ISO or choose another.")
                                               .arg(iso.pool, iso.volume));
                        Q_EMIT completeChanged();
                    });
        };
        if (hypervisor->isOpen()) {
            check();
        } else {
            connect(hypervisor, &Hypervisor::opened, this, check, Qt::SingleShotConnection);
            session()->connectIfNeeded();
        }
        return;
    }
    setChosen(iso, Origin::File);
    if (!QFileInfo(iso.path).isFile())
        showNotice(Notice::FileProblem, Status::Fail,
                   tr("The ISO “%1” named in the spec does not exist. Download it or choose "
                      "another.")
                           .arg(iso.path));
}

void MediaPage::setChosen(const IsoSource &iso, Origin origin)
{
    m_chosen = iso;
    m_origin = origin;
    if (origin != Origin::File) {
        forgetOwnFile();
        showOwnFileHashes(false);
    }
    if (iso.isEmpty()) {
        m_chosenIsoLabel->clear();
    } else if (iso.isVolume()) {
        //: %1 is a volume name, %2 a storage pool
        m_chosenIsoLabel->setText(
                tr("The VM will install from the volume <b>%1</b> in the "
                   "storage pool <b>%2</b>.")
                        .arg(iso.volume.toHtmlEscaped(), iso.pool.toHtmlEscaped()));
    } else {
        m_chosenIsoLabel->setText(tr("The VM will install from <b>%1</b>.")
                                          .arg(elidedPath(iso.path).toHtmlEscaped()));
        m_chosenIsoLabel->setToolTip(iso.path);
    }
    Q_EMIT completeChanged();
}

bool MediaPage::isComplete() const
{
    if (m_chosen.isEmpty())
        return false;
    if (m_chosen.isVolume())
        return m_volumeConfirmed;
    // A file known not to be the one it claims to be is not installed from.
    if (m_origin == Origin::File && m_ownVerdict == OwnFileVerdict::Mismatch)
        return false;
    return QFileInfo(m_chosen.path).isFile();
}

bool MediaPage::validatePage()
{
    if (!isComplete())
        return false;
    spec().iso = m_chosen;
    return true;
}

} // namespace Airlock
