// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
#include "domainxml/vmrecord.h"
#include "testsupport.h"

#include <QTest>

using namespace Airlock;

namespace {

RecordedObject object(RecordedObject::Kind kind, RecordedObject::MadeBy madeBy, const QString &name,
                      const QString &pool = {}, const QString &role = {})
{
    RecordedObject recorded;
    recorded.kind = kind;
    recorded.madeBy = madeBy;
    recorded.name = name;
    recorded.pool = pool;
    recorded.role = role;
    return recorded;
}

} // namespace

// What a creation records in the VM's <metadata> (DomainXml's writer) and
// what VmRecord reads back from it.
class TestVmRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryKindOfObject();
    void previewsRecordNeitherTimeNorObjects();
    void aDomainWithoutAirlocksMetadataHasNoRecord_data();
    void aDomainWithoutAirlocksMetadataHasNoRecord();
    void valuesAreEscaped();
};

void TestVmRecord::roundTripsEveryKindOfObject()
{
    VmSpec spec;
    spec.name = QStringLiteral("recorded");
    spec.iso = IsoSource::poolVolume(QStringLiteral("default"), QStringLiteral("nixos.iso"));
    DomainTarget target;
    target.created = QDateTime(QDate(2026, 12, 2), QTime(4, 55, 13), Qt::UTC);
    using Kind = RecordedObject::Kind;
    using MadeBy = RecordedObject::MadeBy;
    RecordedObject address = object(Kind::Address, MadeBy::ThisVm, QStringLiteral("airlock-nat"));
    address.mac = QStringLiteral("52:54:00:12:34:56");
    address.ipv4 = QStringLiteral("192.168.150.2");
    target.objects = {
            object(Kind::Volume, MadeBy::ThisVm, QStringLiteral("recorded.qcow2"),
                   QStringLiteral("default"), QStringLiteral("disk")),
            object(Kind::Volume, MadeBy::Airlock, QStringLiteral("nixos.iso"),
                   QStringLiteral("default"), QStringLiteral("iso")),
            object(Kind::Network, MadeBy::ThisVm, QStringLiteral("airlock-nat")),
            object(Kind::Filter, MadeBy::Airlock, QStringLiteral("airlock-internet")),
            address,
    };
    for (const auto definition :
         {DomainXml::Definition::Persistent, DomainXml::Definition::Install}) {
        const auto xml = DomainXml::domain(spec, target, definition);
        QVERIFY(xml);
        QVERIFY2(xml->contains(QStringLiteral("created=\"2026-12-02T04:55:13Z\"")),
                 qPrintable(*xml));
        QVERIFY(xml->contains(QStringLiteral("madeBy=\"airlock\"")));
        const auto record = VmRecord::fromDomainXml(*xml);
        QVERIFY(record);
        QCOMPARE(record->version, QStringLiteral(AIRLOCK_VERSION));
        QCOMPARE(record->created, target.created);
        QCOMPARE(record->created.timeSpec(), Qt::UTC);
        QCOMPARE(record->objects, target.objects);
        QCOMPARE(record->objectsOf(Kind::Volume).size(), 2);
        QCOMPARE(record->objectsOf(Kind::Address), QList<RecordedObject> {address});
        const auto readSpec = VmSpec::fromJson(record->specJson.toUtf8());
        QVERIFY(readSpec);
        QCOMPARE(*readSpec, spec);
        // The XML libvirt is handed is still valid for it.
        if (const auto problem = Test::schemaProblem(*xml, QStringLiteral("domain")))
            QFAIL(qPrintable(*problem));
    }
}

void TestVmRecord::previewsRecordNeitherTimeNorObjects()
{
    VmSpec spec;
    spec.iso = IsoSource::poolVolume(QStringLiteral("default"), QStringLiteral("nixos.iso"));
    const auto xml = DomainXml::domain(spec);
    QVERIFY(xml);
    QVERIFY(!xml->contains(QStringLiteral("created=")));
    QVERIFY(!xml->contains(QStringLiteral("objects")));
    const auto record = VmRecord::fromDomainXml(*xml);
    QVERIFY(record);
    QVERIFY(!record->created.isValid());
    QVERIFY(record->objects.isEmpty());
    QVERIFY(!record->specJson.isEmpty());
}

void TestVmRecord::aDomainWithoutAirlocksMetadataHasNoRecord_data()
{
    QTest::addColumn<QString>("xml");
    QTest::newRow("no metadata") << QStringLiteral("<domain type='kvm'><name>airlock-nixos</name>"
                                                   "</domain>");
    QTest::newRow("another program's metadata")
            << QStringLiteral("<domain type='kvm'><name>x</name><metadata>"
                              "<libosinfo:libosinfo xmlns:libosinfo='http://libosinfo.org/xmlns/"
                              "libvirt/domain/1.0'/></metadata></domain>");
    // Airlock's element name under another namespace is not Airlock's.
    QTest::newRow("a look-alike") << QStringLiteral(
            "<domain type='kvm'><name>x</name><metadata><a:vm xmlns:a='urn:other' "
            "version='1'/></metadata></domain>");
    QTest::newRow("not XML") << QStringLiteral("<domain");
}

void TestVmRecord::aDomainWithoutAirlocksMetadataHasNoRecord()
{
    QFETCH(QString, xml);
    QVERIFY(!VmRecord::fromDomainXml(xml));
}

void TestVmRecord::valuesAreEscaped()
{
    VmSpec spec;
    spec.iso = IsoSource::poolVolume(QStringLiteral("default"), QStringLiteral("nixos.iso"));
    DomainTarget target;
    target.objects = {object(RecordedObject::Kind::Volume, RecordedObject::MadeBy::ThisVm,
                             QStringLiteral("a\"b<c>&d'.qcow2"), QStringLiteral("p&q"),
                             QStringLiteral("disk"))};
    const auto xml = DomainXml::domain(spec, target);
    QVERIFY(xml);
    const auto record = VmRecord::fromDomainXml(*xml);
    QVERIFY(record);
    QCOMPARE(record->objects, target.objects);
}

QTEST_GUILESS_MAIN(TestVmRecord)
#include "tst_vmrecord.moc"
