// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "devicemapentry.h"

#include <QAbstractButton>

namespace Airlock {

class DeviceMap;

// One part of the host on the map. A click or Space selects it, to read
// about it; it never switches the part (the page's switch does). Screen
// readers get an item of a list, selected or not, whose description says
// whether the part is connected (see the accessible interface in
// devicemapbutton.cpp).
class DeviceMapButton : public QAbstractButton
{
    Q_OBJECT
    // What the row had to shorten to fit its width, empty when it shows all.
    Q_PROPERTY(QString cutOffText READ cutOffText)
public:
    DeviceMapButton(const DeviceMapEntry &entry, DeviceMap *map);

    const DeviceMapEntry &entry() const { return m_entry; }
    void setEntry(const DeviceMapEntry &entry);
    bool isHovered() const { return m_hovered; }
    bool isSelected() const;

    // The accessible description: state, risk and explanation in words.
    QString stateText() const;

    QSize sizeHint() const override;
    QString cutOffText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    // The title and the detail as they fit the row's width: the detail
    // whole when both fit, else shortened first.
    struct Texts
    {
        QString title;
        QString detail;
        qreal detailWidth = 0;
    };
    Texts fittedTexts() const;

    DeviceMap *const m_map;
    DeviceMapEntry m_entry;
    bool m_hovered = false;
};

} // namespace Airlock
