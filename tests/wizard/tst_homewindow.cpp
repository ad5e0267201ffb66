// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockdomains.h"
#include "airlockwizard.h"
#include "deletedialog.h"
#include "interruptedcreations.h"
#include "provision/creationjournal.h"
#include "homewindow.h"
#include "i18n/translations.h"
#include "noticelabel.h"
#include "vmpanel.h"
#include "vmrow.h"
#include "vmwindow.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Airlock;

// The home window on libvirt's test driver: its own "test" domain (not
// Airlock's, running) and VMs defined with Airlock's metadata, one shut off
// and one running its installer.
class TestHomeWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void shouldHaveDefaultValue();
    void listsAirlocksVmsApartFromOthers();
    void rowsFollowLifecycleEvents();
    void rowActionsStartAndShutDown();
    void opensOneWindowPerVm();
    void deletesAVmFromItsWindow();
    void offersToUndoAnInterruptedCreation();
    void newVmOpensTheWizard();
    void saysWhenThereAreNoVms();
    void saysWhenTheConnectionFailsAndOffersAnother();
    void tabReachesEveryActionInVisualOrder();
    void fitsAndShowsEachStateInEachLanguage_data();
    void fitsAndShowsEachStateInEachLanguage();

private:
    // A home window that has read its list.
    std::unique_ptr<HomeWindow> openHome(const QString &uri = QStringLiteral("test:///default"));
    Connection m_connection;
    QTemporaryDir m_data; // Airlock's data directory, where journals are
};

namespace {

const QString installing = QStringLiteral("airlock-home-installing");
const QString shutOff = QStringLiteral("airlock-home-off");

void closeTopLevels()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<VmWindow *>(widget) || qobject_cast<AirlockWizard *>(widget))
            widget->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString artifactDir()
{
    const QString directory = QStringLiteral(AIRLOCK_ARTIFACT_DIR);
    QDir().mkpath(directory);
    return directory;
}

// Every visible button shows its whole text.
QString cutOffButton(QWidget *window)
{
    for (QPushButton *button : window->findChildren<QPushButton *>()) {
        if (button->isVisibleTo(window) && button->width() < button->sizeHint().width())
            return button->text();
    }
    return {};
}

} // namespace

void TestHomeWindow::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
    Hypervisor::initializeLibvirt();
    qRegisterMetaType<VmWindow *>();
    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(connection);
    m_connection = *connection;
    QCOMPARE(Test::defineAirlockVm(m_connection, installing, true), QString());
    QCOMPARE(Test::defineAirlockVm(m_connection, shutOff, false), QString());
}

void TestHomeWindow::cleanupTestCase()
{
    Test::removeVm(m_connection, installing);
    Test::removeVm(m_connection, shutOff);
}

