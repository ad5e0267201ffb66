// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshots.h"

#include "hypervisor/xmlelement.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Airlock {

namespace {

constexpr const char *s_knownGood = "known-good";

// A <disk> of a domain definition: where it reads from.
struct DiskSource
{
    QString target; // "vda"
    QString device; // "disk", "cdrom"
    QString type; // "file", "volume", "block"
    QString file; // type "file" (or "block": the device node)
    QString pool; // type "volume"
    QString volume;
    QString format; // the driver's type: "qcow2", "raw"

    QString text() const { return type == QLatin1String("volume") ? volume : file; }
};

QList<DiskSource> disksOf(const XmlElement *domain)
{
    QList<DiskSource> disks;
    if (!domain)
        return disks;
    for (const XmlElement *disk : domain->allAt(QStringLiteral("devices/disk"))) {
        DiskSource source;
        source.type = disk->attribute(QStringLiteral("type"));
        source.device = disk->attribute(QStringLiteral("device"));
        if (source.device.isEmpty())
            source.device = QStringLiteral("disk");
        if (const XmlElement *target = disk->child(QStringLiteral("target")))
            source.target = target->attribute(QStringLiteral("dev"));
        if (const XmlElement *driver = disk->child(QStringLiteral("driver")))
            source.format = driver->attribute(QStringLiteral("type"));
        if (const XmlElement *element = disk->child(QStringLiteral("source"))) {
            source.file = element->attribute(QStringLiteral("file"));
            if (source.file.isEmpty())
                source.file = element->attribute(QStringLiteral("dev"));
            source.pool = element->attribute(QStringLiteral("pool"));
            source.volume = element->attribute(QStringLiteral("volume"));
        }
        disks.append(source);
    }
    return disks;
}

const DiskSource *diskNamed(const QList<DiskSource> &disks, const QString &target)
{
    const auto it = std::find_if(disks.cbegin(), disks.cend(),
                                 [&target](const DiskSource &d) { return d.target == target; });
    return it == disks.cend() ? nullptr : &*it;
}

// The VM's system disk: its first hard disk.
const DiskSource *systemDisk(const QList<DiskSource> &disks)
{
    const auto it = std::find_if(disks.cbegin(), disks.cend(), [](const DiskSource &d) {
        return d.device == QLatin1String("disk");
    });
    return it == disks.cend() ? nullptr : &*it;
}

// The domain definition a snapshot recorded: the inactive one when the VM
// ran (that is what a revert returns to), else the only one.
const XmlElement *recordedDomain(const XmlElement &snapshot)
{
    if (const XmlElement *inactive = snapshot.child(QStringLiteral("inactiveDomain")))
        return inactive;
    return snapshot.child(QStringLiteral("domain"));
}

// Whether a domain definition keeps firmware settings (NVRAM) beside its
// disks: UEFI, by firmware autoselection or an explicit pflash loader.
bool keepsFirmwareSettings(const XmlElement *domain)
{
    const XmlElement *os = domain ? domain->child(QStringLiteral("os")) : nullptr;
    if (!os)
        return false;
    if (os->attribute(QStringLiteral("firmware")) == QLatin1String("efi")
        || os->child(QStringLiteral("nvram")))
        return true;
    const XmlElement *loader = os->child(QStringLiteral("loader"));
    return loader && loader->attribute(QStringLiteral("type")) == QLatin1String("pflash");
}

struct ParsedSnapshot
{
    SnapshotInfo info;
    std::optional<DiskSource> base;
};

ParsedSnapshot parseSnapshot(const QString &xml)
{
    ParsedSnapshot parsed;
    SnapshotInfo &info = parsed.info;
    const auto root = XmlElement::parse(xml);
    if (!root)
        return parsed;
    if (const XmlElement *name = root->child(QStringLiteral("name")))
        info.name = name->text;
    if (const XmlElement *description = root->child(QStringLiteral("description")))
        info.description = description->text;
    if (const XmlElement *state = root->child(QStringLiteral("state")))
        info.state = state->text;
    if (const XmlElement *created = root->child(QStringLiteral("creationTime")))
        info.created = QDateTime::fromSecsSinceEpoch(created->text.toLongLong());
    if (const XmlElement *memory = root->child(QStringLiteral("memory"))) {
        const QString where = memory->attribute(QStringLiteral("snapshot"));
        info.withMemory = where == QLatin1String("internal") || where == QLatin1String("external");
    }
    for (const XmlElement *disk : root->allAt(QStringLiteral("disks/disk"))) {
        if (disk->attribute(QStringLiteral("snapshot")) != QLatin1String("external"))
            continue;
        info.kind = SnapshotInfo::Kind::External;
        info.disk = disk->attribute(QStringLiteral("name"));
        if (const XmlElement *source = disk->child(QStringLiteral("source")))
            info.overlay = source->attribute(QStringLiteral("file"));
        break;
    }
    info.firmwareSettings = keepsFirmwareSettings(recordedDomain(*root));
    if (info.kind == SnapshotInfo::Kind::External) {
        const QList<DiskSource> disks = disksOf(recordedDomain(*root));
        if (const DiskSource *base = diskNamed(disks, info.disk)) {
            parsed.base = *base;
            info.base = base->text();
        }
    }
    return parsed;
}

LibvirtResult<QString> snapshotXml(virDomainSnapshotPtr snapshot)
{
    char *xml = virDomainSnapshotGetXMLDesc(snapshot, 0);
    if (!xml)
        return lastLibvirtError();
    return takeLibvirtString(xml);
}

// The storage volume a disk reads from. A file the pool has not noticed yet
// (qemu created it) is found after a refresh of the running pools.
LibvirtResult<StorageVolumeHandle> volumeOf(const Connection &connection, const DiskSource &disk)
{
    if (disk.type == QLatin1String("volume"))
        return connection.volume(disk.pool, disk.volume);
    if (disk.file.isEmpty())
        return std::unexpected(LibvirtError::fromMessage(
                Snapshots::tr("The disk “%1” has no source.").arg(disk.target)));
    const QByteArray path = disk.file.toUtf8();
    StorageVolumeHandle volume(virStorageVolLookupByPath(connection.get(), path.constData()));
    if (volume)
        return volume;
    virResetLastError();
    virStoragePoolPtr *pools = nullptr;
    const int count = virConnectListAllStoragePools(connection.get(), &pools,
                                                    VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
    for (int i = 0; i < count; ++i) {
        const StoragePoolHandle pool(pools[i]);
        virStoragePoolRefresh(pool.get(), 0);
    }
    free(pools);
    volume.reset(virStorageVolLookupByPath(connection.get(), path.constData()));
    if (volume)
        return volume;
    virResetLastError();
    return std::unexpected(LibvirtError::fromMessage(
            Snapshots::tr("The file %1 is in no storage pool, so Airlock cannot place a disk "
                          "file beside it.")
                    .arg(disk.file),
            VIR_ERR_NO_STORAGE_VOL));
}

QString pathOf(virStorageVolPtr volume)
{
    return takeLibvirtString(virStorageVolGetPath(volume));
}

// The file a qcow2 volume is an overlay of; empty for a volume that stands alone.
QString backingPathOf(virStorageVolPtr volume)
{
    const auto xml = XmlElement::parse(takeLibvirtString(virStorageVolGetXMLDesc(volume, 0)));
    if (!xml)
        return {};
    const XmlElement *path = xml->at(QStringLiteral("backingStore/path"));
    return path ? path->text : QString();
}

QString formatOf(virStorageVolPtr volume)
{
    const auto xml = XmlElement::parse(takeLibvirtString(virStorageVolGetXMLDesc(volume, 0)));
    const XmlElement *format = xml ? xml->at(QStringLiteral("target/format")) : nullptr;
    return format ? format->attribute(QStringLiteral("type")) : QString();
}

// A volume name in `pool` that nothing uses yet: "stem.qcow2", "stem-2.qcow2", …
QString freeVolumeName(virStoragePoolPtr pool, const QString &stem)
{
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? stem + QLatin1String(".qcow2")
                                    : QStringLiteral("%1-%2.qcow2").arg(stem).arg(n);
        StorageVolumeHandle existing(virStorageVolLookupByName(pool, name.toUtf8().constData()));
        virResetLastError();
        if (!existing)
            return name;
    }
}

// A qcow2 overlay on top of `backing`, through the storage API: the daemon
// makes the file, wherever it runs.
LibvirtResult<StorageVolumeHandle> createOverlay(virStoragePoolPtr pool, const QString &name,
                                                 virStorageVolPtr backing)
{
    virStorageVolInfo info;
    if (virStorageVolGetInfo(backing, &info) < 0)
        return lastLibvirtError();
    QString format = formatOf(backing);
    if (format.isEmpty())
        format = QStringLiteral("raw");
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QStringLiteral("volume"));
    writer.writeTextElement(QStringLiteral("name"), name);
    writer.writeStartElement(QStringLiteral("capacity"));
    writer.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    writer.writeCharacters(QString::number(info.capacity));
    writer.writeEndElement();
    writer.writeStartElement(QStringLiteral("target"));
    writer.writeEmptyElement(QStringLiteral("format"));
    writer.writeAttribute(QStringLiteral("type"), QStringLiteral("qcow2"));
    writer.writeEndElement();
    writer.writeStartElement(QStringLiteral("backingStore"));
    writer.writeTextElement(QStringLiteral("path"), pathOf(backing));
    writer.writeEmptyElement(QStringLiteral("format"));
    writer.writeAttribute(QStringLiteral("type"), format);
    writer.writeEndElement();
    writer.writeEndElement();
    StorageVolumeHandle overlay(virStorageVolCreateXML(pool, xml.toUtf8().constData(), 0));
    if (!overlay)
        return lastLibvirtError();
    return overlay;
}

