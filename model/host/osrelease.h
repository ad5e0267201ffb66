// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostroot.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Airlock {

// The host's os-release(5): which file answered and its fields. Inside a
// Flatpak the host's copy is /run/host/os-release; /etc/os-release there is
// the runtime's.
struct OsRelease
{
    QString path; // the file read, empty when none could be read
    QHash<QString, QString> fields;

    bool isValid() const { return !path.isEmpty(); }
    QString value(const QString &key) const { return fields.value(key); }
    QString id() const; // "linux" when unset, as os-release(5) says
    QStringList idLike() const;

    // secureblue, in either form: ID=secureblue (current) or
    // ID=fedora with ID_LIKE=secureblue (older images).
    bool isSecureblue() const;
    bool isOlderSecureblue() const;
    bool isFedora() const;
    // The image name secureblue and Universal Blue write: IMAGE_ID, else VARIANT_ID.
    QString imageName() const;

    static const QStringList &candidatePaths();
    static OsRelease read(const HostRoot &root);
    static QHash<QString, QString> parse(const QByteArray &text);
};

} // namespace Airlock
