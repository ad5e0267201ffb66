// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "hypervisor/xmlelement.h"
#include "provision/snapshots.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Airlock;

namespace {

const QString s_pool = QStringLiteral("airlock-snapshot-pool");
const QString s_iso = QStringLiteral("tiny.iso");

// The source of the VM's system disk in its live XML: "volume NAME" or "file PATH".
QString systemDiskSource(virDomainPtr domain, unsigned int flags = 0)
{
    const auto xml = XmlElement::parse(takeLibvirtString(virDomainGetXMLDesc(domain, flags)));
    if (!xml)
        return {};
    for (const XmlElement *disk : xml->allAt(QStringLiteral("devices/disk"))) {
        if (disk->attribute(QStringLiteral("device")) != QLatin1String("disk"))
            continue;
        const XmlElement *source = disk->child(QStringLiteral("source"));
        if (!source)
            return {};
        if (disk->attribute(QStringLiteral("type")) == QLatin1String("volume"))
            return QStringLiteral("volume ") + source->attribute(QStringLiteral("volume"));
        return QStringLiteral("file ") + source->attribute(QStringLiteral("file"));
    }
    return {};
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

int stateOf(virDomainPtr domain)
{
    int state = 0;
    virDomainGetState(domain, &state, nullptr, 0);
    return state;
}

// Bytes of a volume's file, through the storage API (as a remote client reads them).
QByteArray download(const Connection &connection, virStorageVolPtr volume, quint64 offset,
                    quint64 length)
{
    StreamHandle stream(virStreamNew(connection.get(), 0));
    if (virStorageVolDownload(volume, stream.get(), offset, length, 0) < 0)
        return {};
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        const int got = virStreamRecv(stream.get(), buffer, sizeof buffer);
        if (got <= 0) {
            if (got == 0)
                virStreamFinish(stream.get());
            else
                virStreamAbort(stream.get());
            break;
        }
        bytes.append(buffer, got);
    }
    return bytes;
}

quint64 bigEndian64(const QByteArray &bytes, int at)
{
    return bytes.size() >= at + 8 ? qFromBigEndian<quint64>(bytes.constData() + at) : 0;
}

// The first `length` bytes the guest sees on the disk whose top file is
// `path`, read from the host: qcow2's first L1 and L2 entries followed down
// the backing chain. Empty when the chain cannot be read.
QByteArray guestDiskStart(const Connection &connection, QString path, int length)
{
    constexpr quint64 offsetMask = 0x00fffffffffffe00ULL;
    for (int depth = 0; depth < 16 && !path.isEmpty(); ++depth) {
        StorageVolumeHandle volume(
                virStorageVolLookupByPath(connection.get(), path.toUtf8().constData()));
        if (!volume)
            return {};
        const QByteArray header = download(connection, volume.get(), 0, 512);
        if (!header.startsWith("QFI\xfb"))
            return download(connection, volume.get(), 0, length); // raw: as the guest sees it
        const quint64 l1
                = bigEndian64(download(connection, volume.get(), bigEndian64(header, 40), 8), 0);
        const quint64 l2
                = l1 & offsetMask
                          ? bigEndian64(download(connection, volume.get(), l1 & offsetMask, 8), 0)
                          : 0;
        if (l2 & 1)
            return QByteArray(length, '\0'); // the cluster reads as zeros
        if (l2 & offsetMask)
            return download(connection, volume.get(), l2 & offsetMask, length);
        // Unallocated here: the guest reads the backing file.
        const quint64 backingOffset = bigEndian64(header, 8);
        const int backingSize = qFromBigEndian<quint32>(header.constData() + 16);
        if (!backingOffset)
            return QByteArray(length, '\0');
        path = QString::fromUtf8(header.mid(int(backingOffset), backingSize));
    }
    return {};
}

QString guestDirectory()
{
    return qEnvironmentVariable("AIRLOCK_SNAPSHOT_GUEST");
}

// The guest's serial console, as virtlogd wrote it.
QString consoleLog(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

enum class Then { Stay, PowerOff };

} // namespace

// Known-good snapshots against the real libvirtd and QEMU (under TCG): an
// internal one on a BIOS VM, a disk-only one on a UEFI VM (libvirt 9.0
// refuses internal snapshots with pflash firmware), and Airlock's own revert
// of the disk-only kind, which libvirt 9.0 cannot do.
class TestSnapshotsRealDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void internalOnBios();
    void diskOnlyOnUefi();
    void diskOnlyRevertKeepsNewerSnapshotsValid();
    void diskOnlyRevertOfAStoppedVmDiscardsTheOverlay();
    void guestWriteIsGoneAfterADiskOnlyRevertOnUefi();
    void guestWriteIsGoneAfterAnInternalRevertOnBios();
    void deletingADiskOnlySnapshotKeepsTheDiskAndNewerSnapshots();

private:
    // Redefines the VM to boot the snapshot guest, which writes `marker` to
    // its disk; returns once it wrote it (Stay) or powered off (PowerOff).
    QString bootGuest(virDomainPtr domain, const QString &marker, Then then);
    QString systemDiskPath(virDomainPtr domain) const;
    DomainHandle defineVm(const QString &name, Firmware firmware);
    QString volumePath(const QString &volume) const;
    QString backingOf(const QString &volume) const;
    QStringList volumes() const;

