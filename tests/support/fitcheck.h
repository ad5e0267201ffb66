// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace Airlock::Test {

// Every text a user could read in `window` that does not fit its space, in
// words, empty when all of it fits:
//  - a label, button, check box, combo box or tab bar smaller than its text
//    (elided, or a wrapping label lower than its lines);
//  - one that runs past the edge of a widget it sits in (past the right of a
//    scroll area, which scrolls only down);
//  - one that overlaps a sibling that is also text;
//  - a widget that paints its own text and says it had to cut it (its
//    "cutOffText" property).
QStringList cutOffTexts(QWidget *window);

// The application font at `pointSize` (0: the platform's default) for the
// widgets made from now on, as a desktop set to larger text gives it.
void setApplicationFontSize(int pointSize);

// The directory the tests save screenshots to, made when missing.
QString artifactDirectory();

} // namespace Airlock::Test
