// SPDX-License-Identifier: GPL-3.0-or-later
#include "creationchecklist.h"

#include "statusicon.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>

namespace Airlock {

namespace {

// A step not reached yet: a hollow ring. Running: a filled ring with an
// arrow. Neither is a verdict, so neither comes from StatusIcon.
QPixmap stepPixmap(CreationChecklist::StepState state, int size, qreal ratio,
                   const QPalette &palette)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    if (state == CreationChecklist::StepState::Pending) {
        painter.setPen(QPen(palette.color(QPalette::PlaceholderText), s * 0.1));
        painter.drawEllipse(QRectF(s * 0.12, s * 0.12, s * 0.76, s * 0.76));
    } else {
        const QColor fill = palette.color(QPalette::Highlight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        painter.setBrush(palette.color(QPalette::HighlightedText));
        QPainterPath arrow;
        arrow.moveTo(s * 0.38, s * 0.27);
        arrow.lineTo(s * 0.75, s * 0.5);
        arrow.lineTo(s * 0.38, s * 0.73);
        arrow.closeSubpath();
        painter.drawPath(arrow);
    }
    return pixmap;
}

QString stateWord(CreationChecklist::StepState state)
{
    using S = CreationChecklist::StepState;
    switch (state) {
    case S::Pending:
        //: A creation step not started yet
        return CreationChecklist::tr("Waiting");
    case S::Running:
        return CreationChecklist::tr("In progress");
    case S::Done:
        return CreationChecklist::tr("Done");
    case S::Skipped:
        //: A creation step with nothing to do (e.g. the pool exists)
        return CreationChecklist::tr("Already there");
    case S::Failed:
        return CreationChecklist::tr("Failed");
    case S::Cancelled:
        return CreationChecklist::tr("Cancelled");
    case S::Undoing:
        return CreationChecklist::tr("Undoing");
    case S::Undone:
        return CreationChecklist::tr("Removed again");
    case S::UndoFailed:
        return CreationChecklist::tr("Could not be removed");
    }
    return {};
}

} // namespace

CreationChecklist::CreationChecklist(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("creationChecklist"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(2);
    layout->setColumnStretch(1, 1);
    int gridRow = 0;
    for (const CreationStep &step : CreationPlan::steps()) {
        Row row;
        row.step = step;
        const int index = int(m_rows.size());
        row.icon = new QLabel(this);
        row.icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        row.title = new QLabel(step.title(), this);
        row.title->setObjectName(QStringLiteral("stepTitle-%1").arg(index));
        row.detailLabel = new QLabel(this);
        row.detailLabel->setObjectName(QStringLiteral("stepDetail-%1").arg(index));
        row.detailLabel->setWordWrap(true);
        row.detailLabel->setTextFormat(Qt::PlainText);
        row.detailLabel->setForegroundRole(QPalette::PlaceholderText);
        row.detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.progress = new QProgressBar(this);
        row.progress->setObjectName(QStringLiteral("stepProgress-%1").arg(index));
        row.progress->setTextVisible(false);
        row.progress->setMaximumHeight(fontMetrics().height() * 2 / 3);
        row.progress->setVisible(false);
        row.progressLabel = new QLabel(this);
        row.progressLabel->setObjectName(QStringLiteral("stepProgressText-%1").arg(index));
        row.progressLabel->setVisible(false);

        layout->addWidget(row.icon, gridRow, 0, 2, 1);
        layout->addWidget(row.title, gridRow, 1);
        layout->addWidget(row.detailLabel, gridRow + 1, 1);
        layout->addWidget(row.progress, gridRow + 2, 1);
        layout->addWidget(row.progressLabel, gridRow + 3, 1);
        gridRow += 4;
        m_rows.append(row);
    }
    layout->setRowStretch(gridRow, 1);
    reset();
}

void CreationChecklist::reset()
{
    for (int step = 0; step < m_rows.size(); ++step) {
        Row &row = m_rows[step];
        row.state = StepState::Pending;
        row.detail.clear();
        row.progress->setVisible(false);
        row.progressLabel->setVisible(false);
        row.progressLabel->clear();
        update(step);
    }
}

void CreationChecklist::setRunning(int step)
{
    if (step < 0 || step >= m_rows.size())
        return;
    m_rows[step].state = StepState::Running;
    update(step);
}

void CreationChecklist::setProgress(int step, qint64 done, qint64 total)
{
    if (step < 0 || step >= m_rows.size() || total <= 0)
        return;
    Row &row = m_rows[step];
    const QLocale locale;
    const int percent = int(done * 100 / total);
    row.progress->setRange(0, 1000);
    row.progress->setValue(int(done * 1000 / total));
    row.progress->setVisible(true);
    //: Upload progress: "1.2 GiB of 2.6 GiB (45 %)"
    row.progressLabel->setText(
            tr("%1 of %2 (%3 %)")
                    .arg(locale.formattedDataSize(done, 1), locale.formattedDataSize(total, 1))
                    .arg(percent));
    row.progressLabel->setVisible(true);
    row.progress->setAccessibleName(row.progressLabel->text());
}

void CreationChecklist::setFinished(int step, const QString &detail)
{
    if (step < 0 || step >= m_rows.size())
        return;
    m_rows[step].state = StepState::Done;
    m_rows[step].detail = detail;
    m_rows[step].progress->setVisible(false);
    update(step);
}

void CreationChecklist::setSkipped(int step, const QString &detail)
{
    if (step < 0 || step >= m_rows.size())
        return;
    m_rows[step].state = StepState::Skipped;
    m_rows[step].detail = detail;
    m_rows[step].progress->setVisible(false);
    update(step);
}

void CreationChecklist::setFailed(int step, const QString &detail)
{
    if (step < 0 || step >= m_rows.size())
        return;
    m_rows[step].state = StepState::Failed;
    m_rows[step].detail = detail;
    m_rows[step].progress->setVisible(false);
    update(step);
}

void CreationChecklist::setCancelled(int step)
{
    if (step < 0 || step >= m_rows.size())
        return;
    m_rows[step].state = StepState::Cancelled;
    m_rows[step].detail = tr("Cancelled.");
    m_rows[step].progress->setVisible(false);
    update(step);
}

// The step that failed keeps saying so while what it half-made is removed.
void CreationChecklist::setUndoing(int step)
{
    if (step < 0 || step >= m_rows.size() || m_rows[step].state == StepState::Failed)
        return;
    m_rows[step].state = StepState::Undoing;
    update(step);
}

void CreationChecklist::setUndone(int step, bool ok)
{
    if (step < 0 || step >= m_rows.size() || m_rows[step].state == StepState::Failed)
        return;
    m_rows[step].state = ok ? StepState::Undone : StepState::UndoFailed;
    update(step);
}

CreationChecklist::StepState CreationChecklist::state(int step) const
{
    return m_rows.value(step).state;
}

QString CreationChecklist::detail(int step) const
{
    return m_rows.value(step).detailLabel ? m_rows.value(step).detailLabel->text() : QString();
}

QString CreationChecklist::progressText(int step) const
{
    return m_rows.value(step).progressLabel ? m_rows.value(step).progressLabel->text() : QString();
}

void CreationChecklist::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        for (int step = 0; step < m_rows.size(); ++step)
            update(step);
    }
}

