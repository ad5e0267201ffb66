// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor/connection.h"
#include "hypervisor/hypervisor.h"
#include "media/isoupload.h"
#include "media/sha256.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Airlock;

namespace {

const QString s_pool = QStringLiteral("airlock-iso-test-pool");

QByteArray pattern(qsizetype size, char seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 131 + seed) ^ (i >> 9));
    return data;
}

} // namespace

// putIsoInPool against the real libvirtd: the stream upload the test driver
// lacks, reuse of an identical volume, and never touching someone else's.
class TestIsoUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void candidateNames_data();
    void candidateNames();
    void uploadsAFileAsAVolume();
    void reusesAnIdenticalVolume();
    void leavesADifferentVolumeAlone();
    void cancelDeletesWhatItCreated();
    void failsForAMissingPool();

private:
    QString writeFile(const QString &name, const QByteArray &data);
    QString volumeSha256(const QString &volume);

    Connection m_connection;
    QTemporaryDir m_directory;
    QByteArray m_iso = pattern(3 * 1024 * 1024 + 512, 1);
};

void TestIsoUpload::initTestCase()
{
    const Test::RealDaemon daemon = Test::realDaemon();
    AIRLOCK_REQUIRE_REAL_DAEMON(daemon);
    Hypervisor::initializeLibvirt();
    const auto connection = Connection::open(daemon.uri);
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_connection = *connection;
    const QString poolError = Test::createTestPool(m_connection, s_pool);
    QVERIFY2(poolError.isEmpty(), qPrintable(poolError));
}

void TestIsoUpload::cleanupTestCase()
{
    if (!m_connection.isValid())
        return;
    Test::removeTestPool(m_connection, s_pool);
}

QString TestIsoUpload::writeFile(const QString &name, const QByteArray &data)
{
    QDir().mkpath(m_directory.filePath(name.section(QLatin1Char('/'), 0, -2)));
    QFile file(m_directory.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(data);
    return file.fileName();
}

QString TestIsoUpload::volumeSha256(const QString &volume)
{
    const auto handle = m_connection.volume(s_pool, volume);
    if (!handle)
        return {};
    return sha256OfVolume(m_connection, handle->get()).value_or(QString());
}

void TestIsoUpload::candidateNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("candidate");
    QTest::newRow("first") << "nixos.iso" << 1 << "nixos.iso";
    QTest::newRow("second") << "nixos.iso" << 2 << "nixos-2.iso";
    QTest::newRow("dots") << "nixos-25.11.1.iso" << 3 << "nixos-25.11.1-3.iso";
    QTest::newRow("no extension") << "image" << 2 << "image-2";
}

void TestIsoUpload::candidateNames()
{
    QFETCH(QString, name);
    QFETCH(int, index);
    QFETCH(QString, candidate);
    QCOMPARE(isoVolumeCandidate(name, index), candidate);
}

void TestIsoUpload::uploadsAFileAsAVolume()
{
    const QString path = writeFile(QStringLiteral("nixos-test.iso"), m_iso);
    QList<std::pair<qint64, qint64>> progress;
    const auto result = putIsoInPool(
            m_connection, s_pool, path, QString(), QByteArray(),
            [&progress](qint64 done, qint64 total) {
                progress.append({done, total});
            },
            nullptr);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->pool, s_pool);
    QCOMPARE(result->volume, QStringLiteral("nixos-test.iso"));
    QVERIFY(result->created);
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.constLast(), (std::pair<qint64, qint64> {m_iso.size(), m_iso.size()}));
    QCOMPARE(volumeSha256(result->volume), Sha256::of(m_iso));

    const auto volume = m_connection.volume(s_pool, result->volume);
    QVERIFY(volume);
    const QString xml = takeLibvirtString(virStorageVolGetXMLDesc(volume->get(), 0));
    QVERIFY2(xml.contains(QLatin1String("<format type='raw'/>")), qPrintable(xml));
}

void TestIsoUpload::reusesAnIdenticalVolume()
{
    // The same bytes under another local name, put in as "nixos-test.iso".
    const QString path = writeFile(QStringLiteral("copy/other-name.iso"), m_iso);
    const auto result = putIsoInPool(m_connection, s_pool, path, QStringLiteral("nixos-test.iso"),
                                     Sha256::of(m_iso).toLatin1(), {}, nullptr);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->volume, QStringLiteral("nixos-test.iso"));
    QVERIFY(!result->created);
    QVERIFY(!m_connection.volume(s_pool, QStringLiteral("nixos-test-2.iso")));
}

void TestIsoUpload::leavesADifferentVolumeAlone()
{
    const QByteArray other = pattern(m_iso.size(), 9); // same size, other bytes
    const QString path = writeFile(QStringLiteral("changed/nixos-test.iso"), other);
    const auto result
            = putIsoInPool(m_connection, s_pool, path, QString(), QByteArray(), {}, nullptr);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->volume, QStringLiteral("nixos-test-2.iso"));
    QVERIFY(result->created);
    QCOMPARE(volumeSha256(QStringLiteral("nixos-test.iso")), Sha256::of(m_iso));
    QCOMPARE(volumeSha256(QStringLiteral("nixos-test-2.iso")), Sha256::of(other));
}

void TestIsoUpload::cancelDeletesWhatItCreated()
{
    const QString path = writeFile(QStringLiteral("cancel.iso"), pattern(6 * 1024 * 1024, 4));
    std::atomic_bool cancel = false;
    const auto result = putIsoInPool(
            m_connection, s_pool, path, QString(), QByteArray(),
            [&cancel](qint64 done, qint64) {
                if (done > 0)
                    cancel = true;
            },
            &cancel);
    QVERIFY(!result);
    QCOMPARE(result.error().code, int(VIR_ERR_OPERATION_ABORTED));
    QVERIFY(result.error().message.contains(QLatin1String("cancelled")));
    QVERIFY(!m_connection.volume(s_pool, QStringLiteral("cancel.iso")));
}

void TestIsoUpload::failsForAMissingPool()
{
    const QString path = writeFile(QStringLiteral("lonely.iso"), m_iso.left(4096));
    const auto result = putIsoInPool(m_connection, QStringLiteral("no-such-pool"), path, QString(),
                                     QByteArray(), {}, nullptr);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QLatin1String("no-such-pool")));
    const auto missingFile
            = putIsoInPool(m_connection, s_pool, m_directory.filePath(QStringLiteral("absent.iso")),
                           QString(), QByteArray(), {}, nullptr);
    QVERIFY(!missingFile);
    QVERIFY(missingFile.error().message.contains(QLatin1String("does not exist")));
}

QTEST_GUILESS_MAIN(TestIsoUpload)
#include "tst_isoupload.moc"
