// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostchecks.h"

#include "fwupd.h"
#include "osrelease.h"
#include "shell/shellquoted.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cerrno>

namespace Airlock {

namespace {

const QString s_efiGuid = QStringLiteral("8be4df61-93ca-11d2-aa0d-00e098032b8c");
const QString s_secureBootVariable
        = QStringLiteral("/sys/firmware/efi/efivars/SecureBoot-") + s_efiGuid;
const QString s_setupModeVariable
        = QStringLiteral("/sys/firmware/efi/efivars/SetupMode-") + s_efiGuid;
const QString s_selinuxEnforce = QStringLiteral("/sys/fs/selinux/enforce");
const QString s_secureblueInstall = QStringLiteral("https://secureblue.dev/install");
const QString s_defaultPoolPath = QStringLiteral("/var/lib/libvirt/images");

// A value as read, fit for one line: text when it is text, hex otherwise.
QString printable(const QByteArray &bytes, int limit = 160)
{
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty())
        //: Evidence when a file was read but held nothing
        return HostChecks::tr("(empty)");
    bool text = true;
    for (const char c : trimmed) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n') || u == 0x7f) {
            text = false;
            break;
        }
    }
    QString decoded = QString::fromUtf8(trimmed);
    if (text && !decoded.contains(QChar::ReplacementCharacter)) {
        decoded.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        if (decoded.size() > limit)
            decoded = decoded.left(limit) + QStringLiteral("…");
        return decoded;
    }
    const QByteArray head = bytes.left(16);
    QString hex = QString::fromLatin1(head.toHex(' '));
    if (bytes.size() > head.size())
        hex += QStringLiteral(" …");
    //: A value that is not text: its first bytes in hex, then its length
    return HostChecks::tr("%1 (binary, length %2)").arg(hex).arg(bytes.size());
}

QString formatBytes(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}

QString joinSources(const QStringList &sources)
{
    return sources.join(QStringLiteral(", "));
}

// "Key: value" fields of /proc files such as /proc/self/status; nullopt
// when the key is not there at all (an empty value is a value).
std::optional<QString> findProcField(const QByteArray &text, const QByteArray &key)
{
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed() == key)
            return QString::fromUtf8(line.mid(colon + 1)).simplified();
    }
    return std::nullopt;
}

QString procField(const QByteArray &text, const QByteArray &key)
{
    return findProcField(text, key).value_or(QString());
}

HostCheck make(const QString &id)
{
    HostCheck check;
    check.id = id;
    check.title = HostChecks::title(id);
    return check;
}

void failWithAcknowledgement(HostCheck &check, const QString &acknowledgement)
{
    check.status = CheckStatus::Fail;
    check.gate = CheckGate::Acknowledge;
    check.acknowledgement = acknowledgement;
}

// A command that only shows what the check read, for the user to check by
// hand: not a fix, so it is offered as what it is, with what it is for.
void offerInspection(HostCheck &check, const QString &command, const QString &purpose)
{
    check.remedy = command;
    check.remedyKind = RemedyKind::Inspect;
    check.remedyPurpose = purpose;
}

void offerLink(HostCheck &check, const QString &url, const QString &purpose)
{
    check.remedy = url;
    check.remedyKind = RemedyKind::Link;
    check.remedyPurpose = purpose;
}

QString getenforcePurpose()
{
    return HostChecks::tr("Prints SELinux's mode: “Enforcing” is what Airlock needs; "
                          "“Permissive” or “Disabled” means SELinux would not contain the VM.");
}

QString libvirtByHandPurpose()
{
    return HostChecks::tr("Asks libvirt the same by hand; its answer gives the full error.");
}

// The firmware setup, where `change` is made: one command away on a
// computer that started with UEFI; on a BIOS one only a key at power-on
// opens it, and no command can.
void offerFirmwareSetup(HostCheck &check, const HostContext &context, const QString &change)
{
    if (context.root.exists(QStringLiteral("/sys/firmware/efi"))) {
        check.remedy = QStringLiteral("systemctl reboot --firmware-setup");
        check.remedyKind = RemedyKind::Command;
        //: %1 is what to change there, such as "turn Secure Boot on"
        check.remedyPurpose = HostChecks::tr("Restarts this computer into its UEFI firmware "
                                             "setup. There, %1, then save and exit.")
                                      .arg(change);
        return;
    }
    check.remedyKind = RemedyKind::Steps;
    //: %1 is what to change there, such as "turn on “SVM Mode”"
    check.remedy = HostChecks::tr("Restart this computer and, as it powers on, press the key that "
                                  "opens the BIOS setup (often F2, F10, Del or Esc; the first "
                                  "screen names it). There, %1, then save and exit.")
                           .arg(change);
    check.remedyPurpose.clear();
}

// A check about files that live on the VM's host, asked while the VM's
// host is another machine: say so, and give the command to run there.
HostCheck remoteUnknown(const QString &id, const HostContext &context, const QString &command,
                        const QString &purpose)
{
    HostCheck check = make(id);
    check.status = CheckStatus::Unknown;
    check.finding = HostChecks::tr("The VM will run on %1; Airlock can only read this computer's "
                                   "files. Check it on that host.")
                            .arg(QUrl(context.uri).host());
    check.evidence = context.uri;
    check.source = HostChecks::tr("connection URI");
    offerInspection(check, context.sshCommand() + QLatin1Char(' ') + command, purpose);
    return check;
}

QString securityModelsText(const HostCapabilities &capabilities)
{
    QStringList models;
    for (const SecurityModel &model : capabilities.securityModels) {
        models.append(model.doi.isEmpty()
                              ? model.model
                              : HostChecks::tr("%1 (DOI %2)").arg(model.model, model.doi));
    }
    return models.isEmpty() ? HostChecks::tr("none") : models.join(QStringLiteral(", "));
}

QString libvirtCapabilitiesSource()
{
    return HostChecks::tr("libvirt capabilities (secmodel)");
}

bool isFedoraAtomic(const OsRelease &release, const HostRoot &root)
{
    static const QStringList atomicVariants {
            QStringLiteral("silverblue"),    QStringLiteral("kinoite"),
            QStringLiteral("sericea"),       QStringLiteral("onyx"),
            QStringLiteral("sway-atomic"),   QStringLiteral("budgie-atomic"),
            QStringLiteral("cosmic-atomic"), QStringLiteral("lxqt-atomic"),
            QStringLiteral("xfce-atomic"),   QStringLiteral("iot"),
            QStringLiteral("coreos"),        QStringLiteral("atomic-desktop")};
    if (!release.isFedora())
        return false;
    return atomicVariants.contains(release.value(QStringLiteral("VARIANT_ID")).toLower())
           || root.exists(QStringLiteral("/run/ostree-booted"));
}

QString secureblueInstallPurpose()
{
    return HostChecks::tr("secureblue's installation guide: a host with SELinux enforcing and "
                          "hardened for you.");
}

// The command that turns SELinux on, where the distribution has it; else
// the way to a host that has it.
void offerEnableSelinux(HostCheck &check, const OsRelease &release)
{
    if (release.isFedora() || release.isSecureblue()) {
        check.remedy = QStringLiteral(
                "sudo sed -i 's/^SELINUX=.*/SELINUX=enforcing/' /etc/selinux/config "
                "&& sudo touch /.autorelabel && systemctl reboot");
        check.remedyKind = RemedyKind::Command;
        return;
    }
    offerLink(check, s_secureblueInstall, secureblueInstallPurpose());
}

