// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/fwupd.h"
#include "host/hostchecks.h"
#include "host/osrelease.h"
#include "hypervisor/hypervisor.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace Airlock;

// The ten checks as pure functions of a host root and libvirt's answer:
// fixture roots under tests/data/hosts, libvirt's test driver for the rest.
class TestHostChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldHaveDefaultValue();
    void judgesFixtureRoots_data();
    void judgesFixtureRoots();
    void everyCheckAnswersOnEveryRoot_data();
    void everyCheckAnswersOnEveryRoot();
    void parsesOsRelease_data();
    void parsesOsRelease();
    void osReleaseKeysAreAsciiShellNames();
    void readsFwupdAttributes_data();
    void readsFwupdAttributes();
    void unreachableFwupdIsAnsweredQuickly();
    void tellsConnectionFailuresApart_data();
    void tellsConnectionFailuresApart();
    void reportsRealConnectionErrors_data();
    void reportsRealConnectionErrors();
    void remoteHostChecksSayWhereToLook();
    void judgesNixosNeeds_data();
    void judgesNixosNeeds();
    void memoryIsLibvirtsAlone();
    void judgesMemoryByHowLibvirtCountedIt_data();
    void judgesMemoryByHowLibvirtCountedIt();
    void prefersDomainCapabilitiesForUefi();
    void passesSvirtWithSelinuxModel();
    void svirtFollowsSelinuxOnlyWhenSelinuxIsOff();
    void readsCustomNodeFile();
    void jsonHasTheContractKeys();
    void timeoutsAreHonest();
    void survivesRandomBytes_data();
    void survivesRandomBytes();
    void remediesQuoteTheNamesTheyUse();
    void remediesAreWhatTheySay_data();
    void remediesAreWhatTheySay();
    void firmwareSetupFollowsHowTheComputerStarted();

private:
    HostContext context(const QString &fixture) const;
    static HostCheck runCheck(const QString &id, const HostContext &context);

    HostFacts m_testDriver;
};

namespace {

QString hostRoot(const QString &fixture)
{
    return Test::dataPath(QStringLiteral("hosts/%1").arg(fixture));
}

HostFacts facts(quint64 availableMemory, quint64 poolAvailable, int threads = 8)
{
    HostFacts result;
    result.capabilities.hostArch = QStringLiteral("x86_64");
    result.capabilities.virtTypes = {QStringLiteral("qemu"), QStringLiteral("kvm")};
    result.capabilities.securityModels = {{QStringLiteral("selinux"), QStringLiteral("0")},
                                          {QStringLiteral("dac"), QStringLiteral("0")}};
    result.threads = threads;
    result.memoryBytes = 16 * HostChecks::gibibyte;
    result.availableMemoryBytes = availableMemory;
    result.availableMemory = HostFacts::AvailableMemory::WithCaches;
    result.pool.name = QStringLiteral("default");
    result.pool.exists = true;
    result.pool.active = true;
    result.pool.path = QStringLiteral("/var/lib/libvirt/images");
    result.pool.availableBytes = poolAvailable;
    result.pool.capacityBytes = 500 * HostChecks::gibibyte;
    return result;
}

} // namespace

void TestHostChecks::initTestCase()
{
    Hypervisor::initializeLibvirt();
    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(connection);
    const auto facts = HostFacts::query(*connection, QStringLiteral("default"));
    QVERIFY2(facts, facts ? "" : qPrintable(facts.error().message));
    m_testDriver = *facts;
    QCOMPARE(m_testDriver.versions.hypervisorType, QStringLiteral("TEST"));
}

HostContext TestHostChecks::context(const QString &fixture) const
{
    HostContext result;
    result.root = HostRoot(hostRoot(fixture));
    result.uri = QStringLiteral("test:///default");
    result.setFacts(m_testDriver);
    return result;
}

HostCheck TestHostChecks::runCheck(const QString &id, const HostContext &context)
{
    const auto check = HostChecks::run(id, context);
    if (!check)
        qFatal("check %s did not answer", qPrintable(id));
    return *check;
}

void TestHostChecks::shouldHaveDefaultValue()
{
    const HostCheck check;
    QCOMPARE(check.status, CheckStatus::Unknown);
    QCOMPARE(check.gate, CheckGate::None);
    QVERIFY(!check.isFailure());

    const QStringList ids = HostChecks::ids();
    QCOMPARE(ids.size(), 10);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 10);
    QCOMPARE(ids.constFirst(), QStringLiteral("host-os"));
    for (const QString &id : ids)
        QVERIFY2(HostChecks::title(id) != id || id == QLatin1String("libvirt"), qPrintable(id));

    const HostContext defaults;
    QCOMPARE(defaults.uri, QStringLiteral("qemu:///system"));
    QVERIFY(!defaults.isRemote());
    QVERIFY(!defaults.askFwupd);
    // Without libvirt's answer the checks that need it wait; the others answer.
    QVERIFY(!HostChecks::run(QStringLiteral("libvirt"), defaults));
    QVERIFY(HostChecks::run(QStringLiteral("host-os"), defaults));
}

