// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Airlock;

namespace {

const QString s_name = QStringLiteral("airlock-test-crash");

QString virsh(const QString &uri, const QStringList &arguments, int *exitCode = nullptr)
{
    QString output;
    const int code = Test::runProgram(QStringLiteral("virsh"),
                                      QStringList {QStringLiteral("-q"), QStringLiteral("-c"), uri}
                                              + arguments,
                                      &output, {}, 120000);
    if (exitCode)
        *exitCode = code;
    return output.trimmed();
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

// airlock --create killed (SIGKILL) at every step, and the daemon restarted
// in the middle of one, on the real daemon: the journal is left, and
// airlock --recover undoes exactly what it made or finishes the VM.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedAtEachPointIsUndoneExactly_data();
    void killedAtEachPointIsUndoneExactly();
    void killedMidwayIsFinished_data();
    void killedMidwayIsFinished();
    void aDaemonRestartMidwayIsUndone();

private:
    struct Run
    {
        bool killed = false;
        int exitCode = -1;
        QString output;
    };
    Run airlock(const QStringList &arguments, const QString &killAt = {}, int timeoutMs = 240000);
    Run createKilledAt(const QString &killAt);
    // Domains, volumes, networks with their DHCP hosts, and nwfilters.
    QStringList inventory() const;
    QStringList journals() const;
    // Removes what a finished VM left (everything not in the baseline).
    void restoreBaseline();

    Test::RealDaemon m_daemon;
    QString m_uri;
    QTemporaryDir m_directory;
    QString m_specFile;
    QStringList m_baseline;
    std::optional<Connection> m_connection;
};

void TestCrashSafety::initTestCase()
{
    // The daemon this test kills must not take the test with it.
    std::signal(SIGPIPE, SIG_IGN);
    m_daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(m_daemon);
    m_uri = m_daemon.uri;
    Hypervisor::initializeLibvirt();
    QVERIFY(m_directory.isValid());
    // Airlock's data directory, journals and all, is the test's own.
    QVERIFY(QDir().mkpath(m_directory.filePath(QStringLiteral("data"))));
    const QString iso = m_directory.filePath(QStringLiteral("nixos-crash.iso"));
    QVERIFY(Test::writeStandInIso(iso));
    VmSpec spec = Test::smallEmulatedSpec(s_name);
    spec.iso = IsoSource::file(iso);
    spec.network.mode = NetworkMode::Nat; // the network, its filters and an address
    m_specFile = m_directory.filePath(QStringLiteral("crash.json"));
    QVERIFY(spec.save(m_specFile));
    auto connection = Connection::open(m_uri);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = std::move(*connection);
    m_baseline = inventory();
}

void TestCrashSafety::cleanupTestCase()
{
    if (m_connection)
        restoreBaseline();
}

TestCrashSafety::Run TestCrashSafety::airlock(const QStringList &arguments, const QString &killAt,
                                              int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       m_directory.filePath(QStringLiteral("data")));
    if (!killAt.isEmpty())
        environment.insert(QStringLiteral("AIRLOCK_TEST_KILL_AT"), killAt);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AIRLOCK_BINARY),
                  arguments + QStringList {QStringLiteral("--connect"), m_uri});
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    Run run;
    run.killed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.killed ? -1 : process.exitCode();
    run.output
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return run;
}

TestCrashSafety::Run TestCrashSafety::createKilledAt(const QString &killAt)
{
    return airlock({QStringLiteral("--create"), QStringLiteral("--spec"), m_specFile}, killAt);
}

QStringList TestCrashSafety::inventory() const
{
    QStringList items = Test::inventory(*m_connection);
    // A network's persistent XML holds its DHCP hosts.
    for (const QString &network :
         lines(virsh(m_uri, {QStringLiteral("net-list"), QStringLiteral("--all"),
                             QStringLiteral("--name")}))) {
        const QString xml = virsh(
                m_uri, {QStringLiteral("net-dumpxml"), QStringLiteral("--inactive"), network});
        static const QRegularExpression host(QStringLiteral("<host [^>]*>"));
        for (auto it = host.globalMatch(xml); it.hasNext();)
            items.append(QStringLiteral("network %1 dhcp %2").arg(network, it.next().captured(0)));
    }
    for (const QString &filter : lines(virsh(m_uri, {QStringLiteral("nwfilter-list")})))
        items.append(QStringLiteral("nwfilter ")
                     + filter.simplified().section(QLatin1Char(' '), 1, 1));
    items.sort();
    return items;
}

