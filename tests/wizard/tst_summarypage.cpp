// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockwizard.h"
#include "domainxml/domainxml.h"
#include "exposure/exposure.h"
#include "host/hostreading.h"
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "noticelabel.h"
#include "sizing/sizing.h"
#include "spec/vmspec.h"
#include "summarypage.h"
#include "testsupport.h"
#include "wizardsession.h"
#include "wizardtestsupport.h"
#include "xmlview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::VmSpec)
Q_DECLARE_METATYPE(Airlock::IsoSource)

namespace {

const QString s_uri = QStringLiteral("test:///default");
const QString s_isoName = QStringLiteral("nixos-graphical-25.11.20251201.abcdef0-x86_64-linux.iso");

// What the page shows without the zero-width spaces that let paths wrap.
QString plain(const QString &text)
{
    QString result = text;
    return result.remove(QChar(0x200B));
}

// A wizard on test:///default, shown at the size of a small screen.
struct Fixture
{
    explicit Fixture(const VmSpec &spec) : wizard(std::make_unique<AirlockWizard>(s_uri, spec))
    {
        wizard->resize(1024, 768);
        wizard->show();
    }

    // Walks to the Summary page and waits until it has asked the host.
    QString walk()
    {
        if (const QString problem = Test::walkTo(*wizard, AirlockWizard::SummaryPageId);
            !problem.isEmpty())
            return problem;
        return waitForHost();
    }

    QString waitForHost()
    {
        if (!QTest::qWaitFor([this] { return !page()->isCheckingHost(); }, 15000))
            return QStringLiteral("the Summary page did not hear from the host");
        return {};
    }

    SummaryPage *page() const
    {
        return qobject_cast<SummaryPage *>(wizard->page(AirlockWizard::SummaryPageId));
    }
    WizardSession *session() const { return wizard->session(); }
    QString value(const QString &key) const
    {
        auto *label = page()->findChild<QLabel *>(QLatin1String("value-") + key);
        return label && !label->isHidden() ? plain(label->text()) : QString();
    }
    QString headline() const
    {
        return page()->findChild<QLabel *>(QStringLiteral("headline"))->text();
    }
    NoticeLabel *problem() const
    {
        return page()->findChild<NoticeLabel *>(QStringLiteral("problemNotice"));
    }
    XmlView *view(const QString &name) const { return page()->findChild<XmlView *>(name); }
    template<typename T = QAbstractButton>
    T *button(const QString &name) const
    {
        return page()->findChild<T *>(name);
    }

    std::unique_ptr<AirlockWizard> wizard;
};

// What the test driver offers, asked directly rather than through the page.
DomainTarget testDriverTarget(const QStringList &hostDevices = {})
{
    const auto connection = Connection::open(s_uri);
    if (!connection)
        return {};
    const auto target = DomainTarget::query(*connection, hostDevices);
    return target ? *target : DomainTarget {};
}

} // namespace

class TestSummaryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldHaveDefaultValue();
    void showsEveryGroup_data();
    void showsEveryGroup();
    void changeLinksGoBackAndForwardKeepsTheChoices_data();
    void changeLinksGoBackAndForwardKeepsTheChoices();
    void repeatsAcknowledgedWarnings();
    void sharedFolderRiskIsTheDevicesPageRisk_data();
    void sharedFolderRiskIsTheDevicesPageRisk();
    void showsTheExactDomainXml_data();
    void showsTheExactDomainXml();
    void showsTheNetworkXmlOnlyForAirlocksNetworks();
    void fallsBackToAHardenedHostWhenTheConnectionIsGone();
    void printXmlPrintsWhatTheSummaryShows_data();
    void printXmlPrintsWhatTheSummaryShows();
    void describesChosenDevicesFromTheOneReading();
    void highlightsTheXml();
    void savesTheXml();
    void saveButtonAsksForAFile();
    void reportsASaveError();
    void blocksAnInvalidSpec_data();
    void blocksAnInvalidSpec();
    void commitsAValidSpecWithoutCreatingAnything();
    void fitsASmallScreenWithTheXmlCollapsed();

private:
    VmSpec specWithIso() const;

    QTemporaryDir m_directory;
    QString m_isoPath;
};

void TestSummaryPage::initTestCase()
{
    Hypervisor::initializeLibvirt();
    // Qt's own file dialog, which the test can fill in.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QVERIFY(m_directory.isValid());
    // A stand-in ISO: small, but with an ISO 9660 signature where the
    // Media page looks for one.
    m_isoPath = m_directory.filePath(s_isoName);
    QVERIFY(Test::writeStandInIso(m_isoPath, 0x9000));
}

VmSpec TestSummaryPage::specWithIso() const
{
    VmSpec spec;
    spec.iso = IsoSource::file(m_isoPath);
    return spec;
}

