// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmremoval.h"

#include "networksetup.h"
#include "objectusers.h"

#include "domainxml/domainxml.h"
#include "domainxml/vmrecord.h"
#include "hypervisor/xmlelement.h"
#include "shell/shellquoted.h"
#include "spec/vmspec.h"

#include <QSet>

#include <optional>

namespace Airlock {

namespace {

constexpr int s_longestChain = 64;

int undefineFlags()
{
    return VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_TPM | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE
           | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA;
}

QString pathOf(virStorageVolPtr volume)
{
    return takeLibvirtString(virStorageVolGetPath(volume));
}

QString backingPathOf(virStorageVolPtr volume)
{
    const auto xml = XmlElement::parse(takeLibvirtString(virStorageVolGetXMLDesc(volume, 0)));
    const XmlElement *path = xml ? xml->at(QStringLiteral("backingStore/path")) : nullptr;
    return path ? path->text : QString();
}

QString poolOf(virStorageVolPtr volume)
{
    const StoragePoolHandle pool(virStoragePoolLookupByVolume(volume));
    return pool ? QString::fromUtf8(virStoragePoolGetName(pool.get())) : QString();
}

StorageVolumeHandle volumeAtPath(const Connection &connection, const QString &path)
{
    StorageVolumeHandle volume(
            virStorageVolLookupByPath(connection.get(), path.toUtf8().constData()));
    virResetLastError();
    return volume;
}

struct VolumeRef
{
    QString pool;
    QString name;
    QString path;
};

// The volumes from `top` down to the disk at `diskPath` (not included), all
// in the disk's pool: a snapshot's overlays on the VM's own disk. Nothing
// when the chain leads elsewhere: then it is not provably the VM's.
std::optional<QList<VolumeRef>> chainDownTo(const Connection &connection, virStorageVolPtr top,
                                            const VolumeRef &disk)
{
    QList<VolumeRef> chain;
    StorageVolumeHandle current;
    virStorageVolPtr volume = top;
    for (int depth = 0; depth < s_longestChain && volume; ++depth) {
        const QString path = pathOf(volume);
        if (path == disk.path)
            return chain;
        if (poolOf(volume) != disk.pool)
            return std::nullopt;
        chain.append({disk.pool, QString::fromUtf8(virStorageVolGetName(volume)), path});
        const QString backing = backingPathOf(volume);
        if (backing.isEmpty())
            return std::nullopt;
        current = volumeAtPath(connection, backing);
        volume = current.get();
    }
    return std::nullopt;
}

// The volume a domain's or snapshot's <source> names.
StorageVolumeHandle volumeOfSource(const Connection &connection, const XmlElement &source)
{
    const QString pool = source.attribute(QStringLiteral("pool"));
    if (!pool.isEmpty()) {
        auto volume = connection.volume(pool, source.attribute(QStringLiteral("volume")));
        virResetLastError();
        return volume ? std::move(*volume) : StorageVolumeHandle();
    }
    const QString file = source.attribute(QStringLiteral("file"));
    return file.isEmpty() ? StorageVolumeHandle() : volumeAtPath(connection, file);
}

void collectSources(const XmlElement &element, QList<const XmlElement *> &sources)
{
    if (element.name == QLatin1String("source"))
        sources.append(&element);
    for (const XmlElement &child : element.children)
        collectSources(child, sources);
}

// Everything the removal reads once about the VM and the connection.
struct Reading
{
    const Connection &connection;
    QString name;
    QString virsh; // "virsh", with -c URI when the connection is not the default one
    XmlElement inactive;
    std::optional<VmSpec> spec;
    VmRecord record;
    ObjectUsers users;
    QStringList snapshotXml;
};

QString virshPrefix(const Connection &connection)
{
    const QString uri = connection.uri();
    if (uri.isEmpty() || uri == QLatin1String(Connection::defaultUri))
        return QStringLiteral("virsh");
    return QStringLiteral("virsh -c %1").arg(shellQuoted(uri));
}

QString volumeCommand(const Reading &reading, const QString &pool, const QString &volume)
{
    return QStringLiteral("%1 vol-delete --pool %2 %3")
            .arg(reading.virsh, shellQuoted(pool), shellQuoted(volume));
}

QString usersText(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QStringLiteral("“%1”").arg(name));
    //: %1 the names of the other VMs, quoted
    return VmRemoval::tr("%1 uses it").arg(quoted.join(QLatin1String(", ")));
}

QString nvramOf(const XmlElement &domain)
{
    const XmlElement *nvram = domain.at(QStringLiteral("os/nvram"));
    return nvram ? nvram->text : QString();
}

class Planner
{
public:
    Planner(Reading &reading, RemovalPlan &plan) : r(reading), p(plan) { }

