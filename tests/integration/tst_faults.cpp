// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Airlock;

namespace {

QString virsh(const QString &uri, const QString &arguments, int *exitCode = nullptr)
{
    QString output;
    const int code
            = Test::runProgram(QStringLiteral("virsh"),
                               QStringList {QStringLiteral("-q"), QStringLiteral("-c"), uri}
                                       + arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts),
                               &output, {}, 120000);
    if (exitCode)
        *exitCode = code;
    return output.trimmed();
}

// Everything a creation could touch, as virsh lists it.
QStringList inventory(const QString &uri)
{
    QStringList items;
    for (const QString &listing :
         {QStringLiteral("list --all --name"), QStringLiteral("net-list --all --name"),
          QStringLiteral("pool-list --all --name")})
        items.append(virsh(uri, listing));
    for (const QString &pool : virsh(uri, QStringLiteral("pool-list --name"))
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        items.append(pool + QLatin1String(": ") + virsh(uri, QStringLiteral("vol-list ") + pool));
    return items;
}

QString writeFile(const QTemporaryDir &directory, const QString &name, const QByteArray &contents)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(contents);
    return path;
}

// A stand-in ISO of `bytes` bytes: sparse, so big ones cost nothing.
QString makeIso(const QTemporaryDir &directory, const QString &name, qint64 bytes)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.resize(bytes);
        file.seek(0x8001);
        file.write("CD001");
    }
    return path;
}

QString spec(const QString &name, const QString &iso, const QString &extra = {})
{
    return QStringLiteral(
                   R"({"name": "%1", "accelerator": "tcg", "cpuMode": "maximum", "memoryMiB": 1536,
                              "diskGiB": 10, "iso": "%2"%3})")
            .arg(name, iso, extra);
}

QString fixtureScript()
{
    return QStringLiteral(AIRLOCK_SOURCE_DIR "/tools/libvirtd-fixture");
}

} // namespace

// What happens when things go wrong on the real daemon: Airlock reports it,
// does not crash, and leaves nothing half-made behind.
class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aFullPoolRollsBackFully();
    void aNetworkOfAnotherKindIsNotTouched();
    void missingFirmwareRollsBackFully();
    void twoCreationsOfOneNameLetExactlyOneWin();
    void theDaemonDyingMidwayIsReportedAndRecoverable();

private:
    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        QString output;
        QJsonObject json;
    };
    Run create(const QString &specJson, const QString &uri, QProcess *process = nullptr);

    Test::RealDaemon m_daemon;
    QTemporaryDir m_directory;
    QString m_smallIso;
};

void TestFaults::initTestCase()
{
    m_daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(m_daemon);
    QVERIFY(m_directory.isValid());
    m_smallIso = makeIso(m_directory, QStringLiteral("faults.iso"), 2 * 1024 * 1024);
}

TestFaults::Run TestFaults::create(const QString &specJson, const QString &uri, QProcess *started)
{
    static int counter = 0;
    const QString file = writeFile(m_directory, QStringLiteral("spec-%1.json").arg(++counter),
                                   specJson.toUtf8());
    QProcess local;
    QProcess *process = started ? started : &local;
    if (!started) {
        process->start(QStringLiteral(AIRLOCK_BINARY),
                       {QStringLiteral("--create"), QStringLiteral("--json"),
                        QStringLiteral("--spec"), file, QStringLiteral("--connect"), uri});
    }
    Run run;
    if (!process->waitForFinished(300000)) {
        process->kill();
        process->waitForFinished();
    }
    run.crashed = process->exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process->exitCode();
    const QByteArray out = process->readAllStandardOutput();
    run.output = QString::fromUtf8(out + process->readAllStandardError());
    run.json = QJsonDocument::fromJson(out).object();
    return run;
}

