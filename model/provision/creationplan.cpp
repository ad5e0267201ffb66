// SPDX-License-Identifier: GPL-3.0-or-later
#include "creationplan.h"

#include "airlockrecords.h"
#include "creationjournal.h"
#include "networksetup.h"

#include "domainxml/networkshape.h"
#include "exposure/hostdevicerule.h"
#include "exposure/sharedfolderrule.h"

#include "hypervisor/hostfacts.h"
#include "hypervisor/xmlelement.h"
#include "media/downloadjob.h"
#include "media/isoupload.h"
#include "shell/shellquoted.h"
#include "spec/specsection.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>
#include <QXmlStreamReader>

#include <csignal>

namespace Airlock {

namespace {

// What the spec asks for that Airlock never gives a VM on this host, with
// the host's own answers: devices libvirt does not describe, or describes
// as what the Devices page never offers, and a shared folder whose path
// leads somewhere the VM must not write.
SpecProblems refusedExposures(const VmSpec &spec, const DomainTarget &target)
{
    SpecProblems problems;
    for (qsizetype i = 0; i < spec.exposure.hostDevices.size(); ++i) {
        const QString &name = spec.exposure.hostDevices.at(i);
        const QString key = QStringLiteral("exposure.hostDevices[%1]").arg(i);
        const auto known = std::find_if(target.hostDevices.cbegin(), target.hostDevices.cend(),
                                        [&name](const HostDevice &d) { return d.name == name; });
        if (known == target.hostDevices.cend())
            problems.append({key, CreationPlan::tr("libvirt lists no USB device or PCI function "
                                                   "“%1” on this host")
                                          .arg(name)});
        else if (const auto refused = HostDeviceRule::refusal(*known))
            problems.append({key, *refused});
    }
    if (const auto &folder = spec.exposure.sharedFolder) {
        if (const auto refused
            = SharedFolderRule::refusalOnThisComputer(folder->path, folder->readOnly))
            problems.append({QStringLiteral("exposure.sharedFolder.path"), *refused});
    }
    return problems;
}

QString problemLines(const SpecProblems &problems)
{
    QStringList lines;
    for (const SpecProblem &problem : problems)
        lines.append(problem.text());
    return lines.join(QLatin1Char('\n'));
}

// An object this run made, as the VM's metadata records it.
RecordedObject recorded(RecordedObject::Kind kind, const QString &name, const QString &pool = {},
                        const QString &role = {})
{
    RecordedObject object;
    object.kind = kind;
    object.name = name;
    object.pool = pool;
    object.role = role;
    return object;
}

// Where Airlock puts the "default" pool when a host has none, as virt-manager
// and virt-install do.
constexpr const char *s_defaultPoolPath = "/var/lib/libvirt/images";
constexpr int s_subnetCandidates = 40;

struct StepDone
{
    QString detail;
    bool skipped = false;
};

struct StepError
{
    QString what;
    LibvirtError error;
    QString advice;
    SpecSection concern = SpecSection::Summary;
    SpecProblems refused; // the check refused the spec itself
};

using StepOutcome = std::expected<StepDone, StepError>;

std::unexpected<StepError> stepError(const QString &what, const LibvirtError &error,
                                     const QString &advice,
                                     SpecSection concern = SpecSection::Summary)
{
    return std::unexpected(StepError {what, error, advice, concern, {}});
}

QString formatSize(qint64 bytes)
{
    // "32 GiB", not "32.0 GiB"; "1.5 GiB" where it matters.
    const qint64 gibibyte = qint64(1) << 30;
    const int precision = bytes % gibibyte == 0 ? 0 : 1;
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeIecFormat);
}

// The IPv4 subnets a network's XML gives it.
QList<std::pair<QHostAddress, int>> ipv4SubnetsOf(const QString &xml)
{
    QList<std::pair<QHostAddress, int>> subnets;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement
            || reader.name() != QLatin1String("ip"))
            continue;
        const auto attributes = reader.attributes();
        if (attributes.value(QLatin1String("family")) == QLatin1String("ipv6"))
            continue;
        const QHostAddress address(attributes.value(QLatin1String("address")).toString());
        int prefix = attributes.value(QLatin1String("prefix")).toInt();
        if (attributes.hasAttribute(QLatin1String("netmask"))) {
            const QHostAddress mask(attributes.value(QLatin1String("netmask")).toString());
            prefix = qPopulationCount(mask.toIPv4Address());
        }
        if (!address.isNull() && prefix > 0)
            subnets.append({address, prefix});
    }
    return subnets;
}

QList<std::pair<QHostAddress, int>> subnetsInUse(const Connection &connection)
{
    QList<std::pair<QHostAddress, int>> subnets;
    virNetworkPtr *networks = nullptr;
    const int count = virConnectListAllNetworks(connection.get(), &networks, 0);
    for (int i = 0; i < count; ++i) {
        const NetworkHandle network(networks[i]);
        subnets += ipv4SubnetsOf(takeLibvirtString(virNetworkGetXMLDesc(network.get(), 0)));
    }
    free(networks);
    return subnets;
}

bool overlaps(const QList<std::pair<QHostAddress, int>> &used, const NetworkAddressing &candidate)
{
    const QHostAddress address(candidate.ipv4Address());
    return std::any_of(used.cbegin(), used.cend(), [&address](const auto &subnet) {
        const int prefix = std::min(subnet.second, 24);
        return address.isInSubnet(subnet.first, prefix);
    });
}

// A pool Airlock made holds volumes again: another creation running at the
// same time put its disk there. It stays.
std::optional<QString> poolInUse(const Connection &connection, const QByteArray &name)
{
    const auto volumes = connection.volumeNames(QString::fromUtf8(name));
    if (volumes && !volumes->isEmpty()) {
        return CreationPlan::tr("kept the storage pool “%1”: it holds volumes Airlock did not "
                                "make (%2)")
                .arg(QString::fromUtf8(name), volumes->join(QLatin1String(", ")));
    }
    return std::nullopt;
}

// A network Airlock made has guests on it that are not this run's.
std::optional<QString> networkInUse(virNetworkPtr network)
{
    const auto xml = XmlElement::parse(takeLibvirtString(virNetworkGetXMLDesc(network, 0)));
    if (xml && xml->attribute(QStringLiteral("connections")).toInt() > 0) {
        return CreationPlan::tr("kept the network “%1”: another VM is connected to it")
                .arg(QString::fromUtf8(virNetworkGetName(network)));
    }
    return std::nullopt;
}

// The UUID libvirt gave a defined domain, and its NVRAM file when it named
// one (UEFI): the install-time definition must carry both.
LibvirtResult<std::pair<QString, QString>> definedIdentity(virDomainPtr domain)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(domain, uuid) < 0)
        return lastLibvirtError();
    const QString text = takeLibvirtString(virDomainGetXMLDesc(domain, VIR_DOMAIN_XML_INACTIVE));
    if (text.isEmpty())
        return lastLibvirtError();
    QString parseError;
    const auto xml = XmlElement::parse(text, &parseError);
    if (!xml)
        return std::unexpected(LibvirtError::fromMessage(parseError));
    const XmlElement *nvram = xml->at(QStringLiteral("os/nvram"));
    return std::pair {QString::fromLatin1(uuid), nvram ? nvram->text : QString()};
}

int undefineFlags()
{
    return VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_TPM | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE
           | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA;
}

// Empty on removal; a sentence when the object was kept on purpose.
using UndoAction = std::function<LibvirtResult<QString>(const Connection &)>;

// What undoing a step does to a pool or network: one Airlock only started
// is stopped again; one it defined is stopped if it runs, then undefined.
enum class Removal { Stop, StopAndUndefine };

UndoAction volumeRemoval(const QString &pool, const QString &volume)
{
    return [pool, volume](const Connection &c) -> LibvirtResult<QString> {
        const auto v = c.volume(pool, volume);
        if (!v)
            return std::unexpected(v.error());
        if (virStorageVolDelete(v->get(), 0) < 0)
            return lastLibvirtError();
        return QString();
    };
}

