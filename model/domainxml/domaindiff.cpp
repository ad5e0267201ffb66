// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaindiff.h"

#include <QStringList>

#include <vector>

namespace Airlock {

namespace {

QStringList withoutMetadata(const QString &xml)
{
    QStringList lines;
    bool inMetadata = false;
    for (const QString &line : xml.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.startsWith(QLatin1String("<metadata")))
            inMetadata = !trimmed.endsWith(QLatin1String("/>"));
        else if (!inMetadata)
            lines.append(line);
        if (inMetadata && trimmed == QLatin1String("</metadata>"))
            inMetadata = false;
    }
    return lines;
}

int depthOf(const QString &line)
{
    int spaces = 0;
    while (spaces < line.size() && line.at(spaces) == QLatin1Char(' '))
        ++spaces;
    return spaces / 2;
}

// A start tag whose element goes on over the next lines.
bool opensElement(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1Char('<')) && !trimmed.startsWith(QLatin1String("</"))
           && !trimmed.startsWith(QLatin1String("<?")) && !trimmed.endsWith(QLatin1String("/>"))
           && !trimmed.contains(QLatin1String("</"));
}

} // namespace

QList<DomainDiff::Line> DomainDiff::between(const QString &from, const QString &to)
{
    const QStringList a = withoutMetadata(from);
    const QStringList b = withoutMetadata(to);
    const qsizetype n = a.size();
    const qsizetype m = b.size();

    // Longest common subsequence, filled from the end so the walk below can
    // go forwards. Domain documents have a few hundred lines at most.
    std::vector<int> common(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            common[at(i, j)] = a.at(i) == b.at(j)
                                       ? common[at(i + 1, j + 1)] + 1
                                       : std::max(common[at(i + 1, j)], common[at(i, j + 1)]);
        }
    }

    struct Ancestor
    {
        QString text;
        bool shown = false;
    };
    QList<Ancestor> ancestors; // the open elements at the current line, by depth
    QList<Line> result;
    const auto visit = [&](Line::Kind kind, const QString &text) {
        const int depth = depthOf(text);
        if (ancestors.size() > depth)
            ancestors.resize(depth);
        if (kind != Line::Kind::Context) {
            // The elements around a change, once each, so it reads in place.
            for (Ancestor &ancestor : ancestors) {
                if (!ancestor.shown && !ancestor.text.isEmpty()) {
                    result.append({Line::Kind::Context, ancestor.text});
                    ancestor.shown = true;
                }
            }
            result.append({kind, text});
        }
        if (opensElement(text)) {
            ancestors.resize(depth);
            ancestors.append({text, kind != Line::Kind::Context});
        }
    };

    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            visit(Line::Kind::Context, a.at(i));
            ++i;
            ++j;
        } else if (j >= m || (i < n && common[at(i + 1, j)] >= common[at(i, j + 1)])) {
            visit(Line::Kind::Removed, a.at(i));
            ++i;
        } else {
            visit(Line::Kind::Added, b.at(j));
            ++j;
        }
    }
    return result;
}

QString DomainDiff::text(const QList<Line> &lines)
{
    QString text;
    for (const Line &line : lines) {
        switch (line.kind) {
        case Line::Kind::Context:
            text += QLatin1Char(' ');
            break;
        case Line::Kind::Removed:
            text += QLatin1Char('-');
            break;
        case Line::Kind::Added:
            text += QLatin1Char('+');
            break;
        }
        text += line.text + QLatin1Char('\n');
    }
    return text;
}

} // namespace Airlock
