// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "proof/isolationproof.h"
#include "labsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

namespace {

const QString s_first = QStringLiteral("airlock-lab-first");
const QString s_second = QStringLiteral("airlock-lab-second");
const QString s_clash = QStringLiteral("airlock-lab-clash");

QString labScript()
{
    return QStringLiteral(AIRLOCK_SOURCE_DIR "/tools/selinux-lab");
}

// A command inside the lab, as root.
QString inLab(const QString &command, int *exitCode = nullptr)
{
    QString output;
    const int code
            = Test::runProgram(labScript(), {QStringLiteral("ssh"), command}, &output, {}, 120000);
    if (exitCode)
        *exitCode = code;
    return output.trimmed();
}

// Copies the lab's policy and mode again to $AIRLOCK_HOST_SELINUXFS, where
// Airlock reads them, after a test changed them.
bool refreshSelinuxfs()
{
    QString output;
    const int code = Test::runProgram(
            QStringLiteral(AIRLOCK_LAB_FIXTURE),
            {QStringLiteral("selinuxfs"), qEnvironmentVariable("AIRLOCK_LAB_STATE")}, &output, {},
            120000);
    if (code != 0)
        qWarning("lab-fixture selinuxfs: %s", qPrintable(output));
    return code == 0;
}

QString typeEnforcementState(const QJsonObject &proof)
{
    return proof.value(QStringLiteral("typeEnforcement"))
            .toObject()
            .value(QStringLiteral("state"))
            .toString();
}

bool hasLabelCheck(const QJsonObject &proof, const QString &id, const QString &status,
                   const QString &part = {})
{
    const QJsonArray checks = proof.value(QStringLiteral("labelChecks")).toArray();
    return std::any_of(checks.cbegin(), checks.cend(), [&](const QJsonValue &value) {
        const QJsonObject check = value.toObject();
        return check.value(QStringLiteral("id")).toString() == id
               && check.value(QStringLiteral("status")).toString() == status
               && check.value(QStringLiteral("text")).toString().contains(part);
    });
}

QString virsh(const QString &uri, const QString &arguments)
{
    return Test::labVirsh(uri, arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

} // namespace

// The headline proof, for real: Airlock against a libvirt host with SELinux
// enforcing (tools/selinux-lab), over its remote connection.
class TestSelinuxLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostCheckFindsSvirt();
    void createsAConfinedVm();
    void secondVmGetsCategoriesOfItsOwn();
    void aPermissiveTypeIsNotConfined();
    void theDiskFileLabelIsReadBack();
    void aForcedClashIsFlagged();
    void permissiveIsNeverConfined();

private:
    struct Created
    {
        int exitCode = -1;
        QString output;
        QJsonObject proof;
    };
    Created create(const QString &name);
    // `airlock --verify NAME --json` against the lab.
    Created verify(const QString &name);
    // A fresh connection for each read: the tests wait minutes for child
    // processes without running an event loop, and a remote connection left
    // idle that long is closed by libvirt's keepalive.
    std::optional<Connection> openLab();

    QString m_uri;
    QTemporaryDir m_directory;
    QString m_iso;
    QString m_firstLabel;
};

void TestSelinuxLab::initTestCase()
{
    const Test::RealDaemon lab = Test::selinuxLab();
    AIRLOCK_REQUIRE_REAL_DAEMON(lab);
    m_uri = lab.uri;
    QVERIFY2(m_uri.startsWith(QLatin1String("qemu+tcp://127.0.0.1:")), qPrintable(m_uri));

    Hypervisor::initializeLibvirt();
    QVERIFY(openLab());

    QVERIFY(m_directory.isValid());
    m_iso = m_directory.filePath(QStringLiteral("nixos-lab.iso"));
    QFile iso(m_iso);
    QVERIFY(iso.open(QIODevice::WriteOnly));
    QByteArray image(1024 * 1024, '\0');
    image.replace(0x8001, 5, "CD001");
    iso.write(image);
    QCOMPARE(inLab(QStringLiteral("getenforce")), QStringLiteral("Enforcing"));
}

void TestSelinuxLab::cleanupTestCase()
{
    inLab(QStringLiteral("setenforce 1"));
    for (const QString &name : {s_clash, s_second, s_first}) {
        virsh(m_uri, QStringLiteral("destroy ") + name);
        virsh(m_uri, QStringLiteral("undefine --nvram ") + name);
        virsh(m_uri, QStringLiteral("vol-delete --pool default %1.qcow2").arg(name));
    }
    virsh(m_uri, QStringLiteral("vol-delete --pool default nixos-lab.iso"));
    const QString left = virsh(m_uri, QStringLiteral("list --all --name"));
    QVERIFY2(!left.contains(QLatin1String("airlock-lab")), qPrintable(left));
}

std::optional<Connection> TestSelinuxLab::openLab()
{
    const auto connection = Connection::openWithin(m_uri, std::chrono::seconds(60));
    if (!connection) {
        qWarning("cannot connect to the lab at %s: %s", qPrintable(m_uri),
                 qPrintable(connection.error().message));
        return std::nullopt;
    }
    return *connection;
}

TestSelinuxLab::Created TestSelinuxLab::create(const QString &name)
{
    // The default spec, as the wizard makes it with every default accepted,
    // but emulated: the lab's own QEMU 7.2 (TCG, emulating the SVM its KVM
    // would use) aborts on "tcg_handle_interrupt: assertion failed:
    // (qemu_mutex_iothread_locked())" now and then while nested KVM guests
    // run, and on a host without SVM there is no nested KVM at all. The
    // lab's policy labels emulated guests svirt_t too. One CPU and the
    // least memory: emulation inside emulation costs the lab's two CPUs.
    VmSpec spec;
    spec.name = name;
    spec.accelerator = Accelerator::Tcg;
    spec.cpuMode = CpuMode::Maximum;
    spec.vcpus = 1;
    spec.memoryMiB = VmSpec::minimumMemoryMiB;
    spec.iso = IsoSource::file(m_iso);
    const QString file = m_directory.filePath(name + QLatin1String(".json"));
    spec.save(file);
    QProcess process;
    process.start(QStringLiteral(AIRLOCK_BINARY),
                  {QStringLiteral("--create"), QStringLiteral("--json"), QStringLiteral("--spec"),
                   file, QStringLiteral("--connect"), m_uri});
    Created created;
    if (!process.waitForFinished(600000)) {
        // Say where it stood, and what the lab's daemon was doing.
        process.kill();
        process.waitForFinished(10000);
        created.output = QString::fromUtf8(process.readAllStandardOutput()
                                           + process.readAllStandardError())
                         + QLatin1String("\n--- libvirtd in the lab:\n")
                         + inLab(QStringLiteral("journalctl -u libvirtd --no-pager -n 40; "
                                                "virsh -c qemu:///system list --all"));
        return created;
    }
    created.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray out = process.readAllStandardOutput();
    created.output = QString::fromUtf8(out + process.readAllStandardError());
    created.proof = QJsonDocument::fromJson(out).object().value(QStringLiteral("proof")).toObject();
    return created;
}

TestSelinuxLab::Created TestSelinuxLab::verify(const QString &name)
{
    QProcess process;
    process.start(QStringLiteral(AIRLOCK_BINARY),
                  {QStringLiteral("--verify"), name, QStringLiteral("--json"),
                   QStringLiteral("--connect"), m_uri});
    Created verified;
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished(10000);
    }
    verified.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray out = process.readAllStandardOutput();
    verified.output = QString::fromUtf8(out + process.readAllStandardError());
    verified.proof
            = QJsonDocument::fromJson(out).object().value(QStringLiteral("proof")).toObject();
    return verified;
}

