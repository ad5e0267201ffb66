// SPDX-License-Identifier: GPL-3.0-or-later
#include "exposure/sharedfolderrule.h"
#include "spec/vmspec.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

// Which folders a VM may write in: by the path's words (the spec), and by
// where the path leads on this computer (the folder chooser, creation).
class TestSharedFolderRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatHandsTheGuestTheHost_data();
    void refusesWhatHandsTheGuestTheHost();
    void readOnlyIsNotRefused();
    void aHomeElsewhereIsAHome();
    void specValidationAppliesTheRule();
    void followsSymbolicLinks();
    void thisUsersHomeIsAHomeWhereverItLies();
};

void TestSharedFolderRule::refusesWhatHandsTheGuestTheHost_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("named"); // the protected folder the refusal names

    const auto row = [](const char *path, bool refused, const char *named = "") {
        QTest::newRow(path) << QString::fromUtf8(path) << refused << QString::fromUtf8(named);
    };
    row("/", true, "/etc");
    row("/etc", true, "/etc");
    row("/etc/ssh", true, "/etc");
    row("/etc/", true, "/etc");
    row("/usr", true, "/usr");
    row("/usr/local/bin", true, "/usr");
    row("/bin", true, "/bin");
    row("/lib64", true, "/lib64");
    row("/boot", true, "/boot");
    row("/boot/efi", true, "/boot");
    row("/efi", true, "/efi");
    row("/root", true, "/root");
    row("/root/Shared", true, "/root");
    row("/var/roothome", true, "/var/roothome");
    row("/dev", true, "/dev");
    row("/dev/shm", true, "/dev");
    row("/proc", true, "/proc");
    row("/sys/kernel", true, "/sys");
    row("/run", true, "/run");
    row("/run/user/1000", true, "/run");
    row("/run/libvirt", true, "/run");
    row("/run/media", true, "/run");
    row("/run/media/ada", true, "/run");
    row("/run/media/ada/USB STICK", false);
    row("/run/media/ada/USB STICK/photos", false);
    row("/opt", true, "/opt");
    row("/opt/google/chrome", true, "/opt");
    row("/var/opt/app", true, "/var/opt");
    row("/var/usrlocal/bin", true, "/var/usrlocal");
    row("/nix/store", true, "/nix");
    row("/var", true, "/var");
    row("/var/lib", true, "/var/lib");
    row("/var/lib/libvirt/images", true, "/var/lib");
    row("/var/log/audit", true, "/var/log");
    row("/var/spool/cron", true, "/var/spool");
    row("/var/cache", true, "/var/cache");
    row("/srv", true, "/srv");
    row("/srv/share", false);
    row("/var/srv", true, "/var/srv");
    row("/var/srv/share", false);
    row("/tmp", true, "/tmp");
    row("/tmp/for-the-vm", false);
    row("/var/tmp", true, "/var/tmp");
    row("/var/tmp/for-the-vm", false);
    row("/home", true, "/home");
    row("/var/home", true, "/var/home");
    row("/home/ada", true, "/home/ada");
    row("/home/ada/", true, "/home/ada");
    row("/var/home/ada", true, "/var/home/ada");
    row("/home/ada/.ssh", true, "/home/ada/.ssh");
    row("/home/ada/.gnupg", true, "/home/ada/.gnupg");
    row("/home/ada/.config", true, "/home/ada/.config");
    row("/home/ada/.config/autostart", true, "/home/ada/.config");
    row("/home/ada/.config/systemd/user", true, "/home/ada/.config");
    row("/home/ada/.local", true, "/home/ada/.local");
    row("/home/ada/.local/share/applications", true, "/home/ada/.local");
    row("/home/ada/.mozilla/firefox", true, "/home/ada/.mozilla");
    row("/home/ada/.var/app", true, "/home/ada/.var");
    row("/var/home/ada/.ssh", true, "/var/home/ada/.ssh");
    row("/home/ada/bin", true, "/home/ada/bin");
    row("/home/ada/Shared", false);
    row("/home/ada/Documents/for the VM", false);
    row("/home/ada/Shared/.hidden-inside-a-share", false);
    row("/var/home/ada/Shared", false);
    row("/mnt/data", false);
    row("/media/ada/USB", false);
}

void TestSharedFolderRule::refusesWhatHandsTheGuestTheHost()
{
    QFETCH(QString, path);
    QFETCH(bool, refused);
    QFETCH(QString, named);
    const auto refusal = SharedFolderRule::refusal(path, false);
    QCOMPARE(refusal.has_value(), refused);
    if (refusal) {
        // It names the folder and what it protects.
        QVERIFY2(refusal->contains(QDir::cleanPath(path)), qPrintable(*refusal));
        QVERIFY2(refusal->contains(QStringLiteral("“%1”").arg(named)), qPrintable(*refusal));
    }
}

