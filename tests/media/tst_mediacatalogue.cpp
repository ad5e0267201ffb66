// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/checksumfile.h"
#include "media/releasecatalogue.h"
#include "media/sha256.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

// The release catalogue, the ".sha256" parser and the hashing underneath.
class TestMediaCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue();
    void buildsChannelUrls();
    void overridesTheBaseUrl();
    void findsReleasesByName_data();
    void findsReleasesByName();
    void defaultFollowsTheArchitecture();
    void rejectsBrokenCatalogues_data();
    void rejectsBrokenCatalogues();
    void parsesChecksumFiles_data();
    void parsesChecksumFiles();
    void rejectsBadChecksumFiles_data();
    void rejectsBadChecksumFiles();
    void hashesLikeQt();
    void pipelineRebuildsFromAFilePrefix();
};

void TestMediaCatalogue::shouldHaveDefaultValue()
{
    const ReleaseCatalogue catalogue = ReleaseCatalogue::builtIn();
    QCOMPARE(catalogue.baseUrl(), QUrl(QStringLiteral("https://channels.nixos.org")));
    const auto release = catalogue.defaultRelease(QStringLiteral("x86_64"), QDate(2026, 12, 3));
    QVERIFY(release);
    QCOMPARE(release->id(), QStringLiteral("nixos-26.05-graphical-x86_64"));
    QVERIFY(release->stable);
    QCOMPARE(release->title(), QStringLiteral("NixOS 26.05 “Yarara”"));
    QCOMPARE(release->supportedUntil, QDate(2026, 12, 31));
    QCOMPARE(catalogue.releasesFor(QStringLiteral("x86_64")).size(), 4);
    QCOMPARE(catalogue.releasesFor(QStringLiteral("aarch64")).size(), 4);
    // Newest first; every entry is https.
    QCOMPARE(catalogue.releases().constFirst().channel, QStringLiteral("nixos-26.05"));
    for (const NixosRelease &entry : catalogue.releases()) {
        QCOMPARE(entry.isoUrl.scheme(), QStringLiteral("https"));
        QCOMPARE(entry.checksumUrl.scheme(), QStringLiteral("https"));
    }
}

void TestMediaCatalogue::buildsChannelUrls()
{
    const auto release
            = ReleaseCatalogue::builtIn().find(QStringLiteral("nixos-26.05-minimal-aarch64"));
    QVERIFY(release);
    QCOMPARE(release->isoUrl, QUrl(QStringLiteral("https://channels.nixos.org/nixos-26.05/"
                                                  "latest-nixos-minimal-aarch64-linux.iso")));
    QCOMPARE(release->checksumUrl.toString(),
             release->isoUrl.toString() + QLatin1String(".sha256"));
    QCOMPARE(release->variant, IsoVariant::Minimal);
}

void TestMediaCatalogue::overridesTheBaseUrl()
{
    const ReleaseCatalogue catalogue
            = ReleaseCatalogue::builtIn(QUrl(QStringLiteral("http://127.0.0.1:8080/mirror/")));
    const auto release = catalogue.find(QStringLiteral("nixos-unstable"), QStringLiteral("x86_64"));
    QVERIFY(release);
    QCOMPARE(release->isoUrl.toString(),
             QStringLiteral("http://127.0.0.1:8080/mirror/nixos-unstable/"
                            "latest-nixos-graphical-x86_64-linux.iso"));
    QVERIFY(!release->stable);
}

void TestMediaCatalogue::findsReleasesByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::newRow("channel") << "nixos-26.05"
                             << "nixos-26.05-graphical-x86_64";
    QTest::newRow("version") << "26.05"
                             << "nixos-26.05-graphical-x86_64";
    QTest::newRow("unstable") << "unstable"
                              << "nixos-unstable-graphical-x86_64";
    QTest::newRow("variant") << "nixos-26.05-minimal"
                             << "nixos-26.05-minimal-x86_64";
    QTest::newRow("full id, other arch") << "nixos-26.05-graphical-aarch64"
                                         << "nixos-26.05-graphical-aarch64";
    QTest::newRow("case and spaces") << " NixOS-26.05 "
                                     << "nixos-26.05-graphical-x86_64";
    QTest::newRow("not listed") << "nixos-25.11"
                                << "";
    QTest::newRow("unknown") << "nixos-19.03"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestMediaCatalogue::findsReleasesByName()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    const auto release = ReleaseCatalogue::builtIn().find(name, QStringLiteral("x86_64"));
    QCOMPARE(release ? release->id() : QString(), id);
}

void TestMediaCatalogue::defaultFollowsTheArchitecture()
{
    const ReleaseCatalogue catalogue = ReleaseCatalogue::builtIn();
    const QDate today(2026, 12, 3);
    QCOMPARE(catalogue.defaultRelease(QStringLiteral("aarch64"), today)->id(),
             QStringLiteral("nixos-26.05-graphical-aarch64"));
    QVERIFY(!catalogue.defaultRelease(QStringLiteral("riscv64"), today));
    QVERIFY(catalogue.defaultRelease(ReleaseCatalogue::hostArchitecture(), today));
    QCOMPARE(catalogue.defaultRelease(ReleaseCatalogue::hostArchitecture(), today)->architecture,
             ReleaseCatalogue::hostArchitecture());
}

