// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostcheckrow.h"

#include "statusicon.h"

#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Airlock {

namespace {

Status statusOf(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return Status::Pass;
    case CheckStatus::Warn:
        return Status::Warn;
    case CheckStatus::Fail:
        return Status::Fail;
    case CheckStatus::Unknown:
        return Status::Unknown;
    case CheckStatus::Info:
        return Status::Info;
    }
    return Status::Unknown;
}

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

HostCheckRow::HostCheckRow(const HostCheck &check, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_details(new QWidget(this))
    , m_evidence(selectableLabel(m_details))
    , m_source(selectableLabel(m_details))
    , m_remedyLabel(headingLabel(tr("Fix:"), m_details))
    , m_remedy(selectableLabel(m_details))
    , m_remedyPurpose(selectableLabel(m_details))
    , m_copy(new QPushButton(tr("Copy"), m_details))
    , m_acknowledge(new QCheckBox(this))
    , m_acknowledgeText(new QLabel(this))
    , m_covered(new QLabel(this))
{
    setObjectName(QStringLiteral("check-%1").arg(check.id));
    m_toggle->setObjectName(QStringLiteral("details-%1").arg(check.id));
    m_remedy->setObjectName(QStringLiteral("remedy-%1").arg(check.id));
    m_remedyLabel->setObjectName(QStringLiteral("remedyHeading-%1").arg(check.id));
    m_remedyPurpose->setObjectName(QStringLiteral("remedyPurpose-%1").arg(check.id));
    m_remedyPurpose->setForegroundRole(QPalette::PlaceholderText);
    m_copy->setObjectName(QStringLiteral("copy-%1").arg(check.id));
    m_acknowledge->setObjectName(QStringLiteral("acknowledge-%1").arg(check.id));
    m_covered->setObjectName(QStringLiteral("covered-%1").arg(check.id));
    m_evidence->setObjectName(QStringLiteral("evidence-%1").arg(check.id));
    m_source->setObjectName(QStringLiteral("source-%1").arg(check.id));

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    const int iconSize = fontMetrics().height();
    m_icon->setFixedWidth(iconSize + 4);

    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    //: Opens a host check's evidence, source and fix.
    m_toggle->setText(tr("Details"));

    m_remedy->setMargin(4);
    // Level with the remedy's first line inside its box.
    m_remedyLabel->setContentsMargins(0, m_remedy->margin(), 0, 0);
    m_acknowledge->setVisible(false);
    // The sentence beside the box wraps (a check box's own text cannot), and
    // a click on it ticks the box as a click on a check box's text does.
    m_acknowledgeText->setObjectName(QStringLiteral("acknowledgeText-%1").arg(check.id));
    m_acknowledgeText->setWordWrap(true);
    m_acknowledgeText->setBuddy(m_acknowledge);
    m_acknowledgeText->setVisible(false);
    m_acknowledgeText->installEventFilter(this);
    m_covered->setWordWrap(true);
    m_covered->setVisible(false);

    // Icon and first line of text sit level with the Details button's label.
    const int offset = std::max(0, (m_toggle->sizeHint().height() - fontMetrics().height()) / 2);
    m_icon->setContentsMargins(0, offset, 0, 0);
    m_summary->setContentsMargins(0, offset, 0, 0);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_icon);
    header->addWidget(m_summary, 1);
    header->addWidget(m_toggle, 0, Qt::AlignTop);

    auto *details = new QGridLayout(m_details);
    details->setContentsMargins(iconSize + 12, 0, 0, 4);
    details->setHorizontalSpacing(8);
    details->setVerticalSpacing(4);
    //: Host check details: the value Airlock read
    details->addWidget(headingLabel(tr("Found:"), m_details), 0, 0);
    details->addWidget(m_evidence, 0, 1, 1, 2);
    //: Host check details: where the value was read
    details->addWidget(headingLabel(tr("Read from:"), m_details), 1, 0);
    details->addWidget(m_source, 1, 1, 1, 2);
    details->addWidget(m_remedyLabel, 2, 0);
    details->addWidget(m_remedy, 2, 1);
    details->addWidget(m_copy, 2, 2, Qt::AlignTop);
    details->addWidget(m_remedyPurpose, 3, 1, 1, 2);
    details->setColumnStretch(1, 1);
    m_details->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(header);
    auto *acknowledgeRow = new QHBoxLayout;
    acknowledgeRow->setContentsMargins(iconSize + 12, 0, 0, 0);
    acknowledgeRow->addWidget(m_acknowledge, 0, Qt::AlignTop);
    acknowledgeRow->addWidget(m_acknowledgeText, 1);
    acknowledgeRow->addWidget(m_covered, 1);
    layout->addLayout(acknowledgeRow);
    layout->addWidget(m_details);

    connect(m_toggle, &QToolButton::toggled, this, &HostCheckRow::setExpanded);
    connect(m_copy, &QPushButton::clicked, this, &HostCheckRow::copyRemedy);
    connect(m_acknowledge, &QCheckBox::toggled, this,
            [this](bool checked) { Q_EMIT acknowledgementChanged(m_check.id, checked); });
    setCheck(check);
}

