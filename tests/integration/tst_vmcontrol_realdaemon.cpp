// SPDX-License-Identifier: GPL-3.0-or-later
#include "homewindow.h"
#include "hypervisor/domaincontrol.h"
#include "hypervisor/hypervisor.h"
#include "noticelabel.h"
#include "proof/deviceinventory.h"
#include "provision/creationplan.h"
#include "testsupport.h"
#include "vmpanel.h"
#include "vmrow.h"
#include "vmwindow.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Airlock;

namespace {

const QString s_name = QStringLiteral("airlock-home-real");

} // namespace

// The home window and the VM window on the real libvirtd and QEMU, with a VM
// the creation plan made: read live as running the installer (and, on this
// host without SELinux, not confined), then shut down, which a guest with
// no OS ignores, so Airlock offers to force it off; started again, the
// installer ejected live.
class TestVmControlRealDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theHomeWindowShowsTheCreatedVmLive();
    void shutdownOffersForceOffWhenTheGuestIgnoresIt();
    void startsAgainAndEjectsTheInstaller();

private:
    void removeVm();
    QTemporaryDir m_directory;
    QString m_uri;
    QString m_iso;
    VmSpec m_spec;
    CreationResult m_created;
    std::unique_ptr<HomeWindow> m_home;
};

void TestVmControlRealDaemon::initTestCase()
{
    const Test::RealDaemon daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(daemon);
    m_uri = daemon.uri;
    Hypervisor::initializeLibvirt();
    m_iso = m_directory.filePath(QStringLiteral("airlock-home-installer.iso"));
    QVERIFY(Test::writeStandInIso(m_iso));
    removeVm();

    m_spec = Test::smallEmulatedSpec(s_name);
    m_spec.network.mode = NetworkMode::None;
    m_spec.iso = IsoSource::file(m_iso);
    const auto connection = Connection::open(m_uri);
    QVERIFY(connection);
    CreationPlan plan(m_spec);
    std::atomic_bool cancel {false};
    const auto result = plan.run(*connection, CreationPlan::Callbacks {}, cancel);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
    m_created = *result;
}

void TestVmControlRealDaemon::cleanupTestCase()
{
    m_home.reset();
    if (!m_uri.isEmpty())
        removeVm();
}

void TestVmControlRealDaemon::removeVm()
{
    const auto connection = Connection::open(m_uri);
    if (!connection)
        return;
    if (auto domain = connection->domain(s_name)) {
        virDomainDestroy(domain->get());
        virDomainUndefineFlags(domain->get(), VIR_DOMAIN_UNDEFINE_NVRAM);
    }
    const QStringList volumes {s_name + QLatin1String(".qcow2"), m_created.iso.volume};
    for (const QString &volume : volumes) {
        if (auto handle = connection->volume(m_spec.storagePool, volume))
            virStorageVolDelete(handle->get(), 0);
    }
    virResetLastError();
}

void TestVmControlRealDaemon::theHomeWindowShowsTheCreatedVmLive()
{
    m_home = std::make_unique<HomeWindow>(m_uri);
    QSignalSpy read(m_home.get(), &HomeWindow::listRead);
    m_home->start();
    QVERIFY(read.wait(30000));
    m_home->show();
    VmRow *row = m_home->row(s_name);
    QVERIFY(row);
    QVERIFY(row->entry().madeByAirlock);
    QCOMPARE(row->entry().state, DomainState::Running);
    QCOMPARE(row->installerText(), QStringLiteral("Running the installer"));
    QTRY_VERIFY_WITH_TIMEOUT(row->verdictStatus() != Status::Unknown, 20000);
    // This daemon has no SELinux: read live, the verdict says so.
    QCOMPARE(row->verdictText(), QStringLiteral("Not confined"));
    QCOMPARE(row->checkedText(), QStringLiteral("checked just now"));
    QDir().mkpath(QStringLiteral(AIRLOCK_ARTIFACT_DIR));
    m_home->resize(1024, 768);
    m_home->grab().save(QStringLiteral(AIRLOCK_ARTIFACT_DIR "/home-realdaemon.png"));
}