// The <disk> for `target` from a domain definition, reading from the pool
// volume instead (no backing chain: libvirt reads it from the file).
QString diskReadingVolume(const QString &domainXml, const QString &target, const QString &pool,
                          const QString &volume)
{
    QXmlStreamReader reader(domainXml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != QLatin1String("disk"))
            continue;
        QString xml;
        QXmlStreamWriter writer(&xml);
        writer.writeStartElement(QStringLiteral("disk"));
        for (const QXmlStreamAttribute &attribute : reader.attributes()) {
            if (attribute.name() != QLatin1String("type"))
                writer.writeAttribute(attribute);
        }
        writer.writeAttribute(QStringLiteral("type"), QStringLiteral("volume"));
        writer.writeEmptyElement(QStringLiteral("source"));
        writer.writeAttribute(QStringLiteral("pool"), pool);
        writer.writeAttribute(QStringLiteral("volume"), volume);
        bool matches = false;
        int depth = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isEndElement() && depth == 0)
                break;
            if (reader.isStartElement()) {
                if (depth == 0
                    && (reader.name() == QLatin1String("source")
                        || reader.name() == QLatin1String("backingStore"))) {
                    reader.skipCurrentElement();
                    continue;
                }
                if (depth == 0 && reader.name() == QLatin1String("target"))
                    matches = reader.attributes().value(QLatin1String("dev")) == target;
                ++depth;
            } else if (reader.isEndElement()) {
                --depth;
            }
            writer.writeCurrentToken(reader);
        }
        writer.writeEndElement();
        if (matches)
            return xml;
    }
    return {};
}

