// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockwizard.h"
#include "host/hostinspector.h"
#include "hostchecklist.h"
#include "hostpage.h"
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "noticelabel.h"
#include "statusicon.h"
#include "spec/vmspec.h"
#include "testsupport.h"
#include "wizardsession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Airlock;

// The Host page in the wizard, against libvirt's test driver and the
// fixture roots of tests/data/hosts.
class TestHostPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void shouldHaveDefaultValue();
    void startsOnlyAfterFirstPaint();
    void rowsAppearAsChecksFinish();
    void acknowledgementsUnlockNext();
    void withoutLibvirtNextStaysBlocked();
    void oneCauseIsAcceptedOnce();
    void recheckRerunsAndKeepsAcceptedRisks();
    void detailsShowEvidenceSourceAndRemedy();
    void advancedFieldChangesTheConnection();
    void summaryCountsProblemsAndAcceptedRisks();
    void memoryFiguresAreLibvirts();
    void remediesShowAsWhatTheyAre();
    void worksByKeyboardAlone();

private:
    struct Shown
    {
        std::unique_ptr<AirlockWizard> wizard;
        HostPage *page = nullptr;
        HostCheckList *list = nullptr;
    };
    // A wizard on `uri` reading the `fixture` root, shown and checked.
    static Shown show(const QString &uri, const char *fixture);
};

void TestHostPage::initTestCase()
{
    Hypervisor::initializeLibvirt();
}

void TestHostPage::init()
{
    qputenv("AIRLOCK_HOST_ROOT", Test::dataPath(QStringLiteral("hosts/secureblue")).toUtf8());
}

TestHostPage::Shown TestHostPage::show(const QString &uri, const char *fixture)
{
    qputenv("AIRLOCK_HOST_ROOT",
            Test::dataPath(QStringLiteral("hosts/%1").arg(QLatin1String(fixture))).toUtf8());
    Shown shown;
    shown.wizard = std::make_unique<AirlockWizard>(uri, VmSpec());
    shown.page = qobject_cast<HostPage *>(shown.wizard->page(AirlockWizard::HostPageId));
    shown.list = shown.page->findChild<HostCheckList *>(QStringLiteral("hostCheckList"));
    shown.wizard->show();
    if (!QTest::qWaitForWindowExposed(shown.wizard.get()))
        qWarning("wizard not exposed");
    return shown;
}

void TestHostPage::shouldHaveDefaultValue()
{
    WizardSession session(QStringLiteral("test:///default"));
    HostPage page(&session);
    QCOMPARE(page.objectName(), QStringLiteral("hostpage"));
    QVERIFY(!page.isComplete());
    QVERIFY(!page.inspector()->isRunning());
    auto *list = page.findChild<HostCheckList *>(QStringLiteral("hostCheckList"));
    QVERIFY(list);
    QCOMPARE(list->rowCount(), 0);
    auto *recheck = page.findChild<QPushButton *>(QStringLiteral("recheck"));
    QVERIFY(recheck);
    QVERIFY(!recheck->isEnabled());
    auto *summary = page.findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY(summary->text().contains(QLatin1String("Checking")));
    auto *advanced = page.findChild<QToolButton *>(QStringLiteral("advancedToggle"));
    QVERIFY(advanced);
    QVERIFY(!advanced->isChecked());
    auto *uri = page.findChild<QLineEdit *>(QStringLiteral("connectionUri"));
    QCOMPARE(uri->text(), QStringLiteral("test:///default"));
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("connect")));
    QCOMPARE(HostPage::acknowledgementKey(QStringLiteral("svirt")), QStringLiteral("host/svirt"));
    QVERIFY(session.acknowledgedWarnings().isEmpty());
}

