// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/creationplan.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Airlock {

class NoticeLabel;

// Why creation stopped: the step, libvirt's words in full, what to try, what
// was removed again and what was left behind (with how to remove it), and
// the two ways on: try again, or go back and change a choice.
class CreationFailureView : public QFrame
{
    Q_OBJECT
public:
    explicit CreationFailureView(QWidget *parent = nullptr);

    // `goBackText` names where "Go back" leads ("Go back to “Size the VM”").
    void setFailure(const CreationFailure &failure, const QString &goBackText);
    // After a retry removed leftovers, the list of what is still there.
    void setLeftovers(const QStringList &leftovers);
    void setBusy(bool busy, const QString &text = {});

    QString headline() const;
    QString libvirtMessage() const;
    QStringList undone() const { return m_failure.undone; }
    QStringList leftovers() const { return m_failure.leftovers; }

Q_SIGNALS:
    void retryRequested();
    void goBackRequested();

private:
    void copyLeftovers();
    void updateLists();

    CreationFailure m_failure;
    NoticeLabel *const m_what;
    QLabel *const m_libvirtCaption;
    QPlainTextEdit *const m_libvirtMessage;
    QLabel *const m_advice;
    QLabel *const m_undone;
    QLabel *const m_leftoversCaption;
    QLabel *const m_leftovers;
    QPushButton *const m_copyLeftovers;
    NoticeLabel *const m_busy;
    QPushButton *const m_retry;
    QPushButton *const m_goBack;
};

} // namespace Airlock