bool refusedAsUnsupported(const LibvirtError &error)
{
    return error.code == VIR_ERR_OPERATION_UNSUPPORTED || error.code == VIR_ERR_CONFIG_UNSUPPORTED
           || error.code == VIR_ERR_ARGUMENT_UNSUPPORTED || error.code == VIR_ERR_NO_SUPPORT;
}

// libvirt's answer to a flag it does not know (virCheckFlags), or to a
// feature its driver lacks.
bool refusedTheFlag(const LibvirtError &error)
{
    return refusedAsUnsupported(error)
           || (error.code == VIR_ERR_INVALID_ARG
               && error.message.contains(QLatin1String("unsupported flags")));
}

bool domainKeepsFirmwareSettings(virDomainPtr domain)
{
    const auto xml = XmlElement::parse(
            takeLibvirtString(virDomainGetXMLDesc(domain, VIR_DOMAIN_XML_INACTIVE)));
    return keepsFirmwareSettings(xml ? &*xml : nullptr);
}

enum class WithoutReset { Start, Fail };

// Starts the VM with its firmware settings reset to the template. Whether
// libvirt knows the flag is asked by trying; when it does not, `without`
// says whether to start it anyway.
LibvirtResult<bool> startResettingNvram(virDomainPtr domain, unsigned int flags,
                                        WithoutReset without)
{
    if (virDomainCreateWithFlags(domain, flags | VIR_DOMAIN_START_RESET_NVRAM) == 0)
        return true;
    const LibvirtError error = LibvirtError::last();
    if (!refusedTheFlag(error) || without == WithoutReset::Fail)
        return std::unexpected(error);
    if (virDomainCreateWithFlags(domain, flags) < 0)
        return lastLibvirtError();
    return false;
}

// A VM that stays off after a revert: started paused (no firmware runs)
// with the reset, and turned off again, so its next start is from defaults.
LibvirtResult<bool> resetNvramOfStoppedVm(virDomainPtr domain)
{
    const auto started = startResettingNvram(domain, VIR_DOMAIN_START_PAUSED, WithoutReset::Fail);
    if (!started)
        return started;
    if (virDomainDestroy(domain) < 0)
        return lastLibvirtError();
    return true;
}

// After a revert of a UEFI VM that left it off.
void resetNvramIfStopped(virDomainPtr domain, RevertOutcome &outcome)
{
    if (virDomainIsActive(domain) == 1 || !domainKeepsFirmwareSettings(domain))
        return;
    const auto reset = resetNvramOfStoppedVm(domain);
    if (reset)
        outcome.nvramReset = *reset;
    else if (refusedTheFlag(reset.error()))
        outcome.nvramError = Snapshots::tr("This host's libvirt cannot reset the firmware "
                                           "settings (“%1”).")
                                     .arg(reset.error().message);
    else
        outcome.nvramError = reset.error().message;
    virResetLastError();
}

// Opens <domainsnapshot> with its name and description.
void writeSnapshotHeader(QXmlStreamWriter &writer, const QString &name, const QString &description)
{
    writer.writeStartElement(QStringLiteral("domainsnapshot"));
    writer.writeTextElement(QStringLiteral("name"), name);
    if (!description.isEmpty())
        writer.writeTextElement(QStringLiteral("description"), description);
}

LibvirtResult<Done> takeInternal(virDomainPtr domain, const QString &name,
                                 const QString &description)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writeSnapshotHeader(writer, name, description);
    writer.writeEndElement();
    SnapshotHandle snapshot(virDomainSnapshotCreateXML(domain, xml.toUtf8().constData(),
                                                       VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC));
    if (!snapshot)
        return lastLibvirtError();
    return Done {};
}

