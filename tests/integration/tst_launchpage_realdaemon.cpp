// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockwizard.h"
#include "auditview.h"
#include "console/spicesession.h"
#include "consoleview.h"
#include "consolewindow.h"
#include "creationchecklist.h"
#include "hypervisor/hypervisor.h"
#include "installerguide.h"
#include "labelview.h"
#include "launchpage.h"
#include "noticelabel.h"
#include "proofview.h"
#include "provision/firstboot.h"
#include "testsupport.h"
#include "wizardsession.h"
#include "wizardtestsupport.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

namespace {

const QString s_pool = QStringLiteral("airlock-launch-pool");
const QString s_name = QStringLiteral("airlock-launch-real");

} // namespace

// The Launch page against the real libvirtd and QEMU: the ISO is uploaded,
// the VM runs, and the page tells the truth about this host, which has no
// SELinux: the DAC owner, "not confined", and an audit that holds.
class TestLaunchPageRealDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createsUploadsAndProvesHonestly();

private:
    static void savePicture(QWidget *widget, const QString &name);

    Connection m_connection;
    QString m_uri;
    QStringList m_networksBefore;
};

void TestLaunchPageRealDaemon::initTestCase()
{
    const Test::RealDaemon daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(daemon);
    Hypervisor::initializeLibvirt();
    m_uri = daemon.uri;
    const auto connection = Connection::open(daemon.uri);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = *connection;
    m_networksBefore = m_connection.networkNames().value_or(QStringList());
    const QString poolError = Test::createTestPool(m_connection, s_pool);
    QVERIFY2(poolError.isEmpty(), qPrintable(poolError));
}

void TestLaunchPageRealDaemon::cleanupTestCase()
{
    if (!m_connection.isValid())
        return;
    if (auto domain = m_connection.domain(s_name)) {
        virDomainDestroy(domain->get());
        virDomainUndefineFlags(domain->get(),
                               VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA);
    }
    for (const QString &network : m_connection.networkNames().value_or(QStringList())) {
        if (m_networksBefore.contains(network))
            continue;
        if (auto handle = m_connection.network(network)) {
            virNetworkDestroy(handle->get());
            virNetworkUndefine(handle->get());
        }
    }
    Test::removeTestPool(m_connection, s_pool);
    virResetLastError();
}