void TestFaults::aFullPoolRollsBackFully()
{
    // A pool on an 8 MiB file system: the disk fits, a 32 MiB ISO does not.
    const QString uri = m_daemon.uri;
    // Outside the default pool's directory, which would list it as a volume.
    const QString path = QStringLiteral("/var/lib/libvirt/airlock-test-tiny");
    QCOMPARE(Test::inDaemonNamespace(m_daemon.directory,
                                     {QStringLiteral("mkdir"), QStringLiteral("-p"), path}),
             0);
    QCOMPARE(Test::inDaemonNamespace(m_daemon.directory,
                                     {QStringLiteral("mount"), QStringLiteral("-t"),
                                      QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=8m"), QStringLiteral("tmpfs"), path}),
             0);
    virsh(uri, QStringLiteral("pool-create-as airlock-test-tiny dir --target ") + path);
    const QString bigIso = makeIso(m_directory, QStringLiteral("too-big.iso"), 32 * 1024 * 1024);

    const QStringList before = inventory(uri);
    const Run run = create(
            spec(QStringLiteral("airlock-test-full"), bigIso,
                 QStringLiteral(
                         R"(, "storagePool": "airlock-test-tiny", "network": {"mode": "none"})")),
            uri);
    const QStringList after = inventory(uri);
    virsh(uri, QStringLiteral("pool-destroy airlock-test-tiny"));
    Test::inDaemonNamespace(m_daemon.directory, {QStringLiteral("umount"), path});

    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error = run.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("step")).toString(),
             QStringLiteral("Put the NixOS ISO into the pool"));
    QVERIFY2(error.value(QStringLiteral("libvirt"))
                     .toString()
                     .contains(QStringLiteral("space"), Qt::CaseInsensitive),
             qPrintable(run.output));
    QVERIFY(error.value(QStringLiteral("advice"))
                    .toString()
                    .contains(QStringLiteral("free space")));
    QVERIFY(error.value(QStringLiteral("leftovers")).toArray().isEmpty());
    QCOMPARE(after, before);
}

void TestFaults::aNetworkOfAnotherKindIsNotTouched()
{
    const QString uri = m_daemon.uri;
    // Earlier tests on this daemon may have made Airlock's own: replace it
    // with one as an older Airlock made it (VMs not kept apart, spanning
    // tree on), which the new one must neither use nor touch.
    virsh(uri, QStringLiteral("net-destroy airlock-nat"));
    virsh(uri, QStringLiteral("net-undefine airlock-nat"));
    const QString impostor = writeFile(m_directory, QStringLiteral("impostor.xml"),
                                       "<network><name>airlock-nat</name><forward mode='nat'/>"
                                       "<bridge stp='on' delay='0'/>"
                                       "<ip address='10.77.0.1' prefix='24'/></network>");
    virsh(uri, QStringLiteral("net-define ") + impostor);
    const QString definition = virsh(uri, QStringLiteral("net-dumpxml airlock-nat"));
    const QStringList before = inventory(uri);

    const Run run = create(spec(QStringLiteral("airlock-test-clash"), m_smallIso, QString()), uri);
    const QStringList after = inventory(uri);
    const QString definitionAfter = virsh(uri, QStringLiteral("net-dumpxml airlock-nat"));
    virsh(uri, QStringLiteral("net-undefine airlock-nat"));
    if (run.exitCode != 1) {
        virsh(uri, QStringLiteral("destroy airlock-test-clash"));
        virsh(uri, QStringLiteral("undefine --nvram airlock-test-clash"));
        virsh(uri, QStringLiteral("vol-delete --pool default airlock-test-clash.qcow2"));
    }

    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error = run.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("step")).toString(), QStringLiteral("Prepare the network"));
    QVERIFY(error.value(QStringLiteral("what"))
                    .toString()
                    .contains(QStringLiteral("not what Airlock makes")));
    QVERIFY2(after == before,
             qPrintable(after.join(QLatin1Char('|')) + QLatin1String(" ≠ ")
                        + before.join(QLatin1Char('|')) + QLatin1Char('\n') + run.output));
    QCOMPARE(definitionAfter, definition);
}

