#include "tests/support/testdiffpair.h"

#include "core/oci/mediatypes.h"
#include "tests/support/testmanifests.h"
#include "tests/support/testsboms.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lading::test {

namespace MediaType = oci::MediaType;

namespace {

QString annotationsJson(const oci::Annotations& annotations)
{
    QJsonObject o;
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        o.insert(it.key(), it.value());
    return QStringLiteral("\"annotations\":") +
           QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char(',');
}

} // namespace

oci::Descriptor pushTestBlob(store::Store& store, const QString& mediaType, const QByteArray& bytes)
{
    const auto d = oci::Descriptor::forBytes(mediaType, bytes);
    if (!store.pushBlob(d, bytes).ok())
        qFatal("cannot push a blob");
    return d;
}

oci::Descriptor pushTestLayer(store::Store& store, const QList<TarItem>& items)
{
    return pushTestBlob(store, QString(MediaType::OciLayerTarGzip),
                        layerBytes(items, LayerCompression::Gzip));
}

QByteArray testImageConfig(const QString& arch, const QStringList& env, const QJsonObject& labels)
{
    const QJsonObject config{
        {QStringLiteral("architecture"), arch},
        {QStringLiteral("os"), QStringLiteral("linux")},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("Env"), QJsonArray::fromStringList(env)},
                                               {QStringLiteral("Labels"), labels}}},
        {QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                               {QStringLiteral("diff_ids"), QJsonArray()}}}};
    return QJsonDocument(config).toJson(QJsonDocument::Compact);
}

oci::Descriptor pushTestImage(store::Store& store, const QByteArray& config,
                              const QList<oci::Descriptor>& layers, const oci::Annotations& annotations,
                              const QString& tag)
{
    const auto configDescriptor = pushTestBlob(store, QString(MediaType::OciConfig), config);
    auto pushed = store.pushManifest(imageManifest(configDescriptor, layers, annotationsJson(annotations)),
                                     QString(MediaType::OciManifest), tag);
    if (!pushed)
        qFatal("cannot push an image: %s", qPrintable(pushed.error().toString()));
    return pushed.value();
}

oci::Descriptor pushTestIndex(store::Store& store,
                              const QList<std::pair<oci::Descriptor, QString>>& platforms, const QString& tag)
{
    QJsonArray manifests;
    for (const auto& [d, arch] : platforms) {
        QJsonObject entry{
            {QStringLiteral("mediaType"), d.mediaType},
            {QStringLiteral("digest"), d.digest.toString()},
            {QStringLiteral("size"), double(d.size)},
            {QStringLiteral("platform"), QJsonObject{{QStringLiteral("os"), QStringLiteral("linux")},
                                                     {QStringLiteral("architecture"), arch}}}};
        manifests.append(entry);
    }
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                            {QStringLiteral("mediaType"), QString(MediaType::OciIndex)},
                            {QStringLiteral("manifests"), manifests}};
    auto pushed = store.pushManifest(QJsonDocument(index).toJson(QJsonDocument::Compact),
                                     QString(MediaType::OciIndex), tag);
    if (!pushed)
        qFatal("cannot push an index: %s", qPrintable(pushed.error().toString()));
    return pushed.value();
}

oci::Descriptor pushSpdxReferrer(store::Store& store, const oci::Descriptor& subject,
                                 const QList<inspect::SbomPackage>& packages)
{
    pushTestBlob(store, QString(MediaType::Empty), oci::Descriptor::emptyBytes());
    const auto layer = pushTestBlob(store, QString(MediaType::SpdxJson), spdxJson(packages));
    const QString extra =
        QStringLiteral("\"artifactType\":\"%1\",\"subject\":{\"mediaType\":\"%2\",\"digest\":\"%3\","
                       "\"size\":%4},")
            .arg(QString(MediaType::SpdxJson), subject.mediaType, subject.digest.toString())
            .arg(subject.size);
    auto pushed = store.pushManifest(imageManifest(oci::Descriptor::empty(), {layer}, extra),
                                     QString(MediaType::OciManifest));
    if (!pushed)
        qFatal("cannot push an SBOM: %s", qPrintable(pushed.error().toString()));
    return pushed.value();
}

