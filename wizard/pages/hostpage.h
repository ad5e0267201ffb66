// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "airlockpage.h"
#include "host/hostcheck.h"
#include "statusicon.h"

#include <QSet>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Airlock {

class HostCheckList;
class HostInspector;
class NoticeLabel;

// Page 1: is this computer fit to be the VM's wall? The checks run once the
// page has painted, each row appearing as its check finishes. Next waits for
// a libvirt connection, and for every failure that may be accepted to be
// accepted by name.
class HostPage : public AirlockPage
{
    Q_OBJECT
public:
    explicit HostPage(WizardSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;

    HostInspector *inspector() const { return m_inspector; }
    // The verdict the summary line shows beside its words.
    Status summaryStatus() const { return m_summaryStatus; }
    // Reads the host again and runs every check (the Re-check button).
    void recheck();
    // "host/<id>": the key under which an accepted risk is kept in the session.
    static QString acknowledgementKey(const QString &id);

protected:
    bool event(QEvent *event) override;

private:
    // Runs every check on the session's reading of the host, as it stands.
    void runChecks();
    void checkFinished(const HostCheck &check);
    void acknowledgementChanged(const QString &id, bool acknowledged);
    void applyUri();
    void updateSummary();
    // The failing check whose accepted risk stands for `check`'s as well.
    std::optional<HostCheck> coveringCheck(const HostCheck &check) const;
    bool isAccepted(const HostCheck &check) const;
    // Shows, on each row whose risk another row covers, that it is covered.
    void updateCoverage();

    HostInspector *const m_inspector;
    QLabel *const m_summaryIcon;
    QLabel *const m_summary;
    QPushButton *const m_recheck;
    HostCheckList *const m_list;
    QToolButton *const m_advancedToggle;
    QWidget *const m_advanced;
    QLineEdit *const m_uri;
    QPushButton *const m_connect;
    NoticeLabel *const m_uriProblem;
    QSet<QString> m_acknowledged;
    Status m_summaryStatus = Status::Info;
    bool m_painted = false;
};

} // namespace Airlock
