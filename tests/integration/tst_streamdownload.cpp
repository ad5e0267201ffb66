// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestserver.h"
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "media/downloadjob.h"
#include "media/isoupload.h"
#include "media/poolstream.h"
#include "media/sha256.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Airlock;
using namespace std::chrono_literals;

namespace {

const QString s_pool = QStringLiteral("airlock-stream-test-pool");

QString virsh(const QString &uri, const QString &arguments)
{
    return Test::virsh(uri, arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts)).trimmed();
}

// Runs a job until it finishes or fails.
bool runToEnd(DownloadJob &job, int timeoutMs = 120000)
{
    QSignalSpy finished(&job, &DownloadJob::finished);
    QSignalSpy failed(&job, &DownloadJob::failed);
    if (job.state() == DownloadJob::State::Idle || !job.isRunning())
        job.start();
    QElapsedTimer timer;
    timer.start();
    while (finished.isEmpty() && failed.isEmpty() && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    return !finished.isEmpty();
}

} // namespace

// The ISO streamed into a pool of the real daemon while it downloads from a
// loopback server: verified with the file, removed when it is not the
// published one, continued after a drop, and the download never lost to a
// failing pool.
class TestStreamDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void theVolumeEndsVerifiedInThePool();
    void aMismatchRemovesTheVolume();
    void aUsersVolumeOfThatNameIsLeftAlone();
    void aDropMidFileContinuesBoth();
    void aStoppedDownloadResumesIntoTheSameVolume();
    void aVolumeGoneMeanwhileIsFilledFromThePart();
    void aFullPoolFailsClearlyAndTheDownloadGoesOn();
    void anInactivePoolIsLeftToThePlan();
    void theDaemonGoneMidStreamLeavesNothingBehind();
    void thePlanAdoptsTheStreamedVolume();

private:
    DownloadJob::Options options(const QString &uri, const QString &pool = s_pool) const;
    void serve(const QString &name, const QByteArray &data, const QByteArray &published = {},
               const QList<qint64> &dropAt = {}, const QList<qint64> &stallAt = {});
    std::unique_ptr<DownloadJob> job(const QString &name, const DownloadJob::Options &options);
    QString volumeSha256(const QString &volume, const QString &pool = s_pool);
    QStringList volumes(const QString &pool = s_pool);

    Test::RealDaemon m_daemon;
    Connection m_connection;
    std::unique_ptr<Test::HttpTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_directory;
    const QByteArray m_iso = Test::HttpTestServer::patternData(24 * 1024 * 1024 + 4321, 7);
};

void TestStreamDownload::initTestCase()
{
    m_daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(m_daemon);
    Hypervisor::initializeLibvirt();
    const auto connection = Connection::open(m_daemon.uri);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = *connection;
    Test::removeTestPool(m_connection, s_pool);
    const QString poolError = Test::createTestPool(m_connection, s_pool);
    QVERIFY2(poolError.isEmpty(), qPrintable(poolError));
    m_server = std::make_unique<Test::HttpTestServer>();
    QVERIFY(m_server->isListening());
}

void TestStreamDownload::cleanupTestCase()
{
    if (m_connection.isValid())
        Test::removeTestPool(m_connection, s_pool);
}

void TestStreamDownload::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_server->clearRequests();
}

DownloadJob::Options TestStreamDownload::options(const QString &uri, const QString &pool) const
{
    DownloadJob::Options options;
    options.directory = m_directory->path();
    options.firstRetryDelay = 20ms;
    options.maximumRetryDelay = 100ms;
    options.stallTimeout = 1s;
    options.poolTarget = {uri, pool};
    return options;
}

void TestStreamDownload::serve(const QString &name, const QByteArray &data,
                               const QByteArray &published, const QList<qint64> &dropAt,
                               const QList<qint64> &stallAt)
{
    Test::HttpTestServer::Route route;
    route.data = data;
    route.dropAt = dropAt;
    route.stallAt = stallAt;
    m_server->setRoute(QLatin1Char('/') + name, route);
    const QString sha = published.isEmpty() ? Sha256::of(data) : QString::fromLatin1(published);
    m_server->serveData(QLatin1Char('/') + name + QLatin1String(".sha256"),
                        (sha + QLatin1String("  ") + name + QLatin1Char('\n')).toUtf8());
}

