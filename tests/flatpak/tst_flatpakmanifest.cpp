// SPDX-License-Identifier: GPL-3.0-or-later
#include "flatpakmanifest.h"

#include <QRegularExpression>
#include <QTest>
#include <QVersionNumber>

using namespace Airlock::Test;

namespace {

// Why a finish-arg is ruled out, or an empty string when it is not. The
// rules are secureblue's Flatpak audit (audit_flatpak: what it fails or warns
// about) plus issue 10's own list; the audit's status is in brackets.
QString forbiddenReason(const QString &argument)
{
    static const QRegularExpression form(QStringLiteral("^--([a-z-]+)=(.+)$"));
    const QRegularExpressionMatch match = form.match(argument);
    if (!match.hasMatch())
        return QStringLiteral("not of the form --key=value");
    const QString key = match.captured(1);
    QString value = match.captured(2);

    if (key == QLatin1String("socket")) {
        if (value == QLatin1String("x11") || value == QLatin1String("fallback-x11"))
            return QStringLiteral("an X server: X11 clients watch each other [FAIL]");
        if (value == QLatin1String("session-bus") || value == QLatin1String("system-bus"))
            return QStringLiteral("a whole D-Bus bus [FAIL]");
        if (value == QLatin1String("pulseaudio"))
            return QStringLiteral("every audio stream, microphones included [WARN]");
        if (value == QLatin1String("ssh-auth"))
            return QStringLiteral("the SSH agent [WARN]");
    } else if (key == QLatin1String("device")) {
        if (value == QLatin1String("all"))
            return QStringLiteral("every device: input, USB, KVM [FAIL]");
        if (value == QLatin1String("kvm"))
            return QStringLiteral("KVM: the host's QEMU opens it, not Airlock [WARN]");
        if (value == QLatin1String("shm"))
            return QStringLiteral("the host's shared memory [FAIL]");
        if (value == QLatin1String("usb"))
            return QStringLiteral("raw USB devices [WARN]");
    } else if (key == QLatin1String("allow")) {
        if (value == QLatin1String("bluetooth") || value == QLatin1String("devel"))
            return QStringLiteral("bluetooth or ptrace [WARN]");
    } else if (key == QLatin1String("filesystem")) {
        static const QRegularExpression mode(QStringLiteral(":(ro|rw|create)$"));
        value.remove(mode);
        while (value.size() > 1 && value.endsWith(QLatin1Char('/')))
            value.chop(1);
        if (value == QLatin1String("host") || value == QLatin1String("host-etc")
            || value == QLatin1String("/"))
            return QStringLiteral("the host's files [FAIL]");
        if (value == QLatin1String("home") || value == QLatin1String("~")
            || value.startsWith(QLatin1String("~/")) || value == QLatin1String("/home")
            || value.startsWith(QLatin1String("/home/"))
            || value.startsWith(QLatin1String("/var/home")))
            return QStringLiteral("the user's files [FAIL]");
        if (value == QLatin1String("xdg-config") || value == QLatin1String("xdg-cache")
            || value == QLatin1String("xdg-data")
            || value.startsWith(QLatin1String("xdg-data/flatpak")))
            return QStringLiteral("other apps' files or Flatpak's overrides [FAIL]");
        if (value == QLatin1String("/run") || value == QLatin1String("/var"))
            return QStringLiteral("a whole top-level directory");
    } else if (key.endsWith(QLatin1String("talk-name"))
               || key.endsWith(QLatin1String("own-name"))) {
        // The bus names that hand out arbitrary permissions (the audit's
        // _bus_grants_arbitrary_permissions), and any wildcard.
        static const QStringList exact = {
                QStringLiteral("org.freedesktop.systemd1"),
                QStringLiteral("org.freedesktop.login1"),
                QStringLiteral("org.freedesktop.impl.portal.PermissionStore"),
                QStringLiteral("org.kde.KWin"),
                QStringLiteral("org.kde.plasmashell"),
        };
        if (value.startsWith(QLatin1String("org.freedesktop.Flatpak"))
            || value.startsWith(QLatin1String("org.freedesktop.DBus")) || exact.contains(value)
            || value.endsWith(QLatin1Char('*')))
            return QStringLiteral("a bus name that grants arbitrary permissions [FAIL]");
    }
    return {};
}

const QStringList &requiredPermissions()
{
    static const QStringList required = {
            QStringLiteral("--socket=wayland"),
            QStringLiteral("--device=dri"),
            QStringLiteral("--share=network"),
            QStringLiteral("--filesystem=/run/libvirt"),
            QStringLiteral("--filesystem=/sys/fs/selinux:ro"),
            QStringLiteral("--filesystem=/sys/firmware/efi/efivars:ro"),
    };
    return required;
}

} // namespace