void TestSharedFolderRule::readOnlyIsNotRefused()
{
    for (const char *path : {"/etc", "/home/ada", "/home/ada/.config", "/var", "/usr"})
        QVERIFY2(!SharedFolderRule::refusal(QString::fromUtf8(path), true), path);
}

void TestSharedFolderRule::aHomeElsewhereIsAHome()
{
    const QStringList homes {QStringLiteral("/srv/users/ada")};
    QVERIFY(SharedFolderRule::refusal(QStringLiteral("/srv/users/ada"), false, homes));
    QVERIFY(SharedFolderRule::refusal(QStringLiteral("/srv/users/ada/.ssh"), false, homes));
    const auto parent = SharedFolderRule::refusal(QStringLiteral("/srv/users"), false, homes);
    QVERIFY(parent);
    QVERIFY2(parent->contains(QStringLiteral("“/srv/users/ada”")), qPrintable(*parent));
    QVERIFY(!SharedFolderRule::refusal(QStringLiteral("/srv/users/ada/Shared"), false, homes));
    QVERIFY(!SharedFolderRule::refusal(QStringLiteral("/srv/users/bob"), false, homes));
}

void TestSharedFolderRule::specValidationAppliesTheRule()
{
    VmSpec spec;
    spec.exposure.sharedFolder = SharedFolder {QStringLiteral("/etc"), false};
    SpecProblems problems = spec.validate();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().key, QStringLiteral("exposure.sharedFolder.path"));
    QVERIFY(problems.constFirst().message.contains(QStringLiteral("“/etc”")));

    spec.exposure.sharedFolder->readOnly = true;
    QVERIFY(spec.validate().isEmpty());
    spec.exposure.sharedFolder = SharedFolder {QStringLiteral("/home/ada/.ssh"), false};
    QCOMPARE(spec.validate().size(), 1);
    spec.exposure.sharedFolder = SharedFolder {QStringLiteral("/home/ada/Shared"), false};
    QVERIFY(spec.validate().isEmpty());
    // The whole file system stays refused whatever the access, once.
    spec.exposure.sharedFolder = SharedFolder {QStringLiteral("/"), false};
    QCOMPARE(spec.validate().size(), 1);
}

void TestSharedFolderRule::followsSymbolicLinks()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString made = directory.filePath(QStringLiteral("for-the-vm"));
    QVERIFY(QDir().mkpath(made));
    const QString toEtc = directory.filePath(QStringLiteral("looks-harmless"));
    QVERIFY(QFile::link(QStringLiteral("/etc"), toEtc));
    const QString toRoot = directory.filePath(QStringLiteral("up"));
    QVERIFY(QFile::link(QStringLiteral("/"), toRoot));

    // The words pass; where they lead does not.
    QVERIFY(!SharedFolderRule::refusal(toEtc, false));
    const auto refusal = SharedFolderRule::refusalOnThisComputer(toEtc, false);
    QVERIFY(refusal);
    QVERIFY2(refusal->contains(QStringLiteral("“%1”").arg(toEtc)), qPrintable(*refusal));
    QVERIFY2(refusal->contains(QStringLiteral("“/etc”")), qPrintable(*refusal));
    QVERIFY(SharedFolderRule::refusalOnThisComputer(toRoot + QStringLiteral("/usr"), false));
    QVERIFY(SharedFolderRule::refusalOnThisComputer(made + QStringLiteral("/../up/etc"), false));

    QVERIFY(!SharedFolderRule::refusalOnThisComputer(made, false));
    QVERIFY(!SharedFolderRule::refusalOnThisComputer(toEtc, true));
}

void TestSharedFolderRule::thisUsersHomeIsAHomeWhereverItLies()
{
    const QString home = QDir::cleanPath(QDir::homePath());
    if (home == QLatin1String("/"))
        QSKIP("this user's home is the root directory");
    const auto refusal = SharedFolderRule::refusalOnThisComputer(home, false);
    QVERIFY(refusal);
    QVERIFY2(refusal->contains(QStringLiteral("“%1”").arg(home)), qPrintable(*refusal));
    QVERIFY(SharedFolderRule::refusalOnThisComputer(home + QStringLiteral("/.ssh"), false));
    QVERIFY(SharedFolderRule::refusalOnThisComputer(home + QStringLiteral("/.config/autostart"),
                                                    false));

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString link = directory.filePath(QStringLiteral("home"));
    QVERIFY(QFile::link(home, link));
    QVERIFY(SharedFolderRule::refusalOnThisComputer(link, false));
}

QTEST_GUILESS_MAIN(TestSharedFolderRule)
#include "tst_sharedfolderrule.moc"