void TestMediaCatalogue::rejectsBrokenCatalogues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("no releases") << QByteArray(
            R"({"baseUrl": "https://x", "isoPath": "{channel}/a.iso", "releases": []})");
    QTest::newRow("no base") << QByteArray(R"({"isoPath": "{channel}/a.iso", "releases": []})");
    QTest::newRow("release without channel") << QByteArray(
            R"({"baseUrl": "https://x", "isoPath": "{channel}/a.iso", "releases": [{"version": "1"}]})");
}

void TestMediaCatalogue::rejectsBrokenCatalogues()
{
    QFETCH(QByteArray, json);
    const auto catalogue = ReleaseCatalogue::fromJson(json);
    QVERIFY(!catalogue);
    QVERIFY(!catalogue.error().isEmpty());
}

void TestMediaCatalogue::parsesChecksumFiles_data()
{
    const QString hash
            = QStringLiteral("3f0c2b1d8e6a4c5b9d7e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("sha256");
    QTest::addColumn<QString>("fileName");
    const QByteArray h = hash.toLatin1();
    QTest::newRow("published form") << h + "  nixos-graphical-25.11.1-x86_64-linux.iso\n"
                                    << hash << "nixos-graphical-25.11.1-x86_64-linux.iso";
    QTest::newRow("binary mode") << h + " *nixos.iso\n" << hash << "nixos.iso";
    QTest::newRow("bare hash") << h + "\n" << hash << "";
    QTest::newRow("no newline, CRLF elsewhere") << h + "  a.iso\r\n" << hash << "a.iso";
    QTest::newRow("upper case") << h.toUpper() + "  a.iso" << hash << "a.iso";
    QTest::newRow("BSD") << "SHA256 (a.iso) = " + h + "\n" << hash << "a.iso";
    QTest::newRow("comment and blank lines") << "# NixOS\n\n" + h + "  a.iso\n\n"
                                             << hash << "a.iso";
    QTest::newRow("same hash twice") << h + "  a.iso\n" + h + "  a.iso\n" << hash << "a.iso";
    QTest::newRow("byte order mark") << "\xef\xbb\xbf" + h + "  a.iso" << hash << "a.iso";
}

void TestMediaCatalogue::parsesChecksumFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, sha256);
    QFETCH(QString, fileName);
    const auto parsed = ChecksumFile::parse(text);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    QCOMPARE(parsed->sha256, sha256);
    QCOMPARE(parsed->fileName, fileName);
}

void TestMediaCatalogue::rejectsBadChecksumFiles_data()
{
    const QByteArray h = "3f0c2b1d8e6a4c5b9d7e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e";
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("only blank lines") << QByteArray("\n \n") << "empty";
    QTest::newRow("too short") << h.left(63) + "  a.iso"
                               << "63 hexadecimal digits";
    QTest::newRow("too long") << h + "0  a.iso"
                              << "65 hexadecimal digits";
    QTest::newRow("md5") << QByteArray("d41d8cd98f00b204e9800998ecf8427e  a.iso")
                         << "32 hexadecimal digits";
    QTest::newRow("not hex") << h.left(63) + "g  a.iso"
                             << "“g”";
    // Found by fuzzing: QChar::isDigit() let other scripts' digits through.
    QTest::newRow("Arabic-Indic digit") << h.left(63) + "\xdb\xb5  a.iso"
                                        << "“\u06f5”";
    QTest::newRow("fullwidth digit") << h.left(63) + "\xef\xbc\x91  a.iso"
                                     << "“\uff11”";
    QTest::newRow("html") << QByteArray("<html><body>Not found</body></html>")
                          << "not a hexadecimal";
    QTest::newRow("two hashes") << h + "  a.iso\n" + h.left(63) + "0  b.iso"
                                << "several";
    QTest::newRow("path as name") << h + "  ../../.bashrc"
                                  << "not a plain file name";
    QTest::newRow("absolute name") << h + "  /etc/passwd"
                                   << "not a plain file name";
    QTest::newRow("huge") << QByteArray(100 * 1024, 'a') << "too long";
}

void TestMediaCatalogue::rejectsBadChecksumFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);
    const auto parsed = ChecksumFile::parse(text);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
}

void TestMediaCatalogue::hashesLikeQt()
{
    const QByteArray data = QByteArray(1000003, 'x') + "tail";
    QCOMPARE(Sha256::of(data),
             QString::fromLatin1(
                     QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(Sha256::of({}),
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestMediaCatalogue::pipelineRebuildsFromAFilePrefix()
{
    QTemporaryDir directory;
    const QByteArray data = QByteArray(3 * 1024 * 1024 + 17, 'p') + QByteArray(5000, 'q');
    QFile file(directory.filePath(QStringLiteral("part")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data.left(2 * 1024 * 1024 + 5));
    file.close();

    HashPipeline pipeline(64 * 1024);
    pipeline.add("thrown away");
    pipeline.reset();
    pipeline.addFilePrefix(file.fileName(), 2 * 1024 * 1024 + 5);
    for (qsizetype at = 2 * 1024 * 1024 + 5; at < data.size(); at += 10000)
        pipeline.add(data.mid(at, 10000));
    const auto hash = pipeline.finish();
    QVERIFY(hash);
    QCOMPARE(*hash, Sha256::of(data));
    QVERIFY(pipeline.peakQueuedBytes() <= 64 * 1024 + 10000);
    QCOMPARE(*sha256OfFile(file.fileName()), Sha256::of(data.left(2 * 1024 * 1024 + 5)));
    QVERIFY(!sha256OfFile(directory.filePath(QStringLiteral("missing"))));
}

QTEST_GUILESS_MAIN(TestMediaCatalogue)
#include "tst_mediacatalogue.moc"