// The Flatpak manifest: what it builds, and that it asks for nothing more
// than Airlock needs (secureblue audits every installed Flatpak).
class TestFlatpakManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void identityMatchesTheProject();
    void runtimeIsKdeWithQt69OrNewer();

    void classifiesPermissions_data();
    void classifiesPermissions();
    void asksForNoForbiddenPermission();
    void asksForEveryRequiredPermission_data();
    void asksForEveryRequiredPermission();
    void asksForNothingElse();

    void libvirtIsTheClientOnly();
    void libvirtFindsTheHostSockets();
    void libvirtGlibBuildsNoBindingsDocsOrTests();
    void libsepolIsBuiltIntoTheApp();
    void spiceClientIsGlibOnlyWithNothingThatNeedsAPermission();
    void everyLibraryIsAPinnedReleaseArchive();
    void airlockIsBuiltFromThisCheckoutWithoutTests();

private:
    FlatpakManifest m_manifest;
};

void TestFlatpakManifest::initTestCase()
{
    m_manifest = FlatpakManifest::load();
    QVERIFY2(m_manifest.errorString().isEmpty(), qPrintable(m_manifest.errorString()));
}

void TestFlatpakManifest::identityMatchesTheProject()
{
    QCOMPARE(m_manifest.string(QStringLiteral("id")), QStringLiteral(AIRLOCK_APP_ID));
    QCOMPARE(m_manifest.string(QStringLiteral("command")), QStringLiteral("airlock"));
}

void TestFlatpakManifest::runtimeIsKdeWithQt69OrNewer()
{
    QCOMPARE(m_manifest.string(QStringLiteral("runtime")), QStringLiteral("org.kde.Platform"));
    QCOMPARE(m_manifest.string(QStringLiteral("sdk")), QStringLiteral("org.kde.Sdk"));
    const QString branch = m_manifest.string(QStringLiteral("runtime-version"));
    const QVersionNumber version = QVersionNumber::fromString(branch);
    QVERIFY2(version.majorVersion() == 6 && version >= QVersionNumber(6, 9),
             qPrintable(
                     QStringLiteral("runtime-version '%1' ships no Qt 6.9 or newer").arg(branch)));
}

void TestFlatpakManifest::classifiesPermissions_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("forbidden");

    // The checker itself, so a manifest with none of these still proves something.
    const char *const forbidden[] = {
            "--socket=x11",
            "--socket=fallback-x11",
            "--socket=session-bus",
            "--socket=system-bus",
            "--socket=pulseaudio",
            "--device=all",
            "--device=kvm",
            "--device=shm",
            "--filesystem=home",
            "--filesystem=home:ro",
            "--filesystem=~/.ssh",
            "--filesystem=/var/home/user",
            "--filesystem=host",
            "--filesystem=host:ro",
            "--filesystem=host-etc",
            "--filesystem=xdg-data/flatpak/overrides:create",
            "--talk-name=org.freedesktop.Flatpak",
            "--talk-name=org.freedesktop.Flatpak.Development",
            "--system-talk-name=org.freedesktop.systemd1",
            "--talk-name=org.kde.*",
            "--share",
    };
    for (const char *argument : forbidden)
        QTest::newRow(argument) << QString::fromLatin1(argument) << true;

    const char *const allowed[] = {
            "--socket=wayland",
            "--device=dri",
            "--share=network",
            "--filesystem=/run/libvirt",
            "--filesystem=/sys/fs/selinux:ro",
            "--filesystem=xdg-download:ro",
            "--system-talk-name=org.freedesktop.fwupd",
            "--talk-name=org.freedesktop.Notifications",
    };
    for (const char *argument : allowed)
        QTest::newRow(argument) << QString::fromLatin1(argument) << false;
}