LibvirtResult<Done> takeExternal(const Connection &connection, virDomainPtr domain,
                                 const QString &domainName, const QString &name,
                                 const QString &description)
{
    const auto definition = XmlElement::parse(takeLibvirtString(virDomainGetXMLDesc(domain, 0)));
    const QList<DiskSource> disks = disksOf(definition ? &*definition : nullptr);
    const DiskSource *system = systemDisk(disks);
    if (!system) {
        return std::unexpected(
                LibvirtError::fromMessage(Snapshots::tr("The VM has no hard disk to snapshot.")));
    }
    const auto current = volumeOf(connection, *system);
    if (!current)
        return std::unexpected(current.error());
    const StoragePoolHandle pool(virStoragePoolLookupByVolume(current->get()));
    if (!pool)
        return lastLibvirtError();
    const QString overlayName = freeVolumeName(pool.get(), domainName + QLatin1Char('-') + name);
    auto overlay = createOverlay(pool.get(), overlayName, current->get());
    if (!overlay)
        return std::unexpected(overlay.error());

    // The file is there already (REUSE_EXT); libvirt only switches the disk
    // over to it. The ISO and any other disk stay as they are.
    QString xml;
    QXmlStreamWriter writer(&xml);
    writeSnapshotHeader(writer, name, description);
    writer.writeStartElement(QStringLiteral("disks"));
    for (const DiskSource &disk : disks) {
        writer.writeStartElement(QStringLiteral("disk"));
        writer.writeAttribute(QStringLiteral("name"), disk.target);
        if (disk.target == system->target) {
            writer.writeAttribute(QStringLiteral("snapshot"), QStringLiteral("external"));
            writer.writeAttribute(QStringLiteral("type"), QStringLiteral("file"));
            writer.writeEmptyElement(QStringLiteral("driver"));
            writer.writeAttribute(QStringLiteral("type"), QStringLiteral("qcow2"));
            writer.writeEmptyElement(QStringLiteral("source"));
            writer.writeAttribute(QStringLiteral("file"), pathOf(overlay->get()));
        } else {
            writer.writeAttribute(QStringLiteral("snapshot"), QStringLiteral("no"));
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    SnapshotHandle snapshot(virDomainSnapshotCreateXML(
            domain, xml.toUtf8().constData(),
            VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY | VIR_DOMAIN_SNAPSHOT_CREATE_REUSE_EXT
                    | VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC));
    if (!snapshot) {
        const LibvirtError error = LibvirtError::last();
        virStorageVolDelete(overlay->get(), 0);
        virResetLastError();
        return std::unexpected(error);
    }
    return Done {};
}

// Every external snapshot's base: files no revert may remove. And the
// overlays they started: files that hold only what came after.
struct ExternalFiles
{
    QStringList basePaths;
    QStringList overlayPaths;
    QList<std::pair<QString, DiskSource>> bases; // each external snapshot's name and base
};

ExternalFiles externalFiles(const Connection &connection, virDomainPtr domain)
{
    ExternalFiles files;
    virDomainSnapshotPtr *all = nullptr;
    const int count = virDomainListAllSnapshots(domain, &all, 0);
    for (int i = 0; i < count; ++i) {
        const SnapshotHandle other(all[i]);
        const auto otherXml = snapshotXml(other.get());
        if (!otherXml)
            continue;
        const ParsedSnapshot otherParsed = parseSnapshot(*otherXml);
        if (!otherParsed.info.overlay.isEmpty())
            files.overlayPaths.append(otherParsed.info.overlay);
        if (!otherParsed.base)
            continue;
        files.bases.append(
                {QString::fromUtf8(virDomainSnapshotGetName(other.get())), *otherParsed.base});
        if (const auto otherBase = volumeOf(connection, *otherParsed.base))
            files.basePaths.append(pathOf(otherBase->get()));
    }
    free(all);
    virResetLastError();
    return files;
}

// What the disk was writing to since the snapshot: dropped, unless it is
// a disk that stands alone or the frozen state of another snapshot.
void dropOldTop(virStorageVolPtr top, const ExternalFiles &files, RevertOutcome &outcome)
{
    const QString topPath = pathOf(top);
    const QString topName = QString::fromUtf8(virStorageVolGetName(top));
    const bool overlay = files.overlayPaths.contains(topPath) || !backingPathOf(top).isEmpty();
    if (overlay && !files.basePaths.contains(topPath)) {
        if (virStorageVolDelete(top, 0) == 0)
            outcome.removed.append(
                    Snapshots::tr("the overlay “%1” with what was written since").arg(topName));
        virResetLastError();
    }
}

// A snapshot's description with its parent replaced (none when `parent` is empty).
QString withParent(const QString &xml, const QString &parent)
{
    QXmlStreamReader reader(xml);
    QString output;
    QXmlStreamWriter writer(&output);
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && depth == 1 && reader.name() == QLatin1String("parent")) {
            reader.skipCurrentElement();
            continue;
        }
        if (reader.isStartElement())
            ++depth;
        if (reader.isEndElement() && --depth == 0 && !parent.isEmpty()) {
            writer.writeStartElement(QStringLiteral("parent"));
            writer.writeTextElement(QStringLiteral("name"), parent);
            writer.writeEndElement();
        }
        if (!reader.isStartDocument() && !reader.isEndDocument())
            writer.writeCurrentToken(reader);
    }
    return output;
}

struct RecordedSnapshot
{
    QString xml;
    bool current = false;
};

// libvirt 9.0 rewrites the children of a disk-only snapshot deleted as
// metadata: their recorded disks become the deleted one's, and a revert to
// them would return to the older state. So they are kept as they were, and
// redefined under the deleted one's parent afterwards.
QList<RecordedSnapshot> childrenOf(virDomainSnapshotPtr snapshot)
{
    QList<RecordedSnapshot> children;
    virDomainSnapshotPtr *all = nullptr;
    const int count = virDomainSnapshotListAllChildren(snapshot, &all, 0);
    for (int i = 0; i < count; ++i) {
        const SnapshotHandle child(all[i]);
        if (const auto xml = snapshotXml(child.get()))
            children.append({*xml, virDomainSnapshotIsCurrent(child.get(), 0) == 1});
    }
    free(all);
    virResetLastError();
    return children;
}