// What the EFI variable SecureBoot says: 4 attribute bytes, then the value.
struct EfiBoolean
{
    bool readable = false;
    std::optional<bool> value;
    QByteArray raw;
};

EfiBoolean readEfiBoolean(const HostRoot &root, const QString &path)
{
    EfiBoolean result;
    const auto bytes = root.read(path, 64);
    if (!bytes)
        return result;
    result.readable = true;
    result.raw = *bytes;
    if (bytes->size() == 5 && (bytes->at(4) == 0 || bytes->at(4) == 1))
        result.value = bytes->at(4) == 1;
    return result;
}

struct CpuInfo
{
    bool readable = false;
    QString vendor; // "GenuineIntel", "AuthenticAMD"
    bool vmx = false;
    bool svm = false;

    bool hasExtensions() const { return vmx || svm; }
};

CpuInfo readCpuInfo(const HostRoot &root)
{
    CpuInfo info;
    const auto text = root.read(QStringLiteral("/proc/cpuinfo"), 256 * 1024);
    if (!text)
        return info;
    info.readable = true;
    info.vendor = procField(*text, "vendor_id");
    const QStringList flags = procField(*text, "flags").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    info.vmx = flags.contains(QLatin1String("vmx"));
    info.svm = flags.contains(QLatin1String("svm"));
    return info;
}

struct GroupEntry
{
    QString name;
    qint64 gid = -1;
    QStringList members;
    QString file;
};

std::optional<GroupEntry> findGroup(const HostRoot &root, const QStringList &files,
                                    const QString &name)
{
    for (const QString &file : files) {
        const auto text = root.read(file);
        if (!text)
            continue;
        const QList<QByteArray> lines = text->split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.trimmed().split(':');
            if (fields.size() < 3 || QString::fromUtf8(fields.at(0)) != name)
                continue;
            bool ok = false;
            const qint64 gid = fields.at(2).toLongLong(&ok);
            if (!ok)
                continue;
            GroupEntry entry {name, gid, {}, file};
            if (fields.size() >= 4)
                entry.members = QString::fromUtf8(fields.at(3))
                                        .split(QLatin1Char(','), Qt::SkipEmptyParts);
            return entry;
        }
    }
    return std::nullopt;
}

QString userName(const HostRoot &root, const QStringList &passwdFiles, const QString &uid)
{
    // The name goes into a command the user may paste into a shell: only
    // names the shell cannot misread are used, "$USER" otherwise.
    static const QRegularExpression safeName(
            QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z_][A-Za-z0-9_.-]{0,31}")));
    bool numeric = false;
    uid.toUInt(&numeric);
    if (!numeric)
        return {};
    for (const QString &file : passwdFiles) {
        const auto text = root.read(file);
        if (!text)
            continue;
        const QList<QByteArray> lines = text->split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.trimmed().split(':');
            if (fields.size() >= 3 && QString::fromUtf8(fields.at(2)) == uid) {
                const QString name = QString::fromUtf8(fields.at(0));
                return safeName.match(name).hasMatch() ? name : QString();
            }
        }
    }
    return {};
}

// The UEFI firmware QEMU's descriptors (docs/interop/firmware.json) offer.
QStringList uefiDescriptors(const HostRoot &root, const QStringList &directories)
{
    QStringList found;
    for (const QString &directory : directories) {
        const QDir dir(root.path(directory));
        const QStringList names
                = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const auto bytes = root.read(directory + QLatin1Char('/') + name, 64 * 1024);
            if (!bytes)
                continue;
            const QJsonArray interfaces = QJsonDocument::fromJson(*bytes)
                                                  .object()
                                                  .value(QLatin1String("interface-types"))
                                                  .toArray();
            if (interfaces.contains(QJsonValue(QStringLiteral("uefi"))))
                found.append(name);
        }
    }
    return found;
}

QString installFirmwareRemedy(const OsRelease &release, const HostRoot &root)
{
    if (isFedoraAtomic(release, root) || release.isSecureblue())
        return QStringLiteral("rpm-ostree install edk2-ovmf && systemctl reboot");
    if (release.isFedora())
        return QStringLiteral("sudo dnf install edk2-ovmf");
    if (release.id() == QLatin1String("debian") || release.id() == QLatin1String("ubuntu")
        || release.idLike().contains(QLatin1String("debian")))
        return QStringLiteral("sudo apt install ovmf");
    return {};
}

// The command that starts libvirt's daemons on this kind of host.
QString startDaemonsRemedy(const OsRelease &release)
{
    if (release.isOlderSecureblue())
        return QStringLiteral("ujust set-libvirt-daemons on || ujust install-libvirt-packages");
    if (release.isSecureblue())
        return QStringLiteral("ujust set-libvirt-daemons on");
    return QStringLiteral("sudo systemctl enable --now virtqemud.socket");
}

} // namespace

// ----------------------------------------------------------------------------

void HostContext::setConnectError(const LibvirtError &error)
{
    answered = true;
    connectError = error;
    queryError.reset();
    facts.reset();
}

void HostContext::setFacts(const LibvirtResult<HostFacts> &result)
{
    answered = true;
    connectError.reset();
    if (result) {
        facts = *result;
        versions = result->versions;
        queryError.reset();
    } else {
        facts.reset();
        queryError = result.error();
    }
}

bool HostContext::isRemote() const
{
    const QString host = QUrl(uri).host();
    return !host.isEmpty() && host != QLatin1String("localhost")
           && host != QLatin1String("127.0.0.1") && host != QLatin1String("::1");
}

QString HostContext::sshCommand() const
{
    const QUrl url(uri);
    const QString target = shellQuoted(
            url.userName().isEmpty() ? url.host()
                                     : QStringLiteral("%1@%2").arg(url.userName(), url.host()));
    if (url.port() > 0 && url.scheme().endsWith(QLatin1String("+ssh")))
        return QStringLiteral("ssh -p %1 %2").arg(url.port()).arg(target);
    return QStringLiteral("ssh %1").arg(target);
}

bool HostContext::inFlatpak() const
{
    return root.exists(QStringLiteral("/.flatpak-info"));
}

// ----------------------------------------------------------------------------

