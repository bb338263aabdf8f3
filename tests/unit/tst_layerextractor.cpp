// LayerExtractor copies a file or a folder out of a layer: contents and modes kept (setuid dropped),
// hardlinks as copies (also of targets outside the selection), symlinks only when they stay inside the target
// folder, device nodes refused, names that climb out of the layer skipped, a planted symlink in the target
// refused, files replaced atomically (a cancelled extraction leaves the old file and nothing new), bombs
// stopped. readHead gives a file's first bytes for the inline viewer. extractMerged takes each file from the
// layer it survives from.
#include "core/inspect/layerextractor.h"
#include "core/inspect/mergedfilesystem.h"
#include "core/store/layoutstore.h"
#include "core/store/transfercontrol.h"
#include "tests/support/testfiles.h"
#include "tests/support/testlayers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using lading::Error;
using lading::inspect::ExtractResult;
using lading::inspect::LayerExtractor;
using lading::inspect::MergedFileSystem;
using lading::store::TransferControl;
using lading::test::LayerCompression;
using lading::test::readFileOrMissing;
using lading::test::TarItem;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(LayerCompression)

namespace {

// Every path below `root`, relative, sorted; symlinks not followed.
QStringList listing(const QString& root)
{
    QStringList paths;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(QDir(root).relativeFilePath(it.next()));
    paths.sort();
    return paths;
}

int modeOf(const QString& path)
{
    const QFile::Permissions p = QFileInfo(path).permissions();
    int mode = 0;
    if (p & QFile::ReadOwner)
        mode |= 0400;
    if (p & QFile::WriteOwner)
        mode |= 0200;
    if (p & QFile::ExeOwner)
        mode |= 0100;
    if (p & QFile::ReadGroup)
        mode |= 040;
    if (p & QFile::WriteGroup)
        mode |= 020;
    if (p & QFile::ExeGroup)
        mode |= 010;
    if (p & QFile::ReadOther)
        mode |= 04;
    if (p & QFile::WriteOther)
        mode |= 02;
    if (p & QFile::ExeOther)
        mode |= 01;
    return mode;
}

} // namespace