QString parentNameOf(virDomainSnapshotPtr snapshot)
{
    const SnapshotHandle parent(virDomainSnapshotGetParent(snapshot, 0));
    virResetLastError();
    return parent ? QString::fromUtf8(virDomainSnapshotGetName(parent.get())) : QString();
}

void redefine(virDomainPtr domain, const QList<RecordedSnapshot> &children, const QString &parent)
{
    for (const RecordedSnapshot &child : children) {
        const unsigned int flags = VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE
                                   | (child.current ? VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT : 0);
        SnapshotHandle redefined(virDomainSnapshotCreateXML(
                domain, withParent(child.xml, parent).toUtf8().constData(), flags));
        virResetLastError();
    }
}

// Drops a disk-only snapshot's record, its children kept whole.
bool deleteRecord(virDomainPtr domain, virDomainSnapshotPtr snapshot)
{
    const QList<RecordedSnapshot> children = childrenOf(snapshot);
    const QString parent = parentNameOf(snapshot);
    if (virDomainSnapshotDelete(snapshot, VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY) < 0)
        return false;
    redefine(domain, children, parent);
    return true;
}

// Snapshot records whose frozen disk is gone can never be reverted to.
void dropStaleSnapshots(const Connection &connection, virDomainPtr domain,
                        const ExternalFiles &files, RevertOutcome &outcome)
{
    for (const auto &[name, otherBase] : files.bases) {
        if (volumeOf(connection, otherBase))
            continue;
        virResetLastError();
        const SnapshotHandle stale(
                virDomainSnapshotLookupByName(domain, name.toUtf8().constData(), 0));
        if (stale && deleteRecord(domain, stale.get()))
            outcome.removed.append(
                    Snapshots::tr("the snapshot “%1”, whose disk state is gone").arg(name));
        virResetLastError();
    }
}

// The files a disk reads, from its top down its backing chain.
QStringList chainFrom(const Connection &connection, const QString &path)
{
    QStringList chain;
    QString next = path;
    while (!next.isEmpty() && !chain.contains(next)) {
        chain.append(next);
        DiskSource file;
        file.type = QStringLiteral("file");
        file.file = next;
        const auto volume = volumeOf(connection, file);
        if (!volume)
            break;
        next = backingPathOf(volume->get());
    }
    virResetLastError();
    return chain;
}

// Every file the VM's disks (as they run and as defined) and the remaining
// external snapshots' frozen states are built on.
QStringList neededFiles(const Connection &connection, virDomainPtr domain)
{
    QStringList needed;
    for (const unsigned int flags : {0U, unsigned(VIR_DOMAIN_XML_INACTIVE)}) {
        const auto xml = XmlElement::parse(takeLibvirtString(virDomainGetXMLDesc(domain, flags)));
        for (const DiskSource &disk : disksOf(xml ? &*xml : nullptr)) {
            if (disk.device != QLatin1String("disk"))
                continue;
            if (const auto volume = volumeOf(connection, disk))
                needed += chainFrom(connection, pathOf(volume->get()));
        }
    }
    for (const QString &base : externalFiles(connection, domain).basePaths)
        needed += chainFrom(connection, base);
    virResetLastError();
    return needed;
}

// Deletes those of `candidates` nothing is built on any more, and only
// Airlock's overlays: named after the VM, on top of another file.
void removeUnusedOverlays(const Connection &connection, virDomainPtr domain,
                          const QString &domainName, const QStringList &candidates,
                          QStringList &removed)
{
    const QStringList needed = neededFiles(connection, domain);
    for (const QString &path : candidates) {
        if (path.isEmpty() || needed.contains(path))
            continue;
        const StorageVolumeHandle volume(
                virStorageVolLookupByPath(connection.get(), path.toUtf8().constData()));
        virResetLastError();
        if (!volume)
            continue;
        const QString name = QString::fromUtf8(virStorageVolGetName(volume.get()));
        if (!name.startsWith(domainName + QLatin1Char('-'))
            || backingPathOf(volume.get()).isEmpty())
            continue;
        if (virStorageVolDelete(volume.get(), 0) == 0)
            removed.append(
                    Snapshots::tr("the overlay “%1”, which nothing uses any more").arg(name));
        virResetLastError();
    }
}

struct RevertTarget
{
    const QString &domainName;
    const QString &snapshotName;
    const QString &xml; // the snapshot's own description, redefined as current at the end
    const ParsedSnapshot &parsed;
};

