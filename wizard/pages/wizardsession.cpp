// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardsession.h"

namespace Airlock {

WizardSession::WizardSession(const QString &uri, QObject *parent)
    : QObject(parent)
    , m_hypervisor(new Hypervisor(this))
    , m_host(new HostReading(m_hypervisor, this))
    , m_checks(new HostInspector(HostRoot::fromEnvironment(), this))
    , m_uri(uri)
{
    m_host->setPoolName(m_spec.storagePool);
    // Every new reading is judged again, whoever started it.
    connect(m_host, &HostReading::started, this, [this] {
        if (!m_startingChecks)
            startChecks();
    });
}

void WizardSession::startChecks()
{
    // HostInspector::start() asks the reading, which may start it: that
    // start must not start the checks a second time.
    m_startingChecks = true;
    m_checks->start(m_host);
    m_startingChecks = false;
}

void WizardSession::checkHost()
{
    connectIfNeeded();
    const bool current = m_host->uri() == m_hypervisor->uri()
                         && m_host->state() != HostReading::State::NotRead;
    if (m_checks->isRunning() || (current && m_checks->finishedCount() > 0))
        return;
    startChecks();
}

void WizardSession::recheckHost()
{
    connectIfNeeded();
    m_host->reread(); // started() runs the checks
}

void WizardSession::setSpec(const VmSpec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    // Before anyone hears of the change, so what they ask is of this pool.
    m_host->setPoolName(m_spec.storagePool);
    Q_EMIT specChanged();
}

void WizardSession::setUri(const QString &uri)
{
    if (uri == m_uri && (m_hypervisor->isOpen() || m_hypervisor->isOpening()))
        return;
    m_uri = uri;
    m_hypervisor->open(uri);
    m_host->reread();
    Q_EMIT uriChanged(uri);
}

void WizardSession::connectIfNeeded()
{
    if (!m_hypervisor->isOpen() && !m_hypervisor->isOpening())
        m_hypervisor->open(m_uri);
}

void WizardSession::acknowledge(const QString &key, const QString &text)
{
    withdrawAcknowledgement(key);
    m_acknowledged.append({key, text});
}

void WizardSession::withdrawAcknowledgement(const QString &key)
{
    m_acknowledged.removeIf([&key](const auto &entry) { return entry.first == key; });
}

QStringList WizardSession::acknowledgedWarnings() const
{
    QStringList texts;
    for (const auto &[key, text] : m_acknowledged)
        texts.append(text);
    return texts;
}

QList<WizardSession::Acknowledgement> WizardSession::acknowledgements() const
{
    QList<Acknowledgement> list;
    for (const auto &[key, text] : m_acknowledged)
        list.append({key, text});
    return list;
}

} // namespace Airlock