void TestVmControlRealDaemon::shutdownOffersForceOffWhenTheGuestIgnoresIt()
{
    QVERIFY(m_home);
    VmWindow *window = m_home->openVm(s_name);
    VmPanel *panel = window->panel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->proof().has_value(), 20000);
    QVERIFY(panel->isInstallerRunning());
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("vmState"))->text(),
             QStringLiteral("State: Running the NixOS installer (from the ISO)"));

    panel->setShutdownTimeout(std::chrono::seconds(3));
    QSignalSpy offered(panel, &VmPanel::forceOffOffered);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("shutdownButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(panel->isShuttingDown());
    // The stand-in ISO runs no OS, so nothing answers the power button.
    QVERIFY(offered.wait(20000));
    QCOMPARE(panel->vmState(), DomainState::Running);
    QVERIFY(panel->actionNotice()->text().contains(QStringLiteral("did not shut down")));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("forceOffConfirm")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->vmState(), DomainState::ShutOff, 20000);
    // The home window's row followed the event.
    QTRY_COMPARE(m_home->row(s_name)->entry().state, DomainState::ShutOff);
    QCOMPARE(m_home->row(s_name)->verdictText(), QStringLiteral("Shut off: checked when it runs"));
}

void TestVmControlRealDaemon::startsAgainAndEjectsTheInstaller()
{
    QVERIFY(m_home);
    VmWindow *window = m_home->openVm(s_name);
    VmPanel *panel = window->panel();
    // Put the installer back in the persistent definition, as a user might,
    // so that the start runs it again.
    const auto connection = Connection::open(m_uri);
    QVERIFY(connection);
    auto domain = connection->domain(s_name);
    QVERIFY(domain);
    QVERIFY(m_created.iso.isVolume()); // the plan uploaded the ISO into the pool
    const QString kept
            = takeLibvirtString(virDomainGetXMLDesc(domain->get(), VIR_DOMAIN_XML_INACTIVE));
    const auto parsed = XmlElement::parse(kept);
    QVERIFY(parsed);
    QString target;
    QString bus;
    for (const XmlElement *disk : parsed->allAt(QStringLiteral("devices/disk"))) {
        if (disk->attribute(QStringLiteral("device")) != QLatin1String("cdrom"))
            continue;
        target = disk->child(QStringLiteral("target"))->attribute(QStringLiteral("dev"));
        bus = disk->child(QStringLiteral("target"))->attribute(QStringLiteral("bus"));
    }
    QVERIFY2(!target.isEmpty(), qPrintable(kept));
    const QString filled = QStringLiteral("<disk type='volume' device='cdrom'>"
                                          "<source pool='%1' volume='%2'/>"
                                          "<target dev='%3' bus='%4'/><readonly/></disk>")
                                   .arg(m_created.iso.pool, m_created.iso.volume, target, bus);
    QVERIFY2(virDomainUpdateDeviceFlags(domain->get(), filled.toUtf8().constData(),
                                        VIR_DOMAIN_AFFECT_CONFIG)
                     == 0,
             qPrintable(LibvirtError::last().message));

    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("startButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->vmState(), DomainState::Running, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isInstallerRunning(), 20000);
    QTRY_COMPARE(m_home->row(s_name)->entry().state, DomainState::Running);
    QTRY_COMPARE(m_home->row(s_name)->installerText(), QStringLiteral("Running the installer"));

    auto *eject = window->findChild<QPushButton *>(QStringLiteral("ejectButton"));
    QVERIFY(eject->isVisibleTo(window));
    QTest::mouseClick(eject, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->actionNotice()->text().isEmpty(), 20000);
    QVERIFY2(panel->actionNotice()->status() == Status::Pass,
             qPrintable(panel->actionNotice()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isInstallerRunning(), 20000);
    const auto holds = [this](const XmlElement &disk) {
        return DeviceInventory::holdsInstaller(m_created.spec, disk);
    };
    // Empty now and for the next start.
    for (const unsigned int flags : {0u, unsigned(VIR_DOMAIN_XML_INACTIVE)}) {
        const QString xml = takeLibvirtString(virDomainGetXMLDesc(domain->get(), flags));
        const auto parsedXml = XmlElement::parse(xml);
        for (const XmlElement *disk : parsedXml->allAt(QStringLiteral("devices/disk")))
            QVERIFY2(!holds(*disk), qPrintable(xml));
    }
    QVERIFY(!DomainControl::eject(*connection, s_name, holds)); // nothing left to eject
}

QTEST_MAIN(TestVmControlRealDaemon)
#include "tst_vmcontrol_realdaemon.moc"
