// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace Airlock {

// A button that reads as a link ("Change"): link-coloured, underlined, no
// bevel; still a button for the keyboard and screen readers.
class LinkButton : public QPushButton
{
    Q_OBJECT
public:
    explicit LinkButton(const QString &text, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateColors();

    bool m_updatingColors = false;
};

} // namespace Airlock
