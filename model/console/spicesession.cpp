// SPDX-License-Identifier: GPL-3.0-or-later
#include "spicesession.h"

#include "hypervisor/connection.h"

#include <QTimer>

// GLib headers name struct members "signals": QT_NO_KEYWORDS (set for every
// target) must hold before they are included.
#include <spice-client.h>

#include <unistd.h>

#include <memory>
#include <utility>

namespace Airlock {

namespace {

// A socket from libvirt, closed unless someone takes it.
class OwnedFd
{
public:
    explicit OwnedFd(int fd) : m_fd(fd) { }
    ~OwnedFd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    OwnedFd(const OwnedFd &) = delete;
    OwnedFd &operator=(const OwnedFd &) = delete;
    int take() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

struct FdAnswer
{
    std::shared_ptr<OwnedFd> fd; // null when libvirt refused
    DomainState state = DomainState::Unknown;
    LibvirtError error;
};

// On a worker: one short RPC to the local daemon, but a daemon that is gone
// or wedged would hold the GUI thread, so it never runs there.
FdAnswer openGraphicsFd(const Connection &connection, const QString &name)
{
    FdAnswer answer;
    const auto domain = connection.domain(name);
    if (!domain) {
        answer.error = domain.error();
        answer.state = domain.error().code == VIR_ERR_NO_DOMAIN ? DomainState::Removed
                                                                : DomainState::Unknown;
        return answer;
    }
    const int fd = virDomainOpenGraphicsFD(domain->get(), 0, VIR_DOMAIN_OPEN_GRAPHICS_SKIPAUTH);
    if (fd >= 0) {
        answer.fd = std::make_shared<OwnedFd>(fd);
        answer.state = DomainState::Running;
        return answer;
    }
    answer.error = LibvirtError::last();
    answer.state = DomainControl::state(connection, name);
    return answer;
}

QImage::Format imageFormat(int spiceFormat)
{
    switch (spiceFormat) {
    case SPICE_SURFACE_FMT_32_xRGB:
        return QImage::Format_RGB32;
    case SPICE_SURFACE_FMT_32_ARGB:
        return QImage::Format_ARGB32;
    case SPICE_SURFACE_FMT_16_565:
        return QImage::Format_RGB16;
    case SPICE_SURFACE_FMT_16_555:
        return QImage::Format_RGB555;
    default:
        return QImage::Format_Invalid;
    }
}

int spiceButton(SpiceSession::MouseButton button)
{
    switch (button) {
    case SpiceSession::MouseButton::Left:
        return SPICE_MOUSE_BUTTON_LEFT;
    case SpiceSession::MouseButton::Middle:
        return SPICE_MOUSE_BUTTON_MIDDLE;
    case SpiceSession::MouseButton::Right:
        return SPICE_MOUSE_BUTTON_RIGHT;
    case SpiceSession::MouseButton::Side:
        return SPICE_MOUSE_BUTTON_SIDE;
    case SpiceSession::MouseButton::Extra:
        return SPICE_MOUSE_BUTTON_EXTRA;
    }
    return SPICE_MOUSE_BUTTON_LEFT;
}

int spiceButtonMask(int button)
{
    return 1 << (button - 1); // SPICE_MOUSE_BUTTON_MASK_LEFT is 1 << 0 for button 1
}

::SpiceSession *glibSession(void *session)
{
    return static_cast<::SpiceSession *>(session);
}

SpiceInputsChannel *inputsChannel(void *channel)
{
    return static_cast<SpiceInputsChannel *>(channel);
}

} // namespace

// The GLib signal handlers: plain functions that hand over to the session.
class SpiceGlue
{
public:
    static void channelNew(::SpiceSession *, SpiceChannel *channel, gpointer self)
    {
        static_cast<SpiceSession *>(self)->onChannelNew(channel);
    }
    static void channelDestroy(::SpiceSession *, SpiceChannel *channel, gpointer self)
    {
        static_cast<SpiceSession *>(self)->onChannelDestroyed(channel);
    }
    static void openFd(SpiceChannel *channel, gint, gpointer self)
    {
        static_cast<SpiceSession *>(self)->requestFd(channel);
    }
    static void mainEvent(SpiceChannel *, SpiceChannelEvent event, gpointer self)
    {
        static_cast<SpiceSession *>(self)->onMainEvent(event);
    }
    static void mouseUpdate(SpiceChannel *, gpointer self)
    {
        static_cast<SpiceSession *>(self)->onMouseModeChanged();
    }
    static void primaryCreate(SpiceChannel *, gint format, gint width, gint height, gint stride,
                              gint, gpointer data, gpointer self)
    {
        static_cast<SpiceSession *>(self)->onPrimaryCreate(format, width, height, stride, data);
    }
    static void primaryDestroy(SpiceChannel *, gpointer self)
    {
        static_cast<SpiceSession *>(self)->onPrimaryDestroy();
    }
    static void invalidate(SpiceChannel *, gint x, gint y, gint width, gint height, gpointer self)
    {
        static_cast<SpiceSession *>(self)->onInvalidate(QRect(x, y, width, height));
    }
    static void mark(SpiceChannel *, gint marked, gpointer self)
    {
        auto *session = static_cast<SpiceSession *>(self);
        if (marked)
            session->onInvalidate(session->m_frame.rect());
    }
};

SpiceSession::SpiceSession(Hypervisor *hypervisor, const QString &domainName,
                           ConsoleChannels channels, QObject *parent)
    : QObject(parent), m_hypervisor(hypervisor), m_domainName(domainName), m_channels(channels)
{
    connect(hypervisor, &Hypervisor::domainLifecycleChanged, this,
            [this](const QString &name, Hypervisor::DomainEvent event, int) {
                onLifecycle(name, event);
            });
    connect(hypervisor, &Hypervisor::connectionLost, this, [this] {
        if (m_state == State::Idle)
            return;
        teardown();
        fail(tr("The connection to libvirt was lost, and with it the VM's screen."),
             tr("Reconnect to libvirt, then open the console again."));
    });
}

SpiceSession::~SpiceSession()
{
    teardown();
}

QString SpiceSession::soundNote() const
{
    if (!m_channels.audio)
        return {};
    return tr("This VM has a sound card, but the console plays no sound: Airlock has no access to "
              "your computer's sound server.");
}

QString SpiceSession::clipboardNote() const
{
    if (!m_channels.clipboard)
        return {};
    return tr("Clipboard sharing was chosen for this VM, but this console does not carry the "
              "clipboard: nothing you copy reaches the VM, and nothing it copies reaches you.");
}

void SpiceSession::open()
{
    m_wanted = true;
    if (m_state == State::Connecting || m_state == State::Connected)
        return;
    if (!m_hypervisor || !m_hypervisor->isOpen()) {
        fail(tr("Airlock is not connected to libvirt."),
             tr("Reconnect to libvirt, then open the console again."));
        return;
    }
    m_problem.clear();
    m_remedy.clear();
    setState(State::Connecting);
    requestFd(nullptr);
}

void SpiceSession::close()
{
    m_wanted = false;
    teardown();
    setState(State::Idle);
}

void SpiceSession::startVm()
{
    m_wanted = true;
    if (!m_hypervisor)
        return;
    const QString name = m_domainName;
    m_hypervisor
            ->run([name](const Connection &connection) {
                return DomainControl::start(connection, name);
            })
            .then(this, [this](const LibvirtResult<Done> &started) {
                if (!started)
                    fail(tr("libvirt could not start the VM: %1").arg(started.error().message),
                         tr("Read libvirt's reason above, fix it, then start the VM again."));
            });
}

void SpiceSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SpiceSession::fail(const QString &problem, const QString &remedy)
{
    const bool wasConnected = m_state == State::Connected;
    m_problem = problem;
    m_remedy = remedy;
    setState(State::Failed);
    if (wasConnected)
        Q_EMIT disconnected(problem, remedy);
}

// `channel` null: the main channel's socket, which opens the GLib session.
void SpiceSession::requestFd(void *channel)
{
    if (!m_hypervisor)
        return;
    const quint64 generation = m_generation;
    if (channel)
        g_object_ref(channel); // unreffed when the answer arrives or is dropped
    auto pending = std::make_shared<bool>(true);
    QTimer::singleShot(fdTimeout, this, [this, generation, pending] {
        if (!*pending || generation != m_generation)
            return;
        *pending = false;
        teardown();
        fail(tr("libvirt did not hand over the VM's screen within %n second(s).", nullptr,
                int(std::chrono::duration_cast<std::chrono::seconds>(fdTimeout).count())),
             tr("Check that the libvirt service is running, then open the console again."));
    });
    const QString name = m_domainName;
    m_hypervisor
            ->run([name](const Connection &connection) { return openGraphicsFd(connection, name); })
            .then(this, [this, generation, pending, channel](const FdAnswer &answer) {
                // Qt 6.4 can run a continuation inside run() itself: queue it,
                // so the GLib callback that asked has returned first.
                QMetaObject::invokeMethod(
                        this,
                        [this, generation, pending, channel, answer] {
                            const bool current = *pending && generation == m_generation;
                            *pending = false;
                            if (current && answer.fd)
                                deliverFd(channel, answer.fd->take());
                            else if (current)
                                checkWhetherRunning(
                                        tr("libvirt could not hand over the VM's screen: %1")
                                                .arg(answer.error.message));
                            if (channel)
                                g_object_unref(channel);
                        },
                        Qt::QueuedConnection);
            });
}

void SpiceSession::deliverFd(void *channel, int fd)
{
    if (!channel) {
        startGlibSession(fd);
        return;
    }
    // spice-client-glib owns the socket from here and closes it.
    spice_channel_open_fd(SPICE_CHANNEL(channel), fd);
}

void SpiceSession::startGlibSession(int fd)
{
    ::SpiceSession *session = spice_session_new();
    m_session = session;
    // Only what the user chose: no USB redirection, no smartcard, no sound
    // channels (playback and record are never created), and the shared
    // folder (webdav) and port channels are never connected below.
    g_object_set(session, "enable-usbredir", FALSE, "enable-audio", FALSE, "enable-smartcard",
                 FALSE, nullptr);
    g_signal_connect(session, "channel-new", G_CALLBACK(SpiceGlue::channelNew), this);
    g_signal_connect(session, "channel-destroy", G_CALLBACK(SpiceGlue::channelDestroy), this);
    if (!spice_session_open_fd(session, fd)) {
        ::close(fd);
        teardown();
        fail(tr("The VM's screen could not be opened."),
             tr("Close the console and open it again."));
    }
}

void SpiceSession::onChannelNew(void *channel)
{
    SpiceChannel *spiceChannel = SPICE_CHANNEL(channel);
    int id = 0;
    g_object_get(spiceChannel, "channel-id", &id, nullptr);
    g_signal_connect(spiceChannel, "open-fd", G_CALLBACK(SpiceGlue::openFd), this);
    if (SPICE_IS_MAIN_CHANNEL(spiceChannel)) {
        m_main = channel;
        g_signal_connect(spiceChannel, "channel-event", G_CALLBACK(SpiceGlue::mainEvent), this);
        g_signal_connect(spiceChannel, "main-mouse-update", G_CALLBACK(SpiceGlue::mouseUpdate),
                         this);
        // The host clipboard is never wired: no "main-clipboard-selection"
        // handler exists, whatever the guest offers.
        return;
    }
    if (SPICE_IS_DISPLAY_CHANNEL(spiceChannel) && id == 0) {
        m_display = channel;
        g_signal_connect(spiceChannel, "display-primary-create",
                         G_CALLBACK(SpiceGlue::primaryCreate), this);
        g_signal_connect(spiceChannel, "display-primary-destroy",
                         G_CALLBACK(SpiceGlue::primaryDestroy), this);
        g_signal_connect(spiceChannel, "display-invalidate", G_CALLBACK(SpiceGlue::invalidate),
                         this);
        g_signal_connect(spiceChannel, "display-mark", G_CALLBACK(SpiceGlue::mark), this);
        spice_channel_connect(spiceChannel);
        return;
    }
    if (SPICE_IS_INPUTS_CHANNEL(spiceChannel)) {
        m_inputs = channel;
        spice_channel_connect(spiceChannel);
    }
}

void SpiceSession::onChannelDestroyed(void *channel)
{
    if (channel == m_main)
        m_main = nullptr;
    if (channel == m_display) {
        m_display = nullptr;
        onPrimaryDestroy();
    }
    if (channel == m_inputs)
        m_inputs = nullptr;
}

void SpiceSession::onMainEvent(int event)
{
    switch (event) {
    case SPICE_CHANNEL_OPENED:
        ++m_connections;
        onMouseModeChanged();
        setState(State::Connected);
        return;
    case SPICE_CHANNEL_CLOSED:
    case SPICE_CHANNEL_ERROR_CONNECT:
    case SPICE_CHANNEL_ERROR_TLS:
    case SPICE_CHANNEL_ERROR_LINK:
    case SPICE_CHANNEL_ERROR_AUTH:
    case SPICE_CHANNEL_ERROR_IO:
        // Out of spice-client-glib's callback before its session goes.
        QMetaObject::invokeMethod(this, &SpiceSession::onLost, Qt::QueuedConnection);
        return;
    default:
        return;
    }
}

void SpiceSession::onLost()
{
    if (!m_session)
        return;
    teardown();
    checkWhetherRunning(tr("The VM's screen closed while the VM still runs."));
}

// After a refusal or a lost connection: an off VM waits for its start;
// a running one is an error.
void SpiceSession::checkWhetherRunning(const QString &problemIfRunning)
{
    if (!m_hypervisor)
        return;
    const quint64 generation = m_generation;
    const QString name = m_domainName;
    m_hypervisor
            ->run([name](const Connection &connection) {
                return DomainControl::state(connection, name);
            })
            .then(this, [this, generation, problemIfRunning](DomainState state) {
                if (generation != m_generation)
                    return;
                const bool wasConnected = m_state == State::Connected;
                switch (state) {
                case DomainState::ShutOff:
                case DomainState::Crashed:
                    m_problem = tr("The VM is off.");
                    m_remedy = tr("Start it: its screen appears here when it runs.");
                    setState(State::VmOff);
                    if (wasConnected)
                        Q_EMIT disconnected(m_problem, m_remedy);
                    return;
                case DomainState::Removed:
                    fail(tr("The VM %1 no longer exists in libvirt.").arg(m_domainName),
                         tr("Close this console; the VM was removed outside it."));
                    return;
                case DomainState::Paused:
                case DomainState::Running:
                case DomainState::Unknown:
                    fail(problemIfRunning, tr("Open the console again. If that fails too, "
                                              "restart the VM."));
                    return;
                }
            });
}

void SpiceSession::onLifecycle(const QString &domainName, Hypervisor::DomainEvent event)
{
    if (domainName != m_domainName)
        return;
    if (event == Hypervisor::DomainEvent::Started && m_wanted
        && (m_state == State::VmOff || m_state == State::Failed || m_state == State::Idle)) {
        open();
        return;
    }
    const bool stopped = event == Hypervisor::DomainEvent::Stopped
                         || event == Hypervisor::DomainEvent::Crashed;
    if (stopped && m_state != State::Idle) {
        teardown();
        checkWhetherRunning(tr("The VM's screen closed while the VM still runs."));
    }
}

void SpiceSession::teardown()
{
    ++m_generation;
    releaseAllKeys();
    if (!m_session)
        return;
    ::SpiceSession *session = glibSession(m_session);
    m_session = nullptr;
    // Nothing of this object is called from GLib after here, and the last
    // picture stays as a copy of its own.
    GList *channels = spice_session_get_channels(session);
    for (GList *item = channels; item; item = item->next)
        g_signal_handlers_disconnect_by_data(item->data, this);
    g_list_free(channels);
    g_signal_handlers_disconnect_by_data(session, this);
    m_main = m_display = m_inputs = nullptr;
    onPrimaryDestroy();
    spice_session_disconnect(session);
    g_object_unref(session);
    m_lastPointer.reset();
    m_buttons = 0;
}

void SpiceSession::onPrimaryCreate(int format, int width, int height, int stride, void *data)
{
    const QSize before = m_frame.size();
    m_frame = QImage(static_cast<const uchar *>(data), width, height, stride, imageFormat(format));
    if (m_frame.size() != before)
        Q_EMIT guestSizeChanged(m_frame.size());
    onInvalidate(m_frame.rect());
}

void SpiceSession::onPrimaryDestroy()
{
    // The surface's memory goes right after this: keep a picture of our own,
    // and hand it out before anyone paints from the old one.
    if (m_frame.isNull() || !m_frame.constBits() || m_frame.isDetached())
        return;
    m_frame = m_frame.copy();
    Q_EMIT frameChanged(m_frame.rect());
}

void SpiceSession::onInvalidate(const QRect &area)
{
    ++m_frameUpdates;
    Q_EMIT frameChanged(area.intersected(m_frame.rect()));
}

void SpiceSession::onMouseModeChanged()
{
    if (!m_main)
        return;
    int mode = SPICE_MOUSE_MODE_SERVER;
    g_object_get(m_main, "mouse-mode", &mode, nullptr);
    const MouseMode mouseMode
            = mode == SPICE_MOUSE_MODE_CLIENT ? MouseMode::Client : MouseMode::Server;
    if (mouseMode == m_mouseMode)
        return;
    m_mouseMode = mouseMode;
    m_lastPointer.reset();
    Q_EMIT mouseModeChanged(mouseMode);
}

int SpiceSession::buttonMask() const
{
    return m_buttons;
}

void SpiceSession::movePointer(QPoint position)
{
    if (!m_inputs)
        return;
    if (m_mouseMode == MouseMode::Client) {
        spice_inputs_channel_position(inputsChannel(m_inputs), position.x(), position.y(), 0,
                                      buttonMask());
    } else if (m_lastPointer) {
        const QPoint delta = position - *m_lastPointer;
        if (!delta.isNull())
            spice_inputs_channel_motion(inputsChannel(m_inputs), delta.x(), delta.y(),
                                        buttonMask());
    }
    m_lastPointer = position;
}

void SpiceSession::pressButton(MouseButton button)
{
    if (!m_inputs)
        return;
    const int spice = spiceButton(button);
    m_buttons |= spiceButtonMask(spice);
    spice_inputs_channel_button_press(inputsChannel(m_inputs), spice, buttonMask());
}

void SpiceSession::releaseButton(MouseButton button)
{
    if (!m_inputs)
        return;
    const int spice = spiceButton(button);
    m_buttons &= ~spiceButtonMask(spice);
    spice_inputs_channel_button_release(inputsChannel(m_inputs), spice, buttonMask());
}

void SpiceSession::scrollWheel(int steps)
{
    if (!m_inputs)
        return;
    const int button = steps > 0 ? SPICE_MOUSE_BUTTON_UP : SPICE_MOUSE_BUTTON_DOWN;
    for (int step = 0; step < std::abs(steps); ++step) {
        spice_inputs_channel_button_press(inputsChannel(m_inputs), button, buttonMask());
        spice_inputs_channel_button_release(inputsChannel(m_inputs), button, buttonMask());
    }
}

void SpiceSession::pressKey(int scancode)
{
    if (!m_inputs || scancode <= 0)
        return;
    if (!m_pressedKeys.contains(scancode))
        m_pressedKeys.append(scancode);
    spice_inputs_channel_key_press(inputsChannel(m_inputs), guint(scancode));
}

void SpiceSession::releaseKey(int scancode)
{
    if (!m_inputs || scancode <= 0)
        return;
    m_pressedKeys.removeAll(scancode);
    spice_inputs_channel_key_release(inputsChannel(m_inputs), guint(scancode));
}

void SpiceSession::releaseAllKeys()
{
    const QList<int> held = std::exchange(m_pressedKeys, {});
    if (!m_inputs)
        return;
    for (auto key = held.crbegin(); key != held.crend(); ++key)
        spice_inputs_channel_key_release(inputsChannel(m_inputs), guint(*key));
}

void SpiceSession::sendKeys(const QList<int> &scancodes)
{
    for (const int scancode : scancodes)
        pressKey(scancode);
    for (auto scancode = scancodes.crbegin(); scancode != scancodes.crend(); ++scancode)
        releaseKey(*scancode);
}

} // namespace Airlock
