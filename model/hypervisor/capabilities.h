// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airlock {

struct SecurityModel
{
    QString model; // "selinux", "apparmor", "dac", "none", …
    QString doi;
};

// What libvirt's capabilities XML says about the host, parsed with
// libvirt-gconfig; kept in HostFacts.
struct HostCapabilities
{
    QString hostArch; // "x86_64"
    QList<SecurityModel> securityModels;
    QStringList virtTypes; // domain types offered for the host arch: "kvm", "qemu", …

    bool offersSecurityModel(const QString &model) const;
    bool offersSelinux() const { return offersSecurityModel(QStringLiteral("selinux")); }
    bool offersKvm() const { return virtTypes.contains(QStringLiteral("kvm")); }

    static std::optional<HostCapabilities> parse(const QString &xml,
                                                 QString *errorMessage = nullptr);
};

// The parts of libvirt's domain capabilities Airlock cares about; kept in
// HostFacts.
struct DomainCapabilities
{
    QStringList firmwares; // "efi", "bios" (from <os><enum name='firmware'>)
    bool hostPassthroughSupported = false;
    bool maximumSupported = false;
    bool hostModelSupported = false;

    bool offersUefi() const { return firmwares.contains(QStringLiteral("efi")); }

    static std::optional<DomainCapabilities> parse(const QString &xml,
                                                   QString *errorMessage = nullptr);
};

} // namespace Airlock
