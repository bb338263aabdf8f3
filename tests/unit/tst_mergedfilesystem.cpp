// MergedFileSystem applies an image's layers as image-spec layer.md says: whiteouts delete lower entries,
// opaque whiteouts hide a folder's lower contents, later entries replace earlier ones (a file replacing a
// folder takes its lower contents, and back), whiteouts never touch their own layer's entries whatever the
// order, and every surviving entry knows its layer. Built from a real store (plain, gzip and zstd layers in
// an OCI layout), replayed from listed layer trees, and copied to share a common base.
#include "core/inspect/layerfiletree.h"
#include "core/inspect/mergedfilesystem.h"
#include "core/store/layoutstore.h"
#include "tests/support/testfiles.h"
#include "tests/support/testlayers.h"

#include <QTemporaryDir>
#include <QTest>

using lading::inspect::LayerEntry;
using lading::inspect::LayerFileTree;
using lading::inspect::LayerReadOptions;
using lading::inspect::MergedFileSystem;
using lading::test::LayerCompression;
using lading::test::TarItem;
using Type = LayerEntry::Type;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(LayerEntry)

namespace {

LayerEntry entry(const QString& path, Type type = Type::File, qint64 size = 1)
{
    LayerEntry e;
    e.path = path;
    e.type = type;
    e.size = type == Type::File ? size : 0;
    e.mode = type == Type::Directory ? 0755 : 0644;
    return e;
}
LayerEntry folder(const QString& path)
{
    return entry(path, Type::Directory);
}
LayerEntry whiteout(const QString& path)
{
    return entry(path, Type::Whiteout);
}
LayerEntry opaque(const QString& path)
{
    return entry(path, Type::OpaqueWhiteout);
}

QChar letterOf(Type type)
{
    switch (type) {
    case Type::Directory:
        return QLatin1Char('d');
    case Type::Symlink:
        return QLatin1Char('l');
    case Type::Hardlink:
        return QLatin1Char('h');
    case Type::Whiteout:
    case Type::OpaqueWhiteout:
        return QLatin1Char('w');
    default:
        return QLatin1Char('f');
    }
}

// "path kind layer" for every node below the root, in tree order.
QStringList describe(const LayerFileTree& tree)
{
    QStringList lines;
    tree.walk(LayerFileTree::RootId, [&](LayerFileTree::NodeId node) {
        if (node != LayerFileTree::RootId)
            lines.append(QStringLiteral("%1 %2 %3")
                             .arg(tree.path(node))
                             .arg(letterOf(tree.type(node)))
                             .arg(tree.layerIndex(node)));
        return true;
    });
    return lines;
}

QStringList merge(const QList<QList<LayerEntry>>& layers)
{
    MergedFileSystem merged;
    for (int i = 0; i < layers.size(); ++i) {
        for (const LayerEntry& e : layers.at(i))
            merged.apply(e, i);
    }
    merged.finish();
    return describe(merged.tree());
}

} // namespace