std::unique_ptr<DownloadJob> TestStreamDownload::job(const QString &name,
                                                     const DownloadJob::Options &options)
{
    return std::make_unique<DownloadJob>(
            m_server->url(QLatin1Char('/') + name),
            m_server->url(QLatin1Char('/') + name + QLatin1String(".sha256")),
            QStringLiteral("test"), options);
}

QString TestStreamDownload::volumeSha256(const QString &volume, const QString &pool)
{
    const auto handle = m_connection.volume(pool, volume);
    if (!handle)
        return {};
    return sha256OfVolume(m_connection, handle->get()).value_or(QString());
}

QStringList TestStreamDownload::volumes(const QString &pool)
{
    if (const auto handle = m_connection.storagePool(pool))
        virStoragePoolRefresh(handle->get(), 0);
    return m_connection.volumeNames(pool).value_or(QStringList());
}

void TestStreamDownload::theVolumeEndsVerifiedInThePool()
{
    serve(QStringLiteral("stream.iso"), m_iso);
    auto download = job(QStringLiteral("stream.iso"), options(m_daemon.uri));
    QSignalSpy started(download.get(), &DownloadJob::poolStreamStarted);
    QSignalSpy poolFailed(download.get(), &DownloadJob::poolUploadFailed);
    QVERIFY2(runToEnd(*download), qPrintable(download->failureReason()));
    QVERIFY2(poolFailed.isEmpty(), qPrintable(download->poolUploadFailureReason()));
    QCOMPARE(started.size(), 1);
    const DownloadJob::Result result = download->result();
    QCOMPARE(result.pool, s_pool);
    QCOMPARE(result.volume, QStringLiteral("stream.iso"));
    QCOMPARE(volumeSha256(result.volume), Sha256::of(m_iso));
    QCOMPARE(result.sha256, Sha256::of(m_iso));

    const auto cached = CachedIso::read(result.filePath);
    QVERIFY(cached);
    QCOMPARE(cached->pool, s_pool);
    QCOMPARE(cached->volume, result.volume);
    QCOMPARE(cached->poolUri, m_connection.uri());
    QVERIFY(!cached->volumeKey.isEmpty());
    QVERIFY(!QFile::exists(StreamedVolume::recordPath(result.filePath + QLatin1String(".part"))));
    // The cache copy stays for reuse, as without a pool.
    QCOMPARE(QFileInfo(result.filePath).size(), m_iso.size());
    const DownloadJob::Options defaults;
    // The network buffer, the hash queue and the stream queue, plus one chunk.
    QVERIFY2(download->peakBufferedBytes()
                     <= defaults.readBufferBytes + 2 * defaults.hashQueueBytes + 1024 * 1024,
             qPrintable(QString::number(download->peakBufferedBytes())));
}

void TestStreamDownload::aMismatchRemovesTheVolume()
{
    serve(QStringLiteral("altered.iso"), m_iso, QByteArray(64, 'a'));
    auto download = job(QStringLiteral("altered.iso"), options(m_daemon.uri));
    QSignalSpy started(download.get(), &DownloadJob::poolStreamStarted);
    QVERIFY(!runToEnd(*download));
    QCOMPARE(download->failure(), DownloadJob::Failure::ChecksumMismatch);
    QCOMPARE(started.size(), 1); // it was streaming
    QVERIFY(!volumes().contains(QStringLiteral("altered.iso")));
    QVERIFY(QFile::exists(m_directory->filePath(QStringLiteral("altered.iso.corrupt"))));
    QVERIFY(!QFile::exists(m_directory->filePath(QStringLiteral("altered.iso"))));
    QVERIFY(!QFile::exists(
            StreamedVolume::recordPath(m_directory->filePath(QStringLiteral("altered.iso.part")))));
}

