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
    QString nix; // one or more lines of configuration.nix
    QString explanation; // one translated sentence
};

// A NixOS configuration.nix snippet that hardens the guest to match what the
// user chose on the Devices page: what the VM was not given, the guest need
// not run either.
class GuestHardening
{
    Q_DECLARE_TR_FUNCTIONS(GuestHardening)
public:
    static QList<HardeningSetting> settings(const VmSpec &spec);
    // The snippet as a whole, each setting preceded by its explanation as a
    // comment, ready to paste into /etc/nixos/configuration.nix.
    static QString snippet(const VmSpec &spec);
};

} // namespace Airlock
