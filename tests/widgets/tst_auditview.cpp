// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditview.h"
#include "noticelabel.h"

#include <QTest>

using namespace Airlock;

class TestAuditView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue();
    void summarySaysWhetherAllHold_data();
    void summarySaysWhetherAllHold();
    void rowsWaitUntilShownOrRead();
    void rowsAreReusedAcrossReads();
};

namespace {

AuditCheck check(const QString &id, bool passed)
{
    return {id, QStringLiteral("No %1").arg(id), passed,
            passed ? QStringLiteral("no %1 device").arg(id)
                   : QStringLiteral("one %1 device").arg(id)};
}

QList<NoticeLabel *> rows(const AuditView &view)
{
    QList<NoticeLabel *> rows;
    for (NoticeLabel *notice : view.findChildren<NoticeLabel *>()) {
        if (notice->objectName().startsWith(QLatin1String("audit-")))
            rows.append(notice);
    }
    return rows;
}

} // namespace

void TestAuditView::shouldHaveDefaultValue()
{
    QWidget parent;
    new AuditView(&parent);
    auto *view = parent.findChild<AuditView *>(QStringLiteral("auditView"));
    QVERIFY(view);
    auto *summary = view->findChild<NoticeLabel *>(QStringLiteral("auditSummary"));
    QVERIFY(summary);
    QVERIFY(summary->isHidden());
    QCOMPARE(summary->style(), NoticeLabel::Style::Verdict);
    QVERIFY(view->lines().isEmpty());
    QVERIFY(rows(*view).isEmpty());
    // Nothing read back is nothing proven.
    QCOMPARE(view->status(), Status::Fail);
}

void TestAuditView::summarySaysWhetherAllHold_data()
{
    QTest::addColumn<QList<AuditCheck>>("checks");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("summary");
    QTest::newRow("all hold") << QList<AuditCheck> {check(QStringLiteral("audio"), true),
                                                    check(QStringLiteral("usb"), true)}
                              << Status::Pass << QStringLiteral("Passed: All 2 check");
    QTest::newRow("one fails") << QList<AuditCheck> {check(QStringLiteral("audio"), true),
                                                     check(QStringLiteral("usb"), false),
                                                     check(QStringLiteral("tpm"), true)}
                               << Status::Fail << QStringLiteral("Failed: 1 of 3 check");
    QTest::newRow("all fail") << QList<AuditCheck> {check(QStringLiteral("audio"), false)}
                              << Status::Fail << QStringLiteral("Failed: 1 of 1 check");
}

void TestAuditView::summarySaysWhetherAllHold()
{
    QFETCH(QList<AuditCheck>, checks);
    QFETCH(Status, status);
    QFETCH(QString, summary);
    AuditView view;
    view.setChecks(checks);
    QCOMPARE(view.status(), status);
    auto *notice = view.findChild<NoticeLabel *>(QStringLiteral("auditSummary"));
    QCOMPARE(notice->status(), status);
    QVERIFY2(notice->text().startsWith(summary), qPrintable(notice->text()));
    QCOMPARE(view.lines().size(), checks.size());
}

void TestAuditView::rowsWaitUntilShownOrRead()
{
    AuditView view;
    view.setChecks({check(QStringLiteral("audio"), true), check(QStringLiteral("usb"), false)});
    // Hidden in a background tab: no rows yet.
    QVERIFY(rows(view).isEmpty());
    view.show();
    QCOMPARE(rows(view).size(), 2);
    QCOMPARE(view.lines(), (QStringList {QStringLiteral("Passed: No audio — no audio device"),
                                         QStringLiteral("Failed: No usb — one usb device")}));
    auto *usb = view.findChild<NoticeLabel *>(QStringLiteral("audit-usb"));
    QVERIFY(usb);
    QCOMPARE(usb->status(), Status::Fail);
    QVERIFY(usb->isVisible());

    AuditView unseen;
    unseen.setChecks({check(QStringLiteral("audio"), true)});
    QCOMPARE(unseen.lines(), QStringList {QStringLiteral("Passed: No audio — no audio device")});
    QCOMPARE(rows(unseen).size(), 1);
}

void TestAuditView::rowsAreReusedAcrossReads()
{
    AuditView view;
    view.show();
    view.setChecks({check(QStringLiteral("audio"), true), check(QStringLiteral("usb"), true),
                    check(QStringLiteral("tpm"), true)});
    const QList<NoticeLabel *> first = rows(view);
    QCOMPARE(first.size(), 3);
    view.setChecks({check(QStringLiteral("audio"), false), check(QStringLiteral("usb"), true),
                    check(QStringLiteral("tpm"), true)});
    QCOMPARE(rows(view), first);
    QCOMPARE(first.at(0)->status(), Status::Fail);
    view.setChecks({check(QStringLiteral("graphics"), true)});
    QTRY_COMPARE(rows(view).size(), 1);
    QCOMPARE(rows(view).constFirst(), first.constFirst());
    QCOMPARE(rows(view).constFirst()->objectName(), QStringLiteral("audit-graphics"));
}

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"
