// SPDX-License-Identifier: GPL-3.0-or-later
#include "airlockwizard.h"
#include "auditview.h"
#include "console/spicesession.h"
#include "consolewindow.h"
#include "creationchecklist.h"
#include "creationfailureview.h"
#include "hypervisor/hypervisor.h"
#include "i18n/translations.h"
#include "labelview.h"
#include "launchpage.h"
#include "noticelabel.h"
#include "installerguide.h"
#include "proof/guesthardening.h"
#include "provision/firstboot.h"
#include "proofview.h"
#include "snapshotpanel.h"
#include "vmpanel.h"
#include "testsupport.h"
#include "wizardsession.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::CreationStepId)

namespace {

using Test::launchSpec;

// A wizard on its own copy of launch.xml, shown and walked to the Summary.
struct Walked
{
    std::unique_ptr<AirlockWizard> wizard;
    LaunchPage *page = nullptr;
    QString problem;

    Connection connection() const { return wizard->session()->hypervisor()->connection(); }
};

Walked walkToSummary(const VmSpec &spec = launchSpec())
{
    Walked walked;
    walked.wizard = std::make_unique<AirlockWizard>(Test::launchNodeUri(), spec);
    walked.wizard->show();
    if (!QTest::qWaitForWindowExposed(walked.wizard.get())) {
        walked.problem = QStringLiteral("the wizard was not shown");
        return walked;
    }
    walked.page = qobject_cast<LaunchPage *>(walked.wizard->page(AirlockWizard::LaunchPageId));
    walked.problem = Test::walkTo(*walked.wizard, AirlockWizard::SummaryPageId);
    return walked;
}

// Holds the creation worker at one step until the test opens the gate, so
// that the test can act while that step is under way.
class StepGate
{
public:
    StepGate(LaunchPage *page, CreationStepId step)
    {
        page->setFaultInjection([step, reached = m_reached, proceed = m_proceed](
                                        CreationStepId id) -> std::optional<LibvirtError> {
            if (id == step) {
                reached->release();
                proceed->tryAcquire(1, 10000);
            }
            return std::nullopt;
        });
    }
    bool reached() const { return m_reached->available() == 1; }
    void open() { m_proceed->release(); }

private:
    std::shared_ptr<QSemaphore> m_reached = std::make_shared<QSemaphore>();
    std::shared_ptr<QSemaphore> m_proceed = std::make_shared<QSemaphore>();
};

QPushButton *button(QObject *parent, const QString &name)
{
    return parent->findChild<QPushButton *>(name);
}

} // namespace

// The Launch page end to end under offscreen against libvirt's test driver:
// creation step by step, the proof, live state, failures and cancelling.
class TestLaunchPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldHaveDefaultValue();
    void createsStepByStepThenShowsTheProof();
    void destroyUpdatesTheState();
    void theInstallersRebootStartsTheInstalledSystem();
    void startReadsTheNewLabel();
    void aStartReportedAsResumedFirstReadsTheNewLabel();
    void failureAtAStepLeavesNothingBehind_data();
    void failureAtAStepLeavesNothingBehind();
    void retryAfterAFailureCreates();
    void lostConnectionRetryReconnects();
    void goBackLeadsToThePageTheFailureConcerns();
    void cancelMidwayRollsBack();
    void closingWhileCreatingAsksThenRollsBackThenCloses();
    void theQuestionGoesWhenTheCreationEnds();
    void opensItsOwnConsoleWindow();
    void copiesTheLabelAndSavesTheLiveXml();
    void takesAndRevertsASnapshot();
    void showsTheHardeningSnippet();
    void showsALostConnection();
    void countsReadAsRealPlurals_data();
    void countsReadAsRealPlurals();
    void durationReadsAsABeginnerSaysIt_data();
    void durationReadsAsABeginnerSaysIt();
    void labelViewExplainsEachPart_data();
    void labelViewExplainsEachPart();
};

void TestLaunchPage::initTestCase()
{
    Hypervisor::initializeLibvirt();
    qRegisterMetaType<LaunchPage::Phase>();
    qRegisterMetaType<LaunchPage::VmState>();
}

