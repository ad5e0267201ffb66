// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QSlider;
class QSpinBox;

namespace Airlock {

class MemorySpinBox;
class NoticeList;
class SliderMark;

// One size the user chooses (CPUs, memory, disk): a slider with its mark and
// a spin box side by side, a caption and the notices under them. Slider and
// box mirror each other; the box holds the exact value, so a spec's 4000 MiB
// stays 4000 MiB until the user moves the slider. The label that names the
// row stays with the page, in the column it shares with the other labels.
class SizeRow : public QWidget
{
    Q_OBJECT
public:
    // What the box counts. Memory is in MiB, shown in GiB, and its slider
    // moves in MemorySpinBox::stepMiB steps; every other size moves by one.
    enum class Scale { Units, Mebibytes };

    // `name` prefixes the parts' object names: nameSlider, nameMark,
    // nameSpin and nameCaption (the notices are named by the page, after the
    // key of the notices they show).
    explicit SizeRow(const QString &name, Scale scale, QWidget *parent = nullptr);

    QSlider *slider() const { return m_slider; }
    SliderMark *mark() const { return m_mark; }
    QSpinBox *spinBox() const { return m_spinBox; }
    QLabel *caption() const { return m_caption; }
    NoticeList *notices() const { return m_notices; }

    // In the box's units (MiB for memory).
    int value() const;
    void setValue(int value);
    // The slider's span, and the box's unless setTypedRange() widened it.
    void setRange(int minimum, int maximum);
    // What the box takes when typed into, beyond the slider's span: a size
    // the host cannot give stays as typed, and the page says why.
    void setTypedRange(int minimum, int maximum);
    void setMark(int value, const QString &label);
    // Also read aloud as the box's description.
    void setCaption(const QString &text);
    // What a screen reader calls both the slider and the box.
    void setControlsAccessibleName(const QString &name);
    // The slider's value for `value` in the box's units, rounded to a step.
    int sliderValue(int value) const;
    // What is wrong with the text typed in the box, since editing last
    // ended ("Add a unit…"); empty while it is a value. Memory only.
    QString inputProblem() const;
    // Ends editing now (as Next does) and returns what is wrong, if anything.
    QString checkInput();

Q_SIGNALS:
    // The box's value changed, by the slider, the box or setValue().
    void valueChanged(int value);
    void inputProblemChanged(const QString &problem);

private:
    void followBox();

    const int m_step;
    std::optional<std::pair<int, int>> m_typedRange;
    QSlider *const m_slider;
    SliderMark *const m_mark;
    QSpinBox *const m_spinBox;
    MemorySpinBox *const m_memorySpinBox; // the box, when it holds memory
    QLabel *const m_caption;
    NoticeList *const m_notices;
};

} // namespace Airlock