void TestSelinuxLab::hostCheckFindsSvirt()
{
    QString output;
    const int code = Test::runProgram(QStringLiteral(AIRLOCK_BINARY),
                                      {QStringLiteral("--check-host"), QStringLiteral("--json"),
                                       QStringLiteral("--connect"), m_uri},
                                      &output, {}, 180000);
    QVERIFY2(code == 0 || code == 1, qPrintable(output));
    const QJsonArray checks = QJsonDocument::fromJson(output.toUtf8())
                                      .object()
                                      .value(QStringLiteral("checks"))
                                      .toArray();
    QVERIFY2(!checks.isEmpty(), qPrintable(output));
    bool found = false;
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        if (check.value(QStringLiteral("id")).toString() != QLatin1String("svirt"))
            continue;
        found = true;
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QVERIFY(check.value(QStringLiteral("evidence"))
                        .toString()
                        .contains(QStringLiteral("selinux")));
    }
    QVERIFY(found);
}

void TestSelinuxLab::createsAConfinedVm()
{
    const Created created = create(s_first);
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    static const QRegularExpression processLabel(
            QStringLiteral("^system_u:system_r:svirt_t:s0:c([0-9]+),c([0-9]+)$"));
    const QString label = created.proof.value(QStringLiteral("processLabel")).toString();
    const auto match = processLabel.match(label);
    QVERIFY2(match.hasMatch(), qPrintable(label));
    QCOMPARE(created.proof.value(QStringLiteral("enforcing")).toBool(), true);
    QCOMPARE(created.proof.value(QStringLiteral("imageLabel")).toString(),
             QStringLiteral("system_u:object_r:svirt_image_t:s0:c%1,c%2")
                     .arg(match.captured(1), match.captured(2)));
    QCOMPARE(created.proof.value(QStringLiteral("verdict")).toString(),
             QStringLiteral("Confined by SELinux (enforcing)"));
    for (const QJsonValue &check : created.proof.value(QStringLiteral("audit")).toArray())
        QVERIFY2(check.toObject().value(QStringLiteral("passed")).toBool(),
                 QJsonDocument(check.toObject()).toJson(QJsonDocument::Compact).constData());
    QVERIFY(created.proof.value(QStringLiteral("holds")).toBool());
    // The lab's own kernel policy, read with libsepol: svirt_t is enforced.
    QCOMPARE(typeEnforcementState(created.proof), QStringLiteral("enforced"));
    // The disk's file, read back through its volume, carries the pair.
    const QJsonArray disks = created.proof.value(QStringLiteral("disks")).toArray();
    QVERIFY(std::any_of(disks.cbegin(), disks.cend(), [&](const QJsonValue &disk) {
        return !disk.toObject().value(QStringLiteral("readOnly")).toBool()
               && disk.toObject().value(QStringLiteral("label")).toString()
                          == created.proof.value(QStringLiteral("imageLabel")).toString();
    }));
    m_firstLabel = label;

    // The QEMU process really carries it, as SELinux sees it.
    const QString processes = inLab(
            QStringLiteral("ps -e -o label,args | grep guest=%1 | grep -v grep").arg(s_first));
    QVERIFY2(processes.startsWith(label), qPrintable(processes));
}

