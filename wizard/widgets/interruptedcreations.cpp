// SPDX-License-Identifier: GPL-3.0-or-later
#include "interruptedcreations.h"

#include "hypervisor/hypervisor.h"
#include "noticelabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <atomic>

namespace Airlock {

InterruptedCreations::InterruptedCreations(Hypervisor *hypervisor, QWidget *parent)
    : QFrame(parent)
    , m_hypervisor(hypervisor)
    , m_rows(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_rows))
    , m_progress(new NoticeLabel(this, NoticeLabel::Style::Plain))
    , m_result(new NoticeLabel(this))
{
    setObjectName(QStringLiteral("interruptedCreations"));
    setFrameShape(QFrame::StyledPanel);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rows);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    setVisible(false);
}

void InterruptedCreations::setCreations(const QList<InterruptedCreation> &creations)
{
    if (m_busy)
        return;
    m_creations = creations;
    rebuild();
}

void InterruptedCreations::rebuild()
{
    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const InterruptedCreation &creation : std::as_const(m_creations)) {
        auto *row = new QWidget(m_rows);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *summary = new NoticeLabel(row);
        summary->setNotice(Status::Warn,
                           QString(creation.summary() + QLatin1Char(' ')
                                   + tr("Finish it to make the VM after all, or undo it to "
                                        "remove what it made."))
                                   .toHtmlEscaped());
        auto *finishButton = new QPushButton(tr("Finish it"), row);
        finishButton->setObjectName(QStringLiteral("finishCreation"));
        finishButton->setToolTip(
                tr("Makes the VM with the same choices, keeping its disk and ISO"));
        auto *undoButton = new QPushButton(tr("Undo it"), row);
        undoButton->setObjectName(QStringLiteral("undoCreation"));
        undoButton->setToolTip(tr("Removes exactly what this creation had made"));
        rowLayout->addWidget(summary, 1);
        rowLayout->addWidget(finishButton, 0, Qt::AlignTop);
        rowLayout->addWidget(undoButton, 0, Qt::AlignTop);
        const QString name = creation.name();
        connect(finishButton, &QPushButton::clicked, this, [this, name] { finish(name); });
        connect(undoButton, &QPushButton::clicked, this, [this, name] { undo(name); });
        m_rowsLayout->addWidget(row);
    }
    setVisible(!m_creations.isEmpty() || !m_result->text().isEmpty());
}

void InterruptedCreations::finish(const QString &name)
{
    resolve(name, true);
}

void InterruptedCreations::undo(const QString &name)
{
    resolve(name, false);
}

void InterruptedCreations::resolve(const QString &name, bool finishIt)
{
    const auto found
            = std::find_if(m_creations.cbegin(), m_creations.cend(),
                           [&name](const InterruptedCreation &c) { return c.name() == name; });
    if (m_busy || found == m_creations.cend())
        return;
    const InterruptedCreation creation = *found;
    setBusy(true);
    m_result->clear();
    m_progress->setNotice(Status::Info, finishIt ? tr("Finishing the creation of “%1”…").arg(name)
                                                 : tr("Undoing the creation of “%1”…").arg(name));
    QPointer<InterruptedCreations> self(this);
    CreationPlan::Callbacks callbacks;
    callbacks.started = [self, name](int step) {
        const QString title = CreationPlan::steps().value(step).title();
        QMetaObject::invokeMethod(
                qApp,
                [self, name, title] {
                    if (self)
                        self->m_progress->setNotice(
                                Status::Info,
                                tr("Finishing the creation of “%1”: %2…").arg(name, title));
                },
                Qt::QueuedConnection);
    };
    auto future = m_hypervisor->run([creation, finishIt, callbacks](const Connection &connection) {
        static std::atomic_bool never {false};
        return finishIt ? CreationRecovery::finish(connection, creation, callbacks, never)
                        : CreationRecovery::undo(connection, creation);
    });
    future.then(this, [this](const RecoveryResult &result) { showResult(result); });
}

void InterruptedCreations::showResult(const RecoveryResult &result)
{
    setBusy(false);
    m_progress->clear();
    QString text = result.message.toHtmlEscaped();
    if (!result.leftovers.isEmpty()) {
        text += QStringLiteral("<ul>");
        for (const QString &line : result.leftovers)
            text += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        text += QStringLiteral("</ul>");
    }
    m_result->setNotice(result.ok ? Status::Pass : Status::Fail, text);
    if (result.ok) {
        m_creations.erase(std::remove_if(m_creations.begin(), m_creations.end(),
                                         [&result](const InterruptedCreation &c) {
                                             return c.name() == result.name;
                                         }),
                          m_creations.end());
    }
    rebuild();
    Q_EMIT resolved(result.name, result.ok);
}

void InterruptedCreations::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton *button : m_rows->findChildren<QPushButton *>())
        button->setEnabled(!busy);
}

QString InterruptedCreations::text() const
{
    QStringList parts;
    for (const NoticeLabel *notice : findChildren<NoticeLabel *>()) {
        if (!notice->text().isEmpty())
            parts.append(notice->text());
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace Airlock
