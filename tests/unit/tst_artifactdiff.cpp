// ArtifactDiff over MemoryStores and OCI layouts (and one of each): two images built here that share their
// base layer and differ in config Env and labels, annotations, files (one added, one removed, one changed,
// one whose mode changed), SBOM packages (one upgraded, one added, one removed) and referrers (a signature
// on one side only, verified), reported exactly; indexes platform by platform; --platform; identity.
#include "core/inspect/artifactdiff.h"
#include "core/inspect/artifactdiffjson.h"
#include "core/oci/mediatypes.h"
#include "core/store/layoutstore.h"
#include "tests/support/memorystore.h"
#include "tests/support/testdiffpair.h"
#include "tests/support/testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using lading::inspect::ArtifactComparison;
using lading::inspect::ArtifactDiff;
using lading::inspect::ArtifactDiffJson;
using lading::inspect::ArtifactDiffOptions;
using lading::inspect::ChangeKind;
using lading::inspect::DiffCounts;
using lading::inspect::JsonChange;
using lading::inspect::Presence;
using lading::inspect::PresenceCounts;
using lading::inspect::TrustBadge;
using lading::store::LayoutStore;
using lading::store::Store;
using lading::test::MemoryStore;
using lading::test::pushTestImage;
using lading::test::pushTestIndex;
using lading::test::pushTestLayer;
using lading::test::TarItem;
using lading::test::testImageConfig;
using lading::test::TestKey;
using lading::test::TestSigner;
using lading::test::TestSigning;
namespace oci = lading::oci;
namespace MediaType = lading::oci::MediaType;

namespace {

QString mark(ChangeKind kind)
{
    return kind == ChangeKind::Added     ? QStringLiteral("+")
           : kind == ChangeKind::Removed ? QStringLiteral("-")
                                         : QStringLiteral("~");
}

QStringList describe(const QList<JsonChange>& changes)
{
    QStringList out;
    for (const JsonChange& c : changes)
        out.append(mark(c.kind) + QLatin1Char(' ') + c.path);
    return out;
}

} // namespace