// libvirt 9.0 cannot revert external snapshots. The snapshot's base file is
// the disk as it was; a fresh overlay on top of it is the disk reverted.
LibvirtResult<RevertOutcome> revertExternal(const Connection &connection, virDomainPtr domain,
                                            const RevertTarget &target, bool wasRunning)
{
    const QString &snapshotName = target.snapshotName;
    const ParsedSnapshot &parsed = target.parsed;
    if (!parsed.base) {
        return std::unexpected(LibvirtError::fromMessage(
                Snapshots::tr("The snapshot “%1” does not say which disk file it froze.")
                        .arg(snapshotName)));
    }
    const auto base = volumeOf(connection, *parsed.base);
    if (!base) {
        return std::unexpected(
                LibvirtError::fromMessage(Snapshots::tr("The disk as it was at “%1” (%2) is gone, "
                                                        "so the snapshot cannot be restored.")
                                                  .arg(snapshotName, parsed.base->text())));
    }
    const StoragePoolHandle pool(virStoragePoolLookupByVolume(base->get()));
    if (!pool)
        return lastLibvirtError();
    const QString poolName = QString::fromUtf8(virStoragePoolGetName(pool.get()));
    const ExternalFiles files = externalFiles(connection, domain);

    const QString inactiveXml = takeLibvirtString(
            virDomainGetXMLDesc(domain, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE));
    const auto definition = XmlElement::parse(inactiveXml);
    const QList<DiskSource> disks = disksOf(definition ? &*definition : nullptr);
    const DiskSource *disk = diskNamed(disks, parsed.info.disk);
    if (!disk) {
        return std::unexpected(LibvirtError::fromMessage(
                Snapshots::tr("The VM has no disk “%1” any more.").arg(parsed.info.disk)));
    }
    auto currentTop = volumeOf(connection, *disk);
    virResetLastError();

    RevertOutcome outcome;
    outcome.snapshot = snapshotName;
    if (wasRunning) {
        if (virDomainDestroy(domain) < 0)
            return lastLibvirtError();
        outcome.stopped = true;
    }
    const bool firmwareSettings = domainKeepsFirmwareSettings(domain);
    // After a failed revert the VM comes back as it was, NVRAM and all.
    const auto restart = [domain, &outcome, wasRunning, firmwareSettings](bool reverted) {
        if (!wasRunning)
            return;
        if (!firmwareSettings || !reverted) {
            if (virDomainCreate(domain) == 0)
                outcome.restarted = true;
            else
                outcome.restartError = LibvirtError::last().message;
            return;
        }
        const auto started = startResettingNvram(domain, 0, WithoutReset::Start);
        outcome.restarted = started.has_value();
        outcome.nvramReset = started.value_or(false);
        if (!started)
            outcome.restartError = started.error().message;
    };

    const QString overlayName = freeVolumeName(
            pool.get(), QStringLiteral("%1-%2-reverted").arg(target.domainName, snapshotName));
    auto overlay = createOverlay(pool.get(), overlayName, base->get());
    if (!overlay) {
        restart(false);
        return std::unexpected(overlay.error());
    }
    const QString diskXml = diskReadingVolume(inactiveXml, disk->target, poolName, overlayName);
    if (diskXml.isEmpty()
        || virDomainUpdateDeviceFlags(domain, diskXml.toUtf8().constData(),
                                      VIR_DOMAIN_AFFECT_CONFIG)
                   < 0) {
        const LibvirtError error
                = diskXml.isEmpty() ? LibvirtError::fromMessage(
                          Snapshots::tr("The VM's disk “%1” could not be rewritten.")
                                  .arg(disk->target))
                                    : LibvirtError::last();
        virStorageVolDelete(overlay->get(), 0);
        virResetLastError();
        restart(false);
        return std::unexpected(error);
    }

    if (currentTop)
        dropOldTop(currentTop->get(), files, outcome);
    dropStaleSnapshots(connection, domain, files, outcome);
    // libvirt's "current" snapshot follows the revert, as it would for an
    // internal one. Cosmetic: nothing depends on it.
    SnapshotHandle current(virDomainSnapshotCreateXML(
            domain, target.xml.toUtf8().constData(),
            VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE | VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT));
    virResetLastError();

    removeUnusedOverlays(connection, domain, target.domainName, files.overlayPaths,
                         outcome.removed);
    restart(true);
    if (!wasRunning && firmwareSettings)
        resetNvramIfStopped(domain, outcome);
    return outcome;
}

// Through libvirt. For a UEFI VM the firmware settings are not in a snapshot
// without memory: reset them, asking libvirt with the flag first.
LibvirtResult<RevertOutcome> revertInternal(virDomainPtr domain, virDomainSnapshotPtr snapshot,
                                            const ParsedSnapshot &parsed, bool wasRunning)
{
    RevertOutcome outcome;
    outcome.snapshot = parsed.info.name;
    const unsigned int flags = wasRunning ? VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING : 0;
    const bool resetWanted = !parsed.info.withMemory && domainKeepsFirmwareSettings(domain);
    bool flagTaken = false;
    if (resetWanted) {
        flagTaken = virDomainRevertToSnapshot(snapshot,
                                              flags | VIR_DOMAIN_SNAPSHOT_REVERT_RESET_NVRAM)
                    == 0;
        if (!flagTaken && !refusedTheFlag(LibvirtError::last()))
            return lastLibvirtError();
    }
    if (!flagTaken && virDomainRevertToSnapshot(snapshot, flags) < 0)
        return lastLibvirtError();
    if (!resetWanted)
        return outcome;
    // The flag acts when the revert starts the VM; one left off is reset here.
    outcome.nvramReset = flagTaken && virDomainIsActive(domain) == 1;
    if (!outcome.nvramReset)
        resetNvramIfStopped(domain, outcome);
    if (!outcome.nvramReset && outcome.nvramError.isEmpty())
        outcome.nvramError = Snapshots::tr("This host's libvirt cannot reset the firmware "
                                           "settings of a running VM on a revert.");
    return outcome;
}

