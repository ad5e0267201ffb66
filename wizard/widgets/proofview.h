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

} // namespace Airlock
