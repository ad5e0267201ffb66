// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/spicesession.h"
#include "consoleview.h"
#include "consolewindow.h"
#include "domainxml/domainxml.h"
#include "hypervisor/hypervisor.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Airlock;

namespace {

const QString s_pool = QStringLiteral("airlock-console-pool");
const QString s_name = QStringLiteral("airlock-console-real");

// Whether a picture shows something: more than one colour in it.
bool showsSomething(const QImage &image)
{
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

// Pixels that differ: text-mode screens blink their cursor, a few dozen.
int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return std::max(a.width() * a.height(), b.width() * b.height());
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    }
    return count;
}

// The same screen, a blinking cursor aside.
bool sameScreen(const QImage &a, const QImage &b)
{
    return differingPixels(a, b) <= a.width() * a.height() / 200;
}

// Waits until the picture has not changed for `quiet` ms; returns it.
QImage settledFrame(const SpiceSession &session, int quietMs = 1500, int timeoutMs = 60000)
{
    QElapsedTimer total;
    total.start();
    QImage last = session.frame().copy();
    QElapsedTimer quiet;
    quiet.start();
    while (total.elapsed() < timeoutMs) {
        QTest::qWait(100);
        const QImage now = session.frame().copy();
        if (!sameScreen(now, last) || !showsSomething(now)) {
            last = now;
            quiet.restart();
        } else if (quiet.elapsed() >= quietMs) {
            return now;
        }
    }
    return {};
}

} // namespace

// Airlock's console on the real daemon: SeaBIOS's screen of a TCG guest,
// through virDomainOpenGraphicsFD and spice-client-glib, painted by Qt.
class TestConsoleRealDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheFirmwareScreen();
    void typesKeysTheFirmwareReceives();
    void typesTextTheFirmwareReceives();
    void survivesAGuestReset();
    void reopensAfterTheVmStopsAndStarts();

private:
    void savePicture(const QString &name);

    Connection m_connection;
    Hypervisor m_hypervisor;
    QPointer<ConsoleWindow> m_window;
    QImage m_prompt;
};

void TestConsoleRealDaemon::initTestCase()
{
    const Test::RealDaemon daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(daemon);
    Hypervisor::initializeLibvirt();
    const auto connection = Connection::open(daemon.uri);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = *connection;
    const QString poolError = Test::createTestPool(m_connection, s_pool);
    QVERIFY2(poolError.isEmpty(), qPrintable(poolError));

    // The smallest BIOS guest with an empty disk: SeaBIOS, held at its boot
    // menu prompt long enough to press Esc.
    VmSpec spec = Test::smallEmulatedSpec(s_name);
    spec.storagePool = s_pool;
    spec.network.mode = NetworkMode::None;
    const auto pool = m_connection.storagePool(s_pool);
    QVERIFY(pool);
    StorageVolumeHandle volume(virStorageVolCreateXML(
            pool->get(), DomainXml::diskVolume(spec).toUtf8().constData(), 0));
    QVERIFY2(volume, qPrintable(LibvirtError::last().message));
    const auto target = DomainTarget::query(m_connection, {});
    QVERIFY(target);
    auto xml = DomainXml::domain(spec, *target);
    QVERIFY(xml);
    QVERIFY(xml->contains(QLatin1String("</os>")));
    xml->replace(QLatin1String("</os>"),
                 QLatin1String("<bootmenu enable='yes' timeout='60000'/></os>"));
    DomainHandle domain(virDomainDefineXML(m_connection.get(), xml->toUtf8().constData()));
    QVERIFY2(domain, qPrintable(LibvirtError::last().message));
    QVERIFY2(virDomainCreate(domain.get()) == 0, qPrintable(LibvirtError::last().message));

    QSignalSpy opened(&m_hypervisor, &Hypervisor::opened);
    m_hypervisor.open(daemon.uri);
    QVERIFY(opened.wait(30000));
}

void TestConsoleRealDaemon::cleanupTestCase()
{
    delete m_window;
    if (!m_connection.isValid())
        return;
    if (auto domain = m_connection.domain(s_name)) {
        virDomainDestroy(domain->get());
        virDomainUndefineFlags(domain->get(), VIR_DOMAIN_UNDEFINE_NVRAM);
    }
    Test::removeTestPool(m_connection, s_pool);
    virResetLastError();
}

void TestConsoleRealDaemon::savePicture(const QString &name)
{
    const QString artifacts = QStringLiteral(AIRLOCK_ARTIFACT_DIR);
    QDir().mkpath(artifacts);
    const QPixmap picture = m_window->grab();
    QVERIFY(picture.save(artifacts + QLatin1Char('/') + name));
    QVERIFY(picture.save(QStringLiteral("/tmp/") + name));
}

