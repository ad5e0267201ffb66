// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/hypervisor.h"
#include "proof/isolationproof.h"
#include "testpolicy.h"
#include "testsupport.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

namespace {

const QString s_process = QStringLiteral("system_u:system_r:svirt_t:s0:c383,c416");
const QString s_image = QStringLiteral("system_u:object_r:svirt_image_t:s0:c383,c416");

// What libvirt reports for a VM confined on an enforcing host.
IsolationProof confinedProof()
{
    IsolationProof proof;
    proof.domainName = QStringLiteral("nixos");
    proof.running = true;
    proof.hostSecurityModel = QStringLiteral("selinux");
    proof.reported = {{SecurityLabel::parse(s_process), true},
                      {SecurityLabel::parse(QStringLiteral("+107:+107")), false}};
    proof.seclabels = {{QStringLiteral("selinux"), QStringLiteral("dynamic"), QStringLiteral("yes"),
                        SecurityLabel::parse(s_process), SecurityLabel::parse(s_image)},
                       {QStringLiteral("dac"), QStringLiteral("dynamic"), QStringLiteral("yes"),
                        SecurityLabel::parse(QStringLiteral("+107:+107")),
                        SecurityLabel::parse(QStringLiteral("+107:+107"))}};
    proof.audit = {{QStringLiteral("audio"), QStringLiteral("No sound card"), true,
                    QStringLiteral("no <sound>")}};
    proof.typeEnforcement.state = TypeEnforcement::State::Enforced;
    proof.typeEnforcement.type = QStringLiteral("svirt_t");
    proof.typeEnforcement.reason
            = QStringLiteral("The host's policy does not make svirt_t permissive.");
    proof.kernelEnforcing = true;
    DiskLabel disk;
    disk.target = QStringLiteral("vda");
    disk.pool = QStringLiteral("default");
    disk.volume = QStringLiteral("nixos.qcow2");
    disk.label = SecurityLabel::parse(s_image);
    DiskLabel iso;
    iso.target = QStringLiteral("sda");
    iso.readOnly = true;
    iso.volume = QStringLiteral("nixos.iso");
    iso.label = SecurityLabel::parse(QStringLiteral("system_u:object_r:virt_content_t:s0"));
    proof.disks = {disk, iso};
    return proof;
}

bool hasCheck(const IsolationProof &proof, const QString &id, LabelCheck::Status status,
              const QString &part = {})
{
    const QList<LabelCheck> checks = proof.labelChecks();
    return std::any_of(checks.cbegin(), checks.cend(), [&](const LabelCheck &check) {
        return check.id == id && check.status == status && check.text.contains(part);
    });
}

} // namespace

class TestIsolationProof : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void confinedVmHolds();
    void permissiveIsNeverConfined();
    void dacOnlyIsReportedHonestly();
    void xmlAloneProvesNothing();
    void disagreementsAreShown();
    void everyCategoryIsNotConfinement();
    void clashingPeerBreaksTheProof();
    void permissiveTypeIsNeverConfined();
    void unreadPolicyIsNeverEnforcing();
    void onlyADynamicPairCounts();
    void theDiskFileMustCarryThePair();
    void peersAreComparedBothWays();
    void readsTheHostPolicy();
    void uniquenessOnTheTestDriver();
    void readsTheDomainAndItsAudit();

private:
    QString m_labelsUri;
};

void TestIsolationProof::initTestCase()
{
    Hypervisor::initializeLibvirt();
    m_labelsUri
            = QStringLiteral("test://") + Test::dataPath(QStringLiteral("testdriver/labels.xml"));
}

void TestIsolationProof::confinedVmHolds()
{
    const IsolationProof proof = confinedProof();
    QCOMPARE(proof.verdict(), IsolationProof::Verdict::Confined);
    QCOMPARE(proof.processLabel()->text(), s_process);
    QCOMPARE(proof.imageLabel()->text(), s_image);
    QCOMPARE(proof.dacLabel()->text(), QStringLiteral("+107:+107"));
    QCOMPARE(proof.enforcing(), true);
    QVERIFY(proof.disagreements().isEmpty());
    QVERIFY(proof.isUnique());
    QVERIFY(proof.holds());
    QCOMPARE(proof.verdictText(), QStringLiteral("Confined by SELinux (enforcing)"));
    QVERIFY(proof.verdictExplanation().contains(QStringLiteral("c383,c416")));
    for (const LabelCheck &check : proof.labelChecks())
        QVERIFY2(check.status == LabelCheck::Status::Pass
                         || check.status == LabelCheck::Status::Info,
                 qPrintable(check.id + QLatin1String(": ") + check.text));
    QVERIFY(hasCheck(proof, QStringLiteral("typeEnforced"), LabelCheck::Status::Pass));
    QVERIFY(hasCheck(proof, QStringLiteral("disk"), LabelCheck::Status::Pass,
                     QStringLiteral("c383,c416")));
    QVERIFY(hasCheck(proof, QStringLiteral("readOnlyDisk"), LabelCheck::Status::Info,
                     QStringLiteral("virt_content_t")));

    IsolationProof stopped = proof;
    stopped.running = false;
    QVERIFY(!stopped.holds());
    IsolationProof failedAudit = proof;
    failedAudit.audit.first().passed = false;
    QVERIFY(!failedAudit.holds());
}

