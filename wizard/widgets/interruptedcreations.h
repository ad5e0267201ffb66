// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/creationrecovery.h"

#include <QFrame>

class QVBoxLayout;

namespace Airlock {

class Hypervisor;
class NoticeLabel;

// The creations a crash, a power loss or the daemon going away cut short, as
// their journals tell: each with what it had made and two ways out, finish
// it (the VM is made after all, keeping its disk and ISO) or undo it (exactly
// what the journal says it made is removed). Hidden while there are none.
class InterruptedCreations : public QFrame
{
    Q_OBJECT
public:
    explicit InterruptedCreations(Hypervisor *hypervisor, QWidget *parent = nullptr);

    void setCreations(const QList<InterruptedCreation> &creations);
    int count() const { return int(m_creations.size()); }
    bool isBusy() const { return m_busy; }
    // What the banner says now, for tests and screen readers.
    QString text() const;

    void finish(const QString &name);
    void undo(const QString &name);

Q_SIGNALS:
    void resolved(const QString &name, bool ok);

private:
    void rebuild();
    void resolve(const QString &name, bool finishIt);
    void showResult(const RecoveryResult &result);
    void setBusy(bool busy);

    Hypervisor *const m_hypervisor;
    QList<InterruptedCreation> m_creations;
    bool m_busy = false;
    QWidget *const m_rows;
    QVBoxLayout *const m_rowsLayout;
    NoticeLabel *const m_progress;
    NoticeLabel *const m_result;
};

} // namespace Airlock
