// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Airlock {

// Where host files are read from: "/" on a real host, a fixture directory in
// tests (AIRLOCK_HOST_ROOT). Every read is bounded and never follows the
// path outside the root's tree by "..".
class HostRoot
{
public:
    static constexpr qint64 defaultReadLimit = 1024 * 1024;

    explicit HostRoot(const QString &root = QStringLiteral("/"));
    // AIRLOCK_HOST_ROOT when set, "/" otherwise.
    static HostRoot fromEnvironment();

    QString root() const { return m_root; }
    bool isSystemRoot() const { return m_root == QLatin1String("/"); }

    // The real path of an absolute host path ("/proc/cmdline").
    QString path(const QString &hostPath) const;
    bool exists(const QString &hostPath) const;
    // The file's bytes, at most `limit`; nullopt when it cannot be read.
    std::optional<QByteArray> read(const QString &hostPath, qint64 limit = defaultReadLimit) const;

    // Whether the kernel command line (/proc/cmdline) has `word` as one of
    // its space-separated parameters ("nosmt", "nosmt=force" both count for
    // "nosmt").
    bool kernelCommandLineHas(const QString &word) const;

private:
    QString m_root;
};

} // namespace Airlock