class TestArtifactDiff final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    int m_stores = 0;

    std::unique_ptr<Store> makeStore(const QString& kind)
    {
        if (kind == QLatin1String("memory"))
            return std::make_unique<MemoryStore>(QStringLiteral("memory%1").arg(++m_stores));
        auto layout = LayoutStore::open(m_work.filePath(QStringLiteral("layout%1").arg(++m_stores)), true);
        if (!layout)
            qFatal("cannot open a layout: %s", qPrintable(layout.error().toString()));
        return std::move(layout.value());
    }

    void storeKinds()
    {
        QTest::addColumn<QString>("leftKind");
        QTest::addColumn<QString>("rightKind");
        QTest::newRow("memory / memory") << QStringLiteral("memory") << QStringLiteral("memory");
        QTest::newRow("layout / layout") << QStringLiteral("layout") << QStringLiteral("layout");
        QTest::newRow("memory / layout") << QStringLiteral("memory") << QStringLiteral("layout");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_work.filePath(QStringLiteral("cache"))));
    }

    void reportsEverySectionExactly_data() { storeKinds(); }
    void reportsEverySectionExactly()
    {
        QFETCH(QString, leftKind);
        QFETCH(QString, rightKind);
        auto leftStore = makeStore(leftKind);
        auto rightStore = makeStore(rightKind);
        const auto p = lading::test::seedDiffPair(*leftStore, *rightStore);
        ArtifactDiffOptions options;
        options.trust.publicKeysPem = {p.key.publicKeyPem};
        auto result = ArtifactDiff::compare(*leftStore, QStringLiteral("v1"), *rightStore,
                                            QStringLiteral("v2"), options);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        const ArtifactComparison& c = result.value();

        QVERIFY(c.hasDifferences());
        QCOMPARE(c.left.digest, p.left.digest);
        QCOMPARE(c.right.digest, p.right.digest);
        QCOMPARE(c.leftName, leftStore->displayName() + QStringLiteral(":v1"));
        QCOMPARE(c.leftClass.kind, oci::ArtifactKind::Image);

        QCOMPARE(describe(c.manifest.changes),
                 (QStringList{QStringLiteral("- /annotations/org.example.only-left"),
                              QStringLiteral("+ /annotations/org.example.only-right"),
                              QStringLiteral("~ /annotations/org.opencontainers.image.version"),
                              QStringLiteral("~ /config/digest"), QStringLiteral("~ /config/size"),
                              QStringLiteral("- /layers/1"), QStringLiteral("+ /layers/1")}));
        QCOMPARE(c.manifest.changes.at(5).left.toObject().value(QStringLiteral("digest")).toString(),
                 p.leftTop.digest.toString());

        QVERIFY(c.configState.compared);
        QCOMPARE(describe(c.config.changes),
                 (QStringList{QStringLiteral("~ /config/Env/1"), QStringLiteral("+ /config/Labels/owner"),
                              QStringLiteral("- /config/Labels/tier")}));
        QCOMPARE(c.config.changes.at(0).left, QJsonValue(QStringLiteral("MODE=dev")));
        QCOMPARE(c.config.changes.at(0).right, QJsonValue(QStringLiteral("MODE=prod")));
        QVERIFY(!c.leftConfigBytes.isEmpty());

        QCOMPARE(c.annotations.size(), 3);
        QCOMPARE(c.annotations[0].key, QStringLiteral("org.example.only-left"));
        QCOMPARE(c.annotations[0].kind, ChangeKind::Removed);
        QCOMPARE(c.annotations[0].left, QStringLiteral("x"));
        QCOMPARE(c.annotations[1].kind, ChangeKind::Added);
        QCOMPARE(c.annotations[1].right, QStringLiteral("y"));
        QCOMPARE(c.annotations[2].kind, ChangeKind::Changed);
        QCOMPARE(c.annotations[2].left, QStringLiteral("1.0"));
        QCOMPARE(c.annotations[2].right, QStringLiteral("2.0"));
        QCOMPARE(c.annotationCounts, (DiffCounts{1, 1, 1}));

        QCOMPARE(c.layers.size(), 3);
        QCOMPARE(c.layers[0].presence, Presence::Both);
        QCOMPARE(c.layers[0].descriptor().digest, p.baseLayer.digest);
        QCOMPARE(c.layers[0].leftPosition, 0);
        QCOMPARE(c.layers[0].rightPosition, 0);
        QCOMPARE(c.layers[1].presence, Presence::OnlyLeft);
        QCOMPARE(c.layers[1].left.digest, p.leftTop.digest);
        QCOMPARE(c.layers[1].left.size, p.leftTop.size);
        QCOMPARE(c.layers[1].left.mediaType, QString(MediaType::OciLayerTarGzip));
        QCOMPARE(c.layers[1].leftPosition, 1);
        QCOMPARE(c.layers[2].presence, Presence::OnlyRight);
        QCOMPARE(c.layers[2].right.digest, p.rightTop.digest);
        QCOMPARE(c.layers[2].rightPosition, 1);
        QCOMPARE(c.layerCounts, (PresenceCounts{1, 1, 1}));

        // Files: the right top layer touches a base file, so the shared base is listed (once) for it.
        QVERIFY2(c.files.state.compared, qPrintable(c.files.state.reason));
        QStringList files;
        for (const auto& f : c.files.changes)
            files.append(mark(f.kind) + QLatin1Char(' ') + f.path + QLatin1Char(' ') +
                         ArtifactDiffJson::aspectNames(f.aspects).join(QLatin1Char(',')));
        QCOMPARE(files,
                 (QStringList{QStringLiteral("~ app/config.yaml content"), QStringLiteral("- app/data "),
                              QStringLiteral("+ app/new.txt "), QStringLiteral("~ bin/app mode")}));
        QCOMPARE(c.files.counts, (DiffCounts{1, 1, 2}));
        QCOMPARE(c.files.sharedPrefixLayers, 1);
        QVERIFY(c.files.prefixListed);

        QVERIFY2(c.sbom.state.compared, qPrintable(c.sbom.state.reason));
        QStringList packages;
        for (const auto& change : c.sbom.changes)
            packages.append(mark(change.kind) + QLatin1Char(' ') + change.key + QLatin1Char(' ') +
                            change.leftVersion + QLatin1Char('/') + change.rightVersion);
        QCOMPARE(packages, (QStringList{QStringLiteral("~ pkg:deb/debian/openssl 3.0.11/3.0.13"),
                                        QStringLiteral("- pkg:npm/left-pad 1.3.0/"),
                                        QStringLiteral("+ pkg:pypi/requests /2.31.0")}));
        QVERIFY(c.sbom.leftSource.contains(QLatin1String("SPDX")));

        QVERIFY(c.referrers.state.compared);
        QCOMPARE(c.referrers.pairs.size(), 2);
        const auto& signature = c.referrers.pairs[0];
        QCOMPARE(signature.presence, Presence::OnlyRight);
        QCOMPARE(signature.artifactClass.kind, oci::ArtifactKind::CosignSignature);
        QCOMPARE(signature.right->descriptor.digest, p.signature.digest);
        QVERIFY(!signature.left);
        QVERIFY(signature.rightBadge.has_value());
        QCOMPARE(*signature.rightBadge, TrustBadge::Verified);
        const auto& sbom = c.referrers.pairs[1];
        QCOMPARE(sbom.presence, Presence::Both);
        QCOMPARE(sbom.artifactClass.kind, oci::ArtifactKind::SpdxSbom);
        QCOMPARE(sbom.artifactType, QString(MediaType::SpdxJson));
        QVERIFY(!sbom.sameDigest);
        QCOMPARE(c.referrers.counts, (PresenceCounts{1, 0, 1}));
        QCOMPARE(c.referrers.differentDigests, 1);
        QVERIFY(!c.referrers.leftVerification.checked);
        QVERIFY(c.referrers.rightVerification.checked);
        QCOMPARE(c.referrers.rightVerification.badge, TrustBadge::Verified);
        QVERIFY(c.platforms.isEmpty());

        // The JSON form says the same, with the stable words.
        const QJsonObject json = ArtifactDiffJson::toJson(c);
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("identical")).toBool(), false);
        const QJsonObject referrers = json.value(QStringLiteral("referrers")).toObject();
        QCOMPARE(referrers.value(QStringLiteral("verification"))
                     .toObject()
                     .value(QStringLiteral("right"))
                     .toString(),
                 QStringLiteral("verified"));
        QCOMPARE(referrers.value(QStringLiteral("referrers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("cosign-signature"));
        const QJsonArray fileChanges =
            json.value(QStringLiteral("files")).toObject().value(QStringLiteral("changes")).toArray();
        QCOMPARE(fileChanges.size(), 4);
        const QJsonObject mode = fileChanges.at(3).toObject();
        QCOMPARE(mode.value(QStringLiteral("path")).toString(), QStringLiteral("bin/app"));
        QCOMPARE(mode.value(QStringLiteral("aspects")).toArray(), QJsonArray{QStringLiteral("mode")});
        QCOMPARE(mode.value(QStringLiteral("left")).toObject().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("0755"));
        QCOMPARE(mode.value(QStringLiteral("right")).toObject().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("0700"));
        QCOMPARE(mode.value(QStringLiteral("right")).toObject().value(QStringLiteral("digest")).toString(),
                 lading::test::sha256("app v1"));
    }

    void sectionsCanBeLeftOut()
    {
        auto leftStore = makeStore(QStringLiteral("memory"));
        auto rightStore = makeStore(QStringLiteral("memory"));
        lading::test::seedDiffPair(*leftStore, *rightStore);
        ArtifactDiffOptions options;
        options.files = false;
        options.referrers = false;
        options.sbom = false;
        auto result = ArtifactDiff::compare(*leftStore, QStringLiteral("v1"), *rightStore,
                                            QStringLiteral("v2"), options);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QVERIFY(!result->files.state.compared);
        QVERIFY(!result->files.state.reason.isEmpty());
        QVERIFY(!result->sbom.state.compared);
        QVERIFY(!result->referrers.state.compared);
        QVERIFY(result->referrers.pairs.isEmpty());
        QCOMPARE(result->config.changes.size(), 3);
    }

    void identicalArtifactsInTwoStores_data() { storeKinds(); }
    void identicalArtifactsInTwoStores()
    {
        QFETCH(QString, leftKind);
        QFETCH(QString, rightKind);
        auto leftStore = makeStore(leftKind);
        auto rightStore = makeStore(rightKind);
        for (Store* s : {leftStore.get(), rightStore.get()}) {
            const auto layer = pushTestLayer(*s, {TarItem::file(QStringLiteral("f"), "same")});
            pushTestImage(*s, testImageConfig(QStringLiteral("amd64"), {}, {}), {layer}, {},
                          QStringLiteral("v1"));
        }
        auto result =
            ArtifactDiff::compare(*leftStore, QStringLiteral("v1"), *rightStore, QStringLiteral("v1"));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QVERIFY(result->sameDigest());
        QVERIFY(!result->hasDifferences());
        QVERIFY(result->manifest.isEmpty());
        QVERIFY(result->config.isEmpty());
        QVERIFY(result->files.state.compared);
        QCOMPARE(result->files.layersRead, 0);
        QCOMPARE(result->layerCounts, (PresenceCounts{1, 0, 0}));
        QVERIFY(result->referrers.pairs.isEmpty());
        QCOMPARE(ArtifactDiffJson::toJson(result.value()).value(QStringLiteral("identical")).toBool(), true);

        // The same digest with a signature on one side only is a difference.
        auto key = TestKey::generate(lading::test::TestKeyType::EcP256);
        QVERIFY(key.ok());
        auto subject = leftStore->resolve(QStringLiteral("v1"));
        QVERIFY(subject.ok());
        QVERIFY(TestSigning::pushCosignReferrerSignature(*leftStore, subject.value(),
                                                         TestSigner::withKey(key.value()))
                    .ok());
        auto signedOnLeft =
            ArtifactDiff::compare(*leftStore, QStringLiteral("v1"), *rightStore, QStringLiteral("v1"));
        QVERIFY2(signedOnLeft.ok(), qPrintable(signedOnLeft.error().toString()));
        QVERIFY(signedOnLeft->sameDigest());
        QVERIFY(signedOnLeft->hasDifferences());
        QCOMPARE(signedOnLeft->referrers.counts, (PresenceCounts{0, 1, 0}));
        // Not trusted here: signed, but nothing vouches for the key.
        QCOMPARE(signedOnLeft->referrers.leftVerification.badge, TrustBadge::SignedNotVerified);
    }

    void comparesTheSbomsOfOneImageInTwoStores()
    {
        // The same image, rescanned on one side: SBOMs are referrers, so they differ while the image does
        // not.
        auto leftStore = makeStore(QStringLiteral("memory"));
        auto rightStore = makeStore(QStringLiteral("layout"));
        oci::Descriptor image;
        for (Store* s : {leftStore.get(), rightStore.get()}) {
            const auto layer = pushTestLayer(*s, {TarItem::file(QStringLiteral("f"), "scanned")});
            image = pushTestImage(*s, testImageConfig(QStringLiteral("amd64")), {layer}, {},
                                  QStringLiteral("v1"));
        }
        lading::test::pushSpdxReferrer(
            *leftStore, image,
            {lading::test::testPackage(QStringLiteral("curl"), QStringLiteral("8.4.0"),
                                       QStringLiteral("pkg:deb/debian/curl@8.4.0"))});
        lading::test::pushSpdxReferrer(
            *rightStore, image,
            {lading::test::testPackage(QStringLiteral("curl"), QStringLiteral("8.5.0"),
                                       QStringLiteral("pkg:deb/debian/curl@8.5.0"))});
        auto result =
            ArtifactDiff::compare(*leftStore, QStringLiteral("v1"), *rightStore, QStringLiteral("v1"));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QVERIFY(result->sameDigest());
        QVERIFY(result->hasDifferences());
        QVERIFY2(result->sbom.state.compared, qPrintable(result->sbom.state.reason));
        QCOMPARE(result->sbom.changes.size(), 1);
        QCOMPARE(result->sbom.changes[0].kind, ChangeKind::Changed);
        QCOMPARE(result->sbom.changes[0].leftVersion, QStringLiteral("8.4.0"));
        QCOMPARE(result->sbom.changes[0].rightVersion, QStringLiteral("8.5.0"));
        QCOMPARE(result->referrers.differentDigests, 1);
    }

    void comparesIndexesPlatformByPlatform()
    {
        auto leftStore = makeStore(QStringLiteral("layout"));
        auto rightStore = makeStore(QStringLiteral("memory"));
        const QList<TarItem> items = {TarItem::file(QStringLiteral("bin/tool"), "tool")};
        oci::Descriptor leftAmd64;
        oci::Descriptor rightAmd64;
        oci::Descriptor arm64;
        oci::Descriptor s390x;
        {
            const auto layer = pushTestLayer(*leftStore, items);
            leftAmd64 = pushTestImage(*leftStore, testImageConfig(QStringLiteral("amd64"), {}, {}), {layer},
                                      {{QStringLiteral("build"), QStringLiteral("1")}}, {});
            arm64 =
                pushTestImage(*leftStore, testImageConfig(QStringLiteral("arm64"), {}, {}), {layer}, {}, {});
            pushTestIndex(*leftStore,
                          {{leftAmd64, QStringLiteral("amd64")}, {arm64, QStringLiteral("arm64")}},
                          QStringLiteral("multi"));
        }
        {
            const auto layer = pushTestLayer(*rightStore, items);
            const auto extra = pushTestLayer(*rightStore, {TarItem::file(QStringLiteral("bin/extra"), "x")});
            rightAmd64 =
                pushTestImage(*rightStore, testImageConfig(QStringLiteral("amd64"), {}, {}), {layer, extra},
                              {{QStringLiteral("build"), QStringLiteral("2")}}, QStringLiteral("single"));
            s390x =
                pushTestImage(*rightStore, testImageConfig(QStringLiteral("s390x"), {}, {}), {layer}, {}, {});
            pushTestIndex(*rightStore,
                          {{rightAmd64, QStringLiteral("amd64")}, {s390x, QStringLiteral("s390x")}},
                          QStringLiteral("multi"));
        }

        auto result =
            ArtifactDiff::compare(*leftStore, QStringLiteral("multi"), *rightStore, QStringLiteral("multi"));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        const ArtifactComparison& c = result.value();
        QCOMPARE(c.leftClass.kind, oci::ArtifactKind::MultiPlatformImage);
        QVERIFY(!c.configState.compared);
        QVERIFY(c.layers.isEmpty());
        QCOMPARE(describe(c.manifest.changes),
                 (QStringList{QStringLiteral("- /manifests/0"), QStringLiteral("- /manifests/1"),
                              QStringLiteral("+ /manifests/0"), QStringLiteral("+ /manifests/1")}));
        QCOMPARE(c.platforms.size(), 3);
        QCOMPARE(c.platforms[0].key, QStringLiteral("linux/amd64"));
        QCOMPARE(c.platforms[0].presence, Presence::Both);
        QCOMPARE(c.platforms[1].key, QStringLiteral("linux/arm64"));
        QCOMPARE(c.platforms[1].presence, Presence::OnlyLeft);
        QCOMPARE(c.platforms[1].left.digest, arm64.digest);
        QVERIFY(!c.platforms[1].diff);
        QCOMPARE(c.platforms[2].key, QStringLiteral("linux/s390x"));
        QCOMPARE(c.platforms[2].presence, Presence::OnlyRight);
        QCOMPARE(c.platformCounts, (PresenceCounts{1, 1, 1}));

        // amd64, nested: another annotation and one more layer, whose file is the only file difference.
        const auto& amd64 = c.platforms[0].diff;
        QVERIFY(amd64);
        QCOMPARE(amd64->left.digest, leftAmd64.digest);
        QCOMPARE(amd64->right.digest, rightAmd64.digest);
        QCOMPARE(amd64->annotations.size(), 1);
        QCOMPARE(amd64->layerCounts, (PresenceCounts{1, 0, 1}));
        QCOMPARE(amd64->files.changes.size(), 1);
        QCOMPARE(amd64->files.changes[0].path, QStringLiteral("bin/extra"));
        QCOMPARE(amd64->files.changes[0].kind, ChangeKind::Added);
        // A file on one side only: whether the other side had it depends on the shared layer, which is
        // listed.
        QVERIFY(amd64->files.prefixListed);
        QCOMPARE(amd64->files.layersRead, 2);
        QVERIFY(c.hasDifferences());

        const QJsonObject json = ArtifactDiffJson::toJson(c);
        const QJsonArray platforms =
            json.value(QStringLiteral("platforms")).toObject().value(QStringLiteral("platforms")).toArray();
        QCOMPARE(platforms.size(), 3);
        QCOMPARE(platforms.at(1).toObject().value(QStringLiteral("presence")).toString(),
                 QStringLiteral("left"));
        QCOMPARE(platforms.at(0)
                     .toObject()
                     .value(QStringLiteral("diff"))
                     .toObject()
                     .value(QStringLiteral("files"))
                     .toObject()
                     .value(QStringLiteral("changes"))
                     .toArray()
                     .size(),
                 1);

        // --platform: the chosen platform's manifests stand for the indexes.
        ArtifactDiffOptions options;
        options.platform = oci::Platform::parse(QStringLiteral("linux/amd64")).value();
        auto chosen = ArtifactDiff::compare(*leftStore, QStringLiteral("multi"), *rightStore,
                                            QStringLiteral("multi"), options);
        QVERIFY2(chosen.ok(), qPrintable(chosen.error().toString()));
        QCOMPARE(chosen->left.digest, leftAmd64.digest);
        QCOMPARE(chosen->right.digest, rightAmd64.digest);
        QVERIFY(chosen->platforms.isEmpty());
        QCOMPARE(chosen->files.changes.size(), 1);

        options.platform = oci::Platform::parse(QStringLiteral("linux/s390x")).value();
        auto missing = ArtifactDiff::compare(*leftStore, QStringLiteral("multi"), *rightStore,
                                             QStringLiteral("multi"), options);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, lading::Error::Kind::NotFound);
        QVERIFY2(missing.error().message.contains(QLatin1String("linux/s390x")),
                 qPrintable(missing.error().message));

        // An index against a single image: the image's platform comes from its config.
        auto mixed =
            ArtifactDiff::compare(*leftStore, QStringLiteral("multi"), *rightStore, QStringLiteral("single"));
        QVERIFY2(mixed.ok(), qPrintable(mixed.error().toString()));
        QCOMPARE(mixed->platforms.size(), 2);
        QCOMPARE(mixed->platforms[0].key, QStringLiteral("linux/amd64"));
        QCOMPARE(mixed->platforms[0].presence, Presence::Both);
        QVERIFY(mixed->platforms[0].diff);
        QCOMPARE(mixed->platforms[1].presence, Presence::OnlyLeft);
    }

    void missingReferencesAreErrors()
    {
        auto leftStore = makeStore(QStringLiteral("memory"));
        auto rightStore = makeStore(QStringLiteral("layout"));
        auto result =
            ArtifactDiff::compare(*leftStore, QStringLiteral("nope"), *rightStore, QStringLiteral("nope"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, lading::Error::Kind::NotFound);
    }

    void cancels()
    {
        auto leftStore = makeStore(QStringLiteral("memory"));
        auto rightStore = makeStore(QStringLiteral("memory"));
        lading::test::seedDiffPair(*leftStore, *rightStore);
        lading::store::TransferControl control;
        control.cancel();
        auto result = ArtifactDiff::compare(*leftStore, QStringLiteral("v1"), *rightStore,
                                            QStringLiteral("v2"), {}, &control);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, lading::Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestArtifactDiff)
#include "tst_artifactdiff.moc"
