// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Airlock;

// airlock --list and --delete as a user runs them, on libvirt's test driver
// (tests/data/testdriver/removal.xml: each run starts from that file).
class TestListDelete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryVmAirlocksFirst();
    void listsInWords();
    void aDryRunNamesWhatGoesAndWhatStays();
    void aDryRunInJsonChangesNothing();
    void deletesWithYes();
    void refusesAVmAirlockDidNotMake();
    void refusesAVmThatIsNotThere();
    void yesBelongsToDelete();
    void anUnreachableConnectionExitsWithOne();

private:
    static QString airlock() { return QStringLiteral(AIRLOCK_BINARY); }
    static QString uri()
    {
        return QStringLiteral("test://") + Test::dataPath(QStringLiteral("testdriver/removal.xml"));
    }
    static int run(const QStringList &arguments, QString *output)
    {
        return Test::runProgram(
                airlock(), arguments + QStringList {QStringLiteral("--connect"), uri()}, output);
    }
};

void TestListDelete::listsEveryVmAirlocksFirst()
{
    QString output;
    QCOMPARE(run({QStringLiteral("--list"), QStringLiteral("--json")}, &output), 0);
    const QJsonDocument document = QJsonDocument::fromJson(output.toUtf8());
    QVERIFY2(document.isObject(), qPrintable(output));
    const QJsonArray vms = document.object().value(QStringLiteral("vms")).toArray();
    QCOMPARE(vms.size(), 3);
    QStringList names;
    for (const QJsonValue &vm : vms)
        names.append(vm.toObject().value(QStringLiteral("name")).toString());
    // Airlock's first, each group by name; the look-alike name counts for nothing.
    QCOMPARE(names, (QStringList {QStringLiteral("alpha"), QStringLiteral("nixos"),
                                  QStringLiteral("airlock-lookalike")}));

    const QJsonObject nixos = vms.at(1).toObject();
    QCOMPARE(nixos.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QCOMPARE(nixos.value(QStringLiteral("madeByAirlock")).toBool(), true);
    QCOMPARE(nixos.value(QStringLiteral("persistent")).toBool(), true);
    QCOMPARE(nixos.value(QStringLiteral("release")).toString(), QStringLiteral("26.05"));
    QCOMPARE(nixos.value(QStringLiteral("created")).toString(),
             QStringLiteral("2026-12-01T10:00:00Z"));
    QCOMPARE(nixos.value(QStringLiteral("airlockVersion")).toString(), QStringLiteral("0.1.0"));

    // An older Airlock recorded no time, and its ISO's name says no release.
    const QJsonObject alpha = vms.at(0).toObject();
    QVERIFY(alpha.value(QStringLiteral("created")).isNull());
    QVERIFY(alpha.value(QStringLiteral("release")).isNull());
    QCOMPARE(alpha.value(QStringLiteral("airlockVersion")).toString(), QStringLiteral("0.0.9"));

    const QJsonObject foreign = vms.at(2).toObject();
    QCOMPARE(foreign.value(QStringLiteral("madeByAirlock")).toBool(), false);
    QCOMPARE(foreign.keys(), (QStringList {QStringLiteral("madeByAirlock"), QStringLiteral("name"),
                                           QStringLiteral("persistent"), QStringLiteral("state")}));
}

void TestListDelete::listsInWords()
{
    QString output;
    QCOMPARE(run({QStringLiteral("--list")}, &output), 0);
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1), QStringLiteral("nixos — running — made by Airlock 0.1.0, NixOS 26.05, "
                                         "created 2026-12-01T10:00:00Z"));
    QCOMPARE(lines.at(2), QStringLiteral("airlock-lookalike — running — not made by Airlock"));
    QVERIFY(!output.contains(QLatin1Char('\r')));
}

void TestListDelete::aDryRunNamesWhatGoesAndWhatStays()
{
    QString output;
    QCOMPARE(run({QStringLiteral("--delete"), QStringLiteral("nixos")}, &output), 0);
    for (const QString &expected :
         {QStringLiteral("Turns off “nixos” first"), QStringLiteral("Removes the VM “nixos”."),
          QStringLiteral("Removes the disk “nixos.qcow2” in the pool “vms”."),
          QStringLiteral("Removes Airlock's network “airlock-nat”."),
          QStringLiteral("Keeps the storage pool “vms”: Airlock never removes a storage pool."),
          QStringLiteral("Nothing was changed.")})
        QVERIFY2(output.contains(expected), qPrintable(output));

    // The older Airlock's VM: its domain and disk, and why the rest stays.
    QCOMPARE(run({QStringLiteral("--delete"), QStringLiteral("alpha")}, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("Removes the disk “alpha.qcow2”")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("did not record what it made")), qPrintable(output));
    QVERIFY(!output.contains(QStringLiteral("Removes the ISO")));
}