void TestHostChecks::judgesFixtureRoots_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("remedy");

    const auto row = [](const char *fixture, const char *id, CheckStatus status,
                        const char *evidence, const char *source, const char *remedy) {
        QTest::addRow("%s/%s", fixture, id)
                << QString::fromUtf8(fixture) << QString::fromUtf8(id) << status
                << QString::fromUtf8(evidence) << QString::fromUtf8(source)
                << QString::fromUtf8(remedy);
    };
    using S = CheckStatus;

    // secureblue, current os-release form: the host Airlock is made for.
    row("secureblue", "host-os", S::Pass, "IMAGE_ID=silverblue-main-hardened",
        "/run/host/os-release"
        "|/etc/os-release",
        "");
    row("secureblue", "selinux", S::Pass, "1", "/sys/fs/selinux/enforce", "");
    row("secureblue", "secure-boot", S::Pass, "SecureBoot = 1", "EFI variable SecureBoot", "");
    row("secureblue", "virtualization", S::Fail, "libvirt offers: test", "libvirt capabilities",
        "sudo systemctl restart virtqemud");
    row("secureblue", "libvirt", S::Pass, "test:///default", "libvirt connection", "");
    row("secureblue", "svirt", S::Fail, "testSecurity", "libvirt capabilities",
        "getenforce|sed -i 's/^security_driver");
    row("secureblue", "libvirt-group", S::Pass, "libvirt = group 975; your groups: 10 1000",
        "/usr/lib/group", "");
    // The test driver reports only its free memory, 3 MiB: worth a look, not a failure.
    row("secureblue", "resources", S::Warn, "memory: 3.0 MiB free of 3.0 GiB",
        "libvirt free memory", "free -h");
    row("secureblue", "uefi", S::Pass, "60-edk2-ovmf-x86_64.json", "QEMU firmware descriptors", "");
    row("secureblue", "hardened-malloc", S::Info, "LD_PRELOAD=/usr/lib64/libhardened_malloc.so",
        "LD_PRELOAD", "");

    // secureblue's older form, a user in the libvirt group, an AMD processor.
    row("secureblue-older", "host-os", S::Pass, "ID_LIKE=secureblue", "/etc/os-release", "");
    row("secureblue-older", "libvirt-group", S::Warn, "your groups: 10 975 1000", "/etc/group",
        "sudo gpasswd -d bob libvirt");
    row("secureblue-older", "virtualization", S::Fail, "CPU flag svm", "/proc/cpuinfo",
        "sudo systemctl restart virtqemud");

    // Fedora Silverblue: works, fewer defaults; listed in libvirt from the next login on.
    row("silverblue", "host-os", S::Warn, "VARIANT_ID=silverblue", "/etc/os-release",
        "https://secureblue.dev/install");
    row("silverblue", "libvirt-group", S::Warn, "members: alice", "/etc/group",
        "sudo gpasswd -d alice libvirt");
    row("silverblue", "hardened-malloc", S::Info, "not found", "/etc/ld.so.preload", "");

    // Debian: os-release only under /usr/lib, no SELinux, legacy BIOS.
    row("debian", "host-os", S::Warn, "ID=debian", "/usr/lib/os-release",
        "https://secureblue.dev/install");
    row("debian", "selinux", S::Fail, "security models: testSecurity", "libvirt capabilities",
        "https://secureblue.dev/install");
    row("debian", "secure-boot", S::Warn, "/sys/firmware/efi does not exist", "/sys/firmware/efi",
        "BIOS setup");
    row("debian", "libvirt-group", S::Warn, "libvirt = group 114", "/etc/group",
        "sudo gpasswd -d carol libvirt");
    row("debian", "uefi", S::Warn, "no UEFI firmware descriptor", "/usr/share/qemu/firmware",
        "sudo apt install ovmf");

    row("selinux-permissive", "selinux", S::Fail, "0", "/sys/fs/selinux/enforce",
        "sudo setenforce 1");
    row("selinux-permissive", "svirt", S::Fail, "testSecurity", "libvirt capabilities",
        "setenforce|SELINUX=enforcing");

    row("secure-boot-off", "secure-boot", S::Fail, "SetupMode = 1", "EFI variable SecureBoot",
        "ujust enroll-secureblue-secure-boot-key");
    row("no-efi", "secure-boot", S::Warn, "/sys/firmware/efi does not exist", "/sys/firmware/efi",
        "BIOS setup");
    row("nosmt", "resources", S::Warn, "nosmt", "/proc/cmdline", "free -h");
    row("no-vmx", "virtualization", S::Fail, "no vmx/svm CPU flag", "/proc/cpuinfo",
        "systemctl reboot --firmware-setup");

    // Files that are not there: honest unknowns, and libvirt where it can answer.
    row("missing-files", "host-os", S::Unknown, "none of the files", "/etc/os-release",
        "cat /etc/os-release");
    row("missing-files", "selinux", S::Fail, "testSecurity", "libvirt capabilities", "");
    row("missing-files", "libvirt-group", S::Unknown, "your groups could not be read",
        "/proc/self/status", "id -nG");
    row("missing-files", "hardened-malloc", S::Info, "not found", "LD_PRELOAD", "");

    // Garbage in every file; a truncated os-release; an EFI variable of the wrong size.
    row("garbage", "selinux", S::Unknown, "ff fe 00", "/sys/fs/selinux/enforce", "getenforce");
    row("garbage", "secure-boot", S::Unknown, "06 00 00 (binary, length 3)",
        "EFI variable SecureBoot", "mokutil --sb-state");
    row("garbage", "libvirt-group", S::Unknown, "no libvirt group visible", "/etc/group", "id -nG");
    row("truncated", "host-os", S::Pass, "ID=secureblue", "/etc/os-release", "");
    row("truncated", "selinux", S::Unknown, "(empty)", "/sys/fs/selinux/enforce", "getenforce");
    row("truncated", "secure-boot", S::Unknown, "length 7", "EFI variable SecureBoot",
        "mokutil --sb-state");

    // The Flatpak sandbox's view of a secureblue host.
    row("flatpak", "host-os", S::Pass, "ID=secureblue", "/run/host/os-release", "");
    row("flatpak", "selinux", S::Pass, "1", "/sys/fs/selinux/enforce", "");
    row("flatpak", "secure-boot", S::Pass, "SecureBoot = 1", "EFI variable SecureBoot", "");
    row("flatpak", "libvirt-group", S::Unknown, "your groups: 1000 65534", "/run/host/etc/group",
        "id -nG");
    row("flatpak", "uefi", S::Unknown, "no firmware descriptors visible",
        "/run/host/usr/share/qemu/firmware", "ls /usr/share/qemu/firmware");
    row("flatpak", "hardened-malloc", S::Info, "/var/run/host/usr/lib64/libhardened_malloc.so",
        "LD_PRELOAD", "");
}

void TestHostChecks::judgesFixtureRoots()
{
    QFETCH(QString, fixture);
    QFETCH(QString, id);
    QFETCH(CheckStatus, status);
    QFETCH(QString, evidence);
    QFETCH(QString, source);
    QFETCH(QString, remedy);

    const HostCheck check = runCheck(id, context(fixture));
    const QString description
            = QStringLiteral("%1 | %2 | %3 | %4")
                      .arg(check.finding, check.evidence, check.source, check.remedy);
    QCOMPARE(check.id, id);
    QVERIFY2(check.status == status, qPrintable(description));
    QVERIFY2(check.evidence.contains(evidence), qPrintable(description));
    // "a|b": either will do (the remedy depends on what else the root holds).
    const auto containsAny = [](const QString &text, const QString &alternatives) {
        const QStringList options = alternatives.split(QLatin1Char('|'));
        return std::any_of(options.cbegin(), options.cend(),
                           [&text](const QString &option) { return text.contains(option); });
    };
    QVERIFY2(containsAny(check.source, source), qPrintable(description));
    if (remedy.isEmpty() && status == CheckStatus::Pass)
        QVERIFY2(check.remedy.isEmpty(), qPrintable(description));
    else
        QVERIFY2(containsAny(check.remedy, remedy), qPrintable(description));
    if (status == CheckStatus::Fail) {
        QCOMPARE(check.gate, CheckGate::Acknowledge);
        QVERIFY(check.acknowledgement.startsWith(QLatin1String("I understand")));
    } else {
        QCOMPARE(check.gate, CheckGate::None);
    }
}