void TestSummaryPage::shouldHaveDefaultValue()
{
    AirlockWizard wizard(s_uri, VmSpec());
    auto *page = qobject_cast<SummaryPage *>(wizard.page(AirlockWizard::SummaryPageId));
    QVERIFY(page);
    QVERIFY(page->isCommitPage());
    QCOMPARE(page->buttonText(QWizard::CommitButton), QStringLiteral("Create and start"));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("headline")));
    QVERIFY(page->findChild<NoticeLabel *>(QStringLiteral("problemNotice"))->isHidden());
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("fixProblem"))->isHidden());
    for (const QString &key : {QStringLiteral("host"), QStringLiteral("media"),
                               QStringLiteral("resources"), QStringLiteral("devices")}) {
        auto *change = page->findChild<QPushButton *>(QLatin1String("change-") + key);
        QVERIFY2(change, qPrintable(key));
        QCOMPARE(change->text(), QStringLiteral("Change"));
        QVERIFY(!change->accessibleName().isEmpty());
    }
    QVERIFY(page->findChild<QWidget *>(QStringLiteral("acknowledgedWarnings"))->isHidden());
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("creationSteps"))->text().isEmpty());
    auto *show = page->findChild<QToolButton *>(QStringLiteral("showConfiguration"));
    QVERIFY(show);
    QVERIFY(show->isCheckable());
    QVERIFY(!show->isChecked());
    QVERIFY(!page->isConfigurationShown());
    QVERIFY(page->findChild<QWidget *>(QStringLiteral("configuration"))->isHidden());
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("saveXml")));
    for (const QString &name : {QStringLiteral("domainXml"), QStringLiteral("networkXml")}) {
        auto *view = page->findChild<XmlView *>(name);
        QVERIFY2(view, qPrintable(name));
        QVERIFY(view->isReadOnly());
        QVERIFY(view->xml().isEmpty());
    }
    QVERIFY(page->domainXml().isEmpty());
    QVERIFY(page->networkXml().isEmpty());
    // Before it is shown, the page has asked nothing.
    QVERIFY(page->isCheckingHost());
    QVERIFY(!page->isTargetAssumed());
}

void TestSummaryPage::showsEveryGroup_data()
{
    QTest::addColumn<VmSpec>("spec");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("exposed");

    // The test driver's host has 3 GiB: memory stays below, or the
    // Resources page would take its own default instead.
    VmSpec defaults = specWithIso();
    defaults.memoryMiB = 2560;
    QTest::newRow("defaults") << defaults
                              << QStringLiteral("Ready to create “nixos”: NixOS 25.11 graphical, "
                                                "%1, 2.5 GiB, 32 GiB disk, Maximum isolation")
                                         .arg(QCoreApplication::translate("Airlock::SummaryPage",
                                                                          "%n virtual CPU(s)",
                                                                          nullptr, 2))
                              << QStringLiteral("nothing else of your computer");

    VmSpec balanced = specWithIso();
    balanced.name = QStringLiteral("review-me");
    balanced.vcpus = 1;
    balanced.memoryMiB = 2048;
    balanced.diskGiB = 24;
    ExposureCatalogue::applyPreset(balanced, Preset::Balanced);
    QTest::newRow("balanced") << balanced
                              << QStringLiteral("Ready to create “review-me”: NixOS 25.11 "
                                                "graphical, %1, 2 GiB, 24 GiB disk, Balanced")
                                         .arg(QCoreApplication::translate("Airlock::SummaryPage",
                                                                          "%n virtual CPU(s)",
                                                                          nullptr, 1))
                              << QStringLiteral("Clipboard sharing · Medium risk\nSpeakers · Low "
                                                "risk\nTPM · Low risk");

    VmSpec offline = specWithIso();
    offline.network.mode = NetworkMode::None;
    offline.exposure.guestAgent = true;
    offline.memoryMiB = 3072;
    QTest::newRow("no network, guest agent")
            << offline
            << QStringLiteral("Ready to create “nixos”: NixOS 25.11 graphical, %1, 3 GiB, 32 "
                              "GiB disk, custom devices")
                       .arg(QCoreApplication::translate("Airlock::SummaryPage", "%n virtual CPU(s)",
                                                        nullptr, 2))
            << QStringLiteral("Guest agent · Low risk");
}