void TestHostPage::startsOnlyAfterFirstPaint()
{
    WizardSession session(QStringLiteral("test:///default"));
    HostPage page(&session);
    QSignalSpy started(page.inspector(), &HostInspector::started);
    QTest::qWait(200);
    // Not painted: nothing started, not even the connection.
    QCOMPARE(started.size(), 0);
    QVERIFY(!session.hypervisor()->isOpen() && !session.hypervisor()->isOpening());

    page.resize(800, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(started.size(), 1);
    QTRY_VERIFY(!page.inspector()->isRunning());
}

void TestHostPage::rowsAppearAsChecksFinish()
{
    const Shown shown = show(QStringLiteral("test:///default"), "secureblue");
    QTRY_VERIFY(!shown.page->inspector()->isRunning()
                && shown.page->inspector()->finishedCount() == HostChecks::ids().size());
    QList<int> rowsSeen;
    // Connected after the page's own handler: each report has its row by now.
    connect(shown.page->inspector(), &HostInspector::checkFinished, shown.page,
            [&rowsSeen, list = shown.list] { rowsSeen.append(list->rowCount()); });
    QSignalSpy finished(shown.page->inspector(), &HostInspector::finished);
    shown.page->recheck();
    QCOMPARE(shown.list->rowCount(), 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(shown.list->rowCount(), HostChecks::ids().size());
    QVERIFY(!rowsSeen.isEmpty());
    for (qsizetype i = 1; i < rowsSeen.size(); ++i)
        QCOMPARE(rowsSeen.at(i), rowsSeen.at(i - 1) + 1);
    QCOMPARE(rowsSeen.constLast(), HostChecks::ids().size());
    for (const QString &id : HostChecks::ids())
        QVERIFY2(shown.list->row(id), qPrintable(id));
}

void TestHostPage::acknowledgementsUnlockNext()
{
    const Shown shown = show(QStringLiteral("test:///default"), "secureblue");
    QAbstractButton *next = shown.wizard->button(QWizard::NextButton);
    QSignalSpy complete(shown.page, &QWizardPage::completeChanged);
    QTRY_VERIFY(!shown.page->inspector()->isRunning()
                && shown.page->inspector()->finishedCount() == HostChecks::ids().size());

    // The test driver offers neither KVM nor SELinux: two risks to accept.
    QVERIFY(!shown.page->isComplete());
    QVERIFY(!next->isEnabled());
    auto *svirt = shown.page->findChild<QCheckBox *>(QStringLiteral("acknowledge-svirt"));
    auto *kvm = shown.page->findChild<QCheckBox *>(QStringLiteral("acknowledge-virtualization"));
    QVERIFY(svirt && kvm);
    QVERIFY(svirt->isVisible() && kvm->isVisible());
    QCOMPARE(svirt->accessibleName(),
             QStringLiteral("I understand this VM will not be confined by SELinux"));
    // Passing checks ask for nothing.
    QVERIFY(!shown.page->findChild<QCheckBox *>(QStringLiteral("acknowledge-selinux"))
                     ->isVisible());

    complete.clear();
    svirt->click();
    QVERIFY(!complete.isEmpty());
    QVERIFY(!next->isEnabled());
    kvm->click();
    QVERIFY(shown.page->isComplete());
    QVERIFY(next->isEnabled());
    const WizardSession *session = shown.wizard->session();
    QCOMPARE(session->acknowledgedWarnings().size(), 2);
    QVERIFY(session->acknowledgedWarnings().contains(svirt->accessibleName()));

    svirt->click();
    QVERIFY(!next->isEnabled());
    QCOMPARE(session->acknowledgedWarnings(), QStringList {kvm->accessibleName()});
    auto *summary = shown.page->findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY2(summary->text().contains(QLatin1String("Not ready")), qPrintable(summary->text()));
}

void TestHostPage::withoutLibvirtNextStaysBlocked()
{
    const Shown shown = show(QStringLiteral("qemu+tcp://127.0.0.1:1/system"), "secureblue");
    QTRY_VERIFY_WITH_TIMEOUT(shown.page->inspector()->finishedCount() == HostChecks::ids().size()
                                     && !shown.page->inspector()->isRunning(),
                             15000);
    const HostCheckRow *libvirt = shown.list->row(QStringLiteral("libvirt"));
    QVERIFY(libvirt);
    QCOMPARE(libvirt->check().status, CheckStatus::Fail);
    // Nothing to accept here: without libvirt there is nothing to go on to.
    QVERIFY(!shown.page->findChild<QCheckBox *>(QStringLiteral("acknowledge-libvirt"))
                     ->isVisible());
    for (QCheckBox *box : shown.page->findChildren<QCheckBox *>()) {
        if (box->isVisible() && !box->isChecked())
            box->click();
    }
    QVERIFY(!shown.page->isComplete());
    QVERIFY(!shown.wizard->button(QWizard::NextButton)->isEnabled());
    auto *summary = shown.page->findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY2(summary->text().contains(QLatin1String("cannot reach libvirt")),
             qPrintable(summary->text()));
}

void TestHostPage::oneCauseIsAcceptedOnce()
{
    // No SELinux here: the SELinux and sVirt checks fail for one reason.
    const Shown shown = show(QStringLiteral("test:///default"), "debian");
    QTRY_VERIFY(!shown.page->inspector()->isRunning()
                && shown.page->inspector()->finishedCount() == HostChecks::ids().size());
    auto *selinux = shown.page->findChild<QCheckBox *>(QStringLiteral("acknowledge-selinux"));
    auto *svirt = shown.page->findChild<QCheckBox *>(QStringLiteral("acknowledge-svirt"));
    auto *covered = shown.page->findChild<QLabel *>(QStringLiteral("covered-svirt"));
    QVERIFY(selinux && svirt && covered);
    QVERIFY(selinux->isVisible());
    QVERIFY(!svirt->isVisible());
    QVERIFY(covered->isVisible());
    QVERIFY2(covered->text().contains(QStringLiteral("“SELinux”")), qPrintable(covered->text()));

    // Every other risk accepted: the page still waits for SELinux's.
    for (QCheckBox *box : shown.page->findChildren<QCheckBox *>()) {
        if (box != selinux && box->isVisible() && !box->isChecked())
            box->click();
    }
    QVERIFY(!shown.page->isComplete());
    selinux->click();
    QVERIFY(shown.page->isComplete());
    const QStringList accepted = shown.wizard->session()->acknowledgedWarnings();
    QCOMPARE(accepted.count(selinux->accessibleName()), 1);
    QVERIFY(!accepted.contains(svirt->accessibleName()));
    auto *summary = shown.page->findChild<QLabel *>(QStringLiteral("summary"));
    // One cause, one accepted risk: SELinux is named, its covered sVirt is not counted.
    QVERIFY2(summary->accessibleName().startsWith(
                     QStringLiteral("Ready, with %1 accepted risk").arg(accepted.size())),
             qPrintable(summary->accessibleName()));
    QVERIFY(summary->accessibleName().contains(HostChecks::title(QStringLiteral("selinux"))));
    QVERIFY(!summary->accessibleName().contains(HostChecks::title(QStringLiteral("svirt"))));

    selinux->click();
    QVERIFY(!shown.page->isComplete());
}

void TestHostPage::recheckRerunsAndKeepsAcceptedRisks()
{
    const Shown shown = show(QStringLiteral("test:///default"), "secureblue");
    QTRY_VERIFY(!shown.page->inspector()->isRunning()
                && shown.page->inspector()->finishedCount() == HostChecks::ids().size());
    for (const char *id : {"acknowledge-svirt", "acknowledge-virtualization"})
        shown.page->findChild<QCheckBox *>(QLatin1String(id))->click();
    QVERIFY(shown.page->isComplete());

    auto *recheck = shown.page->findChild<QPushButton *>(QStringLiteral("recheck"));
    QVERIFY(recheck->isEnabled());
    QSignalSpy started(shown.page->inspector(), &HostInspector::started);
    QSignalSpy finished(shown.page->inspector(), &HostInspector::finished);
    recheck->click();
    QCOMPARE(started.size(), 1);
    QVERIFY(!recheck->isEnabled());
    QVERIFY(!shown.page->isComplete());
    QVERIFY(finished.wait(10000));
    QCOMPARE(shown.list->rowCount(), HostChecks::ids().size());
    QVERIFY(recheck->isEnabled());
    // Risks accepted before are still accepted while they still hold.
    QVERIFY(shown.page->findChild<QCheckBox *>(QStringLiteral("acknowledge-svirt"))->isChecked());
    QVERIFY(shown.page->isComplete());
    QCOMPARE(shown.wizard->session()->acknowledgedWarnings().size(), 2);
}

void TestHostPage::detailsShowEvidenceSourceAndRemedy()
{
    const Shown shown = show(QStringLiteral("test:///default"), "secureblue");
    QTRY_VERIFY(shown.list->row(QStringLiteral("svirt")));
    HostCheckRow *row = shown.list->row(QStringLiteral("svirt"));
    auto *evidence = row->findChild<QLabel *>(QStringLiteral("evidence-svirt"));
    auto *source = row->findChild<QLabel *>(QStringLiteral("source-svirt"));
    auto *remedy = row->findChild<QLabel *>(QStringLiteral("remedy-svirt"));
    auto *copy = row->findChild<QPushButton *>(QStringLiteral("copy-svirt"));
    QVERIFY(evidence && source && remedy && copy);
    QVERIFY(!row->isExpanded());
    QVERIFY(!evidence->isVisible());

    row->findChild<QToolButton *>(QStringLiteral("details-svirt"))->click();
    QVERIFY(row->isExpanded());
    QVERIFY(evidence->isVisible());
    QCOMPARE(evidence->text(), row->check().evidence);
    QVERIFY(evidence->text().contains(QLatin1String("testSecurity")));
    QCOMPARE(source->text(), row->check().source);
    QCOMPARE(remedy->text(), row->check().remedy);
    QVERIFY(!remedy->text().isEmpty());
    QVERIFY(remedy->textInteractionFlags() & Qt::TextSelectableByKeyboard);

    QGuiApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), row->check().remedy);
    QCOMPARE(copy->text(), QStringLiteral("Copied"));

    // A passing check has nothing to fix and offers nothing to copy.
    QTRY_VERIFY(shown.list->row(QStringLiteral("selinux")));
    HostCheckRow *selinux = shown.list->row(QStringLiteral("selinux"));
    selinux->setExpanded(true);
    QVERIFY(!selinux->findChild<QPushButton *>(QStringLiteral("copy-selinux"))->isVisible());
}