QStringList TestCrashSafety::journals() const
{
    return QDir(m_directory.filePath(QStringLiteral("data/airlock/creations")))
            .entryList({QStringLiteral("*.json")}, QDir::Files);
}

void TestCrashSafety::restoreBaseline()
{
    // A VM the creation finished is removed as Airlock deletes it: with its
    // DHCP host entry on a network that was there before, which the sweep
    // below cannot tell from the network's own.
    for (const QString &item : inventory()) {
        if (!m_baseline.contains(item) && item.startsWith(QLatin1String("domain ")))
            airlock({QStringLiteral("--delete"), item.section(QLatin1Char(' '), 1, 1),
                     QStringLiteral("--yes")});
    }
    const QStringList now = inventory();
    const auto was = [this](const QString &item) { return m_baseline.contains(item); };
    for (const QString &item : now) {
        if (was(item))
            continue;
        const QStringList words = item.split(QLatin1Char(' '));
        if (words.at(0) == QLatin1String("domain")) {
            virsh(m_uri, {QStringLiteral("destroy"), words.at(1)});
            virsh(m_uri, {QStringLiteral("undefine"), QStringLiteral("--nvram"), words.at(1)});
        }
    }
    for (const QString &item : now) {
        if (was(item) || !item.startsWith(QLatin1String("volume ")))
            continue;
        const QString path = item.section(QLatin1Char(' '), 1);
        virsh(m_uri, {QStringLiteral("vol-delete"), QStringLiteral("--pool"),
                      path.section(QLatin1Char('/'), 0, 0), path.section(QLatin1Char('/'), 1)});
    }
    for (const QString &item : now) {
        const QStringList words = item.split(QLatin1Char(' '));
        if (was(item))
            continue;
        if (words.at(0) == QLatin1String("network") && words.at(2) == QLatin1String("active")
            && !std::any_of(m_baseline.cbegin(), m_baseline.cend(), [&words](const QString &b) {
                   return b.startsWith(QLatin1String("network ") + words.at(1) + QLatin1Char(' '));
               })) {
            virsh(m_uri, {QStringLiteral("net-destroy"), words.at(1)});
            virsh(m_uri, {QStringLiteral("net-undefine"), words.at(1)});
        } else if (words.at(0) == QLatin1String("nwfilter")) {
            virsh(m_uri, {QStringLiteral("nwfilter-undefine"), words.at(1)});
        } else if (words.at(0) == QLatin1String("pool")) {
            virsh(m_uri, {QStringLiteral("pool-destroy"), words.at(1)});
            virsh(m_uri, {QStringLiteral("pool-undefine"), words.at(1)});
        }
    }
    for (const QString &journal : journals())
        QFile::remove(m_directory.filePath(QStringLiteral("data/airlock/creations/")) + journal);
}

void TestCrashSafety::killedAtEachPointIsUndoneExactly_data()
{
    QTest::addColumn<QString>("killAt");
    QTest::newRow("Check:started") << QStringLiteral("Check:started");
    for (const char *step : {"StoragePool", "Disk", "Iso", "Network", "Define", "Start"}) {
        for (const char *point : {"before-intent", "after-intent", "made", "after-made"}) {
            const QString at
                    = QStringLiteral("%1:%2").arg(QLatin1String(step), QLatin1String(point));
            QTest::newRow(qPrintable(at)) << at;
        }
    }
    // The later objects of the network step: a filter and the DHCP host.
    QTest::newRow("filter:made") << QStringLiteral("filter:made");
    QTest::newRow("dhcp-host:made") << QStringLiteral("dhcp-host:made");
    QTest::newRow("dhcp-host:after-made") << QStringLiteral("dhcp-host:after-made");
}

