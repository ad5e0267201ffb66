// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "airlockpage.h"
#include "media/downloadjob.h"
#include "media/releasecatalogue.h"
#include "media/releasediscovery.h"
#include "statusicon.h"

#include <QPointer>

#include <memory>

class QComboBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QFrame;
class QGridLayout;
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
    // A catalogue set here is used as it is: the mirror is not asked.
    void setCatalogue(const ReleaseCatalogue &catalogue, QDate today = QDate::currentDate());
    // Asks `shipped`'s mirror which releases it serves and offers those
    // (the shipped ones when it cannot be asked). The page does this itself
    // when first shown, against ReleaseDiscovery::configuredMirror().
    void discoverReleases(const ReleaseCatalogue &shipped,
                          const ReleaseDiscovery::Options &options);
    bool isDiscoveringReleases() const { return m_discovery != nullptr; }
    void setDownloadOptions(const DownloadJob::Options &options);

    // What the file dialog and the volume picker end in.
    void chooseFile(const QString &path);
    void chooseVolume(const QString &pool, const QString &volume);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The ISO the page would put into the spec; empty until there is one.
    IsoSource chosenIso() const { return m_chosen; }

    // The picker "Use an ISO file…" opens; tests find it here and answer it.
    QFileDialog *filePicker() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Origin { None, Download, File, Volume };
    // What the notice speaks of; its button follows from it, so no button
    // outlives the notice it belongs to.
    enum class Notice {
        None,
        Retrying, // true only while the job waits to try again
        DownloadFailed, // Try again
        ChecksumMismatch, // Download again
        FileProblem, // Choose another file…
        VolumeProblem, // Choose another volume…
        Choice, // the ISO the page will use (downloaded, brought, in a pool), what is known of it
    };
    // What a file the user brought was compared with.
    enum class Comparison { None, Pasted, Fetched };
    enum class OwnFileVerdict { Unknown, Verified, Mismatch, CannotVouch };

    // One builder per section of the page, top to bottom.
    void buildReleaseSection(QVBoxLayout *layout);
    void buildDownloadSection(QVBoxLayout *layout);
    void buildVerdictSection(QVBoxLayout *layout);
    void buildAlternativesSection(QVBoxLayout *layout);
    void arrangeAlternatives();

    void fillReleases();
    void releasesDiscovered(const ReleaseDiscovery::Result &result);
    void startDownloadOfCachedIso();
    void releaseChanged();
    std::optional<NixosRelease> selectedRelease() const;
    void startDownload();
    DownloadJob::Options downloadOptions() const;
    void pauseOrResume();
    void cancelDownload();
    void showState(DownloadJob::State state);
    void showStoppedDownload();
    void showProgress(const DownloadProgress &progress);
    void downloadFinished(const DownloadJob::Result &result);
    void downloadFailed(DownloadJob::Failure failure, const QString &reason);
    void showNotice(Notice notice, Status status, const QString &text);
    void clearNotice();
    void noticeActionClicked();
    void showWaitingProgress();
    void stopDownloadForOwnChoice();
    void pickFile();
    void pickVolume();
    void showOwnFileHashes(bool ownFile);
    void ownFileHashComputed(const QString &path, const QString &sha256, const QString &error);
    void publishedValuePasted();
    void fetchPublishedValue();
    void publishedValueFetched(const PublishedChecksum &checksum);
    void compareOwnFile();
    void showOwnFileNotice();
    void forgetOwnFile();
    void adoptSpecIso();
    void setChosen(const IsoSource &iso, Origin origin);
    void showHashes(const QString &published, const QString &computed);

    ReleaseCatalogue m_catalogue;
    QDate m_today = QDate::currentDate(); // what "supported until" is measured against
    bool m_catalogueSettled = false; // set, or discovered (either way)
    bool m_releasePicked = false; // the user chose a release in the list
    std::unique_ptr<ReleaseDiscovery> m_discovery;
    DownloadJob::Options m_options;
    std::unique_ptr<DownloadJob> m_job;
    NixosRelease m_jobRelease; // what m_job downloads
    IsoSource m_chosen;
    Origin m_origin = Origin::None;
    bool m_volumeConfirmed = false;
    Notice m_notice = Notice::None;
    // A file the user brought: its hash once computed, and what it is
    // compared with (a pasted or fetched ".sha256" value).
    QString m_ownSha256;
    QString m_ownHashError;
    Comparison m_comparison = Comparison::None;
    QString m_expectedSha256;
    QString m_expectedFileName;
    QString m_comparisonProblem;
    QString m_fetchProblem; // why the published value could not be fetched
    std::unique_ptr<ChecksumFetch> m_checksumFetch;
    OwnFileVerdict m_ownVerdict = OwnFileVerdict::Unknown;
    QPointer<QFileDialog> m_filePicker;

    QComboBox *const m_releaseCombo;
    QLabel *const m_recommendedBadge;
    QLabel *const m_releaseNote;
    QLabel *const m_catalogueSource;
    QPushButton *const m_downloadButton;
    QProgressBar *const m_progressBar;
    QLabel *const m_progressLabel;
    QPushButton *const m_pauseButton;
    QPushButton *const m_cancelButton;
    NoticeLabel *const m_statusNotice;
    QPushButton *const m_retryButton;
    QFrame *const m_hashFrame;
    QLabel *const m_publishedHashLabel;
    QLineEdit *const m_publishedHashEdit;
    QLabel *const m_computedHashLabel;
    QLabel *const m_downloadPageLink;
    QPushButton *const m_fetchHashButton;
    QLabel *const m_chosenIsoLabel;
    QLabel *const m_folderLabel;
    QPushButton *const m_useFileButton;
    QPushButton *const m_useVolumeButton;
    QLabel *const m_alternativesLabel;
    QGridLayout *m_alternativesGrid = nullptr;
    int m_alternativesLines = 0; // 1: label and buttons in a row; 2, 3: wrapped
};

} // namespace Airlock
