// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/spicesession.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QMenu;
class QPushButton;

namespace Airlock {

class TypingJob;

class ConsoleView;
class Hypervisor;
class NoticeLabel;

// One VM's console: its screen, a bar (keyboard hint, send keys, full
// screen), a line saying how the connection stands, and a side area for
// guidance beside the screen (empty unless setSidePanel() fills it).
class ConsoleWindow : public QWidget
{
    Q_OBJECT
public:
    ConsoleWindow(Hypervisor *hypervisor, const QString &domainName, ConsoleChannels channels,
                  QWidget *parent = nullptr);

    // The console of `domainName` on `hypervisor`: the open one raised, or a
    // new one shown and connecting. It deletes itself when closed.
    static ConsoleWindow *showFor(Hypervisor *hypervisor, const QString &domainName,
                                  ConsoleChannels channels);
    static ConsoleWindow *find(Hypervisor *hypervisor, const QString &domainName);

    SpiceSession *session() const { return m_session; }
    ConsoleView *view() const { return m_view; }
    QString domainName() const { return m_session->domainName(); }

    // Beside the screen; the window owns `panel`. nullptr empties the area.
    void setSidePanel(QWidget *panel);
    QWidget *sidePanel() const { return m_sidePanel; }

    // The state line as shown (for tests and screen readers).
    QString stateText() const;

    // The keys the Send key menu offers, by label ("Ctrl+Alt+Del", …).
    QStringList sendableKeys() const;
    bool sendKey(const QString &label);

    // Types `text` into the VM through its keyboard (TypingJob), showing how
    // far it got and a button to stop. Text a US keyboard cannot type is
    // refused with the character named; nothing is typed then.
    void typeText(const QString &text);
    bool isTyping() const;
    QString typingText() const; // the typing line as shown

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildBar();
    void buildSendKeyMenu();
    void buildLayout();
    void addSendKey(QMenu *menu, const QString &label, const QList<int> &scancodes);
    void updateState();
    void toggleFullScreen(bool fullScreen);
    void typingFinished(bool complete, const QString &problem);

    SpiceSession *const m_session;
    ConsoleView *const m_view;
    QLabel *const m_grabHint;
    QPushButton *const m_sendKeyButton;
    QMenu *const m_sendKeyMenu;
    QPushButton *const m_fullScreenButton;
    QWidget *const m_sideArea;
    QWidget *m_sidePanel = nullptr;
    NoticeLabel *const m_state;
    QPushButton *const m_startButton;
    QPushButton *const m_retryButton;
    NoticeLabel *const m_channelNotes;
    NoticeLabel *const m_typing;
    QPushButton *const m_stopTypingButton;
    TypingJob *m_typingJob = nullptr;
};

} // namespace Airlock