void TestCrashSafety::killedAtEachPointIsUndoneExactly()
{
    QFETCH(QString, killAt);
    const Run created = createKilledAt(killAt);
    if (!created.killed) {
        // This daemon had the object already (a pool or the filters another
        // test made):
        // the point is never reached, and the VM was made.
        restoreBaseline();
        const bool filtersThere
                = std::any_of(m_baseline.cbegin(), m_baseline.cend(), [](const QString &item) {
                      return item.startsWith(QLatin1String("nwfilter airlock"));
                  });
        QVERIFY2(killAt.startsWith(QLatin1String("StoragePool"))
                         || (killAt.startsWith(QLatin1String("filter")) && filtersThere),
                 qPrintable(created.output));
        QSKIP("an earlier creation on this daemon made the object already; the step makes "
              "nothing");
    }
    QCOMPARE(journals().size(), 1);

    const Run listed = airlock({QStringLiteral("--recover"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray creations = QJsonDocument::fromJson(listed.output.toUtf8())
                                         .object()
                                         .value(QStringLiteral("creations"))
                                         .toArray();
    QCOMPARE(creations.size(), 1);
    QCOMPARE(creations.at(0).toObject().value(QStringLiteral("name")).toString(), s_name);

    // While the journal says something was made, a second creation of the
    // name is refused until it is recovered. (One that made nothing, or
    // only intended to, leaves nothing to recover: the next creation drops it.)
    const QJsonArray objects
            = creations.at(0).toObject().value(QStringLiteral("objects")).toArray();
    const bool madeSomething = std::any_of(objects.begin(), objects.end(), [](const QJsonValue &o) {
        return o.toObject().value(QStringLiteral("state")).toString() == QLatin1String("made");
    });
    if (madeSomething) {
        const Run refused = createKilledAt({});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.output.contains(QLatin1String("airlock --recover")),
                 qPrintable(refused.output));
    }

    const Run undone = airlock({QStringLiteral("--recover"), QStringLiteral("--undo")});
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.output));
    QCOMPARE(inventory(), m_baseline);
    QVERIFY(journals().isEmpty());
}

void TestCrashSafety::killedMidwayIsFinished_data()
{
    QTest::addColumn<QString>("killAt");
    QTest::newRow("Disk:made") << QStringLiteral("Disk:made");
    QTest::newRow("Iso:after-made") << QStringLiteral("Iso:after-made");
    QTest::newRow("dhcp-host:made") << QStringLiteral("dhcp-host:made");
    QTest::newRow("Start:made") << QStringLiteral("Start:made");
}

