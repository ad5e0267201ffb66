// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolewindow.h"

#include "console/keytyping.h"
#include "console/typingjob.h"
#include "console/xtkeymap.h"
#include "consoleview.h"
#include "hypervisor/hypervisor.h"
#include "noticelabel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace Airlock {

namespace {

QPushButton *barButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

} // namespace

ConsoleWindow::ConsoleWindow(Hypervisor *hypervisor, const QString &domainName,
                             ConsoleChannels channels, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(new SpiceSession(hypervisor, domainName, channels, this))
    , m_view(new ConsoleView(this))
    , m_grabHint(new QLabel(this))
    , m_sendKeyButton(barButton(tr("Send key"), QStringLiteral("sendKeyButton"), this))
    , m_sendKeyMenu(new QMenu(m_sendKeyButton))
    , m_fullScreenButton(barButton(tr("Full screen"), QStringLiteral("fullScreenButton"), this))
    , m_sideArea(new QWidget(this))
    , m_state(new NoticeLabel(this, NoticeLabel::Style::Plain))
    , m_startButton(barButton(tr("Start the VM"), QStringLiteral("startVmButton"), this))
    , m_retryButton(barButton(tr("Open again"), QStringLiteral("reopenButton"), this))
    , m_channelNotes(new NoticeLabel(this, NoticeLabel::Style::Plain))
    , m_typing(new NoticeLabel(this, NoticeLabel::Style::Plain))
    , m_stopTypingButton(barButton(tr("Stop typing"), QStringLiteral("stopTypingButton"), this))
{
    setObjectName(QStringLiteral("consoleWindow"));
    //: The console window's title: the VM's name, then the app's
    setWindowTitle(tr("%1 — Airlock console").arg(domainName));
    setAttribute(Qt::WA_DeleteOnClose);
    m_state->setObjectName(QStringLiteral("consoleState"));
    m_grabHint->setObjectName(QStringLiteral("grabHint"));
    m_channelNotes->setObjectName(QStringLiteral("channelNotes"));
    m_sideArea->setObjectName(QStringLiteral("consoleSideArea"));
    m_typing->setObjectName(QStringLiteral("consoleTyping"));
    m_typing->setVisible(false);
    m_stopTypingButton->setVisible(false);
    m_view->setSession(m_session);
    buildBar();
    buildLayout();

    connect(m_session, &SpiceSession::stateChanged, this, &ConsoleWindow::updateState);
    connect(m_view, &ConsoleView::grabChanged, this,
            [this] { m_grabHint->setText(m_view->grabHint()); });
    connect(m_startButton, &QPushButton::clicked, this, [this] {
        m_startButton->setEnabled(false);
        m_session->startVm();
    });
    connect(m_retryButton, &QPushButton::clicked, m_session, &SpiceSession::open);
    connect(m_stopTypingButton, &QPushButton::clicked, this, [this] {
        if (m_typingJob)
            m_typingJob->cancel();
    });
    updateState();
}

void ConsoleWindow::buildBar()
{
    m_grabHint->setText(m_view->grabHint());
    m_grabHint->setWordWrap(true);
    buildSendKeyMenu();
    m_sendKeyButton->setMenu(m_sendKeyMenu);
    m_sendKeyButton->setToolTip(tr("Keys your desktop would keep for itself"));
    m_fullScreenButton->setCheckable(true);
    connect(m_fullScreenButton, &QPushButton::toggled, this, &ConsoleWindow::toggleFullScreen);
    const QStringList notes {m_session->soundNote(), m_session->clipboardNote()};
    QStringList shown;
    for (const QString &note : notes) {
        if (!note.isEmpty())
            shown.append(note);
    }
    m_channelNotes->setNotice(Status::Info, shown.join(QLatin1Char(' ')));
    m_channelNotes->setVisible(!shown.isEmpty());
}

void ConsoleWindow::buildSendKeyMenu()
{
    addSendKey(m_sendKeyMenu, tr("Ctrl+Alt+Del"), XtKeymap::ctrlAlt(Xt::deleteKey));
    addSendKey(m_sendKeyMenu, tr("Ctrl+Alt+Backspace"), XtKeymap::ctrlAlt(Xt::backspace));
    //: A submenu: Ctrl+Alt+F1 … Ctrl+Alt+F12 switch the guest's text consoles
    QMenu *consoles = m_sendKeyMenu->addMenu(tr("Ctrl+Alt+F1 … F12"));
    for (int number = 1; number <= 12; ++number) {
        addSendKey(consoles, tr("Ctrl+Alt+F%1").arg(number),
                   XtKeymap::ctrlAlt(XtKeymap::functionKey(number)));
    }
    addSendKey(m_sendKeyMenu, tr("Print Screen"), {Xt::printScreen});
}

void ConsoleWindow::addSendKey(QMenu *menu, const QString &label, const QList<int> &scancodes)
{
    QAction *action = menu->addAction(label);
    action->setData(QVariant::fromValue(scancodes));
    connect(action, &QAction::triggered, this, [this, scancodes] {
        m_session->sendKeys(scancodes);
        m_view->setFocus(Qt::OtherFocusReason);
    });
}

QStringList ConsoleWindow::sendableKeys() const
{
    QStringList labels;
    QList<QMenu *> menus {m_sendKeyMenu};
    while (!menus.isEmpty()) {
        for (QAction *action : menus.takeFirst()->actions()) {
            if (action->menu())
                menus.append(action->menu());
            else
                labels.append(action->text());
        }
    }
    return labels;
}

bool ConsoleWindow::sendKey(const QString &label)
{
    const QList<QAction *> actions = m_sendKeyMenu->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == label && !action->menu()) {
            action->trigger();
            return true;
        }
    }
    return false;
}

