// SPDX-License-Identifier: GPL-3.0-or-later
// model/shell/: the words of commands Airlock shows the user to copy into a
// terminal. Uses Qt Core only.
#pragma once

#include <QString>

namespace Airlock {

// A word a POSIX shell reads as itself: as it is when it holds only
// characters no shell treats specially, otherwise in single quotes. Commands
// Airlock shows for pasting (a virsh remedy, a viewer's command line) stay
// what they say, whatever the URI, path or name in them holds.
QString shellQuoted(const QString &word);

} // namespace Airlock