void HostCheckRow::setCheck(const HostCheck &check)
{
    m_check = check;
    const QString word = StatusIcon::word(statusOf(check.status));
    m_summary->setText(QStringLiteral("<b>%1</b> — %2")
                               .arg(check.title.toHtmlEscaped(), check.finding.toHtmlEscaped()));
    // Screen readers hear the verdict word that sighted users see as a shape.
    const QString spoken = QStringLiteral("%1: %2. %3").arg(word, check.title, check.finding);
    m_summary->setAccessibleName(spoken);
    m_toggle->setAccessibleName(tr("Details for %1").arg(check.title));
    m_evidence->setText(check.evidence);
    m_source->setText(check.source);
    showRemedy();

    m_acknowledge->setAccessibleName(check.acknowledgement);
    m_acknowledgeText->setText(check.acknowledgement);
    updateAcknowledgement();
    updateIcon();
}

void HostCheckRow::showRemedy()
{
    const HostCheck &check = m_check;
    const bool shown = !check.remedy.isEmpty();
    const bool command
            = check.remedyKind == RemedyKind::Command || check.remedyKind == RemedyKind::Inspect;
    // Commands read as commands: monospaced, on the field's own background;
    // a link is a link to open, steps are words.
    m_remedy->setFont(command ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());
    m_remedy->setAutoFillBackground(command);
    m_remedy->setBackgroundRole(command ? QPalette::Base : QPalette::Window);
    m_remedy->setForegroundRole(command ? QPalette::Text : QPalette::WindowText);
    const bool link = check.remedyKind == RemedyKind::Link;
    m_remedy->setTextFormat(link ? Qt::RichText : Qt::PlainText);
    m_remedy->setOpenExternalLinks(link);
    m_remedy->setTextInteractionFlags(link ? Qt::TextBrowserInteraction
                                           : Qt::TextSelectableByMouse
                                                      | Qt::TextSelectableByKeyboard);
    m_remedy->setText(
            link ? QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(check.remedy.toHtmlEscaped(), check.remedy.toHtmlEscaped())
                 : check.remedy);
    switch (check.remedyKind) {
    case RemedyKind::Command:
        //: Host check details: the command that fixes what was found
        m_remedyLabel->setText(tr("Fix:"));
        m_remedy->setAccessibleName(tr("Command that fixes %1").arg(check.title));
        m_copy->setToolTip(tr("Copy the command to the clipboard"));
        m_copy->setAccessibleName(tr("Copy the command that fixes %1").arg(check.title));
        break;
    case RemedyKind::Inspect:
        //: Host check details: a command that only shows what was found, changing nothing
        m_remedyLabel->setText(tr("Check by hand:"));
        m_remedy->setAccessibleName(tr("Command that shows %1, changing nothing").arg(check.title));
        m_copy->setToolTip(tr("Copy the command to the clipboard"));
        m_copy->setAccessibleName(tr("Copy the command that shows %1").arg(check.title));
        break;
    case RemedyKind::Link:
        //: Host check details: a web page to read about what was found
        m_remedyLabel->setText(tr("Read:"));
        m_remedy->setAccessibleName(tr("Page about %1").arg(check.title));
        m_copy->setToolTip(tr("Copy the address to the clipboard"));
        m_copy->setAccessibleName(tr("Copy the address of the page about %1").arg(check.title));
        break;
    case RemedyKind::Steps:
        //: Host check details: what to do by hand, outside the running system
        m_remedyLabel->setText(tr("Fix:"));
        m_remedy->setAccessibleName(tr("How to fix %1").arg(check.title));
        break;
    }
    m_copy->setText(copyText());
    m_remedyLabel->setVisible(shown);
    m_remedy->setVisible(shown);
    m_copy->setVisible(shown && check.remedyKind != RemedyKind::Steps);
    m_remedyPurpose->setText(check.remedyPurpose);
    m_remedyPurpose->setVisible(shown && !check.remedyPurpose.isEmpty());
}

