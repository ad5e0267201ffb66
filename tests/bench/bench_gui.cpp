// SPDX-License-Identifier: GPL-3.0-or-later
// How responsive the wizard stays while it works, through its own pages:
//   bench_gui [--uri URI --pool POOL] [--size MiB] [--work DIR]
// A heartbeat timer ticks every 5 ms on the GUI thread while the real
// wizard (under the display it is given, e.g. Xvfb)
//   1. sits on the Media page (idle: the baseline of this machine),
//   2. downloads and verifies an ISO from a loopback server (Media page),
//   3. hashes: re-checks the verified download before reuse, and
//      fingerprints the same file chosen as "your own ISO",
//   4. with --uri (a real libvirtd): creates the VM from the Summary page;
//      the Launch page uploads the ISO into POOL (its own row), defines and
//      starts the VM and reads its proof ("creation").
// Prints "key=value" lines: for each phase the longest stall and the part
// of it that was the GUI thread's own (less the time it waited for a CPU).
// The VM, its disk and the uploaded ISO are removed afterwards.
#include "airlockwizard.h"
#include "heartbeat.h"
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "launchpage.h"
#include "media/sha256.h"
#include "mediapage.h"
#include "randomfile.h"
#include "testsupport.h"
#include "wizardsession.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>

#include <cstdio>
#include <functional>
#include <map>

using namespace Airlock;
using Airlock::Bench::Heartbeat;

