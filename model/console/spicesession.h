// SPDX-License-Identifier: GPL-3.0-or-later
// model/console/: the VM's screen, keyboard and mouse over SPICE, decoded by
// spice-client-glib (spice-gtk's library without GTK). The display listens
// nowhere; every socket comes from libvirt (virDomainOpenGraphicsFD). No
// widgets: the console window paints frame() and calls the input functions.
#pragma once

#include "hypervisor/domaincontrol.h"
#include "hypervisor/hypervisor.h"
#include "spec/vmspec.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QRect>
#include <QString>

#include <chrono>
#include <optional>

namespace Airlock {

class SpiceGlue;

// What the console carries besides screen, keyboard and mouse: only what the
// user chose for the VM, and only what this console can honour.
struct ConsoleChannels
{
    bool clipboard = false; // chosen for the VM; the console does not carry it (yet)
    bool audio = false; // chosen for the VM; the console plays no sound (see soundNote())

    static ConsoleChannels fromExposure(const ExposureChoice &exposure)
    {
        return {exposure.clipboard, exposure.audio};
    }
};

// One VM's SPICE display. Opens when asked and again whenever libvirt says
// the VM started; a guest reset keeps the connection (QEMU stays).
class SpiceSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, // not asked to open, or closed
        Connecting,
        Connected,
        VmOff, // the VM does not run: it opens when it starts
        Failed, // problem() and remedy() say why and what to do
    };
    Q_ENUM(State)

    // Client: the guest follows the pointer's position (a tablet; the
    // domain's virtio tablet). Server: the guest moves its own pointer by
    // the motion it is sent (no tablet driver in the guest yet).
    enum class MouseMode { Client, Server };
    Q_ENUM(MouseMode)

    enum class MouseButton { Left, Middle, Right, Side, Extra };

    // How long libvirt may take to hand over a socket before the console
    // says it does not answer.
    static constexpr std::chrono::milliseconds fdTimeout {10000};

    SpiceSession(Hypervisor *hypervisor, const QString &domainName, ConsoleChannels channels = {},
                 QObject *parent = nullptr);
    ~SpiceSession() override;

    void open();
    void close();
    // Asks libvirt to start the VM (on a worker); the console opens when the
    // VM's Started event arrives. A refusal becomes State::Failed.
    void startVm();

    State state() const { return m_state; }
    QString domainName() const { return m_domainName; }
    Hypervisor *hypervisor() const { return m_hypervisor; }
    ConsoleChannels channels() const { return m_channels; }
    // Translated: what happened, and what the user can do now.
    QString problem() const { return m_problem; }
    QString remedy() const { return m_remedy; }
    // Why sound chosen for the VM is not played here; empty when none was.
    QString soundNote() const;
    QString clipboardNote() const;

    // The guest's primary surface, shared with spice-client-glib while
    // connected (a copy of the last picture after that). Null before the
    // first one. Its memory is spice-client-glib's: take frame() again on
    // every frameChanged, and copy() what must outlive the next one.
    const QImage &frame() const { return m_frame; }
    QSize guestSize() const { return m_frame.size(); }
    // Updates received since the session was made (every display-invalidate).
    int frameUpdates() const { return m_frameUpdates; }
    // Connections made since the session was made (every main channel opened).
    int connections() const { return m_connections; }
    MouseMode mouseMode() const { return m_mouseMode; }
    bool acceptsInput() const { return m_inputs != nullptr; }

    // Pointer at `position` in guest pixels. In server mode the motion since
    // the last position is sent instead.
    void movePointer(QPoint position);
    void pressButton(MouseButton button);
    void releaseButton(MouseButton button);
    // Wheel steps: positive away from the user (up).
    void scrollWheel(int steps);

    // PC XT scancodes (xtkeymap.h), extended keys as 0x100 | code.
    void pressKey(int scancode);
    void releaseKey(int scancode);
    // Releases what is held down (focus lost, grab released).
    void releaseAllKeys();
    QList<int> pressedKeys() const { return m_pressedKeys; }
    // Presses the keys in order, then releases them in reverse: a combination.
    void sendKeys(const QList<int> &scancodes);

Q_SIGNALS:
    void stateChanged(Airlock::SpiceSession::State state);
    void frameChanged(const QRect &area);
    void guestSizeChanged(const QSize &size);
    void mouseModeChanged(Airlock::SpiceSession::MouseMode mode);
    // Connected before, not any more: a translated reason and what to do.
    void disconnected(const QString &reason, const QString &remedy);

private:
    friend class SpiceGlue;
    void setState(State state);
    void fail(const QString &problem, const QString &remedy);
    void requestFd(void *channel);
    void deliverFd(void *channel, int fd);
    void startGlibSession(int fd);
    void teardown();
    void onLost();
    void checkWhetherRunning(const QString &problemIfRunning);
    void onLifecycle(const QString &domainName, Hypervisor::DomainEvent event);

    void onChannelNew(void *channel);
    void onChannelDestroyed(void *channel);
    void onMainEvent(int event);
    void onPrimaryCreate(int format, int width, int height, int stride, void *data);
    void onPrimaryDestroy();
    void onInvalidate(const QRect &area);
    void onMouseModeChanged();
    int buttonMask() const;

    const QPointer<Hypervisor> m_hypervisor; // the wizard's or the home window's
    const QString m_domainName;
    const ConsoleChannels m_channels;
    State m_state = State::Idle;
    bool m_wanted = false; // open() called and not close()d: reopen on start
    QString m_problem;
    QString m_remedy;
    quint64 m_generation = 0; // one per GLib session; stale fds are closed

    void *m_session = nullptr; // SpiceSession (GLib), owned
    void *m_main = nullptr; // the channels, owned by m_session
    void *m_display = nullptr;
    void *m_inputs = nullptr;

    QImage m_frame;
    int m_frameUpdates = 0;
    int m_connections = 0;
    MouseMode m_mouseMode = MouseMode::Server;
    std::optional<QPoint> m_lastPointer;
    int m_buttons = 0;
    QList<int> m_pressedKeys;
};

} // namespace Airlock
