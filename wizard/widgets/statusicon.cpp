// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusicon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmapCache>

namespace Airlock {

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

bool StatusIcon::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusIcon::color(Status status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case Status::Pass:
        return dark ? QColor(0x6c, 0xc0, 0x70) : QColor(0x1e, 0x7b, 0x34);
    case Status::Warn:
        return dark ? QColor(0xf0, 0xb4, 0x4c) : QColor(0x9a, 0x5b, 0x00);
    case Status::Fail:
        return dark ? QColor(0xf2, 0x6d, 0x6d) : QColor(0xc0, 0x1c, 0x28);
    case Status::Unknown:
        return palette.color(QPalette::PlaceholderText);
    case Status::Info:
        return dark ? QColor(0x7a, 0xb2, 0xff) : QColor(0x1a, 0x5f, 0xb4);
    }
    return palette.color(QPalette::WindowText);
}

QString StatusIcon::word(Status status)
{
    switch (status) {
    case Status::Pass:
        return tr("Passed");
    case Status::Warn:
        return tr("Warning");
    case Status::Fail:
        return tr("Failed");
    case Status::Unknown:
        return tr("Unknown");
    case Status::Info:
        return tr("Note");
    }
    return {};
}

QPixmap StatusIcon::pixmap(Status status, int size, qreal devicePixelRatio, const QPalette &palette)
{
    // Pages show dozens of these at once, and a page's first paint waits for
    // them: each is drawn once per look and kept in Qt's pixmap cache.
    const QColor fill = color(status, palette);
    const bool lettered = status == Status::Unknown || status == Status::Info;
    const QString key = QStringLiteral("airlock-status-%1-%2-%3-%4-%5")
                                .arg(int(status))
                                .arg(size)
                                .arg(devicePixelRatio)
                                .arg(fill.rgba())
                                .arg(lettered ? QFont().key() : QString());
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = draw(status, size, devicePixelRatio, fill);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

QPixmap StatusIcon::draw(Status status, int size, qreal devicePixelRatio, const QColor &fill)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // The mark inside contrasts with the fill, whatever the palette.
    const QColor mark = fill.lightness() > 140 ? QColor(0x1a, 0x1a, 0x1a) : Qt::white;
    const qreal s = size;
    QPen pen(mark, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

    switch (status) {
    case Status::Pass: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        painter.setPen(pen);
        QPainterPath check;
        check.moveTo(s * 0.27, s * 0.52);
        check.lineTo(s * 0.44, s * 0.69);
        check.lineTo(s * 0.74, s * 0.34);
        painter.drawPath(check);
        break;
    }
    case Status::Warn: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.04);
        triangle.lineTo(s * 0.97, s * 0.92);
        triangle.lineTo(s * 0.03, s * 0.92);
        triangle.closeSubpath();
        painter.drawPath(triangle);
        painter.setPen(pen);
        painter.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.6));
        painter.drawPoint(QPointF(s * 0.5, s * 0.77));
        break;
    }
    case Status::Fail: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        painter.setPen(pen);
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    }
    case Status::Unknown:
    case Status::Info: {
        painter.setPen(QPen(fill, s * 0.1));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
        QFont font = painter.font();
        font.setPixelSize(int(s * 0.62));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(fill);
        painter.drawText(QRectF(0, 0, s, s), Qt::AlignCenter,
                         status == Status::Unknown ? QStringLiteral("?") : QStringLiteral("i"));
        break;
    }
    }
    return pixmap;
}

namespace {

// Draws the status icon at whatever size and ratio it is asked for, when it
// is asked for, instead of every size up front.
class StatusIconEngine : public QIconEngine
{
public:
    StatusIconEngine(Status status, const QPalette &palette) : m_status(status), m_palette(palette)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const int side = std::min(rect.width(), rect.height());
        painter->drawPixmap(QRect(rect.topLeft(), QSize(side, side)), draw(side, ratio));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        return draw(std::min(size.width(), size.height()), 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode, QIcon::State, qreal scale) override
    {
        const int side = std::min(size.width(), size.height());
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        // From Qt 6.8 on, QIcon::pixmap(size, ratio) passes the logical size.
        return draw(side, scale);
#else
        // Up to Qt 6.7 it passes the size in device pixels: drawn at the
        // logical size that stands for, the pixmap has just those pixels.
        return draw(qRound(side / scale), scale);
#endif
    }

    QIconEngine *clone() const override { return new StatusIconEngine(m_status, m_palette); }

private:
    QPixmap draw(int logicalSide, qreal scale) const
    {
        return StatusIcon::pixmap(m_status, std::max(1, logicalSide), scale, m_palette);
    }

    Status m_status;
    QPalette m_palette;
};

} // namespace

QIcon StatusIcon::icon(Status status, const QPalette &palette)
{
    return QIcon(new StatusIconEngine(status, palette));
}

} // namespace Airlock