void TestHostChecks::everyCheckAnswersOnEveryRoot_data()
{
    QTest::addColumn<QString>("fixture");
    const QStringList fixtures = QDir(Test::dataPath(QStringLiteral("hosts")))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(fixtures.size() >= 10);
    for (const QString &fixture : fixtures)
        QTest::newRow(qPrintable(fixture)) << fixture;
}

void TestHostChecks::everyCheckAnswersOnEveryRoot()
{
    QFETCH(QString, fixture);
    for (const bool connected : {true, false}) {
        HostContext host = context(fixture);
        if (!connected) {
            host.setConnectError(
                    LibvirtError::fromMessage(QStringLiteral("down"), VIR_ERR_NO_CONNECT));
        }
        for (const QString &id : HostChecks::ids()) {
            const HostCheck check = runCheck(id, host);
            QCOMPARE(check.id, id);
            QVERIFY(!check.title.isEmpty());
            QVERIFY2(!check.finding.isEmpty(), qPrintable(id));
            QVERIFY2(!check.evidence.isEmpty(), qPrintable(id));
            QVERIFY2(!check.source.isEmpty(), qPrintable(id));
            QVERIFY2(!check.finding.contains(QLatin1Char('\n')), qPrintable(check.finding));
            // Every problem says what to do about it.
            if (check.status == CheckStatus::Fail || check.status == CheckStatus::Unknown)
                QVERIFY2(!check.remedy.isEmpty() || id == QLatin1String("resources")
                                 || id == QLatin1String("uefi"),
                         qPrintable(id + QLatin1String(": ") + check.finding));
        }
        const auto libvirt = runCheck(QStringLiteral("libvirt"), host);
        QCOMPARE(libvirt.gate, connected ? CheckGate::None : CheckGate::Block);
    }
}

void TestHostChecks::parsesOsRelease_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secureblue");
    QTest::addColumn<bool>("older");

    QTest::newRow("quoted") << QByteArray("ID=secureblue\nNAME=\"secure\\\"blue\"\n")
                            << "secureblue"
                            << "secure\"blue" << true << false;
    QTest::newRow("single quotes")
            << QByteArray("ID='fedora'\nID_LIKE='secureblue'\nNAME='x y'") << "fedora"
            << "x y" << true << true;
    QTest::newRow("comments and blanks")
            << QByteArray("# comment\n\n  ID=debian  \nNAME=Debian # not a comment\n") << "debian"
            << "Debian # not a comment" << false << false;
    QTest::newRow("no ID") << QByteArray("NAME=Nothing\n") << "linux"
                           << "Nothing" << false << false;
    QTest::newRow("truncated quote") << QByteArray("ID=secureblue\nNAME=\"secure") << "secureblue"
                                     << "secure" << true << false;
    QTest::newRow("bad keys") << QByteArray("I D=x\n=y\nID=fedora\n$(rm)=z\n") << "fedora"
                              << "" << false << false;
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00ID=\x01\x02\n", 10) << "linux"
                            << "" << false << false;
}

void TestHostChecks::parsesOsRelease()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(bool, secureblue);
    QFETCH(bool, older);
    OsRelease release;
    release.path = QStringLiteral("/etc/os-release");
    release.fields = OsRelease::parse(text);
    QCOMPARE(release.id(), id);
    QCOMPARE(release.value(QStringLiteral("NAME")), name);
    QCOMPARE(release.isSecureblue(), secureblue);
    QCOMPARE(release.isOlderSecureblue(), older);
}

void TestHostChecks::osReleaseKeysAreAsciiShellNames()
{
    // Found by fuzzing: keys were checked after toUpper(), which turns the
    // Turkish dotless ı and the long ſ into ASCII I and S.
    const auto fields
            = OsRelease::parse(QStringLiteral("ıD=x\nVERſION=1\nID=fedora\nid_2=y\n").toUtf8());
    QStringList keys = fields.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList {QStringLiteral("ID"), QStringLiteral("id_2")}));
}

void TestHostChecks::readsFwupdAttributes_data()
{
    QTest::addColumn<QList<QVariantMap>>("attributes");
    QTest::addColumn<int>("state");

    const auto attribute = [](const char *id, QVariant result) {
        QVariantMap map {{QStringLiteral("AppstreamId"), QString::fromLatin1(id)}};
        if (result.isValid())
            map.insert(QStringLiteral("HsiResult"), result);
        return map;
    };
    const QVariantMap iommu = attribute("org.fwupd.hsi.Iommu", 1u);
    QTest::newRow("enabled") << QList<QVariantMap> {iommu,
                                                    attribute(FwupdSecureBoot::attributeId, 1u)}
                             << int(FwupdSecureBoot::State::On);
    QTest::newRow("not enabled") << QList<QVariantMap> {attribute(FwupdSecureBoot::attributeId, 2u)}
                                 << int(FwupdSecureBoot::State::Off);
    QTest::newRow("not supported")
            << QList<QVariantMap> {attribute(FwupdSecureBoot::attributeId, 14u)}
            << int(FwupdSecureBoot::State::Unknown);
    QTest::newRow("no result") << QList<QVariantMap> {attribute(FwupdSecureBoot::attributeId, {})}
                               << int(FwupdSecureBoot::State::Unknown);
    QTest::newRow("missing") << QList<QVariantMap> {iommu} << int(FwupdSecureBoot::State::Unknown);
    QTest::newRow("empty") << QList<QVariantMap> {} << int(FwupdSecureBoot::State::Unknown);
}

