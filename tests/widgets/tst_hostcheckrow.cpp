// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostcheckrow.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Airlock;

class TestHostCheckRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue();
    void detailsOpenAndClose();
    void acceptingTheRisk_data();
    void acceptingTheRisk();
    void acknowledgementIsReported();
    void coveredRowDoesNotAskAgain();
    void copyPutsTheCommandOnTheClipboard();
    void remedyHiddenWhenNothingToFix();
    void remedyReadsAsWhatItIs_data();
    void remedyReadsAsWhatItIs();
};

namespace {

HostCheck failingSelinux()
{
    HostCheck check;
    check.id = QStringLiteral("selinux");
    check.status = CheckStatus::Fail;
    check.title = QStringLiteral("SELinux");
    check.finding = QStringLiteral("SELinux is permissive.");
    check.evidence = QStringLiteral("0");
    check.source = QStringLiteral("/sys/fs/selinux/enforce");
    check.remedy = QStringLiteral("sudo setenforce 1");
    check.gate = CheckGate::Acknowledge;
    check.acknowledgement = QStringLiteral("I understand this VM will not be confined by SELinux");
    return check;
}

struct Shown
{
    QWidget parent;
    HostCheckRow *row;

    explicit Shown(const HostCheck &check) : row(new HostCheckRow(check, &parent))
    {
        auto *layout = new QVBoxLayout(&parent);
        layout->addWidget(row);
        parent.resize(480, 300);
        parent.show();
    }
    template<typename T>
    T *child(const QString &prefix) const
    {
        return row->findChild<T *>(prefix + QStringLiteral("-selinux"));
    }
};

} // namespace

void TestHostCheckRow::shouldHaveDefaultValue()
{
    Shown shown(failingSelinux());
    QCOMPARE(shown.parent.findChild<HostCheckRow *>(QStringLiteral("check-selinux")), shown.row);
    QCOMPARE(shown.row->check().id, QStringLiteral("selinux"));
    QVERIFY(!shown.row->isExpanded());
    QVERIFY(!shown.row->isAcknowledged());

    auto *toggle = shown.child<QToolButton>(QStringLiteral("details"));
    QVERIFY(toggle);
    QCOMPARE(toggle->text(), QStringLiteral("Details"));
    QVERIFY(!toggle->isChecked());
    QCOMPARE(toggle->accessibleName(), QStringLiteral("Details for SELinux"));
    auto *evidence = shown.child<QLabel>(QStringLiteral("evidence"));
    QCOMPARE(evidence->text(), QStringLiteral("0"));
    QVERIFY(!evidence->isVisible());
    QCOMPARE(shown.child<QLabel>(QStringLiteral("source"))->text(),
             QStringLiteral("/sys/fs/selinux/enforce"));
    QCOMPARE(shown.child<QLabel>(QStringLiteral("remedy"))->text(),
             QStringLiteral("sudo setenforce 1"));
    auto *copy = shown.child<QPushButton>(QStringLiteral("copy"));
    QCOMPARE(copy->text(), QStringLiteral("Copy"));
    QCOMPARE(copy->accessibleName(), QStringLiteral("Copy the command that fixes SELinux"));
    auto *acknowledge = shown.child<QCheckBox>(QStringLiteral("acknowledge"));
    QVERIFY(acknowledge->isVisible());
    QVERIFY(!acknowledge->isChecked());
    // The sentence wraps beside the box, and a screen reader hears it as the box's name.
    auto *sentence = shown.child<QLabel>(QStringLiteral("acknowledgeText"));
    QVERIFY(sentence->isVisible());
    QVERIFY(sentence->wordWrap());
    QCOMPARE(sentence->text(), failingSelinux().acknowledgement);
    QCOMPARE(acknowledge->accessibleName(), failingSelinux().acknowledgement);
    QVERIFY(!shown.child<QLabel>(QStringLiteral("covered"))->isVisible());

    // The page chains these into its tab order: reading order, all of them.
    const QList<QWidget *> chain {toggle,
                                  acknowledge,
                                  evidence,
                                  shown.child<QLabel>(QStringLiteral("source")),
                                  shown.child<QLabel>(QStringLiteral("remedy")),
                                  copy};
    QCOMPARE(shown.row->focusChain(), chain);
}