void TestIsolationProof::permissiveIsNeverConfined()
{
    IsolationProof proof = confinedProof();
    proof.reported.first().enforcing = false;
    QCOMPARE(proof.verdict(), IsolationProof::Verdict::Permissive);
    QCOMPARE(proof.enforcing(), false);
    QVERIFY(!proof.holds());
    QVERIFY(proof.verdictText().startsWith(QStringLiteral("Not confined")));
    QVERIFY(proof.verdictExplanation().contains(QStringLiteral("setenforce 1")));
}

void TestIsolationProof::dacOnlyIsReportedHonestly()
{
    IsolationProof proof;
    proof.running = true;
    proof.hostSecurityModel = QStringLiteral("none");
    proof.reported = {{SecurityLabel::parse(QStringLiteral("+64055:+64055")), false}};
    proof.seclabels = {{QStringLiteral("dac"), QStringLiteral("dynamic"), QStringLiteral("yes"),
                        SecurityLabel::parse(QStringLiteral("+64055:+64055")),
                        SecurityLabel::parse(QStringLiteral("+64055:+64055"))}};
    proof.audit = confinedProof().audit;
    QCOMPARE(proof.verdict(), IsolationProof::Verdict::NotConfined);
    QVERIFY(!proof.processLabel());
    QCOMPARE(proof.dacLabel()->text(), QStringLiteral("+64055:+64055"));
    QVERIFY(proof.verdictExplanation().contains(QStringLiteral("+64055:+64055")));
    QVERIFY(proof.verdictExplanation().contains(QStringLiteral("“none”")));
    QVERIFY(!proof.holds());
}

void TestIsolationProof::xmlAloneProvesNothing()
{
    // The label is only in the XML; nothing says the running process has it.
    IsolationProof proof = confinedProof();
    proof.reported.removeFirst();
    QCOMPARE(proof.processLabel()->text(), s_process);
    QCOMPARE(proof.enforcing(), std::nullopt);
    QCOMPARE(proof.verdict(), IsolationProof::Verdict::NotConfined);
    QCOMPARE(proof.disagreements().size(), 1);
    QVERIFY(!proof.holds());
}

void TestIsolationProof::disagreementsAreShown()
{
    IsolationProof apiAgainstXml = confinedProof();
    apiAgainstXml.seclabels.first().label
            = SecurityLabel::parse(QStringLiteral("system_u:system_r:svirt_t:s0:c1,c2"));
    QCOMPARE(apiAgainstXml.disagreements().size(), 1);
    QVERIFY(apiAgainstXml.disagreements().constFirst().contains(s_process));
    QVERIFY(!apiAgainstXml.holds());

    IsolationProof imageApart = confinedProof();
    imageApart.seclabels.first().imageLabel
            = SecurityLabel::parse(QStringLiteral("system_u:object_r:svirt_image_t:s0:c5,c6"));
    QCOMPARE(imageApart.disagreements().size(), 1);
    QVERIFY(imageApart.disagreements().constFirst().contains(QStringLiteral("c5,c6")));
    QVERIFY(!imageApart.holds());

    IsolationProof dacApart = confinedProof();
    dacApart.seclabels.last().label = SecurityLabel::parse(QStringLiteral("+0:+0"));
    QCOMPARE(dacApart.disagreements().size(), 1);
}

