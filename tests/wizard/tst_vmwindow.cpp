// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockdomains.h"
#include "hypervisor/hypervisor.h"
#include "noticelabel.h"
#include "proofview.h"
#include "snapshotpanel.h"
#include "vmpanel.h"
#include "vmwindow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::DomainState)

// A VM's own window on libvirt's test driver: an Airlock VM running its
// installer, and the driver's own "test" domain, which Airlock did not make.
class TestVmWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldHaveDefaultValue();
    void readsTheProofLiveAndAgainOnVerify();
    void shutsDownAndStarts();
    void forceOffAsksFirstAndSaysWhatIsLost();
    void ejectsTheInstaller();
    void savesTheLiveXmlReadWhenSaving();
    void deleteShowsOnlyWithAHandler();
    void aVmAirlockDidNotMakeIsOnlyLookedAt();
    void opensOneWindowPerVm();
    void tabReachesEveryActionInVisualOrder();

private:
    VmWindow *openWindow(const QString &name);
    Hypervisor *m_hypervisor = nullptr;
    Connection m_connection;
};

namespace {

const QString vm = QStringLiteral("airlock-window-vm");

QPushButton *button(QWidget *window, const char *name)
{
    return window->findChild<QPushButton *>(QLatin1String(name));
}

} // namespace

void TestVmWindow::initTestCase()
{
    Hypervisor::initializeLibvirt();
    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(connection);
    m_connection = *connection;
    m_hypervisor = new Hypervisor(this);
    QSignalSpy opened(m_hypervisor, &Hypervisor::opened);
    m_hypervisor->open(QStringLiteral("test:///default"));
    QVERIFY(opened.wait(10000));
}

void TestVmWindow::init()
{
    QCOMPARE(Test::defineAirlockVm(m_connection, vm, true), QString());
    // The events of the last test's VM and of this one's definition come
    // in first: a window opened now sees only its own.
    QTest::qWait(200);
}

void TestVmWindow::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<VmWindow *>(widget))
            widget->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    Test::removeVm(m_connection, vm);
}

VmWindow *TestVmWindow::openWindow(const QString &name)
{
    VmWindow *window = VmWindow::showFor(m_hypervisor, name);
    window->resize(1024, 768);
    if (!QTest::qWaitFor([window] { return window->panel()->proof().has_value(); }, 10000))
        qWarning("the VM window did not read its proof");
    return window;
}

void TestVmWindow::shouldHaveDefaultValue()
{
    VmPanel panel(m_hypervisor, VmPanel::Controls::Window);
    QVERIFY(panel.vmName().isEmpty());
    QVERIFY(!panel.proof());
    QCOMPARE(panel.proofReadCount(), 0);
    QCOMPARE(panel.vmState(), DomainState::Unknown);
    QVERIFY(!panel.isShuttingDown());
    QVERIFY(button(&panel, "verifyButton")->isVisibleTo(&panel));
    QVERIFY(!button(&panel, "shutdownButton")->isVisibleTo(&panel));
    VmPanel launch(m_hypervisor, VmPanel::Controls::Launch);
    QVERIFY(!button(&launch, "verifyButton")->isVisibleTo(&launch));

    VmWindow window(m_hypervisor, vm);
    QCOMPARE(window.domainName(), vm);
    QVERIFY(!button(&window, "deleteButton")->isVisibleTo(&window));
}

void TestVmWindow::readsTheProofLiveAndAgainOnVerify()
{
    VmWindow *window = openWindow(vm);
    VmPanel *panel = window->panel();
    QVERIFY(panel->proof());
    QVERIFY(panel->isMadeByAirlock());
    QCOMPARE(panel->vmState(), DomainState::Running);
    QVERIFY(panel->isInstallerRunning());
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("vmState"))->text(),
             QStringLiteral("State: Running the NixOS installer (from the ISO)"));
    QVERIFY(panel->proofReadAt().secsTo(QDateTime::currentDateTime()) < 30);
    auto *readAt = window->findChild<QLabel *>(QStringLiteral("proofReadAt"));
    QVERIFY(readAt->isVisibleTo(window));
    QVERIFY(readAt->text().contains(
            QLocale().toString(panel->proofReadAt().time(), QLocale::LongFormat)));
    QVERIFY(!panel->snippet().isEmpty());
    QVERIFY(button(window, "ejectButton")->isVisibleTo(window));

    const int reads = panel->proofReadCount();
    QSignalSpy read(panel, &VmPanel::proofRead);
    QTest::mouseClick(button(window, "verifyButton"), Qt::LeftButton);
    // A fast driver may answer within the click: count, do not wait for it.
    QTRY_COMPARE(read.size(), 1);
    QCOMPARE(panel->proofReadCount(), reads + 1);
    QVERIFY(!panel->proof()->audit.isEmpty());
}

