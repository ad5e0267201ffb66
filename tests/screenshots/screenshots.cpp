// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every wizard page to PNG, for review, the README and the metainfo.
//   airlock-screenshots --output DIR [--connect URI] [--dark] [--language de]
//                       [--spec FILE] [--fail-at STEP] [--font-size PT]
// The Launch page creates the VM on the connection: give it a test-driver
// node file with a pool holding the ISO, or a daemon you may create VMs on.
#include "airlockwizard.h"
#include "host/hostinspector.h"
#include "hostchecklist.h"
#include "hostpage.h"
#include "hypervisor/hypervisor.h"
#include "i18n/translations.h"
#include "labelview.h"
#include "launchpage.h"
#include "proofview.h"
#include "snapshotpanel.h"
#include "spec/vmspec.h"
#include "summarypage.h"
#include "wizardsession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QPalette>
#include <QScopeGuard>
#include <QSemaphore>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QThread>
#include <QToolButton>

using namespace Airlock;

namespace {

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    // Light, Mid, Dark and Shadow derived from the dark window colour, as a
    // desktop's dark theme has them: frames and check boxes stay visible.
    QPalette palette(window, window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa0));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb2, 0xff));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

// Lets asynchronous page work (host checks, libvirt queries) settle.
void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

// The Host page asks to accept each risk it found before Next: accept them
// all (after the picture is taken) so the other pages can be reached.
void acceptHostRisks(AirlockWizard &wizard)
{
    auto *page = qobject_cast<HostPage *>(wizard.page(AirlockWizard::HostPageId));
    QElapsedTimer timer;
    timer.start();
    while (page->inspector()->isRunning() && timer.elapsed() < 30000)
        settle(100);
    for (QCheckBox *box : page->findChildren<QCheckBox *>()) {
        if (box->objectName().startsWith(QLatin1String("acknowledge-")) && box->isVisible()
            && !box->isChecked())
            box->click();
    }
}

QString showHostDetails(AirlockWizard &wizard, const QString &directory, const QString &suffix)
{
    auto *page = qobject_cast<HostPage *>(wizard.page(AirlockWizard::HostPageId));
    auto *list = page->findChild<HostCheckList *>(QStringLiteral("hostCheckList"));
    QStringList expanded;
    for (const QString &id : HostChecks::ids()) {
        HostCheckRow *row = list->row(id);
        if (row && row->check().status != CheckStatus::Pass && expanded.size() < 2) {
            row->setExpanded(true);
            expanded.append(id);
        }
    }
    if (auto *advanced = page->findChild<QToolButton *>(QStringLiteral("advancedToggle")))
        advanced->setChecked(true);
    settle(300);
    const QString name = QStringLiteral("%1/1-hostpage-details%2.png").arg(directory, suffix);
    const bool saved = wizard.grab().save(name);
    for (const QString &id : expanded)
        list->row(id)->setExpanded(false);
    if (auto *advanced = page->findChild<QToolButton *>(QStringLiteral("advancedToggle")))
        advanced->setChecked(false);
    return saved ? name : QString();
}

// A second picture of the Summary page: the exact configuration shown.
QString showSummaryXml(AirlockWizard &wizard, const QString &directory, const QString &suffix)
{
    auto *page = qobject_cast<SummaryPage *>(wizard.page(AirlockWizard::SummaryPageId));
    QElapsedTimer timer;
    timer.start();
    while (page->isCheckingHost() && timer.elapsed() < 20000)
        settle(100);
    page->setConfigurationShown(true);
    settle(300);
    const QString name = QStringLiteral("%1/5-summarypage-xml%2.png").arg(directory, suffix);
    const bool saved = wizard.grab().save(name);
    page->setConfigurationShown(false);
    settle(100);
    return saved ? name : QString();
}

bool save(QWidget &widget, const QString &name)
{
    // Layouts of widgets just shown settle before the picture.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!widget.grab().save(name)) {
        qWarning("cannot save %s", qPrintable(name));
        return false;
    }
    std::printf("%s\n", qPrintable(name));
    return true;
}