UndoAction poolRemoval(const QByteArray &name, Removal removal)
{
    return [name, removal](const Connection &c) -> LibvirtResult<QString> {
        if (const auto kept = poolInUse(c, name))
            return *kept;
        StoragePoolHandle p(virStoragePoolLookupByName(c.get(), name.constData()));
        if (!p)
            return lastLibvirtError();
        if (removal == Removal::Stop) {
            if (virStoragePoolDestroy(p.get()) < 0)
                return lastLibvirtError();
            return QString();
        }
        if (virStoragePoolIsActive(p.get()) == 1 && virStoragePoolDestroy(p.get()) < 0)
            return lastLibvirtError();
        if (virStoragePoolUndefine(p.get()) < 0)
            return lastLibvirtError();
        return QString();
    };
}

UndoAction networkRemoval(const QByteArray &name, Removal removal)
{
    return [name, removal](const Connection &c) -> LibvirtResult<QString> {
        NetworkHandle n(virNetworkLookupByName(c.get(), name.constData()));
        if (!n)
            return lastLibvirtError();
        if (const auto kept = networkInUse(n.get()))
            return *kept;
        if (removal == Removal::Stop) {
            if (virNetworkDestroy(n.get()) < 0)
                return lastLibvirtError();
            return QString();
        }
        if (virNetworkIsActive(n.get()) == 1 && virNetworkDestroy(n.get()) < 0)
            return lastLibvirtError();
        if (virNetworkUndefine(n.get()) < 0)
            return lastLibvirtError();
        return QString();
    };
}

UndoAction filterRemoval(const QByteArray &name)
{
    return [name](const Connection &c) -> LibvirtResult<QString> {
        NetworkFilterHandle f(virNWFilterLookupByName(c.get(), name.constData()));
        if (!f)
            return lastLibvirtError();
        if (virNWFilterUndefine(f.get()) == 0)
            return QString();
        const LibvirtError error = LibvirtError::last();
        // Another VM, or another of Airlock's filters, uses it.
        if (error.code == VIR_ERR_OPERATION_INVALID)
            return CreationPlan::tr("kept the traffic filter “%1”: it is in use")
                    .arg(QString::fromUtf8(name));
        return std::unexpected(error);
    };
}

UndoAction dhcpHostRemoval(const QString &network, const NetworkPinning &pinning)
{
    return [network, pinning](const Connection &c) -> LibvirtResult<QString> {
        const auto released = NetworkSetup::release(c, network, pinning);
        if (!released)
            return std::unexpected(released.error());
        return QString();
    };
}

UndoAction domainRemoval(const QByteArray &name)
{
    return [name](const Connection &c) -> LibvirtResult<QString> {
        DomainHandle d(virDomainLookupByName(c.get(), name.constData()));
        if (!d)
            return lastLibvirtError();
        if (virDomainUndefineFlags(d.get(), undefineFlags()) == 0)
            return QString();
        // Drivers without NVRAM or TPM state refuse those flags.
        if (virDomainUndefine(d.get()) < 0)
            return lastLibvirtError();
        return QString();
    };
}

UndoAction domainStop(const QByteArray &name)
{
    return [name](const Connection &c) -> LibvirtResult<QString> {
        DomainHandle d(virDomainLookupByName(c.get(), name.constData()));
        if (!d || virDomainDestroy(d.get()) < 0)
            return lastLibvirtError();
        return QString();
    };
}

// The undo of an object, from what its journal entry says alone: the same
// for a rollback as it runs and for the recovery after a crash.
UndoAction undoActionOf(const JournalObject &object)
{
    using Kind = JournalObject::Kind;
    const QByteArray name = object.name.toUtf8();
    switch (object.kind) {
    case Kind::Pool:
        return poolRemoval(name, Removal::StopAndUndefine);
    case Kind::PoolStarted:
        return poolRemoval(name, Removal::Stop);
    case Kind::Disk:
    case Kind::Iso:
        return volumeRemoval(object.pool, object.name);
    case Kind::Network:
        return networkRemoval(name, Removal::StopAndUndefine);
    case Kind::NetworkStarted:
        return networkRemoval(name, Removal::Stop);
    case Kind::Filter:
        return filterRemoval(name);
    case Kind::DhcpHost:
        return dhcpHostRemoval(object.network, NetworkPinning {object.mac, object.ipv4, {}, {}});
    case Kind::Domain:
        return domainRemoval(name);
    case Kind::Running:
        return domainStop(name);
    }
    return {};
}

// Whether a lookup that found nothing means "there is none" (true) or that
// libvirt could not say (false: the connection is gone, say).
bool absentAfterLookup()
{
    static const int s_absent[] = {VIR_ERR_NO_DOMAIN, VIR_ERR_NO_NETWORK, VIR_ERR_NO_STORAGE_POOL,
                                   VIR_ERR_NO_STORAGE_VOL, VIR_ERR_NO_NWFILTER};
    const int code = LibvirtError::last().code;
    virResetLastError();
    return std::find(std::begin(s_absent), std::end(s_absent), code) != std::end(s_absent);
}

std::optional<bool> activeOrAbsent(int active)
{
    if (active < 0)
        return std::nullopt;
    return active == 1;
}

std::optional<bool> dhcpHostExists(const Connection &connection, const JournalObject &object)
{
    NetworkHandle n(virNetworkLookupByName(connection.get(), object.network.toUtf8().constData()));
    if (!n)
        return absentAfterLookup() ? std::optional(false) : std::nullopt;
    const QString xml = takeLibvirtString(virNetworkGetXMLDesc(n.get(), VIR_NETWORK_XML_INACTIVE));
    if (xml.isEmpty())
        return std::nullopt;
    return xml.contains(QStringLiteral("mac='%1'").arg(object.mac), Qt::CaseInsensitive)
           || xml.contains(QStringLiteral("mac=\"%1\"").arg(object.mac), Qt::CaseInsensitive);
}

// Whether the object of a journal entry is there now; nullopt when libvirt
// cannot say.
std::optional<bool> objectExists(const Connection &connection, const JournalObject &object)
{
    using Kind = JournalObject::Kind;
    const QByteArray name = object.name.toUtf8();
    switch (object.kind) {
    case Kind::Pool:
    case Kind::PoolStarted: {
        StoragePoolHandle p(virStoragePoolLookupByName(connection.get(), name.constData()));
        if (!p)
            return absentAfterLookup() ? std::optional(false) : std::nullopt;
        if (object.kind == Kind::Pool)
            return true;
        return activeOrAbsent(virStoragePoolIsActive(p.get()));
    }
    case Kind::Disk:
    case Kind::Iso: {
        StoragePoolHandle p(
                virStoragePoolLookupByName(connection.get(), object.pool.toUtf8().constData()));
        if (!p)
            return absentAfterLookup() ? std::optional(false) : std::nullopt;
        if (virStoragePoolIsActive(p.get()) != 1)
            return std::nullopt; // an inactive pool lists no volumes
        virStoragePoolRefresh(p.get(), 0);
        StorageVolumeHandle v(virStorageVolLookupByName(p.get(), name.constData()));
        return v ? std::optional(true)
                 : (absentAfterLookup() ? std::optional(false) : std::nullopt);
    }
    case Kind::Network:
    case Kind::NetworkStarted: {
        NetworkHandle n(virNetworkLookupByName(connection.get(), name.constData()));
        if (!n)
            return absentAfterLookup() ? std::optional(false) : std::nullopt;
        if (object.kind == Kind::Network)
            return true;
        return activeOrAbsent(virNetworkIsActive(n.get()));
    }
    case Kind::Filter: {
        NetworkFilterHandle f(virNWFilterLookupByName(connection.get(), name.constData()));
        return f ? std::optional(true)
                 : (absentAfterLookup() ? std::optional(false) : std::nullopt);
    }
    case Kind::DhcpHost:
        return dhcpHostExists(connection, object);
    case Kind::Domain:
    case Kind::Running: {
        DomainHandle d(virDomainLookupByName(connection.get(), name.constData()));
        if (!d)
            return absentAfterLookup() ? std::optional(false) : std::nullopt;
        if (object.kind == Kind::Domain)
            return true;
        return activeOrAbsent(virDomainIsActive(d.get()));
    }
    }
    return std::nullopt;
}

