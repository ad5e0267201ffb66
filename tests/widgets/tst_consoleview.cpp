// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleview.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Airlock;

// The console's picture without SPICE: a QImage in, scaled and letterboxed,
// and positions mapped back to guest pixels.
class TestConsoleView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValue();
    void fitsTheFrame_data();
    void fitsTheFrame();
    void mapsPositionsToGuestPixels();
    void repaintsOnlyTheChangedArea();
    void paintsThePictureLetterboxed();
    void followsTheGuestsResolution();
    void grabsTheKeyboardAndGivesItBack();
};

namespace {

QImage filled(const QSize &size, const QColor &colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

} // namespace

void TestConsoleView::shouldHaveDefaultValue()
{
    ConsoleView view;
    QVERIFY(view.frame().isNull());
    QVERIFY(view.session() == nullptr);
    QVERIFY(!view.isKeyboardGrabbed());
    QCOMPARE(view.focusPolicy(), Qt::StrongFocus);
    QVERIFY(!view.accessibleName().isEmpty());
    QVERIFY(view.frameRect().isEmpty());
    QVERIFY(!view.toGuest(QPointF(10, 10)));
    QCOMPARE(view.paintedFrames(), 0);
}

void TestConsoleView::fitsTheFrame_data()
{
    QTest::addColumn<QSize>("frame");
    QTest::addColumn<QSize>("area");
    QTest::addColumn<QRect>("expected");
    QTest::newRow("same size") << QSize(720, 400) << QSize(720, 400) << QRect(0, 0, 720, 400);
    QTest::newRow("wider area: bands left and right")
            << QSize(720, 400) << QSize(1000, 400) << QRect(140, 0, 720, 400);
    QTest::newRow("taller area: bands above and below")
            << QSize(800, 600) << QSize(800, 800) << QRect(0, 100, 800, 600);
    QTest::newRow("smaller area: scaled down")
            << QSize(1280, 800) << QSize(640, 600) << QRect(0, 100, 640, 400);
    QTest::newRow("larger area: scaled up")
            << QSize(640, 480) << QSize(1280, 1000) << QRect(0, 20, 1280, 960);
    QTest::newRow("no frame") << QSize() << QSize(100, 100) << QRect();
    QTest::newRow("no area") << QSize(100, 100) << QSize(0, 0) << QRect();
}

void TestConsoleView::fitsTheFrame()
{
    QFETCH(QSize, frame);
    QFETCH(QSize, area);
    QFETCH(QRect, expected);
    QCOMPARE(ConsoleView::fittedRect(frame, area), expected);
}

void TestConsoleView::mapsPositionsToGuestPixels()
{
    ConsoleView view;
    view.resize(1000, 400);
    view.showFrame(filled(QSize(720, 400), Qt::red), QRect(0, 0, 720, 400));
    QCOMPARE(view.frameRect(), QRect(140, 0, 720, 400));
    QCOMPARE(view.toGuest(QPointF(140, 0)), std::optional<QPoint>(QPoint(0, 0)));
    QCOMPARE(view.toGuest(QPointF(859.9, 399.9)), std::optional<QPoint>(QPoint(719, 399)));
    QVERIFY(!view.toGuest(QPointF(139, 200))); // in the band
    QVERIFY(!view.toGuest(QPointF(861, 200)));

    // Scaled by two: every guest pixel is two widget pixels wide.
    view.resize(1440, 800);
    QCOMPARE(view.frameRect(), QRect(0, 0, 1440, 800));
    QCOMPARE(view.toGuest(QPointF(721, 401)), std::optional<QPoint>(QPoint(360, 200)));
    QCOMPARE(view.toGuest(QPointF(1439, 799)), std::optional<QPoint>(QPoint(719, 399)));
}

void TestConsoleView::repaintsOnlyTheChangedArea()
{
    ConsoleView view;
    view.resize(1440, 800);
    view.showFrame(filled(QSize(720, 400), Qt::red), QRect(0, 0, 720, 400));
    // A 10×10 change at (100, 50) is 20×20 at (200, 100), a pixel more around.
    const QRect area = view.toWidget(QRect(100, 50, 10, 10));
    QVERIFY2(area.contains(QRect(200, 100, 20, 20)), qPrintable(QString::number(area.width())));
    QVERIFY(area.width() <= 22 && area.height() <= 22);
    QCOMPARE(view.toWidget(QRect(0, 0, 720, 400)), view.frameRect());
}

void TestConsoleView::paintsThePictureLetterboxed()
{
    ConsoleView view;
    view.resize(1000, 400);
    QImage frame = filled(QSize(720, 400), Qt::red);
    frame.setPixelColor(0, 0, Qt::green);
    view.showFrame(frame, frame.rect());
    const QImage shown = view.grab().toImage();
    QCOMPARE(shown.pixelColor(10, 200), QColor(Qt::black)); // band
    QCOMPARE(shown.pixelColor(990, 200), QColor(Qt::black));
    QCOMPARE(shown.pixelColor(500, 200), QColor(Qt::red));
    QCOMPARE(shown.pixelColor(140, 0), QColor(Qt::green)); // 1:1: crisp, not blended
    QVERIFY(view.paintedFrames() > 0);
    shown.save(QStringLiteral("/tmp/airlock-consoleview-letterbox.png"));
}

void TestConsoleView::followsTheGuestsResolution()
{
    ConsoleView view;
    QCOMPARE(view.sizeHint(), QSize(720, 400));
    view.showFrame(filled(QSize(1024, 768), Qt::blue), QRect(0, 0, 1024, 768));
    QCOMPARE(view.sizeHint(), QSize(1024, 768));
    view.resize(512, 384);
    QCOMPARE(view.frameRect(), QRect(0, 0, 512, 384));
    view.showFrame(filled(QSize(800, 600), Qt::blue), QRect(0, 0, 800, 600));
    QCOMPARE(view.frameRect(), QRect(0, 0, 512, 384));
    QCOMPARE(view.toGuest(QPointF(256, 192)), std::optional<QPoint>(QPoint(400, 300)));
}

void TestConsoleView::grabsTheKeyboardAndGivesItBack()
{
    QWidget window;
    auto *before = new QWidget(&window);
    before->setFocusPolicy(Qt::StrongFocus);
    auto *view = new ConsoleView(&window);
    view->move(0, 20);
    view->resize(320, 200);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy grabs(view, &ConsoleView::grabChanged);

    view->setFocus(Qt::TabFocusReason);
    QVERIFY(view->isKeyboardGrabbed());
    QCOMPARE(grabs.size(), 1);
    const QString grabbedHint = view->grabHint();
    QVERIFY(grabbedHint.contains(QStringLiteral("Ctrl+Alt")));
    // Tab is the guest's while grabbed: the focus stays.
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(view->hasFocus());

    // Ctrl, then Alt: the keyboard comes back, and Tab moves on again.
    QTest::keyPress(view, Qt::Key_Control);
    QTest::keyPress(view, Qt::Key_Alt, Qt::ControlModifier);
    QVERIFY(!view->isKeyboardGrabbed());
    QCOMPARE(grabs.size(), 2);
    QVERIFY(view->grabHint() != grabbedHint);
    QTest::keyRelease(view, Qt::Key_Alt, Qt::ControlModifier);
    QTest::keyRelease(view, Qt::Key_Control);
    // Enter takes it again; losing the focus gives it back.
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(view->isKeyboardGrabbed());
    before->setFocus(Qt::OtherFocusReason);
    QVERIFY(!view->isKeyboardGrabbed());
}

QTEST_MAIN(TestConsoleView)
#include "tst_consoleview.moc"