namespace {

template<auto check>
std::optional<HostCheck> runCheck(const HostContext &context)
{
    return check(context);
}

// Every check once, in the order they are shown: its id, its title, whether
// it always needs libvirt's answer, and what runs it.
struct CheckEntry
{
    QLatin1StringView id;
    const char *title; // translated in HostChecks' context
    bool alwaysLibvirt;
    std::optional<HostCheck> (*run)(const HostContext &);
};

const CheckEntry s_checks[] = {
        {QLatin1StringView("host-os"), QT_TRANSLATE_NOOP("HostChecks", "Operating system"), false,
         runCheck<&HostChecks::hostOs>},
        {QLatin1StringView("selinux"), QT_TRANSLATE_NOOP("HostChecks", "SELinux"), false,
         runCheck<&HostChecks::selinux>},
        {QLatin1StringView("secure-boot"), QT_TRANSLATE_NOOP("HostChecks", "Secure Boot"), false,
         runCheck<&HostChecks::secureBoot>},
        {QLatin1StringView("virtualization"),
         QT_TRANSLATE_NOOP("HostChecks", "Hardware virtualization"), true,
         runCheck<&HostChecks::virtualization>},
        //: libvirt is the virtualization service Airlock talks to; a name, not translated.
        {QLatin1StringView("libvirt"), QT_TRANSLATE_NOOP("HostChecks", "libvirt"), true,
         runCheck<&HostChecks::libvirt>},
        {QLatin1StringView("svirt"),
         QT_TRANSLATE_NOOP("HostChecks", "SELinux confinement of VMs (sVirt)"), true,
         runCheck<&HostChecks::svirt>},
        {QLatin1StringView("libvirt-group"), QT_TRANSLATE_NOOP("HostChecks", "libvirt group"),
         false, runCheck<&HostChecks::libvirtGroup>},
        {QLatin1StringView("resources"),
         QT_TRANSLATE_NOOP("HostChecks", "Processors, memory and disk"), true,
         runCheck<&HostChecks::resources>},
        {QLatin1StringView("uefi"), QT_TRANSLATE_NOOP("HostChecks", "UEFI firmware"), true,
         runCheck<&HostChecks::uefi>},
        //: hardened_malloc is the name of a memory allocator; not translated.
        {QLatin1StringView("hardened-malloc"), QT_TRANSLATE_NOOP("HostChecks", "hardened_malloc"),
         false, runCheck<&HostChecks::hardenedMalloc>},
};

const CheckEntry *findCheck(const QString &id)
{
    for (const CheckEntry &entry : s_checks) {
        if (id == entry.id)
            return &entry;
    }
    return nullptr;
}

} // namespace

const QStringList &HostChecks::ids()
{
    static const QStringList list = [] {
        QStringList ids;
        for (const CheckEntry &entry : s_checks)
            ids.append(entry.id);
        return ids;
    }();
    return list;
}

QString HostChecks::title(const QString &id)
{
    const CheckEntry *entry = findCheck(id);
    return entry ? tr(entry->title) : id;
}

bool HostChecks::needsHypervisor(const QString &id, const HostContext &context)
{
    // Locally SELinux asks libvirt only when its file is hidden; the check
    // itself finds out, on a worker, by answering nullopt.
    if (id == QLatin1String("selinux"))
        return context.isRemote();
    const CheckEntry *entry = findCheck(id);
    return entry && entry->alwaysLibvirt;
}

std::optional<HostCheck> HostChecks::run(const QString &id, const HostContext &context)
{
    const CheckEntry *entry = findCheck(id);
    return entry ? entry->run(context) : std::nullopt;
}

HostCheck HostChecks::timedOut(const QString &id, int seconds, const HostContext &context)
{
    HostCheck check = make(id);
    check.status = CheckStatus::Unknown;
    check.finding = tr("No answer within %1 seconds; Re-check to try again.").arg(seconds);
    check.evidence = tr("no answer");
    const bool secureBoot = id == QLatin1String("secure-boot");
    check.source = secureBoot ? tr("fwupd over the system D-Bus")
                              : tr("libvirt connection to %1").arg(context.uri);
    if (secureBoot)
        offerInspection(check, QStringLiteral("mokutil --sb-state"),
                        tr("Prints whether Secure Boot is on."));
    else
        offerInspection(
                check,
                QStringLiteral("virsh --connect %1 list --all").arg(shellQuoted(context.uri)),
                libvirtByHandPurpose());
    if (id == QLatin1String("libvirt")) {
        // Connected, but a daemon that does not answer is no daemon to go on with.
        check.status = CheckStatus::Fail;
        check.gate = CheckGate::Block;
        check.finding = tr("libvirt does not answer: no reply within %1 seconds.").arg(seconds);
    }
    return check;
}

// 1 -------------------------------------------------------------------------

HostCheck HostChecks::hostOs(const HostContext &context)
{
    if (context.isRemote())
        return remoteUnknown(QStringLiteral("host-os"), context,
                             QStringLiteral("cat /etc/os-release"),
                             tr("Shows which system that host runs."));

    HostCheck check = make(QStringLiteral("host-os"));
    const OsRelease release = OsRelease::read(context.root);
    if (!release.isValid()) {
        check.status = CheckStatus::Unknown;
        check.finding = tr("No os-release file could be read, so the system is not known.");
        check.evidence = tr("none of the files could be read");
        check.source = joinSources(OsRelease::candidatePaths());
        offerInspection(check, QStringLiteral("cat /etc/os-release"),
                        tr("Shows which system this computer runs."));
        return check;
    }

    QStringList fields;
    for (const char *key : {"ID", "ID_LIKE", "IMAGE_ID", "VARIANT_ID", "VERSION_ID"}) {
        const QString value = release.value(QLatin1String(key));
        if (!value.isEmpty())
            fields.append(
                    QStringLiteral("%1=%2").arg(QLatin1String(key), printable(value.toUtf8(), 60)));
    }
    check.evidence = fields.isEmpty() ? tr("no ID field") : fields.join(QStringLiteral(", "));
    check.source = release.path;

    QString name = release.value(QStringLiteral("PRETTY_NAME"));
    if (name.isEmpty())
        name = release.value(QStringLiteral("NAME"));
    if (name.isEmpty())
        name = release.id();
    name = printable(name.toUtf8(), 60);
    const QString image = release.imageName();

    if (release.isSecureblue()) {
        check.status = CheckStatus::Pass;
        check.finding = image.isEmpty() ? tr("This computer runs secureblue, a hardened host.")
                                        : tr("This computer runs secureblue (%1), a hardened host.")
                                                  .arg(printable(image.toUtf8(), 60));
        return check;
    }
    check.status = CheckStatus::Warn;
    offerLink(check, s_secureblueInstall, secureblueInstallPurpose());
    if (isFedoraAtomic(release, context.root)) {
        check.finding = tr("%1 is Fedora Atomic: it works, with fewer hardening defaults than "
                           "secureblue.")
                                .arg(name);
    } else {
        check.finding = tr("%1 works, but Airlock is made for secureblue, which hardens the host "
                           "for you.")
                                .arg(name);
    }
    return check;
}

// 2 -------------------------------------------------------------------------

