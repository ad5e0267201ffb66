// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "devicemapentry.h"

#include <QAbstractButton>

namespace Airlock {

class DeviceMap;

// One part of the host on the map. Not checkable in Qt's sense: its state is
// the page's, so a click only asks; screen readers still get a check box
// with the exposed state (see the accessible interface in devicemapbutton.cpp).
class DeviceMapButton : public QAbstractButton
{
    Q_OBJECT
public:
    DeviceMapButton(const DeviceMapEntry &entry, DeviceMap *map);

    const DeviceMapEntry &entry() const { return m_entry; }
    void setEntry(const DeviceMapEntry &entry);
    bool isHovered() const { return m_hovered; }

    // The accessible description: state, risk and explanation in words.
    QString stateText() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    DeviceMap *const m_map;
    DeviceMapEntry m_entry;
    bool m_hovered = false;
};

} // namespace Airlock
