// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainxml/domaindiff.h"
#include "domainxml/domainxml.h"
#include "exposure/exposure.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace Airlock;

namespace {

using Kind = DomainDiff::Line::Kind;

VmSpec loadSpec(const QString &name)
{
    const auto spec = VmSpec::load(Test::dataPath(QStringLiteral("specs/%1.json").arg(name)));
    if (!spec)
        qFatal("cannot load spec %s", qPrintable(name));
    return *spec;
}

QString domainXml(const VmSpec &spec)
{
    const auto xml = DomainXml::domain(spec);
    if (!xml)
        qFatal("DomainXml failed: %s", qPrintable(xml.error().constFirst().text()));
    return *xml;
}

QStringList linesOf(const QList<DomainDiff::Line> &lines, Kind kind)
{
    QStringList texts;
    for (const DomainDiff::Line &line : lines) {
        if (line.kind == kind)
            texts.append(line.text);
    }
    return texts;
}

} // namespace

class TestDomainDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalDocumentsHaveNoDifference();
    void metadataIsLeftOut();
    void changesShowUnderTheirElements();
    void addedElementsCarryTheirChildren();
    void exposuresAgainstNothing_data();
    void exposuresAgainstNothing();
    void everyChangedLineIsInItsDocument_data();
    void everyChangedLineIsInItsDocument();
};

void TestDomainDiff::identicalDocumentsHaveNoDifference()
{
    const QString xml = domainXml(loadSpec(QStringLiteral("preset-convenience")));
    QVERIFY(DomainDiff::between(xml, xml).isEmpty());
    QCOMPARE(DomainDiff::text({}), QString());
}

void TestDomainDiff::metadataIsLeftOut()
{
    const QString from
            = QStringLiteral("<domain>\n  <metadata>\n    <a:spec>{\"audio\":false}</a:spec>\n"
                             "  </metadata>\n  <name>nixos</name>\n</domain>\n");
    QString to = from;
    to.replace(QStringLiteral("false"), QStringLiteral("true"));
    QVERIFY(DomainDiff::between(from, to).isEmpty());
    to.replace(QStringLiteral("nixos"), QStringLiteral("other"));
    QCOMPARE(DomainDiff::between(from, to),
             (QList<DomainDiff::Line> {{Kind::Context, QStringLiteral("<domain>")},
                                       {Kind::Removed, QStringLiteral("  <name>nixos</name>")},
                                       {Kind::Added, QStringLiteral("  <name>other</name>")}}));
}

void TestDomainDiff::changesShowUnderTheirElements()
{
    const QString from = QStringLiteral("<domain>\n"
                                        "  <devices>\n"
                                        "    <disk/>\n"
                                        "    <graphics type=\"spice\">\n"
                                        "      <listen type=\"none\"/>\n"
                                        "      <clipboard copypaste=\"no\"/>\n"
                                        "      <filetransfer enable=\"no\"/>\n"
                                        "      <gl enable=\"no\"/>\n"
                                        "    </graphics>\n"
                                        "  </devices>\n"
                                        "</domain>\n");
    QString to = from;
    to.replace(QStringLiteral("copypaste=\"no\""), QStringLiteral("copypaste=\"yes\""));
    to.replace(QStringLiteral("gl enable=\"no\""), QStringLiteral("gl enable=\"yes\""));
    const QList<DomainDiff::Line> lines = DomainDiff::between(from, to);
    // Each enclosing element once, before the first change inside it.
    QCOMPARE(DomainDiff::text(lines), QStringLiteral(" <domain>\n"
                                                     "   <devices>\n"
                                                     "     <graphics type=\"spice\">\n"
                                                     "-      <clipboard copypaste=\"no\"/>\n"
                                                     "+      <clipboard copypaste=\"yes\"/>\n"
                                                     "-      <gl enable=\"no\"/>\n"
                                                     "+      <gl enable=\"yes\"/>\n"));
}

void TestDomainDiff::addedElementsCarryTheirChildren()
{
    VmSpec nothing;
    ExposureCatalogue::isolateEverything(nothing);
    VmSpec tpm = nothing;
    tpm.exposure.tpm = true;
    const QList<DomainDiff::Line> lines = DomainDiff::between(domainXml(nothing), domainXml(tpm));
    QCOMPARE(linesOf(lines, Kind::Removed), QStringList());
    QCOMPARE(linesOf(lines, Kind::Added),
             (QStringList {QStringLiteral("    <tpm model=\"tpm-crb\">"),
                           QStringLiteral("      <backend type=\"emulator\" version=\"2.0\"/>"),
                           QStringLiteral("    </tpm>")}));
    QCOMPARE(linesOf(lines, Kind::Context), (QStringList {QStringLiteral("<domain type=\"kvm\">"),
                                                          QStringLiteral("  <devices>")}));
}

void TestDomainDiff::exposuresAgainstNothing_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"defaults", "preset-balanced", "preset-convenience", "network-bridge",
                             "shared-folder-readonly"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestDomainDiff::exposuresAgainstNothing()
{
    // What the Devices page shows under "What changes in the VM".
    QFETCH(QString, name);
    const VmSpec spec = loadSpec(name);
    VmSpec nothing = spec;
    ExposureCatalogue::isolateEverything(nothing);
    const QString actual
            = DomainDiff::text(DomainDiff::between(domainXml(nothing), domainXml(spec)));
    const QString expectedFile = Test::dataPath(QStringLiteral("diff/%1.diff").arg(name));
    if (Test::regenerating()) {
        QFile file(expectedFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(actual.toUtf8());
        return;
    }
    const QString expected
            = QString::fromUtf8(Test::readData(QStringLiteral("diff/%1.diff").arg(name)));
    QVERIFY2(!expected.isEmpty(),
             qPrintable(QStringLiteral("missing %1; run with AIRLOCK_REGENERATE=1 and review")
                                .arg(expectedFile)));
    QCOMPARE(actual, expected);
}

void TestDomainDiff::everyChangedLineIsInItsDocument_data()
{
    exposuresAgainstNothing_data();
}

void TestDomainDiff::everyChangedLineIsInItsDocument()
{
    // Removed lines come from the first document, added ones from the second,
    // in order: nothing is made up and nothing is reordered.
    QFETCH(QString, name);
    const VmSpec spec = loadSpec(name);
    VmSpec nothing = spec;
    ExposureCatalogue::isolateEverything(nothing);
    const QString from = domainXml(nothing);
    const QString to = domainXml(spec);
    const QStringList fromLines = from.split(QLatin1Char('\n'));
    const QStringList toLines = to.split(QLatin1Char('\n'));
    qsizetype fromAt = 0;
    qsizetype toAt = 0;
    int changes = 0;
    for (const DomainDiff::Line &line : DomainDiff::between(from, to)) {
        if (line.kind != Kind::Added) {
            fromAt = fromLines.indexOf(line.text, fromAt);
            QVERIFY2(fromAt >= 0, qPrintable(line.text));
            ++fromAt;
        }
        if (line.kind != Kind::Removed) {
            toAt = toLines.indexOf(line.text, toAt);
            QVERIFY2(toAt >= 0, qPrintable(line.text));
            ++toAt;
        }
        changes += line.kind != Kind::Context;
    }
    QVERIFY(changes > 0);
}

QTEST_GUILESS_MAIN(TestDomainDiff)
#include "tst_domaindiff.moc"
