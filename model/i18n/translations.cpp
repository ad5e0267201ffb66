// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Airlock {

namespace {

QStringList translationDirectories()
{
    // The build tree mirrors the install tree: bin/airlock next to
    // share/airlock/translations. Tests live elsewhere and use the build path.
    return {QDir::cleanPath(QCoreApplication::applicationDirPath()
                            + QLatin1String("/../share/airlock/translations")),
            QStringLiteral(AIRLOCK_TRANSLATIONS_BUILD_DIR)};
}

} // namespace

bool installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app);

    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }

    for (const QString &directory : translationDirectories()) {
        auto *translator = new QTranslator(app);
        if (translator->load(locale, QStringLiteral("airlock"), QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
    }
    return false;
}

} // namespace Airlock