std::optional<HostCheck> HostChecks::selinux(const HostContext &context)
{
    HostCheck check = make(QStringLiteral("selinux"));
    const OsRelease release = OsRelease::read(context.root);
    const auto enforce
            = context.isRemote() ? std::nullopt : context.root.read(s_selinuxEnforce, 16);
    if (enforce) {
        check.evidence = printable(*enforce);
        check.source = s_selinuxEnforce;
        const QByteArray value = enforce->trimmed();
        if (value == "1") {
            check.status = CheckStatus::Pass;
            check.finding = tr("SELinux is enforcing.");
        } else if (value == "0") {
            failWithAcknowledgement(check, tr("I understand SELinux only logs on this computer, so "
                                              "nothing contains the VM if it breaks out"));
            check.finding = tr("SELinux is permissive: it logs violations but stops none, so it "
                               "would not contain a VM that breaks out.");
            QString remedy = QStringLiteral(
                    "sudo setenforce 1 && sudo sed -i 's/^SELINUX=.*/SELINUX=enforcing/' "
                    "/etc/selinux/config");
            if (context.root.kernelCommandLineHas(QStringLiteral("enforcing"))
                && !context.root.kernelCommandLineHas(QStringLiteral("enforcing=1"))) {
                remedy += QStringLiteral(" && sudo rpm-ostree kargs --delete=enforcing=0");
            }
            check.remedy = remedy;
        } else {
            check.status = CheckStatus::Unknown;
            check.finding = tr("SELinux's mode could not be read: the file holds something "
                               "unexpected.");
            offerInspection(check, QStringLiteral("getenforce"), getenforcePurpose());
        }
        return check;
    }

    // Not visible here (a sandbox without the permission, or a remote
    // host): libvirt's security models say whether SELinux is on at all.
    if (!context.answered)
        return std::nullopt;
    const auto &facts = context.facts;
    if (!facts) {
        check.status = CheckStatus::Unknown;
        check.finding = context.isRemote()
                                ? tr("SELinux on the VM's host could not be read, and libvirt "
                                     "could not be asked.")
                                : tr("SELinux's mode is not visible here, and libvirt could not "
                                     "be asked.");
        check.evidence = tr("%1 not readable").arg(s_selinuxEnforce);
        check.source = joinSources({s_selinuxEnforce, libvirtCapabilitiesSource()});
        offerInspection(check,
                        context.isRemote() ? context.sshCommand() + QStringLiteral(" getenforce")
                                           : QStringLiteral("getenforce"),
                        getenforcePurpose());
        return check;
    }
    check.evidence = tr("security models: %1").arg(securityModelsText(facts->capabilities));
    check.source = libvirtCapabilitiesSource();
    if (facts->capabilities.offersSelinux()) {
        check.status = CheckStatus::Unknown;
        check.finding = tr("SELinux is on (libvirt uses it), but whether it enforces cannot be "
                           "seen from here.");
        offerInspection(check,
                        context.isRemote() ? context.sshCommand() + QStringLiteral(" getenforce")
                                           : QStringLiteral("getenforce"),
                        getenforcePurpose());
        return check;
    }
    failWithAcknowledgement(check, tr("I understand SELinux is not active on the VM's host, so "
                                      "nothing contains the VM if it breaks out"));
    check.finding = tr("SELinux is not active on the VM's host: libvirt offers no SELinux "
                       "security model.");
    if (context.isRemote())
        offerInspection(check, context.sshCommand() + QStringLiteral(" getenforce"),
                        getenforcePurpose());
    else
        offerEnableSelinux(check, release);
    return check;
}

// 3 -------------------------------------------------------------------------

HostCheck HostChecks::secureBoot(const HostContext &context)
{
    if (context.isRemote())
        return remoteUnknown(QStringLiteral("secure-boot"), context,
                             QStringLiteral("mokutil --sb-state"),
                             tr("Prints whether Secure Boot is on."));

    HostCheck check = make(QStringLiteral("secure-boot"));
    const OsRelease release = OsRelease::read(context.root);
    const auto offerTurningOn = [&context, &release](HostCheck &off) {
        if (release.isSecureblue()) {
            off.remedy = QStringLiteral("ujust enroll-secureblue-secure-boot-key");
            off.remedyPurpose = tr("Enrolls secureblue's key; then turn Secure Boot on in the "
                                   "firmware setup.");
        } else {
            offerFirmwareSetup(off, context, tr("turn Secure Boot on"));
        }
    };
    const QString offFinding = release.isSecureblue()
                                       ? tr("Secure Boot is off: a tampered boot loader or kernel "
                                            "would start unnoticed. Enroll secureblue's key, then "
                                            "turn Secure Boot on in the firmware setup.")
                                       : tr("Secure Boot is off: a tampered boot loader or kernel "
                                            "would start unnoticed. Turn it on in the firmware "
                                            "setup.");
    const QString offAcknowledgement = tr("I understand this computer starts without Secure "
                                          "Boot, so a tampered kernel would go unnoticed");

    const EfiBoolean secureBootVariable = readEfiBoolean(context.root, s_secureBootVariable);
    const QString variableSource = tr("EFI variable SecureBoot (%1)").arg(s_secureBootVariable);
    if (secureBootVariable.value) {
        check.source = variableSource;
        check.evidence = tr("SecureBoot = %1 (bytes: %2)")
                                 .arg(*secureBootVariable.value ? 1 : 0)
                                 .arg(QString::fromLatin1(secureBootVariable.raw.toHex(' ')));
        if (*secureBootVariable.value) {
            check.status = CheckStatus::Pass;
            check.finding = tr("Secure Boot is on: only signed boot loaders and kernels start.");
            return check;
        }
        const EfiBoolean setupMode = readEfiBoolean(context.root, s_setupModeVariable);
        if (setupMode.value) {
            check.evidence
                    = tr("%1; SetupMode = %2 (%3)")
                              .arg(check.evidence)
                              .arg(*setupMode.value ? 1 : 0)
                              .arg(*setupMode.value ? tr("no keys enrolled") : tr("keys enrolled"));
        }
        failWithAcknowledgement(check, offAcknowledgement);
        check.finding = offFinding;
        offerTurningOn(check);
        return check;
    }

    // The variable cannot answer: malformed, hidden by a sandbox, or the
    // firmware is not UEFI at all.
    const bool efiFirmware = context.root.exists(QStringLiteral("/sys/firmware/efi"));
    if (!secureBootVariable.readable && !efiFirmware && !context.inFlatpak()) {
        check.status = CheckStatus::Warn;
        check.finding = tr("This computer started in legacy BIOS mode, which has no Secure Boot. "
                           "Switching the firmware to UEFI usually means reinstalling.");
        check.evidence = tr("/sys/firmware/efi does not exist");
        check.source = QStringLiteral("/sys/firmware/efi");
        offerFirmwareSetup(check, context,
                           tr("switch the boot mode to UEFI if it is offered; the system usually "
                              "has to be installed again afterwards"));
        return check;
    }

    const QString variableEvidence
            = secureBootVariable.readable
                      ? tr("SecureBoot: %1").arg(printable(secureBootVariable.raw))
                      : tr("SecureBoot variable not visible");
    if (context.askFwupd) {
        const FwupdSecureBoot fwupd = FwupdSecureBoot::query();
        const QString fwupdSource = tr("fwupd host security attributes (D-Bus)");
        if (fwupd.state == FwupdSecureBoot::State::On
            || fwupd.state == FwupdSecureBoot::State::Off) {
            check.source = joinSources({variableSource, fwupdSource});
            check.evidence = QStringLiteral("%1; %2").arg(variableEvidence, fwupd.evidence);
            if (fwupd.state == FwupdSecureBoot::State::On) {
                check.status = CheckStatus::Pass;
                check.finding = tr("Secure Boot is on (fwupd says so): only signed boot loaders "
                                   "and kernels start.");
            } else {
                failWithAcknowledgement(check, offAcknowledgement);
                check.finding = offFinding;
                offerTurningOn(check);
            }
            return check;
        }
        check.status = CheckStatus::Unknown;
        check.finding = tr("Secure Boot cannot be seen from here: the EFI variable does not "
                           "answer and neither does fwupd.");
        check.evidence = QStringLiteral("%1; %2").arg(variableEvidence, fwupd.evidence);
        check.source = joinSources({variableSource, fwupdSource});
        offerInspection(check, QStringLiteral("mokutil --sb-state"),
                        tr("Prints whether Secure Boot is on."));
        return check;
    }

    check.status = CheckStatus::Unknown;
    check.finding = secureBootVariable.readable
                            ? tr("The SecureBoot variable has an unexpected form, so Secure Boot's "
                                 "state is not known.")
                            : tr("Secure Boot cannot be seen from here: the EFI variables are not "
                                 "visible.");
    check.evidence = variableEvidence;
    check.source = variableSource;
    offerInspection(check, QStringLiteral("mokutil --sb-state"),
                    tr("Prints whether Secure Boot is on."));
    return check;
}

