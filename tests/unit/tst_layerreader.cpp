// LayerReader streams plain, gzip and zstd layers entry by entry: every entry kind comes out exactly (type,
// size, mode with setuid/sticky, owners, link targets, whiteouts), content digests when asked, damaged
// layers fail with a message, unsafe names are flagged, decompression bombs (one huge entry, many entries,
// too many entries, too long names) stop with a message naming the limit, cancellation stops the read, and a
// ~256 MiB layer lists with flat memory. LayerFileTree keeps the entries as a tree.
#include "core/inspect/layerfiletree.h"
#include "core/inspect/layerreader.h"
#include "core/store/transfercontrol.h"
#include "tests/support/memorystore.h"
#include "tests/support/testfiles.h"
#include "tests/support/testlayers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using lading::Error;
using lading::Status;
using lading::inspect::LayerEntry;
using lading::inspect::LayerFileTree;
using lading::inspect::LayerReader;
using lading::inspect::LayerReadOptions;
using lading::store::TransferControl;
using lading::test::LayerCompression;
using lading::test::TarItem;
using Type = LayerEntry::Type;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(LayerCompression)

namespace {

QList<LayerEntry> readAll(const QString& path, const LayerReadOptions& options = {}, Error* error = nullptr,
                          TransferControl* control = nullptr)
{
    QList<LayerEntry> entries;
    const Status status = LayerReader::forEach(
        path,
        [&entries](const LayerEntry& e) -> Status {
            entries.append(e);
            return {};
        },
        options, control);
    if (error)
        *error = status.ok() ? Error() : status.error();
    return entries;
}

const LayerEntry* byPath(const QList<LayerEntry>& entries, const QString& path, Type type)
{
    for (const LayerEntry& e : entries) {
        if (e.path == path && e.type == type)
            return &e;
    }
    return nullptr;
}

// VmHWM (peak resident set) of this process, in KiB.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Resets the peak so the next reading measures only what follows (Linux 4.0+: write 5 to clear_refs).
bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

class TestLayerReader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // BlobSpool::shared() caches fetched layers under the cache folder: keep it inside the test's.
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());
    }

    void readsEveryEntryKindExactly_data()
    {
        QTest::addColumn<LayerCompression>("compression");
        QTest::newRow("plain") << LayerCompression::None;
        QTest::newRow("gzip") << LayerCompression::Gzip;
        QTest::newRow("zstd") << LayerCompression::Zstd;
    }
    void readsEveryEntryKindExactly()
    {
        QFETCH(LayerCompression, compression);
        const QString path = m_dir.filePath(QStringLiteral("sample-%1.tar").arg(int(compression)));
        QVERIFY(lading::test::writeLayer(path, lading::test::sampleLayerItems(), compression));

        Error error;
        const QList<LayerEntry> entries = readAll(path, {}, &error);
        QVERIFY2(error.kind == Error::Kind::None, qPrintable(error.message));

        QStringList seen;
        for (const LayerEntry& e : entries)
            seen.append(QStringLiteral("%1 %2").arg(int(e.type)).arg(e.path));
        const QStringList expected = {
            QStringLiteral("1 "), // "./" is the root folder
            QStringLiteral("1 etc"),
            QStringLiteral("0 etc/hostname"),
            QStringLiteral("0 etc/shadow"),
            QStringLiteral("1 usr/bin"),
            QStringLiteral("0 usr/bin/tool"),
            QStringLiteral("3 usr/bin/tool-again"),
            QStringLiteral("2 bin"),
            QStringLiteral("1 tmp"),
            QStringLiteral("4 dev/null"),
            QStringLiteral("5 dev/sda"),
            QStringLiteral("6 run/fifo"),
            QStringLiteral("1 home/user"),
            QStringLiteral("0 home/user/notes.txt"),
            QStringLiteral("7 etc/motd"),
            QStringLiteral("8 var/cache"),
            QStringLiteral("0 var/cache/new"),
        };
        QCOMPARE(seen, expected);

        const LayerEntry* shadow = byPath(entries, QStringLiteral("etc/shadow"), Type::File);
        QVERIFY(shadow);
        QCOMPARE(shadow->size, qint64(19));
        QCOMPARE(shadow->mode, 0640u);
        QCOMPARE(shadow->uid, qint64(0));
        QCOMPARE(shadow->gid, qint64(42));
        QCOMPARE(shadow->uname, QStringLiteral("root"));
        QCOMPARE(shadow->gname, QStringLiteral("shadow"));
        QCOMPARE(shadow->mtime, qint64(1700000000));
        QCOMPARE(shadow->modeString(), QStringLiteral("-rw-r-----"));
        QVERIFY(!shadow->unsafe);
        QVERIFY(!shadow->contentDigest); // not asked for

        const LayerEntry* tool = byPath(entries, QStringLiteral("usr/bin/tool"), Type::File);
        QVERIFY(tool);
        QCOMPARE(tool->mode, 04755u);
        QCOMPARE(tool->modeString(), QStringLiteral("-rwsr-xr-x"));

        const LayerEntry* again = byPath(entries, QStringLiteral("usr/bin/tool-again"), Type::Hardlink);
        QVERIFY(again);
        QCOMPARE(again->linkTarget, QStringLiteral("usr/bin/tool")); // normalised like paths
        QCOMPARE(again->size, qint64(0));

        const LayerEntry* bin = byPath(entries, QStringLiteral("bin"), Type::Symlink);
        QVERIFY(bin);
        QCOMPARE(bin->linkTarget, QStringLiteral("usr/bin")); // as written
        QCOMPARE(bin->modeString(), QStringLiteral("lrwxrwxrwx"));

        const LayerEntry* tmp = byPath(entries, QStringLiteral("tmp"), Type::Directory);
        QVERIFY(tmp);
        QCOMPARE(tmp->modeString(), QStringLiteral("drwxrwxrwt"));

        const LayerEntry* home = byPath(entries, QStringLiteral("home/user"), Type::Directory);
        QVERIFY(home);
        QCOMPARE(home->uid, qint64(1000));
        QCOMPARE(home->uname, QStringLiteral("user"));
        QCOMPARE(home->modeString(), QStringLiteral("drwx------"));

        QCOMPARE(byPath(entries, QStringLiteral("dev/null"), Type::CharDevice)->modeString(),
                 QStringLiteral("crw-------"));
        QCOMPARE(byPath(entries, QStringLiteral("dev/sda"), Type::BlockDevice)->modeString().left(1),
                 QStringLiteral("b"));
        QCOMPARE(byPath(entries, QStringLiteral("run/fifo"), Type::Fifo)->modeString().left(1),
                 QStringLiteral("p"));
        QVERIFY(byPath(entries, QStringLiteral("etc/motd"), Type::Whiteout)->isWhiteout());
        QVERIFY(byPath(entries, QStringLiteral("var/cache"), Type::OpaqueWhiteout)->isWhiteout());
    }

    void computesContentDigestsWhenAsked_data() { readsEveryEntryKindExactly_data(); }
    void computesContentDigestsWhenAsked()
    {
        QFETCH(LayerCompression, compression);
        const QByteArray big = lading::test::randomBytes(3 * 1024 * 1024 + 17, 7);
        QList<TarItem> items = lading::test::sampleLayerItems();
        items.append(TarItem::file(QStringLiteral("big.bin"), big));
        items.append(TarItem::file(QStringLiteral("empty"), {}));
        const QString path = m_dir.filePath(QStringLiteral("digests-%1.tar").arg(int(compression)));
        QVERIFY(lading::test::writeLayer(path, items, compression));

        LayerReadOptions options;
        options.computeDigests = true;
        Error error;
        const QList<LayerEntry> entries = readAll(path, options, &error);
        QVERIFY2(error.kind == Error::Kind::None, qPrintable(error.message));
        const auto digestOf = [&](const QString& p) {
            const LayerEntry* e = byPath(entries, p, Type::File);
            return e && e->contentDigest ? e->contentDigest->toString() : QString();
        };
        QCOMPARE(digestOf(QStringLiteral("big.bin")), lading::test::sha256(big));
        QCOMPARE(digestOf(QStringLiteral("empty")), lading::test::sha256({}));
        QCOMPARE(digestOf(QStringLiteral("etc/hostname")), lading::test::sha256("lading\n"));
        // Only regular files have content of their own.
        QVERIFY(!byPath(entries, QStringLiteral("bin"), Type::Symlink)->contentDigest);

        // The tree gives a hardlink its target's digest.
        auto tree = LayerFileTree::read(path, options);
        QVERIFY2(tree, qPrintable(tree.error().message));
        const auto again = tree->find(u"usr/bin/tool-again");
        QVERIFY(again != LayerFileTree::NoNode);
        QVERIFY(tree->contentDigest(again));
        QCOMPARE(tree->contentDigest(again)->toString(), lading::test::sha256("#!/bin/sh\necho tool\n"));
    }

    void treeKeepsTheLayer()
    {
        const QString path = m_dir.filePath(QStringLiteral("tree.tar.gz"));
        QList<TarItem> items = lading::test::sampleLayerItems();
        items.append(TarItem::file(QStringLiteral("etc/hostname"), QByteArrayLiteral("replaced, longer\n")));
        items.append(TarItem::file(QStringLiteral("deep/er/file"), QByteArrayLiteral("1234")));
        QVERIFY(lading::test::writeLayer(path, items, LayerCompression::Gzip));
        auto tree = LayerFileTree::read(path);
        QVERIFY2(tree, qPrintable(tree.error().message));
        const LayerFileTree& t = tree.value();

        QStringList top;
        for (const auto node : t.children(LayerFileTree::RootId))
            top.append(t.name(node));
        QCOMPARE(top, QStringList({u"bin"_s, u"deep"_s, u"dev"_s, u"etc"_s, u"home"_s, u"run"_s, u"tmp"_s,
                                   u"usr"_s, u"var"_s}));
        // A later entry replaces an earlier one.
        const auto hostname = t.find(u"etc/hostname");
        QCOMPARE(t.size(hostname), qint64(17));
        // Folders only implied by their entries are there, marked implicit.
        const auto deep = t.find(u"deep/er");
        QVERIFY(deep != LayerFileTree::NoNode);
        QVERIFY(t.isImplicit(deep));
        QVERIFY(t.isDirectory(deep));
        QCOMPARE(t.path(t.child(deep, 0)), QStringLiteral("deep/er/file"));
        // Folder sizes add up the files below.
        QCOMPARE(t.totalSize(t.find(u"deep")), qint64(4));
        QCOMPARE(t.totalSize(t.find(u"etc")), qint64(17 + 19));
        // Whiteouts and opaque folders are kept for the single-layer view.
        QCOMPARE(t.type(t.find(u"etc/motd")), Type::Whiteout);
        QVERIFY(t.isOpaque(t.find(u"var/cache")));
        QCOMPARE(t.childCount(t.find(u"var/cache")), 1);
        // Rows are consistent with children.
        const auto usr = t.find(u"usr");
        QCOMPARE(t.child(t.parent(usr), t.row(usr)), usr);
        QCOMPARE(t.find(u"no/such"), LayerFileTree::NoNode);
        const LayerEntry entry = t.entry(t.find(u"etc/shadow"));
        QCOMPARE(entry.path, QStringLiteral("etc/shadow"));
        QCOMPARE(entry.gname, QStringLiteral("shadow"));
    }

    void damagedLayersFail_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QList<TarItem> items = {
            TarItem::file(QStringLiteral("a"), lading::test::randomBytes(200000, 3)),
            TarItem::file(QStringLiteral("b"), lading::test::randomBytes(200000, 4))};
        const QByteArray plain = lading::test::layerBytes(items, LayerCompression::None);
        const QByteArray gzip = lading::test::layerBytes(items, LayerCompression::Gzip);
        const QByteArray zstd = lading::test::layerBytes(items, LayerCompression::Zstd);
        QTest::newRow("plain truncated in a file") << plain.left(300000);
        QTest::newRow("gzip truncated") << gzip.left(gzip.size() / 2);
        QTest::newRow("zstd truncated") << zstd.left(zstd.size() / 2);
        // libarchive does not check gzip's CRC, so damage must hit the compressed structure itself.
        QByteArray flipped = lading::test::layerBytes(
            {TarItem::file(QStringLiteral("text"), QByteArray("compressible text ").repeated(5000))},
            LayerCompression::Gzip);
        for (qsizetype i = 12; i < 40; ++i)
            flipped[i] = char(flipped[i] ^ 0x5a);
        QTest::newRow("gzip corrupted") << flipped;
        QTest::newRow("not a tar") << lading::test::randomBytes(4096, 9);
        QTest::newRow("json") << QByteArrayLiteral("{\"mediaType\":\"application/json\"}");
    }
    void damagedLayersFail()
    {
        QFETCH(QByteArray, bytes);
        const QString path = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(lading::test::writeFile(path, bytes));
        Error error;
        readAll(path, {}, &error);
        QCOMPARE(error.kind, Error::Kind::Integrity);
        QVERIFY2(error.message.contains(QLatin1String("cannot be read")), qPrintable(error.message));
    }

    void unsafeNamesAreFlagged_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("unsafe");
        QTest::newRow("plain") << "a/b"
                               << "a/b" << false;
        QTest::newRow("dot slash") << ".//a/./b"
                                   << "a/b" << false;
        QTest::newRow("dotdot inside") << "a/../b"
                                       << "b" << false;
        QTest::newRow("absolute") << "/etc/passwd"
                                  << "etc/passwd" << true;
        QTest::newRow("climbing") << "../../etc/passwd"
                                  << "etc/passwd" << true;
        QTest::newRow("climbing later") << "a/../../etc/cron"
                                        << "etc/cron" << true;
        QTest::newRow("whiteout of the parent") << "a/b/.wh..."
                                                << "a" << true;
    }
    void unsafeNamesAreFlagged()
    {
        QFETCH(QString, name);
        QFETCH(QString, path);
        QFETCH(bool, unsafe);
        const QString file = m_dir.filePath(QStringLiteral("unsafe.tar"));
        QVERIFY(lading::test::writeLayer(file, {TarItem::file(name, "x")}, LayerCompression::None));
        Error error;
        const QList<LayerEntry> entries = readAll(file, {}, &error);
        QVERIFY2(error.kind == Error::Kind::None, qPrintable(error.message));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().path, path);
        QCOMPARE(entries.constFirst().unsafe, unsafe);
    }

    void hardlinkOutOfTheRootIsFlagged()
    {
        const QString file = m_dir.filePath(QStringLiteral("hardlink.tar"));
        QVERIFY(lading::test::writeLayer(file,
                                         {TarItem::hardlink(QStringLiteral("ok"), QStringLiteral("../../x"))},
                                         LayerCompression::None));
        const QList<LayerEntry> entries = readAll(file);
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.constFirst().unsafe);
        QCOMPARE(entries.constFirst().linkTarget, QStringLiteral("x"));
    }

    // 2 GiB of zeros in 2 MB of gzip: stopped at the header, long before inflating it.
    void decompressionBombIsStopped_data()
    {
        QTest::addColumn<bool>("digests");
        QTest::newRow("listing") << false;
        QTest::newRow("with digests") << true;
    }
    void decompressionBombIsStopped()
    {
        QFETCH(bool, digests);
        const QString path = m_dir.filePath(QStringLiteral("bomb.tar.gz"));
        if (!QFile::exists(path))
            QVERIFY(lading::test::writeZeroLayer(path, qint64(2) * 1024 * 1024 * 1024));
        QVERIFY(QFileInfo(path).size() < 4 * 1024 * 1024);
        LayerReadOptions options;
        options.computeDigests = digests;
        QElapsedTimer timer;
        timer.start();
        Error error;
        readAll(path, options, &error);
        QCOMPARE(error.kind, Error::Kind::TooLarge);
        QVERIFY2(error.message.contains(QLatin1String("decompression bomb")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("200 times")), qPrintable(error.message));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    // Many entries, each under the limit, together over it: the limit is on the whole layer.
    void manySmallEntriesAddUpToABomb()
    {
        const QString path = m_dir.filePath(QStringLiteral("many.tar.gz"));
        QVERIFY(lading::test::writeZeroLayer(path, 1024 * 1024, 40));
        LayerReadOptions options;
        options.limits.expansionFloor = 8 * 1024 * 1024;
        Error error;
        const QList<LayerEntry> entries = readAll(path, options, &error);
        QCOMPARE(error.kind, Error::Kind::TooLarge);
        QVERIFY(entries.size() >= 7 && entries.size() < 9);
        // Within the limits the same layer reads to the end.
        options.limits.expansionFloor = 64 * 1024 * 1024;
        QCOMPARE(readAll(path, options, &error).size(), 40);
        QCOMPARE(error.kind, Error::Kind::None);
    }

    void absoluteCapHoldsWhateverTheRatio()
    {
        const QString path = m_dir.filePath(QStringLiteral("cap.tar"));
        QVERIFY(lading::test::writeLayer(path, {TarItem::file(QStringLiteral("f"), QByteArray(300000, 'x'))},
                                         LayerCompression::None));
        LayerReadOptions options;
        options.limits.expansionFloor = 100000;
        options.limits.expansionCap = 100000;
        Error error;
        readAll(path, options, &error);
        QCOMPARE(error.kind, Error::Kind::TooLarge);
        QCOMPARE(options.limits.expansionLimit(qint64(1) << 60), qint64(100000)); // no overflow either
    }

    void entryCountIsCapped()
    {
        QList<TarItem> items;
        for (int i = 0; i < 30; ++i)
            items.append(TarItem::file(QStringLiteral("f%1").arg(i), {}));
        const QString path = m_dir.filePath(QStringLiteral("count.tar.gz"));
        QVERIFY(lading::test::writeLayer(path, items, LayerCompression::Gzip));
        LayerReadOptions options;
        options.limits.maxEntries = 20;
        Error error;
        const QList<LayerEntry> entries = readAll(path, options, &error);
        QCOMPARE(error.kind, Error::Kind::TooLarge);
        QCOMPARE(entries.size(), 20);
        QVERIFY2(error.message.contains(QLatin1String("more than 20 entries")), qPrintable(error.message));
    }

    void pathLengthIsCapped()
    {
        const QString longName = QString(300, QLatin1Char('n'));
        const QString path = m_dir.filePath(QStringLiteral("long.tar"));
        QVERIFY(lading::test::writeLayer(path, {TarItem::symlink(QStringLiteral("l"), longName)},
                                         LayerCompression::None));
        LayerReadOptions options;
        options.limits.maxPathLength = 200;
        Error error;
        readAll(path, options, &error);
        QCOMPARE(error.kind, Error::Kind::TooLarge);
        QVERIFY2(error.message.contains(QLatin1String("300 characters")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("limit of 200")), qPrintable(error.message));
    }

    void cancellationStopsTheRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.tar.gz"));
        QVERIFY(lading::test::writeZeroLayer(path, 1024 * 1024, 20));
        TransferControl control;
        int seen = 0;
        const Status status = LayerReader::forEach(
            path,
            [&](const LayerEntry&) -> Status {
                if (++seen == 3)
                    control.cancel();
                return {};
            },
            {}, &control);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Cancelled);
        QCOMPARE(seen, 3);
    }

    void callbackErrorStopsTheRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.tar"));
        QVERIFY(lading::test::writeLayer(path, lading::test::sampleLayerItems(), LayerCompression::None));
        int seen = 0;
        const Status status = LayerReader::forEach(path, [&](const LayerEntry&) -> Status {
            ++seen;
            return Error::make(Error::Kind::InvalidInput, QStringLiteral("enough"));
        });
        QCOMPARE(status.error().message, QStringLiteral("enough"));
        QCOMPARE(seen, 1);
    }

    void readsALayerOfAStoreWithProgress()
    {
        lading::test::MemoryStore store;
        const QByteArray bytes =
            lading::test::layerBytes(lading::test::sampleLayerItems(), LayerCompression::Gzip);
        const auto layer = lading::oci::Descriptor::forBytes(
            QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip"), bytes);
        QVERIFY(store.pushBlob(layer, bytes).ok());
        TransferControl control;
        int count = 0;
        const Status status = LayerReader::forEach(
            store, layer,
            [&count](const LayerEntry& e) -> Status {
                ++count;
                return e.layerIndex == 3 ? Status() : Error::make(Error::Kind::InvalidInput, QString());
            },
            {}, &control, 3);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(count, lading::test::sampleLayerItems().size());
        bool sawReading = false;
        for (const auto& p : control.blobProgress()) {
            if (p.blob == LayerReader::progressKey(layer.digest)) {
                sawReading = true;
                QCOMPARE(p.size, layer.size);
                QCOMPARE(p.done, layer.size);
            }
        }
        QVERIFY(sawReading);
    }

    // A ~256 MiB layer (zeros, gzip, 256 files) lists, with digests, in flat memory.
    void largeLayerListsInFlatMemory()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.tar.gz"));
        QVERIFY(lading::test::writeZeroLayer(path, 1024 * 1024, 256));
        LayerReadOptions options;
        options.computeDigests = true;
        options.limits.expansionRatio = 1 << 20; // zeros compress 1000:1; this test is about memory
        // Without clear_refs (old kernels, some sandboxes) the peak before is the test's own so far: still an
        // upper bound of what listing adds.
        resetPeakRss();
        const qint64 before = peakRssKiB();
        QVERIFY(before > 0);
        QElapsedTimer timer;
        timer.start();
        auto tree = LayerFileTree::read(path, options);
        QVERIFY2(tree, qPrintable(tree.error().message));
        const qint64 after = peakRssKiB();
        QCOMPARE(tree->fileCount(), qsizetype(256));
        QCOMPARE(tree->totalSize(LayerFileTree::RootId), qint64(256) * 1024 * 1024);
        qInfo("256 MiB layer listed with digests in %lld ms, peak RSS growth %lld KiB", timer.elapsed(),
              after - before);
        QVERIFY2(after - before < 64 * 1024, qPrintable(QString::number(after - before)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLayerReader)
#include "tst_layerreader.moc"
