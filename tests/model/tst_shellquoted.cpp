// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/shellquoted.h"

#include <QTest>

using namespace Airlock;

class TestShellQuoted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesWhatTheShellWouldRead_data();
    void quotesWhatTheShellWouldRead();
};

void TestShellQuoted::quotesWhatTheShellWouldRead_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");

    QTest::newRow("plain URI") << QStringLiteral("qemu:///system")
                               << QStringLiteral("qemu:///system");
    QTest::newRow("every plain character")
            << QStringLiteral("az_AZ09@%+=:,./-") << QStringLiteral("az_AZ09@%+=:,./-");
    QTest::newRow("path") << QStringLiteral("/var/lib/libvirt/images")
                          << QStringLiteral("/var/lib/libvirt/images");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("query") << QStringLiteral("qemu+ssh://host/system?keyfile=/k")
                           << QStringLiteral("'qemu+ssh://host/system?keyfile=/k'");
    QTest::newRow("space") << QStringLiteral("my images") << QStringLiteral("'my images'");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("command substitution")
            << QStringLiteral("$(reboot)") << QStringLiteral("'$(reboot)'");
    QTest::newRow("glob") << QStringLiteral("*") << QStringLiteral("'*'");
    // "$" in a pattern also matches before a final newline; the newline
    // would end the pasted command.
    QTest::newRow("ending in a newline")
            << QStringLiteral("qemu:///system\n") << QStringLiteral("'qemu:///system\n'");
    QTest::newRow("newline inside") << QStringLiteral("a\nreboot") << QStringLiteral("'a\nreboot'");
    QTest::newRow("not ASCII") << QStringLiteral("bilder-é") << QStringLiteral("'bilder-é'");
}

void TestShellQuoted::quotesWhatTheShellWouldRead()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(shellQuoted(word), quoted);
}

QTEST_GUILESS_MAIN(TestShellQuoted)
#include "tst_shellquoted.moc"
