// SPDX-License-Identifier: GPL-3.0-or-later
#include "proof/securitylabel.h"

#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::SecurityLabel::Kind)

class TestSecurityLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void dominates_data();
    void dominates();
    void explainsEveryPart();
    void explainsDacAndImageLabels();
};

void TestSecurityLabel::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SecurityLabel::Kind>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("sensitivity");
    QTest::addColumn<QString>("categoriesText");
    QTest::addColumn<QList<int>>("categories");
    QTest::addColumn<bool>("confinedVm");

    using K = SecurityLabel::Kind;
    QTest::newRow("sVirt process")
            << "system_u:system_r:svirt_t:s0:c383,c416" << K::Selinux << "svirt_t"
            << "s0"
            << "c383,c416" << QList<int> {383, 416} << true;
    QTest::newRow("sVirt image") << "system_u:object_r:svirt_image_t:s0:c383,c416" << K::Selinux
                                 << "svirt_image_t"
                                 << "s0"
                                 << "c383,c416" << QList<int> {383, 416} << false;
    QTest::newRow("Fedora TCG type")
            << "system_u:system_r:svirt_tcg_t:s0:c1,c2" << K::Selinux << "svirt_tcg_t"
            << "s0"
            << "c1,c2" << QList<int> {1, 2} << true;
    QTest::newRow("categories in order")
            << "system_u:system_r:svirt_t:s0:c416,c383" << K::Selinux << "svirt_t"
            << "s0"
            << "c416,c383" << QList<int> {383, 416} << true;
    QTest::newRow("category range and list")
            << "system_u:system_r:svirt_t:s0:c0.c3,c7" << K::Selinux << "svirt_t"
            << "s0"
            << "c0.c3,c7" << QList<int> {0, 1, 2, 3, 7} << true;
    QTest::newRow("without categories") << "system_u:system_r:svirt_t:s0" << K::Selinux << "svirt_t"
                                        << "s0"
                                        << "" << QList<int> {} << true;
    QTest::newRow("without MLS") << "system_u:system_r:svirt_t" << K::Selinux << "svirt_t"
                                 << ""
                                 << "" << QList<int> {} << true;
    QTest::newRow("unconfined") << "unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023"
                                << K::Selinux << "unconfined_t"
                                << "s0"
                                << "c0.c1023" << QList<int> {} << false;
    QTest::newRow("DAC numeric") << "+107:+107" << K::Dac << ""
                                 << ""
                                 << "" << QList<int> {} << false;
    QTest::newRow("DAC Debian") << "+64055:+64055" << K::Dac << ""
                                << ""
                                << "" << QList<int> {} << false;
    QTest::newRow("DAC names") << "qemu:qemu" << K::Dac << ""
                               << ""
                               << "" << QList<int> {} << false;
    QTest::newRow("empty") << "" << K::Empty << ""
                           << ""
                           << "" << QList<int> {} << false;
    QTest::newRow("blank") << "   " << K::Empty << ""
                           << ""
                           << "" << QList<int> {} << false;
    QTest::newRow("test driver") << "libvirt-test" << K::Other << ""
                                 << ""
                                 << "" << QList<int> {} << false;
    QTest::newRow("category too big") << "system_u:system_r:svirt_t:s0:c2000" << K::Other << ""
                                      << ""
                                      << "" << QList<int> {} << false;
    QTest::newRow("backwards range") << "system_u:system_r:svirt_t:s0:c5.c3" << K::Other << ""
                                     << ""
                                     << "" << QList<int> {} << false;
    QTest::newRow("bad sensitivity") << "system_u:system_r:svirt_t:x0:c1" << K::Other << ""
                                     << ""
                                     << "" << QList<int> {} << false;
    QTest::newRow("bad category") << "system_u:system_r:svirt_t:s0:d1" << K::Other << ""
                                  << ""
                                  << "" << QList<int> {} << false;
    // Found by fuzzing: an empty level after a trailing ":" passed as SELinux.
    QTest::newRow("trailing colon") << "system_u:system_r:svirt_t:" << K::Other << ""
                                    << ""
                                    << "" << QList<int> {} << false;
    QTest::newRow("trailing colon after level") << "system_u:system_r:svirt_t:s0:" << K::Other << ""
                                                << ""
                                                << "" << QList<int> {} << false;
    QTest::newRow("range high below low")
            << "system_u:system_r:svirt_t:s0:c1,c2-s0:c1" << K::Other << ""
            << ""
            << "" << QList<int> {} << false;
    QTest::newRow("range sensitivity backwards")
            << "system_u:system_r:svirt_t:s1-s0" << K::Other << ""
            << ""
            << "" << QList<int> {} << false;
    QTest::newRow("range including its low end")
            << "system_u:system_r:svirt_t:s0:c1-s0:c0.c3" << K::Selinux << "svirt_t"
            << "s0"
            << "c0.c3" << QList<int> {0, 1, 2, 3} << true;
    QTest::newRow("empty parts") << ":::" << K::Other << ""
                                 << ""
                                 << "" << QList<int> {} << false;
    // "$" in a pattern also matches before a final newline; parts must not.
    QTest::newRow("newline after sensitivity")
            << "system_u:system_r:svirt_t:s0\n:c1" << K::Other << ""
            << ""
            << "" << QList<int> {} << false;
    QTest::newRow("newline after category")
            << "system_u:system_r:svirt_t:s0:c1\n,c2" << K::Other << ""
            << ""
            << "" << QList<int> {} << false;
    QTest::newRow("newline in type") << "system_u:system_r:svirt_t\n:s0" << K::Other << ""
                                     << ""
                                     << "" << QList<int> {} << false;
    QTest::newRow("markup") << "<label>a:b:c</label>" << K::Other << ""
                            << ""
                            << "" << QList<int> {} << false;
    QTest::newRow("unicode") << QStringLiteral("ü:ß:ö:s0") << K::Other << ""
                             << ""
                             << "" << QList<int> {} << false;
}