void TestLaunchPage::shouldHaveDefaultValue()
{
    AirlockWizard wizard(Test::launchNodeUri(), launchSpec());
    auto *page = qobject_cast<LaunchPage *>(wizard.page(AirlockWizard::LaunchPageId));
    QVERIFY(page);
    QCOMPARE(page->phase(), LaunchPage::Phase::Idle);
    QCOMPARE(page->vmState(), LaunchPage::VmState::Unknown);
    QVERIFY(!page->proof());
    QVERIFY(page->isFinalPage());
    QVERIFY(!page->isComplete());
    QCOMPARE(wizard.buttonText(QWizard::FinishButton), QStringLiteral("Close"));
    auto *checklist = page->findChild<CreationChecklist *>(QStringLiteral("creationChecklist"));
    QVERIFY(checklist);
    QCOMPARE(checklist->stepCount(), 7);
    for (int step = 0; step < checklist->stepCount(); ++step)
        QCOMPARE(checklist->state(step), CreationChecklist::StepState::Pending);
    for (const QString &name : {QStringLiteral("consoleButton"), QStringLiteral("snapshotButton"),
                                QStringLiteral("copyLabelButton"), QStringLiteral("saveXmlButton"),
                                QStringLiteral("cancelCreation"), QStringLiteral("retryButton"),
                                QStringLiteral("goBackButton"), QStringLiteral("startButton")})
        QVERIFY2(button(page, name), qPrintable(name));
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("proofTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 4);
}

void TestLaunchPage::createsStepByStepThenShowsTheProof()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    const QStringList before = Test::inventory(walked.connection());
    LaunchPage *page = walked.page;
    QSignalSpy phases(page, &LaunchPage::phaseChanged);
    QSignalSpy proofRead(page, &LaunchPage::proofRead);
    walked.wizard->next();
    QCOMPARE(walked.wizard->currentId(), int(AirlockWizard::LaunchPageId));
    QVERIFY(page->provisioner());
    QSignalSpy started(page->provisioner(), &Provisioner::stepStarted);
    QCOMPARE(page->phase(), LaunchPage::Phase::Creating);
    QVERIFY(!walked.wizard->button(QWizard::FinishButton)->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Created, 15000);
    QCOMPARE(started.size(), 7);
    for (int step = 0; step < 7; ++step)
        QCOMPARE(started.at(step).constFirst().toInt(), step);
    auto *checklist = page->findChild<CreationChecklist *>(QStringLiteral("creationChecklist"));
    // The pool existed and held the ISO: those two steps had nothing to do.
    using State = CreationChecklist::StepState;
    const QList<State> expected {State::Done, State::Skipped, State::Done, State::Skipped,
                                 State::Done, State::Done,    State::Done};
    for (int step = 0; step < 7; ++step) {
        QCOMPARE(checklist->state(step), expected.at(step));
        QVERIFY(!checklist->detail(step).isEmpty());
    }
    QCOMPARE(phases.constLast().constFirst().value<LaunchPage::Phase>(),
             LaunchPage::Phase::Created);

    QTRY_COMPARE_WITH_TIMEOUT(proofRead.size(), 1, 10000);
    QVERIFY(page->proof());
    QCOMPARE(page->vmState(), LaunchPage::VmState::Running);
    QVERIFY(walked.wizard->button(QWizard::FinishButton)->isEnabled());

    // The test driver's label API says only "libvirt-test": not confined,
    // and the page says so in red, not green.
    auto *proofView = page->findChild<ProofView *>(QStringLiteral("proofView"));
    QVERIFY(proofView->isVisible());
    QCOMPARE(proofView->verdictText(), QStringLiteral("Not confined by SELinux"));
    QCOMPARE(ProofView::verdictStatus(*page->proof()), Status::Fail);
    QCOMPARE(proofView->labelView()->label().text(), QStringLiteral("libvirt-test"));
    QVERIFY(proofView->labelView()->partWidgets().isEmpty());
    QVERIFY(proofView->labelView()->explanation().contains(QStringLiteral("neither")));
    auto *explanation = proofView->findChild<QLabel *>(QStringLiteral("verdictExplanation"));
    QCOMPARE(explanation->text(), page->proof()->verdictExplanation());
    QVERIFY(!proofView->factsText().contains(QStringLiteral("Passed: No other running VM")));
    QVERIFY(proofView->factsText().contains(QStringLiteral("No categories to compare")));

    auto *audit = page->findChild<AuditView *>(QStringLiteral("auditView"));
    QCOMPARE(audit->lines().size(), page->proof()->audit.size());
    QVERIFY(!audit->lines().isEmpty());
    for (int i = 0; i < audit->lines().size(); ++i) {
        const AuditCheck &check = page->proof()->audit.at(i);
        QVERIFY(audit->lines().at(i).startsWith(check.passed ? QStringLiteral("Passed:")
                                                             : QStringLiteral("Failed:")));
    }

    auto *details = proofView->findChild<QToolButton *>(QStringLiteral("proofDetailsToggle"));
    auto *detailsText = proofView->findChild<QLabel *>(QStringLiteral("proofDetails"));
    QVERIFY(detailsText->isHidden());
    details->click();
    QVERIFY(!detailsText->isHidden());
    QVERIFY(detailsText->text().contains(QStringLiteral("libvirt-test")));

    // The creation made exactly the disk, Airlock's network and the VM.
    QStringList added = Test::inventory(walked.connection());
    for (const QString &item : before)
        added.removeOne(item);
    QCOMPARE(added.size(), 3);
    QVERIFY(added.at(0).startsWith(QStringLiteral("domain nixos state 1 ")));
    QCOMPARE(added.at(1), QStringLiteral("network airlock-nat active 1 autostart 1"));
    QCOMPARE(added.at(2), QStringLiteral("volume vms/nixos.qcow2"));
}

void TestLaunchPage::destroyUpdatesTheState()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    walked.wizard->next();
    LaunchPage *page = walked.page;
    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Created, 15000);
    QTRY_VERIFY(page->proof());
    QSignalSpy states(page, &LaunchPage::vmStateChanged);
    auto *stateLabel = page->findChild<QLabel *>(QStringLiteral("vmState"));
    QTRY_COMPARE(stateLabel->text(),
                 QStringLiteral("State: Running the NixOS installer (from the ISO)"));
    QVERIFY(button(page, QStringLiteral("startButton"))->isHidden());

    const auto domain = walked.connection().domain(QStringLiteral("nixos"));
    QVERIFY(domain);
    QCOMPARE(virDomainDestroy(domain->get()), 0);
    QVERIFY(states.wait(5000));
    QCOMPARE(page->vmState(), LaunchPage::VmState::ShutOff);
    QCOMPARE(stateLabel->text(), QStringLiteral("State: Shut off"));
    QVERIFY(!button(page, QStringLiteral("startButton"))->isHidden());
    auto *note = page->findChild<NoticeLabel *>(QStringLiteral("proofNote"));
    QVERIFY(note->isVisibleTo(page));
    QVERIFY(note->text().contains(QStringLiteral("not running")));
}