void TestSummaryPage::showsEveryGroup()
{
    QFETCH(VmSpec, spec);
    QFETCH(QString, headline);
    QFETCH(QString, exposed);

    Fixture fixture(spec);
    const QString walked = fixture.walk();
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    const VmSpec chosen = fixture.session()->spec();
    QCOMPARE(chosen.name, spec.name);
    QCOMPARE(chosen.vcpus, spec.vcpus);
    QCOMPARE(chosen.memoryMiB, spec.memoryMiB);
    QCOMPARE(chosen.diskGiB, spec.diskGiB);
    QCOMPARE(chosen.exposure, spec.exposure);

    QCOMPARE(fixture.headline(), headline);
    QVERIFY(fixture.problem()->isHidden());

    // This computer
    QCOMPARE(fixture.value(QStringLiteral("uri")), s_uri);
    QVERIFY(!fixture.value(QStringLiteral("checks")).isEmpty());
    // The test driver offers no SELinux, and says so.
    QCOMPARE(fixture.value(QStringLiteral("confinement")),
             QStringLiteral("Not confined by SELinux: libvirt on this host does not offer it"));
    QVERIFY(fixture.value(QStringLiteral("acceleration"))
                    .startsWith(DomainXml::domainType(chosen, testDriverTarget())
                                                == QLatin1String("kvm")
                                        ? QStringLiteral("KVM")
                                        : QStringLiteral("Emulation (TCG)")));

    // NixOS installer
    QCOMPARE(fixture.value(QStringLiteral("release")), QStringLiteral("NixOS 25.11 graphical"));
    QCOMPARE(fixture.value(QStringLiteral("source")), m_isoPath);
    QCOMPARE(fixture.value(QStringLiteral("copy")),
             QStringLiteral("copied into the storage pool “default”, where the VM reads it"));

    // Size
    QCOMPARE(fixture.value(QStringLiteral("name")), spec.name);
    QCOMPARE(fixture.value(QStringLiteral("vcpus")),
             QStringLiteral("%1, %2").arg(QCoreApplication::translate("Airlock::SummaryPage",
                                                                      "%n virtual CPU(s)", nullptr,
                                                                      spec.vcpus),
                                          Sizing::cpuModeTitle(chosen.cpuMode)));
    QCOMPARE(fixture.value(QStringLiteral("memory")), Sizing::formatMiB(spec.memoryMiB));
    QCOMPARE(fixture.value(QStringLiteral("disk")),
             QStringLiteral("%1 GiB in the storage pool “default”; it takes only the space NixOS "
                            "writes")
                     .arg(spec.diskGiB));
    QCOMPARE(fixture.value(QStringLiteral("firmware")),
             chosen.firmware == Firmware::Uefi ? QStringLiteral(
                     "UEFI, Secure Boot off (the NixOS installer is not signed for it)")
                                               : QStringLiteral("BIOS"));

    // Devices and network
    const auto preset = ExposureCatalogue::matchingPreset(chosen);
    QCOMPARE(fixture.value(QStringLiteral("preset")),
             preset ? ExposureCatalogue::presetTitle(*preset)
                    : QStringLiteral("Custom: your own choice"));
    if (chosen.network.mode == NetworkMode::None)
        QCOMPARE(fixture.value(QStringLiteral("network")), QStringLiteral("No network"));
    else
        QCOMPARE(fixture.value(QStringLiteral("network")),
                 QStringLiteral("NAT (internet through your computer), on Airlock's network "
                                "“airlock-nat” · Medium risk"));
    QCOMPARE(fixture.value(QStringLiteral("exposed")), exposed);
    QCOMPARE(fixture.value(QStringLiteral("reach")), ExposureCatalogue::reachSummary(chosen));
}

void TestSummaryPage::changeLinksGoBackAndForwardKeepsTheChoices_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("pageId");
    QTest::newRow("this computer") << QStringLiteral("host") << int(AirlockWizard::HostPageId);
    QTest::newRow("installer") << QStringLiteral("media") << int(AirlockWizard::MediaPageId);
    QTest::newRow("size") << QStringLiteral("resources") << int(AirlockWizard::ResourcesPageId);
    QTest::newRow("devices") << QStringLiteral("devices") << int(AirlockWizard::DevicesPageId);
}

void TestSummaryPage::changeLinksGoBackAndForwardKeepsTheChoices()
{
    QFETCH(QString, group);
    QFETCH(int, pageId);

    VmSpec spec = specWithIso();
    spec.name = QStringLiteral("keep-me");
    spec.vcpus = 1;
    spec.memoryMiB = 3072;
    spec.diskGiB = 21;
    ExposureCatalogue::applyPreset(spec, Preset::Balanced);
    Fixture fixture(spec);
    const QString walked = fixture.walk();
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    const VmSpec before = fixture.session()->spec();
    const QString headline = fixture.headline();
    const QStringList keys {QStringLiteral("release"), QStringLiteral("vcpus"),
                            QStringLiteral("memory"),  QStringLiteral("disk"),
                            QStringLiteral("preset"),  QStringLiteral("exposed")};
    QStringList values;
    for (const QString &key : keys)
        values.append(fixture.value(key));

    QPushButton *change = fixture.button<QPushButton>(QLatin1String("change-") + group);
    QVERIFY(change);
    // By keyboard: the links follow each other in the tab chain, and Space
    // follows one.
    const QStringList groups {QStringLiteral("host"), QStringLiteral("media"),
                              QStringLiteral("resources"), QStringLiteral("devices")};
    for (qsizetype i = 1; i < groups.size(); ++i) {
        QWidget *previous = fixture.button(QLatin1String("change-") + groups.at(i - 1));
        QWidget *next = previous->nextInFocusChain();
        while (next && (!next->isVisible() || !(next->focusPolicy() & Qt::TabFocus)))
            next = next->nextInFocusChain();
        QCOMPARE(next, fixture.button(QLatin1String("change-") + groups.at(i)));
    }
    QCOMPARE(change->focusPolicy(), Qt::StrongFocus);
    QTest::keyClick(change, Qt::Key_Space);
    QCOMPARE(fixture.wizard->currentId(), pageId);

    const QString again = fixture.walk();
    QVERIFY2(again.isEmpty(), qPrintable(again));
    QCOMPARE(fixture.session()->spec(), before);
    QCOMPARE(fixture.headline(), headline);
    for (qsizetype i = 0; i < keys.size(); ++i)
        QCOMPARE(fixture.value(keys.at(i)), values.at(i));
}

