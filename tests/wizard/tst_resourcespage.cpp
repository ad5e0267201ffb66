// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockwizard.h"
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "noticelist.h"
#include "resourcespage.h"
#include "slidermark.h"
#include "noticelabel.h"
#include "testsupport.h"
#include "wizardtestsupport.h"
#include "wizardsession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace Airlock;

namespace {

const QString s_testDefault = QStringLiteral("test:///default");

QString customNode()
{
    return QLatin1String("test://") + Test::dataPath(QStringLiteral("hosts/resources-node.xml"));
}

// A page on its own session, read from `uri` the way the wizard shows it.
struct Fixture
{
    explicit Fixture(const QString &uri, const VmSpec &spec = VmSpec()) : session(uri)
    {
        // As in the wizard: the spec is in the session before the page exists.
        session.setSpec(spec);
        page = std::make_unique<ResourcesPage>(&session);
    }

    bool show()
    {
        QSignalSpy read(page.get(), &ResourcesPage::hostRead);
        page->initializePage();
        // A fast driver may answer before initializePage() returns.
        return !read.isEmpty() || read.wait(10000);
    }

    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    QStringList noticeTexts(const char *list) const { return child<NoticeList>(list)->texts(); }

    bool has(SizingIssue issue) const
    {
        const SizingNotices notices = page->notices();
        return std::any_of(notices.cbegin(), notices.cend(),
                           [issue](const SizingNotice &notice) { return notice.issue == issue; });
    }

    QString textOf(SizingIssue issue) const
    {
        for (const SizingNotice &notice : page->notices()) {
            if (notice.issue == issue)
                return notice.text;
        }
        return {};
    }

    WizardSession session;
    std::unique_ptr<ResourcesPage> page;
};

} // namespace

class TestResourcesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldHaveDefaultValue();
    void derivesDefaultsFromTheTestDriver();
    void derivesDefaultsFromACustomNode();
    void keepsAPrefilledSpec();
    void warningAppearsAndDisappearsAtItsThreshold_data();
    void warningAppearsAndDisappearsAtItsThreshold();
    void blocksNextWithTheModelsMessage();
    void reportsNameCollisionsWithDomainsAndVolumes();
    void offersOnlyWhatTheHostCanRun();
    void saysWhatIsUnknownWhenLibvirtCannotBeAsked();
    void showsLibvirtsMemoryFigures();
    void typedMemoryStaysUntilItIsFixed();
    void worksByKeyboardAlone();
    void walksPastThePageInTheWizard();
};

void TestResourcesPage::initTestCase()
{
    Hypervisor::initializeLibvirt();
}

void TestResourcesPage::shouldHaveDefaultValue()
{
    Fixture fixture(s_testDefault);
    ResourcesPage *page = fixture.page.get();
    QCOMPARE(page->title(), QStringLiteral("Size the VM"));
    QVERIFY(!page->isReadingHost());
    QCOMPARE(fixture.child<QLineEdit>("nameEdit")->text(), QStringLiteral("nixos"));
    QCOMPARE(fixture.child<QSpinBox>("vcpuSpin")->value(), 2);
    QCOMPARE(fixture.child<QSpinBox>("memorySpin")->value(), 4096);
    QCOMPARE(fixture.child<QSpinBox>("memorySpin")->text(), QStringLiteral("4 GiB"));
    QCOMPARE(fixture.child<QSlider>("memorySlider")->value(), 16);
    QCOMPARE(fixture.child<QSpinBox>("diskSpin")->value(), 32);
    QCOMPARE(fixture.child<QSlider>("diskSlider")->value(), 32);
    QVERIFY(fixture.child<QRadioButton>("hostPassthroughRadio")->isChecked());
    QVERIFY(fixture.child<QRadioButton>("uefiRadio")->isChecked());
    QVERIFY(!fixture.child<QToolButton>("advancedButton")->isChecked());
    QVERIFY(fixture.child<QWidget>("advancedPanel")->isHidden());
    QVERIFY(fixture.child<NoticeLabel>("pageNotice")->isHidden());
    QCOMPARE(fixture.child<SliderMark>("memoryMark")->markValue(), 12); // 3 GiB in 256 MiB steps
    QCOMPARE(fixture.child<SliderMark>("diskMark")->markValue(), 20);
    QVERIFY(page->notices().isEmpty());
}