namespace {

constexpr qint64 s_mebibyte = 1024 * 1024;
const QString s_vmName = QStringLiteral("airlock-test-bench-gui");
const QString s_isoBaseName = QStringLiteral("nixos-graphical-bench-x86_64-linux");

// The longest stall of each phase, raw and the GUI thread's own.
struct Stalls
{
    double longest = 0;
    double own = 0;
    double seconds = 0;
};

std::map<QString, Stalls> s_phases;

void record(const QString &phase, const Heartbeat &heartbeat, double seconds = 0)
{
    Stalls &stalls = s_phases[phase];
    stalls.longest = std::max(stalls.longest, heartbeat.longestStallMs());
    stalls.own = std::max(stalls.own, heartbeat.longestOwnStallMs());
    stalls.seconds += seconds;
}

// Runs the event loop until `done` holds; the heartbeat keeps ticking,
// unlike QTest::qWait, which sleeps between rounds.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop, &done] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

bool fail(const QString &message)
{
    std::fprintf(stderr, "bench_gui: %s\n", qPrintable(message));
    return false;
}

bool downloadAndHash(AirlockWizard &wizard, Heartbeat &heartbeat, const QString &downloadDir)
{
    auto *media = qobject_cast<MediaPage *>(wizard.currentPage());
    auto *download = media->findChild<QPushButton *>(QStringLiteral("downloadButton"));
    auto *retry = media->findChild<QPushButton *>(QStringLiteral("retryButton"));
    const auto verified = [media] { return !media->chosenIso().isEmpty() && media->isComplete(); };
    if (qEnvironmentVariableIntValue("AIRLOCK_BENCH_TRACE") == 1) {
        auto *label = media->findChild<QLabel *>(QStringLiteral("progressLabel"));
        QObject::connect(download, &QPushButton::clicked, label,
                         [label] { std::fprintf(stderr, "download clicked\n"); });
        auto *bar = media->findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QObject::connect(bar, &QProgressBar::valueChanged, bar, [](int value) {
            if (value % 100 == 0)
                std::fprintf(stderr, "progress %d\n", value);
        });
    }

    // The machine's own noise, on an idle page.
    heartbeat.reset();
    runUntil([] { return false; }, 2000);
    record(QStringLiteral("idle"), heartbeat, 2);

    QElapsedTimer timer;
    timer.start();
    heartbeat.reset();
    download->click();
    if (!runUntil([&] { return verified() || retry->isVisible(); }, 600000) || !verified())
        return fail(QStringLiteral("the download did not finish"));
    record(QStringLiteral("download"), heartbeat, double(timer.elapsed()) / 1000);
    const QString iso = media->chosenIso().path;

    // A verified ISO is checked again before it is reused.
    timer.restart();
    heartbeat.reset();
    download->click();
    if (!runUntil([&] { return verified() || retry->isVisible(); }, 600000) || !verified())
        return fail(QStringLiteral("the re-check of the download did not finish"));
    record(QStringLiteral("hashing"), heartbeat, double(timer.elapsed()) / 1000);

    // The same file as "your own ISO": fingerprinted on a worker.
    auto *computed = media->findChild<QLabel *>(QStringLiteral("computedHashLabel"));
    const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    timer.restart();
    heartbeat.reset();
    media->chooseFile(iso);
    if (!runUntil([&] { return hex.match(computed->text()).hasMatch(); }, 600000))
        return fail(QStringLiteral("the fingerprint of the chosen file did not show"));
    record(QStringLiteral("hashing"), heartbeat, double(timer.elapsed()) / 1000);
    if (!iso.startsWith(downloadDir))
        return fail(QStringLiteral("the download landed in %1").arg(iso));
    return true;
}

bool createAndStart(AirlockWizard &wizard, Heartbeat &heartbeat)
{
    if (const QString walked = Test::walkTo(wizard, AirlockWizard::SummaryPageId);
        !walked.isEmpty())
        return fail(walked);
    QAbstractButton *create = wizard.button(QWizard::NextButton);
    if (!runUntil([create] { return create->isEnabled(); }, 60000))
        return fail(QStringLiteral("Create stays disabled"));

    const QList<CreationStep> steps = Provisioner::steps();
    int isoStep = -1;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == CreationStepId::Iso)
            isoStep = i;
    }

    QElapsedTimer timer;
    timer.start();
    QElapsedTimer phaseTimer;
    phaseTimer.start();
    heartbeat.reset();
    wizard.next(); // Create: the Launch page starts the plan
    auto *launch = qobject_cast<LaunchPage *>(wizard.currentPage());
    if (!launch || !launch->provisioner())
        return fail(QStringLiteral("the Launch page did not start creating"));
    QString phase = QStringLiteral("creation");
    // Each step's stalls go to its phase: the ISO upload has its own row.
    const bool trace = qEnvironmentVariableIntValue("AIRLOCK_BENCH_TRACE") == 1;
    QObject::connect(launch->provisioner(), &Provisioner::stepStarted, launch, [&](int step) {
        if (trace)
            std::fprintf(stderr, "step %d started, %lld ms after Create\n", step,
                         qlonglong(timer.elapsed()));
        record(phase, heartbeat, double(phaseTimer.restart()) / 1000);
        heartbeat.reset();
        phase = step == isoStep ? QStringLiteral("upload") : QStringLiteral("creation");
    });
    bool proofShown = false;
    QObject::connect(launch, &LaunchPage::proofRead, launch, [&] {
        if (trace)
            std::fprintf(stderr, "proof read, %lld ms after Create (monotonic %.6f s)\n",
                         qlonglong(timer.elapsed()), double(timer.msecsSinceReference()) / 1000);
        proofShown = true;
    });
    if (!runUntil([&] { return proofShown || launch->phase() == LaunchPage::Phase::Failed; },
                  600000)
        || !proofShown)
        return fail(QStringLiteral("creating the VM did not end with its proof (phase %1)")
                            .arg(int(launch->phase())));
    record(phase, heartbeat, double(phaseTimer.elapsed()) / 1000);
    std::printf("create-s=%.3f\n", double(timer.elapsed()) / 1000);
    return true;
}

