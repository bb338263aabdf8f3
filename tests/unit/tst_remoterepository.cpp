// RemoteRepository (the Store for one registry repository) against the in-process TestRegistry: verified
// manifests and blobs, downloads that resume after a dropped connection and never leave a bad file,
// retries and cancellation, uploads (skip, mount, POST+PUT, chunked PATCH with OCI-Chunk-Min-Length and
// resume), and referrers through the API, the fallback tag and cosign's tags.
#include "core/oci/mediatypes.h"
#include "core/registry/registryclient.h"
#include "core/registry/remoterepository.h"
#include "core/store/transfercontrol.h"
#include "tests/support/loopbackhttpserver.h"
#include "tests/support/testfiles.h"
#include "tests/support/testmanifests.h"
#include "tests/support/testregistry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using lading::Error;
using lading::Result;
using lading::auth::Credential;
using lading::registry::RegistryClient;
using lading::registry::RegistryOptions;
using lading::registry::RemoteRepository;
using lading::store::Referrer;
using lading::store::ReferrerSource;
using lading::store::TransferControl;
using lading::test::Fault;
using lading::test::readFile;
using lading::test::RecordedRequest;
using lading::test::TestRegistry;
using lading::test::writeFileIn;
namespace oci = lading::oci;
namespace MediaType = lading::oci::MediaType;

Q_DECLARE_METATYPE(lading::Error::Kind)
Q_DECLARE_METATYPE(lading::test::Fault)
Q_DECLARE_METATYPE(lading::test::TestRegistry::Auth)

using lading::test::descriptorJson;
using lading::test::imageManifest;

namespace {

const QString kRepo = QStringLiteral("team/app");

RegistryOptions fastOptions()
{
    RegistryOptions options;
    options.maxRetries = 3;
    options.maxRetryDelayMs = 2000;
    return options;
}

// Deterministic bytes that do not compress into patterns a bug could hide behind.
QByteArray noise(qsizetype size, quint32 seed = 1)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x & 0xff);
    }
    return bytes;
}

oci::Descriptor blobDescriptor(const QByteArray& bytes,
                               const QString& mediaType = QString(MediaType::OciLayerTarGzip))
{
    return oci::Descriptor::forBytes(mediaType, bytes);
}

// A referrer: an artifact manifest with the empty config, pointing at `subject`.
QByteArray referrerManifest(const oci::Descriptor& subject, const QString& artifactType, const QString& note)
{
    const QString extra =
        QStringLiteral("\"artifactType\":\"%1\",\"subject\":%2,\"annotations\":{\"note\":\"%3\"},")
            .arg(artifactType, descriptorJson(subject), note);
    return imageManifest(oci::Descriptor::empty(), {}, extra);
}

QString zeroDigestPath()
{
    return QStringLiteral("/referrers/sha256:") + QString(64, QLatin1Char('0')) + QLatin1Char('$');
}

bool hasPart(const QString& path)
{
    return QFileInfo::exists(path + QStringLiteral(".part"));
}

QList<RecordedRequest> matching(const QList<RecordedRequest>& log, const QByteArray& method,
                                const QString& pattern)
{
    const QRegularExpression re(pattern);
    QList<RecordedRequest> found;
    for (const RecordedRequest& r : log) {
        if ((method.isEmpty() || r.method == method) && re.match(r.path).hasMatch())
            found.append(r);
    }
    return found;
}

} // namespace

class TestRemoteRepository final : public QObject
{
    Q_OBJECT

private:
    TestRegistry m_registry;
    QTemporaryDir m_dir;

    std::shared_ptr<RegistryClient> client(const RegistryOptions& options = fastOptions(),
                                           const Credential& c = {})
    {
        return std::make_shared<RegistryClient>(m_registry.host(), options,
                                                [c](const QString&) -> Result<Credential> { return c; });
    }

    struct Image
    {
        oci::Descriptor config;
        oci::Descriptor layer;
        oci::Descriptor manifest;
        QByteArray manifestBytes;
    };

    // An image seeded straight into the registry: config, one layer, manifest under `tag`.
    Image seedImage(const QString& repository, const QString& tag, qsizetype layerSize = 1000,
                    quint32 seed = 1)
    {
        Image image;
        const QByteArray config = QByteArrayLiteral("{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":"
                                                    "{\"type\":\"layers\",\"diff_ids\":[]}}");
        const QByteArray layer = noise(layerSize, seed);
        image.config = blobDescriptor(config, QString(MediaType::OciConfig));
        image.layer = blobDescriptor(layer);
        m_registry.putBlob(repository, config);
        m_registry.putBlob(repository, layer);
        image.manifestBytes = imageManifest(image.config, {image.layer});
        image.manifest = oci::Descriptor::forBytes(QString(MediaType::OciManifest), image.manifestBytes);
        m_registry.putManifest(repository, tag, image.manifestBytes, QString(MediaType::OciManifest));
        return image;
    }

    QString target(const QString& name) { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_registry.isListening(),
                 qPrintable(QStringLiteral("The test registry could not listen on 127.0.0.1/127.0.0.2: %1")
                                .arg(m_registry.errorString())));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_registry.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    // ------------------------------------------------------------------------------------------ manifests