    void addDomainItems(virDomainPtr domain);
    void addVolumeItems();
    void addNetworkItems();
    void addFilterItems();
    void addUnrecordedNotes();

private:
    void addSnapshots(virDomainPtr domain);
    std::optional<VolumeRef> systemDisk();
    void addOverlays(const VolumeRef &disk);
    void addVolume(RemovalItem::Kind kind, const RecordedObject &object);
    void keep(const QString &text, const QString &reason) { p.kept.append({text, reason}); }

    Reading &r;
    RemovalPlan &p;
};

void Planner::addDomainItems(virDomainPtr domain)
{
    if (p.running) {
        p.items.append({RemovalItem::Kind::TurnOff,
                        r.name,
                        {},
                        {},
                        {},
                        {},
                        VmRemoval::tr("the running VM “%1”").arg(r.name),
                        QStringLiteral("%1 destroy %2").arg(r.virsh, shellQuoted(r.name))});
    }
    addSnapshots(domain);
    p.nvram = nvramOf(r.inactive);
    // With firmware auto-selection, libvirt names the file when the VM starts.
    if (p.nvram.isEmpty() && p.running) {
        if (const auto live = XmlElement::parse(takeLibvirtString(virDomainGetXMLDesc(domain, 0))))
            p.nvram = nvramOf(*live);
    }
    bool tpm = false;
    for (const XmlElement *device : r.inactive.allAt(QStringLiteral("devices/tpm"))) {
        const XmlElement *backend = device->child(QStringLiteral("backend"));
        tpm = tpm
              || (backend
                  && backend->attribute(QStringLiteral("type")) == QLatin1String("emulator"));
    }
    QString text;
    if (!p.nvram.isEmpty() && tpm)
        text = VmRemoval::tr("the VM “%1”, with its UEFI variables (%2) and its TPM state")
                       .arg(r.name, p.nvram);
    else if (!p.nvram.isEmpty())
        text = VmRemoval::tr("the VM “%1”, with its UEFI variables (%2)").arg(r.name, p.nvram);
    else if (tpm)
        text = VmRemoval::tr("the VM “%1”, with its TPM state").arg(r.name);
    else
        text = VmRemoval::tr("the VM “%1”").arg(r.name);
    p.items.append({RemovalItem::Kind::Domain,
                    r.name,
                    {},
                    {},
                    {},
                    {},
                    text,
                    QStringLiteral("%1 undefine --nvram --tpm --snapshots-metadata "
                                   "--managed-save %2")
                            .arg(r.virsh, shellQuoted(r.name))});
}

void Planner::addSnapshots(virDomainPtr domain)
{
    virDomainSnapshotPtr *snapshots = nullptr;
    const int count
            = virDomainListAllSnapshots(domain, &snapshots, VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL);
    QList<RemovalItem> items;
    for (int i = 0; i < count; ++i) {
        const SnapshotHandle snapshot(snapshots[i]);
        const QString name = QString::fromUtf8(virDomainSnapshotGetName(snapshot.get()));
        r.snapshotXml.append(takeLibvirtString(virDomainSnapshotGetXMLDesc(snapshot.get(), 0)));
        // Children before their parents.
        items.prepend({RemovalItem::Kind::Snapshot,
                       name,
                       {},
                       {},
                       {},
                       {},
                       VmRemoval::tr("the snapshot “%1”").arg(name),
                       QStringLiteral("%1 snapshot-delete --metadata %2 %3")
                               .arg(r.virsh, shellQuoted(r.name), shellQuoted(name))});
    }
    free(snapshots);
    virResetLastError();
    p.items += items;
}

// The disk the VM was made with: recorded, or for an older Airlock's VM the
// one its spec names.
std::optional<VolumeRef> Planner::systemDisk()
{
    for (const RecordedObject &object : r.record.objectsOf(RecordedObject::Kind::Volume)) {
        if (object.role == QLatin1String("disk"))
            return VolumeRef {object.pool, object.name, {}};
    }
    if (!r.record.objects.isEmpty() || !r.spec)
        return std::nullopt;
    return VolumeRef {r.spec->storagePool, r.spec->diskVolumeName(), {}};
}

void Planner::addOverlays(const VolumeRef &disk)
{
    QList<const XmlElement *> sources;
    for (const XmlElement *element : r.inactive.allAt(QStringLiteral("devices/disk"))) {
        if (element->attribute(QStringLiteral("device")) != QLatin1String("cdrom"))
            collectSources(*element, sources);
    }
    QList<XmlElement> snapshots;
    for (const QString &xml : std::as_const(r.snapshotXml)) {
        if (auto parsed = XmlElement::parse(xml))
            snapshots.append(std::move(*parsed));
    }
    for (const XmlElement &snapshot : std::as_const(snapshots))
        collectSources(snapshot, sources);
    QSet<QString> seen;
    for (const XmlElement *source : std::as_const(sources)) {
        const StorageVolumeHandle top = volumeOfSource(r.connection, *source);
        const auto chain = top ? chainDownTo(r.connection, top.get(), disk) : std::nullopt;
        for (const VolumeRef &overlay : chain.value_or(QList<VolumeRef> {})) {
            if (seen.contains(overlay.path))
                continue;
            seen.insert(overlay.path);
            const QString text = VmRemoval::tr("the snapshot overlay “%1” in the pool “%2”")
                                         .arg(overlay.name, overlay.pool);
            const QStringList users
                    = r.users.domainsUsingVolume(overlay.pool, overlay.name, overlay.path);
            if (!users.isEmpty()) {
                keep(text, usersText(users));
                continue;
            }
            p.items.append({RemovalItem::Kind::Overlay,
                            overlay.name,
                            overlay.pool,
                            {},
                            {},
                            overlay.path,
                            text,
                            volumeCommand(r, overlay.pool, overlay.name)});
        }
    }
}

void Planner::addVolume(RemovalItem::Kind kind, const RecordedObject &object)
{
    const QString text = kind == RemovalItem::Kind::Disk
                                 ? VmRemoval::tr("the disk “%1” in the pool “%2”")
                                 : VmRemoval::tr("the ISO “%1” in the pool “%2”");
    const QString described = text.arg(object.name, object.pool);
    auto volume = r.connection.volume(object.pool, object.name);
    if (!volume) {
        virResetLastError();
        keep(described, VmRemoval::tr("it is no longer there"));
        return;
    }
    const QString path = pathOf(volume->get());
    const QStringList users = r.users.domainsUsingVolume(object.pool, object.name, path);
    if (!users.isEmpty()) {
        keep(described, usersText(users));
        return;
    }
    p.items.append({kind,
                    object.name,
                    object.pool,
                    {},
                    {},
                    path,
                    described,
                    volumeCommand(r, object.pool, object.name)});
}

void Planner::addVolumeItems()
{
    if (auto disk = systemDisk()) {
        if (auto volume = r.connection.volume(disk->pool, disk->name)) {
            disk->path = pathOf(volume->get());
            addOverlays(*disk);
        }
        virResetLastError();
        RecordedObject volume;
        volume.name = disk->name;
        volume.pool = disk->pool;
        addVolume(RemovalItem::Kind::Disk, volume);
    }
    for (const RecordedObject &object : r.record.objectsOf(RecordedObject::Kind::Volume)) {
        if (object.role == QLatin1String("iso"))
            addVolume(RemovalItem::Kind::Iso, object);
    }
}

// A DHCP host entry of the network's, by MAC or address.
bool holdsHostEntry(virNetworkPtr network, const RecordedObject &address)
{
    const auto xml = XmlElement::parse(takeLibvirtString(virNetworkGetXMLDesc(network, 0)));
    if (!xml)
        return false;
    for (const XmlElement *host : xml->allAt(QStringLiteral("ip/dhcp/host"))) {
        if (host->attribute(QStringLiteral("mac")).compare(address.mac, Qt::CaseInsensitive) == 0
            || host->attribute(QStringLiteral("ip")) == address.ipv4)
            return true;
    }
    return false;
}

void Planner::addNetworkItems()
{
    const QList<RecordedObject> addresses = r.record.objectsOf(RecordedObject::Kind::Address);
    QSet<QString> removed;
    for (const RecordedObject &object : r.record.objectsOf(RecordedObject::Kind::Network)) {
        const QString text = VmRemoval::tr("Airlock's network “%1”").arg(object.name);
        const NetworkHandle network(
                virNetworkLookupByName(r.connection.get(), object.name.toUtf8().constData()));
        if (!network) {
            virResetLastError();
            keep(text, VmRemoval::tr("it is no longer there"));
            continue;
        }
        const QString bridge = takeLibvirtString(virNetworkGetBridgeName(network.get()));
        virResetLastError();
        if (const QStringList users = r.users.domainsOnNetwork(object.name, bridge);
            !users.isEmpty()) {
            keep(text, usersText(users));
            continue;
        }
        removed.insert(object.name);
        p.items.append({RemovalItem::Kind::Network,
                        object.name,
                        {},
                        {},
                        {},
                        {},
                        text,
                        QStringLiteral("%1 net-destroy %2; %1 net-undefine %2")
                                .arg(r.virsh, shellQuoted(object.name))});
    }
    // An address on a network that goes goes with it.
    for (const RecordedObject &address : addresses) {
        const NetworkHandle network(
                virNetworkLookupByName(r.connection.get(), address.name.toUtf8().constData()));
        virResetLastError();
        if (removed.contains(address.name) || !network || !holdsHostEntry(network.get(), address))
            continue;
        const NetworkPinning pinning {address.mac, address.ipv4, {}, {}};
        p.items.append({RemovalItem::Kind::Address,
                        address.name,
                        {},
                        address.mac,
                        address.ipv4,
                        {},
                        VmRemoval::tr("the address %1 reserved for “%2” on the network “%3”")
                                .arg(address.ipv4, r.name, address.name),
                        QStringLiteral("%1 net-update %2 delete ip-dhcp-host %3 --live --config")
                                .arg(r.virsh, shellQuoted(address.name),
                                     shellQuoted(NetworkSetup::dhcpHostXml(pinning)))});
    }
}

QString filterText(const QString &name)
{
    return VmRemoval::tr("Airlock's traffic filter “%1”").arg(name);
}

void Planner::addFilterItems()
{
    QStringList candidates;
    for (const RecordedObject &object : r.record.objectsOf(RecordedObject::Kind::Filter)) {
        const NetworkFilterHandle filter(
                virNWFilterLookupByName(r.connection.get(), object.name.toUtf8().constData()));
        if (!filter) {
            const LibvirtError error = LibvirtError::last();
            virResetLastError();
            keep(filterText(object.name), error.code == VIR_ERR_NO_NWFILTER
                                                  ? VmRemoval::tr("it is no longer there")
                                                  : error.message);
            continue;
        }
        if (const QStringList users = r.users.domainsUsingFilter(object.name); !users.isEmpty()) {
            keep(filterText(object.name), usersText(users));
            continue;
        }
        candidates.append(object.name);
    }
    // A filter another filter that stays builds on stays too, until none is left.
    for (bool changed = true; changed;) {
        changed = false;
        for (const QString &name : std::as_const(candidates)) {
            QStringList builders = r.users.filtersReferencing(name);
            builders.removeIf([&candidates](const QString &b) { return candidates.contains(b); });
            if (builders.isEmpty())
                continue;
            keep(filterText(name),
                 VmRemoval::tr("the traffic filter “%1” builds on it").arg(builders.constFirst()));
            candidates.removeOne(name);
            changed = true;
            break;
        }
    }
    for (const QString &name : std::as_const(candidates)) {
        p.items.append({RemovalItem::Kind::Filter,
                        name,
                        {},
                        {},
                        {},
                        {},
                        filterText(name),
                        QStringLiteral("%1 nwfilter-undefine %2").arg(r.virsh, shellQuoted(name))});
    }
}

bool recordsObject(const VmRecord &record, RecordedObject::Kind kind, const QString &name)
{
    const QList<RecordedObject> objects = record.objectsOf(kind);
    return std::any_of(objects.cbegin(), objects.cend(),
                       [&name](const RecordedObject &o) { return o.name == name; });
}

// What the VM used that was there before it: the user's, or an older
// Airlock's that nobody recorded. Said so that nothing stays silently.
void Planner::addUnrecordedNotes()
{
    const QString pool = r.spec ? r.spec->storagePool : QString();
    if (!pool.isEmpty())
        keep(VmRemoval::tr("the storage pool “%1”").arg(pool),
             VmRemoval::tr("Airlock never removes a storage pool"));
    if (!p.recorded) {
        keep(VmRemoval::tr("the ISO, the network and the traffic filters this VM used"),
             VmRemoval::tr("the Airlock that made it (version %1) did not record what it made "
                           "for it, so Airlock cannot tell them from yours")
                     .arg(r.record.version));
        return;
    }
    if (!r.spec)
        return;
    const QString before = VmRemoval::tr("it was there before Airlock made this VM, and no other "
                                         "VM of Airlock's recorded it");
    if (r.spec->iso.isVolume()
        && !recordsObject(r.record, RecordedObject::Kind::Volume, r.spec->iso.volume)) {
        if (r.connection.volume(r.spec->iso.pool, r.spec->iso.volume))
            keep(VmRemoval::tr("the ISO “%1” in the pool “%2”")
                         .arg(r.spec->iso.volume, r.spec->iso.pool),
                 before);
        virResetLastError();
    }
    const QString network = DomainXml::networkName(r.spec->network);
    if (!network.isEmpty() && !recordsObject(r.record, RecordedObject::Kind::Network, network)) {
        if (NetworkHandle(virNetworkLookupByName(r.connection.get(), network.toUtf8().constData())))
            keep(VmRemoval::tr("the network “%1”").arg(network), before);
        virResetLastError();
    }
}

} // namespace

