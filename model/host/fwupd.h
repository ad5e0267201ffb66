// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <chrono>

namespace Airlock {

// fwupd's view of Secure Boot, the second source after the EFI variable:
// its host-security attribute org.fwupd.hsi.Uefi.SecureBoot, asked over the
// system D-Bus (in a Flatpak: --system-talk-name=org.freedesktop.fwupd).
struct FwupdSecureBoot
{
    Q_DECLARE_TR_FUNCTIONS(FwupdSecureBoot)
public:
    enum class State { On, Off, Unknown, Unreachable };

    State state = State::Unreachable;
    QString evidence; // the attribute as read, or why fwupd could not be asked

    static constexpr std::chrono::milliseconds defaultTimeout {4000};
    static constexpr const char *attributeId = "org.fwupd.hsi.Uefi.SecureBoot";

    // Blocking (a worker's job): one GetHostSecurityAttrs call on a private
    // connection to the system bus, never longer than `timeout` once the
    // bus has answered the handshake.
    static FwupdSecureBoot query(std::chrono::milliseconds timeout = defaultTimeout);
    // The verdict in fwupd's attributes ({"AppstreamId", "HsiResult", …} each).
    static FwupdSecureBoot fromAttributes(const QList<QVariantMap> &attributes);
};

} // namespace Airlock
