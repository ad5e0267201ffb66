// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestserver.h"
#include "hypervisor/hypervisor.h"
#include "media/sha256.h"
#include "airlockwizard.h"
#include "fitcheck.h"
#include "i18n/translations.h"
#include "mediapage.h"
#include "noticelabel.h"
#include "wizardsession.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Airlock;
using namespace std::chrono_literals;
using Test::HttpTestServer;

namespace {

// A file with the ISO 9660 signature where a real image has it.
QByteArray fakeIso()
{
    QByteArray data(0x9000, '\0');
    data.replace(0x8001, 5, "CD001");
    return data;
}

QString writeFile(const QTemporaryDir &directory, const QString &name, const QByteArray &data)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

// Every text a user could read on the page now, the notice included.
QStringList visibleTexts(QWidget *page)
{
    QStringList texts;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->isVisibleTo(page) && !label->text().isEmpty())
            texts.append(label->text());
    }
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->isVisibleTo(page))
            texts.append(button->text());
    }
    return texts;
}

bool anyContains(const QStringList &texts, QLatin1String part)
{
    return std::any_of(texts.cbegin(), texts.cend(),
                       [part](const QString &text) { return text.contains(part); });
}

// The day the page's releases are judged on: 26.05 supported, 25.11 past its end.
const QDate s_today(2026, 12, 3);

} // namespace

// The Media page driven as a user would, against a loopback mirror.
class TestMediaPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldHaveDefaultValue();
    void downloadsVerifiesAndEnablesNext();
    void showsAFailureWithRetry();
    void offersToDownloadAgainAfterAMismatch();
    void pausesAndResumesFromTheButtons();
    void acceptsAnIsoFileTheUserHas();
    void refusesFilesThatAreNotIsos();
    void adoptsTheIsoOfThePrefilledSpec();
    void acceptsAPoolVolume();
    void checksAPrefilledVolume();
    void reusesAnEarlierDownloadWithoutAClick();
    void rendersItsStates();
    void offersThePickerForAFileProblem();
    void answersThePickerWithAFile();
    void stopsSayingItRetriesOnceStopped();
    void forgetsTheStoppedDownloadForTheUsersOwnIso();
    void forgetsTheUsersIsoForADownload();
    void comparesAPastedFingerprint_data();
    void comparesAPastedFingerprint();
    void comparesWhenTheFingerprintIsComputed();
    void fitsItsTextInEachLanguage_data();
    void fitsItsTextInEachLanguage();
    void offersTheNewestReleaseTheMirrorServes();
    void marksAServedReleasePastItsEnd();
    void saysWhenTheMirrorCannotBeAsked();
    void keepsTheUsersPickWhileTheMirrorAnswers();
    void fetchesThePublishedFingerprintForAFile();
    void saysWhyTheFingerprintCannotBeFetched();
    void saysWhereTheVerifiedIsoIs();

private:
    void serveChecksumOf(const QString &channel);
    void discover(MediaPage &page, const QUrl &mirror);
    std::unique_ptr<MediaPage> page(WizardSession &session);
    void serve(const QString &sha256 = {});
    QString ownIso(const QString &name = QStringLiteral("mine.iso"));
    template<typename T>
    T *child(MediaPage &page, const char *name)
    {
        return page.findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<HttpTestServer> m_server;
    QByteArray m_iso = HttpTestServer::patternData(1024 * 1024 + 99, 5);
    QString m_isoPath;
};

void TestMediaPage::initTestCase()
{
    Hypervisor::initializeLibvirt();
    m_isoPath = QStringLiteral("/nixos-26.05/latest-nixos-graphical-%1-linux.iso")
                        .arg(ReleaseCatalogue::hostArchitecture());
}

void TestMediaPage::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<HttpTestServer>();
}

void TestMediaPage::cleanup()
{
    m_server.reset();
    m_directory.reset();
}

std::unique_ptr<MediaPage> TestMediaPage::page(WizardSession &session)
{
    auto result = std::make_unique<MediaPage>(&session);
    result->setCatalogue(ReleaseCatalogue::builtIn(m_server->url()), s_today);
    DownloadJob::Options options;
    options.directory = m_directory->filePath(QStringLiteral("cache"));
    options.stallTimeout = 20s;
    options.firstRetryDelay = 10ms;
    options.maximumRetries = 1;
    result->setDownloadOptions(options);
    return result;
}

QString TestMediaPage::ownIso(const QString &name)
{
    return writeFile(*m_directory, name, fakeIso());
}

void TestMediaPage::serve(const QString &sha256)
{
    m_server->serveData(m_isoPath, m_iso);
    m_server->serveData(m_isoPath + QLatin1String(".sha256"),
                        ((sha256.isEmpty() ? Sha256::of(m_iso) : sha256)
                         + QLatin1String("  nixos-graphical-25.11.7-x86_64-linux.iso"))
                                .toUtf8());
}

void TestMediaPage::shouldHaveDefaultValue()
{
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    auto *combo = child<QComboBox>(*media, "releaseCombo");
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(),
             QStringLiteral("nixos-26.05-graphical-%1").arg(ReleaseCatalogue::hostArchitecture()));
    QCOMPARE(combo->count(), 4);
    QVERIFY(!child<QLabel>(*media, "recommendedBadge")->isHidden());
    QVERIFY(child<QPushButton>(*media, "downloadButton")->isEnabled());
    QVERIFY(child<QPushButton>(*media, "downloadButton")->text().contains(QLatin1String("26.05")));
    QVERIFY(child<QProgressBar>(*media, "progressBar")->isHidden());
    QVERIFY(child<QPushButton>(*media, "pauseButton")->isHidden());
    QVERIFY(child<QPushButton>(*media, "cancelButton")->isHidden());
    QVERIFY(child<QPushButton>(*media, "retryButton")->isHidden());
    QVERIFY(child<QPushButton>(*media, "useFileButton")->isEnabled());
    QVERIFY(child<QPushButton>(*media, "useVolumeButton")->isEnabled());
    QVERIFY(child<NoticeLabel>(*media, "statusNotice")->text().isEmpty());
    QVERIFY(child<QLabel>(*media, "folderLabel")->text().contains(m_directory->path()));
    QVERIFY(!media->isComplete());
    QVERIFY(media->chosenIso().isEmpty());

    // Another release: no badge, a note saying why one might not want it.
    combo->setCurrentIndex(combo->findData(QStringLiteral("nixos-unstable-graphical-%1")
                                                   .arg(ReleaseCatalogue::hostArchitecture())));
    QVERIFY(child<QLabel>(*media, "recommendedBadge")->isHidden());
    QVERIFY(child<QLabel>(*media, "releaseNote")->text().contains(QLatin1String("Unstable")));
}