void TestListDelete::aDryRunInJsonChangesNothing()
{
    QString output;
    QCOMPARE(run({QStringLiteral("--delete"), QStringLiteral("nixos"), QStringLiteral("--json")},
                 &output),
             0);
    const QJsonObject plan = QJsonDocument::fromJson(output.toUtf8()).object();
    QVERIFY2(plan.value(QStringLiteral("dryRun")).toBool(), qPrintable(output));
    QStringList kinds;
    for (const QJsonValue &item : plan.value(QStringLiteral("remove")).toArray())
        kinds.append(item.toObject().value(QStringLiteral("kind")).toString());
    QCOMPARE(kinds, (QStringList {QStringLiteral("turn-off"), QStringLiteral("domain"),
                                  QStringLiteral("disk"), QStringLiteral("iso"),
                                  QStringLiteral("network")}));
    const QJsonObject disk = plan.value(QStringLiteral("remove")).toArray().at(2).toObject();
    QCOMPARE(disk.value(QStringLiteral("pool")).toString(), QStringLiteral("vms"));
    QVERIFY(disk.value(QStringLiteral("command"))
                    .toString()
                    .contains(QStringLiteral("vol-delete --pool vms nixos.qcow2")));
    QVERIFY(!plan.value(QStringLiteral("keep")).toArray().isEmpty());
    QVERIFY(!plan.contains(QStringLiteral("removed")));
}

void TestListDelete::deletesWithYes()
{
    QString output;
    QCOMPARE(run({QStringLiteral("--delete"), QStringLiteral("nixos"), QStringLiteral("--yes")},
                 &output),
             0);
    // Each item as it goes, in whole lines.
    QVERIFY2(output.contains(QStringLiteral("[1/5] Turned off “nixos”.")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("[3/5] Removed the disk “nixos.qcow2” in the pool "
                                            "“vms”.")),
             qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("“nixos” is deleted.")));
    QVERIFY(!output.contains(QLatin1Char('\r')));

    QCOMPARE(run({QStringLiteral("--delete"), QStringLiteral("alpha"), QStringLiteral("--yes"),
                  QStringLiteral("--json")},
                 &output),
             0);
    const QJsonObject outcome = QJsonDocument::fromJson(output.toUtf8()).object();
    QCOMPARE(outcome.value(QStringLiteral("dryRun")).toBool(true), false);
    QCOMPARE(outcome.value(QStringLiteral("removed")).toArray().size(), 3);
    QVERIFY(outcome.value(QStringLiteral("failed")).toArray().isEmpty());
}

void TestListDelete::refusesAVmAirlockDidNotMake()
{
    QString output;
    QCOMPARE(run({QStringLiteral("--delete"), QStringLiteral("airlock-lookalike"),
                  QStringLiteral("--yes")},
                 &output),
             1);
    QVERIFY2(output.contains(QStringLiteral("“airlock-lookalike” was not made by Airlock")),
             qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("Airlock never removes a VM it did not make")));
    QVERIFY(!output.contains(QStringLiteral("Removed")));
    QCOMPARE(run({QStringLiteral("--delete"), QStringLiteral("airlock-lookalike"),
                  QStringLiteral("--json")},
                 &output),
             1);
    const int start = int(output.indexOf(QLatin1Char('{')));
    const QJsonObject refusal = QJsonDocument::fromJson(output.mid(start).toUtf8()).object();
    QCOMPARE(refusal.value(QStringLiteral("refused")).toString(),
             QStringLiteral("not-made-by-airlock"));
}

void TestListDelete::refusesAVmThatIsNotThere()
{
    QString output;
    QCOMPARE(run({QStringLiteral("--delete"), QStringLiteral("nowhere"), QStringLiteral("--yes")},
                 &output),
             1);
    QVERIFY2(output.contains(QStringLiteral("There is no VM named “nowhere”")), qPrintable(output));
}

void TestListDelete::yesBelongsToDelete()
{
    QString output;
    QCOMPARE(Test::runProgram(airlock(), {QStringLiteral("--yes")}, &output), 2);
    QVERIFY2(output.contains(QStringLiteral("--yes goes with --delete")), qPrintable(output));
}

void TestListDelete::anUnreachableConnectionExitsWithOne()
{
    QString output;
    const QString nowhere = QStringLiteral("qemu:///system?socket=/nonexistent/libvirt-sock");
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--list"), QStringLiteral("--connect"), nowhere},
                              &output),
             1);
    QVERIFY2(output.contains(QStringLiteral("cannot connect")), qPrintable(output));
    QCOMPARE(Test::runProgram(airlock(),
                              {QStringLiteral("--delete"), QStringLiteral("x"),
                               QStringLiteral("--connect"), nowhere},
                              &output),
             1);
}

QTEST_GUILESS_MAIN(TestListDelete)
#include "tst_listdelete.moc"
