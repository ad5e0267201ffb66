// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletedialog.h"
#include "hypervisor/hypervisor.h"
#include "noticelabel.h"
#include "testsupport.h"

#include <QDir>
#include <QLayout>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Airlock;

// The confirmation before a VM is deleted, on libvirt's test driver
// (tests/data/testdriver/removal.xml; each test opens a fresh copy): what it
// lists, that nothing goes before "Delete", and what it says afterwards.
class TestDeleteDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsWhatGoesAndWhatStays();
    void cancelRemovesNothing();
    void deleteRemovesTheVm();
    void refusesAVmAirlockDidNotMake();
    void fitsA1024By768ScreenAtTwelvePoints();

private:
    bool domainExists(const QString &name) const
    {
        return bool(m_hypervisor->connection().domain(name));
    }
    static void grab(QWidget &widget, const QString &name)
    {
        const QString directory = QStringLiteral(AIRLOCK_ARTIFACT_DIR);
        QDir().mkpath(directory);
        QVERIFY(widget.grab().save(directory + QLatin1Char('/') + name));
    }

    std::unique_ptr<Hypervisor> m_hypervisor;
};

void TestDeleteDialog::initTestCase()
{
    Hypervisor::initializeLibvirt();
}

void TestDeleteDialog::init()
{
    m_hypervisor = std::make_unique<Hypervisor>();
    QSignalSpy opened(m_hypervisor.get(), &Hypervisor::opened);
    m_hypervisor->open(QStringLiteral("test://")
                       + Test::dataPath(QStringLiteral("testdriver/removal.xml")));
    QVERIFY(opened.wait(10000));
}

void TestDeleteDialog::cleanup()
{
    m_hypervisor.reset();
}

void TestDeleteDialog::listsWhatGoesAndWhatStays()
{
    DeleteDialog dialog(m_hypervisor.get(), QStringLiteral("nixos"));
    // Nothing can be deleted before the plan is read.
    if (dialog.stage() == DeleteDialog::Stage::Planning)
        QVERIFY(!dialog.deleteButton()->isEnabled());
    QTRY_COMPARE(dialog.stage(), DeleteDialog::Stage::Confirm);
    const QString text = dialog.text();
    for (const QString &expected :
         {QStringLiteral("the disk “nixos.qcow2” in the pool “vms”"),
          QStringLiteral("Airlock's network “airlock-nat”"), QStringLiteral("storage pool “vms”"),
          QStringLiteral("The VM is running: Airlock turns it off first")})
        QVERIFY2(text.contains(expected.toHtmlEscaped()) || text.contains(expected),
                 qPrintable(text));
    // The running VM's button says what it does; Cancel, not Delete, is the default.
    QCOMPARE(dialog.deleteButton()->text(), QStringLiteral("Turn off and delete"));
    QVERIFY(dialog.deleteButton()->isEnabled());
    QVERIFY(!dialog.deleteButton()->isDefault());
    QVERIFY(dialog.plan());
    QVERIFY(dialog.plan()->running);
}

void TestDeleteDialog::cancelRemovesNothing()
{
    DeleteDialog dialog(m_hypervisor.get(), QStringLiteral("nixos"));
    dialog.show();
    QTRY_COMPARE(dialog.stage(), DeleteDialog::Stage::Confirm);
    QSignalSpy deleted(&dialog, &DeleteDialog::deleted);
    // Enter and Escape both leave it: Cancel is the default button.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(deleted.isEmpty());
    QVERIFY(domainExists(QStringLiteral("nixos")));
    QVERIFY(m_hypervisor->connection().volume(QStringLiteral("vms"),
                                              QStringLiteral("nixos.qcow2")));
}

void TestDeleteDialog::deleteRemovesTheVm()
{
    DeleteDialog dialog(m_hypervisor.get(), QStringLiteral("nixos"));
    dialog.resize(640, 480);
    QTRY_COMPARE(dialog.stage(), DeleteDialog::Stage::Confirm);
    grab(dialog, QStringLiteral("delete-confirm.png"));
    QSignalSpy deleted(&dialog, &DeleteDialog::deleted);
    // Not while it removes: the dialog stays until it says how it went.
    bool rejectedWhileRemoving = false;
    connect(&dialog, &DeleteDialog::stageChanged, &dialog, [&](DeleteDialog::Stage stage) {
        if (stage != DeleteDialog::Stage::Removing)
            return;
        dialog.reject();
        rejectedWhileRemoving = dialog.stage() == DeleteDialog::Stage::Removing;
    });
    dialog.deleteButton()->click();
    QVERIFY(rejectedWhileRemoving);
    QTRY_VERIFY(dialog.stage() == DeleteDialog::Stage::Done
                || dialog.stage() == DeleteDialog::Stage::Failed);
    QVERIFY2(dialog.stage() == DeleteDialog::Stage::Done, qPrintable(dialog.text()));
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.constFirst().constFirst().toString(), QStringLiteral("nixos"));
    QVERIFY(!domainExists(QStringLiteral("nixos")));
    QVERIFY(!m_hypervisor->connection().volume(QStringLiteral("vms"),
                                               QStringLiteral("nixos.qcow2")));
    // The user's own VM on the same connection is still there.
    QVERIFY(domainExists(QStringLiteral("airlock-lookalike")));
    QVERIFY(dialog.text().contains(QStringLiteral("“nixos” was deleted")));
    grab(dialog, QStringLiteral("delete-done.png"));
}

void TestDeleteDialog::refusesAVmAirlockDidNotMake()
{
    DeleteDialog dialog(m_hypervisor.get(), QStringLiteral("airlock-lookalike"));
    QTRY_COMPARE(dialog.stage(), DeleteDialog::Stage::Refused);
    QVERIFY(dialog.deleteButton()->isHidden());
    QVERIFY2(dialog.text().contains(QStringLiteral("Airlock deletes only the VMs it made")),
             qPrintable(dialog.text()));
    dialog.confirm();
    QCOMPARE(dialog.stage(), DeleteDialog::Stage::Refused);
    QVERIFY(domainExists(QStringLiteral("airlock-lookalike")));
}

void TestDeleteDialog::fitsA1024By768ScreenAtTwelvePoints()
{
    DeleteDialog dialog(m_hypervisor.get(), QStringLiteral("nixos"));
    QFont font = dialog.font();
    font.setPointSize(12);
    dialog.setFont(font);
    dialog.show();
    QTRY_COMPARE(dialog.stage(), DeleteDialog::Stage::Confirm);
    dialog.adjustSize();
    QCoreApplication::sendPostedEvents();
    dialog.layout()->activate();
    QVERIFY2(dialog.width() <= 1024 && dialog.height() <= 768,
             qPrintable(QStringLiteral("%1×%2").arg(dialog.width()).arg(dialog.height())));
    // Every button's text fits it.
    for (const QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->isVisible())
            QVERIFY2(button->sizeHint().width() <= button->width(), qPrintable(button->text()));
    }
    grab(dialog, QStringLiteral("delete-confirm-12-pt.png"));
}

QTEST_MAIN(TestDeleteDialog)
#include "tst_deletedialog.moc"
