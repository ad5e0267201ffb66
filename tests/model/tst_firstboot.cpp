// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
#include "hypervisor/hypervisor.h"
#include "provision/creationplan.h"
#include "provision/firstboot.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::DomainXml::Definition)

// The first boot on libvirt's test driver: the phase read from the live and
// the inactive XML, and the installed system started when the installer's
// VM stops. (The real installer's reboot is in tests/integration.)
class TestFirstBoot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void readsThePhaseFromTheLiveXml_data();
    void readsThePhaseFromTheLiveXml();
    void startsTheInstalledSystemWhenTheInstallerStops();
    void leavesAloneAStopAirlockAskedFor();
    void leavesAloneAForcedStop();
    void leavesAloneAStopOfTheInstalledSystem();
    void saysWhyTheInstalledSystemDidNotStart();

private:
    VmSpec spec(const QString &name) const;
    // Creates the VM with the creation plan, then watches it until the
    // phase is known.
    bool create(FirstBoot &firstBoot, const QString &name);

    std::unique_ptr<Hypervisor> m_hypervisor;
};

void TestFirstBoot::initTestCase()
{
    Hypervisor::initializeLibvirt();
    qRegisterMetaType<FirstBoot::Phase>();
}

void TestFirstBoot::init()
{
    m_hypervisor = std::make_unique<Hypervisor>();
    QSignalSpy opened(m_hypervisor.get(), &Hypervisor::opened);
    m_hypervisor->open(QStringLiteral("test://")
                       + Test::dataPath(QStringLiteral("testdriver/provision.xml")));
    QVERIFY(opened.wait(10000));
}

void TestFirstBoot::cleanup()
{
    m_hypervisor.reset();
}

VmSpec TestFirstBoot::spec(const QString &name) const
{
    VmSpec spec;
    spec.name = name;
    spec.storagePool = QStringLiteral("vms");
    spec.accelerator = Accelerator::Tcg;
    spec.cpuMode = CpuMode::Maximum;
    spec.iso = IsoSource::poolVolume(QStringLiteral("vms"), QStringLiteral("nixos.iso"));
    return spec;
}

bool TestFirstBoot::create(FirstBoot &firstBoot, const QString &name)
{
    CreationPlan plan(spec(name));
    std::atomic_bool cancel {false};
    const auto result = plan.run(m_hypervisor->connection(), {}, cancel);
    if (!result) {
        qWarning("%s", qPrintable(result.error().text()));
        return false;
    }
    QSignalSpy phase(&firstBoot, &FirstBoot::phaseChanged);
    firstBoot.watch(result->domainName, result->spec);
    // A fast driver answers before watch() returns.
    return !phase.isEmpty() || phase.wait(5000);
}

void TestFirstBoot::readsThePhaseFromTheLiveXml_data()
{
    QTest::addColumn<DomainXml::Definition>("definition");
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<FirstBoot::Phase>("phase");
    const auto install = DomainXml::Definition::Install;
    const auto persistent = DomainXml::Definition::Persistent;
    QTest::newRow("installing") << install << QString() << QString()
                                << FirstBoot::Phase::InstallerRunning;
    QTest::newRow("installed") << persistent << QString() << QString()
                               << FirstBoot::Phase::Installed;
    // The ISO put back into the persistent VM by hand: a reboot restarts
    // into the installer, which is neither phase.
    QTest::newRow("ISO inserted by hand")
            << persistent << QStringLiteral("<target dev=\"sda\"")
            << QStringLiteral("<source file=\"/isos/nixos.iso\"/><target dev=\"sda\"")
            << FirstBoot::Phase::Other;
    QTest::newRow("another ISO while installing")
            << install << QStringLiteral("/isos/nixos.iso") << QStringLiteral("/isos/other.iso")
            << FirstBoot::Phase::Other;
    QTest::newRow("unreadable") << install << QStringLiteral("</domain>") << QString()
                                << FirstBoot::Phase::Unknown;
}

void TestFirstBoot::readsThePhaseFromTheLiveXml()
{
    QFETCH(DomainXml::Definition, definition);
    QFETCH(QString, find);
    QFETCH(QString, replace);
    QFETCH(FirstBoot::Phase, phase);
    VmSpec chosen;
    chosen.iso = IsoSource::file(QStringLiteral("/isos/nixos.iso"));
    auto xml = DomainXml::domain(chosen, {}, definition);
    QVERIFY(xml);
    if (!find.isEmpty()) {
        QVERIFY(xml->contains(find));
        xml->replace(find, replace);
    }
    QCOMPARE(FirstBoot::phaseOf(*xml, chosen), phase);
}