void TestSelinuxLab::secondVmGetsCategoriesOfItsOwn()
{
    QVERIFY(!m_firstLabel.isEmpty());
    const Created created = create(s_second);
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    const QString label = created.proof.value(QStringLiteral("processLabel")).toString();
    QVERIFY(SecurityLabel::parse(label).isConfinedVmType());
    QVERIFY(SecurityLabel::parse(label).categories()
            != SecurityLabel::parse(m_firstLabel).categories());
    QVERIFY(created.proof.value(QStringLiteral("unique")).toBool());
    const QJsonArray peers = created.proof.value(QStringLiteral("peers")).toArray();
    QVERIFY(std::any_of(peers.cbegin(), peers.cend(), [this](const QJsonValue &peer) {
        return peer.toObject().value(QStringLiteral("domain")).toString() == s_first
               && peer.toObject().value(QStringLiteral("label")).toString() == m_firstLabel
               && !peer.toObject().value(QStringLiteral("clashes")).toBool();
    }));
}

void TestSelinuxLab::aPermissiveTypeIsNotConfined()
{
    QVERIFY(!m_firstLabel.isEmpty());
    // SELinux stays enforcing; only svirt_t is made permissive, as
    // `semanage permissive -a svirt_t` would.
    int code = 0;
    inLab(QStringLiteral("printf '(typepermissive svirt_t)\\n' >/root/airlock-permissive.cil && "
                         "semodule -i /root/airlock-permissive.cil"),
          &code);
    QCOMPARE(code, 0);
    const auto removeModule = qScopeGuard([] {
        inLab(QStringLiteral("semodule -r airlock-permissive"));
        refreshSelinuxfs();
    });
    QCOMPARE(inLab(QStringLiteral("getenforce")), QStringLiteral("Enforcing"));
    QVERIFY(refreshSelinuxfs());

    const Created permissive = verify(s_first);
    QVERIFY2(permissive.exitCode == 3, qPrintable(permissive.output));
    QCOMPARE(permissive.proof.value(QStringLiteral("enforcing")).toBool(), true);
    QCOMPARE(typeEnforcementState(permissive.proof), QStringLiteral("permissive"));
    QCOMPARE(permissive.proof.value(QStringLiteral("verdict")).toString(),
             QStringLiteral("Not confined: SELinux does not enforce svirt_t"));
    QVERIFY(hasLabelCheck(permissive.proof, QStringLiteral("typeEnforced"),
                          QStringLiteral("fail")));
    QVERIFY(!permissive.proof.value(QStringLiteral("holds")).toBool());

    inLab(QStringLiteral("semodule -r airlock-permissive"), &code);
    QCOMPARE(code, 0);
    QVERIFY(refreshSelinuxfs());
    const Created enforced = verify(s_first);
    QVERIFY2(enforced.exitCode == 0, qPrintable(enforced.output));
    QCOMPARE(typeEnforcementState(enforced.proof), QStringLiteral("enforced"));
    QCOMPARE(enforced.proof.value(QStringLiteral("verdict")).toString(),
             QStringLiteral("Confined by SELinux (enforcing)"));
}

