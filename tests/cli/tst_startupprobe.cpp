// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// AIRLOCK_MEASURE_STARTUP=1, as tools/bench uses it: the wizard prints how
// long after the process started its first page was painted, and quits.
class TestStartupProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsTheTimeToTheFirstPaintAndQuits();
};

void TestStartupProbe::printsTheTimeToTheFirstPaintAndQuits()
{
    QProcess airlock;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AIRLOCK_MEASURE_STARTUP"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    airlock.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    airlock.start(QStringLiteral(AIRLOCK_BINARY),
                  {QStringLiteral("--connect"), QStringLiteral("test:///default")});
    QVERIFY(airlock.waitForFinished(60000));
    const double elapsedMs = double(timer.elapsed());
    QCOMPARE(airlock.exitStatus(), QProcess::NormalExit);
    QCOMPARE(airlock.exitCode(), 0);

    const QString output = QString::fromUtf8(airlock.readAllStandardOutput());
    const QRegularExpression line(
            QStringLiteral("^first-paint-ms=([0-9]+\\.[0-9]) cpu-ms=([0-9]+\\.[0-9])$"),
            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(output);
    QVERIFY2(match.hasMatch(), qPrintable(output));
    const double paintMs = match.captured(1).toDouble();
    const double cpuMs = match.captured(2).toDouble();
    // Counted from the kernel's start of the process, in 10 ms ticks: at
    // most one tick more than this test saw from just before the start.
    QVERIFY2(paintMs > 0 && paintMs <= elapsedMs + 10, qPrintable(output));
    QVERIFY2(cpuMs > 0, qPrintable(output));
}

QTEST_GUILESS_MAIN(TestStartupProbe)
#include "tst_startupprobe.moc"
