// SPDX-License-Identifier: GPL-3.0-or-later
#include "creationjournal.h"

#include "shell/shellquoted.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Airlock {

namespace {

constexpr int s_version = 1;

const QList<std::pair<JournalObject::Kind, const char *>> &kindNames()
{
    using K = JournalObject::Kind;
    static const QList<std::pair<K, const char *>> names {
            {K::Pool, "pool"},       {K::PoolStarted, "pool-started"},
            {K::Disk, "disk"},       {K::Iso, "iso"},
            {K::Network, "network"}, {K::NetworkStarted, "network-started"},
            {K::Filter, "filter"},   {K::DhcpHost, "dhcp-host"},
            {K::Domain, "domain"},   {K::Running, "running"},
    };
    return names;
}

const QList<std::pair<CreationStepId, const char *>> &stepNames()
{
    using S = CreationStepId;
    static const QList<std::pair<S, const char *>> names {
            {S::Check, "Check"}, {S::StoragePool, "StoragePool"}, {S::Disk, "Disk"},
            {S::Iso, "Iso"},     {S::Network, "Network"},         {S::Define, "Define"},
            {S::Start, "Start"},
    };
    return names;
}

template<typename T>
std::optional<T> fromName(const QList<std::pair<T, const char *>> &names, const QString &name)
{
    for (const auto &[value, text] : names) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Writes `bytes` to `path` so that a reader finds either the old file or the
// new one, whole, even after a power loss: a temporary file beside it,
// fsync, then rename (or link, which refuses to replace an existing file,
// when `exclusive`), then fsync of the directory.
std::expected<void, QString> writeDurably(const QString &path, const QByteArray &bytes,
                                          bool exclusive)
{
    const QFileInfo info(path);
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = QFile::encodeName(
            info.dir().filePath(QStringLiteral(".%1.tmp-%2")
                                        .arg(info.fileName())
                                        .arg(QCoreApplication::applicationPid())));
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return std::unexpected(systemError());
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString error = systemError();
            ::close(fd);
            ::unlink(temporary.constData());
            return std::unexpected(error);
        }
        written += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const QString error = systemError();
        ::unlink(temporary.constData());
        return std::unexpected(error);
    }
    const int moved = exclusive ? ::link(temporary.constData(), target.constData())
                                : ::rename(temporary.constData(), target.constData());
    const QString moveError = moved != 0 ? systemError() : QString();
    if (exclusive || moved != 0)
        ::unlink(temporary.constData());
    if (moved != 0)
        return std::unexpected(moveError);
    const int dir = ::open(QFile::encodeName(info.absolutePath()).constData(),
                           O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        return std::unexpected(systemError());
    const int synced = ::fsync(dir);
    ::close(dir);
    if (synced != 0)
        return std::unexpected(systemError());
    return {};
}

QString lockPath(const QString &journalPath)
{
    return journalPath + QLatin1String(".lock");
}

// The lock a running creation holds; -1 when another process holds it.
int takeLock(const QString &journalPath, QString *error)
{
    const int fd = ::open(QFile::encodeName(lockPath(journalPath)).constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = systemError();
        return -1;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        error->clear();
        return -1;
    }
    return fd;
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return CreationJournal::tr("Airlock could not write the journal of this creation at “%1” "
                               "(%2), so it made nothing. Check that the disk is not full and "
                               "that Airlock may write to %3, then try again.")
            .arg(path, reason, QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
}

std::optional<CreationRecord> readRecord(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return CreationRecord::fromJson(file.readAll(), path);
}

} // namespace

QString journalName(JournalObject::Kind kind)
{
    for (const auto &[value, text] : kindNames()) {
        if (value == kind)
            return QLatin1String(text);
    }
    return {};
}

QString journalName(CreationStepId step)
{
    for (const auto &[value, text] : stepNames()) {
        if (value == step)
            return QLatin1String(text);
    }
    return {};
}

JournalObject JournalObject::ofPool(Kind kind, const QString &name)
{
    JournalObject object;
    object.kind = kind;
    object.step = CreationStepId::StoragePool;
    object.name = name;
    return object;
}

JournalObject JournalObject::ofVolume(Kind kind, const QString &pool, const QString &name)
{
    JournalObject object;
    object.kind = kind;
    object.step = kind == Kind::Iso ? CreationStepId::Iso : CreationStepId::Disk;
    object.pool = pool;
    object.name = name;
    return object;
}

JournalObject JournalObject::ofNetwork(Kind kind, const QString &name)
{
    JournalObject object;
    object.kind = kind;
    object.step = CreationStepId::Network;
    object.name = name;
    return object;
}

JournalObject JournalObject::ofFilter(const QString &name)
{
    JournalObject object;
    object.kind = Kind::Filter;
    object.step = CreationStepId::Network;
    object.name = name;
    return object;
}

JournalObject JournalObject::ofDhcpHost(const QString &network, const QString &mac,
                                        const QString &ipv4)
{
    JournalObject object;
    object.kind = Kind::DhcpHost;
    object.step = CreationStepId::Network;
    object.network = network;
    object.mac = mac;
    object.ipv4 = ipv4;
    return object;
}

JournalObject JournalObject::ofDomain(Kind kind, const QString &name)
{
    JournalObject object;
    object.kind = kind;
    object.step = kind == Kind::Running ? CreationStepId::Start : CreationStepId::Define;
    object.name = name;
    return object;
}

bool JournalObject::sameObject(const JournalObject &other) const
{
    if (kind != other.kind)
        return false;
    // A DHCP host entry is the VM's whatever address a retry chose.
    if (kind == Kind::DhcpHost)
        return network == other.network && mac == other.mac;
    return name == other.name && pool == other.pool;
}

QString JournalObject::description() const
{
    switch (kind) {
    case Kind::Pool:
        return CreationJournal::tr("the storage pool “%1”").arg(name);
    case Kind::PoolStarted:
        return CreationJournal::tr("started the storage pool “%1”").arg(name);
    case Kind::Disk:
        return CreationJournal::tr("the disk “%1” in the pool “%2”").arg(name, pool);
    case Kind::Iso:
        return CreationJournal::tr("the ISO “%1” in the pool “%2”").arg(name, pool);
    case Kind::Network:
        return CreationJournal::tr("the network “%1”").arg(name);
    case Kind::NetworkStarted:
        return CreationJournal::tr("started the network “%1”").arg(name);
    case Kind::Filter:
        return CreationJournal::tr("the traffic filter “%1”").arg(name);
    case Kind::DhcpHost:
        return CreationJournal::tr("the address %1 on “%2”").arg(ipv4, network);
    case Kind::Domain:
        return CreationJournal::tr("the VM “%1”").arg(name);
    case Kind::Running:
        return CreationJournal::tr("the running VM “%1”").arg(name);
    }
    return {};
}

QString JournalObject::manualCommand() const
{
    const QString quoted = shellQuoted(name);
    switch (kind) {
    case Kind::Pool:
        return QStringLiteral("virsh pool-destroy %1; virsh pool-undefine %1").arg(quoted);
    case Kind::PoolStarted:
        return QStringLiteral("virsh pool-destroy %1").arg(quoted);
    case Kind::Disk:
    case Kind::Iso:
        return QStringLiteral("virsh vol-delete --pool %1 %2").arg(shellQuoted(pool), quoted);
    case Kind::Network:
        return QStringLiteral("virsh net-destroy %1; virsh net-undefine %1").arg(quoted);
    case Kind::NetworkStarted:
        return QStringLiteral("virsh net-destroy %1").arg(quoted);
    case Kind::Filter:
        return QStringLiteral("virsh nwfilter-undefine %1").arg(quoted);
    case Kind::DhcpHost:
        return QStringLiteral("virsh net-update %1 delete ip-dhcp-host %2 --live --config")
                .arg(shellQuoted(network),
                     shellQuoted(QStringLiteral("<host mac=\"%1\" ip=\"%2\"/>").arg(mac, ipv4)));
    case Kind::Domain:
        return QStringLiteral("virsh undefine --nvram --tpm %1").arg(quoted);
    case Kind::Running:
        return QStringLiteral("virsh destroy %1").arg(quoted);
    }
    return {};
}

QJsonObject JournalObject::toJson() const
{
    QJsonObject object {{QStringLiteral("kind"), journalName(kind)},
                        {QStringLiteral("state"), state == State::Made
                                                          ? QStringLiteral("made")
                                                          : QStringLiteral("intended")},
                        {QStringLiteral("step"), journalName(step)}};
    const QList<std::pair<QString, QString>> fields {{QStringLiteral("name"), name},
                                                     {QStringLiteral("pool"), pool},
                                                     {QStringLiteral("network"), network},
                                                     {QStringLiteral("mac"), mac},
                                                     {QStringLiteral("ipv4"), ipv4}};
    for (const auto &[key, value] : fields) {
        if (!value.isEmpty())
            object.insert(key, value);
    }
    return object;
}

std::optional<JournalObject> JournalObject::fromJson(const QJsonObject &json)
{
    const auto kind = fromName(kindNames(), json.value(QStringLiteral("kind")).toString());
    const auto step = fromName(stepNames(), json.value(QStringLiteral("step")).toString());
    const QString state = json.value(QStringLiteral("state")).toString();
    if (!kind || !step || (state != QLatin1String("made") && state != QLatin1String("intended")))
        return std::nullopt;
    JournalObject object;
    object.kind = *kind;
    object.step = *step;
    object.state = state == QLatin1String("made") ? State::Made : State::Intended;
    object.name = json.value(QStringLiteral("name")).toString();
    object.pool = json.value(QStringLiteral("pool")).toString();
    object.network = json.value(QStringLiteral("network")).toString();
    object.mac = json.value(QStringLiteral("mac")).toString();
    object.ipv4 = json.value(QStringLiteral("ipv4")).toString();
    const bool named = object.kind == Kind::DhcpHost
                               ? !object.network.isEmpty() && !object.mac.isEmpty()
                               : !object.name.isEmpty();
    if (!named)
        return std::nullopt;
    return object;
}

QJsonObject CreationRecord::toJson() const
{
    QJsonArray list;
    for (const JournalObject &object : objects)
        list.append(object.toJson());
    return {{QStringLiteral("version"), s_version},
            {QStringLiteral("uri"), uri},
            {QStringLiteral("spec"), spec.toJson()},
            {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated"), updated.toString(Qt::ISODateWithMs)},
            {QStringLiteral("step"), journalName(step)},
            {QStringLiteral("action"), action},
            {QStringLiteral("objects"), list}};
}

std::optional<CreationRecord> CreationRecord::fromJson(const QByteArray &json, const QString &path)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.value(QStringLiteral("version")).toInt() != s_version)
        return std::nullopt;
    const auto spec = VmSpec::fromJsonObject(object.value(QStringLiteral("spec")).toObject());
    const auto step = fromName(stepNames(), object.value(QStringLiteral("step")).toString());
    if (!spec || !step)
        return std::nullopt;
    CreationRecord record;
    record.path = path;
    record.uri = object.value(QStringLiteral("uri")).toString();
    record.spec = *spec;
    record.started = QDateTime::fromString(object.value(QStringLiteral("started")).toString(),
                                           Qt::ISODateWithMs);
    record.updated = QDateTime::fromString(object.value(QStringLiteral("updated")).toString(),
                                           Qt::ISODateWithMs);
    record.step = *step;
    record.action = object.value(QStringLiteral("action")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("objects")).toArray()) {
        const auto entry = JournalObject::fromJson(value.toObject());
        if (!entry)
            return std::nullopt;
        record.objects.append(*entry);
    }
    return record;
}

