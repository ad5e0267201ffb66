// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Airlock {

class ConsoleWindow;
class Hypervisor;
class VmPanel;

// One VM's own window: the same view of it as the Launch page (VmPanel),
// read live when it opens and whenever the user asks, with everything that
// can be done with it. A VM Airlock did not make is held to Maximum
// isolation and only looked at. One window per VM; it deletes itself when
// closed.
class VmWindow : public QWidget
{
    Q_OBJECT
public:
    VmWindow(Hypervisor *hypervisor, const QString &domainName, QWidget *parent = nullptr);

    // The window of `domainName`: the open one raised, or a new one shown.
    static VmWindow *showFor(Hypervisor *hypervisor, const QString &domainName);
    static VmWindow *find(Hypervisor *hypervisor, const QString &domainName);

    QString domainName() const { return m_domainName; }
    VmPanel *panel() const { return m_panel; }
    // The VM's console, with the installer's steps and the hardening
    // command beside it for a VM Airlock made.
    ConsoleWindow *showConsole();

Q_SIGNALS:
    // Delete…: the removal (its confirmation and the model's work) belongs
    // to whoever connects here; the button shows only when someone does.
    void deleteRequested(const QString &domainName);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    void updateTitle();
    void updateDeleteButton();

    Hypervisor *const m_hypervisor;
    const QString m_domainName;
    QLabel *const m_heading;
    QLabel *const m_origin;
    VmPanel *const m_panel;
    QPushButton *const m_deleteButton;
    QPushButton *const m_closeButton;
};

} // namespace Airlock
