// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/isoupload.h"
#include "spec/vmspec.h"

#include <QRegularExpression>
#include <QTest>

using namespace Airlock;

// The name an ISO file takes in the storage pool: whatever the file is
// called, a name of letters, digits, ".", "-" and "_" that no shell, no
// libvirt tool and no file listing reads as anything but a name.
class TestIsoVolumeName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reducesTheNameToTheSafeSet_data();
    void reducesTheNameToTheSafeSet();
    void boundsTheLength();
    void everyCandidateIsAValidVolumeName();
};

void TestIsoVolumeName::reducesTheNameToTheSafeSet_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("volume");
    QTest::newRow("NixOS's own name")
            << QStringLiteral("/home/ada/Downloads/nixos-graphical-25.11.1.abc-x86_64-linux.iso")
            << QStringLiteral("nixos-graphical-25.11.1.abc-x86_64-linux.iso");
    QTest::newRow("spaces") << QStringLiteral("/isos/my nixos  copy.iso")
                            << QStringLiteral("my_nixos_copy.iso");
    QTest::newRow("quotes") << QStringLiteral("/isos/it's \"the\" one.iso")
                            << QStringLiteral("it_s_the_one.iso");
    QTest::newRow("command substitution")
            << QStringLiteral("/isos/$(reboot)`id`.iso") << QStringLiteral("reboot_id.iso");
    QTest::newRow("newline") << QStringLiteral("/isos/nixos\nrm -rf ~.iso")
                             << QStringLiteral("nixos_rm_-rf.iso");
    QTest::newRow("accents") << QStringLiteral("/isos/NixOS für Anfänger – été.iso")
                             << QStringLiteral("NixOS_fur_Anfanger_ete.iso");
    QTest::newRow("other scripts")
            << QStringLiteral("/isos/ニックス-25.11.iso") << QStringLiteral("25.11.iso");
    QTest::newRow("emoji") << QStringLiteral("/isos/nixos-🚀.iso") << QStringLiteral("nixos.iso");
    QTest::newRow("path climbing")
            << QStringLiteral("/isos/../../etc/passwd") << QStringLiteral("passwd.iso");
    QTest::newRow("dots in the name")
            << QStringLiteral("/isos/..nixos...iso") << QStringLiteral("nixos.iso");
    QTest::newRow("hidden file") << QStringLiteral("/isos/.nixos.iso")
                                 << QStringLiteral("nixos.iso");
    QTest::newRow("an option") << QStringLiteral("/isos/--pool=default.iso")
                               << QStringLiteral("pool_default.iso");
    QTest::newRow("XML") << QStringLiteral("/isos/a&b<c>'d\".iso") << QStringLiteral("a_b_c_d.iso");
    QTest::newRow("upper-case extension")
            << QStringLiteral("/isos/NIXOS.ISO") << QStringLiteral("NIXOS.iso");
    QTest::newRow("no extension") << QStringLiteral("/isos/installer-image")
                                  << QStringLiteral("installer-image.iso");
    QTest::newRow("nothing left") << QStringLiteral("/isos/$(…).iso")
                                  << QStringLiteral("installer.iso");
    QTest::newRow("only the extension")
            << QStringLiteral("/isos/.iso") << QStringLiteral("installer.iso");
    QTest::newRow("a directory") << QStringLiteral("/isos/") << QStringLiteral("installer.iso");
}

void TestIsoVolumeName::reducesTheNameToTheSafeSet()
{
    QFETCH(QString, path);
    QFETCH(QString, volume);
    QCOMPARE(isoVolumeName(path), volume);
}

void TestIsoVolumeName::boundsTheLength()
{
    const QString name = isoVolumeName(QStringLiteral("/isos/") + QString(500, QLatin1Char('n'))
                                       + QStringLiteral(".iso"));
    QCOMPARE(name.size(), 124);
    QVERIFY(name.endsWith(QLatin1String(".iso")));
    // Cut where a run of "-" began: no "-" before the extension.
    const QString dashes = isoVolumeName(QStringLiteral("/isos/") + QString(119, QLatin1Char('n'))
                                         + QString(20, QLatin1Char('-')) + QStringLiteral("x.iso"));
    QCOMPARE(dashes, QString(119, QLatin1Char('n')) + QStringLiteral(".iso"));
}

void TestIsoVolumeName::everyCandidateIsAValidVolumeName()
{
    static const QRegularExpression safe(QRegularExpression::anchoredPattern(
            QStringLiteral("[A-Za-z0-9_][A-Za-z0-9._-]*\\.iso")));
    const QStringList hostile {QStringLiteral("/isos/ -rf $(id) \n\t'\".iso"),
                               QStringLiteral("/isos/../.."),
                               QStringLiteral("/isos/") + QString(300, QChar(0x00e9))
                                       + QStringLiteral(".iso"),
                               QStringLiteral("/isos/.-.-.-.iso"),
                               QStringLiteral("/isos/\u202etxt.iso"),
                               QStringLiteral("/isos/nixos.iso\u0000hidden")};
    for (const QString &path : hostile) {
        for (const int index : {1, 2, 100}) {
            const QString volume = isoVolumeCandidate(isoVolumeName(path), index);
            QVERIFY2(safe.match(volume).hasMatch(), qPrintable(volume));
            QVERIFY2(volume.toUtf8().size() <= 255, qPrintable(volume));
            // The spec takes it back as a volume in a pool.
            VmSpec spec;
            spec.iso = IsoSource::poolVolume(QStringLiteral("default"), volume);
            QVERIFY2(spec.validate().isEmpty(), qPrintable(volume));
        }
    }
}

QTEST_GUILESS_MAIN(TestIsoVolumeName)
#include "tst_isovolumename.moc"