void TestLaunchPage::theInstallersRebootStartsTheInstalledSystem()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    walked.wizard->next();
    LaunchPage *page = walked.page;
    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Created, 15000);
    auto *headline = page->findChild<NoticeLabel *>(QStringLiteral("launchHeadline"));
    QVERIFY2(headline->text().contains(
                     QStringLiteral("The NixOS installer is running in the VM: open the console "
                                    "to follow it.")),
             qPrintable(headline->text()));
    // The test driver creates in a blink: never "in 0.0 s".
    QVERIFY2(headline->text().contains(QStringLiteral("“nixos” was created and started in ")),
             qPrintable(headline->text()));
    QVERIFY2(!headline->text().contains(QStringLiteral(" s.")), qPrintable(headline->text()));
    QTRY_COMPARE(page->firstBoot()->phase(), FirstBoot::Phase::InstallerRunning);

    // The installer's reboot ends the install-time VM as a shutdown does
    // (the test driver has no reboot of its own).
    QSignalSpy started(page->firstBoot(), &FirstBoot::installedSystemStarted);
    const auto domain = walked.connection().domain(QStringLiteral("nixos"));
    QVERIFY(domain);
    QCOMPARE(virDomainShutdown(domain->get()), 0);
    QVERIFY(started.wait(5000));
    QCOMPARE(headline->text(), QStringLiteral("The installer finished. NixOS now starts from its "
                                              "disk; the installer ISO is removed."));
    auto *stateLabel = page->findChild<QLabel *>(QStringLiteral("vmState"));
    QTRY_COMPARE(stateLabel->text(), QStringLiteral("State: Running NixOS from its disk"));
    auto *panel = page->findChild<SnapshotPanel *>(QStringLiteral("snapshotPanel"));
    QVERIFY(!panel->isInstalling());
    // The proof is read again for the new start, and the audit says the ISO is out.
    QTRY_VERIFY_WITH_TIMEOUT(
            page->proof() && !page->proof()->liveXml.contains(QStringLiteral("volume='nixos.iso'")),
            5000);
    const auto installer = std::find_if(
            page->proof()->audit.cbegin(), page->proof()->audit.cend(),
            [](const AuditCheck &check) { return check.id == QLatin1String("installer"); });
    QVERIFY(installer != page->proof()->audit.cend());
    QCOMPARE(installer->title, QStringLiteral("Installer removed"));
    QVERIFY(installer->passed);
}