void TestFirstBoot::startsTheInstalledSystemWhenTheInstallerStops()
{
    FirstBoot firstBoot(m_hypervisor.get());
    QVERIFY(create(firstBoot, QStringLiteral("installs")));
    QCOMPARE(firstBoot.phase(), FirstBoot::Phase::InstallerRunning);

    QSignalSpy started(&firstBoot, &FirstBoot::installedSystemStarted);
    QSignalSpy failed(&firstBoot, &FirstBoot::startFailed);
    QSignalSpy phases(&firstBoot, &FirstBoot::phaseChanged);
    // What the installer's reboot does with on_reboot destroy: the guest
    // ends its run, as a shutdown does (the test driver cannot reboot).
    const auto domain = m_hypervisor->connection().domain(QStringLiteral("installs"));
    QVERIFY(domain);
    const QString installing = takeLibvirtString(virDomainGetXMLDesc(domain->get(), 0));
    QVERIFY(installing.contains(QStringLiteral("volume='nixos.iso'")));
    QCOMPARE(virDomainShutdown(domain->get()), 0);
    QVERIFY2(started.wait(5000), qPrintable(failed.isEmpty() ? QStringLiteral("nothing started")
                                                             : failed.first().first().toString()));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(firstBoot.phase(), FirstBoot::Phase::Installed);
    QCOMPARE(phases.first().first().value<FirstBoot::Phase>(), FirstBoot::Phase::Off);
    QCOMPARE(phases.last().first().value<FirstBoot::Phase>(), FirstBoot::Phase::Installed);

    QCOMPARE(virDomainIsActive(domain->get()), 1);
    const QString live = takeLibvirtString(virDomainGetXMLDesc(domain->get(), 0));
    QVERIFY(!live.contains(QStringLiteral("volume='nixos.iso'")));
    QVERIFY(live.contains(QStringLiteral("<on_reboot>restart</on_reboot>")));
}

void TestFirstBoot::leavesAloneAStopAirlockAskedFor()
{
    FirstBoot firstBoot(m_hypervisor.get());
    QVERIFY(create(firstBoot, QStringLiteral("reverted")));
    QSignalSpy started(&firstBoot, &FirstBoot::installedSystemStarted);
    QSignalSpy off(&firstBoot, &FirstBoot::phaseChanged);
    firstBoot.expectStop();
    const auto domain = m_hypervisor->connection().domain(QStringLiteral("reverted"));
    QCOMPARE(virDomainShutdown(domain->get()), 0);
    QVERIFY(off.wait(5000));
    QCOMPARE(firstBoot.phase(), FirstBoot::Phase::Off);
    QVERIFY(!started.wait(300));
    QCOMPARE(virDomainIsActive(domain->get()), 0);
}

void TestFirstBoot::leavesAloneAForcedStop()
{
    // The user pulled the plug (virsh destroy, "Force off"): not the end of
    // the installation, so nothing starts.
    FirstBoot firstBoot(m_hypervisor.get());
    QVERIFY(create(firstBoot, QStringLiteral("forced")));
    QSignalSpy started(&firstBoot, &FirstBoot::installedSystemStarted);
    QSignalSpy off(&firstBoot, &FirstBoot::phaseChanged);
    const auto domain = m_hypervisor->connection().domain(QStringLiteral("forced"));
    QCOMPARE(virDomainDestroy(domain->get()), 0);
    QVERIFY(off.wait(5000));
    QCOMPARE(firstBoot.phase(), FirstBoot::Phase::Off);
    QVERIFY(!started.wait(300));
    QCOMPARE(virDomainIsActive(domain->get()), 0);
}

void TestFirstBoot::leavesAloneAStopOfTheInstalledSystem()
{
    FirstBoot firstBoot(m_hypervisor.get());
    QVERIFY(create(firstBoot, QStringLiteral("settled")));
    const auto domain = m_hypervisor->connection().domain(QStringLiteral("settled"));
    QSignalSpy started(&firstBoot, &FirstBoot::installedSystemStarted);
    QCOMPARE(virDomainShutdown(domain->get()), 0);
    QVERIFY(started.wait(5000));
    // The installed system shuts down: it stays off.
    QSignalSpy phases(&firstBoot, &FirstBoot::phaseChanged);
    QCOMPARE(virDomainShutdown(domain->get()), 0);
    QVERIFY(phases.wait(5000));
    QCOMPARE(firstBoot.phase(), FirstBoot::Phase::Off);
    QVERIFY(!started.wait(300));
    QCOMPARE(virDomainIsActive(domain->get()), 0);
}

void TestFirstBoot::saysWhyTheInstalledSystemDidNotStart()
{
    // Connected before FirstBoot, so it runs first: the VM is gone by the
    // time FirstBoot starts it.
    connect(m_hypervisor.get(), &Hypervisor::domainLifecycleChanged, this,
            [this](const QString &name, Hypervisor::DomainEvent event, int) {
                if (event != Hypervisor::DomainEvent::Stopped)
                    return;
                const auto domain = m_hypervisor->connection().domain(name);
                if (domain)
                    virDomainUndefine(domain->get());
            });
    FirstBoot firstBoot(m_hypervisor.get());
    QVERIFY(create(firstBoot, QStringLiteral("vanishes")));
    QSignalSpy failed(&firstBoot, &FirstBoot::startFailed);
    const auto domain = m_hypervisor->connection().domain(QStringLiteral("vanishes"));
    QCOMPARE(virDomainShutdown(domain->get()), 0);
    QVERIFY(failed.wait(5000));
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.startsWith(QStringLiteral("The installer finished, but the installed system "
                                              "could not be started: ")),
             qPrintable(reason));
    QVERIFY(reason.endsWith(QStringLiteral("Start the VM again; it boots from its disk.")));
}

QTEST_GUILESS_MAIN(TestFirstBoot)
#include "tst_firstboot.moc"
