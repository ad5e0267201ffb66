// SPDX-License-Identifier: GPL-3.0-or-later
#include "shellquoted.h"

#include <QRegularExpression>

namespace Airlock {

QString shellQuoted(const QString &word)
{
    // Anchored at the very end of the text: "$" would let a word ending in a
    // newline pass for a plain one, and the newline would end the command.
    static const QRegularExpression plain(
            QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_@%+=:,./-]+")));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace Airlock