void TestSummaryPage::repeatsAcknowledgedWarnings()
{
    VmSpec spec = specWithIso();
    // Below NixOS's recommendation: a warning the Resources page lets through.
    spec.memoryMiB = 2048;
    // A folder the VM may write to: a risk the Devices page records.
    spec.exposure.sharedFolder = SharedFolder {m_directory.path(), false};
    Fixture fixture(spec);
    const QString walked = fixture.walk();
    QVERIFY2(walked.isEmpty(), qPrintable(walked));

    const QList<WizardSession::Acknowledgement> acknowledged
            = fixture.session()->acknowledgements();
    const auto has = [&acknowledged](const QString &prefix) {
        return std::any_of(
                acknowledged.cbegin(), acknowledged.cend(),
                [&prefix](const auto &warning) { return warning.key.startsWith(prefix); });
    };
    // The test driver offers no SELinux: the Host page's risks were accepted.
    QVERIFY(has(QStringLiteral("host/")));
    QVERIFY(has(QStringLiteral("resources/")));
    QVERIFY(has(QStringLiteral("devices.sharedFolder")));

    auto *warnings = fixture.page()->findChild<QWidget *>(QStringLiteral("acknowledgedWarnings"));
    QVERIFY(warnings->isVisible());
    for (qsizetype i = 0; i < acknowledged.size(); ++i) {
        const auto &warning = acknowledged.at(i);
        auto *row = warnings->findChild<QWidget *>(QStringLiteral("warning-%1").arg(i));
        QVERIFY2(row, qPrintable(warning.key));
        auto *notice = row->findChild<NoticeLabel *>(QStringLiteral("warningText"));
        QCOMPARE(notice->status(), Status::Warn);
        QVERIFY2(notice->text().contains(warning.text), qPrintable(notice->text()));
        const QString group = warning.key.startsWith(QLatin1String("host/"))
                                      ? QStringLiteral("This computer")
                              : warning.key.startsWith(QLatin1String("resources/"))
                                      ? QStringLiteral("Size")
                                      : QStringLiteral("Devices and network");
        QVERIFY2(notice->text().contains(group), qPrintable(notice->text()));
        QVERIFY(row->findChild<QPushButton *>(QStringLiteral("changeWarning")));
    }
    QVERIFY(!warnings->findChild<QWidget *>(QStringLiteral("warning-%1").arg(acknowledged.size())));

    // A warning's Change link goes to the page it came from.
    const qsizetype shared = std::distance(
            acknowledged.cbegin(),
            std::find_if(acknowledged.cbegin(), acknowledged.cend(), [](const auto &warning) {
                return warning.key == QLatin1String("devices.sharedFolder");
            }));
    warnings->findChild<QWidget *>(QStringLiteral("warning-%1").arg(shared))
            ->findChild<QPushButton *>(QStringLiteral("changeWarning"))
            ->click();
    QCOMPARE(fixture.wizard->currentId(), int(AirlockWizard::DevicesPageId));
}

void TestSummaryPage::sharedFolderRiskIsTheDevicesPageRisk_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("risk");
    QTest::newRow("read-only") << true << QStringLiteral("read-only")
                               << QStringLiteral("Medium risk");
    QTest::newRow("read and write")
            << false << QStringLiteral("read and write") << QStringLiteral("High risk");
}

