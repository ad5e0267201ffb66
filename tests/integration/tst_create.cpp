// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domainxml.h"
#include "domainxml/networkfilters.h"
#include "exposure/exposure.h"
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "hypervisor/xmlelement.h"
#include "proof/domainaudit.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::VmSpec)

namespace {

const QString s_bridge = QStringLiteral("airlocktbr0");

// What the live domain may hold besides what the spec asks for: what libvirt
// and QEMU add to every q35 guest.
const QStringList s_implicit {QStringLiteral("emulator"), QStringLiteral("controller"),
                              QStringLiteral("memballoon"), QStringLiteral("input")};

QString virsh(const QString &uri, const QStringList &arguments, int *exitCode = nullptr)
{
    QString output;
    const int code = Test::runProgram(QStringLiteral("virsh"),
                                      QStringList {QStringLiteral("-c"), uri} + arguments, &output,
                                      {}, 120000);
    if (exitCode)
        *exitCode = code;
    return output;
}

} // namespace

// airlock --create, for real: a private libvirtd, QEMU under TCG, each preset
// and each network mode; the live XML read back with virsh.
class TestCreate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createsAndProves_data();
    void createsAndProves();
    void reusesTheIsoAlreadyInThePool();
    void bringsAnOlderFilterUpToDate();
    void refusesAnInvalidSpec();
    void rollsBackWhenThisHostCannotRenderIn3d();
    void cleanup();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
        QJsonObject json;
    };
    Run create(const VmSpec &spec);
    void destroy(const QString &name);

    QString m_uri;
    QTemporaryDir m_directory;
    QString m_iso;
    bool m_bridgeMade = false;
    QString m_created; // the VM the current test made, removed even when it fails
};

void TestCreate::initTestCase()
{
    const Test::RealDaemon daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(daemon);
    m_uri = daemon.uri;
    Hypervisor::initializeLibvirt();
    QVERIFY(m_directory.isValid());

    // A stand-in ISO: QEMU boots nothing from it, which is all the test needs.
    m_iso = m_directory.filePath(QStringLiteral("nixos-test.iso"));
    QVERIFY(Test::writeStandInIso(m_iso));

    // A host bridge for mode "bridge", removed again afterwards.
    QString output;
    if (Test::runProgram(QStringLiteral("ip"),
                         {QStringLiteral("link"), QStringLiteral("show"), s_bridge}, &output)
        != 0) {
        QCOMPARE(Test::runProgram(QStringLiteral("ip"),
                                  {QStringLiteral("link"), QStringLiteral("add"), s_bridge,
                                   QStringLiteral("type"), QStringLiteral("bridge")},
                                  &output),
                 0);
        m_bridgeMade = true;
    }
    QCOMPARE(Test::runProgram(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"),
                                                     s_bridge, QStringLiteral("up")}),
             0);
}

void TestCreate::cleanupTestCase()
{
    if (m_bridgeMade)
        Test::runProgram(QStringLiteral("ip"),
                         {QStringLiteral("link"), QStringLiteral("delete"), s_bridge});
}

void TestCreate::cleanup()
{
    if (!m_created.isEmpty())
        destroy(m_created);
    m_created.clear();
}

TestCreate::Run TestCreate::create(const VmSpec &spec)
{
    Run run;
    m_created = spec.name;
    const QString specFile = m_directory.filePath(spec.name + QLatin1String(".json"));
    if (!spec.save(specFile))
        return run;
    QProcess process;
    process.start(QStringLiteral(AIRLOCK_BINARY),
                  {QStringLiteral("--create"), QStringLiteral("--json"), QStringLiteral("--spec"),
                   specFile, QStringLiteral("--connect"), m_uri});
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray stdoutBytes = process.readAllStandardOutput();
    run.output = QString::fromUtf8(stdoutBytes + process.readAllStandardError());
    run.json = QJsonDocument::fromJson(stdoutBytes).object();
    return run;
}

void TestCreate::destroy(const QString &name)
{
    virsh(m_uri, {QStringLiteral("destroy"), name});
    virsh(m_uri,
          {QStringLiteral("undefine"), QStringLiteral("--nvram"), QStringLiteral("--tpm"), name});
    virsh(m_uri, {QStringLiteral("vol-delete"), QStringLiteral("--pool"), QStringLiteral("default"),
                  name + QLatin1String(".qcow2")});
}