    Connection m_connection;
    QStringList m_domains;
    QTemporaryDir m_logs;
};

void TestSnapshotsRealDaemon::initTestCase()
{
    const Test::RealDaemon daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(daemon);
    Hypervisor::initializeLibvirt();
    const auto connection = Connection::open(daemon.uri);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = *connection;
    const QString poolError = Test::createTestPool(m_connection, s_pool);
    QVERIFY2(poolError.isEmpty(), qPrintable(poolError));
    // An ISO the firmware finds nothing on: the guests need not boot.
    const auto pool = m_connection.storagePool(s_pool);
    QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().message));
    StorageVolumeHandle iso(virStorageVolCreateXML(
            pool->get(), DomainXml::isoVolume(s_iso, 1024 * 1024).toUtf8().constData(), 0));
    QVERIFY2(iso, qPrintable(LibvirtError::last().message));
}

void TestSnapshotsRealDaemon::cleanup()
{
    for (const QString &name : std::as_const(m_domains)) {
        if (auto domain = m_connection.domain(name)) {
            virDomainDestroy(domain->get());
            virDomainUndefineFlags(domain->get(), VIR_DOMAIN_UNDEFINE_NVRAM
                                                          | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA);
        }
        virResetLastError();
    }
    m_domains.clear();
    if (const auto pool = m_connection.storagePool(s_pool)) {
        for (const QString &volume : volumes()) {
            if (volume == s_iso)
                continue;
            if (auto handle = m_connection.volume(s_pool, volume))
                virStorageVolDelete(handle->get(), 0);
        }
    }
}

void TestSnapshotsRealDaemon::cleanupTestCase()
{
    if (!m_connection.isValid())
        return;
    cleanup();
    Test::removeTestPool(m_connection, s_pool);
}

DomainHandle TestSnapshotsRealDaemon::defineVm(const QString &name, Firmware firmware)
{
    VmSpec spec = Test::smallEmulatedSpec(name);
    spec.firmware = firmware;
    spec.storagePool = s_pool;
    spec.iso = IsoSource::poolVolume(s_pool, s_iso);
    spec.network.mode = NetworkMode::None;
    const auto target = DomainTarget::query(m_connection, {});
    if (!target)
        return {};
    const auto pool = m_connection.storagePool(s_pool);
    StorageVolumeHandle disk(virStorageVolCreateXML(
            pool->get(), DomainXml::diskVolume(spec).toUtf8().constData(), 0));
    if (!disk)
        return {};
    const auto xml = DomainXml::domain(spec, *target);
    DomainHandle domain(virDomainDefineXML(m_connection.get(), xml->toUtf8().constData()));
    if (domain)
        m_domains.append(name);
    return domain;
}

