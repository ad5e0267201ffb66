// SPDX-License-Identifier: GPL-3.0-or-later
#include "isoname.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Airlock {

namespace {

// NixOS names its ISOs "nixos-<variant>-<version>.<build>.<commit>-<arch>-linux.iso"
// ("latest-nixos-<variant>-<arch>-linux.iso" on a channel); unstable
// versions read "26.05pre<build>".
QRegularExpressionMatch matchName(const IsoSource &iso)
{
    static const QRegularExpression pattern(
            QStringLiteral("^(?:latest-)?nixos-(?:([a-z][a-z0-9]*)-)?(?:(\\d{2}\\.\\d{2})(pre)?"
                           "[^-]*-)?(?:x86_64|aarch64|i686)-linux\\.iso$"),
            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(iso.isVolume() ? iso.volume : QFileInfo(iso.path).fileName());
}

} // namespace

QString IsoName::release(const IsoSource &iso)
{
    if (iso.isEmpty())
        return {};
    const QRegularExpressionMatch match = matchName(iso);
    if (!match.hasMatch() || match.captured(2).isEmpty())
        return {};
    return match.captured(3).isEmpty() ? match.captured(2) : QStringLiteral("unstable");
}

QString IsoName::title(const IsoSource &iso)
{
    if (iso.isEmpty())
        return tr("no installer chosen");
    const QString file = iso.isVolume() ? iso.volume : QFileInfo(iso.path).fileName();
    const QRegularExpressionMatch match = matchName(iso);
    if (!match.hasMatch())
        //: A file name in quotation marks, as the rest of the wizard writes it.
        return tr("“%1”").arg(file);
    const QString variantName = match.captured(1).toLower();
    QString variant;
    if (variantName == QLatin1String("graphical"))
        variant = tr("graphical");
    else if (variantName == QLatin1String("minimal"))
        variant = tr("minimal");
    else if (variantName == QLatin1String("gnome"))
        variant = tr("graphical (GNOME)");
    else if (variantName.startsWith(QLatin1String("plasma")) || variantName == QLatin1String("kde"))
        variant = tr("graphical (Plasma)");
    else
        variant = variantName;
    QString version = match.captured(2);
    if (!match.captured(3).isEmpty())
        //: NixOS's rolling release, as in "NixOS unstable graphical".
        version = tr("unstable");
    if (version.isEmpty())
        return variant.isEmpty() ? tr("NixOS") : tr("NixOS %1").arg(variant);
    //: %1 a NixOS version ("25.11"), %2 the ISO's variant ("graphical").
    return variant.isEmpty() ? tr("NixOS %1").arg(version)
                             : tr("NixOS %1 %2").arg(version, variant);
}

} // namespace Airlock
