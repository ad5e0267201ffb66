// SPDX-License-Identifier: GPL-3.0-or-later
#include "guesthardening.h"

#include "media/isoname.h"

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

// Whether `release` ("25.11", "unstable", "" for unknown) has options that
// first came in `since`. Versions are "YY.MM", so they compare as text.
bool releaseHas(const QString &release, const QString &since)
{
    if (since.isEmpty() || release.isEmpty() || release == QLatin1String("unstable"))
        return true;
    return release >= since;
}

// What every guest gets, whatever was chosen on the Devices page.
void appendBaseline(QList<HardeningSetting> &result)
{
    result.append({QStringLiteral("environment.memoryAllocator.provider = \"graphene-hardened\";"),
                   GuestHardening::tr(
                           "Every program uses hardened_malloc, which turns many memory bugs into "
                           "crashes instead of exploits (secureblue's own allocator). If a browser "
                           "flickers or crashes, switch this line off first."),
                   QStringLiteral("19.09")});
    result.append({QStringLiteral("networking.firewall.enable = true;"),
                   GuestHardening::tr("The guest's firewall drops connections nobody asked for."),
                   {}});
    result.append({QStringLiteral("services.openssh.enable = false;"),
                   GuestHardening::tr("No remote logins into the VM."),
                   {}});
}

// The kernel settings the removed hardened profile used to make, one by one
// with the options NixOS keeps.
void appendKernel(QList<HardeningSetting> &result, const VmSpec &spec)
{
    result.append({QStringLiteral("security.protectKernelImage = true;"),
                   GuestHardening::tr("Nobody can swap the running kernel for another without a "
                                      "reboot (no kexec, no hibernation)."),
                   QStringLiteral("20.03")});
    result.append({QStringLiteral("boot.kernel.sysctl.\"kernel.dmesg_restrict\" = 1;\n"
                                  "boot.kernel.sysctl.\"kernel.kptr_restrict\" = 2;"),
                   GuestHardening::tr("Only administrators may read the kernel's log, and "
                                      "nobody sees the kernel's addresses, which exploits look "
                                      "for."),
                   {}});
    result.append({QStringLiteral("boot.kernel.sysctl.\"kernel.unprivileged_bpf_disabled\" = 1;\n"
                                  "boot.kernel.sysctl.\"net.core.bpf_jit_harden\" = 2;"),
                   GuestHardening::tr("Only administrators may load BPF programs into the "
                                      "kernel, and those are compiled with hardening."),
                   {}});
    result.append({QStringLiteral("boot.kernel.sysctl.\"kernel.yama.ptrace_scope\" = 1;"),
                   GuestHardening::tr("A program may only inspect its own children, so one "
                                      "compromised program cannot read another's memory. "
                                      "Debuggers then need sudo to attach."),
                   {}});
    result.append({QStringLiteral("boot.blacklistedKernelModules = [ \"dccp\" \"sctp\" \"rds\" "
                                  "\"tipc\" ];"),
                   GuestHardening::tr("Rare network protocols that have had kernel bugs are not "
                                      "loaded on demand."),
                   {}});
    if (spec.network.mode != NetworkMode::None) {
        result.append(
                {QStringLiteral("boot.kernel.sysctl.\"net.ipv4.conf.all.accept_redirects\" = 0;\n"
                                "boot.kernel.sysctl.\"net.ipv4.conf.default.accept_redirects\" = "
                                "0;"),
                 GuestHardening::tr("The VM ignores ICMP redirects, which could otherwise "
                                    "reroute its traffic."),
                 {}});
    }
}

