// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace Airlock::Bench {

// Ticks every 5 ms on the thread that makes it (the GUI thread); a longer
// gap is a stall of that thread's event loop. On a busy machine part of a
// gap is only the thread waiting for a free CPU: the kernel counts that
// (schedstat's run-queue time), so the stall that is the thread's own (its
// work, its blocking calls) is told apart from the machine's load.
class Heartbeat
{
public:
    static constexpr int intervalMs = 5;

    Heartbeat() : m_schedstat(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
        reset();
        m_timer.start();
    }
    ~Heartbeat()
    {
        if (m_schedstat >= 0)
            ::close(m_schedstat);
    }
    Heartbeat(const Heartbeat &) = delete;
    Heartbeat &operator=(const Heartbeat &) = delete;

    // Starts a new window of observation.
    void reset()
    {
        m_longestMs = m_longestOwnMs = m_waitingInLongestMs = 0;
        m_since.start();
        m_sinceReset.start();
        m_waitedNs = waitedNs(&m_ranNs);
    }
    // The longest gap beyond the interval since reset(), in ms.
    double longestStallMs() const { return m_longestMs; }
    // Of that gap, the time the thread only waited for a CPU.
    double waitingInLongestMs() const { return m_waitingInLongestMs; }
    // The longest gap less the time the thread waited for a CPU in it.
    double longestOwnStallMs() const { return m_longestOwnMs; }

private:
    void tick()
    {
        const double gapMs = double(m_since.nsecsElapsed()) / 1e6 - intervalMs;
        m_since.start();
        long long ran = -1;
        const long long waited = waitedNs(&ran);
        const double waitingMs = m_waitedNs >= 0 && waited >= 0
                                         ? std::max(0.0, double(waited - m_waitedNs) / 1e6)
                                         : 0.0;
        const double runningMs = m_ranNs >= 0 && ran >= 0 ? double(ran - m_ranNs) / 1e6 : 0.0;
        m_waitedNs = waited;
        m_ranNs = ran;
        if (gapMs > m_longestMs) {
            m_longestMs = gapMs;
            m_waitingInLongestMs = std::min(waitingMs, gapMs);
        }
        m_longestOwnMs = std::max(m_longestOwnMs, gapMs - waitingMs);
        // AIRLOCK_BENCH_TRACE=1: every stall of 10 ms or more, to find its cause.
        if (gapMs - waitingMs >= 10 && m_trace)
            std::fprintf(stderr,
                         "heartbeat: %.1f ms stall (%.1f ms running, %.1f ms waiting for a CPU, "
                         "the rest blocked), %.0f ms after reset\n",
                         gapMs, runningMs, waitingMs, double(m_sinceReset.nsecsElapsed()) / 1e6);
    }

    // Nanoseconds this thread has spent runnable but waiting for a CPU; and
    // in `ran`, on a CPU.
    long long waitedNs(long long *ran) const
    {
        char buffer[128];
        if (m_schedstat < 0 || ::lseek(m_schedstat, 0, SEEK_SET) != 0)
            return -1;
        const ssize_t length = ::read(m_schedstat, buffer, sizeof buffer - 1);
        if (length <= 0)
            return -1;
        buffer[length] = '\0';
        char *rest = nullptr;
        *ran = std::strtoll(buffer, &rest, 10);
        return std::strtoll(rest, nullptr, 10);
    }

    const int m_schedstat;
    QTimer m_timer;
    QElapsedTimer m_since;
    QElapsedTimer m_sinceReset;
    const bool m_trace = qEnvironmentVariableIntValue("AIRLOCK_BENCH_TRACE") == 1;
    long long m_waitedNs = -1;
    long long m_ranNs = -1;
    double m_longestMs = 0;
    double m_longestOwnMs = 0;
    double m_waitingInLongestMs = 0;
};

} // namespace Airlock::Bench