void TestHomeWindow::cleanup()
{
    closeTopLevels();
    for (QTranslator *translator : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
}

std::unique_ptr<HomeWindow> TestHomeWindow::openHome(const QString &uri)
{
    auto home = std::make_unique<HomeWindow>(uri);
    QSignalSpy read(home.get(), &HomeWindow::listRead);
    home->start();
    if (!QTest::qWaitFor([&read] { return !read.isEmpty(); }, 10000))
        qWarning("the home window did not read its list");
    home->resize(1024, 768);
    return home;
}

void TestHomeWindow::shouldHaveDefaultValue()
{
    HomeWindow home(QStringLiteral("test:///default"));
    QCOMPARE(home.view(), HomeWindow::View::Connecting);
    QVERIFY(home.entries().isEmpty());
    auto *newVm = home.findChild<QPushButton *>(QStringLiteral("newVmButton"));
    QVERIFY(newVm);
    QVERIFY(newVm->isDefault());
}

void TestHomeWindow::listsAirlocksVmsApartFromOthers()
{
    auto home = openHome();
    QCOMPARE(home->view(), HomeWindow::View::List);
    const QList<VmEntry> entries = home->entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).name, installing); // Airlock's first, by name
    QCOMPARE(entries.at(1).name, shutOff);
    QCOMPARE(entries.at(2).name, QStringLiteral("test"));
    QVERIFY(!entries.at(2).madeByAirlock);

    VmRow *running = home->row(installing);
    QVERIFY(running);
    QCOMPARE(running->installerText(), QStringLiteral("Running the installer"));
    // Read live: the test driver gives no SELinux label, so it is not confined.
    QTRY_COMPARE(running->verdictText(), QStringLiteral("Not confined"));
    QCOMPARE(running->verdictStatus(), Status::Fail);
    QCOMPARE(running->checkedText(), QStringLiteral("checked just now"));
    QVERIFY(running->findChild<QPushButton *>(QStringLiteral("rowShutdown"))->isVisibleTo(running));
    QVERIFY(!running->findChild<QPushButton *>(QStringLiteral("rowStart"))->isVisibleTo(running));

    VmRow *off = home->row(shutOff);
    QCOMPARE(off->verdictText(), QStringLiteral("Shut off: checked when it runs"));
    QVERIFY(off->installerText().isEmpty());
    QVERIFY(off->checkedText().isEmpty());
    QVERIFY(off->findChild<QPushButton *>(QStringLiteral("rowStart"))->isVisibleTo(off));

    VmRow *foreign = home->row(QStringLiteral("test"));
    QCOMPARE(foreign->verdictText(), QStringLiteral("Not made by Airlock: check its isolation"));
    QCOMPARE(foreign->findChild<QPushButton *>(QStringLiteral("rowOpen"))->text(),
             QStringLiteral("Check its isolation"));
    for (const char *hidden : {"rowConsole", "rowStart", "rowShutdown"})
        QVERIFY(!foreign->findChild<QPushButton *>(QLatin1String(hidden))->isVisibleTo(foreign));
    QVERIFY(!foreign->findChild<QLabel *>(QStringLiteral("rowName"))->isEnabled()); // greyed
}

void TestHomeWindow::rowsFollowLifecycleEvents()
{
    auto home = openHome();
    QSignalSpy changed(home.get(), &HomeWindow::rowChanged);
    const QString name = QStringLiteral("airlock-home-events");
    QCOMPARE(Test::defineAirlockVm(m_connection, name, false), QString());
    QTRY_VERIFY(home->row(name));
    QCOMPARE(home->row(name)->entry().state, DomainState::ShutOff);

    virDomainPtr domain = virDomainLookupByName(m_connection.get(), name.toUtf8().constData());
    QVERIFY(domain);
    QCOMPARE(virDomainCreate(domain), 0);
    QTRY_COMPARE(home->row(name)->entry().state, DomainState::Running);
    QTRY_COMPARE(home->row(name)->installerText(), QStringLiteral("Installer removed"));
    QTRY_COMPARE(home->row(name)->verdictText(), QStringLiteral("Not confined"));
    QCOMPARE(virDomainDestroy(domain), 0);
    QTRY_COMPARE(home->row(name)->entry().state, DomainState::ShutOff);
    QTRY_COMPARE(home->row(name)->verdictText(), QStringLiteral("Shut off: checked when it runs"));
    QCOMPARE(virDomainUndefine(domain), 0);
    virDomainFree(domain);
    QTRY_VERIFY(!home->row(name));
    QVERIFY(changed.size() >= 4);
    QCOMPARE(home->entries().size(), 3);
}