void TestResourcesPage::derivesDefaultsFromTheTestDriver()
{
    Fixture fixture(s_testDefault);
    QSignalSpy complete(fixture.page.get(), &QWizardPage::completeChanged);
    QVERIFY(fixture.show());
    ResourcesPage *page = fixture.page.get();
    QVERIFY(!page->isReadingHost());
    QVERIFY(complete.size() >= 2); // reading, then read
    QVERIFY(page->isComplete());

    const HostCapacity host = page->hostCapacity();
    QCOMPARE(host.threads, 16);
    QCOMPARE(host.memoryMiB, qint64(3072));
    QCOMPARE(host.pool, PoolState::Missing); // "default" is not in the test driver

    // 3 GiB host: half of it; 16 threads: 2; no KVM, no domain capabilities: maximum.
    QCOMPARE(fixture.child<QLineEdit>("nameEdit")->text(), QStringLiteral("nixos"));
    QCOMPARE(fixture.child<QSpinBox>("vcpuSpin")->value(), 2);
    QCOMPARE(fixture.child<QSpinBox>("vcpuSpin")->maximum(), 16);
    QCOMPARE(fixture.child<QSpinBox>("memorySpin")->value(), 1536);
    QCOMPARE(fixture.child<QSpinBox>("memorySpin")->text(), QStringLiteral("1.5 GiB"));
    QCOMPARE(fixture.child<QSlider>("memorySlider")->maximum(), 12); // 3 GiB in 256 MiB steps
    QCOMPARE(fixture.child<QSpinBox>("diskSpin")->value(), 32);
    QVERIFY(fixture.child<QRadioButton>("maximumRadio")->isChecked());
    QVERIFY(!fixture.child<QRadioButton>("hostPassthroughRadio")->isEnabled());
    QVERIFY(fixture.child<QRadioButton>("uefiRadio")->isChecked());

    QCOMPARE(fixture.child<QLabel>("vcpuCaption")->text(),
             QStringLiteral("Up to 16 available on this host. Airlock suggests 2."));
    QVERIFY(fixture.child<QLabel>("memoryCaption")
                    ->text()
                    .startsWith(QLatin1String("Up to 3 GiB on this host, 3 MiB of it free")));
    QVERIFY(fixture.child<QLabel>("hostPassthroughText")->text().contains(QLatin1String("KVM")));

    // What the page says about this host, each under its own control.
    QVERIFY(fixture.has(SizingIssue::MemoryBelowRecommended));
    QVERIFY(fixture.has(SizingIssue::PoolWillBeCreated));
    QVERIFY(fixture.has(SizingIssue::Emulated));
    QVERIFY(!Sizing::hasError(page->notices()));
    const QStringList disk = fixture.noticeTexts("diskGiBNotices");
    QCOMPARE(disk.size(), 1);
    QVERIFY2(disk.first().startsWith(
                     QStringLiteral("Note: The storage pool “default” does not exist yet")),
             qPrintable(disk.first()));
    QVERIFY(disk.first().contains(QLatin1String("/var/lib/libvirt/images")));
    QVERIFY(fixture.noticeTexts("memoryMiBNotices").first().startsWith(QLatin1String("Warning:")));
    QVERIFY(fixture.noticeTexts("vcpusNotices").isEmpty());
    QVERIFY(fixture.child<NoticeList>("vcpusNotices")->isHidden());

    QVERIFY(page->validatePage());
    QCOMPARE(fixture.session.spec().memoryMiB, qint64(1536));
    QCOMPARE(fixture.session.spec().cpuMode, CpuMode::Maximum);
    QCOMPARE(fixture.session.spec().accelerator, Accelerator::Auto);
    QVERIFY(fixture.session.acknowledgedWarnings().contains(
            fixture.textOf(SizingIssue::MemoryBelowRecommended)));
}

void TestResourcesPage::derivesDefaultsFromACustomNode()
{
    // Four threads, 8 GiB, a VM called nixos and a disk called nixos-2.qcow2.
    Fixture fixture(customNode());
    QVERIFY(fixture.show());
    QCOMPARE(fixture.child<QLineEdit>("nameEdit")->text(), QStringLiteral("nixos-3"));
    QCOMPARE(fixture.child<QSpinBox>("vcpuSpin")->value(), 2);
    QCOMPARE(fixture.child<QSlider>("vcpuSlider")->maximum(), 4);
    QCOMPARE(fixture.child<QSpinBox>("memorySpin")->value(), 4096);
    QCOMPARE(fixture.child<QSlider>("memorySlider")->maximum(), 32);
    QCOMPARE(fixture.child<QSpinBox>("diskSpin")->maximum(), 100);
    QCOMPARE(fixture.child<QLabel>("diskCaption")->text(),
             QStringLiteral("Up to 68 GiB free in the storage pool “default”. NixOS recommends "
                            "20 GiB; the disk takes only the space NixOS actually writes."));
    QCOMPARE(fixture.child<QLabel>("memoryCaption")->text(),
             QStringLiteral("Up to 8 GiB available on this host. NixOS recommends 3 GiB."));
    QVERIFY2(fixture.page->notices().size() == 1, "only the note about emulation");
    QVERIFY(fixture.has(SizingIssue::Emulated));
    QVERIFY(fixture.page->isComplete());
}