void TestIsolationProof::everyCategoryIsNotConfinement()
{
    IsolationProof proof = confinedProof();
    const SecurityLabel all
            = SecurityLabel::parse(QStringLiteral("system_u:system_r:svirt_t:s0-s0:c0.c1023"));
    proof.reported.first().label = all;
    proof.seclabels.first().label = all;
    proof.seclabels.first().imageLabel = SecurityLabel::parse(
            QStringLiteral("system_u:object_r:svirt_image_t:s0-s0:c0.c1023"));
    QCOMPARE(proof.verdict(), IsolationProof::Verdict::NotConfined);

    IsolationProof unconfined = confinedProof();
    unconfined.reported.first().label
            = SecurityLabel::parse(QStringLiteral("system_u:system_r:unconfined_t:s0:c383,c416"));
    unconfined.seclabels.first().label = unconfined.reported.first().label;
    QCOMPARE(unconfined.verdict(), IsolationProof::Verdict::NotConfined);
    QVERIFY(unconfined.verdictExplanation().contains(QStringLiteral("unconfined_t")));
}

void TestIsolationProof::clashingPeerBreaksTheProof()
{
    IsolationProof proof = confinedProof();
    proof.peers = {{QStringLiteral("other"),
                    SecurityLabel::parse(QStringLiteral("system_u:system_r:svirt_t:s0:c1,c2")),
                    false,
                    {}}};
    QVERIFY(proof.isUnique());
    QVERIFY(proof.holds());
    proof.peers.append({QStringLiteral("twin"), SecurityLabel::parse(s_process), true, {}});
    QCOMPARE(proof.clashingPeers(), QStringList {QStringLiteral("twin")});
    QVERIFY(!proof.holds());
}

void TestIsolationProof::permissiveTypeIsNeverConfined()
{
    // SELinux enforcing, libvirt says so, and yet the policy lets svirt_t do
    // everything: the lab's `(typepermissive svirt_t)`.
    IsolationProof proof = confinedProof();
    proof.typeEnforcement.state = TypeEnforcement::State::Permissive;
    QCOMPARE(proof.enforcing(), true);
    QCOMPARE(proof.verdict(), IsolationProof::Verdict::Permissive);
    QCOMPARE(proof.verdictText(), QStringLiteral("Not confined: SELinux does not enforce svirt_t"));
    QVERIFY(proof.verdictExplanation().contains(QStringLiteral("semanage permissive -d svirt_t")));
    QVERIFY(hasCheck(proof, QStringLiteral("typeEnforced"), LabelCheck::Status::Fail));
    QVERIFY(!proof.holds());

    // The kernel's own mode, where it can be read, counts as much as libvirt's.
    IsolationProof kernelPermissive = confinedProof();
    kernelPermissive.kernelEnforcing = false;
    QCOMPARE(kernelPermissive.verdict(), IsolationProof::Verdict::Permissive);
    QCOMPARE(kernelPermissive.verdictText(), QStringLiteral("Not confined: SELinux is permissive"));
    QVERIFY(!kernelPermissive.holds());
}

void TestIsolationProof::unreadPolicyIsNeverEnforcing()
{
    IsolationProof proof = confinedProof();
    proof.typeEnforcement = SelinuxPolicy::unknown(QStringLiteral("svirt_t"),
                                                   QStringLiteral("The policy could not be read."));
    proof.kernelEnforcing.reset();
    QCOMPARE(proof.verdict(), IsolationProof::Verdict::Unknown);
    QVERIFY(!proof.verdictText().contains(QStringLiteral("enforcing")));
    QVERIFY(proof.verdictText().contains(QStringLiteral("unknown")));
    QVERIFY(proof.verdictExplanation().contains(QStringLiteral("could not be read")));
    QVERIFY(hasCheck(proof, QStringLiteral("typeEnforced"), LabelCheck::Status::Unknown));
    QVERIFY(!proof.holds());

    // A verdict for another type than the process's says nothing about it.
    IsolationProof otherType = confinedProof();
    otherType.typeEnforcement.type = QStringLiteral("svirt_tcg_t");
    QCOMPARE(otherType.verdict(), IsolationProof::Verdict::Unknown);
    QVERIFY(!otherType.holds());
}

