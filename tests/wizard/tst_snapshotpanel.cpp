// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/hypervisor.h"
#include "snapshotpanel.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Airlock;

namespace {

const QString s_uefi = QStringLiteral("airlock-panel-uefi");

QPushButton *button(const QWidget *parent, const QString &name)
{
    return parent->findChild<QPushButton *>(name);
}

QWidget *child(const QWidget *parent, const QString &name)
{
    return parent->findChild<QWidget *>(name);
}

QString labelText(const QWidget *parent, const QString &name)
{
    const auto *label = parent->findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

} // namespace

// The snapshot panel on libvirt's test driver: take, list, revert and delete,
// each asking first and saying what it does; and how it looks.
class TestSnapshotPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldHaveDefaultValue();
    void takesListsAndDeletes();
    void revertSaysWhatItRestoresAndWhatNot();
    void fitsA1024By768Screen_data();
    void fitsA1024By768Screen();

private:
    void defineUefiVm();
    void save(QWidget *widget, const QString &name) const;

    Hypervisor m_hypervisor;
};

void TestSnapshotPanel::initTestCase()
{
    Hypervisor::initializeLibvirt();
    QSignalSpy opened(&m_hypervisor, &Hypervisor::opened);
    m_hypervisor.open(QStringLiteral("test:///default"));
    QVERIFY(opened.wait(10000));
    defineUefiVm();
}

// A VM that is off, with UEFI firmware settings beside its disk.
void TestSnapshotPanel::defineUefiVm()
{
    const QString xml
            = QStringLiteral("<domain type='test'><name>%1</name><memory unit='MiB'>512</memory>"
                             "<os><type arch='x86_64'>hvm</type>"
                             "<loader readonly='yes' "
                             "type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>"
                             "<nvram>/var/lib/libvirt/qemu/nvram/%1_VARS.fd</nvram></os></domain>")
                      .arg(s_uefi);
    DomainHandle domain(
            virDomainDefineXML(m_hypervisor.connection().get(), xml.toUtf8().constData()));
    QVERIFY2(domain, qPrintable(LibvirtError::last().message));
}

void TestSnapshotPanel::save(QWidget *widget, const QString &name) const
{
    const QString directory = QStringLiteral(AIRLOCK_ARTIFACT_DIR);
    QDir().mkpath(directory);
    QVERIFY(widget->grab().save(directory + QStringLiteral("/snapshotpanel-") + name
                                + QStringLiteral(".png")));
}

void TestSnapshotPanel::shouldHaveDefaultValue()
{
    SnapshotPanel panel(&m_hypervisor);
    QCOMPARE(panel.list()->topLevelItemCount(), 0);
    QVERIFY(!panel.isBusy());
    QVERIFY(!button(&panel, QStringLiteral("takeButton"))->isEnabled());
    QVERIFY(!button(&panel, QStringLiteral("revertButton"))->isEnabled());
    QVERIFY(!button(&panel, QStringLiteral("deleteButton"))->isEnabled());
    for (const char *name : {"revertConfirmation", "deleteConfirmation", "takeConfirmation"})
        QVERIFY(child(&panel, QLatin1String(name))->isHidden());
    QCOMPARE(panel.kindText(), SnapshotKindOffer().text());
    QVERIFY(labelText(&panel, QStringLiteral("snapshotRevertText"))
                    .startsWith(QStringLiteral("No snapshots yet")));
    panel.setDomain(QStringLiteral("test"));
    QVERIFY(button(&panel, QStringLiteral("takeButton"))->isEnabled());
}