void TestLaunchPage::startReadsTheNewLabel()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    walked.wizard->next();
    LaunchPage *page = walked.page;
    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Created, 15000);
    QTRY_COMPARE(page->proofReadCount(), 1);

    // Stopped, and given the categories of the running "neighbour" (a static
    // label, as a careless definition could carry).
    const Connection connection = walked.connection();
    auto domain = connection.domain(QStringLiteral("nixos"));
    QVERIFY(domain);
    QCOMPARE(virDomainDestroy(domain->get()), 0);
    QTRY_COMPARE(page->vmState(), LaunchPage::VmState::ShutOff);
    QString xml = takeLibvirtString(virDomainGetXMLDesc(domain->get(), VIR_DOMAIN_XML_INACTIVE));
    xml.replace(QStringLiteral("</domain>"),
                QStringLiteral("<seclabel type='static' model='selinux' relabel='yes'>"
                               "<label>system_u:system_r:svirt_t:s0:c1,c2</label>"
                               "<imagelabel>system_u:object_r:svirt_image_t:s0:c1,c2"
                               "</imagelabel></seclabel></domain>"));
    DomainHandle redefined(virDomainDefineXML(connection.get(), xml.toUtf8().constData()));
    QVERIFY2(redefined, qPrintable(LibvirtError::last().message));

    QSignalSpy proofRead(page, &LaunchPage::proofRead);
    button(page, QStringLiteral("startButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!proofRead.isEmpty(), 10000);
    QVERIFY(page->proofReadCount() >= 2);
    QTRY_COMPARE(page->vmState(), LaunchPage::VmState::Running);

    auto *proofView = page->findChild<ProofView *>(QStringLiteral("proofView"));
    LabelView *labelView = proofView->labelView();
    QTRY_COMPARE(labelView->label().text(), QStringLiteral("system_u:system_r:svirt_t:s0:c1,c2"));
    QCOMPARE(labelView->partWidgets().size(), 5);
    // The parts, made after the page, sit where the label is in the tab chain.
    QWidget *afterLabel = labelView->partWidgets().constLast();
    do
        afterLabel = afterLabel->nextInFocusChain();
    while (!(afterLabel->focusPolicy() & Qt::TabFocus));
    QVERIFY2(proofView->isAncestorOf(afterLabel), qPrintable(afterLabel->objectName()));
    // Only the live XML names it; libvirt does not report it for the
    // process, so nothing is confirmed: still red.
    QCOMPARE(proofView->verdictText(), QStringLiteral("Not confined by SELinux"));
    QVERIFY(proofView->factsText().contains(
            QStringLiteral("These running VMs' labels overlap this VM's categories c1,c2, so "
                           "one QEMU could open the other's files: neighbour.")));
    QVERIFY(proofView->factsText().contains(QStringLiteral("libvirt's answers disagree")));
    QVERIFY(!page->proof()->holds());
}

void TestLaunchPage::failureAtAStepLeavesNothingBehind_data()
{
    QTest::addColumn<CreationStepId>("failingStep");
    for (const CreationStep &step : CreationPlan::steps())
        QTest::newRow(qPrintable(step.title())) << step.id;
}

void TestLaunchPage::failureAtAStepLeavesNothingBehind()
{
    QFETCH(CreationStepId, failingStep);
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    LaunchPage *page = walked.page;
    page->setFaultInjection([failingStep](CreationStepId id) -> std::optional<LibvirtError> {
        if (id == failingStep)
            return LibvirtError::fromMessage(QStringLiteral("injected failure\nsecond line"));
        return std::nullopt;
    });
    const QStringList before = Test::inventory(walked.connection());
    walked.wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Failed, 15000);

    auto *failure = page->findChild<CreationFailureView *>(QStringLiteral("creationFailure"));
    QVERIFY(failure->isVisible());
    QCOMPARE(failure->libvirtMessage(), QStringLiteral("injected failure\nsecond line"));
    const int index = int(failingStep);
    const QString title = CreationPlan::steps().at(index).title();
    QVERIFY2(failure->headline().contains(title), qPrintable(failure->headline()));
    auto *checklist = page->findChild<CreationChecklist *>(QStringLiteral("creationChecklist"));
    QCOMPARE(checklist->state(index), CreationChecklist::StepState::Failed);
    for (int step = index + 1; step < checklist->stepCount(); ++step)
        QCOMPARE(checklist->state(step), CreationChecklist::StepState::Pending);
    QVERIFY(failure->leftovers().isEmpty());
    // The disk, the network and the domain made before the failure are gone.
    QCOMPARE(Test::inventory(walked.connection()), before);
    QVERIFY(!failure->undone().isEmpty() || index <= 2);
    auto *libvirtMessage
            = failure->findChild<QPlainTextEdit *>(QStringLiteral("failureLibvirtMessage"));
    QVERIFY(libvirtMessage->isReadOnly());
    QVERIFY(button(failure, QStringLiteral("retryButton"))->isEnabled());
    // An injected failure concerns no choice in particular: back to the review.
    QCOMPARE(button(failure, QStringLiteral("goBackButton"))->text(),
             QStringLiteral("Go back to “%1”")
                     .arg(walked.wizard->page(AirlockWizard::SummaryPageId)->title()));
    // The wizard can be closed: nothing runs, nothing is left.
    QVERIFY(walked.wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(page->mayClose());
}

void TestLaunchPage::retryAfterAFailureCreates()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    LaunchPage *page = walked.page;
    auto failOnce = std::make_shared<std::atomic_bool>(true);
    page->setFaultInjection([failOnce](CreationStepId id) -> std::optional<LibvirtError> {
        if (id == CreationStepId::Start && failOnce->exchange(false))
            return LibvirtError::fromMessage(QStringLiteral("injected once"));
        return std::nullopt;
    });
    walked.wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Failed, 15000);
    button(page, QStringLiteral("retryButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Created, 15000);
    QTRY_VERIFY(page->proof());
    QCOMPARE(page->result().domainName, QStringLiteral("nixos"));
}

void TestLaunchPage::lostConnectionRetryReconnects()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    LaunchPage *page = walked.page;
    Hypervisor *hypervisor = walked.wizard->session()->hypervisor();
    auto failOnce = std::make_shared<std::atomic_bool>(true);
    page->setFaultInjection([failOnce](CreationStepId id) -> std::optional<LibvirtError> {
        if (id == CreationStepId::Define && failOnce->exchange(false))
            return LibvirtError::fromMessage(QStringLiteral("Cannot recv data: Connection reset"),
                                             VIR_ERR_RPC);
        return std::nullopt;
    });
    walked.wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Failed, 15000);
    QPushButton *retry = button(page, QStringLiteral("retryButton"));
    QCOMPARE(retry->text(), QStringLiteral("Reconnect and try again"));

    QSignalSpy opened(hypervisor, &Hypervisor::opened);
    QSignalSpy phases(page, &LaunchPage::phaseChanged);
    retry->click();
    QCOMPARE(page->phase(), LaunchPage::Phase::Reconnecting);
    QVERIFY(opened.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Created, 15000);
    QVERIFY(std::any_of(phases.cbegin(), phases.cend(), [](const QList<QVariant> &arguments) {
        return arguments.constFirst().value<LaunchPage::Phase>() == LaunchPage::Phase::Creating;
    }));
}

void TestLaunchPage::goBackLeadsToThePageTheFailureConcerns()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    // Someone else's "airlock-nat" that forwards nothing: the Network step
    // refuses it, and the fix is on the Devices page.
    const char *impostor = "<network><name>airlock-nat</name>"
                           "<ip address='10.9.9.1' prefix='24'/></network>";
    NetworkHandle network(virNetworkDefineXML(walked.connection().get(), impostor));
    QVERIFY(network);
    const QStringList before = Test::inventory(walked.connection());
    walked.wizard->next();
    LaunchPage *page = walked.page;
    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Failed, 15000);
    QCOMPARE(Test::inventory(walked.connection()), before);
    QPushButton *goBack = button(page, QStringLiteral("goBackButton"));
    QCOMPARE(goBack->text(),
             QStringLiteral("Go back to “%1”")
                     .arg(walked.wizard->page(AirlockWizard::DevicesPageId)->title()));
    goBack->click();
    QCOMPARE(walked.wizard->currentId(), int(AirlockWizard::DevicesPageId));
    QCOMPARE(page->phase(), LaunchPage::Phase::Idle);
}