// 4 -------------------------------------------------------------------------

std::optional<HostCheck> HostChecks::virtualization(const HostContext &context)
{
    if (!context.answered)
        return std::nullopt;
    HostCheck check = make(QStringLiteral("virtualization"));
    const bool local = !context.isRemote();
    const CpuInfo cpu = local ? readCpuInfo(context.root) : CpuInfo();
    // In a Flatpak /dev/kvm shows only with --device=kvm, which Airlock does
    // not need: libvirt's daemon opens it, not Airlock.
    const bool kvmDeviceKnown = local && !context.inFlatpak();
    const bool kvmDevice = kvmDeviceKnown && context.root.exists(QStringLiteral("/dev/kvm"));

    QStringList evidence;
    QStringList sources;
    const auto &facts = context.facts;
    if (facts) {
        evidence.append(
                tr("libvirt offers: %1")
                        .arg(facts->capabilities.virtTypes.isEmpty()
                                     ? tr("nothing")
                                     : facts->capabilities.virtTypes.join(QStringLiteral(", "))));
        sources.append(tr("libvirt capabilities"));
    }
    if (cpu.readable) {
        evidence.append(cpu.vmx   ? tr("CPU flag vmx")
                        : cpu.svm ? tr("CPU flag svm")
                                  : tr("no vmx/svm CPU flag"));
        sources.append(QStringLiteral("/proc/cpuinfo"));
    }
    if (kvmDeviceKnown) {
        evidence.append(kvmDevice ? tr("/dev/kvm present") : tr("/dev/kvm missing"));
        sources.append(QStringLiteral("/dev/kvm"));
    }
    check.evidence = evidence.join(QStringLiteral("; "));
    check.source = joinSources(sources);

    const bool intel = cpu.vmx || cpu.vendor == QLatin1String("GenuineIntel");
    const bool amd = cpu.svm || cpu.vendor == QLatin1String("AuthenticAMD");
    if (facts && facts->kvm()) {
        check.status = CheckStatus::Pass;
        check.finding = tr("KVM is available: the VM runs on the processor directly.");
        return check;
    }
    if (!facts) {
        // libvirt did not answer: judge from this computer's files where
        // they say enough, else admit not knowing.
        const bool decidable = local && cpu.readable && (!cpu.hasExtensions() || kvmDeviceKnown);
        if (!decidable) {
            check.status = CheckStatus::Unknown;
            check.finding = tr("Whether KVM is available cannot be seen from here, and libvirt "
                               "could not be asked.");
            offerInspection(check,
                            local ? QStringLiteral("ls -l /dev/kvm")
                                  : context.sshCommand() + QStringLiteral(" ls -l /dev/kvm"),
                            tr("Shows whether the KVM device is there."));
            return check;
        }
        if (cpu.hasExtensions() && kvmDevice) {
            check.status = CheckStatus::Pass;
            check.finding = tr("The processor and kernel offer KVM (libvirt was not asked).");
            return check;
        }
    }

    failWithAcknowledgement(check, tr("I understand the VM will be emulated, many times slower"));
    if (!local) {
        check.finding = tr("libvirt on the VM's host does not offer KVM: the VM would be "
                           "emulated, many times slower.");
        offerInspection(check, context.sshCommand() + QStringLiteral(" ls -l /dev/kvm"),
                        tr("Shows whether the KVM device is there."));
    } else if (cpu.readable && !cpu.hasExtensions()) {
        check.finding = intel ? tr("The processor's virtualization (Intel VT-x) is off or missing: "
                                   "turn on “Intel Virtualization Technology” in the firmware "
                                   "setup.")
                        : amd ? tr("The processor's virtualization (AMD-V) is off or missing: turn "
                                   "on “SVM Mode” in the firmware setup.")
                              : tr("The processor offers no hardware virtualization: turn it on in "
                                   "the firmware setup, if it has it.");
        offerFirmwareSetup(check, context,
                           intel ? tr("turn on “Intel Virtualization Technology” (VT-x)")
                           : amd ? tr("turn on “SVM Mode” (AMD-V)")
                                 : tr("turn on hardware virtualization, if it is offered"));
    } else if (cpu.hasExtensions() && kvmDeviceKnown && !kvmDevice) {
        check.finding = tr("The processor supports virtualization, but the kvm module is not "
                           "loaded.");
        check.remedy = amd ? QStringLiteral("sudo modprobe kvm_amd")
                           : QStringLiteral("sudo modprobe kvm_intel");
    } else {
        check.finding = tr("libvirt does not offer KVM, so the VM would be emulated, many times "
                           "slower.");
        check.remedy = QStringLiteral("sudo systemctl restart virtqemud");
    }
    return check;
}

// 5 -------------------------------------------------------------------------

