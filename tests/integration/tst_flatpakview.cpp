// SPDX-License-Identifier: GPL-3.0-or-later
// Airlock with exactly the Flatpak's view of the system, made with
// bubblewrap: the runtime's /usr (this machine's, with no program on its
// PATH but Airlock's), the host's libvirt sockets at /run/libvirt,
// /sys/fs/selinux and the EFI variables read-only, the parts of /sys a
// Flatpak sees, and the app's own data and cache directories. Nothing else
// of the host: no home, no /var/lib/libvirt, no viewer to start. Inside it
// Airlock creates a VM on the real daemon (the ISO goes up by volume upload)
// and its own console shows the VM's screen.
//
// One binary, run twice: the test outside builds the sandbox and starts this
// same binary inside it with AIRLOCK_FLATPAK_VIEW=inside, which runs the
// checks of TestInsideTheSandbox there.

#include "console/spicesession.h"
#include "consoleview.h"
#include "consolewindow.h"
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "hypervisor/libvirthandles.h"
#include "spec/vmspec.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QApplication>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Airlock;

namespace {

constexpr auto s_vmName = "airlock-test-flatpak-view";
constexpr auto s_appId = "io.github.airlockvm.Airlock";

bool inside()
{
    return qEnvironmentVariable("AIRLOCK_FLATPAK_VIEW") == QLatin1String("inside");
}

// The app's own directories, as Flatpak lays them out under the user's home:
// ~/.var/app/<id>/{cache,data,config}.
QString appDirectory(const QString &home, const char *kind)
{
    return QStringLiteral("%1/.var/app/%2/%3")
            .arg(home, QLatin1String(s_appId), QLatin1String(kind));
}

} // namespace

// The half that runs inside the sandbox.
class TestInsideTheSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seesOnlyWhatTheFlatpakGrants();
    void createsAVmOnTheRealDaemon();
    void itsOwnConsoleShowsTheVmsScreen();
};

void TestInsideTheSandbox::seesOnlyWhatTheFlatpakGrants()
{
    // The daemon's socket, and none of the host's libvirt state.
    QVERIFY(QFileInfo::exists(QStringLiteral("/run/libvirt/libvirt-sock")));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/var/lib/libvirt")));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/etc/libvirt")));
    // No home but the app's own directories.
    const QString home = QDir::homePath();
    QCOMPARE(QDir(home).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList {QStringLiteral(".var")});
    // Nothing to hand the console to: no viewer, no virsh, no shell.
    for (const char *program : {"virt-viewer", "remote-viewer", "virt-manager", "virsh", "sh"})
        QVERIFY2(QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty(), program);
    // Of /sys, only what a Flatpak sees.
    QVERIFY(!QFileInfo::exists(QStringLiteral("/sys/kernel")));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/sys/module")));
}

void TestInsideTheSandbox::createsAVmOnTheRealDaemon()
{
    const QString data = appDirectory(QDir::homePath(), "data");
    VmSpec spec = Test::smallEmulatedSpec(QString::fromLatin1(s_vmName));
    spec.network.mode = NetworkMode::None;
    spec.iso = IsoSource::file(data + QLatin1String("/nixos-test.iso"));
    const QString specFile = data + QLatin1String("/spec.json");
    QVERIFY(spec.save(specFile));

    QProcess airlock;
    airlock.start(qEnvironmentVariable("AIRLOCK_FLATPAK_VIEW_BINARY"),
                  {QStringLiteral("--create"), QStringLiteral("--json"), QStringLiteral("--spec"),
                   specFile});
    QVERIFY(airlock.waitForFinished(300000));
    const QByteArray output = airlock.readAllStandardOutput();
    // 0 where SELinux confines the VM, 3 where the proof falls short (this
    // machine has no SELinux); 1 or 2 would be a failed or refused creation.
    QVERIFY2(airlock.exitCode() == 0 || airlock.exitCode() == 3,
             qPrintable(QString::fromUtf8(output + airlock.readAllStandardError())));
    const QJsonObject json = QJsonDocument::fromJson(output).object();
    QCOMPARE(json.value(QStringLiteral("domain")).toString(), QString::fromLatin1(s_vmName));
}