void TestCreate::createsAndProves_data()
{
    QTest::addColumn<VmSpec>("spec");

    VmSpec base;
    // Emulation runs on every build machine; KVM with the host's CPU on some only
    // (Test::FixtureKvm).
    base.accelerator = Accelerator::Tcg;
    base.cpuMode = CpuMode::Maximum;
    base.memoryMiB = 1536;
    base.diskGiB = 10;

    const auto withPreset = [&base](const char *name, Preset preset) {
        VmSpec spec = base;
        spec.name = QString::fromLatin1(name);
        ExposureCatalogue::applyPreset(spec, preset);
        return spec;
    };
    QTest::newRow("Maximum isolation")
            << withPreset("airlock-test-maximum", Preset::MaximumIsolation);
    QTest::newRow("Balanced") << withPreset("airlock-test-balanced", Preset::Balanced);
    // Convenience without 3D: this machine has no render node (see the test below).
    VmSpec convenience = withPreset("airlock-test-convenience", Preset::Convenience);
    convenience.exposure.gpuAcceleration = false;
    QTest::newRow("Convenience, 3D off") << convenience;

    for (const NetworkMode mode : {NetworkMode::None, NetworkMode::Bridge}) {
        VmSpec spec = base;
        spec.name = QStringLiteral("airlock-test-net-") + jsonName(mode);
        spec.network.mode = mode;
        if (mode == NetworkMode::Bridge)
            spec.network.bridge = s_bridge;
        QTest::newRow(qPrintable(QStringLiteral("network ") + jsonName(mode))) << spec;
    }
    VmSpec nat6 = base;
    nat6.name = QStringLiteral("airlock-test-net-nat6");
    nat6.network = {NetworkMode::Nat, true, {}};
    QTest::newRow("network NAT, IPv6") << nat6;
    VmSpec bridge6 = base;
    bridge6.name = QStringLiteral("airlock-test-net-bridge6");
    bridge6.network = {NetworkMode::Bridge, true, s_bridge};
    QTest::newRow("network bridge, IPv6") << bridge6;

    VmSpec bios = base;
    bios.name = QStringLiteral("airlock-test-bios");
    bios.firmware = Firmware::Bios;
    QTest::newRow("BIOS") << bios;
}

