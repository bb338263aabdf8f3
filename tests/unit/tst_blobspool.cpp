#include "core/inspect/blobspool.h"
#include "core/store/layoutstore.h"
#include "tests/support/memorystore.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QTest>

using lading::inspect::BlobSpool;
using lading::oci::Descriptor;
using lading::test::MemoryStore;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Descriptor pushBytes(MemoryStore& store, const QByteArray& bytes)
{
    const Descriptor blob = Descriptor::forBytes(QStringLiteral("application/octet-stream"), bytes);
    if (!store.pushBlob(blob, bytes).ok())
        qFatal("push failed");
    return blob;
}

} // namespace

// The spool readers get files from: verified, fetched once, bounded in size.
class TestBlobSpool final : public QObject
{
    Q_OBJECT

private slots:
    void fetchesOnceAndReusesTheFile()
    {
        QTemporaryDir dir;
        BlobSpool spool(dir.path());
        MemoryStore store;
        const QByteArray bytes(100000, 'x');
        const Descriptor blob = pushBytes(store, bytes);

        const auto first = spool.localFile(store, blob);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(readAll(first.value()), bytes);
        QVERIFY(first->startsWith(dir.path()));

        // The store no longer has it, yet the spool answers from its verified copy.
        MemoryStore empty;
        const auto second = spool.localFile(empty, blob);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(second.value(), first.value());
    }

    void corruptBlobIsNeverKept()
    {
        QTemporaryDir dir;
        BlobSpool spool(dir.path());
        MemoryStore store;
        const Descriptor blob =
            Descriptor::forBytes(QStringLiteral("application/octet-stream"), "good bytes");
        store.putBlobUnchecked(blob.digest, "evil bytes");
        const auto file = spool.localFile(store, blob);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().kind, lading::Error::Kind::Integrity);
        QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/sha256/") + blob.digest.encoded()));
    }

    void layoutBlobsAreReadInPlace()
    {
        QTemporaryDir dir;
        auto layout = lading::store::LayoutStore::open(dir.path() + QStringLiteral("/layout"), true);
        QVERIFY2(layout.ok(), qPrintable(layout.error().message));
        const QByteArray bytes("layer bytes");
        const Descriptor blob = Descriptor::forBytes(QStringLiteral("application/octet-stream"), bytes);
        QVERIFY(layout.value()->pushBlob(blob, bytes).ok());
        BlobSpool spool(dir.path() + QStringLiteral("/spool"));
        const auto file = spool.localFile(*layout.value(), blob);
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        QVERIFY(file->startsWith(dir.path() + QStringLiteral("/layout/blobs/")));
    }

    void concurrentRequestsShareOneDownload()
    {
        QTemporaryDir dir;
        BlobSpool spool(dir.path());
        MemoryStore store;
        const Descriptor blob = pushBytes(store, QByteArray(4 * 1024 * 1024, 'z'));
        QList<QFuture<lading::Result<QString>>> futures;
        for (int i = 0; i < 8; ++i)
            futures.append(QtConcurrent::run([&] { return spool.localFile(store, blob); }));
        for (auto& future : futures) {
            const auto result = future.result();
            QVERIFY2(result.ok(), qPrintable(result.error().message));
            QCOMPARE(QFileInfo(result.value()).size(), blob.size);
        }
    }

    void evictsLeastRecentlyUsedToStayUnderTheLimit()
    {
        QTemporaryDir dir;
        BlobSpool spool(dir.path(), 250);
        MemoryStore store;
        const Descriptor a = pushBytes(store, QByteArray(100, 'a'));
        const Descriptor b = pushBytes(store, QByteArray(100, 'b'));
        const Descriptor c = pushBytes(store, QByteArray(100, 'c'));
        const QString pathA = spool.localFile(store, a).value();
        QTest::qWait(20); // distinct modification times
        const QString pathB = spool.localFile(store, b).value();
        QTest::qWait(20);
        const QString pathC = spool.localFile(store, c).value();
        QVERIFY(!QFileInfo::exists(pathA));
        QVERIFY(QFileInfo::exists(pathB));
        QVERIFY(QFileInfo::exists(pathC));
    }
};

QTEST_GUILESS_MAIN(TestBlobSpool)
#include "tst_blobspool.moc"