// For the crash-safety tests only: AIRLOCK_TEST_KILL_AT=<step or kind>:<point>
// (Disk:made, dhcp-host:after-intent, Network:started, …) kills the process
// with SIGKILL there, as a power loss would stop it.
void killPoint(const QString &where, const char *point)
{
    static const QByteArray s_at = qgetenv("AIRLOCK_TEST_KILL_AT");
    if (s_at.isEmpty())
        return;
    if (s_at == (where + QLatin1Char(':') + QLatin1String(point)).toUtf8())
        std::raise(SIGKILL);
}

void killPoint(const JournalObject &object, const char *point)
{
    killPoint(journalName(object.step), point);
    killPoint(journalName(object.kind), point);
}

} // namespace

// An object made, and how to undo it: built from its journal entry alone.
struct CreationPlan::Undo
{
    int stepIndex;
    JournalObject object;

    QString description() const { return object.description(); }
    QString manualCommand() const { return object.manualCommand(); }
    // Empty on removal; a sentence when the object was kept on purpose (a
    // pool or network that another VM started using meanwhile).
    LibvirtResult<QString> run(const Connection &connection) const
    {
        return undoActionOf(object)(connection);
    }
};

struct CreationPlan::Private
{
    QList<Undo> undos; // done and not undone, in the order they were done
    DomainTarget target;
    // What the other VMs of Airlock's recorded, read when a step reuses an
    // object: a reused object is recorded only when it is shared among them.
    std::optional<AirlockRecords> others;
    void recordReused(const Connection &connection, RecordedObject object);
    CreationResult result;
    QStringList kept; // notes of undos that kept a shared object on purpose
    QStringList keptDescriptions; // the objects those notes are about
    int stepIndex = 0;
    std::optional<CreationJournal> journal;
    // Finishing an interrupted creation: what it made and this run keeps.
    QList<JournalObject> adopted;

    StepOutcome check(const Connection &connection, const VmSpec &spec);
    // `raced`: a second look after another creation defined the object first.
    StepOutcome storagePool(const Connection &connection, const VmSpec &spec, bool raced = false);
    StepOutcome disk(const Connection &connection, const VmSpec &spec);
    StepOutcome iso(const Connection &connection, const VmSpec &spec, const Callbacks &callbacks,
                    const std::atomic_bool &cancel);
    std::optional<StepOutcome> streamedIso(const Connection &connection, const VmSpec &spec,
                                           const CachedIso &cached);
    StepOutcome network(const Connection &connection, const VmSpec &spec);
    std::expected<QString, StepError> natNetwork(const Connection &connection, const VmSpec &spec,
                                                 bool raced = false);
    std::expected<QString, StepError> filters(const Connection &connection, const VmSpec &spec);
    std::expected<QString, StepError> pin(const Connection &connection, const VmSpec &spec);
    StepOutcome define(const Connection &connection);
    StepOutcome start(const Connection &connection);
    std::optional<std::unexpected<StepError>> keepDefinition(const Connection &connection,
                                                             virDomainPtr domain);

    StepOutcome runStep(CreationStepId id, const Connection &connection, const VmSpec &spec,
                        const Callbacks &callbacks, const std::atomic_bool &cancel);
    std::optional<StepError> journalStep(CreationStepId id);
    std::optional<std::unexpected<StepError>> intend(const JournalObject &object);
    std::optional<std::unexpected<StepError>> intendMissingFilters(const Connection &connection,
                                                                   const NetworkChoice &network);
    void remember(JournalObject object);
    const JournalObject *adoptedOf(JournalObject::Kind kind) const;
};

// Journals the intent to make `object` before the libvirt call that makes
// it; when the journal cannot be written, the step stops before the call.
std::optional<std::unexpected<StepError>> CreationPlan::Private::intend(const JournalObject &object)
{
    killPoint(object, "before-intent");
    if (journal) {
        if (const auto written = journal->intend(object); !written)
            return stepError(tr("Airlock stopped before making %1.").arg(object.description()),
                             LibvirtError::fromMessage(written.error()),
                             tr("Free some space in Airlock's data directory, then try again."));
    }
    killPoint(object, "after-intent");
    return std::nullopt;
}

// Journals `object` as made, and keeps its undo.
void CreationPlan::Private::remember(JournalObject object)
{
    killPoint(object, "made");
    object.state = JournalObject::State::Made;
    // A journal that cannot be written now still says "intended", which a
    // recovery treats as made when the object exists.
    if (journal)
        (void)journal->made(object);
    killPoint(object, "after-made");
    const bool known = std::any_of(undos.cbegin(), undos.cend(), [&object](const Undo &undo) {
        return undo.object.sameObject(object);
    });
    if (known)
        return;
    result.created.append(object.description());
    undos.append({stepIndex, std::move(object)});
}

// The filters the step is about to define: those libvirt does not have yet.
std::optional<std::unexpected<StepError>> CreationPlan::Private::intendMissingFilters(
        const Connection &connection, const NetworkChoice &network)
{
    for (const FilterDocument &document : NetworkFilters::documents(network)) {
        NetworkFilterHandle handle(
                virNWFilterLookupByName(connection.get(), document.name.toUtf8().constData()));
        if (handle || LibvirtError::last().code != VIR_ERR_NO_NWFILTER)
            continue; // there already, or a driver without filters
        virResetLastError();
        if (const auto refused = intend(JournalObject::ofFilter(document.name)))
            return refused;
    }
    virResetLastError();
    return std::nullopt;
}

const JournalObject *CreationPlan::Private::adoptedOf(JournalObject::Kind kind) const
{
    const auto found = std::find_if(adopted.cbegin(), adopted.cend(),
                                    [kind](const JournalObject &o) { return o.kind == kind; });
    return found == adopted.cend() ? nullptr : &*found;
}

QString CreationStep::title() const
{
    switch (id) {
    case CreationStepId::Check:
        return CreationPlan::tr("Check that everything is ready");
    case CreationStepId::StoragePool:
        return CreationPlan::tr("Prepare the storage pool");
    case CreationStepId::Disk:
        return CreationPlan::tr("Create the VM's disk");
    case CreationStepId::Iso:
        return CreationPlan::tr("Put the NixOS ISO into the pool");
    case CreationStepId::Network:
        return CreationPlan::tr("Prepare the network");
    case CreationStepId::Define:
        return CreationPlan::tr("Define the VM");
    case CreationStepId::Start:
        return CreationPlan::tr("Start the VM");
    }
    return {};
}

QString CreationFailure::text() const
{
    QStringList parts {what};
    if (!libvirtMessage.isEmpty())
        parts.append(libvirtMessage);
    if (!advice.isEmpty())
        parts.append(advice);
    return parts.join(QLatin1Char('\n'));
}

CreationPlan::CreationPlan(const VmSpec &spec) : m_spec(spec), d(std::make_unique<Private>()) { }

CreationPlan::~CreationPlan() = default;

QList<CreationStep> CreationPlan::steps()
{
    return {{CreationStepId::Check}, {CreationStepId::StoragePool}, {CreationStepId::Disk},
            {CreationStepId::Iso},   {CreationStepId::Network},     {CreationStepId::Define},
            {CreationStepId::Start}};
}

VmSpec CreationPlan::definedSpec(const VmSpec &spec, const QString &isoVolume)
{
    VmSpec defined = spec;
    if (!spec.iso.isEmpty() && !spec.iso.isVolume())
        defined.iso = IsoSource::poolVolume(
                spec.storagePool, isoVolume.isEmpty() ? isoVolumeName(spec.iso.path) : isoVolume);
    return defined;
}