void TestHostChecks::readsFwupdAttributes()
{
    QFETCH(QList<QVariantMap>, attributes);
    QFETCH(int, state);
    const FwupdSecureBoot answer = FwupdSecureBoot::fromAttributes(attributes);
    QCOMPARE(int(answer.state), state);
    QVERIFY(!answer.evidence.isEmpty());
}

void TestHostChecks::unreachableFwupdIsAnsweredQuickly()
{
    // A sandbox without the EFI variables and without a system bus.
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/airlock-test-bus");
    HostContext host = context(QStringLiteral("garbage"));
    host.askFwupd = true;
    QElapsedTimer timer;
    timer.start();
    const HostCheck check = runCheck(QStringLiteral("secure-boot"), host);
    QVERIFY(timer.elapsed() < 3000);
    qunsetenv("DBUS_SYSTEM_BUS_ADDRESS");
    QCOMPARE(check.status, CheckStatus::Unknown);
    QVERIFY2(check.evidence.contains(QLatin1String("D-Bus")), qPrintable(check.evidence));
    QVERIFY(check.source.contains(QLatin1String("fwupd")));
    QCOMPARE(check.remedy, QStringLiteral("mokutil --sb-state"));
}

void TestHostChecks::tellsConnectionFailuresApart_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("systemErrno");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("remedy");

    const int system = VIR_ERR_SYSTEM_ERROR;
    QTest::newRow("no socket, secureblue")
            << "secureblue"
            << "qemu:///system" << system << ENOENT << "daemons are off"
            << "ujust set-libvirt-daemons on";
    QTest::newRow("no socket, older secureblue")
            << "secureblue-older"
            << "qemu:///system" << system << ENOENT << "daemons are off"
            << "ujust set-libvirt-daemons on || ujust install-libvirt-packages";
    QTest::newRow("refused, debian")
            << "debian"
            << "qemu:///system" << system << ECONNREFUSED << "daemons are off"
            << "sudo systemctl enable --now virtqemud.socket";
    QTest::newRow("no socket, flatpak") << "flatpak"
                                        << "qemu:///system" << system << ENOENT << "/run/libvirt"
                                        << "ujust set-libvirt-daemons on";
    QTest::newRow("polkit denied") << "secureblue"
                                   << "qemu:///system" << int(VIR_ERR_AUTH_FAILED) << 0 << "polkit"
                                   << "virsh --connect qemu:///system list --all";
    QTest::newRow("polkit, no agent")
            << "secureblue"
            << "qemu:///system" << int(VIR_ERR_AUTH_UNAVAILABLE) << 0 << "polkit"
            << "virsh --connect qemu:///system list --all";
    QTest::newRow("remote") << "secureblue"
                            << "qemu+ssh://alice@vmhost/system" << system << ECONNREFUSED
                            << "vmhost"
                            << "virsh --connect qemu+ssh://alice@vmhost/system list --all";
    QTest::newRow("hostile URI quoted")
            << "secureblue"
            << "qemu:///system;rm -rf ~" << int(VIR_ERR_INTERNAL_ERROR) << 0 << "could not connect"
            << "virsh --connect 'qemu:///system;rm -rf ~' list --all";
    QTest::newRow("quote in URI") << "secureblue"
                                  << "qemu:///system?x='" << int(VIR_ERR_INTERNAL_ERROR) << 0
                                  << "could not connect"
                                  << "virsh --connect 'qemu:///system?x='\\''' list --all";
    QTest::newRow("other") << "secureblue"
                           << "qemu:///system" << int(VIR_ERR_INTERNAL_ERROR) << 0
                           << "could not connect"
                           << "virsh --connect qemu:///system list --all";
}

void TestHostChecks::tellsConnectionFailuresApart()
{
    QFETCH(QString, fixture);
    QFETCH(QString, uri);
    QFETCH(int, code);
    QFETCH(int, systemErrno);
    QFETCH(QString, finding);
    QFETCH(QString, remedy);

    HostContext host = context(fixture);
    host.uri = uri;
    LibvirtError error = LibvirtError::fromMessage(QStringLiteral("libvirt's own words"), code);
    error.systemErrno = systemErrno;
    host.setConnectError(error);
    const HostCheck check = runCheck(QStringLiteral("libvirt"), host);
    QCOMPARE(check.status, CheckStatus::Fail);
    QCOMPARE(check.gate, CheckGate::Block);
    QVERIFY(check.acknowledgement.isEmpty());
    QCOMPARE(check.evidence, QStringLiteral("libvirt's own words"));
    QVERIFY2(check.finding.contains(finding), qPrintable(check.finding));
    QCOMPARE(check.remedy, remedy);
}

void TestHostChecks::reportsRealConnectionErrors_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<int>("systemErrno");
    QTest::addColumn<QString>("remedy");
    QTest::newRow("missing socket") << "qemu:///system?socket=/nonexistent/libvirt-sock" << ENOENT
                                    << "ujust set-libvirt-daemons on";
    QTest::newRow("nobody listening on a port")
            << "qemu+tcp://127.0.0.1:1/system" << ECONNREFUSED
            << "virsh --connect qemu+tcp://127.0.0.1:1/system list --all";
}

void TestHostChecks::reportsRealConnectionErrors()
{
    QFETCH(QString, uri);
    QFETCH(int, systemErrno);
    QFETCH(QString, remedy);
    const auto connection = Connection::open(uri);
    QVERIFY(!connection);
    QCOMPARE(connection.error().code, int(VIR_ERR_SYSTEM_ERROR));
    QCOMPARE(connection.error().systemErrno, systemErrno);

    HostContext host = context(QStringLiteral("secureblue"));
    host.uri = uri;
    host.setConnectError(connection.error());
    const HostCheck check = runCheck(QStringLiteral("libvirt"), host);
    QCOMPARE(check.status, CheckStatus::Fail);
    QCOMPARE(check.remedy, remedy);
    QCOMPARE(check.evidence, connection.error().message);
}

