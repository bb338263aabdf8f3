// Transfer jobs and the TransferManager against Debian's real docker-registry (push files, pull them back,
// export to a layout folder and a tar, copy with referrers: registry and disk checked byte for byte) and
// the in-process TestRegistry for faults: a cancel in the middle of a throttled transfer leaves no file
// under its final name and no half-written index.json; a dropped connection fails a job whose Resume
// continues from the .part file and completes verified; the concurrency bound holds; the model passes
// QAbstractItemModelTester while jobs progress.
#include "core/oci/digest.h"
#include "core/oci/mediatypes.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testfiles.h"
#include "tests/support/testregistry.h"
#include "ui/appcontext.h"
#include "ui/transfers/copyjob.h"
#include "ui/transfers/pulljob.h"
#include "ui/transfers/pushjob.h"
#include "ui/transfers/saveblobjob.h"
#include "ui/transfers/transferjob.h"
#include "ui/transfers/transfermanager.h"
#include "ui/transfers/transfersmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using lading::oci::Descriptor;
using lading::oci::Digest;
using lading::store::Location;
using lading::test::Fault;
using lading::test::isolateEnvironment;
using lading::test::randomBytes;
using lading::test::readFile;
using lading::test::RegistryFixture;
using lading::test::TestRegistry;
using lading::test::writeFile;
using lading::ui::AppContext;
using lading::ui::CopyJob;
using lading::ui::PullJob;
using lading::ui::PushJob;
using lading::ui::SaveBlobJob;
using lading::ui::TransferJob;
using lading::ui::TransferManager;
using lading::ui::TransfersModel;

namespace {

constexpr int kTimeoutMs = 60000;
const QString kManifestType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");

Location locationOf(const QString& text)
{
    auto parsed = Location::parse(text, true);
    return parsed ? parsed.value() : Location();
}

// A manifest in a small image: config + one layer, seeded straight into the TestRegistry.
Digest seedImage(TestRegistry& registry, const QString& repository, const QString& tag,
                 const QByteArray& layer, Digest* layerDigest = nullptr)
{
    const QByteArray config = "{}";
    const Digest configDigest = registry.putBlob(repository, config);
    const Digest layerD = registry.putBlob(repository, layer);
    if (layerDigest)
        *layerDigest = layerD;
    const QByteArray manifest =
        QStringLiteral(
            R"({"schemaVersion":2,"mediaType":"%1","config":{"mediaType":"application/vnd.oci.empty.v1+json","digest":"%2","size":2},"layers":[{"mediaType":"application/octet-stream","digest":"%3","size":%4,"annotations":{"org.opencontainers.image.title":"data.bin"}}]})")
            .arg(kManifestType, configDigest.toString(), layerD.toString())
            .arg(layer.size())
            .toUtf8();
    return registry.putManifest(repository, tag, manifest, kManifestType);
}

} // namespace