// Shared when another of Airlock's VMs recorded it; otherwise the user's
// (or an older Airlock's, unrecorded), which deleting this VM never removes.
void CreationPlan::Private::recordReused(const Connection &connection, RecordedObject object)
{
    if (!others) {
        auto read = AirlockRecords::read(connection);
        if (!read)
            return;
        others = std::move(*read);
    }
    if (!others->records(object))
        return;
    object.madeBy = RecordedObject::MadeBy::Airlock;
    target.objects.append(object);
}

StepOutcome CreationPlan::Private::check(const Connection &connection, const VmSpec &spec)
{
    const QString notReady = tr("Airlock cannot create this VM yet.");
    if (spec.iso.isEmpty()) {
        return stepError(tr("No installer ISO was chosen."), {},
                         tr("Go back to “Get NixOS” and download the ISO or choose one you have."),
                         SpecSection::Media);
    }

    const auto facts = HostFacts::query(connection, spec.storagePool);
    if (!facts) {
        return stepError(tr("Airlock could not read what this host offers."), facts.error(),
                         tr("Check that the libvirt daemon is running, then try again."));
    }
    const HostLimits limits {facts->threads, qint64(facts->memoryBytes / (1024 * 1024)),
                             facts->kvm()};
    if (const SpecProblems problems = spec.validate(limits); !problems.isEmpty()) {
        // The way back leads to the first setting named; most are sizes.
        const auto section = SpecSections::ofKey(problems.constFirst().key);
        auto refusal = stepError(tr("The VM's settings do not fit this host."),
                                 LibvirtError::fromMessage(problemLines(problems)),
                                 tr("Change them on the page the setting belongs to."),
                                 section.value_or(SpecSection::Resources));
        refusal.error().refused = problems;
        return refusal;
    }

    DomainHandle existing(virDomainLookupByName(connection.get(), spec.name.toUtf8().constData()));
    if (existing) {
        return stepError(tr("A VM named “%1” already exists on this connection.").arg(spec.name),
                         {},
                         tr("Choose another name on “Size the VM”. Airlock never changes a VM it "
                            "did not create."),
                         SpecSection::Resources);
    }
    virResetLastError();
    if (facts->pool.exists) {
        if (!adoptedOf(JournalObject::Kind::Disk)
            && connection.volume(spec.storagePool, spec.diskVolumeName())) {
            return stepError(tr("The pool “%1” already holds a volume named “%2”.")
                                     .arg(spec.storagePool, spec.diskVolumeName()),
                             {},
                             tr("Choose another VM name on “Size the VM”. Airlock never "
                                "overwrites a volume."),
                             SpecSection::Resources);
        }
    } else if (spec.storagePool != QLatin1String("default")) {
        return stepError(tr("The storage pool “%1” does not exist.").arg(spec.storagePool), {},
                         tr("Create it (for example with virt-manager), or use the pool "
                            "“default”, which Airlock creates when it is missing."));
    }

    if (spec.network.mode != NetworkMode::None) {
        // Airlock's filters are built on libvirt's own; the plan defines
        // Airlock's, but cannot make up libvirt's.
        for (const QString &filter : NetworkFilters::stockFilters()) {
            NetworkFilterHandle handle(
                    virNWFilterLookupByName(connection.get(), filter.toUtf8().constData()));
            if (handle)
                continue;
            const LibvirtError error = LibvirtError::last();
            if (error.code == VIR_ERR_NO_NWFILTER) {
                return stepError(tr("libvirt's traffic filter “%1” is missing.").arg(filter), error,
                                 tr("Start libvirt's network-filter service (on secureblue: "
                                    "ujust set-libvirt-daemons on), then try again."),
                                 SpecSection::Host);
            }
            // A driver without network filters (libvirt's test driver) cannot
            // apply one; the audit afterwards says whether the VM has it.
        }
    }

    if (!spec.iso.isVolume()) {
        const QFileInfo file(spec.iso.path);
        if (!file.isFile() || !file.isReadable()) {
            return stepError(tr("The ISO “%1” cannot be read.").arg(spec.iso.path), {},
                             tr("Check that the file exists, or choose it again on “Get NixOS”."),
                             SpecSection::Media);
        }
    } else if (const auto volume = connection.volume(spec.iso.pool, spec.iso.volume); !volume) {
        return stepError(tr("The ISO volume “%1” is not in the pool “%2”.")
                                 .arg(spec.iso.volume, spec.iso.pool),
                         volume.error(), tr("Choose the ISO again on “Get NixOS”."),
                         SpecSection::Media);
    }

    const auto target = DomainTarget::query(connection, spec.exposure.hostDevices);
    if (!target)
        return stepError(notReady, target.error(), tr("Check the connection, then try again."));
    this->target = *target;
    if (const SpecProblems refused = refusedExposures(spec, this->target); !refused.isEmpty()) {
        auto refusal = stepError(tr("Airlock does not give a VM what the spec asks for here."),
                                 LibvirtError::fromMessage(problemLines(refused)),
                                 tr("Go back to “Choose devices” and choose again."),
                                 SpecSection::Devices);
        refusal.error().refused = refused;
        return refusal;
    }
    if (const auto xml = DomainXml::domain(spec, this->target); !xml) {
        QStringList lines;
        for (const SpecProblem &problem : xml.error())
            lines.append(problem.text());
        return stepError(tr("A device chosen for the VM is not on this host."),
                         LibvirtError::fromMessage(lines.join(QLatin1Char('\n'))),
                         tr("Go back to “Choose devices” and choose again."), SpecSection::Devices);
    }

    return StepDone {
            tr("“%1” is free; %n virtual CPU(s) and %2 fit this host.", nullptr, spec.vcpus)
                    .arg(spec.name, formatSize(spec.memoryMiB * 1024 * 1024))};
}

StepOutcome CreationPlan::Private::storagePool(const Connection &connection, const VmSpec &spec,
                                               bool raced)
{
    const QByteArray name = spec.storagePool.toUtf8();
    StoragePoolHandle pool(virStoragePoolLookupByName(connection.get(), name.constData()));
    if (pool) {
        if (virStoragePoolIsActive(pool.get()) == 1)
            return StepDone {tr("Uses the pool “%1”.").arg(spec.storagePool), true};
        const auto started
                = JournalObject::ofPool(JournalObject::Kind::PoolStarted, spec.storagePool);
        if (const auto refused = intend(started))
            return *refused;
        if (virStoragePoolCreate(pool.get(), 0) < 0) {
            return stepError(
                    tr("The storage pool “%1” could not be started.").arg(spec.storagePool),
                    LibvirtError::last(), tr("Check the pool's directory and permissions."));
        }
        remember(started);
        return StepDone {tr("Started the pool “%1”.").arg(spec.storagePool)};
    }

    virResetLastError();
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QStringLiteral("pool"));
    writer.writeAttribute(QStringLiteral("type"), QStringLiteral("dir"));
    writer.writeTextElement(QStringLiteral("name"), spec.storagePool);
    writer.writeStartElement(QStringLiteral("target"));
    writer.writeTextElement(QStringLiteral("path"), QLatin1String(s_defaultPoolPath));
    writer.writeEndElement();
    writer.writeEndElement();

    const auto defined = JournalObject::ofPool(JournalObject::Kind::Pool, spec.storagePool);
    if (const auto refused = intend(defined))
        return *refused;
    StoragePoolHandle created(
            virStoragePoolDefineXML(connection.get(), xml.toUtf8().constData(), 0));
    if (!created) {
        const LibvirtError error = LibvirtError::last();
        // Another creation defined it a moment ago: use it like any existing pool.
        if (!raced
            && StoragePoolHandle(virStoragePoolLookupByName(connection.get(), name.constData())))
            return storagePool(connection, spec, true);
        return stepError(tr("The storage pool “%1” could not be defined.").arg(spec.storagePool),
                         error,
                         tr("Check that libvirt's storage service runs (on secureblue: ujust "
                            "set-libvirt-daemons on)."));
    }
    remember(defined);
    if (virStoragePoolBuild(created.get(), 0) < 0 || virStoragePoolCreate(created.get(), 0) < 0) {
        return stepError(tr("The storage pool “%1” could not be started.").arg(spec.storagePool),
                         LibvirtError::last(),
                         tr("Check that %1 exists and that libvirt may write to it.")
                                 .arg(QLatin1String(s_defaultPoolPath)));
    }
    virStoragePoolSetAutostart(created.get(), 1);
    return StepDone {tr("Created the pool “%1” in %2.")
                             .arg(spec.storagePool, QLatin1String(s_defaultPoolPath))};
}