void TestLaunchPage::cancelMidwayRollsBack()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    LaunchPage *page = walked.page;
    // Holds the worker at "Define" until the user has pressed Stop.
    StepGate gate(page, CreationStepId::Define);
    const QStringList before = Test::inventory(walked.connection());
    walked.wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(gate.reached(), 10000);
    QPushButton *stop = button(page, QStringLiteral("cancelCreation"));
    QVERIFY(stop->isVisible());
    stop->click();
    QCOMPARE(page->phase(), LaunchPage::Phase::Undoing);
    QVERIFY(!stop->isEnabled());
    auto *headline = page->findChild<NoticeLabel *>(QStringLiteral("launchHeadline"));
    QVERIFY(headline->text().contains(QStringLiteral("removes what it made")));
    gate.open();

    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Failed, 15000);
    auto *failure = page->findChild<CreationFailureView *>(QStringLiteral("creationFailure"));
    QVERIFY(failure->headline().contains(QStringLiteral("cancelled")));
    // The disk, the network, the VM's address on it and the domain defined
    // meanwhile are gone again.
    QCOMPARE(failure->undone().size(), 4);
    QVERIFY(failure->leftovers().isEmpty());
    QCOMPARE(Test::inventory(walked.connection()), before);
    QVERIFY(headline->text().contains(QStringLiteral("removed again")));
    auto *checklist = page->findChild<CreationChecklist *>(QStringLiteral("creationChecklist"));
    QCOMPARE(checklist->state(2), CreationChecklist::StepState::Undone);
    QCOMPARE(checklist->state(4), CreationChecklist::StepState::Undone);
    QCOMPARE(checklist->state(5), CreationChecklist::StepState::Undone);
    QCOMPARE(checklist->state(6), CreationChecklist::StepState::Cancelled);
}

void TestLaunchPage::closingWhileCreatingAsksThenRollsBackThenCloses()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    LaunchPage *page = walked.page;
    StepGate gate(page, CreationStepId::Start);
    const QStringList before = Test::inventory(walked.connection());
    QSignalSpy rejected(walked.wizard.get(), &QDialog::rejected);
    walked.wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(gate.reached(), 10000);

    // Escape asks; "Keep creating" changes nothing.
    QTest::keyClick(walked.wizard.get(), Qt::Key_Escape);
    QMessageBox *question = page->stopQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QCOMPARE(question->text(), QStringLiteral("A VM is being created. Stop and undo it?"));
    QCOMPARE(question->escapeButton(), button(question, QStringLiteral("keepCreatingButton")));
    QCOMPARE(page->phase(), LaunchPage::Phase::Creating);
    button(question, QStringLiteral("keepCreatingButton"))->click();
    QTRY_VERIFY(!page->stopQuestion());
    QCOMPARE(page->phase(), LaunchPage::Phase::Creating);
    QVERIFY(walked.wizard->isVisible());
    QVERIFY(rejected.isEmpty());

    // The window's close button asks too; "Stop and undo" rolls back, and
    // the wizard stays until the rollback is done.
    QVERIFY(!walked.wizard->close());
    question = page->stopQuestion();
    QVERIFY(question);
    QCOMPARE(page->phase(), LaunchPage::Phase::Creating);
    button(question, QStringLiteral("stopAndUndoButton"))->click();
    QCOMPARE(page->phase(), LaunchPage::Phase::Undoing);
    QVERIFY(walked.wizard->isVisible());
    QVERIFY(rejected.isEmpty());
    gate.open();

    QTRY_VERIFY_WITH_TIMEOUT(!walked.wizard->isVisible(), 15000);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(Test::inventory(walked.connection()), before);
}

void TestLaunchPage::theQuestionGoesWhenTheCreationEnds()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    LaunchPage *page = walked.page;
    StepGate gate(page, CreationStepId::Start);
    QSignalSpy rejected(walked.wizard.get(), &QDialog::rejected);
    walked.wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(gate.reached(), 10000);
    QVERIFY(!walked.wizard->close());
    QVERIFY(page->stopQuestion());
    // The VM is made before the user answers: nothing is left to stop, the
    // page shows the VM and the wizard stays open.
    gate.open();
    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Created, 15000);
    QTRY_VERIFY(!page->stopQuestion());
    QVERIFY(walked.wizard->isVisible());
    QVERIFY(rejected.isEmpty());
    // Now Escape closes without asking: the VM exists, nothing is lost.
    QTest::keyClick(walked.wizard.get(), Qt::Key_Escape);
    QVERIFY(!page->stopQuestion());
    QTRY_COMPARE(rejected.size(), 1);
}

void TestLaunchPage::opensItsOwnConsoleWindow()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    walked.wizard->next();
    LaunchPage *page = walked.page;
    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Created, 15000);

    // A virt-viewer on PATH would record its arguments: Airlock starts none.
    const QByteArray path = qgetenv("PATH");
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    const QString record = bin.filePath(QStringLiteral("arguments"));
    QFile script(bin.filePath(QStringLiteral("virt-viewer")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1'\n").arg(record).toUtf8());
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("PATH", bin.path().toLocal8Bit());
    button(page, QStringLiteral("consoleButton"))->click();
    qputenv("PATH", path);

    ConsoleWindow *window
            = ConsoleWindow::find(page->session()->hypervisor(), QStringLiteral("nixos"));
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->windowTitle(), QStringLiteral("nixos — Airlock console"));
    QVERIFY(page->findChild<QWidget *>(QStringLiteral("consoleHelp")) == nullptr);

    // The test driver hands out no display socket: the window says so and
    // offers to try again, in words.
    QTRY_COMPARE(window->session()->state(), SpiceSession::State::Failed);
    QVERIFY2(window->stateText().contains(QStringLiteral("could not hand over the VM's screen")),
             qPrintable(window->stateText()));
    QVERIFY(window->findChild<QPushButton *>(QStringLiteral("reopenButton"))->isVisible());

    // Opening it again raises the same window.
    button(page, QStringLiteral("consoleButton"))->click();
    QCOMPARE(ConsoleWindow::find(page->session()->hypervisor(), QStringLiteral("nixos")), window);
    int consoles = 0;
    for (QWidget *widget : QApplication::topLevelWidgets())
        consoles += qobject_cast<ConsoleWindow *>(widget) != nullptr;
    QCOMPARE(consoles, 1);
    QTest::qWait(100);
    QVERIFY(!QFile::exists(record));

    // Beside the screen: the installer's steps for this VM's phase, and its
    // hardening command, which the window types (here it refuses: the test
    // driver's console never connects).
    auto *guide = qobject_cast<InstallerGuide *>(window->sidePanel());
    QVERIFY(guide);
    QCOMPARE(guide->stage(), page->firstBoot()->phase() == FirstBoot::Phase::InstallerRunning
                                     ? InstallerGuide::Stage::Installing
                                     : InstallerGuide::Stage::Installed);
    QCOMPARE(guide->hardeningCommand(), GuestHardening::typedCommand(page->result().spec));
    Q_EMIT guide->typeRequested(guide->hardeningCommand());
    QVERIFY2(window->typingText().contains(QStringLiteral("Nothing was typed")),
             qPrintable(window->typingText()));
    // Opening it again keeps the one guide.
    button(page, QStringLiteral("consoleButton"))->click();
    QCOMPARE(window->sidePanel(), guide);
    window->close();
}

