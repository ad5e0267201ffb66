// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace Airlock {

// One segment of a segmented control: the visible buttons of its group are
// drawn as one bar, the checked one filled and bold, so the choice shows by
// shape and weight as well as by colour. Exclusive within its button group,
// so screen readers announce a radio button.
class SegmentButton : public QPushButton
{
    Q_OBJECT
public:
    explicit SegmentButton(const QString &text, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // The visible buttons of the group, left to right; just this one
    // outside a group.
    QList<QAbstractButton *> row();
};

} // namespace Airlock