void TestResourcesPage::keepsAPrefilledSpec()
{
    VmSpec prefilled;
    prefilled.name = QStringLiteral("work");
    prefilled.vcpus = 3;
    prefilled.memoryMiB = 4000;
    prefilled.diskGiB = 50;
    prefilled.cpuMode = CpuMode::HostModel;
    prefilled.firmware = Firmware::Bios;
    prefilled.network.mode = NetworkMode::None;
    Fixture fixture(customNode(), prefilled);
    QVERIFY(fixture.show());
    QCOMPARE(fixture.child<QLineEdit>("nameEdit")->text(), QStringLiteral("work"));
    QCOMPARE(fixture.child<QSpinBox>("vcpuSpin")->value(), 3);
    QCOMPARE(fixture.child<QSpinBox>("memorySpin")->value(), 4000);
    QCOMPARE(fixture.child<QSpinBox>("memorySpin")->text(), QStringLiteral("4000 MiB"));
    QCOMPARE(fixture.child<QSpinBox>("diskSpin")->value(), 50);
    QVERIFY(fixture.child<QRadioButton>("hostModelRadio")->isChecked());
    QVERIFY(fixture.child<QRadioButton>("biosRadio")->isChecked());

    QVERIFY(fixture.page->validatePage());
    QCOMPARE(fixture.session.spec(), prefilled);

    // A second visit keeps what the user chose, and still reads the host again.
    fixture.child<QSpinBox>("vcpuSpin")->setValue(1);
    QVERIFY(fixture.show());
    QCOMPARE(fixture.child<QSpinBox>("vcpuSpin")->value(), 1);
    QCOMPARE(fixture.child<QLineEdit>("nameEdit")->text(), QStringLiteral("work"));
}

void TestResourcesPage::warningAppearsAndDisappearsAtItsThreshold_data()
{
    QTest::addColumn<QString>("spin");
    QTest::addColumn<QString>("notices");
    QTest::addColumn<int>("clear");
    QTest::addColumn<int>("crossed");
    QTest::addColumn<int>("issue");
    QTest::addColumn<bool>("blocks");

    // On the custom node: 4 threads, 8 GiB, 68 GiB free in the pool.
    QTest::newRow("every thread") << QStringLiteral("vcpuSpin") << QStringLiteral("vcpusNotices")
                                  << 3 << 4 << int(SizingIssue::VcpusAllThreads) << false;
    QTest::newRow("below NixOS's recommended memory")
            << QStringLiteral("memorySpin") << QStringLiteral("memoryMiBNotices") << 3072 << 2816
            << int(SizingIssue::MemoryBelowRecommended) << false;
    QTest::newRow("below NixOS's minimum memory")
            << QStringLiteral("memorySpin") << QStringLiteral("memoryMiBNotices") << 1536 << 1280
            << int(SizingIssue::MemoryBelowMinimum) << true;
    QTest::newRow("below NixOS's recommended disk")
            << QStringLiteral("diskSpin") << QStringLiteral("diskGiBNotices") << 20 << 19
            << int(SizingIssue::DiskBelowRecommended) << false;
    QTest::newRow("below NixOS's minimum disk")
            << QStringLiteral("diskSpin") << QStringLiteral("diskGiBNotices") << 10 << 9
            << int(SizingIssue::DiskBelowMinimum) << true;
    QTest::newRow("beyond the pool's free space")
            << QStringLiteral("diskSpin") << QStringLiteral("diskGiBNotices") << 68 << 69
            << int(SizingIssue::DiskAboveFree) << false;
}