class TestLayerExtractor final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_work = std::make_unique<QTemporaryDir>();
        QVERIFY(m_work->isValid());
        m_target = m_work->filePath(u"out"_s);
    }

    void extractsAFile_data()
    {
        QTest::addColumn<LayerCompression>("compression");
        QTest::newRow("plain") << LayerCompression::None;
        QTest::newRow("gzip") << LayerCompression::Gzip;
        QTest::newRow("zstd") << LayerCompression::Zstd;
    }
    void extractsAFile()
    {
        QFETCH(LayerCompression, compression);
        const QString layer = sampleLayer(compression);
        auto result = LayerExtractor::extract(layer, u"etc/shadow"_s, m_target);
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(listing(m_target), QStringList({u"shadow"_s}));
        QCOMPARE(readFileOrMissing(m_target + u"/shadow"_s), QByteArray("root:*:19000::::::\n"));
        QCOMPARE(modeOf(m_target + u"/shadow"_s), 0640);
        QCOMPARE(result->bytes, qint64(19));
        QCOMPARE(result->written, QStringList({QDir::cleanPath(m_target + u"/shadow"_s)}));
        // The modification time comes along.
        QCOMPARE(QFileInfo(m_target + u"/shadow"_s).lastModified().toSecsSinceEpoch(), qint64(1700000000));
    }

    void extractsAFolderWithLinks()
    {
        const QString layer = sampleLayer(LayerCompression::Gzip);
        auto result = LayerExtractor::extract(layer, u"./usr/"_s, m_target);
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(listing(m_target),
                 QStringList({u"usr"_s, u"usr/bin"_s, u"usr/bin/tool"_s, u"usr/bin/tool-again"_s}));
        QCOMPARE(readFileOrMissing(m_target + u"/usr/bin/tool-again"_s),
                 QByteArray("#!/bin/sh\necho tool\n"));
        // Permission bits stay; setuid does not.
        QCOMPARE(modeOf(m_target + u"/usr/bin/tool"_s), 0755);
        struct stat info;
        QCOMPARE(::stat(QFile::encodeName(m_target + u"/usr/bin/tool"_s).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), 0755);
        QVERIFY(!QFileInfo(m_target + u"/usr/bin/tool-again"_s).isSymLink());
    }

    void extractsTheWholeLayer()
    {
        const QString layer = sampleLayer(LayerCompression::Zstd);
        TransferControl control;
        QStringList messages;
        control.setOnMessage([&messages](const QString& m) { messages.append(m); });
        auto result = LayerExtractor::extract(layer, QString(), m_target, {}, &control);
        QVERIFY2(result, qPrintable(result.error().message));
        const QStringList files = listing(m_target);
        QVERIFY(files.contains(u"bin"_s));
        QCOMPARE(QFileInfo(m_target + u"/bin"_s).symLinkTarget(),
                 QFileInfo(m_target + u"/usr/bin"_s).filePath());
        QCOMPARE(modeOf(m_target + u"/home/user"_s), 0700);
        QCOMPARE(readFileOrMissing(m_target + u"/var/cache/new"_s), QByteArray("fresh"));
        // Device nodes and fifos are refused and said so; whiteouts are not files.
        QVERIFY(!files.contains(u"dev/null"_s));
        QVERIFY(!files.contains(u"run/fifo"_s));
        QVERIFY(!files.contains(u"etc/motd"_s));
        QVERIFY(!files.contains(u"etc/.wh.motd"_s));
        QCOMPARE(result->skipped.size(), 3);
        QVERIFY2(result->skipped.constFirst().contains(u"device nodes"_s),
                 qPrintable(result->skipped.join(u'\n')));
        QCOMPARE(messages.size(), 3);
    }

    void hardlinkToATargetOutsideTheSelection()
    {
        const QString layer = m_work->filePath(u"links.tar.gz"_s);
        QVERIFY(lading::test::writeLayer(layer,
                                         {TarItem::file(u"a/file"_s, "content", 0600),
                                          TarItem::hardlink(u"b/link"_s, u"a/file"_s),
                                          TarItem::hardlink(u"b/other"_s, u"a/file"_s)},
                                         LayerCompression::Gzip));
        auto result = LayerExtractor::extract(layer, u"b"_s, m_target);
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(listing(m_target), QStringList({u"b"_s, u"b/link"_s, u"b/other"_s}));
        QCOMPARE(readFileOrMissing(m_target + u"/b/link"_s), QByteArray("content"));
        QCOMPARE(readFileOrMissing(m_target + u"/b/other"_s), QByteArray("content"));
        QCOMPARE(modeOf(m_target + u"/b/link"_s), 0600);
    }

    void symlinkEscapeRefused()
    {
        const QString outside = m_work->filePath(u"outside"_s);
        QVERIFY(QDir().mkpath(outside));
        const QString layer = m_work->filePath(u"escape.tar"_s);
        QVERIFY(lading::test::writeLayer(
            layer,
            {TarItem::symlink(u"up"_s, u"../../.."_s), TarItem::symlink(u"abs"_s, outside),
             TarItem::symlink(u"deep/up"_s, u"../../outside"_s), TarItem::file(u"up/planted"_s, "x"),
             TarItem::file(u"abs/planted"_s, "x"), TarItem::file(u"deep/up/planted"_s, "x"),
             TarItem::symlink(u"ok"_s, u"deep"_s), TarItem::file(u"ok/inside"_s, "fine")},
            LayerCompression::None));
        auto result = LayerExtractor::extract(layer, QString(), m_target);
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(listing(outside), QStringList());
        QCOMPARE(result->skipped.size(), 3);
        for (const QString& line : result->skipped)
            QVERIFY2(line.contains(u"outside the target folder"_s), qPrintable(line));
        // The links were not made, so the files went into plain folders inside the target.
        QVERIFY(!QFileInfo(m_target + u"/up"_s).isSymLink());
        QCOMPARE(readFileOrMissing(m_target + u"/up/planted"_s), QByteArray("x"));
        // A link that stays inside is made and followed.
        QVERIFY(QFileInfo(m_target + u"/ok"_s).isSymLink());
        QCOMPARE(readFileOrMissing(m_target + u"/deep/inside"_s), QByteArray("fine"));
    }

    void plantedSymlinkInTheTargetRefused()
    {
        const QString outside = m_work->filePath(u"outside"_s);
        QVERIFY(QDir().mkpath(outside));
        QVERIFY(QDir().mkpath(m_target));
        QVERIFY(QFile::link(outside, m_target + u"/etc"_s));
        const QString layer = sampleLayer(LayerCompression::None);
        auto result = LayerExtractor::extract(layer, u"etc"_s, m_target);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Unsafe);
        QCOMPARE(listing(outside), QStringList());
        QCOMPARE(listing(m_target), QStringList({u"etc"_s})); // only the planted link
    }

    void climbingNamesAreNeverUsed()
    {
        const QString layer = m_work->filePath(u"dotdot.tar"_s);
        QVERIFY(
            lading::test::writeLayer(layer,
                                     {TarItem::file(u"../escape"_s, "x"), TarItem::file(u"a/../../up"_s, "x"),
                                      TarItem::file(u"/abs"_s, "x"), TarItem::file(u"fine"_s, "ok"),
                                      TarItem::hardlink(u"link"_s, u"../../../etc/passwd"_s)},
                                     LayerCompression::None));
        auto result = LayerExtractor::extract(layer, QString(), m_target);
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(listing(m_work->path()), QStringList({u"dotdot.tar"_s, u"out"_s, u"out/fine"_s}));
        QCOMPARE(result->skipped.size(), 4);
        // Only climbing names selected: nothing to extract is an error, not silence.
        auto only = LayerExtractor::extract(layer, u"escape"_s, m_target);
        QVERIFY(!only);
        QCOMPARE(only.error().kind, Error::Kind::Unsafe);
    }

    void refusesADeviceNode()
    {
        auto result = LayerExtractor::extract(sampleLayer(LayerCompression::None), u"dev/null"_s, m_target);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"device nodes"_s), qPrintable(result.error().message));
    }

    void missingEntryIsNotFound()
    {
        auto result = LayerExtractor::extract(sampleLayer(LayerCompression::None), u"no/such"_s, m_target);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::NotFound);
    }

    // Cancelled half-way through a file: the old file keeps its content, nothing new or temporary stays.
    void cancelledExtractionLeavesNothingHalfWritten()
    {
        const QString layer = m_work->filePath(u"big.tar.gz"_s);
        QVERIFY(lading::test::writeLayer(
            layer,
            {TarItem::file(u"data/first"_s, "small"),
             TarItem::file(u"data/big.bin"_s, lading::test::randomBytes(6 * 1024 * 1024, 11))},
            LayerCompression::Gzip));
        QVERIFY(lading::test::writeFile(m_target + u"/data/big.bin"_s, "old content"));
        TransferControl control;
        control.setOnBytes([&control](qint64) { control.cancel(); });
        auto result = LayerExtractor::extract(layer, u"data"_s, m_target, {}, &control);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Cancelled);
        QCOMPARE(listing(m_target), QStringList({u"data"_s, u"data/big.bin"_s}));
        QCOMPARE(readFileOrMissing(m_target + u"/data/big.bin"_s), QByteArray("old content"));
    }

    void bombIsStoppedBeforeTheDiskFills()
    {
        const QString layer = m_work->filePath(u"bomb.tar.gz"_s);
        QVERIFY(lading::test::writeZeroLayer(layer, qint64(2) * 1024 * 1024 * 1024));
        auto result = LayerExtractor::extract(layer, QString(), m_target);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::TooLarge);
        QCOMPARE(listing(m_target), QStringList());
    }

    void readHeadGivesTheFirstBytes()
    {
        const QByteArray big = lading::test::randomBytes(3 * 1024 * 1024, 2);
        QList<TarItem> items = lading::test::sampleLayerItems();
        items.append(TarItem::file(u"big.bin"_s, big));
        const QString layer = m_work->filePath(u"head.tar.gz"_s);
        QVERIFY(lading::test::writeLayer(layer, items, LayerCompression::Gzip));

        auto hostname = LayerExtractor::readHead(layer, u"etc/hostname"_s);
        QVERIFY2(hostname, qPrintable(hostname.error().message));
        QCOMPARE(hostname.value(), QByteArray("lading\n"));
        auto capped = LayerExtractor::readHead(layer, u"big.bin"_s, 1000);
        QCOMPARE(capped.value(), big.left(1000));
        auto atMost = LayerExtractor::readHead(layer, u"big.bin"_s, 64 * 1024 * 1024);
        QCOMPARE(atMost.value(), big.left(LayerExtractor::kMaxHeadBytes));
        auto viaHardlink = LayerExtractor::readHead(layer, u"usr/bin/tool-again"_s);
        QCOMPARE(viaHardlink.value(), QByteArray("#!/bin/sh\necho tool\n"));
        auto symlink = LayerExtractor::readHead(layer, u"bin"_s);
        QVERIFY(!symlink);
        QVERIFY2(symlink.error().message.contains(u"symbolic link"_s), qPrintable(symlink.error().message));
        QCOMPARE(LayerExtractor::readHead(layer, u"etc"_s).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(LayerExtractor::readHead(layer, u"nope"_s).error().kind, Error::Kind::NotFound);
    }

    void extractsFromTheMergedFilesystem()
    {
        auto opened = lading::store::LayoutStore::open(m_work->filePath(u"layout"_s), true);
        QVERIFY2(opened, qPrintable(opened.error().message));
        lading::store::Store& store = *opened.value();
        const QList<QList<TarItem>> layerItems = {
            {TarItem::file(u"etc/a"_s, "a from 0"), TarItem::file(u"etc/b"_s, "b from 0"),
             TarItem::file(u"etc/gone"_s, "deleted later"), TarItem::file(u"lib/base"_s, "base")},
            {TarItem::file(u"etc/b"_s, "b from 1"), TarItem::whiteout(u"etc/gone"_s),
             TarItem::hardlink(u"etc/base-link"_s, u"lib/base"_s)},
            {TarItem::file(u"other/x"_s, "not selected")},
        };
        QList<lading::oci::Descriptor> layers;
        for (const auto& items : layerItems) {
            const QByteArray bytes = lading::test::layerBytes(items, LayerCompression::Gzip);
            const auto d =
                lading::oci::Descriptor::forBytes(u"application/vnd.oci.image.layer.v1.tar+gzip"_s, bytes);
            QVERIFY(store.pushBlob(d, bytes).ok());
            layers.append(d);
        }
        auto merged = MergedFileSystem::build(store, layers);
        QVERIFY2(merged, qPrintable(merged.error().message));
        TransferControl control;
        auto result =
            LayerExtractor::extractMerged(store, layers, merged->tree(), u"etc"_s, m_target, {}, &control);
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(listing(m_target), QStringList({u"etc"_s, u"etc/a"_s, u"etc/b"_s, u"etc/base-link"_s}));
        QCOMPARE(readFileOrMissing(m_target + u"/etc/a"_s), QByteArray("a from 0"));
        QCOMPARE(readFileOrMissing(m_target + u"/etc/b"_s), QByteArray("b from 1"));
        QCOMPARE(readFileOrMissing(m_target + u"/etc/base-link"_s), QByteArray("base"));
        // The third layer has nothing below etc/: it was not read.
        for (const auto& p : control.blobProgress())
            QVERIFY2(!p.blob.endsWith(layers.at(2).digest.toString()), qPrintable(p.blob));
    }

private:
    QString sampleLayer(LayerCompression compression)
    {
        const QString path = m_work->filePath(u"sample-%1.tar"_s.arg(int(compression)));
        if (!QFile::exists(path) &&
            !lading::test::writeLayer(path, lading::test::sampleLayerItems(), compression))
            return {};
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_work;
    QString m_target;
};

QTEST_GUILESS_MAIN(TestLayerExtractor)
#include "tst_layerextractor.moc"