void TestLaunchPage::copiesTheLabelAndSavesTheLiveXml()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    walked.wizard->next();
    LaunchPage *page = walked.page;
    QTRY_VERIFY_WITH_TIMEOUT(page->proof(), 15000);
    QGuiApplication::clipboard()->clear();
    button(page, QStringLiteral("copyLabelButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("libvirt-test"));

    // The VM changes after its proof was read: "Save live XML" saves what
    // runs at the moment of saving, as libvirt reports it then.
    const auto domain = walked.connection().domain(QStringLiteral("nixos"));
    QVERIFY(domain);
    const unsigned long memory = virDomainGetMaxMemory(domain->get()) / 2;
    QVERIFY(memory > 0);
    QCOMPARE(virDomainSetMemory(domain->get(), memory), 0);
    const QByteArray currentMemory
            = QStringLiteral("<currentMemory unit='KiB'>%1</currentMemory>").arg(memory).toUtf8();
    QVERIFY(!page->proof()->liveXml.toUtf8().contains(currentMemory));

    QTemporaryDir directory;
    const QString file = directory.filePath(QStringLiteral("nixos.xml"));
    QSignalSpy saved(page->vmPanel(), &VmPanel::liveXmlSaved);
    // The button asks where, then saves there.
    QString asked;
    auto *timer = new QTimer(page);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, page, [timer, file, &asked] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        asked = dialog->windowTitle();
        dialog->selectFile(file);
        QMetaObject::invokeMethod(dialog, &QDialog::accept);
    });
    timer->start();
    button(page, QStringLiteral("saveXmlButton"))->click();
    QTRY_COMPARE(saved.size(), 1);
    delete timer;
    QCOMPARE(asked, QStringLiteral("Save the live XML"));
    QCOMPARE(saved.constFirst().constFirst().toBool(), true);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray xml = written.readAll();
    QVERIFY(xml.contains("<name>nixos</name>"));
    QVERIFY2(xml.contains(currentMemory), xml.constData());
    auto *notice = page->findChild<NoticeLabel *>(QStringLiteral("actionNotice"));
    QVERIFY(notice->text().contains(QStringLiteral("Saved the live XML")));

    page->saveLiveXml(directory.filePath(QStringLiteral("missing/dir/nixos.xml")));
    QTRY_COMPARE(saved.size(), 2);
    QCOMPARE(saved.constLast().constFirst().toBool(), false);
    QVERIFY(notice->text().startsWith(QStringLiteral("The XML could not be saved")));
    QCOMPARE(notice->status(), Status::Fail);
}