void TestHomeWindow::rowActionsStartAndShutDown()
{
    auto home = openHome();
    VmRow *off = home->row(shutOff);
    QVERIFY(off);
    QTest::mouseClick(off->findChild<QPushButton *>(QStringLiteral("rowStart")), Qt::LeftButton);
    QTRY_COMPARE(home->row(shutOff)->entry().state, DomainState::Running);
    auto *shutdown = home->row(shutOff)->findChild<QPushButton *>(QStringLiteral("rowShutdown"));
    QTRY_VERIFY(shutdown->isVisibleTo(home->row(shutOff)));
    QTest::mouseClick(shutdown, Qt::LeftButton);
    QTRY_COMPARE(home->row(shutOff)->entry().state, DomainState::ShutOff);
    auto *notice = home->findChild<NoticeLabel *>(QStringLiteral("homeNotice"));
    QVERIFY(notice->text().contains(shutOff));
}

void TestHomeWindow::deletesAVmFromItsWindow()
{
    const QString name = QStringLiteral("airlock-home-delete");
    QCOMPARE(Test::defineAirlockVm(m_connection, name, false), QString());
    auto home = openHome();
    QTRY_VERIFY(home->row(name));
    VmWindow *window = home->openVm(name);
    QPointer<VmWindow> watched(window);
    auto *deleteButton = window->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    QVERIFY(deleteButton);
    QVERIFY(deleteButton->isVisibleTo(window)); // the home window handles it
    deleteButton->click();
    auto *dialog = window->findChild<DeleteDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->stage(), DeleteDialog::Stage::Confirm);
    QVERIFY2(dialog->text().contains(name), qPrintable(dialog->text()));
    dialog->deleteButton()->click();
    QTRY_VERIFY(dialog->stage() != DeleteDialog::Stage::Removing);
    QVERIFY2(dialog->stage() == DeleteDialog::Stage::Done, qPrintable(dialog->text()));
    QVERIFY(!m_connection.domain(name));
    // libvirt's Undefined event takes the row away; closing the dialog, the window.
    QTRY_VERIFY(!home->row(name));
    QVERIFY(watched);
    dialog->accept();
    QTRY_VERIFY(!watched || !watched->isVisible());
}

