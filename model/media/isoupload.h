// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/connection.h"

#include <atomic>
#include <functional>

namespace Airlock {

struct IsoInPool
{
    QString pool;
    QString volume;
    bool created = false; // false: an identical volume was reused
};

// Puts `filePath` into `pool` as a raw volume (blocking: call on a worker).
LibvirtResult<IsoInPool> putIsoInPool(const Connection &connection, const QString &pool,
                                      const QString &filePath, const QString &volumeName,
                                      const QByteArray &fileSha256,
                                      const std::function<void(qint64, qint64)> &progress,
                                      const std::atomic_bool *cancel);

} // namespace Airlock
