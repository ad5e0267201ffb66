// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <expected>
#include <memory>

namespace Airlock {

// Owning handles for libvirt objects: no naked virXxxFree anywhere else.
template<auto FreeFunction>
struct LibvirtDeleter
{
    template<typename T>
    void operator()(T *object) const
    {
        if (object)
            FreeFunction(object);
    }
};

using DomainHandle = std::unique_ptr<virDomain, LibvirtDeleter<virDomainFree>>;
using NetworkHandle = std::unique_ptr<virNetwork, LibvirtDeleter<virNetworkFree>>;
using StoragePoolHandle = std::unique_ptr<virStoragePool, LibvirtDeleter<virStoragePoolFree>>;
using StorageVolumeHandle = std::unique_ptr<virStorageVol, LibvirtDeleter<virStorageVolFree>>;
using StreamHandle = std::unique_ptr<virStream, LibvirtDeleter<virStreamFree>>;
using NodeDeviceHandle = std::unique_ptr<virNodeDevice, LibvirtDeleter<virNodeDeviceFree>>;
using SnapshotHandle = std::unique_ptr<virDomainSnapshot, LibvirtDeleter<virDomainSnapshotFree>>;
using NetworkFilterHandle = std::unique_ptr<virNWFilter, LibvirtDeleter<virNWFilterFree>>;
using InterfaceHandle = std::unique_ptr<virInterface, LibvirtDeleter<virInterfaceFree>>;

// A string libvirt allocated and the caller must free().
struct MallocDeleter
{
    void operator()(char *text) const { free(text); }
};
using LibvirtString = std::unique_ptr<char, MallocDeleter>;

// Takes ownership of a libvirt-allocated string and converts it.
QString takeLibvirtString(char *text);

// libvirt's error for the calling thread, captured right after a failed call.
struct LibvirtError
{
    int code = VIR_ERR_OK;
    int domain = VIR_FROM_NONE;
    QString message;
    // errno behind a VIR_ERR_SYSTEM_ERROR (ENOENT: no socket, ECONNREFUSED:
    // nobody listening), so callers need not match libvirt's translated text.
    int systemErrno = 0;

    // The last error on this thread; a generic one when libvirt set none.
    static LibvirtError last();
    static LibvirtError fromMessage(const QString &message, int code = VIR_ERR_INTERNAL_ERROR);

    bool isConnectionLost() const;
    bool isAuthenticationFailure() const;
};

template<typename T>
using LibvirtResult = std::expected<T, LibvirtError>;

// The success value of calls that return nothing.
struct Done
{ };

inline std::unexpected<LibvirtError> lastLibvirtError()
{
    return std::unexpected(LibvirtError::last());
}

} // namespace Airlock
