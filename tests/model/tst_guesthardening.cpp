// SPDX-License-Identifier: GPL-3.0-or-later
#include "proof/guesthardening.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::VmSpec)

namespace {

VmSpec withIso(const QString &fileName)
{
    VmSpec spec;
    spec.iso = IsoSource::file(QStringLiteral("/isos/") + fileName);
    return spec;
}

// Every combination the settings depend on: the channels, the TPM, the
// shared folder (none, read-only, writable), the network (none, IPv4 only,
// with IPv6).
QList<std::pair<QString, VmSpec>> everyVariant()
{
    QList<std::pair<QString, VmSpec>> variants;
    for (int bits = 0; bits < 8; ++bits) {
        for (int folder = 0; folder < 3; ++folder) {
            for (int network = 0; network < 3; ++network) {
                VmSpec spec;
                spec.exposure.clipboard = bits & 1;
                spec.exposure.guestAgent = bits & 2;
                spec.exposure.tpm = bits & 4;
                if (folder > 0)
                    spec.exposure.sharedFolder = SharedFolder {
                            QStringLiteral("/home/ada/\"Shared\" ${x}\\"), folder == 1};
                spec.network.mode = network == 0 ? NetworkMode::None : NetworkMode::Nat;
                spec.network.ipv6 = network == 2;
                variants.append(
                        {QStringLiteral("v%1-%2-%3").arg(bits).arg(folder).arg(network), spec});
            }
        }
    }
    return variants;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

// nix-instantiate --parse needs no store daemon and no network; its state
// goes into the temporary directory, not the machine's.
QProcess *parser(const QTemporaryDir &dir, QObject *parent)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NIX_STATE_DIR"), dir.filePath(QStringLiteral("state")));
    environment.insert(QStringLiteral("NIX_STORE_DIR"), dir.filePath(QStringLiteral("store")));
    environment.insert(QStringLiteral("NIX_LOG_DIR"), dir.filePath(QStringLiteral("log")));
    environment.insert(QStringLiteral("NIX_CONF_DIR"), dir.path());
    environment.insert(QStringLiteral("NIX_REMOTE"), QString());
    process->setProcessEnvironment(environment);
    process->setProgram(QStandardPaths::findExecutable(QStringLiteral("nix-instantiate")));
    return process;
}

// The heredoc's body: what the guest's shell saves, exactly.
QString typedModule(const QString &command)
{
    const qsizetype start = command.indexOf(QLatin1String("<<'AIRLOCK_EOF'\n"));
    const qsizetype end = command.indexOf(QLatin1String("\nAIRLOCK_EOF\n"));
    if (start < 0 || end < start)
        return {};
    const qsizetype bodyStart = start + qsizetype(qstrlen("<<'AIRLOCK_EOF'\n"));
    return command.mid(bodyStart, end + 1 - bodyStart);
}

const char *const s_configuration = "# Edit this configuration file to define what should be "
                                    "installed on\n"
                                    "{ config, pkgs, ... }:\n"
                                    "\n"
                                    "{\n"
                                    "  imports =\n"
                                    "    [ # Include the results of the hardware scan.\n"
                                    "      ./hardware-configuration.nix\n"
                                    "    ];\n"
                                    "  networking.hostName = \"nixos\";\n"
                                    "}\n";

} // namespace

class TestGuestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue();
    void followsTheChoices();
    void usesOnlyWhatTheReleaseHas_data();
    void usesOnlyWhatTheReleaseHas();
    void typedCommandIsTypeable();
    void everyVariantParses();
    void typedCommandInstallsTheModule();
};

void TestGuestHardening::shouldHaveDefaultValue()
{
    const VmSpec spec;
    const QString snippet = GuestHardening::snippet(spec);
    for (const char *line :
         {"networking.firewall.enable = true;", "services.openssh.enable = false;",
          "services.spice-vdagentd.enable = false;", "services.qemuGuest.enable = false;",
          "networking.enableIPv6 = false;", "security.protectKernelImage = true;",
          "boot.kernel.sysctl.\"kernel.dmesg_restrict\" = 1;",
          "security.sudo.execWheelOnly = true;", "nix.settings.allowed-users = [ \"@wheel\" ];"})
        QVERIFY2(snippet.contains(QLatin1String(line)), line);
    // What NixOS 26.05 removed is not used at all.
    for (const QString &text : {snippet, GuestHardening::typedCommand(spec)}) {
        QVERIFY(!text.contains(QLatin1String("hardened.nix")));
        QVERIFY(!text.contains(QLatin1String("linuxPackages_hardened")));
        QVERIFY(!text.contains(QLatin1String("profiles/")));
    }
    QVERIFY(!snippet.contains(QLatin1String("security.tpm2")));
    QVERIFY(!snippet.contains(QLatin1String("fileSystems")));
}

