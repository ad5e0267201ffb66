// SPDX-License-Identifier: GPL-3.0-or-later
// Airlock's console against a running VM, for tools/bench (run under Xvfb):
//
//   bench_console --uri URI --domain NAME [--idle S] [--settle S]
//
// Opens the connection first (the Launch page has it open already), then
// times "Open console" (ConsoleWindow::showFor) to the first paint of the
// guest's picture, lets it settle, and reads this process's CPU time
// (every thread's schedstat) over S idle seconds. Prints
// "first-frame-ms=… idle-cpu-ms=… idle-s=…"; exit 0 when measured.
#include "console/spicesession.h"
#include "consoleview.h"
#include "consolewindow.h"
#include "hypervisor/hypervisor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

#include <cstdio>

using namespace Airlock;

namespace {

// Time on a CPU of every thread, in ms: the first field of each
// /proc/self/task/*/schedstat (ns), as tools/bench reads virt-viewer's.
double cpuMilliseconds()
{
    double total = 0;
    const QStringList tasks
            = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile stat(QStringLiteral("/proc/self/task/%1/schedstat").arg(task));
        if (stat.open(QIODevice::ReadOnly))
            total += stat.readAll().split(' ').value(0).toDouble() / 1e6;
    }
    return total;
}

void spin(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
            {{QStringLiteral("uri"), QStringLiteral("libvirt URI"), QStringLiteral("URI")},
             {QStringLiteral("domain"), QStringLiteral("running VM"), QStringLiteral("NAME")},
             {QStringLiteral("idle"), QStringLiteral("idle seconds"), QStringLiteral("S"),
              QStringLiteral("10")},
             {QStringLiteral("settle"), QStringLiteral("settle seconds"), QStringLiteral("S"),
              QStringLiteral("2")}});
    parser.process(app);
    Hypervisor::initializeLibvirt();
    Hypervisor hypervisor;
    QSignalSpy opened(&hypervisor, &Hypervisor::opened);
    hypervisor.open(parser.value(QStringLiteral("uri")));
    if (!opened.wait(30000)) {
        std::fprintf(stderr, "bench_console: could not connect\n");
        return 1;
    }

    // The wizard is on screen when the user clicks: a window shown first, so
    // the console's time is its own, not the first window's of the process.
    QWidget launchPage;
    launchPage.resize(400, 300);
    launchPage.show();
    spin(500);

    QElapsedTimer clock;
    clock.start();
    ConsoleWindow *window
            = ConsoleWindow::showFor(&hypervisor, parser.value(QStringLiteral("domain")), {});
    qint64 firstFrame = -1;
    QObject::connect(window->session(), &SpiceSession::stateChanged, window, [&] {
        std::fprintf(stderr, "bench_console: %.1f ms: state %d\n", clock.nsecsElapsed() / 1e6,
                     int(window->session()->state()));
    });
    QObject::connect(window->session(), &SpiceSession::guestSizeChanged, window, [&] {
        std::fprintf(stderr, "bench_console: %.1f ms: primary surface\n",
                     clock.nsecsElapsed() / 1e6);
    });
    QObject::connect(window->view(), &ConsoleView::framePainted, window, [&] {
        if (firstFrame < 0 && !window->view()->frame().isNull())
            firstFrame = clock.nsecsElapsed();
    });
    while (firstFrame < 0 && clock.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (firstFrame < 0) {
        std::fprintf(stderr, "bench_console: no frame: %s\n", qPrintable(window->stateText()));
        return 1;
    }

    spin(int(parser.value(QStringLiteral("settle")).toDouble() * 1000));
    const double idleSeconds = parser.value(QStringLiteral("idle")).toDouble();
    const double before = cpuMilliseconds();
    spin(int(idleSeconds * 1000));
    const double idleCpu = cpuMilliseconds() - before;
    const bool connected = window->session()->state() == SpiceSession::State::Connected;
    std::printf("first-frame-ms=%.1f idle-cpu-ms=%.1f idle-s=%.1f\n", firstFrame / 1e6, idleCpu,
                idleSeconds);
    delete window;
    return connected ? 0 : 1;
}
