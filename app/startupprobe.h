// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace Airlock {

// Start-up as tools/bench measures it: with AIRLOCK_MEASURE_STARTUP=1 the
// process prints, once `page` has been painted for the first time,
//   first-paint-ms=<wall> cpu-ms=<cpu>
// on stdout and quits. Wall time counts from the kernel's record of the
// process's start, so the dynamic loader and static constructors count too.
// The minimal QWizard of tests/bench measures itself with the same code.
class StartupProbe : public QObject
{
public:
    static bool isRequested();
    explicit StartupProbe(QWidget *page);

    // Milliseconds from the process's start until now. The kernel keeps the
    // start in clock ticks (10 ms): tools/bench starts the process right at
    // the beginning of a tick, so the rounding costs nothing there.
    static double millisecondsSinceProcessStart();
    // CPU time (user + system, every thread) the process used so far.
    static double cpuMilliseconds();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_painted = false;
};

} // namespace Airlock