void TestCreate::createsAndProves()
{
    QFETCH(VmSpec, spec);
    spec.iso = IsoSource::file(m_iso);

    const Run run = create(spec);
    // This machine has no SELinux: the VM runs, and the proof honestly falls short.
    QVERIFY2(run.exitCode == 3, qPrintable(run.output));
    const QJsonObject proof = run.json.value(QStringLiteral("proof")).toObject();
    QVERIFY2(!proof.isEmpty(), qPrintable(run.output));
    QVERIFY(proof.value(QStringLiteral("running")).toBool());
    QCOMPARE(proof.value(QStringLiteral("verdict")).toString(),
             QStringLiteral("Not confined by SELinux"));
    QVERIFY(proof.value(QStringLiteral("processLabel")).isNull());
    static const QRegularExpression dac(QStringLiteral("^\\+[0-9]+:\\+[0-9]+$"));
    QVERIFY2(dac.match(proof.value(QStringLiteral("dacLabel")).toString()).hasMatch(),
             qPrintable(run.output));
    QVERIFY(proof.value(QStringLiteral("disagreements")).toArray().isEmpty());
    for (const QJsonValue &check : proof.value(QStringLiteral("audit")).toArray()) {
        QVERIFY2(check.toObject().value(QStringLiteral("passed")).toBool(),
                 QJsonDocument(check.toObject()).toJson(QJsonDocument::Compact).constData());
    }
    QVERIFY(!proof.value(QStringLiteral("holds")).toBool());

    // Read back independently, with virsh: what the spec asked, nothing more.
    int code = 0;
    const QString live = virsh(m_uri, {QStringLiteral("dumpxml"), spec.name}, &code);
    QCOMPARE(code, 0);
    QString network;
    if (spec.network.mode == NetworkMode::Nat)
        network = virsh(m_uri,
                        {QStringLiteral("net-dumpxml"), DomainXml::networkName(spec.network)});
    // The filters and the binding on the VM's port, with virsh too.
    FilterReadback filters;
    if (spec.network.mode != NetworkMode::None) {
        filters.supported = true;
        QStringList names = NetworkFilters::stockFilters();
        for (const FilterDocument &document : NetworkFilters::documents(spec.network))
            names.append(document.name);
        for (const QString &name : std::as_const(names))
            filters.documents.insert(name,
                                     virsh(m_uri, {QStringLiteral("nwfilter-dumpxml"), name}));
        const auto liveDocument = XmlElement::parse(live);
        QVERIFY(liveDocument);
        const XmlElement *target = liveDocument->at(QStringLiteral("devices/interface/target"));
        QVERIFY(target);
        filters.portDevice = target->attribute(QStringLiteral("dev"));
        filters.bindingXml
                = virsh(m_uri, {QStringLiteral("nwfilter-binding-dumpxml"), filters.portDevice});
    }
    VmSpec created = spec;
    created.iso
            = IsoSource::poolVolume(QStringLiteral("default"), QStringLiteral("nixos-test.iso"));
    const QList<AuditCheck> audit = DomainAudit::run(created, live, network, filters);
    for (const AuditCheck &check : audit)
        QVERIFY2(check.passed, qPrintable(check.id + QLatin1String(": ") + check.found));

    DomainTarget plain;
    plain.selinux = false;
    plain.kvm = false;
    const auto written = DomainXml::domain(created, plain);
    QVERIFY(written);
    const auto writtenDocument = XmlElement::parse(*written);
    const auto liveDocument = XmlElement::parse(live);
    QVERIFY(writtenDocument && liveDocument);
    const XmlElement *writtenDevices = writtenDocument->child(QStringLiteral("devices"));
    const XmlElement *liveDevices = liveDocument->child(QStringLiteral("devices"));
    QVERIFY(writtenDevices && liveDevices);
    QSet<QString> asked;
    for (const XmlElement &device : writtenDevices->children)
        asked.insert(device.name);
    for (const XmlElement &device : liveDevices->children) {
        QVERIFY2(asked.contains(device.name) || s_implicit.contains(device.name),
                 qPrintable(QStringLiteral("unexpected <%1> in the live XML").arg(device.name)));
    }

    destroy(spec.name);
    QVERIFY(!virsh(m_uri,
                   {QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--name")})
                     .contains(spec.name));
    m_created.clear();
}

void TestCreate::reusesTheIsoAlreadyInThePool()
{
    VmSpec spec;
    spec.name = QStringLiteral("airlock-test-reuse");
    spec.accelerator = Accelerator::Tcg;
    spec.cpuMode = CpuMode::Maximum;
    spec.memoryMiB = 1536;
    spec.diskGiB = 10;
    spec.network.mode = NetworkMode::None;
    spec.iso = IsoSource::file(m_iso);
    Run first = create(spec);
    QVERIFY2(first.exitCode == 3, qPrintable(first.output));
    destroy(spec.name);

    const QString volumesBefore
            = virsh(m_uri, {QStringLiteral("vol-list"), QStringLiteral("default")});
    const Run second = create(spec);
    QVERIFY2(second.exitCode == 3, qPrintable(second.output));
    const QJsonArray steps = second.json.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.at(3).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("skipped"));
    QVERIFY(steps.at(3)
                    .toObject()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("reused")));
    destroy(spec.name);
    QCOMPARE(virsh(m_uri, {QStringLiteral("vol-list"), QStringLiteral("default")}), volumesBefore);
}

