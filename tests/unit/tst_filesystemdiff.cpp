// FileSystemDiff: the merged filesystems of two layer lists compared path by path (added, removed, type,
// size, mode, owner, link target, content), and the shared lowest layers skipped without being read when
// the upper layers decide every difference, or listed once (never hashed, but for the files that need it)
// when they do not.
#include "core/inspect/artifactdiffjson.h"
#include "core/inspect/filesystemdiff.h"
#include "core/oci/mediatypes.h"
#include "tests/support/memorystore.h"
#include "tests/support/testfiles.h"
#include "tests/support/testlayers.h"

#include <QHash>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using lading::Result;
using lading::Status;
using lading::inspect::ArtifactDiffJson;
using lading::inspect::ChangeKind;
using lading::inspect::DiffCounts;
using lading::inspect::FileChange;
using lading::inspect::FilesDiff;
using lading::inspect::FileSystemDiff;
using lading::test::LayerCompression;
using lading::test::MemoryStore;
using lading::test::TarItem;
namespace oci = lading::oci;
namespace store = lading::store;

namespace {

// A store that counts which blobs were fetched to files (what reading a layer costs), over a MemoryStore.
class CountingStore final : public store::Store
{
public:
    MemoryStore inner;

    int fetches(const oci::Digest& digest) const
    {
        QMutexLocker lock(&m_mutex);
        return m_fetches.value(digest.toString());
    }

    QString displayName() const override { return inner.displayName(); }
    Result<oci::Descriptor> resolve(const QString& r) override { return inner.resolve(r); }
    Result<oci::Manifest> fetchManifest(const QString& r) override { return inner.fetchManifest(r); }
    Result<QByteArray> fetchBlob(const oci::Descriptor& b, qint64 max) override
    {
        return inner.fetchBlob(b, max);
    }
    Status fetchBlobToFile(const oci::Descriptor& b, const QString& path, store::TransferControl* c) override
    {
        {
            QMutexLocker lock(&m_mutex);
            ++m_fetches[b.digest.toString()];
        }
        return inner.fetchBlobToFile(b, path, c);
    }
    Result<bool> exists(const oci::Descriptor& d) override { return inner.exists(d); }
    Status pushBlobFromFile(const oci::Descriptor& b, const QString& p, store::TransferControl* c) override
    {
        return inner.pushBlobFromFile(b, p, c);
    }
    Status pushBlob(const oci::Descriptor& b, const QByteArray& bytes) override
    {
        return inner.pushBlob(b, bytes);
    }
    Result<oci::Descriptor> pushManifest(const QByteArray& bytes, const QString& type,
                                         const QString& tag) override
    {
        return inner.pushManifest(bytes, type, tag);
    }
    Status tag(const oci::Descriptor& m, const QString& t) override { return inner.tag(m, t); }
    Status deleteManifest(const oci::Descriptor& m) override { return inner.deleteManifest(m); }
    Result<QStringList> tags() override { return inner.tags(); }
    Result<QList<store::Referrer>> referrers(const oci::Digest& s, const QString& t) override
    {
        return inner.referrers(s, t);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, int> m_fetches;
};

// "~ path aspect,aspect", "+ path", "- path" in the order reported.
QStringList describe(const FilesDiff& diff)
{
    QStringList out;
    for (const FileChange& c : diff.changes) {
        if (c.kind == ChangeKind::Changed)
            out.append(QStringLiteral("~ %1 %2").arg(
                c.path, ArtifactDiffJson::aspectNames(c.aspects).join(QLatin1Char(','))));
        else
            out.append((c.kind == ChangeKind::Added ? QStringLiteral("+ ") : QStringLiteral("- ")) + c.path);
    }
    return out;
}

} // namespace

class TestFileSystemDiff final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;

