// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditview.h"

#include "noticelabel.h"

#include <QLabel>
#include <QShowEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace Airlock {

AuditView::AuditView(QWidget *parent)
    : QScrollArea(parent)
    , m_summary(new NoticeLabel(this))
    , m_rows(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_rows))
{
    setObjectName(QStringLiteral("auditView"));
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *intro = new QLabel(tr("Airlock read the running VM's configuration back from libvirt "
                                "and compared it with what you chose. Only what was read back "
                                "is ticked."),
                             content);
    intro->setWordWrap(true);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(intro);
    layout->addWidget(m_rows);
    layout->addStretch(1);
    m_summary->setParent(content);
    m_rows->setParent(content);
    setWidget(content);
}

void AuditView::setChecks(const QList<AuditCheck> &checks)
{
    m_checks = checks;
    m_linesStale = true;
    if (isVisible())
        updateLines();
    const auto passed = std::count_if(checks.cbegin(), checks.cend(),
                                      [](const AuditCheck &check) { return check.passed; });
    if (!checks.isEmpty() && passed == checks.size()) {
        m_summary->setNotice(Status::Pass,
                             tr("All %n check(s) hold: the running VM has what you chose.", nullptr,
                                int(checks.size()))
                                     .toHtmlEscaped());
    } else {
        m_summary->setNotice(Status::Fail,
                             tr("%1 of %n check(s) fail: the running VM differs from what you "
                                "chose.",
                                nullptr, int(checks.size()))
                                     .arg(checks.size() - passed)
                                     .toHtmlEscaped());
    }
}

Status AuditView::status() const
{
    return DomainAudit::allPassed(m_checks) ? Status::Pass : Status::Fail;
}

void AuditView::showEvent(QShowEvent *event)
{
    updateLines();
    QScrollArea::showEvent(event);
}

void AuditView::updateLines()
{
    if (!m_linesStale)
        return;
    m_linesStale = false;
    // Rows are reused from one read to the next; only a change of count
    // adds or removes some.
    while (m_lines.size() > m_checks.size())
        delete m_lines.takeLast();
    while (m_lines.size() < m_checks.size()) {
        auto *line = new NoticeLabel(m_rows);
        m_rowsLayout->addWidget(line);
        m_lines.append(line);
    }
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        const AuditCheck &check = m_checks.at(i);
        m_lines.at(i)->setObjectName(QStringLiteral("audit-%1").arg(check.id));
        //: An audit line: what should hold — what the live XML holds
        m_lines.at(i)->setNotice(check.passed ? Status::Pass : Status::Fail,
                                 tr("%1 — %2").arg(check.title, check.found).toHtmlEscaped());
    }
}

QStringList AuditView::lines()
{
    updateLines();
    QStringList texts;
    for (const NoticeLabel *line : m_lines)
        texts.append(line->text());
    return texts;
}

} // namespace Airlock
