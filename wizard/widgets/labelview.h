// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labelpartwidget.h"
#include "proof/securitylabel.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace Airlock {

// A security label drawn large and monospaced, each part underlined and
// explained on hover and keyboard focus; the explanation shows below it.
class LabelView : public QWidget
{
    Q_OBJECT
public:
    explicit LabelView(QWidget *parent = nullptr);

    void setLabel(const SecurityLabel &label, bool isImage = false);
    // The label's size relative to the text around it (1.6 unless set).
    void setScale(qreal scale) { m_scale = scale; }
    // What the explanation line says before a part is pointed at; empty
    // hides the line until then.
    void setHint(const QString &hint) { m_hint = hint; }
    void clear();
    const SecurityLabel &label() const { return m_label; }
    QList<LabelPartWidget *> partWidgets() const { return m_parts; }
    // What the explanation line says now.
    QString explanation() const;

    // The translated name of a part ("type", "owner").
    static QString partTitle(const QString &name);

Q_SIGNALS:
    void partHighlighted(const Airlock::LabelPart &part);

private:
    void showPart(const LabelPart &part);
    void showHint();

    SecurityLabel m_label;
    qreal m_scale = 1.6;
    QString m_hint = tr("Point at a part of the label, or Tab to it, to see what it means.");
    QWidget *const m_row;
    QHBoxLayout *const m_rowLayout;
    QLabel *const m_explanation;
    QList<LabelPartWidget *> m_parts;
    QList<QWidget *> m_pieces;
};

} // namespace Airlock
