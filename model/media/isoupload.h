// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/connection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Airlock {

struct IsoInPool
{
    QString pool;
    QString volume;
    bool created = false; // false: an identical volume was reused
};

// Puts `filePath` into `pool` as a raw volume named `volumeName`
// (isoVolumeName() when empty), created with DomainXml::isoVolume(), through
// libvirt's stream API: works from inside the Flatpak, and libvirt labels the
// volume for QEMU itself.
// Reuses an existing volume of that name when its size and SHA-256 match the
// file's; a volume of that name with other content is never touched: the
// upload then goes to a free name ("<base>-2.iso", …).
// `progress(doneBytes, totalBytes)` is called from the calling thread;
// `cancel` stops it, and a volume this call created is then deleted again.
// `beforeCreate(volume)`, when given, is called right before a volume is
// created (the creation's journal writes its intent); an error it returns
// stops the upload before the volume exists.
// Blocking: call on a worker. The pool must exist and be active.
LibvirtResult<IsoInPool> putIsoInPool(
        const Connection &connection, const QString &pool, const QString &filePath,
        const QString &volumeName, const QByteArray &fileSha256 /* hex; empty: compute */,
        const std::function<void(qint64, qint64)> &progress, const std::atomic_bool *cancel,
        const std::function<std::optional<LibvirtError>(const QString &)> &beforeCreate = {});

// The SHA-256 (hex) of a volume's first `length` bytes (all when negative),
// read through a download stream. Blocking.
LibvirtResult<QString> sha256OfVolume(const Connection &connection, virStorageVolPtr volume,
                                      qint64 length = -1, const std::atomic_bool *cancel = nullptr);

// The volume an ISO file becomes in a pool when that name is free: the
// file's own name in letters A–Z, digits, ".", "-" and "_" (a run of other
// characters becomes one "_", accents are dropped), never starting with "."
// or "-", at most 124 characters, and ending in ".iso".
QString isoVolumeName(const QString &filePath);

// "nixos.iso", "nixos-2.iso", "nixos-3.iso", …: the candidate names in order.
QString isoVolumeCandidate(const QString &name, int index);

// What the user can do about a failed upload of an ISO of `isoBytes` into
// `pool`, following libvirt's own error: a pool type that takes no uploads,
// a missing or stopped pool, no space, no permission, a daemon that stopped,
// or else libvirt's message to go by.
QString isoUploadAdvice(const LibvirtError &error, const QString &pool, qint64 isoBytes);

// The words putIsoInPool's errors use.
class IsoUpload
{
    Q_DECLARE_TR_FUNCTIONS(IsoUpload)
};

} // namespace Airlock
