// SPDX-License-Identifier: GPL-3.0-or-later
#include "creationfailureview.h"

#include "noticelabel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Airlock {

namespace {

QString bulleted(const QStringList &lines)
{
    QStringList items;
    for (const QString &line : lines)
        items.append(QStringLiteral("• ") + line);
    return items.join(QLatin1Char('\n'));
}

} // namespace

CreationFailureView::CreationFailureView(QWidget *parent)
    : QFrame(parent)
    , m_what(new NoticeLabel(this, NoticeLabel::Style::Plain))
    , m_libvirtCaption(new QLabel(tr("libvirt's message:"), this))
    , m_libvirtMessage(new QPlainTextEdit(this))
    , m_advice(new QLabel(this))
    , m_undone(new QLabel(this))
    , m_leftoversCaption(new QLabel(this))
    , m_leftovers(new QLabel(this))
    , m_copyLeftovers(new QPushButton(tr("Copy"), this))
    , m_busy(new NoticeLabel(this, NoticeLabel::Style::Plain))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_goBack(new QPushButton(this))
{
    setObjectName(QStringLiteral("creationFailure"));
    m_what->setObjectName(QStringLiteral("failureWhat"));
    m_what->setBold(true);
    m_libvirtMessage->setObjectName(QStringLiteral("failureLibvirtMessage"));
    m_advice->setObjectName(QStringLiteral("failureAdvice"));
    m_undone->setObjectName(QStringLiteral("failureUndone"));
    m_leftovers->setObjectName(QStringLiteral("failureLeftovers"));
    m_copyLeftovers->setObjectName(QStringLiteral("copyLeftovers"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_goBack->setObjectName(QStringLiteral("goBackButton"));

    m_libvirtCaption->setForegroundRole(QPalette::PlaceholderText);
    // libvirt's words in full, selectable: QEMU's errors run to several lines.
    m_libvirtMessage->setReadOnly(true);
    m_libvirtMessage->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_libvirtMessage->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_libvirtMessage->setTabChangesFocus(true);
    m_libvirtMessage->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_libvirtMessage->setAccessibleName(tr("libvirt's message"));
    for (QLabel *label : {m_advice, m_undone, m_leftovers}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_leftovers->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyLeftovers->setToolTip(tr("Copy the list and the commands that remove what is left"));
    m_retry->setToolTip(tr("Run the creation again from the start"));

    auto *leftoverRow = new QHBoxLayout;
    leftoverRow->addWidget(m_leftovers, 1);
    leftoverRow->addWidget(m_copyLeftovers, 0, Qt::AlignTop);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_goBack);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_what);
    layout->addWidget(m_libvirtCaption);
    layout->addWidget(m_libvirtMessage);
    layout->addWidget(m_advice);
    layout->addWidget(m_undone);
    layout->addWidget(m_leftoversCaption);
    layout->addLayout(leftoverRow);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, &CreationFailureView::retryRequested);
    connect(m_goBack, &QPushButton::clicked, this, &CreationFailureView::goBackRequested);
    connect(m_copyLeftovers, &QPushButton::clicked, this, &CreationFailureView::copyLeftovers);
}

void CreationFailureView::setFailure(const CreationFailure &failure, const QString &goBackText)
{
    m_failure = failure;
    const QList<CreationStep> steps = CreationPlan::steps();
    const QString stepTitle = steps.value(failure.stepIndex).title();
    if (failure.cancelled) {
        m_what->setNotice(Status::Info, failure.what);
    } else if (failure.what.contains(stepTitle)) {
        m_what->setNotice(Status::Fail, failure.what);
    } else {
        //: "Start the VM" failed: The VM could not be started.
        m_what->setNotice(Status::Fail, tr("“%1” failed: %2").arg(stepTitle, failure.what));
    }
    m_libvirtMessage->setPlainText(failure.libvirtMessage);
    m_libvirtCaption->setVisible(!failure.libvirtMessage.isEmpty());
    m_libvirtMessage->setVisible(!failure.libvirtMessage.isEmpty());
    m_advice->setText(failure.advice.isEmpty() ? QString()
                                               : tr("What to try: %1").arg(failure.advice));
    m_advice->setVisible(!failure.advice.isEmpty());
    m_goBack->setText(goBackText);
    m_retry->setText(failure.connectionLost ? tr("Reconnect and try again") : tr("Try again"));
    m_busy->clear();
    m_retry->setEnabled(true);
    m_goBack->setEnabled(true);
    updateLists();
}

void CreationFailureView::setLeftovers(const QStringList &leftovers)
{
    for (const QString &line : m_failure.leftovers) {
        if (!leftovers.contains(line))
            m_failure.undone.append(line);
    }
    m_failure.leftovers = leftovers;
    updateLists();
}

void CreationFailureView::setBusy(bool busy, const QString &text)
{
    if (busy)
        m_busy->setNotice(Status::Info, text);
    else
        m_busy->clear();
    m_retry->setEnabled(!busy);
    m_goBack->setEnabled(!busy);
}

QString CreationFailureView::headline() const
{
    return m_what->text();
}

QString CreationFailureView::libvirtMessage() const
{
    return m_libvirtMessage->toPlainText();
}

void CreationFailureView::updateLists()
{
    if (m_failure.undone.isEmpty()) {
        m_undone->setText(m_failure.leftovers.isEmpty()
                                  ? tr("Nothing had been made yet, so nothing is left behind.")
                                  : QString());
    } else {
        m_undone->setText(
                tr("Removed again, so nothing of it is left:\n%1").arg(bulleted(m_failure.undone)));
    }
    m_undone->setVisible(!m_undone->text().isEmpty());
    const bool left = !m_failure.leftovers.isEmpty();
    m_leftoversCaption->setText(
            tr("Left behind: Airlock could not remove these. Remove them by hand, or try again "
               "once the connection is back:"));
    m_leftoversCaption->setWordWrap(true);
    m_leftoversCaption->setVisible(left);
    m_leftovers->setText(bulleted(m_failure.leftovers));
    m_leftovers->setVisible(left);
    m_copyLeftovers->setVisible(left);
}

void CreationFailureView::copyLeftovers()
{
    QGuiApplication::clipboard()->setText(m_failure.leftovers.join(QLatin1Char('\n')));
}

} // namespace Airlock