void TestInsideTheSandbox::itsOwnConsoleShowsTheVmsScreen()
{
    // The connection the app opens: the default URI, the socket under
    // /run/libvirt.
    Hypervisor::initializeLibvirt(); // libvirt's events on this loop, as the app's main() does
    Hypervisor hypervisor;
    QSignalSpy opened(&hypervisor, &Hypervisor::opened);
    hypervisor.open(QStringLiteral("qemu:///system"));
    QVERIFY(opened.wait(30000));
    ConsoleWindow window(&hypervisor, QString::fromLatin1(s_vmName), {});
    window.resize(900, 600);
    window.show();
    window.session()->open();
    QTRY_VERIFY2_WITH_TIMEOUT(window.session()->state() == SpiceSession::State::Connected,
                              qPrintable(window.stateText()), 30000);
    // SeaBIOS writes its first lines within seconds under emulation; the
    // picture is the guest's, painted by the view.
    const auto lit = [](const QImage &image) {
        int count = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                count += qGray(image.pixel(x, y)) > 96;
        }
        return count;
    };
    QTRY_VERIFY_WITH_TIMEOUT(lit(window.session()->frame()) > 200, 60000);
    QTRY_VERIFY(window.view()->paintedFrames() > 0);
    QVERIFY(lit(window.view()->grab().toImage()) > 200);
    QVERIFY(window.grab().save(appDirectory(QDir::homePath(), "cache")
                               + QLatin1String("/console-in-the-flatpak-view.png")));
    window.close();
}

// The half that builds the sandbox.
class TestFlatpakView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void insideTheFlatpaksViewAirlockCreatesAVmAndShowsItsScreen();

private:
    QStringList sandbox() const;
    void removeTheVm();

    QString m_uri;
    QString m_socketDirectory;
    QTemporaryDir m_home;
};

void TestFlatpakView::initTestCase()
{
    const Test::RealDaemon daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(daemon);
    m_uri = daemon.uri;
    m_socketDirectory = daemon.directory + QLatin1String("/sock");
    Hypervisor::initializeLibvirt();
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("bwrap")).isEmpty(),
             "bubblewrap (Debian's bubblewrap) is not installed: tools/setup installs it");
    QVERIFY(m_home.isValid());
    for (const char *kind : {"cache", "data", "config"})
        QVERIFY(QDir().mkpath(appDirectory(m_home.path(), kind)));
    // A stand-in ISO in the app's own data directory, where a Flatpak's
    // download lands; QEMU boots nothing from it, SeaBIOS still shows a screen.
    QVERIFY(Test::writeStandInIso(appDirectory(m_home.path(), "data")
                                  + QLatin1String("/nixos-test.iso")));
    removeTheVm();
}

void TestFlatpakView::cleanupTestCase()
{
    removeTheVm();
}

void TestFlatpakView::removeTheVm()
{
    if (m_uri.isEmpty())
        return;
    const QString name = QString::fromLatin1(s_vmName);
    Test::virsh(m_uri, {QStringLiteral("destroy"), name});
    Test::virsh(m_uri, {QStringLiteral("undefine"), QStringLiteral("--nvram"), name});
    for (const QString &volume :
         QStringList {name + QLatin1String(".qcow2"), QStringLiteral("nixos-test.iso")})
        Test::virsh(m_uri, {QStringLiteral("vol-delete"), QStringLiteral("--pool"),
                            QStringLiteral("default"), volume});
}

