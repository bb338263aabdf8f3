// Manifest::parse and Descriptor::fromJson (core/oci/manifest.cpp, descriptor.cpp): every manifest type
// Lading reads, what it refuses and why, and that the exact bytes are kept and hashed as they came.
#include "core/oci/descriptor.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "tests/support/testfiles.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

using lading::Error;
using lading::oci::Descriptor;
using lading::oci::Manifest;
using lading::test::sha256;
namespace MediaType = lading::oci::MediaType;

Q_DECLARE_METATYPE(lading::Error::Kind)

namespace {

// Raw strings cannot go through QStringLiteral: moc's preprocessor does not understand them in macros.
QString text(const char* s)
{
    return QString::fromUtf8(s);
}

QString hexDigest(int n)
{
    return QStringLiteral("sha256:") + QStringLiteral("%1").arg(n, 8, 16, QLatin1Char('0')).repeated(8);
}

QString desc(const QString& mediaType, int n, qint64 size = 100, const QString& extra = {})
{
    return text(R"({"mediaType":"%1","digest":"%2","size":%3%4})")
        .arg(mediaType, hexDigest(n))
        .arg(size)
        .arg(extra);
}

QString ociConfig(int n = 1)
{
    return desc(QString(MediaType::OciConfig), n, 10);
}

QString layer(int n)
{
    return desc(QString(MediaType::OciLayerTarGzip), n, 1000 + n);
}

QByteArray imageManifest(const QString& mediaType, const QString& config, const QStringList& layers,
                         const QString& head = {})
{
    return text(R"({"schemaVersion":2,"mediaType":"%1",%2"config":%3,"layers":[%4]})")
        .arg(mediaType, head, config, layers.join(QLatin1Char(',')))
        .toUtf8();
}

QByteArray index(const QString& mediaType, const QStringList& manifests, const QString& head = {})
{
    return text(R"({"schemaVersion":2,"mediaType":"%1",%2"manifests":[%3]})")
        .arg(mediaType, head, manifests.join(QLatin1Char(',')))
        .toUtf8();
}

QString subjectMember()
{
    return text(R"("subject":%1,)").arg(desc(QString(MediaType::OciManifest), 77, 555));
}

} // namespace

