// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostroot.h"

#include <QDir>
#include <QFile>

namespace Airlock {

HostRoot::HostRoot(const QString &root)
    : m_root(QDir::cleanPath(root.isEmpty() ? QStringLiteral("/") : root))
{ }

HostRoot HostRoot::fromEnvironment()
{
    return HostRoot(qEnvironmentVariable("AIRLOCK_HOST_ROOT", QStringLiteral("/")));
}

QString HostRoot::path(const QString &hostPath) const
{
    const QString clean = QDir::cleanPath(QLatin1Char('/') + hostPath);
    if (isSystemRoot())
        return clean;
    return m_root + clean;
}

bool HostRoot::exists(const QString &hostPath) const
{
    return QFile::exists(path(hostPath));
}

std::optional<QByteArray> HostRoot::read(const QString &hostPath, qint64 limit) const
{
    QFile file(path(hostPath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // /proc and /sys files report size 0: read up to the limit instead.
    return file.read(limit);
}

bool HostRoot::kernelCommandLineHas(const QString &word) const
{
    const auto commandLine = read(QStringLiteral("/proc/cmdline"), 64 * 1024);
    if (!commandLine)
        return false;
    const QList<QByteArray> parameters = commandLine->simplified().split(' ');
    const QByteArray wanted = word.toUtf8();
    for (const QByteArray &parameter : parameters) {
        if (parameter == wanted || parameter.startsWith(QByteArray(wanted + '=')))
            return true;
    }
    return false;
}

} // namespace Airlock