void TestResourcesPage::warningAppearsAndDisappearsAtItsThreshold()
{
    QFETCH(QString, spin);
    QFETCH(QString, notices);
    QFETCH(int, clear);
    QFETCH(int, crossed);
    QFETCH(int, issue);
    QFETCH(bool, blocks);

    Fixture fixture(customNode());
    QVERIFY(fixture.show());
    auto *box = fixture.child<QSpinBox>(qPrintable(spin));
    auto *list = fixture.child<NoticeList>(qPrintable(notices));
    const auto sizingIssue = SizingIssue(issue);
    QSignalSpy complete(fixture.page.get(), &QWizardPage::completeChanged);

    box->setValue(clear);
    QVERIFY(!fixture.has(sizingIssue));
    const int before = list->notices().size();

    box->setValue(crossed);
    QVERIFY(fixture.has(sizingIssue));
    QVERIFY(!list->notices().isEmpty());
    QVERIFY(list->isVisibleTo(fixture.page.get()));
    const QString text = fixture.textOf(sizingIssue);
    QVERIFY(list->texts().join(QLatin1Char('\n')).contains(text.left(30)));
    QCOMPARE(fixture.page->isComplete(), !blocks);
    QCOMPARE(complete.size(), blocks ? 1 : 0);
    const auto statuses = list->notices();
    QCOMPARE(std::any_of(
                     statuses.cbegin(), statuses.cend(),
                     [](const NoticeList::Entry &entry) { return entry.status == Status::Fail; }),
             blocks);

    box->setValue(clear);
    QVERIFY(!fixture.has(sizingIssue));
    QCOMPARE(list->notices().size(), before);
    QVERIFY(fixture.page->isComplete());
    QCOMPARE(complete.size(), blocks ? 2 : 0);
}

void TestResourcesPage::blocksNextWithTheModelsMessage()
{
    VmSpec prefilled;
    prefilled.vcpus = 6; // the custom node has 4 threads
    Fixture fixture(customNode(), prefilled);
    QVERIFY(fixture.show());
    auto *vcpus = fixture.child<QSpinBox>("vcpuSpin");
    QCOMPARE(vcpus->value(), 6);
    QCOMPARE(vcpus->maximum(), 6); // not clamped to the host: the user sees the problem
    QVERIFY(fixture.has(SizingIssue::VcpusAboveThreads));
    QVERIFY(!fixture.page->isComplete());
    QVERIFY(!fixture.page->validatePage());
    auto *pageNotice = fixture.child<NoticeLabel>("pageNotice");
    QVERIFY(!pageNotice->isHidden());
    QCOMPARE(pageNotice->status(), Status::Fail);
    QVERIFY2(pageNotice->text().startsWith(QLatin1String("Failed: CPUs: The VM cannot have more "
                                                         "virtual CPUs (6) than this host has "
                                                         "threads online (4).")),
             qPrintable(pageNotice->text()));
    QCOMPARE(fixture.session.spec().vcpus, 6); // nothing written

    vcpus->setValue(4);
    QVERIFY(pageNotice->isHidden());
    QVERIFY(fixture.page->isComplete());
    QVERIFY(fixture.page->validatePage());
    QCOMPARE(fixture.session.spec().vcpus, 4);
    QVERIFY(fixture.session.acknowledgedWarnings().contains(
            fixture.textOf(SizingIssue::VcpusAllThreads)));

    // Going back under the threshold withdraws the acknowledged warning.
    vcpus->setValue(2);
    QVERIFY(fixture.page->validatePage());
    QVERIFY(fixture.session.acknowledgedWarnings().isEmpty());
}

