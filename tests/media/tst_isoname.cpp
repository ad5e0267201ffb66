// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/isoname.h"

#include <QTest>

using namespace Airlock;

Q_DECLARE_METATYPE(Airlock::IsoSource)

namespace {

const QString s_isoName = QStringLiteral("nixos-graphical-25.11.20251201.abcdef0-x86_64-linux.iso");

} // namespace

// What the Summary calls the installer, read from the ISO's name.
class TestIsoName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheIso_data();
    void namesTheIso();
    void readsTheRelease_data();
    void readsTheRelease();
};

void TestIsoName::namesTheIso_data()
{
    QTest::addColumn<IsoSource>("iso");
    QTest::addColumn<QString>("title");
    QTest::newRow("graphical file") << IsoSource::file(QStringLiteral("/isos/") + s_isoName)
                                    << QStringLiteral("NixOS 25.11 graphical");
    QTest::newRow("minimal volume") << IsoSource::poolVolume(
            QStringLiteral("default"),
            QStringLiteral("nixos-minimal-25.05.806273.2bfb4c2ae8a6-aarch64-linux.iso"))
                                    << QStringLiteral("NixOS 25.05 minimal");
    QTest::newRow("unstable") << IsoSource::file(
            QStringLiteral("/isos/nixos-graphical-26.05pre901234.0123abcd-x86_64-linux.iso"))
                              << QStringLiteral("NixOS unstable graphical");
    QTest::newRow("older GNOME") << IsoSource::file(
            QStringLiteral("/isos/nixos-gnome-24.05.7376.b134951a4c9f-x86_64-linux.iso"))
                                 << QStringLiteral("NixOS 24.05 graphical (GNOME)");
    QTest::newRow("older Plasma") << IsoSource::file(
            QStringLiteral("/isos/nixos-plasma6-24.11.719113.50ab793786d9-x86_64-linux.iso"))
                                  << QStringLiteral("NixOS 24.11 graphical (Plasma)");
    QTest::newRow("channel name") << IsoSource::file(
            QStringLiteral("/isos/latest-nixos-graphical-x86_64-linux.iso"))
                                  << QStringLiteral("NixOS graphical");
    QTest::newRow("no variant") << IsoSource::file(
            QStringLiteral("/isos/nixos-23.11.1234.abcdef-x86_64-linux.iso"))
                                << QStringLiteral("NixOS 23.11");
    QTest::newRow("upper case") << IsoSource::file(
            QStringLiteral("/isos/NIXOS-GRAPHICAL-25.11.1.A-X86_64-LINUX.ISO"))
                                << QStringLiteral("NixOS 25.11 graphical");
    QTest::newRow("another file") << IsoSource::file(QStringLiteral("/isos/my-installer.iso"))
                                  << QStringLiteral("“my-installer.iso”");
    QTest::newRow("not NixOS") << IsoSource::file(QStringLiteral("/isos/nixosish-25.11.iso"))
                               << QStringLiteral("“nixosish-25.11.iso”");
    QTest::newRow("none") << IsoSource() << QStringLiteral("no installer chosen");
}

void TestIsoName::namesTheIso()
{
    QFETCH(IsoSource, iso);
    QFETCH(QString, title);
    QCOMPARE(IsoName::title(iso), title);
}

void TestIsoName::readsTheRelease_data()
{
    QTest::addColumn<IsoSource>("iso");
    QTest::addColumn<QString>("release");
    QTest::newRow("graphical file")
            << IsoSource::file(QStringLiteral("/isos/") + s_isoName) << QStringLiteral("25.11");
    QTest::newRow("26.05 volume") << IsoSource::poolVolume(
            QStringLiteral("default"),
            QStringLiteral("nixos-graphical-26.05.1234.abcdef0-x86_64-linux.iso"))
                                  << QStringLiteral("26.05");
    QTest::newRow("unstable") << IsoSource::file(
            QStringLiteral("/isos/nixos-graphical-26.05pre901234.0123abcd-x86_64-linux.iso"))
                              << QStringLiteral("unstable");
    QTest::newRow("channel name") << IsoSource::file(
            QStringLiteral("/isos/latest-nixos-graphical-x86_64-linux.iso"))
                                  << QString();
    QTest::newRow("another file") << IsoSource::file(QStringLiteral("/isos/nixos-25.11.iso"))
                                  << QString();
    QTest::newRow("none") << IsoSource() << QString();
}

void TestIsoName::readsTheRelease()
{
    QFETCH(IsoSource, iso);
    QFETCH(QString, release);
    QCOMPARE(IsoName::release(iso), release);
}

QTEST_GUILESS_MAIN(TestIsoName)
#include "tst_isoname.moc"