QString TestSnapshotsRealDaemon::volumePath(const QString &volume) const
{
    const auto handle = m_connection.volume(s_pool, volume);
    return handle ? takeLibvirtString(virStorageVolGetPath(handle->get())) : QString();
}

QString TestSnapshotsRealDaemon::backingOf(const QString &volume) const
{
    const auto handle = m_connection.volume(s_pool, volume);
    if (!handle)
        return {};
    const auto xml
            = XmlElement::parse(takeLibvirtString(virStorageVolGetXMLDesc(handle->get(), 0)));
    const XmlElement *path = xml ? xml->at(QStringLiteral("backingStore/path")) : nullptr;
    return path ? path->text : QString();
}

QStringList TestSnapshotsRealDaemon::volumes() const
{
    if (auto pool = m_connection.storagePool(s_pool))
        virStoragePoolRefresh(pool->get(), 0);
    QStringList names = m_connection.volumeNames(s_pool).value_or(QStringList());
    names.sort();
    return names;
}

void TestSnapshotsRealDaemon::internalOnBios()
{
    const QString name = QStringLiteral("airlock-snap-bios");
    DomainHandle domain = defineVm(name, Firmware::Bios);
    QVERIFY2(domain, qPrintable(LibvirtError::last().message));
    QCOMPARE(virDomainCreate(domain.get()), 0);

    const auto taken = Snapshots::takeKnownGood(m_connection, name);
    QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
    QVERIFY(taken->internalRefusal.isEmpty());
    QCOMPARE(taken->snapshot.kind, SnapshotInfo::Kind::Internal);
    QVERIFY(taken->snapshot.withMemory);
    QCOMPARE(taken->snapshot.state, QStringLiteral("running"));
    // Inside the disk file: no new volume.
    QCOMPARE(volumes(), sorted({name + QLatin1String(".qcow2"), s_iso}));

    // Turned off after the snapshot; the revert brings back the running
    // machine it froze, memory and all.
    QCOMPARE(virDomainDestroy(domain.get()), 0);
    QCOMPARE(stateOf(domain.get()), int(VIR_DOMAIN_SHUTOFF));
    const auto reverted = Snapshots::revert(m_connection, name, QStringLiteral("known-good"));
    QVERIFY2(reverted, qPrintable(reverted ? QString() : reverted.error().message));
    QCOMPARE(stateOf(domain.get()), int(VIR_DOMAIN_RUNNING));
    QVERIFY(reverted->removed.isEmpty());
    QCOMPARE(systemDiskSource(domain.get()),
             QStringLiteral("volume ") + name + QLatin1String(".qcow2"));
}