class TestTransferManager final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        isolateEnvironment(m_work, QStringLiteral("tst_transfermanager"));
        QSettings().clear();
        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(m_registry, qPrintable(why));
        QVERIFY2(m_test.isListening(), qPrintable(m_test.errorString()));
        m_context = std::make_unique<AppContext>();
    }

    void init()
    {
        m_test.reset();
        m_context->transfers().clearFinished();
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_registry.reset();
    }

    void pushedFilesArriveAndPullBackByteForByte()
    {
        const QString dir = m_work.filePath(QStringLiteral("push-src"));
        const QByteArray big = randomBytes(3 * 1024 * 1024 + 17, 1);
        const QByteArray small = "hello, lading\n";
        QVERIFY(writeFile(dir + QStringLiteral("/big.bin"), big));
        QVERIFY(writeFile(dir + QStringLiteral("/note.txt"), small));

        lading::transfer::PackRequest request;
        request.paths = {dir + QStringLiteral("/big.bin"), dir + QStringLiteral("/note.txt")};
        request.artifactType = QStringLiteral("application/vnd.example.files");
        auto* push = new PushJob(*m_context, request,
                                 locationOf(m_registry->host() + QStringLiteral("/files/app:v1")));
        QCOMPARE(push->kind(), TransferJob::Kind::Push);
        QVERIFY(runToEnd(push));
        QCOMPARE(push->doneBytes(), push->totalBytes());
        QVERIFY(push->totalBytes() >= big.size() + small.size());
        QVERIFY(!push->blobs().isEmpty());

        // The registry holds exactly the files, by title.
        auto manifest = m_registry->fetchManifest(QStringLiteral("files/app"), QStringLiteral("v1"));
        QVERIFY2(manifest, qPrintable(manifest.error().message));
        QVERIFY(push->resultLocation().contains(Digest::sha256Of(manifest.value()).toString()));
        const QJsonArray layers =
            QJsonDocument::fromJson(manifest.value()).object().value(QStringLiteral("layers")).toArray();
        QCOMPARE(layers.size(), 2);
        for (const auto& value : layers) {
            const QJsonObject layer = value.toObject();
            const QString title = layer[QStringLiteral("annotations")]
                                      .toObject()[QStringLiteral("org.opencontainers.image.title")]
                                      .toString();
            auto digest = Digest::parse(layer[QStringLiteral("digest")].toString());
            QVERIFY(digest);
            auto blob = m_registry->fetchBlob(QStringLiteral("files/app"), digest.value());
            QVERIFY2(blob, qPrintable(blob.error().message));
            QCOMPARE(blob.value(), readFile(dir + QLatin1Char('/') + title));
        }

        // Pulled back, the files equal the files pushed.
        const QString out = m_work.filePath(QStringLiteral("pull-out"));
        auto* pull =
            new PullJob(*m_context, locationOf(m_registry->host() + QStringLiteral("/files/app:v1")), out);
        QVERIFY(runToEnd(pull));
        QCOMPARE(readFile(out + QStringLiteral("/big.bin")), big);
        QCOMPARE(readFile(out + QStringLiteral("/note.txt")), small);
        QCOMPARE(pull->written().size(), 2);
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/big.bin.part")));
    }

    void exportWritesLayoutAndTarByteForByte()
    {
        const QByteArray payload = randomBytes(700 * 1024, 2);
        const QString file = m_work.filePath(QStringLiteral("export-src/payload.bin"));
        QVERIFY(writeFile(file, payload));
        lading::transfer::PackRequest request;
        request.paths = {file};
        QVERIFY(runToEnd(new PushJob(*m_context, request,
                                     locationOf(m_registry->host() + QStringLiteral("/export/app:2.0")))));
        auto manifest = m_registry->fetchManifest(QStringLiteral("export/app"), QStringLiteral("2.0"));
        QVERIFY(manifest);
        const Digest root = Digest::sha256Of(manifest.value());
        const Location source = locationOf(m_registry->host() + QStringLiteral("/export/app:2.0"));

        // A layout folder.
        Location layout;
        layout.kind = Location::Kind::Layout;
        layout.path = m_work.filePath(QStringLiteral("export-layout"));
        auto* toLayout = new CopyJob(*m_context, source, layout);
        QCOMPARE(toLayout->kind(), TransferJob::Kind::Export);
        QVERIFY(runToEnd(toLayout));
        verifyLayout(layout.path, root, manifest.value(), QStringLiteral("export/app"));

        // A tar: extracted by tar, the same content.
        Location archive;
        archive.kind = Location::Kind::Archive;
        archive.path = m_work.filePath(QStringLiteral("export.tar"));
        QVERIFY(runToEnd(new CopyJob(*m_context, source, archive)));
        QVERIFY(QFileInfo::exists(archive.path));
        const QString extracted = m_work.filePath(QStringLiteral("export-tar"));
        QDir().mkpath(extracted);
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("-xf"), archive.path, QStringLiteral("-C"), extracted});
        QVERIFY2(tar.waitForFinished(30000) && tar.exitCode() == 0,
                 "tar (GNU tar) could not extract the export");
        verifyLayout(extracted, root, manifest.value(), QStringLiteral("export/app"));
    }

    void copyBringsReferrersAlong()
    {
        const QString file = m_work.filePath(QStringLiteral("copy-src/app.bin"));
        QVERIFY(writeFile(file, randomBytes(200 * 1024, 3)));
        lading::transfer::PackRequest request;
        request.paths = {file};
        QVERIFY(runToEnd(new PushJob(*m_context, request,
                                     locationOf(m_registry->host() + QStringLiteral("/copy/app:1")))));
        auto subjectBytes = m_registry->fetchManifest(QStringLiteral("copy/app"), QStringLiteral("1"));
        QVERIFY(subjectBytes);

        // An SBOM attached to it.
        const QString sbom = m_work.filePath(QStringLiteral("copy-src/sbom.spdx.json"));
        QVERIFY(writeFile(sbom, R"({"spdxVersion":"SPDX-2.3","name":"app"})"));
        lading::transfer::PackRequest attach;
        attach.paths = {sbom};
        attach.artifactType = QStringLiteral("application/spdx+json");
        Descriptor subject;
        subject.mediaType = kManifestType;
        subject.digest = Digest::sha256Of(subjectBytes.value());
        subject.size = subjectBytes->size();
        attach.subject = subject;
        auto* attachJob = new PushJob(
            *m_context, attach,
            locationOf(m_registry->host() + QStringLiteral("/copy/app@") + subject.digest.toString()));
        QVERIFY(runToEnd(attachJob));
        const QString referrerDigest = attachJob->resultLocation().section(QLatin1Char('@'), -1);
        QVERIFY2(referrerDigest.startsWith(QStringLiteral("sha256:")),
                 qPrintable(attachJob->resultLocation()));
        auto referrerBytes = m_registry->fetchManifest(QStringLiteral("copy/app"), referrerDigest);
        QVERIFY(referrerBytes);

        lading::transfer::CopyOptions options;
        options.includeReferrers = true;
        auto* copy = new CopyJob(*m_context, locationOf(m_registry->host() + QStringLiteral("/copy/app:1")),
                                 locationOf(m_registry->host() + QStringLiteral("/mirror/app:1")), options);
        QCOMPARE(copy->kind(), TransferJob::Kind::Copy);
        QVERIFY(runToEnd(copy));
        auto copied = m_registry->fetchManifest(QStringLiteral("mirror/app"), QStringLiteral("1"));
        QVERIFY(copied);
        QCOMPARE(copied.value(), subjectBytes.value());
        auto copiedReferrer = m_registry->fetchManifest(QStringLiteral("mirror/app"), referrerDigest);
        QVERIFY2(copiedReferrer, qPrintable(copiedReferrer.error().message));
        QCOMPARE(copiedReferrer.value(), referrerBytes.value());
        // docker-registry 2.8 has no referrers API: the fallback tag at the destination lists the SBOM.
        auto fallback =
            m_registry->fetchManifest(QStringLiteral("mirror/app"), subject.digest.referrersTag());
        QVERIFY2(fallback, qPrintable(fallback.error().message));
        QVERIFY(fallback->contains(referrerDigest.toUtf8()));
    }

    void cancelledSaveLeavesNoFileUnderItsName()
    {
        const QByteArray blob = randomBytes(2 * 1024 * 1024, 4);
        Digest layer;
        seedImage(m_test, QStringLiteral("slow/app"), QStringLiteral("1"), blob, &layer);
        m_test.addFault(Fault::throttle(256 * 1024, QStringLiteral("/blobs/")));
        Descriptor descriptor;
        descriptor.mediaType = QStringLiteral("application/octet-stream");
        descriptor.digest = layer;
        descriptor.size = blob.size();
        const QString target = m_work.filePath(QStringLiteral("cancel/data.bin"));
        QDir().mkpath(QFileInfo(target).absolutePath());
        auto* job = new SaveBlobJob(*m_context, locationOf(m_test.host() + QStringLiteral("/slow/app:1")),
                                    descriptor, target);
        m_context->transfers().enqueue(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->doneBytes() > 0, kTimeoutMs);
        QCOMPARE(job->state(), TransferJob::State::Running);
        QVERIFY(job->bytesPerSecond() > 0);
        m_context->transfers().cancel(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), kTimeoutMs);
        QCOMPARE(job->state(), TransferJob::State::Cancelled);
        QVERIFY(!job->errorMessage().isEmpty());
        QVERIFY(job->canResume());
        QVERIFY(!QFileInfo::exists(target));

        // Resumed without the throttle, it completes from the .part file and verifies.
        m_test.clearFaults();
        m_test.clearRequests();
        m_context->transfers().resume(job);
        QVERIFY(waitFor(job));
        QCOMPARE(readFile(target), blob);
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
    }

    void cancelledExportLeavesNoHalfWrittenIndex()
    {
        const QByteArray blob = randomBytes(2 * 1024 * 1024, 5);
        seedImage(m_test, QStringLiteral("slow/export"), QStringLiteral("1"), blob);
        m_test.addFault(Fault::throttle(256 * 1024, QStringLiteral("/blobs/")));
        Location layout;
        layout.kind = Location::Kind::Layout;
        layout.path = m_work.filePath(QStringLiteral("cancel-layout"));
        auto* job =
            new CopyJob(*m_context, locationOf(m_test.host() + QStringLiteral("/slow/export:1")), layout);
        m_context->transfers().enqueue(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->doneBytes() > 0, kTimeoutMs);
        m_context->transfers().cancel(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), kTimeoutMs);
        QCOMPARE(job->state(), TransferJob::State::Cancelled);
        // Either no index.json yet, or a whole one that does not name the unfinished image.
        const QString index = layout.path + QStringLiteral("/index.json");
        if (QFileInfo::exists(index)) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(readFile(index), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(document.object().value(QStringLiteral("manifests")).toArray().isEmpty());
        }
        // No blob under its final name that is not whole and verified.
        QDirIterator blobs(layout.path + QStringLiteral("/blobs"), QDir::Files, QDirIterator::Subdirectories);
        while (blobs.hasNext()) {
            const QString path = blobs.next();
            if (path.endsWith(QStringLiteral(".part")))
                continue;
            QCOMPARE(Digest::sha256Of(readFile(path)).encoded(), QFileInfo(path).fileName());
        }

        m_test.clearFaults();
        m_context->transfers().resume(job);
        QVERIFY(waitFor(job));
        QVERIFY(QFileInfo::exists(index));
    }

    void resumeAfterDroppedConnectionCompletesVerified()
    {
        const QByteArray blob = randomBytes(1536 * 1024, 6);
        Digest layer;
        seedImage(m_test, QStringLiteral("drop/app"), QStringLiteral("1"), blob, &layer);
        // Every GET of the blob drops after 64 KB: the client's own retries run out and the job fails,
        // keeping what arrived in its .part file.
        m_test.addFault(Fault::dropAfter(64 * 1024, QStringLiteral("/blobs/") + layer.toString(), -1));
        const QString out = m_work.filePath(QStringLiteral("drop-out"));
        auto* job = new PullJob(*m_context, locationOf(m_test.host() + QStringLiteral("/drop/app:1")), out);
        m_context->transfers().enqueue(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), kTimeoutMs);
        QCOMPARE(job->state(), TransferJob::State::Failed);
        QVERIFY(!job->errorMessage().isEmpty());
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/data.bin")));

        m_test.clearFaults();
        m_test.clearRequests();
        m_context->transfers().resume(job);
        QVERIFY(waitFor(job));
        QCOMPARE(readFile(out + QStringLiteral("/data.bin")), blob);
        // It continued where it stopped rather than starting over.
        bool ranged = false;
        for (const auto& request : m_test.requests()) {
            if (request.path.contains(layer.toString()) && request.header("Range").startsWith("bytes="))
                ranged = !request.header("Range").startsWith("bytes=0-");
        }
        QVERIFY2(ranged, "the resumed download did not ask for the rest with Range");
    }

    void concurrencyBoundIsRespectedAndModelStaysValid()
    {
        TransferManager manager;
        TransfersModel model(manager);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        manager.setConcurrency(3);
        manager.setConcurrency(2);
        QCOMPARE(QSettings().value(QStringLiteral("transfers/concurrency")).toInt(), 2);
        m_test.addFault(Fault::throttle(512 * 1024, QStringLiteral("/blobs/")));
        QList<TransferJob*> jobs;
        QList<QByteArray> contents;
        int maxRunning = 0;
        for (int i = 0; i < 5; ++i) {
            const QByteArray blob = randomBytes(300 * 1024, 100 + i);
            Digest layer;
            const QString repository = QStringLiteral("many/app%1").arg(i);
            seedImage(m_test, repository, QStringLiteral("1"), blob, &layer);
            Descriptor descriptor;
            descriptor.mediaType = QStringLiteral("application/octet-stream");
            descriptor.digest = layer;
            descriptor.size = blob.size();
            auto* job = new SaveBlobJob(
                *m_context, locationOf(m_test.host() + QLatin1Char('/') + repository + QStringLiteral(":1")),
                descriptor, m_work.filePath(QStringLiteral("many/%1.bin").arg(i)));
            connect(job, &TransferJob::stateChanged, this,
                    [&] { maxRunning = std::max(maxRunning, manager.runningCount()); });
            jobs.append(job);
            contents.append(blob);
        }
        QDir().mkpath(m_work.filePath(QStringLiteral("many")));
        for (TransferJob* job : jobs)
            manager.enqueue(job);
        QCOMPARE(manager.runningCount(), 2);
        QCOMPARE(jobs[4]->state(), TransferJob::State::Queued);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(jobs.begin(), jobs.end(), [](TransferJob* j) { return j->isFinished(); }),
            kTimeoutMs);
        QCOMPARE(maxRunning, 2);
        QCOMPARE(manager.peakRunning(), 2);
        for (int i = 0; i < jobs.size(); ++i) {
            QCOMPARE(jobs[i]->state(), TransferJob::State::Succeeded);
            QCOMPARE(readFile(m_work.filePath(QStringLiteral("many/%1.bin").arg(i))), contents[i]);
        }
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, TransfersModel::ProgressColumn).data(TransfersModel::PercentRole).toInt(),
                 100);
        manager.clearFinished();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(manager.jobs().isEmpty());
    }

    void concurrencyIsPersisted()
    {
        {
            TransferManager manager;
            manager.setConcurrency(5);
        }
        TransferManager again;
        QCOMPARE(again.concurrency(), 5);
        again.setConcurrency(0);
        QCOMPARE(again.concurrency(), 1);
        again.setConcurrency(TransferManager::DefaultConcurrency);
    }

