// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockwizard.h"
#include "creationchecklist.h"
#include "hypervisor/hypervisor.h"
#include "labelview.h"
#include "launchpage.h"
#include "noticelabel.h"
#include "proofview.h"
#include "labsupport.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

namespace {

const QString s_name = QStringLiteral("airlock-lab-launch");

QString virsh(const QString &uri, const QStringList &arguments)
{
    return Test::labVirsh(uri, arguments);
}

} // namespace

// The Launch page against a host with SELinux enforcing (tools/selinux-lab):
// the page shows the live sVirt label, explains each part, and shows the new
// label after a restart.
class TestLaunchPageSelinuxLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void provesConfinementAndFollowsARestart();

private:
    QString m_uri;
};

void TestLaunchPageSelinuxLab::initTestCase()
{
    const Test::RealDaemon lab = Test::selinuxLab();
    AIRLOCK_REQUIRE_REAL_DAEMON(lab);
    m_uri = lab.uri;
    QVERIFY2(m_uri.startsWith(QLatin1String("qemu+tcp://127.0.0.1:")), qPrintable(m_uri));
    Hypervisor::initializeLibvirt();
}

void TestLaunchPageSelinuxLab::cleanupTestCase()
{
    if (m_uri.isEmpty())
        return;
    virsh(m_uri, {QStringLiteral("destroy"), s_name});
    virsh(m_uri, {QStringLiteral("undefine"), QStringLiteral("--nvram"), s_name});
    virsh(m_uri, {QStringLiteral("vol-delete"), QStringLiteral("--pool"), QStringLiteral("default"),
                  s_name + QLatin1String(".qcow2")});
    virsh(m_uri, {QStringLiteral("vol-delete"), QStringLiteral("--pool"), QStringLiteral("default"),
                  QStringLiteral("airlock-lab-launch.iso")});
    const QString left = virsh(
            m_uri, {QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--name")});
    QVERIFY2(!left.contains(s_name), qPrintable(left));
}

void TestLaunchPageSelinuxLab::provesConfinementAndFollowsARestart()
{
    QTemporaryDir directory;
    const QString isoPath = directory.filePath(QStringLiteral("airlock-lab-launch.iso"));
    QFile iso(isoPath);
    QVERIFY(iso.open(QIODevice::WriteOnly));
    QByteArray image(1024 * 1024, '\0');
    image.replace(0x8001, 5, "CD001");
    QVERIFY(iso.write(image) > 0);
    iso.close();

    // Small and BIOS: the lab runs its guests under emulation inside
    // emulation, and only the label matters here.
    VmSpec spec = Test::smallEmulatedSpec(s_name);
    spec.iso = IsoSource::file(isoPath);

    QElapsedTimer elapsed;
    elapsed.start();
    AirlockWizard wizard(m_uri, spec);
    wizard.resize(1024, 768);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString walked = Test::walkTo(wizard, AirlockWizard::LaunchPageId, 180000);
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    qInfo("on the Launch page after %lld ms", elapsed.elapsed());
    auto *page = qobject_cast<LaunchPage *>(wizard.currentPage());
    QSignalSpy proofRead(page, &LaunchPage::proofRead);

    QTRY_VERIFY_WITH_TIMEOUT(page->phase() != LaunchPage::Phase::Creating, 600000);
    auto *checklist = page->findChild<CreationChecklist *>(QStringLiteral("creationChecklist"));
    QVERIFY2(page->phase() == LaunchPage::Phase::Created,
             qPrintable(page->findChild<NoticeLabel *>(QStringLiteral("launchHeadline"))->text()
                        + QLatin1Char('\n') + checklist->detail(checklist->stepCount() - 1)));
    QVERIFY(!proofRead.isEmpty() || proofRead.wait(60000));
    QVERIFY(page->proof());
    qInfo("created and proven after %lld ms", elapsed.elapsed());

    // The label, read from libvirt, shown part by part and explained.
    auto *proofView = page->findChild<ProofView *>(QStringLiteral("proofView"));
    const SecurityLabel first = proofView->labelView()->label();
    QVERIFY2(first.isConfinedVmType(), qPrintable(first.text()));
    QCOMPARE(first.type(), QStringLiteral("svirt_t"));
    QCOMPARE(first.categories().size(), 2);
    const auto parts = proofView->labelView()->partWidgets();
    QCOMPARE(parts.size(), 5);
    for (LabelPartWidget *part : parts)
        QVERIFY2(!part->part().meaning.isEmpty(), qPrintable(part->part().text));
    QCOMPARE(proofView->verdictText(), QStringLiteral("Confined by SELinux (enforcing)"));
    QCOMPARE(ProofView::verdictStatus(*page->proof()), Status::Pass);
    QVERIFY(page->proof()->holds());
    // What the page shows is what SELinux sees for the QEMU process.
    const QString processes = virsh(m_uri, {QStringLiteral("dominfo"), s_name});
    QVERIFY2(processes.contains(first.text()), qPrintable(processes));

    // A picture of the real thing, kept with the test results.
    const QString artifacts = QStringLiteral(AIRLOCK_ARTIFACT_DIR);
    QVERIFY(QDir().mkpath(artifacts));
    QTest::qWait(1000);
    const QString picture = artifacts + QLatin1String("/launchpage-selinux-lab.png");
    QVERIFY(wizard.grab().save(picture));
    qInfo("screenshot: %s", qPrintable(picture));

    // Stopped behind the page's back, started again from the page: the
    // lifecycle events update the state, and the proof shows the label of
    // the new start (dynamic labels change each time).
    virsh(m_uri, {QStringLiteral("destroy"), s_name});
    QTRY_COMPARE_WITH_TIMEOUT(page->vmState(), LaunchPage::VmState::ShutOff, 60000);
    qInfo("stopped after %lld ms", elapsed.elapsed());
    const int readsBefore = page->proofReadCount();
    auto *start = page->findChild<QAbstractButton *>(QStringLiteral("startButton"));
    QVERIFY(start);
    QTRY_VERIFY(start->isEnabled());
    start->click();
    auto *notice = page->findChild<NoticeLabel *>(QStringLiteral("actionNotice"));
    QTRY_VERIFY_WITH_TIMEOUT(page->proofReadCount() > readsBefore
                                     || notice->text().startsWith(QLatin1String("The VM did not")),
                             300000);
    QVERIFY2(
            page->proofReadCount() > readsBefore,
            qPrintable(QStringLiteral("state %1, start button enabled %2\n")
                               .arg(int(page->vmState()))
                               .arg(start->isEnabled())
                       + notice->text() + QLatin1Char('\n')
                       + proofView->findChild<NoticeLabel *>(QStringLiteral("proofNote"))->text()));
    QTRY_COMPARE_WITH_TIMEOUT(page->vmState(), LaunchPage::VmState::Running, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(proofView->labelView()->label().text() != first.text(), 60000);
    qInfo("restarted and proven again after %lld ms", elapsed.elapsed());
    const SecurityLabel second = proofView->labelView()->label();
    QVERIFY2(second.isConfinedVmType(), qPrintable(second.text()));
    const QString restarted = virsh(m_uri, {QStringLiteral("dominfo"), s_name});
    QVERIFY2(restarted.contains(second.text()), qPrintable(restarted));
    QCOMPARE(proofView->verdictText(), QStringLiteral("Confined by SELinux (enforcing)"));
    QTest::qWait(1000);
    QVERIFY(wizard.grab().save(artifacts + QLatin1String("/launchpage-selinux-lab-restarted.png")));
}

QTEST_MAIN(TestLaunchPageSelinuxLab)
#include "tst_launchpage_selinuxlab.moc"
