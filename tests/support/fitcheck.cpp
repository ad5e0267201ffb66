// SPDX-License-Identifier: GPL-3.0-or-later
#include "fitcheck.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QStyleOptionComboBox>
#include <QTabBar>

namespace Airlock::Test {

namespace {

// What the user reads on `widget`, or an empty string when it shows no text
// of its own this check understands.
QString textOf(const QWidget *widget)
{
    if (widget->property("cutOffText").isValid())
        return widget->accessibleName().isEmpty() ? widget->objectName() : widget->accessibleName();
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->currentText();
    if (const auto *bar = qobject_cast<const QTabBar *>(widget)) {
        QStringList tabs;
        for (int index = 0; index < bar->count(); ++index)
            tabs.append(bar->tabText(index));
        return tabs.join(QLatin1String(" | "));
    }
    return {};
}

QString describe(const QWidget *widget)
{
    QString text = textOf(widget).simplified();
    if (text.size() > 70)
        text = text.left(67) + QStringLiteral("...");
    return QStringLiteral("%1 %2 “%3”")
            .arg(QLatin1String(widget->metaObject()->className()),
                 widget->objectName().isEmpty() ? QStringLiteral("(unnamed)")
                                                : widget->objectName(),
                 text);
}

QString sizeText(QSize size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

// Why `widget` is smaller than its text, or an empty string.
QString tooSmall(const QWidget *widget)
{
    const QSize size = widget->size();
    if (const QVariant cut = widget->property("cutOffText"); cut.isValid())
        return cut.toString().isEmpty() ? QString()
                                        : QStringLiteral("cuts “%1”").arg(cut.toString());
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(size.width());
            return size.height() < needed ? QStringLiteral("is %1, its lines need %2 high")
                                                    .arg(sizeText(size))
                                                    .arg(needed)
                                          : QString();
        }
        const QSize needed = label->sizeHint();
        return size.width() < needed.width() || size.height() < needed.height()
                       ? QStringLiteral("is %1, its text needs %2")
                                 .arg(sizeText(size), sizeText(needed))
                       : QString();
    }
    if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.currentText = combo->currentText();
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        const QFontMetrics metrics = combo->fontMetrics();
        QSize contents(metrics.horizontalAdvance(combo->currentText()), metrics.height());
        if (!option.currentIcon.isNull())
            contents.rwidth() += combo->iconSize().width() + 4;
        const QSize needed
                = combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, combo);
        return size.width() < needed.width() ? QStringLiteral("is %1 wide, its choice needs %2")
                                                       .arg(size.width())
                                                       .arg(needed.width())
                                             : QString();
    }
    if (const auto *bar = qobject_cast<const QTabBar *>(widget)) {
        const int needed = bar->sizeHint().width();
        return size.width() < needed ? QStringLiteral("is %1 wide, its tabs need %2")
                                               .arg(size.width())
                                               .arg(needed)
                                     : QString();
    }
    if (qobject_cast<const QAbstractButton *>(widget)) {
        const QSize needed = widget->sizeHint();
        return size.width() < needed.width() || size.height() < needed.height()
                       ? QStringLiteral("is %1, its text needs %2")
                                 .arg(sizeText(size), sizeText(needed))
                       : QString();
    }
    return {};
}

bool isScrollViewport(const QWidget *widget)
{
    const auto *area = qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
    return area && area->viewport() == widget;
}

// The first widget between `widget` and `window` whose edge cuts `widget`
// off, and how; empty when none does. A scroll area's viewport may cut
// below and above (the user scrolls there), never at the sides; above it,
// only the part the viewport shows counts.
QString clippedBy(const QWidget *widget, const QWidget *window)
{
    QRect shown = widget->rect();
    const QWidget *inner = widget;
    for (const QWidget *outer = widget->parentWidget(); outer; outer = outer->parentWidget()) {
        shown.translate(inner->pos());
        const QRect bounds = outer->rect().adjusted(-1, -1, 1, 1);
        const bool scrolls = isScrollViewport(outer);
        const bool cut
                = shown.left() < bounds.left() || shown.right() > bounds.right()
                  || (!scrolls && (shown.top() < bounds.top() || shown.bottom() > bounds.bottom()));
        if (cut) {
            return QStringLiteral("runs out of %1 %2 (%3 at %4,%5 in %6)")
                    .arg(QLatin1String(outer->metaObject()->className()),
                         outer->objectName().isEmpty() ? QStringLiteral("(unnamed)")
                                                       : outer->objectName(),
                         sizeText(shown.size()))
                    .arg(shown.x())
                    .arg(shown.y())
                    .arg(sizeText(outer->size()));
        }
        if (scrolls) {
            shown = shown.intersected(outer->rect());
            if (shown.isEmpty())
                return {};
        }
        if (outer == window)
            break;
        inner = outer;
    }
    return {};
}

} // namespace

QStringList cutOffTexts(QWidget *window)
{
    QList<QWidget *> texts;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(window) && !textOf(widget).isEmpty() && widget->window() == window)
            texts.append(widget);
    }
    QStringList problems;
    for (const QWidget *widget : std::as_const(texts)) {
        if (const QString why = tooSmall(widget); !why.isEmpty())
            problems.append(describe(widget) + QLatin1Char(' ') + why);
        else if (const QString clip = clippedBy(widget, window); !clip.isEmpty())
            problems.append(describe(widget) + QLatin1Char(' ') + clip);
    }
    for (qsizetype first = 0; first < texts.size(); ++first) {
        for (qsizetype second = first + 1; second < texts.size(); ++second) {
            const QWidget *a = texts.at(first);
            const QWidget *b = texts.at(second);
            if (a->parentWidget() != b->parentWidget())
                continue;
            const QRect overlap = a->geometry().intersected(b->geometry());
            if (overlap.width() > 1 && overlap.height() > 1)
                problems.append(QStringLiteral("%1 overlaps %2 by %3")
                                        .arg(describe(a), describe(b), sizeText(overlap.size())));
        }
    }
    return problems;
}

void setApplicationFontSize(int pointSize)
{
    static const QFont platformDefault = QApplication::font();
    QFont font = platformDefault;
    if (pointSize > 0)
        font.setPointSize(pointSize);
    QApplication::setFont(font);
}

QString artifactDirectory()
{
    const QString directory = QStringLiteral(AIRLOCK_ARTIFACT_DIR);
    QDir().mkpath(directory);
    return directory;
}

} // namespace Airlock::Test
