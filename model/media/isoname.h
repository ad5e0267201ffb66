// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/vmspec.h"

#include <QCoreApplication>
#include <QString>

namespace Airlock {

// What an installer ISO is, read from its file or volume name.
class IsoName
{
    Q_DECLARE_TR_FUNCTIONS(IsoName)
public:
    // "NixOS 25.11 graphical"; a name that is not NixOS's, in quotation marks.
    static QString title(const IsoSource &iso);
    // The NixOS release the ISO installs: "25.11", or "unstable" for a
    // pre-release ("26.05pre…"); empty when its name does not say.
    static QString release(const IsoSource &iso);
};

} // namespace Airlock