StepOutcome CreationPlan::Private::disk(const Connection &connection, const VmSpec &spec)
{
    const auto pool = connection.storagePool(spec.storagePool);
    if (!pool)
        return stepError(tr("The storage pool “%1” is not available.").arg(spec.storagePool),
                         pool.error(), {});
    const auto disk = JournalObject::ofVolume(JournalObject::Kind::Disk, spec.storagePool,
                                              spec.diskVolumeName());
    if (adoptedOf(JournalObject::Kind::Disk)) {
        target.objects.append(recorded(RecordedObject::Kind::Volume, spec.diskVolumeName(),
                                       spec.storagePool, QStringLiteral("disk")));
        result.storagePool = spec.storagePool;
        result.diskVolume = spec.diskVolumeName();
        return StepDone {tr("Kept %1, made before the interruption.").arg(spec.diskVolumeName())};
    }
    if (const auto refused = intend(disk))
        return *refused;
    StorageVolumeHandle volume(virStorageVolCreateXML(
            pool->get(), DomainXml::diskVolume(spec).toUtf8().constData(), 0));
    if (!volume) {
        return stepError(tr("The disk “%1” could not be created.").arg(spec.diskVolumeName()),
                         LibvirtError::last(),
                         tr("Check the free space in the pool, or choose a smaller disk on “Size "
                            "the VM”."),
                         SpecSection::Resources);
    }
    remember(disk);
    target.objects.append(recorded(RecordedObject::Kind::Volume, spec.diskVolumeName(),
                                   spec.storagePool, QStringLiteral("disk")));
    result.storagePool = spec.storagePool;
    result.diskVolume = spec.diskVolumeName();
    return StepDone {tr("%1, up to %2, grows as NixOS writes to it.")
                             .arg(spec.diskVolumeName(),
                                  formatSize(qint64(spec.diskGiB) * 1024 * 1024 * 1024))};
}

StepOutcome CreationPlan::Private::iso(const Connection &connection, const VmSpec &spec,
                                       const Callbacks &callbacks, const std::atomic_bool &cancel)
{
    if (spec.iso.isVolume()) {
        result.iso = spec.iso;
        recordReused(connection, recorded(RecordedObject::Kind::Volume, spec.iso.volume,
                                          spec.iso.pool, QStringLiteral("iso")));
        return StepDone {
                tr("Already in the pool “%1” as “%2”.").arg(spec.iso.pool, spec.iso.volume), true};
    }
    if (const JournalObject *kept = adoptedOf(JournalObject::Kind::Iso)) {
        result.iso = IsoSource::poolVolume(kept->pool, kept->name);
        target.objects.append(recorded(RecordedObject::Kind::Volume, kept->name, kept->pool,
                                       QStringLiteral("iso")));
        return StepDone {
                tr("Kept the ISO “%1”, uploaded before the interruption.").arg(kept->name)};
    }
    const int index = stepIndex;
    // A verified download carries its hash: the upload checks the bytes it
    // sends against it, and an identical volume is found without re-reading.
    const auto verified = CachedIso::read(spec.iso.path);
    if (verified && verified->hasVolume()) {
        if (auto adopted = streamedIso(connection, spec, *verified))
            return std::move(*adopted);
    }
    const QByteArray sha256 = verified ? verified->sha256.toLatin1() : QByteArray();
    const auto uploaded = putIsoInPool(
            connection, spec.storagePool, spec.iso.path, QString(), sha256,
            [&callbacks, index](qint64 done, qint64 total) {
                if (callbacks.progress)
                    callbacks.progress(index, done, total);
            },
            &cancel,
            [this, &spec](const QString &volume) -> std::optional<LibvirtError> {
                const auto refused = intend(JournalObject::ofVolume(JournalObject::Kind::Iso,
                                                                    spec.storagePool, volume));
                if (refused)
                    return refused->error().error;
                return std::nullopt;
            });
    if (!uploaded) {
        return stepError(tr("The ISO could not be put into the pool “%1”.").arg(spec.storagePool),
                         uploaded.error(),
                         isoUploadAdvice(uploaded.error(), spec.storagePool,
                                         QFileInfo(spec.iso.path).size()),
                         SpecSection::Media);
    }
    result.iso = IsoSource::poolVolume(uploaded->pool, uploaded->volume);
    const RecordedObject isoVolume = recorded(RecordedObject::Kind::Volume, uploaded->volume,
                                              uploaded->pool, QStringLiteral("iso"));
    if (!uploaded->created) {
        recordReused(connection, isoVolume);
        return StepDone {
                tr("The pool already holds this ISO as “%1”; reused.").arg(uploaded->volume), true};
    }
    target.objects.append(isoVolume);
    remember(JournalObject::ofVolume(JournalObject::Kind::Iso, uploaded->pool, uploaded->volume));
    return StepDone {tr("Uploaded as “%1”.").arg(uploaded->volume)};
}

// The volume the download streamed into and verified, still as it was made:
// taken over as if this step had uploaded it (journal, record, undo), unless
// another of Airlock's VMs already uses it. nullopt: upload as usual.
std::optional<StepOutcome> CreationPlan::Private::streamedIso(const Connection &connection,
                                                              const VmSpec &spec,
                                                              const CachedIso &cached)
{
    if (cached.pool != spec.storagePool || cached.poolUri != connection.uri()
        || QFileInfo(spec.iso.path).size() != cached.size)
        return std::nullopt;
    const auto volume = connection.volume(cached.pool, cached.volume);
    if (!volume) {
        virResetLastError();
        return std::nullopt;
    }
    virStorageVolInfo info;
    const char *key = virStorageVolGetKey(volume->get());
    if (!key || QString::fromUtf8(key) != cached.volumeKey
        || virStorageVolGetInfo(volume->get(), &info) != 0
        || qint64(info.capacity) != cached.size) {
        virResetLastError();
        return std::nullopt;
    }
    if (!others) {
        auto read = AirlockRecords::read(connection);
        if (!read)
            return std::nullopt; // cannot tell whose it is now
        others = std::move(*read);
    }
    const RecordedObject isoVolume = recorded(RecordedObject::Kind::Volume, cached.volume,
                                              cached.pool, QStringLiteral("iso"));
    result.iso = IsoSource::poolVolume(cached.pool, cached.volume);
    if (others->records(isoVolume)) {
        recordReused(connection, isoVolume);
        return StepDone {tr("The pool already holds this ISO as “%1”; reused.").arg(cached.volume),
                         true};
    }
    const auto adopted
            = JournalObject::ofVolume(JournalObject::Kind::Iso, cached.pool, cached.volume);
    if (const auto refused = intend(adopted))
        return StepOutcome(*refused);
    target.objects.append(isoVolume);
    remember(adopted);
    //: %1 is a volume name
    return StepDone {tr("Copied into the pool as “%1” while it downloaded.").arg(cached.volume)};
}

StepOutcome CreationPlan::Private::network(const Connection &connection, const VmSpec &spec)
{
    if (spec.network.mode == NetworkMode::None)
        return StepDone {tr("No network: the VM gets no network card."), true};
    QStringList details;
    if (spec.network.mode == NetworkMode::Nat) {
        const auto made = natNetwork(connection, spec);
        if (!made)
            return std::unexpected(made.error());
        details.append(*made);
    } else {
        details.append(tr("Uses the host's bridge “%1”.").arg(spec.network.bridge));
    }
    const auto filtered = filters(connection, spec);
    if (!filtered)
        return std::unexpected(filtered.error());
    if (!filtered->isEmpty())
        details.append(*filtered);
    const auto pinned = pin(connection, spec);
    if (!pinned)
        return std::unexpected(pinned.error());
    details.append(*pinned);
    return StepDone {details.join(QLatin1Char(' '))};
}

