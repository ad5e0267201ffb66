// SPDX-License-Identifier: GPL-3.0-or-later
#include "typingjob.h"

#include "console/spicesession.h"

namespace Airlock {

TypingJob::TypingJob(SpiceSession *session, QList<KeyStroke> strokes, QObject *parent)
    : QObject(parent), m_session(session), m_strokes(std::move(strokes))
{
    m_timer.setInterval(strokeInterval);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TypingJob::typeNext);
}

void TypingJob::start()
{
    m_done = 0;
    if (!m_session || !m_session->acceptsInput()) {
        stop(false, tr("Nothing was typed: the console is not connected to the VM's screen."));
        return;
    }
    m_timer.start();
}

void TypingJob::cancel()
{
    if (isRunning())
        stop(false,
             tr("Typing stopped after %1 of %n character(s).", nullptr, total()).arg(m_done));
}

void TypingJob::typeNext()
{
    if (!m_session || !m_session->acceptsInput()
        || m_session->state() != SpiceSession::State::Connected) {
        stop(false, tr("The console lost the VM's screen after %1 of %n character(s); nothing "
                       "more was typed. Clear what was typed in the VM's terminal (Ctrl+C) "
                       "before typing it again.",
                       nullptr, total())
                            .arg(m_done));
        return;
    }
    if (m_done == total()) {
        stop(true, {});
        return;
    }
    const KeyStroke stroke = m_strokes.at(m_done);
    if (stroke.shift)
        m_session->sendKeys({KeyTyping::leftShift, stroke.scancode});
    else
        m_session->sendKeys({stroke.scancode});
    ++m_done;
    Q_EMIT progress(m_done, total());
}

void TypingJob::stop(bool complete, const QString &problem)
{
    m_timer.stop();
    if (m_session)
        m_session->releaseAllKeys();
    Q_EMIT finished(complete, problem);
}

} // namespace Airlock