bool settleUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        settle(50);
    }
    return true;
}

// The Launch page's moments: creating (held before "Define the VM"),
// uploading when the ISO is a file, then the outcome, and the proof's tabs.
struct LaunchCapture
{
    std::shared_ptr<QSemaphore> reached = std::make_shared<QSemaphore>();
    std::shared_ptr<QSemaphore> proceed = std::make_shared<QSemaphore>();
    std::optional<CreationStepId> failAt;

    void prepare(AirlockWizard &wizard)
    {
        auto *page = qobject_cast<LaunchPage *>(wizard.page(AirlockWizard::LaunchPageId));
        page->setFaultInjection([reached = reached, proceed = proceed, failAt = failAt](
                                        CreationStepId id) -> std::optional<LibvirtError> {
            if (failAt && id == *failAt) {
                return LibvirtError::fromMessage(QStringLiteral(
                        "internal error: qemu unexpectedly closed the monitor: "
                        "qemu-system-x86_64: -blockdev {\"driver\":\"file\",\"filename\":"
                        "\"/var/lib/libvirt/images/nixos.qcow2\"}: Could not open "
                        "'/var/lib/libvirt/images/nixos.qcow2': Permission denied\n"
                        "(a failure simulated by airlock-screenshots)"));
            }
            if (!failAt && id == CreationStepId::Define) {
                reached->release();
                proceed->tryAcquire(1, 30000);
            }
            return std::nullopt;
        });
    }

    bool capture(AirlockWizard &wizard, const QString &directory, const QString &suffix)
    {
        auto *page = qobject_cast<LaunchPage *>(wizard.currentPage());
        const auto file = [&](const QString &moment) {
            return QStringLiteral("%1/6-launchpage%2%3.png").arg(directory, moment, suffix);
        };
        bool ok = true;
        bool uploading = false;
        QMetaObject::Connection progress;
        if (Provisioner *provisioner = page->provisioner()) {
            progress = QObject::connect(provisioner, &Provisioner::stepProgress, page,
                                        [&](int, qint64 done, qint64 total) {
                                            if (uploading || total <= 0 || done * 100 / total < 40)
                                                return;
                                            uploading = true;
                                            ok = save(wizard, file(QStringLiteral("-uploading")))
                                                 && ok;
                                        });
        }
        const auto disconnect = qScopeGuard([&progress] { QObject::disconnect(progress); });
        if (!failAt) {
            if (!settleUntil([this] { return reached->available() > 0; }, 120000)) {
                qWarning("creation did not reach “Define the VM”");
                proceed->release();
                return false;
            }
            settle(300);
            ok = save(wizard, file(QStringLiteral("-creating"))) && ok;
            proceed->release();
        }
        settleUntil(
                [page] {
                    return page->phase() == LaunchPage::Phase::Created
                           || page->phase() == LaunchPage::Phase::Failed;
                },
                120000);
        if (page->phase() == LaunchPage::Phase::Failed) {
            settle(500);
            return save(wizard, file(QStringLiteral("-failed"))) && ok;
        }
        settleUntil([page] { return page->proofReadCount() > 0; }, 30000);
        settle(800);
        ok = save(wizard, file(QString())) && ok;

        // One part of the label explained, as keyboard focus shows it.
        auto *proofView = page->findChild<ProofView *>(QStringLiteral("proofView"));
        const auto parts = proofView->labelView()->partWidgets();
        if (!parts.isEmpty()) {
            parts.constFirst()->setFocus(Qt::TabFocusReason);
            proofView->setDetailsExpanded(true);
            settle(300);
            ok = save(wizard, file(QStringLiteral("-details"))) && ok;
            proofView->setDetailsExpanded(false);
        }
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("proofTabs"));
        tabs->setCurrentIndex(1);
        settle(300);
        ok = save(wizard, file(QStringLiteral("-audit"))) && ok;
        auto *snapshots = page->findChild<SnapshotPanel *>(QStringLiteral("snapshotPanel"));
        page->findChild<QAbstractButton *>(QStringLiteral("snapshotButton"))->click();
        // While the installer runs, the panel asks first.
        if (auto *anyway = page->findChild<QAbstractButton *>(QStringLiteral("takeAnywayButton"));
            anyway && anyway->isVisible()) {
            settle(300);
            ok = save(wizard, file(QStringLiteral("-snapshot-ask"))) && ok;
            anyway->click();
        }
        settleUntil([snapshots] { return !snapshots->isBusy(); }, 60000);
        settle(500);
        ok = save(wizard, file(QStringLiteral("-snapshots"))) && ok;