void TestMediaPage::downloadsVerifiesAndEnablesNext()
{
    serve();
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    QSignalSpy complete(media.get(), &QWizardPage::completeChanged);
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    QTRY_VERIFY(media->isComplete());
    auto *notice = child<NoticeLabel>(*media, "statusNotice");
    QCOMPARE(notice->status(), Status::Pass);
    QVERIFY(notice->text().contains(QLatin1String("Verified")));
    QCOMPARE(child<QLabel>(*media, "publishedHashLabel")->text(), Sha256::of(m_iso));
    QCOMPARE(child<QLabel>(*media, "computedHashLabel")->text(), Sha256::of(m_iso));
    QVERIFY(!complete.isEmpty());
    QVERIFY(media->validatePage());
    QCOMPARE(session.spec().iso.path, m_directory->filePath(QStringLiteral(
                                              "cache/nixos-graphical-25.11.7-x86_64-linux.iso")));
    QVERIFY(child<QProgressBar>(*media, "progressBar")->isHidden());
}

void TestMediaPage::showsAFailureWithRetry()
{
    serve();
    m_server->respondStatus(m_isoPath, 404);
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    auto *retry = child<QPushButton>(*media, "retryButton");
    QTRY_VERIFY(!retry->isHidden());
    auto *notice = child<NoticeLabel>(*media, "statusNotice");
    QCOMPARE(notice->status(), Status::Fail);
    QVERIFY(notice->text().contains(QLatin1String("HTTP 404")));
    QVERIFY(!media->isComplete());
    QVERIFY(!media->validatePage());

    serve();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(media->isComplete());
    QVERIFY(retry->isHidden());
}

void TestMediaPage::offersToDownloadAgainAfterAMismatch()
{
    serve(Sha256::of("not the ISO"));
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    auto *retry = child<QPushButton>(*media, "retryButton");
    QTRY_VERIFY(!retry->isHidden());
    QCOMPARE(retry->text(), QStringLiteral("Download again"));
    QVERIFY(child<NoticeLabel>(*media, "statusNotice")->text().contains(QLatin1String(".corrupt")));
    QCOMPARE(child<QLabel>(*media, "publishedHashLabel")->text(), Sha256::of("not the ISO"));
    QCOMPARE(child<QLabel>(*media, "computedHashLabel")->text(), Sha256::of(m_iso));
    QVERIFY(!media->isComplete());
}

void TestMediaPage::pausesAndResumesFromTheButtons()
{
    serve();
    HttpTestServer::Route route;
    route.data = m_iso;
    route.stallAt = {300000};
    m_server->setRoute(m_isoPath, route);
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    auto *pause = child<QPushButton>(*media, "pauseButton");
    auto *bar = child<QProgressBar>(*media, "progressBar");
    QTRY_VERIFY(bar->value() > 0);
    QVERIFY(!pause->isHidden());
    QVERIFY(!child<QPushButton>(*media, "downloadButton")->isEnabled());
    QTRY_VERIFY(child<QLabel>(*media, "progressLabel")->text().contains(QLatin1String(" of ")));
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE(pause->text(), QStringLiteral("Resume"));
    QVERIFY(child<QLabel>(*media, "progressLabel")->text().contains(QLatin1String("Paused")));
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_VERIFY(media->isComplete());
}