void TestSummaryPage::sharedFolderRiskIsTheDevicesPageRisk()
{
    // One risk for one choice: the catalogue's, for the access chosen, on
    // the Devices page's map, its explanation and on the Summary.
    QFETCH(bool, readOnly);
    QFETCH(QString, access);
    QFETCH(QString, risk);
    VmSpec spec = specWithIso();
    spec.exposure.sharedFolder = SharedFolder {m_directory.path(), readOnly};
    QCOMPARE(
            ExposureCatalogue::riskTitle(ExposureCatalogue::riskIn(spec, ExposureId::SharedFolder)),
            risk);
    Fixture fixture(spec);
    const QString walked = Test::walkTo(*fixture.wizard, AirlockWizard::DevicesPageId);
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    QWizardPage *devices = fixture.wizard->currentPage();
    auto *files = devices->findChild<QAbstractButton *>(
            QStringLiteral("mapItem:exposure.sharedFolder"));
    QVERIFY(files);
    QTest::mouseClick(files, Qt::LeftButton);
    const QString state = devices->findChild<QLabel *>(QStringLiteral("explainedState"))->text();
    QCOMPARE(state, QStringLiteral("Connected to the VM · %1").arg(risk));
    QVERIFY2(files->accessibleDescription().contains(risk),
             qPrintable(files->accessibleDescription()));

    const QString walkedOn = fixture.walk();
    QVERIFY2(walkedOn.isEmpty(), qPrintable(walkedOn));
    const QString exposed = fixture.value(QStringLiteral("exposed"));
    const QString line
            = QStringLiteral("Shared folder “%1”, %2 · %3").arg(m_directory.path(), access, risk);
    QVERIFY2(exposed.contains(line), qPrintable(exposed));
    // Only the folder the VM may change is a warning to acknowledge.
    const QList<WizardSession::Acknowledgement> acknowledged
            = fixture.session()->acknowledgements();
    QCOMPARE(std::any_of(acknowledged.cbegin(), acknowledged.cend(),
                         [](const auto &warning) {
                             return warning.key == QLatin1String("devices.sharedFolder");
                         }),
             !readOnly);
}

void TestSummaryPage::showsTheExactDomainXml_data()
{
    QTest::addColumn<IsoSource>("iso");
    QTest::addColumn<bool>("audio");
    QTest::addColumn<IsoSource>("definedIso");

    QTest::newRow("ISO file, copied into the pool")
            << IsoSource::file(m_isoPath) << false
            << IsoSource::poolVolume(QStringLiteral("default"), s_isoName);
    const IsoSource volume = IsoSource::poolVolume(QStringLiteral("default-pool"), s_isoName);
    QTest::newRow("ISO volume, with sound") << volume << true << volume;
}

void TestSummaryPage::showsTheExactDomainXml()
{
    QFETCH(IsoSource, iso);
    QFETCH(bool, audio);
    QFETCH(IsoSource, definedIso);

    Fixture fixture(specWithIso());
    const QString walked = fixture.walk();
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    // The spec as the earlier pages left it, with the row's choices.
    VmSpec chosen = fixture.session()->spec();
    chosen.iso = iso;
    chosen.exposure.audio = audio;
    fixture.session()->setSpec(chosen);
    VmSpec defined = chosen;
    defined.iso = definedIso;
    QCOMPARE(fixture.page()->definedSpec(), defined);

    const auto expected = DomainXml::domain(defined, testDriverTarget());
    QVERIFY(expected);
    // The test driver has no SELinux: the XML asks for none.
    QVERIFY(!expected->contains(QLatin1String("selinux")));
    QCOMPARE(fixture.page()->domainXml(), *expected);
    XmlView *view = fixture.view(QStringLiteral("domainXml"));
    QCOMPARE(view->xml(), *expected);

    // Shown on request, and read-only.
    auto *show = fixture.button<QToolButton>(QStringLiteral("showConfiguration"));
    show->click();
    QVERIFY(fixture.page()->isConfigurationShown());
    QTRY_VERIFY(view->isVisible());
    // In view whole, from its button down, even on a small screen.
    auto *scroll = fixture.page()->findChild<QScrollArea *>(QStringLiteral("summaryScroll"));
    QTRY_VERIFY(show->mapTo(scroll->viewport(), QPoint()).y() >= 0
                && view->mapTo(scroll->viewport(), QPoint(0, view->height())).y()
                           <= scroll->viewport()->height());
    QVERIFY(view->height() >= 12 * view->fontMetrics().lineSpacing());
    QVERIFY(view->isReadOnly());
    view->setFocus();
    QTest::keyClicks(view, QStringLiteral("<devices/>"));
    QTest::keyClick(view, Qt::Key_Backspace);
    QCOMPARE(view->xml(), *expected);
    show->click();
    QVERIFY(!fixture.page()->isConfigurationShown());
    QTRY_VERIFY(!view->isVisible());
}

void TestSummaryPage::showsTheNetworkXmlOnlyForAirlocksNetworks()
{
    Fixture fixture(specWithIso());
    const QString walked = fixture.walk();
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    auto *tabs = fixture.page()->findChild<QTabWidget *>(QStringLiteral("configurationTabs"));
    QCOMPARE(fixture.page()->networkXml(), DomainXml::network(NetworkChoice {}));
    QCOMPARE(fixture.view(QStringLiteral("networkXml"))->xml(),
             DomainXml::network(NetworkChoice {}));
    QVERIFY(tabs->isTabVisible(1));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Network “airlock-nat”"));
    QVERIFY(fixture.page()
                    ->findChild<QLabel *>(QStringLiteral("networkNote"))
                    ->text()
                    .contains(QLatin1String("192.168.150.0/24")));

    VmSpec ipv6 = fixture.session()->spec();
    ipv6.network = {NetworkMode::Nat, true, {}};
    fixture.session()->setSpec(ipv6);
    QCOMPARE(fixture.page()->networkXml(), DomainXml::network(ipv6.network));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Network “airlock-nat-ipv6”"));

    VmSpec offline = fixture.session()->spec();
    offline.network = {NetworkMode::None, false, {}};
    fixture.session()->setSpec(offline);
    QVERIFY(fixture.page()->networkXml().isEmpty());
    QVERIFY(!tabs->isTabVisible(1));
    QVERIFY(!fixture.page()->domainXml().isEmpty());
}

