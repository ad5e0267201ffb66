// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/connection.h"
#include "hypervisor/domaincontrol.h"

#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::DomainState)

// Reading and changing a domain's run state, on libvirt's test driver (its
// "test" domain runs from the start).
class TestDomainControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsTheStateAndStarts();
    void aMissingDomainIsRemoved();

private:
    Connection m_connection;
};

void TestDomainControl::initTestCase()
{
    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = *connection;
}

void TestDomainControl::readsTheStateAndStarts()
{
    const QString name = QStringLiteral("test");
    QCOMPARE(DomainControl::state(m_connection, name), DomainState::Running);
    // Starting a running domain is refused, in libvirt's words.
    const auto again = DomainControl::start(m_connection, name);
    QVERIFY(!again);
    QVERIFY(!again.error().message.isEmpty());

    const auto domain = m_connection.domain(name);
    QVERIFY(domain);
    QCOMPARE(virDomainSuspend(domain->get()), 0);
    QCOMPARE(DomainControl::state(m_connection, name), DomainState::Paused);
    QCOMPARE(virDomainResume(domain->get()), 0);
    QCOMPARE(virDomainDestroy(domain->get()), 0);
    QCOMPARE(DomainControl::state(m_connection, name), DomainState::ShutOff);

    const auto started = DomainControl::start(m_connection, name);
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    QCOMPARE(DomainControl::state(m_connection, name), DomainState::Running);
}

void TestDomainControl::aMissingDomainIsRemoved()
{
    const QString name = QStringLiteral("airlock-no-such-domain");
    QCOMPARE(DomainControl::state(m_connection, name), DomainState::Removed);
    const auto started = DomainControl::start(m_connection, name);
    QVERIFY(!started);
    QCOMPARE(started.error().code, int(VIR_ERR_NO_DOMAIN));
}

QTEST_GUILESS_MAIN(TestDomainControl)
#include "tst_domaincontrol.moc"