void TestFaults::missingFirmwareRollsBackFully()
{
    // Hide QEMU's firmware descriptors from the daemon: no UEFI to choose.
    const QString uri = m_daemon.uri;
    const QString descriptors = QStringLiteral("/usr/share/qemu/firmware");
    QCOMPARE(Test::inDaemonNamespace(m_daemon.directory,
                                     {QStringLiteral("mount"), QStringLiteral("-t"),
                                      QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=1m,ro"), QStringLiteral("tmpfs"),
                                      descriptors}),
             0);
    const QStringList before = inventory(uri);
    // UEFI asked for in so many words: left out, --create would choose BIOS
    // for a host without UEFI firmware, as the wizard does.
    const Run run = create(spec(QStringLiteral("airlock-test-nofirmware"), m_smallIso,
                                QStringLiteral(R"(, "firmware": "uefi")")),
                           uri);
    const QStringList after = inventory(uri);
    Test::inDaemonNamespace(m_daemon.directory, {QStringLiteral("umount"), descriptors});

    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error = run.json.value(QStringLiteral("error")).toObject();
    QVERIFY2(error.value(QStringLiteral("libvirt")).toString().contains(QStringLiteral("firmware")),
             qPrintable(run.output));
    QVERIFY(error.value(QStringLiteral("advice")).toString().contains(QStringLiteral("BIOS"))
            || error.value(QStringLiteral("step")).toString() == QStringLiteral("Define the VM"));
    QVERIFY(error.value(QStringLiteral("leftovers")).toArray().isEmpty());
    // Only what other creations may have left for good stays (the shared ISO, the pool).
    QCOMPARE(after, before);
}

void TestFaults::twoCreationsOfOneNameLetExactlyOneWin()
{
    const QString uri = m_daemon.uri;
    const QString json = spec(QStringLiteral("airlock-test-twin"), m_smallIso);
    const QString file = writeFile(m_directory, QStringLiteral("twin.json"), json.toUtf8());
    const QStringList arguments {QStringLiteral("--create"),  QStringLiteral("--json"),
                                 QStringLiteral("--spec"),    file,
                                 QStringLiteral("--connect"), uri};
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(AIRLOCK_BINARY), arguments);
    second.start(QStringLiteral(AIRLOCK_BINARY), arguments);
    const Run a = create(json, uri, &first);
    const Run b = create(json, uri, &second);

    QVERIFY(!a.crashed && !b.crashed);
    // Running but not confined (no SELinux here) is exit 3; refused is 1.
    QVERIFY2((a.exitCode == 3 && b.exitCode == 1) || (a.exitCode == 1 && b.exitCode == 3),
             qPrintable(a.output + QLatin1String("\n----\n") + b.output));
    const Run &loser = a.exitCode == 1 ? a : b;
    const QJsonObject error = loser.json.value(QStringLiteral("error")).toObject();
    const QString why = error.value(QStringLiteral("what")).toString()
                        + error.value(QStringLiteral("libvirt")).toString();
    QVERIFY2(why.contains(QStringLiteral("airlock-test-twin")), qPrintable(loser.output));
    QVERIFY(error.value(QStringLiteral("leftovers")).toArray().isEmpty());

    // The winner's VM runs, with its disk, untouched by the loser's rollback.
    QCOMPARE(virsh(uri, QStringLiteral("domstate airlock-test-twin")), QStringLiteral("running"));
    QVERIFY(virsh(uri, QStringLiteral("vol-list default"))
                    .contains(QStringLiteral("airlock-test-twin.qcow2")));
    QCOMPARE(virsh(uri, QStringLiteral("net-list --name")).contains(QStringLiteral("airlock-nat")),
             true);
    virsh(uri, QStringLiteral("destroy airlock-test-twin"));
    virsh(uri, QStringLiteral("undefine --nvram airlock-test-twin"));
    virsh(uri, QStringLiteral("vol-delete --pool default airlock-test-twin.qcow2"));
}