// What follows from the Devices page: each channel the VM was not given has
// nothing listening for it inside.
void appendChosen(QList<HardeningSetting> &result, const VmSpec &spec)
{
    result.append({QStringLiteral("services.spice-vdagentd.enable = %1;")
                           .arg(nixBool(spec.exposure.clipboard)),
                   spec.exposure.clipboard
                           ? GuestHardening::tr(
                                   "The SPICE agent runs: it carries the clipboard you chose to "
                                   "share.")
                           : GuestHardening::tr("No SPICE agent: the VM has no clipboard "
                                                "channel, so nothing needs to listen for one."),
                   {}});
    result.append({QStringLiteral("services.qemuGuest.enable = %1;")
                           .arg(nixBool(spec.exposure.guestAgent)),
                   spec.exposure.guestAgent
                           ? GuestHardening::tr(
                                   "The QEMU guest agent answers the host on the channel you "
                                   "chose.")
                           : GuestHardening::tr(
                                   "No QEMU guest agent: the host has no channel into the VM."),
                   {}});
    if (spec.network.mode == NetworkMode::None || !spec.network.ipv6) {
        result.append({QStringLiteral("networking.enableIPv6 = false;"),
                       GuestHardening::tr("IPv6 off inside the VM as well, matching its network."),
                       {}});
    }
    if (spec.exposure.tpm) {
        result.append(
                {QStringLiteral("security.tpm2.enable = true;"),
                 GuestHardening::tr(
                         "The guest uses the emulated TPM (for example for disk encryption)."),
                 QStringLiteral("20.09")});
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
                 GuestHardening::tr("Mounts the shared folder %1 at /mnt/airlock-share, without "
                                    "device files, set-uid programs or executables.")
                         .arg(nixString(spec.exposure.sharedFolder->path)),
                 {}});
    }
}

void appendAdministration(QList<HardeningSetting> &result)
{
    result.append({QStringLiteral("security.sudo.execWheelOnly = true;"),
                   GuestHardening::tr("Only administrators (group wheel) may even run sudo."),
                   QStringLiteral("21.05")});
    result.append({QStringLiteral("nix.settings.allowed-users = [ \"@wheel\" ];"),
                   GuestHardening::tr("Only administrators may talk to the Nix daemon."),
                   QStringLiteral("22.05")});
}

QString indented(const QString &lines)
{
    QString text;
    for (const QString &line : lines.split(QLatin1Char('\n')))
        text += QLatin1String("  ") + line + QLatin1Char('\n');
    return text;
}

} // namespace

QList<HardeningSetting> GuestHardening::settings(const VmSpec &spec)
{
    QList<HardeningSetting> all;
    appendBaseline(all);
    appendKernel(all, spec);
    appendChosen(all, spec);
    appendAdministration(all);
    const QString release = IsoName::release(spec.iso);
    QList<HardeningSetting> result;
    for (const HardeningSetting &setting : std::as_const(all)) {
        if (releaseHas(release, setting.since))
            result.append(setting);
    }
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

QString GuestHardening::module(const VmSpec &spec)
{
    // Not translated: it is typed on a US keyboard, which has no letters but
    // ASCII's. The explanations are on the Launch page, in the snippet.
    QString text = QStringLiteral("# Made by Airlock from the VM's settings; see its Launch page\n"
                                  "# for why each line is here. Imported by configuration.nix.\n"
                                  "{ ... }:\n"
                                  "{\n");
    for (const HardeningSetting &setting : settings(spec))
        text += indented(setting.nix);
    text += QLatin1String("}\n");
    return text;
}

QString GuestHardening::typedCommand(const VmSpec &spec)
{
    const QString path = QLatin1String(modulePath);
    const QString staged = QStringLiteral("/tmp/airlock-hardening.nix");
    const QString configuration = QStringLiteral("/etc/nixos/configuration.nix");
    // The quoted delimiter keeps the shell from expanding anything inside.
    QString text = QStringLiteral("cat > %1 <<'AIRLOCK_EOF'\n").arg(staged) + module(spec)
                   + QStringLiteral("AIRLOCK_EOF\n");
    // One sudo, last, so that its password prompt takes nothing typed after
    // it. The import goes beside hardware-configuration.nix, which every
    // configuration.nix the installer writes imports; when it is not there
    // the last message says what to add by hand.
    text += QStringLiteral(
                    "sudo sh -c 'install -m 0644 %1 %2"
                    " && (grep -q airlock-hardening.nix %3"
                    " || sed -i \"s|\\./hardware-configuration\\.nix|& ./airlock-hardening.nix|\""
                    " %3)"
                    " && grep -q airlock-hardening.nix %3"
                    " && echo \"Airlock: saved %2. Now run: sudo nixos-rebuild switch\""
                    " || echo \"Airlock: add ./airlock-hardening.nix to the imports in %3\"'\n")
                    .arg(staged, path, configuration);
    return text;
}

} // namespace Airlock