void TestSnapshotsRealDaemon::diskOnlyOnUefi()
{
    const QString name = QStringLiteral("airlock-snap-uefi");
    const QString base = name + QLatin1String(".qcow2");
    DomainHandle domain = defineVm(name, Firmware::Uefi);
    QVERIFY2(domain, qPrintable(LibvirtError::last().message));
    QCOMPARE(virDomainCreate(domain.get()), 0);

    const auto taken = Snapshots::takeKnownGood(m_connection, name);
    QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
    // libvirt 9.0 refuses the internal kind for pflash firmware (newer ones
    // allow it: then this VM gets an internal snapshot and the rest is moot).
    if (taken->snapshot.kind == SnapshotInfo::Kind::Internal)
        QSKIP("this libvirt takes internal snapshots of UEFI VMs");
    QVERIFY2(taken->internalRefusal.contains(QStringLiteral("pflash")),
             qPrintable(taken->internalRefusal));
    const QString overlay = name + QLatin1String("-known-good.qcow2");
    QCOMPARE(taken->snapshot.kind, SnapshotInfo::Kind::External);
    QCOMPARE(taken->snapshot.disk, QStringLiteral("vda"));
    QCOMPARE(taken->snapshot.base, base);
    QCOMPARE(taken->snapshot.overlay, volumePath(overlay));
    // The disk now writes to the overlay on top of the frozen base; the ISO
    // was left out.
    QCOMPARE(systemDiskSource(domain.get()), QStringLiteral("file ") + volumePath(overlay));
    QCOMPARE(backingOf(overlay), volumePath(base));
    QCOMPARE(stateOf(domain.get()), int(VIR_DOMAIN_RUNNING));

    const auto reverted = Snapshots::revert(m_connection, name, QStringLiteral("known-good"));
    QVERIFY2(reverted, qPrintable(reverted ? QString() : reverted.error().message));
    QVERIFY(reverted->stopped);
    QVERIFY2(reverted->restarted, qPrintable(reverted->restartError));
    QCOMPARE(stateOf(domain.get()), int(VIR_DOMAIN_RUNNING));
    // A fresh overlay on the same base; the one with the changes is gone.
    const QString fresh = name + QLatin1String("-known-good-reverted.qcow2");
    QCOMPARE(volumes(), sorted({base, fresh, s_iso}));
    QCOMPARE(backingOf(fresh), volumePath(base));
    QCOMPARE(systemDiskSource(domain.get()), QStringLiteral("volume ") + fresh);
    QCOMPARE(systemDiskSource(domain.get(), VIR_DOMAIN_XML_INACTIVE),
             QStringLiteral("volume ") + fresh);
    QCOMPARE(reverted->removed.size(), 1);
    QVERIFY(reverted->removed.constFirst().contains(overlay));
    const auto listed = Snapshots::list(m_connection, name);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QVERIFY(listed->constFirst().current);

    // The next snapshot stays disk-only and builds on the fresh overlay.
    const auto again = Snapshots::takeKnownGood(m_connection, name);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(again->snapshot.kind, SnapshotInfo::Kind::External);
    QVERIFY(again->internalRefusal.isEmpty());
    QCOMPARE(again->snapshot.base, fresh);
}

void TestSnapshotsRealDaemon::diskOnlyRevertKeepsNewerSnapshotsValid()
{
    const QString name = QStringLiteral("airlock-snap-tree");
    const QString base = name + QLatin1String(".qcow2");
    DomainHandle domain = defineVm(name, Firmware::Uefi);
    QVERIFY2(domain, qPrintable(LibvirtError::last().message));
    QCOMPARE(virDomainCreate(domain.get()), 0);
    const auto first = Snapshots::takeKnownGood(m_connection, name);
    QVERIFY(first);
    if (first->snapshot.kind == SnapshotInfo::Kind::Internal)
        QSKIP("this libvirt takes internal snapshots of UEFI VMs");
    const auto second = Snapshots::takeKnownGood(m_connection, name);
    QVERIFY(second);
    const QString firstOverlay = name + QLatin1String("-known-good.qcow2");
    const QString secondOverlay = name + QLatin1String("-known-good-2.qcow2");
    QCOMPARE(second->snapshot.base, volumePath(firstOverlay));
    QCOMPARE(backingOf(secondOverlay), volumePath(firstOverlay));

    // Back to the first: the second's frozen state (the first overlay) stays.
    const auto toFirst = Snapshots::revert(m_connection, name, QStringLiteral("known-good"));
    QVERIFY2(toFirst, qPrintable(toFirst ? QString() : toFirst.error().message));
    const QString freshOnBase = name + QLatin1String("-known-good-reverted.qcow2");
    // What was written since the second snapshot is dropped.
    QCOMPARE(volumes(), sorted({base, firstOverlay, freshOnBase, s_iso}));
    QCOMPARE(backingOf(freshOnBase), volumePath(base));
    QCOMPARE(Snapshots::list(m_connection, name)->size(), 2);

    // And forward to the second, which is still whole.
    const auto toSecond = Snapshots::revert(m_connection, name, QStringLiteral("known-good-2"));
    QVERIFY2(toSecond, qPrintable(toSecond ? QString() : toSecond.error().message));
    const QString freshOnFirst = name + QLatin1String("-known-good-2-reverted.qcow2");
    QCOMPARE(volumes(), sorted({base, firstOverlay, freshOnFirst, s_iso}));
    QCOMPARE(backingOf(freshOnFirst), volumePath(firstOverlay));
    QCOMPARE(systemDiskSource(domain.get()), QStringLiteral("volume ") + freshOnFirst);
    QCOMPARE(stateOf(domain.get()), int(VIR_DOMAIN_RUNNING));
}

