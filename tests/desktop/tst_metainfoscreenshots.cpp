// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

namespace {

const QString s_sourceDir = QStringLiteral(AIRLOCK_SOURCE_DIR);
const QString s_metainfo
        = QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/io.github.airlockvm.Airlock.metainfo.xml");
const QString s_screenshotDir = QStringLiteral("docs/screenshots");

struct Screenshot
{
    bool isDefault = false;
    QString caption;
    QString url;
    int width = 0;
    int height = 0;
};

struct Metainfo
{
    QString homepage;
    QList<Screenshot> screenshots;
    QString error;
};

Metainfo readMetainfo()
{
    Metainfo metainfo;
    QFile file(s_metainfo);
    if (!file.open(QIODevice::ReadOnly)) {
        metainfo.error = file.errorString();
        return metainfo;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attribute = [&xml](const char *name) {
            return xml.attributes().value(QLatin1String(name)).toString();
        };
        if (xml.name() == QLatin1String("url") && attribute("type") == QLatin1String("homepage")) {
            metainfo.homepage = xml.readElementText();
        } else if (xml.name() == QLatin1String("screenshot")) {
            metainfo.screenshots.append(Screenshot());
            metainfo.screenshots.last().isDefault = attribute("type") == QLatin1String("default");
        } else if (xml.name() == QLatin1String("caption") && !metainfo.screenshots.isEmpty()
                   && attribute("xml:lang").isEmpty()) {
            metainfo.screenshots.last().caption = xml.readElementText();
        } else if (xml.name() == QLatin1String("image") && !metainfo.screenshots.isEmpty()) {
            Screenshot &shot = metainfo.screenshots.last();
            shot.width = attribute("width").toInt();
            shot.height = attribute("height").toInt();
            shot.url = xml.readElementText();
        }
    }
    if (xml.hasError())
        metainfo.error = xml.errorString();
    return metainfo;
}

// Where GitHub serves a file of the main branch of the homepage's repository.
QString servedUrl(const QString &homepage, const QString &path)
{
    QString repository = homepage;
    repository.replace(QLatin1String("https://github.com/"),
                       QLatin1String("https://raw.githubusercontent.com/"));
    return repository + QLatin1String("/main/") + path;
}

// A PNG's size from its IHDR chunk; an invalid size when the file is no PNG.
QSize pngSize(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    return {int(qFromBigEndian<quint32>(head.constData() + 16)),
            int(qFromBigEndian<quint32>(head.constData() + 20))};
}

QStringList committedScreenshots()
{
    return QDir(s_sourceDir + QLatin1Char('/') + s_screenshotDir)
            .entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
}

} // namespace

// The pictures the metainfo and the README show are files of this repository
// (refreshed by tools/screenshots --docs), named where GitHub serves them.
class TestMetainfoScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneDefaultAndEveryOneCaptioned();
    void everyImageIsACommittedPngOfItsSize();
    void everyCommittedScreenshotIsShown();
    void readmeShowsOnlyCommittedScreenshots();
    void screenshotsStaySmall();

private:
    Metainfo m_metainfo;
};

void TestMetainfoScreenshots::initTestCase()
{
    m_metainfo = readMetainfo();
    QVERIFY2(m_metainfo.error.isEmpty(), qPrintable(m_metainfo.error));
    QVERIFY(m_metainfo.homepage.startsWith(QLatin1String("https://github.com/")));
    QVERIFY(!m_metainfo.screenshots.isEmpty());
}

void TestMetainfoScreenshots::oneDefaultAndEveryOneCaptioned()
{
    int defaults = 0;
    for (const Screenshot &shot : std::as_const(m_metainfo.screenshots)) {
        defaults += shot.isDefault ? 1 : 0;
        QVERIFY2(!shot.caption.trimmed().isEmpty(), qPrintable(shot.url));
        // Software centres show captions on one line.
        QVERIFY2(shot.caption.size() <= 100, qPrintable(shot.caption));
    }
    QCOMPARE(defaults, 1);
}

void TestMetainfoScreenshots::everyImageIsACommittedPngOfItsSize()
{
    for (const Screenshot &shot : std::as_const(m_metainfo.screenshots)) {
        const QString fileName = shot.url.section(QLatin1Char('/'), -1);
        const QString path = s_screenshotDir + QLatin1Char('/') + fileName;
        QCOMPARE(shot.url, servedUrl(m_metainfo.homepage, path));
        const QSize size = pngSize(s_sourceDir + QLatin1Char('/') + path);
        QVERIFY2(size.isValid(), qPrintable(path + QLatin1String(" is missing or not a PNG")));
        QCOMPARE(size, QSize(shot.width, shot.height));
        // The wizard's own size: the pictures are of the real pages.
        QCOMPARE(size, QSize(1024, 768));
    }
}

void TestMetainfoScreenshots::everyCommittedScreenshotIsShown()
{
    QStringList shown;
    for (const Screenshot &shot : std::as_const(m_metainfo.screenshots))
        shown.append(shot.url.section(QLatin1Char('/'), -1));
    shown.sort();
    QCOMPARE(committedScreenshots(), shown);
}

void TestMetainfoScreenshots::readmeShowsOnlyCommittedScreenshots()
{
    QFile readme(s_sourceDir + QLatin1String("/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+)\))"));
    QStringList shown;
    for (const QRegularExpressionMatch &match : image.globalMatch(text)) {
        const QString path = match.captured(1);
        QVERIFY2(path.startsWith(s_screenshotDir + QLatin1Char('/')), qPrintable(path));
        QVERIFY2(QFile::exists(s_sourceDir + QLatin1Char('/') + path), qPrintable(path));
        shown.append(path.section(QLatin1Char('/'), -1));
    }
    shown.sort();
    QCOMPARE(shown, committedScreenshots());
}

void TestMetainfoScreenshots::screenshotsStaySmall()
{
    qint64 total = 0;
    for (const QString &name : committedScreenshots())
        total += QFileInfo(s_sourceDir + QLatin1Char('/') + s_screenshotDir + QLatin1Char('/')
                           + name)
                         .size();
    QVERIFY2(total < 2500 * 1024, qPrintable(QString::number(total)));
}

QTEST_GUILESS_MAIN(TestMetainfoScreenshots)
#include "tst_metainfoscreenshots.moc"