inspect::SbomPackage testPackage(const QString& name, const QString& version, const QString& purl)
{
    inspect::SbomPackage p;
    p.name = name;
    p.version = version;
    p.purl = purl;
    return p;
}

DiffPair seedDiffPair(store::Store& left, store::Store& right)
{
    DiffPair p;
    const QList<TarItem> base = {TarItem::directory(QStringLiteral("etc")),
                                 TarItem::file(QStringLiteral("etc/os-release"), "ID=debian\n"),
                                 TarItem::directory(QStringLiteral("bin")),
                                 TarItem::file(QStringLiteral("bin/app"), "app v1", 0755)};
    p.baseLayer = pushTestLayer(left, base);
    if (pushTestLayer(right, base).digest != p.baseLayer.digest)
        qFatal("layers are not reproducible");
    p.leftTop = pushTestLayer(left, {TarItem::directory(QStringLiteral("app")),
                                     TarItem::file(QStringLiteral("app/config.yaml"), "a: 1"),
                                     TarItem::file(QStringLiteral("app/data"), "data")});
    p.rightTop = pushTestLayer(right, {TarItem::directory(QStringLiteral("app")),
                                       TarItem::file(QStringLiteral("app/config.yaml"), "a: 2"),
                                       TarItem::file(QStringLiteral("app/new.txt"), "new"),
                                       TarItem::file(QStringLiteral("bin/app"), "app v1", 0700)});
    p.left = pushTestImage(left,
                           testImageConfig(QStringLiteral("amd64"),
                                           {QStringLiteral("PATH=/usr/bin"), QStringLiteral("MODE=dev")},
                                           {{QStringLiteral("team"), QStringLiteral("a")},
                                            {QStringLiteral("tier"), QStringLiteral("web")}}),
                           {p.baseLayer, p.leftTop},
                           {{QStringLiteral("org.opencontainers.image.version"), QStringLiteral("1.0")},
                            {QStringLiteral("org.example.only-left"), QStringLiteral("x")}},
                           QStringLiteral("v1"));
    p.right = pushTestImage(right,
                            testImageConfig(QStringLiteral("amd64"),
                                            {QStringLiteral("PATH=/usr/bin"), QStringLiteral("MODE=prod")},
                                            {{QStringLiteral("team"), QStringLiteral("a")},
                                             {QStringLiteral("owner"), QStringLiteral("ops")}}),
                            {p.baseLayer, p.rightTop},
                            {{QStringLiteral("org.opencontainers.image.version"), QStringLiteral("2.0")},
                             {QStringLiteral("org.example.only-right"), QStringLiteral("y")}},
                            QStringLiteral("v2"));
    p.leftSbom = pushSpdxReferrer(left, p.left,
                                  {testPackage(QStringLiteral("openssl"), QStringLiteral("3.0.11"),
                                               QStringLiteral("pkg:deb/debian/openssl@3.0.11")),
                                   testPackage(QStringLiteral("zlib"), QStringLiteral("1.2.13"),
                                               QStringLiteral("pkg:deb/debian/zlib@1.2.13")),
                                   testPackage(QStringLiteral("left-pad"), QStringLiteral("1.3.0"),
                                               QStringLiteral("pkg:npm/left-pad@1.3.0"))});
    p.rightSbom = pushSpdxReferrer(right, p.right,
                                   {testPackage(QStringLiteral("openssl"), QStringLiteral("3.0.13"),
                                                QStringLiteral("pkg:deb/debian/openssl@3.0.13")),
                                    testPackage(QStringLiteral("zlib"), QStringLiteral("1.2.13"),
                                                QStringLiteral("pkg:deb/debian/zlib@1.2.13")),
                                    testPackage(QStringLiteral("requests"), QStringLiteral("2.31.0"),
                                                QStringLiteral("pkg:pypi/requests@2.31.0"))});
    auto key = TestKey::generate(TestKeyType::EcP256);
    if (!key)
        qFatal("cannot make a key: %s", qPrintable(key.error().toString()));
    p.key = key.value();
    auto signature = TestSigning::pushCosignReferrerSignature(right, p.right, TestSigner::withKey(p.key));
    if (!signature)
        qFatal("cannot sign: %s", qPrintable(signature.error().toString()));
    p.signature = signature.value();
    return p;
}

} // namespace lading::test
