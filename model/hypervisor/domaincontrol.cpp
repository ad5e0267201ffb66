// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaincontrol.h"

namespace Airlock {

DomainState DomainControl::state(const Connection &connection, const QString &name)
{
    const auto domain = connection.domain(name);
    if (!domain)
        return domain.error().code == VIR_ERR_NO_DOMAIN ? DomainState::Removed
                                                        : DomainState::Unknown;
    int state = VIR_DOMAIN_NOSTATE;
    if (virDomainGetState(domain->get(), &state, nullptr, 0) < 0)
        return DomainState::Unknown;
    switch (state) {
    case VIR_DOMAIN_RUNNING:
    case VIR_DOMAIN_BLOCKED:
        return DomainState::Running;
    case VIR_DOMAIN_PAUSED:
    case VIR_DOMAIN_PMSUSPENDED:
        return DomainState::Paused;
    case VIR_DOMAIN_SHUTDOWN:
    case VIR_DOMAIN_SHUTOFF:
        return DomainState::ShutOff;
    case VIR_DOMAIN_CRASHED:
        return DomainState::Crashed;
    default:
        return DomainState::Unknown;
    }
}

LibvirtResult<Done> DomainControl::start(const Connection &connection, const QString &name)
{
    const auto domain = connection.domain(name);
    if (!domain)
        return std::unexpected(domain.error());
    if (virDomainCreate(domain->get()) < 0)
        return lastLibvirtError();
    return Done {};
}

} // namespace Airlock
