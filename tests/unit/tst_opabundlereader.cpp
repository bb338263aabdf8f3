// OpaBundleReader against a bundle .tar.gz written at test time the way `opa build` lays it out, and a
// conftest-style artifact with one layer per file: policies with their package lines, data documents,
// the .manifest (revision, roots, rego_version, metadata), the signatures file; malformed manifests and
// archives are clear errors.
#include "core/inspect/blobspool.h"
#include "core/inspect/opabundlereader.h"
#include "tests/support/memorystore.h"
#include "tests/support/testartifacts.h"
#include "tests/support/testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using lading::inspect::BlobSpool;
using lading::inspect::OpaBundle;
using lading::inspect::OpaBundleReader;
namespace test = lading::test;

class TestOpaBundleReader final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void readsABundleArchive()
    {
        const QString path = m_dir.filePath(QStringLiteral("bundle.tar.gz"));
        QVERIFY(test::writeFile(path, test::opaBundleTgz()));
        auto bundle = OpaBundleReader::readArchive(path);
        QVERIFY2(bundle, qPrintable(bundle.error().message));
        QVERIFY(bundle->hasManifest);
        QCOMPARE(bundle->revision, QStringLiteral("rev-42"));
        QCOMPARE(bundle->roots, (QStringList{QStringLiteral("authz"), QStringLiteral("users")}));
        QCOMPARE(bundle->regoVersion, std::optional<int>(1));
        QCOMPARE(bundle->metadataJson, QStringLiteral(R"({"owner":"platform-team"})"));
        QCOMPARE(bundle->policies.size(), 2);
        QCOMPARE(bundle->policies.at(0).path, QStringLiteral("authz/admin/admin.rego"));
        QCOMPARE(bundle->policies.at(0).package, QStringLiteral("authz.admin"));
        QCOMPARE(bundle->policies.at(1).path, QStringLiteral("authz/allow.rego"));
        QCOMPARE(bundle->policies.at(1).package, QStringLiteral("authz"));
        QCOMPARE(bundle->policies.at(1).size, 70);
        QCOMPARE(bundle->dataFiles.size(), 2);
        QCOMPARE(bundle->dataFiles.at(0).path, QStringLiteral("users/data.json"));
        QCOMPARE(bundle->dataFiles.at(1).path, QStringLiteral("users/roles.yaml"));
        QVERIFY(bundle->hasSignatures);
        QVERIFY(bundle->otherFiles.isEmpty());
        QVERIFY(!bundle->perFileLayers);
        QVERIFY(bundle->notes.isEmpty());
    }

    void packageLines_data()
    {
        QTest::addColumn<QByteArray>("rego");
        QTest::addColumn<QString>("package");
        QTest::newRow("first line") << QByteArrayLiteral("package a.b\n") << "a.b";
        QTest::newRow("after comments") << QByteArrayLiteral("# c\n\n  # d\npackage x  # why\n") << "x";
        QTest::newRow("windows line ends") << QByteArrayLiteral("package win\r\nallow := true\r\n") << "win";
        QTest::newRow("quoted ref") << QByteArrayLiteral("package data[\"my-pkg\"]\n") << "data[\"my-pkg\"]";
        QTest::newRow("none") << QByteArrayLiteral("allow := true\n") << QString();
        QTest::newRow("packages is no package") << QByteArrayLiteral("packages := 1\n") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void packageLines()
    {
        QFETCH(QByteArray, rego);
        QFETCH(QString, package);
        QCOMPARE(OpaBundleReader::packageOf(rego), package);
    }

    void badManifestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArrayLiteral("revision: 1");
        QTest::newRow("array") << QByteArrayLiteral("[]");
        QTest::newRow("cut") << test::opaManifestJson().left(20);
    }
    void badManifestsAreRefused()
    {
        QFETCH(QByteArray, json);
        OpaBundle bundle;
        const auto applied = OpaBundleReader::applyManifest(bundle, json);
        QVERIFY(!applied);
        QVERIFY(applied.error().message.contains(QLatin1String(".manifest")));
        QVERIFY(!bundle.hasManifest);
    }

    void aBadManifestInsideTheBundleIsANote()
    {
        const QString path = m_dir.filePath(QStringLiteral("badmanifest.tar.gz"));
        QVERIFY(test::writeFile(path, test::tarGzip({{QStringLiteral(".manifest"), "{not json"},
                                                     {QStringLiteral("p.rego"), "package p\n"}})));
        auto bundle = OpaBundleReader::readArchive(path);
        QVERIFY2(bundle, qPrintable(bundle.error().message));
        QCOMPARE(bundle->policies.size(), 1);
        QCOMPARE(bundle->notes.size(), 1);
        QVERIFY(!bundle->hasManifest);
    }

    void brokenArchivesAreClearErrors()
    {
        const QByteArray bytes = test::opaBundleTgz();
        const QString path = m_dir.filePath(QStringLiteral("cut.tar.gz"));
        for (const qsizetype n : {qsizetype(0), qsizetype(10), bytes.size() / 2, bytes.size() - 12}) {
            QVERIFY(test::writeFile(path, bytes.left(n)));
            auto bundle = OpaBundleReader::readArchive(path);
            QVERIFY2(!bundle, qPrintable(QStringLiteral("prefix %1 parsed").arg(n)));
            QVERIFY2(bundle.error().message.contains(QLatin1String("cannot be read")),
                     qPrintable(bundle.error().message));
        }
    }

    void loadsTheBundleLayerFromAStore()
    {
        BlobSpool spool(m_dir.filePath(QStringLiteral("spool")));
        test::MemoryStore store;
        QVERIFY(test::pushArtifact(store, test::opaBundleArtifact(), QStringLiteral("1.0")));
        auto manifest = store.fetchManifest(QStringLiteral("1.0"));
        QVERIFY(manifest);
        auto bundle = OpaBundleReader::load(store, manifest.value(), spool);
        QVERIFY2(bundle, qPrintable(bundle.error().message));
        QCOMPARE(bundle->revision, QStringLiteral("rev-42"));
        QCOMPARE(bundle->policies.size(), 2);
    }

    void loadsConftestLayers()
    {
        BlobSpool spool(m_dir.filePath(QStringLiteral("spool")));
        test::MemoryStore store;
        QVERIFY(test::pushArtifact(store, test::conftestArtifact(), QStringLiteral("1.0")));
        auto manifest = store.fetchManifest(QStringLiteral("1.0"));
        QVERIFY(manifest);
        auto bundle = OpaBundleReader::load(store, manifest.value(), spool);
        QVERIFY2(bundle, qPrintable(bundle.error().message));
        QVERIFY(bundle->perFileLayers);
        QCOMPARE(bundle->policies.size(), 1);
        QCOMPARE(bundle->policies.at(0).path, QStringLiteral("policy/deny.rego"));
        QCOMPARE(bundle->policies.at(0).package, QStringLiteral("main"));
        QCOMPARE(bundle->dataFiles.size(), 1);
        QCOMPARE(bundle->dataFiles.at(0).path, QStringLiteral("data/kinds.json"));
        QCOMPARE(bundle->revision, QStringLiteral("rev-42"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestOpaBundleReader)
#include "tst_opabundlereader.moc"
