// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockwizard.h"
#include "hypervisor/hypervisor.h"
#include "spec/vmspec.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

// airlock shows its first page before it makes the other five
// (PageCreation::Deferred): the window looks and works the same.
class TestDeferredPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldHaveDefaultValue();
    void makesTheOtherPagesOnceTheFirstHasPainted();
    void walksToTheSummaryPage();
};

void TestDeferredPages::initTestCase()
{
    Hypervisor::initializeLibvirt();
}

void TestDeferredPages::shouldHaveDefaultValue()
{
    AirlockWizard immediate(QStringLiteral("test:///default"), VmSpec());
    QVERIFY(immediate.hasAllPages());
    QCOMPARE(immediate.pageIds().size(), 6);

    AirlockWizard deferred(QStringLiteral("test:///default"), VmSpec(), nullptr,
                           AirlockWizard::PageCreation::Deferred);
    QVERIFY(!deferred.hasAllPages());
    QCOMPARE(deferred.pageIds(), QList<int> {AirlockWizard::HostPageId});
    QCOMPARE(deferred.startId(), int(AirlockWizard::HostPageId));
    // Not shown, nothing painted: the other pages wait.
    QTest::qWait(50);
    QVERIFY(!deferred.hasAllPages());
}

void TestDeferredPages::makesTheOtherPagesOnceTheFirstHasPainted()
{
    AirlockWizard wizard(QStringLiteral("test:///default"), VmSpec(), nullptr,
                         AirlockWizard::PageCreation::Deferred);
    QSignalSpy created(&wizard, &AirlockWizard::allPagesCreated);
    wizard.show();
    // The first frame already offers Next (disabled until the checks are
    // done), never Finish.
    QVERIFY(wizard.button(QWizard::NextButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isVisible());
    const QSize shown = wizard.size();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(created.size() == 1 || created.wait(5000));
    QVERIFY(wizard.hasAllPages());
    QCOMPARE(wizard.pageIds(),
             (QList<int> {AirlockWizard::HostPageId, AirlockWizard::MediaPageId,
                          AirlockWizard::ResourcesPageId, AirlockWizard::DevicesPageId,
                          AirlockWizard::SummaryPageId, AirlockWizard::LaunchPageId}));
    QCOMPARE(wizard.size(), shown);
    QVERIFY(wizard.button(QWizard::NextButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isVisible());
    QCOMPARE(wizard.currentId(), int(AirlockWizard::HostPageId));
}

void TestDeferredPages::walksToTheSummaryPage()
{
    QTemporaryDir directory;
    const QString iso = directory.filePath(QStringLiteral("nixos.iso"));
    QFile file(iso);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(64 * 1024, '\0'));
    file.close();
    VmSpec spec;
    spec.iso = IsoSource::file(iso);

    AirlockWizard wizard(QStringLiteral("test:///default"), spec, nullptr,
                         AirlockWizard::PageCreation::Deferred);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString walked = Test::walkTo(wizard, AirlockWizard::SummaryPageId);
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    QCOMPARE(wizard.currentId(), int(AirlockWizard::SummaryPageId));
}

QTEST_MAIN(TestDeferredPages)
#include "tst_deferredpages.moc"
