// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hypervisor/hypervisor.h"
#include "provision/vmlist.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace Airlock {

class AirlockWizard;
class DeleteDialog;
class InterruptedCreations;
class NoticeLabel;
class VmRow;
class VmWindow;

// Where the user comes back to: every VM Airlock made, each with its state
// and live verdict and its actions one click away; the other VMs apart,
// greyed, to check their isolation; and New VM. Rows follow libvirt's
// lifecycle events, never a timer.
class HomeWindow : public QWidget
{
    Q_OBJECT
public:
    enum class View { Connecting, List, Empty, Failed };
    Q_ENUM(View)

    explicit HomeWindow(const QString &uri, QWidget *parent = nullptr);

    // Connects and reads the VMs; emits listRead() each time it has them.
    void start();
    void connectTo(const QString &uri);

    Hypervisor *hypervisor() const { return m_hypervisor; }
    QString uri() const { return m_uri; }
    View view() const { return m_view; }
    QList<VmEntry> entries() const;
    VmRow *row(const QString &name) const;
    QString failureText() const;
    // The creations cut short (a crash, a power loss), offered to finish or
    // undo above the list.
    InterruptedCreations *interrupted() const { return m_interrupted; }
    int interruptedCount() const;

    // The wizard, as the app starts it; the one already open raised.
    AirlockWizard *openWizard();
    VmWindow *openVm(const QString &name);
    // Delete…: the confirmation, over the VM's window when it is open; when
    // the VM is gone its console and window close with the dialog.
    DeleteDialog *deleteVm(const QString &name);

Q_SIGNALS:
    void listRead(int count);
    // A row appeared, changed or went, as libvirt's events said.
    void rowChanged(const QString &name);
    // Every VM window the home window opens, for whoever handles deleting.
    void vmWindowOpened(Airlock::VmWindow *window);

private:
    void buildHeader();
    void buildList();
    void buildFailure();
    void buildLayout();
    void connectHypervisor();
    void setView(View view);
    void readList();
    void showList(const QList<VmEntry> &entries);
    void readVm(const QString &name);
    void placeRow(const VmEntry &entry);
    void removeRow(const QString &name);
    void updateGroups();
    void updateTabOrder();
    void onLifecycle(const QString &name, Hypervisor::DomainEvent event, int detail);
    void onOpenFailed(const LibvirtError &error);
    void onConnectionLost(const QString &reason);
    void startVm(const QString &name);
    void shutdownVm(const QString &name);
    void openConsole(const QString &name);

    Hypervisor *const m_hypervisor;
    QString m_uri;
    View m_view = View::Connecting;
    QHash<QString, quint64> m_readings;
    quint64 m_readingCount = 0;
    QPointer<AirlockWizard> m_wizard;

    QLabel *const m_title;
    QPushButton *const m_newVm;
    NoticeLabel *const m_notice;
    InterruptedCreations *const m_interrupted;
    QStackedWidget *const m_stack;
    QLabel *const m_connecting;
    QWidget *const m_listPage;
    QLabel *const m_airlockHeading;
    QWidget *const m_airlockRows;
    QVBoxLayout *const m_airlockLayout;
    QLabel *const m_foreignHeading;
    QWidget *const m_foreignRows;
    QVBoxLayout *const m_foreignLayout;
    QLabel *const m_empty;
    QWidget *const m_failurePage;
    NoticeLabel *const m_failure;
    QPushButton *const m_retry;
    QToolButton *const m_advancedToggle;
    QWidget *const m_advanced;
    QLineEdit *const m_uriEdit;
    QPushButton *const m_connect;
    QTimer *const m_clock;
};

} // namespace Airlock