void TestSnapshotsRealDaemon::diskOnlyRevertOfAStoppedVmDiscardsTheOverlay()
{
    const QString name = QStringLiteral("airlock-snap-stopped");
    DomainHandle domain = defineVm(name, Firmware::Uefi);
    QVERIFY2(domain, qPrintable(LibvirtError::last().message));
    QCOMPARE(virDomainCreate(domain.get()), 0);
    const auto taken = Snapshots::takeKnownGood(m_connection, name);
    QVERIFY(taken);
    if (taken->snapshot.kind == SnapshotInfo::Kind::Internal)
        QSKIP("this libvirt takes internal snapshots of UEFI VMs");
    QCOMPARE(virDomainDestroy(domain.get()), 0);

    // What the VM wrote since the snapshot, written straight into the
    // overlay through the storage API: here it ruins the overlay, so the VM
    // starts again only if the revert really left it behind.
    const QString overlay = name + QLatin1String("-known-good.qcow2");
    const auto volume = m_connection.volume(s_pool, overlay);
    QVERIFY(volume);
    const QByteArray written(4096, 'x');
    StreamHandle stream(virStreamNew(m_connection.get(), 0));
    QCOMPARE(virStorageVolUpload(volume->get(), stream.get(), 0, written.size(), 0), 0);
    QCOMPARE(virStreamSend(stream.get(), written.constData(), written.size()), int(written.size()));
    QCOMPARE(virStreamFinish(stream.get()), 0);
    QVERIFY(virDomainCreate(domain.get()) < 0);
    virResetLastError();

    const auto reverted = Snapshots::revert(m_connection, name, QStringLiteral("known-good"));
    QVERIFY2(reverted, qPrintable(reverted ? QString() : reverted.error().message));
    QVERIFY(!reverted->stopped);
    QVERIFY(!reverted->restarted);
    QCOMPARE(stateOf(domain.get()), int(VIR_DOMAIN_SHUTOFF));
    QVERIFY(!volumes().contains(overlay));
    QCOMPARE(virDomainCreate(domain.get()), 0);
    QCOMPARE(stateOf(domain.get()), int(VIR_DOMAIN_RUNNING));
}

QString TestSnapshotsRealDaemon::systemDiskPath(virDomainPtr domain) const
{
    const QString source = systemDiskSource(domain);
    if (source.startsWith(QLatin1String("volume ")))
        return volumePath(source.mid(7));
    return source.mid(5);
}

