// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exposure/exposure.h"
#include "statusicon.h"

#include <QAbstractButton>
#include <QWidget>

namespace Airlock {

class DeviceMapButton;

// One thing the map draws: something of the host the VM may reach. The page
// builds these from the exposure catalogue; the map only draws and reports.
struct DeviceMapEntry
{
    QString key; // stable: the catalogue key ("exposure.audio"), or "hostDevice:<name>"
    HostPart part = HostPart::UsbPorts;
    QString title; // "Speakers", "Logitech, Inc. Webcam C270"
    QString detail; // a short state beside the title: "NAT", "read-only", "none found"
    QString explanation;
    bool exposed = false;
    Risk risk = Risk::None; // the risk as it stands, when exposed
    bool available = true; // false: drawn, but there is nothing to switch

    friend bool operator==(const DeviceMapEntry &, const DeviceMapEntry &) = default;
};

// The picture of isolation: the host's parts on the left, the VM on the
// right. An exposed part is wired to the VM, the wire coloured by risk and
// labelled with the risk's icon and word; an isolated one is drawn cut off.
// Every part is a focusable child button (Tab, arrow keys, Space or Enter);
// clicking asks the page to switch it, and the page decides.
class DeviceMap : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceMap(QWidget *parent = nullptr);

    // Keeps the buttons of keys that stay, so focus survives an update.
    void setEntries(const QList<DeviceMapEntry> &entries);
    QList<DeviceMapEntry> entries() const;
    // The button drawing `key`, or nullptr.
    DeviceMapButton *button(const QString &key) const;

    // The VM's name, drawn under "NixOS VM".
    void setVmName(const QString &name);
    QString vmName() const { return m_vmName; }

    // The entry under the mouse, else the focused one; empty when neither.
    QString highlightedKey() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static Status statusOf(Risk risk);
    // The word on the wire of a part the VM cannot reach.
    static QString cutOffWord();
    // The part's glyph, drawn in `color` inside `rect`.
    static void paintGlyph(QPainter &painter, HostPart part, const QRectF &rect,
                           const QColor &color);

Q_SIGNALS:
    void toggleRequested(const QString &key);
    void highlightedKeyChanged(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class DeviceMapButton;
    struct Geometry
    {
        QRectF host; // the "Your computer" frame
        QRectF vm;
        QList<QRectF> items; // one per button, top to bottom
    };
    // Rows grow from compact to comfortable with the height they are given.
    Geometry geometryFor(const QSize &size) const;
    qreal rowsHeight(qreal rowHeight) const;
    qreal wireZoneWidth() const;
    void layoutButtons();
    void moveFocus(DeviceMapButton *from, int step);
    void updateHighlight();
    void paintWire(QPainter &painter, const DeviceMapEntry &entry, const QRectF &itemRect,
                   const QRectF &vm);
    void paintVm(QPainter &painter, const QRectF &vm);

    QList<DeviceMapButton *> m_buttons;
    QString m_vmName;
    QString m_highlighted;
};

// One part of the host on the map. Not checkable in Qt's sense: its state is
// the page's, so a click only asks; screen readers still get a check box
// with the exposed state (see the accessible interface in devicemap.cpp).
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
