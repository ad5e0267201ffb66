// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestserver.h"
#include "hypervisor/hypervisor.h"
#include "media/sha256.h"
#include "airlockwizard.h"
#include "mediapage.h"
#include "noticelabel.h"
#include "wizardsession.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

private:
    std::unique_ptr<MediaPage> page(WizardSession &session);
    void serve(const QString &sha256 = {});
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
    m_isoPath = QStringLiteral("/nixos-25.11/latest-nixos-graphical-%1-linux.iso")
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
    result->setCatalogue(ReleaseCatalogue::builtIn(m_server->url()));
    DownloadJob::Options options;
    options.directory = m_directory->filePath(QStringLiteral("cache"));
    options.stallTimeout = 20s;
    options.firstRetryDelay = 10ms;
    options.maximumRetries = 1;
    result->setDownloadOptions(options);
    return result;
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
             QStringLiteral("nixos-25.11-graphical-%1").arg(ReleaseCatalogue::hostArchitecture()));
    QCOMPARE(combo->count(), 6);
    QVERIFY(!child<QLabel>(*media, "recommendedBadge")->isHidden());
    QVERIFY(child<QPushButton>(*media, "downloadButton")->isEnabled());
    QVERIFY(child<QPushButton>(*media, "downloadButton")->text().contains(QLatin1String("25.11")));
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
        media->setCatalogue(ReleaseCatalogue::builtIn(m_server->url()));
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

QTEST_MAIN(TestMediaPage)
#include "tst_mediapage.moc"
