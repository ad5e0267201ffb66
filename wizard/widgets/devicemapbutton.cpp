// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicemapbutton.h"

#include "devicemap.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QKeyEvent>
#include <QPainter>

#include <cmath>

namespace Airlock {

namespace {

// What screen readers get for a map part: an item of a list, selected or
// not; its description says whether the part is connected to the VM. The
// switch beside the map is the check box.
class DeviceMapButtonAccessible : public QAccessibleWidget
{
public:
    explicit DeviceMapButtonAccessible(DeviceMapButton *button)
        : QAccessibleWidget(button, QAccessible::ListItem)
    { }

    DeviceMapButton *button() const { return static_cast<DeviceMapButton *>(widget()); }

    QString text(QAccessible::Text type) const override
    {
        switch (type) {
        case QAccessible::Name:
            return button()->accessibleName();
        case QAccessible::Description:
            return button()->stateText();
        default:
            return QAccessibleWidget::text(type);
        }
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.selectable = true;
        state.selected = button()->isSelected();
        return state;
    }

    QStringList actionNames() const override { return {pressAction(), setFocusAction()}; }

    void doAction(const QString &name) override
    {
        if (name == pressAction())
            button()->click();
        else
            QAccessibleWidget::doAction(name);
    }
};

QAccessibleInterface *deviceMapAccessibleFactory(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    if (className == QLatin1String("Airlock::DeviceMapButton"))
        return new DeviceMapButtonAccessible(static_cast<DeviceMapButton *>(object));
    if (className == QLatin1String("Airlock::DeviceMap"))
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::List);
    return nullptr;
}

} // namespace