void TestHostPage::advancedFieldChangesTheConnection()
{
    const Shown shown = show(QStringLiteral("test:///default"), "secureblue");
    QTRY_VERIFY(!shown.page->inspector()->isRunning()
                && shown.page->inspector()->finishedCount() == HostChecks::ids().size());
    auto *toggle = shown.page->findChild<QToolButton *>(QStringLiteral("advancedToggle"));
    auto *uri = shown.page->findChild<QLineEdit *>(QStringLiteral("connectionUri"));
    auto *connectButton = shown.page->findChild<QPushButton *>(QStringLiteral("connect"));
    auto *problem = shown.page->findChild<NoticeLabel *>(QStringLiteral("uriProblem"));
    QVERIFY(!uri->isVisible());
    toggle->click();
    QVERIFY(uri->isVisible());

    for (const char *bad : {"", "   ", "no scheme here", "qemu:// system with spaces"}) {
        uri->setText(QString::fromUtf8(bad));
        connectButton->click();
        QVERIFY2(problem->isVisible(), bad);
        QVERIFY(problem->text().contains(QLatin1String("qemu:///system")));
        QCOMPARE(shown.wizard->session()->uri(), QStringLiteral("test:///default"));
    }

    QSignalSpy finished(shown.page->inspector(), &HostInspector::finished);
    uri->setText(QStringLiteral("qemu+tcp://127.0.0.1:1/system"));
    QTest::keyClick(uri, Qt::Key_Return);
    QVERIFY(!problem->isVisible());
    QCOMPARE(shown.wizard->session()->uri(), QStringLiteral("qemu+tcp://127.0.0.1:1/system"));
    QVERIFY(finished.wait(15000));
    QCOMPARE(shown.list->row(QStringLiteral("libvirt"))->check().gate, CheckGate::Block);
    QVERIFY(!shown.wizard->button(QWizard::NextButton)->isEnabled());

    uri->setText(QStringLiteral("test:///default"));
    connectButton->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(shown.list->row(QStringLiteral("libvirt"))->check().status, CheckStatus::Pass);
}

