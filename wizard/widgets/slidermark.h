// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSlider;

namespace Airlock {

// A strip under a horizontal slider with one marked value ("recommended"),
// drawn exactly below where the slider's handle sits for that value.
// It adds words to the slider, never meaning: the caption says it in full.
class SliderMark : public QWidget
{
    Q_OBJECT
public:
    explicit SliderMark(QSlider *slider, QWidget *parent = nullptr);

    void setMark(int sliderValue, const QString &label);
    int markValue() const { return m_value; }
    QString label() const { return m_label; }
    // Where the mark is drawn, in this widget's coordinates.
    int markPosition() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QFont labelFont() const;

    QSlider *const m_slider;
    int m_value = 0;
    QString m_label;
};

} // namespace Airlock
