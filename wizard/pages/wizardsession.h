// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "host/hostcheck.h"
#include "host/hostinspector.h"
#include "host/hostreading.h"
#include "hypervisor/hypervisor.h"
#include "spec/specsection.h"
#include "spec/vmspec.h"

#include <QObject>
#include <QStringList>

namespace Airlock {

// What the pages share: the one VmSpec they fill, the connection they ask,
// the one reading of its host, and the warnings the user acknowledged on the
// way (the Summary repeats them).
class WizardSession : public QObject
{
    Q_OBJECT
public:
    explicit WizardSession(const QString &uri, QObject *parent = nullptr);

    VmSpec &spec() { return m_spec; }
    const VmSpec &spec() const { return m_spec; }
    void setSpec(const VmSpec &spec);

    Hypervisor *hypervisor() const { return m_hypervisor; }
    // The host as libvirt describes it, read once per connection for the
    // spec's pool; pages ask it instead of libvirt.
    HostReading *host() const { return m_host; }
    QString uri() const { return m_uri; }
    // Points the session at another libvirt URI, reconnects and reads that
    // host.
    void setUri(const QString &uri);
    // Opens the connection unless it is open or opening.
    void connectIfNeeded();

    // The host checks, run on the reading: again whenever the host is read
    // again (Re-check, another URI, another pool). The Host page shows them,
    // the Summary counts them.
    HostInspector *hostChecks() const { return m_checks; }
    // Starts the checks unless they ran or run on the current reading.
    void checkHost();
    // Reads the host again, and the checks follow (the Re-check button).
    void recheckHost();

    // Acknowledged warnings, keyed by who raised them (a check id, a page).
    void acknowledge(const QString &key, const QString &text);
    void withdrawAcknowledgement(const QString &key);
    QStringList acknowledgedWarnings() const;
    // The same with their keys (SpecSections::acknowledgementKey), so the
    // Summary can say which section each came from.
    struct Acknowledgement
    {
        QString key;
        QString text;

        std::optional<SpecSection> section() const { return SpecSections::ofAcknowledgement(key); }
    };
    QList<Acknowledgement> acknowledgements() const;

Q_SIGNALS:
    void specChanged();
    void uriChanged(const QString &uri);

private:
    void startChecks();

    Hypervisor *const m_hypervisor;
    HostReading *const m_host;
    HostInspector *const m_checks;
    VmSpec m_spec;
    QString m_uri;
    bool m_startingChecks = false;
    QList<std::pair<QString, QString>> m_acknowledged;
};

} // namespace Airlock