void TestHostCheckRow::detailsOpenAndClose()
{
    Shown shown(failingSelinux());
    auto *toggle = shown.child<QToolButton>(QStringLiteral("details"));
    auto *evidence = shown.child<QLabel>(QStringLiteral("evidence"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(shown.row->isExpanded());
    QVERIFY(evidence->isVisible());
    QCOMPARE(toggle->arrowType(), Qt::DownArrow);
    shown.row->setExpanded(false);
    QVERIFY(!toggle->isChecked());
    QVERIFY(!evidence->isVisible());
    QCOMPARE(toggle->arrowType(), Qt::RightArrow);
    // The header opens the details too, not only the small toggle.
    QTest::mouseClick(shown.row, Qt::LeftButton, {}, QPoint(1, 1));
    QVERIFY(shown.row->isExpanded());
    QVERIFY(toggle->isChecked());
}

void TestHostCheckRow::acceptingTheRisk_data()
{
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<CheckGate>("gate");
    QTest::addColumn<QString>("acknowledgement");
    QTest::addColumn<bool>("offered");
    const QString risk = failingSelinux().acknowledgement;
    QTest::newRow("acceptable failure")
            << CheckStatus::Fail << CheckGate::Acknowledge << risk << true;
    QTest::newRow("failure without words")
            << CheckStatus::Fail << CheckGate::Acknowledge << QString() << false;
    QTest::newRow("blocking failure") << CheckStatus::Fail << CheckGate::Block << risk << false;
    QTest::newRow("warning") << CheckStatus::Warn << CheckGate::Acknowledge << risk << false;
    QTest::newRow("pass") << CheckStatus::Pass << CheckGate::Acknowledge << risk << false;
}

void TestHostCheckRow::acceptingTheRisk()
{
    QFETCH(CheckStatus, status);
    QFETCH(CheckGate, gate);
    QFETCH(QString, acknowledgement);
    QFETCH(bool, offered);
    HostCheck check = failingSelinux();
    check.status = status;
    check.gate = gate;
    check.acknowledgement = acknowledgement;
    Shown shown(check);
    auto *box = shown.child<QCheckBox>(QStringLiteral("acknowledge"));
    QCOMPARE(box->isVisible(), offered);
    shown.row->setAcknowledged(true);
    QCOMPARE(shown.row->isAcknowledged(), offered);
}

void TestHostCheckRow::acknowledgementIsReported()
{
    Shown shown(failingSelinux());
    QSignalSpy changed(shown.row, &HostCheckRow::acknowledgementChanged);
    auto *box = shown.child<QCheckBox>(QStringLiteral("acknowledge"));
    QTest::mouseClick(box, Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("selinux"));
    QCOMPARE(changed.at(0).at(1).toBool(), true);
    QVERIFY(shown.row->isAcknowledged());
    // Set from the session, not by the user: nothing to report back.
    shown.row->setAcknowledged(false);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!shown.row->isAcknowledged());
    // A click on the sentence ticks the box, and does not open the details.
    QTest::mouseClick(shown.child<QLabel>(QStringLiteral("acknowledgeText")), Qt::LeftButton);
    QCOMPARE(changed.size(), 2);
    QVERIFY(shown.row->isAcknowledged());
    QVERIFY(!shown.row->isExpanded());
}

void TestHostCheckRow::coveredRowDoesNotAskAgain()
{
    Shown shown(failingSelinux());
    shown.row->setAcknowledged(true);
    QSignalSpy changed(shown.row, &HostCheckRow::acknowledgementChanged);
    shown.row->setCoveredBy(QStringLiteral("Virtualization"));
    auto *box = shown.child<QCheckBox>(QStringLiteral("acknowledge"));
    auto *covered = shown.child<QLabel>(QStringLiteral("covered"));
    QVERIFY(!box->isVisible());
    QVERIFY(!shown.child<QLabel>(QStringLiteral("acknowledgeText"))->isVisible());
    QVERIFY(!box->isChecked());
    QVERIFY(!shown.row->isAcknowledged());
    QVERIFY(covered->isVisible());
    QVERIFY(covered->text().contains(QStringLiteral("“Virtualization”")));
    QCOMPARE(changed.size(), 0);

    shown.row->setCoveredBy(QString());
    QVERIFY(box->isVisible());
    QVERIFY(!covered->isVisible());
}

void TestHostCheckRow::copyPutsTheCommandOnTheClipboard()
{
    Shown shown(failingSelinux());
    shown.row->setExpanded(true);
    auto *copy = shown.child<QPushButton>(QStringLiteral("copy"));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("sudo setenforce 1"));
    QCOMPARE(copy->text(), QStringLiteral("Copied"));
    QTRY_COMPARE_WITH_TIMEOUT(copy->text(), QStringLiteral("Copy"), 4000);
}