QString RemovalItem::kindId(Kind kind)
{
    switch (kind) {
    case Kind::TurnOff:
        return QStringLiteral("turn-off");
    case Kind::Snapshot:
        return QStringLiteral("snapshot");
    case Kind::Domain:
        return QStringLiteral("domain");
    case Kind::Overlay:
        return QStringLiteral("overlay");
    case Kind::Disk:
        return QStringLiteral("disk");
    case Kind::Address:
        return QStringLiteral("address");
    case Kind::Iso:
        return QStringLiteral("iso");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Filter:
        return QStringLiteral("filter");
    }
    return {};
}

QString KeptItem::line() const
{
    return VmRemoval::tr("Kept %1: %2.").arg(text, reason);
}

QString FailedItem::line() const
{
    return VmRemoval::tr("Could not remove %1 (%2). To remove it by hand: %3")
            .arg(item.text, error, item.manualCommand);
}

QStringList RemovalPlan::lines() const
{
    QStringList lines;
    for (const RemovalItem &item : items) {
        if (item.kind == RemovalItem::Kind::TurnOff)
            lines.append(tr("Turns off “%1” first: it is running, and it stops at once, as if its "
                            "power were cut.")
                                 .arg(item.name));
        else
            lines.append(tr("Removes %1.").arg(item.text));
    }
    for (const KeptItem &item : kept)
        lines.append(tr("Keeps %1: %2.").arg(item.text, item.reason));
    return lines;
}

