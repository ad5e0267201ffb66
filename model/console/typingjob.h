// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/keytyping.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace Airlock {

class SpiceSession;

// Text typed into the VM through its console's keyboard, one key at a time,
// as a person would type it: nothing reaches the guest but key presses, so
// no channel is opened for it (no clipboard, no shared folder, no agent).
// Paced so that the guest's keyboard buffer never overflows; stops, and says
// how far it got, when the console loses the VM.
class TypingJob : public QObject
{
    Q_OBJECT
public:
    // One stroke (Shift held around it when it needs it) per interval.
    static constexpr std::chrono::milliseconds strokeInterval {8};

    TypingJob(SpiceSession *session, QList<KeyStroke> strokes, QObject *parent = nullptr);

    void start();
    void cancel();

    bool isRunning() const { return m_timer.isActive(); }
    int done() const { return m_done; }
    int total() const { return int(m_strokes.size()); }

Q_SIGNALS:
    void progress(int done, int total);
    // complete: every stroke was typed. Otherwise problem says why not, and
    // what was typed already.
    void finished(bool complete, const QString &problem);

private:
    void typeNext();
    void stop(bool complete, const QString &problem);

    QPointer<SpiceSession> m_session;
    const QList<KeyStroke> m_strokes;
    int m_done = 0;
    QTimer m_timer;
};

} // namespace Airlock
