// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstboot.h"

#include "hypervisor/domaincontrol.h"
#include "hypervisor/xmlelement.h"
#include "proof/deviceinventory.h"

namespace Airlock {

namespace {

// How the installer's stop reads in libvirt's event: the guest ended its
// run (its reboot, with on_reboot destroy, ends QEMU as a shutdown does).
// A forced stop (virsh destroy), a crash, a save or a migration is not the
// installer finishing.
bool stoppedByTheGuest(int detail)
{
    return detail == VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN;
}

struct StartOutcome
{
    LibvirtResult<Done> started;
    FirstBoot::Phase phase = FirstBoot::Phase::Unknown;
};

} // namespace

FirstBoot::FirstBoot(Hypervisor *hypervisor, QObject *parent)
    : QObject(parent), m_hypervisor(hypervisor)
{
    connect(m_hypervisor, &Hypervisor::domainLifecycleChanged, this, &FirstBoot::onLifecycle);
}

void FirstBoot::watch(const QString &domainName, const VmSpec &spec)
{
    ++m_watching;
    m_domainName = domainName;
    m_spec = spec;
    m_stopExpected = false;
    m_starting = false;
    m_phase = Phase::Unknown;
    m_runPhase = Phase::Unknown;
    refresh();
}

FirstBoot::Phase FirstBoot::phaseOf(const QString &liveXml, const VmSpec &spec)
{
    const auto domain = XmlElement::parse(liveXml);
    if (!domain)
        return Phase::Unknown;
    bool installer = false;
    for (const XmlElement *disk : domain->allAt(QStringLiteral("devices/disk")))
        installer = installer || DeviceInventory::holdsInstaller(spec, *disk);
    const XmlElement *onReboot = domain->child(QStringLiteral("on_reboot"));
    const bool stopsOnReboot = onReboot && onReboot->text == QLatin1String("destroy");
    if (installer)
        return stopsOnReboot ? Phase::InstallerRunning : Phase::Other;
    return stopsOnReboot ? Phase::Other : Phase::Installed;
}

FirstBoot::Phase FirstBoot::read(const Connection &connection, const QString &domainName,
                                 const VmSpec &spec)
{
    const auto domain = connection.domain(domainName);
    if (!domain)
        return Phase::Unknown;
    const int active = virDomainIsActive(domain->get());
    if (active == 0)
        return Phase::Off;
    if (active < 0)
        return Phase::Unknown;
    return phaseOf(takeLibvirtString(virDomainGetXMLDesc(domain->get(), 0)), spec);
}

void FirstBoot::refresh()
{
    if (m_domainName.isEmpty() || !m_hypervisor->isOpen())
        return;
    const quint64 generation = ++m_generation;
    m_hypervisor
            ->run([name = m_domainName, spec = m_spec](const Connection &connection) {
                return read(connection, name, spec);
            })
            .then(this, [this, generation](Phase phase) {
                if (generation == m_generation)
                    setPhase(phase);
            });
}

void FirstBoot::setPhase(Phase phase)
{
    // A read that finds the VM off may land before the stop's own event:
    // what ran until then still decides what the stop means.
    if (phase != Phase::Off && phase != Phase::Unknown)
        m_runPhase = phase;
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void FirstBoot::onLifecycle(const QString &domainName, Hypervisor::DomainEvent event, int detail)
{
    if (domainName != m_domainName || m_domainName.isEmpty())
        return;
    switch (event) {
    case Hypervisor::DomainEvent::Stopped: {
        const bool installerFinished = m_runPhase == Phase::InstallerRunning && !m_stopExpected
                                       && stoppedByTheGuest(detail);
        m_stopExpected = false;
        m_runPhase = Phase::Unknown;
        ++m_generation; // what a read in flight saw is over
        setPhase(Phase::Off);
        if (installerFinished)
            startInstalledSystem();
        break;
    }
    case Hypervisor::DomainEvent::Started:
    case Hypervisor::DomainEvent::Resumed:
        if (!m_starting)
            refresh();
        break;
    case Hypervisor::DomainEvent::Undefined:
        ++m_generation;
        setPhase(Phase::Unknown);
        break;
    default:
        break;
    }
}

void FirstBoot::startInstalledSystem()
{
    m_starting = true;
    const quint64 watching = m_watching;
    m_hypervisor
            ->run([name = m_domainName, spec = m_spec](const Connection &connection) {
                StartOutcome outcome {DomainControl::start(connection, name), Phase::Unknown};
                if (outcome.started)
                    outcome.phase = read(connection, name, spec);
                return outcome;
            })
            .then(this, [this, watching](const StartOutcome &outcome) {
                if (watching != m_watching)
                    return; // another VM is watched now
                m_starting = false;
                ++m_generation; // this read is the latest
                if (!outcome.started) {
                    Q_EMIT startFailed(
                            tr("The installer finished, but the installed system could not be "
                               "started: %1 Start the VM again; it boots from its disk.")
                                    .arg(outcome.started.error().message));
                    return;
                }
                setPhase(outcome.phase);
                if (outcome.phase == Phase::Installed)
                    Q_EMIT installedSystemStarted();
                else
                    Q_EMIT startFailed(tr("The installer finished and the VM was started again, "
                                          "but it does not run from its own definition: its CD "
                                          "drive still holds an ISO. Shut the VM down and start "
                                          "it again from Airlock."));
            });
}

} // namespace Airlock