void TestLaunchPageRealDaemon::createsUploadsAndProvesHonestly()
{
    // An ISO file on this machine: the plan uploads it into the pool.
    QTemporaryDir directory;
    const QString isoPath = directory.filePath(QStringLiteral("airlock-launch-test.iso"));
    QFile iso(isoPath);
    QVERIFY(iso.open(QIODevice::WriteOnly));
    QVERIFY(iso.write(QByteArray(8 * 1024 * 1024, '\0')) > 0);
    iso.close();

    VmSpec spec = Test::smallEmulatedSpec(s_name);
    spec.storagePool = s_pool;
    spec.iso = IsoSource::file(isoPath);

    AirlockWizard wizard(m_uri, spec);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString walked = Test::walkTo(wizard, AirlockWizard::LaunchPageId);
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    auto *page = qobject_cast<LaunchPage *>(wizard.currentPage());
    QVERIFY(page->provisioner());
    QSignalSpy progress(page->provisioner(), &Provisioner::stepProgress);
    QSignalSpy proofRead(page, &LaunchPage::proofRead);

    QTRY_VERIFY_WITH_TIMEOUT(page->phase() != LaunchPage::Phase::Creating, 90000);
    auto *checklist = page->findChild<CreationChecklist *>(QStringLiteral("creationChecklist"));
    QVERIFY2(page->phase() == LaunchPage::Phase::Created,
             qPrintable(page->findChild<NoticeLabel *>(QStringLiteral("launchHeadline"))->text()
                        + QLatin1Char('\n') + checklist->detail(6)));
    for (int step = 0; step < checklist->stepCount(); ++step) {
        QVERIFY(checklist->state(step) == CreationChecklist::StepState::Done
                || checklist->state(step) == CreationChecklist::StepState::Skipped);
    }
    QCOMPARE(checklist->state(3), CreationChecklist::StepState::Done);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), 3);
    QCOMPARE(progress.constLast().at(1).toLongLong(), progress.constLast().at(2).toLongLong());
    QVERIFY2(checklist->progressText(3).endsWith(QStringLiteral("(100 %)")),
             qPrintable(checklist->progressText(3)));

    QVERIFY(proofRead.size() == 1 || proofRead.wait(30000));
    QVERIFY(page->proof());
    const IsolationProof &proof = *page->proof();
    QCOMPARE(page->vmState(), LaunchPage::VmState::Running);
    QVERIFY(proof.running);

    // No SELinux here: the DAC owner is the label, shown and explained.
    QVERIFY(!proof.processLabel());
    QVERIFY(proof.dacLabel());
    auto *proofView = page->findChild<ProofView *>(QStringLiteral("proofView"));
    const SecurityLabel &shown = proofView->labelView()->label();
    QCOMPARE(shown.kind(), SecurityLabel::Kind::Dac);
    QCOMPARE(shown.text(), proof.dacLabel()->text());
    QVERIFY(shown.text().startsWith(QLatin1Char('+')));
    QCOMPARE(proofView->labelView()->partWidgets().size(), 2);

    // Not confined, in red, with why.
    QCOMPARE(proof.verdict(), IsolationProof::Verdict::NotConfined);
    QCOMPARE(proofView->verdictText(), QStringLiteral("Not confined by SELinux"));
    QCOMPARE(ProofView::verdictStatus(proof), Status::Fail);
    QVERIFY(proof.verdictExplanation().contains(shown.text()));
    QVERIFY(!proof.holds());

    // What libvirt runs is what was chosen.
    auto *audit = page->findChild<AuditView *>(QStringLiteral("auditView"));
    QStringList failed;
    for (const AuditCheck &check : proof.audit) {
        if (!check.passed)
            failed.append(check.title + QLatin1String(": ") + check.found);
    }
    QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
    QCOMPARE(audit->status(), Status::Pass);
    savePicture(&wizard, QStringLiteral("launch-installer-running.png"));

    // Open console: the VM's screen in Airlock's own window, the installer's
    // steps beside it.
    QTRY_COMPARE_WITH_TIMEOUT(page->firstBoot()->phase(), FirstBoot::Phase::InstallerRunning,
                              10000);
    page->findChild<QPushButton *>(QStringLiteral("consoleButton"))->click();
    ConsoleWindow *console
            = ConsoleWindow::find(page->session()->hypervisor(), page->result().domainName);
    QVERIFY(console);
    console->resize(1180, 720);
    QTRY_VERIFY2_WITH_TIMEOUT(console->session()->state() == SpiceSession::State::Connected,
                              qPrintable(console->stateText()), 30000);
    auto *guide = qobject_cast<InstallerGuide *>(console->sidePanel());
    QVERIFY(guide);
    QCOMPARE(guide->stage(), InstallerGuide::Stage::Installing);
    QTRY_VERIFY_WITH_TIMEOUT(console->view()->paintedFrames() > 0, 30000);
    QTest::qWait(1500); // SeaBIOS's first lines
    savePicture(console, QStringLiteral("console-installer-guide.png"));
    console->close();
}

void TestLaunchPageRealDaemon::savePicture(QWidget *widget, const QString &name)
{
    const QString artifacts = QStringLiteral(AIRLOCK_ARTIFACT_DIR);
    QDir().mkpath(artifacts);
    QVERIFY(widget->grab().save(artifacts + QLatin1Char('/') + name));
}

QTEST_MAIN(TestLaunchPageRealDaemon)
#include "tst_launchpage_realdaemon.moc"
