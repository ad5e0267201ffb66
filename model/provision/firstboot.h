// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/hypervisor.h"
#include "spec/vmspec.h"

#include <QObject>
#include <QString>

namespace Airlock {

// The first boot of a VM Airlock made: it runs the NixOS installer from its
// install-time definition (the ISO booted, on_reboot destroy); when the
// installer reboots, that VM stops, and FirstBoot starts the persistent
// definition, which boots the installed system from its disk. It follows
// libvirt's lifecycle events (no polling) and does its blocking calls on the
// hypervisor's workers. When Airlock is not open, nothing is lost: the next
// start of the VM boots its disk anyway.
class FirstBoot : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Unknown, // not read yet, or libvirt could not say
        InstallerRunning, // the live CD-ROM holds the spec's ISO; a reboot stops the VM
        Installed, // running from the persistent definition: the CD-ROM is empty
        Off, // not running
        Other, // running, but from neither definition (the ISO put back by hand, say)
    };
    Q_ENUM(Phase)

    explicit FirstBoot(Hypervisor *hypervisor, QObject *parent = nullptr);

    // Follows this VM from now on and reads its phase (phaseChanged follows).
    void watch(const QString &domainName, const VmSpec &spec);
    QString domainName() const { return m_domainName; }
    Phase phase() const { return m_phase; }
    bool isStarting() const { return m_starting; }

    // Airlock itself is about to stop the VM (a revert, a shutdown asked
    // for in Airlock): the next stop is not the installer's reboot.
    void expectStop() { m_stopExpected = true; }

    // The phase from libvirt's documents of the running VM. Blocking.
    static Phase read(const Connection &connection, const QString &domainName, const VmSpec &spec);
    // The phase a running VM's live XML shows.
    static Phase phaseOf(const QString &liveXml, const VmSpec &spec);

Q_SIGNALS:
    void phaseChanged(Airlock::FirstBoot::Phase phase);
    // The installer rebooted and Airlock started the installed system.
    void installedSystemStarted();
    // Starting the installed system failed: what happened and what to do.
    void startFailed(const QString &reason);

private:
    void onLifecycle(const QString &domainName, Hypervisor::DomainEvent event, int detail);
    void refresh();
    void setPhase(Phase phase);
    void startInstalledSystem();

    Hypervisor *const m_hypervisor;
    QString m_domainName;
    VmSpec m_spec;
    Phase m_phase = Phase::Unknown;
    Phase m_runPhase = Phase::Unknown; // what the current run was last read as
    bool m_stopExpected = false;
    bool m_starting = false;
    quint64 m_generation = 0; // a later read wins over one still in flight
    quint64 m_watching = 0; // which watch() a start in flight belongs to
};

} // namespace Airlock
