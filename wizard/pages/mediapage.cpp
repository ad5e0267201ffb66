// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediapage.h"

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
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QStandardPaths>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Airlock {

namespace {

constexpr int s_releaseIdRole = Qt::UserRole;
constexpr qint64 s_isoSignatureOffset = 0x8001;

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
    , m_downloadButton(new QPushButton(this))
    , m_progressBar(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_pauseButton(new QPushButton(tr("Pause"), this))
    , m_cancelButton(new QPushButton(tr("Stop"), this))
    , m_statusNotice(new NoticeLabel(this))
    , m_retryButton(new QPushButton(tr("Try again"), this))
    , m_hashFrame(new QFrame(this))
    , m_publishedHashLabel(hashLabel(m_hashFrame, QStringLiteral("publishedHashLabel")))
    , m_computedHashLabel(hashLabel(m_hashFrame, QStringLiteral("computedHashLabel")))
    , m_chosenIsoLabel(new QLabel(this))
    , m_folderLabel(new QLabel(this))
    , m_useFileButton(new QPushButton(tr("Use an ISO file I already have…"), this))
    , m_useVolumeButton(new QPushButton(tr("Use an ISO from a storage pool…"), this))
{
    setObjectName(QStringLiteral("mediapage"));
    setTitle(tr("Get NixOS"));
    setSubTitle(tr("The VM installs NixOS from its official ISO image. Airlock downloads it, "
                   "checks its SHA-256 fingerprint against the one NixOS publishes, and hands it "
                   "to libvirt so the VM can read it."));

    m_releaseCombo->setObjectName(QStringLiteral("releaseCombo"));
    m_recommendedBadge->setObjectName(QStringLiteral("recommendedBadge"));
    m_releaseNote->setObjectName(QStringLiteral("releaseNote"));
    m_downloadButton->setObjectName(QStringLiteral("downloadButton"));
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_statusNotice->setObjectName(QStringLiteral("statusNotice"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_hashFrame->setObjectName(QStringLiteral("hashFrame"));
    m_chosenIsoLabel->setObjectName(QStringLiteral("chosenIsoLabel"));
    m_folderLabel->setObjectName(QStringLiteral("folderLabel"));
    m_useFileButton->setObjectName(QStringLiteral("useFileButton"));
    m_useVolumeButton->setObjectName(QStringLiteral("useVolumeButton"));

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
    connect(m_downloadButton, &QPushButton::clicked, this, &MediaPage::startDownload);
    connect(m_retryButton, &QPushButton::clicked, this, &MediaPage::startDownload);
    connect(m_pauseButton, &QPushButton::clicked, this, &MediaPage::pauseOrResume);
    connect(m_cancelButton, &QPushButton::clicked, this, &MediaPage::cancelDownload);
    connect(m_useFileButton, &QPushButton::clicked, this, &MediaPage::pickFile);
    connect(m_useVolumeButton, &QPushButton::clicked, this, &MediaPage::pickVolume);
    connect(session, &WizardSession::specChanged, this, &MediaPage::adoptSpecIso);

    m_retryButton->hide();
    m_hashFrame->hide();
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

    auto *releaseRow = new QHBoxLayout;
    releaseRow->addWidget(releaseLabel);
    releaseRow->addWidget(m_releaseCombo);
    releaseRow->addWidget(m_recommendedBadge);
    releaseRow->addStretch();
    layout->addLayout(releaseRow);
    layout->addWidget(m_releaseNote);
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
    hashGrid->addWidget(publishedTitle, 0, 0, Qt::AlignTop);
    hashGrid->addWidget(m_publishedHashLabel, 0, 1);
    hashGrid->addWidget(computedTitle, 1, 0, Qt::AlignTop);
    hashGrid->addWidget(m_computedHashLabel, 1, 1);
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
    auto *alternativesLabel = new QLabel(tr("Already have a NixOS ISO?"), this);
    auto *alternativesRow = new QHBoxLayout;
    alternativesRow->addWidget(alternativesLabel);
    alternativesRow->addWidget(m_useFileButton);
    alternativesRow->addWidget(m_useVolumeButton);
    alternativesRow->addStretch();
    layout->addWidget(separator);
    layout->addLayout(alternativesRow);
}

void MediaPage::setCatalogue(const ReleaseCatalogue &catalogue)
{
    m_catalogue = catalogue;
    fillReleases();
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
    const auto recommended = m_catalogue.defaultRelease(arch);
    for (const NixosRelease &release : m_catalogue.releasesFor(arch)) {
        //: %1 is a release such as "NixOS 25.11 “Xantusia”", %2 "Graphical installer"
        m_releaseCombo->addItem(tr("%1 — %2").arg(release.title(), release.variantTitle()),
                                release.id());
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
    const auto recommended = m_catalogue.defaultRelease();
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
        note = tr("Unstable changes every few days and can break. Choose it only if you need "
                  "something newer than the stable release.");
    } else if (release->variant == IsoVariant::Minimal) {
        note = tr("Text only: installs NixOS without a desktop. A smaller download.");
    } else {
        note = tr("An older stable release. NixOS keeps a release supported until about a month "
                  "after the next one comes out.");
    }
    m_releaseNote->setText(note);
    //: %1 is a release such as "NixOS 25.11 “Xantusia”"
    m_downloadButton->setText(tr("Download %1").arg(release->title()));
    m_downloadButton->setEnabled(!m_job || !m_job->isRunning());
}

void MediaPage::initializePage()
{
    adoptSpecIso();
    if (m_downloadButton->isEnabled())
        m_downloadButton->setFocus();
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
    m_job = std::make_unique<DownloadJob>(*release, m_options);
    DownloadJob *job = m_job.get();
    connect(job, &DownloadJob::stateChanged, this, &MediaPage::showState);
    connect(job, &DownloadJob::progressChanged, this, &MediaPage::showProgress);
    connect(job, &DownloadJob::checksumPublished, this,
            [this](const QString &sha256) { showHashes(sha256, QString()); });
    connect(job, &DownloadJob::retrying, this,
            [this](const QString &reason, int, std::chrono::milliseconds delay) {
                //: %1 is what went wrong, %2 a number of seconds
                m_statusNotice->setNotice(
                        Status::Warn,
                        tr("%1 Trying again in %2 s.")
                                .arg(reason)
                                .arg(std::chrono::ceil<std::chrono::seconds>(delay).count()));
            });
    connect(job, &DownloadJob::finished, this, &MediaPage::downloadFinished);
    connect(job, &DownloadJob::failed, this, &MediaPage::downloadFailed);
    m_statusNotice->clear();
    m_retryButton->hide();
    m_hashFrame->hide();
    // Next waits for this download's verdict.
    setChosen({}, Origin::None);
    job->start();
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
    const bool running = m_job && m_job->isRunning();
    const bool paused = state == State::Paused;
    m_downloadButton->setEnabled(!running && !paused && selectedRelease().has_value());
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
        m_statusNotice->clear();
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
        m_progressLabel->setText(tr("Download stopped. What has arrived is kept, so the next "
                                    "download continues from there."));
        break;
    case State::Idle:
    case State::WaitingToRetry:
    case State::Finished:
    case State::Failed:
        break;
    }
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
    if (result.offline) {
        m_statusNotice->setNotice(
                Status::Pass,
                tr("Verified again: this ISO still has the fingerprint recorded when it was "
                   "downloaded. Airlock could not reach NixOS to check for a newer one."));
    } else if (result.reused) {
        m_statusNotice->setNotice(Status::Pass,
                                  tr("Verified: the ISO downloaded earlier is exactly the one "
                                     "NixOS publishes. Nothing needed downloading."));
    } else {
        m_statusNotice->setNotice(Status::Pass,
                                  tr("Verified: this ISO is exactly the one NixOS publishes."));
    }
    showHashes(result.publishedSha256, result.sha256);
    setChosen(IsoSource::file(result.filePath), Origin::Download);
}

void MediaPage::downloadFailed(DownloadJob::Failure failure, const QString &reason)
{
    if (failure == DownloadJob::Failure::ChecksumMismatch && m_job) {
        // The hashes go in the grid below; the sentence says what it means.
        //: %1 is a file name
        m_statusNotice->setNotice(
                Status::Fail,
                tr("The download does not match the fingerprint NixOS published: it was damaged "
                   "on the way or altered. Airlock set it aside as “%1” and will not use it. "
                   "Download it again; if this repeats, try another network.")
                        .arg(QFileInfo(m_job->result().filePath).fileName()));
        m_publishedHashLabel->setText(m_job->result().publishedSha256);
        m_computedHashLabel->setText(m_job->result().sha256);
        m_hashFrame->show();
    } else {
        m_statusNotice->setNotice(Status::Fail, reason);
    }
    m_retryButton->setText(failure == DownloadJob::Failure::ChecksumMismatch ? tr("Download again")
                                                                             : tr("Try again"));
    m_retryButton->show();
    showState(DownloadJob::State::Failed);
}

void MediaPage::showHashes(const QString &published, const QString &computed)
{
    m_publishedHashLabel->setText(published.isEmpty() ? tr("(not available offline)") : published);
    m_computedHashLabel->setText(computed.isEmpty() ? tr("(computed as the file arrives)")
                                                    : computed);
    m_hashFrame->setVisible(!published.isEmpty() || !computed.isEmpty());
}

void MediaPage::pickFile()
{
    const QString start
            = m_chosen.path.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                      : QFileInfo(m_chosen.path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a NixOS ISO"), start,
                                                      tr("ISO images (*.iso);;All files (*)"));
    if (!path.isEmpty())
        chooseFile(path);
}

void MediaPage::chooseFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        m_statusNotice->setNotice(Status::Fail,
                                  tr("Airlock cannot read “%1”. Choose another file.").arg(path));
        return;
    }
    if (!looksLikeIso(path)) {
        m_statusNotice->setNotice(Status::Fail,
                                  tr("“%1” is not an ISO image (it lacks the ISO 9660 "
                                     "signature). Choose the .iso file NixOS published.")
                                          .arg(info.fileName()));
        return;
    }
    m_retryButton->hide();
    m_statusNotice->setNotice(Status::Info,
                              tr("Using your own ISO. Compare its fingerprint below with the one "
                                 "on nixos.org to be sure it is genuine."));
    m_publishedHashLabel->setText(tr("(unknown for your own file)"));
    m_computedHashLabel->setText(tr("computing…"));
    m_hashFrame->show();
    setChosen(IsoSource::file(info.absoluteFilePath()), Origin::File);

    // The fingerprint of a file the user brought: read on a worker.
    auto promise = std::make_shared<QPromise<QString>>();
    QFuture<QString> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, file = info.absoluteFilePath()] {
        const auto hash = sha256OfFile(file);
        promise->addResult(hash ? *hash : QString());
        promise->finish();
    });
    const QString chosenPath = info.absoluteFilePath();
    future.then(this, [this, chosenPath](const QString &hash) {
        if (m_chosen.path == chosenPath && m_origin == Origin::File)
            m_computedHashLabel->setText(hash.isEmpty() ? tr("(could not be read)") : hash);
    });
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
    m_retryButton->hide();
    m_hashFrame->hide();
    m_statusNotice->setNotice(Status::Info,
                              tr("Using the ISO volume “%1” from the storage pool “%2”. Airlock "
                                 "does not check what is in it.")
                                      .arg(volume, pool));
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
                            m_statusNotice->setNotice(
                                    Status::Fail,
                                    tr("The storage pool “%1” has no volume “%2”. Download the "
                                       "ISO or choose another.")
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
        m_statusNotice->setNotice(Status::Fail,
                                  tr("The ISO “%1” named in the spec does not exist. Download "
                                     "it or choose another.")
                                          .arg(iso.path));
}

void MediaPage::setChosen(const IsoSource &iso, Origin origin)
{
    m_chosen = iso;
    m_origin = origin;
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
