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
#include <QStandardPaths>
#include <QTemporaryDir>
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
    return QStringLiteral("%1/.var/app/%2/%3").arg(home, QLatin1String(s_appId), QLatin1String(kind));
}

} // namespace

// The half that runs inside the sandbox.
class TestInsideTheSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seesOnlyWhatTheFlatpakGrants();
    void createsAVmOnTheRealDaemon();
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
    QFile iso(appDirectory(m_home.path(), "data") + QLatin1String("/nixos-test.iso"));
    QVERIFY(iso.open(QIODevice::WriteOnly));
    QByteArray image(2 * 1024 * 1024, '\0');
    image.replace(0x8001, 5, "CD001");
    iso.write(image);
    iso.close();
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
    for (const QString &volume : {name + QLatin1String(".qcow2"), QStringLiteral("nixos-test.iso")})
        Test::virsh(m_uri, {QStringLiteral("vol-delete"), QStringLiteral("--pool"),
                            QStringLiteral("default"), volume});
}

// bubblewrap's arguments for the Flatpak's view (finish-args in
// flatpak/io.github.airlockvm.Airlock.yml), with this machine's /usr for the
// runtime and this build tree for /app.
QStringList TestFlatpakView::sandbox() const
{
    const QString build = QDir(QCoreApplication::applicationDirPath() + QLatin1String("/../.."))
                                  .canonicalPath();
    const QString home = m_home.path();
    QStringList arguments = {
            QStringLiteral("--die-with-parent"), QStringLiteral("--unshare-pid"),
            QStringLiteral("--unshare-ipc"), QStringLiteral("--unshare-uts"),
            // The runtime: libraries, fonts, Qt's plugins. Its bin directory
            // is empty, as the KDE runtime has no viewer either.
            QStringLiteral("--ro-bind"), QStringLiteral("/usr"), QStringLiteral("/usr"),
            QStringLiteral("--tmpfs"), QStringLiteral("/usr/bin"),
            QStringLiteral("--tmpfs"), QStringLiteral("/usr/sbin"),
            QStringLiteral("--tmpfs"), QStringLiteral("/usr/local"),
            QStringLiteral("--symlink"), QStringLiteral("usr/lib"), QStringLiteral("/lib"),
            QStringLiteral("--symlink"), QStringLiteral("usr/lib64"), QStringLiteral("/lib64"),
            QStringLiteral("--symlink"), QStringLiteral("usr/bin"), QStringLiteral("/bin"),
            QStringLiteral("--symlink"), QStringLiteral("usr/sbin"), QStringLiteral("/sbin"),
            // The runtime's /etc holds what the libraries read, not the host's
            // configuration.
            QStringLiteral("--ro-bind"), QStringLiteral("/etc/fonts"), QStringLiteral("/etc/fonts"),
            QStringLiteral("--ro-bind"), QStringLiteral("/etc/ld.so.cache"),
            QStringLiteral("/etc/ld.so.cache"),
            QStringLiteral("--ro-bind-try"), QStringLiteral("/etc/ssl"), QStringLiteral("/etc/ssl"),
            QStringLiteral("--proc"), QStringLiteral("/proc"),
            QStringLiteral("--dev"), QStringLiteral("/dev"),
            QStringLiteral("--tmpfs"), QStringLiteral("/tmp"),
            QStringLiteral("--tmpfs"), QStringLiteral("/run"),
            // --filesystem=/run/libvirt
            QStringLiteral("--bind"), m_socketDirectory, QStringLiteral("/run/libvirt"),
            // --filesystem=/sys/fs/selinux:ro and the EFI variables (absent here).
            QStringLiteral("--ro-bind-try"), QStringLiteral("/sys/fs/selinux"),
            QStringLiteral("/sys/fs/selinux"),
            QStringLiteral("--ro-bind-try"), QStringLiteral("/sys/firmware/efi/efivars"),
            QStringLiteral("/sys/firmware/efi/efivars"),
    };
    // What every Flatpak sees of /sys.
    for (const char *part : {"block", "bus", "class", "dev", "devices"})
        arguments << QStringLiteral("--ro-bind") << QStringLiteral("/sys/%1").arg(QLatin1String(part))
                  << QStringLiteral("/sys/%1").arg(QLatin1String(part));
    // The app's own directories, and /app.
    arguments << QStringLiteral("--dir") << home;
    for (const char *kind : {"cache", "data", "config"})
        arguments << QStringLiteral("--bind") << appDirectory(home, kind)
                  << appDirectory(home, kind);
    arguments << QStringLiteral("--ro-bind") << build << build;
    arguments << QStringLiteral("--clearenv") << QStringLiteral("--setenv") << QStringLiteral("HOME")
              << home << QStringLiteral("--setenv") << QStringLiteral("PATH")
              << QStringLiteral("/app/bin:/usr/bin") << QStringLiteral("--setenv")
              << QStringLiteral("XDG_CACHE_HOME") << appDirectory(home, "cache")
              << QStringLiteral("--setenv") << QStringLiteral("XDG_DATA_HOME")
              << appDirectory(home, "data") << QStringLiteral("--setenv")
              << QStringLiteral("XDG_CONFIG_HOME") << appDirectory(home, "config")
              << QStringLiteral("--setenv") << QStringLiteral("XDG_RUNTIME_DIR")
              << QStringLiteral("/tmp") << QStringLiteral("--setenv") << QStringLiteral("LC_ALL")
              << QStringLiteral("C.UTF-8") << QStringLiteral("--setenv")
              << QStringLiteral("QT_QPA_PLATFORM") << QStringLiteral("offscreen")
              << QStringLiteral("--setenv") << QStringLiteral("AIRLOCK_FLATPAK_VIEW")
              << QStringLiteral("inside") << QStringLiteral("--setenv")
              << QStringLiteral("AIRLOCK_FLATPAK_VIEW_BINARY")
              << QStringLiteral(AIRLOCK_BINARY);
    return arguments;
}

void TestFlatpakView::insideTheFlatpaksViewAirlockCreatesAVmAndShowsItsScreen()
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bwrap"),
                  sandbox() << QCoreApplication::applicationFilePath());
    QVERIFY(process.waitForStarted());
    const bool finished = process.waitForFinished(600000);
    const QString output = QString::fromUtf8(process.readAll());
    if (!finished)
        process.kill();
    qInfo().noquote() << output;
    QVERIFY2(finished, "the sandboxed half did not finish in 10 minutes");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output));
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
