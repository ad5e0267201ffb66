// SPDX-License-Identifier: GPL-3.0-or-later
#include "proofview.h"

#include "labelview.h"
#include "noticelabel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace Airlock {

namespace {

QLabel *captionLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

// libvirt's answers as they came, quoted: an empty label shows as “”.
QString labelList(const QList<ReportedLabel> &labels)
{
    QStringList texts;
    for (const ReportedLabel &entry : labels) {
        //: A label as libvirt reported it, with its enforcing flag
        texts.append(ProofView::tr("“%1” (enforcing: %2)")
                             .arg(entry.label.text(),
                                  entry.enforcing ? ProofView::tr("yes") : ProofView::tr("no")));
    }
    return texts.join(QLatin1String(", "));
}

Status factStatus(LabelCheck::Status status)
{
    switch (status) {
    case LabelCheck::Status::Pass:
        return Status::Pass;
    case LabelCheck::Status::Fail:
        return Status::Fail;
    case LabelCheck::Status::Info:
        return Status::Info;
    case LabelCheck::Status::Unknown:
        break;
    }
    return Status::Unknown;
}

} // namespace

ProofView::ProofView(QWidget *parent)
    : QScrollArea(parent)
    , m_note(new NoticeLabel(this))
    , m_labelCaption(captionLabel(this))
    , m_labelView(new LabelView(this))
    , m_verdictIcon(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_verdictExplanation(new QLabel(this))
    , m_imageCaption(captionLabel(this))
    , m_imageView(new LabelView(this))
    , m_facts(new QWidget(this))
    , m_factsLayout(new QVBoxLayout(m_facts))
    , m_detailsToggle(new QToolButton(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("proofView"));
    m_note->setObjectName(QStringLiteral("proofNote"));
    m_labelCaption->setObjectName(QStringLiteral("labelCaption"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdictExplanation->setObjectName(QStringLiteral("verdictExplanation"));
    m_imageView->setObjectName(QStringLiteral("imageLabelView"));
    m_imageView->setScale(1.15);
    m_imageView->setHint(QString());
    m_facts->setObjectName(QStringLiteral("proofFacts"));
    m_detailsToggle->setObjectName(QStringLiteral("proofDetailsToggle"));
    m_details->setObjectName(QStringLiteral("proofDetails"));

    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("proofContent"));

    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.2);
    m_verdict->setFont(verdictFont);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdictIcon->setAlignment(Qt::AlignTop);
    m_verdictExplanation->setWordWrap(true);
    m_verdictExplanation->setTextFormat(Qt::PlainText);
    m_verdictExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_factsLayout->setContentsMargins(0, 0, 0, 0);
    m_factsLayout->setSpacing(2);

    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setText(tr("What libvirt reported, word for word"));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAutoFillBackground(true);
    m_details->setBackgroundRole(QPalette::Base);
    m_details->setForegroundRole(QPalette::Text);
    m_details->setMargin(6);
    m_details->setVisible(false);

    auto *verdictRow = new QHBoxLayout;
    verdictRow->setSpacing(8);
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    verdictRow->addWidget(m_verdict, 1);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_note);
    layout->addWidget(m_labelCaption);
    layout->addWidget(m_labelView);
    layout->addSpacing(4);
    layout->addLayout(verdictRow);
    layout->addWidget(m_verdictExplanation);
    layout->addSpacing(4);
    layout->addWidget(m_imageCaption);
    layout->addWidget(m_imageView);
    layout->addWidget(m_facts);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addStretch(1);
    setWidget(content);

    connect(m_detailsToggle, &QToolButton::toggled, this, &ProofView::setDetailsExpanded);
}

std::optional<SecurityLabel> ProofView::shownLabel(const IsolationProof &proof)
{
    if (const auto process = proof.processLabel())
        return process;
    if (const auto dac = proof.dacLabel())
        return dac;
    for (const ReportedLabel &entry : proof.reported) {
        if (entry.label.kind() != SecurityLabel::Kind::Empty)
            return entry.label;
    }
    return std::nullopt;
}

Status ProofView::verdictStatus(const IsolationProof &proof)
{
    switch (proof.verdict()) {
    case IsolationProof::Verdict::Confined:
        return Status::Pass;
    case IsolationProof::Verdict::Unknown:
        return Status::Unknown;
    case IsolationProof::Verdict::Permissive:
    case IsolationProof::Verdict::NotConfined:
        break;
    }
    return Status::Fail;
}