void TestHomeWindow::offersToUndoAnInterruptedCreation()
{
    // What a creation killed after making its disk leaves: the disk, and
    // its journal saying so.
    const QString pool = QStringLiteral("default-pool");
    const QString disk = QStringLiteral("airlock-cut-short.qcow2");
    StoragePoolHandle storage(virStoragePoolLookupByName(m_connection.get(), "default-pool"));
    QVERIFY(storage);
    const QString volumeXml = QStringLiteral("<volume><name>%1</name><capacity>1048576</capacity>"
                                             "</volume>")
                                      .arg(disk);
    QVERIFY(StorageVolumeHandle(
            virStorageVolCreateXML(storage.get(), volumeXml.toUtf8().constData(), 0)));
    VmSpec spec = Test::airlockSpec(QStringLiteral("airlock-cut-short"));
    spec.storagePool = pool;
    {
        auto journal = CreationJournal::begin(QStringLiteral("test:///default"), spec);
        QVERIFY2(journal, qPrintable(journal ? QString() : journal.error()));
        const auto made = JournalObject::ofVolume(JournalObject::Kind::Disk, pool, disk);
        QVERIFY(journal->setStep(CreationStepId::Iso));
        QVERIFY(journal->intend(made));
        QVERIFY(journal->made(made));
    } // and the process is gone: the journal stays, its lock goes

    auto home = openHome();
    QCOMPARE(home->interruptedCount(), 1);
    InterruptedCreations *banner = home->interrupted();
    QVERIFY(banner->isVisibleTo(home.get()));
    QVERIFY2(banner->text().contains(QStringLiteral("airlock-cut-short")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(disk), qPrintable(banner->text()));
    QVERIFY(home->grab().save(artifactDir() + QLatin1String("/home-interrupted.png")));

    QSignalSpy resolved(banner, &InterruptedCreations::resolved);
    auto *undo = banner->findChild<QPushButton *>(QStringLiteral("undoCreation"));
    QVERIFY(undo);
    undo->click();
    QTRY_COMPARE(resolved.size(), 1);
    QCOMPARE(resolved.constFirst().at(1).toBool(), true);
    QTRY_COMPARE(home->interruptedCount(), 0);
    QVERIFY(!m_connection.volume(pool, disk)); // exactly what it had made is gone
    QVERIFY(!QFile::exists(CreationJournal::pathFor(QStringLiteral("test:///default"), spec.name)));
    QVERIFY2(banner->text().contains(QStringLiteral("undone")), qPrintable(banner->text()));
    QVERIFY(home->grab().save(artifactDir() + QLatin1String("/home-interrupted-undone.png")));
}

void TestHomeWindow::opensOneWindowPerVm()
{
    auto home = openHome();
    QSignalSpy opened(home.get(), &HomeWindow::vmWindowOpened);
    VmWindow *first = home->openVm(installing);
    QVERIFY(first);
    QCOMPARE(home->openVm(installing), first); // raised, not opened again
    VmWindow *second = home->openVm(QStringLiteral("test"));
    QVERIFY(second != first);
    QCOMPARE(opened.size(), 2);
    QTRY_VERIFY(second->panel()->proof().has_value());
    QVERIFY(!second->panel()->isMadeByAirlock());
    QVERIFY(second->findChild<QLabel *>(QStringLiteral("vmOrigin"))
                    ->text()
                    .contains(QStringLiteral("Maximum isolation")));
    // Check its isolation: Space on the foreign row's one button.
    second->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto *check = home->row(QStringLiteral("test"))
                          ->findChild<QPushButton *>(QStringLiteral("rowOpen"));
    home->show();
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    QTRY_VERIFY(VmWindow::find(home->hypervisor(), QStringLiteral("test")));
}

void TestHomeWindow::newVmOpensTheWizard()
{
    auto home = openHome();
    home->show();
    auto *newVm = home->findChild<QPushButton *>(QStringLiteral("newVmButton"));
    newVm->setFocus();
    QTest::keyClick(newVm, Qt::Key_Return);
    AirlockWizard *wizard = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<AirlockWizard *>(widget))
            wizard = found;
    }
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(home->openWizard(), wizard); // one wizard, raised
}

void TestHomeWindow::saysWhenThereAreNoVms()
{
    QTemporaryDir directory;
    const QString node = directory.filePath(QStringLiteral("empty.xml"));
    QFile file(node);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<node><cpu><nodes>1</nodes><sockets>1</sockets><cores>1</cores>"
               "<threads>1</threads><active>1</active><mhz>1000</mhz></cpu>"
               "<memory>1048576</memory></node>");
    file.close();
    auto home = openHome(QStringLiteral("test://") + node);
    QCOMPARE(home->view(), HomeWindow::View::Empty);
    QVERIFY(home->findChild<QLabel *>(QStringLiteral("emptyText"))
                    ->text()
                    .contains(QStringLiteral("New VM")));
    home->show();
    QVERIFY(home->grab().save(artifactDir() + QStringLiteral("/home-empty-en.png")));
}

void TestHomeWindow::saysWhenTheConnectionFailsAndOffersAnother()
{
    const QString missing = QStringLiteral("test:///airlock/no/such/node.xml");
    auto home = openHome(missing);
    QCOMPARE(home->view(), HomeWindow::View::Failed);
    QVERIFY(home->failureText().contains(missing));
    QVERIFY(home->failureText().contains(QStringLiteral("Retry")));
    home->show();
    auto *advanced = home->findChild<QToolButton *>(QStringLiteral("advancedToggle"));
    auto *uri = home->findChild<QLineEdit *>(QStringLiteral("connectionUri"));
    QVERIFY(!uri->isVisible());
    advanced->click();
    QVERIFY(uri->isVisible());
    QCOMPARE(uri->text(), missing);
    uri->setText(QStringLiteral("test:///default"));
    QSignalSpy read(home.get(), &HomeWindow::listRead);
    QTest::keyClick(uri, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 10000);
    QCOMPARE(home->view(), HomeWindow::View::List);
    QCOMPARE(home->uri(), QStringLiteral("test:///default"));
}