std::optional<HostCheck> HostChecks::libvirt(const HostContext &context)
{
    if (!context.answered)
        return std::nullopt;
    HostCheck check = make(QStringLiteral("libvirt"));
    check.source = tr("libvirt connection to %1").arg(context.uri);

    if (context.isConnected()) {
        QStringList versions;
        if (!context.versions.libvirt.isEmpty())
            versions.append(QStringLiteral("libvirt %1").arg(context.versions.libvirt));
        if (!context.versions.hypervisorType.isEmpty())
            versions.append(
                    QStringLiteral("%1 %2")
                            .arg(context.versions.hypervisorType, context.versions.hypervisor)
                            .trimmed());
        check.evidence = versions.isEmpty()
                                 ? context.uri
                                 : QStringLiteral("%1 (%2)").arg(
                                         context.uri, versions.join(QStringLiteral(", ")));
        if (context.queryError) {
            check.status = CheckStatus::Warn;
            check.finding = tr("Connected, but libvirt would not describe the host: %1")
                                    .arg(context.queryError->message);
            offerInspection(
                    check,
                    QStringLiteral("virsh --connect %1 capabilities").arg(shellQuoted(context.uri)),
                    libvirtByHandPurpose());
            return check;
        }
        check.status = CheckStatus::Pass;
        check.finding = tr("Connected to %1.").arg(context.uri);
        return check;
    }

    const LibvirtError &error = *context.connectError;
    const OsRelease release = OsRelease::read(context.root);
    check.status = CheckStatus::Fail;
    check.gate = CheckGate::Block;
    check.evidence = error.message;
    const QString tryByHand
            = QStringLiteral("virsh --connect %1 list --all").arg(shellQuoted(context.uri));

    if (error.isAuthenticationFailure()) {
        check.finding = tr("polkit did not allow Airlock to manage VMs. Re-check and approve the "
                           "password prompt; only an administrator can.");
        offerInspection(check, tryByHand, libvirtByHandPurpose());
        return check;
    }
    // An address libvirt could never connect to: no daemon is to blame.
    if (error.domain == VIR_FROM_URI) {
        check.finding = tr("The connection address %1 is not one libvirt knows. Start Airlock "
                           "with --connect qemu:///system, or leave --connect out.")
                                .arg(context.uri);
        offerInspection(check, QStringLiteral("virsh --connect qemu:///system list --all"),
                        tr("Asks libvirt on this computer by hand, at the usual address."));
        return check;
    }
    const bool systemError = error.code == VIR_ERR_SYSTEM_ERROR;
    const bool noSocket = systemError && error.systemErrno == ENOENT;
    const bool refused = systemError && error.systemErrno == ECONNREFUSED;
    // Only the local socket (no host in the URI) is the daemons' own: a
    // refused TCP or SSH connection is a matter of that address.
    const bool localSocket = QUrl(context.uri).host().isEmpty();
    if (localSocket && (noSocket || refused)) {
        check.finding = context.inFlatpak()
                                ? tr("No libvirt daemon answers: the daemons are off, or this "
                                     "sandbox cannot see /run/libvirt.")
                                : tr("No libvirt daemon answers: the daemons are off.");
        check.remedy = startDaemonsRemedy(release);
        return check;
    }
    if (!localSocket) {
        check.finding = tr("Airlock could not reach libvirt on %1.").arg(QUrl(context.uri).host());
        offerInspection(check, tryByHand, libvirtByHandPurpose());
        return check;
    }
    check.finding = tr("Airlock could not connect to libvirt.");
    offerInspection(check, tryByHand, libvirtByHandPurpose());
    return check;
}

// 6 -------------------------------------------------------------------------

std::optional<HostCheck> HostChecks::svirt(const HostContext &context)
{
    if (!context.answered)
        return std::nullopt;
    HostCheck check = make(QStringLiteral("svirt"));
    check.source = libvirtCapabilitiesSource();
    const auto &facts = context.facts;
    if (!facts) {
        check.status = CheckStatus::Unknown;
        check.finding = tr("libvirt could not be asked how it confines VMs.");
        check.evidence = tr("no capabilities");
        offerInspection(
                check,
                QStringLiteral("virsh --connect %1 capabilities").arg(shellQuoted(context.uri)),
                libvirtByHandPurpose());
        return check;
    }
    check.evidence = tr("security models: %1").arg(securityModelsText(facts->capabilities));
    if (facts->capabilities.offersSelinux()) {
        check.status = CheckStatus::Pass;
        check.finding = tr("Each VM runs in its own SELinux domain with its own categories.");
        return check;
    }
    failWithAcknowledgement(check, tr("I understand this VM will not be confined by SELinux"));
    check.finding = tr("VMs would run without SELinux confinement.");
    const OsRelease release = OsRelease::read(context.root);
    const auto enforce = context.root.read(s_selinuxEnforce, 16);
    // Without SELinux on the VM's host the SELinux check fails on the same
    // reading of libvirt: one cause, one risk to accept.
    if (context.isRemote() || !enforce) {
        check.coveredBy = QStringLiteral("selinux");
        check.finding = tr("VMs would run without SELinux confinement, since SELinux is not "
                           "active on the VM's host.");
    }
    if (context.isRemote())
        offerInspection(check, context.sshCommand() + QStringLiteral(" getenforce"),
                        getenforcePurpose());
    else if (enforce && enforce->trimmed() == "1")
        // SELinux is on, so libvirt was told not to use it.
        check.remedy = QStringLiteral("sudo sed -i 's/^security_driver *=.*/#&/' "
                                      "/etc/libvirt/qemu.conf && sudo systemctl restart virtqemud");
    else
        offerEnableSelinux(check, release);
    return check;
}

// 7 -------------------------------------------------------------------------

HostCheck HostChecks::libvirtGroup(const HostContext &context)
{
    if (context.isRemote())
        return remoteUnknown(QStringLiteral("libvirt-group"), context, QStringLiteral("id -nG"),
                             tr("Lists your groups there: if “libvirt” is among them, leave it."));

    HostCheck check = make(QStringLiteral("libvirt-group"));
    const bool flatpak = context.inFlatpak();
    // In a Flatpak /etc is the runtime's; the host's files show under
    // /run/host only when the user granted them.
    const QStringList groupFiles = flatpak ? QStringList {QStringLiteral("/run/host/etc/group"),
                                                          QStringLiteral("/run/host/usr/lib/group")}
                                           : QStringList {QStringLiteral("/etc/group"),
                                                          QStringLiteral("/usr/lib/group")};
    const QStringList passwdFiles = flatpak ? QStringList {QStringLiteral("/run/host/etc/passwd"),
                                                           QStringLiteral("/etc/passwd")}
                                            : QStringList {QStringLiteral("/etc/passwd"),
                                                           QStringLiteral("/usr/lib/passwd")};

    // The process's groups, as the kernel applies them (getgroups()).
    const auto status = context.root.read(QStringLiteral("/proc/self/status"), 64 * 1024);
    const auto groupsField = status ? findProcField(*status, "Groups") : std::nullopt;
    QSet<qint64> groups;
    QString uid;
    if (groupsField) {
        const QStringList ids = groupsField->split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            bool ok = false;
            const qint64 gid = id.toLongLong(&ok);
            if (ok)
                groups.insert(gid);
        }
        const QString primary = procField(*status, "Gid").section(QLatin1Char(' '), 0, 0);
        if (!primary.isEmpty())
            groups.insert(primary.toLongLong());
        uid = procField(*status, "Uid").section(QLatin1Char(' '), 0, 0);
    }
    QString user = userName(context.root, passwdFiles, uid);
    // "$USER" is left for the shell to expand; a name read from the host's
    // files is quoted like any other value.
    const QString remedyUser = user.isEmpty() ? QStringLiteral("\"$USER\"") : shellQuoted(user);
    QList<qint64> sortedGroups(groups.cbegin(), groups.cend());
    std::sort(sortedGroups.begin(), sortedGroups.end());
    QStringList groupNumbers;
    for (const qint64 gid : sortedGroups)
        groupNumbers.append(QString::number(gid));
    const QString yourGroups
            = groupsField ? tr("your groups: %1")
                                    .arg(groupNumbers.isEmpty()
                                                 ? tr("none")
                                                 : groupNumbers.join(QStringLiteral(" ")))
                          : tr("your groups could not be read");

    const auto libvirtGroup = findGroup(context.root, groupFiles, QStringLiteral("libvirt"));
    const QString warnRemedy = QStringLiteral("sudo gpasswd -d %1 libvirt").arg(remedyUser);
    if (libvirtGroup) {
        check.source = joinSources({QStringLiteral("/proc/self/status"), libvirtGroup->file});
        check.evidence = tr("libvirt = group %1; %2").arg(libvirtGroup->gid).arg(yourGroups);
        if (groups.contains(libvirtGroup->gid)) {
            check.status = CheckStatus::Warn;
            check.finding = tr("You are in the libvirt group: any program you run can control VMs "
                               "as root without asking. Leave it and log in again; polkit will "
                               "ask you instead.");
            check.remedy = warnRemedy;
            return check;
        }
        if (!user.isEmpty() && libvirtGroup->members.contains(user)) {
            check.status = CheckStatus::Warn;
            check.finding = tr("Your account is listed in the libvirt group (from your next login "
                               "on): any program you run could control VMs as root. Leave it; "
                               "polkit will ask you instead.");
            check.evidence
                    = tr("%1; members: %2")
                              .arg(check.evidence, libvirtGroup->members.join(QStringLiteral(",")));
            check.remedy = warnRemedy;
            return check;
        }
        check.status = CheckStatus::Pass;
        check.finding = tr("You are not in the libvirt group: libvirt asks polkit, which asks "
                           "you.");
        return check;
    }

    // Unmapped groups show as the overflow id inside a user namespace (a
    // Flatpak): then membership cannot be told from here.
    const auto overflow = context.root.read(QStringLiteral("/proc/sys/kernel/overflowgid"), 32);
    const qint64 overflowGid = overflow ? overflow->trimmed().toLongLong() : 65534;
    check.source = joinSources(QStringList {QStringLiteral("/proc/self/status")} + groupFiles);
    check.evidence = tr("no libvirt group visible; %1").arg(yourGroups);
    if (flatpak || !groupsField || groups.contains(overflowGid)) {
        check.status = CheckStatus::Unknown;
        check.finding = tr("The sandbox hides your groups. Check by hand: if “libvirt” is listed, "
                           "leave that group.");
        offerInspection(check, QStringLiteral("id -nG"),
                        tr("Lists your groups: if “libvirt” is among them, leave it."));
        return check;
    }
    check.status = CheckStatus::Pass;
    check.finding = tr("There is no libvirt group on this computer: libvirt asks polkit, which "
                       "asks you.");
    return check;
}

