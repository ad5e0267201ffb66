// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicemap.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Airlock {

QColor DeviceMap::mutedColor(const QPalette &palette)
{
    return blend(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.45);
}

QFont DeviceMap::smallerFont(const QFont &font)
{
    QFont smaller = font;
    if (font.pointSizeF() > 0)
        smaller.setPointSizeF(font.pointSizeF() * 0.88);
    else
        smaller.setPixelSize(std::max(8, int(font.pixelSize() * 0.88)));
    return smaller;
}

DeviceMap::DeviceMap(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("deviceMap"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    //: Accessible name of the picture of what the VM may reach.
    setAccessibleName(tr("What the VM may reach on your computer"));
}

void DeviceMap::setEntries(const QList<DeviceMapEntry> &entries)
{
    QList<DeviceMapButton *> buttons;
    for (const DeviceMapEntry &entry : entries) {
        DeviceMapButton *existing = button(entry.key);
        if (existing) {
            existing->setEntry(entry);
            m_buttons.removeOne(existing);
        } else {
            existing = new DeviceMapButton(entry, this);
            existing->show();
        }
        buttons.append(existing);
    }
    // Later, not now: the button may be the one whose click led here.
    for (DeviceMapButton *gone : std::as_const(m_buttons)) {
        gone->hide();
        gone->setObjectName(QString());
        gone->deleteLater();
    }
    m_buttons = buttons;
    // The arrow keys follow the drawing, top to bottom; so does the focus
    // chain, which the page joins to its own.
    for (qsizetype i = 1; i < m_buttons.size(); ++i)
        setTabOrder(m_buttons.at(i - 1), m_buttons.at(i));
    updateTabStop();
    updateGeometry();
    layoutButtons();
    update();
}

QList<DeviceMapEntry> DeviceMap::entries() const
{
    QList<DeviceMapEntry> entries;
    for (const DeviceMapButton *item : m_buttons)
        entries.append(item->entry());
    return entries;
}

DeviceMapButton *DeviceMap::button(const QString &key) const
{
    for (DeviceMapButton *item : m_buttons) {
        if (item->entry().key == key)
            return item;
    }
    return nullptr;
}

void DeviceMap::setVmName(const QString &name)
{
    m_vmName = name;
    update();
}

void DeviceMap::setSelectedKey(const QString &key)
{
    if (key == m_selected)
        return;
    m_selected = key;
    if (!key.isEmpty())
        m_tabStop = key;
    updateTabStop();
    for (DeviceMapButton *item : std::as_const(m_buttons))
        item->update();
}

void DeviceMap::select(DeviceMapButton *item)
{
    if (item->entry().key == m_selected)
        return;
    setSelectedKey(item->entry().key);
    Q_EMIT selectedKeyChanged(m_selected);
}

void DeviceMap::updateTabStop()
{
    DeviceMapButton *stop = button(m_selected);
    if (!stop)
        stop = button(m_tabStop);
    if (!stop && !m_buttons.isEmpty())
        stop = m_buttons.constFirst();
    for (DeviceMapButton *item : std::as_const(m_buttons))
        item->setFocusPolicy(item == stop ? Qt::StrongFocus : Qt::ClickFocus);
}

QString DeviceMap::cutOffWord()
{
    //: On the wire of a part the VM cannot reach. Not "isolated": that is a network mode.
    return tr("cut off");
}

Status DeviceMap::statusOf(Risk risk)
{
    switch (risk) {
    case Risk::None:
        return Status::Unknown;
    case Risk::Low:
        return Status::Pass;
    case Risk::Medium:
        return Status::Warn;
    case Risk::High:
        return Status::Fail;
    }
    return Status::Unknown;
}

qreal DeviceMap::wireZoneWidth() const
{
    // Wide enough for the longest risk badge in this language.
    const QFontMetricsF metrics(smallerFont(font()));
    qreal widest = metrics.horizontalAdvance(cutOffWord());
    for (const Risk risk : {Risk::Low, Risk::Medium, Risk::High})
        widest = std::max(widest, metrics.horizontalAdvance(ExposureCatalogue::riskTitle(risk)));
    return widest + metrics.height() + 44;
}

namespace {

// Sizes in units of the font's height, so the map scales with it.
constexpr qreal s_compactRow = 1.6;
constexpr qreal s_comfortableRow = 2.1;
constexpr qreal s_rowGap = 0.2;
constexpr qreal s_partGap = 0.55; // extra space where one part of the host ends
constexpr qreal s_padding = 8;

} // namespace

qreal DeviceMap::rowsHeight(qreal rowHeight) const
{
    const qreal unit = QFontMetricsF(font()).height();
    qreal height = 0;
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        if (i > 0) {
            height += std::round(unit * s_rowGap);
            if (m_buttons.at(i)->entry().part != m_buttons.at(i - 1)->entry().part)
                height += std::round(unit * s_partGap);
        }
        height += rowHeight;
    }
    return height;
}

