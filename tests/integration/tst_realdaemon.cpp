// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
#include "hypervisor/capabilities.h"
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "testsupport.h"

#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::VmSpec)

namespace {

const QString s_pool = QStringLiteral("airlock-test-pool");

} // namespace

// The writer's XML against real libvirt and QEMU: what the test driver
// accepts, QEMU must also run.
class TestRealDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reportsItsSecurityModels();
    void runsTheWrittenDomain_data();
    void runsTheWrittenDomain();

private:
    Connection m_connection;
    Test::FixtureKvm m_kvm;
};

void TestRealDaemon::initTestCase()
{
    const Test::RealDaemon daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(daemon);
    Hypervisor::initializeLibvirt();
    const auto connection = Connection::open(daemon.uri);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = *connection;
    m_kvm = daemon.kvm;

    const QString poolError = Test::createTestPool(m_connection, s_pool);
    QVERIFY2(poolError.isEmpty(), qPrintable(poolError));
}

void TestRealDaemon::cleanupTestCase()
{
    if (!m_connection.isValid())
        return;
    Test::removeTestPool(m_connection, s_pool);
}

void TestRealDaemon::reportsItsSecurityModels()
{
    const auto xml = m_connection.capabilitiesXml();
    QVERIFY(xml);
    const auto capabilities = HostCapabilities::parse(*xml);
    QVERIFY(capabilities);
    QCOMPARE(capabilities->hostArch, QStringLiteral("x86_64"));
    // These build machines have no SELinux: libvirt offers "none" and "dac".
    QVERIFY(capabilities->offersSecurityModel(QStringLiteral("dac")));
    QVERIFY(capabilities->virtTypes.contains(QStringLiteral("qemu")));
    QCOMPARE(DomainTarget::fromCapabilities(*capabilities).selinux, capabilities->offersSelinux());
}

void TestRealDaemon::runsTheWrittenDomain_data()
{
    QTest::addColumn<VmSpec>("spec");

    VmSpec bios;
    bios.name = QStringLiteral("airlock-test-bios");
    bios.firmware = Firmware::Bios;
    bios.storagePool = s_pool;
    bios.diskGiB = 10;
    bios.memoryMiB = 1536;
    bios.network.mode = NetworkMode::None;
    QTest::newRow("BIOS, KVM where a guest with the host's CPU runs") << bios;

    // UEFI guests run under emulation on every machine: OVMF under some
    // machines' nested KVM fails (DESIGN.md).
    VmSpec uefi = bios;
    uefi.name = QStringLiteral("airlock-test-uefi");
    uefi.firmware = Firmware::Uefi;
    uefi.accelerator = Accelerator::Tcg;
    uefi.cpuMode = CpuMode::Maximum;
    uefi.exposure.tpm = true;
    uefi.exposure.audio = true;
    QTest::newRow("UEFI under TCG, with TPM and sound") << uefi;
}

void TestRealDaemon::runsTheWrittenDomain()
{
    QFETCH(VmSpec, spec);
    const auto target = DomainTarget::query(m_connection, {});
    QVERIFY(target);
    QVERIFY2(target->kvm == m_kvm.offered(), qPrintable(m_kvm.record));
    // Where libvirt offers KVM but this machine's KVM runs no guest with the
    // host's CPU (AIRLOCK_FIXTURE_KVM=on on such a machine), the guest is
    // emulated: no CPU mode Airlock writes would start.
    if (!m_kvm.runsHostCpuGuests() && spec.accelerator != Accelerator::Tcg) {
        spec.accelerator = Accelerator::Tcg;
        spec.cpuMode = CpuMode::Maximum;
    }
    QVERIFY(spec.validate({0, 0, target->kvm}).isEmpty());

    const auto pool = m_connection.storagePool(s_pool);
    QVERIFY(pool);
    StorageVolumeHandle volume(virStorageVolCreateXML(
            pool->get(), DomainXml::diskVolume(spec).toUtf8().constData(), 0));
    QVERIFY2(volume, qPrintable(LibvirtError::last().message));

    const auto xml = DomainXml::domain(spec, *target);
    QVERIFY(xml);
    DomainHandle domain(virDomainDefineXML(m_connection.get(), xml->toUtf8().constData()));
    QVERIFY2(domain, qPrintable(LibvirtError::last().message));
    const int started = virDomainCreate(domain.get());
    const QString startError = started == 0 ? QString() : LibvirtError::last().message;
    int state = 0;
    virDomainGetState(domain.get(), &state, nullptr, 0);

    // Clean up before judging, so a failure leaves nothing behind.
    virDomainDestroy(domain.get());
    const int undefined = virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_NVRAM
                                                                       | VIR_DOMAIN_UNDEFINE_TPM);
    virStorageVolDelete(volume.get(), 0);

    QVERIFY2(started == 0, qPrintable(startError));
    QCOMPARE(state, int(VIR_DOMAIN_RUNNING));
    QCOMPARE(undefined, 0);
}

QTEST_GUILESS_MAIN(TestRealDaemon)
#include "tst_realdaemon.moc"