class TestManifestParse final : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryManifestType_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<bool>("isIndex");
        QTest::addColumn<int>("children");
        QTest::addColumn<QString>("artifactType"); // effective (referrers view)
        QTest::addColumn<bool>("hasSubject");

        const QString oci(MediaType::OciManifest);
        const QString ociIndex(MediaType::OciIndex);
        const QString docker(MediaType::DockerManifest);
        const QString dockerList(MediaType::DockerManifestList);
        const QString dockerConfig = desc(QString(MediaType::DockerConfig), 1, 10);
        const QString dockerLayer = desc(QString(MediaType::DockerLayerTarGzip), 2, 500);
        const QString platformEntry =
            desc(oci, 5, 400, text(R"(,"platform":{"architecture":"arm64","os":"linux","variant":"v8"})"));

        QTest::newRow("oci image") << imageManifest(oci, ociConfig(), {layer(2), layer(3)}) << oci << oci
                                   << false << 3 << QString(MediaType::OciConfig) << false;
        QTest::newRow("oci image, content type with parameters")
            << imageManifest(oci, ociConfig(), {layer(2)}) << (oci + QStringLiteral("; charset=utf-8")) << oci
            << false << 2 << QString(MediaType::OciConfig) << false;
        QTest::newRow("oci image, no content type") << imageManifest(oci, ociConfig(), {}) << QString() << oci
                                                    << false << 1 << QString(MediaType::OciConfig) << false;
        QTest::newRow("oci image, generic content type")
            << imageManifest(oci, ociConfig(), {layer(2)}) << QStringLiteral("application/json") << oci
            << false << 2 << QString(MediaType::OciConfig) << false;
        QTest::newRow("oci image without mediaType member, header decides")
            << text(R"({"schemaVersion":2,"config":%1,"layers":[]})").arg(ociConfig()).toUtf8() << oci << oci
            << false << 1 << QString(MediaType::OciConfig) << false;
        QTest::newRow("oci image without mediaType or header, shape decides")
            << text(R"({"schemaVersion":2,"config":%1,"layers":[%2]})").arg(ociConfig(), layer(2)).toUtf8()
            << QString() << oci << false << 2 << QString(MediaType::OciConfig) << false;
        QTest::newRow("docker schema 2") << imageManifest(docker, dockerConfig, {dockerLayer}) << docker
                                         << docker << false << 2 << QString(MediaType::DockerConfig) << false;
        QTest::newRow("oci index") << index(ociIndex, {platformEntry, desc(oci, 6, 300)}) << ociIndex
                                   << ociIndex << true << 2 << QString() << false;
        QTest::newRow("oci index, empty")
            << index(ociIndex, {}) << ociIndex << ociIndex << true << 0 << QString() << false;
        QTest::newRow("oci index without mediaType, shape decides")
            << text(R"({"schemaVersion":2,"manifests":[%1]})").arg(desc(oci, 5, 1)).toUtf8() << QString()
            << ociIndex << true << 1 << QString() << false;
        QTest::newRow("docker manifest list") << index(dockerList, {desc(docker, 5, 400)}) << dockerList
                                              << dockerList << true << 1 << QString() << false;
        QTest::newRow("artifact with artifactType and subject")
            << imageManifest(oci, desc(QString(MediaType::Empty), 9, 2), {layer(2)},
                             text(R"("artifactType":"application/vnd.example.sbom",)") + subjectMember())
            << oci << oci << false << 2 << QStringLiteral("application/vnd.example.sbom") << true;
        QTest::newRow("index with artifactType and subject")
            << index(ociIndex, {desc(oci, 5, 1)},
                     text(R"("artifactType":"application/vnd.example.bundle",)") + subjectMember())
            << ociIndex << ociIndex << true << 1 << QStringLiteral("application/vnd.example.bundle") << true;
        QTest::newRow("oci artifact manifest (withdrawn)")
            << text(
                   R"({"mediaType":"%1","artifactType":"application/vnd.example.sig","blobs":[%2],"subject":%3})")
                   .arg(QString(MediaType::OciArtifactManifest), layer(2), desc(oci, 77, 555))
                   .toUtf8()
            << QString(MediaType::OciArtifactManifest) << QString(MediaType::OciArtifactManifest) << false
            << 1 << QStringLiteral("application/vnd.example.sig") << true;
        QTest::newRow("unknown members and layer types are kept opaque")
            << imageManifest(oci, desc(QStringLiteral("application/vnd.unknown.config"), 1, 3),
                             {desc(QStringLiteral("application/x-whatever"), 2, 0)},
                             text(R"("future":{"x":[1,2]},)"))
            << oci << oci << false << 2 << QStringLiteral("application/vnd.unknown.config") << false;
    }
    void parsesEveryManifestType()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, contentType);
        QFETCH(QString, mediaType);
        QFETCH(bool, isIndex);
        QFETCH(int, children);
        QFETCH(QString, artifactType);
        QFETCH(bool, hasSubject);

        const auto parsed = Manifest::parse(bytes, contentType);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->mediaType(), mediaType);
        QCOMPARE(parsed->isIndex(), isIndex);
        QCOMPARE(parsed->children().size(), children);
        QCOMPARE(parsed->effectiveArtifactType(), artifactType);
        QCOMPARE(parsed->subject().has_value(), hasSubject);
        QCOMPARE(parsed->bytes(), bytes);
        QCOMPARE(parsed->digest().toString(), sha256(bytes));
        const Descriptor d = parsed->descriptor();
        QCOMPARE(d.size, qint64(bytes.size()));
        QCOMPARE(d.digest.toString(), sha256(bytes));
        QCOMPARE(d.mediaType, mediaType);
    }

    void refusesBadManifests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("messagePart");

        using K = Error::Kind;
        const QString oci(MediaType::OciManifest);
        const QString ociIndex(MediaType::OciIndex);

        QTest::newRow("mediaType contradicts Content-Type")
            << imageManifest(oci, ociConfig(), {}) << QString(MediaType::DockerManifest) << K::Protocol
            << QStringLiteral("served as");
        QTest::newRow("index served as manifest")
            << index(ociIndex, {}) << oci << K::Protocol << QStringLiteral("served as");
        QTest::newRow("schema 1 by content type")
            << QByteArray(R"({"schemaVersion":1,"name":"x","tag":"y","fsLayers":[]})")
            << QString(MediaType::DockerSchema1Signed) << K::Unsupported << QStringLiteral("schema 1");
        QTest::newRow("schema 1 by body")
            << QByteArray(R"({"schemaVersion":1,"name":"x","tag":"y","fsLayers":[]})") << QString()
            << K::Unsupported << QStringLiteral("schema 1");
        QTest::newRow("schema 1 plain type")
            << QByteArray(R"({"schemaVersion":1,"name":"x","fsLayers":[]})")
            << QString(MediaType::DockerSchema1) << K::Unsupported << QStringLiteral("schema 1");
        QTest::newRow("schemaVersion 3")
            << text(R"({"schemaVersion":3,"mediaType":"%1","config":%2,"layers":[]})")
                   .arg(oci, ociConfig())
                   .toUtf8()
            << oci << K::Protocol << QStringLiteral("schemaVersion");
        QTest::newRow("schemaVersion missing")
            << text(R"({"mediaType":"%1","config":%2,"layers":[]})").arg(oci, ociConfig()).toUtf8() << oci
            << K::Protocol << QStringLiteral("schemaVersion");
        QTest::newRow("missing config")
            << text(R"({"schemaVersion":2,"mediaType":"%1","layers":[]})").arg(oci).toUtf8() << oci
            << K::Protocol << QStringLiteral("config");
        QTest::newRow("config not an object")
            << text(R"({"schemaVersion":2,"mediaType":"%1","config":"x","layers":[]})").arg(oci).toUtf8()
            << oci << K::Protocol << QStringLiteral("config");
        QTest::newRow("index without manifests")
            << text(R"({"schemaVersion":2,"mediaType":"%1"})").arg(ociIndex).toUtf8() << ociIndex
            << K::Protocol << QStringLiteral("manifests");
        QTest::newRow("config digest not a digest")
            << imageManifest(oci, text(R"({"mediaType":"a/b","digest":"nope","size":1})"), {}) << oci
            << K::Protocol << QStringLiteral("digest");
        QTest::newRow("config digest short hex")
            << imageManifest(oci, text(R"({"mediaType":"a/b","digest":"sha256:abc","size":1})"), {}) << oci
            << K::Protocol << QStringLiteral("digest");
        QTest::newRow("config digest upper-case hex")
            << imageManifest(oci,
                             text(R"({"mediaType":"a/b","digest":"sha256:%1","size":1})")
                                 .arg(QString(64, QLatin1Char('A'))),
                             {})
            << oci << K::Protocol << QStringLiteral("digest");
        QTest::newRow("layer without digest")
            << imageManifest(oci, ociConfig(), {text(R"({"mediaType":"a/b","size":1})")}) << oci
            << K::Protocol << QStringLiteral("digest");
        QTest::newRow("negative size")
            << imageManifest(oci, ociConfig(), {desc(QStringLiteral("a/b"), 2, -1)}) << oci << K::Protocol
            << QStringLiteral("size");
        QTest::newRow("fractional size")
            << imageManifest(oci, ociConfig(),
                             {text(R"({"mediaType":"a/b","digest":"%1","size":1.5})").arg(hexDigest(2))})
            << oci << K::Protocol << QStringLiteral("size");
        QTest::newRow("size as a string")
            << imageManifest(oci, ociConfig(),
                             {text(R"({"mediaType":"a/b","digest":"%1","size":"10"})").arg(hexDigest(2))})
            << oci << K::Protocol << QStringLiteral("size");
        QTest::newRow("size missing")
            << imageManifest(oci, ociConfig(),
                             {text(R"({"mediaType":"a/b","digest":"%1"})").arg(hexDigest(2))})
            << oci << K::Protocol << QStringLiteral("size");
        QTest::newRow("index entry invalid")
            << index(ociIndex, {text(R"({"mediaType":"%1","digest":"bad","size":1})").arg(oci)}) << ociIndex
            << K::Protocol << QStringLiteral("index entry");
        QTest::newRow("subject invalid")
            << imageManifest(oci, ociConfig(), {}, text(R"("subject":{"mediaType":"%1","size":1},)").arg(oci))
            << oci << K::Protocol << QStringLiteral("subject");
        QTest::newRow("not json") << QByteArray("<html>nope</html>") << oci << K::Protocol
                                  << QStringLiteral("JSON");
        QTest::newRow("json array") << QByteArray("[1,2]") << oci << K::Protocol << QStringLiteral("JSON");
        QTest::newRow("empty body") << QByteArray() << oci << K::Protocol << QStringLiteral("JSON");
        QTest::newRow("not a manifest type")
            << QByteArray(R"({"schemaVersion":2,"mediaType":"application/json"})") << QString() << K::Protocol
            << QStringLiteral("not a manifest");
        QTest::newRow("config blob served as manifest")
            << QByteArray(R"({"architecture":"amd64","os":"linux"})")
            << QStringLiteral("application/octet-stream") << K::Protocol << QString();
    }
    void refusesBadManifests()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, contentType);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, messagePart);

        const auto parsed = Manifest::parse(bytes, contentType);
        QVERIFY2(!parsed.ok(), "a bad manifest was accepted");
        QCOMPARE(parsed.error().kind, kind);
        QVERIFY2(parsed.error().message.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(parsed.error().message));
    }

    void capsManifestsAtFourMiB_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("exactly 4 MiB") << Manifest::kMaxSize << true;
        QTest::newRow("one byte over") << Manifest::kMaxSize + 1 << false;
        QTest::newRow("far over") << Manifest::kMaxSize * 3 << false;
    }
    void capsManifestsAtFourMiB()
    {
        QFETCH(qint64, size);
        QFETCH(bool, accepted);
        // Pad with whitespace, which JSON allows and the digest must cover.
        QByteArray bytes = imageManifest(QString(MediaType::OciManifest), ociConfig(), {layer(2)});
        bytes.append(QByteArray(size - bytes.size(), ' '));
        QCOMPARE(qint64(bytes.size()), size);
        const auto parsed = Manifest::parse(bytes, QString(MediaType::OciManifest));
        QCOMPARE(parsed.ok(), accepted);
        if (!accepted) {
            QCOMPARE(parsed.error().kind, Error::Kind::TooLarge);
            QVERIFY2(parsed.error().message.contains(QLatin1String("4 MiB")),
                     qPrintable(parsed.error().message));
        } else {
            QCOMPARE(parsed->digest().toString(), sha256(bytes));
        }
    }

    void keepsExactBytesAndHashesThem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString oci(MediaType::OciManifest);
        QTest::newRow("pretty printed with CRLF") << text("{\r\n  \"schemaVersion\" : 2,\r\n  \"mediaType\": "
                                                          "\"%1\",\r\n  \"config\": %2,\r\n  \"layers\": "
                                                          "[ ]\r\n}\r\n")
                                                         .arg(oci, ociConfig())
                                                         .toUtf8();
        QTest::newRow("keys out of order")
            << text(R"({"layers":[%1],"config":%2,"mediaType":"%3","schemaVersion":2})")
                   .arg(layer(2), ociConfig(), oci)
                   .toUtf8();
        QTest::newRow("escaped slash and unicode")
            << text(
                   R"({"schemaVersion":2,"mediaType":"application\/vnd.oci.image.manifest.v1+json","config":%1,"layers":[],"annotations":{"t":"caf\u00e9 ✓"}})")
                   .arg(ociConfig())
                   .toUtf8();
        QTest::newRow("numbers written oddly")
            << text(
                   R"({"schemaVersion":2.0,"mediaType":"%1","config":{"mediaType":"a/b","digest":"%2","size":1e1},"layers":[]})")
                   .arg(oci, hexDigest(1))
                   .toUtf8();
        QTest::newRow("leading and trailing whitespace")
            << (QByteArray("\n\t  ") + imageManifest(oci, ociConfig(), {}) + QByteArray("  \n\n"));
    }
    void keepsExactBytesAndHashesThem()
    {
        QFETCH(QByteArray, bytes);
        const auto parsed = Manifest::parse(bytes, QString(MediaType::OciManifest));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->bytes(), bytes);
        QCOMPARE(parsed->digest().toString(), sha256(bytes));
        // The digest is over the wire bytes, never over a re-serialisation.
        const QByteArray reserialised = QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact);
        QVERIFY(reserialised != bytes);
        QVERIFY(parsed->digest().toString() != sha256(reserialised));
        QCOMPARE(parsed->descriptor().size, qint64(bytes.size()));
    }

    void readsDescriptorFields()
    {
        const QByteArray bytes = imageManifest(
            QString(MediaType::OciManifest), ociConfig(),
            {desc(
                 QString(MediaType::OciLayerTar), 2, 7,
                 text(
                     R"(,"annotations":{"org.opencontainers.image.title":"a.txt"},"urls":["https:\/\/x.example/a"],"artifactType":"t/x")")),
             desc(
                 QStringLiteral("a/b"), 3, 0,
                 text(
                     R"(,"platform":{"architecture":"arm","os":"linux","variant":"v7","os.features":["x"]})"))},
            text(R"("annotations":{"k":"v"},)"));
        const auto parsed = Manifest::parse(bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->annotations().value(QStringLiteral("k")), QStringLiteral("v"));
        QCOMPARE(parsed->descriptor().annotations.value(QStringLiteral("k")), QStringLiteral("v"));
        QCOMPARE(parsed->layers().size(), 2);
        const Descriptor& first = parsed->layers().at(0);
        QCOMPARE(first.title(), QStringLiteral("a.txt"));
        QCOMPARE(first.urls, QStringList{QStringLiteral("https://x.example/a")});
        QCOMPARE(first.artifactType, QStringLiteral("t/x"));
        QCOMPARE(first.size, qint64(7));
        const Descriptor& second = parsed->layers().at(1);
        QVERIFY(second.platform.has_value());
        QCOMPARE(second.size, qint64(0));
        QCOMPARE(parsed->totalSize(), qint64(bytes.size()) + 10 + 7 + 0);
    }

    void embeddedDataIsVerified_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("data");
        QTest::addColumn<bool>("kept");
        const QString emptyDigest =
            QStringLiteral("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
        QTest::newRow("matching data kept") << emptyDigest << 2 << QStringLiteral("e30=") << true;
        QTest::newRow("wrong bytes dropped") << emptyDigest << 2 << QStringLiteral("W10=") << false;
        QTest::newRow("wrong size dropped") << emptyDigest << 3 << QStringLiteral("e30=") << false;
    }
    void embeddedDataIsVerified()
    {
        QFETCH(QString, digest);
        QFETCH(int, size);
        QFETCH(QString, data);
        QFETCH(bool, kept);
        QJsonObject object{{QStringLiteral("mediaType"), QString(MediaType::Empty)},
                           {QStringLiteral("digest"), digest},
                           {QStringLiteral("size"), size},
                           {QStringLiteral("data"), data}};
        const auto d = Descriptor::fromJson(object);
        QVERIFY2(d.ok(), qPrintable(d.error().message));
        QCOMPARE(d->data.isEmpty(), !kept);
        if (kept)
            QCOMPARE(d->data, QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(TestManifestParse)
#include "tst_manifestparse.moc"