QString HostCheckRow::copyText() const
{
    //: The button that copies a web address
    return m_check.remedyKind == RemedyKind::Link ? tr("Copy link") : tr("Copy");
}

void HostCheckRow::setCoveredBy(const QString &title)
{
    if (m_coveredBy == title)
        return;
    m_coveredBy = title;
    updateAcknowledgement();
}

void HostCheckRow::updateAcknowledgement()
{
    const bool acceptable = m_check.status == CheckStatus::Fail
                            && m_check.gate == CheckGate::Acknowledge
                            && !m_check.acknowledgement.isEmpty();
    const bool covered = acceptable && !m_coveredBy.isEmpty();
    m_acknowledge->setVisible(acceptable && !covered);
    m_acknowledgeText->setVisible(acceptable && !covered);
    if (m_acknowledge->isHidden() && m_acknowledge->isChecked()) {
        const QSignalBlocker blocker(m_acknowledge);
        m_acknowledge->setChecked(false);
    }
    //: %1 is the title of another host check, such as "SELinux"
    m_covered->setText(covered ? tr("Accepting the risk under “%1” above accepts this one too: "
                                    "they have the same cause.")
                                         .arg(m_coveredBy)
                               : QString());
    m_covered->setVisible(covered);
}

bool HostCheckRow::isExpanded() const
{
    return m_toggle->isChecked();
}

void HostCheckRow::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(expanded);
}

bool HostCheckRow::isAcknowledged() const
{
    return !m_acknowledge->isHidden() && m_acknowledge->isChecked();
}

void HostCheckRow::setAcknowledged(bool acknowledged)
{
    const QSignalBlocker blocker(m_acknowledge);
    m_acknowledge->setChecked(acknowledged);
}

QList<QWidget *> HostCheckRow::focusChain() const
{
    return {m_toggle, m_acknowledge, m_evidence, m_source, m_remedy, m_copy};
}

void HostCheckRow::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
}

bool HostCheckRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_acknowledgeText && event->type() == QEvent::MouseButtonPress
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        m_acknowledge->setFocus(Qt::MouseFocusReason);
        m_acknowledge->toggle();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void HostCheckRow::mousePressEvent(QMouseEvent *event)
{
    // The whole header opens the details, not only the small toggle.
    if (event->button() == Qt::LeftButton && !m_details->geometry().contains(event->pos()))
        setExpanded(!isExpanded());
    QFrame::mousePressEvent(event);
}

void HostCheckRow::updateIcon()
{
    const int size = fontMetrics().height();
    m_icon->setPixmap(
            StatusIcon::pixmap(statusOf(m_check.status), size, devicePixelRatioF(), palette()));
    m_icon->setToolTip(StatusIcon::word(statusOf(m_check.status)));
}

void HostCheckRow::copyRemedy()
{
    QGuiApplication::clipboard()->setText(m_check.remedy);
    //: Shown on the Copy button for a moment after the command was copied
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(2000, m_copy, [this] { m_copy->setText(copyText()); });
}

} // namespace Airlock