void TestCreate::bringsAnOlderFilterUpToDate()
{
    // An older Airlock's filter of the same name, here one without a rule:
    // it would let the VM reach everything. Creation redefines it, and the
    // audit reads the new rules back.
    // Under its uuid when an earlier test defined it: libvirt redefines a
    // filter only so.
    int code = 0;
    const QString uuid = virsh(m_uri, {QStringLiteral("nwfilter-list")})
                                 .split(QLatin1Char('\n'))
                                 .filter(QStringLiteral(" airlock-ipv4-internet-only"))
                                 .value(0)
                                 .trimmed()
                                 .section(QLatin1Char(' '), 0, 0);
    const QString emptied = m_directory.filePath(QStringLiteral("emptied.xml"));
    QFile file(emptied);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
            QStringLiteral("<filter name='airlock-ipv4-internet-only' chain='ipv4-reach' "
                           "priority='-705'>%1</filter>")
                    .arg(uuid.isEmpty() ? QString() : QStringLiteral("<uuid>%1</uuid>").arg(uuid))
                    .toUtf8());
    file.close();
    virsh(m_uri, {QStringLiteral("nwfilter-define"), emptied}, &code);
    QCOMPARE(code, 0);

    VmSpec spec;
    spec.name = QStringLiteral("airlock-test-filter-renewed");
    spec.accelerator = Accelerator::Tcg;
    spec.cpuMode = CpuMode::Maximum;
    spec.firmware = Firmware::Bios;
    spec.memoryMiB = 1536;
    spec.diskGiB = 10;
    spec.iso = IsoSource::file(m_iso);
    const Run run = create(spec);
    QVERIFY2(run.exitCode == 3, qPrintable(run.output));
    const QJsonArray steps = run.json.value(QStringLiteral("steps")).toArray();
    QVERIFY2(steps.at(4)
                     .toObject()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("up to date (airlock-ipv4-internet-only)")),
             qPrintable(run.output));
    QString wanted;
    for (const FilterDocument &document : NetworkFilters::documents(spec.network)) {
        if (document.name == QLatin1String("airlock-ipv4-internet-only"))
            wanted = document.xml;
    }
    const QString now = virsh(m_uri, {QStringLiteral("nwfilter-dumpxml"),
                                      QStringLiteral("airlock-ipv4-internet-only")});
    QVERIFY2(NetworkFilters::sameContent(now, wanted), qPrintable(now));
    QStringList passed;
    for (const QJsonValue &check : run.json.value(QStringLiteral("proof"))
                                           .toObject()
                                           .value(QStringLiteral("audit"))
                                           .toArray()) {
        if (check.toObject().value(QStringLiteral("passed")).toBool())
            passed.append(check.toObject().value(QStringLiteral("id")).toString());
    }
    for (const char *id : {"filter", "filterContent", "filterBinding", "pinned", "networkKind"})
        QVERIFY2(passed.contains(QLatin1String(id)), id);
}

void TestCreate::refusesAnInvalidSpec()
{
    const QString file = m_directory.filePath(QStringLiteral("invalid.json"));
    QFile json(file);
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(R"({"name": "airlock-test-<bad>", "memoryMiB": 64})");
    json.close();
    QString output;
    QCOMPARE(Test::runProgram(QStringLiteral(AIRLOCK_BINARY),
                              {QStringLiteral("--create"), QStringLiteral("--spec"), file,
                               QStringLiteral("--connect"), m_uri},
                              &output),
             2);
    QVERIFY(output.contains(QStringLiteral("airlock: name: ")));
    QVERIFY(output.contains(QStringLiteral("airlock: memoryMiB: ")));
}

void TestCreate::rollsBackWhenThisHostCannotRenderIn3d()
{
    if (QFileInfo::exists(QStringLiteral("/dev/dri")))
        QSKIP("this host can render in 3D; the failure this test needs cannot happen here");
    VmSpec spec;
    spec.name = QStringLiteral("airlock-test-3d");
    spec.accelerator = Accelerator::Tcg;
    spec.cpuMode = CpuMode::Maximum;
    spec.memoryMiB = 1536;
    spec.diskGiB = 10;
    spec.exposure.gpuAcceleration = true;
    spec.iso = IsoSource::file(m_iso);

    const QStringList listings {
            QStringLiteral("list --all --name"), QStringLiteral("net-list --all --name"),
            QStringLiteral("pool-list --all --name"), QStringLiteral("vol-list default")};
    QStringList before;
    for (const QString &listing : listings)
        before.append(virsh(m_uri, listing.split(QLatin1Char(' '))));
    const Run run = create(spec);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error = run.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("step")).toString(), QStringLiteral("Start the VM"));
    QVERIFY(error.value(QStringLiteral("advice"))
                    .toString()
                    .contains(QStringLiteral("3D acceleration")));
    QVERIFY(error.value(QStringLiteral("leftovers")).toArray().isEmpty());
    QStringList after;
    for (const QString &listing : listings)
        after.append(virsh(m_uri, listing.split(QLatin1Char(' '))));
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(TestCreate)
#include "tst_create.moc"