DeviceMapButton::DeviceMapButton(const DeviceMapEntry &entry, DeviceMap *map)
    : QAbstractButton(map), m_map(map)
{
    // Installed once per process, before the first button is asked about.
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(deviceMapAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setAttribute(Qt::WA_Hover);
    setFocusPolicy(Qt::ClickFocus); // the map makes one part its Tab stop
    setEntry(entry);
    connect(this, &QAbstractButton::clicked, map, [this] { m_map->select(this); });
}

bool DeviceMapButton::isSelected() const
{
    return !m_entry.key.isEmpty() && m_map->selectedKey() == m_entry.key;
}

void DeviceMapButton::setEntry(const DeviceMapEntry &entry)
{
    const bool stateChanged = entry.exposed != m_entry.exposed;
    m_entry = entry;
    setObjectName(QLatin1String("mapItem:") + entry.key);
    setAccessibleName(
            entry.detail.isEmpty()
                    ? entry.title
                    //: A part on the device map: its name and its state, e.g. "Network, NAT".
                    : DeviceMap::tr("%1, %2").arg(entry.title, entry.detail));
    setAccessibleDescription(stateText());
    setToolTip(entry.title);
    if (stateChanged && QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    update();
}

QString DeviceMapButton::stateText() const
{
    QString state;
    if (!m_entry.available)
        state = DeviceMap::tr("Nothing to switch here.");
    else if (m_entry.exposed)
        //: %1 is a risk, e.g. "High risk".
        state = DeviceMap::tr("Connected to the VM: %1.")
                        .arg(ExposureCatalogue::riskTitle(m_entry.risk));
    else
        state = DeviceMap::tr("Cut off from the VM.");
    //: %1 is the state ("Cut off from the VM."), %2 what the part lets the VM do.
    return DeviceMap::tr("%1 %2").arg(state, m_entry.explanation);
}

QSize DeviceMapButton::sizeHint() const
{
    const QFontMetrics metrics(font());
    return QSize(metrics.height() * 12, metrics.height() + 10);
}

void DeviceMapButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const QColor text = colors.color(QPalette::Text);
    const QColor base = colors.color(QPalette::Base);

    QColor border = DeviceMap::mutedColor(colors);
    QColor fill = base;
    QColor ink = text;
    Qt::PenStyle style = Qt::SolidLine;
    if (!m_entry.available) {
        style = Qt::DashLine;
        fill = colors.color(QPalette::Window);
        ink = DeviceMap::mutedColor(colors);
    } else if (m_entry.exposed) {
        border = StatusIcon::color(DeviceMap::statusOf(m_entry.risk), colors);
        fill = blend(base, border, StatusIcon::isDark(colors) ? 0.2 : 0.1);
    }
    const bool selected = isSelected();
    if (selected)
        fill = blend(fill, colors.color(QPalette::Highlight), 0.22);
    else if (m_hovered)
        fill = blend(fill, colors.color(QPalette::Highlight), 0.1);
    painter.setPen(QPen(border, m_entry.exposed ? 2 : 1, style));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 5, 5);
    // Selected: a bar down the left edge, so it shows by shape, not only by
    // the fill's colour.
    if (selected) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.color(QPalette::Highlight));
        painter.drawRoundedRect(QRectF(box.left() + 1, box.top() + 3, 4, box.height() - 6), 2, 2);
    }
    if (hasFocus()) {
        painter.setPen(QPen(colors.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    }

    const QFontMetricsF metrics(font());
    const qreal glyph = std::round(metrics.height());
    const qreal left = 10;
    DeviceMap::paintGlyph(painter, m_entry.part, QRectF(left, (height() - glyph) / 2, glyph, glyph),
                          m_entry.exposed ? border : ink);

    const qreal textLeft = left + glyph + 7;
    const qreal textRight = width() - 8;
    const Texts texts = fittedTexts();
    if (!texts.detail.isEmpty()) {
        painter.setFont(DeviceMap::smallerFont(font()));
        painter.setPen(m_entry.available ? blend(base, text, 0.7) : ink);
        painter.drawText(QRectF(textRight - texts.detailWidth, 0, texts.detailWidth, height()),
                         Qt::AlignRight | Qt::AlignVCenter, texts.detail);
        painter.setFont(font());
    }
    painter.setPen(ink);
    painter.drawText(QRectF(textLeft, 0, textRight - textLeft, height()),
                     Qt::AlignLeft | Qt::AlignVCenter, texts.title);
}

DeviceMapButton::Texts DeviceMapButton::fittedTexts() const
{
    const QFontMetricsF metrics(font());
    const qreal room = (width() - 8) - (10 + std::round(metrics.height()) + 7);
    Texts texts;
    qreal titleRoom = room;
    if (!m_entry.detail.isEmpty()) {
        const QFontMetricsF smallMetrics(DeviceMap::smallerFont(font()));
        const qreal titleWidth = metrics.horizontalAdvance(m_entry.title);
        const qreal detailWidth = smallMetrics.horizontalAdvance(m_entry.detail);
        const qreal detailRoom = titleWidth + 8 + detailWidth <= room
                                         ? detailWidth
                                         : std::max(room * 0.5, room - titleWidth - 8);
        texts.detail = smallMetrics.elidedText(m_entry.detail, Qt::ElideMiddle, detailRoom);
        texts.detailWidth = smallMetrics.horizontalAdvance(texts.detail);
        titleRoom -= texts.detailWidth + 8;
    }
    texts.title = metrics.elidedText(m_entry.title, Qt::ElideRight, titleRoom);
    return texts;
}

QString DeviceMapButton::cutOffText() const
{
    const Texts texts = fittedTexts();
    QStringList cut;
    if (texts.title != m_entry.title)
        cut.append(m_entry.title);
    if (texts.detail != m_entry.detail)
        cut.append(m_entry.detail);
    return cut.join(QStringLiteral(" · "));
}

void DeviceMapButton::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        m_map->moveFocus(this, -1);
        return;
    case Qt::Key_Down:
    case Qt::Key_Right:
        m_map->moveFocus(this, 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter selects, as Space does; it must not reach the wizard's
        // default button and leave the page.
        click();
        return;
    default:
        QAbstractButton::keyPressEvent(event);
    }
}

void DeviceMapButton::enterEvent(QEnterEvent *event)
{
    QAbstractButton::enterEvent(event);
    m_hovered = true;
    update();
}

void DeviceMapButton::leaveEvent(QEvent *event)
{
    QAbstractButton::leaveEvent(event);
    m_hovered = false;
    update();
}

void DeviceMapButton::focusInEvent(QFocusEvent *event)
{
    QAbstractButton::focusInEvent(event);
    // The focus is the selection, as in a list: Tab back to the map
    // explains its part again.
    m_map->select(this);
}

} // namespace Airlock