    void fetchesManifestsByteForByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mediaType");
        const QString child = descriptorJson(oci::Descriptor::forBytes(QString(MediaType::OciManifest), "x"));
        const QString config = descriptorJson(oci::Descriptor::forBytes(QString(MediaType::OciConfig), "{}"));
        const QString dockerConfig =
            descriptorJson(oci::Descriptor::forBytes(QString(MediaType::DockerConfig), "{}"));
        QTest::newRow("oci manifest, pretty")
            << QStringLiteral(
                   "{\n   \"schemaVersion\": 2,\n   \"mediaType\": \"%1\",\n   \"config\": %2,\n   "
                   "\"layers\": []\n}\n")
                   .arg(QString(MediaType::OciManifest), config)
                   .toUtf8()
            << QString(MediaType::OciManifest);
        QTest::newRow("oci index") << QStringLiteral(
                                          "{\"schemaVersion\":2,\"mediaType\":\"%1\",\"manifests\":[%2]}  ")
                                          .arg(QString(MediaType::OciIndex), child)
                                          .toUtf8()
                                   << QString(MediaType::OciIndex);
        QTest::newRow("docker manifest")
            << QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"%1\",\"config\":%2,\"layers\":[]}")
                   .arg(QString(MediaType::DockerManifest), dockerConfig)
                   .toUtf8()
            << QString(MediaType::DockerManifest);
        QTest::newRow("docker manifest list")
            << QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"%1\",\"manifests\":[%2]}")
                   .arg(QString(MediaType::DockerManifestList),
                        descriptorJson(oci::Descriptor::forBytes(QString(MediaType::DockerManifest), "x")))
                   .toUtf8()
            << QString(MediaType::DockerManifestList);
    }
    void fetchesManifestsByteForByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mediaType);
        const oci::Digest digest = m_registry.putManifest(kRepo, QStringLiteral("v1"), bytes, mediaType);
        RemoteRepository repository(client(), kRepo);
        for (const QString& reference : {QStringLiteral("v1"), digest.toString()}) {
            auto manifest = repository.fetchManifest(reference);
            QVERIFY2(manifest.ok(), qPrintable(manifest.error().message));
            QCOMPARE(manifest->bytes(), bytes);
            QCOMPARE(manifest->digest(), digest);
            QCOMPARE(manifest->mediaType(), mediaType);
        }
        const auto gets = matching(m_registry.requests(), "GET", QStringLiteral("/manifests/"));
        QCOMPARE(gets.size(), 2);
        for (const RecordedRequest& get : gets) {
            const QByteArray accept = get.header("Accept");
            for (const auto type : {MediaType::OciManifest, MediaType::OciIndex, MediaType::DockerManifest,
                                    MediaType::DockerManifestList})
                QVERIFY2(accept.contains(QByteArray(type.data(), type.size())), accept.constData());
        }
    }

    void resolveUsesHeadOnly()
    {
        const Image image = seedImage(kRepo, QStringLiteral("v1"));
        RemoteRepository repository(client(), kRepo);
        auto resolved = repository.resolve(QStringLiteral("v1"));
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
        QCOMPARE(resolved->digest, image.manifest.digest);
        QCOMPARE(resolved->size, image.manifest.size);
        QCOMPARE(resolved->mediaType, QString(MediaType::OciManifest));
        QCOMPARE(m_registry.requestCount("GET", QStringLiteral("/manifests/")), 0);
        QCOMPARE(m_registry.requestCount("HEAD", QStringLiteral("/manifests/v1$")), 1);
        auto missing = repository.resolve(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void wrongManifestBytesAreRefused_data()
    {
        QTest::addColumn<bool>("byDigest");
        QTest::newRow("by tag (checked against Docker-Content-Digest)") << false;
        QTest::newRow("by digest") << true;
    }
    void wrongManifestBytesAreRefused()
    {
        QFETCH(bool, byDigest);
        const Image image = seedImage(kRepo, QStringLiteral("v1"));
        m_registry.addFault(Fault::wrongBytes(QStringLiteral("/manifests/"), -1));
        RemoteRepository repository(client(), kRepo);
        auto manifest =
            repository.fetchManifest(byDigest ? image.manifest.digest.toString() : QStringLiteral("v1"));
        QVERIFY(!manifest.ok());
        QCOMPARE(manifest.error().kind, Error::Kind::Integrity);
        QVERIFY2(manifest.error().message.contains(QLatin1String("digest")),
                 qPrintable(manifest.error().message));
    }

    void oversizedManifestIsRefused()
    {
        seedImage(kRepo, QStringLiteral("v1"));
        m_registry.addFault(Fault::oversizedManifest(QStringLiteral("/manifests/"), -1));
        RemoteRepository repository(client(), kRepo);
        auto manifest = repository.fetchManifest(QStringLiteral("v1"));
        QVERIFY(!manifest.ok());
        QCOMPARE(manifest.error().kind, Error::Kind::TooLarge);
        QVERIFY2(manifest.error().message.contains(QLatin1String("4 MiB")),
                 qPrintable(manifest.error().message));
    }

    void missingManifestIsNotFound()
    {
        seedImage(kRepo, QStringLiteral("v1"));
        RemoteRepository repository(client(), kRepo);
        auto manifest = repository.fetchManifest(QStringLiteral("v2"));
        QVERIFY(!manifest.ok());
        QCOMPARE(manifest.error().kind, Error::Kind::NotFound);
        QVERIFY2(manifest.error().message.contains(QLatin1String("MANIFEST_UNKNOWN")),
                 qPrintable(manifest.error().message));
        QCOMPARE(manifest.error().origin, m_registry.host() + QLatin1Char('/') + kRepo);
    }

    void droppedManifestReplyIsRetried()
    {
        const Image image = seedImage(kRepo, QStringLiteral("v1"));
        m_registry.addFault(Fault::dropAfter(20, QStringLiteral("/manifests/v1$"), 1));
        RemoteRepository repository(client(), kRepo);
        auto manifest = repository.fetchManifest(QStringLiteral("v1"));
        QVERIFY2(manifest.ok(), qPrintable(manifest.error().message));
        QCOMPARE(manifest->bytes(), image.manifestBytes);
        // The dropped GET and the retry (Qt may add a copy of the dropped GET of its own, see below).
        const int gets = m_registry.requestCount("GET", QStringLiteral("/manifests/v1$"));
        QVERIFY2(gets == 2 || gets == 3, qPrintable(QString::number(gets)));
    }

    // ------------------------------------------------------------------------------------------ blobs

    void fetchBlobChecksSizeAndDigest()
    {
        const QByteArray bytes = noise(5000);
        const oci::Digest digest = m_registry.putBlob(kRepo, bytes);
        RemoteRepository repository(client(), kRepo);
        const oci::Descriptor blob = blobDescriptor(bytes);
        QCOMPARE(blob.digest, digest);
        auto fetched = repository.fetchBlob(blob, 1 << 20);
        QVERIFY2(fetched.ok(), qPrintable(fetched.error().message));
        QCOMPARE(fetched.value(), bytes);

        auto tooBig = repository.fetchBlob(blob, 4000);
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.error().kind, Error::Kind::TooLarge);

        m_registry.addFault(Fault::wrongBytes(QStringLiteral("/blobs/"), 1));
        auto wrong = repository.fetchBlob(blob, 1 << 20);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Error::Kind::Integrity);
    }

    void droppedDownloadResumesWithRange_data()
    {
        QTest::addColumn<bool>("redirected");
        QTest::newRow("from the registry") << false;
        QTest::newRow("from the redirect target") << true;
    }
    void droppedDownloadResumesWithRange()
    {
        QFETCH(bool, redirected);
        const QByteArray bytes = noise(600 * 1024, 7);
        m_registry.putBlob(kRepo, bytes);
        m_registry.setBlobRedirect(redirected);
        m_registry.addFault(Fault::dropAfter(200 * 1024, QStringLiteral("/blobs/sha256:"), 1));
        RemoteRepository repository(client(), kRepo);
        TransferControl control;
        const QString path = target(QStringLiteral("layer"));
        auto status = repository.fetchBlobToFile(blobDescriptor(bytes), path, &control);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(readFile(path), bytes);
        QVERIFY(!hasPart(path));
        QCOMPARE(control.bytes(), qint64(bytes.size()));

        const auto log = redirected ? m_registry.redirectRequests() : m_registry.requests();
        const auto gets = matching(log, "GET", QStringLiteral("/blobs/sha256:"));
        // Two GETs: the dropped one and the resumed one. Qt sometimes re-sends a GET whose connection closed
        // under it on its own, and then drops that copy's answer; the registry then logs one more full GET.
        QVERIFY2(gets.size() == 2 || gets.size() == 3, qPrintable(QString::number(gets.size())));
        QVERIFY(!gets.constFirst().hasHeader("Range"));
        const QByteArray range = gets.constLast().header("Range");
        QVERIFY2(range.startsWith("bytes="), range.constData());
        const qint64 offset = range.mid(6, range.indexOf('-') - 6).toLongLong();
        QVERIFY2(offset > 0 && offset <= 200 * 1024, range.constData());
        QCOMPARE(gets.constLast().status, 206);
    }

    void wrongBlobBytesLeaveNothingBehind()
    {
        const QByteArray bytes = noise(300 * 1024, 3);
        m_registry.putBlob(kRepo, bytes);
        m_registry.addFault(Fault::wrongBytes(QStringLiteral("/blobs/sha256:"), -1));
        RemoteRepository repository(client(), kRepo);
        const QString path = target(QStringLiteral("layer"));
        auto status = repository.fetchBlobToFile(blobDescriptor(bytes), path, nullptr);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Integrity);
        QVERIFY2(status.error().message.contains(QLatin1String("digest")),
                 qPrintable(status.error().message));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!hasPart(path));
    }

    void transientBlobFailuresAreRetried_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::newRow("500 once") << Fault::httpStatus(500, QStringLiteral("/blobs/sha256:"), 1, "GET");
        QTest::newRow("503 twice") << Fault::httpStatus(503, QStringLiteral("/blobs/sha256:"), 2, "GET");
        QTest::newRow("429 with Retry-After")
            << Fault::tooManyRequests(QStringLiteral("/blobs/sha256:"), 1, "GET");
    }
    void transientBlobFailuresAreRetried()
    {
        QFETCH(Fault, fault);
        const QByteArray bytes = noise(100 * 1024, 5);
        m_registry.putBlob(kRepo, bytes);
        m_registry.addFault(fault);
        RemoteRepository repository(client(), kRepo);
        const QString path = target(QStringLiteral("layer"));
        auto status = repository.fetchBlobToFile(blobDescriptor(bytes), path, nullptr);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(readFile(path), bytes);
        QCOMPARE(m_registry.requestCount("GET", QStringLiteral("/blobs/sha256:")), fault.times + 1);
    }

    void persistentBlobFailureIsAClearServerError()
    {
        const QByteArray bytes = noise(10 * 1024, 5);
        m_registry.putBlob(kRepo, bytes);
        m_registry.addFault(Fault::httpStatus(500, QStringLiteral("/blobs/sha256:"), -1, "GET"));
        RegistryOptions options = fastOptions();
        options.maxRetries = 1;
        RemoteRepository repository(client(options), kRepo);
        const QString path = target(QStringLiteral("layer"));
        auto status = repository.fetchBlobToFile(blobDescriptor(bytes), path, nullptr);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Server);
        QCOMPARE(status.error().httpStatus, 500);
        QVERIFY2(status.error().message.contains(QLatin1String("500")), qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(blobDescriptor(bytes).digest.shortForm()),
                 qPrintable(status.error().message));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!hasPart(path));
    }

    void cancelKeepsThePartForResume()
    {
        const QByteArray bytes = noise(512 * 1024, 9);
        m_registry.putBlob(kRepo, bytes);
        // Slow enough that the download is surely still running when it is cancelled.
        m_registry.addFault(Fault::throttle(256 * 1024, QStringLiteral("/blobs/sha256:"), 1));
        RemoteRepository repository(client(), kRepo);
        const QString path = target(QStringLiteral("layer"));
        TransferControl control;
        control.setOnBytes([&control](qint64) {
            if (control.bytes() >= 16 * 1024)
                control.cancel();
        });
        auto status = repository.fetchBlobToFile(blobDescriptor(bytes), path, &control);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Cancelled);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(hasPart(path));
        const qint64 kept = QFileInfo(path + QStringLiteral(".part")).size();
        QVERIFY2(kept > 0 && kept < bytes.size(), qPrintable(QString::number(kept)));

        m_registry.clearRequests();
        TransferControl again;
        status = repository.fetchBlobToFile(blobDescriptor(bytes), path, &again);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(readFile(path), bytes);
        QVERIFY(!hasPart(path));
        const auto gets = matching(m_registry.requests(), "GET", QStringLiteral("/blobs/sha256:"));
        QCOMPARE(gets.size(), 1);
        QCOMPARE(gets.at(0).header("Range"), "bytes=" + QByteArray::number(kept) + '-');
        QCOMPARE(again.bytes(), qint64(bytes.size()));
    }

    void serverIgnoringRangeRestartsTheDownload_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("200 with the whole blob") << 0 << true;
        QTest::newRow("206 from byte 0") << 1 << true;
        QTest::newRow("206 of a range not asked for") << 2 << false;
    }
    void serverIgnoringRangeRestartsTheDownload()
    {
        QFETCH(int, mode);
        QFETCH(bool, succeeds);
        // TestRegistry always honours Range; this server drops the first download and then answers a resume
        // the way some proxies and CDNs do.
        const QByteArray bytes = noise(300 * 1024, 31);
        const oci::Digest digest = blobDescriptor(bytes).digest;
        std::atomic<int> blobGets{0};
        std::atomic<int> rangeGets{0};
        lading::test::LoopbackHttpServer server;
        QString why;
        const quint16 port = server.listen(
            QHostAddress(QStringLiteral("127.0.0.1")),
            [&](const lading::test::HttpRequest& request) {
                lading::test::HttpResponse response;
                if (request.path == QLatin1String("/v2/")) {
                    response.body = "{}";
                    return response;
                }
                if (request.path != QStringLiteral("/v2/app/blobs/") + digest.toString()) {
                    response.status = 404;
                    return response;
                }
                const int n = ++blobGets;
                response.setHeader("Content-Type", "application/octet-stream");
                response.body = bytes;
                if (n == 1) {
                    response.dropAfterBytes = 100 * 1024;
                    return response;
                }
                if (request.hasHeader("Range"))
                    ++rangeGets;
                const QByteArray total = QByteArray::number(bytes.size());
                if (mode == 1) {
                    response.status = 206;
                    response.setHeader("Content-Range",
                                       "bytes 0-" + QByteArray::number(bytes.size() - 1) + '/' + total);
                } else if (mode == 2) {
                    response.status = 206;
                    response.body = bytes.mid(5);
                    response.setHeader("Content-Range",
                                       "bytes 5-" + QByteArray::number(bytes.size() - 1) + '/' + total);
                }
                return response;
            },
            0, &why);
        QVERIFY2(port != 0, qPrintable(why));
        auto c = std::make_shared<RegistryClient>(QStringLiteral("127.0.0.1:%1").arg(port), fastOptions());
        RemoteRepository repository(c, QStringLiteral("app"));
        TransferControl control;
        qint64 peak = 0;
        control.setOnBytes([&](qint64 delta) {
            QVERIFY(delta >= 0);
            peak = qMax(peak, control.bytes());
        });
        const QString path = target(QStringLiteral("layer"));
        auto status = repository.fetchBlobToFile(blobDescriptor(bytes), path, &control);
        server.stop();
        QVERIFY(rangeGets.load() >= 1);
        if (succeeds) {
            QVERIFY2(status.ok(), qPrintable(status.error().message));
            QCOMPARE(readFile(path), bytes);
            // Progress counts every byte once, even though the first 100 KiB came twice.
            QCOMPARE(control.bytes(), qint64(bytes.size()));
            QCOMPARE(peak, qint64(bytes.size()));
        } else {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().kind, Error::Kind::Protocol);
            QVERIFY2(status.error().message.contains(QLatin1String("bytes 5-")),
                     qPrintable(status.error().message));
            QVERIFY(!QFileInfo::exists(path));
        }
        QVERIFY(!hasPart(path));
    }

    void foreignPartFileIsRefusedThenReplaced()
    {
        const QByteArray bytes = noise(200 * 1024, 37);
        m_registry.putBlob(kRepo, bytes);
        const QString path = target(QStringLiteral("layer"));
        {
            // A .part left by something else: the right length for a prefix, the wrong bytes.
            QFile part(path + QStringLiteral(".part"));
            QVERIFY(part.open(QIODevice::WriteOnly));
            part.write(noise(1000, 99));
        }
        RemoteRepository repository(client(), kRepo);
        auto status = repository.fetchBlobToFile(blobDescriptor(bytes), path, nullptr);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Integrity);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!hasPart(path));
        QCOMPARE(
            matching(m_registry.requests(), "GET", QStringLiteral("/blobs/")).constFirst().header("Range"),
            QByteArray("bytes=1000-"));
        // Nothing bad was kept, so the next try starts clean and succeeds.
        status = repository.fetchBlobToFile(blobDescriptor(bytes), path, nullptr);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(readFile(path), bytes);
    }

    // ------------------------------------------------------------------------------------------ uploads

    void existingBlobIsSkipped()
    {
        const QByteArray bytes = noise(4000);
        m_registry.putBlob(kRepo, bytes);
        QTemporaryDir source;
        const QString path = writeFileIn(source, QStringLiteral("blob"), bytes);
        RemoteRepository repository(client(), kRepo);
        TransferControl control;
        QVERIFY(repository.pushBlobFromFile(blobDescriptor(bytes), path, &control).ok());
        QVERIFY(repository.pushBlob(blobDescriptor(bytes), bytes).ok());
        QCOMPARE(m_registry.requestCount("POST", QStringLiteral("/blobs/uploads/")), 0);
        QCOMPARE(m_registry.requestCount("HEAD", QStringLiteral("/blobs/sha256:")), 2);
        QCOMPARE(control.bytes(), qint64(bytes.size()));
    }

    void uploadUsesPostThenPut()
    {
        const QByteArray bytes = noise(50 * 1024, 11);
        QTemporaryDir source;
        const QString path = writeFileIn(source, QStringLiteral("blob"), bytes);
        RemoteRepository repository(client(), kRepo);
        TransferControl control;
        auto status = repository.pushBlobFromFile(blobDescriptor(bytes), path, &control);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(m_registry.blob(kRepo, blobDescriptor(bytes).digest), bytes);
        const auto log = m_registry.requests();
        const auto posts = matching(log, "POST", QStringLiteral("/blobs/uploads/$"));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.at(0).status, 202);
        const auto puts = matching(log, "PUT", QStringLiteral("/blobs/uploads/.+"));
        QCOMPARE(puts.size(), 1);
        QCOMPARE(puts.at(0).status, 201);
        QVERIFY(puts.at(0).query.contains(QLatin1String("digest=sha256")));
        QVERIFY2(puts.at(0).query.contains(QLatin1String("_state=")), "the session's own query was dropped");
        QCOMPARE(matching(log, "PATCH", QStringLiteral(".")).size(), 0);
        QCOMPARE(control.bytes(), qint64(bytes.size()));
        QCOMPARE(m_registry.uploadSessionCount(), 0);
    }

    void uploadsWorkUnderEveryAuthScheme_data()
    {
        QTest::addColumn<TestRegistry::Auth>("auth");
        QTest::addColumn<bool>("chunked");
        QTest::newRow("basic, POST+PUT") << TestRegistry::Auth::Basic << false;
        QTest::newRow("basic, chunked") << TestRegistry::Auth::Basic << true;
        QTest::newRow("bearer, POST+PUT") << TestRegistry::Auth::Bearer << false;
        QTest::newRow("bearer, chunked") << TestRegistry::Auth::Bearer << true;
    }
    void uploadsWorkUnderEveryAuthScheme()
    {
        QFETCH(TestRegistry::Auth, auth);
        QFETCH(bool, chunked);
        m_registry.setAuth(auth);
        m_registry.setAnonymousPull(false);
        const QByteArray bytes = noise(5000, 23);
        QTemporaryDir source;
        const QString path = writeFileIn(source, QStringLiteral("blob"), bytes);
        RegistryOptions options = fastOptions();
        options.chunkThreshold = chunked ? 1000 : 1 << 20;
        options.chunkSize = 2000;
        Credential credential;
        credential.username = m_registry.username();
        credential.secret = m_registry.password();
        RemoteRepository repository(client(options, credential), kRepo);
        auto status = repository.pushBlobFromFile(blobDescriptor(bytes), path, nullptr);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(m_registry.blob(kRepo, blobDescriptor(bytes).digest), bytes);
        QCOMPARE(m_registry.requestCount("PATCH", QStringLiteral("/blobs/uploads/")), chunked ? 3 : 0);
        // Every upload request carried credentials: none needed a 401 round trip of its own.
        for (const RecordedRequest& r :
             matching(m_registry.requests(), {}, QStringLiteral("/blobs/uploads/"))) {
            QVERIFY2(r.status != 401, qPrintable(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path));
            QVERIFY(r.hasHeader("Authorization"));
        }
        // And a manifest push on top, with the token cache at work.
        const QByteArray config("{}");
        QVERIFY(repository.pushBlob(blobDescriptor(config, QString(MediaType::OciConfig)), config).ok());
        auto pushed = repository.pushManifest(
            imageManifest(blobDescriptor(config, QString(MediaType::OciConfig)), {blobDescriptor(bytes)}),
            QString(MediaType::OciManifest), QStringLiteral("v1"));
        QVERIFY2(pushed.ok(), qPrintable(pushed.error().message));
        if (auth == TestRegistry::Auth::Bearer)
            QCOMPARE(m_registry.tokensIssued(), 2); // pull, then pull+push
    }

    void expiredTokenMidUploadIsRenewedAndTheBodyReplayed()
    {
        m_registry.setAuth(TestRegistry::Auth::Bearer);
        m_registry.setAnonymousPull(false);
        const QByteArray bytes = noise(64 * 1024, 29);
        QTemporaryDir source;
        const QString path = writeFileIn(source, QStringLiteral("blob"), bytes);
        Credential credential;
        credential.username = m_registry.username();
        credential.secret = m_registry.password();
        RemoteRepository repository(client(fastOptions(), credential), kRepo);
        TransferControl control;
        bool revoked = false;
        // The registry checks the token once the PUT body is in: revoking while the body is read makes the
        // PUT fail with 401 after the whole body went out.
        control.setOnBytes([&](qint64) {
            if (!revoked) {
                revoked = true;
                m_registry.revokeTokens();
            }
        });
        auto status = repository.pushBlobFromFile(blobDescriptor(bytes), path, &control);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(m_registry.blob(kRepo, blobDescriptor(bytes).digest), bytes);
        const auto puts = matching(m_registry.requests(), "PUT", QStringLiteral("/blobs/uploads/"));
        QCOMPARE(puts.size(), 2);
        QCOMPARE(puts.at(0).status, 401);
        QCOMPARE(puts.at(1).status, 201);
        QCOMPARE(control.bytes(), qint64(bytes.size())); // the replayed body is not counted twice
    }

    void chunkedUpload_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("chunkSize");
        QTest::addColumn<int>("chunkMinLength");
        QTest::addColumn<QStringList>("ranges");
        QTest::newRow("even chunks") << 900 << 300 << 0
                                     << QStringList{QStringLiteral("0-299"), QStringLiteral("300-599"),
                                                    QStringLiteral("600-899")};
        QTest::newRow("short last chunk")
            << 1000 << 300 << 0
            << QStringList{QStringLiteral("0-299"), QStringLiteral("300-599"), QStringLiteral("600-899"),
                           QStringLiteral("900-999")};
        QTest::newRow("OCI-Chunk-Min-Length raises the chunk size")
            << 2000 << 300 << 800
            << QStringList{QStringLiteral("0-799"), QStringLiteral("800-1599"), QStringLiteral("1600-1999")};
        QTest::newRow("minimum below our chunk size changes nothing")
            << 700 << 300 << 100
            << QStringList{QStringLiteral("0-299"), QStringLiteral("300-599"), QStringLiteral("600-699")};
    }
    void chunkedUpload()
    {
        QFETCH(int, size);
        QFETCH(int, chunkSize);
        QFETCH(int, chunkMinLength);
        QFETCH(QStringList, ranges);
        m_registry.setChunkMinLength(chunkMinLength);
        const QByteArray bytes = noise(size, 13);
        QTemporaryDir source;
        const QString path = writeFileIn(source, QStringLiteral("blob"), bytes);
        RegistryOptions options = fastOptions();
        options.chunkThreshold = 500;
        options.chunkSize = chunkSize;
        RemoteRepository repository(client(options), kRepo);
        TransferControl control;
        auto status = repository.pushBlobFromFile(blobDescriptor(bytes), path, &control);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(m_registry.blob(kRepo, blobDescriptor(bytes).digest), bytes);
        QStringList sent;
        for (const RecordedRequest& r :
             matching(m_registry.requests(), "PATCH", QStringLiteral("/blobs/uploads/"))) {
            sent.append(QString::fromLatin1(r.header("Content-Range")));
            QCOMPARE(r.status, 202);
        }
        QCOMPARE(sent, ranges);
        QCOMPARE(control.bytes(), qint64(size));
        QCOMPARE(m_registry.requestCount("PUT", QStringLiteral("/blobs/uploads/")), 1);
    }

    void interruptedChunkedUploadResumesFromTheSessionRange()
    {
        const QByteArray bytes = noise(1200, 17);
        QTemporaryDir source;
        const QString path = writeFileIn(source, QStringLiteral("blob"), bytes);
        RegistryOptions options = fastOptions();
        options.chunkThreshold = 500;
        options.chunkSize = 300;
        RemoteRepository repository(client(options), kRepo);
        TransferControl control;
        bool faulted = false;
        // After the first chunk is in, the next PATCH fails: the client must ask the session how much it
        // holds and continue from there, not start over and not skip a chunk.
        control.setOnBytes([&](qint64) {
            if (!faulted) {
                faulted = true;
                m_registry.addFault(Fault::httpStatus(503, QStringLiteral("/blobs/uploads/"), 1, "PATCH"));
            }
        });
        auto status = repository.pushBlobFromFile(blobDescriptor(bytes), path, &control);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(m_registry.blob(kRepo, blobDescriptor(bytes).digest), bytes);

        QStringList sequence;
        for (const RecordedRequest& r : m_registry.requests()) {
            if (!r.path.contains(QLatin1String("/blobs/uploads/")))
                continue;
            QString entry = QString::fromLatin1(r.method) + QLatin1Char(' ') + QString::number(r.status);
            if (r.method == "PATCH")
                entry += QLatin1Char(' ') + QString::fromLatin1(r.header("Content-Range"));
            sequence.append(entry);
        }
        const QStringList expected{QStringLiteral("POST 202"),           QStringLiteral("PATCH 202 0-299"),
                                   QStringLiteral("PATCH 503 300-599"),  QStringLiteral("GET 204"),
                                   QStringLiteral("PATCH 202 300-599"),  QStringLiteral("PATCH 202 600-899"),
                                   QStringLiteral("PATCH 202 900-1199"), QStringLiteral("PUT 201")};
        QCOMPARE(sequence, expected);
    }

    void mountAcrossRepositories_data()
    {
        QTest::addColumn<TestRegistry::Auth>("auth");
        QTest::newRow("anonymous") << TestRegistry::Auth::None;
        QTest::newRow("bearer: the token carries pull on the source") << TestRegistry::Auth::Bearer;
    }
    void mountAcrossRepositories()
    {
        QFETCH(TestRegistry::Auth, auth);
        m_registry.setAuth(auth);
        const QByteArray bytes = noise(3000, 19);
        m_registry.putBlob(QStringLiteral("source/repo"), bytes);
        Credential credential;
        credential.username = m_registry.username();
        credential.secret = m_registry.password();
        auto shared = client(fastOptions(), credential);
        RemoteRepository source(shared, QStringLiteral("source/repo"));
        RemoteRepository destination(shared, kRepo);
        auto mounted = destination.mountBlob(blobDescriptor(bytes), source);
        QVERIFY2(mounted.ok(), qPrintable(mounted.error().message));
        QVERIFY(mounted.value());
        QVERIFY(m_registry.hasBlob(kRepo, blobDescriptor(bytes).digest));
        const auto posts = matching(m_registry.requests(), "POST", QStringLiteral("/blobs/uploads/$"));
        QCOMPARE(posts.constLast().status, 201);
        QVERIFY(posts.constLast().query.contains(QLatin1String("mount=sha256")));
        QVERIFY(posts.constLast().query.contains(QLatin1String("from=source%2Frepo")) ||
                posts.constLast().query.contains(QLatin1String("from=source/repo")));
        QCOMPARE(m_registry.uploadSessionCount(), 0);
    }

    void mountNotPossibleClosesTheSession()
    {
        m_registry.setMountSupported(false);
        const QByteArray bytes = noise(3000, 19);
        m_registry.putBlob(QStringLiteral("source/repo"), bytes);
        auto shared = client();
        RemoteRepository source(shared, QStringLiteral("source/repo"));
        RemoteRepository destination(shared, kRepo);
        auto mounted = destination.mountBlob(blobDescriptor(bytes), source);
        QVERIFY(mounted.ok());
        QVERIFY(!mounted.value());
        QCOMPARE(m_registry.uploadSessionCount(), 0);
        // A store of another registry client can never mount.
        RemoteRepository elsewhere(client(), QStringLiteral("source/repo"));
        QCOMPARE(destination.mountBlob(blobDescriptor(bytes), elsewhere).value(), false);
    }

    void pushManifestKeepsExactBytesAndTags()
    {
        const Image image = seedImage(kRepo, QStringLiteral("v1"));
        const QByteArray pretty = QByteArray("{\n  \"schemaVersion\": 2,\n  \"mediaType\": \"") +
                                  QByteArray(MediaType::OciManifest.data(), MediaType::OciManifest.size()) +
                                  "\",\n  \"config\": " + descriptorJson(image.config).toUtf8() +
                                  ",\n  \"layers\": [ " + descriptorJson(image.layer).toUtf8() + " ]\n}\n";
        RemoteRepository repository(client(), kRepo);
        auto pushed =
            repository.pushManifest(pretty, QString(MediaType::OciManifest), QStringLiteral("pretty"));
        QVERIFY2(pushed.ok(), qPrintable(pushed.error().message));
        QCOMPARE(pushed->digest, oci::Digest::sha256Of(pretty));
        QCOMPARE(m_registry.manifest(kRepo, QStringLiteral("pretty")), pretty);
        QVERIFY(repository.tag(pushed.value(), QStringLiteral("again")).ok());
        QCOMPARE(m_registry.manifest(kRepo, QStringLiteral("again")), pretty);
        auto tags = repository.tags();
        QVERIFY(tags.ok());
        QCOMPARE(tags.value(),
                 (QStringList{QStringLiteral("again"), QStringLiteral("pretty"), QStringLiteral("v1")}));
    }

    void deletionDisabledIsUnsupported()
    {
        const Image image = seedImage(kRepo, QStringLiteral("v1"));
        m_registry.setDeletionEnabled(false);
        RemoteRepository repository(client(), kRepo);
        auto status = repository.deleteManifest(image.manifest);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Unsupported);
        QVERIFY2(status.error().message.contains(QLatin1String("delet")), qPrintable(status.error().message));
        m_registry.setDeletionEnabled(true);
        QVERIFY(repository.deleteManifest(image.manifest).ok());
        QVERIFY(m_registry.manifest(kRepo, image.manifest.digest.toString()).isNull());
    }

    // ------------------------------------------------------------------------------------------ referrers

    void referrersApiIsProbedOnceAndPaged()
    {
        const Image image = seedImage(kRepo, QStringLiteral("v1"));
        m_registry.putBlob(kRepo, oci::Descriptor::emptyBytes());
        {
            RemoteRepository pusher(client(), kRepo);
            for (int i = 0; i < 3; ++i) {
                auto pushed = pusher.pushManifest(
                    referrerManifest(image.manifest, QStringLiteral("application/vnd.example.sig"),
                                     QString::number(i)),
                    QString(MediaType::OciManifest), {});
                QVERIFY2(pushed.ok(), qPrintable(pushed.error().message));
            }
            // OCI-Subject in the PUT replies proved the API: no probe and no fallback tag.
            QCOMPARE(m_registry.requestCount("GET", zeroDigestPath()), 0);
            QVERIFY(!m_registry.tags(kRepo).contains(image.manifest.digest.referrersTag()));
        }
        m_registry.setPageCap(1);
        m_registry.clearRequests();
        RemoteRepository repository(client(), kRepo);
        for (int round = 0; round < 2; ++round) {
            auto referrers = repository.referrers(image.manifest.digest);
            QVERIFY2(referrers.ok(), qPrintable(referrers.error().message));
            QCOMPARE(referrers->size(), 3);
            for (const Referrer& r : referrers.value()) {
                QCOMPARE(r.source, ReferrerSource::Api);
                QCOMPARE(r.descriptor.artifactType, QStringLiteral("application/vnd.example.sig"));
                QVERIFY(r.descriptor.annotations.contains(QStringLiteral("note")));
            }
        }
        QCOMPARE(m_registry.requestCount("GET", zeroDigestPath()), 1);
        QCOMPARE(
            m_registry.requestCount("GET", QStringLiteral("/referrers/") + image.manifest.digest.toString()),
            6);
        QVERIFY(repository.supportsReferrersApi().value());
    }

    void referrersFilterByArtifactTypeOnTheServer()
    {
        const Image image = seedImage(kRepo, QStringLiteral("v1"));
        m_registry.putBlob(kRepo, oci::Descriptor::emptyBytes());
        const QString sbom = QStringLiteral("application/vnd.example.sbom+json");
        m_registry.putManifest(kRepo, {}, referrerManifest(image.manifest, sbom, QStringLiteral("a")),
                               QString(MediaType::OciManifest));
        m_registry.putManifest(kRepo, {},
                               referrerManifest(image.manifest, QStringLiteral("application/vnd.example.sig"),
                                                QStringLiteral("b")),
                               QString(MediaType::OciManifest));
        RemoteRepository repository(client(), kRepo);
        auto referrers = repository.referrers(image.manifest.digest, sbom);
        QVERIFY2(referrers.ok(), qPrintable(referrers.error().message));
        QCOMPARE(referrers->size(), 1);
        QCOMPARE(referrers->at(0).descriptor.artifactType, sbom);
        const auto calls =
            matching(m_registry.requests(), "GET", QStringLiteral("/referrers/sha256:[0-9a-f]{4}"));
        const auto filtered = std::find_if(calls.begin(), calls.end(), [](const RecordedRequest& r) {
            return r.query.contains(QLatin1String("artifactType="));
        });
        QVERIFY(filtered != calls.end());
        // '+' must travel as %2B: a Go server reads a bare '+' in a query as a space.
        QVERIFY2(filtered->query.contains(QLatin1String("%2B"), Qt::CaseInsensitive),
                 qPrintable(filtered->query));
    }

    void referrersFilterOnTheClientWhenTheServerDoesNot_data()
    {
        QTest::addColumn<QByteArray>("filtersApplied");
        QTest::addColumn<int>("expected");
        QTest::newRow("no OCI-Filters-Applied: filter here") << QByteArray() << 1;
        QTest::newRow("OCI-Filters-Applied: trust the server") << QByteArray("artifactType") << 2;
    }
    void referrersFilterOnTheClientWhenTheServerDoesNot()
    {
        QFETCH(QByteArray, filtersApplied);
        QFETCH(int, expected);
        // TestRegistry always filters; this registry ignores the filter, like some servers do.
        const oci::Digest subject = oci::Digest::sha256Of("subject");
        const QByteArray index =
            QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"%1\",\"manifests\":[%2,%3]}")
                .arg(QString(MediaType::OciIndex),
                     QStringLiteral(
                         "{\"mediaType\":\"%1\",\"digest\":\"%2\",\"size\":10,\"artifactType\":\"t/a\"}")
                         .arg(QString(MediaType::OciManifest), oci::Digest::sha256Of("a").toString()),
                     QStringLiteral(
                         "{\"mediaType\":\"%1\",\"digest\":\"%2\",\"size\":10,\"artifactType\":\"t/b\"}")
                         .arg(QString(MediaType::OciManifest), oci::Digest::sha256Of("b").toString()))
                .toUtf8();
        lading::test::LoopbackHttpServer server;
        QString why;
        const quint16 port = server.listen(
            QHostAddress(QStringLiteral("127.0.0.1")),
            [&](const lading::test::HttpRequest& request) {
                lading::test::HttpResponse response;
                if (request.path == QLatin1String("/v2/")) {
                    response.body = "{}";
                } else if (request.path.startsWith(QLatin1String("/v2/app/referrers/"))) {
                    response.setHeader("Content-Type", "application/vnd.oci.image.index.v1+json");
                    if (!filtersApplied.isEmpty() && request.hasQueryItem(QStringLiteral("artifactType")))
                        response.setHeader("OCI-Filters-Applied", filtersApplied);
                    response.body = request.path.contains(subject.encoded())
                                        ? index
                                        : QByteArray("{\"schemaVersion\":2,\"manifests\":[]}");
                } else {
                    response.status = 404;
                    response.setHeader("Content-Type", "application/json");
                    response.body =
                        "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}";
                }
                return response;
            },
            0, &why);
        QVERIFY2(port != 0, qPrintable(why));
        auto c = std::make_shared<RegistryClient>(QStringLiteral("127.0.0.1:%1").arg(port), fastOptions());
        RemoteRepository repository(c, QStringLiteral("app"));
        auto all = repository.referrers(subject);
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QCOMPARE(all->size(), 2);
        auto onlyA = repository.referrers(subject, QStringLiteral("t/a"));
        QVERIFY2(onlyA.ok(), qPrintable(onlyA.error().message));
        QCOMPARE(onlyA->size(), expected);
        QCOMPARE(onlyA->at(0).descriptor.artifactType, QStringLiteral("t/a"));
        server.stop();
    }

    void fallbackTagIsMaintainedOnPushAndDelete()
    {
        m_registry.setReferrersApiEnabled(false);
        const Image image = seedImage(kRepo, QStringLiteral("v1"));
        m_registry.putBlob(kRepo, oci::Descriptor::emptyBytes());
        const QString tag = image.manifest.digest.referrersTag();
        QCOMPARE(tag, QStringLiteral("sha256-") + image.manifest.digest.encoded());
        RemoteRepository repository(client(), kRepo);

        const QByteArray a = referrerManifest(image.manifest, QStringLiteral("application/vnd.example.sig"),
                                              QStringLiteral("a"));
        const QByteArray b = referrerManifest(image.manifest, QStringLiteral("application/vnd.example.sbom"),
                                              QStringLiteral("b"));
        auto pushedA = repository.pushManifest(a, QString(MediaType::OciManifest), {});
        QVERIFY2(pushedA.ok(), qPrintable(pushedA.error().message));
        auto fallback = oci::Manifest::parse(m_registry.manifest(kRepo, tag), QString(MediaType::OciIndex));
        QVERIFY2(fallback.ok(), "no referrers index under the fallback tag");
        QCOMPARE(fallback->manifests().size(), 1);
        QCOMPARE(fallback->manifests().at(0).digest, oci::Digest::sha256Of(a));
        QCOMPARE(fallback->manifests().at(0).artifactType, QStringLiteral("application/vnd.example.sig"));
        QCOMPARE(fallback->manifests().at(0).annotations.value(QStringLiteral("note")), QStringLiteral("a"));
        const oci::Digest firstIndex = fallback->digest();

        auto pushedB = repository.pushManifest(b, QString(MediaType::OciManifest), {});
        QVERIFY2(pushedB.ok(), qPrintable(pushedB.error().message));
        // Pushing the same referrer again must not duplicate its entry.
        QVERIFY(repository.pushManifest(a, QString(MediaType::OciManifest), {}).ok());
        fallback = oci::Manifest::parse(m_registry.manifest(kRepo, tag), QString(MediaType::OciIndex));
        QVERIFY(fallback.ok());
        QCOMPARE(fallback->manifests().size(), 2);
        // The superseded index was removed (best effort, like ORAS).
        QVERIFY(m_registry.manifest(kRepo, firstIndex.toString()).isNull());
        // Probed once for the whole session.
        QCOMPARE(m_registry.requestCount("GET", zeroDigestPath()), 1);

        auto referrers = repository.referrers(image.manifest.digest);
        QVERIFY2(referrers.ok(), qPrintable(referrers.error().message));
        QCOMPARE(referrers->size(), 2);
        for (const Referrer& r : referrers.value())
            QCOMPARE(r.source, ReferrerSource::FallbackTag);
        auto sboms =
            repository.referrers(image.manifest.digest, QStringLiteral("application/vnd.example.sbom"));
        QVERIFY(sboms.ok());
        QCOMPARE(sboms->size(), 1);
        QCOMPARE(sboms->at(0).descriptor.digest, oci::Digest::sha256Of(b));

        QVERIFY(repository.deleteManifest(pushedA.value()).ok());
        fallback = oci::Manifest::parse(m_registry.manifest(kRepo, tag), QString(MediaType::OciIndex));
        QVERIFY(fallback.ok());
        QCOMPARE(fallback->manifests().size(), 1);
        QCOMPARE(fallback->manifests().at(0).digest, oci::Digest::sha256Of(b));
        referrers = repository.referrers(image.manifest.digest);
        QVERIFY(referrers.ok());
        QCOMPARE(referrers->size(), 1);
        QCOMPARE(m_registry.requestCount("GET", zeroDigestPath()), 1);
    }

    void cosignSignatureTagIsListed()
    {
        m_registry.setReferrersApiEnabled(false);
        const Image image = seedImage(kRepo, QStringLiteral("v1"));
        const QByteArray payload("{\"critical\":{}}");
        m_registry.putBlob(kRepo, payload);
        const QByteArray signature =
            imageManifest(blobDescriptor("{}", QString(MediaType::OciConfig)),
                          {blobDescriptor(payload, QString(MediaType::CosignSimpleSigning))});
        const QString sigTag = image.manifest.digest.referrersTag() + QStringLiteral(".sig");
        m_registry.putManifest(kRepo, sigTag, signature, QString(MediaType::OciManifest));
        RemoteRepository repository(client(), kRepo);
        auto referrers = repository.referrers(image.manifest.digest);
        QVERIFY2(referrers.ok(), qPrintable(referrers.error().message));
        QCOMPARE(referrers->size(), 1);
        QCOMPARE(referrers->at(0).source, ReferrerSource::CosignTag);
        QCOMPARE(referrers->at(0).descriptor.digest, oci::Digest::sha256Of(signature));
        QCOMPARE(referrers->at(0).descriptor.annotations.value(QString(oci::Annotation::RefName)), sigTag);
    }
};

QTEST_GUILESS_MAIN(TestRemoteRepository)
#include "tst_remoterepository.moc"