void TestFlatpakManifest::classifiesPermissions()
{
    QFETCH(QString, argument);
    QFETCH(bool, forbidden);
    QCOMPARE(!forbiddenReason(argument).isEmpty(), forbidden);
}

void TestFlatpakManifest::asksForNoForbiddenPermission()
{
    const QStringList finishArgs = m_manifest.finishArgs();
    QVERIFY(!finishArgs.isEmpty());
    for (const QString &argument : finishArgs) {
        const QString reason = forbiddenReason(argument);
        QVERIFY2(reason.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(argument, reason)));
    }
}

void TestFlatpakManifest::asksForEveryRequiredPermission_data()
{
    QTest::addColumn<QString>("argument");
    for (const QString &argument : requiredPermissions())
        QTest::newRow(qPrintable(argument)) << argument;
}

void TestFlatpakManifest::asksForEveryRequiredPermission()
{
    QFETCH(QString, argument);
    QVERIFY2(m_manifest.finishArgs().contains(argument), qPrintable(argument));
}

void TestFlatpakManifest::asksForNothingElse()
{
    // Widening the sandbox is a decision: it takes a change to this list, with
    // the reason in the manifest beside the new permission.
    const QStringList finishArgs = m_manifest.finishArgs();
    for (const QString &argument : finishArgs)
        QVERIFY2(requiredPermissions().contains(argument),
                 qPrintable(QStringLiteral("unexpected permission %1").arg(argument)));
    QCOMPARE(finishArgs.size(), requiredPermissions().size());
}

void TestFlatpakManifest::libvirtIsTheClientOnly()
{
    const QJsonObject libvirt = m_manifest.module(QStringLiteral("libvirt"));
    QCOMPARE(libvirt.value(QStringLiteral("buildsystem")).toString(), QStringLiteral("meson"));
    const QStringList options = toStringList(libvirt.value(QStringLiteral("config-opts")));

    for (const char *option :
         {"-Dauto_features=disabled", "-Ddriver_remote=enabled", "-Ddriver_libvirtd=disabled",
          "-Ddriver_qemu=disabled", "-Ddriver_lxc=disabled", "-Ddriver_network=disabled",
          "-Ddriver_secrets=disabled", "-Dstorage_dir=disabled", "-Ddocs=disabled",
          "-Dtests=disabled"})
        QVERIFY2(options.contains(QString::fromLatin1(option)), option);

    // Every driver, storage backend and security driver named is off, but the remote driver.
    static const QRegularExpression feature(
            QStringLiteral("^-D((?:driver|storage|secdriver)_[a-z_]+)=(.*)$"));
    for (const QString &option : options) {
        const QRegularExpressionMatch match = feature.match(option);
        if (match.hasMatch() && match.captured(1) != QLatin1String("driver_remote"))
            QVERIFY2(match.captured(2) == QLatin1String("disabled"), qPrintable(option));
    }
}

void TestFlatpakManifest::libvirtFindsTheHostSockets()
{
    // libvirt's client looks for <localstatedir>/run/libvirt/virtqemud-sock
    // (or libvirt-sock); under /app it would look in /app/var/run.
    const QStringList options = toStringList(
            m_manifest.module(QStringLiteral("libvirt")).value(QStringLiteral("config-opts")));
    QVERIFY(options.contains(QStringLiteral("--localstatedir=/var")));
    QVERIFY(options.contains(QStringLiteral("-Drunstatedir=/run")));
}

void TestFlatpakManifest::libvirtGlibBuildsNoBindingsDocsOrTests()
{
    const QStringList options = toStringList(
            m_manifest.module(QStringLiteral("libvirt-glib")).value(QStringLiteral("config-opts")));
    for (const char *option :
         {"-Dintrospection=disabled", "-Dvapi=disabled", "-Ddocs=disabled", "-Dtests=disabled"})
        QVERIFY2(options.contains(QString::fromLatin1(option)), option);
}