QString TestSnapshotsRealDaemon::bootGuest(virDomainPtr domain, const QString &marker, Then then)
{
    const QString directory = guestDirectory();
    QString xml = takeLibvirtString(
            virDomainGetXMLDesc(domain, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE));
    // Direct kernel boot, as the packet lab's guests boot; the firmware is
    // the VM's own (OVMF loads the kernel for UEFI).
    const QString commandLine
            = QStringLiteral("console=ttyS0 quiet snap.marker=%1%2")
                      .arg(marker,
                           then == Then::Stay ? QStringLiteral(" snap.then=stay") : QString());
    const QString boot = QStringLiteral("<kernel>%1/vmlinuz</kernel><initrd>%1/initrd</initrd>"
                                        "<cmdline>%2</cmdline></os>")
                                 .arg(directory.toHtmlEscaped(), commandLine);
    const QString log = m_logs.filePath(marker + QLatin1String(".log"));
    const QString serial = QStringLiteral("<serial type='pty'><log file='%1' append='off'/>"
                                          "</serial></devices>")
                                   .arg(log.toHtmlEscaped());
    // The boot and console of an earlier call go first: libvirt would take
    // the first of each.
    static const QRegularExpression earlier(
            QStringLiteral("<(kernel|initrd|cmdline|serial|console)[ >].*?</\\1>"),
            QRegularExpression::DotMatchesEverythingOption);
    xml.remove(earlier);
    xml.replace(QLatin1String("</os>"), boot).replace(QLatin1String("</devices>"), serial);
    DomainHandle redefined(virDomainDefineXML(m_connection.get(), xml.toUtf8().constData()));
    if (!redefined || virDomainCreate(domain) < 0)
        return LibvirtError::last().message;
    const QString wrote = QStringLiteral("AIRLOCK-SNAPSHOT-GUEST wrote ") + marker;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 240'000) {
        const bool running = stateOf(domain) == VIR_DOMAIN_RUNNING;
        if ((then == Then::Stay && consoleLog(log).contains(wrote))
            || (then == Then::PowerOff && !running)) {
            qInfo("%s: the guest wrote its marker after %lld ms", qPrintable(marker),
                  timer.elapsed());
            return consoleLog(log).contains(wrote) ? QString() : consoleLog(log);
        }
        QTest::qWait(250);
    }
    return QStringLiteral("the guest did not finish in time: ") + consoleLog(log);
}

// The user's case: a guest wrote to its disk after the snapshot, and the
// revert, days later, wipes it out. UEFI: disk-only, with the firmware
// settings (NVRAM) back at the template's.
void TestSnapshotsRealDaemon::guestWriteIsGoneAfterADiskOnlyRevertOnUefi()
{
    if (!QFile::exists(guestDirectory() + QLatin1String("/vmlinuz")))
        QSKIP(qPrintable(QStringLiteral("no snapshot guest: ")
                         + consoleLog(guestDirectory() + QLatin1String("/skipped"))));
    const QString name = QStringLiteral("airlock-snap-guest-uefi");
    DomainHandle domain = defineVm(name, Firmware::Uefi);
    QVERIFY2(domain, qPrintable(LibvirtError::last().message));
    const QByteArray before = "AIRLOCK-BEFORE";
    const QByteArray after = "AIRLOCK-AFTER!";
    QString problem = bootGuest(domain.get(), QString::fromLatin1(before), Then::Stay);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(guestDiskStart(m_connection, systemDiskPath(domain.get()), before.size()), before);
    // Where the firmware keeps its settings, and their template (the live
    // definition says).
    const auto live = XmlElement::parse(takeLibvirtString(virDomainGetXMLDesc(domain.get(), 0)));
    const XmlElement *nvram = live ? live->at(QStringLiteral("os/nvram")) : nullptr;
    QVERIFY(nvram);
    // The daemon's /var/lib/libvirt is the fixture's lib/ (its own mount namespace).
    QString nvramPath = nvram->text.trimmed();
    if (nvramPath.startsWith(QLatin1String("/var/lib/libvirt/")))
        nvramPath.replace(0, 16, Test::realDaemon().directory + QLatin1String("/lib"));
    QFile nvramFile(nvramPath);
    QFile templateFile(nvram->attribute(QStringLiteral("template")));

    const auto taken = Snapshots::takeKnownGood(m_connection, name);
    QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
    if (taken->snapshot.kind == SnapshotInfo::Kind::Internal)
        QSKIP("this libvirt takes internal snapshots of running UEFI VMs");
    QVERIFY(taken->snapshot.firmwareSettings);
    QCOMPARE(virDomainDestroy(domain.get()), 0);

    // Days later the guest writes over it, and shuts down.
    problem = bootGuest(domain.get(), QString::fromLatin1(after), Then::PowerOff);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString written = systemDiskPath(domain.get());
    QCOMPARE(guestDiskStart(m_connection, written, after.size()), after);
    QVERIFY2(templateFile.open(QIODevice::ReadOnly), qPrintable(templateFile.fileName()));
    const QByteArray defaults = templateFile.readAll();
    QVERIFY2(nvramFile.open(QIODevice::ReadOnly), qPrintable(nvramFile.fileName()));
    QVERIFY2(nvramFile.readAll() != defaults, "the firmware wrote no settings");
    nvramFile.close();

    QElapsedTimer timer;
    timer.start();
    const auto reverted = Snapshots::revert(m_connection, name, QStringLiteral("known-good"));
    QVERIFY2(reverted, qPrintable(reverted ? QString() : reverted.error().message));
    qInfo("disk-only revert with the NVRAM reset: %lld ms", timer.elapsed());
    QVERIFY(!reverted->stopped);
    QCOMPARE(stateOf(domain.get()), int(VIR_DOMAIN_SHUTOFF));
    QVERIFY2(reverted->nvramReset, qPrintable(reverted->nvramError));
    QVERIFY(nvramFile.open(QIODevice::ReadOnly));
    QVERIFY(nvramFile.readAll() == defaults);
    // The write is gone, the disk as it was is back, and the file that held
    // the write with it.
    QCOMPARE(guestDiskStart(m_connection, systemDiskPath(domain.get()), before.size()), before);
    QVERIFY(!volumes().contains(written.section(QLatin1Char('/'), -1)));
}

