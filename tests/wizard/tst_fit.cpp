// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockdomains.h"
#include "airlockwizard.h"
#include "consolewindow.h"
#include "deletedialog.h"
#include "fitcheck.h"
#include "homewindow.h"
#include "host/hostinspector.h"
#include "hostchecklist.h"
#include "hostcheckrow.h"
#include "hostpage.h"
#include "hypervisor/hypervisor.h"
#include "i18n/translations.h"
#include "launchpage.h"
#include "proofview.h"
#include "summarypage.h"
#include "testsupport.h"
#include "vmpanel.h"
#include "vmrow.h"
#include "vmwindow.h"
#include "wizardsession.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Airlock;

// Every page of the wizard, the Launch page's tabs and Airlock's windows, in
// each language at 1024×768, with the platform's font and with a 12 pt one:
// no text is cut off, none runs out of its box, none overlaps another.
// Screenshots of each go to the test artifacts.
class TestFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void wizardPagesFit_data();
    void wizardPagesFit();
    void windowsFit_data();
    void windowsFit();
};

namespace {

using Test::launchSpec;

void addRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pointSize");
    for (const char *language : {"en", "de", "fr"}) {
        QTest::newRow(language) << QString::fromLatin1(language) << 0;
        QTest::addRow("%s-12pt", language) << QString::fromLatin1(language) << 12;
    }
}

// Sets the language and the font of a row; undone by cleanup().
bool prepare(const QString &language, int pointSize)
{
    Test::setApplicationFontSize(pointSize);
    return language == QLatin1String("en") || installTranslations(QLocale(language));
}

// Checks windows state by state and keeps every problem, so one run names
// all that is cut off, not only the first.
class Inspection
{
public:
    Inspection(QString language, int pointSize)
        : m_suffix(language + (pointSize > 0 ? QStringLiteral("-%1pt").arg(pointSize) : QString()))
    { }

    void check(QWidget *window, const QString &state)
    {
        window->resize(1024, 768);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QString name = QStringLiteral("%1-%2").arg(state, m_suffix);
        if (window->width() > 1024 || window->height() > 768)
            m_problems.append(QStringLiteral("%1: the window is %2×%3, more than 1024×768")
                                      .arg(name)
                                      .arg(window->width())
                                      .arg(window->height()));
        if (!window->grab().save(Test::artifactDirectory()
                                 + QStringLiteral("/fit-%1.png").arg(name)))
            m_problems.append(QStringLiteral("%1: the screenshot was not saved").arg(name));
        for (const QString &problem : Test::cutOffTexts(window))
            m_problems.append(QStringLiteral("%1: %2").arg(name, problem));
    }

    void fail(const QString &problem) { m_problems.append(problem); }
    // All the problems, each on its own line of the log, and how many.
    QString problems() const
    {
        for (const QString &problem : m_problems)
            qInfo("%s", qPrintable(problem));
        return QStringLiteral("%1 texts do not fit, listed above").arg(m_problems.size());
    }
    bool passed() const { return m_problems.isEmpty(); }

private:
    QString m_suffix;
    QStringList m_problems;
};

} // namespace

void TestFit::initTestCase()
{
    Hypervisor::initializeLibvirt();
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestFit::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isWindow() && widget->isVisible())
            widget->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (QTranslator *translator : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
    Test::setApplicationFontSize(0);
}

void TestFit::wizardPagesFit_data()
{
    addRows();
}