void TestMediaPage::acceptsAnIsoFileTheUserHas()
{
    const QString path = m_directory->filePath(QStringLiteral("mine.iso"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fakeIso());
    file.close();
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    QSignalSpy complete(media.get(), &QWizardPage::completeChanged);
    media->chooseFile(path);
    QVERIFY(media->isComplete());
    QCOMPARE(complete.size(), 1);
    QTRY_COMPARE(child<QLabel>(*media, "computedHashLabel")->text(), Sha256::of(fakeIso()));
    QVERIFY(child<QLabel>(*media, "chosenIsoLabel")->text().contains(QLatin1String("mine.iso")));
    QVERIFY(media->validatePage());
    QCOMPARE(session.spec().iso, IsoSource::file(path));
}

void TestMediaPage::refusesFilesThatAreNotIsos()
{
    const QString path = m_directory->filePath(QStringLiteral("notes.iso"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just text");
    file.close();
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    media->chooseFile(path);
    QVERIFY(!media->isComplete());
    QCOMPARE(child<NoticeLabel>(*media, "statusNotice")->status(), Status::Fail);
    QVERIFY(child<NoticeLabel>(*media, "statusNotice")
                    ->text()
                    .contains(QLatin1String("not an ISO")));
    media->chooseFile(m_directory->filePath(QStringLiteral("missing.iso")));
    QVERIFY(child<NoticeLabel>(*media, "statusNotice")
                    ->text()
                    .contains(QLatin1String("cannot read")));
    QVERIFY(!media->isComplete());
}

void TestMediaPage::adoptsTheIsoOfThePrefilledSpec()
{
    const QString path = m_directory->filePath(QStringLiteral("given.iso"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fakeIso());
    file.close();
    WizardSession session(QStringLiteral("test:///default"));
    VmSpec spec;
    spec.iso = IsoSource::file(path);
    session.setSpec(spec);
    auto media = page(session);
    media->initializePage();
    QVERIFY(media->isComplete());
    QCOMPARE(media->chosenIso(), IsoSource::file(path));

    // A spec naming a file that is gone: said so, not complete.
    spec.iso = IsoSource::file(m_directory->filePath(QStringLiteral("gone.iso")));
    session.setSpec(spec);
    QVERIFY(!media->isComplete());
    QVERIFY(child<NoticeLabel>(*media, "statusNotice")
                    ->text()
                    .contains(QLatin1String("does not exist")));
}

void TestMediaPage::acceptsAPoolVolume()
{
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    media->chooseVolume(QStringLiteral("default-pool"), QStringLiteral("nixos.iso"));
    QVERIFY(media->isComplete());
    QVERIFY(media->validatePage());
    QCOMPARE(session.spec().iso,
             IsoSource::poolVolume(QStringLiteral("default-pool"), QStringLiteral("nixos.iso")));
}

void TestMediaPage::checksAPrefilledVolume()
{
    // test:///default has the pool "default-pool"; give it an ISO volume.
    WizardSession session(QStringLiteral("test:///default"));
    session.connectIfNeeded();
    QTRY_VERIFY(session.hypervisor()->isOpen());
    const bool created
            = session.hypervisor()
                      ->run([](const Connection &connection) {
                          const auto pool = connection.storagePool(QStringLiteral("default-pool"));
                          if (!pool)
                              return false;
                          StorageVolumeHandle volume(virStorageVolCreateXML(
                                  pool->get(),
                                  "<volume><name>there.iso</name><capacity>1048576</capacity></"
                                  "volume>",
                                  0));
                          return volume != nullptr;
                      })
                      .result();
    QVERIFY(created);

    VmSpec spec;
    spec.iso = IsoSource::poolVolume(QStringLiteral("default-pool"), QStringLiteral("there.iso"));
    session.setSpec(spec);
    auto media = page(session);
    QTRY_VERIFY(media->isComplete());

    spec.iso = IsoSource::poolVolume(QStringLiteral("default-pool"), QStringLiteral("absent.iso"));
    session.setSpec(spec);
    QTRY_VERIFY(child<NoticeLabel>(*media, "statusNotice")
                        ->text()
                        .contains(QLatin1String("has no volume")));
    QVERIFY(!media->isComplete());
}

void TestMediaPage::reusesAnEarlierDownloadWithoutAClick()
{
    serve();
    {
        WizardSession session(QStringLiteral("test:///default"));
        auto media = page(session);
        QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
        QTRY_VERIFY(media->isComplete());
    }
    m_server->clearRequests();
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    media->initializePage();
    QTRY_VERIFY(media->isComplete());
    QVERIFY(child<NoticeLabel>(*media, "statusNotice")->text().contains(QLatin1String("earlier")));
    QCOMPARE(m_server->requests().size(), 1); // the checksum only
}

// Not a check: with AIRLOCK_MEDIA_SCREENSHOTS=DIR, renders the page in the
// wizard at 1024×768 in each state, light and dark, for review.
void TestMediaPage::rendersItsStates()
{
    const QString directory = qEnvironmentVariable("AIRLOCK_MEDIA_SCREENSHOTS");
    if (directory.isEmpty())
        QSKIP("set AIRLOCK_MEDIA_SCREENSHOTS=DIR to render the page's states");
    QDir().mkpath(directory);
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    for (const auto &[role, color] : {std::pair {QPalette::Window, QColor(0x2b, 0x2d, 0x31)},
                                      std::pair {QPalette::WindowText, QColor(0xe8, 0xe8, 0xea)},
                                      std::pair {QPalette::Base, QColor(0x1e, 0x1f, 0x22)},
                                      std::pair {QPalette::Text, QColor(0xe8, 0xe8, 0xea)},
                                      std::pair {QPalette::Button, QColor(0x2b, 0x2d, 0x31)},
                                      std::pair {QPalette::ButtonText, QColor(0xe8, 0xe8, 0xea)}})
        dark.setColor(role, color);
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));

    for (const bool isDark : {false, true}) {
        QApplication::setPalette(isDark ? dark : light);
        const QString suffix = isDark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        m_directory = std::make_unique<QTemporaryDir>();
        HttpTestServer::Route route;
        route.data = m_iso;
        route.stallAt = {450000};
        serve();
        m_server->setRoute(m_isoPath, route);

        AirlockWizard wizard(QStringLiteral("test:///default"), VmSpec());
        auto *media = qobject_cast<MediaPage *>(wizard.page(AirlockWizard::MediaPageId));
        media->setCatalogue(ReleaseCatalogue::builtIn(m_server->url()), s_today);
        DownloadJob::Options options;
        options.directory = m_directory->filePath(QStringLiteral("cache"));
        media->setDownloadOptions(options);
        wizard.resize(1024, 768);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QTest::qWait(200);
        wizard.grab().save(directory + QLatin1String("/media-1-start") + suffix);
        QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
        QTest::qWait(1500);
        wizard.grab().save(directory + QLatin1String("/media-2-downloading") + suffix);
        QTest::mouseClick(child<QPushButton>(*media, "pauseButton"), Qt::LeftButton);
        QTest::qWait(300);
        wizard.grab().save(directory + QLatin1String("/media-3-paused") + suffix);
        QTest::mouseClick(child<QPushButton>(*media, "pauseButton"), Qt::LeftButton);
        QTRY_VERIFY(media->isComplete());
        QTest::qWait(200);
        wizard.grab().save(directory + QLatin1String("/media-4-verified") + suffix);

        serve(Sha256::of("tampered"));
        m_server->serveData(m_isoPath + QLatin1String(".sha256"),
                            (Sha256::of("tampered")
                             + QLatin1String("  nixos-graphical-25.11.8-x86_64-linux.iso"))
                                    .toUtf8());
        QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
        QTRY_VERIFY(!child<QPushButton>(*media, "retryButton")->isHidden());
        QTest::qWait(200);
        wizard.grab().save(directory + QLatin1String("/media-5-mismatch") + suffix);
        m_server->respondStatus(m_isoPath, 404);
        QTest::mouseClick(child<QPushButton>(*media, "retryButton"), Qt::LeftButton);
        QTest::qWait(1000);
        wizard.grab().save(directory + QLatin1String("/media-6-error") + suffix);
    }
    QApplication::setPalette(light);
}

// The button beside a notice belongs to it: a file problem reopens the file
// picker and downloads nothing; a download failure offers to try again.
void TestMediaPage::offersThePickerForAFileProblem()
{
    serve();
    m_server->respondStatus(m_isoPath, 404);
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    auto *action = child<QPushButton>(*media, "retryButton");
    QTRY_VERIFY(!action->isHidden());
    QCOMPARE(action->text(), QStringLiteral("Try again"));

    media->chooseFile(writeFile(*m_directory, QStringLiteral("fake.iso"), "not an image"));
    QVERIFY(child<NoticeLabel>(*media, "statusNotice")
                    ->text()
                    .contains(QLatin1String("not an ISO")));
    QVERIFY(!action->isHidden());
    QCOMPARE(action->text(), QStringLiteral("Choose another file…"));
    serve();
    m_server->clearRequests();
    QVERIFY(!media->filePicker());
    QTest::mouseClick(action, Qt::LeftButton);
    QVERIFY(media->filePicker());
    QTRY_VERIFY(media->filePicker()->isVisible());
    QCOMPARE(media->filePicker()->fileMode(), QFileDialog::ExistingFile);
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(child<QProgressBar>(*media, "progressBar")->isHidden());
    // Clicked again: the same picker, not a second one.
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(media->findChildren<QFileDialog *>().size(), 1);
    media->filePicker()->reject();
    QTRY_VERIFY(!media->filePicker());

    // Unreadable: the same way out.
    media->chooseFile(m_directory->filePath(QStringLiteral("missing.iso")));
    QCOMPARE(action->text(), QStringLiteral("Choose another file…"));

    // A good file: no action left over from the problem before.
    media->chooseFile(ownIso());
    QVERIFY(action->isHidden());
    QVERIFY(media->isComplete());

    // A download that fails again offers the download again, not the picker.
    m_server->respondStatus(m_isoPath, 404);
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    QTRY_VERIFY(!action->isHidden());
    QCOMPARE(action->text(), QStringLiteral("Try again"));
    serve();
    QTest::mouseClick(action, Qt::LeftButton);
    QTRY_VERIFY(media->isComplete());
    QVERIFY(!media->filePicker());
    QCOMPARE(media->chosenIso().path, m_directory->filePath(QStringLiteral(
                                              "cache/nixos-graphical-25.11.7-x86_64-linux.iso")));
}

void TestMediaPage::answersThePickerWithAFile()
{
    const QString path = ownIso();
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    QTest::mouseClick(child<QPushButton>(*media, "useFileButton"), Qt::LeftButton);
    QFileDialog *picker = media->filePicker();
    QVERIFY(picker);
    QTRY_VERIFY(picker->isVisible());
    picker->selectFile(path);
    // QFileDialog keeps accept() protected; QDialog's is public.
    static_cast<QDialog *>(picker)->accept();
    QCOMPARE(media->chosenIso(), IsoSource::file(path));
    QVERIFY(media->isComplete());
    QTRY_VERIFY(!media->filePicker());
}

// Stopped while it waits to try again: nothing says it will.
void TestMediaPage::stopsSayingItRetriesOnceStopped()
{
    serve();
    HttpTestServer::Route route;
    route.data = m_iso;
    route.dropAt = {200000};
    m_server->setRoute(m_isoPath, route);
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    DownloadJob::Options options;
    options.directory = m_directory->filePath(QStringLiteral("cache"));
    options.firstRetryDelay = 60s;
    options.maximumRetryDelay = 60s;
    media->setDownloadOptions(options);
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    auto *notice = child<NoticeLabel>(*media, "statusNotice");
    QTRY_VERIFY(notice->text().contains(QLatin1String("Trying again in 60 second")));
    QCOMPARE(notice->status(), Status::Warn);
    // Waiting, nothing moves: no rate, no time left.
    auto *progress = child<QLabel>(*media, "progressLabel");
    QVERIFY(!progress->text().contains(QLatin1String("/s")));
    QVERIFY(!progress->text().contains(QLatin1String("left")));
    QVERIFY(child<QPushButton>(*media, "retryButton")->isHidden());

    QTest::mouseClick(child<QPushButton>(*media, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(progress->text().contains(QLatin1String("Download stopped")));
    QVERIFY(notice->isHidden());
    QVERIFY2(!anyContains(visibleTexts(media.get()), QLatin1String("Trying again")),
             qPrintable(visibleTexts(media.get()).join(QLatin1Char('\n'))));
    QVERIFY(child<QPushButton>(*media, "cancelButton")->isHidden());
    QVERIFY(child<QPushButton>(*media, "downloadButton")->isEnabled());

    // Another release: its download will not continue the stopped one.
    auto *combo = child<QComboBox>(*media, "releaseCombo");
    const int stoppedIndex = combo->currentIndex();
    combo->setCurrentIndex(combo->findData(QStringLiteral("nixos-unstable-graphical-%1")
                                                   .arg(ReleaseCatalogue::hostArchitecture())));
    QVERIFY2(progress->text().contains(QLatin1String("starts from the beginning"))
                     && progress->text().contains(QLatin1String("26.05")),
             qPrintable(progress->text()));
    QVERIFY(!progress->text().contains(QLatin1String("continues from there")));
    combo->setCurrentIndex(stoppedIndex);
    QVERIFY(progress->text().contains(QLatin1String("continues from there")));
}

// Stopped, failed or under way: an ISO the user brings replaces it, and
// nothing of the download stays on the page.
void TestMediaPage::forgetsTheStoppedDownloadForTheUsersOwnIso()
{
    serve();
    HttpTestServer::Route route;
    route.data = m_iso;
    route.stallAt = {300000};
    m_server->setRoute(m_isoPath, route);
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    auto *progress = child<QLabel>(*media, "progressLabel");
    auto *bar = child<QProgressBar>(*media, "progressBar");

    // Stopped, then a file.
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    QTRY_VERIFY(bar->value() > 0);
    QTest::mouseClick(child<QPushButton>(*media, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(progress->text().contains(QLatin1String("Download stopped")));
    media->chooseFile(ownIso());
    QVERIFY(progress->isHidden());
    QVERIFY2(!anyContains(visibleTexts(media.get()), QLatin1String("stopped")),
             qPrintable(visibleTexts(media.get()).join(QLatin1Char('\n'))));
    QVERIFY(child<NoticeLabel>(*media, "statusNotice")->text().contains(QLatin1String("own ISO")));

    // Stopped, then a volume.
    m_server->setRoute(m_isoPath, route);
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    QTRY_VERIFY(!bar->isHidden() && bar->value() > 0);
    QVERIFY(!media->isComplete());
    QTest::mouseClick(child<QPushButton>(*media, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(progress->text().contains(QLatin1String("Download stopped")));
    media->chooseVolume(QStringLiteral("default-pool"), QStringLiteral("nixos.iso"));
    QVERIFY(progress->isHidden());
    QVERIFY(!anyContains(visibleTexts(media.get()), QLatin1String("stopped")));
    QVERIFY(child<QFrame>(*media, "hashFrame")->isHidden());

    // Failed, then a file: no failure and no Try again left.
    m_server->respondStatus(m_isoPath, 404);
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    QTRY_VERIFY(!child<QPushButton>(*media, "retryButton")->isHidden());
    media->chooseFile(ownIso());
    QVERIFY(child<QPushButton>(*media, "retryButton")->isHidden());
    QCOMPARE(child<NoticeLabel>(*media, "statusNotice")->status(), Status::Info);
    QVERIFY(!anyContains(visibleTexts(media.get()), QLatin1String("404")));

    // Under way, then a file: the download stops and leaves the page.
    m_server->setRoute(m_isoPath, route);
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    QTRY_VERIFY(!bar->isHidden() && bar->value() > 0);
    const QString mine = ownIso(QStringLiteral("other.iso"));
    media->chooseFile(mine);
    QVERIFY(bar->isHidden());
    QVERIFY(progress->isHidden());
    QVERIFY(child<QPushButton>(*media, "pauseButton")->isHidden());
    QVERIFY(child<QPushButton>(*media, "downloadButton")->isEnabled());
    QCOMPARE(media->chosenIso(), IsoSource::file(mine));
    // What had arrived stays for the next download.
    QTRY_VERIFY(!QDir(m_directory->filePath(QStringLiteral("cache")))
                         .entryList({QStringLiteral("*.part")})
                         .isEmpty());
}

// The user's own file, then a download: nothing of the own file stays.
void TestMediaPage::forgetsTheUsersIsoForADownload()
{
    serve();
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    media->chooseFile(ownIso());
    auto *edit = child<QLineEdit>(*media, "publishedHashEdit");
    QVERIFY(!edit->isHidden());
    QVERIFY(!child<QLabel>(*media, "downloadPageLink")->isHidden());
    edit->setText(Sha256::of(fakeIso()));
    QTRY_COMPARE(child<NoticeLabel>(*media, "statusNotice")->status(), Status::Pass);

    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    QVERIFY(!anyContains(visibleTexts(media.get()), QLatin1String("mine.iso")));
    QVERIFY(!anyContains(visibleTexts(media.get()), QLatin1String("you pasted")));
    QTRY_VERIFY(media->isComplete());
    QVERIFY(edit->isHidden());
    QVERIFY(child<QLabel>(*media, "downloadPageLink")->isHidden());
    QVERIFY(!child<QLabel>(*media, "publishedHashLabel")->isHidden());
    QCOMPARE(child<QLabel>(*media, "publishedHashLabel")->text(), Sha256::of(m_iso));
    QVERIFY(child<NoticeLabel>(*media, "statusNotice")
                    ->text()
                    .contains(QLatin1String("exactly the one NixOS publishes")));
    QVERIFY(edit->text().isEmpty());
}

void TestMediaPage::comparesAPastedFingerprint_data()
{
    const QString hash = Sha256::of(fakeIso());
    const QString other = Sha256::of("another build");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("action"); // the notice's button, empty: none

    const auto verified = int(Status::Pass);
    QTest::newRow("hex") << hash << verified << "Verified against the value you pasted" << true
                         << QString();
    QTest::newRow("upper case, spaces")
            << QLatin1String("  ") + hash.toUpper() + QLatin1String(" ") << verified
            << "Verified against the value you pasted" << true << QString();
    QTest::newRow("sha256 line") << hash + QLatin1String("  mine.iso") << verified
                                 << "Verified against the value you pasted" << true << QString();
    QTest::newRow("renamed file") << hash + QLatin1String("  nixos-graphical-25.11.7.iso")
                                  << verified << "Verified" << true << QString();
    QTest::newRow("bsd line") << QLatin1String("SHA256 (mine.iso) = ") + hash << verified
                              << "Verified" << true << QString();
    QTest::newRow("mismatch") << other << int(Status::Fail) << "is not the file" << false
                              << QStringLiteral("Choose another file…");
    QTest::newRow("mismatch, same name")
            << other + QLatin1String("  mine.iso") << int(Status::Fail) << "is not the file"
            << false << QStringLiteral("Choose another file…");
    QTest::newRow("another build")
            << other + QLatin1String("  nixos-graphical-26.05.1-x86_64-linux.iso")
            << int(Status::Warn) << "another build" << true << QString();
    QTest::newRow("too short") << QStringLiteral("abc123") << int(Status::Warn)
                               << "cannot use what you pasted" << true << QString();
    QTest::newRow("not hex") << QStringLiteral("<html>Not found</html>") << int(Status::Warn)
                             << "cannot use what you pasted" << true << QString();
    QTest::newRow("cleared") << QString() << int(Status::Info) << "paste" << true << QString();
}

// A file the user brings: the value NixOS published, pasted, vouches for it
// or says it is not that file, and nothing more.
void TestMediaPage::comparesAPastedFingerprint()
{
    QFETCH(QString, pasted);
    QFETCH(int, status);
    QFETCH(QString, says);
    QFETCH(bool, complete);
    QFETCH(QString, action);
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    media->chooseFile(ownIso());
    auto *notice = child<NoticeLabel>(*media, "statusNotice");
    QCOMPARE(notice->status(), Status::Info);
    QTRY_COMPARE(child<QLabel>(*media, "computedHashLabel")->text(), Sha256::of(fakeIso()));
    QVERIFY(child<QLabel>(*media, "downloadPageLink")
                    ->text()
                    .contains(QLatin1String("href=\"https://nixos.org/download/\"")));
    QVERIFY(child<QLabel>(*media, "downloadPageLink")->openExternalLinks());

    // Typed over a value that verified, so each row also shows a change.
    auto *edit = child<QLineEdit>(*media, "publishedHashEdit");
    edit->setText(Sha256::of(fakeIso()));
    QCOMPARE(notice->status(), Status::Pass);
    QSignalSpy completeChanged(media.get(), &QWizardPage::completeChanged);
    edit->setText(pasted);
    QCOMPARE(int(notice->status()), status);
    QVERIFY2(notice->text().contains(says), qPrintable(notice->text()));
    QCOMPARE(media->isComplete(), complete);
    if (!complete)
        QVERIFY(!completeChanged.isEmpty());
    auto *button = child<QPushButton>(*media, "retryButton");
    QCOMPARE(button->isHidden(), action.isEmpty());
    if (!action.isEmpty())
        QCOMPARE(button->text(), action);
    QCOMPARE(media->validatePage(), complete);
}

// Pasted before the file's fingerprint is known: compared once it is.
void TestMediaPage::comparesWhenTheFingerprintIsComputed()
{
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    media->chooseFile(ownIso());
    // The hash arrives through the event loop, so it is not known yet here.
    child<QLineEdit>(*media, "publishedHashEdit")->setText(Sha256::of("something else"));
    auto *notice = child<NoticeLabel>(*media, "statusNotice");
    QCOMPARE(notice->status(), Status::Info);
    QVERIFY2(notice->text().contains(QLatin1String("as soon as")), qPrintable(notice->text()));
    QVERIFY(media->isComplete());
    QTRY_COMPARE(notice->status(), Status::Fail);
    QVERIFY(!media->isComplete());

    media->chooseFile(ownIso(QStringLiteral("second.iso")));
    child<QLineEdit>(*media, "publishedHashEdit")->setText(Sha256::of(fakeIso()));
    QCOMPARE(notice->status(), Status::Info);
    QTRY_COMPARE(notice->status(), Status::Pass);
    QVERIFY(notice->text().contains(QLatin1String("second.iso")));
}

void TestMediaPage::fitsItsTextInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pointSize");
    for (const char *language : {"en", "de", "fr"}) {
        QTest::newRow(language) << QString::fromLatin1(language) << 0;
        QTest::addRow("%s-12pt", language) << QString::fromLatin1(language) << 12;
    }
}

// In the wizard at 1024×768, every text on the page fits its space, in each
// of the page's states, with the platform's font and with a 12 pt one.
void TestMediaPage::fitsItsTextInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, pointSize);
    Test::setApplicationFontSize(pointSize);
    if (language != QLatin1String("en"))
        QVERIFY2(installTranslations(QLocale(language)), "the translations were not found");
    const auto removeTranslations = qScopeGuard([] {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(translator);
        Test::setApplicationFontSize(0);
    });
    const QString suffix
            = language + (pointSize > 0 ? QStringLiteral("-%1pt").arg(pointSize) : QString());
    serve();
    HttpTestServer::Route route;
    route.data = m_iso;
    route.stallAt = {450000};
    m_server->setRoute(m_isoPath, route);

    // The releases as a mirror serves them: one past its end among them.
    serveChecksumOf(QStringLiteral("nixos-25.11"));

    AirlockWizard wizard(QStringLiteral("test:///default"), VmSpec());
    auto *media = qobject_cast<MediaPage *>(wizard.page(AirlockWizard::MediaPageId));
    discover(*media, m_server->url());
    DownloadJob::Options options;
    options.directory = m_directory->filePath(QStringLiteral("cache"));
    options.maximumRetries = 0;
    media->setDownloadOptions(options);
    wizard.resize(1024, 768);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QTRY_COMPARE(wizard.currentPage(), media);
    QTRY_VERIFY(!media->isDiscoveringReleases());
    QVERIFY(child<QLabel>(*media, "catalogueSource")->isVisibleTo(media));
    if (language == QLatin1String("de"))
        QCOMPARE(child<QPushButton>(*media, "useFileButton")->text(),
                 QStringLiteral("Eine vorhandene ISO-Datei verwenden …"));
    const QString directory = Test::artifactDirectory();
    // What is cut off in this state, after saving its screenshot.
    const auto check = [&](const char *state) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (wizard.width() > 1024)
            return QStringLiteral("%1: the wizard is %2 wide")
                    .arg(QLatin1String(state))
                    .arg(wizard.width());
        if (!wizard.grab().save(
                    directory
                    + QStringLiteral("/media-%1-%2.png").arg(QLatin1String(state), suffix)))
            return QStringLiteral("%1: the screenshot was not saved").arg(QLatin1String(state));
        const QStringList cut = Test::cutOffTexts(&wizard);
        return cut.isEmpty() ? QString()
                             : QStringLiteral("%1: %2").arg(QLatin1String(state),
                                                            cut.join(QLatin1String("; ")));
    };
    QString problem;

    QVERIFY2((problem = check("start")).isEmpty(), qPrintable(problem));
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QProgressBar>(*media, "progressBar")->value() > 0);
    QTRY_VERIFY(!child<QPushButton>(*media, "pauseButton")->isHidden());
    QVERIFY2((problem = check("downloading")).isEmpty(), qPrintable(problem));
    QTest::mouseClick(child<QPushButton>(*media, "pauseButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QPushButton>(*media, "pauseButton")->text() != tr("Pause"));
    QVERIFY2((problem = check("paused")).isEmpty(), qPrintable(problem));
    QTest::mouseClick(child<QPushButton>(*media, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QPushButton>(*media, "cancelButton")->isHidden());
    QVERIFY2((problem = check("stopped")).isEmpty(), qPrintable(problem));

    m_server->respondStatus(m_isoPath, 404);
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    QTRY_VERIFY(!child<QPushButton>(*media, "retryButton")->isHidden());
    QVERIFY2((problem = check("failed")).isEmpty(), qPrintable(problem));

    serve(Sha256::of("tampered"));
    QTest::mouseClick(child<QPushButton>(*media, "retryButton"), Qt::LeftButton);
    QTRY_VERIFY(!child<QFrame>(*media, "hashFrame")->isHidden()
                && !child<QPushButton>(*media, "retryButton")->isHidden());
    QVERIFY2((problem = check("mismatch")).isEmpty(), qPrintable(problem));

    media->chooseFile(writeFile(*m_directory, QStringLiteral("fake.iso"), "not an image"));
    QVERIFY2((problem = check("not-an-iso")).isEmpty(), qPrintable(problem));
    media->chooseFile(ownIso());
    QTRY_COMPARE(child<QLabel>(*media, "computedHashLabel")->text(), Sha256::of(fakeIso()));
    QVERIFY2((problem = check("own-file")).isEmpty(), qPrintable(problem));
    child<QLineEdit>(*media, "publishedHashEdit")->setText(Sha256::of(fakeIso()));
    QVERIFY2((problem = check("own-file-verified")).isEmpty(), qPrintable(problem));
    child<QLineEdit>(*media, "publishedHashEdit")->setText(Sha256::of("other"));
    QVERIFY2((problem = check("own-file-mismatch")).isEmpty(), qPrintable(problem));
}

void TestMediaPage::serveChecksumOf(const QString &channel)
{
    m_server->serveData(QStringLiteral("/%1/latest-nixos-graphical-%2-linux.iso.sha256")
                                .arg(channel, ReleaseCatalogue::hostArchitecture()),
                        (Sha256::of(channel.toUtf8()) + QLatin1String("  nixos.iso")).toUtf8());
}

void TestMediaPage::discover(MediaPage &page, const QUrl &mirror)
{
    ReleaseDiscovery::Options options;
    options.today = s_today;
    options.requests.timeout = 5s;
    page.discoverReleases(ReleaseCatalogue::builtIn(mirror), options);
}

void TestMediaPage::offersTheNewestReleaseTheMirrorServes()
{
    for (const char *channel : {"nixos-26.11", "nixos-26.05", "nixos-unstable"})
        serveChecksumOf(QLatin1String(channel));
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    discover(*media, m_server->url());
    // While the mirror is asked, the list may still change: no download yet.
    QVERIFY(media->isDiscoveringReleases());
    QVERIFY(!child<QPushButton>(*media, "downloadButton")->isEnabled());
    QVERIFY(child<QLabel>(*media, "catalogueSource")
                    ->text()
                    .contains(QLatin1String("Asking 127.0.0.1")));
    QTRY_VERIFY(!media->isDiscoveringReleases());

    auto *combo = child<QComboBox>(*media, "releaseCombo");
    QCOMPARE(combo->currentData().toString(),
             QStringLiteral("nixos-26.11-graphical-%1").arg(ReleaseCatalogue::hostArchitecture()));
    QVERIFY(combo->currentText().contains(QStringLiteral("NixOS 26.11 “Zokor”")));
    QVERIFY(!child<QLabel>(*media, "recommendedBadge")->isHidden());
    const QString note = child<QLabel>(*media, "releaseNote")->text();
    QVERIFY2(note.contains(QLatin1String("Supported with security fixes until"))
                     && note.contains(QLatin1String("2027")),
             qPrintable(note));
    QVERIFY(child<QLabel>(*media, "catalogueSource")
                    ->text()
                    .contains(QLatin1String("has right now")));
    auto *download = child<QPushButton>(*media, "downloadButton");
    QVERIFY(download->isEnabled());
    QVERIFY(download->text().contains(QLatin1String("26.11")));
}

void TestMediaPage::marksAServedReleasePastItsEnd()
{
    serveChecksumOf(QStringLiteral("nixos-26.05"));
    serveChecksumOf(QStringLiteral("nixos-25.11"));
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    discover(*media, m_server->url());
    QTRY_VERIFY(!media->isDiscoveringReleases());
    auto *combo = child<QComboBox>(*media, "releaseCombo");
    const QString arch = ReleaseCatalogue::hostArchitecture();
    QCOMPARE(combo->currentData().toString(), QStringLiteral("nixos-26.05-graphical-%1").arg(arch));
    const int old = combo->findData(QStringLiteral("nixos-25.11-graphical-%1").arg(arch));
    QVERIFY(old >= 0);
    QVERIFY2(combo->itemText(old).contains(QLatin1String("(no longer supported)")),
             qPrintable(combo->itemText(old)));
    QVERIFY(!combo->currentText().contains(QLatin1String("no longer")));
    combo->setCurrentIndex(old);
    QVERIFY(child<QLabel>(*media, "recommendedBadge")->isHidden());
    const QString note = child<QLabel>(*media, "releaseNote")->text();
    QVERIFY2(note.contains(QLatin1String("Do not install this one"))
                     && note.contains(QLatin1String("No longer supported")),
             qPrintable(note));
}

void TestMediaPage::saysWhenTheMirrorCannotBeAsked()
{
    QTcpServer free;
    QVERIFY(free.listen(QHostAddress::LocalHost));
    const QUrl mirror(QStringLiteral("http://127.0.0.1:%1/").arg(free.serverPort()));
    free.close();
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    discover(*media, mirror);
    QTRY_VERIFY(!media->isDiscoveringReleases());
    const QString source = child<QLabel>(*media, "catalogueSource")->text();
    QVERIFY2(source.contains(QLatin1String("127.0.0.1"))
                     && source.contains(QLatin1String("knew of when it was built")),
             qPrintable(source));
    QCOMPARE(child<QComboBox>(*media, "releaseCombo")->currentData().toString(),
             QStringLiteral("nixos-26.05-graphical-%1").arg(ReleaseCatalogue::hostArchitecture()));
    QVERIFY(child<QPushButton>(*media, "downloadButton")->isEnabled());
}

void TestMediaPage::keepsTheUsersPickWhileTheMirrorAnswers()
{
    for (const QLatin1String channel : {QLatin1String("nixos-26.11"), QLatin1String("nixos-26.05"),
                                        QLatin1String("nixos-unstable")}) {
        HttpTestServer::Route route;
        route.data = (Sha256::of("x") + QLatin1String("  nixos.iso")).toUtf8();
        route.stallAt = {0}; // answers only when the stall is lifted: a slow mirror
        m_server->setRoute(QStringLiteral("/%1/latest-nixos-graphical-%2-linux.iso.sha256")
                                   .arg(channel, ReleaseCatalogue::hostArchitecture()),
                           route);
    }
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    ReleaseDiscovery::Options options;
    options.today = s_today;
    options.requests.timeout = 300ms;
    media->discoverReleases(ReleaseCatalogue::builtIn(m_server->url()), options);
    auto *combo = child<QComboBox>(*media, "releaseCombo");
    const QString unstable = QStringLiteral("nixos-unstable-graphical-%1")
                                     .arg(ReleaseCatalogue::hostArchitecture());
    combo->setCurrentIndex(combo->findData(unstable));
    Q_EMIT combo->activated(combo->currentIndex());
    QTRY_VERIFY(!media->isDiscoveringReleases());
    QCOMPARE(combo->currentData().toString(), unstable);
}

void TestMediaPage::fetchesThePublishedFingerprintForAFile()
{
    m_server->serveData(m_isoPath + QLatin1String(".sha256"),
                        (Sha256::of(fakeIso()) + QLatin1String("  mine.iso")).toUtf8());
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session);
    auto *fetch = child<QPushButton>(*media, "fetchHashButton");
    QVERIFY(fetch->isHidden());
    media->chooseFile(ownIso());
    QVERIFY(fetch->isVisibleTo(media.get()));
    QVERIFY2(fetch->text().contains(QLatin1String("26.05")), qPrintable(fetch->text()));
    auto *notice = child<NoticeLabel>(*media, "statusNotice");
    QVERIFY2(notice->text().contains(QLatin1String("fetch or paste")), qPrintable(notice->text()));
    m_server->clearRequests();
    fetch->click();
    QVERIFY(!fetch->isEnabled()); // one request at a time
    QTRY_COMPARE(notice->status(), Status::Pass);
    QVERIFY2(notice->text().contains(QLatin1String("fetched from NixOS")),
             qPrintable(notice->text()));
    QVERIFY(fetch->isEnabled());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().constFirst().path, m_isoPath + QLatin1String(".sha256"));
    // The value is shown where a pasted one would be.
    QVERIFY(child<QLineEdit>(*media, "publishedHashEdit")
                    ->text()
                    .startsWith(Sha256::of(fakeIso())));
    QVERIFY(media->isComplete());

    // Another build under NixOS's name: fetched, but it cannot vouch for the file.
    m_server->serveData(
            m_isoPath + QLatin1String(".sha256"),
            (Sha256::of("newer") + QLatin1String("  nixos-graphical-26.05.9.iso")).toUtf8());
    fetch->click();
    QTRY_COMPARE(notice->status(), Status::Warn);
    QVERIFY2(notice->text().contains(QLatin1String("nixos-graphical-26.05.9.iso")),
             qPrintable(notice->text()));
}

void TestMediaPage::saysWhyTheFingerprintCannotBeFetched()
{
    WizardSession session(QStringLiteral("test:///default"));
    auto media = page(session); // the server has no .sha256: 404
    media->chooseFile(ownIso());
    child<QPushButton>(*media, "fetchHashButton")->click();
    auto *notice = child<NoticeLabel>(*media, "statusNotice");
    QTRY_COMPARE(notice->status(), Status::Warn);
    QVERIFY2(notice->text().contains(QLatin1String("could not fetch"))
                     && notice->text().contains(QLatin1String("HTTP 404"))
                     && notice->text().contains(QLatin1String("Paste it")),
             qPrintable(notice->text()));
    // The file's own hash arriving later does not hide why.
    QTest::qWait(200);
    QVERIFY(notice->text().contains(QLatin1String("HTTP 404")));
    QVERIFY(child<QPushButton>(*media, "fetchHashButton")->isEnabled());
}

// The download goes into the spec's pool too when the host has it active;
// the test driver's pool takes no uploads, and the verdict says so and
// what happens instead. (The real daemon's streamed volume:
// tst_streamdownload.)
void TestMediaPage::saysWhereTheVerifiedIsoIs()
{
    serve();
    WizardSession session(QStringLiteral("test:///default"));
    VmSpec spec = session.spec();
    spec.storagePool = QStringLiteral("default-pool");
    session.setSpec(spec);
    session.connectIfNeeded();
    QTRY_VERIFY(session.hypervisor()->isOpen());
    session.host()->ensureRead();
    QTRY_VERIFY(session.host()->state() == HostReading::State::Read);
    QVERIFY(session.host()->facts() && session.host()->facts()->pool.active);
    auto media = page(session);
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    auto *notice = child<NoticeLabel>(*media, "statusNotice");
    QTRY_COMPARE(notice->status(), Status::Pass);
    const QString text = notice->text();
    QVERIFY2(text.contains(QLatin1String("Verified"))
                     && text.contains(QStringLiteral("could not go into the pool “default-pool”"))
                     && text.contains(QLatin1String("cannot take uploads"))
                     && text.contains(QLatin1String("copied into the pool when the VM is created")),
             qPrintable(text));
    QVERIFY(media->isComplete());
    QCOMPARE(media->chosenIso().path, m_directory->filePath(QStringLiteral(
                                              "cache/nixos-graphical-25.11.7-x86_64-linux.iso")));

    // A pool the host does not have: the download alone, and nothing said of a pool.
    spec.storagePool = QStringLiteral("no-such-pool");
    session.setSpec(spec);
    QTRY_VERIFY(session.host()->isFinished() && session.host()->facts()
                && !session.host()->facts()->pool.exists);
    QFile::remove(m_directory->filePath(
            QStringLiteral("cache/nixos-graphical-25.11.7-x86_64-linux.iso")));
    media->chooseFile(ownIso());
    QTest::mouseClick(child<QPushButton>(*media, "downloadButton"), Qt::LeftButton);
    QTRY_VERIFY(notice->text().contains(QLatin1String("Verified: this ISO")));
    QVERIFY2(!notice->text().contains(QLatin1String("pool")), qPrintable(notice->text()));
}

QTEST_MAIN(TestMediaPage)
#include "tst_mediapage.moc"
