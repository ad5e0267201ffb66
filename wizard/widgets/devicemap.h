// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "devicemapbutton.h"
#include "devicemapentry.h"
#include "statusicon.h"

#include <QWidget>

namespace Airlock {

// The picture of isolation: the host's parts on the left, the VM on the
// right. An exposed part is wired to the VM, the wire coloured by risk and
// labelled with the risk's icon and word; an isolated one is drawn cut off.
// Every part is a child button that can be selected, to read about it: by
// clicking it, or with the arrow keys once Tab has brought the focus to the
// map (the map is one Tab stop, its selected part). Selecting never switches
// anything: the page's switch beside the map does.
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

    // The part the user selected; empty when none is. Setting it selects
    // without announcing it.
    QString selectedKey() const { return m_selected; }
    void setSelectedKey(const QString &key);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static Status statusOf(Risk risk);
    // The word on the wire of a part the VM cannot reach.
    static QString cutOffWord();
    // The part's glyph, drawn in `color` inside `rect`.
    static void paintGlyph(QPainter &painter, HostPart part, const QRectF &rect,
                           const QColor &color);

Q_SIGNALS:
    // The user selected another part (a click, the arrow keys, the focus).
    void selectedKeyChanged(const QString &key);

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
    void select(DeviceMapButton *item);
    // Only one part is a Tab stop: the selected one, else the last one
    // selected, else the first.
    void updateTabStop();
    void paintWire(QPainter &painter, const DeviceMapEntry &entry, const QRectF &itemRect,
                   const QRectF &vm);
    void paintVm(QPainter &painter, const QRectF &vm);
    // Shared with the buttons, so a part and its wire are drawn alike.
    // The line colour of things that are cut off: visible in both palettes,
    // clearly weaker than any risk colour.
    static QColor mutedColor(const QPalette &palette);
    static QFont smallerFont(const QFont &font);

    QList<DeviceMapButton *> m_buttons;
    QString m_vmName;
    QString m_selected;
    QString m_tabStop;
};

} // namespace Airlock
