// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/spicesession.h"
#include "consoleview.h"
#include "consolewindow.h"
#include "hypervisor/hypervisor.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Airlock;

// The console window's states on libvirt's test driver, which runs domains
// but hands out no display socket: what the user reads and can do in each.
class TestConsoleWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldHaveDefaultValue();
    void aRunningVmWithoutADisplaySaysWhatFailed();
    void anOffVmOffersToStartAndOpensWhenItRuns();
    void aMissingVmSaysSo();
    void oneWindowPerVm();
    void typingNeedsAConnectedScreen();
    void textAUsKeyboardCannotTypeIsRefusedWhole();
    void theSideAreaTakesOnePanel();
    void fitsA1024By768ScreenAtTwelvePoints();

private:
    QPushButton *button(ConsoleWindow &window, const QString &name)
    {
        return window.findChild<QPushButton *>(name);
    }
    Hypervisor m_hypervisor;
};

void TestConsoleWindow::initTestCase()
{
    Hypervisor::initializeLibvirt();
    QSignalSpy opened(&m_hypervisor, &Hypervisor::opened);
    m_hypervisor.open(QStringLiteral("test:///default"));
    QVERIFY(opened.wait(10000));
}

void TestConsoleWindow::shouldHaveDefaultValue()
{
    ConsoleWindow window(&m_hypervisor, QStringLiteral("test"), {});
    QCOMPARE(window.windowTitle(), QStringLiteral("test — Airlock console"));
    QCOMPARE(window.session()->state(), SpiceSession::State::Idle);
    QCOMPARE(window.stateText(), QStringLiteral("The console is closed."));
    QVERIFY(window.sidePanel() == nullptr);
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("consoleSideArea"))->isHidden());
    QVERIFY(window.view()->frame().isNull());
    // No sound or clipboard chosen: nothing to explain.
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("channelNotes"))->isHidden());
    const QStringList keys = window.sendableKeys();
    QCOMPARE(keys.size(), 15);
    QVERIFY(keys.contains(QStringLiteral("Ctrl+Alt+Del")));
    QVERIFY(keys.contains(QStringLiteral("Ctrl+Alt+Backspace")));
    QVERIFY(keys.contains(QStringLiteral("Ctrl+Alt+F1")));
    QVERIFY(keys.contains(QStringLiteral("Ctrl+Alt+F12")));
    QVERIFY(keys.contains(QStringLiteral("Print Screen")));
    for (const QString &name : {QStringLiteral("sendKeyButton"), QStringLiteral("fullScreenButton"),
                                QStringLiteral("startVmButton"), QStringLiteral("reopenButton")})
        QVERIFY2(button(window, name), qPrintable(name));
}

void TestConsoleWindow::aRunningVmWithoutADisplaySaysWhatFailed()
{
    ConsoleWindow window(&m_hypervisor, QStringLiteral("test"), {});
    window.show();
    QSignalSpy states(window.session(), &SpiceSession::stateChanged);
    window.session()->open();
    QCOMPARE(window.session()->state(), SpiceSession::State::Connecting);
    QCOMPARE(window.stateText(), QStringLiteral("Connecting to the VM's screen…"));
    QTRY_COMPARE(window.session()->state(), SpiceSession::State::Failed);
    // libvirt's own reason, and what to do.
    QVERIFY2(window.stateText().contains(QStringLiteral("could not hand over the VM's screen"))
                     && window.stateText().contains(QStringLiteral("not supported")),
             qPrintable(window.stateText()));
    QVERIFY(window.stateText().contains(QStringLiteral("Open the console again")));
    QVERIFY(button(window, QStringLiteral("reopenButton"))->isVisible());
    QVERIFY(!button(window, QStringLiteral("startVmButton"))->isVisible());
    // Open again tries again.
    states.clear();
    button(window, QStringLiteral("reopenButton"))->click();
    QTRY_COMPARE(window.session()->state(), SpiceSession::State::Failed);
    QCOMPARE(states.size(), 2);
}

void TestConsoleWindow::anOffVmOffersToStartAndOpensWhenItRuns()
{
    const Connection connection = m_hypervisor.connection();
    const auto domain = connection.domain(QStringLiteral("test"));
    QVERIFY(domain);
    QCOMPARE(virDomainDestroy(domain->get()), 0);

    ConsoleWindow window(&m_hypervisor, QStringLiteral("test"), {});
    window.show();
    window.session()->open();
    QTRY_COMPARE(window.session()->state(), SpiceSession::State::VmOff);
    QCOMPARE(window.stateText(),
             QStringLiteral("The VM is off. Start it: its screen appears here when it runs."));
    QPushButton *start = button(window, QStringLiteral("startVmButton"));
    QVERIFY(start->isVisible());
    QVERIFY(!button(window, QStringLiteral("reopenButton"))->isVisible());

    // Start: libvirt's Started event makes the console open again by itself
    // (and the test driver's missing display then fails it).
    QSignalSpy states(window.session(), &SpiceSession::stateChanged);
    start->click();
    QTRY_COMPARE(window.session()->state(), SpiceSession::State::Failed);
    QCOMPARE(states.constFirst().constFirst().value<SpiceSession::State>(),
             SpiceSession::State::Connecting);
    int state = 0;
    virDomainGetState(domain->get(), &state, nullptr, 0);
    QCOMPARE(state, int(VIR_DOMAIN_RUNNING));
}