void TestSummaryPage::fallsBackToAHardenedHostWhenTheConnectionIsGone()
{
    Fixture fixture(specWithIso());
    const QString walked = fixture.walk();
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    QVERIFY(!fixture.page()->isTargetAssumed());

    // The connection goes, and no new one can be had.
    QSignalSpy checked(fixture.page(), &SummaryPage::hostChecked);
    fixture.session()->hypervisor()->close();
    fixture.session()->setUri(QStringLiteral("test:///nonexistent/airlock-host.xml"));
    fixture.page()->initializePage();
    QVERIFY(fixture.page()->isCheckingHost());
    QCOMPARE(fixture.value(QStringLiteral("confinement")), QStringLiteral("checking this host…"));
    QVERIFY(!checked.isEmpty() || checked.wait(15000));
    QVERIFY(fixture.page()->isTargetAssumed());

    const auto expected = DomainXml::domain(fixture.page()->definedSpec(), DomainTarget {});
    QVERIFY(expected);
    QVERIFY(expected->contains(QLatin1String("model=\"selinux\""))
            || expected->contains(QLatin1String("model='selinux'")));
    QCOMPARE(fixture.page()->domainXml(), *expected);
    auto *assumed = fixture.page()->findChild<NoticeLabel *>(QStringLiteral("assumedNotice"));
    QVERIFY(!assumed->isHidden());
    QVERIFY2(assumed->text().contains(QLatin1String("hardened host with KVM and SELinux")),
             qPrintable(assumed->text()));
    QCOMPARE(fixture.value(QStringLiteral("confinement")),
             QStringLiteral("SELinux assumed; this host could not be asked"));
    // Creation asks again: the Summary does not hold the user back.
    QVERIFY(fixture.page()->problems().isEmpty());
}

void TestSummaryPage::printXmlPrintsWhatTheSummaryShows_data()
{
    QTest::addColumn<bool>("connect");
    QTest::newRow("this host (--connect)") << true;
    QTest::newRow("no host (hardened default)") << false;
}

void TestSummaryPage::printXmlPrintsWhatTheSummaryShows()
{
    QFETCH(bool, connect);
    Fixture fixture(specWithIso());
    const QString walked = fixture.walk();
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    if (!connect) {
        // No host to ask: the Summary writes for the hardened default, as
        // airlock --print-xml does without --connect.
        QSignalSpy checked(fixture.page(), &SummaryPage::hostChecked);
        fixture.session()->hypervisor()->close();
        fixture.session()->setUri(QStringLiteral("test:///nonexistent/airlock-host.xml"));
        fixture.page()->initializePage();
        QVERIFY(!checked.isEmpty() || checked.wait(15000));
        QVERIFY(fixture.page()->isTargetAssumed());
    }
    // An ISO file: both show it as the pool volume creation copies it into.
    QVERIFY(!fixture.session()->spec().iso.isVolume());
    QVERIFY(!fixture.page()->domainXml().isEmpty());

    const QString specFile = m_directory.filePath(QStringLiteral("print-xml.json"));
    QVERIFY(fixture.session()->spec().save(specFile));
    QStringList arguments {QStringLiteral("--print-xml"), QStringLiteral("--spec"), specFile};
    if (connect)
        arguments << QStringLiteral("--connect") << s_uri;
    QString output;
    QCOMPARE(Test::runProgram(QStringLiteral(AIRLOCK_BINARY), arguments, &output), 0);
    QCOMPARE(output, fixture.page()->domainXml());
}

void TestSummaryPage::describesChosenDevicesFromTheOneReading()
{
    const QString uri = QStringLiteral("test://")
                        + Test::dataPath(QStringLiteral("nodedevices/host-devices.xml"));
    AirlockWizard wizard(uri, specWithIso());
    wizard.resize(1024, 768);
    wizard.show();
    const QString walked = Test::walkTo(wizard, AirlockWizard::SummaryPageId);
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    auto *page = qobject_cast<SummaryPage *>(wizard.currentPage());
    QVERIFY(page);
    QTRY_VERIFY(!page->isCheckingHost());
    QVERIFY(!page->isTargetAssumed());
    QVERIFY(page->target().hostDevices.isEmpty());
    const HostReading *host = wizard.session()->host();
    QCOMPARE(host->readCount(), 1);

    // The webcam is chosen: the Summary describes it from what the host
    // listed, without asking libvirt again.
    VmSpec withWebcam = wizard.session()->spec();
    withWebcam.exposure.hostDevices = {QStringLiteral("usb_1_4")};
    wizard.session()->setSpec(withWebcam);
    QVERIFY(!page->isCheckingHost());
    QCOMPARE(page->target().hostDevices.size(), 1);
    QCOMPARE(page->target().hostDevices.constFirst().name, QStringLiteral("usb_1_4"));
    QVERIFY2(page->domainXml().contains(QLatin1String("0x0825")), qPrintable(page->domainXml()));
    QCOMPARE(host->readCount(), 1);
    QCOMPARE(host->poolReadCount(), 0);
}