namespace {

std::unexpected<RemovalRefusal> refusal(RemovalRefusal::Reason reason, const QString &message)
{
    return std::unexpected(RemovalRefusal {reason, message});
}

QString uuidOf(virDomainPtr domain)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(domain, uuid) < 0)
        return {};
    return QString::fromLatin1(uuid);
}

} // namespace

std::expected<RemovalPlan, RemovalRefusal> VmRemoval::plan(const Connection &connection,
                                                           const QString &name)
{
    const auto domain = connection.domain(name);
    if (!domain) {
        if (domain.error().code == VIR_ERR_NO_DOMAIN)
            return refusal(RemovalRefusal::Reason::NoSuchVm,
                           tr("There is no VM named “%1” on this connection.").arg(name));
        return refusal(
                RemovalRefusal::Reason::Unreadable,
                tr("Airlock could not read the VM “%1”: %2").arg(name, domain.error().message));
    }
    const QString xml
            = takeLibvirtString(virDomainGetXMLDesc(domain->get(), VIR_DOMAIN_XML_INACTIVE));
    const auto inactive = XmlElement::parse(xml);
    if (!inactive)
        return refusal(RemovalRefusal::Reason::Unreadable,
                       tr("Airlock could not read the VM “%1”: %2")
                               .arg(name, LibvirtError::last().message));
    const auto record = VmRecord::fromDomain(*inactive);
    if (!record)
        return refusal(RemovalRefusal::Reason::NotMadeByAirlock,
                       tr("“%1” was not made by Airlock: it carries none of Airlock's metadata, "
                          "and Airlock never removes a VM it did not make. Remove it with "
                          "virt-manager or virsh if you mean to.")
                               .arg(name));
    const auto users = ObjectUsers::read(connection, name);
    if (!users)
        return refusal(RemovalRefusal::Reason::Unreadable,
                       tr("Airlock could not list the other VMs on this connection: %1")
                               .arg(users.error().message));
    std::optional<VmSpec> spec;
    if (auto parsed = VmSpec::fromJson(record->specJson.toUtf8()))
        spec = std::move(*parsed);
    Reading reading {connection, name, virshPrefix(connection), *inactive, spec, *record,
                     *users,     {}};

    RemovalPlan plan;
    plan.domainName = name;
    plan.uuid = uuidOf(domain->get());
    plan.running = virDomainIsActive(domain->get()) == 1;
    plan.recorded = !record->objects.isEmpty();
    Planner planner(reading, plan);
    planner.addDomainItems(domain->get());
    planner.addVolumeItems();
    planner.addNetworkItems();
    planner.addFilterItems();
    planner.addUnrecordedNotes();
    std::stable_sort(plan.items.begin(), plan.items.end(),
                     [](const RemovalItem &a, const RemovalItem &b) { return a.kind < b.kind; });
    return plan;
}