void TestLaunchPage::takesAndRevertsASnapshot()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    walked.wizard->next();
    LaunchPage *page = walked.page;
    QTRY_VERIFY_WITH_TIMEOUT(page->proof(), 15000);
    auto *panel = page->findChild<SnapshotPanel *>(QStringLiteral("snapshotPanel"));
    QTRY_VERIFY(panel->list()->topLevelItemCount() == 0 && !panel->isBusy());

    // The installer still runs: the panel says a snapshot is not worth it
    // yet, and asks before taking one.
    QVERIFY(panel->isInstalling());
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("snapshotIntro"))
                    ->text()
                    .contains(QStringLiteral("installer is still running")));
    auto *ask = panel->findChild<QWidget *>(QStringLiteral("takeConfirmation"));
    QVERIFY(ask->isHidden());
    button(page, QStringLiteral("snapshotButton"))->click();
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("proofTabs"));
    QCOMPARE(tabs->currentWidget(), panel);
    QVERIFY(!ask->isHidden());
    QVERIFY(!panel->isBusy());
    button(panel, QStringLiteral("takeLaterButton"))->click();
    QVERIFY(ask->isHidden());
    QCOMPARE(panel->list()->topLevelItemCount(), 0);
    button(page, QStringLiteral("snapshotButton"))->click();
    button(panel, QStringLiteral("takeAnywayButton"))->click();
    QVERIFY(ask->isHidden());
    QTRY_COMPARE_WITH_TIMEOUT(panel->list()->topLevelItemCount(), 1, 10000);
    QTRY_VERIFY(!panel->isBusy());
    QCOMPARE(panel->snapshots().constFirst().name, QStringLiteral("known-good"));
    QCOMPARE(panel->snapshots().constFirst().kind, SnapshotInfo::Kind::Internal);
    QCOMPARE(panel->list()->topLevelItem(0)->text(2), QStringLiteral("Disk and memory"));
    QVERIFY(panel->statusText().contains(QStringLiteral("Took “known-good”")));

    button(page, QStringLiteral("snapshotButton"))->click();
    button(panel, QStringLiteral("takeAnywayButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(panel->list()->topLevelItemCount(), 2, 10000);
    QTRY_VERIFY(!panel->isBusy());
    QCOMPARE(panel->snapshots().constLast().name, QStringLiteral("known-good-2"));

    // Revert to the first: it asks first, and says what reverting does.
    panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
    auto *confirmation = panel->findChild<QWidget *>(QStringLiteral("revertConfirmation"));
    QVERIFY(confirmation->isHidden());
    button(panel, QStringLiteral("revertButton"))->click();
    QVERIFY(!confirmation->isHidden());
    button(panel, QStringLiteral("keepButton"))->click();
    QVERIFY(confirmation->isHidden());
    button(panel, QStringLiteral("revertButton"))->click();
    QSignalSpy reverted(panel, &SnapshotPanel::reverted);
    button(panel, QStringLiteral("confirmRevertButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(reverted.size(), 1, 10000);
    QVERIFY(panel->statusText().contains(QStringLiteral("back at “known-good”")));
    QTRY_VERIFY(panel->snapshots().constFirst().current);
    QVERIFY(!panel->snapshots().constLast().current);
}

void TestLaunchPage::showsTheHardeningSnippet()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    walked.wizard->next();
    LaunchPage *page = walked.page;
    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Created, 15000);
    auto *snippet = page->findChild<QPlainTextEdit *>(QStringLiteral("hardeningSnippet"));
    QVERIFY(snippet->isReadOnly());
    QCOMPARE(snippet->toPlainText(), GuestHardening::snippet(page->result().spec));
    QVERIFY(snippet->toPlainText().contains(QStringLiteral("graphene-hardened")));
    button(page, QStringLiteral("copySnippet"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), snippet->toPlainText());
    // The default VM shares no clipboard: the notice says how to get it there.
    auto *notice = page->findChild<NoticeLabel *>(QStringLiteral("actionNotice"));
    QVERIFY(notice->text().contains(QStringLiteral("does not share your clipboard")));
    auto *intro = page->findChild<QLabel *>(QStringLiteral("hardeningIntro"));
    QVERIFY(intro->text().startsWith(QStringLiteral("For after NixOS is installed")));
    QSignalSpy typing(page, &LaunchPage::hardeningTypingRequested);
    button(page, QStringLiteral("typeHardening"))->click();
    QCOMPARE(typing.size(), 1);
    // It opens the console, with the guide that types the command.
    ConsoleWindow *console
            = ConsoleWindow::find(page->session()->hypervisor(), page->result().domainName);
    QVERIFY(console);
    QVERIFY(qobject_cast<InstallerGuide *>(console->sidePanel()));
    console->close();
    const QString directory = qEnvironmentVariable("AIRLOCK_GRAB_DIR");
    if (!directory.isEmpty()) {
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("proofTabs"));
        tabs->setCurrentIndex(tabs->count() - 1);
        walked.wizard->resize(1024, 768);
        QVERIFY(walked.wizard->grab().save(directory + QLatin1String("/launch-hardening.png")));
    }
}

void TestLaunchPage::showsALostConnection()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    walked.wizard->next();
    LaunchPage *page = walked.page;
    QTRY_VERIFY_WITH_TIMEOUT(page->proof(), 15000);
    // What libvirt's close callback reports when the daemon goes away.
    Q_EMIT walked.wizard->session()->hypervisor()->connectionLost(
            QStringLiteral("The libvirt daemon closed the connection."));
    QVERIFY(page->isConnectionLost());
    auto *notice = page->findChild<NoticeLabel *>(QStringLiteral("connectionNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("lost its connection")));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("vmState"))->text(),
             QStringLiteral("State: unknown (connection lost)"));
    QVERIFY(button(page, QStringLiteral("reconnectButton"))->isVisible());
}

void TestLaunchPage::countsReadAsRealPlurals_data()
{
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<QString>("cpus");
    QTest::newRow("one") << 1 << QStringLiteral("1 virtual CPU");
    QTest::newRow("two") << 2 << QStringLiteral("2 virtual CPUs");
}

// Under English the review, the creation step and the audit say "1 virtual
// CPU" and "2 virtual CPUs", never "CPU(s)".
void TestLaunchPage::countsReadAsRealPlurals()
{
    QFETCH(int, vcpus);
    QFETCH(QString, cpus);
    QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    const auto removeTranslators = qScopeGuard([] {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    });
    VmSpec spec = launchSpec();
    spec.vcpus = vcpus;
    Walked walked = walkToSummary(spec);
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    auto *summary = walked.wizard->page(AirlockWizard::SummaryPageId);
    auto *cpuRow = summary->findChild<QLabel *>(QStringLiteral("value-vcpus"));
    QVERIFY(cpuRow);
    QVERIFY2(cpuRow->text().startsWith(cpus + QLatin1Char(',')), qPrintable(cpuRow->text()));

    walked.wizard->next();
    LaunchPage *page = walked.page;
    QTRY_VERIFY_WITH_TIMEOUT(page->proof(), 15000);
    auto *checklist = page->findChild<CreationChecklist *>(QStringLiteral("creationChecklist"));
    QVERIFY2(checklist->detail(0).contains(QStringLiteral("is free; %1 and ").arg(cpus)),
             qPrintable(checklist->detail(0)));
    const auto size = std::find_if(
            page->proof()->audit.cbegin(), page->proof()->audit.cend(),
            [](const AuditCheck &check) { return check.id == QLatin1String("size"); });
    QVERIFY(size != page->proof()->audit.cend());
    QVERIFY2(size->title.startsWith(cpus + QLatin1String(" and ")), qPrintable(size->title));
    QVERIFY2(size->found.startsWith(cpus + QLatin1String(" and ")), qPrintable(size->found));
    auto *audit = page->findChild<AuditView *>(QStringLiteral("auditView"));
    for (const QString &line : audit->lines())
        QVERIFY2(!line.contains(QLatin1String("(s)")), qPrintable(line));
}

