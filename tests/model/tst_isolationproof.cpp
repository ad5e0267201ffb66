// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/hypervisor.h"
#include "proof/isolationproof.h"
#include "testsupport.h"

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
    return proof;
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
    proof.peers
            = {{QStringLiteral("other"),
                SecurityLabel::parse(QStringLiteral("system_u:system_r:svirt_t:s0:c1,c2")), false}};
    QVERIFY(proof.isUnique());
    QVERIFY(proof.holds());
    proof.peers.append({QStringLiteral("twin"), SecurityLabel::parse(s_process), true});
    QCOMPARE(proof.clashingPeers(), QStringList {QStringLiteral("twin")});
    QVERIFY(!proof.holds());
}

void TestIsolationProof::uniquenessOnTheTestDriver()
{
    const auto connection = Connection::open(m_labelsUri);
    QVERIFY(connection);
    const auto alpha = IsolationProof::read(*connection, QStringLiteral("alpha"), VmSpec());
    QVERIFY2(alpha, qPrintable(alpha ? QString() : alpha.error().message));
    QCOMPARE(alpha->processLabel()->text(), QStringLiteral("system_u:system_r:svirt_t:s0:c1,c2"));
    // "dormant" dominates everyone but is shut off: only running VMs count.
    QCOMPARE(alpha->peers.size(), 2);
    QCOMPARE(alpha->clashingPeers(), QStringList {QStringLiteral("clash")});
    QVERIFY(!alpha->isUnique());

    const auto beta = IsolationProof::read(*connection, QStringLiteral("beta"), VmSpec());
    QVERIFY(beta);
    QVERIFY(beta->isUnique());
    QCOMPARE(beta->peers.size(), 2);
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