void TestCrashSafety::killedMidwayIsFinished()
{
    QFETCH(QString, killAt);
    const Run created = createKilledAt(killAt);
    QVERIFY2(created.killed, qPrintable(created.output));
    QCOMPARE(journals().size(), 1);

    const Run finished = airlock(
            {QStringLiteral("--recover"), QStringLiteral("--finish"), QStringLiteral("--json")});
    QVERIFY2(finished.exitCode == 0, qPrintable(finished.output));
    const QJsonObject result = QJsonDocument::fromJson(finished.output.toUtf8())
                                       .object()
                                       .value(QStringLiteral("recovered"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
    QVERIFY2(result.value(QStringLiteral("ok")).toBool(), qPrintable(finished.output));
    QCOMPARE(result.value(QStringLiteral("domain")).toString(), s_name);
    QVERIFY(journals().isEmpty());
    QCOMPARE(virsh(m_uri, {QStringLiteral("domstate"), s_name}), QStringLiteral("running"));
    // One disk, one ISO: nothing made twice.
    const QStringList volumes = inventory().filter(QStringLiteral("volume "));
    QCOMPARE(volumes.filter(s_name + QLatin1String(".qcow2")).size(), 1);
    QCOMPARE(volumes.filter(QStringLiteral("nixos-crash")).size(), 1);

    // --verify holds it to what it was made from, as after any creation:
    // on this machine without SELinux, exit 3 with every audit check passing.
    const Run verified = airlock({QStringLiteral("--verify"), s_name, QStringLiteral("--json")});
    QVERIFY2(verified.exitCode == 3, qPrintable(verified.output));
    const QJsonObject document = QJsonDocument::fromJson(verified.output.toUtf8()).object();
    QVERIFY(document.value(QStringLiteral("madeByAirlock")).toBool());
    const QJsonObject proof = document.value(QStringLiteral("proof")).toObject();
    QVERIFY(proof.value(QStringLiteral("running")).toBool());
    QCOMPARE(proof.value(QStringLiteral("verdict")).toString(),
             QStringLiteral("Not confined by SELinux"));
    QVERIFY(proof.value(QStringLiteral("disagreements")).toArray().isEmpty());
    for (const QJsonValue &check : proof.value(QStringLiteral("audit")).toArray()) {
        QVERIFY2(check.toObject().value(QStringLiteral("passed")).toBool(),
                 QJsonDocument(check.toObject()).toJson(QJsonDocument::Compact).constData());
    }
    restoreBaseline();
    QCOMPARE(inventory(), m_baseline);
}

void TestCrashSafety::aDaemonRestartMidwayIsUndone()
{
    // A big (sparse) ISO, so that the upload is still under way when the
    // daemon goes: killed, then started again with what it had on disk.
    const QString bigIso = m_directory.filePath(QStringLiteral("slow.iso"));
    {
        QFile file(bigIso);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.resize(qint64(1536) * 1024 * 1024);
        file.seek(0x8001);
        file.write("CD001");
    }
    VmSpec spec = Test::smallEmulatedSpec(s_name);
    spec.iso = IsoSource::file(bigIso);
    const QString specFile = m_directory.filePath(QStringLiteral("restart.json"));
    QVERIFY(spec.save(specFile));

    QProcess creation;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       m_directory.filePath(QStringLiteral("data")));
    creation.setProcessEnvironment(environment);
    creation.start(QStringLiteral(AIRLOCK_BINARY),
                   {QStringLiteral("--create"), QStringLiteral("--spec"), specFile,
                    QStringLiteral("--connect"), m_uri});
    QVERIFY(creation.waitForStarted());
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

    QFile pidFile(m_daemon.directory + QLatin1String("/libvirtd.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    QCOMPARE(::kill(pidFile.readAll().trimmed().toInt(), SIGKILL), 0);
    QVERIFY(creation.waitForFinished(120000));
    QCOMPARE(creation.exitCode(), 1);
    // It could not undo everything without the daemon: the journal is left.
    QCOMPARE(journals().size(), 1);

    QProcessEnvironment keep = QProcessEnvironment::systemEnvironment();
    keep.insert(QStringLiteral("AIRLOCK_FIXTURE_KEEP"), QStringLiteral("1"));
    for (const QString &command : {QStringLiteral("stop"), QStringLiteral("start")}) {
        QProcess fixture;
        fixture.setProcessEnvironment(keep);
        fixture.start(QStringLiteral(AIRLOCK_SOURCE_DIR "/tools/libvirtd-fixture"),
                      {command, m_daemon.directory});
        QVERIFY(fixture.waitForFinished(180000));
        QCOMPARE(fixture.exitCode(), 0);
    }
    auto connection = Connection::open(m_uri);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = std::move(*connection);
    const Run listed = airlock({QStringLiteral("--recover")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.output.contains(s_name), qPrintable(listed.output));
    const Run undone = airlock({QStringLiteral("--recover"), QStringLiteral("--undo")});
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.output));
    // A daemon killed with SIGKILL forgets which of its networks ran (their
    // bridges and dnsmasq outlive it); whether they run is the daemon's, not
    // the creation's: everything else is compared.
    const auto runStateAside = [](QStringList items) {
        static const QRegularExpression running(QStringLiteral("^(network \\S+ active) [01]"));
        for (QString &item : items)
            item.replace(running, QStringLiteral("\\1 ?"));
        return items;
    };
    QCOMPARE(runStateAside(inventory()), runStateAside(m_baseline));
    QVERIFY(journals().isEmpty());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety_realdaemon.moc"