// BIOS: an internal snapshot taken while the guest ran, with its memory.
void TestSnapshotsRealDaemon::guestWriteIsGoneAfterAnInternalRevertOnBios()
{
    if (!QFile::exists(guestDirectory() + QLatin1String("/vmlinuz")))
        QSKIP(qPrintable(QStringLiteral("no snapshot guest: ")
                         + consoleLog(guestDirectory() + QLatin1String("/skipped"))));
    const QString name = QStringLiteral("airlock-snap-guest-bios");
    DomainHandle domain = defineVm(name, Firmware::Bios);
    QVERIFY2(domain, qPrintable(LibvirtError::last().message));
    const QByteArray before = "AIRLOCK-BEFORE";
    const QByteArray after = "AIRLOCK-AFTER!";
    QString problem = bootGuest(domain.get(), QString::fromLatin1(before), Then::Stay);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString disk = systemDiskPath(domain.get());
    QCOMPARE(guestDiskStart(m_connection, disk, before.size()), before);

    const auto taken = Snapshots::takeKnownGood(m_connection, name);
    QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
    QCOMPARE(taken->snapshot.kind, SnapshotInfo::Kind::Internal);
    QVERIFY(taken->snapshot.withMemory);
    QVERIFY(!taken->snapshot.firmwareSettings);
    QCOMPARE(virDomainDestroy(domain.get()), 0);

    problem = bootGuest(domain.get(), QString::fromLatin1(after), Then::PowerOff);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(guestDiskStart(m_connection, disk, after.size()), after);

    const auto reverted = Snapshots::revert(m_connection, name, QStringLiteral("known-good"));
    QVERIFY2(reverted, qPrintable(reverted ? QString() : reverted.error().message));
    // Back to the running guest it froze; read the disk once it is off.
    QCOMPARE(stateOf(domain.get()), int(VIR_DOMAIN_RUNNING));
    QVERIFY(!reverted->nvramReset);
    QVERIFY(reverted->nvramError.isEmpty());
    QCOMPARE(virDomainDestroy(domain.get()), 0);
    QCOMPARE(systemDiskPath(domain.get()), disk);
    QCOMPARE(guestDiskStart(m_connection, disk, before.size()), before);
}

