// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>

namespace Airlock {

bool StartupProbe::isRequested()
{
    return qEnvironmentVariableIntValue("AIRLOCK_MEASURE_STARTUP") == 1;
}

StartupProbe::StartupProbe(QWidget *page) : QObject(page)
{
    page->installEventFilter(this);
}

double StartupProbe::millisecondsSinceProcessStart()
{
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Field 22, counted after the command name, which may hold spaces and ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int startTimeField = 22 - 3;
    if (fields.size() <= startTimeField)
        return -1;
    const double ticks = fields.at(startTimeField).toDouble();
    const double startMs = ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startMs;
}

double StartupProbe::cpuMilliseconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &time) {
        return double(time.tv_sec) * 1000.0 + double(time.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Qt flushes the painted window right after the paint events of
        // this pass: the next turn of the event loop comes after it.
        QTimer::singleShot(0, this, [] {
            std::printf("first-paint-ms=%.1f cpu-ms=%.1f\n", millisecondsSinceProcessStart(),
                        cpuMilliseconds());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Airlock
