// SPDX-License-Identifier: GPL-3.0-or-later
#include "sizerow.h"

#include "memoryspinbox.h"
#include "noticelist.h"
#include "slidermark.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

namespace Airlock {

namespace {

QSpinBox *spinBoxFor(SizeRow::Scale scale, QWidget *parent)
{
    if (scale == SizeRow::Scale::Mebibytes)
        return new MemorySpinBox(parent);
    return new QSpinBox(parent);
}

} // namespace

SizeRow::SizeRow(const QString &name, Scale scale, QWidget *parent)
    : QWidget(parent)
    , m_step(scale == Scale::Mebibytes ? MemorySpinBox::stepMiB : 1)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_mark(new SliderMark(m_slider, this))
    , m_spinBox(spinBoxFor(scale, this))
    , m_memorySpinBox(qobject_cast<MemorySpinBox *>(m_spinBox))
    , m_caption(new QLabel(this))
    , m_notices(new NoticeList(this))
{
    setObjectName(name + QLatin1String("Row"));
    m_slider->setObjectName(name + QLatin1String("Slider"));
    m_mark->setObjectName(name + QLatin1String("Mark"));
    m_spinBox->setObjectName(name + QLatin1String("Spin"));
    m_caption->setObjectName(name + QLatin1String("Caption"));

    m_spinBox->setAlignment(Qt::AlignRight);
    // One width for every row's box, so that the boxes line up.
    m_spinBox->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000.00 GiB")) + 40);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);

    // A grid with only its vertical spacing set, like the page's own: the
    // slider and the box keep the style's spacing between them that they
    // had when they sat in the page's grid.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(3);
    auto *sliderColumn = new QVBoxLayout;
    sliderColumn->setSpacing(0);
    sliderColumn->addWidget(m_slider);
    sliderColumn->addWidget(m_mark);
    auto *controls = new QHBoxLayout;
    controls->addLayout(sliderColumn, 1);
    controls->addWidget(m_spinBox, 0, Qt::AlignTop);
    layout->addLayout(controls, 0, 0);
    layout->addWidget(m_caption, 1, 0);
    layout->addWidget(m_notices, 2, 0);

    connect(m_slider, &QSlider::valueChanged, this,
            [this](int value) { m_spinBox->setValue(value * m_step); });
    connect(m_spinBox, &QSpinBox::valueChanged, this, [this](int value) {
        followBox();
        Q_EMIT valueChanged(value);
    });
    if (m_memorySpinBox) {
        connect(m_memorySpinBox, &MemorySpinBox::problemChanged, this,
                [this](const QString &problem) {
                    // A screen reader hears what is wrong where it would hear the caption.
                    m_spinBox->setAccessibleDescription(problem.isEmpty() ? m_caption->text()
                                                                          : problem);
                    Q_EMIT inputProblemChanged(problem);
                });
    }
}

int SizeRow::value() const
{
    return m_spinBox->value();
}

void SizeRow::setValue(int value)
{
    m_spinBox->setValue(value);
    followBox();
}

void SizeRow::setRange(int minimum, int maximum)
{
    {
        // A slider clamped to its new range must not move the box: the box
        // clamps itself, and the slider follows it.
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(sliderValue(minimum), maximum / m_step);
    }
    if (m_typedRange)
        m_spinBox->setRange(std::min(minimum, m_typedRange->first),
                            std::max(maximum, m_typedRange->second));
    else
        m_spinBox->setRange(minimum, maximum);
    followBox();
}

void SizeRow::setTypedRange(int minimum, int maximum)
{
    m_typedRange = std::pair {minimum, maximum};
    m_spinBox->setRange(std::min(minimum, m_spinBox->minimum()),
                        std::max(maximum, m_spinBox->maximum()));
    followBox();
}

QString SizeRow::inputProblem() const
{
    return m_memorySpinBox ? m_memorySpinBox->problem() : QString();
}

QString SizeRow::checkInput()
{
    if (m_memorySpinBox)
        return m_memorySpinBox->checkText();
    m_spinBox->interpretText();
    return {};
}

void SizeRow::setMark(int value, const QString &label)
{
    m_mark->setMark(sliderValue(value), label);
}

void SizeRow::setCaption(const QString &text)
{
    m_caption->setText(text);
    if (inputProblem().isEmpty())
        m_spinBox->setAccessibleDescription(text);
}

void SizeRow::setControlsAccessibleName(const QString &name)
{
    m_slider->setAccessibleName(name);
    m_spinBox->setAccessibleName(name);
}

int SizeRow::sliderValue(int value) const
{
    return (value + m_step / 2) / m_step;
}

void SizeRow::followBox()
{
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(sliderValue(m_spinBox->value()));
}

} // namespace Airlock
