// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusicon.h"

#include <QIcon>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Airlock;

class TestStatusIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStatusHasItsOwnWord();
    void eachStatusHasItsOwnPixmap();
    void tellsDarkFromLight();
    void coloursFollowThePalette_data();
    void coloursFollowThePalette();
    void pixmapFollowsTheDevicePixelRatio_data();
    void pixmapFollowsTheDevicePixelRatio();
    void pixmapIsDrawnInThePalettesColour();
    void iconIsDrawnAtTheSizeAskedFor();
    void blendMixesTheTwoColours_data();
    void blendMixesTheTwoColours();
};

namespace {

const QList<Status> s_statuses {Status::Pass, Status::Warn, Status::Fail, Status::Unknown,
                                Status::Info};

QPalette lightPalette()
{
    QPalette palette(QColor(0xf6, 0xf5, 0xf4));
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x24, 0x24, 0x24));
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

// 0 where the icon is clear, 1 where it is drawn in the status's colour, 2
// where in the light mark inside it.
QImage shapeOf(const QImage &image)
{
    QImage shape(image.size(), QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            const bool light = std::min({pixel.red(), pixel.green(), pixel.blue()}) > 200;
            shape.setPixel(x, y, qRgb(pixel.alpha() < 128 ? 0 : (light ? 2 : 1), 0, 0));
        }
    }
    return shape;
}

// The colour most opaque pixels have: the status's fill, or its outline.
QColor dominantColour(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255)
                ++counts[pixel];
        }
    }
    QRgb best = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgba(best);
}

} // namespace

void TestStatusIcon::eachStatusHasItsOwnWord()
{
    QSet<QString> words;
    for (const Status status : s_statuses) {
        const QString word = StatusIcon::word(status);
        QVERIFY(!word.isEmpty());
        words.insert(word);
    }
    QCOMPARE(words.size(), s_statuses.size());
    QCOMPARE(StatusIcon::word(Status::Warn), QStringLiteral("Warning"));
}

void TestStatusIcon::eachStatusHasItsOwnPixmap()
{
    // Shapes differ, not just colours: compare where each draws its fill
    // and where its mark, whatever their colours.
    QList<QImage> shapes;
    for (const Status status : s_statuses) {
        const QPixmap pixmap = StatusIcon::pixmap(status, 24, 1.0, lightPalette());
        QVERIFY(!pixmap.isNull());
        const QImage shape = shapeOf(pixmap.toImage());
        for (const QImage &other : std::as_const(shapes))
            QVERIFY2(shape != other, qPrintable(StatusIcon::word(status)));
        shapes.append(shape);
    }
}

void TestStatusIcon::tellsDarkFromLight()
{
    QVERIFY(!StatusIcon::isDark(lightPalette()));
    QVERIFY(StatusIcon::isDark(darkPalette()));
}

void TestStatusIcon::coloursFollowThePalette_data()
{
    QTest::addColumn<Status>("status");
    for (const Status status : s_statuses)
        QTest::newRow(qPrintable(StatusIcon::word(status))) << status;
}

void TestStatusIcon::coloursFollowThePalette()
{
    QFETCH(Status, status);
    const QColor light = StatusIcon::color(status, lightPalette());
    const QColor dark = StatusIcon::color(status, darkPalette());
    QVERIFY(light.isValid());
    QVERIFY(dark.isValid());
    QVERIFY(light != dark);
    // Each reads on its own background: darker on light, lighter on dark.
    QVERIFY2(light.lightness() < lightPalette().color(QPalette::Window).lightness(),
             qPrintable(light.name()));
    QVERIFY2(dark.lightness() > darkPalette().color(QPalette::Window).lightness(),
             qPrintable(dark.name()));
    // And no two statuses share a colour in either look.
    for (const Status other : s_statuses) {
        if (other == status)
            continue;
        QVERIFY(StatusIcon::color(other, lightPalette()) != light);
        QVERIFY(StatusIcon::color(other, darkPalette()) != dark);
    }
}

void TestStatusIcon::pixmapFollowsTheDevicePixelRatio_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("16 at 1") << 16 << 1.0;
    QTest::newRow("16 at 1.25") << 16 << 1.25;
    QTest::newRow("16 at 2") << 16 << 2.0;
    QTest::newRow("24 at 3") << 24 << 3.0;
}

void TestStatusIcon::pixmapFollowsTheDevicePixelRatio()
{
    QFETCH(int, size);
    QFETCH(qreal, ratio);
    for (const Status status : s_statuses) {
        const QPixmap pixmap = StatusIcon::pixmap(status, size, ratio, lightPalette());
        QCOMPARE(pixmap.devicePixelRatio(), ratio);
        QCOMPARE(pixmap.size(), QSize(size, size) * ratio);
        QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(size, size));
    }
}

void TestStatusIcon::pixmapIsDrawnInThePalettesColour()
{
    // The cache must not hand the light look to a dark palette.
    for (const Status status : {Status::Pass, Status::Fail}) {
        const QImage light = StatusIcon::pixmap(status, 32, 1.0, lightPalette()).toImage();
        const QImage dark = StatusIcon::pixmap(status, 32, 1.0, darkPalette()).toImage();
        QVERIFY(light != dark);
        QCOMPARE(dominantColour(light), StatusIcon::color(status, lightPalette()));
        QCOMPARE(dominantColour(dark), StatusIcon::color(status, darkPalette()));
    }
}

void TestStatusIcon::iconIsDrawnAtTheSizeAskedFor()
{
    const QIcon icon = StatusIcon::icon(Status::Warn, lightPalette());
    QVERIFY(!icon.isNull());
    const QPixmap small = icon.pixmap(QSize(16, 16), 1.0);
    const QPixmap large = icon.pixmap(QSize(48, 48), 2.0);
    QCOMPARE(small.size(), QSize(16, 16));
    QCOMPARE(large.size(), QSize(96, 96));
    QCOMPARE(large.devicePixelRatio(), 2.0);
    QCOMPARE(small.toImage(), StatusIcon::pixmap(Status::Warn, 16, 1.0, lightPalette()).toImage());
}

void TestStatusIcon::blendMixesTheTwoColours_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<qreal>("amountOfB");
    QTest::addColumn<QColor>("expected");
    QTest::newRow("none of b") << QColor(Qt::red) << QColor(Qt::blue) << 0.0 << QColor(Qt::red);
    QTest::newRow("all of b") << QColor(Qt::red) << QColor(Qt::blue) << 1.0 << QColor(Qt::blue);
    QTest::newRow("half") << QColor(Qt::black) << QColor(Qt::white) << 0.5
                          << QColor::fromRgbF(0.5f, 0.5f, 0.5f);
    QTest::newRow("a quarter") << QColor(0, 0, 0) << QColor(200, 100, 40) << 0.25
                               << QColor::fromRgbF(0.196f, 0.098f, 0.039f);
}

void TestStatusIcon::blendMixesTheTwoColours()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(qreal, amountOfB);
    QFETCH(QColor, expected);
    const QColor mixed = blend(a, b, amountOfB);
    QVERIFY2(std::abs(mixed.redF() - expected.redF()) < 0.01, qPrintable(mixed.name()));
    QVERIFY2(std::abs(mixed.greenF() - expected.greenF()) < 0.01, qPrintable(mixed.name()));
    QVERIFY2(std::abs(mixed.blueF() - expected.blueF()) < 0.01, qPrintable(mixed.name()));
}

QTEST_MAIN(TestStatusIcon)
#include "tst_statusicon.moc"