void TestGuestHardening::followsTheChoices()
{
    VmSpec spec;
    spec.exposure.clipboard = true;
    spec.exposure.guestAgent = true;
    spec.exposure.tpm = true;
    spec.network.ipv6 = true;
    spec.exposure.sharedFolder = SharedFolder {QStringLiteral("/srv/share"), false};
    const QString module = GuestHardening::module(spec);
    QVERIFY(module.contains(QLatin1String("  services.spice-vdagentd.enable = true;\n")));
    QVERIFY(module.contains(QLatin1String("  services.qemuGuest.enable = true;\n")));
    QVERIFY(module.contains(QLatin1String("  security.tpm2.enable = true;\n")));
    QVERIFY(!module.contains(QLatin1String("enableIPv6")));
    QVERIFY(module.contains(QLatin1String("options = [ \"nodev\" \"nosuid\" \"noexec\" ];")));
    spec.exposure.sharedFolder->readOnly = true;
    QVERIFY(GuestHardening::module(spec).contains(QLatin1String("[ \"ro\" \"nodev\"")));
    spec.network.mode = NetworkMode::None;
    const QString offline = GuestHardening::module(spec);
    QVERIFY(offline.contains(QLatin1String("networking.enableIPv6 = false;")));
    QVERIFY(!offline.contains(QLatin1String("accept_redirects")));
}

void TestGuestHardening::usesOnlyWhatTheReleaseHas_data()
{
    QTest::addColumn<VmSpec>("spec");
    QTest::addColumn<bool>("hasNixSettings");
    QTest::addColumn<bool>("hasExecWheelOnly");
    QTest::newRow("26.05") << withIso(
            QStringLiteral("nixos-graphical-26.05.1234.abcdef0-x86_64-linux.iso"))
                           << true << true;
    QTest::newRow("25.11") << withIso(
            QStringLiteral("nixos-graphical-25.11.20251201.abcdef0-x86_64-linux.iso"))
                           << true << true;
    QTest::newRow("unstable") << withIso(
            QStringLiteral("nixos-graphical-26.11pre901234.0123abcd-x86_64-linux.iso"))
                              << true << true;
    QTest::newRow("channel name, release unknown")
            << withIso(QStringLiteral("latest-nixos-graphical-x86_64-linux.iso")) << true << true;
    QTest::newRow("no ISO") << VmSpec() << true << true;
    // Before nix.settings (22.05) and security.sudo.execWheelOnly (21.05).
    QTest::newRow("21.11") << withIso(
            QStringLiteral("nixos-gnome-21.11.335130.386234e2a61-x86_64-linux.iso"))
                           << false << true;
    QTest::newRow("20.09") << withIso(
            QStringLiteral("nixos-plasma5-20.09.4626.b8b7f3a1f9c-x86_64-linux.iso"))
                           << false << false;
}

void TestGuestHardening::usesOnlyWhatTheReleaseHas()
{
    QFETCH(VmSpec, spec);
    QFETCH(bool, hasNixSettings);
    QFETCH(bool, hasExecWheelOnly);
    const QString module = GuestHardening::module(spec);
    QCOMPARE(module.contains(QLatin1String("nix.settings.allowed-users")), hasNixSettings);
    QCOMPARE(module.contains(QLatin1String("security.sudo.execWheelOnly")), hasExecWheelOnly);
    QVERIFY(module.contains(QLatin1String("networking.firewall.enable = true;")));
}

void TestGuestHardening::typedCommandIsTypeable()
{
    for (const auto &[name, spec] : everyVariant()) {
        const QString command = GuestHardening::typedCommand(spec);
        for (qsizetype i = 0; i < command.size(); ++i) {
            const char16_t c = command.at(i).unicode();
            // Tab would complete, "!" expand the shell's history.
            QVERIFY2(c == u'\n' || (c >= 0x20 && c < 0x7f && c != u'!'),
                     qPrintable(QStringLiteral("%1: U+%2 at %3")
                                        .arg(name)
                                        .arg(int(c), 4, 16, QLatin1Char('0'))
                                        .arg(i)));
        }
        QVERIFY(command.endsWith(QLatin1Char('\n')));
        QCOMPARE(typedModule(command), GuestHardening::module(spec));
        // One sudo, on the last line: its prompt must not eat typed lines.
        QCOMPARE(command.count(QLatin1String("sudo sh -c")), 1);
        QVERIFY(command.section(QLatin1Char('\n'), -2, -2).startsWith(QLatin1String("sudo ")));
    }
}