void TestVmWindow::shutsDownAndStarts()
{
    VmWindow *window = openWindow(vm);
    VmPanel *panel = window->panel();
    QSignalSpy state(panel, &VmPanel::vmStateChanged);
    QTest::mouseClick(button(window, "shutdownButton"), Qt::LeftButton);
    // The test driver's guest obeys the power button at once; the transient
    // install-time run goes, the persistent definition stays, shut off.
    QTRY_COMPARE(panel->vmState(), DomainState::ShutOff);
    QTRY_COMPARE(panel->actionNotice()->text(), QStringLiteral("The VM shut down."));
    QVERIFY(!panel->isShuttingDown());
    QVERIFY(!button(window, "shutdownButton")->isVisibleTo(window));
    QVERIFY(button(window, "startButton")->isVisibleTo(window));

    QSignalSpy read(panel, &VmPanel::proofRead);
    QTest::mouseClick(button(window, "startButton"), Qt::LeftButton);
    QTRY_COMPARE(panel->vmState(), DomainState::Running);
    QTRY_VERIFY(!read.isEmpty());
    // The persistent definition's CD-ROM is empty: NixOS runs from its disk.
    QTRY_COMPARE(window->findChild<QLabel *>(QStringLiteral("vmState"))->text(),
                 QStringLiteral("State: Running NixOS from its disk"));
    QVERIFY(!button(window, "ejectButton")->isVisibleTo(window));
}

void TestVmWindow::forceOffAsksFirstAndSaysWhatIsLost()
{
    VmWindow *window = openWindow(vm);
    VmPanel *panel = window->panel();
    auto *confirmation = window->findChild<QWidget *>(QStringLiteral("forceOffConfirmation"));
    QVERIFY(!confirmation->isVisibleTo(window));
    QTest::mouseClick(button(window, "forceOffButton"), Qt::LeftButton);
    QVERIFY(confirmation->isVisibleTo(window));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("forceOffText"))
                    ->text()
                    .contains(QStringLiteral("lost")));
    QTest::mouseClick(button(window, "forceOffCancel"), Qt::LeftButton);
    QVERIFY(!confirmation->isVisibleTo(window));
    QCOMPARE(panel->vmState(), DomainState::Running);

    panel->requestForceOff();
    QTest::mouseClick(button(window, "forceOffConfirm"), Qt::LeftButton);
    QTRY_COMPARE(panel->vmState(), DomainState::ShutOff);
    QTRY_COMPARE(panel->actionNotice()->text(), QStringLiteral("The VM was forced off."));
}

void TestVmWindow::ejectsTheInstaller()
{
    VmWindow *window = openWindow(vm);
    VmPanel *panel = window->panel();
    QVERIFY(panel->isInstallerRunning());
    QTest::mouseClick(button(window, "ejectButton"), Qt::LeftButton);
    NoticeLabel *notice = panel->actionNotice();
    QTRY_VERIFY(!notice->text().isEmpty());
    if (notice->status() == Status::Fail) {
        // This libvirt's test driver cannot change a device: the reason is
        // libvirt's, and the real-daemon test ejects for real.
        QVERIFY(notice->text().startsWith(QStringLiteral("The installer could not be ejected")));
        return;
    }
    QTRY_VERIFY(!panel->isInstallerRunning());
    QVERIFY(!button(window, "ejectButton")->isVisibleTo(window));
}