void TestFit::wizardPagesFit()
{
    QFETCH(QString, language);
    QFETCH(int, pointSize);
    QVERIFY2(prepare(language, pointSize), "the translations were not found");
    Inspection inspection(language, pointSize);

    AirlockWizard wizard(Test::launchNodeUri(), launchSpec());
    wizard.resize(1024, 768);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Host: as first shown, with every row's details open, and accepted.
    auto *host = qobject_cast<HostPage *>(wizard.page(AirlockWizard::HostPageId));
    inspection.check(&wizard, QStringLiteral("host-checking"));
    QTRY_VERIFY_WITH_TIMEOUT(host->inspector()->finishedCount() == HostChecks::ids().size()
                                     && !host->inspector()->isRunning(),
                             15000);
    inspection.check(&wizard, QStringLiteral("host"));
    auto *list = host->findChild<HostCheckList *>(QStringLiteral("hostCheckList"));
    for (const QString &id : HostChecks::ids()) {
        if (HostCheckRow *row = list->row(id))
            row->setExpanded(true);
    }
    if (auto *advanced = host->findChild<QToolButton *>(QStringLiteral("advancedToggle")))
        advanced->setChecked(true);
    inspection.check(&wizard, QStringLiteral("host-details"));
    QCOMPARE(Test::acceptHostRisks(wizard), QString());
    inspection.check(&wizard, QStringLiteral("host-accepted"));

    QCOMPARE(Test::walkTo(wizard, AirlockWizard::MediaPageId), QString());
    inspection.check(&wizard, QStringLiteral("media"));

    QCOMPARE(Test::walkTo(wizard, AirlockWizard::ResourcesPageId), QString());
    inspection.check(&wizard, QStringLiteral("resources"));
    if (auto *advanced
        = wizard.currentPage()->findChild<QToolButton *>(QStringLiteral("advancedToggle"))) {
        advanced->setChecked(true);
        inspection.check(&wizard, QStringLiteral("resources-advanced"));
        advanced->setChecked(false);
    }

    QCOMPARE(Test::walkTo(wizard, AirlockWizard::DevicesPageId), QString());
    inspection.check(&wizard, QStringLiteral("devices"));
    auto *devices = wizard.currentPage();
    if (auto *none = devices->findChild<QAbstractButton *>(QStringLiteral("network-none"))) {
        none->click();
        inspection.check(&wizard, QStringLiteral("devices-no-network"));
    }
    if (auto *bridged = devices->findChild<QAbstractButton *>(QStringLiteral("network-bridge"))) {
        bridged->click();
        inspection.check(&wizard, QStringLiteral("devices-bridged"));
    }
    if (auto *nat = devices->findChild<QAbstractButton *>(QStringLiteral("network-nat")))
        nat->click();

    QCOMPARE(Test::walkTo(wizard, AirlockWizard::SummaryPageId), QString());
    auto *summary = qobject_cast<SummaryPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!summary->isCheckingHost(), 15000);
    inspection.check(&wizard, QStringLiteral("summary"));
    // The whole summary fits one screen with the platform's font.
    if (pointSize == 0) {
        for (QScrollArea *area : summary->findChildren<QScrollArea *>()) {
            if (area->isVisibleTo(summary) && area->verticalScrollBar()->isVisible())
                inspection.fail(QStringLiteral("summary-%1: the summary needs scrolling (%2 of %3)")
                                        .arg(language)
                                        .arg(area->widget()->height())
                                        .arg(area->viewport()->height()));
        }
    }
    summary->setConfigurationShown(true);
    inspection.check(&wizard, QStringLiteral("summary-xml"));
    summary->setConfigurationShown(false);

    // Launch: created, its steps, each tab of the proof.
    wizard.next();
    auto *launch = qobject_cast<LaunchPage *>(wizard.currentPage());
    QVERIFY(launch);
    QTRY_VERIFY_WITH_TIMEOUT(launch->phase() == LaunchPage::Phase::Created
                                     || launch->phase() == LaunchPage::Phase::Failed,
                             60000);
    QCOMPARE(launch->phase(), LaunchPage::Phase::Created);
    QTRY_VERIFY_WITH_TIMEOUT(launch->proofReadCount() > 0, 15000);
    inspection.check(&wizard, QStringLiteral("launch"));
    if (auto *steps = launch->findChild<QAbstractButton *>(QStringLiteral("stepsToggle"))) {
        steps->click();
        inspection.check(&wizard, QStringLiteral("launch-steps"));
        steps->click();
    }
    if (auto *details
        = launch->findChild<QAbstractButton *>(QStringLiteral("proofDetailsToggle"))) {
        details->click();
        inspection.check(&wizard, QStringLiteral("launch-details"));
        details->click();
    }
    auto *tabs = launch->findChild<QTabWidget *>(QStringLiteral("proofTabs"));
    QVERIFY(tabs);
    for (int index = 1; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        inspection.check(&wizard, QStringLiteral("launch-tab%1").arg(index + 1));
    }
    tabs->setCurrentIndex(0);

    // The created VM's own windows, on the wizard's connection.
    Hypervisor *hypervisor = wizard.session()->hypervisor();
    VmWindow *vmWindow = VmWindow::showFor(hypervisor, launchSpec().name);
    QTRY_VERIFY_WITH_TIMEOUT(vmWindow->panel()->proof().has_value(), 15000);
    inspection.check(vmWindow, QStringLiteral("vmwindow"));
    vmWindow->panel()->requestForceOff();
    inspection.check(vmWindow, QStringLiteral("vmwindow-forceoff"));
    vmWindow->panel()->cancelForceOff();

    ConsoleWindow console(hypervisor, launchSpec().name, ConsoleChannels {true, true});
    console.show();
    console.session()->open();
    QTRY_VERIFY_WITH_TIMEOUT(console.session()->state() != SpiceSession::State::Connecting, 10000);
    inspection.check(&console, QStringLiteral("console"));

    DeleteDialog remove(hypervisor, launchSpec().name);
    remove.show();
    QTRY_VERIFY_WITH_TIMEOUT(remove.stage() == DeleteDialog::Stage::Confirm, 10000);
    inspection.check(&remove, QStringLiteral("delete"));

    QVERIFY2(inspection.passed(), qPrintable(inspection.problems()));
}