void TestStreamDownload::aUsersVolumeOfThatNameIsLeftAlone()
{
    const QByteArray theirs = Test::HttpTestServer::patternData(m_iso.size(), 99);
    {
        const QString path = m_directory->filePath(QStringLiteral("users-own.iso"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(theirs);
        file.close();
        const auto put = putIsoInPool(m_connection, s_pool, path, QStringLiteral("taken.iso"),
                                      QByteArray(), {}, nullptr);
        QVERIFY2(put, qPrintable(put ? QString() : put.error().message));
        QFile::remove(path);
    }
    serve(QStringLiteral("taken.iso"), m_iso, QByteArray(64, 'b'));
    auto mismatching = job(QStringLiteral("taken.iso"), options(m_daemon.uri));
    QVERIFY(!runToEnd(*mismatching));
    QCOMPARE(mismatching->failure(), DownloadJob::Failure::ChecksumMismatch);
    QCOMPARE(volumeSha256(QStringLiteral("taken.iso")), Sha256::of(theirs));
    QVERIFY(!volumes().contains(QStringLiteral("taken-2.iso")));

    serve(QStringLiteral("taken.iso"), m_iso);
    auto download = job(QStringLiteral("taken.iso"), options(m_daemon.uri));
    QVERIFY2(runToEnd(*download), qPrintable(download->failureReason()));
    QCOMPARE(download->result().volume, QStringLiteral("taken-2.iso"));
    QCOMPARE(volumeSha256(QStringLiteral("taken-2.iso")), Sha256::of(m_iso));
    QCOMPARE(volumeSha256(QStringLiteral("taken.iso")), Sha256::of(theirs));
}

void TestStreamDownload::aDropMidFileContinuesBoth()
{
    serve(QStringLiteral("dropped.iso"), m_iso, {}, {m_iso.size() / 3, m_iso.size() * 2 / 3});
    auto download = job(QStringLiteral("dropped.iso"), options(m_daemon.uri));
    QSignalSpy retried(download.get(), &DownloadJob::retrying);
    QVERIFY2(runToEnd(*download), qPrintable(download->failureReason()));
    QCOMPARE(retried.size(), 2);
    bool ranged = false;
    for (const auto &request : m_server->requests())
        ranged = ranged
                 || (request.range.startsWith("bytes=") && !request.range.startsWith("bytes=0-"));
    QVERIFY(ranged);
    QCOMPARE(download->result().volume, QStringLiteral("dropped.iso"));
    QCOMPARE(volumeSha256(QStringLiteral("dropped.iso")), Sha256::of(m_iso));
}

void TestStreamDownload::aStoppedDownloadResumesIntoTheSameVolume()
{
    const qint64 stall = m_iso.size() / 2;
    serve(QStringLiteral("resumed.iso"), m_iso, {}, {}, {stall});
    const QString part = m_directory->filePath(QStringLiteral("resumed.iso.part"));
    {
        auto first = job(QStringLiteral("resumed.iso"), options(m_daemon.uri));
        first->start();
        QTRY_VERIFY_WITH_TIMEOUT(first->progress().bytesDone >= stall, 60000);
        first->cancel(DownloadJob::PartialFile::Keep);
        QTRY_COMPARE(first->state(), DownloadJob::State::Cancelled);
    }
    const auto recorded = StreamedVolume::read(part);
    QVERIFY(recorded);
    QCOMPARE(recorded->volume, QStringLiteral("resumed.iso"));
    QCOMPARE(recorded->bytes, QFileInfo(part).size());
    QVERIFY(recorded->bytes >= stall);

    serve(QStringLiteral("resumed.iso"), m_iso);
    m_server->clearRequests();
    auto second = job(QStringLiteral("resumed.iso"), options(m_daemon.uri));
    QVERIFY2(runToEnd(*second), qPrintable(second->failureReason()));
    QCOMPARE(second->result().volume, QStringLiteral("resumed.iso")); // the same, continued
    QVERIFY(!volumes().contains(QStringLiteral("resumed-2.iso")));
    QCOMPARE(volumeSha256(QStringLiteral("resumed.iso")), Sha256::of(m_iso));
    bool ranged = false;
    for (const auto &request : m_server->requests())
        ranged = ranged || request.range == "bytes=" + QByteArray::number(recorded->bytes) + '-';
    QVERIFY(ranged);
}

void TestStreamDownload::aVolumeGoneMeanwhileIsFilledFromThePart()
{
    const qint64 stall = m_iso.size() / 2;
    serve(QStringLiteral("refilled.iso"), m_iso, {}, {}, {stall});
    const QString part = m_directory->filePath(QStringLiteral("refilled.iso.part"));
    {
        auto first = job(QStringLiteral("refilled.iso"), options(m_daemon.uri));
        first->start();
        QTRY_VERIFY_WITH_TIMEOUT(first->progress().bytesDone >= stall, 60000);
        first->cancel(DownloadJob::PartialFile::Keep);
        QTRY_COMPARE(first->state(), DownloadJob::State::Cancelled);
    }
    QVERIFY(StreamedVolume::read(part));
    virsh(m_daemon.uri, QStringLiteral("vol-delete --pool %1 refilled.iso").arg(s_pool));
    QVERIFY(!volumes().contains(QStringLiteral("refilled.iso")));

    serve(QStringLiteral("refilled.iso"), m_iso);
    auto second = job(QStringLiteral("refilled.iso"), options(m_daemon.uri));
    QVERIFY2(runToEnd(*second), qPrintable(second->failureReason()));
    QCOMPARE(second->result().volume, QStringLiteral("refilled.iso"));
    QCOMPARE(volumeSha256(QStringLiteral("refilled.iso")), Sha256::of(m_iso));
}

void TestStreamDownload::aFullPoolFailsClearlyAndTheDownloadGoesOn()
{
    // A pool on an 8 MiB file system: the 24 MiB ISO does not fit.
    const QString tiny = QStringLiteral("airlock-stream-tiny");
    const QString path = QStringLiteral("/var/lib/libvirt/airlock-stream-tiny");
    QCOMPARE(Test::inDaemonNamespace(m_daemon.directory,
                                     {QStringLiteral("mkdir"), QStringLiteral("-p"), path}),
             0);
    QCOMPARE(Test::inDaemonNamespace(m_daemon.directory,
                                     {QStringLiteral("mount"), QStringLiteral("-t"),
                                      QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=8m"), QStringLiteral("tmpfs"), path}),
             0);
    const auto unmount = qScopeGuard([&] {
        virsh(m_daemon.uri, QStringLiteral("pool-destroy ") + tiny);
        Test::inDaemonNamespace(m_daemon.directory, {QStringLiteral("umount"), path});
    });
    virsh(m_daemon.uri, QStringLiteral("pool-create-as %1 dir --target %2").arg(tiny, path));
    QVERIFY(m_connection.storagePool(tiny));

    serve(QStringLiteral("full.iso"), m_iso);
    auto download = job(QStringLiteral("full.iso"), options(m_daemon.uri, tiny));
    QSignalSpy poolFailed(download.get(), &DownloadJob::poolUploadFailed);
    QVERIFY2(runToEnd(*download), qPrintable(download->failureReason()));
    QCOMPARE(poolFailed.size(), 1);
    QCOMPARE(poolFailed.at(0).at(0).value<DownloadJob::Failure>(),
             DownloadJob::Failure::PoolUpload);
    const QString reason = download->poolUploadFailureReason();
    QVERIFY2(reason.contains(QLatin1String("free space")), qPrintable(reason));
    QVERIFY2(reason.contains(tiny), qPrintable(reason));
    QVERIFY(download->result().volume.isEmpty());
    QCOMPARE(download->result().sha256, Sha256::of(m_iso));
    QVERIFY(volumes(tiny).isEmpty());
    const auto cached = CachedIso::read(download->result().filePath);
    QVERIFY(cached && !cached->hasVolume());
}

void TestStreamDownload::anInactivePoolIsLeftToThePlan()
{
    serve(QStringLiteral("nopool.iso"), m_iso.left(1024 * 1024));
    auto download = job(QStringLiteral("nopool.iso"),
                        options(m_daemon.uri, QStringLiteral("no-such-pool")));
    QSignalSpy started(download.get(), &DownloadJob::poolStreamStarted);
    QSignalSpy poolFailed(download.get(), &DownloadJob::poolUploadFailed);
    QVERIFY2(runToEnd(*download), qPrintable(download->failureReason()));
    QVERIFY(started.isEmpty());
    QVERIFY(poolFailed.isEmpty());
    QVERIFY(download->result().volume.isEmpty());
}

void TestStreamDownload::theDaemonGoneMidStreamLeavesNothingBehind()
{
    // A daemon of its own, killed while the ISO streams into it.
    QTemporaryDir fixture;
    QVERIFY(fixture.isValid());
    const QString directory = fixture.path();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AIRLOCK_FIXTURE_KEEP"), QStringLiteral("1"));
    environment.insert(QStringLiteral("AIRLOCK_FIXTURE_KVM"), QStringLiteral("off"));
    const auto fixtureCommand = [&](const QString &command) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(AIRLOCK_SOURCE_DIR "/tools/libvirtd-fixture"),
                      {command, directory});
        process.waitForFinished(180000);
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    };
    const QString uri = fixtureCommand(QStringLiteral("start"));
    QVERIFY2(uri.startsWith(QLatin1String("qemu:///system?socket=")), qPrintable(uri));
    const auto stopDaemon = qScopeGuard([&] { fixtureCommand(QStringLiteral("stop")); });
    const QString pool = QStringLiteral("dying");
    virsh(uri,
          QStringLiteral("pool-define-as %1 dir --target /var/lib/libvirt/images/%1").arg(pool));
    virsh(uri, QStringLiteral("pool-build ") + pool);
    virsh(uri, QStringLiteral("pool-start ") + pool);

    const qint64 stall = m_iso.size() / 2;
    serve(QStringLiteral("dying.iso"), m_iso, {}, {}, {stall});
    auto download = job(QStringLiteral("dying.iso"), options(uri, pool));
    QSignalSpy started(download.get(), &DownloadJob::poolStreamStarted);
    QSignalSpy poolFailed(download.get(), &DownloadJob::poolUploadFailed);
    QSignalSpy finished(download.get(), &DownloadJob::finished);
    download->start();
    QTRY_VERIFY_WITH_TIMEOUT(download->progress().bytesDone >= stall, 60000);
    QCOMPARE(started.size(), 1);
    // Stalled mid-file: the daemon dies; the retry brings the rest.
    QCOMPARE(::kill(Test::libvirtdPid(directory), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || download->state() == DownloadJob::State::Failed,
                             60000);
    QVERIFY2(!finished.isEmpty(), qPrintable(download->failureReason()));
    QCOMPARE(poolFailed.size(), 1);
    const QString reason = download->poolUploadFailureReason();
    QVERIFY2(reason.contains(QLatin1String("daemon")), qPrintable(reason));
    QCOMPARE(download->result().sha256, Sha256::of(m_iso));
    QVERIFY(download->result().volume.isEmpty());
    const QString part = download->result().filePath + QLatin1String(".part");
    const auto abandoned = StreamedVolume::read(part);
    QVERIFY(abandoned && abandoned->abandoned);

    // Back with what it had on disk: the next start removes the leftover.
    fixtureCommand(QStringLiteral("stop"));
    QCOMPARE(fixtureCommand(QStringLiteral("start")), uri);
    virsh(uri, QStringLiteral("pool-start ") + pool);
    QVERIFY2(virsh(uri, QStringLiteral("vol-list ") + pool).contains(QLatin1String("dying.iso")),
             qPrintable(virsh(uri, QStringLiteral("vol-list ") + pool)));
    auto again = job(QStringLiteral("dying.iso"), options(uri, pool));
    QVERIFY2(runToEnd(*again), qPrintable(again->failureReason()));
    QVERIFY(again->result().reused);
    const QString left = virsh(uri, QStringLiteral("vol-list ") + pool);
    QVERIFY2(!left.contains(QLatin1String("dying.iso")), qPrintable(left));
    QVERIFY(!StreamedVolume::read(part));
}

namespace {

struct Creation
{
    int exitCode = -1;
    QString output;
    QJsonObject json;
};

Creation create(const QString &uri, const QString &directory, const QString &name,
                const QString &iso, const QString &pool)
{
    const QString specPath = directory + QLatin1String("/") + name + QLatin1String(".json");
    QFile spec(specPath);
    if (spec.open(QIODevice::WriteOnly))
        spec.write(QStringLiteral(R"({"name": "%1", "accelerator": "tcg", "cpuMode": "maximum",
                "memoryMiB": 1536, "diskGiB": 10, "iso": "%2", "storagePool": "%3",
                "network": {"mode": "none"}})")
                           .arg(name, iso, pool)
                           .toUtf8());
    spec.close();
    Creation run;
    QProcess process;
    process.start(QStringLiteral(AIRLOCK_BINARY),
                  {QStringLiteral("--create"), QStringLiteral("--json"), QStringLiteral("--spec"),
                   specPath, QStringLiteral("--connect"), uri});
    process.waitForFinished(300000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray out = process.readAllStandardOutput();
    run.output = QString::fromUtf8(out + process.readAllStandardError());
    run.json = QJsonDocument::fromJson(out).object();
    return run;
}

QString isoStepDetail(const Creation &run)
{
    return run.json.value(QStringLiteral("steps"))
            .toArray()
            .at(3)
            .toObject()
            .value(QStringLiteral("detail"))
            .toString();
}

QString volumeKey(const Connection &connection, const QString &pool, const QString &name)
{
    const auto volume = connection.volume(pool, name);
    if (!volume) {
        virResetLastError();
        return {};
    }
    return QString::fromUtf8(virStorageVolGetKey(volume->get()));
}

} // namespace

void TestStreamDownload::thePlanAdoptsTheStreamedVolume()
{
    serve(QStringLiteral("adopted.iso"), m_iso);
    auto download = job(QStringLiteral("adopted.iso"), options(m_daemon.uri));
    QVERIFY2(runToEnd(*download), qPrintable(download->failureReason()));
    QCOMPARE(download->result().volume, QStringLiteral("adopted.iso"));
    const QString iso = download->result().filePath;
    const QString key = volumeKey(m_connection, s_pool, QStringLiteral("adopted.iso"));
    QVERIFY(!key.isEmpty());

    const QString name = QStringLiteral("airlock-test-adopt");
    const Creation first = create(m_daemon.uri, m_directory->path(), name, iso, s_pool);
    QVERIFY2(first.exitCode == 0 || first.exitCode == 3, qPrintable(first.output));
    QVERIFY2(isoStepDetail(first).contains(QLatin1String("while it downloaded")),
             qPrintable(first.output));
    // No upload: no progress of the ISO step, the same volume, no second one.
    QVERIFY2(!first.output.contains(QLatin1String("[4/7]")), qPrintable(first.output));
    QCOMPARE(volumeKey(m_connection, s_pool, QStringLiteral("adopted.iso")), key);
    QVERIFY(!volumes().contains(QStringLiteral("adopted-2.iso")));
    QCOMPARE(volumeSha256(QStringLiteral("adopted.iso")), Sha256::of(m_iso));

    // The VM owns it as one it uploaded: deleting the VM removes it.
    QString output;
    QCOMPARE(Test::runProgram(QStringLiteral(AIRLOCK_BINARY),
                              {QStringLiteral("--delete"), name, QStringLiteral("--yes"),
                               QStringLiteral("--connect"), m_daemon.uri},
                              &output, {}, 120000),
             0);
    QVERIFY2(!volumes().contains(QStringLiteral("adopted.iso")), qPrintable(output));

    // The sidecar still names the volume, which is gone: the plan uploads.
    QVERIFY(CachedIso::read(iso)->hasVolume());
    const Creation second = create(m_daemon.uri, m_directory->path(), name, iso, s_pool);
    QVERIFY2(second.exitCode == 0 || second.exitCode == 3, qPrintable(second.output));
    QVERIFY2(isoStepDetail(second).contains(QLatin1String("Uploaded as")),
             qPrintable(second.output));
    QCOMPARE(volumeSha256(QStringLiteral("adopted.iso")), Sha256::of(m_iso));
    Test::runProgram(QStringLiteral(AIRLOCK_BINARY),
                     {QStringLiteral("--delete"), name, QStringLiteral("--yes"),
                      QStringLiteral("--connect"), m_daemon.uri},
                     &output, {}, 120000);
}

QTEST_GUILESS_MAIN(TestStreamDownload)
#include "tst_streamdownload.moc"