void TestIsolationProof::onlyADynamicPairCounts()
{
    IsolationProof staticLabel = confinedProof();
    staticLabel.seclabels.first().type = QStringLiteral("static");
    QCOMPARE(staticLabel.verdict(), IsolationProof::Verdict::NotConfined);
    QVERIFY(staticLabel.categoriesProblem().contains(QStringLiteral("static")));
    QVERIFY(!staticLabel.holds());

    IsolationProof noRelabel = confinedProof();
    noRelabel.seclabels.first().relabel = QStringLiteral("no");
    QVERIFY(noRelabel.categoriesProblem().contains(QStringLiteral("relabel")));
    QVERIFY(hasCheck(noRelabel, QStringLiteral("categories"), LabelCheck::Status::Fail));
    QVERIFY(!noRelabel.holds());

    for (const char *level : {"s0:c383", "s0:c1,c2,c3", "s0-s0:c383,c416", "s0:c383.c386"}) {
        IsolationProof proof = confinedProof();
        const SecurityLabel label = SecurityLabel::parse(
                QStringLiteral("system_u:system_r:svirt_t:") + QLatin1String(level));
        QVERIFY(label.isSelinux());
        proof.reported.first().label = label;
        proof.seclabels.first().label = label;
        QVERIFY2(!proof.categoriesProblem().isEmpty(), level);
        QCOMPARE(proof.verdict(), IsolationProof::Verdict::NotConfined);
        QVERIFY(!proof.holds());
    }
}

void TestIsolationProof::theDiskFileMustCarryThePair()
{
    const auto faulted = [](auto change) {
        IsolationProof proof = confinedProof();
        change(proof.disks.first());
        return proof;
    };
    const IsolationProof unlabelled = faulted([](DiskLabel &disk) { disk.label = {}; });
    QVERIFY(unlabelled.diskProblems().constFirst().contains(QStringLiteral("no SELinux label")));
    QVERIFY(!unlabelled.holds());
    const IsolationProof other = faulted([](DiskLabel &disk) {
        disk.label
                = SecurityLabel::parse(QStringLiteral("system_u:object_r:svirt_image_t:s0:c1,c2"));
    });
    QVERIFY(other.diskProblems().constFirst().contains(QStringLiteral("c1,c2")));
    QVERIFY(!other.holds());
    const IsolationProof wrongType = faulted([](DiskLabel &disk) {
        disk.label = SecurityLabel::parse(
                QStringLiteral("system_u:object_r:virt_image_t:s0:c383,c416"));
    });
    QVERIFY(!wrongType.holds());
    const IsolationProof excluded = faulted([](DiskLabel &disk) { disk.relabelOff = true; });
    QVERIFY(excluded.diskProblems().constFirst().contains(QStringLiteral("relabel")));
    QVERIFY(!excluded.holds());
    const IsolationProof unread = faulted([](DiskLabel &disk) {
        disk.label = {};
        disk.problem = QStringLiteral("no such volume");
    });
    QVERIFY(unread.diskProblems().constFirst().contains(QStringLiteral("no such volume")));
    QVERIFY(!unread.holds());

    // The file agrees with the process, but libvirt's <imagelabel> is missing.
    IsolationProof noImageLabel = confinedProof();
    noImageLabel.seclabels.first().imageLabel = {};
    QVERIFY(!noImageLabel.diskProblems().isEmpty());
    QVERIFY(!noImageLabel.holds());

    // Only the ISO left: nothing writable was checked.
    IsolationProof isoOnly = confinedProof();
    isoOnly.disks.removeFirst();
    QVERIFY(isoOnly.diskProblems().constFirst().contains(QStringLiteral("no writable disk")));
    QVERIFY(!isoOnly.holds());
}

void TestIsolationProof::peersAreComparedBothWays()
{
    const SecurityLabel ours = SecurityLabel::parse(s_process);
    const auto label = [](const char *text) { return SecurityLabel::parse(QLatin1String(text)); };
    QVERIFY(!IsolationProof::clash(ours, label("system_u:system_r:svirt_t:s0:c1,c2")));
    QVERIFY(!IsolationProof::clash(ours, label("system_u:system_r:svirt_t:s0:c383,c417")));
    QVERIFY(IsolationProof::clash(ours, label("system_u:system_r:svirt_t:s0:c383,c416")));
    // It dominates ours: its QEMU could open this VM's disk.
    QVERIFY(IsolationProof::clash(ours, label("system_u:system_r:svirt_t:s0:c383,c416,c500")));
    QVERIFY(IsolationProof::clash(ours, label("system_u:system_r:unconfined_t:s0-s0:c0.c1023")));
    // Ours dominates it: this VM's QEMU could open its files.
    QVERIFY(IsolationProof::clash(ours, label("system_u:system_r:svirt_t:s0:c383")));
    QVERIFY(IsolationProof::clash(ours, label("system_u:object_r:svirt_image_t:s0")));
    QVERIFY(!IsolationProof::clash(ours, SecurityLabel()));
    QVERIFY(!IsolationProof::clash(ours, label("+107:+107")));
}

