// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "media/isoupload.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace Airlock;

// What Airlock advises after a failed upload follows libvirt's error, not
// one sentence for all of them.
class TestIsoUploadAdvice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheError_data();
    void followsTheError();
    void theTestDriversRefusalSaysThePoolTakesNoUploads();
};

void TestIsoUploadAdvice::followsTheError_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("domain");
    QTest::addColumn<int>("systemErrno");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("notExpected");
    const QString space = QStringLiteral("free space");
    QTest::newRow("no support") << int(VIR_ERR_NO_SUPPORT) << int(VIR_FROM_STORAGE) << 0
                                << "this function is not supported by the connection driver"
                                << "cannot take uploads" << space;
    QTest::newRow("unsupported") << int(VIR_ERR_OPERATION_UNSUPPORTED) << int(VIR_FROM_STORAGE) << 0
                                 << "volume upload is not supported"
                                 << "directory pool" << space;
    QTest::newRow("no pool") << int(VIR_ERR_NO_STORAGE_POOL) << int(VIR_FROM_STORAGE) << 0
                             << "Storage pool not found"
                             << "virsh pool-start" << space;
    QTest::newRow("inactive") << int(VIR_ERR_OPERATION_INVALID) << int(VIR_FROM_STORAGE) << 0
                              << "storage pool 'iso' is not active"
                              << "not running" << space;
    QTest::newRow("enospc") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_STORAGE) << ENOSPC
                            << "cannot allocate 3 bytes in file '/x': No space left on device"
                            << space << "permissions";
    QTest::newRow("no space, no errno")
            << int(VIR_ERR_INTERNAL_ERROR) << int(VIR_FROM_STREAMS) << 0
            << "Unable to write: No space left on device" << space << "libvirt said";
    QTest::newRow("permission") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_STORAGE) << EACCES
                                << "cannot open volume '/x': Permission denied"
                                << "permissions" << space;
    QTest::newRow("connection lost") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC) << ECONNRESET
                                     << "Cannot recv data: Connection reset by peer"
                                     << "daemon stopped" << space;
    QTest::newRow("socket closed") << int(VIR_ERR_INTERNAL_ERROR) << int(VIR_FROM_RPC) << 0
                                   << "internal error: client socket is closed"
                                   << "Start it again" << space;
    QTest::newRow("anything else")
            << int(VIR_ERR_INTERNAL_ERROR) << int(VIR_FROM_STORAGE) << 0 << "something odd happened"
            << "libvirt said: “something odd happened”" << space;
}

void TestIsoUploadAdvice::followsTheError()
{
    QFETCH(int, code);
    QFETCH(int, domain);
    QFETCH(int, systemErrno);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QFETCH(QString, notExpected);
    const LibvirtError error {code, domain, message, systemErrno};
    const QString advice = isoUploadAdvice(error, QStringLiteral("iso"), 3 * 1024 * 1024);
    QVERIFY2(advice.contains(expected), qPrintable(advice));
    QVERIFY2(!advice.contains(notExpected), qPrintable(advice));
}

void TestIsoUploadAdvice::theTestDriversRefusalSaysThePoolTakesNoUploads()
{
    Hypervisor::initializeLibvirt();
    const auto connection = Connection::open(QStringLiteral("test:///default"));
    QVERIFY(connection);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("small.iso"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const auto put = putIsoInPool(*connection, QStringLiteral("default-pool"), path, QString(),
                                  QByteArray(), {}, nullptr);
    QVERIFY(!put);
    QCOMPARE(put.error().code, int(VIR_ERR_NO_SUPPORT));
    const QString advice = isoUploadAdvice(put.error(), QStringLiteral("default-pool"), 4096);
    QVERIFY2(advice.contains(QLatin1String("cannot take uploads")), qPrintable(advice));
    QVERIFY(!advice.contains(QLatin1String("free space")));
    // Nothing half made is left behind.
    QVERIFY(!connection->volume(QStringLiteral("default-pool"), QStringLiteral("small.iso")));
}

QTEST_GUILESS_MAIN(TestIsoUploadAdvice)
#include "tst_isouploadadvice.moc"