void TestResourcesPage::reportsNameCollisionsWithDomainsAndVolumes()
{
    // test:///default is one shared in-process host: a disk made here is
    // what the page sees. It is the test driver's, and removed at the end.
    const auto connection = Connection::open(s_testDefault);
    QVERIFY(connection);
    const auto pool = connection->storagePool(QStringLiteral("default-pool"));
    QVERIFY(pool);
    StorageVolumeHandle volume(virStorageVolCreateXML(
            pool->get(),
            "<volume><name>nixos.qcow2</name><capacity unit='GiB'>1</capacity></volume>", 0));
    QVERIFY(volume);
    const auto removeVolume = qScopeGuard([&volume] { virStorageVolDelete(volume.get(), 0); });

    VmSpec spec;
    spec.storagePool = QStringLiteral("default-pool");
    Fixture fixture(s_testDefault, spec);
    QVERIFY(fixture.show());
    auto *name = fixture.child<QLineEdit>("nameEdit");
    QCOMPARE(name->text(), QStringLiteral("nixos-2")); // nixos.qcow2 is taken
    QVERIFY(fixture.page->isComplete());
    QVERIFY(fixture.noticeTexts("nameNotices").isEmpty());

    name->setText(QStringLiteral("test"));
    QVERIFY(fixture.has(SizingIssue::NameTakenByDomain));
    QVERIFY(!fixture.page->isComplete());
    QVERIFY(fixture.noticeTexts("nameNotices")
                    .value(0)
                    .startsWith(QStringLiteral("Failed: A VM called “test” already exists")));

    name->setText(QStringLiteral("nixos"));
    QVERIFY(!fixture.has(SizingIssue::NameTakenByDomain));
    QVERIFY(fixture.has(SizingIssue::NameTakenByVolume));
    QVERIFY(fixture.noticeTexts("nameNotices")
                    .value(0)
                    .contains(QStringLiteral("already holds a disk called “nixos.qcow2”")));
    QVERIFY(!fixture.page->validatePage());
    QVERIFY(fixture.child<NoticeLabel>("pageNotice")->text().contains(QLatin1String("Name: ")));

    name->setText(QStringLiteral("my vm"));
    QVERIFY(fixture.has(SizingIssue::NameInvalid));
    QCOMPARE(fixture.textOf(SizingIssue::NameInvalid),
             *VmSpec::nameProblem(QStringLiteral("my vm")));

    name->setText(QStringLiteral("nixos-2"));
    QVERIFY(fixture.noticeTexts("nameNotices").isEmpty());
    QVERIFY(fixture.page->isComplete());
    QVERIFY(fixture.page->validatePage());
    QCOMPARE(fixture.session.spec().name, QStringLiteral("nixos-2"));
}

void TestResourcesPage::offersOnlyWhatTheHostCanRun()
{
    // A spec that insists on KVM, on a host without it: kept and shown, the
    // section unfolded, Next blocked, and one button away from running.
    VmSpec prefilled;
    prefilled.accelerator = Accelerator::Kvm;
    Fixture fixture(s_testDefault, prefilled);
    QVERIFY(fixture.show());
    QVERIFY(fixture.has(SizingIssue::AcceleratorUnavailable));
    QVERIFY(!fixture.page->isComplete());
    QVERIFY(fixture.child<QToolButton>("advancedButton")->isChecked());
    QVERIFY(!fixture.child<QWidget>("advancedPanel")->isHidden());
    auto *emulation = fixture.child<QPushButton>("emulationButton");
    QVERIFY(!emulation->isHidden());
    // Passthrough needs KVM: with the spec's "kvm" it is offered, libvirt
    // just cannot confirm it; the default stays the mode that runs anywhere.
    QVERIFY(fixture.child<QRadioButton>("maximumRadio")->isChecked());

    emulation->click();
    QVERIFY(!fixture.has(SizingIssue::AcceleratorUnavailable));
    QVERIFY(fixture.has(SizingIssue::Emulated));
    QVERIFY(emulation->isHidden());
    QVERIFY(!fixture.child<QRadioButton>("hostPassthroughRadio")->isEnabled());
    QVERIFY(fixture.page->isComplete());
    QVERIFY(fixture.page->validatePage());
    QCOMPARE(fixture.session.spec().accelerator, Accelerator::Auto);

    // Secure Boot from a spec: said on the UEFI choice, warned about, and
    // one button (or BIOS) away from a VM that boots the installer.
    VmSpec secure;
    secure.secureBoot = true;
    Fixture secureFixture(s_testDefault, secure);
    QVERIFY(secureFixture.show());
    auto *uefi = secureFixture.child<QRadioButton>("uefiRadio");
    QCOMPARE(uefi->text(), QStringLiteral("UEFI, Secure Boot on (from the spec)"));
    QVERIFY(secureFixture.has(SizingIssue::SecureBootOn));
    QVERIFY(secureFixture.child<QToolButton>("advancedButton")->isChecked());
    auto *turnOff = secureFixture.child<QPushButton>("secureBootButton");
    QVERIFY(!turnOff->isHidden());

    secureFixture.child<QRadioButton>("biosRadio")->setChecked(true);
    QVERIFY(!secureFixture.has(SizingIssue::SecureBootOn));
    QVERIFY(turnOff->isHidden());
    uefi->setChecked(true);
    QVERIFY(secureFixture.has(SizingIssue::SecureBootOn));

    turnOff->click();
    QVERIFY(!secureFixture.has(SizingIssue::SecureBootOn));
    QVERIFY(turnOff->isHidden());
    QCOMPARE(uefi->text(), QStringLiteral("UEFI, Secure Boot off"));
    QVERIFY(uefi->isChecked());
    QVERIFY(secureFixture.page->validatePage());
    QVERIFY(!secureFixture.session.spec().secureBoot);
    QCOMPARE(secureFixture.session.spec().firmware, Firmware::Uefi);
}