void CreationChecklist::update(int step)
{
    Row &row = m_rows[step];
    // Progress belongs to a step at work; its outcome says the rest.
    if (row.state != StepState::Running) {
        row.progress->setVisible(false);
        row.progressLabel->setVisible(false);
    }
    const int size = fontMetrics().height();
    QPixmap pixmap;
    switch (row.state) {
    case StepState::Pending:
    case StepState::Running:
        pixmap = stepPixmap(row.state, size, devicePixelRatioF(), palette());
        break;
    case StepState::Done:
    case StepState::Skipped:
        pixmap = StatusIcon::pixmap(Status::Pass, size, devicePixelRatioF(), palette());
        break;
    case StepState::Failed:
    case StepState::UndoFailed:
        pixmap = StatusIcon::pixmap(Status::Fail, size, devicePixelRatioF(), palette());
        break;
    case StepState::Undoing:
        pixmap = StatusIcon::pixmap(Status::Warn, size, devicePixelRatioF(), palette());
        break;
    case StepState::Undone:
    case StepState::Cancelled:
        pixmap = StatusIcon::pixmap(Status::Info, size, devicePixelRatioF(), palette());
        break;
    }
    row.icon->setPixmap(pixmap);

    QFont titleFont = font();
    titleFont.setBold(row.state == StepState::Running || row.state == StepState::Failed);
    row.title->setFont(titleFont);

    QString detail = row.detail;
    switch (row.state) {
    case StepState::Running:
        if (detail.isEmpty())
            detail = tr("In progress…");
        break;
    case StepState::Undoing:
        detail = tr("Removing what this step made…");
        break;
    case StepState::Undone:
        detail = tr("Removed again.");
        break;
    case StepState::UndoFailed:
        detail = tr("Could not be removed; see below for how to remove it by hand.");
        break;
    default:
        break;
    }
    row.detailLabel->setText(detail);
    row.detailLabel->setVisible(!detail.isEmpty());
    // A screen reader hears the state that sighted users see as an icon.
    row.title->setAccessibleName(
            QStringLiteral("%1: %2").arg(row.step.title(), stateWord(row.state)));
}

} // namespace Airlock