        // Back to it: the VM restarts for a disk-only snapshot, and the proof
        // shows the label of the new start.
        const int readsBefore = page->proofReadCount();
        page->findChild<QAbstractButton *>(QStringLiteral("revertButton"))->click();
        settle(300);
        ok = save(wizard, file(QStringLiteral("-revert"))) && ok;
        page->findChild<QAbstractButton *>(QStringLiteral("confirmRevertButton"))->click();
        settleUntil([snapshots] { return !snapshots->isBusy(); }, 120000);
        settleUntil([page, readsBefore] { return page->proofReadCount() > readsBefore; }, 60000);
        tabs->setCurrentIndex(0);
        settle(800);
        ok = save(wizard, file(QStringLiteral("-reverted"))) && ok;
        tabs->setCurrentIndex(3);
        settle(300);
        ok = save(wizard, file(QStringLiteral("-nixos"))) && ok;
        tabs->setCurrentIndex(0);
        return ok;
    }
};

std::optional<CreationStepId> stepNamed(const QString &name)
{
    static const QList<std::pair<QString, CreationStepId>> names {
            {QStringLiteral("check"), CreationStepId::Check},
            {QStringLiteral("pool"), CreationStepId::StoragePool},
            {QStringLiteral("disk"), CreationStepId::Disk},
            {QStringLiteral("iso"), CreationStepId::Iso},
            {QStringLiteral("network"), CreationStepId::Network},
            {QStringLiteral("define"), CreationStepId::Define},
            {QStringLiteral("start"), CreationStepId::Start}};
    for (const auto &[text, id] : names) {
        if (text == name)
            return id;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    // The names airlock gives itself: the pages show paths built from them
    // (the ISO cache), and they must read as they do in the real program.
    QCoreApplication::setApplicationName(QStringLiteral("airlock"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("airlockvm.github.io"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("Directory for the PNGs."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption connect(QStringLiteral("connect"), QStringLiteral("libvirt URI."),
                                     QStringLiteral("URI"), QStringLiteral("test:///default"));
    const QCommandLineOption spec(QStringLiteral("spec"), QStringLiteral("Spec to prefill."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Use a dark palette."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Locale, e.g. de."), QStringLiteral("LANG"),
                                      QStringLiteral("en"));
    const QCommandLineOption failAt(
            QStringLiteral("fail-at"),
            QStringLiteral("Make the Launch page's creation fail at STEP (check, pool, disk, iso, "
                           "network, define, start)."),
            QStringLiteral("STEP"));
    const QCommandLineOption fontSize(
            QStringLiteral("font-size"),
            QStringLiteral("Draw with the system font at PT points, as a desktop set to larger "
                           "text does (the pictures' names end in -PTpt)."),
            QStringLiteral("PT"));
    parser.addOptions({output, connect, spec, dark, language, failAt, fontSize});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(output))
        parser.showHelp(2);

    const QLocale locale(parser.value(language));
    QLocale::setDefault(locale);
    installTranslations(locale);
    Hypervisor::initializeLibvirt();
    if (parser.isSet(dark))
        QApplication::setPalette(darkPalette());
    if (parser.isSet(fontSize)) {
        QFont font = QApplication::font();
        font.setPointSize(parser.value(fontSize).toInt());
        QApplication::setFont(font);
    }

    VmSpec initial;
    if (parser.isSet(spec)) {
        const auto loaded = VmSpec::load(parser.value(spec));
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().constFirst().text()));
        initial = *loaded;
    }

    LaunchCapture launch;
    if (parser.isSet(failAt)) {
        launch.failAt = stepNamed(parser.value(failAt));
        if (!launch.failAt)
            qFatal("unknown step %s", qPrintable(parser.value(failAt)));
    }

    QDir().mkpath(parser.value(output));
    AirlockWizard wizard(parser.value(connect), initial);
    wizard.resize(1024, 768);
    wizard.show();
    const QString suffix
            = (parser.isSet(dark) ? QStringLiteral("-dark") : QStringLiteral("-light"))
              + (parser.value(language) == QLatin1String("en")
                         ? QString()
                         : QLatin1Char('-') + parser.value(language))
              + (parser.isSet(fontSize) ? QStringLiteral("-%1pt").arg(parser.value(fontSize))
                                        : QString());
    int exitCode = 0;
    // A fixed place for the stand-in ISO, so that pictures taken again show
    // the same path and only real changes show up in a diff.
    const QString isoDirectory = QDir::temp().filePath(QStringLiteral("airlock-screenshots"));
    QDir().mkpath(isoDirectory);
    for (int step = 0; step < 6; ++step) {
        if (wizard.currentId() == AirlockWizard::LaunchPageId) {
            if (!launch.capture(wizard, parser.value(output), suffix))
                exitCode = 1;
            break;
        }
        settle(1500);
        const QString name = QStringLiteral("%1/%2-%3%4.png")
                                     .arg(parser.value(output))
                                     .arg(step + 1)
                                     .arg(wizard.currentPage()->objectName(), suffix);
        if (!wizard.grab().save(name)) {
            qWarning("cannot save %s", qPrintable(name));
            exitCode = 1;
        }
        std::printf("%s\n", qPrintable(name));
        if (wizard.currentId() == AirlockWizard::HostPageId) {
            // A second picture of the Host page: what one click on Details
            // and Advanced shows.
            const QString details = showHostDetails(wizard, parser.value(output), suffix);
            if (details.isEmpty())
                exitCode = 1;
            else
                std::printf("%s\n", qPrintable(details));
        }
        if (wizard.currentId() == AirlockWizard::SummaryPageId) {
            const QString xml = showSummaryXml(wizard, parser.value(output), suffix);
            if (xml.isEmpty())
                exitCode = 1;
            else
                std::printf("%s\n", qPrintable(xml));
        }
        if (step == 5)
            break;
        if (wizard.currentId() == AirlockWizard::HostPageId)
            acceptHostRisks(wizard);
        if (wizard.currentId() == AirlockWizard::MediaPageId
            && !wizard.currentPage()->isComplete()) {
            // No ISO in the spec: hand the Media page a small stand-in so
            // Next works, and show the page with an ISO chosen.
            QFile iso(QDir(isoDirectory)
                              .filePath(QStringLiteral("nixos-graphical-25.11-x86_64-linux.iso")));
            if (iso.open(QIODevice::WriteOnly)) {
                QByteArray image(0x9000, '\0');
                image.replace(0x8001, 5, "CD001");
                iso.write(image);
                iso.close();
            }
            VmSpec withIso = wizard.session()->spec();
            withIso.iso = IsoSource::file(iso.fileName());
            wizard.session()->setSpec(withIso);
            settle(300);
            const QString chosen = QStringLiteral("%1/%2-%3-chosen%4.png")
                                           .arg(parser.value(output))
                                           .arg(step + 1)
                                           .arg(wizard.currentPage()->objectName(), suffix);
            if (wizard.grab().save(chosen))
                std::printf("%s\n", qPrintable(chosen));
        }
        if (wizard.currentId() == AirlockWizard::SummaryPageId)
            launch.prepare(wizard);
        wizard.next();
        if (wizard.currentId() != step + 1) {
            qWarning("could not leave page %d", step + 1);
            exitCode = 1;
            break;
        }
    }
    return exitCode;
}
