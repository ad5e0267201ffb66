// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/creationplan.h"

#include <QFrame>

class QLabel;
class QProgressBar;

namespace Airlock {

// The creation plan's steps as a checklist: each with what it is doing or
// did, and for the ISO upload a progress bar with bytes and percent. Undoing
// shows on the step that made what is removed.
class CreationChecklist : public QFrame
{
    Q_OBJECT
public:
    enum class StepState {
        Pending,
        Running,
        Done,
        Skipped, // nothing to do: the pool, the ISO or the network was there
        Failed,
        Cancelled,
        Undoing,
        Undone,
        UndoFailed,
    };
    Q_ENUM(StepState)

    explicit CreationChecklist(QWidget *parent = nullptr);

    void reset();
    void setRunning(int step);
    void setProgress(int step, qint64 done, qint64 total);
    void setFinished(int step, const QString &detail);
    void setSkipped(int step, const QString &detail);
    void setFailed(int step, const QString &detail);
    void setCancelled(int step);
    void setUndoing(int step);
    void setUndone(int step, bool ok);

    int stepCount() const { return int(m_rows.size()); }
    StepState state(int step) const;
    QString detail(int step) const;
    QString progressText(int step) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        CreationStep step;
        StepState state = StepState::Pending;
        QString detail;
        QLabel *icon = nullptr;
        QLabel *title = nullptr;
        QLabel *detailLabel = nullptr;
        QProgressBar *progress = nullptr;
        QLabel *progressLabel = nullptr;
    };
    void update(int step);

    QList<Row> m_rows;
};

} // namespace Airlock