class TestMergedFileSystem final : public QObject
{
    Q_OBJECT

private slots:
    void appliesLayersInOrder_data()
    {
        QTest::addColumn<QList<QList<LayerEntry>>>("layers");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("each file keeps its layer")
            << QList<QList<LayerEntry>>{{folder(u"etc"_qs), entry(u"etc/a"_qs), entry(u"etc/b"_qs)},
                                        {entry(u"etc/b"_qs, Type::File, 2), entry(u"etc/c"_qs)}}
            << QStringList{u"etc d 0"_qs, u"etc/a f 0"_qs, u"etc/b f 1"_qs, u"etc/c f 1"_qs};
        QTest::newRow("whiteout deletes lower entries")
            << QList<QList<LayerEntry>>{{entry(u"a/x"_qs), entry(u"a/y"_qs), entry(u"b"_qs),
                                         entry(u"c/d/e"_qs)},
                                        {whiteout(u"a/x"_qs), whiteout(u"b"_qs), whiteout(u"c"_qs)}}
            << QStringList{u"a d 0"_qs, u"a/y f 0"_qs};
        QTest::newRow("whiteout of nothing does nothing")
            << QList<QList<LayerEntry>>{{entry(u"a"_qs)}, {whiteout(u"missing"_qs), whiteout(u"a/deeper"_qs)}}
            << QStringList{u"a f 0"_qs};
        QTest::newRow("whiteout then added again")
            << QList<QList<LayerEntry>>{{entry(u"x"_qs)}, {whiteout(u"x"_qs)}, {entry(u"x"_qs)}}
            << QStringList{u"x f 2"_qs};
        QTest::newRow("whiteout spares its own layer, after")
            << QList<QList<LayerEntry>>{{folder(u"d"_qs), entry(u"d/old"_qs)},
                                        {folder(u"d"_qs), entry(u"d/new"_qs), whiteout(u"d"_qs)}}
            << QStringList{u"d d 1"_qs, u"d/new f 1"_qs};
        QTest::newRow("whiteout spares its own layer, before")
            << QList<QList<LayerEntry>>{{folder(u"d"_qs), entry(u"d/old"_qs)},
                                        {whiteout(u"d"_qs), folder(u"d"_qs), entry(u"d/new"_qs)}}
            << QStringList{u"d d 1"_qs, u"d/new f 1"_qs};
        QTest::newRow("whiteout keeps a lower folder this layer fills")
            << QList<QList<LayerEntry>>{{entry(u"d/old"_qs)}, {entry(u"d/new"_qs), whiteout(u"d"_qs)}}
            << QStringList{u"d d 1"_qs, u"d/new f 1"_qs};
        QTest::newRow("opaque hides lower children")
            << QList<QList<LayerEntry>>{{folder(u"d"_qs), entry(u"d/1"_qs), entry(u"d/sub/2"_qs),
                                         entry(u"e"_qs)},
                                        {opaque(u"d"_qs), entry(u"d/3"_qs)}}
            << QStringList{u"d d 0"_qs, u"d/3 f 1"_qs, u"e f 0"_qs};
        QTest::newRow("opaque after its layer's entries")
            << QList<QList<LayerEntry>>{{entry(u"d/1"_qs), entry(u"d/sub/2"_qs)},
                                        {entry(u"d/3"_qs), entry(u"d/sub/4"_qs), opaque(u"d"_qs)}}
            << QStringList{u"d d 0"_qs, u"d/3 f 1"_qs, u"d/sub d 1"_qs, u"d/sub/4 f 1"_qs};
        QTest::newRow("opaque of a folder of its own layer")
            << QList<QList<LayerEntry>>{{entry(u"d/1"_qs)}, {folder(u"d"_qs), opaque(u"d"_qs)}}
            << QStringList{u"d d 1"_qs};
        QTest::newRow("opaque root") << QList<QList<LayerEntry>>{{entry(u"a"_qs), entry(u"b/c"_qs)},
                                                                 {opaque(QString()), entry(u"z"_qs)}}
                                     << QStringList{u"z f 1"_qs};
        QTest::newRow("file replaces folder and its lower contents")
            << QList<QList<LayerEntry>>{{folder(u"p"_qs), entry(u"p/q"_qs), entry(u"p/r/s"_qs)},
                                        {entry(u"p"_qs)}}
            << QStringList{u"p f 1"_qs};
        QTest::newRow("folder replaces file, then file replaces folder")
            << QList<QList<LayerEntry>>{{entry(u"p"_qs)},
                                        {folder(u"p"_qs), entry(u"p/q"_qs)},
                                        {entry(u"p"_qs)}}
            << QStringList{u"p f 2"_qs};
        QTest::newRow("folder replaces file")
            << QList<QList<LayerEntry>>{{entry(u"p"_qs)}, {folder(u"p"_qs), entry(u"p/q"_qs)}}
            << QStringList{u"p d 1"_qs, u"p/q f 1"_qs};
        QTest::newRow("entry below a lower file makes it a folder")
            << QList<QList<LayerEntry>>{{entry(u"lib"_qs, Type::Symlink)}, {entry(u"lib/x"_qs)}}
            << QStringList{u"lib d 1"_qs, u"lib/x f 1"_qs};
        QTest::newRow("symlink replaces folder")
            << QList<QList<LayerEntry>>{{entry(u"bin/sh"_qs)}, {entry(u"bin"_qs, Type::Symlink)}}
            << QStringList{u"bin l 1"_qs};
        QTest::newRow("folder over folder merges")
            << QList<QList<LayerEntry>>{{folder(u"d"_qs), entry(u"d/a"_qs)},
                                        {folder(u"d"_qs), entry(u"d/b"_qs)}}
            << QStringList{u"d d 1"_qs, u"d/a f 0"_qs, u"d/b f 1"_qs};
        LayerEntry climbing = whiteout(u"etc"_qs);
        climbing.unsafe = true;
        QTest::newRow("unsafe whiteout deletes nothing")
            << QList<QList<LayerEntry>>{{entry(u"etc/passwd"_qs)}, {climbing}}
            << QStringList{u"etc d 0"_qs, u"etc/passwd f 0"_qs};
    }
    void appliesLayersInOrder()
    {
        QFETCH(QList<QList<LayerEntry>>, layers);
        QFETCH(QStringList, expected);
        QCOMPARE(merge(layers), expected);
    }

    void buildsFromAStoreWithDigestsAndSizes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = lading::store::LayoutStore::open(dir.filePath(QStringLiteral("layout")), true);
        QVERIFY2(opened, qPrintable(opened.error().message));
        lading::store::LayoutStore& store = *opened.value();