    oci::Descriptor pushLayer(store::Store& store, const QList<TarItem>& items)
    {
        const QByteArray bytes = lading::test::layerBytes(items, LayerCompression::Gzip);
        const auto layer = oci::Descriptor::forBytes(QString(oci::MediaType::OciLayerTarGzip), bytes);
        if (!store.pushBlob(layer, bytes).ok())
            qFatal("cannot push a layer");
        return layer;
    }

private slots:
    void initTestCase()
    {
        // A spool of our own: what these tests fetch is fetched here, never found from an earlier run.
        QVERIFY(m_cache.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path()));
    }

    void comparesEveryAspectWithoutSharedLayers()
    {
        CountingStore store;
        const auto left = pushLayer(
            store,
            {TarItem::directory(QStringLiteral("etc")), TarItem::file(QStringLiteral("etc/a.conf"), "aaaa"),
             TarItem::file(QStringLiteral("etc/gone"), "x"), TarItem::directory(QStringLiteral("bin")),
             TarItem::file(QStringLiteral("bin/tool"), "tool", 0755),
             TarItem::symlink(QStringLiteral("link"), QStringLiteral("etc/a.conf")),
             TarItem::file(QStringLiteral("data"), "d"),
             TarItem::file(QStringLiteral("owned"), "o").owned(0, 0)});
        const auto right = pushLayer(
            store,
            {TarItem::directory(QStringLiteral("etc")), TarItem::file(QStringLiteral("etc/a.conf"), "AAAA"),
             TarItem::file(QStringLiteral("etc/new"), "nn"), TarItem::directory(QStringLiteral("bin")),
             TarItem::file(QStringLiteral("bin/tool"), "tool", 0700),
             TarItem::symlink(QStringLiteral("link"), QStringLiteral("etc/new")),
             TarItem::directory(QStringLiteral("data")), TarItem::file(QStringLiteral("data/x"), "x"),
             TarItem::file(QStringLiteral("owned"), "o").owned(1000, 1000)});
        auto diff = FileSystemDiff::compare(store, {left}, store, {right});
        QVERIFY2(diff.ok(), qPrintable(diff.error().toString()));
        QCOMPARE(describe(diff.value()),
                 (QStringList{QStringLiteral("~ bin/tool mode"), QStringLiteral("~ data type,size,mode"),
                              QStringLiteral("+ data/x"), QStringLiteral("~ etc/a.conf content"),
                              QStringLiteral("- etc/gone"), QStringLiteral("+ etc/new"),
                              QStringLiteral("~ link linkTarget"), QStringLiteral("~ owned owner")}));
        QCOMPARE(diff->counts, (DiffCounts{2, 1, 5}));
        QVERIFY(diff->state.compared);
        QCOMPARE(diff->sharedPrefixLayers, 0);
        QCOMPARE(diff->layersRead, 2);
        QVERIFY(!diff->prefixListed);

        const FileChange& content = diff->changes.at(3);
        QCOMPARE(content.left->contentDigest->toString(), lading::test::sha256("aaaa"));
        QCOMPARE(content.right->contentDigest->toString(), lading::test::sha256("AAAA"));
        QCOMPARE(content.left->size, qint64(4));
        const FileChange& added = diff->changes.at(5);
        QVERIFY(!added.left);
        QCOMPARE(added.right->contentDigest->toString(), lading::test::sha256("nn"));
        QCOMPARE(diff->changes.at(0).left->mode, quint32(0755));
        QCOMPARE(diff->changes.at(0).right->mode, quint32(0700));
    }

    void skipsASharedPrefixTheUpperLayersDecide()
    {
        CountingStore store;
        const auto base =
            pushLayer(store, {TarItem::directory(QStringLiteral("usr")),
                              TarItem::file(QStringLiteral("usr/base"), "the shared base layer")});
        const auto left = pushLayer(store, {TarItem::directory(QStringLiteral("app")),
                                            TarItem::file(QStringLiteral("app/main.py"), "print(1)"),
                                            TarItem::file(QStringLiteral("app/cfg"), "c", 0644),
                                            TarItem::file(QStringLiteral("app/same"), "same")});
        const auto right = pushLayer(store, {TarItem::directory(QStringLiteral("app")),
                                             TarItem::file(QStringLiteral("app/main.py"), "print(2)"),
                                             TarItem::file(QStringLiteral("app/cfg"), "c", 0600),
                                             TarItem::file(QStringLiteral("app/same"), "same")});
        auto diff = FileSystemDiff::compare(store, {base, left}, store, {base, right});
        QVERIFY2(diff.ok(), qPrintable(diff.error().toString()));
        QCOMPARE(describe(diff.value()),
                 (QStringList{QStringLiteral("~ app/cfg mode"), QStringLiteral("~ app/main.py content")}));
        QCOMPARE(diff->sharedPrefixLayers, 1);
        QVERIFY(!diff->prefixListed);
        QCOMPARE(diff->layersRead, 2);
        QCOMPARE(store.fetches(base.digest), 0); // never read, not even downloaded
        QCOMPARE(store.fetches(left.digest), 1);
        QCOMPARE(store.fetches(right.digest), 1);
    }

    void listsTheSharedPrefixWhenOneSideDependsOnIt()
    {
        CountingStore store;
        const auto base = pushLayer(store, {TarItem::directory(QStringLiteral("etc")),
                                            TarItem::file(QStringLiteral("etc/base.conf"), "base-1"),
                                            TarItem::file(QStringLiteral("etc/old"), "old"),
                                            TarItem::file(QStringLiteral("etc/same.conf"), "same"),
                                            TarItem::directory(QStringLiteral("usr")),
                                            TarItem::file(QStringLiteral("usr/lib/libx.so"), "lib")});
        // Left adds a folder and deletes a base file; right rewrites two base files (one with other bytes
        // of the same size, one identical) and puts a file where the base has a folder.
        const auto left = pushLayer(store, {TarItem::directory(QStringLiteral("app")),
                                            TarItem::file(QStringLiteral("app/new"), "n"),
                                            TarItem::whiteout(QStringLiteral("etc/old"))});
        const auto right = pushLayer(store, {TarItem::file(QStringLiteral("etc/base.conf"), "base-2"),
                                             TarItem::file(QStringLiteral("etc/same.conf"), "same"),
                                             TarItem::file(QStringLiteral("usr"), "u")});
        auto diff = FileSystemDiff::compare(store, {base, left}, store, {base, right});
        QVERIFY2(diff.ok(), qPrintable(diff.error().toString()));
        QCOMPARE(describe(diff.value()),
                 (QStringList{QStringLiteral("- app"), QStringLiteral("- app/new"),
                              QStringLiteral("~ etc/base.conf content"), QStringLiteral("+ etc/old"),
                              QStringLiteral("~ usr type,size,mode"), QStringLiteral("- usr/lib"),
                              QStringLiteral("- usr/lib/libx.so")}));
        QCOMPARE(diff->counts, (DiffCounts{1, 4, 2}));
        QVERIFY(diff->prefixListed);
        QCOMPARE(diff->layersRead, 3);
        QCOMPARE(store.fetches(base.digest), 1); // listed once (and hashed for two files from the spool)
        // The base file was hashed afterwards, only because an upper file of its size met it.
        const FileChange& conf = diff->changes.at(2);
        QCOMPARE(conf.left->contentDigest->toString(), lading::test::sha256("base-1"));
        QCOMPARE(conf.right->contentDigest->toString(), lading::test::sha256("base-2"));
        QCOMPARE(conf.left->layerIndex, 0);
        QCOMPARE(conf.right->layerIndex, 1);
    }

    void readsLayersAtOtherPositionsOnce()
    {
        CountingStore store;
        const auto a = pushLayer(store, {TarItem::file(QStringLiteral("a"), "a")});
        const auto b = pushLayer(store, {TarItem::file(QStringLiteral("b"), "b")});
        const auto x = pushLayer(store, {TarItem::file(QStringLiteral("x"), "x")});
        auto diff = FileSystemDiff::compare(store, {a, b}, store, {x, a, b});
        QVERIFY2(diff.ok(), qPrintable(diff.error().toString()));
        QCOMPARE(describe(diff.value()), QStringList{QStringLiteral("+ x")});
        QCOMPARE(diff->sharedPrefixLayers, 0);
        QCOMPARE(diff->layersRead, 3);
        QCOMPARE(store.fetches(a.digest), 1);
        QCOMPARE(store.fetches(b.digest), 1);
    }

    void identicalLayerListsHaveNoChanges()
    {
        CountingStore store;
        const auto a = pushLayer(store, {TarItem::file(QStringLiteral("a"), "identical")});
        auto diff = FileSystemDiff::compare(store, {a}, store, {a});
        QVERIFY2(diff.ok(), qPrintable(diff.error().toString()));
        QVERIFY(diff->changes.isEmpty());
        QCOMPARE(diff->sharedPrefixLayers, 1);
        QCOMPARE(diff->layersRead, 0);
        QCOMPARE(store.fetches(a.digest), 0);
    }

    void aLayerThatIsNotATarIsAnError()
    {
        CountingStore store;
        const QByteArray bytes = "not a tar at all, not even gzip";
        const auto bad = oci::Descriptor::forBytes(QString(oci::MediaType::OciLayerTarGzip), bytes);
        QVERIFY(store.pushBlob(bad, bytes).ok());
        const auto good = pushLayer(store, {TarItem::file(QStringLiteral("a"), "a")});
        auto diff = FileSystemDiff::compare(store, {good}, store, {bad});
        QVERIFY(!diff.ok());
        QVERIFY2(!diff.error().message.isEmpty(), "an error a person can read");
    }
};

QTEST_GUILESS_MAIN(TestFileSystemDiff)
#include "tst_filesystemdiff.moc"