void TestGuestHardening::everyVariantParses()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("nix-instantiate")).isEmpty(),
             "nix-instantiate (Debian's nix-bin) is needed: run tools/setup");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files;
    for (const auto &[name, spec] : everyVariant()) {
        const QString snippet = dir.filePath(name + QLatin1String("-snippet.nix"));
        const QString module = dir.filePath(name + QLatin1String("-module.nix"));
        // The snippet goes inside configuration.nix's braces.
        QVERIFY(writeFile(snippet, QLatin1String("{ config, pkgs, ... }:\n{\n")
                                           + GuestHardening::snippet(spec) + QLatin1String("}\n")));
        QVERIFY(writeFile(module, typedModule(GuestHardening::typedCommand(spec))));
        files << snippet << module;
    }
    // One run for them all (0.1 s instead of 0.1 s each); an error names its file.
    QProcess *process = parser(dir, this);
    process->setArguments(QStringList {QStringLiteral("--parse")} + files);
    process->start();
    QVERIFY(process->waitForFinished(60000));
    QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
             process->readAllStandardError().constData());
    // Each file parsed to one expression per line of output.
    const QByteArray parsed = process->readAllStandardOutput();
    QCOMPARE(parsed.count('\n'), files.size());
    QVERIFY(parsed.contains("sysctl = { \"kernel.dmesg_restrict\" = 1;"));
}

// The command as a terminal in the guest would run it, in a sandbox whose
// /etc/nixos holds what the installer writes, and sudo does nothing more
// than run its command.
void TestGuestHardening::typedCommandInstallsTheModule()
{
    const QString bwrap = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
    QVERIFY2(!bwrap.isEmpty(), "bubblewrap is needed: run tools/setup");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("etc/nixos")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("bin")));
    const QString configuration = dir.filePath(QStringLiteral("etc/nixos/configuration.nix"));
    QVERIFY(writeFile(configuration, QLatin1String(s_configuration)));
    const QString sudo = dir.filePath(QStringLiteral("bin/sudo"));
    QVERIFY(writeFile(sudo, QStringLiteral("#!/bin/sh\nexec \"$@\"\n")));
    QVERIFY(QFile::setPermissions(sudo, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther
                                                | QFile::ExeOther));
    VmSpec spec;
    spec.exposure.sharedFolder = SharedFolder {QStringLiteral("/srv/share"), true};
    const QString command = GuestHardening::typedCommand(spec);
    // Typed twice: the import is added once.
    for (int run = 0; run < 2; ++run) {
        QProcess shell;
        shell.start(bwrap, {QStringLiteral("--ro-bind"),
                            QStringLiteral("/"),
                            QStringLiteral("/"),
                            QStringLiteral("--tmpfs"),
                            QStringLiteral("/tmp"),
                            QStringLiteral("--bind"),
                            dir.filePath(QStringLiteral("etc")),
                            QStringLiteral("/etc"),
                            QStringLiteral("--ro-bind"),
                            dir.filePath(QStringLiteral("bin")),
                            QStringLiteral("/tmp/bin"),
                            QStringLiteral("--dev"),
                            QStringLiteral("/dev"),
                            QStringLiteral("--proc"),
                            QStringLiteral("/proc"),
                            QStringLiteral("--setenv"),
                            QStringLiteral("PATH"),
                            QStringLiteral("/tmp/bin:/usr/bin:/bin"),
                            QStringLiteral("bash"),
                            QStringLiteral("--norc"),
                            QStringLiteral("-i")});
        QVERIFY(shell.waitForStarted());
        shell.write(command.toUtf8());
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished(30000));
        QCOMPARE(shell.exitCode(), 0);
        QVERIFY2(shell.readAllStandardOutput().contains("Now run: sudo nixos-rebuild switch"),
                 shell.readAllStandardError().constData());
    }
    QFile saved(dir.filePath(QStringLiteral("etc/nixos/airlock-hardening.nix")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), GuestHardening::module(spec));
    QFile edited(configuration);
    QVERIFY(edited.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(edited.readAll());
    QCOMPARE(text, QString::fromLatin1(s_configuration)
                           .replace(QLatin1String("./hardware-configuration.nix\n"),
                                    QLatin1String("./hardware-configuration.nix "
                                                  "./airlock-hardening.nix\n")));
    QProcess *process = parser(dir, this);
    process->setArguments({QStringLiteral("--parse"), configuration});
    process->start();
    QVERIFY(process->waitForFinished(30000));
    QCOMPARE(process->exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestGuestHardening)
#include "tst_guesthardening.moc"