void TestIsolationProof::readsTheHostPolicy()
{
    // The test driver's "alpha" runs as svirt_t; the host's policy is a
    // compiled one, in a directory laid out as selinuxfs is.
    QTemporaryDir selinuxfs;
    const auto connection = Connection::open(m_labelsUri);
    QVERIFY(connection);
    qputenv("AIRLOCK_HOST_SELINUXFS", selinuxfs.path().toUtf8());
    const auto unsetHost = qScopeGuard([] { qunsetenv("AIRLOCK_HOST_SELINUXFS"); });

    const auto unreadable = IsolationProof::read(*connection, QStringLiteral("alpha"), VmSpec());
    QVERIFY(unreadable);
    QCOMPARE(unreadable->typeEnforcement.state, TypeEnforcement::State::Unknown);
    QVERIFY(unreadable->typeEnforcement.reason.contains(selinuxfs.path()));

    QVERIFY(Test::writeSelinuxfs(selinuxfs.path(), Test::compiledPolicy({}), true));
    const auto enforced = IsolationProof::read(*connection, QStringLiteral("alpha"), VmSpec());
    QVERIFY(enforced);
    QCOMPARE(enforced->typeEnforcement.state, TypeEnforcement::State::Enforced);
    QCOMPARE(enforced->typeEnforcement.type, QStringLiteral("svirt_t"));
    QCOMPARE(enforced->kernelEnforcing, true);

    QVERIFY(Test::writeSelinuxfs(selinuxfs.path(),
                                 Test::compiledPolicy({QStringLiteral("svirt_t")}), true));
    const auto permissive = IsolationProof::read(*connection, QStringLiteral("alpha"), VmSpec());
    QVERIFY(permissive);
    QCOMPARE(permissive->typeEnforcement.state, TypeEnforcement::State::Permissive);
    // The test driver's label API has no SELinux: not confined either way.
    QVERIFY(!permissive->holds());
}

void TestIsolationProof::uniquenessOnTheTestDriver()
{
    const auto connection = Connection::open(m_labelsUri);
    QVERIFY(connection);
    const auto alpha = IsolationProof::read(*connection, QStringLiteral("alpha"), VmSpec());
    QVERIFY2(alpha, qPrintable(alpha ? QString() : alpha.error().message));
    QCOMPARE(alpha->processLabel()->text(), QStringLiteral("system_u:system_r:svirt_t:s0:c1,c2"));
    // "dormant" dominates everyone but is shut off: only running VMs count.
    // "bare" has no label: nothing in SELinux keeps it from alpha's disk.
    QCOMPARE(alpha->peers.size(), 3);
    QStringList clashing = alpha->clashingPeers();
    clashing.sort();
    QCOMPARE(clashing, (QStringList {QStringLiteral("bare"), QStringLiteral("clash")}));
    QVERIFY(!alpha->isUnique());
    const QList<LabelCheck> checks = alpha->labelChecks();
    QVERIFY(std::any_of(checks.cbegin(), checks.cend(), [](const LabelCheck &check) {
        return check.id == QLatin1String("peers") && check.status == LabelCheck::Status::Fail
               && check.text.contains(QLatin1String("no SELinux label"))
               && check.text.contains(QLatin1String("bare"));
    }));

    const auto beta = IsolationProof::read(*connection, QStringLiteral("beta"), VmSpec());
    QVERIFY(beta);
    QCOMPARE(beta->clashingPeers(), QStringList {QStringLiteral("bare")});
    QCOMPARE(beta->peers.size(), 3);
}

void TestIsolationProof::readsTheDomainAndItsAudit()
{
    const auto connection = Connection::open(m_labelsUri);
    QVERIFY(connection);
    const auto proof = IsolationProof::read(*connection, QStringLiteral("beta"), VmSpec());
    QVERIFY(proof);
    QVERIFY(proof->running);
    // The test driver's label API knows only "libvirt-test"; the SELinux label
    // lives in the XML alone, and the proof says so instead of trusting it.
    QVERIFY(!proof->labelListSupported);
    QCOMPARE(proof->reported.size(), 1);
    QCOMPARE(proof->reported.constFirst().label.text(), QStringLiteral("libvirt-test"));
    QCOMPARE(proof->disagreements().size(), 1);
    QCOMPARE(proof->verdict(), IsolationProof::Verdict::NotConfined);
    QVERIFY(!proof->audit.isEmpty());
    QVERIFY(!proof->holds());

    QVERIFY(!IsolationProof::read(*connection, QStringLiteral("nonexistent"), VmSpec()));
}

QTEST_GUILESS_MAIN(TestIsolationProof)
#include "tst_isolationproof.moc"