// Removes what the run made on the daemon: the VM, its disk and the ISO
// copy (named after the served file), nothing else.
void cleanUp(const QString &uri, const QString &pool)
{
    const auto connection = Connection::open(uri);
    if (!connection)
        return;
    if (auto domain = connection->domain(s_vmName)) {
        virDomainDestroy(domain->get());
        virDomainUndefineFlags(domain->get(), VIR_DOMAIN_UNDEFINE_NVRAM);
    }
    for (const QString &volume : connection->volumeNames(pool).value_or(QStringList())) {
        if (volume.startsWith(s_vmName) || volume.startsWith(s_isoBaseName)) {
            if (auto handle = connection->volume(pool, volume))
                virStorageVolDelete(handle->get(), 0);
        }
    }
    virResetLastError();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption uriOption(QStringLiteral("uri"),
                                       QStringLiteral("A real libvirtd: also upload and create."),
                                       QStringLiteral("URI"));
    const QCommandLineOption poolOption(QStringLiteral("pool"),
                                        QStringLiteral("Its storage pool for the ISO and disk."),
                                        QStringLiteral("POOL"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("ISO size in MiB."),
                                        QStringLiteral("MiB"), QStringLiteral("200"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Scratch folder."),
                                        QStringLiteral("DIR"),
                                        QStringLiteral("/tmp/airlock-bench"));
    parser.addOptions({uriOption, poolOption, sizeOption, workOption});
    parser.addHelpOption();
    parser.process(app);
    Hypervisor::initializeLibvirt();

    const qint64 bytes = parser.value(sizeOption).toLongLong() * s_mebibyte;
    const QString work = parser.value(workOption);
    const QString downloads = work + QLatin1String("/gui-downloads");
    QDir(downloads).removeRecursively();
    QDir().mkpath(downloads);
    const QString source = QStringLiteral("%1/gui-%2MiB.iso").arg(work).arg(bytes / s_mebibyte);
    if (!Bench::makeRandomFile(source, bytes, true)) {
        fail(QStringLiteral("cannot write %1").arg(source));
        return 1;
    }
    const auto sha256 = sha256OfFile(source);
    if (!sha256) {
        fail(sha256.error());
        return 1;
    }

    // The loopback server is bench_download's, in its own process.
    const auto release = ReleaseCatalogue::builtIn().defaultRelease();
    if (!release) {
        fail(QStringLiteral("no release for this architecture"));
        return 1;
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationDirPath() + QLatin1String("/bench_download"),
                 {QStringLiteral("--serve"), source, QStringLiteral("--checksum"),
                  QStringLiteral("%1  %2.iso").arg(*sha256, s_isoBaseName),
                  QStringLiteral("--path"), release->isoUrl.path()});
    if (!server.waitForReadyRead(10000)) {
        fail(QStringLiteral("the loopback server did not start"));
        return 1;
    }
    QUrl base(QStringLiteral("http://127.0.0.1"));
    base.setPort(server.readLine().trimmed().toInt());

    const QString uri = parser.value(uriOption);
    const QString pool = parser.value(poolOption);
    // The clean-up removes volumes by name: only in a pool of the bench's own.
    if (!uri.isEmpty() && !pool.startsWith(QLatin1String("airlock-test-"))) {
        fail(QStringLiteral("--uri needs --pool airlock-test-…, a pool the bench made"));
        return 2;
    }
    VmSpec spec = Test::smallEmulatedSpec(s_vmName);
    spec.network.mode = NetworkMode::None;
    spec.storagePool = pool.isEmpty() ? QStringLiteral("default") : pool;
    if (!uri.isEmpty())
        cleanUp(uri, spec.storagePool);

    bool ok = true;
    {
        AirlockWizard wizard(uri.isEmpty() ? QStringLiteral("test:///default") : uri, spec);
        auto *media = qobject_cast<MediaPage *>(wizard.page(AirlockWizard::MediaPageId));
        media->setCatalogue(ReleaseCatalogue::builtIn(base));
        DownloadJob::Options options;
        options.directory = downloads;
        media->setDownloadOptions(options);
        wizard.show();
        Heartbeat heartbeat;
        if (const QString walked = Test::walkTo(wizard, AirlockWizard::MediaPageId);
            !walked.isEmpty())
            ok = fail(walked);
        ok = ok && downloadAndHash(wizard, heartbeat, downloads);
        if (ok && !uri.isEmpty())
            ok = createAndStart(wizard, heartbeat);
    }
    server.closeWriteChannel();
    server.waitForFinished();
    if (!uri.isEmpty())
        cleanUp(uri, spec.storagePool);
    QDir(downloads).removeRecursively();

    for (const auto &[phase, stalls] : s_phases) {
        std::printf("%s-stall-ms=%.1f\n%s-own-stall-ms=%.1f\n%s-s=%.3f\n", qPrintable(phase),
                    stalls.longest, qPrintable(phase), stalls.own, qPrintable(phase),
                    stalls.seconds);
    }
    return ok ? 0 : 1;
}
