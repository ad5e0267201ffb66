// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>

namespace Airlock {

// Lays its widgets out left to right at their preferred size, and wraps to a
// new line where the next one would not fit: a row of buttons that stays
// whole in a longer language or with a larger font.
class FlowLayout : public QLayout
{
    Q_OBJECT
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures unless `apply`); returns the
    // height used.
    int layOut(const QRect &rect, bool apply) const;
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem *> m_items;
};

} // namespace Airlock