void TestResourcesPage::saysWhatIsUnknownWhenLibvirtCannotBeAsked()
{
    Fixture fixture(QStringLiteral("test:///nonexistent/airlock-node.xml"));
    QVERIFY(fixture.show());
    auto *hostNotice = fixture.child<NoticeLabel>("hostNotice");
    QVERIFY(!hostNotice->isHidden());
    QCOMPARE(hostNotice->status(), Status::Unknown);
    QVERIFY(hostNotice->text().contains(QLatin1String("could not ask libvirt")));
    QVERIFY(!fixture.page->hostCapacity().known);
    QCOMPARE(fixture.child<QLabel>("vcpuCaption")->text(),
             QStringLiteral("This host's number of threads is not known. Airlock suggests 2."));
    // NixOS's own numbers, and the choice that runs anywhere.
    QCOMPARE(fixture.child<QSpinBox>("memorySpin")->value(), 4096);
    QVERIFY(fixture.child<QRadioButton>("maximumRadio")->isChecked());
    QVERIFY(fixture.child<QWidget>("resourcesScroll")->isEnabled());
    QVERIFY(fixture.page->isComplete());
}

void TestResourcesPage::showsLibvirtsMemoryFigures()
{
    // The same source as the Host page: libvirt's, for the total and the
    // free memory alike, and never more free than there is.
    const auto connection = Connection::open(s_testDefault);
    QVERIFY(connection);
    virNodeInfo node;
    QCOMPARE(virNodeGetInfo(connection->get(), &node), 0);
    const qint64 totalMiB = qint64(node.memory / 1024);
    const qint64 freeMiB = qint64(virNodeGetFreeMemory(connection->get()) / (1024 * 1024));

    Fixture fixture(s_testDefault);
    QVERIFY(fixture.show());
    const HostCapacity host = fixture.page->hostCapacity();
    QCOMPARE(host.memoryMiB, totalMiB);
    QCOMPARE(host.availableMemoryMiB, freeMiB);
    QVERIFY(host.availableMemoryMiB <= host.memoryMiB);
    QCOMPARE(fixture.child<QLabel>("memoryCaption")->text(),
             QStringLiteral("Up to %1 on this host, %2 of it free right now (libvirt does not "
                            "count the caches the host could reclaim). NixOS recommends 3 GiB.")
                     .arg(Sizing::formatMiB(totalMiB), Sizing::formatMiB(freeMiB)));
}