void TestSecurityLabel::parses()
{
    QFETCH(QString, text);
    QFETCH(SecurityLabel::Kind, kind);
    QFETCH(QString, type);
    QFETCH(QString, sensitivity);
    QFETCH(QString, categoriesText);
    QFETCH(QList<int>, categories);
    QFETCH(bool, confinedVm);

    const SecurityLabel label = SecurityLabel::parse(text);
    QCOMPARE(label.kind(), kind);
    QCOMPARE(label.text(), text.trimmed());
    QCOMPARE(label.isConfinedVmType(), confinedVm);
    if (kind == SecurityLabel::Kind::Selinux) {
        QCOMPARE(label.type(), type);
        QCOMPARE(label.sensitivity(), sensitivity);
        QCOMPARE(label.categoriesText(), categoriesText);
        if (!categories.isEmpty() || categoriesText.isEmpty())
            QCOMPARE(label.categories(), categories);
    }
    if (kind == SecurityLabel::Kind::Other)
        QVERIFY(!label.problem().isEmpty());
}

void TestSecurityLabel::dominates_data()
{
    QTest::addColumn<QString>("process");
    QTest::addColumn<QString>("object");
    QTest::addColumn<bool>("dominates");

    QTest::newRow("same pair") << "system_u:system_r:svirt_t:s0:c383,c416"
                               << "system_u:object_r:svirt_image_t:s0:c383,c416" << true;
    QTest::newRow("other pair") << "system_u:system_r:svirt_t:s0:c1,c2"
                                << "system_u:object_r:svirt_image_t:s0:c383,c416" << false;
    QTest::newRow("one shared category") << "system_u:system_r:svirt_t:s0:c1,c416"
                                         << "system_u:object_r:svirt_image_t:s0:c383,c416" << false;
    QTest::newRow("every category") << "system_u:system_r:virtd_t:s0-s0:c0.c1023"
                                    << "system_u:object_r:svirt_image_t:s0:c383,c416" << true;
    QTest::newRow("no categories") << "system_u:system_r:svirt_t:s0"
                                   << "system_u:object_r:svirt_image_t:s0:c383,c416" << false;
    QTest::newRow("DAC") << "+107:+107"
                         << "+107:+107" << false;
}

void TestSecurityLabel::dominates()
{
    QFETCH(QString, process);
    QFETCH(QString, object);
    QFETCH(bool, dominates);
    QCOMPARE(SecurityLabel::parse(process).dominates(SecurityLabel::parse(object)), dominates);
}

void TestSecurityLabel::explainsEveryPart()
{
    const SecurityLabel label
            = SecurityLabel::parse(QStringLiteral("system_u:system_r:svirt_t:s0:c383,c416"));
    const QList<LabelPart> parts = label.explain();
    QStringList names;
    QStringList texts;
    for (const LabelPart &part : parts) {
        names.append(part.name);
        texts.append(part.text);
        QVERIFY2(part.meaning.size() > 30, qPrintable(part.name));
    }
    QCOMPARE(names,
             (QStringList {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("type"),
                           QStringLiteral("sensitivity"), QStringLiteral("categories")}));
    QCOMPARE(texts, (QStringList {QStringLiteral("system_u"), QStringLiteral("system_r"),
                                  QStringLiteral("svirt_t"), QStringLiteral("s0"),
                                  QStringLiteral("c383,c416")}));
    QVERIFY(parts.at(2).meaning.contains(QStringLiteral("svirt_image_t")));

    const auto unconfined
            = SecurityLabel::parse(QStringLiteral("system_u:system_r:unconfined_t:s0-s0:c0.c1023"))
                      .explain();
    QVERIFY(unconfined.at(2).meaning.startsWith(QStringLiteral("Not a confined VM type")));
    QVERIFY(unconfined.last().meaning.contains(QStringLiteral("every VM")));
}

void TestSecurityLabel::explainsDacAndImageLabels()
{
    const auto dac = SecurityLabel::parse(QStringLiteral("+107:+107")).explain();
    QCOMPARE(dac.size(), 2);
    QCOMPARE(dac.at(0).text, QStringLiteral("+107"));
    QCOMPARE(dac.at(0).name, QStringLiteral("owner"));

    const auto image
            = SecurityLabel::parse(QStringLiteral("system_u:object_r:svirt_image_t:s0:c383,c416"))
                      .explain(true);
    QVERIFY(image.at(2).meaning.contains(QStringLiteral("disk")));
    QVERIFY(SecurityLabel::parse(QStringLiteral("libvirt-test")).explain().isEmpty());
}

QTEST_GUILESS_MAIN(TestSecurityLabel)
#include "tst_securitylabel.moc"
