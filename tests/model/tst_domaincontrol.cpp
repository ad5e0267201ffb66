// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/connection.h"
#include "hypervisor/domaincontrol.h"

#include <QTest>

#include <memory>

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
    void shutsDownAndForcesOff();
    void emptiesTheDriveThatHoldsTheMedium();
    void ejectsTheInstaller();
    void ejectRefusesWhenNoDriveHoldsIt();

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

void TestDomainControl::shutsDownAndForcesOff()
{
    const QString name = QStringLiteral("test");
    if (DomainControl::state(m_connection, name) != DomainState::Running)
        QVERIFY(DomainControl::start(m_connection, name));
    const auto shutdown = DomainControl::shutdown(m_connection, name);
    QVERIFY2(shutdown, qPrintable(shutdown ? QString() : shutdown.error().message));
    // The test driver's guest obeys at once; a real one takes its time.
    QCOMPARE(DomainControl::state(m_connection, name), DomainState::ShutOff);
    QVERIFY(!DomainControl::shutdown(m_connection, name)); // not running: refused

    QVERIFY(DomainControl::start(m_connection, name));
    const auto forced = DomainControl::forceOff(m_connection, name);
    QVERIFY2(forced, qPrintable(forced ? QString() : forced.error().message));
    QCOMPARE(DomainControl::state(m_connection, name), DomainState::ShutOff);
    QVERIFY(!DomainControl::forceOff(m_connection, name));
    QCOMPARE(DomainControl::forceOff(m_connection, QStringLiteral("airlock-no-such-domain"))
                     .error()
                     .code,
             int(VIR_ERR_NO_DOMAIN));
    QVERIFY(DomainControl::start(m_connection, name));
}

void TestDomainControl::emptiesTheDriveThatHoldsTheMedium()
{
    const auto disk = XmlElement::parse(QStringLiteral(
            "<disk type='file' device='cdrom'><driver name='qemu' type='raw'/>"
            "<source file='/iso/nixos.iso'/><target dev='sdb' bus='sata'/><readonly/></disk>"));
    QVERIFY(disk);
    const auto emptied = XmlElement::parse(DomainControl::emptiedDrive(*disk));
    QVERIFY(emptied);
    QCOMPARE(emptied->attribute(QStringLiteral("device")), QStringLiteral("cdrom"));
    QVERIFY(!emptied->child(QStringLiteral("source")));
    QCOMPARE(emptied->child(QStringLiteral("target"))->attribute(QStringLiteral("dev")),
             QStringLiteral("sdb"));
    QCOMPARE(emptied->child(QStringLiteral("target"))->attribute(QStringLiteral("bus")),
             QStringLiteral("sata"));
    QCOMPARE(emptied->child(QStringLiteral("driver"))->attribute(QStringLiteral("type")),
             QStringLiteral("raw"));
}

namespace {

const char *const cdromDomain = R"(<domain type='test'><name>%1</name><memory>65536</memory>
<os><type>hvm</type></os><devices>
<disk type='file' device='cdrom'><source file='%2'/><target dev='hdc' bus='ide'/><readonly/></disk>
</devices></domain>)";

bool holdsIso(const XmlElement &disk)
{
    const XmlElement *source = disk.child(QStringLiteral("source"));
    return source && source->attribute(QStringLiteral("file")).endsWith(QLatin1String("nixos.iso"));
}

} // namespace

void TestDomainControl::ejectsTheInstaller()
{
    const QString name = QStringLiteral("airlock-test-eject");
    const QByteArray xml
            = QString::fromLatin1(cdromDomain).arg(name, QStringLiteral("/iso/nixos.iso")).toUtf8();
    std::unique_ptr<virDomain, decltype(&virDomainFree)> domain(
            virDomainDefineXML(m_connection.get(), xml.constData()), virDomainFree);
    QVERIFY(domain);
    QCOMPARE(virDomainCreate(domain.get()), 0);
    const auto ejected = DomainControl::eject(m_connection, name, holdsIso);
    const bool unsupported = !ejected && ejected.error().code == VIR_ERR_NO_SUPPORT;
    virDomainDestroy(domain.get());
    if (unsupported) {
        virDomainUndefine(domain.get());
        QSKIP("This libvirt's test driver cannot change a device; tst_vmcontrol_realdaemon "
              "ejects on the real daemon.");
    }
    QVERIFY2(ejected, qPrintable(ejected ? QString() : ejected.error().message));
    QVERIFY(ejected->live);
    QVERIFY(ejected->persistent);
    const QString kept
            = takeLibvirtString(virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE));
    QVERIFY(!kept.contains(QLatin1String("nixos.iso")));
    QCOMPARE(virDomainUndefine(domain.get()), 0);
}

void TestDomainControl::ejectRefusesWhenNoDriveHoldsIt()
{
    const QString name = QStringLiteral("airlock-test-eject-other");
    const QByteArray xml
            = QString::fromLatin1(cdromDomain).arg(name, QStringLiteral("/iso/other.iso")).toUtf8();
    std::unique_ptr<virDomain, decltype(&virDomainFree)> domain(
            virDomainDefineXML(m_connection.get(), xml.constData()), virDomainFree);
    QVERIFY(domain);
    const auto ejected = DomainControl::eject(m_connection, name, holdsIso);
    QVERIFY(!ejected);
    QCOMPARE(ejected.error().code, int(VIR_ERR_OPERATION_INVALID));
    QVERIFY(ejected.error().message.contains(name));
    QCOMPARE(virDomainUndefine(domain.get()), 0);
}

QTEST_GUILESS_MAIN(TestDomainControl)
#include "tst_domaincontrol.moc"