void TestSnapshotPanel::takesListsAndDeletes()
{
    SnapshotPanel panel(&m_hypervisor);
    panel.setDomain(QStringLiteral("test"));
    QSignalSpy taken(&panel, &SnapshotPanel::taken);
    button(&panel, QStringLiteral("takeButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(panel.list()->topLevelItemCount(), 1, 10000);
    QTRY_VERIFY(!panel.isBusy());
    QCOMPARE(taken.size(), 1);
    QTreeWidgetItem *item = panel.list()->topLevelItem(0);
    QCOMPARE(item->text(0), QStringLiteral("known-good (current)"));
    QVERIFY(!item->text(1).isEmpty());
    QCOMPARE(item->text(2), QStringLiteral("Disk and memory"));
    QVERIFY2(panel.kindText().contains(QStringLiteral("takes full snapshots")),
             qPrintable(panel.kindText()));
    QVERIFY(panel.statusText().contains(QStringLiteral("Took “known-good”")));

    // Delete asks first, naming the snapshot; keeping it changes nothing.
    auto *confirmation = child(&panel, QStringLiteral("deleteConfirmation"));
    button(&panel, QStringLiteral("deleteButton"))->click();
    QVERIFY(!confirmation->isHidden());
    QVERIFY(labelText(&panel, QStringLiteral("deleteConfirmationText"))
                    .startsWith(QStringLiteral("Delete the snapshot “known-good”")));
    button(&panel, QStringLiteral("keepSnapshotButton"))->click();
    QVERIFY(confirmation->isHidden());
    QCOMPARE(panel.list()->topLevelItemCount(), 1);

    QSignalSpy deleted(&panel, &SnapshotPanel::deleted);
    button(&panel, QStringLiteral("deleteButton"))->click();
    button(&panel, QStringLiteral("confirmDeleteButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 10000);
    QTRY_COMPARE(panel.list()->topLevelItemCount(), 0);
    QVERIFY(panel.statusText().contains(QStringLiteral("“known-good” is deleted")));
    QVERIFY(!button(&panel, QStringLiteral("deleteButton"))->isEnabled());
}

void TestSnapshotPanel::revertSaysWhatItRestoresAndWhatNot()
{
    SnapshotPanel panel(&m_hypervisor);
    panel.setDomain(s_uefi);
    button(&panel, QStringLiteral("takeButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(panel.list()->topLevelItemCount(), 1, 10000);
    QTRY_VERIFY(!panel.isBusy());

    auto *confirmation = child(&panel, QStringLiteral("revertConfirmation"));
    button(&panel, QStringLiteral("revertButton"))->click();
    QVERIFY(!confirmation->isHidden());
    const QString text = labelText(&panel, QStringLiteral("revertConfirmationText"));
    QVERIFY(text.startsWith(QStringLiteral("Revert the VM to “known-good”")));
    QVERIFY(text.contains(QStringLiteral("brings back the VM's disk exactly as it was")));
    QVERIFY(text.contains(QStringLiteral("firmware settings")));
    QVERIFY(text.contains(QStringLiteral("shared folder")));
    // Opening the delete question closes this one.
    button(&panel, QStringLiteral("deleteButton"))->click();
    QVERIFY(confirmation->isHidden());
    button(&panel, QStringLiteral("keepSnapshotButton"))->click();

    QSignalSpy reverted(&panel, &SnapshotPanel::reverted);
    button(&panel, QStringLiteral("revertButton"))->click();
    button(&panel, QStringLiteral("confirmRevertButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(reverted.size(), 1, 10000);
    // The test driver knows no NVRAM reset: the panel says so.
    QVERIFY(panel.statusText().contains(QStringLiteral("back at “known-good”")));
    QVERIFY2(panel.statusText().contains(QStringLiteral("could not be reset")),
             qPrintable(panel.statusText()));
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY(Snapshots::remove(m_hypervisor.connection(), s_uefi, QStringLiteral("known-good")));
}

void TestSnapshotPanel::fitsA1024By768Screen_data()
{
    QTest::addColumn<int>("pointSize");
    QTest::newRow("default font") << 0;
    QTest::newRow("12 pt") << 12;
}

// Each state, grabbed: empty, listed, asking to revert, asking to delete,
// after the delete.
void TestSnapshotPanel::fitsA1024By768Screen()
{
    QFETCH(int, pointSize);
    SnapshotPanel panel(&m_hypervisor);
    if (pointSize > 0) {
        QFont font = panel.font();
        font.setPointSize(pointSize);
        panel.setFont(font);
    }
    const QString suffix = pointSize > 0 ? QStringLiteral("-12pt") : QString();
    panel.resize(1024, 768);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setDomain(s_uefi);
    QTRY_VERIFY(!panel.isBusy());
    save(&panel, QStringLiteral("empty") + suffix);

    button(&panel, QStringLiteral("takeButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(panel.list()->topLevelItemCount(), 1, 10000);
    QTRY_VERIFY(!panel.isBusy());
    save(&panel, QStringLiteral("listed") + suffix);
    button(&panel, QStringLiteral("revertButton"))->click();
    QVERIFY(panel.minimumSizeHint().width() <= 1024 && panel.minimumSizeHint().height() <= 768);
    for (QPushButton *each : panel.findChildren<QPushButton *>()) {
        if (each->isVisible())
            QVERIFY2(each->width() >= each->sizeHint().width(), qPrintable(each->text()));
    }
    save(&panel, QStringLiteral("revert") + suffix);
    button(&panel, QStringLiteral("deleteButton"))->click();
    save(&panel, QStringLiteral("delete") + suffix);
    button(&panel, QStringLiteral("confirmDeleteButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(panel.list()->topLevelItemCount(), 0, 10000);
    QTRY_VERIFY(!panel.isBusy());
    save(&panel, QStringLiteral("deleted") + suffix);
}

QTEST_MAIN(TestSnapshotPanel)
#include "tst_snapshotpanel.moc"