void TestLaunchPage::durationReadsAsABeginnerSaysIt_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing") << qint64(0) << QStringLiteral("under a second");
    QTest::newRow("a tenth") << qint64(40) << QStringLiteral("under a second");
    QTest::newRow("almost one") << qint64(999) << QStringLiteral("under a second");
    QTest::newRow("one") << qint64(1400) << QStringLiteral("1 second");
    QTest::newRow("rounded up") << qint64(1600) << QStringLiteral("2 seconds");
    QTest::newRow("twelve") << qint64(12300) << QStringLiteral("12 seconds");
    QTest::newRow("a minute") << qint64(59700) << QStringLiteral("1 minute");
    QTest::newRow("and one") << qint64(61000) << QStringLiteral("1 minute and 1 second");
    QTest::newRow("minutes") << qint64(125000) << QStringLiteral("2 minutes and 5 seconds");
    QTest::newRow("two") << qint64(120000) << QStringLiteral("2 minutes");
}

void TestLaunchPage::durationReadsAsABeginnerSaysIt()
{
    QFETCH(qint64, milliseconds);
    QFETCH(QString, expected);
    // English has its plural forms in a translation of its own.
    QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    const QString text = LaunchPage::durationText(milliseconds);
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QCOMPARE(text, expected);
}

void TestLaunchPage::labelViewExplainsEachPart_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("selinux") << QStringLiteral("system_u:system_r:svirt_t:s0:c383,c416")
                             << QStringList {QStringLiteral("system_u"), QStringLiteral("system_r"),
                                             QStringLiteral("svirt_t"), QStringLiteral("s0"),
                                             QStringLiteral("c383,c416")};
    QTest::newRow("range") << QStringLiteral("system_u:system_r:svirt_t:s0-s0:c0.c1023")
                           << QStringList {QStringLiteral("system_u"), QStringLiteral("system_r"),
                                           QStringLiteral("svirt_t"), QStringLiteral("s0"),
                                           QStringLiteral("c0.c1023")};
    QTest::newRow("dac") << QStringLiteral("+64055:+64055")
                         << QStringList {QStringLiteral("+64055"), QStringLiteral("+64055")};
    QTest::newRow("test driver") << QStringLiteral("libvirt-test") << QStringList {};
}

void TestLaunchPage::labelViewExplainsEachPart()
{
    QFETCH(QString, label);
    QFETCH(QStringList, parts);
    LabelView view;
    view.setLabel(SecurityLabel::parse(label));
    QSignalSpy highlighted(&view, &LabelView::partHighlighted);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QStringList shown;
    for (LabelPartWidget *part : view.partWidgets()) {
        shown.append(part->part().text);
        QVERIFY(part->focusPolicy() & Qt::TabFocus);
        QVERIFY(!part->accessibleName().isEmpty());
        QCOMPARE(part->accessibleDescription(), part->part().meaning);
        QCOMPARE(part->toolTip(), part->part().meaning);
    }
    QCOMPARE(shown, parts);
    // Tab goes from one part to the next, in reading order.
    const auto nextTabStop = [](QWidget *widget) {
        do
            widget = widget->nextInFocusChain();
        while (!(widget->focusPolicy() & Qt::TabFocus));
        return widget;
    };
    const auto widgets = view.partWidgets();
    for (int i = 1; i < widgets.size(); ++i)
        QCOMPARE(nextTabStop(widgets.at(i - 1)), widgets.at(i));
    // Keyboard focus explains the part, as hovering does.
    for (LabelPartWidget *part : view.partWidgets()) {
        part->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(part->hasFocus());
        QCOMPARE(highlighted.constLast().constFirst().value<LabelPart>().text, part->part().text);
        QVERIFY(view.explanation().contains(part->part().meaning.toHtmlEscaped()));
    }
    QVERIFY(highlighted.size() >= parts.size());
}

void TestLaunchPage::aStartReportedAsResumedFirstReadsTheNewLabel()
{
    Walked walked = walkToSummary();
    QVERIFY2(walked.problem.isEmpty(), qPrintable(walked.problem));
    walked.wizard->next();
    LaunchPage *page = walked.page;
    QTRY_COMPARE_WITH_TIMEOUT(page->phase(), LaunchPage::Phase::Created, 15000);
    QTRY_VERIFY(page->proof());
    const auto domain = walked.connection().domain(QStringLiteral("nixos"));
    QVERIFY(domain);
    QCOMPARE(virDomainDestroy(domain->get()), 0);
    QTRY_COMPARE(page->vmState(), LaunchPage::VmState::ShutOff);
    const int readsBefore = page->proofReadCount();

    // QEMU starts paused: libvirt reports "resumed" first, then "started".
    // Either way the page must read the label of the new start.
    QCOMPARE(virDomainCreate(domain->get()), 0);
    Q_EMIT walked.wizard->session()->hypervisor()->domainLifecycleChanged(
            QStringLiteral("nixos"), Hypervisor::DomainEvent::Resumed,
            VIR_DOMAIN_EVENT_RESUMED_UNPAUSED);
    QCOMPARE(page->vmState(), LaunchPage::VmState::Running);
    QTRY_VERIFY(page->proofReadCount() > readsBefore);
    QVERIFY(page->proof()->running);
    auto *note = page->findChild<NoticeLabel *>(QStringLiteral("proofNote"));
    QTRY_VERIFY(!note->isVisibleTo(page) || !note->text().contains(QStringLiteral("not running")));
}

QTEST_MAIN(TestLaunchPage)
#include "tst_launchpage.moc"
