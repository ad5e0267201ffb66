// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "hypervisor/libvirthandles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcessEnvironment>
#include <QProcess>
#include <QTest>

#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Airlock::Test {

VmSpec provisionSpec(const QString &name)
{
    VmSpec spec;
    spec.name = name;
    spec.storagePool = QStringLiteral("vms");
    spec.accelerator = Accelerator::Tcg;
    spec.cpuMode = CpuMode::Maximum;
    spec.iso = IsoSource::poolVolume(QStringLiteral("vms"), QStringLiteral("nixos.iso"));
    return spec;
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(AIRLOCK_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool regenerating()
{
    return qEnvironmentVariableIntValue("AIRLOCK_REGENERATE") == 1;
}

int runProgram(const QString &program, const QStringList &arguments, QString *output,
               const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return -1;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString virsh(const QString &uri, const QStringList &arguments, int *exitCode)
{
    QString output;
    const int code
            = runProgram(QStringLiteral("virsh"),
                         QStringList {QStringLiteral("-q"), QStringLiteral("-c"), uri} + arguments,
                         &output, {}, 120000);
    if (exitCode)
        *exitCode = code;
    return output;
}

std::optional<QString> schemaProblem(const QString &xml, const QString &schema)
{
    QTemporaryDir directory;
    const QString fileName = directory.filePath(QStringLiteral("document.xml"));
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml.toUtf8()) < 0)
        return QStringLiteral("cannot write %1").arg(fileName);
    file.close();
    QString output;
    const int code = runProgram(QStringLiteral("virt-xml-validate"), {fileName, schema}, &output);
    if (code != 0)
        return output;
    return std::nullopt;
}

int libvirtdPid(const QString &fixtureDirectory)
{
    QFile file(fixtureDirectory + QLatin1String("/libvirtd.pid"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : 0;
}

int inDaemonNamespace(const QString &fixtureDirectory, const QStringList &command)
{
    QString output;
    return runProgram(QStringLiteral("nsenter"),
                      QStringList {QStringLiteral("-t"),
                                   QString::number(libvirtdPid(fixtureDirectory)),
                                   QStringLiteral("-m"), QStringLiteral("--")}
                              + command,
                      &output);
}

RealDaemon realDaemon()
{
    RealDaemon daemon;
    daemon.directory = qEnvironmentVariable("AIRLOCK_FIXTURE_DIR");
    if (daemon.directory.isEmpty()) {
        daemon.skipReason = QStringLiteral("not run under ctest's libvirtd fixture "
                                           "(AIRLOCK_FIXTURE_DIR is not set)");
        return daemon;
    }
    QFile skipped(daemon.directory + QLatin1String("/skipped"));
    if (skipped.open(QIODevice::ReadOnly)) {
        daemon.skipReason = QString::fromUtf8(skipped.readAll()).trimmed();
        return daemon;
    }
    daemon.uri = qEnvironmentVariable("AIRLOCK_TEST_URI");
    if (daemon.uri.isEmpty()) {
        daemon.skipReason = QStringLiteral("AIRLOCK_TEST_URI is not set");
        return daemon;
    }
    QFile kvm(daemon.directory + QLatin1String("/kvm"));
    if (!kvm.open(QIODevice::ReadOnly)) {
        daemon.uri.clear();
        daemon.skipReason = QStringLiteral("the libvirtd fixture wrote no %1").arg(kvm.fileName());
        return daemon;
    }
    daemon.kvm.record = QString::fromUtf8(kvm.readAll()).trimmed();
    const QString word = daemon.kvm.record.section(QLatin1Char(':'), 0, 0);
    static const QHash<QString, FixtureKvm::State> states {
            {QStringLiteral("available"), FixtureKvm::State::Available},
            {QStringLiteral("offered"), FixtureKvm::State::Offered},
            {QStringLiteral("absent"), FixtureKvm::State::Absent},
            {QStringLiteral("hidden"), FixtureKvm::State::Hidden},
    };
    if (!states.contains(word)) {
        daemon.uri.clear();
        daemon.skipReason = QStringLiteral("the libvirtd fixture's KVM record is not understood: ")
                            + daemon.kvm.record;
        return daemon;
    }
    daemon.kvm.state = states.value(word);
    return daemon;
}

StuckSmtRoot::StuckSmtRoot()
    : m_control(m_root.filePath(QStringLiteral("sys/devices/system/cpu/smt/control")))
{
    m_valid = m_root.isValid() && QDir().mkpath(QFileInfo(m_control).path())
              && ::mkfifo(QFile::encodeName(m_control).constData(), 0600) == 0;
}

StuckSmtRoot::~StuckSmtRoot()
{
    release();
}

bool StuckSmtRoot::release()
{
    if (!m_valid || m_released)
        return false;
    m_released = true;
    // Opening the write end frees a reader blocked in open(); without one
    // waiting, a non-blocking open fails and nothing is lost.
    const int writer = ::open(QFile::encodeName(m_control).constData(), O_WRONLY | O_NONBLOCK);
    if (writer >= 0)
        ::close(writer);
    // A reader not there yet must not block either.
    const QString plain = m_control + QLatin1String(".plain");
    QFile file(plain);
    if (file.open(QIODevice::WriteOnly))
        file.close();
    ::rename(QFile::encodeName(plain).constData(), QFile::encodeName(m_control).constData());
    return writer >= 0;
}

bool integrationRequired()
{
    return qEnvironmentVariableIntValue("AIRLOCK_REQUIRE_INTEGRATION") == 1;
}

bool writeStandInIso(const QString &path, qsizetype bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray image(bytes, '\0');
    image.replace(0x8001, 5, "CD001");
    return file.write(image) == image.size();
}

VmSpec smallEmulatedSpec(const QString &name)
{
    VmSpec spec;
    spec.name = name;
    spec.firmware = Firmware::Bios;
    spec.accelerator = Accelerator::Tcg;
    spec.cpuMode = CpuMode::Maximum;
    spec.vcpus = 1;
    spec.memoryMiB = VmSpec::minimumMemoryMiB;
    spec.diskGiB = VmSpec::minimumDiskGiB;
    return spec;
}

QString createTestPool(const Connection &connection, const QString &name)
{
    const QString xml = QStringLiteral("<pool type='dir'><name>%1</name>"
                                       "<target><path>/var/lib/libvirt/images/%1</path></target>"
                                       "</pool>")
                                .arg(name);
    StoragePoolHandle pool(virStoragePoolDefineXML(connection.get(), xml.toUtf8().constData(), 0));
    if (!pool || virStoragePoolBuild(pool.get(), 0) < 0 || virStoragePoolCreate(pool.get(), 0) < 0)
        return QStringLiteral("pool %1: %2").arg(name, LibvirtError::last().message);
    return {};
}

void removeTestPool(const Connection &connection, const QString &name)
{
    const auto pool = connection.storagePool(name);
    if (!pool) {
        virResetLastError();
        return;
    }
    for (const QString &volume : connection.volumeNames(name).value_or(QStringList())) {
        if (const auto handle = connection.volume(name, volume))
            virStorageVolDelete(handle->get(), 0);
    }
    virStoragePoolDestroy(pool->get());
    virStoragePoolDelete(pool->get(), 0);
    virStoragePoolUndefine(pool->get());
    virResetLastError();
}

QStringList inventory(const Connection &connection)
{
    QStringList items;
    virDomainPtr *domains = nullptr;
    const int domainCount = virConnectListAllDomains(connection.get(), &domains, 0);
    for (int i = 0; i < domainCount; ++i) {
        const DomainHandle domain(domains[i]);
        int state = 0;
        virDomainGetState(domain.get(), &state, nullptr, 0);
        const QString xml
                = takeLibvirtString(virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE));
        items.append(QStringLiteral("domain %1 state %2 xml %3")
                             .arg(QString::fromUtf8(virDomainGetName(domain.get())))
                             .arg(state)
                             .arg(qHash(xml)));
    }
    free(domains);
    virNetworkPtr *networks = nullptr;
    const int networkCount = virConnectListAllNetworks(connection.get(), &networks, 0);
    for (int i = 0; i < networkCount; ++i) {
        const NetworkHandle network(networks[i]);
        int autostart = 0;
        virNetworkGetAutostart(network.get(), &autostart);
        items.append(QStringLiteral("network %1 active %2 autostart %3")
                             .arg(QString::fromUtf8(virNetworkGetName(network.get())))
                             .arg(virNetworkIsActive(network.get()))
                             .arg(autostart));
    }
    free(networks);
    virStoragePoolPtr *pools = nullptr;
    const int poolCount = virConnectListAllStoragePools(connection.get(), &pools, 0);
    for (int i = 0; i < poolCount; ++i) {
        const StoragePoolHandle pool(pools[i]);
        const QString name = QString::fromUtf8(virStoragePoolGetName(pool.get()));
        items.append(QStringLiteral("pool %1 active %2")
                             .arg(name)
                             .arg(virStoragePoolIsActive(pool.get())));
        if (const auto volumes = connection.volumeNames(name)) {
            for (const QString &volume : *volumes)
                items.append(QStringLiteral("volume %1/%2").arg(name, volume));
        }
    }
    free(pools);
    items.sort();
    return items;
}

} // namespace Airlock::Test

namespace Airlock {

char *toString(CpuMode value)
{
    return QTest::toString(jsonName(value));
}

char *toString(Accelerator value)
{
    return QTest::toString(jsonName(value));
}

char *toString(Firmware value)
{
    return QTest::toString(jsonName(value));
}

char *toString(NetworkMode value)
{
    return QTest::toString(jsonName(value));
}

char *toString(Preset value)
{
    return QTest::toString(ExposureCatalogue::presetKey(value));
}

char *toString(Risk value)
{
    return QTest::toString(ExposureCatalogue::riskTitle(value));
}

char *toString(ExposureId value)
{
    return QTest::toString(QLatin1String(ExposureCatalogue::entry(value).key));
}

char *toString(CheckStatus value)
{
    return QTest::toString(HostCheck::statusKey(value));
}

} // namespace Airlock