void TestHostPage::summaryCountsProblemsAndAcceptedRisks()
{
    const Shown shown = show(QStringLiteral("test:///default"), "secureblue");
    QTRY_VERIFY(!shown.page->inspector()->isRunning()
                && shown.page->inspector()->finishedCount() == HostChecks::ids().size());
    auto *summary = shown.page->findChild<QLabel *>(QStringLiteral("summary"));
    auto *icon = shown.page->findChild<QLabel *>(QStringLiteral("summaryIcon"));
    QAbstractButton *next = shown.wizard->button(QWizard::NextButton);
    const QString kvm = HostChecks::title(QStringLiteral("virtualization"));
    const QString svirt = HostChecks::title(QStringLiteral("svirt"));

    // Nothing accepted: not ready, both problems named, and what to do.
    QVERIFY2(summary->accessibleName().startsWith(QLatin1String("Not ready.")),
             qPrintable(summary->accessibleName()));
    QVERIFY2(summary->accessibleName().contains(QLatin1String("2 problem")),
             qPrintable(summary->accessibleName()));
    QVERIFY(summary->accessibleName().contains(kvm) && summary->accessibleName().contains(svirt));
    QVERIFY(summary->accessibleName().contains(QLatin1String("accept each risk below")));
    QCOMPARE(shown.page->summaryStatus(), Status::Fail);

    // One of two accepted: still not ready; the one left is named, the accepted one is not.
    shown.page->findChild<QCheckBox *>(QStringLiteral("acknowledge-svirt"))->click();
    QVERIFY(!next->isEnabled());
    QVERIFY2(summary->accessibleName().startsWith(QLatin1String("Not ready.")),
             qPrintable(summary->accessibleName()));
    QVERIFY2(summary->accessibleName().contains(QLatin1String("1 problem")),
             qPrintable(summary->accessibleName()));
    QVERIFY(summary->accessibleName().contains(kvm));
    QVERIFY(!summary->accessibleName().contains(svirt));
    QCOMPARE(shown.page->summaryStatus(), Status::Fail);

    // Every risk accepted: Next is open and the header says ready, with the
    // accepted risks counted and named, under an icon that is not failure's.
    shown.page->findChild<QCheckBox *>(QStringLiteral("acknowledge-virtualization"))->click();
    QVERIFY(next->isEnabled());
    const QString spoken = summary->accessibleName();
    QVERIFY2(spoken.startsWith(QLatin1String("Ready, with 2 accepted risk")), qPrintable(spoken));
    QVERIFY2(!spoken.contains(QLatin1String("Not ready")), qPrintable(spoken));
    QVERIFY2(spoken.contains(kvm) && spoken.contains(svirt), qPrintable(spoken));
    QVERIFY(summary->text().startsWith(QLatin1String("<b>Ready, with 2 accepted risk")));
    QCOMPARE(shown.page->summaryStatus(), Status::Warn);
    QCOMPARE(icon->toolTip(), StatusIcon::word(Status::Warn));
    QVERIFY(icon->toolTip() != StatusIcon::word(Status::Fail));

    // Taking one back closes Next and the header follows.
    shown.page->findChild<QCheckBox *>(QStringLiteral("acknowledge-svirt"))->click();
    QVERIFY(!next->isEnabled());
    QVERIFY(summary->accessibleName().startsWith(QLatin1String("Not ready.")));
    QVERIFY(summary->accessibleName().contains(svirt));
    QCOMPARE(icon->toolTip(), StatusIcon::word(Status::Fail));
}