CreationJournal::CreationJournal(CreationRecord record, int lockFd)
    : m_record(std::move(record)), m_lockFd(lockFd)
{ }

CreationJournal::CreationJournal(CreationJournal &&other) noexcept
    : m_record(std::move(other.m_record)), m_lockFd(std::exchange(other.m_lockFd, -1))
{ }

CreationJournal &CreationJournal::operator=(CreationJournal &&other) noexcept
{
    if (this != &other) {
        if (m_lockFd >= 0)
            ::close(m_lockFd);
        m_record = std::move(other.m_record);
        m_lockFd = std::exchange(other.m_lockFd, -1);
    }
    return *this;
}

CreationJournal::~CreationJournal()
{
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

QString CreationJournal::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QLatin1String("/creations");
}

QString CreationJournal::pathFor(const QString &uri, const QString &name)
{
    // One file per VM name and connection; the URI only as a short hash.
    const QByteArray hash
            = QCryptographicHash::hash(uri.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return directory() + QStringLiteral("/%1-%2.json").arg(name, QString::fromLatin1(hash));
}

std::expected<CreationJournal, QString> CreationJournal::begin(const QString &uri,
                                                               const VmSpec &spec)
{
    const QString path = pathFor(uri, spec.name);
    if (!QDir().mkpath(directory()))
        return std::unexpected(cannotWrite(path, tr("the directory cannot be made")));
    QString lockError;
    const int fd = takeLock(path, &lockError);
    if (fd < 0 && !lockError.isEmpty())
        return std::unexpected(cannotWrite(path, lockError));
    if (fd < 0) {
        return std::unexpected(tr("A creation of “%1” on this connection is running now (its "
                                  "journal is %2). Wait for it to end, or choose another name.")
                                       .arg(spec.name, path));
    }
    if (QFileInfo::exists(path)) {
        ::close(fd);
        return std::unexpected(
                tr("An earlier creation of “%1” on this connection was interrupted and is not "
                   "finished (its journal is %2). Finish it or undo it first: airlock --recover "
                   "--finish, or airlock --recover --undo, or from Airlock's home window.")
                        .arg(spec.name, path));
    }
    CreationRecord record;
    record.path = path;
    record.uri = uri;
    record.spec = spec;
    record.started = QDateTime::currentDateTimeUtc();
    record.updated = record.started;
    CreationJournal journal(std::move(record), fd);
    const auto written = writeDurably(
            path, QJsonDocument(journal.m_record.toJson()).toJson(QJsonDocument::Indented), true);
    if (!written)
        return std::unexpected(cannotWrite(path, written.error()));
    return journal;
}

std::expected<CreationJournal, QString> CreationJournal::resume(const QString &path)
{
    QString lockError;
    const int fd = takeLock(path, &lockError);
    if (fd < 0) {
        return std::unexpected(
                lockError.isEmpty()
                        ? tr("The creation of journal %1 is running now; wait for "
                             "it to end.")
                                  .arg(path)
                        : tr("The journal %1 cannot be opened (%2).").arg(path, lockError));
    }
    auto record = readRecord(path);
    if (!record) {
        ::close(fd);
        return std::unexpected(tr("The journal %1 cannot be read: it is missing or not a "
                                  "journal Airlock wrote. Remove it by hand if it is no longer "
                                  "needed.")
                                       .arg(path));
    }
    return CreationJournal(std::move(*record), fd);
}

bool CreationJournal::isRunning(const QString &path)
{
    QString error;
    const int fd = takeLock(path, &error);
    if (fd >= 0) {
        ::close(fd);
        return false;
    }
    return error.isEmpty();
}

QList<CreationRecord> CreationJournal::interrupted(const QString &uri)
{
    QList<CreationRecord> records;
    const QDir dir(directory());
    // Only whole journals: a temporary file of a write cut short is hidden
    // and does not end in ".json".
    for (const QFileInfo &file :
         dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const auto record = readRecord(file.absoluteFilePath());
        if (!record || record->uri != uri || isRunning(record->path))
            continue;
        records.append(*record);
    }
    return records;
}

std::expected<void, QString> CreationJournal::write()
{
    if (m_record.path.isEmpty())
        return {}; // closed
    m_record.updated = QDateTime::currentDateTimeUtc();
    const auto written = writeDurably(
            m_record.path, QJsonDocument(m_record.toJson()).toJson(QJsonDocument::Indented), false);
    if (!written)
        return std::unexpected(tr("Airlock could not write the journal of this creation at "
                                  "“%1” (%2). Check that the disk is not full, then try again.")
                                       .arg(m_record.path, written.error()));
    return {};
}

std::expected<void, QString> CreationJournal::setStep(CreationStepId step)
{
    m_record.step = step;
    return write();
}

std::expected<void, QString> CreationJournal::setAction(const QString &action)
{
    m_record.action = action;
    return write();
}

std::expected<void, QString> CreationJournal::intend(const JournalObject &object)
{
    JournalObject intended = object;
    intended.state = JournalObject::State::Intended;
    const auto known
            = std::find_if(m_record.objects.begin(), m_record.objects.end(),
                           [&object](const JournalObject &o) { return o.sameObject(object); });
    if (known != m_record.objects.end())
        *known = intended;
    else
        m_record.objects.append(intended);
    return write();
}

std::expected<void, QString> CreationJournal::made(const JournalObject &object)
{
    JournalObject made = object;
    made.state = JournalObject::State::Made;
    const auto known
            = std::find_if(m_record.objects.begin(), m_record.objects.end(),
                           [&object](const JournalObject &o) { return o.sameObject(object); });
    if (known != m_record.objects.end())
        *known = made;
    else
        m_record.objects.append(made);
    return write();
}

std::expected<void, QString> CreationJournal::forget(const JournalObject &object)
{
    const qsizetype removed = m_record.objects.removeIf(
            [&object](const JournalObject &o) { return o.sameObject(object); });
    if (removed == 0)
        return {};
    return write();
}

std::expected<void, QString> CreationJournal::forgetIntended()
{
    const qsizetype removed = m_record.objects.removeIf(
            [](const JournalObject &o) { return o.state == JournalObject::State::Intended; });
    if (removed == 0)
        return {};
    return write();
}

void CreationJournal::close()
{
    if (m_record.path.isEmpty())
        return;
    const QByteArray path = QFile::encodeName(m_record.path);
    ::unlink(path.constData());
    const int dir = ::open(QFile::encodeName(QFileInfo(m_record.path).absolutePath()).constData(),
                           O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    m_record.path.clear();
    if (m_lockFd >= 0) {
        ::close(m_lockFd);
        m_lockFd = -1;
    }
}

} // namespace Airlock
