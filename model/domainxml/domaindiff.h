// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Airlock {

// The difference between two domain XML documents, line by line, as a curious
// user reads it: every added and removed line, each shown under the start
// tags of the elements that hold it. <metadata> is left out: it repeats the
// spec the rest of the document is made from.
class DomainDiff
{
public:
    struct Line
    {
        enum class Kind { Context, Removed, Added };
        Kind kind = Kind::Context;
        QString text; // the line as DomainXml wrote it, indentation included

        friend bool operator==(const Line &, const Line &) = default;
    };

    static QList<Line> between(const QString &from, const QString &to);

    // The lines as a unified diff: "+", "-" or " " before each.
    static QString text(const QList<Line> &lines);
};

} // namespace Airlock