void ConsoleWindow::buildLayout()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_grabHint, 1);
    bar->addWidget(m_sendKeyButton);
    bar->addWidget(m_fullScreenButton);

    auto *sideLayout = new QVBoxLayout(m_sideArea);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_sideArea->setVisible(false);
    // The screen keeps the most room; the guide beside it wraps.
    m_sideArea->setMaximumWidth(fontMetrics().averageCharWidth() * 48);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addWidget(m_sideArea);

    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_startButton);
    stateRow->addWidget(m_retryButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(middle, 1);
    layout->addLayout(stateRow);
    auto *typingRow = new QHBoxLayout;
    typingRow->addWidget(m_typing, 1);
    typingRow->addWidget(m_stopTypingButton);
    layout->addLayout(typingRow);
    layout->addWidget(m_channelNotes);
    setTabOrder(m_sendKeyButton, m_fullScreenButton);
    setTabOrder(m_fullScreenButton, m_view);
    setTabOrder(m_view, m_startButton);
    setTabOrder(m_startButton, m_retryButton);
}

void ConsoleWindow::setSidePanel(QWidget *panel)
{
    if (m_sidePanel == panel)
        return;
    delete m_sidePanel;
    m_sidePanel = panel;
    if (panel) {
        panel->setParent(m_sideArea);
        m_sideArea->layout()->addWidget(panel);
    }
    m_sideArea->setVisible(panel != nullptr);
}

QString ConsoleWindow::stateText() const
{
    return m_state->text();
}

void ConsoleWindow::updateState()
{
    const SpiceSession::State state = m_session->state();
    m_startButton->setVisible(state == SpiceSession::State::VmOff);
    m_startButton->setEnabled(true);
    m_retryButton->setVisible(state == SpiceSession::State::Failed
                              || state == SpiceSession::State::Idle);
    switch (state) {
    case SpiceSession::State::Idle:
        m_state->setNotice(Status::Info, tr("The console is closed."));
        break;
    case SpiceSession::State::Connecting:
        m_state->setNotice(Status::Info, tr("Connecting to the VM's screen…"));
        break;
    case SpiceSession::State::Connected:
        m_state->setNotice(Status::Pass, tr("Connected to the VM's screen."));
        break;
    case SpiceSession::State::VmOff:
        //: "The VM is off." then "Start it: its screen appears here when it runs."
        m_state->setNotice(Status::Info,
                           tr("%1 %2").arg(m_session->problem(), m_session->remedy()));
        break;
    case SpiceSession::State::Failed:
        m_state->setNotice(Status::Fail,
                           tr("%1 %2").arg(m_session->problem(), m_session->remedy()));
        break;
    }
}

void ConsoleWindow::typeText(const QString &text)
{
    if (isTyping())
        return;
    m_typing->setVisible(true);
    const auto strokes = KeyTyping::strokes(text);
    if (!strokes) {
        m_typing->setNotice(Status::Fail, strokes.error());
        return;
    }
    m_typingJob = new TypingJob(m_session, *strokes, this);
    connect(m_typingJob, &TypingJob::progress, this, [this](int done, int total) {
        //: Shown while Airlock types into the VM: characters typed so far, of all
        m_typing->setNotice(Status::Info,
                            tr("Typing into the VM: %1 of %n character(s). Leave the VM's "
                               "keyboard alone until it is done.",
                               nullptr, total)
                                    .arg(done));
    });
    connect(m_typingJob, &TypingJob::finished, this, &ConsoleWindow::typingFinished);
    m_stopTypingButton->setVisible(true);
    m_typing->setNotice(Status::Info, tr("Typing into the VM…"));
    m_typingJob->start();
}

void ConsoleWindow::typingFinished(bool complete, const QString &problem)
{
    m_stopTypingButton->setVisible(false);
    if (complete)
        m_typing->setNotice(Status::Pass, tr("Typed %n character(s) into the VM.", nullptr,
                                             m_typingJob->total()));
    else
        m_typing->setNotice(Status::Fail, problem);
    m_typingJob->deleteLater();
    m_typingJob = nullptr;
}

bool ConsoleWindow::isTyping() const
{
    return m_typingJob && m_typingJob->isRunning();
}

QString ConsoleWindow::typingText() const
{
    return m_typing->isHidden() ? QString() : m_typing->text();
}

void ConsoleWindow::toggleFullScreen(bool fullScreen)
{
    if (fullScreen)
        showFullScreen();
    else
        showNormal();
}

void ConsoleWindow::closeEvent(QCloseEvent *event)
{
    m_session->close();
    QWidget::closeEvent(event);
}

ConsoleWindow *ConsoleWindow::find(Hypervisor *hypervisor, const QString &domainName)
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        auto *window = qobject_cast<ConsoleWindow *>(widget);
        if (window && window->m_session->hypervisor() == hypervisor
            && window->domainName() == domainName)
            return window;
    }
    return nullptr;
}

ConsoleWindow *ConsoleWindow::showFor(Hypervisor *hypervisor, const QString &domainName,
                                      ConsoleChannels channels)
{
    ConsoleWindow *window = find(hypervisor, domainName);
    if (!window) {
        window = new ConsoleWindow(hypervisor, domainName, channels);
        // Big enough for the firmware's 720×400, never past the screen.
        const QSize available = window->screen()->availableGeometry().size() * 9 / 10;
        window->resize(window->sizeHint().boundedTo(available));
        window->session()->open();
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace Airlock