void TestFlatpakManifest::libsepolIsBuiltIntoTheApp()
{
    // The proof reads the host's policy with libsepol; the runtime has none.
    const QJsonObject libsepol = m_manifest.module(QStringLiteral("libsepol"));
    QCOMPARE(libsepol.value(QStringLiteral("buildsystem")).toString(), QStringLiteral("simple"));
    const QStringList commands = toStringList(libsepol.value(QStringLiteral("build-commands")));
    QVERIFY(std::any_of(commands.cbegin(), commands.cend(), [](const QString &command) {
        return command.contains(QLatin1String("PREFIX=/app"))
               && command.contains(QLatin1String("SHLIBDIR=/app/lib"));
    }));
    const QStringList modules = [this] {
        QStringList names;
        for (const QJsonObject &module : m_manifest.modules())
            names.append(module.value(QStringLiteral("name")).toString());
        return names;
    }();
    QVERIFY(modules.indexOf(QStringLiteral("libsepol"))
            < modules.indexOf(QStringLiteral("airlock")));
}

void TestFlatpakManifest::spiceClientIsGlibOnlyWithNothingThatNeedsAPermission()
{
    // The console paints spice-client-glib's frames with Qt: no GTK, and
    // nothing built in that would want a permission the app does not have
    // (raw USB devices, smartcards, a WebDAV share, a polkit helper).
    const QStringList options = toStringList(
            m_manifest.module(QStringLiteral("spice-gtk")).value(QStringLiteral("config-opts")));
    for (const char *option : {"-Dgtk=disabled", "-Dusbredir=disabled", "-Dpolkit=disabled",
                               "-Dwebdav=disabled", "-Dsmartcard=disabled",
                               "-Dintrospection=disabled", "-Dvapi=disabled", "-Dgtk_doc=disabled"})
        QVERIFY2(options.contains(QString::fromLatin1(option)), option);

    QStringList modules;
    for (const QJsonObject &module : m_manifest.modules())
        modules.append(module.value(QStringLiteral("name")).toString());
    const qsizetype spice = modules.indexOf(QStringLiteral("spice-gtk"));
    QVERIFY(spice >= 0);
    for (const char *before : {"spice-protocol", "json-glib", "spice-codegen-python"}) {
        const qsizetype index = modules.indexOf(QString::fromLatin1(before));
        QVERIFY2(index >= 0 && index < spice, before);
    }
    QVERIFY(spice < modules.indexOf(QStringLiteral("airlock")));
}

void TestFlatpakManifest::everyLibraryIsAPinnedReleaseArchive()
{
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    const QList<QJsonObject> modules = m_manifest.modules();
    QVERIFY(modules.size() >= 4);
    for (const QJsonObject &module : modules) {
        const QString name = module.value(QStringLiteral("name")).toString();
        if (name == QLatin1String("airlock"))
            continue;
        const QJsonArray sources = module.value(QStringLiteral("sources")).toArray();
        QVERIFY2(!sources.isEmpty(), qPrintable(name));
        for (const QJsonValue &value : sources) {
            const QJsonObject source = value.toObject();
            const QString where = QStringLiteral("%1: %2").arg(
                    name, source.value(QStringLiteral("url")).toString());
            // A release archive, or a single released file (a Python wheel
            // used at build time), each pinned by its sha256.
            const QString type = source.value(QStringLiteral("type")).toString();
            QVERIFY2(type == QLatin1String("archive") || type == QLatin1String("file"),
                     qPrintable(where));
            QVERIFY2(source.value(QStringLiteral("url"))
                             .toString()
                             .startsWith(QLatin1String("https://")),
                     qPrintable(where));
            QVERIFY2(sha256.match(source.value(QStringLiteral("sha256")).toString()).hasMatch(),
                     qPrintable(where));
        }
    }
}

void TestFlatpakManifest::airlockIsBuiltFromThisCheckoutWithoutTests()
{
    const QJsonArray topLevel = m_manifest.json().value(QStringLiteral("modules")).toArray();
    QVERIFY(!topLevel.isEmpty());
    const QJsonObject airlock = topLevel.last().toObject();
    QCOMPARE(airlock.value(QStringLiteral("name")).toString(), QStringLiteral("airlock"));
    QCOMPARE(airlock.value(QStringLiteral("buildsystem")).toString(),
             QStringLiteral("cmake-ninja"));
    QVERIFY(toStringList(airlock.value(QStringLiteral("config-opts")))
                    .contains(QStringLiteral("-DAIRLOCK_BUILD_TESTS=OFF")));

    const QJsonArray sources = airlock.value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.first().toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("dir"));
    QCOMPARE(sources.first().toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral(".."));
}

QTEST_GUILESS_MAIN(TestFlatpakManifest)
#include "tst_flatpakmanifest.moc"
