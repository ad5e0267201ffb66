// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidermark.h"

#include "statusicon.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>

#include <algorithm>

namespace Airlock {

namespace {

constexpr int s_arrowHeight = 6;

} // namespace

SliderMark::SliderMark(QSlider *slider, QWidget *parent) : QWidget(parent), m_slider(slider)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_slider->installEventFilter(this);
    connect(m_slider, &QSlider::rangeChanged, this, qOverload<>(&QWidget::update));
}

void SliderMark::setMark(int sliderValue, const QString &label)
{
    m_value = sliderValue;
    m_label = label;
    update();
}

int SliderMark::markPosition() const
{
    // The handle's rectangle for the marked value, as the slider's own style
    // places it: the mark then lines up in every style and direction.
    QStyleOptionSlider option;
    option.initFrom(m_slider);
    option.orientation = Qt::Horizontal;
    option.minimum = m_slider->minimum();
    option.maximum = m_slider->maximum();
    option.sliderPosition = std::clamp(m_value, option.minimum, option.maximum);
    option.sliderValue = option.sliderPosition;
    option.singleStep = m_slider->singleStep();
    option.pageStep = m_slider->pageStep();
    option.upsideDown
            = m_slider->invertedAppearance() != (m_slider->layoutDirection() == Qt::RightToLeft);
    option.tickPosition = m_slider->tickPosition();
    option.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderHandle;
    const QRect handle = m_slider->style()->subControlRect(QStyle::CC_Slider, &option,
                                                           QStyle::SC_SliderHandle, m_slider);
    return m_slider->mapTo(window(), handle.center()).x() - mapTo(window(), QPoint()).x();
}

QFont SliderMark::labelFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

QSize SliderMark::sizeHint() const
{
    return {QFontMetrics(labelFont()).horizontalAdvance(m_label) + 8,
            s_arrowHeight + QFontMetrics(labelFont()).height() + 1};
}

QSize SliderMark::minimumSizeHint() const
{
    return {0, sizeHint().height()};
}

bool SliderMark::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_slider
        && (event->type() == QEvent::Resize || event->type() == QEvent::Move
            || event->type() == QEvent::LayoutDirectionChange))
        update();
    return QWidget::eventFilter(watched, event);
}

void SliderMark::paintEvent(QPaintEvent *)
{
    if (m_label.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int x = markPosition();
    const QColor accent = StatusIcon::color(Status::Info, palette());

    QPainterPath arrow;
    arrow.moveTo(x, 0);
    arrow.lineTo(x + s_arrowHeight, s_arrowHeight);
    arrow.lineTo(x - s_arrowHeight, s_arrowHeight);
    arrow.closeSubpath();
    painter.fillPath(arrow, accent);

    painter.setFont(labelFont());
    const int width = painter.fontMetrics().horizontalAdvance(m_label);
    const int left = std::clamp(x - width / 2, 0, std::max(0, this->width() - width));
    painter.setPen(accent);
    painter.drawText(QRect(left, s_arrowHeight, width, height() - s_arrowHeight),
                     Qt::AlignLeft | Qt::AlignTop, m_label);
}

} // namespace Airlock
