// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airlock {

// Which folders a VM may be given to write in. A writable share of the
// system's own directories (/etc, /usr, /boot, /var's state, /run, …), of a
// home directory's root, of the hidden folders in a home (~/.ssh, ~/.config,
// ~/.local: keys, and files that start programs) or of any folder that
// contains one of them hands the guest the host, so it is refused; a
// read-only share is not (the whole file system aside, which VmSpec refuses
// in any case). The spec applies the rule to the path's words
// (VmSpec::validate), the folder chooser and the creation plan to where the
// path leads on this computer (refusalOnThisComputer).
class SharedFolderRule
{
    Q_DECLARE_TR_FUNCTIONS(SharedFolderRule)
public:
    // Why sharing `path` (absolute, without "." or ".." components) is
    // refused, judged by its words alone; nullopt when it may be shared.
    // The home directories are /home/NAME and /var/home/NAME, and `homes`.
    static std::optional<QString> refusal(const QString &path, bool readOnly,
                                          const QStringList &homes = {});

    // The same for a folder of this computer: the path with its symbolic
    // links and ".." resolved is judged too, and this user's home directory
    // (and where it leads) is a home wherever it lies.
    static std::optional<QString> refusalOnThisComputer(const QString &path, bool readOnly);
};

} // namespace Airlock
