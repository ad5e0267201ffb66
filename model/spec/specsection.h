// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Airlock {

// The parts of the wizard a choice is made in, in the order the user meets
// them. Which section a spec key, an acknowledged warning or a creation
// failure belongs to is decided here and nowhere else; the wizard maps each
// section to its page.
enum class SpecSection { Host, Media, Resources, Devices, Summary };

class SpecSections
{
    Q_DECLARE_TR_FUNCTIONS(SpecSections)
public:
    static QList<SpecSection> all();

    // The section whose page makes the choice a spec key names ("memoryMiB",
    // "network.mode", "exposure.hostDevices[1]", "iso.pool"); none for keys
    // that name no choice ("(file)", an unknown key).
    static std::optional<SpecSection> ofKey(const QString &key);

    // Acknowledged warnings are keyed by their section and who raised them
    // in it (a check id, a sizing issue, a device): "host/<id>",
    // "resources/<n>", "devices.<id>".
    static QString acknowledgementKey(SpecSection section, const QString &id);
    static std::optional<SpecSection> ofAcknowledgement(const QString &key);

    // The section's title, as the Summary heads its group ("Size").
    static QString title(SpecSection section);
    // The setting a spec key names, in the words of the pages ("Memory").
    static QString settingTitle(const QString &key);
};

} // namespace Airlock