void TestResourcesPage::typedMemoryStaysUntilItIsFixed()
{
    Fixture fixture(s_testDefault); // 3 GiB in all
    ResourcesPage *page = fixture.page.get();
    page->resize(900, 640);
    page->show();
    QApplication::setActiveWindow(page);
    QVERIFY(QTest::qWaitForWindowActive(page));
    QVERIFY(fixture.show());
    auto *memory = fixture.child<QSpinBox>("memorySpin");
    auto *disk = fixture.child<QSpinBox>("diskSpin");
    auto *notices = fixture.child<NoticeList>("memoryMiBNotices");
    const auto typeAndLeave = [memory, disk](const QString &text) {
        memory->setFocus(Qt::TabFocusReason);
        QTest::keyClick(memory, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(memory, text);
        disk->setFocus(Qt::TabFocusReason);
    };
    const auto failures = [notices] {
        QStringList texts;
        for (const NoticeList::Entry &entry : notices->notices()) {
            if (entry.status == Status::Fail)
                texts.append(entry.text);
        }
        return texts;
    };
    QSignalSpy complete(page, &QWizardPage::completeChanged);
    QVERIFY(page->isComplete());

    // More than the host has: kept as typed, said in words next to the box.
    typeAndLeave(QStringLiteral("4 TiB"));
    QTRY_COMPARE(QApplication::focusWidget(), disk);
    QCOMPARE(memory->text(), QStringLiteral("4 TiB"));
    QCOMPARE(memory->value(), 4 * 1024 * 1024);
    QCOMPARE(failures(), QStringList {QStringLiteral("4 TiB is more than this host has (3 GiB in "
                                                     "all). Choose 3 GiB or less.")});
    QVERIFY(!page->isComplete());
    QVERIFY(!complete.isEmpty());

    // A number without a unit: kept, and the box says what to add.
    complete.clear();
    typeAndLeave(QStringLiteral("2"));
    QCOMPARE(memory->text(), QStringLiteral("2"));
    QCOMPARE(failures(), QStringList {QStringLiteral("Add a unit, for example 2 GiB.")});
    QVERIFY(!page->isComplete());
    // Focus coming and going again changes nothing until it is fixed.
    memory->setFocus(Qt::TabFocusReason);
    disk->setFocus(Qt::TabFocusReason);
    QCOMPARE(memory->text(), QStringLiteral("2"));
    QVERIFY(!page->isComplete());

    // Adding the unit fixes it at once, before focus leaves.
    memory->setFocus(Qt::TabFocusReason);
    QTest::keyClick(memory, Qt::Key_End);
    QTest::keyClicks(memory, QStringLiteral(" GiB"));
    QCOMPARE(memory->value(), 2048);
    QVERIFY(failures().isEmpty());
    QVERIFY(page->isComplete());
    disk->setFocus(Qt::TabFocusReason);
    QCOMPARE(memory->text(), QStringLiteral("2 GiB"));

    // Next by its shortcut, while the box still holds what is not an amount.
    memory->setFocus(Qt::TabFocusReason);
    QTest::keyClick(memory, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(memory, QStringLiteral("lots"));
    QVERIFY(!page->validatePage());
    QCOMPARE(memory->text(), QStringLiteral("lots"));
    auto *pageNotice = fixture.child<NoticeLabel>("pageNotice");
    QVERIFY2(pageNotice->text().contains(QStringLiteral("Memory: “lots” is not an amount")),
             qPrintable(pageNotice->text()));
    QCOMPARE(fixture.session.spec().memoryMiB, VmSpec().memoryMiB); // nothing written
}

void TestResourcesPage::worksByKeyboardAlone()
{
    Fixture fixture(s_testDefault);
    ResourcesPage *page = fixture.page.get();
    page->resize(900, 640);
    page->show();
    QApplication::setActiveWindow(page);
    QVERIFY(QTest::qWaitForWindowActive(page));
    QVERIFY(fixture.show());

    auto *name = fixture.child<QLineEdit>("nameEdit");
    auto *vcpuSlider = fixture.child<QSlider>("vcpuSlider");
    auto *vcpuSpin = fixture.child<QSpinBox>("vcpuSpin");
    auto *memorySlider = fixture.child<QSlider>("memorySlider");
    auto *memorySpin = fixture.child<QSpinBox>("memorySpin");
    auto *diskSlider = fixture.child<QSlider>("diskSlider");
    auto *diskSpin = fixture.child<QSpinBox>("diskSpin");
    auto *advanced = fixture.child<QToolButton>("advancedButton");

    // A mnemonic reaches the name; typing replaces it.
    QTest::keyClick(page, Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("sandbox"));
    QCOMPARE(name->text(), QStringLiteral("sandbox"));

    // Tab walks the controls top to bottom; arrows and Page keys move them.
    const auto tab = [] {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget();
    };
    QCOMPARE(tab(), vcpuSlider);
    QTest::keyClick(vcpuSlider, Qt::Key_Right);
    QCOMPARE(vcpuSpin->value(), 3);
    QCOMPARE(tab(), vcpuSpin);
    QTest::keyClick(vcpuSpin, Qt::Key_Up);
    QCOMPARE(vcpuSpin->value(), 4);
    QCOMPARE(vcpuSlider->value(), 4);
    QCOMPARE(tab(), memorySlider);
    QTest::keyClick(memorySlider, Qt::Key_Right);
    QCOMPARE(memorySpin->value(), 1792);
    QCOMPARE(tab(), memorySpin);
    QTest::keyClick(memorySpin, Qt::Key_Up);
    QCOMPARE(memorySpin->value(), 2048);
    QCOMPARE(memorySpin->text(), QStringLiteral("2 GiB"));
    QCOMPARE(tab(), diskSlider);
    QTest::keyClick(diskSlider, Qt::Key_Left);
    QCOMPARE(diskSpin->value(), 31);
    QCOMPARE(tab(), diskSpin);
    QTest::keyClick(diskSpin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(diskSpin, QStringLiteral("40"));
    QTest::keyClick(diskSpin, Qt::Key_Enter);
    QCOMPARE(diskSpin->value(), 40);
    QCOMPARE(diskSlider->value(), 40);

    // Typing an amount in the memory box, in either unit.
    memorySpin->setFocus();
    QTest::keyClick(memorySpin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(memorySpin, QStringLiteral("2.5 GiB"));
    QTest::keyClick(memorySpin, Qt::Key_Enter);
    QCOMPARE(memorySpin->value(), 2560);
    QTest::keyClick(memorySpin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(memorySpin, QStringLiteral("2000 MiB"));
    QTest::keyClick(memorySpin, Qt::Key_Enter);
    QCOMPARE(memorySpin->value(), 2000);
    diskSpin->setFocus();

    // Advanced unfolds with Space; its choices are reachable and change by key.
    QCOMPARE(tab(), advanced);
    QTest::keyClick(advanced, Qt::Key_Space);
    QVERIFY(advanced->isChecked());
    QVERIFY(fixture.child<QWidget>("advancedPanel")->isVisible());
    QWidget *radio = tab();
    // Passthrough cannot run on the test driver, so focus skips it.
    QCOMPARE(radio, fixture.child<QRadioButton>("hostModelRadio"));
    QTest::keyClick(radio, Qt::Key_Space);
    QVERIFY(fixture.child<QRadioButton>("hostModelRadio")->isChecked());
    // Tab enters each group at its checked choice; arrows move within it.
    auto *uefi = fixture.child<QRadioButton>("uefiRadio");
    auto *bios = fixture.child<QRadioButton>("biosRadio");
    QCOMPARE(tab(), uefi);
    QTest::keyClick(uefi, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), bios);
    QVERIFY(bios->isChecked());
    QCOMPARE(fixture.child<QLabel>("advancedSummary")->text(),
             QStringLiteral("Similar model (host-model) · BIOS"));

    QVERIFY(page->validatePage());
    const VmSpec &written = fixture.session.spec();
    QCOMPARE(written.name, QStringLiteral("sandbox"));
    QCOMPARE(written.vcpus, 4);
    QCOMPARE(written.memoryMiB, qint64(2000));
    QCOMPARE(written.diskGiB, 40);
    QCOMPARE(written.cpuMode, CpuMode::HostModel);
    QCOMPARE(written.firmware, Firmware::Bios);
}

void TestResourcesPage::walksPastThePageInTheWizard()
{
    VmSpec prefilled;
    prefilled.vcpus = 5;
    prefilled.diskGiB = 48;
    AirlockWizard wizard(s_testDefault, prefilled);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString walked = Test::walkTo(wizard, AirlockWizard::ResourcesPageId);
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    auto *page = qobject_cast<ResourcesPage *>(wizard.currentPage());
    QVERIFY(page);
    QTRY_VERIFY(!page->isReadingHost());
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // A size without a unit keeps Next disabled until the unit is added.
    auto *memory = page->findChild<QSpinBox *>(QStringLiteral("memorySpin"));
    auto *disk = page->findChild<QSpinBox *>(QStringLiteral("diskSpin"));
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    memory->setFocus(Qt::TabFocusReason);
    QTest::keyClick(memory, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(memory, QStringLiteral("1536"));
    disk->setFocus(Qt::TabFocusReason);
    QCOMPARE(memory->text(), QStringLiteral("1536"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    memory->setFocus(Qt::TabFocusReason);
    QTest::keyClick(memory, Qt::Key_End);
    QTest::keyClicks(memory, QStringLiteral(" MiB"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    // Next's state changing while the user types leaves the typing alone.
    QCOMPARE(QApplication::focusWidget(), memory);
    QCOMPARE(memory->text(), QStringLiteral("1536 MiB"));
    QTest::keyClick(memory, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(memory, QStringLiteral("4 TiB"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(QApplication::focusWidget(), memory);
    QCOMPARE(memory->text(), QStringLiteral("4 TiB"));
    QTest::keyClick(memory, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(memory, QStringLiteral("1.5 GiB"));
    QCOMPARE(memory->text(), QStringLiteral("1.5 GiB"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AirlockWizard::DevicesPageId));
    QCOMPARE(wizard.session()->spec().vcpus, 5);
    QCOMPARE(wizard.session()->spec().diskGiB, 48);
    QCOMPARE(wizard.session()->spec().memoryMiB, qint64(1536)); // the host's half
}

QTEST_MAIN(TestResourcesPage)
#include "tst_resourcespage.moc"