void TestFit::windowsFit_data()
{
    addRows();
}

// The home window listing VMs, and again when the connection fails.
void TestFit::windowsFit()
{
    QFETCH(QString, language);
    QFETCH(int, pointSize);
    QVERIFY2(prepare(language, pointSize), "the translations were not found");
    Inspection inspection(language, pointSize);
    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(connection);
    const QString installing = QStringLiteral("airlock-fit-installing");
    const QString off = QStringLiteral("airlock-fit-off");
    QCOMPARE(Test::defineAirlockVm(*connection, installing, true), QString());
    QCOMPARE(Test::defineAirlockVm(*connection, off, false), QString());
    const auto remove = qScopeGuard([&] {
        Test::removeVm(*connection, installing);
        Test::removeVm(*connection, off);
    });

    HomeWindow home(QStringLiteral("test:///default"));
    QSignalSpy read(&home, &HomeWindow::listRead);
    home.start();
    QVERIFY(read.wait(10000));
    home.show();
    QTRY_VERIFY(home.row(installing)->verdictStatus() != Status::Unknown);
    inspection.check(&home, QStringLiteral("home"));

    VmWindow *foreign = home.openVm(QStringLiteral("test"));
    QTRY_VERIFY_WITH_TIMEOUT(foreign->panel()->proof().has_value(), 10000);
    inspection.check(foreign, QStringLiteral("vmwindow-foreign"));

    home.connectTo(QStringLiteral("test:///airlock/no/such/node.xml"));
    QTRY_COMPARE(home.view(), HomeWindow::View::Failed);
    if (auto *advanced = home.findChild<QToolButton *>(QStringLiteral("advancedToggle")))
        advanced->click();
    inspection.check(&home, QStringLiteral("home-failed"));

    QVERIFY2(inspection.passed(), qPrintable(inspection.problems()));
}

QTEST_MAIN(TestFit)
#include "tst_fit.moc"