// 8 -------------------------------------------------------------------------

// Each part's verdict and sentence; the worst speaks for the row.
struct HostChecks::ResourceFindings
{
    struct Part
    {
        CheckStatus status;
        QString finding;
        QString remedy; // a command that shows the shortage, to check by hand
        QString purpose;
    };
    QList<Part> parts;
    QStringList evidence;
    QStringList sources;
};

std::optional<HostCheck> HostChecks::resources(const HostContext &context)
{
    if (!context.answered)
        return std::nullopt;
    if (!context.facts) {
        HostCheck check = make(QStringLiteral("resources"));
        check.status = CheckStatus::Unknown;
        check.finding = tr("libvirt could not be asked about this host's processors, memory and "
                           "disk.");
        check.evidence = tr("no node information");
        check.source = tr("libvirt node info");
        offerInspection(check,
                        QStringLiteral("virsh --connect %1 nodeinfo").arg(shellQuoted(context.uri)),
                        libvirtByHandPurpose());
        return check;
    }
    ResourceFindings findings;
    findings.sources.append(tr("libvirt node info"));
    findThreads(context, findings);
    findMemory(context, findings);
    findDisk(context, findings);
    return resourcesVerdict(findings);
}

void HostChecks::findThreads(const HostContext &context, ResourceFindings &findings)
{
    const int threads = context.facts->threads;
    QString threadText = tr("logical processors: %1").arg(threads);
    if (!context.isRemote() && context.root.kernelCommandLineHas(QStringLiteral("nosmt"))) {
        threadText = tr("%1 (nosmt: simultaneous multithreading is off, halving them)")
                             .arg(threadText);
        findings.sources.append(QStringLiteral("/proc/cmdline"));
    }
    findings.evidence.append(threadText);
    if (threads < 2) {
        findings.parts.append(
                {CheckStatus::Warn,
                 tr("Only one logical processor: the VM and this computer would share it."),
                 QString(), QString()});
    }
}

void HostChecks::findMemory(const HostContext &context, ResourceFindings &findings)
{
    // libvirt's figures only, never this computer's files: the total and
    // what is available come from one source, and on a remote host they
    // are that host's.
    using Available = HostFacts::AvailableMemory;
    const HostFacts &facts = *context.facts;
    const QString total = formatBytes(facts.memoryBytes);
    const QString available = formatBytes(facts.availableMemoryBytes);
    const QString memoryRemedy = context.isRemote()
                                         ? context.sshCommand() + QStringLiteral(" free -h")
                                         : QStringLiteral("free -h");
    const QString memoryPurpose = tr("Shows how much memory is in use and how much is available.");
    switch (facts.availableMemory) {
    case Available::Unknown:
        findings.evidence.append(
                tr("memory: %1 in all; libvirt does not say how much is available").arg(total));
        break;
    case Available::FreeOnly:
        findings.evidence.append(tr("memory: %1 free of %2 (libvirt does not count the caches "
                                    "the host could reclaim)")
                                         .arg(available, total));
        findings.sources.append(tr("libvirt free memory"));
        break;
    case Available::WithCaches:
        findings.evidence.append(tr("memory: %1 available of %2").arg(available, total));
        findings.sources.append(tr("libvirt node memory statistics"));
        break;
    }

    if (facts.memoryBytes > 0 && facts.memoryBytes < minimumMemoryBytes) {
        findings.parts.append({CheckStatus::Fail,
                               tr("This host has only %1 of memory in all; NixOS needs at least "
                                  "%2.")
                                       .arg(total, formatBytes(minimumMemoryBytes)),
                               memoryRemedy, memoryPurpose});
        return;
    }
    if (facts.availableMemory == Available::Unknown
        || facts.availableMemoryBytes >= recommendedMemoryBytes)
        return;
    if (facts.availableMemory == Available::FreeOnly) {
        // Free memory alone leaves out what the host could take back, so a
        // low figure is worth a look, not a verdict.
        findings.parts.append(
                {CheckStatus::Warn,
                 tr("libvirt reports %1 of memory free, not counting caches the host could "
                    "reclaim; NixOS recommends %2. If the VM is slow, close programs you do not "
                    "need.")
                         .arg(available, formatBytes(recommendedMemoryBytes)),
                 memoryRemedy, memoryPurpose});
    } else if (facts.availableMemoryBytes < minimumMemoryBytes) {
        findings.parts.append({CheckStatus::Fail,
                               tr("Only %1 of memory is available; NixOS needs at least %2.")
                                       .arg(available, formatBytes(minimumMemoryBytes)),
                               memoryRemedy, memoryPurpose});
    } else {
        findings.parts.append({CheckStatus::Warn,
                               tr("%1 of memory is available; NixOS recommends %2. Close programs "
                                  "you do not need.")
                                       .arg(available, formatBytes(recommendedMemoryBytes)),
                               memoryRemedy, memoryPurpose});
    }
}