// bubblewrap's arguments for the Flatpak's view (finish-args in
// flatpak/io.github.airlockvm.Airlock.yml), with this machine's /usr for the
// runtime and this build tree for /app.
QStringList TestFlatpakView::sandbox() const
{
    QStringList arguments;
    const auto add
            = [&arguments](std::initializer_list<QString> words) { arguments.append(words); };
    const auto text = [](const char *word) { return QString::fromLatin1(word); };
    add({text("--die-with-parent"), text("--unshare-pid"), text("--unshare-ipc"),
         text("--unshare-uts")});
    // The runtime: libraries, fonts, Qt's plugins. Its bin directories are
    // empty: the KDE runtime has no viewer either.
    add({text("--ro-bind"), text("/usr"), text("/usr")});
    for (const char *empty : {"/usr/bin", "/usr/sbin", "/usr/local"})
        add({text("--tmpfs"), text(empty)});
    for (const char *link : {"lib", "lib64", "bin", "sbin"})
        add({text("--symlink"), QStringLiteral("usr/%1").arg(text(link)),
             QStringLiteral("/%1").arg(text(link))});
    // The runtime's /etc holds what the libraries read, none of the host's
    // configuration.
    for (const char *file : {"/etc/fonts", "/etc/ld.so.cache", "/etc/ssl"})
        add({text("--ro-bind-try"), text(file), text(file)});
    add({text("--proc"), text("/proc"), text("--dev"), text("/dev"), text("--tmpfs"), text("/tmp"),
         text("--tmpfs"), text("/run"), text("--perms"), text("0700"), text("--dir"),
         text("/run/user/0"), text("--dir"), text("/var"), text("--symlink"), text("../run"),
         text("/var/run")});
    // --filesystem=/run/libvirt: the daemon's sockets.
    add({text("--bind"), m_socketDirectory, text("/run/libvirt")});
    // --filesystem=/sys/fs/selinux:ro and the EFI variables (absent on some
    // machines), and what every Flatpak sees of /sys.
    for (const char *part : {"/sys/fs/selinux", "/sys/firmware/efi/efivars"})
        add({text("--ro-bind-try"), text(part), text(part)});
    for (const char *part : {"/sys/block", "/sys/bus", "/sys/class", "/sys/dev", "/sys/devices"})
        add({text("--ro-bind"), text(part), text(part)});
    // The app's own directories, and the build tree for /app.
    const QString home = m_home.path();
    add({text("--dir"), home});
    for (const char *kind : {"cache", "data", "config"})
        add({text("--bind"), appDirectory(home, kind), appDirectory(home, kind)});
    const QString build = QDir(QCoreApplication::applicationDirPath() + QLatin1String("/../.."))
                                  .canonicalPath();
    add({text("--ro-bind"), build, build});
    // The environment Flatpak sets up; nothing of this one's.
    add({text("--clearenv")});
    const QList<std::pair<const char *, QString>> environment = {
            {"HOME", home},
            {"PATH", text("/app/bin:/usr/bin")},
            {"XDG_CACHE_HOME", appDirectory(home, "cache")},
            {"XDG_DATA_HOME", appDirectory(home, "data")},
            {"XDG_CONFIG_HOME", appDirectory(home, "config")},
            {"XDG_RUNTIME_DIR", text("/run/user/0")},
            {"LC_ALL", text("C.UTF-8")},
            {"QT_QPA_PLATFORM", text("offscreen")},
            {"AIRLOCK_FLATPAK_VIEW", text("inside")},
            {"AIRLOCK_FLATPAK_VIEW_BINARY", text(AIRLOCK_BINARY)},
    };
    for (const auto &[name, value] : environment)
        add({text("--setenv"), text(name), value});
    return arguments;
}

void TestFlatpakView::insideTheFlatpaksViewAirlockCreatesAVmAndShowsItsScreen()
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bwrap"), sandbox() << QCoreApplication::applicationFilePath());
    QVERIFY(process.waitForStarted());
    const bool finished = process.waitForFinished(600000);
    const QString output = QString::fromUtf8(process.readAll());
    if (!finished)
        process.kill();
    qInfo().noquote() << output;
    QVERIFY2(finished, "the sandboxed half did not finish in 10 minutes");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output));
    // What its console showed, for the test's artifacts.
    const QString picture = appDirectory(m_home.path(), "cache")
                            + QLatin1String("/console-in-the-flatpak-view.png");
    QVERIFY(QFileInfo::exists(picture));
    QDir().mkpath(QStringLiteral(AIRLOCK_ARTIFACT_DIR));
    QFile::remove(QStringLiteral(AIRLOCK_ARTIFACT_DIR "/console-in-the-flatpak-view.png"));
    QVERIFY(QFile::copy(picture,
                        QStringLiteral(AIRLOCK_ARTIFACT_DIR "/console-in-the-flatpak-view.png")));
    // The VM was made by the sandboxed Airlock, on this daemon.
    const Connection connection = Connection::open(m_uri).value();
    DomainHandle domain(virDomainLookupByName(connection.get(), s_vmName));
    QVERIFY(domain);
}

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    if (inside()) {
        TestInsideTheSandbox test;
        return QTest::qExec(&test, argc, argv);
    }
    TestFlatpakView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_flatpakview.moc"