void TestHostPage::memoryFiguresAreLibvirts()
{
    // A root whose /proc/meminfo claims more than libvirt's whole host: the
    // page shows libvirt's figures only, never one from each.
    QTemporaryDir root;
    QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("proc"))));
    QFile meminfo(root.filePath(QStringLiteral("proc/meminfo")));
    QVERIFY(meminfo.open(QIODevice::WriteOnly));
    meminfo.write("MemTotal:       32000000 kB\nMemAvailable:   22544384 kB\n");
    meminfo.close();
    qputenv("AIRLOCK_HOST_ROOT", root.path().toUtf8());
    AirlockWizard wizard(QStringLiteral("test:///default"), VmSpec());
    auto *page = qobject_cast<HostPage *>(wizard.page(AirlockWizard::HostPageId));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY(!page->inspector()->isRunning()
                && page->inspector()->finishedCount() == HostChecks::ids().size());

    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(connection);
    virNodeInfo node;
    QCOMPARE(virNodeGetInfo(connection->get(), &node), 0);
    const quint64 total = quint64(node.memory) * 1024;
    const quint64 free = virNodeGetFreeMemory(connection->get());
    QVERIFY(free > 0 && free <= total);

    auto *list = page->findChild<HostCheckList *>(QStringLiteral("hostCheckList"));
    HostCheckRow *row = list->row(QStringLiteral("resources"));
    QVERIFY(row);
    row->setExpanded(true);
    const QString evidence = row->findChild<QLabel *>(QStringLiteral("evidence-resources"))->text();
    const QLocale locale;
    const auto shown = [&locale](quint64 bytes) {
        return locale.formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
    };
    QVERIFY2(evidence.contains(
                     QStringLiteral("memory: %1 free of %2").arg(shown(free), shown(total))),
             qPrintable(evidence));
    QVERIFY2(!evidence.contains(shown(quint64(22544384) * 1024)), qPrintable(evidence));
    QVERIFY(!row->check().source.contains(QLatin1String("meminfo")));
}

