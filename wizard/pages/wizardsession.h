// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "host/hostcheck.h"
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
    // Opens the connection unless it is open or opening; pages call this
    // when shown and listen to hypervisor()'s opened()/openFailed().
    void connectIfNeeded();

    // The host checks as the Host page last ran them, in display order (the
    // Summary counts them).
    QList<HostCheck> hostChecks() const { return m_hostChecks; }
    void setHostChecks(const QList<HostCheck> &checks) { m_hostChecks = checks; }

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
    Hypervisor *const m_hypervisor;
    HostReading *const m_host;
    VmSpec m_spec;
    QString m_uri;
    QList<HostCheck> m_hostChecks;
    QList<std::pair<QString, QString>> m_acknowledged;
};

} // namespace Airlock