void TestConsoleWindow::aMissingVmSaysSo()
{
    ConsoleWindow window(&m_hypervisor, QStringLiteral("airlock-no-such-vm"), {});
    window.session()->open();
    QTRY_COMPARE(window.session()->state(), SpiceSession::State::Failed);
    QVERIFY2(window.stateText().contains(QStringLiteral("no longer exists")),
             qPrintable(window.stateText()));
}

void TestConsoleWindow::typingNeedsAConnectedScreen()
{
    // The test driver hands out no display: nothing can be typed, and the
    // window says so instead of pretending.
    ConsoleWindow window(&m_hypervisor, QStringLiteral("test"), {});
    QCOMPARE(window.typingText(), QString());
    window.typeText(QStringLiteral("echo hello\n"));
    QVERIFY(!window.isTyping());
    QVERIFY2(window.typingText().contains(QStringLiteral("Nothing was typed")),
             qPrintable(window.typingText()));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("stopTypingButton"))->isHidden());
}

void TestConsoleWindow::textAUsKeyboardCannotTypeIsRefusedWhole()
{
    ConsoleWindow window(&m_hypervisor, QStringLiteral("test"), {});
    window.typeText(QStringLiteral("cat > caf\u00e9.nix"));
    QVERIFY(!window.isTyping());
    QVERIFY2(window.typingText().contains(QStringLiteral("\u00e9")),
             qPrintable(window.typingText()));
    QVERIFY2(window.typingText().contains(QStringLiteral("US keyboard")),
             qPrintable(window.typingText()));
}

void TestConsoleWindow::oneWindowPerVm()
{
    ConsoleWindow *first = ConsoleWindow::showFor(&m_hypervisor, QStringLiteral("test"), {});
    QVERIFY(first->isVisible());
    QCOMPARE(ConsoleWindow::showFor(&m_hypervisor, QStringLiteral("test"), {}), first);
    QCOMPARE(ConsoleWindow::find(&m_hypervisor, QStringLiteral("test")), first);
    QVERIFY(ConsoleWindow::find(&m_hypervisor, QStringLiteral("other")) == nullptr);
    QPointer<ConsoleWindow> closed = first;
    first->close(); // deletes itself
    QTRY_VERIFY(closed.isNull());
    QVERIFY(ConsoleWindow::find(&m_hypervisor, QStringLiteral("test")) == nullptr);
}

void TestConsoleWindow::theSideAreaTakesOnePanel()
{
    ConsoleWindow window(&m_hypervisor, QStringLiteral("test"), {true, true});
    window.show();
    // Sound and clipboard were chosen; the window says it carries neither.
    auto *notes = window.findChild<QWidget *>(QStringLiteral("channelNotes"));
    QVERIFY(notes->isVisible());
    auto *guide = new QLabel(QStringLiteral("The NixOS installer is running"));
    window.setSidePanel(guide);
    QCOMPARE(window.sidePanel(), guide);
    QVERIFY(guide->isVisible());
    QPointer<QLabel> replaced = guide;
    window.setSidePanel(new QLabel(QStringLiteral("Take your snapshot now")));
    QVERIFY(replaced.isNull());
    window.setSidePanel(nullptr);
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("consoleSideArea"))->isHidden());
}

void TestConsoleWindow::fitsA1024By768ScreenAtTwelvePoints()
{
    ConsoleWindow window(&m_hypervisor, QStringLiteral("test"), {true, true});
    QFont font = window.font();
    font.setPointSize(12);
    window.setFont(font);
    window.setSidePanel(new QLabel(QStringLiteral("The NixOS installer is running.\nEncrypt the "
                                                  "disk (LUKS), create your admin user, reboot.")));
    window.session()->open();
    QTRY_COMPARE(window.session()->state(), SpiceSession::State::Failed);
    QImage firmware(720, 400, QImage::Format_RGB32);
    firmware.fill(QColor(0, 0, 170));
    window.view()->showFrame(firmware, firmware.rect());
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.minimumSizeHint().width() <= 1024 && window.minimumSizeHint().height() <= 768,
             qPrintable(QStringLiteral("%1×%2")
                                .arg(window.minimumSizeHint().width())
                                .arg(window.minimumSizeHint().height())));
    // Every button shows its whole text.
    for (QPushButton *pushButton : window.findChildren<QPushButton *>()) {
        if (pushButton->isVisible())
            QVERIFY2(pushButton->width() >= pushButton->sizeHint().width(),
                     qPrintable(pushButton->text()));
    }
    QVERIFY(window.view()->width() >= 320);
    window.grab().save(QStringLiteral("/tmp/airlock-consolewindow-1024x768.png"));
}

QTEST_MAIN(TestConsoleWindow)
#include "tst_consolewindow.moc"