LibvirtResult<SnapshotDeleted> removeExternal(const Connection &connection, virDomainPtr domain,
                                              const QString &domainName,
                                              virDomainSnapshotPtr snapshot,
                                              const ParsedSnapshot &parsed)
{
    SnapshotDeleted deleted;
    deleted.snapshot = parsed.info.name;
    QStringList candidates = externalFiles(connection, domain).overlayPaths;
    QString basePath;
    if (parsed.base) {
        if (const auto base = volumeOf(connection, *parsed.base))
            basePath = pathOf(base->get());
        virResetLastError();
    }
    candidates.prepend(basePath);
    if (!deleteRecord(domain, snapshot))
        return lastLibvirtError();
    removeUnusedOverlays(connection, domain, domainName, candidates, deleted.removed);
    const StorageVolumeHandle base(
            basePath.isEmpty()
                    ? nullptr
                    : virStorageVolLookupByPath(connection.get(), basePath.toUtf8().constData()));
    virResetLastError();
    if (base) {
        deleted.kept.append(
                Snapshots::tr("the file “%1” with the disk as it was: the VM's disk, or a newer "
                              "snapshot, is built on it")
                        .arg(QString::fromUtf8(virStorageVolGetName(base.get()))));
    }
    return deleted;
}

} // namespace

QString SnapshotKindOffer::text() const
{
    switch (reason) {
    case Reason::NotAskedYet:
        return tr("Airlock asks this host's libvirt for a full snapshot of this VM and takes a "
                  "disk-only one where libvirt refuses it.");
    case Reason::FullTaken:
        return tr("This host's libvirt takes full snapshots of this VM, inside its disk file.");
    case Reason::FullRefused:
        return tr("Snapshots of this VM are disk-only (an overlay file on the disk as it was): "
                  "this host's libvirt refused a full one (“%1”).")
                .arg(libvirtWords);
    case Reason::OnOverlay:
        break;
    }
    return tr("Snapshots of this VM are disk-only (an overlay file on the disk as it was): this "
              "host's libvirt refused a full one when the first was taken, and the disk now sits "
              "on that overlay.");
}

SnapshotKindOffer Snapshots::kindOffered(const QList<SnapshotInfo> &existing,
                                         const QString &refusal)
{
    SnapshotKindOffer offer;
    const auto has = [&existing](SnapshotInfo::Kind kind) {
        return std::any_of(existing.cbegin(), existing.cend(),
                           [kind](const SnapshotInfo &s) { return s.kind == kind; });
    };
    if (has(SnapshotInfo::Kind::External) || !refusal.isEmpty()) {
        offer.kind = SnapshotInfo::Kind::External;
        offer.reason = refusal.isEmpty() ? SnapshotKindOffer::Reason::OnOverlay
                                         : SnapshotKindOffer::Reason::FullRefused;
        offer.libvirtWords = refusal;
    } else if (has(SnapshotInfo::Kind::Internal)) {
        offer.reason = SnapshotKindOffer::Reason::FullTaken;
    }
    return offer;
}

QString SnapshotInfo::kindText() const
{
    if (kind == Kind::External)
        return tr("Disk only (an overlay file)");
    return withMemory ? tr("Disk and memory") : tr("Disk (inside the disk file)");
}

QString SnapshotInfo::revertText() const
{
    if (kind == Kind::External) {
        return tr("Reverting turns the VM off, throws away everything written to its disk since "
                  "this snapshot, and starts it again from the disk as it was then, as after a "
                  "power cut.");
    }
    if (withMemory) {
        return tr("Reverting returns the VM to exactly this moment, running, with what was in "
                  "its memory. Everything since is lost.");
    }
    return tr("Reverting returns the disk to this moment. Everything written since is lost.");
}

QString SnapshotInfo::restoresText() const
{
    if (kind == Kind::Internal && withMemory) {
        return tr("A revert brings back the VM's disk as it was when this snapshot was taken, "
                  "and the VM running where it was, with what was in its memory.");
    }
    return tr("A revert brings back the VM's disk exactly as it was when this snapshot was "
              "taken.");
}

QString SnapshotInfo::doesNotRestoreText() const
{
    QString text;
    if (firmwareSettings && !(kind == Kind::Internal && withMemory)) {
        text = tr("The firmware settings (UEFI variables, such as the boot order) are reset to "
                  "their defaults; NixOS still starts, from the fallback boot loader it "
                  "installs on its disk.")
               + QLatin1Char(' ');
    }
    return text
           + tr("Anything saved in the VM after the snapshot is gone. Files outside the VM, such "
                "as a shared folder, are not changed.");
}

QString Snapshots::nextKnownGoodName(const QList<SnapshotInfo> &existing)
{
    const auto taken = [&existing](const QString &name) {
        return std::any_of(existing.cbegin(), existing.cend(),
                           [&name](const SnapshotInfo &s) { return s.name == name; });
    };
    QString name = QLatin1String(s_knownGood);
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1-%2").arg(QLatin1String(s_knownGood)).arg(n);
    return name;
}

