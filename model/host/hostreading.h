// SPDX-License-Identifier: GPL-3.0-or-later
// model/host/: is this host fit to be the VM's wall? The one reading of the
// host per connection (this file), the host checks that judge it with this
// computer's files (through a HostRoot), and the inspector that runs them off
// the GUI thread. Uses the hypervisor, the sizing views and the XML target.
#pragma once

#include "domainxml/domainxml.h"
#include "host/hostroot.h"
#include "hypervisor/hostdevice.h"
#include "hypervisor/hostfacts.h"
#include "sizing/sizing.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

namespace Airlock {

class Hypervisor;

// How the host's types relate. libvirt is asked once per connection, by
// HostReading, on the Hypervisor's workers; what it says is kept as
//   HostFacts      the raw facts: capabilities, domain capabilities, node
//                  memory and threads, the spec's storage pool, versions
//                  (hypervisor/hostfacts.h, HostCapabilities and
//                  DomainCapabilities are its parsed parts),
// beside the host devices and bridges, the names already taken and SMT. Everything else
// is a view computed from that one reading, in one place each:
//   HostCapacity   capacity() — sizing, in the spec's units (sizing/sizing.h)
//   HostLimits     limits() — what VmSpec::validate() checks (spec/vmspec.h)
//   DomainTarget   target(names) — what the XML writer needs
//                  (domainxml/domainxml.h)
//   HostContext    what the host checks consult: this computer's files and
//                  the reading's answer (host/hostchecks.h).

// The one reading of the host per connection. Pages and the host checks ask
// it; none reads libvirt for host facts itself. A new connection, a change
// of URI or a lost connection makes a new reading; a change of the spec's
// pool re-reads only what depends on the pool. The Hypervisor bounds the
// open; one timeout bounds the reading once connected, and answers of an
// earlier attempt are dropped.
class HostReading : public QObject
{
    Q_OBJECT
public:
    enum class State { NotRead, Reading, Read, Failed };
    Q_ENUM(State)

    static constexpr std::chrono::seconds defaultTimeout {20};

    explicit HostReading(Hypervisor *hypervisor, QObject *parent = nullptr);

    Hypervisor *hypervisor() const { return m_hypervisor; }

    // The pool whose space and volumes are read ("default" until set).
    QString poolName() const { return m_poolName; }
    void setPoolName(const QString &name);
    // Where SMT is read when the connection is local (default: "/", or
    // AIRLOCK_HOST_ROOT).
    void setRoot(const HostRoot &root) { m_root = root; }
    HostRoot root() const { return m_root; }
    // How long libvirt may take to answer once connected.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Reads unless this connection was read or is being read; a failed
    // reading is tried again. Opens the connection when it is closed.
    void ensureRead();
    // Reads again whatever was read (the Host page's Re-check).
    void reread();

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Read || m_state == State::Failed; }
    // The URI the reading is of.
    QString uri() const { return m_uri; }
    // Why the reading failed: the connection's error, libvirt's refusal to
    // describe the host, or the timeout.
    QString failureReason() const;
    std::optional<LibvirtError> connectError() const { return m_connectError; }
    std::optional<LibvirtError> queryError() const { return m_queryError; }
    bool hasTimedOut() const { return m_timedOut; }

    // Present once read.
    const std::optional<HostFacts> &facts() const { return m_facts; }
    // Known even when the rest of the facts could not be read.
    HostFacts::Versions versions() const { return m_versions; }
    QList<HostDevice> devices() const { return m_devices; }
    // Why the devices could not be listed; empty when they were.
    QString devicesProblem() const { return m_devicesProblem; }
    // The bridges a VM could join (listHostBridges), and why they could
    // not be listed (libvirt without its interface driver, say).
    QStringList bridges() const { return m_bridges; }
    QString bridgesProblem() const { return m_bridgesProblem; }
    std::optional<ExistingNames> existingNames() const { return m_names; }
    SmtState smt() const { return m_smt; }

    // The derived views. Unknown (HostCapacity::known false, the hardened
    // host's DomainTarget) until read.
    HostCapacity capacity() const;
    HostLimits limits() const;
    // For the XML writer: this host, and the named devices it listed.
    DomainTarget target(const QStringList &deviceNames = {}) const;
    // Whether target() describes this host: its capabilities were read, even
    // when the rest of the facts (node, pool, domain capabilities) were not.
    bool knowsTarget() const { return m_capabilities.has_value(); }

    // How many times the whole host was read, and how many times only the
    // pool: what a test counts to see libvirt asked once.
    int readCount() const { return m_readCount; }
    int poolReadCount() const { return m_poolReadCount; }

Q_SIGNALS:
    void stateChanged(Airlock::HostReading::State state);
    // A reading started: what was known is being read again.
    void started();
    // A reading (whole or the pool's) finished or failed: views may differ.
    void finished();

private:
    struct Answer;
    struct PoolAnswer;

    void start();
    void query(quint64 attempt);
    void readPool();
    void accept(quint64 attempt, const Answer &answer);
    void acceptPool(quint64 attempt, const PoolAnswer &answer);
    void fail(const std::optional<LibvirtError> &connectError);
    void armTimeout(quint64 attempt);
    void setState(State state);
    void clear();

    QPointer<Hypervisor> m_hypervisor;
    QString m_poolName = QStringLiteral("default");
    HostRoot m_root = HostRoot::fromEnvironment();
    std::chrono::milliseconds m_timeout = defaultTimeout;
    State m_state = State::NotRead;
    quint64 m_attempt = 0;
    bool m_waitingForConnection = false;
    QString m_uri;
    std::optional<LibvirtError> m_connectError;
    std::optional<LibvirtError> m_queryError;
    bool m_timedOut = false;
    std::optional<HostFacts> m_facts;
    std::optional<HostCapabilities> m_capabilities;
    HostFacts::Versions m_versions;
    QList<HostDevice> m_devices;
    QString m_devicesProblem;
    QStringList m_bridges;
    QString m_bridgesProblem;
    std::optional<ExistingNames> m_names;
    SmtState m_smt;
    int m_readCount = 0;
    int m_poolReadCount = 0;
};

} // namespace Airlock
