// SPDX-License-Identifier: GPL-3.0-or-later
#include "installerguide.h"

#include "proof/guesthardening.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Airlock;

class TestInstallerGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue();
    void installedShowsTheHardeningSteps();
    void typeButtonSendsTheTypedCommand();
    void snapshotButtonAsks();
    void setStageTwiceSignalsOnce();
    void fitsBesideTheConsole_data();
    void fitsBesideTheConsole();
};

namespace {

QString allText(const QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>()) {
        if (label->isVisibleTo(widget->window()))
            texts << label->text();
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

void TestInstallerGuide::shouldHaveDefaultValue()
{
    InstallerGuide guide;
    guide.show();
    QCOMPARE(guide.stage(), InstallerGuide::Stage::Installing);
    auto *title = guide.findChild<QLabel *>(QStringLiteral("guideTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("The NixOS installer is running"));
    QVERIFY(guide.findChild<QWidget *>(QStringLiteral("installingSteps"))->isVisible());
    QVERIFY(!guide.findChild<QWidget *>(QStringLiteral("installedSteps"))->isVisible());
    QVERIFY(!guide.findChild<QPushButton *>(QStringLiteral("typeHardeningButton"))->isVisible());
    const QString text = allText(&guide);
    for (const char *step : {"keyboard layout", "Encrypt system", "strong passphrase",
                             "strong password", "Allow unfree", "Restart now"})
        QVERIFY2(text.contains(QLatin1String(step)), step);
    QCOMPARE(guide.hardeningCommand(), GuestHardening::typedCommand(VmSpec()));
    // Numbered 1 to 5, then 1 to 4 once installed.
    QStringList numbers;
    for (const QLabel *label :
         guide.findChild<QWidget *>(QStringLiteral("installingSteps"))->findChildren<QLabel *>()) {
        if (label->text().endsWith(QLatin1Char('.')) && label->text().size() == 2)
            numbers << label->text();
    }
    QCOMPARE(numbers,
             (QStringList {QStringLiteral("1."), QStringLiteral("2."), QStringLiteral("3."),
                           QStringLiteral("4."), QStringLiteral("5.")}));
}

void TestInstallerGuide::installedShowsTheHardeningSteps()
{
    InstallerGuide guide;
    guide.show();
    QSignalSpy changed(&guide, &InstallerGuide::stageChanged);
    guide.setStage(InstallerGuide::Stage::Installed);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<InstallerGuide::Stage>(),
             InstallerGuide::Stage::Installed);
    QCOMPARE(guide.findChild<QLabel *>(QStringLiteral("guideTitle"))->text(),
             QStringLiteral("NixOS is installed"));
    QVERIFY(!guide.findChild<QWidget *>(QStringLiteral("installingSteps"))->isVisible());
    auto *type = guide.findChild<QPushButton *>(QStringLiteral("typeHardeningButton"));
    QVERIFY(type->isVisible());
    QCOMPARE(type->accessibleName(), QStringLiteral("Type the hardening command into the VM"));
    const auto *note = guide.findChild<QLabel *>(QStringLiteral("keyboardNote"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("English (US)")));
    QCOMPARE(guide.findChild<QLabel *>(QStringLiteral("rebuildCommand"))->text(),
             QStringLiteral("sudo nixos-rebuild switch"));
    QVERIFY(allText(&guide).contains(QLatin1String("known-good snapshot")));
    guide.setStage(InstallerGuide::Stage::Installing);
    QVERIFY(!type->isVisible());
}

void TestInstallerGuide::typeButtonSendsTheTypedCommand()
{
    InstallerGuide guide;
    VmSpec spec;
    spec.exposure.clipboard = true;
    spec.exposure.tpm = true;
    guide.setSpec(spec);
    guide.setStage(InstallerGuide::Stage::Installed);
    guide.show();
    QSignalSpy typed(&guide, &InstallerGuide::typeRequested);
    auto *type = guide.findChild<QPushButton *>(QStringLiteral("typeHardeningButton"));
    QTest::mouseClick(type, Qt::LeftButton);
    QCOMPARE(typed.size(), 1);
    const QString text = typed.first().first().toString();
    QCOMPARE(text, GuestHardening::typedCommand(spec));
    QVERIFY(text.contains(QLatin1String("services.spice-vdagentd.enable = true;")));
    QVERIFY(text.contains(QLatin1String("security.tpm2.enable = true;")));
    // By keyboard as well.
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Space);
    QCOMPARE(typed.size(), 2);
}

void TestInstallerGuide::snapshotButtonAsks()
{
    InstallerGuide guide;
    guide.setStage(InstallerGuide::Stage::Installed);
    guide.show();
    QSignalSpy asked(&guide, &InstallerGuide::snapshotRequested);
    QTest::mouseClick(guide.findChild<QPushButton *>(QStringLiteral("guideSnapshotButton")),
                      Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
}

void TestInstallerGuide::setStageTwiceSignalsOnce()
{
    InstallerGuide guide;
    QSignalSpy changed(&guide, &InstallerGuide::stageChanged);
    guide.setStage(InstallerGuide::Stage::Installing);
    QCOMPARE(changed.size(), 0);
    guide.setStage(InstallerGuide::Stage::Installed);
    guide.setStage(InstallerGuide::Stage::Installed);
    QCOMPARE(changed.size(), 1);
}

void TestInstallerGuide::fitsBesideTheConsole_data()
{
    QTest::addColumn<InstallerGuide::Stage>("stage");
    QTest::addColumn<int>("pointSize");
    QTest::newRow("installing") << InstallerGuide::Stage::Installing << 0;
    QTest::newRow("installed") << InstallerGuide::Stage::Installed << 0;
    QTest::newRow("installing, 12 pt") << InstallerGuide::Stage::Installing << 12;
    QTest::newRow("installed, 12 pt") << InstallerGuide::Stage::Installed << 12;
}

// 340 px beside the console in a 1024x768 window: nothing is cut off
// sideways; what is taller than the window scrolls. AIRLOCK_GRAB_DIR keeps
// a picture of each.
void TestInstallerGuide::fitsBesideTheConsole()
{
    QFETCH(InstallerGuide::Stage, stage);
    QFETCH(int, pointSize);
    InstallerGuide guide;
    if (pointSize > 0) {
        QFont font = guide.font();
        font.setPointSize(pointSize);
        guide.setFont(font);
    }
    guide.setStage(stage);
    guide.resize(340, 700);
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    QVERIFY2(guide.minimumSizeHint().width() <= 340,
             qPrintable(QString::number(guide.minimumSizeHint().width())));
    const auto *scroll = guide.findChild<QScrollArea *>();
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
    for (const QPushButton *button : guide.findChildren<QPushButton *>()) {
        if (button->isVisible())
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    }
    // The title stays above the text's size, the command at it.
    const auto *title = guide.findChild<QLabel *>(QStringLiteral("guideTitle"));
    QVERIFY(title->font().pointSizeF() > guide.font().pointSizeF());
    QVERIFY(title->font().bold());
    const auto *command = guide.findChild<QLabel *>(QStringLiteral("rebuildCommand"));
    QCOMPARE(command->font().pointSizeF(), guide.font().pointSizeF());
    const QString directory = qEnvironmentVariable("AIRLOCK_GRAB_DIR");
    if (!directory.isEmpty())
        QVERIFY(guide.grab().save(
                QStringLiteral("%1/installerguide-%2.png")
                        .arg(directory, QString::fromLatin1(QTest::currentDataTag())
                                                .replace(QLatin1String(", "), QLatin1String("-"))
                                                .replace(QLatin1Char(' '), QLatin1Char('-')))));
}

QTEST_MAIN(TestInstallerGuide)
#include "tst_installerguide.moc"
