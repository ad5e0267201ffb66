// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proof/isolationproof.h"
#include "statusicon.h"

#include <QDateTime>
#include <QScrollArea>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace Airlock {

class LabelView;
class NoticeLabel;

// The isolation proof in words: the label first (large, each part
// explained), then the verdict, the disk's label, uniqueness and any
// disagreement; what libvirt reported word for word one click away.
// It shows only what IsolationProof read back.
class ProofView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ProofView(QWidget *parent = nullptr);

    void setProof(const IsolationProof &proof, const QDateTime &readAt);
    // A note above the proof (the VM stopped: the label is of its last run).
    void setNote(Status status, const QString &text);
    void clearNote();

    // The label shown large: the SELinux process label, else the DAC owner,
    // else whatever libvirt reported.
    static std::optional<SecurityLabel> shownLabel(const IsolationProof &proof);
    static Status verdictStatus(const IsolationProof &proof);

    LabelView *labelView() const { return m_labelView; }
    QString verdictText() const;
    QString factsText() const; // every fact line, for tests and copying
    bool isDetailsExpanded() const;
    void setDetailsExpanded(bool expanded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addFact(Status status, const QString &text);
    void updateVerdictIcon();
    QString detailsText(const IsolationProof &proof, const QDateTime &readAt) const;

    Status m_verdictStatus = Status::Unknown;
    NoticeLabel *const m_note;
    QLabel *const m_labelCaption;
    LabelView *const m_labelView;
    QLabel *const m_verdictIcon;
    QLabel *const m_verdict;
    QLabel *const m_verdictExplanation;
    QLabel *const m_imageCaption;
    LabelView *const m_imageView;
    QWidget *const m_facts;
    QVBoxLayout *const m_factsLayout;
    QToolButton *const m_detailsToggle;
    QLabel *const m_details;
};

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
