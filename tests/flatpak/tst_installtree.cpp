// SPDX-License-Identifier: GPL-3.0-or-later
#include "flatpakmanifest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Airlock::Test;

namespace {

struct Metainfo
{
    QString id;
    QString launchable;
    QString binary;
};

Metainfo readMetainfo(const QString &fileName)
{
    Metainfo metainfo;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return metainfo;
    QXmlStreamReader xml(&file);
    QStringList path;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        path.append(xml.name().toString());
        const QString where = path.join(QLatin1Char('/'));
        if (where == QLatin1String("component/id")) {
            metainfo.id = xml.readElementText();
            path.removeLast();
        } else if (where == QLatin1String("component/launchable")
                   && xml.attributes().value(QLatin1String("type"))
                              == QLatin1String("desktop-id")) {
            metainfo.launchable = xml.readElementText();
            path.removeLast();
        } else if (where == QLatin1String("component/provides/binary")) {
            metainfo.binary = xml.readElementText();
            path.removeLast();
        }
    }
    return metainfo;
}

} // namespace

// `cmake --install` lays out exactly what the Flatpak needs under /app: what
// the manifest's `command`, the metainfo and the desktop file name, and the
// translations. Nothing else ends up in the package.
class TestInstallTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void metainfoAgreesWithTheManifest();
    void installsExactlyWhatTheManifestAndMetainfoName();
    void binaryIsExecutable();

private:
    QTemporaryDir m_prefix;
    FlatpakManifest m_manifest;
    Metainfo m_metainfo;
};

void TestInstallTree::initTestCase()
{
    m_manifest = FlatpakManifest::load();
    QVERIFY2(m_manifest.errorString().isEmpty(), qPrintable(m_manifest.errorString()));
    QVERIFY(m_prefix.isValid());

    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(QStringLiteral(CMAKE_COMMAND),
                  {QStringLiteral("--install"), QStringLiteral(AIRLOCK_BINARY_DIR),
                   QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY(install.waitForFinished(120000));
    QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0,
             install.readAll().constData());

    m_metainfo = readMetainfo(
            m_prefix.filePath(QStringLiteral("share/metainfo/%1.metainfo.xml")
                                      .arg(m_manifest.string(QStringLiteral("id")))));
}

void TestInstallTree::metainfoAgreesWithTheManifest()
{
    const QString id = m_manifest.string(QStringLiteral("id"));
    QCOMPARE(m_metainfo.id, id);
    QCOMPARE(m_metainfo.launchable, id + QLatin1String(".desktop"));
    QCOMPARE(m_metainfo.binary, m_manifest.string(QStringLiteral("command")));
}

void TestInstallTree::installsExactlyWhatTheManifestAndMetainfoName()
{
    const QString id = m_manifest.string(QStringLiteral("id"));
    QStringList expected = {
            QStringLiteral("bin/") + m_manifest.string(QStringLiteral("command")),
            QStringLiteral("share/applications/") + m_metainfo.launchable,
            QStringLiteral("share/metainfo/%1.metainfo.xml").arg(id),
    };

    // The icon is the one the installed desktop file names.
    QSettings desktopFile(m_prefix.filePath(expected.at(1)), QSettings::IniFormat);
    const QString icon = desktopFile.value(QStringLiteral("Desktop Entry/Icon")).toString();
    QCOMPARE(icon, id);
    expected.append(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(icon));

    // One compiled catalogue per translation in the source tree.
    const QStringList sources = QDir(QStringLiteral(AIRLOCK_SOURCE_DIR "/translations"))
                                        .entryList({QStringLiteral("airlock_*.ts")}, QDir::Files);
    QVERIFY(!sources.isEmpty());
    for (const QString &source : sources)
        expected.append(QStringLiteral("share/airlock/translations/")
                        + QFileInfo(source).completeBaseName() + QLatin1String(".qm"));

    QStringList installed;
    QDirIterator it(m_prefix.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        installed.append(QDir(m_prefix.path()).relativeFilePath(it.next()));

    QStringList missing;
    for (const QString &path : std::as_const(expected)) {
        if (!installed.contains(path))
            missing.append(path);
    }
    QStringList unexpected;
    for (const QString &path : std::as_const(installed)) {
        if (!expected.contains(path))
            unexpected.append(path);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not installed: ") + missing.join(QLatin1String(", "))));
    QVERIFY2(unexpected.isEmpty(),
             qPrintable(QStringLiteral("unexpected: ") + unexpected.join(QLatin1String(", "))));
}

void TestInstallTree::binaryIsExecutable()
{
    const QFileInfo binary(m_prefix.filePath(QStringLiteral("bin/")
                                             + m_manifest.string(QStringLiteral("command"))));
    QVERIFY(binary.isFile());
    QVERIFY(binary.isExecutable());
}

QTEST_GUILESS_MAIN(TestInstallTree)
#include "tst_installtree.moc"