void TestSelinuxLab::theDiskFileLabelIsReadBack()
{
    QVERIFY(!m_firstLabel.isEmpty());
    // The file's label, not the one libvirt meant: give the running VM's
    // disk other categories behind libvirt's back.
    const QString path
            = virsh(m_uri, QStringLiteral("vol-path --pool default %1.qcow2").arg(s_first));
    QVERIFY2(path.startsWith(QLatin1Char('/')), qPrintable(path));
    const QString original = inLab(QStringLiteral("stat -c %C ") + path);
    QVERIFY2(original.contains(QLatin1String("svirt_image_t")), qPrintable(original));
    int code = 0;
    inLab(QStringLiteral("chcon -l s0:c1,c2 ") + path, &code);
    QCOMPARE(code, 0);
    const auto restore
            = qScopeGuard([&] { inLab(QStringLiteral("chcon %1 %2").arg(original, path)); });

    const Created relabelled = verify(s_first);
    QVERIFY2(relabelled.exitCode == 3, qPrintable(relabelled.output));
    QVERIFY2(hasLabelCheck(relabelled.proof, QStringLiteral("disk"), QStringLiteral("fail"),
                           QStringLiteral("c1,c2")),
             qPrintable(relabelled.output));

    inLab(QStringLiteral("chcon %1 %2").arg(original, path), &code);
    QCOMPARE(code, 0);
    const Created restored = verify(s_first);
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.output));
}

void TestSelinuxLab::aForcedClashIsFlagged()
{
    QVERIFY(!m_firstLabel.isEmpty());
    // A domain given the first VM's label by hand: its QEMU could open the
    // first VM's disk, and the proof must say so in red.
    const QString xml
            = QStringLiteral("<domain type='qemu'><name>%1</name><memory unit='MiB'>64</memory>"
                             "<os><type arch='x86_64' machine='q35'>hvm</type></os>"
                             "<seclabel type='static' model='selinux' "
                             "relabel='no'><label>%2</label></seclabel>"
                             "</domain>")
                      .arg(s_clash, m_firstLabel);
    const QString file = m_directory.filePath(QStringLiteral("clash.xml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(xml.toUtf8());
    out.close();
    virsh(m_uri, QStringLiteral("define ") + file);
    virsh(m_uri, QStringLiteral("start ") + s_clash);
    const auto stopClash = qScopeGuard([this] {
        virsh(m_uri, QStringLiteral("destroy ") + s_clash);
        virsh(m_uri, QStringLiteral("undefine ") + s_clash);
    });
    QCOMPARE(virsh(m_uri, QStringLiteral("domstate ") + s_clash), QStringLiteral("running"));

    VmSpec chosen;
    chosen.name = s_first;
    const auto connection = openLab();
    QVERIFY(connection);
    const auto proof = IsolationProof::read(*connection, s_first, chosen);
    QVERIFY2(proof, qPrintable(proof ? QString() : proof.error().message));
    QCOMPARE(proof->clashingPeers(), QStringList {s_clash});
    QVERIFY(!proof->isUnique());
    QVERIFY(!proof->holds());
    // The other VM, with a pair of its own, is not part of the clash.
    QVERIFY(std::any_of(proof->peers.cbegin(), proof->peers.cend(), [](const PeerLabel &peer) {
        return peer.domainName == s_second && !peer.clashes;
    }));
}

void TestSelinuxLab::permissiveIsNeverConfined()
{
    int code = 0;
    inLab(QStringLiteral("setenforce 0"), &code);
    QCOMPARE(code, 0);
    const auto enforceAgain = qScopeGuard([] { inLab(QStringLiteral("setenforce 1")); });
    QCOMPARE(inLab(QStringLiteral("getenforce")), QStringLiteral("Permissive"));

    VmSpec chosen;
    chosen.name = s_first;
    const auto connection = openLab();
    QVERIFY(connection);
    const auto proof = IsolationProof::read(*connection, s_first, chosen);
    QVERIFY2(proof, qPrintable(proof ? QString() : proof.error().message));
    QCOMPARE(proof->enforcing(), false);
    QCOMPARE(proof->verdict(), IsolationProof::Verdict::Permissive);
    QVERIFY(proof->verdictText().startsWith(QStringLiteral("Not confined")));
    QVERIFY(!proof->holds());
}

QTEST_GUILESS_MAIN(TestSelinuxLab)
#include "tst_selinuxlab.moc"
