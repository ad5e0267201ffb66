// SPDX-License-Identifier: GPL-3.0-or-later
// wizard/widgets/: the custom widgets the pages are built from, one class per
// file, each testable on its own (tests/widgets). A widget shows what it is
// given and says what the user did through signals: it includes the model's
// types, never a page or the session. This file is their one visual
// language for verdicts.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

namespace Airlock {

// The one visual language for verdicts across the pages: each status has a
// shape, a word and a colour, so none of them relies on colour alone.
enum class Status { Pass, Warn, Fail, Unknown, Info };

class StatusIcon
{
    Q_DECLARE_TR_FUNCTIONS(StatusIcon)
public:
    // Painted on demand at the device pixel ratio: crisp on HiDPI.
    static QPixmap pixmap(Status status, int size, qreal devicePixelRatio, const QPalette &palette);
    static QIcon icon(Status status, const QPalette &palette);
    // A colour for the status that reads on both light and dark palettes.
    static QColor color(Status status, const QPalette &palette);
    static QString word(Status status);
    static bool isDark(const QPalette &palette);

private:
    static QPixmap draw(Status status, int size, qreal devicePixelRatio, const QColor &fill);
};

// `a` with `amountOfB` (0 to 1) of `b` mixed in: the in-between shades that
// borders, hover fills and muted text are drawn in, so they follow the
// palette instead of being fixed colours.
QColor blend(const QColor &a, const QColor &b, qreal amountOfB);

} // namespace Airlock
