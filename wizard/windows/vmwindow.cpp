// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmwindow.h"

#include "consolewindow.h"
#include "hypervisor/hypervisor.h"
#include "installerguide.h"
#include "proof/guesthardening.h"
#include "vmpanel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaMethod>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace Airlock {

VmWindow::VmWindow(Hypervisor *hypervisor, const QString &domainName, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_hypervisor(hypervisor)
    , m_domainName(domainName)
    , m_heading(new QLabel(this))
    , m_origin(new QLabel(this))
    , m_panel(new VmPanel(hypervisor, VmPanel::Controls::Window, this))
    , m_deleteButton(new QPushButton(tr("Delete…"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("vmWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_heading->setObjectName(QStringLiteral("vmHeading"));
    m_origin->setObjectName(QStringLiteral("vmOrigin"));
    m_origin->setWordWrap(true);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setToolTip(tr("Removes the VM and what Airlock made for it, after asking"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_deleteButton);
    bottom->addStretch(1);
    bottom->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_origin);
    layout->addWidget(m_panel, 1);
    layout->addLayout(bottom);

    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_deleteButton, &QPushButton::clicked, this,
            [this] { Q_EMIT deleteRequested(m_domainName); });
    connect(m_panel, &VmPanel::consoleRequested, this, &VmWindow::showConsole);
    connect(m_panel, &VmPanel::hardeningTypingRequested, this, &VmWindow::showConsole);
    connect(m_panel, &VmPanel::proofRead, this, &VmWindow::updateTitle);
    connect(m_panel, &VmPanel::vmStateChanged, this, &VmWindow::updateDeleteButton);
    m_panel->setVm(domainName);
    updateTitle();
    m_panel->readProof();
}

VmWindow *VmWindow::find(Hypervisor *hypervisor, const QString &domainName)
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        auto *window = qobject_cast<VmWindow *>(widget);
        if (window && window->m_hypervisor == hypervisor && window->m_domainName == domainName)
            return window;
    }
    return nullptr;
}

VmWindow *VmWindow::showFor(Hypervisor *hypervisor, const QString &domainName)
{
    VmWindow *window = find(hypervisor, domainName);
    if (!window) {
        window = new VmWindow(hypervisor, domainName);
        const QSize available = window->screen()->availableGeometry().size() * 9 / 10;
        window->resize(QSize(900, 680).boundedTo(available));
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void VmWindow::updateTitle()
{
    //: The VM window's title; %1 is the VM's name
    setWindowTitle(tr("%1 — Airlock").arg(m_domainName));
    m_heading->setText(m_domainName);
    m_origin->setText(m_panel->isMadeByAirlock()
                              ? tr("Made by Airlock: its isolation is checked against the choices "
                                   "it was made from.")
                              : tr("Not made by Airlock: its isolation is checked against Maximum "
                                   "isolation. Airlock only looks at this VM and never changes "
                                   "it."));
    updateDeleteButton();
}

void VmWindow::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&VmWindow::deleteRequested))
        updateDeleteButton();
    QWidget::connectNotify(signal);
}

void VmWindow::updateDeleteButton()
{
    m_deleteButton->setVisible(
            isSignalConnected(QMetaMethod::fromSignal(&VmWindow::deleteRequested))
            && m_panel->isMadeByAirlock() && m_panel->vmState() != DomainState::Removed);
}

namespace {

InstallerGuide::Stage guideStage(bool installerRunning)
{
    return installerRunning ? InstallerGuide::Stage::Installing : InstallerGuide::Stage::Installed;
}

} // namespace

ConsoleWindow *VmWindow::showConsole()
{
    const VmSpec &spec = m_panel->spec();
    ConsoleWindow *window = ConsoleWindow::showFor(m_hypervisor, m_domainName,
                                                   ConsoleChannels::fromExposure(spec.exposure));
    if (!m_panel->isMadeByAirlock())
        return window;
    auto *guide = qobject_cast<InstallerGuide *>(window->sidePanel());
    if (!guide) {
        guide = new InstallerGuide;
        guide->setSpec(spec);
        window->setSidePanel(guide);
        connect(guide, &InstallerGuide::typeRequested, window, &ConsoleWindow::typeText);
        connect(guide, &InstallerGuide::snapshotRequested, this, [this] {
            raise();
            activateWindow();
            m_panel->takeKnownGood();
        });
        connect(m_panel, &VmPanel::proofRead, guide,
                [this, guide] { guide->setStage(guideStage(m_panel->isInstallerRunning())); });
    }
    guide->setStage(guideStage(m_panel->isInstallerRunning()));
    return window;
}

} // namespace Airlock