// Deleting disk-only snapshots of a running VM: its disk stays as it is, a
// newer snapshot stays whole, and only files nothing needs any more go.
void TestSnapshotsRealDaemon::deletingADiskOnlySnapshotKeepsTheDiskAndNewerSnapshots()
{
    const QString name = QStringLiteral("airlock-snap-delete");
    const auto file
            = [&name](const char *suffix) -> QString { return name + QLatin1String(suffix); };
    DomainHandle domain = defineVm(name, Firmware::Uefi);
    QVERIFY2(domain, qPrintable(LibvirtError::last().message));
    QCOMPARE(virDomainCreate(domain.get()), 0);
    const auto first = Snapshots::takeKnownGood(m_connection, name);
    QVERIFY(first);
    if (first->snapshot.kind == SnapshotInfo::Kind::Internal)
        QSKIP("this libvirt takes internal snapshots of UEFI VMs");
    QVERIFY(Snapshots::takeKnownGood(m_connection, name));
    QVERIFY(Snapshots::takeKnownGood(m_connection, name));
    const QString running = systemDiskSource(domain.get());

    // The middle one: the disk reads through its frozen state, which stays.
    const auto middle = Snapshots::remove(m_connection, name, QStringLiteral("known-good-2"));
    QVERIFY2(middle, qPrintable(middle ? QString() : middle.error().message));
    QVERIFY(middle->removed.isEmpty());
    QCOMPARE(middle->kept.size(), 1);
    QVERIFY(middle->kept.constFirst().contains(file("-known-good.qcow2")));
    QCOMPARE(systemDiskSource(domain.get()), running);
    QCOMPARE(stateOf(domain.get()), int(VIR_DOMAIN_RUNNING));
    // libvirt 9.0 rewrites a child's recorded disk when its parent's record
    // goes; Airlock puts it back, so the newest still freezes its own state.
    const auto remaining = Snapshots::list(m_connection, name);
    QCOMPARE(remaining->size(), 2);
    QCOMPARE(remaining->constLast().base, volumePath(file("-known-good-2.qcow2")));

    // The newest still reverts, over the frozen state of the deleted one.
    QVERIFY(Snapshots::revert(m_connection, name, QStringLiteral("known-good-3")));
    QCOMPARE(volumes(),
             sorted({file(".qcow2"), file("-known-good.qcow2"), file("-known-good-2.qcow2"),
                     file("-known-good-3-reverted.qcow2"), s_iso}));
    QCOMPARE(backingOf(file("-known-good-3-reverted.qcow2")),
             volumePath(file("-known-good-2.qcow2")));

    // Back to the oldest, then the newest deleted: nothing needs its frozen
    // state nor the one below it any more.
    QVERIFY(Snapshots::revert(m_connection, name, QStringLiteral("known-good")));
    const auto newest = Snapshots::remove(m_connection, name, QStringLiteral("known-good-3"));
    QVERIFY2(newest, qPrintable(newest ? QString() : newest.error().message));
    QCOMPARE(newest->removed.size(), 2);
    QVERIFY(newest->kept.isEmpty());
    QCOMPARE(volumes(), sorted({file(".qcow2"), file("-known-good-reverted.qcow2"), s_iso}));

    // The last: the disk is built on the original file, which stays.
    const auto last = Snapshots::remove(m_connection, name, QStringLiteral("known-good"));
    QVERIFY2(last, qPrintable(last ? QString() : last.error().message));
    QVERIFY(last->removed.isEmpty());
    QVERIFY(last->kept.constFirst().contains(file(".qcow2")));
    QCOMPARE(volumes(), sorted({file(".qcow2"), file("-known-good-reverted.qcow2"), s_iso}));
    QVERIFY(Snapshots::list(m_connection, name)->isEmpty());
    QCOMPARE(stateOf(domain.get()), int(VIR_DOMAIN_RUNNING));
    QCOMPARE(virDomainDestroy(domain.get()), 0);
    QCOMPARE(virDomainCreate(domain.get()), 0);
}

QTEST_GUILESS_MAIN(TestSnapshotsRealDaemon)
#include "tst_snapshots_realdaemon.moc"