std::expected<QString, StepError> CreationPlan::Private::natNetwork(const Connection &connection,
                                                                    const VmSpec &spec, bool raced)
{
    const QString name = DomainXml::networkName(spec.network);
    const QByteArray nameBytes = name.toUtf8();
    result.networkName = name;
    NetworkHandle existing(virNetworkLookupByName(connection.get(), nameBytes.constData()));
    if (existing) {
        // Never changed, only used, and only when it is exactly what Airlock
        // would make: a network that differs may let the VM reach more than
        // Airlock says.
        const QString xml = takeLibvirtString(virNetworkGetXMLDesc(existing.get(), 0));
        const QStringList differences = NetworkShape::networkDifferences(xml, spec.network);
        if (!differences.isEmpty()) {
            return stepError(
                    tr("A network named “%1” exists, but it is not what Airlock makes (%2).")
                            .arg(name, differences.join(QLatin1String("; "))),
                    {},
                    tr("Airlock neither changes nor uses a network that differs from its own. If "
                       "an older Airlock made it, remove it once no VM uses it (virsh "
                       "net-destroy %1; virsh net-undefine %1); otherwise rename it, or choose "
                       "another network mode.")
                            .arg(shellQuoted(name)),
                    SpecSection::Devices);
        }
        target.addressing = NetworkShape::addressingOf(xml);
        recordReused(connection, recorded(RecordedObject::Kind::Network, name));
        if (virNetworkIsActive(existing.get()) == 1)
            return tr("Uses Airlock's network “%1”.").arg(name);
        const auto started = JournalObject::ofNetwork(JournalObject::Kind::NetworkStarted, name);
        if (const auto refused = intend(started))
            return *refused;
        if (virNetworkCreate(existing.get()) < 0) {
            return stepError(tr("Airlock's network “%1” could not be started.").arg(name),
                             LibvirtError::last(), tr("Another network may use its addresses."));
        }
        remember(started);
        return tr("Started Airlock's network “%1”.").arg(name);
    }
    virResetLastError();

    // The first 192.168.x.0/24 no libvirt network uses; when the host itself
    // uses it (libvirt says "already in use"), the next one.
    const auto used = subnetsInUse(connection);
    const auto defined = JournalObject::ofNetwork(JournalObject::Kind::Network, name);
    if (const auto refused = intend(defined))
        return *refused;
    LibvirtError lastError;
    for (int candidate = 0; candidate < s_subnetCandidates; ++candidate) {
        const NetworkAddressing addressing = NetworkAddressing::candidate(candidate);
        if (overlaps(used, addressing))
            continue;
        NetworkHandle network(virNetworkDefineXML(
                connection.get(),
                DomainXml::network(spec.network, addressing).toUtf8().constData()));
        if (!network) {
            const LibvirtError error = LibvirtError::last();
            // Another creation made it a moment ago: use it if it is Airlock's kind.
            if (!raced
                && NetworkHandle(virNetworkLookupByName(connection.get(), nameBytes.constData())))
                return natNetwork(connection, spec, true);
            return stepError(tr("Airlock's network “%1” could not be defined.").arg(name), error,
                             tr("Check that libvirt's network service runs (on secureblue: ujust "
                                "set-libvirt-daemons on)."));
        }
        if (virNetworkCreate(network.get()) == 0) {
            virNetworkSetAutostart(network.get(), 1);
            target.addressing = addressing;
            target.objects.append(recorded(RecordedObject::Kind::Network, name));
            remember(defined);
            return tr("Created Airlock's network “%1” on %2.").arg(name, addressing.ipv4Network());
        }
        lastError = LibvirtError::last();
        virNetworkUndefine(network.get());
        if (!lastError.message.contains(QLatin1String("in use")))
            break;
    }
    return stepError(tr("Airlock's network “%1” could not be started.").arg(name), lastError,
                     tr("Check that dnsmasq is installed and that no other network uses the "
                        "192.168.150–189 address ranges."));
}

std::expected<QString, StepError> CreationPlan::Private::filters(const Connection &connection,
                                                                 const VmSpec &spec)
{
    if (const auto refused = intendMissingFilters(connection, spec.network))
        return *refused;
    QList<NetworkSetup::FilterChanged> changed;
    const auto ensured = NetworkSetup::ensureFilters(connection, spec.network, changed);
    QStringList defined;
    QStringList renewed;
    // What was defined before a failure is undone with the rest.
    for (const NetworkSetup::FilterChanged &filter : std::as_const(changed)) {
        if (filter.change == NetworkSetup::FilterChange::Redefined) {
            // An older Airlock's filter, brought up to date: kept on undo,
            // since the old one promised less than Airlock shows.
            renewed.append(filter.name);
            continue;
        }
        defined.append(filter.name);
        remember(JournalObject::ofFilter(filter.name));
    }
    if (!ensured) {
        // A driver without network filters (libvirt's test driver) cannot
        // apply one; the audit afterwards says the VM has none.
        if (ensured.error().code == VIR_ERR_NO_SUPPORT)
            return QString();
        return stepError(tr("Airlock's traffic filters could not be defined."), ensured.error(),
                         tr("Check that libvirt's network-filter service runs (on secureblue: "
                            "ujust set-libvirt-daemons on)."),
                         SpecSection::Host);
    }
    for (const FilterDocument &document : NetworkFilters::documents(spec.network)) {
        const RecordedObject filter = recorded(RecordedObject::Kind::Filter, document.name);
        if (defined.contains(document.name))
            target.objects.append(filter);
        else
            recordReused(connection, filter);
    }
    QStringList details;
    if (!defined.isEmpty())
        details.append(tr("Defined Airlock's traffic filters (%1).")
                               .arg(defined.join(QLatin1String(", "))));
    if (!renewed.isEmpty())
        details.append(tr("Brought Airlock's traffic filters up to date (%1).")
                               .arg(renewed.join(QLatin1String(", "))));
    return details.join(QLatin1Char(' '));
}

std::expected<QString, StepError> CreationPlan::Private::pin(const Connection &connection,
                                                             const VmSpec &spec)
{
    NetworkPinning pinning;
    if (spec.network.mode == NetworkMode::Nat) {
        const QString name = DomainXml::networkName(spec.network);
        auto reserved = NetworkSetup::reserve(
                connection, name, target.addressing,
                [this, &name](const NetworkPinning &p) -> std::optional<LibvirtError> {
                    const auto refused = intend(JournalObject::ofDhcpHost(name, p.mac, p.ipv4));
                    if (refused)
                        return refused->error().error;
                    return std::nullopt;
                });
        if (!reserved && reserved.error().code == VIR_ERR_NO_SUPPORT) {
            // A driver that cannot update networks (the test driver): the
            // MAC is still the VM's own; there is no DHCP entry to make.
            const auto mac = NetworkSetup::freeMac(connection);
            if (!mac)
                reserved = std::unexpected(mac.error());
            else
                reserved = NetworkPinning {*mac, {}, {}, {}};
        }
        if (!reserved) {
            return stepError(tr("No address could be reserved for the VM on “%1”.").arg(name),
                             reserved.error(),
                             tr("Airlock's network may be full (253 VMs), or another program "
                                "changed it meanwhile. Try again."));
        }
        pinning = *reserved;
        if (!pinning.ipv4.isEmpty()) {
            RecordedObject address = recorded(RecordedObject::Kind::Address, name);
            address.mac = pinning.mac;
            address.ipv4 = pinning.ipv4;
            target.objects.append(address);
            remember(JournalObject::ofDhcpHost(name, pinning.mac, pinning.ipv4));
        }
        NetworkSetup::addHostAddresses(connection, pinning);
    } else {
        const auto mac = NetworkSetup::freeMac(connection);
        if (!mac) {
            return stepError(tr("The VM's network card could not be given an address."),
                             mac.error(), tr("Try again."));
        }
        pinning.mac = *mac;
    }
    target.pinning = pinning;
    if (pinning.ipv4.isEmpty())
        return tr("The VM's network card is %1.").arg(pinning.mac);
    return tr("Reserved %1 for the VM's network card %2.").arg(pinning.ipv4, pinning.mac);
}

