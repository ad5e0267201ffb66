// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proof/domainaudit.h"
#include "statusicon.h"

#include <QScrollArea>

class QVBoxLayout;

namespace Airlock {

class NoticeLabel;

// The audit: each check of the live VM against the choices, a tick or a red
// cross, with what libvirt's live XML holds.
class AuditView : public QScrollArea
{
    Q_OBJECT
public:
    explicit AuditView(QWidget *parent = nullptr);

    void setChecks(const QList<AuditCheck> &checks);
    Status status() const;
    // "Passed: No sound card — no <sound>", …, as the rows show them (built
    // now if the tab has not been shown yet).
    QStringList lines();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The rows are built when the tab is first shown, not on every read in
    // the background: the Launch page's first proof paints sooner.
    void updateLines();

    NoticeLabel *const m_summary;
    QWidget *const m_rows;
    QVBoxLayout *const m_rowsLayout;
    QList<NoticeLabel *> m_lines;
    QList<AuditCheck> m_checks;
    bool m_linesStale = false;
};

} // namespace Airlock
