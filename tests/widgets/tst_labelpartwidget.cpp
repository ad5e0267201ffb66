// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelpartwidget.h"

#include <QEnterEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Airlock;

class TestLabelPartWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue();
    void namedForScreenReaders_data();
    void namedForScreenReaders();
    void sizeFollowsTheText();
    void focusAndPointingHighlight();
};

namespace {

LabelPart typePart()
{
    return {QStringLiteral("type"), QStringLiteral("svirt_t"),
            QStringLiteral("The type every VM runs as.")};
}

struct Shown
{
    QWidget parent;
    QLineEdit *before = new QLineEdit(&parent);
    LabelPartWidget *part;

    explicit Shown(const LabelPart &labelPart)
        : part(new LabelPartWidget(labelPart, QFontDatabase::systemFont(QFontDatabase::FixedFont),
                                   &parent))
    {
        auto *layout = new QHBoxLayout(&parent);
        layout->addWidget(before);
        layout->addWidget(part);
        parent.show();
        parent.activateWindow();
    }
};

} // namespace

void TestLabelPartWidget::shouldHaveDefaultValue()
{
    Shown shown(typePart());
    auto *part = shown.parent.findChild<LabelPartWidget *>(QStringLiteral("labelPart-type"));
    QCOMPARE(part, shown.part);
    QCOMPARE(part->part().text, QStringLiteral("svirt_t"));
    QCOMPARE(part->toolTip(), QStringLiteral("The type every VM runs as."));
    QCOMPARE(part->accessibleDescription(), QStringLiteral("The type every VM runs as."));
    QCOMPARE(part->focusPolicy(), Qt::StrongFocus);
    QVERIFY(part->testAttribute(Qt::WA_Hover));
    QCOMPARE(part->cursor().shape(), Qt::WhatsThisCursor);
    QCOMPARE(part->sizePolicy().horizontalPolicy(), QSizePolicy::Fixed);
    QCOMPARE(part->sizePolicy().verticalPolicy(), QSizePolicy::Fixed);
}

void TestLabelPartWidget::namedForScreenReaders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("accessibleName");
    QTest::newRow("user") << QStringLiteral("user") << QStringLiteral("system_u")
                          << QStringLiteral("SELinux user: system_u");
    QTest::newRow("type") << QStringLiteral("type") << QStringLiteral("svirt_t")
                          << QStringLiteral("type: svirt_t");
    QTest::newRow("categories") << QStringLiteral("categories") << QStringLiteral("c383,c416")
                                << QStringLiteral("categories: c383,c416");
    QTest::newRow("owner") << QStringLiteral("owner") << QStringLiteral("+107")
                           << QStringLiteral("user ID: +107");
    QTest::newRow("unknown part keeps its name")
            << QStringLiteral("extra") << QStringLiteral("x") << QStringLiteral("extra: x");
}

void TestLabelPartWidget::namedForScreenReaders()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    QFETCH(QString, accessibleName);
    Shown shown({name, text, QStringLiteral("meaning")});
    QCOMPARE(shown.part->objectName(), QStringLiteral("labelPart-") + name);
    QCOMPARE(shown.part->accessibleName(), accessibleName);
}

void TestLabelPartWidget::sizeFollowsTheText()
{
    Shown shown(typePart());
    const QFontMetrics metrics(shown.part->font());
    const QSize hint = shown.part->sizeHint();
    QCOMPARE(hint.width(),
             metrics.horizontalAdvance(QStringLiteral("svirt_t")) + 2 * LabelPartWidget::s_padding);
    // Room below the text for the underline.
    QVERIFY(hint.height() > metrics.height() + 2 * LabelPartWidget::s_padding);
    QCOMPARE(shown.part->minimumSizeHint(), hint);

    Shown longer({QStringLiteral("type"), QStringLiteral("svirt_tcg_t"), QString()});
    QVERIFY(longer.part->sizeHint().width() > hint.width());
}

void TestLabelPartWidget::focusAndPointingHighlight()
{
    Shown shown(typePart());
    QSignalSpy highlighted(shown.part, &LabelPartWidget::highlighted);
    shown.before->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&shown.parent));
    QVERIFY(shown.before->hasFocus());
    QCOMPARE(highlighted.size(), 0);

    QTest::keyClick(shown.before, Qt::Key_Tab);
    QVERIFY(shown.part->hasFocus());
    QCOMPARE(highlighted.size(), 1);
    // Leaving says nothing: the explanation stays until another part is shown.
    QTest::keyClick(shown.part, Qt::Key_Backtab);
    QVERIFY(shown.before->hasFocus());
    QCOMPARE(highlighted.size(), 1);

    const QPointF centre = QRectF(shown.part->rect()).center();
    QEnterEvent enter(centre, shown.part->mapToGlobal(centre), shown.part->mapToGlobal(centre));
    QCoreApplication::sendEvent(shown.part, &enter);
    QCOMPARE(highlighted.size(), 2);
}

QTEST_MAIN(TestLabelPartWidget)
#include "tst_labelpartwidget.moc"