private:
    // Enqueues `job` and waits until it ends; it must succeed.
    bool runToEnd(TransferJob* job)
    {
        m_context->transfers().enqueue(job);
        return waitFor(job);
    }

    bool waitFor(TransferJob* job)
    {
        QElapsedTimer clock;
        clock.start();
        while (!job->isFinished() && clock.elapsed() < kTimeoutMs)
            QTest::qWait(20);
        if (job->state() != TransferJob::State::Succeeded)
            qWarning("%s: %s (%s)", qPrintable(job->title()),
                     qPrintable(TransferJob::stateName(job->state())), qPrintable(job->errorMessage()));
        return job->state() == TransferJob::State::Succeeded;
    }

    // The layout at `path` has index.json naming `root` and holds the manifest and every blob of it,
    // byte for byte as the registry serves them.
    void verifyLayout(const QString& path, const Digest& root, const QByteArray& manifest,
                      const QString& repository)
    {
        QVERIFY(QFileInfo::exists(path + QStringLiteral("/oci-layout")));
        const QJsonObject index =
            QJsonDocument::fromJson(readFile(path + QStringLiteral("/index.json"))).object();
        const QJsonArray manifests = index.value(QStringLiteral("manifests")).toArray();
        QVERIFY(!manifests.isEmpty());
        bool named = false;
        for (const auto& entry : manifests)
            named = named || entry.toObject().value(QStringLiteral("digest")).toString() == root.toString();
        QVERIFY(named);
        const QString blobs = path + QStringLiteral("/blobs/sha256/");
        QCOMPARE(readFile(blobs + root.encoded()), manifest);
        const QJsonObject object = QJsonDocument::fromJson(manifest).object();
        QJsonArray descriptors = object.value(QStringLiteral("layers")).toArray();
        descriptors.append(object.value(QStringLiteral("config")));
        for (const auto& value : descriptors) {
            auto digest = Digest::parse(value.toObject().value(QStringLiteral("digest")).toString());
            QVERIFY(digest);
            auto expected = m_registry->fetchBlob(repository, digest.value());
            QVERIFY(expected);
            QCOMPARE(readFile(blobs + digest->encoded()), expected.value());
        }
    }

    QTemporaryDir m_work;
    std::unique_ptr<RegistryFixture> m_registry;
    TestRegistry m_test;
    std::unique_ptr<AppContext> m_context;
};

QTEST_MAIN(TestTransferManager)
#include "tst_transfermanager.moc"