namespace {

struct ItemResult
{
    RemovalStep::Status status = RemovalStep::Status::Removed;
    QString reason; // why it was kept, or libvirt's words when it failed
};

ItemResult removed()
{
    return {};
}

ItemResult kept(const QString &reason)
{
    return {RemovalStep::Status::Kept, reason};
}

ItemResult failed(const LibvirtError &error)
{
    return {RemovalStep::Status::Failed, error.message};
}

// A driver's refusal of a flag it lacks: the words of the retry without it
// say more.
bool refusedFlags(const LibvirtError &error)
{
    return error.code == VIR_ERR_INVALID_ARG || error.code == VIR_ERR_NO_SUPPORT
           || error.code == VIR_ERR_ARGUMENT_UNSUPPORTED;
}

ItemResult turnOff(const Connection &connection, const RemovalItem &item)
{
    const auto domain = connection.domain(item.name);
    if (!domain)
        return failed(domain.error());
    if (virDomainIsActive(domain->get()) == 1 && virDomainDestroy(domain->get()) < 0)
        return failed(LibvirtError::last());
    return removed();
}

ItemResult removeSnapshot(const Connection &connection, const RemovalPlan &plan,
                          const RemovalItem &item)
{
    const auto domain = connection.domain(plan.domainName);
    if (!domain)
        return failed(domain.error());
    const SnapshotHandle snapshot(
            virDomainSnapshotLookupByName(domain->get(), item.name.toUtf8().constData(), 0));
    if (!snapshot) {
        const LibvirtError error = LibvirtError::last();
        return error.code == VIR_ERR_NO_DOMAIN_SNAPSHOT ? removed() : failed(error);
    }
    if (virDomainSnapshotDelete(snapshot.get(), VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY) == 0)
        return removed();
    // A driver that cannot drop the record alone (the test driver) drops the
    // snapshot itself: its data is in the disk, which goes too.
    const LibvirtError error = LibvirtError::last();
    if (virDomainSnapshotDelete(snapshot.get(), 0) < 0)
        return failed(refusedFlags(error) ? LibvirtError::last() : error);
    return removed();
}

ItemResult undefine(const Connection &connection, const RemovalItem &item)
{
    const auto domain = connection.domain(item.name);
    if (!domain) {
        // A transient VM is gone once it is turned off.
        return domain.error().code == VIR_ERR_NO_DOMAIN ? removed() : failed(domain.error());
    }
    if (virDomainUndefineFlags(domain->get(), undefineFlags()) == 0)
        return removed();
    // Drivers without NVRAM or TPM state refuse those flags.
    const LibvirtError error = LibvirtError::last();
    if (virDomainUndefineFlags(domain->get(), VIR_DOMAIN_UNDEFINE_MANAGED_SAVE
                                                      | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA)
                == 0
        || virDomainUndefine(domain->get()) == 0)
        return removed();
    return failed(refusedFlags(error) ? LibvirtError::last() : error);
}

ItemResult removeVolume(const Connection &connection, const ObjectUsers &users,
                        const RemovalItem &item)
{
    if (const QStringList names = users.domainsUsingVolume(item.pool, item.name, item.path);
        !names.isEmpty())
        return kept(usersText(names));
    const auto volume = connection.volume(item.pool, item.name);
    if (!volume)
        return volume.error().code == VIR_ERR_NO_STORAGE_VOL ? removed() : failed(volume.error());
    if (virStorageVolDelete(volume->get(), 0) < 0)
        return failed(LibvirtError::last());
    return removed();
}

ItemResult releaseAddress(const Connection &connection, const RemovalItem &item)
{
    const auto released
            = NetworkSetup::release(connection, item.name, {item.mac, item.ipv4, {}, {}});
    if (!released && released.error().code != VIR_ERR_NO_NETWORK)
        return failed(released.error());
    return removed();
}

ItemResult removeNetwork(const Connection &connection, const ObjectUsers &users,
                         const RemovalItem &item)
{
    const NetworkHandle network(
            virNetworkLookupByName(connection.get(), item.name.toUtf8().constData()));
    if (!network) {
        const LibvirtError error = LibvirtError::last();
        return error.code == VIR_ERR_NO_NETWORK ? removed() : failed(error);
    }
    const QString bridge = takeLibvirtString(virNetworkGetBridgeName(network.get()));
    if (const QStringList names = users.domainsOnNetwork(item.name, bridge); !names.isEmpty())
        return kept(usersText(names));
    const auto xml = XmlElement::parse(takeLibvirtString(virNetworkGetXMLDesc(network.get(), 0)));
    if (xml && xml->attribute(QStringLiteral("connections")).toInt() > 0)
        return kept(VmRemoval::tr("another VM is connected to it"));
    if (virNetworkIsActive(network.get()) == 1 && virNetworkDestroy(network.get()) < 0)
        return failed(LibvirtError::last());
    if (virNetworkUndefine(network.get()) < 0)
        return failed(LibvirtError::last());
    return removed();
}

ItemResult removeFilter(const Connection &connection, const ObjectUsers &users,
                        const RemovalItem &item, QSet<QString> &removedFilters)
{
    if (const QStringList names = users.domainsUsingFilter(item.name); !names.isEmpty())
        return kept(usersText(names));
    QStringList builders = users.filtersReferencing(item.name);
    builders.removeIf([&removedFilters](const QString &b) { return removedFilters.contains(b); });
    if (!builders.isEmpty())
        return kept(
                VmRemoval::tr("the traffic filter “%1” builds on it").arg(builders.constFirst()));
    const NetworkFilterHandle filter(
            virNWFilterLookupByName(connection.get(), item.name.toUtf8().constData()));
    if (!filter) {
        const LibvirtError error = LibvirtError::last();
        return error.code == VIR_ERR_NO_NWFILTER ? removed() : failed(error);
    }
    if (virNWFilterUndefine(filter.get()) < 0) {
        const LibvirtError error = LibvirtError::last();
        // libvirt's word for a filter a running VM or another filter uses.
        if (error.code == VIR_ERR_OPERATION_INVALID)
            return kept(VmRemoval::tr("libvirt says it is in use (%1)").arg(error.message));
        return failed(error);
    }
    removedFilters.insert(item.name);
    return removed();
}

// Why nothing may be removed: the VM is not the one planned for any more.
std::optional<QString> changedSincePlan(const Connection &connection, const RemovalPlan &plan)
{
    const auto domain = connection.domain(plan.domainName);
    if (!domain)
        return VmRemoval::tr("“%1” is no longer there").arg(plan.domainName);
    if (uuidOf(domain->get()) != plan.uuid)
        return VmRemoval::tr("“%1” is another VM now than the one listed").arg(plan.domainName);
    if (!plan.running && virDomainIsActive(domain->get()) == 1)
        return VmRemoval::tr("“%1” was started after Airlock listed what it would remove; list "
                             "it again")
                .arg(plan.domainName);
    return std::nullopt;
}

QString outcomeLine(const RemovalItem &item, const ItemResult &result)
{
    switch (result.status) {
    case RemovalStep::Status::Removed:
        if (item.kind == RemovalItem::Kind::TurnOff)
            return VmRemoval::tr("Turned off “%1”.").arg(item.name);
        return VmRemoval::tr("Removed %1.").arg(item.text);
    case RemovalStep::Status::Kept:
        return KeptItem {item.text, result.reason}.line();
    case RemovalStep::Status::Failed:
        return FailedItem {item, result.reason}.line();
    case RemovalStep::Status::Removing:
        break;
    }
    return {};
}

} // namespace