void TestFaults::theDaemonDyingMidwayIsReportedAndRecoverable()
{
    // A daemon of its own, which this test kills while the ISO is uploading.
    QTemporaryDir fixture;
    QVERIFY(fixture.isValid());
    const QString directory = fixture.path();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AIRLOCK_FIXTURE_KEEP"), QStringLiteral("1"));
    const auto fixtureCommand = [&](const QString &command) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(fixtureScript(), {command, directory});
        process.waitForFinished(180000);
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    };
    const QString uri = fixtureCommand(QStringLiteral("start"));
    QVERIFY2(uri.startsWith(QLatin1String("qemu:///system?socket=")), qPrintable(uri));
    const auto stopDaemon = qScopeGuard([&] { fixtureCommand(QStringLiteral("stop")); });

    const QString bigIso
            = makeIso(m_directory, QStringLiteral("slow.iso"), qint64(1536) * 1024 * 1024);
    const QString file = writeFile(m_directory, QStringLiteral("dying.json"),
                                   spec(QStringLiteral("airlock-test-dying"), bigIso).toUtf8());
    QProcess creation;
    creation.start(QStringLiteral(AIRLOCK_BINARY),
                   {QStringLiteral("--create"), QStringLiteral("--spec"), file,
                    QStringLiteral("--connect"), uri});
    QVERIFY(creation.waitForStarted());
    // Kill libvirtd as soon as the upload is under way.
    QByteArray progress;
    static const QRegularExpression uploading(QStringLiteral("\\[4/7\\][^\\r\\n]* ([1-9][0-9]?)%"));
    QElapsedTimer timer;
    timer.start();
    while (!uploading.match(QString::fromUtf8(progress)).hasMatch() && timer.elapsed() < 120000
           && creation.state() == QProcess::Running) {
        creation.waitForReadyRead(100);
        progress += creation.readAllStandardError();
    }
    QVERIFY2(uploading.match(QString::fromUtf8(progress)).hasMatch(), progress.constData());
    QCOMPARE(::kill(Test::libvirtdPid(directory), SIGKILL), 0);
    QVERIFY(creation.waitForFinished(120000));
    const QString output = QString::fromUtf8(progress + creation.readAllStandardError()
                                             + creation.readAllStandardOutput());
    QCOMPARE(creation.exitStatus(), QProcess::NormalExit);
    QCOMPARE(creation.exitCode(), 1);
    QVERIFY2(output.contains(QStringLiteral("The ISO could not be put into the pool")),
             qPrintable(output));
    // What it could not remove is named, each with the command to remove it.
    static const QRegularExpression leftover(QStringLiteral(
            "(?:left behind: .*?|still in the pool .*?)\\(remove it with: (virsh [^)]*)\\)"));
    QStringList removals;
    for (auto it = leftover.globalMatch(output); it.hasNext();)
        removals.append(it.next().captured(1));
    QVERIFY2(!removals.isEmpty(), qPrintable(output));

    // The daemon comes back (with what it had on disk); the named commands
    // clean up, and a retry succeeds.
    fixtureCommand(QStringLiteral("stop"));
    QCOMPARE(fixtureCommand(QStringLiteral("start")), uri);
    for (const QString &removal : std::as_const(removals)) {
        for (const QString &command : removal.split(QStringLiteral("; ")))
            virsh(uri, command.mid(QStringLiteral("virsh ").size()));
    }
    const QString leftoverVolumes = virsh(uri, QStringLiteral("vol-list default"));
    QVERIFY2(!leftoverVolumes.contains(QStringLiteral("airlock-test-dying")),
             qPrintable(leftoverVolumes));
    QVERIFY2(!leftoverVolumes.contains(QStringLiteral("slow")), qPrintable(leftoverVolumes));

    const Run retry = create(spec(QStringLiteral("airlock-test-dying"), m_smallIso), uri);
    QVERIFY(!retry.crashed);
    QVERIFY2(retry.exitCode == 3, qPrintable(retry.output));
    QCOMPARE(virsh(uri, QStringLiteral("domstate airlock-test-dying")), QStringLiteral("running"));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
