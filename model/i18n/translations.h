// SPDX-License-Identifier: GPL-3.0-or-later
// model/i18n/: finding and loading the translations for the user's
// language. Uses Qt Core only.
#pragma once

#include <QLocale>

namespace Airlock {

// Installs Airlock's translation and Qt's own for `locale` into the running
// application. Returns whether Airlock's own translation was found. English,
// the source language, has one too: only its plural forms ("1 VM", "2 VMs").
// The C locale (the tests') finds none and shows the sources as they are.
bool installTranslations(const QLocale &locale = QLocale());

} // namespace Airlock