void TestHostChecks::remoteHostChecksSayWhereToLook()
{
    HostContext host = context(QStringLiteral("secureblue"));
    host.uri = QStringLiteral("qemu+ssh://alice@vmhost:2222/system");
    QVERIFY(host.isRemote());
    QCOMPARE(host.sshCommand(), QStringLiteral("ssh -p 2222 alice@vmhost"));

    // This computer's files say nothing about vmhost.
    for (const char *id : {"host-os", "secure-boot", "libvirt-group"}) {
        const HostCheck check = runCheck(QLatin1String(id), host);
        QCOMPARE(check.status, CheckStatus::Unknown);
        QVERIFY2(check.finding.contains(QLatin1String("vmhost")), qPrintable(check.finding));
        QVERIFY2(check.remedy.startsWith(QLatin1String("ssh -p 2222 alice@vmhost ")),
                 qPrintable(check.remedy));
    }
    // SELinux is then judged from libvirt's security models, not /sys/fs/selinux.
    QVERIFY(HostChecks::needsHypervisor(QStringLiteral("selinux"), host));
    const HostCheck selinux = runCheck(QStringLiteral("selinux"), host);
    QCOMPARE(selinux.status, CheckStatus::Fail);
    QVERIFY(selinux.source.contains(QLatin1String("libvirt")));

    HostContext local = context(QStringLiteral("secureblue"));
    local.uri = QStringLiteral("qemu+ssh://localhost/system");
    QVERIFY(!local.isRemote());
    QVERIFY(!HostChecks::needsHypervisor(QStringLiteral("selinux"), local));
}

void TestHostChecks::judgesNixosNeeds_data()
{
    QTest::addColumn<quint64>("availableMemory");
    QTest::addColumn<quint64>("poolAvailable");
    QTest::addColumn<int>("threads");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("finding");

    const quint64 gib = HostChecks::gibibyte;
    QTest::newRow("plenty") << 8 * gib << 200 * gib << 8 << CheckStatus::Pass << "Enough";
    QTest::newRow("memory below recommended")
            << 2 * gib << 200 * gib << 8 << CheckStatus::Warn << "NixOS recommends";
    QTest::newRow("memory below minimum")
            << gib << 200 * gib << 8 << CheckStatus::Fail << "needs at least";
    QTest::newRow("disk below recommended")
            << 8 * gib << 20 * gib << 8 << CheckStatus::Warn << "free for disks";
    QTest::newRow("disk below minimum")
            << 8 * gib << 12 * gib << 8 << CheckStatus::Fail << "free for disks";
    QTest::newRow("one processor")
            << 8 * gib << 200 * gib << 1 << CheckStatus::Warn << "Only one logical processor";
    QTest::newRow("fail outweighs warn")
            << 2 * gib << 5 * gib << 1 << CheckStatus::Fail << "free for disks";
}

void TestHostChecks::judgesNixosNeeds()
{
    QFETCH(quint64, availableMemory);
    QFETCH(quint64, poolAvailable);
    QFETCH(int, threads);
    QFETCH(CheckStatus, status);
    QFETCH(QString, finding);

    HostContext host = context(QStringLiteral("secureblue"));
    host.uri = QStringLiteral("qemu+ssh://vmhost/system");
    HostFacts reading = facts(availableMemory, poolAvailable, threads);
    host.setFacts(reading);
    const HostCheck check = runCheck(QStringLiteral("resources"), host);
    QCOMPARE(check.status, status);
    QVERIFY2(check.finding.contains(finding), qPrintable(check.finding));
    QVERIFY(check.evidence.contains(QStringLiteral("free in pool “default”")));
    QCOMPARE(check.gate, status == CheckStatus::Fail ? CheckGate::Acknowledge : CheckGate::None);

    // A pool that does not exist yet is created later, never a failure.
    reading.pool.exists = false;
    reading.pool.active = false;
    host.setFacts(reading);
    const HostCheck fresh = runCheck(QStringLiteral("resources"), host);
    QVERIFY(fresh.evidence.contains(QLatin1String("will be created at /var/lib/libvirt/images")));
    QVERIFY(fresh.finding != check.finding || !check.finding.contains(QLatin1String("disks")));
}

void TestHostChecks::memoryIsLibvirtsAlone()
{
    // A root whose /proc/meminfo claims far more than libvirt's host has:
    // the check shows libvirt's figures, never a mix of the two.
    QTemporaryDir directory;
    QVERIFY(QDir().mkpath(directory.filePath(QStringLiteral("proc"))));
    QFile meminfo(directory.filePath(QStringLiteral("proc/meminfo")));
    QVERIFY(meminfo.open(QIODevice::WriteOnly));
    meminfo.write("MemTotal:       32000000 kB\nMemFree:        20000000 kB\n"
                  "MemAvailable:   22544384 kB\n");
    meminfo.close();

    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(connection);
    virNodeInfo node;
    QCOMPARE(virNodeGetInfo(connection->get(), &node), 0);
    const quint64 total = quint64(node.memory) * 1024;
    const quint64 free = virNodeGetFreeMemory(connection->get());
    QVERIFY(free > 0);
    // The test driver keeps no statistics, so its free memory is all it says.
    QCOMPARE(m_testDriver.memoryBytes, total);
    QCOMPARE(m_testDriver.availableMemoryBytes, free);
    QCOMPARE(m_testDriver.availableMemory, HostFacts::AvailableMemory::FreeOnly);
    QVERIFY(m_testDriver.availableMemoryBytes <= m_testDriver.memoryBytes);

    HostContext host = context(QStringLiteral("secureblue"));
    host.root = HostRoot(directory.path());
    const HostCheck check = runCheck(QStringLiteral("resources"), host);
    const QLocale locale;
    const QString expected
            = QStringLiteral("memory: %1 free of %2")
                      .arg(locale.formattedDataSize(qint64(free), 1, QLocale::DataSizeIecFormat),
                           locale.formattedDataSize(qint64(total), 1, QLocale::DataSizeIecFormat));
    QVERIFY2(check.evidence.contains(expected), qPrintable(check.evidence));
    QVERIFY2(!check.evidence.contains(QLatin1String("21.5")), qPrintable(check.evidence));
    QVERIFY2(!check.source.contains(QLatin1String("meminfo")), qPrintable(check.source));
    QVERIFY2(check.source.contains(QLatin1String("libvirt free memory")), qPrintable(check.source));
}