void HostChecks::findDisk(const HostContext &context, ResourceFindings &findings)
{
    const StoragePoolFacts &pool = context.facts->pool;
    findings.sources.append(tr("storage pool “%1”").arg(pool.name));
    if (!pool.exists) {
        findings.evidence.append(
                tr("pool “%1” will be created at %2").arg(pool.name, s_defaultPoolPath));
        return;
    }
    if (!pool.active) {
        findings.evidence.append(tr("pool “%1” is not running; Airlock starts it").arg(pool.name));
        return;
    }
    findings.evidence.append(
            tr("disk: %1 free in pool “%2”").arg(formatBytes(pool.availableBytes), pool.name));
    const QString diskRemedy
            = QStringLiteral("df -h %1")
                      .arg(shellQuoted(pool.path.isEmpty() ? s_defaultPoolPath : pool.path));
    const QString diskPurpose = tr("Shows how much space is left where the VM's disk goes.");
    if (pool.availableBytes < minimumDiskBytes + isoBytes) {
        findings.parts.append(
                {CheckStatus::Fail,
                 tr("Only %1 free for disks; NixOS needs at least %2 plus the ISO.")
                         .arg(formatBytes(pool.availableBytes), formatBytes(minimumDiskBytes)),
                 diskRemedy, diskPurpose});
    } else if (pool.availableBytes < recommendedDiskBytes + isoBytes) {
        findings.parts.append(
                {CheckStatus::Warn,
                 tr("%1 free for disks; NixOS recommends %2 plus the ISO.")
                         .arg(formatBytes(pool.availableBytes), formatBytes(recommendedDiskBytes)),
                 diskRemedy, diskPurpose});
    }
}

HostCheck HostChecks::resourcesVerdict(const ResourceFindings &findings)
{
    using Part = ResourceFindings::Part;
    HostCheck check = make(QStringLiteral("resources"));
    check.evidence = findings.evidence.join(QStringLiteral("; "));
    check.source = joinSources(findings.sources);
    const QList<Part> &parts = findings.parts;
    const auto worst = std::find_if(parts.cbegin(), parts.cend(), [](const Part &part) {
        return part.status == CheckStatus::Fail;
    });
    const Part *speaker = worst != parts.cend() ? &*worst
                          : parts.isEmpty()     ? nullptr
                                                : &parts.constFirst();
    if (!speaker) {
        check.status = CheckStatus::Pass;
        check.finding = tr("Enough processors, memory and disk for NixOS.");
        return check;
    }
    if (speaker->status == CheckStatus::Fail)
        failWithAcknowledgement(check, tr("I understand this computer may be too small or too "
                                          "busy to run NixOS well"));
    else
        check.status = speaker->status;
    check.finding = speaker->finding;
    if (!speaker->remedy.isEmpty())
        offerInspection(check, speaker->remedy, speaker->purpose);
    return check;
}

// 9 -------------------------------------------------------------------------

std::optional<HostCheck> HostChecks::uefi(const HostContext &context)
{
    if (!context.answered)
        return std::nullopt;
    HostCheck check = make(QStringLiteral("uefi"));
    const OsRelease release = OsRelease::read(context.root);
    const auto &facts = context.facts;
    const QString biosFinding = tr("No UEFI firmware for VMs: the VM will start with legacy BIOS "
                                   "instead, without UEFI's protections.");

    if (facts && facts->domainCapabilities && !facts->domainCapabilities->firmwares.isEmpty()) {
        check.source = tr("libvirt domain capabilities");
        check.evidence
                = tr("firmware: %1")
                          .arg(facts->domainCapabilities->firmwares.join(QStringLiteral(", ")));
        if (facts->domainCapabilities->offersUefi()) {
            check.status = CheckStatus::Pass;
            check.finding = tr("The VM can start with UEFI firmware.");
            return check;
        }
        check.status = CheckStatus::Warn;
        check.finding = biosFinding;
        check.remedy
                = context.isRemote() ? QString() : installFirmwareRemedy(release, context.root);
        return check;
    }

    if (context.isRemote()) {
        check.status = CheckStatus::Unknown;
        check.finding = tr("libvirt did not say which firmware the VM's host offers.");
        check.evidence = tr("no domain capabilities");
        check.source = tr("libvirt domain capabilities");
        offerInspection(
                check,
                QStringLiteral("virsh --connect %1 domcapabilities").arg(shellQuoted(context.uri)),
                libvirtByHandPurpose());
        return check;
    }

    // libvirt cannot say (its test driver, or no connection): QEMU's
    // firmware descriptors on this computer can.
    const QStringList directories
            = context.inFlatpak()
                      ? QStringList {QStringLiteral("/run/host/usr/share/qemu/firmware")}
                      : QStringList {QStringLiteral("/etc/qemu/firmware"),
                                     QStringLiteral("/usr/share/qemu/firmware")};
    const QStringList found = uefiDescriptors(context.root, directories);
    check.source = tr("QEMU firmware descriptors (%1)").arg(joinSources(directories));
    if (!found.isEmpty()) {
        check.status = CheckStatus::Pass;
        check.finding = tr("UEFI firmware for VMs is installed.");
        check.evidence = found.join(QStringLiteral(", "));
        return check;
    }
    const bool visible = std::any_of(
            directories.cbegin(), directories.cend(),
            [&context](const QString &directory) { return context.root.exists(directory); });
    if (context.inFlatpak() && !visible) {
        check.status = CheckStatus::Unknown;
        check.finding = tr("Which firmware the host offers cannot be seen from here.");
        check.evidence = tr("no firmware descriptors visible");
        offerInspection(check, QStringLiteral("ls /usr/share/qemu/firmware"),
                        tr("Lists the firmware the host offers VMs."));
        return check;
    }
    check.status = CheckStatus::Warn;
    check.finding = biosFinding;
    check.evidence = tr("no UEFI firmware descriptor");
    check.remedy = installFirmwareRemedy(release, context.root);
    return check;
}

// 10 ------------------------------------------------------------------------

HostCheck HostChecks::hardenedMalloc(const HostContext &context)
{
    HostCheck check = make(QStringLiteral("hardened-malloc"));
    check.status = CheckStatus::Info;
    const QString environSource = QStringLiteral("/proc/self/environ");
    const QString preloadFile = context.inFlatpak() ? QStringLiteral("/run/host/etc/ld.so.preload")
                                                    : QStringLiteral("/etc/ld.so.preload");
    check.source = joinSources({QStringLiteral("LD_PRELOAD (%1)").arg(environSource), preloadFile});

    QString found;
    if (const auto environ = context.root.read(environSource, 256 * 1024)) {
        const QList<QByteArray> variables = environ->split('\0');
        for (const QByteArray &variable : variables) {
            if (variable.startsWith("LD_PRELOAD=") && variable.contains("hardened_malloc")) {
                found = printable(variable);
                check.source = QStringLiteral("LD_PRELOAD (%1)").arg(environSource);
                break;
            }
        }
    }
    if (found.isEmpty()) {
        if (const auto preload = context.root.read(preloadFile, 64 * 1024);
            preload && preload->contains("hardened_malloc")) {
            found = printable(*preload);
            check.source = preloadFile;
        }
    }
    if (found.isEmpty()) {
        check.finding = tr("hardened_malloc is not preloaded here; nothing to note.");
        check.evidence = tr("not found");
        return check;
    }
    check.finding = tr("hardened_malloc is active: it hardens memory allocation, and secureblue "
                       "notes it can make browsers flicker inside a VM.");
    check.evidence = found;
    return check;
}

} // namespace Airlock