void TestConsoleRealDaemon::showsTheFirmwareScreen()
{
    m_window = ConsoleWindow::showFor(&m_hypervisor, s_name, {});
    SpiceSession *session = m_window->session();
    QSignalSpy sizes(session, &SpiceSession::guestSizeChanged);
    QTRY_VERIFY2_WITH_TIMEOUT(session->state() == SpiceSession::State::Connected,
                              qPrintable(m_window->stateText()), 30000);
    QCOMPARE(m_window->stateText(), QStringLiteral("Connected to the VM's screen."));
    QTRY_VERIFY(session->acceptsInput()); // the inputs channel follows the main one

    m_prompt = settledFrame(*session);
    session->frame().copy().save(QStringLiteral("/tmp/console-last-frame.png"));
    QVERIFY2(!m_prompt.isNull(), "SeaBIOS's screen never settled");
    QVERIFY(showsSomething(m_prompt));
    // The size the display channel reported is the picture's and the view's.
    QVERIFY(!sizes.isEmpty());
    QCOMPARE(sizes.constLast().constFirst().toSize(), m_prompt.size());
    QCOMPARE(m_window->view()->frame().size(), m_prompt.size());
    QVERIFY(m_prompt.width() >= 640 && m_prompt.height() >= 400);
    // What the view painted is the guest's picture, scaled into place.
    QTRY_VERIFY(m_window->view()->paintedFrames() > 0);
    const QImage painted = m_window->view()->grab().toImage();
    QVERIFY(showsSomething(painted));
    savePicture(QStringLiteral("console-seabios.png"));
}

void TestConsoleRealDaemon::typesKeysTheFirmwareReceives()
{
    QVERIFY(m_window);
    SpiceSession *session = m_window->session();
    ConsoleView *view = m_window->view();
    // Esc through the view, as a user types it: SeaBIOS opens its boot menu.
    m_window->activateWindow();
    view->setFocus(Qt::OtherFocusReason);
    QVERIFY(view->isKeyboardGrabbed());
    QVERIFY(sameScreen(session->frame(), m_prompt)); // nothing changed by itself meanwhile
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(session->pressedKeys().isEmpty());
    const QImage menu = settledFrame(*session, 1000, 30000);
    QVERIFY(!menu.isNull());
    QVERIFY2(!sameScreen(menu, m_prompt), "the screen did not change after Esc");
    savePicture(QStringLiteral("console-seabios-bootmenu.png"));
}

// Text typed by the window (TypingJob, what the hardening command uses):
// "2" in SeaBIOS's boot menu boots its second device, the empty disk.
void TestConsoleRealDaemon::typesTextTheFirmwareReceives()
{
    QVERIFY(m_window);
    SpiceSession *session = m_window->session();
    const QImage menu = session->frame().copy();
    m_window->typeText(QStringLiteral("2"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isTyping(), 5000);
    // (the source text: this test loads no English translation for plurals)
    QVERIFY2(m_window->typingText().startsWith(QStringLiteral("Typed 1 character")),
             qPrintable(m_window->typingText()));
    QVERIFY(session->pressedKeys().isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(!sameScreen(session->frame(), menu),
                              "the boot menu stayed after typing 2", 30000);
    savePicture(QStringLiteral("console-seabios-typed.png"));
}

void TestConsoleRealDaemon::survivesAGuestReset()
{
    QVERIFY(m_window);
    SpiceSession *session = m_window->session();
    const QImage menu = session->frame().copy();
    const int connections = session->connections();
    const int updates = session->frameUpdates();
    QSignalSpy states(session, &SpiceSession::stateChanged);
    const auto domain = m_connection.domain(s_name);
    QVERIFY(domain);
    QCOMPARE(virDomainReset(domain->get(), 0), 0);

    // QEMU stays, the connection too; the firmware starts over on screen.
    QTRY_VERIFY2_WITH_TIMEOUT(!sameScreen(session->frame(), menu),
                              "the boot menu stayed after the reset", 30000);
    QVERIFY(session->frameUpdates() > updates);
    const QImage again = settledFrame(*session);
    QVERIFY(!again.isNull());
    QVERIFY(showsSomething(again));
    savePicture(QStringLiteral("console-seabios-after-reset.png"));
    QCOMPARE(session->state(), SpiceSession::State::Connected);
    QVERIFY(states.isEmpty());
    QCOMPARE(session->connections(), connections);
}

void TestConsoleRealDaemon::reopensAfterTheVmStopsAndStarts()
{
    QVERIFY(m_window);
    SpiceSession *session = m_window->session();
    const int connections = session->connections();
    const auto domain = m_connection.domain(s_name);
    QVERIFY(domain);
    QSignalSpy lost(session, &SpiceSession::disconnected);
    QCOMPARE(virDomainDestroy(domain->get()), 0);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), SpiceSession::State::VmOff, 15000);
    QCOMPARE(m_window->stateText(),
             QStringLiteral("The VM is off. Start it: its screen appears here when it runs."));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("startVmButton"))->isVisible());
    QCOMPARE(lost.size(), 1);
    savePicture(QStringLiteral("console-vm-off.png"));

    // Started again outside the console: it opens with new sockets by itself.
    const int updates = session->frameUpdates();
    QCOMPARE(virDomainCreate(domain->get()), 0);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), SpiceSession::State::Connected, 30000);
    QCOMPARE(session->connections(), connections + 1);
    QTRY_VERIFY_WITH_TIMEOUT(session->frameUpdates() > updates, 20000);
    QVERIFY(showsSomething(settledFrame(*session)));
    savePicture(QStringLiteral("console-seabios-restarted.png"));
}

QTEST_MAIN(TestConsoleRealDaemon)
#include "tst_console_realdaemon.moc"
