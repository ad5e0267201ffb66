// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/hypervisor.h"
#include "hypervisor/xmlelement.h"
#include "proof/isolationproof.h"
#include "provision/creationplan.h"
#include "provision/firstboot.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

namespace {

const QString s_name = QStringLiteral("airlock-test-firstboot");
const QByteArray s_installed = "AIRLOCK-INSTALLED";
const QByteArray s_booted = "AIRLOCK-BOOTED-FROM-DISK";

// The disk's boot sector, as the "installer" writes it: it writes the
// second marker to sector 3 of the disk it booted from, then halts.
const char *const s_diskBootSector = R"(
    .code16
    .globl _start
_start:
    cli
    xor %ax, %ax
    mov %ax, %ds
    mov %ax, %es
    mov %ax, %ss
    mov $0x7c00, %sp
    sti
    mov $0x0301, %ax        # write one sector
    mov $0x0003, %cx        # cylinder 0, sector 3
    xor %dh, %dh            # head 0; %dl is the drive the BIOS booted
    mov $marker, %bx
    int $0x13
halt:
    cli
    hlt
    jmp halt
marker:
    .ascii "AIRLOCK-BOOTED-FROM-DISK"
    .fill 510 - (. - _start), 1, 0
    .word 0xaa55
)";

// The "installer", booted from the CD (El Torito, no emulation, loaded at
// 0x7c00): after two seconds (so the host sees it run) it writes the disk's
// boot sector and the first marker to the first hard disk, then resets the
// machine, as an installer reboots at its end.
const char *const s_installer = R"(
    .code16
    .globl _start
_start:
    cli
    ljmp $0, $start
start:
    xor %ax, %ax
    mov %ax, %ds
    mov %ax, %es
    mov %ax, %ss
    mov $0x7c00, %sp
    sti
    mov $0x86, %ah          # wait 0x1e8480 us
    mov $0x001e, %cx
    mov $0x8480, %dx
    int $0x15
    mov $0x0302, %ax        # write two sectors
    mov $0x0001, %cx        # from cylinder 0, sector 1
    xor %dh, %dh
    mov $0x80, %dl          # the first hard disk
    mov $payload, %bx
    int $0x13
    mov $0xfe, %al          # reset: the keyboard controller's line,
    out %al, $0x64
    mov $0x06, %al          # then the chipset's
    mov $0xcf9, %dx
    out %al, %dx
1:
    hlt
    jmp 1b
    .balign 512, 0
payload:
    .incbin "disk.bin"
    .ascii "AIRLOCK-INSTALLED"
    .balign 512, 0
    .fill 512, 1, 0
)";

const XmlElement *cdromOf(const XmlElement &domain)
{
    for (const XmlElement *disk : domain.allAt(QStringLiteral("devices/disk"))) {
        if (disk->attribute(QStringLiteral("device")) == QLatin1String("cdrom"))
            return disk;
    }
    return nullptr;
}

QString diskBootOrder(const XmlElement &domain)
{
    for (const XmlElement *disk : domain.allAt(QStringLiteral("devices/disk"))) {
        if (disk->attribute(QStringLiteral("device")) == QLatin1String("disk")) {
            const XmlElement *boot = disk->child(QStringLiteral("boot"));
            return boot ? boot->attribute(QStringLiteral("order")) : QString();
        }
    }
    return {};
}

} // namespace

// The two-phase install on the real daemon, with a guest that "installs":
// creation starts the install-time definition (the ISO booted, on_reboot
// destroy); the guest writes a boot sector to the disk and resets; the VM
// stops by itself; FirstBoot starts the persistent definition, which boots
// the disk with the CD drive empty; the audit says "installer removed".
class TestFirstBootRealDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theInstalledSystemBootsFromItsDisk();

private:
    bool assemble(const char *source, const QString &name);
    QByteArray diskSector(int sector);
    void removeVm();

    QString m_uri;
    QString m_fixture; // the daemon's files (tools/libvirtd-fixture)
    QTemporaryDir m_directory;
    QString m_iso;
    QString m_diskPath;
    std::unique_ptr<Hypervisor> m_hypervisor;
};

bool TestFirstBootRealDaemon::assemble(const char *source, const QString &name)
{
    QFile file(m_directory.filePath(name + QLatin1String(".S")));
    if (!file.open(QIODevice::WriteOnly) || file.write(source) < 0)
        return false;
    file.close();
    const QString object = m_directory.filePath(name + QLatin1String(".o"));
    QString output;
    if (Test::runProgram(QStringLiteral("as"),
                         {QStringLiteral("--32"), QStringLiteral("-I"), m_directory.path(),
                          QStringLiteral("-o"), object, file.fileName()},
                         &output)
        != 0) {
        qWarning("as: %s", qPrintable(output));
        return false;
    }
    if (Test::runProgram(QStringLiteral("ld"),
                         {QStringLiteral("-m"), QStringLiteral("elf_i386"),
                          QStringLiteral("-Ttext=0x7c00"), QStringLiteral("--oformat"),
                          QStringLiteral("binary"), QStringLiteral("-e"), QStringLiteral("_start"),
                          QStringLiteral("-o"), m_directory.filePath(name + QLatin1String(".bin")),
                          object},
                         &output)
        != 0) {
        qWarning("ld: %s", qPrintable(output));
        return false;
    }
    return true;
}

