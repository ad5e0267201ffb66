// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

namespace Airlock {

// Placeholder until this mode lands; see the open issue for it.
int runCreate(const CommandLine &)
{
    printError(CommandLine::tr("this mode is not available in this build"));
    return 1;
}

} // namespace Airlock