void TestHostChecks::judgesMemoryByHowLibvirtCountedIt_data()
{
    using Available = HostFacts::AvailableMemory;
    QTest::addColumn<quint64>("total");
    QTest::addColumn<quint64>("available");
    QTest::addColumn<Available>("counted");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QString>("finding");

    const quint64 gib = HostChecks::gibibyte;
    QTest::newRow("with caches, plenty")
            << 16 * gib << 8 * gib << Available::WithCaches << CheckStatus::Pass
            << "memory: 8.0 GiB available of 16.0 GiB"
            << "Enough";
    QTest::newRow("with caches, below the minimum")
            << 16 * gib << gib << Available::WithCaches << CheckStatus::Fail
            << "memory: 1.0 GiB available of 16.0 GiB"
            << "needs at least 1.5 GiB";
    // Free memory leaves out the caches the host could reclaim: a low
    // figure is worth a look, not a failure.
    QTest::newRow("free only, below the minimum")
            << 16 * gib << gib << Available::FreeOnly << CheckStatus::Warn
            << "memory: 1.0 GiB free of 16.0 GiB"
            << "not counting caches";
    QTest::newRow("free only, plenty") << 16 * gib << 8 * gib << Available::FreeOnly
                                       << CheckStatus::Pass << "memory: 8.0 GiB free of 16.0 GiB"
                                       << "Enough";
    QTest::newRow("not said") << 16 * gib << quint64(0) << Available::Unknown << CheckStatus::Pass
                              << "memory: 16.0 GiB in all; libvirt does not say"
                              << "Enough";
    QTest::newRow("too small in all")
            << gib << gib / 2 << Available::WithCaches << CheckStatus::Fail << "of 1.0 GiB"
            << "only 1.0 GiB of memory in all";
}

void TestHostChecks::judgesMemoryByHowLibvirtCountedIt()
{
    QFETCH(quint64, total);
    QFETCH(quint64, available);
    QFETCH(HostFacts::AvailableMemory, counted);
    QFETCH(CheckStatus, status);
    QFETCH(QString, evidence);
    QFETCH(QString, finding);

    HostContext host = context(QStringLiteral("secureblue"));
    HostFacts reading = facts(available, 200 * HostChecks::gibibyte);
    reading.memoryBytes = total;
    reading.availableMemory = counted;
    host.setFacts(reading);
    const HostCheck check = runCheck(QStringLiteral("resources"), host);
    QCOMPARE(check.status, status);
    QVERIFY2(check.evidence.contains(evidence), qPrintable(check.evidence));
    QVERIFY2(check.finding.contains(finding), qPrintable(check.finding));
    QCOMPARE(check.gate, status == CheckStatus::Fail ? CheckGate::Acknowledge : CheckGate::None);

    // On a remote host the command to look runs there.
    if (status != CheckStatus::Pass) {
        host.uri = QStringLiteral("qemu+ssh://alice@vmhost/system");
        QCOMPARE(runCheck(QStringLiteral("resources"), host).remedy,
                 QStringLiteral("ssh alice@vmhost free -h"));
    }
}

void TestHostChecks::prefersDomainCapabilitiesForUefi()
{
    HostContext host = context(QStringLiteral("debian"));
    HostFacts reading = m_testDriver;
    DomainCapabilities domain;
    domain.firmwares = {QStringLiteral("efi"), QStringLiteral("bios")};
    reading.domainCapabilities = domain;
    host.setFacts(reading);
    HostCheck check = runCheck(QStringLiteral("uefi"), host);
    QCOMPARE(check.status, CheckStatus::Pass);
    QCOMPARE(check.evidence, QStringLiteral("firmware: efi, bios"));
    QCOMPARE(check.source, QStringLiteral("libvirt domain capabilities"));

    reading.domainCapabilities->firmwares = {QStringLiteral("bios")};
    host.setFacts(reading);
    check = runCheck(QStringLiteral("uefi"), host);
    QCOMPARE(check.status, CheckStatus::Warn);
    QVERIFY(check.finding.contains(QLatin1String("legacy BIOS")));
    QCOMPARE(check.remedy, QStringLiteral("sudo apt install ovmf"));
}

void TestHostChecks::passesSvirtWithSelinuxModel()
{
    HostContext host = context(QStringLiteral("secureblue"));
    host.setFacts(facts(8 * HostChecks::gibibyte, 100 * HostChecks::gibibyte));
    const HostCheck svirt = runCheck(QStringLiteral("svirt"), host);
    QCOMPARE(svirt.status, CheckStatus::Pass);
    QCOMPARE(svirt.evidence, QStringLiteral("security models: selinux (DOI 0), dac (DOI 0)"));
    const HostCheck kvm = runCheck(QStringLiteral("virtualization"), host);
    QCOMPARE(kvm.status, CheckStatus::Pass);
    QVERIFY(kvm.evidence.contains(QLatin1String("kvm")));
    QVERIFY(kvm.evidence.contains(QLatin1String("/dev/kvm present")));

    // Where /sys/fs/selinux is hidden, libvirt's model tells SELinux is on,
    // though not whether it enforces.
    HostContext hidden = host;
    hidden.root = HostRoot(hostRoot(QStringLiteral("missing-files")));
    const HostCheck selinux = runCheck(QStringLiteral("selinux"), hidden);
    QCOMPARE(selinux.status, CheckStatus::Unknown);
    QVERIFY(selinux.source.contains(QLatin1String("libvirt capabilities")));
    QCOMPARE(selinux.remedy, QStringLiteral("getenforce"));
}

void TestHostChecks::svirtFollowsSelinuxOnlyWhenSelinuxIsOff()
{
    // No SELinux on the host: both checks fail on one reading of libvirt, and
    // accepting the SELinux risk covers sVirt's.
    const HostContext debian = context(QStringLiteral("debian"));
    const HostCheck selinux = runCheck(QStringLiteral("selinux"), debian);
    QCOMPARE(selinux.status, CheckStatus::Fail);
    QCOMPARE(selinux.gate, CheckGate::Acknowledge);
    const HostCheck svirt = runCheck(QStringLiteral("svirt"), debian);
    QCOMPARE(svirt.status, CheckStatus::Fail);
    QCOMPARE(svirt.coveredBy, QStringLiteral("selinux"));
    QVERIFY2(svirt.finding.contains(QLatin1String("SELinux is not active")),
             qPrintable(svirt.finding));

    // The same on a remote host, where only libvirt can say.
    HostContext remote = context(QStringLiteral("secureblue"));
    remote.uri = QStringLiteral("qemu+ssh://alice@vmhost/system");
    QCOMPARE(runCheck(QStringLiteral("selinux"), remote).status, CheckStatus::Fail);
    QCOMPARE(runCheck(QStringLiteral("svirt"), remote).coveredBy, QStringLiteral("selinux"));

    // SELinux enforcing or permissive but libvirt not using it: another
    // cause with another fix, accepted on its own.
    for (const char *fixture : {"secureblue", "selinux-permissive"}) {
        const HostCheck own = runCheck(QStringLiteral("svirt"), context(QLatin1String(fixture)));
        QCOMPARE(own.status, CheckStatus::Fail);
        QVERIFY2(own.coveredBy.isEmpty(), fixture);
    }
}