void TestFirstBootRealDaemon::initTestCase()
{
    const Test::RealDaemon daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(daemon);
    m_uri = daemon.uri;
    m_fixture = daemon.directory;
    Hypervisor::initializeLibvirt();
    QVERIFY(m_directory.isValid());

    QElapsedTimer built;
    built.start();
    QVERIFY2(assemble(s_diskBootSector, QStringLiteral("disk")), "binutils missing: tools/setup");
    QVERIFY(assemble(s_installer, QStringLiteral("installer")));
    QCOMPARE(QFileInfo(m_directory.filePath(QStringLiteral("disk.bin"))).size(), 512);
    QVERIFY(QDir(m_directory.path()).mkdir(QStringLiteral("root")));
    QVERIFY(QFile::copy(m_directory.filePath(QStringLiteral("installer.bin")),
                        m_directory.filePath(QStringLiteral("root/boot.bin"))));
    m_iso = m_directory.filePath(QStringLiteral("airlock-firstboot-installer.iso"));
    QString output;
    QVERIFY2(Test::runProgram(QStringLiteral("xorriso"),
                              {QStringLiteral("-as"), QStringLiteral("mkisofs"),
                               QStringLiteral("-quiet"), QStringLiteral("-o"), m_iso,
                               QStringLiteral("-b"), QStringLiteral("boot.bin"),
                               QStringLiteral("-no-emul-boot"), QStringLiteral("-boot-load-size"),
                               QStringLiteral("4"), m_directory.filePath(QStringLiteral("root"))},
                              &output)
                     == 0,
             qPrintable(QStringLiteral("xorriso (tools/setup installs it): ") + output));
    qInfo("built the installer ISO in %lld ms", built.elapsed());

    removeVm(); // a run that died halfway
    m_hypervisor = std::make_unique<Hypervisor>();
    QSignalSpy opened(m_hypervisor.get(), &Hypervisor::opened);
    m_hypervisor->open(m_uri);
    QVERIFY(opened.wait(30000));
}

void TestFirstBootRealDaemon::cleanupTestCase()
{
    if (m_uri.isEmpty())
        return;
    m_hypervisor.reset();
    removeVm();
}

void TestFirstBootRealDaemon::removeVm()
{
    Test::virsh(m_uri, {QStringLiteral("destroy"), s_name});
    Test::virsh(m_uri, {QStringLiteral("undefine"), QStringLiteral("--nvram"), s_name});
    Test::virsh(m_uri, {QStringLiteral("vol-delete"), QStringLiteral("--pool"),
                        QStringLiteral("default"), s_name + QLatin1String(".qcow2")});
    Test::virsh(m_uri,
                {QStringLiteral("vol-delete"), QStringLiteral("--pool"), QStringLiteral("default"),
                 QStringLiteral("airlock-firstboot-installer.iso")});
}

// One 512-byte sector of the guest's disk, read while QEMU may hold it.
QByteArray TestFirstBootRealDaemon::diskSector(int sector)
{
    const QString out = m_directory.filePath(QStringLiteral("sectors.raw"));
    QFile::remove(out);
    QString output;
    if (Test::runProgram(QStringLiteral("qemu-img"),
                         {QStringLiteral("dd"), QStringLiteral("-U"), QStringLiteral("-f"),
                          QStringLiteral("qcow2"), QStringLiteral("-O"), QStringLiteral("raw"),
                          QStringLiteral("bs=512"), QStringLiteral("count=%1").arg(sector + 1),
                          QStringLiteral("if=") + m_diskPath, QStringLiteral("of=") + out},
                         &output)
        != 0) {
        qWarning("qemu-img: %s", qPrintable(output));
        return {};
    }
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().mid(sector * 512, 512);
}

