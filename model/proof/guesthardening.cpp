// SPDX-License-Identifier: GPL-3.0-or-later
#include "guesthardening.h"

namespace Airlock {

namespace {

QString nixBool(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// Nix string literal: backslash, quote and interpolation escaped.
QString nixString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    escaped.replace(QLatin1String("${"), QLatin1String("\\${"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QList<HardeningSetting> GuestHardening::settings(const VmSpec &spec)
{
    QList<HardeningSetting> result;
    result.append({QStringLiteral("environment.memoryAllocator.provider = \"graphene-hardened\";"),
                   tr("Every program uses hardened_malloc, which turns many memory bugs into "
                      "crashes instead of exploits (secureblue's own allocator). If a browser "
                      "flickers or crashes, switch this line off first.")});
    result.append({QStringLiteral("networking.firewall.enable = true;"),
                   tr("The guest's firewall drops connections nobody asked for.")});
    result.append({QStringLiteral("services.openssh.enable = false;"),
                   tr("No remote logins into the VM.")});
    result.append(
            {QStringLiteral("services.spice-vdagentd.enable = %1;")
                     .arg(nixBool(spec.exposure.clipboard)),
             spec.exposure.clipboard
                     ? tr("The SPICE agent runs: it carries the clipboard you chose to share.")
                     : tr("No SPICE agent: the VM has no clipboard channel, so nothing needs "
                          "to listen for one.")});
    result.append({QStringLiteral("services.qemuGuest.enable = %1;")
                           .arg(nixBool(spec.exposure.guestAgent)),
                   spec.exposure.guestAgent
                           ? tr("The QEMU guest agent answers the host on the channel you chose.")
                           : tr("No QEMU guest agent: the host has no channel into the VM.")});
    if (spec.network.mode == NetworkMode::None || !spec.network.ipv6) {
        result.append({QStringLiteral("networking.enableIPv6 = false;"),
                       tr("IPv6 off inside the VM as well, matching its network.")});
    }
    if (spec.exposure.tpm) {
        result.append({QStringLiteral("security.tpm2.enable = true;"),
                       tr("The guest uses the emulated TPM (for example for disk encryption).")});
    }
    if (spec.exposure.sharedFolder) {
        const bool readOnly = spec.exposure.sharedFolder->readOnly;
        result.append(
                {QStringLiteral("fileSystems.\"/mnt/airlock-share\" = {\n"
                                "  device = \"airlock-share\";\n"
                                "  fsType = \"virtiofs\";\n"
                                "  options = [ %1\"nodev\" \"nosuid\" \"noexec\" ];\n"
                                "};")
                         .arg(readOnly ? QStringLiteral("\"ro\" ") : QString()),
                 tr("Mounts the shared folder %1 at /mnt/airlock-share, without device files, "
                    "set-uid programs or executables.")
                         .arg(nixString(spec.exposure.sharedFolder->path))});
    }
    result.append({QStringLiteral("security.sudo.execWheelOnly = true;"),
                   tr("Only administrators (group wheel) may even run sudo.")});
    result.append({QStringLiteral("nix.settings.allowed-users = [ \"@wheel\" ];"),
                   tr("Only administrators may talk to the Nix daemon.")});
    return result;
}

QString GuestHardening::snippet(const VmSpec &spec)
{
    QString text = tr("# Hardening for the NixOS guest “%1”, made by Airlock from your choices.\n"
                      "# Paste inside the { … } of /etc/nixos/configuration.nix, then run:\n"
                      "#   sudo nixos-rebuild switch\n")
                           .arg(spec.name);
    for (const HardeningSetting &setting : settings(spec)) {
        text += QLatin1Char('\n');
        // Comments wrapped to fit an editor window.
        QString line;
        for (const QString &word :
             setting.explanation.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > 76) {
                text += QLatin1String("# ") + line + QLatin1Char('\n');
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        if (!line.isEmpty())
            text += QLatin1String("# ") + line + QLatin1Char('\n');
        text += setting.nix + QLatin1Char('\n');
    }
    return text;
}

} // namespace Airlock
