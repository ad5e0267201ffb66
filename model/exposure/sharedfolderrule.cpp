// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedfolderrule.h"

#include <QDir>
#include <QFileInfo>

#include <array>

namespace Airlock {

namespace {

// What a protected directory holds, for the sentence that refuses it.
enum class Holds {
    SystemConfiguration,
    Programs,
    Boot,
    AdministratorHome,
    DeviceFiles,
    KernelSettings,
    RunningServices,
    AddedPrograms,
    NixStore,
    ServiceData,
    ServiceState,
    ServedData,
    TemporaryFiles,
    Homes,
    Home,
    HiddenFolder,
    UserPrograms,
};

enum class Scope {
    Tree, // the directory and everything in it
    Itself, // the directory alone: a folder made inside it may be shared
};

struct Protected
{
    const char *path;
    Scope scope;
    Holds holds;
};

// Each entry with why (the sentences in holdsText say it to the user):
// - /etc, /usr and the /bin, /sbin, /lib* of systems without a merged /usr,
//   /boot, /efi: what the host runs and boots; writing there is root.
// - /root (/var/roothome on Fedora Atomic): root's shell start-up files.
// - /dev, /proc, /sys: device nodes and kernel settings, not files at all.
// - /run: the services' sockets (libvirt's, the session bus, the user's
//   keyring agent); removable drives under /run/media/USER/ are exempt.
// - /opt (/var/opt): programs installed beside the system's. /nix: a Nix
//   host's store and database.
// - /var itself; its state, logs, caches and queues (/var/lib holds libvirt's
//   images, every other VM's disk); /var/usrlocal is /usr/local on Atomic.
// - /srv (/var/srv), /tmp, /var/tmp: shared by every service or user, so
//   the top is refused; a folder made in them for the VM is fine.
// - /home, /var/home: every user's home (a home is judged on its own).
constexpr std::array s_protected {
        Protected {"/etc", Scope::Tree, Holds::SystemConfiguration},
        Protected {"/usr", Scope::Tree, Holds::Programs},
        Protected {"/bin", Scope::Tree, Holds::Programs},
        Protected {"/sbin", Scope::Tree, Holds::Programs},
        Protected {"/lib", Scope::Tree, Holds::Programs},
        Protected {"/lib32", Scope::Tree, Holds::Programs},
        Protected {"/lib64", Scope::Tree, Holds::Programs},
        Protected {"/libx32", Scope::Tree, Holds::Programs},
        Protected {"/boot", Scope::Tree, Holds::Boot},
        Protected {"/efi", Scope::Tree, Holds::Boot},
        Protected {"/root", Scope::Tree, Holds::AdministratorHome},
        Protected {"/var/roothome", Scope::Tree, Holds::AdministratorHome},
        Protected {"/dev", Scope::Tree, Holds::DeviceFiles},
        Protected {"/proc", Scope::Tree, Holds::KernelSettings},
        Protected {"/sys", Scope::Tree, Holds::KernelSettings},
        Protected {"/run", Scope::Tree, Holds::RunningServices},
        Protected {"/opt", Scope::Tree, Holds::AddedPrograms},
        Protected {"/var/opt", Scope::Tree, Holds::AddedPrograms},
        Protected {"/var/usrlocal", Scope::Tree, Holds::AddedPrograms},
        Protected {"/nix", Scope::Tree, Holds::NixStore},
        Protected {"/var", Scope::Itself, Holds::ServiceData},
        Protected {"/var/lib", Scope::Tree, Holds::ServiceState},
        Protected {"/var/cache", Scope::Tree, Holds::ServiceState},
        Protected {"/var/db", Scope::Tree, Holds::ServiceState},
        Protected {"/var/log", Scope::Tree, Holds::ServiceState},
        Protected {"/var/spool", Scope::Tree, Holds::ServiceState},
        Protected {"/var/mail", Scope::Tree, Holds::ServiceState},
        Protected {"/var/run", Scope::Tree, Holds::RunningServices},
        Protected {"/var/lock", Scope::Tree, Holds::RunningServices},
        Protected {"/srv", Scope::Itself, Holds::ServedData},
        Protected {"/var/srv", Scope::Itself, Holds::ServedData},
        Protected {"/tmp", Scope::Itself, Holds::TemporaryFiles},
        Protected {"/var/tmp", Scope::Itself, Holds::TemporaryFiles},
        Protected {"/home", Scope::Itself, Holds::Homes},
        Protected {"/var/home", Scope::Itself, Holds::Homes},
};

QString holdsText(Holds holds)
{
    switch (holds) {
    case Holds::SystemConfiguration:
        return SharedFolderRule::tr("this computer's configuration: its users, services and "
                                    "who may use sudo");
    case Holds::Programs:
        return SharedFolderRule::tr("the programs and libraries this computer runs");
    case Holds::Boot:
        return SharedFolderRule::tr("the kernel and boot loader this computer starts");
    case Holds::AdministratorHome:
        return SharedFolderRule::tr("the administrator's home, whose start-up files run as root");
    case Holds::DeviceFiles:
        return SharedFolderRule::tr("the device files of this computer's disks, memory and "
                                    "hardware");
    case Holds::KernelSettings:
        return SharedFolderRule::tr("the running kernel's settings");
    case Holds::RunningServices:
        return SharedFolderRule::tr("the sockets and state of the running services, libvirt's "
                                    "among them");
    case Holds::AddedPrograms:
        return SharedFolderRule::tr("programs installed beside the system's");
    case Holds::NixStore:
        return SharedFolderRule::tr("the Nix store, the programs of a Nix system");
    case Holds::ServiceData:
        return SharedFolderRule::tr("the data, logs and queues of this computer's services");
    case Holds::ServiceState:
        return SharedFolderRule::tr("the state of this computer's services, the disks of its "
                                    "VMs among them");
    case Holds::ServedData:
        return SharedFolderRule::tr("the data of every service this computer offers");
    case Holds::TemporaryFiles:
        return SharedFolderRule::tr("the temporary files and sockets of every user and program");
    case Holds::Homes:
        return SharedFolderRule::tr("every user's home directory");
    case Holds::Home:
        return SharedFolderRule::tr("a home directory: its keys and passwords, and the files "
                                    "that start programs when its user logs in");
    case Holds::HiddenFolder:
        return SharedFolderRule::tr("a program's settings, keys or start-up files (a hidden "
                                    "folder of a home, like ~/.ssh, ~/.config, ~/.local or "
                                    "~/.gnupg)");
    case Holds::UserPrograms:
        return SharedFolderRule::tr("programs its user starts by name (it is on the PATH)");
    }
    return {};
}

bool isWithin(const QString &path, const QString &directory)
{
    if (directory == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path == directory || path.startsWith(directory + QLatin1Char('/'));
}

// Removable drives udisks mounts for a user: /run/media/USER/DRIVE/….
bool isRemovableDrive(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.size() >= 4 && parts.at(0) == QLatin1String("run")
           && parts.at(1) == QLatin1String("media");
}

// The home directory `path` lies in, if any: /home/NAME, /var/home/NAME or
// one of `homes`.
QString homeOf(const QString &path, const QStringList &homes)
{
    for (const QString &home : homes) {
        if (home != QLatin1String("/") && isWithin(path, home))
            return home;
    }
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts.at(0) == QLatin1String("home"))
        return QLatin1String("/home/") + parts.at(1);
    if (parts.size() >= 3 && parts.at(0) == QLatin1String("var")
        && parts.at(1) == QLatin1String("home"))
        return QLatin1String("/var/home/") + parts.at(2);
    return {};
}

QString itselfRefusal(const QString &path, Holds holds)
{
    //: %1 the folder, %2 what it holds.
    return SharedFolderRule::tr("“%1” holds %2. A VM that may write there can take this computer "
                                "over: share a folder made for the VM, or share this one "
                                "read-only.")
            .arg(path, holdsText(holds));
}

QString insideRefusal(const QString &path, const QString &protectedPath, Holds holds)
{
    //: %1 the folder, %2 the protected folder it lies in, %3 what that holds.
    return SharedFolderRule::tr("“%1” is inside “%2”, which holds %3. A VM that may write there "
                                "can take this computer over: share a folder made for the VM, "
                                "or share this one read-only.")
            .arg(path, protectedPath, holdsText(holds));
}

QString containsRefusal(const QString &path, const QString &protectedPath, Holds holds)
{
    //: %1 the folder, %2 a protected folder in it, %3 what that holds.
    return SharedFolderRule::tr("“%1” contains “%2”, which holds %3. A VM that may write there "
                                "can take this computer over: share a folder made for the VM, "
                                "or share this one read-only.")
            .arg(path, protectedPath, holdsText(holds));
}

std::optional<QString> homeRefusal(const QString &path, const QStringList &homes)
{
    const QString home = homeOf(path, homes);
    if (home.isEmpty())
        return std::nullopt;
    if (path == home)
        return itselfRefusal(path, Holds::Home);
    const QString first = path.mid(home.size() + 1).section(QLatin1Char('/'), 0, 0);
    // Every hidden folder, not a list of the known ones: each holds some
    // program's settings or state, and a list would miss the next one.
    const Holds holds = first.startsWith(QLatin1Char('.')) ? Holds::HiddenFolder
                        : first == QLatin1String("bin")    ? Holds::UserPrograms
                                                           : Holds::Home;
    if (holds == Holds::Home)
        return std::nullopt;
    const QString folder = home + QLatin1Char('/') + first;
    return path == folder ? itselfRefusal(path, holds) : insideRefusal(path, folder, holds);
}

std::optional<QString> systemRefusal(const QString &path)
{
    for (const Protected &entry : s_protected) {
        const QString protectedPath = QLatin1String(entry.path);
        if (path == protectedPath)
            return itselfRefusal(path, entry.holds);
    }
    for (const Protected &entry : s_protected) {
        const QString protectedPath = QLatin1String(entry.path);
        if (entry.scope == Scope::Tree && isWithin(path, protectedPath)
            && !(entry.holds == Holds::RunningServices && isRemovableDrive(path)))
            return insideRefusal(path, protectedPath, entry.holds);
    }
    return std::nullopt;
}

std::optional<QString> containedRefusal(const QString &path, const QStringList &homes)
{
    for (const Protected &entry : s_protected) {
        const QString protectedPath = QLatin1String(entry.path);
        if (isWithin(protectedPath, path))
            return containsRefusal(path, protectedPath, entry.holds);
    }
    for (const QString &home : homes) {
        if (isWithin(home, path))
            return containsRefusal(path, home, Holds::Home);
    }
    return std::nullopt;
}

QString canonicalDirectory(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

} // namespace

std::optional<QString> SharedFolderRule::refusal(const QString &path, bool readOnly,
                                                 const QStringList &homes)
{
    if (readOnly)
        return std::nullopt;
    const QString clean = QDir::cleanPath(path);
    if (auto refused = homeRefusal(clean, homes))
        return refused;
    if (auto refused = systemRefusal(clean))
        return refused;
    return containedRefusal(clean, homes);
}

std::optional<QString> SharedFolderRule::refusalOnThisComputer(const QString &path, bool readOnly)
{
    if (readOnly)
        return std::nullopt;
    QStringList homes;
    const QString home = QDir::cleanPath(QDir::homePath());
    for (const QString &known : {home, canonicalDirectory(home)}) {
        if (!known.isEmpty() && known != QLatin1String("/") && !homes.contains(known))
            homes.append(known);
    }
    const QString clean = QDir::cleanPath(path);
    if (auto refused = refusal(clean, readOnly, homes))
        return refused;
    // A symbolic link anywhere on the way may lead into what the words avoid.
    const QString canonical = canonicalDirectory(clean);
    if (canonical.isEmpty() || canonical == clean)
        return std::nullopt;
    if (const auto refused = refusal(canonical, readOnly, homes))
        //: %1 the folder as given, %2 where its symbolic links lead, %3 why that is refused.
        return tr("“%1” leads to “%2”: %3").arg(clean, canonical, *refused);
    return std::nullopt;
}

} // namespace Airlock
