// SPDX-License-Identifier: GPL-3.0-or-later
// Airlock's console against a running VM, for tools/bench (run under Xvfb):
//
//   bench_console --uri URI --domain NAME [--idle S] [--settle S]
//
// Opens the connection first (the Launch page has it open already), then
// times "Open console" (ConsoleWindow::showFor) to the first paint of the
// guest's picture, lets it settle, and reads this process's CPU time
// (utime + stime) over S idle seconds. Prints
// "first-frame-ms=… idle-cpu-ms=… idle-s=…"; exit 0 when measured.
#include "console/spicesession.h"
#include "consoleview.h"
#include "consolewindow.h"
#include "hypervisor/hypervisor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace Airlock;

namespace {

double cpuMilliseconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms
            = [](const timeval &time) { return time.tv_sec * 1000.0 + time.tv_usec / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
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

    QElapsedTimer clock;
    clock.start();
    ConsoleWindow *window
            = ConsoleWindow::showFor(&hypervisor, parser.value(QStringLiteral("domain")), {});
    qint64 firstFrame = -1;
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