        const QList<QList<TarItem>> layerItems = {
            {TarItem::directory(u"./etc/"_qs), TarItem::file(u"./etc/os-release"_qs, "ID=lading\n"),
             TarItem::file(u"./etc/motd"_qs, "welcome\n"), TarItem::directory(u"./var/cache/"_qs),
             TarItem::file(u"./var/cache/old"_qs, "stale"), TarItem::file(u"./usr/bin/tool"_qs, "v1", 0755)},
            {TarItem::whiteout(u"./etc/motd"_qs), TarItem::opaque(u"./var/cache"_qs),
             TarItem::file(u"./var/cache/new"_qs, "fresh"),
             TarItem::file(u"./usr/bin/tool"_qs, "version 2", 0755)},
            {TarItem::hardlink(u"./usr/bin/tool2"_qs, u"./usr/bin/tool"_qs),
             TarItem::symlink(u"./bin"_qs, u"usr/bin"_qs)},
        };
        const QList<LayerCompression> compressions = {LayerCompression::Gzip, LayerCompression::Zstd,
                                                      LayerCompression::None};
        QList<lading::oci::Descriptor> layers;
        for (int i = 0; i < layerItems.size(); ++i) {
            const QByteArray bytes = lading::test::layerBytes(layerItems.at(i), compressions.at(i));
            const auto d =
                lading::oci::Descriptor::forBytes(u"application/vnd.oci.image.layer.v1.tar"_qs, bytes);
            QVERIFY(store.pushBlob(d, bytes).ok());
            layers.append(d);
        }

        LayerReadOptions options;
        options.computeDigests = true;
        auto merged = MergedFileSystem::build(store, layers, options);
        QVERIFY2(merged, qPrintable(merged.error().message));
        const LayerFileTree& tree = merged->tree();
        QCOMPARE(merged->layerCount(), 3);
        QCOMPARE(describe(tree),
                 QStringList({u"bin l 2"_qs, u"etc d 0"_qs, u"etc/os-release f 0"_qs, u"usr d 0"_qs,
                              u"usr/bin d 0"_qs, u"usr/bin/tool f 1"_qs, u"usr/bin/tool2 h 2"_qs,
                              u"var d 0"_qs, u"var/cache d 0"_qs, u"var/cache/new f 1"_qs}));
        const auto tool = tree.find(u"usr/bin/tool");
        QCOMPARE(tree.contentDigest(tool)->toString(), lading::test::sha256("version 2"));
        QCOMPARE(tree.mode(tool), 0755u);
        // A hardlink in a later layer to a file of a lower one carries that file's digest.
        QCOMPARE(tree.contentDigest(tree.find(u"usr/bin/tool2")), tree.contentDigest(tool));
        QCOMPARE(tree.linkTarget(tree.find(u"bin")), u"usr/bin"_qs);
        QCOMPARE(tree.totalSize(LayerFileTree::RootId), qint64(10 + 9 + 5));

        // Replaying listed layer trees gives the same filesystem as streaming the entries.
        MergedFileSystem replayed;
        for (int i = 0; i < layers.size(); ++i) {
            auto layerTree = LayerFileTree::read(store, layers.at(i), options, nullptr, i);
            QVERIFY2(layerTree, qPrintable(layerTree.error().message));
            replayed.apply(layerTree.value(), i);
        }
        replayed.finish();
        QCOMPARE(describe(replayed.tree()), describe(tree));
        QCOMPARE(replayed.tree().contentDigest(replayed.tree().find(u"usr/bin/tool2")),
                 tree.contentDigest(tool));
    }

    // A diff builds the layers two images share once and copies the result.
    void copiesShareABase()
    {
        MergedFileSystem base;
        base.apply(entry(u"a"_qs), 0);
        base.apply(entry(u"b"_qs), 0);
        MergedFileSystem left = base;
        MergedFileSystem right = base;
        left.apply(whiteout(u"a"_qs), 1);
        right.apply(entry(u"c"_qs), 1);
        left.finish();
        right.finish();
        base.finish();
        QCOMPARE(describe(left.tree()), QStringList({u"b f 0"_qs}));
        QCOMPARE(describe(right.tree()), QStringList({u"a f 0"_qs, u"b f 0"_qs, u"c f 1"_qs}));
        QCOMPARE(describe(base.tree()), QStringList({u"a f 0"_qs, u"b f 0"_qs}));
    }

    void failsWithTheLayerThatCannotBeRead()
    {
        QTemporaryDir dir;
        auto opened = lading::store::LayoutStore::open(dir.filePath(QStringLiteral("layout")), true);
        QVERIFY(opened);
        const QByteArray junk = lading::test::randomBytes(2048, 5);
        const auto d = lading::oci::Descriptor::forBytes(u"application/vnd.oci.image.layer.v1.tar"_qs, junk);
        QVERIFY(opened.value()->pushBlob(d, junk).ok());
        auto merged = MergedFileSystem::build(*opened.value(), {d});
        QVERIFY(!merged);
        QCOMPARE(merged.error().kind, lading::Error::Kind::Integrity);
        QCOMPARE(merged.error().origin, d.digest.toString());
    }
};

QTEST_GUILESS_MAIN(TestMergedFileSystem)
#include "tst_mergedfilesystem.moc"