void TestHostPage::remediesShowAsWhatTheyAre()
{
    // Debian: started with BIOS, no SELinux; a sandbox would hide nothing here.
    const Shown shown = show(QStringLiteral("test:///default"), "debian");
    QTRY_VERIFY(!shown.page->inspector()->isRunning()
                && shown.page->inspector()->finishedCount() == HostChecks::ids().size());
    const auto part = [&shown](const char *name, const char *id) {
        return shown.page->findChild<QWidget *>(
                QStringLiteral("%1-%2").arg(QLatin1String(name), QLatin1String(id)));
    };
    for (const char *id : {"host-os", "secure-boot", "selinux"})
        shown.list->row(QLatin1String(id))->setExpanded(true);

    // A web address is a link to open, under "Read:".
    auto *link = qobject_cast<QLabel *>(part("remedy", "host-os"));
    QCOMPARE(qobject_cast<QLabel *>(part("remedyHeading", "host-os"))->text(),
             QStringLiteral("Read:"));
    QCOMPARE(link->textFormat(), Qt::RichText);
    QVERIFY2(link->text().contains(QLatin1String("<a href=\"https://secureblue.dev/install\">")),
             qPrintable(link->text()));

    // No firmware-setup command on a BIOS machine: the key at power-on, in words.
    auto *steps = qobject_cast<QLabel *>(part("remedy", "secure-boot"));
    QVERIFY(steps->isVisible());
    QVERIFY2(!steps->text().contains(QLatin1String("systemctl")), qPrintable(steps->text()));
    QVERIFY2(steps->text().contains(QLatin1String("BIOS setup")), qPrintable(steps->text()));
    QVERIFY(!part("copy", "secure-boot")->isVisible());
}

void TestHostPage::worksByKeyboardAlone()
{
    const Shown shown = show(QStringLiteral("test:///default"), "secureblue");
    QVERIFY(QTest::qWaitForWindowActive(shown.wizard.get()));
    QTRY_VERIFY(!shown.page->inspector()->isRunning()
                && shown.page->inspector()->finishedCount() == HostChecks::ids().size());
    auto *recheck = shown.page->findChild<QPushButton *>(QStringLiteral("recheck"));
    recheck->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), recheck);

    // Tab walks the rows in their order: each Details button, then an
    // acceptance where there is one; Space opens and ticks.
    QStringList visited;
    for (int i = 0; i < 40 && !visited.contains(QLatin1String("advancedToggle")); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        visited.append(focused->objectName());
        if (focused->objectName() == QLatin1String("acknowledge-svirt")
            || focused->objectName() == QLatin1String("acknowledge-virtualization")
            || focused->objectName() == QLatin1String("details-uefi")) {
            QTest::keyClick(focused, Qt::Key_Space);
        }
    }
    const qsizetype hostOs = visited.indexOf(QStringLiteral("details-host-os"));
    const qsizetype svirt = visited.indexOf(QStringLiteral("details-svirt"));
    const qsizetype accept = visited.indexOf(QStringLiteral("acknowledge-svirt"));
    const qsizetype advanced = visited.indexOf(QStringLiteral("advancedToggle"));
    QVERIFY2(hostOs >= 0 && hostOs < svirt && svirt < accept && accept < advanced,
             qPrintable(visited.join(QLatin1Char(' '))));
    QVERIFY(shown.list->row(QStringLiteral("uefi"))->isExpanded());
    QVERIFY(shown.page->isComplete());
    QVERIFY(shown.wizard->button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestHostPage)
#include "tst_hostpage.moc"