StepOutcome CreationPlan::Private::define(const Connection &connection)
{
    target.created = QDateTime::currentDateTimeUtc();
    const auto xml = DomainXml::domain(result.spec, target);
    if (!xml) {
        return stepError(tr("The VM's configuration could not be written."),
                         LibvirtError::fromMessage(xml.error().constFirst().text()), {});
    }
    const auto defined = JournalObject::ofDomain(JournalObject::Kind::Domain, result.spec.name);
    if (const auto refused = intend(defined))
        return *refused;
    DomainHandle domain(virDomainDefineXML(connection.get(), xml->toUtf8().constData()));
    if (!domain) {
        return stepError(tr("libvirt refused the VM's configuration."), LibvirtError::last(),
                         tr("The message above says which part; the exact XML is on the Summary "
                            "page."));
    }
    remember(defined);
    result.domainName = result.spec.name;
    const auto identity = definedIdentity(domain.get());
    if (!identity) {
        return stepError(tr("libvirt did not say how it defined the VM."), identity.error(),
                         tr("Check the connection, then try again."));
    }
    target.uuid = identity->first;
    target.nvram = identity->second;
    return StepDone {tr("Defined “%1”: it boots from its disk once NixOS is installed.")
                             .arg(result.spec.name)};
}

// A driver that let the started install-time definition replace the
// persistent one (none known does) gets it back, as virt-install does it:
// createXML, then defineXML. The undo of the definition still removes it.
std::optional<std::unexpected<StepError>> CreationPlan::Private::keepDefinition(
        const Connection &connection, virDomainPtr domain)
{
    if (virDomainIsPersistent(domain) == 1)
        return std::nullopt;
    const auto xml = DomainXml::domain(result.spec, target);
    if (xml) {
        if (DomainHandle(virDomainDefineXML(connection.get(), xml->toUtf8().constData())))
            return std::nullopt;
    }
    virDomainDestroy(domain);
    return stepError(tr("libvirt did not keep the VM's definition when it started."),
                     LibvirtError::last(),
                     tr("The VM was stopped again. Check the connection, then try again."));
}

StepOutcome CreationPlan::Private::start(const Connection &connection)
{
    // The installation runs from the install-time definition, started over
    // the defined domain (same name, UUID and NVRAM): libvirt runs it as the
    // live configuration and keeps the persistent one for the next start.
    const auto xml = DomainXml::domain(result.spec, target, DomainXml::Definition::Install);
    if (!xml) {
        return stepError(tr("The VM's configuration could not be written."),
                         LibvirtError::fromMessage(xml.error().constFirst().text()), {});
    }
    const auto running = JournalObject::ofDomain(JournalObject::Kind::Running, result.spec.name);
    if (const auto refused = intend(running))
        return *refused;
    DomainHandle domain(virDomainCreateXML(connection.get(), xml->toUtf8().constData(), 0));
    if (!domain) {
        const LibvirtError error = LibvirtError::last();
        QString advice = tr("libvirt's message above says why. The VM's log on the host is "
                            "/var/log/libvirt/qemu/%1.log.")
                                 .arg(result.spec.name);
        SpecSection concern = SpecSection::Summary;
        if (error.message.contains(QLatin1String("firmware"), Qt::CaseInsensitive)) {
            concern = SpecSection::Resources;
            advice = tr("This host has no matching UEFI firmware: install the OVMF/edk2 package, "
                        "or choose BIOS on “Size the VM”.");
        } else if (result.spec.exposure.gpuAcceleration
                   && (error.message.contains(QLatin1String("/dev/dri"))
                       || error.message.contains(QLatin1String("rendernode"), Qt::CaseInsensitive)
                       || error.message.contains(QLatin1String("egl"), Qt::CaseInsensitive))) {
            concern = SpecSection::Devices;
            advice = tr("3D acceleration needs a graphics card the host can render with "
                        "(/dev/dri/renderD…), and this host has none. Turn 3D acceleration off on "
                        "“Choose devices”.");
        } else if (result.spec.exposure.tpm && error.message.contains(QLatin1String("swtpm"))) {
            concern = SpecSection::Devices;
            advice = tr("The emulated TPM needs swtpm on the host (package swtpm). Install it or "
                        "turn the TPM off on “Choose devices”.");
        }
        return stepError(tr("The VM could not be started."), error, advice, concern);
    }
    if (const auto refused = keepDefinition(connection, domain.get()))
        return *refused;
    remember(running);
    return StepDone {tr("“%1” is running the NixOS installer.").arg(result.spec.name)};
}

StepOutcome CreationPlan::Private::runStep(CreationStepId id, const Connection &connection,
                                           const VmSpec &spec, const Callbacks &callbacks,
                                           const std::atomic_bool &cancel)
{
    switch (id) {
    case CreationStepId::Check:
        return check(connection, spec);
    case CreationStepId::StoragePool:
        return storagePool(connection, spec);
    case CreationStepId::Disk:
        return disk(connection, spec);
    case CreationStepId::Iso: {
        StepOutcome outcome = iso(connection, spec, callbacks, cancel);
        if (outcome)
            result.spec = definedSpec(spec, result.iso.volume);
        return outcome;
    }
    case CreationStepId::Network:
        return network(connection, spec);
    case CreationStepId::Define:
        return define(connection);
    case CreationStepId::Start:
        return start(connection);
    }
    return StepDone {};
}

// The journal of this run: a new one, unless a recovery handed its own over.
std::optional<CreationFailure> CreationPlan::openJournal(const Connection &connection)
{
    if (d->journal)
        return std::nullopt;
    auto journal = CreationJournal::begin(connection.uri(), m_spec);
    if (!journal && dropVanishedJournal(connection))
        journal = CreationJournal::begin(connection.uri(), m_spec);
    if (!journal) {
        CreationFailure failure;
        failure.stepIndex = 0;
        failure.step = CreationStepId::Check;
        failure.what = journal.error();
        return failure;
    }
    d->journal = std::move(*journal);
    return std::nullopt;
}

// An interrupted creation of this name whose objects are all gone (removed
// by hand with the commands Airlock printed): nothing is left to recover.
bool CreationPlan::dropVanishedJournal(const Connection &connection)
{
    const QString path = CreationJournal::pathFor(connection.uri(), m_spec.name);
    if (!QFileInfo::exists(path) || CreationJournal::isRunning(path))
        return false;
    auto journal = CreationJournal::resume(path);
    if (!journal)
        return false;
    for (const JournalObject &object : journal->record().objects) {
        if (objectExists(connection, object) != false)
            return false;
    }
    journal->close();
    return true;
}

std::optional<StepError> CreationPlan::Private::journalStep(CreationStepId id)
{
    if (!journal)
        return std::nullopt;
    if (const auto written = journal->setStep(id); !written) {
        return StepError {tr("Airlock stopped before “%1”.").arg(CreationStep {id}.title()),
                          LibvirtError::fromMessage(written.error()),
                          tr("Free some space in Airlock's data directory, then try again."),
                          SpecSection::Summary,
                          {}};
    }
    killPoint(journalName(id), "started");
    return std::nullopt;
}