void TestSummaryPage::highlightsTheXml()
{
    XmlView view;
    view.setXml(QStringLiteral("<domain type='kvm'>\n  <name>nixos</name>\n  <!-- a note -->\n"
                               "</domain>"));
    XmlHighlighter *highlighter = view.highlighter();
    const auto formatAt = [&view](int blockNumber, int position) {
        const QTextBlock block = view.document()->findBlockByNumber(blockNumber);
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (position >= range.start && position < range.start + range.length)
                return range.format.foreground().color();
        }
        return QColor();
    };
    const QColor element = highlighter->format(XmlHighlighter::Part::Element).foreground().color();
    const QColor name
            = highlighter->format(XmlHighlighter::Part::AttributeName).foreground().color();
    const QColor value
            = highlighter->format(XmlHighlighter::Part::AttributeValue).foreground().color();
    const QColor comment = highlighter->format(XmlHighlighter::Part::Comment).foreground().color();
    QVERIFY(element != name && name != value && value != element);
    QCOMPARE(formatAt(0, 1), element); // <domain
    QCOMPARE(formatAt(0, 8), name); // type
    QCOMPARE(formatAt(0, 14), value); // 'kvm'
    QCOMPARE(formatAt(0, 18), element); // >
    QCOMPARE(formatAt(1, 9), QColor()); // nixos: text keeps the palette's colour
    QCOMPARE(formatAt(2, 6), comment);

    // Other colours on a dark palette, still told apart.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    view.setPalette(dark);
    QVERIFY(highlighter->format(XmlHighlighter::Part::Element).foreground().color() != element);
    QCOMPARE(formatAt(0, 1),
             highlighter->format(XmlHighlighter::Part::Element).foreground().color());
}

void TestSummaryPage::savesTheXml()
{
    Fixture fixture(specWithIso());
    const QString walked = fixture.walk();
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    QTemporaryDir directory;
    const QString domainPath = directory.filePath(QStringLiteral("nixos.xml"));
    QVERIFY(fixture.page()->saveXml(domainPath));
    QFile domainFile(domainPath);
    QVERIFY(domainFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(domainFile.readAll()), fixture.page()->domainXml());
    auto *notice = fixture.page()->findChild<NoticeLabel *>(QStringLiteral("saveNotice"));
    QCOMPARE(notice->status(), Status::Info);
    QVERIFY(notice->text().contains(QStringLiteral("Saved to “%1”.").arg(domainPath)));

    // The tab in front decides which document is saved.
    auto *tabs = fixture.page()->findChild<QTabWidget *>(QStringLiteral("configurationTabs"));
    tabs->setCurrentIndex(1);
    const QString networkPath = directory.filePath(QStringLiteral("airlock-nat.xml"));
    QVERIFY(fixture.page()->saveXml(networkPath));
    QFile networkFile(networkPath);
    QVERIFY(networkFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(networkFile.readAll()), fixture.page()->networkXml());

    // An existing file is replaced whole.
    tabs->setCurrentIndex(0);
    QVERIFY(fixture.page()->saveXml(networkPath));
    networkFile.close();
    QVERIFY(networkFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(networkFile.readAll()), fixture.page()->domainXml());
}

void TestSummaryPage::saveButtonAsksForAFile()
{
    Fixture fixture(specWithIso());
    const QString walked = fixture.walk();
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("chosen.xml"));
    QString suggested;
    bool answered = false;
    // The dialog is modal: answer it from the event loop it runs.
    QTimer::singleShot(0, fixture.page(), [&] {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog->selectedFiles().isEmpty())
            suggested = QFileInfo(dialog->selectedFiles().constFirst()).fileName();
        dialog->selectFile(path);
        // QFileDialog keeps accept() protected; QDialog's is public.
        static_cast<QDialog *>(dialog)->accept();
        answered = true;
    });
    fixture.button<QPushButton>(QStringLiteral("saveXml"))->click();
    QVERIFY(answered);
    QCOMPARE(suggested, QStringLiteral("nixos.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), fixture.page()->domainXml());
}

void TestSummaryPage::reportsASaveError()
{
    Fixture fixture(specWithIso());
    const QString walked = fixture.walk();
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    const QString path = m_directory.filePath(QStringLiteral("no-such-folder/nixos.xml"));
    QVERIFY(!fixture.page()->saveXml(path));
    QVERIFY(!QFile::exists(path));
    auto *notice = fixture.page()->findChild<NoticeLabel *>(QStringLiteral("saveNotice"));
    QCOMPARE(notice->status(), Status::Fail);
    QVERIFY2(notice->text().contains(QStringLiteral("Could not save “%1”: ").arg(path)),
             qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QLatin1String("Choose another folder")));
    QVERIFY(notice->isVisible());
}

