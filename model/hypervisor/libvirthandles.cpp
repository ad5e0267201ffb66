// SPDX-License-Identifier: GPL-3.0-or-later
#include "libvirthandles.h"

#include <QCoreApplication>

namespace Airlock {

QString takeLibvirtString(char *text)
{
    const LibvirtString owner(text);
    return QString::fromUtf8(text);
}

LibvirtError LibvirtError::last()
{
    const virError *error = virGetLastError();
    if (!error || error->code == VIR_ERR_OK) {
        return fromMessage(QCoreApplication::translate(
                "Airlock::LibvirtError", "libvirt reported a failure without saying why"));
    }
    LibvirtError result {error->code, error->domain, QString::fromUtf8(error->message),
                         error->code == VIR_ERR_SYSTEM_ERROR ? error->int1 : 0};
    virResetLastError();
    return result;
}

LibvirtError LibvirtError::fromMessage(const QString &message, int code)
{
    return {code, VIR_FROM_NONE, message, 0};
}

bool LibvirtError::isConnectionLost() const
{
    return code == VIR_ERR_NO_CONNECT || code == VIR_ERR_RPC || code == VIR_ERR_INVALID_CONN
           || (code == VIR_ERR_SYSTEM_ERROR && domain == VIR_FROM_RPC);
}

bool LibvirtError::isAuthenticationFailure() const
{
    return code == VIR_ERR_AUTH_FAILED || code == VIR_ERR_AUTH_CANCELLED
           || code == VIR_ERR_AUTH_UNAVAILABLE || code == VIR_ERR_ACCESS_DENIED;
}

} // namespace Airlock