std::expected<CreationResult, CreationFailure> CreationPlan::run(const Connection &connection,
                                                                 const Callbacks &callbacks,
                                                                 const std::atomic_bool &cancel)
{
    d->undos.clear();
    d->result = {};
    d->result.spec = m_spec;
    if (const auto refused = openJournal(connection))
        return std::unexpected(*refused);
    // Finishing an interrupted creation: what it made is this run's own.
    for (JournalObject object : std::as_const(d->adopted)) {
        d->result.created.append(object.description());
        d->undos.append({int(steps().indexOf(CreationStep {object.step})), std::move(object)});
    }
    const QList<CreationStep> plan = steps();

    for (int index = 0; index < plan.size(); ++index) {
        const CreationStepId id = plan.at(index).id;
        d->stepIndex = index;
        CreationFailure failure;
        failure.stepIndex = index;
        failure.step = id;

        std::optional<StepOutcome> outcome;
        if (cancel.load()) {
            failure.cancelled = true;
            failure.what = tr("Creation was cancelled before “%1”.").arg(plan.at(index).title());
        } else {
            if (callbacks.started)
                callbacks.started(index);
            if (const auto unwritten = d->journalStep(id))
                outcome = std::unexpected(*unwritten);
            if (!outcome && callbacks.inject) {
                if (const auto injected = callbacks.inject(id))
                    outcome = stepError(tr("“%1” failed.").arg(plan.at(index).title()), *injected,
                                        {});
            }
            if (!outcome)
                outcome = d->runStep(id, connection, m_spec, callbacks, cancel);
            // The calls of the step have returned: an intention that made
            // nothing is void, unless the daemon went away mid-call.
            if (d->journal && (*outcome || !outcome->error().error.isConnectionLost()))
                (void)d->journal->forgetIntended();
            if (*outcome) {
                if ((*outcome)->skipped) {
                    if (callbacks.skipped)
                        callbacks.skipped(index, (*outcome)->detail);
                } else if (callbacks.finished) {
                    callbacks.finished(index, (*outcome)->detail);
                }
                continue;
            }
            const StepError &error = outcome->error();
            failure.cancelled = cancel.load() && error.error.code == VIR_ERR_OPERATION_ABORTED;
            failure.what = failure.cancelled ? tr("Creation was cancelled during “%1”.")
                                                       .arg(plan.at(index).title())
                                             : error.what;
            failure.libvirtMessage = failure.cancelled ? QString() : error.error.message;
            failure.advice = error.advice;
            failure.concern = error.concern;
            failure.refused = error.refused;
            failure.connectionLost = error.error.isConnectionLost();
        }

        return std::unexpected(rollBack(connection, callbacks, failure));
    }
    // A cancel that came while the last step ran still means "I do not want
    // this VM": undone like any other.
    if (cancel.load()) {
        CreationFailure failure;
        failure.stepIndex = int(plan.size()) - 1;
        failure.step = plan.constLast().id;
        failure.cancelled = true;
        failure.what = tr("Creation was cancelled during “%1”.").arg(plan.constLast().title());
        return std::unexpected(rollBack(connection, callbacks, failure));
    }
    // The VM is made: from now on it is the user's, and nothing undoes it.
    d->undos.clear();
    d->adopted.clear();
    if (d->journal) {
        d->journal->close();
        d->journal.reset();
    }
    return d->result;
}

CreationFailure CreationPlan::rollBack(const Connection &connection, const Callbacks &callbacks,
                                       CreationFailure failure)
{
    const QStringList leftovers = undoLeftovers(connection, callbacks);
    failure.leftovers = leftovers;
    for (const QString &line : std::as_const(d->result.created)) {
        if (!std::any_of(leftovers.cbegin(), leftovers.cend(),
                         [&line](const QString &left) { return left.startsWith(line); })
            && !d->keptDescriptions.contains(line))
            failure.undone.append(line);
    }
    failure.kept = d->kept;
    if (!leftovers.isEmpty() && failure.advice.isEmpty())
        failure.advice = tr("Airlock could not remove everything it had made; the list says how "
                            "to remove each by hand.");
    return failure;
}

// One undo, journalled: the object leaves the journal once it is gone. One
// that is gone already (removed before a crash cut the journal short) counts
// as undone.
LibvirtResult<QString> CreationPlan::undoOne(const Connection &connection, const Undo &undo)
{
    const std::optional<bool> present = objectExists(connection, undo.object);
    const LibvirtResult<QString> result
            = present == false ? LibvirtResult<QString>(QString()) : undo.run(connection);
    if (result) {
        killPoint(QStringLiteral("undo-") + journalName(undo.object.kind), "removed");
        if (d->journal)
            (void)d->journal->forget(undo.object);
    }
    return result;
}

QStringList CreationPlan::undoLeftovers(const Connection &connection, const Callbacks &callbacks)
{
    QStringList leftovers;
    QList<Undo> remaining;
    d->kept.clear();
    d->keptDescriptions.clear();
    for (auto it = d->undos.crbegin(); it != d->undos.crend(); ++it) {
        if (callbacks.undoing)
            callbacks.undoing(it->stepIndex);
        const auto result = undoOne(connection, *it);
        if (callbacks.undone)
            callbacks.undone(it->stepIndex, result.has_value());
        if (!result) {
            leftovers.append(
                    tr("%1 (remove it with: %2)").arg(it->description(), it->manualCommand()));
            remaining.prepend(*it);
        } else if (!result->isEmpty()) {
            d->kept.append(*result);
            d->keptDescriptions.append(it->description());
        }
    }
    d->undos = remaining;
    // Nothing left that the creation made: no journal either.
    if (d->journal && d->journal->record().objects.isEmpty()) {
        d->journal->close();
        d->journal.reset();
    }
    return leftovers;
}

CreationPlan::CreationPlan(CreationJournal &&journal)
    : m_spec(journal.record().spec), d(std::make_unique<Private>())
{
    d->journal = std::move(journal);
}

// The undos of what the journal says was made; an intended object counts as
// made when it exists now, and is forgotten when it does not.
void CreationPlan::loadJournal(const Connection &connection)
{
    d->undos.clear();
    d->result = {};
    d->result.spec = m_spec;
    const QList<JournalObject> objects = d->journal->record().objects;
    for (const JournalObject &object : objects) {
        if (object.state == JournalObject::State::Intended
            && objectExists(connection, object) == false) {
            (void)d->journal->forget(object);
            continue;
        }
        d->result.created.append(object.description());
        d->undos.append({int(steps().indexOf(CreationStep {object.step})), object});
    }
}

CreationFailure CreationPlan::undoJournal(const Connection &connection, const Callbacks &callbacks)
{
    CreationFailure failure;
    if (!d->journal)
        return failure;
    failure.stepIndex = int(steps().indexOf(CreationStep {d->journal->record().step}));
    failure.step = d->journal->record().step;
    (void)d->journal->setAction(QStringLiteral("undo"));
    loadJournal(connection);
    failure = rollBack(connection, callbacks, failure);
    if (d->journal && d->undos.isEmpty()) {
        // Only intentions of objects libvirt could not look up were left.
        d->journal->close();
        d->journal.reset();
    }
    return failure;
}

std::expected<CreationResult, CreationFailure> CreationPlan::finishJournal(
        const Connection &connection, const Callbacks &callbacks, const std::atomic_bool &cancel)
{
    if (!d->journal)
        return std::unexpected(CreationFailure {});
    (void)d->journal->setAction(QStringLiteral("finish"));
    loadJournal(connection);
    // The disk and the uploaded ISO are kept (they are costly to make
    // again), and the pool they are in; everything else is undone and made
    // again by the plan.
    using Kind = JournalObject::Kind;
    QList<Undo> redo;
    for (const Undo &undo : std::as_const(d->undos)) {
        const bool costly = undo.object.kind == Kind::Disk || undo.object.kind == Kind::Iso
                            || undo.object.kind == Kind::Pool
                            || undo.object.kind == Kind::PoolStarted;
        if (costly && undo.object.state == JournalObject::State::Made)
            d->adopted.append(undo.object);
        else
            redo.append(undo);
    }
    d->undos = redo;
    CreationFailure failure;
    failure.stepIndex = int(steps().indexOf(CreationStep {d->journal->record().step}));
    failure.step = d->journal->record().step;
    failure = rollBack(connection, callbacks, failure);
    if (!failure.leftovers.isEmpty()) {
        failure.what = tr("The interrupted creation of “%1” could not be finished: Airlock could "
                          "not remove what it has to make again.")
                               .arg(m_spec.name);
        return std::unexpected(failure);
    }
    if (!d->journal) {
        // The undo removed everything, so nothing is adopted: a new creation.
        d->adopted.clear();
    }
    return run(connection, callbacks, cancel);
}

bool CreationPlan::hasLeftovers() const
{
    return !d->undos.isEmpty();
}

} // namespace Airlock
