// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "airlockpage.h"
#include "media/downloadjob.h"
#include "media/releasecatalogue.h"

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QFrame;
class QVBoxLayout;

namespace Airlock {

class NoticeLabel;

// Step 2: the NixOS ISO. One obvious button downloads the recommended
// release into Airlock's download folder and proves it against the checksum
// NixOS publishes; an ISO file or a pool volume the user already has will do
// too. The page creates nothing in libvirt: the creation plan uploads the
// file into the storage pool later.
class MediaPage : public AirlockPage
{
    Q_OBJECT
public:
    explicit MediaPage(WizardSession *session, QWidget *parent = nullptr);
    ~MediaPage() override;

    // Tests and mirrors: another catalogue (base URL) and download options
    // (folder, timeouts, trusted certificates). Before the page is shown.
    void setCatalogue(const ReleaseCatalogue &catalogue);
    void setDownloadOptions(const DownloadJob::Options &options);

    // What the file dialog and the volume picker end in.
    void chooseFile(const QString &path);
    void chooseVolume(const QString &pool, const QString &volume);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The ISO the page would put into the spec; empty until there is one.
    IsoSource chosenIso() const { return m_chosen; }

private:
    enum class Origin { None, Download, File, Volume };

    // One builder per section of the page, top to bottom.
    void buildReleaseSection(QVBoxLayout *layout);
    void buildDownloadSection(QVBoxLayout *layout);
    void buildVerdictSection(QVBoxLayout *layout);
    void buildAlternativesSection(QVBoxLayout *layout);

    void fillReleases();
    void releaseChanged();
    std::optional<NixosRelease> selectedRelease() const;
    void startDownload();
    void pauseOrResume();
    void cancelDownload();
    void showState(DownloadJob::State state);
    void showProgress(const DownloadProgress &progress);
    void downloadFinished(const DownloadJob::Result &result);
    void downloadFailed(DownloadJob::Failure failure, const QString &reason);
    void pickFile();
    void pickVolume();
    void adoptSpecIso();
    void setChosen(const IsoSource &iso, Origin origin);
    void showHashes(const QString &published, const QString &computed);

    ReleaseCatalogue m_catalogue;
    DownloadJob::Options m_options;
    std::unique_ptr<DownloadJob> m_job;
    IsoSource m_chosen;
    Origin m_origin = Origin::None;
    bool m_volumeConfirmed = false;

    QComboBox *const m_releaseCombo;
    QLabel *const m_recommendedBadge;
    QLabel *const m_releaseNote;
    QPushButton *const m_downloadButton;
    QProgressBar *const m_progressBar;
    QLabel *const m_progressLabel;
    QPushButton *const m_pauseButton;
    QPushButton *const m_cancelButton;
    NoticeLabel *const m_statusNotice;
    QPushButton *const m_retryButton;
    QFrame *const m_hashFrame;
    QLabel *const m_publishedHashLabel;
    QLabel *const m_computedHashLabel;
    QLabel *const m_chosenIsoLabel;
    QLabel *const m_folderLabel;
    QPushButton *const m_useFileButton;
    QPushButton *const m_useVolumeButton;
};

} // namespace Airlock
