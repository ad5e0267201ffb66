// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QPushButton>
#include <QTest>
#include <QWidget>

using namespace Airlock;

// Buttons in a row that wraps where the next one would not fit.
class TestFlowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOneLineWhenThereIsRoom();
    void wrapsAndKeepsEachButtonWhole();
    void skipsHiddenWidgets();
};

namespace {

struct Row
{
    QWidget widget;
    FlowLayout *layout = new FlowLayout(&widget);
    QList<QPushButton *> buttons;

    Row()
    {
        for (const QString &text :
             {QStringLiteral("Open the console"), QStringLiteral("Take known-good snapshot"),
              QStringLiteral("Copy label"), QStringLiteral("Save live XML…")}) {
            auto *button = new QPushButton(text, &widget);
            layout->addWidget(button);
            buttons.append(button);
        }
    }

    void layOutAt(int width)
    {
        widget.resize(width, layout->heightForWidth(width));
        layout->activate();
        layout->setGeometry(widget.rect());
    }
};

} // namespace

void TestFlowLayout::keepsOneLineWhenThereIsRoom()
{
    Row row;
    const int wide = row.layout->sizeHint().width();
    row.layOutAt(wide);
    for (QPushButton *button : std::as_const(row.buttons)) {
        QCOMPARE(button->y(), row.buttons.constFirst()->y());
        QCOMPARE(button->width(), button->sizeHint().width());
    }
    QCOMPARE(row.layout->heightForWidth(wide), row.buttons.constFirst()->sizeHint().height());
    // Left to right, in the order added.
    for (qsizetype index = 1; index < row.buttons.size(); ++index)
        QVERIFY(row.buttons.at(index)->x() > row.buttons.at(index - 1)->geometry().right());
}

void TestFlowLayout::wrapsAndKeepsEachButtonWhole()
{
    Row row;
    const int oneLine = row.layout->heightForWidth(row.layout->sizeHint().width());
    const int narrow = row.layout->sizeHint().width() / 2;
    row.layOutAt(narrow);
    QVERIFY(row.layout->heightForWidth(narrow) > oneLine);
    QVERIFY(row.buttons.last()->y() > row.buttons.constFirst()->y());
    for (QPushButton *button : std::as_const(row.buttons)) {
        QCOMPARE(button->width(), button->sizeHint().width());
        QVERIFY2(button->geometry().right() < narrow, qPrintable(button->text()));
        QVERIFY(button->geometry().bottom() < row.widget.height());
    }
    // Never narrower than its widest button.
    int widest = 0;
    for (QPushButton *button : std::as_const(row.buttons))
        widest = std::max(widest, button->sizeHint().width());
    QCOMPARE(row.layout->minimumSize().width(), widest);
}

void TestFlowLayout::skipsHiddenWidgets()
{
    Row row;
    const int all = row.layout->sizeHint().width();
    row.buttons.at(1)->hide();
    row.layout->invalidate();
    QVERIFY(row.layout->sizeHint().width() < all - row.buttons.at(1)->sizeHint().width() + 1);
    row.layOutAt(row.layout->sizeHint().width());
    QCOMPARE(row.buttons.at(2)->y(), row.buttons.at(0)->y());
}

QTEST_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"
