// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockwizard.h"
#include "host/hostinspector.h"
#include "hostpage.h"
#include "host/hostreading.h"
#include "hypervisor/hypervisor.h"
#include "i18n/translations.h"
#include "spec/vmspec.h"
#include "steplist.h"
#include "summarypage.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Airlock;

class TestAirlockWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldHaveDefaultValue();
    void walksEveryPageForwardAndBack();
    void readsTheHostOnceFromHostToSummary();
    void fitsA1024x768Screen();
    void showsGermanTitlesUnderAGermanLocale();

private:
    // The Media page lets Next through only with an ISO: give it a small one.
    VmSpec specWithIso();
    QTemporaryDir m_isoDirectory;
};

VmSpec TestAirlockWizard::specWithIso()
{
    const QString path = m_isoDirectory.filePath(QStringLiteral("nixos.iso"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QByteArray(64 * 1024, '\0'));
    VmSpec spec;
    spec.iso = IsoSource::file(path);
    return spec;
}

void TestAirlockWizard::initTestCase()
{
    Hypervisor::initializeLibvirt();
}

void TestAirlockWizard::shouldHaveDefaultValue()
{
    AirlockWizard wizard(QStringLiteral("test:///default"), VmSpec());
    QCOMPARE(wizard.startId(), int(AirlockWizard::HostPageId));
    QCOMPARE(wizard.pageIds(),
             (QList<int> {AirlockWizard::HostPageId, AirlockWizard::MediaPageId,
                          AirlockWizard::ResourcesPageId, AirlockWizard::DevicesPageId,
                          AirlockWizard::SummaryPageId, AirlockWizard::LaunchPageId}));
    for (const int id : wizard.pageIds()) {
        QVERIFY(!wizard.page(id)->title().isEmpty());
        QVERIFY(wizard.page(id)->subTitle().size() > 60);
    }
    QVERIFY(wizard.page(AirlockWizard::SummaryPageId)->isCommitPage());
    QCOMPARE(wizard.page(AirlockWizard::SummaryPageId)->buttonText(QWizard::CommitButton),
             QStringLiteral("Create and start"));
    QVERIFY(wizard.findChild<StepList *>(QStringLiteral("stepList")));
}

void TestAirlockWizard::walksEveryPageForwardAndBack()
{
    AirlockWizard wizard(QStringLiteral("test:///default"), specWithIso());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *steps = wizard.findChild<StepList *>(QStringLiteral("stepList"));
    QCOMPARE(wizard.currentId(), int(AirlockWizard::HostPageId));
    const QString accepted = Test::acceptHostRisks(wizard);
    QVERIFY2(accepted.isEmpty(), qPrintable(accepted));
    const QList<int> forward {AirlockWizard::MediaPageId, AirlockWizard::ResourcesPageId,
                              AirlockWizard::DevicesPageId, AirlockWizard::SummaryPageId};
    for (const int id : forward) {
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled()
                    || wizard.button(QWizard::CommitButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), id);
        QCOMPARE(steps->currentStep(), id);
    }
    for (int id = AirlockWizard::DevicesPageId; id >= AirlockWizard::HostPageId; --id) {
        wizard.back();
        QCOMPARE(wizard.currentId(), id);
        QCOMPARE(steps->currentStep(), id);
    }
}

void TestAirlockWizard::readsTheHostOnceFromHostToSummary()
{
    AirlockWizard wizard(QStringLiteral("test:///default"), specWithIso());
    // Before show(): the Host page starts the reading once it has painted.
    HostReading *host = wizard.session()->host();
    QSignalSpy started(host, &HostReading::started);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString walked = Test::walkTo(wizard, AirlockWizard::SummaryPageId);
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    auto *summary = qobject_cast<SummaryPage *>(wizard.currentPage());
    QVERIFY(summary);
    QTRY_VERIFY(!summary->isCheckingHost());
    QVERIFY(!summary->isTargetAssumed());
    QVERIFY(!summary->domainXml().isEmpty());
    // Host checks, capacity, devices and the domain target: one reading.
    QCOMPARE(host->state(), HostReading::State::Read);
    QCOMPARE(host->readCount(), 1);
    QCOMPARE(host->poolReadCount(), 0);
    QCOMPARE(started.size(), 1);
    QCOMPARE(wizard.session()->hostChecks()->results().size(), HostChecks::ids().size());
    // Going back and forth asks nothing again.
    wizard.back();
    wizard.back();
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AirlockWizard::SummaryPageId));
    QVERIFY(!summary->isCheckingHost());
    QCOMPARE(host->readCount(), 1);
}

void TestAirlockWizard::fitsA1024x768Screen()
{
    AirlockWizard wizard(QStringLiteral("test:///default"), VmSpec());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.width() <= 1024);
    QVERIFY(wizard.height() <= 740);
    QVERIFY(wizard.minimumSizeHint().width() <= 1024);
    QVERIFY(wizard.minimumSizeHint().height() <= 740);
}

void TestAirlockWizard::showsGermanTitlesUnderAGermanLocale()
{
    QVERIFY2(installTranslations(QLocale(QLocale::German, QLocale::Germany)),
             "translations/airlock_de.qm was not found next to the build");
    {
        AirlockWizard wizard(QStringLiteral("test:///default"), VmSpec());
        QCOMPARE(wizard.page(AirlockWizard::HostPageId)->title(),
                 QStringLiteral("Diesen Computer prüfen"));
        QCOMPARE(wizard.page(AirlockWizard::SummaryPageId)->buttonText(QWizard::CommitButton),
                 QStringLiteral("Erstellen und starten"));
    }
    for (QTranslator *translator : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
}

QTEST_MAIN(TestAirlockWizard)
#include "tst_airlockwizard.moc"