void TestSummaryPage::blocksAnInvalidSpec_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("pageId");
    QTest::newRow("memory below NixOS's minimum")
            << QStringLiteral("memoryMiB") << int(AirlockWizard::ResourcesPageId);
    QTest::newRow("more CPUs than the host has")
            << QStringLiteral("vcpus") << int(AirlockWizard::ResourcesPageId);
    QTest::newRow("bridge without a name")
            << QStringLiteral("network.bridge") << int(AirlockWizard::DevicesPageId);
    QTest::newRow("microphone without sound")
            << QStringLiteral("exposure.microphone") << int(AirlockWizard::DevicesPageId);
    QTest::newRow("no installer") << QStringLiteral("iso") << int(AirlockWizard::MediaPageId);
}

void TestSummaryPage::blocksAnInvalidSpec()
{
    QFETCH(QString, key);
    QFETCH(int, pageId);

    Fixture fixture(specWithIso());
    const QString walked = fixture.walk();
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    QVERIFY(fixture.page()->validatePage());

    VmSpec broken = fixture.session()->spec();
    const HostLimits limits = fixture.session()->host()->limits();
    if (key == QLatin1String("memoryMiB")) {
        broken.memoryMiB = 1024;
    } else if (key == QLatin1String("vcpus")) {
        QVERIFY(limits.threads > 0);
        broken.vcpus = limits.threads + 1;
    } else if (key == QLatin1String("network.bridge")) {
        broken.network = {NetworkMode::Bridge, false, {}};
    } else if (key == QLatin1String("exposure.microphone")) {
        broken.exposure.microphone = true;
    } else if (key == QLatin1String("iso")) {
        broken.iso = {};
    }
    QString message;
    if (key == QLatin1String("iso")) {
        message = QStringLiteral("none was chosen");
        QVERIFY(broken.validate(limits).isEmpty());
    } else {
        const SpecProblems problems = broken.validate(limits);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().key, key);
        message = problems.constFirst().message;
    }
    fixture.session()->setSpec(broken);
    // Shown as soon as the spec changes…
    QVERIFY(!fixture.problem()->isHidden());
    QVERIFY(fixture.headline().startsWith(QLatin1String("Not yet ready")));

    // …and the commit refuses, in the model's words.
    QVERIFY(!fixture.page()->validatePage());
    QVERIFY2(fixture.problem()->text().contains(message.toHtmlEscaped()),
             qPrintable(fixture.problem()->text()));
    QCOMPARE(fixture.problem()->status(), Status::Fail);
    fixture.wizard->next();
    QCOMPARE(fixture.wizard->currentId(), int(AirlockWizard::SummaryPageId));

    // The way out leads to the page of the setting.
    auto *fix = fixture.button<QPushButton>(QStringLiteral("fixProblem"));
    QVERIFY(fix->isVisible());
    fix->click();
    QCOMPARE(fixture.wizard->currentId(), pageId);
}

void TestSummaryPage::commitsAValidSpecWithoutCreatingAnything()
{
    Fixture fixture(specWithIso());
    const QString walked = fixture.walk();
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    const Connection connection = fixture.session()->hypervisor()->connection();
    const auto names = [&connection] {
        const auto domains = connection.domainNames();
        const auto networks = connection.networkNames();
        const auto volumes = connection.volumeNames(QStringLiteral("default-pool"));
        return domains && networks && volumes ? QList<QStringList> {*domains, *networks, *volumes}
                                              : QList<QStringList> {};
    };
    const QList<QStringList> before = names();
    QVERIFY(!before.isEmpty());

    QVERIFY(fixture.page()->problems().isEmpty());
    QVERIFY(fixture.page()->validatePage());
    QVERIFY(fixture.problem()->isHidden());
    QCOMPARE(names(), before);
}

void TestSummaryPage::fitsASmallScreenWithTheXmlCollapsed()
{
    Fixture fixture(specWithIso());
    const QString walked = fixture.walk();
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    QVERIFY(fixture.wizard->width() <= 1024 && fixture.wizard->height() <= 768);
    auto *scroll = fixture.page()->findChild<QScrollArea *>(QStringLiteral("summaryScroll"));
    // Everything but the host's accepted warnings is in view without scrolling.
    auto *warnings = fixture.page()->findChild<QWidget *>(QStringLiteral("acknowledgedWarnings"));
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() <= warnings->height());
    auto *steps = fixture.page()->findChild<QLabel *>(QStringLiteral("creationSteps"));
    for (QWidget *widget : fixture.page()->findChildren<QLabel *>()) {
        if (widget->objectName().startsWith(QLatin1String("value-")) && widget->isVisible())
            QVERIFY2(widget->width() >= 120, qPrintable(widget->objectName()));
    }
    QVERIFY(steps->isVisible());
}

QTEST_MAIN(TestSummaryPage)
#include "tst_summarypage.moc"
