// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "host/hostcheck.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace Airlock {

// One host check: icon, title and finding on top; a Details toggle opens
// what was read, where, and the fix to copy. A failure that may be accepted
// carries a checkbox naming the risk.
class HostCheckRow : public QFrame
{
    Q_OBJECT
public:
    explicit HostCheckRow(const HostCheck &check, QWidget *parent = nullptr);

    void setCheck(const HostCheck &check);
    const HostCheck &check() const { return m_check; }

    bool isExpanded() const;
    void setExpanded(bool expanded);
    bool isAcknowledged() const;
    void setAcknowledged(bool acknowledged);
    // The title of the failing check whose accepted risk covers this one's;
    // the row then says so instead of asking again. Empty: asks for itself.
    void setCoveredBy(const QString &title);
    // The row's focusable children, in reading order (for the tab chain).
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    void acknowledgementChanged(const QString &id, bool acknowledged);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void updateIcon();
    void updateAcknowledgement();
    void copyRemedy();
    void showRemedy();
    QString copyText() const;

    HostCheck m_check;
    QLabel *const m_icon;
    QLabel *const m_summary;
    QToolButton *const m_toggle;
    QWidget *const m_details;
    QLabel *const m_evidence;
    QLabel *const m_source;
    QLabel *const m_remedyLabel;
    QLabel *const m_remedy;
    QLabel *const m_remedyPurpose;
    QPushButton *const m_copy;
    QCheckBox *const m_acknowledge;
    QLabel *const m_acknowledgeText;
    QLabel *const m_covered;
    QString m_coveredBy;
};

} // namespace Airlock
