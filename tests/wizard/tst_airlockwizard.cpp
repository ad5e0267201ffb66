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
#include <QMessageBox>
#include <QPushButton>
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
    void escapeOnTheFirstPageCloses();
    void escapeAsksBeforeTheChoicesAreLost_data();
    void escapeAsksBeforeTheChoicesAreLost();
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

void TestAirlockWizard::escapeOnTheFirstPageCloses()
{
    // Nothing chosen yet: nothing to lose, nothing asked.
    AirlockWizard wizard(QStringLiteral("test:///default"), VmSpec());
    QSignalSpy rejected(&wizard, &QDialog::rejected);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QVERIFY(!wizard.closeQuestion());
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!wizard.isVisible());
}

void TestAirlockWizard::escapeAsksBeforeTheChoicesAreLost_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("Escape") << QStringLiteral("escape");
    QTest::newRow("Cancel") << QStringLiteral("cancel");
    QTest::newRow("window") << QStringLiteral("close");
}

void TestAirlockWizard::escapeAsksBeforeTheChoicesAreLost()
{
    QFETCH(QString, how);
    AirlockWizard wizard(QStringLiteral("test:///default"), specWithIso());
    QSignalSpy rejected(&wizard, &QDialog::rejected);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString walked = Test::walkTo(wizard, AirlockWizard::ResourcesPageId);
    QVERIFY2(walked.isEmpty(), qPrintable(walked));
    const auto leave = [&wizard, &how] {
        if (how == QLatin1String("escape"))
            QTest::keyClick(&wizard, Qt::Key_Escape);
        else if (how == QLatin1String("cancel"))
            wizard.button(QWizard::CancelButton)->click();
        else
            QVERIFY(!wizard.close());
    };

    leave();
    QMessageBox *question = wizard.closeQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QCOMPARE(question->text(), QStringLiteral("Close Airlock and lose your choices?"));
    QVERIFY(wizard.isVisible());
    QVERIFY(rejected.isEmpty());
    // Escape in the question keeps the choices: two stray presses change nothing.
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!wizard.closeQuestion());
    QVERIFY(wizard.isVisible());
    QVERIFY(rejected.isEmpty());
    QCOMPARE(wizard.currentId(), int(AirlockWizard::ResourcesPageId));

    // Back on the first page the choices made after it are still there.
    wizard.back();
    wizard.back();
    QCOMPARE(wizard.currentId(), int(AirlockWizard::HostPageId));
    leave();
    question = wizard.closeQuestion();
    QVERIFY(question);
    auto *close = question->findChild<QPushButton *>(QStringLiteral("closeAnywayButton"));
    QVERIFY(close);
    QCOMPARE(question->escapeButton(),
             question->findChild<QPushButton *>(QStringLiteral("keepChoicesButton")));
    close->click();
    QTRY_COMPARE(rejected.size(), 1);
    QVERIFY(!wizard.isVisible());
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