void TestHostChecks::readsCustomNodeFile()
{
    QTemporaryDir directory;
    const QString nodeFile = directory.filePath(QStringLiteral("node.xml"));
    QFile file(nodeFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<node>
  <cpu><mhz>3000</mhz><model>x86_64</model><nodes>1</nodes><sockets>1</sockets>
       <cores>1</cores><threads>1</threads><active>1</active></cpu>
  <memory>4194304</memory>
  <pool type='dir'>
    <name>default</name>
    <uuid>35bb2ad9-388a-cdfe-461a-b8907f6e53fe</uuid>
    <target><path>/var/lib/libvirt/images</path></target>
  </pool>
</node>
)");
    file.close();
    const QString uri = QStringLiteral("test://") + nodeFile;
    const auto connection = Connection::open(uri);
    QVERIFY2(connection, connection ? "" : qPrintable(connection.error().message));

    HostContext host = context(QStringLiteral("nosmt"));
    host.uri = uri;
    host.setFacts(HostFacts::query(*connection, QStringLiteral("default")));
    QVERIFY(host.facts);
    const HostCheck check = runCheck(QStringLiteral("resources"), host);
    QCOMPARE(check.status, CheckStatus::Warn);
    QVERIFY2(check.finding.contains(QLatin1String("Only one logical processor")),
             qPrintable(check.finding));
    QVERIFY2(check.evidence.contains(QLatin1String("nosmt")), qPrintable(check.evidence));
    QVERIFY2(check.evidence.contains(QStringLiteral("free in pool “default”")),
             qPrintable(check.evidence));
    QVERIFY2(check.evidence.contains(QLatin1String("memory: 4.0 GiB in all")),
             qPrintable(check.evidence));
    const HostCheck libvirt = runCheck(QStringLiteral("libvirt"), host);
    QCOMPARE(libvirt.status, CheckStatus::Pass);
    QVERIFY(libvirt.evidence.startsWith(uri));
}

void TestHostChecks::jsonHasTheContractKeys()
{
    const HostCheck check
            = runCheck(QStringLiteral("selinux"), context(QStringLiteral("secureblue")));
    const QJsonObject json = check.toJson();
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList {QStringLiteral("evidence"), QStringLiteral("id"),
                                 QStringLiteral("remedy"), QStringLiteral("source"),
                                 QStringLiteral("status"), QStringLiteral("title")}));
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("pass"));
    for (const CheckStatus status : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail,
                                     CheckStatus::Unknown, CheckStatus::Info}) {
        QCOMPARE(HostCheck::statusFromKey(HostCheck::statusKey(status)), status);
        QVERIFY(!HostCheck::statusWord(status).isEmpty());
    }
    QVERIFY(!HostCheck::statusFromKey(QStringLiteral("passed")));

    HostCheck failed = check;
    failed.status = CheckStatus::Fail;
    QVERIFY(!HostCheck::anyFailed({check}));
    QVERIFY(HostCheck::anyFailed({check, failed}));
    QVERIFY(!HostCheck::anyFailed({}));
}

void TestHostChecks::timeoutsAreHonest()
{
    const HostContext host = context(QStringLiteral("secureblue"));
    for (const QString &id : HostChecks::ids()) {
        const HostCheck check = HostChecks::timedOut(id, 20, host);
        QCOMPARE(check.id, id);
        QVERIFY(check.finding.contains(QLatin1String("20 seconds")));
        QVERIFY(!check.remedy.isEmpty());
        // Only libvirt's silence stops the wizard; the rest is not known.
        QCOMPARE(check.gate, id == QLatin1String("libvirt") ? CheckGate::Block : CheckGate::None);
        QCOMPARE(check.status,
                 id == QLatin1String("libvirt") ? CheckStatus::Fail : CheckStatus::Unknown);
    }
}

void TestHostChecks::survivesRandomBytes_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 24; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestHostChecks::survivesRandomBytes()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    QTemporaryDir directory;
    const QStringList files {
            QStringLiteral("/etc/os-release"),
            QStringLiteral("/run/host/os-release"),
            QStringLiteral("/sys/fs/selinux/enforce"),
            QStringLiteral(
                    "/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c"),
            QStringLiteral(
                    "/sys/firmware/efi/efivars/SetupMode-8be4df61-93ca-11d2-aa0d-00e098032b8c"),
            QStringLiteral("/proc/cpuinfo"),
            QStringLiteral("/proc/cmdline"),
            QStringLiteral("/proc/self/status"),
            QStringLiteral("/proc/self/environ"),
            QStringLiteral("/proc/sys/kernel/overflowgid"),
            QStringLiteral("/etc/group"),
            QStringLiteral("/etc/passwd"),
            QStringLiteral("/etc/ld.so.preload"),
            QStringLiteral("/usr/share/qemu/firmware/1.json"),
            QStringLiteral("/.flatpak-info"),
    };
    // Sometimes text-like (key=value, colons, the words parsers look for), sometimes raw bytes.
    static const QList<QByteArray> words {
            "ID=",  "secureblue", "\"",         "'",           "\\",
            ":",    "Groups:",    "flags",      "vmx",         "=",
            "\n",   "\0",         "libvirt",    "LD_PRELOAD=", "{\"interface-types\":[",
            "uefi", "nosmt",      "4294967296", "-1",          "999999999999999999999"};
    for (const QString &path : files) {
        if (random.bounded(4) == 0)
            continue; // some files missing
        QByteArray bytes;
        const int length = int(random.bounded(400));
        while (bytes.size() < length) {
            if (random.bounded(2) == 0)
                bytes += words.at(random.bounded(int(words.size())));
            else
                bytes += char(random.bounded(256));
        }
        const QString real = directory.path() + path;
        QDir().mkpath(QFileInfo(real).path());
        QFile file(real);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    for (const bool connected : {true, false}) {
        HostContext host;
        host.root = HostRoot(directory.path());
        host.uri = QStringLiteral("test:///default");
        if (connected)
            host.setFacts(m_testDriver);
        else
            host.setConnectError(LibvirtError::fromMessage(QStringLiteral("x")));
        for (const QString &id : HostChecks::ids()) {
            const HostCheck check = runCheck(id, host);
            QVERIFY(!check.finding.isEmpty());
            QVERIFY(!QJsonDocument(QJsonObject {{QStringLiteral("c"), check.toJson()}})
                             .toJson()
                             .isEmpty());
        }
    }
}

