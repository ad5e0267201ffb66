// SPDX-License-Identifier: GPL-3.0-or-later
#include "specsection.h"

#include <QRegularExpression>

#include "exposure/exposure.h"

namespace Airlock {

namespace {

// A key's first name: "network" of "network.bridge", "exposure" of
// "exposure.hostDevices[1]".
QString rootOf(const QString &key)
{
    const qsizetype end = key.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    return end < 0 ? key : key.left(end);
}

QString acknowledgementPrefix(SpecSection section)
{
    switch (section) {
    case SpecSection::Host:
        return QStringLiteral("host/");
    case SpecSection::Media:
        return QStringLiteral("media/");
    case SpecSection::Resources:
        return QStringLiteral("resources/");
    case SpecSection::Devices:
        return QStringLiteral("devices.");
    case SpecSection::Summary:
        return QStringLiteral("summary/");
    }
    return {};
}

} // namespace

QList<SpecSection> SpecSections::all()
{
    return {SpecSection::Host, SpecSection::Media, SpecSection::Resources, SpecSection::Devices,
            SpecSection::Summary};
}

std::optional<SpecSection> SpecSections::ofKey(const QString &key)
{
    const QString root = rootOf(key);
    static const QStringList resourceKeys {
            QStringLiteral("name"),       QStringLiteral("vcpus"),
            QStringLiteral("memoryMiB"),  QStringLiteral("diskGiB"),
            QStringLiteral("cpuMode"),    QStringLiteral("accelerator"),
            QStringLiteral("firmware"),   QStringLiteral("secureBoot"),
            QStringLiteral("storagePool")};
    if (resourceKeys.contains(root))
        return SpecSection::Resources;
    if (root == QLatin1String("iso"))
        return SpecSection::Media;
    if (root == QLatin1String("network") || root == QLatin1String("exposure"))
        return SpecSection::Devices;
    return std::nullopt;
}

QString SpecSections::acknowledgementKey(SpecSection section, const QString &id)
{
    return acknowledgementPrefix(section) + id;
}

std::optional<SpecSection> SpecSections::ofAcknowledgement(const QString &key)
{
    for (const SpecSection section : all()) {
        if (key.startsWith(acknowledgementPrefix(section)))
            return section;
    }
    return std::nullopt;
}

QString SpecSections::title(SpecSection section)
{
    switch (section) {
    case SpecSection::Host:
        return tr("This computer");
    case SpecSection::Media:
        return tr("NixOS installer");
    case SpecSection::Resources:
        return tr("Size");
    case SpecSection::Devices:
        return tr("Devices and network");
    case SpecSection::Summary:
        //: The Summary page, where everything chosen is reviewed.
        return tr("Review");
    }
    return {};
}

QString SpecSections::settingTitle(const QString &key)
{
    const QString root = key.section(QLatin1Char('['), 0, 0);
    const std::pair<const char *, QString> titles[] = {
            {"name", tr("Name")},
            {"vcpus", tr("CPUs")},
            {"memoryMiB", tr("Memory")},
            {"diskGiB", tr("Disk")},
            {"cpuMode", tr("CPU mode")},
            {"accelerator", tr("Acceleration")},
            {"firmware", tr("Firmware")},
            {"secureBoot", tr("Secure Boot")},
            {"storagePool", tr("Storage pool")},
            {"network.bridge", tr("Bridge")},
    };
    for (const auto &[name, title] : titles) {
        if (root == QLatin1String(name))
            return title;
    }
    if (ofKey(root) == SpecSection::Media)
        return title(SpecSection::Media);
    for (const ExposureEntry &entry : ExposureCatalogue::entries()) {
        if (root.startsWith(QLatin1String(entry.key)))
            return entry.translatedTitle();
    }
    return key;
}

} // namespace Airlock