void ProofView::setProof(const IsolationProof &proof, const QDateTime &readAt)
{
    const auto shown = shownLabel(proof);
    const auto process = proof.processLabel();
    if (process) {
        m_labelCaption->setText(tr("The SELinux label QEMU runs with, for this VM only:"));
    } else if (shown && shown->kind() == SecurityLabel::Kind::Dac) {
        m_labelCaption->setText(tr("QEMU runs as this Unix user and group (there is no SELinux "
                                   "label):"));
    } else {
        m_labelCaption->setText(tr("The label libvirt reports for QEMU:"));
    }
    if (shown)
        m_labelView->setLabel(*shown);
    else
        m_labelView->clear();
    m_labelView->setVisible(shown.has_value());
    if (!shown)
        m_labelCaption->setText(tr("libvirt reported no label for this VM's QEMU."));

    m_verdictStatus = verdictStatus(proof);
    m_verdict->setText(proof.verdictText());
    m_verdict->setAccessibleName(
            QStringLiteral("%1: %2").arg(StatusIcon::word(m_verdictStatus), proof.verdictText()));
    m_verdictExplanation->setText(proof.verdictExplanation());
    updateVerdictIcon();

    // The disk's label: SELinux's when there is one, else its Unix owner.
    const auto image = proof.imageLabel();
    const auto dacImage = proof.dacImageLabel();
    if (image) {
        m_imageCaption->setText(tr("The label on the VM's disk:"));
        m_imageView->setLabel(*image, true);
    } else if (dacImage) {
        m_imageCaption->setText(tr("The VM's disk belongs to:"));
        m_imageView->setLabel(*dacImage, true);
    } else {
        m_imageView->clear();
    }
    m_imageCaption->setVisible(image || dacImage);
    m_imageView->setVisible(image || dacImage);

    while (QLayoutItem *item = m_factsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Every fact the verdict rests on, as the model found it; without an
    // SELinux label the disk's owner says what little DAC gives.
    if (process) {
        for (const LabelCheck &check : proof.labelChecks())
            addFact(factStatus(check.status), check.text);
    } else if (dacImage) {
        addFact(Status::Info, tr("That is the user every VM's QEMU runs as: Unix permissions do "
                                 "not keep other VMs from this disk."));
    } else {
        addFact(Status::Unknown,
                tr("No categories to compare with other VMs: without its own SELinux "
                   "categories, nothing keeps this VM apart from them."));
    }
    // With a label, the checks above already list the disagreements.
    if (!process) {
        for (const QString &disagreement : proof.disagreements())
            addFact(Status::Fail, tr("libvirt's answers disagree: %1").arg(disagreement));
    }

    m_details->setText(detailsText(proof, readAt));
}

void ProofView::addFact(Status status, const QString &text)
{
    auto *fact = new NoticeLabel(m_facts);
    fact->setNotice(status, text.toHtmlEscaped());
    m_factsLayout->addWidget(fact);
}

QString ProofView::detailsText(const IsolationProof &proof, const QDateTime &readAt) const
{
    QStringList lines;
    lines.append(tr("Read from libvirt at %1.")
                         .arg(QLocale().toString(readAt.time(), QLocale::LongFormat)));
    lines.append(
            tr("Host security driver (virNodeGetSecurityModel): %1, DOI %2")
                    .arg(proof.hostSecurityModel.isEmpty() ? tr("not reported")
                                                           : proof.hostSecurityModel,
                         proof.hostSecurityDoi.isEmpty() ? tr("none") : proof.hostSecurityDoi));
    const QString reported = proof.reported.isEmpty() ? tr("nothing") : labelList(proof.reported);
    if (proof.labelListSupported)
        lines.append(tr("Label API (virDomainGetSecurityLabelList): %1").arg(reported));
    else
        lines.append(tr("Label API: virDomainGetSecurityLabelList is not supported; "
                        "virDomainGetSecurityLabel says: %1")
                             .arg(reported));
    if (proof.seclabels.isEmpty())
        lines.append(tr("Live XML: no <seclabel> element."));
    for (const XmlSeclabel &seclabel : proof.seclabels) {
        lines.append(
                tr("Live XML <seclabel>: model %1, type %2, relabel %3, label %4, "
                   "image label %5")
                        .arg(seclabel.model, seclabel.type,
                             seclabel.relabel.isEmpty() ? tr("not set") : seclabel.relabel,
                             seclabel.label.text().isEmpty() ? tr("none") : seclabel.label.text(),
                             seclabel.imageLabel.text().isEmpty() ? tr("none")
                                                                  : seclabel.imageLabel.text()));
    }
    if (!proof.typeEnforcement.type.isEmpty())
        lines.append(tr("Host policy for %1: %2")
                             .arg(proof.typeEnforcement.type, proof.typeEnforcement.reason));
    for (const DiskLabel &disk : proof.disks) {
        //: %1 a disk such as vda, %2 its volume or file, %3 the label of the file
        lines.append(tr("Disk %1 (%2): file labelled %3")
                             .arg(disk.target, disk.path.isEmpty() ? disk.volume : disk.path,
                                  !disk.problem.isEmpty()       ? disk.problem
                                  : disk.label.text().isEmpty() ? tr("none")
                                                                : disk.label.text()));
    }
    if (proof.peers.isEmpty())
        lines.append(tr("Other running VMs with an SELinux label: none."));
    for (const PeerLabel &peer : proof.peers) {
        lines.append(peer.clashes ? tr("Other running VM %1: %2 (can open this VM's files)")
                                            .arg(peer.domainName, peer.label.text())
                                  : tr("Other running VM %1: %2 (kept apart)")
                                            .arg(peer.domainName, peer.label.text()));
    }
    return lines.join(QLatin1Char('\n'));
}

void ProofView::setNote(Status status, const QString &text)
{
    m_note->setNotice(status, text.toHtmlEscaped());
}

void ProofView::clearNote()
{
    m_note->clear();
}

QString ProofView::verdictText() const
{
    return m_verdict->text();
}

QString ProofView::factsText() const
{
    QStringList lines;
    for (const NoticeLabel *fact : m_facts->findChildren<NoticeLabel *>())
        lines.append(fact->text());
    return lines.join(QLatin1Char('\n'));
}

bool ProofView::isDetailsExpanded() const
{
    return m_detailsToggle->isChecked();
}

void ProofView::setDetailsExpanded(bool expanded)
{
    if (m_detailsToggle->isChecked() != expanded)
        m_detailsToggle->setChecked(expanded);
    m_detailsToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(expanded);
}

void ProofView::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateVerdictIcon();
}

void ProofView::updateVerdictIcon()
{
    const int size = m_verdict->fontMetrics().height();
    m_verdictIcon->setPixmap(
            StatusIcon::pixmap(m_verdictStatus, size, devicePixelRatioF(), palette()));
    QPalette verdictPalette = m_verdict->palette();
    verdictPalette.setColor(QPalette::WindowText, StatusIcon::color(m_verdictStatus, palette()));
    m_verdict->setPalette(verdictPalette);
}

} // namespace Airlock