void TestHomeWindow::tabReachesEveryActionInVisualOrder()
{
    auto home = openHome();
    home->show();
    QVERIFY(QTest::qWaitForWindowExposed(home.get()));
    QTRY_COMPARE(home->row(installing)->verdictText(), QStringLiteral("Not confined"));
    auto *newVm = home->findChild<QPushButton *>(QStringLiteral("newVmButton"));
    newVm->setFocus();
    QList<QWidget *> expected {newVm};
    for (const VmEntry &entry : home->entries()) {
        for (QWidget *button : home->row(entry.name)->focusOrder()) {
            if (button->isVisibleTo(home.get()) && button->isEnabled())
                expected.append(button);
        }
    }
    QList<QWidget *> reached {QApplication::focusWidget()};
    for (int step = 1; step < expected.size(); ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.append(QApplication::focusWidget());
    }
    QCOMPARE(reached, expected);
    // Top to bottom, left to right within a row.
    for (int index = 1; index < reached.size(); ++index) {
        const QPoint before = reached.at(index - 1)->mapTo(home.get(), QPoint());
        const QPoint after = reached.at(index)->mapTo(home.get(), QPoint());
        QVERIFY(after.y() > before.y() + 4
                || (qAbs(after.y() - before.y()) <= 4 && after.x() > before.x()));
    }
}

void TestHomeWindow::fitsAndShowsEachStateInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestHomeWindow::fitsAndShowsEachStateInEachLanguage()
{
    QFETCH(QString, language);
    if (language != QLatin1String("en"))
        QVERIFY2(installTranslations(QLocale(language)), "the translations were not found");
    const QString directory = artifactDir();
    auto home = openHome();
    home->show();
    QTRY_VERIFY(home->row(installing)->verdictStatus() != Status::Unknown);
    QVERIFY(home->minimumSizeHint().width() <= 1024);
    QVERIFY(home->minimumSizeHint().height() <= 768);
    QCOMPARE(cutOffButton(home.get()), QString());
    QVERIFY(home->grab().save(directory + QStringLiteral("/home-list-%1.png").arg(language)));

    VmWindow *window = home->openVm(installing);
    window->resize(1024, 768);
    QTRY_VERIFY(window->panel()->proof().has_value());
    QVERIFY(window->minimumSizeHint().width() <= 1024);
    QVERIFY(window->minimumSizeHint().height() <= 768);
    QCOMPARE(cutOffButton(window), QString());
    QVERIFY(window->grab().save(directory
                                + QStringLiteral("/vmwindow-installing-%1.png").arg(language)));
    window->panel()->requestForceOff();
    QVERIFY(window->grab().save(directory
                                + QStringLiteral("/vmwindow-forceoff-%1.png").arg(language)));
    window->panel()->cancelForceOff();

    VmWindow *foreign = home->openVm(QStringLiteral("test"));
    foreign->resize(1024, 768);
    QTRY_VERIFY(foreign->panel()->proof().has_value());
    QCOMPARE(cutOffButton(foreign), QString());
    QVERIFY(foreign->grab().save(directory
                                 + QStringLiteral("/vmwindow-foreign-%1.png").arg(language)));

    home->connectTo(QStringLiteral("test:///airlock/no/such/node.xml"));
    QTRY_COMPARE(home->view(), HomeWindow::View::Failed);
    home->findChild<QToolButton *>(QStringLiteral("advancedToggle"))->click();
    QCOMPARE(cutOffButton(home.get()), QString());
    QVERIFY(home->grab().save(directory + QStringLiteral("/home-failed-%1.png").arg(language)));
}

QTEST_MAIN(TestHomeWindow)
#include "tst_homewindow.moc"