void TestVmWindow::savesTheLiveXmlReadWhenSaving()
{
    VmWindow *window = openWindow(vm);
    QTemporaryDir directory;
    const QString file = directory.filePath(QStringLiteral("live.xml"));
    QSignalSpy saved(window->panel(), &VmPanel::liveXmlSaved);
    window->panel()->saveLiveXmlNow(file);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toBool(), true);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray xml = written.readAll();
    QVERIFY(xml.contains("<name>airlock-window-vm</name>"));
    QVERIFY(xml.contains("nixos-graphical-26.05")); // the live run's CD-ROM
    QVERIFY(window->panel()->actionNotice()->text().startsWith(
            QStringLiteral("Saved the live XML")));

    window->panel()->saveLiveXmlNow(directory.filePath(QStringLiteral("missing/live.xml")));
    QTRY_COMPARE(saved.size(), 2);
    QCOMPARE(saved.last().first().toBool(), false);
    QCOMPARE(window->panel()->actionNotice()->status(), Status::Fail);
}

void TestVmWindow::deleteShowsOnlyWithAHandler()
{
    VmWindow *window = openWindow(vm);
    QPushButton *remove = button(window, "deleteButton");
    QVERIFY(!remove->isVisibleTo(window));
    QStringList asked;
    connect(window, &VmWindow::deleteRequested, this,
            [&asked](const QString &name) { asked.append(name); });
    QVERIFY(remove->isVisibleTo(window));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(asked, QStringList {vm});
    // Deleting is the handler's: the VM is still there.
    QCOMPARE(DomainControl::state(m_connection, vm), DomainState::Running);
}

void TestVmWindow::aVmAirlockDidNotMakeIsOnlyLookedAt()
{
    VmWindow *window = openWindow(QStringLiteral("test"));
    connect(window, &VmWindow::deleteRequested, this, [] {});
    VmPanel *panel = window->panel();
    QVERIFY(panel->proof());
    QVERIFY(!panel->isMadeByAirlock());
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("proofTabs"));
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(panel->snapshots())));
    for (const char *hidden : {"deleteButton", "shutdownButton", "forceOffButton", "startButton",
                               "ejectButton", "snapshotButton"})
        QVERIFY2(!button(window, hidden)->isVisibleTo(window), hidden);
    QVERIFY(button(window, "verifyButton")->isVisibleTo(window));
    panel->shutdown();
    panel->requestForceOff();
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("forceOffConfirmation"))
                     ->isVisibleTo(window));
    QCOMPARE(DomainControl::state(m_connection, QStringLiteral("test")), DomainState::Running);
}

void TestVmWindow::opensOneWindowPerVm()
{
    VmWindow *first = VmWindow::showFor(m_hypervisor, vm);
    QCOMPARE(VmWindow::showFor(m_hypervisor, vm), first);
    VmWindow *other = VmWindow::showFor(m_hypervisor, QStringLiteral("test"));
    QVERIFY(other != first);
    QCOMPARE(VmWindow::find(m_hypervisor, vm), first);
}

void TestVmWindow::tabReachesEveryActionInVisualOrder()
{
    VmWindow *window = openWindow(vm);
    connect(window, &VmWindow::deleteRequested, this, [] {});
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QList<QPushButton *> actions;
    for (QPushButton *each : window->findChildren<QPushButton *>()) {
        const bool own = each->parentWidget() == window || each->parentWidget() == window->panel();
        if (own && each->isVisible() && each->isEnabled())
            actions.append(each);
    }
    QVERIFY(actions.size() >= 9);
    button(window, "shutdownButton")->setFocus();
    QList<QPushButton *> reached;
    for (int step = 0; step < 80 && reached.size() < actions.size(); ++step) {
        auto *focused = qobject_cast<QPushButton *>(QApplication::focusWidget());
        if (focused && actions.contains(focused) && !reached.contains(focused))
            reached.append(focused);
        QVERIFY(QApplication::focusWidget()->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(reached.size(), actions.size());
    for (int index = 1; index < reached.size(); ++index) {
        const QPoint before = reached.at(index - 1)->mapTo(window, QPoint());
        const QPoint after = reached.at(index)->mapTo(window, QPoint());
        QVERIFY2(after.y() > before.y() + 4
                         || (qAbs(after.y() - before.y()) <= 4 && after.x() > before.x()),
                 qPrintable(reached.at(index)->objectName()));
    }
    // Space presses the focused action: Verify now reads again.
    QSignalSpy read(window->panel(), &VmPanel::proofRead);
    QPushButton *verify = button(window, "verifyButton");
    verify->setFocus();
    QTest::keyClick(verify, Qt::Key_Space);
    QTRY_COMPARE(read.size(), 1);
}

QTEST_MAIN(TestVmWindow)
#include "tst_vmwindow.moc"