void TestHostChecks::remediesQuoteTheNamesTheyUse()
{
    // The Debian root, with a user name no shell may read as a command.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString source = hostRoot(QStringLiteral("debian"));
    QDirIterator files(source, QDir::Files, QDirIterator::Subdirectories);
    const QByteArray hostile = "carol's $(reboot)";
    while (files.hasNext()) {
        const QString from = files.next();
        const QString to = directory.path() + from.mid(source.size());
        QVERIFY(QDir().mkpath(QFileInfo(to).path()));
        QFile in(from);
        QFile out(to);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        QByteArray bytes = in.readAll();
        if (from.endsWith(QLatin1String("/etc/passwd"))
            || from.endsWith(QLatin1String("/etc/group")))
            bytes.replace("carol", hostile);
        out.write(bytes);
    }
    HostContext hostileContext = context(QStringLiteral("debian"));
    hostileContext.root = HostRoot(directory.path());
    const HostCheck check = runCheck(QStringLiteral("libvirt-group"), hostileContext);
    QCOMPARE(check.status, CheckStatus::Warn);
    // A name the shell could misread is not used at all: "$USER" stands in.
    QCOMPARE(check.remedy, QStringLiteral("sudo gpasswd -d \"$USER\" libvirt"));
}

void TestHostChecks::remediesAreWhatTheySay_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<RemedyKind>("kind");
    QTest::addColumn<QString>("remedy");
    QTest::addColumn<QString>("purpose");

    const auto row = [](const char *fixture, const char *id, RemedyKind kind, const char *remedy,
                        const char *purpose) {
        QTest::addRow("%s/%s", fixture, id)
                << QString::fromUtf8(fixture) << QString::fromUtf8(id) << kind
                << QString::fromUtf8(remedy) << QString::fromUtf8(purpose);
    };
    using K = RemedyKind;
    // Fixes are commands; reading SELinux's mode is not one, and says what it shows.
    row("selinux-permissive", "selinux", K::Command, "sudo setenforce 1", "");
    row("garbage", "selinux", K::Inspect, "getenforce", "“Enforcing” is what Airlock needs");
    row("truncated", "selinux", K::Inspect, "getenforce", "“Enforcing” is what Airlock needs");
    row("garbage", "secure-boot", K::Inspect, "mokutil --sb-state", "whether Secure Boot is on");
    row("missing-files", "libvirt-group", K::Inspect, "id -nG", "Lists your groups");
    // A web address is a link, not a command to paste.
    row("debian", "selinux", K::Link, "https://secureblue.dev/install", "installation guide");
    row("silverblue", "host-os", K::Link, "https://secureblue.dev/install", "installation guide");
    // The firmware setup: a command after a UEFI start, a key at power-on after a BIOS one.
    row("secure-boot-off", "secure-boot", K::Command, "ujust enroll-secureblue-secure-boot-key",
        "then turn Secure Boot on");
    row("no-vmx", "virtualization", K::Command, "systemctl reboot --firmware-setup",
        "There, turn on “Intel Virtualization Technology” (VT-x)");
    row("no-efi", "secure-boot", K::Steps, "press the key that opens the BIOS setup", "");
    row("debian", "secure-boot", K::Steps, "switch the boot mode to UEFI", "");
}

void TestHostChecks::remediesAreWhatTheySay()
{
    QFETCH(QString, fixture);
    QFETCH(QString, id);
    QFETCH(RemedyKind, kind);
    QFETCH(QString, remedy);
    QFETCH(QString, purpose);

    const HostCheck check = runCheck(id, context(fixture));
    QCOMPARE(check.remedyKind, kind);
    QVERIFY2(check.remedy.contains(remedy), qPrintable(check.remedy));
    QVERIFY2(check.remedyPurpose.contains(purpose), qPrintable(check.remedyPurpose));
    if (kind == RemedyKind::Steps)
        QVERIFY2(!check.remedy.contains(QLatin1String("systemctl")), qPrintable(check.remedy));
    if (kind != RemedyKind::Link)
        QVERIFY2(!check.remedy.startsWith(QLatin1String("https://")), qPrintable(check.remedy));
}

void TestHostChecks::firmwareSetupFollowsHowTheComputerStarted()
{
    // The same processor without virtualization, once started with UEFI,
    // once with BIOS: only the first can be sent to its setup by a command.
    QTemporaryDir directory;
    const QString source = hostRoot(QStringLiteral("no-vmx"));
    QDirIterator files(source, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString from = files.next();
        if (from.contains(QLatin1String("/sys/firmware/")))
            continue;
        const QString to = directory.path() + from.mid(source.size());
        QVERIFY(QDir().mkpath(QFileInfo(to).path()));
        QVERIFY(QFile::copy(from, to));
    }
    HostContext bios = context(QStringLiteral("no-vmx"));
    bios.root = HostRoot(directory.path());
    const HostCheck onBios = runCheck(QStringLiteral("virtualization"), bios);
    QCOMPARE(onBios.status, CheckStatus::Fail);
    QCOMPARE(onBios.remedyKind, RemedyKind::Steps);
    QVERIFY2(!onBios.remedy.contains(QLatin1String("systemctl")), qPrintable(onBios.remedy));
    QVERIFY2(onBios.remedy.contains(QLatin1String("BIOS setup")), qPrintable(onBios.remedy));
    QVERIFY2(onBios.remedy.contains(QLatin1String("as it powers on")), qPrintable(onBios.remedy));
    QVERIFY2(onBios.remedy.contains(QLatin1String("Intel Virtualization Technology")),
             qPrintable(onBios.remedy));

    const HostCheck onUefi
            = runCheck(QStringLiteral("virtualization"), context(QStringLiteral("no-vmx")));
    QCOMPARE(onUefi.remedyKind, RemedyKind::Command);
    QCOMPARE(onUefi.remedy, QStringLiteral("systemctl reboot --firmware-setup"));
}

QTEST_GUILESS_MAIN(TestHostChecks)
#include "tst_hostchecks.moc"
