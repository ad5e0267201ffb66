// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proof/securitylabel.h"

#include <QWidget>

namespace Airlock {

// One part of a label ("svirt_t"), underlined; pointing at it or tabbing to
// it tells what it means.
class LabelPartWidget : public QWidget
{
    Q_OBJECT
public:
    LabelPartWidget(const LabelPart &part, const QFont &font, QWidget *parent = nullptr);

    const LabelPart &part() const { return m_part; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    // Around the part's text; LabelView sets the text between parts as far
    // in, so the whole label reads on one line.
    static constexpr int s_padding = 2;

Q_SIGNALS:
    void highlighted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    LabelPart m_part;
    bool m_hovered = false;
};

} // namespace Airlock