void TestHostCheckRow::remedyHiddenWhenNothingToFix()
{
    HostCheck check = failingSelinux();
    check.status = CheckStatus::Pass;
    check.remedy.clear();
    Shown shown(check);
    shown.row->setExpanded(true);
    QVERIFY(shown.child<QLabel>(QStringLiteral("evidence"))->isVisible());
    QVERIFY(!shown.child<QLabel>(QStringLiteral("remedy"))->isVisible());
    QVERIFY(!shown.child<QPushButton>(QStringLiteral("copy"))->isVisible());

    // A later reading that finds something to fix shows the command.
    shown.row->setCheck(failingSelinux());
    QVERIFY(shown.child<QLabel>(QStringLiteral("remedy"))->isVisible());
    QVERIFY(shown.child<QPushButton>(QStringLiteral("copy"))->isVisible());
}

void TestHostCheckRow::remedyReadsAsWhatItIs_data()
{
    QTest::addColumn<RemedyKind>("kind");
    QTest::addColumn<QString>("remedy");
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<bool>("monospaced");
    QTest::addColumn<QString>("copy"); // empty: no copy button

    QTest::newRow("a fix") << RemedyKind::Command << QStringLiteral("sudo setenforce 1")
                           << QString() << QStringLiteral("Fix:") << true << QStringLiteral("Copy");
    QTest::newRow("a command that only reads")
            << RemedyKind::Inspect << QStringLiteral("getenforce")
            << QStringLiteral("Prints SELinux's mode.") << QStringLiteral("Check by hand:") << true
            << QStringLiteral("Copy");
    QTest::newRow("a page") << RemedyKind::Link << QStringLiteral("https://secureblue.dev/install")
                            << QStringLiteral("secureblue's guide.") << QStringLiteral("Read:")
                            << false << QStringLiteral("Copy link");
    QTest::newRow("steps at power-on")
            << RemedyKind::Steps << QStringLiteral("Restart and press the BIOS setup key.")
            << QString() << QStringLiteral("Fix:") << false << QString();
}

void TestHostCheckRow::remedyReadsAsWhatItIs()
{
    QFETCH(RemedyKind, kind);
    QFETCH(QString, remedy);
    QFETCH(QString, purpose);
    QFETCH(QString, heading);
    QFETCH(bool, monospaced);
    QFETCH(QString, copy);

    HostCheck check = failingSelinux();
    check.remedy = remedy;
    check.remedyKind = kind;
    check.remedyPurpose = purpose;
    Shown shown(check);
    shown.row->setExpanded(true);
    auto *label = shown.child<QLabel>(QStringLiteral("remedy"));
    QCOMPARE(shown.child<QLabel>(QStringLiteral("remedyHeading"))->text(), heading);
    QCOMPARE(QFontInfo(label->font()).fixedPitch(), monospaced);
    auto *purposeLabel = shown.child<QLabel>(QStringLiteral("remedyPurpose"));
    QCOMPARE(purposeLabel->isVisible(), !purpose.isEmpty());
    QCOMPARE(purposeLabel->text(), purpose);
    auto *copyButton = shown.child<QPushButton>(QStringLiteral("copy"));
    QCOMPARE(copyButton->isVisible(), !copy.isEmpty());
    if (!copy.isEmpty()) {
        QCOMPARE(copyButton->text(), copy);
        QGuiApplication::clipboard()->clear();
        copyButton->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), remedy);
    }
    if (kind == RemedyKind::Link) {
        // A link to open, by mouse or keyboard, not a command to paste.
        QCOMPARE(label->textFormat(), Qt::RichText);
        QVERIFY(label->openExternalLinks());
        QVERIFY(label->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
        QCOMPARE(label->text(), QStringLiteral("<a href=\"%1\">%1</a>").arg(remedy));
    } else {
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), remedy);
    }
}

QTEST_MAIN(TestHostCheckRow)
#include "tst_hostcheckrow.moc"