LibvirtResult<QList<SnapshotInfo>> Snapshots::list(const Connection &connection,
                                                   const QString &domainName)
{
    const auto domain = connection.domain(domainName);
    if (!domain)
        return std::unexpected(domain.error());
    virDomainSnapshotPtr *snapshots = nullptr;
    const int count = virDomainListAllSnapshots(domain->get(), &snapshots, 0);
    if (count < 0)
        return lastLibvirtError();
    QList<SnapshotInfo> result;
    for (int i = 0; i < count; ++i) {
        const SnapshotHandle snapshot(snapshots[i]);
        const auto xml = snapshotXml(snapshot.get());
        if (!xml)
            continue;
        SnapshotInfo info = parseSnapshot(*xml).info;
        if (info.name.isEmpty())
            info.name = QString::fromUtf8(virDomainSnapshotGetName(snapshot.get()));
        info.current = virDomainSnapshotIsCurrent(snapshot.get(), 0) == 1;
        result.append(info);
    }
    free(snapshots);
    virResetLastError();
    std::sort(result.begin(), result.end(), [](const SnapshotInfo &a, const SnapshotInfo &b) {
        return a.created == b.created ? a.name < b.name : a.created < b.created;
    });
    return result;
}

LibvirtResult<SnapshotTaken> Snapshots::takeKnownGood(const Connection &connection,
                                                      const QString &domainName)
{
    const auto existing = list(connection, domainName);
    if (!existing)
        return std::unexpected(existing.error());
    //: The description stored with a snapshot taken from the Launch page.
    return take(connection, domainName, nextKnownGoodName(*existing),
                tr("A known-good state, taken with Airlock"));
}

LibvirtResult<SnapshotTaken> Snapshots::take(const Connection &connection,
                                             const QString &domainName, const QString &name,
                                             const QString &description)
{
    const auto domain = connection.domain(domainName);
    if (!domain)
        return std::unexpected(domain.error());
    const auto existing = list(connection, domainName);
    if (!existing)
        return std::unexpected(existing.error());

    // Once the disk sits on an overlay, internal snapshots would land in the
    // overlay and vanish with it on a revert: stay external.
    const bool external = std::any_of(existing->cbegin(), existing->cend(), [](const auto &s) {
        return s.kind == SnapshotInfo::Kind::External;
    });
    SnapshotTaken taken;
    if (!external) {
        const auto internal = takeInternal(domain->get(), name, description);
        if (!internal && !refusedAsUnsupported(internal.error()))
            return std::unexpected(internal.error());
        if (!internal)
            taken.internalRefusal = internal.error().message;
    }
    if (external || !taken.internalRefusal.isEmpty()) {
        const auto made = takeExternal(connection, domain->get(), domainName, name, description);
        if (!made)
            return std::unexpected(made.error());
    }

    const auto after = list(connection, domainName);
    if (!after)
        return std::unexpected(after.error());
    const auto it = std::find_if(after->cbegin(), after->cend(),
                                 [&name](const SnapshotInfo &s) { return s.name == name; });
    if (it == after->cend()) {
        return std::unexpected(LibvirtError::fromMessage(
                tr("libvirt took the snapshot “%1” but does not list it.").arg(name)));
    }
    taken.snapshot = *it;
    return taken;
}

LibvirtResult<RevertOutcome> Snapshots::revert(const Connection &connection,
                                               const QString &domainName,
                                               const QString &snapshotName)
{
    const auto domain = connection.domain(domainName);
    if (!domain)
        return std::unexpected(domain.error());
    const SnapshotHandle snapshot(
            virDomainSnapshotLookupByName(domain->get(), snapshotName.toUtf8().constData(), 0));
    if (!snapshot)
        return lastLibvirtError();
    const auto xml = snapshotXml(snapshot.get());
    if (!xml)
        return std::unexpected(xml.error());
    const ParsedSnapshot parsed = parseSnapshot(*xml);
    const bool wasRunning = virDomainIsActive(domain->get()) == 1;

    if (parsed.info.kind == SnapshotInfo::Kind::External)
        return revertExternal(connection, domain->get(), {domainName, snapshotName, *xml, parsed},
                              wasRunning);
    ParsedSnapshot named = parsed;
    named.info.name = snapshotName;
    return revertInternal(domain->get(), snapshot.get(), named, wasRunning);
}

LibvirtResult<SnapshotDeleted> Snapshots::remove(const Connection &connection,
                                                 const QString &domainName,
                                                 const QString &snapshotName)
{
    const auto domain = connection.domain(domainName);
    if (!domain)
        return std::unexpected(domain.error());
    const SnapshotHandle snapshot(
            virDomainSnapshotLookupByName(domain->get(), snapshotName.toUtf8().constData(), 0));
    if (!snapshot)
        return lastLibvirtError();
    const auto xml = snapshotXml(snapshot.get());
    if (!xml)
        return std::unexpected(xml.error());
    ParsedSnapshot parsed = parseSnapshot(*xml);
    parsed.info.name = snapshotName;
    if (parsed.info.kind == SnapshotInfo::Kind::External)
        return removeExternal(connection, domain->get(), domainName, snapshot.get(), parsed);
    if (virDomainSnapshotDelete(snapshot.get(), 0) < 0)
        return lastLibvirtError();
    SnapshotDeleted deleted;
    deleted.snapshot = snapshotName;
    return deleted;
}

} // namespace Airlock