void TestFirstBootRealDaemon::theInstalledSystemBootsFromItsDisk()
{
    QElapsedTimer total;
    total.start();
    VmSpec spec;
    spec.name = s_name;
    spec.accelerator = Accelerator::Tcg; // a boot sector needs no KVM; TCG runs everywhere
    spec.cpuMode = CpuMode::Maximum;
    spec.firmware = Firmware::Bios;
    spec.memoryMiB = VmSpec::minimumMemoryMiB;
    spec.diskGiB = VmSpec::minimumDiskGiB;
    spec.network.mode = NetworkMode::None;
    spec.iso = IsoSource::file(m_iso);

    // The events of the whole run, with libvirt's detail of each stop.
    QList<int> stops;
    connect(m_hypervisor.get(), &Hypervisor::domainLifecycleChanged, this,
            [&stops](const QString &name, Hypervisor::DomainEvent event, int detail) {
                if (name == s_name && event == Hypervisor::DomainEvent::Stopped)
                    stops.append(detail);
            });

    CreationPlan plan(spec);
    QElapsedTimer stepTimer;
    QHash<int, qint64> stepMs;
    CreationPlan::Callbacks callbacks;
    callbacks.started = [&stepTimer](int) { stepTimer.start(); };
    callbacks.finished = [&stepTimer, &stepMs](int step, const QString &) {
        stepMs.insert(step, stepTimer.elapsed());
    };
    std::atomic_bool cancel {false};
    const auto result = plan.run(m_hypervisor->connection(), callbacks, cancel);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
    qInfo("define %lld ms, start (createXML of the install-time definition) %lld ms",
          stepMs.value(int(CreationStepId::Define)), stepMs.value(int(CreationStepId::Start)));

    const auto domain = m_hypervisor->connection().domain(s_name);
    QVERIFY(domain);
    const auto volume = m_hypervisor->connection().volume(QStringLiteral("default"),
                                                          s_name + QLatin1String(".qcow2"));
    QVERIFY(volume);
    // The daemon sees its own /var/lib/libvirt, which is the fixture's lib/.
    m_diskPath = takeLibvirtString(virStorageVolGetPath(volume->get()));
    const QString daemonLib = QStringLiteral("/var/lib/libvirt/");
    if (m_diskPath.startsWith(daemonLib))
        m_diskPath = m_fixture + QLatin1String("/lib/") + m_diskPath.mid(daemonLib.size());
    QVERIFY2(QFile::exists(m_diskPath), qPrintable(m_diskPath));

    // The installer runs: the live XML boots the ISO and stops on reboot,
    // the persistent one boots the disk with the CD drive empty.
    FirstBoot firstBoot(m_hypervisor.get());
    QSignalSpy phases(&firstBoot, &FirstBoot::phaseChanged);
    QSignalSpy started(&firstBoot, &FirstBoot::installedSystemStarted);
    QSignalSpy failed(&firstBoot, &FirstBoot::startFailed);
    firstBoot.watch(result->domainName, result->spec);
    QVERIFY(phases.wait(10000));
    QCOMPARE(firstBoot.phase(), FirstBoot::Phase::InstallerRunning);
    QCOMPARE(virDomainIsPersistent(domain->get()), 1);
    const auto inactive = XmlElement::parse(
            takeLibvirtString(virDomainGetXMLDesc(domain->get(), VIR_DOMAIN_XML_INACTIVE)));
    QVERIFY(inactive && cdromOf(*inactive));
    QVERIFY(!cdromOf(*inactive)->child(QStringLiteral("source")));
    QCOMPARE(diskBootOrder(*inactive), QStringLiteral("1"));

    // It stops by itself (the guest's reset, on_reboot destroy), and the
    // installed system is started.
    QElapsedTimer installing;
    installing.start();
    QVERIFY2(started.wait(60000),
             qPrintable(failed.isEmpty() ? QStringLiteral("the installed system did not start")
                                         : failed.first().first().toString()));
    qInfo("the installer ran and the installed system started %lld ms after creation; stop "
          "detail(s): %s",
          installing.elapsed(), qPrintable(QString::number(stops.value(0, -1))));
    QCOMPARE(stops.size(), 1);
    QCOMPARE(stops.first(), int(VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN));
    QCOMPARE(firstBoot.phase(), FirstBoot::Phase::Installed);

    const auto live = XmlElement::parse(takeLibvirtString(virDomainGetXMLDesc(domain->get(), 0)));
    QVERIFY(live && cdromOf(*live));
    QVERIFY2(!cdromOf(*live)->child(QStringLiteral("source")),
             "the running VM's CD drive still holds the ISO");
    QCOMPARE(diskBootOrder(*live), QStringLiteral("1"));
    QCOMPARE(live->child(QStringLiteral("on_reboot"))->text, QStringLiteral("restart"));

    // What the guest wrote: the installer's marker, then the disk's own.
    QByteArray booted;
    for (int attempt = 0; attempt < 120 && !booted.startsWith(s_booted); ++attempt) {
        booted = diskSector(2);
        if (!booted.startsWith(s_booted))
            QTest::qWait(250);
    }
    QVERIFY2(booted.startsWith(s_booted), "the disk's boot sector did not run");
    QVERIFY(diskSector(1).startsWith(s_installed));
    QCOMPARE(diskSector(0).right(2), QByteArray("\x55\xaa"));

    // And the proof, as --verify reads it: "installer removed".
    const auto proof = IsolationProof::read(m_hypervisor->connection(), s_name, result->spec);
    QVERIFY2(proof, qPrintable(proof ? QString() : proof.error().message));
    const auto installer
            = std::find_if(proof->audit.cbegin(), proof->audit.cend(), [](const AuditCheck &check) {
                  return check.id == QLatin1String("installer");
              });
    QVERIFY(installer != proof->audit.cend());
    QCOMPARE(installer->title, QStringLiteral("Installer removed"));
    QVERIFY(installer->passed);
    qInfo("the whole two-phase run took %lld ms", total.elapsed());
}

QTEST_GUILESS_MAIN(TestFirstBootRealDaemon)
#include "tst_firstboot_realdaemon.moc"
