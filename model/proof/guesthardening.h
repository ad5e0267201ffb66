// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Airlock {

// One setting of the guest-hardening snippet and why it is there.
struct HardeningSetting
{
    QString nix; // one or more lines of configuration.nix, ASCII only
    QString explanation; // one translated sentence
    QString since; // the first NixOS release with these options ("22.05")
};

// A NixOS configuration that hardens the guest to match what the user chose
// on the Devices page: what the VM was not given, the guest need not run
// either. Only plain NixOS options, each present in the release the VM
// installs: NixOS 26.05 removed the hardened profile and
// linuxPackages_hardened, so neither is used.
class GuestHardening
{
    Q_DECLARE_TR_FUNCTIONS(GuestHardening)
public:
    // Where the typed command saves the module inside the guest.
    static constexpr const char *modulePath = "/etc/nixos/airlock-hardening.nix";

    // The settings for the release the spec's ISO installs (IsoName::release);
    // an unknown or unstable release is taken to be the newest.
    static QList<HardeningSetting> settings(const VmSpec &spec);
    // The snippet as a whole, each setting preceded by its explanation as a
    // comment, ready to paste inside the { … } of /etc/nixos/configuration.nix.
    static QString snippet(const VmSpec &spec);
    // The same settings as a NixOS module of its own, in ASCII: what the
    // typed command saves at modulePath.
    static QString module(const VmSpec &spec);
    // One command for a terminal inside the guest, typed there by Airlock
    // through the console's keyboard (no clipboard, no channel): it saves
    // module() in /tmp, then with one sudo (its password prompt comes last,
    // after everything is typed) installs it at modulePath and adds it to
    // configuration.nix's imports. Only characters a US keyboard types, no
    // tab (a shell would complete) and no "!" (history expansion).
    static QString typedCommand(const VmSpec &spec);
};

} // namespace Airlock