DeviceMap::Geometry DeviceMap::geometryFor(const QSize &size) const
{
    const qreal unit = QFontMetricsF(font()).height();
    const qreal header = std::ceil(unit + 10);
    const qreal compact = std::ceil(unit * s_compactRow);
    const qreal comfortable = std::ceil(unit * s_comfortableRow);
    const qreal rows = std::max<qsizetype>(1, m_buttons.size());
    const qreal room = size.height() - header - s_padding - 2;
    const qreal rowHeight = std::floor(
            std::clamp(compact + (room - rowsHeight(compact)) / rows, compact, comfortable));

    Geometry geometry;
    const qreal vmWidth = std::clamp(size.width() * 0.2, unit * 6, unit * 9);
    const qreal hostWidth = std::max(unit * 8, size.width() - vmWidth - wireZoneWidth());
    const qreal itemLeft = 1 + s_padding;
    qreal y = 1 + header;
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        if (i > 0) {
            y += std::round(unit * s_rowGap);
            if (m_buttons.at(i)->entry().part != m_buttons.at(i - 1)->entry().part)
                y += std::round(unit * s_partGap);
        }
        geometry.items.append(QRectF(itemLeft, y, hostWidth - 2 * s_padding, rowHeight));
        y += rowHeight;
    }
    geometry.host = QRectF(1, 1, hostWidth, y + s_padding - 1);
    const qreal top = 1 + header - s_padding / 2;
    geometry.vm = QRectF(size.width() - vmWidth - 1, top, vmWidth, y + s_padding / 2 - top);
    return geometry;
}

QSize DeviceMap::sizeHint() const
{
    const qreal unit = QFontMetricsF(font()).height();
    const qreal height = unit + 10 + rowsHeight(std::ceil(unit * s_comfortableRow)) + s_padding;
    return QSize(int(unit * 32), int(std::ceil(height + 3)));
}

QSize DeviceMap::minimumSizeHint() const
{
    const qreal unit = QFontMetricsF(font()).height();
    const qreal height = unit + 10 + rowsHeight(std::ceil(unit * s_compactRow)) + s_padding;
    return QSize(int(unit * 20 + wireZoneWidth()), int(std::ceil(height + 3)));
}

void DeviceMap::layoutButtons()
{
    const Geometry geometry = geometryFor(size());
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        m_buttons.at(i)->setGeometry(geometry.items.at(i).toAlignedRect());
}

void DeviceMap::moveFocus(DeviceMapButton *from, int step)
{
    const qsizetype next = m_buttons.indexOf(from) + step;
    if (next < 0 || next >= m_buttons.size())
        return;
    // Every part, those with nothing to switch too: each can be read about.
    DeviceMapButton *item = m_buttons.at(next);
    select(item);
    item->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

void DeviceMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutButtons();
}

void DeviceMap::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        updateGeometry();
        layoutButtons();
    }
}

void DeviceMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry geometry = geometryFor(size());
    const QPalette &colors = palette();

    // The host: a frame around its parts, titled.
    painter.setPen(QPen(
            blend(colors.color(QPalette::Window), colors.color(QPalette::WindowText), 0.25), 1));
    painter.setBrush(blend(colors.color(QPalette::Window), colors.color(QPalette::Base), 0.5));
    painter.drawRoundedRect(geometry.host.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(colors.color(QPalette::WindowText));
    const qreal firstRow
            = geometry.items.isEmpty() ? geometry.host.bottom() : geometry.items.constFirst().top();
    painter.drawText(QRectF(geometry.host.left() + s_padding, geometry.host.top(),
                            geometry.host.width() - 2 * s_padding, firstRow - geometry.host.top()),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Your computer"));

    for (const DeviceMapButton *item : std::as_const(m_buttons))
        paintWire(painter, item->entry(), QRectF(item->geometry()), geometry.vm);
    paintVm(painter, geometry.vm);
}

void DeviceMap::paintWire(QPainter &painter, const DeviceMapEntry &entry, const QRectF &itemRect,
                          const QRectF &vm)
{
    if (!entry.available)
        return;
    const QPalette &colors = palette();
    const qreal y = itemRect.center().y();
    const qreal left = itemRect.right() + 1;
    const qreal right = vm.left();
    const QFont small = smallerFont(font());
    const QFontMetricsF metrics(small);
    painter.setFont(small);

    if (!entry.exposed) {
        // Cut off: two stubs that do not meet, and the word in between.
        const QColor muted = mutedColor(colors);
        QPen pen(muted, 1.5, Qt::SolidLine, Qt::FlatCap);
        painter.setPen(pen);
        const qreal stub = 10;
        painter.drawLine(QPointF(left, y), QPointF(left + stub, y));
        painter.drawLine(QPointF(right - stub, y), QPointF(right, y));
        // The cut ends: short bars across the stubs.
        painter.drawLine(QPointF(left + stub, y - 4), QPointF(left + stub, y + 4));
        painter.drawLine(QPointF(right - stub, y - 4), QPointF(right - stub, y + 4));
        painter.drawText(
                QRectF(left + stub, itemRect.top(), right - left - 2 * stub, itemRect.height()),
                Qt::AlignCenter, cutOffWord());
        return;
    }

    // Exposed: a wire into the VM, coloured and labelled by risk.
    const Status status = statusOf(entry.risk);
    const QColor color = StatusIcon::color(status, colors);
    painter.setPen(QPen(color, 2.5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(left, y), QPointF(right, y));
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QPointF(right, y), 3.5, 3.5);

    const QString word = ExposureCatalogue::riskTitle(entry.risk);
    const qreal iconSize = std::round(metrics.height());
    const qreal badgeWidth = iconSize + 4 + metrics.horizontalAdvance(word) + 12;
    const qreal badgeHeight = std::round(metrics.height() + 4);
    const QRectF badge(left + (right - left - badgeWidth) / 2, y - badgeHeight / 2, badgeWidth,
                       badgeHeight);
    painter.setPen(QPen(color, 1));
    painter.setBrush(colors.color(QPalette::Base));
    painter.drawRoundedRect(badge, badgeHeight / 2, badgeHeight / 2);
    const QPixmap icon = StatusIcon::pixmap(status, int(iconSize) - 2, devicePixelRatioF(), colors);
    painter.drawPixmap(QPointF(badge.left() + 5, badge.top() + (badgeHeight - iconSize + 2) / 2),
                       icon);
    painter.setPen(colors.color(QPalette::Text));
    painter.drawText(badge.adjusted(iconSize + 5, 0, -5, 0), Qt::AlignCenter, word);
}

void DeviceMap::paintVm(QPainter &painter, const QRectF &vm)
{
    const QPalette &colors = palette();
    const QColor frame
            = blend(colors.color(QPalette::Window), colors.color(QPalette::WindowText), 0.55);
    painter.setPen(QPen(frame, 1.5));
    painter.setBrush(blend(colors.color(QPalette::Base), colors.color(QPalette::Highlight), 0.08));
    painter.drawRoundedRect(vm.adjusted(0.75, 0.75, -0.75, -0.75), 10, 10);

    // A screen on a stand, and the VM's name under it.
    const QFontMetricsF metrics(font());
    const qreal screenWidth = std::min(vm.width() * 0.55, metrics.height() * 3.2);
    const qreal screenHeight = screenWidth * 0.66;
    const QPointF centre = vm.center();
    const QRectF screen(centre.x() - screenWidth / 2, centre.y() - screenHeight - metrics.height(),
                        screenWidth, screenHeight);
    const QColor ink = colors.color(QPalette::WindowText);
    painter.setPen(QPen(ink, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(screen, 3, 3);
    painter.drawLine(QPointF(centre.x(), screen.bottom()),
                     QPointF(centre.x(), screen.bottom() + screenHeight * 0.25));
    painter.drawLine(
            QPointF(centre.x() - screenWidth * 0.25, screen.bottom() + screenHeight * 0.25),
            QPointF(centre.x() + screenWidth * 0.25, screen.bottom() + screenHeight * 0.25));

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(ink);
    const qreal textTop = screen.bottom() + screenHeight * 0.25 + 6;
    const qreal textWidth = vm.width() - 12;
    //: Drawn in the VM's box on the device map; the VM's name goes under it.
    const QString title = tr("NixOS VM");
    painter.drawText(QRectF(vm.left() + 6, textTop, textWidth, metrics.height() * 2.2),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title);
    const QRectF titleBounds = painter.boundingRect(
            QRectF(vm.left() + 6, textTop, textWidth, metrics.height() * 2.2),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title);
    painter.setFont(font());
    painter.drawText(QRectF(vm.left() + 6, titleBounds.bottom() + 2, textWidth, metrics.height()),
                     Qt::AlignHCenter | Qt::AlignTop,
                     metrics.elidedText(m_vmName, Qt::ElideMiddle, textWidth));
}

namespace {

// A glyph's points in units of its side, so each glyph is drawn once for
// every size: p(0.5, 0.5) is the centre.
struct GlyphGrid
{
    qreal s;
    QPointF operator()(qreal x, qreal y) const { return QPointF(x * s, y * s); }
};

void paintCameraGlyph(QPainter &painter, const GlyphGrid &p)
{
    painter.drawRoundedRect(QRectF(p(0.08, 0.3), p(0.92, 0.86)), p.s * 0.1, p.s * 0.1);
    painter.drawEllipse(p(0.5, 0.58), p.s * 0.17, p.s * 0.17);
    QPainterPath bump;
    bump.moveTo(p(0.32, 0.3));
    bump.lineTo(p(0.4, 0.16));
    bump.lineTo(p(0.6, 0.16));
    bump.lineTo(p(0.68, 0.3));
    painter.drawPath(bump);
}

void paintMicrophoneGlyph(QPainter &painter, const GlyphGrid &p)
{
    painter.drawRoundedRect(QRectF(p(0.36, 0.06), p(0.64, 0.6)), p.s * 0.14, p.s * 0.14);
    QPainterPath holder;
    holder.moveTo(p(0.22, 0.4));
    holder.cubicTo(p(0.22, 0.82), p(0.78, 0.82), p(0.78, 0.4));
    painter.drawPath(holder);
    painter.drawLine(p(0.5, 0.72), p(0.5, 0.92));
    painter.drawLine(p(0.32, 0.92), p(0.68, 0.92));
}

void paintSpeakersGlyph(QPainter &painter, const GlyphGrid &p)
{
    QPainterPath cone;
    cone.moveTo(p(0.08, 0.38));
    cone.lineTo(p(0.26, 0.38));
    cone.lineTo(p(0.5, 0.16));
    cone.lineTo(p(0.5, 0.84));
    cone.lineTo(p(0.26, 0.62));
    cone.lineTo(p(0.08, 0.62));
    cone.closeSubpath();
    painter.drawPath(cone);
    painter.drawArc(QRectF(p(0.46, 0.3), p(0.74, 0.7)), -50 * 16, 100 * 16);
    painter.drawArc(QRectF(p(0.44, 0.14), p(0.92, 0.86)), -50 * 16, 100 * 16);
}

void paintBluetoothGlyph(QPainter &painter, const GlyphGrid &p)
{
    QPainterPath rune;
    rune.moveTo(p(0.28, 0.3));
    rune.lineTo(p(0.72, 0.7));
    rune.lineTo(p(0.5, 0.9));
    rune.lineTo(p(0.5, 0.1));
    rune.lineTo(p(0.72, 0.3));
    rune.lineTo(p(0.28, 0.7));
    painter.drawPath(rune);
}

void paintUsbPortsGlyph(QPainter &painter, const GlyphGrid &p)
{
    painter.drawLine(p(0.5, 0.12), p(0.5, 0.8));
    painter.drawLine(p(0.5, 0.56), p(0.24, 0.42));
    painter.drawLine(p(0.24, 0.42), p(0.24, 0.32));
    painter.drawLine(p(0.5, 0.64), p(0.76, 0.5));
    painter.drawLine(p(0.76, 0.5), p(0.76, 0.38));
    // The plug's ends are solid, in the glyph's own colour.
    painter.setBrush(painter.pen().color());
    painter.drawEllipse(p(0.5, 0.84), p.s * 0.07, p.s * 0.07);
    painter.drawEllipse(p(0.24, 0.28), p.s * 0.055, p.s * 0.055);
    painter.drawRect(QRectF(p(0.7, 0.28), p(0.82, 0.38)));
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(p(0.42, 0.2), p(0.5, 0.1));
    painter.drawLine(p(0.58, 0.2), p(0.5, 0.1));
}

void paintGraphicsGlyph(QPainter &painter, const GlyphGrid &p)
{
    painter.drawRoundedRect(QRectF(p(0.06, 0.22), p(0.94, 0.72)), p.s * 0.06, p.s * 0.06);
    painter.drawEllipse(p(0.36, 0.47), p.s * 0.14, p.s * 0.14);
    painter.drawRect(QRectF(p(0.62, 0.36), p(0.82, 0.58)));
    for (const qreal x : {0.2, 0.36, 0.52, 0.68})
        painter.drawLine(p(x, 0.72), p(x, 0.86));
}

void paintNetworkGlyph(QPainter &painter, const GlyphGrid &p)
{
    const QRectF globe(p(0.1, 0.1), p(0.9, 0.9));
    painter.drawEllipse(globe);
    painter.drawEllipse(QRectF(p(0.33, 0.1), p(0.67, 0.9)));
    painter.drawLine(p(0.1, 0.5), p(0.9, 0.5));
    painter.drawLine(p(0.18, 0.3), p(0.82, 0.3));
    painter.drawLine(p(0.18, 0.7), p(0.82, 0.7));
}

void paintFilesGlyph(QPainter &painter, const GlyphGrid &p)
{
    QPainterPath folder;
    folder.moveTo(p(0.08, 0.22));
    folder.lineTo(p(0.38, 0.22));
    folder.lineTo(p(0.46, 0.32));
    folder.lineTo(p(0.92, 0.32));
    folder.lineTo(p(0.92, 0.82));
    folder.lineTo(p(0.08, 0.82));
    folder.closeSubpath();
    painter.drawPath(folder);
    painter.drawLine(p(0.08, 0.42), p(0.92, 0.42));
}

void paintClipboardGlyph(QPainter &painter, const GlyphGrid &p)
{
    painter.drawRoundedRect(QRectF(p(0.18, 0.16), p(0.82, 0.92)), p.s * 0.06, p.s * 0.06);
    painter.drawRoundedRect(QRectF(p(0.36, 0.07), p(0.64, 0.24)), p.s * 0.04, p.s * 0.04);
    painter.drawLine(p(0.32, 0.44), p(0.68, 0.44));
    painter.drawLine(p(0.32, 0.6), p(0.68, 0.6));
    painter.drawLine(p(0.32, 0.76), p(0.56, 0.76));
}

void paintSecurityChipGlyph(QPainter &painter, const GlyphGrid &p)
{
    painter.drawRoundedRect(QRectF(p(0.24, 0.24), p(0.76, 0.76)), p.s * 0.05, p.s * 0.05);
    for (const qreal t : {0.36, 0.5, 0.64}) {
        painter.drawLine(p(t, 0.08), p(t, 0.24));
        painter.drawLine(p(t, 0.76), p(t, 0.92));
        painter.drawLine(p(0.08, t), p(0.24, t));
        painter.drawLine(p(0.76, t), p(0.92, t));
    }
    painter.drawEllipse(p(0.5, 0.46), p.s * 0.06, p.s * 0.06);
    painter.drawLine(p(0.5, 0.52), p(0.5, 0.62));
}

void paintControlChannelGlyph(QPainter &painter, const GlyphGrid &p)
{
    painter.drawRoundedRect(QRectF(p(0.06, 0.16), p(0.94, 0.84)), p.s * 0.08, p.s * 0.08);
    painter.drawLine(p(0.22, 0.36), p(0.38, 0.5));
    painter.drawLine(p(0.38, 0.5), p(0.22, 0.64));
    painter.drawLine(p(0.46, 0.66), p(0.74, 0.66));
}

using GlyphPainter = void (*)(QPainter &, const GlyphGrid &);

GlyphPainter glyphPainter(HostPart part)
{
    switch (part) {
    case HostPart::Camera:
        return paintCameraGlyph;
    case HostPart::Microphone:
        return paintMicrophoneGlyph;
    case HostPart::Speakers:
        return paintSpeakersGlyph;
    case HostPart::Bluetooth:
        return paintBluetoothGlyph;
    case HostPart::UsbPorts:
        return paintUsbPortsGlyph;
    case HostPart::Graphics:
        return paintGraphicsGlyph;
    case HostPart::Network:
        return paintNetworkGlyph;
    case HostPart::Files:
        return paintFilesGlyph;
    case HostPart::Clipboard:
        return paintClipboardGlyph;
    case HostPart::SecurityChip:
        return paintSecurityChipGlyph;
    case HostPart::ControlChannel:
        return paintControlChannelGlyph;
    }
    return paintUsbPortsGlyph;
}

} // namespace

void DeviceMap::paintGlyph(QPainter &painter, HostPart part, const QRectF &rect,
                           const QColor &color)
{
    painter.save();
    painter.translate(rect.topLeft());
    const qreal s = std::min(rect.width(), rect.height());
    painter.setPen(QPen(color, std::max(1.2, s / 11), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    glyphPainter(part)(painter, GlyphGrid {s});
    painter.restore();
}

} // namespace Airlock