RemovalOutcome VmRemoval::run(const Connection &connection, const RemovalPlan &plan,
                              const Progress &progress)
{
    RemovalOutcome outcome;
    outcome.kept = plan.kept;
    std::optional<QString> stop = changedSincePlan(connection, plan);
    const auto users = ObjectUsers::read(connection, plan.domainName);
    if (!users && !stop)
        stop = tr("the other VMs on this connection could not be listed (%1)")
                       .arg(users.error().message);
    QSet<QString> removedFilters;
    const int count = int(plan.items.size());
    for (int index = 0; index < count; ++index) {
        const RemovalItem &item = plan.items.at(index);
        if (progress)
            progress({index, count, item, RemovalStep::Status::Removing, {}});
        ItemResult result;
        if (stop) {
            result = {RemovalStep::Status::Failed, tr("not tried: %1").arg(*stop)};
        } else {
            switch (item.kind) {
            case RemovalItem::Kind::TurnOff:
                result = turnOff(connection, item);
                break;
            case RemovalItem::Kind::Snapshot:
                result = removeSnapshot(connection, plan, item);
                break;
            case RemovalItem::Kind::Domain:
                result = undefine(connection, item);
                break;
            case RemovalItem::Kind::Overlay:
            case RemovalItem::Kind::Disk:
            case RemovalItem::Kind::Iso:
                result = removeVolume(connection, *users, item);
                break;
            case RemovalItem::Kind::Address:
                result = releaseAddress(connection, item);
                break;
            case RemovalItem::Kind::Network:
                result = removeNetwork(connection, *users, item);
                break;
            case RemovalItem::Kind::Filter:
                result = removeFilter(connection, *users, item, removedFilters);
                break;
            }
            virResetLastError();
            // What comes after needs the VM off and gone: not tried without.
            const bool vital = item.kind == RemovalItem::Kind::TurnOff
                               || item.kind == RemovalItem::Kind::Domain;
            if (vital && result.status == RemovalStep::Status::Failed)
                stop = tr("%1 could not be removed").arg(item.text);
        }
        const QString line = outcomeLine(item, result);
        if (result.status == RemovalStep::Status::Removed)
            outcome.removed.append(line);
        else if (result.status == RemovalStep::Status::Kept)
            outcome.kept.append({item.text, result.reason});
        else
            outcome.failed.append({item, result.reason});
        if (progress)
            progress({index, count, item, result.status, line});
    }
    return outcome;
}

} // namespace Airlock
