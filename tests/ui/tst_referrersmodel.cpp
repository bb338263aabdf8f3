#include "core/oci/artifactclassifier.h"
#include "core/oci/mediatypes.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testregistry.h"
#include "ui/appcontext.h"
#include "ui/models/itemroles.h"
#include "ui/models/referrersmodel.h"
#include "ui/util/async.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using lading::oci::ArtifactKind;
using lading::oci::Digest;
using lading::store::Location;
using lading::store::ReferrerSource;
using lading::test::RegistryFixture;
using lading::test::runLading;
using lading::test::TestRegistry;
using lading::ui::AppContext;
using lading::ui::ReferrersModel;
namespace ItemRole = lading::ui::ItemRole;

namespace {

constexpr int kTimeout = 30000;

// The window's context, kept alive until the worker tasks that use it are done: a test ends while the
// model's last manifest fetches may still run.
struct Session
{
    ~Session() { lading::ui::workerPool().waitForDone(kTimeout); }
    AppContext context;
};

QJsonObject descriptorJson(const QString& mediaType, const QByteArray& bytes,
                           const QString& artifactType = {})
{
    QJsonObject d{{QStringLiteral("mediaType"), mediaType},
                  {QStringLiteral("digest"), Digest::sha256Of(bytes).toString()},
                  {QStringLiteral("size"), bytes.size()}};
    if (!artifactType.isEmpty())
        d.insert(QStringLiteral("artifactType"), artifactType);
    return d;
}

// An artifact manifest (empty config, one layer), optionally with a subject, stored in the test registry.
struct Pushed
{
    QByteArray bytes;
    Digest digest;
};

Pushed pushArtifact(TestRegistry& registry, const QString& repository, const QString& tag,
                    const QString& artifactType, const QByteArray& layer, const Pushed* subject = nullptr,
                    const QString& created = {})
{
    registry.putBlob(repository, QByteArrayLiteral("{}"));
    registry.putBlob(repository, layer);
    QJsonObject manifest{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QString(lading::oci::MediaType::OciManifest)},
        {QStringLiteral("artifactType"), artifactType},
        {QStringLiteral("config"), descriptorJson(QString(lading::oci::MediaType::Empty), "{}")},
        {QStringLiteral("layers"),
         QJsonArray{descriptorJson(QStringLiteral("application/octet-stream"), layer)}}};
    if (subject)
        manifest.insert(QStringLiteral("subject"),
                        descriptorJson(QString(lading::oci::MediaType::OciManifest), subject->bytes));
    if (!created.isEmpty())
        manifest.insert(QStringLiteral("annotations"),
                        QJsonObject{{QString(lading::oci::Annotation::Created), created}});
    Pushed pushed;
    pushed.bytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    pushed.digest =
        registry.putManifest(repository, tag, pushed.bytes, QString(lading::oci::MediaType::OciManifest));
    return pushed;
}

// The referrers fallback index (what a client writes where there is no referrers API), written by hand so a
// test can also forge one.
void putFallbackIndex(TestRegistry& registry, const QString& repository, const Digest& subject,
                      const QList<std::pair<Pushed, QString>>& entries)
{
    QJsonArray manifests;
    for (const auto& [pushed, artifactType] : entries)
        manifests.append(
            descriptorJson(QString(lading::oci::MediaType::OciManifest), pushed.bytes, artifactType));
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                            {QStringLiteral("mediaType"), QString(lading::oci::MediaType::OciIndex)},
                            {QStringLiteral("manifests"), manifests}};
    registry.putManifest(repository, subject.referrersTag(),
                         QJsonDocument(index).toJson(QJsonDocument::Compact),
                         QString(lading::oci::MediaType::OciIndex));
}

Location parse(const QString& text)
{
    auto location = Location::parse(text);
    if (!location)
        qFatal("bad location %s", qPrintable(text));
    return location.value();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestReferrersModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // docker-registry has no referrers API: the CLI keeps the fallback tag, and cosign's scheme is a tag too.
    void realRegistryShowsTheNestedGraphWithItsSources()
    {
        QString why;
        auto registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(registry, qPrintable(why));
        QTemporaryDir dir;
        const QString repo = registry->host() + QStringLiteral("/demo/app");

        auto pushed = runLading({QStringLiteral("push"), repo + QStringLiteral(":1.0"),
                                 writeFile(dir, QStringLiteral("hello.txt"), "hello")});
        QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
        const QString subject = pushed.outText();
        auto sbom =
            runLading({QStringLiteral("attach"), repo + QLatin1Char('@') + subject,
                       writeFile(dir, QStringLiteral("sbom.spdx.json"), R"({"spdxVersion":"SPDX-2.3"})") +
                           QStringLiteral(":application/spdx+json"),
                       QStringLiteral("--artifact-type"), QStringLiteral("application/spdx+json")});
        QVERIFY2(sbom.ok(), qPrintable(sbom.describe()));
        auto signature = runLading({QStringLiteral("attach"), repo + QLatin1Char('@') + subject,
                                    writeFile(dir, QStringLiteral("image.jws"), R"({"payload":"image"})") +
                                        QStringLiteral(":application/jose+json"),
                                    QStringLiteral("--artifact-type"),
                                    QStringLiteral("application/vnd.cncf.notary.signature")});
        QVERIFY2(signature.ok(), qPrintable(signature.describe()));
        // The SBOM is signed too: a referrer of a referrer.
        auto sbomSignature = runLading({QStringLiteral("attach"), repo + QLatin1Char('@') + sbom.outText(),
                                        writeFile(dir, QStringLiteral("sbom.jws"), R"({"payload":"sbom"})") +
                                            QStringLiteral(":application/jose+json"),
                                        QStringLiteral("--artifact-type"),
                                        QStringLiteral("application/vnd.cncf.notary.signature")});
        QVERIFY2(sbomSignature.ok(), qPrintable(sbomSignature.describe()));
        const QString cosignTag = Digest::parse(subject)->referrersTag() + QStringLiteral(".sig");
        auto cosign = runLading(
            {QStringLiteral("push"), repo + QLatin1Char(':') + cosignTag,
             writeFile(dir, QStringLiteral("simplesigning.json"), R"({"critical":{}})") +
                 QStringLiteral(":application/vnd.dev.cosign.simplesigning.v1+json"),
             QStringLiteral("--config"),
             writeFile(dir, QStringLiteral("cosign-config.json"), R"({"architecture":"","os":""})") +
                 QStringLiteral(":application/vnd.oci.image.config.v1+json")});
        QVERIFY2(cosign.ok(), qPrintable(cosign.describe()));

        Session session;
        ReferrersModel model(session.context);
        QAbstractItemModelTester tester(&model);
        QSignalSpy counts(&model, &ReferrersModel::countsChanged);
        model.setSubject(parse(repo + QLatin1Char('@') + subject));
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), ReferrersModel::State::Loaded, kTimeout);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.directCount(), 3);

        const QModelIndex sbomRow = model.findChild(sbom.outText());
        const QModelIndex signatureRow = model.findChild(signature.outText());
        const QModelIndex cosignRow = model.findChild(cosign.outText());
        QVERIFY(sbomRow.isValid() && signatureRow.isValid() && cosignRow.isValid());
        QCOMPARE(sbomRow.data(ItemRole::ReferrerSourceRole).toInt(), int(ReferrerSource::FallbackTag));
        QCOMPARE(signatureRow.data(ItemRole::ReferrerSourceRole).toInt(), int(ReferrerSource::FallbackTag));
        QCOMPARE(cosignRow.data(ItemRole::ReferrerSourceRole).toInt(), int(ReferrerSource::CosignTag));
        QCOMPARE(sbomRow.siblingAtColumn(ReferrersModel::SourceColumn).data().toString(),
                 QStringLiteral("Fallback tag"));
        QCOMPARE(cosignRow.siblingAtColumn(ReferrersModel::SourceColumn).data().toString(),
                 QStringLiteral("Cosign tag"));
        QCOMPARE(sbomRow.siblingAtColumn(ReferrersModel::ArtifactTypeColumn).data().toString(),
                 QStringLiteral("application/spdx+json"));
        QCOMPARE(sbomRow.siblingAtColumn(ReferrersModel::DigestColumn).data().toString(),
                 Digest::parse(sbom.outText())->shortForm());

        // Kinds come from each referrer's own manifest, fetched after the rows appear.
        QTRY_COMPARE_WITH_TIMEOUT(sbomRow.data(ItemRole::ArtifactKindRole).toInt(),
                                  int(ArtifactKind::SpdxSbom), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(signatureRow.data(ItemRole::ArtifactKindRole).toInt(),
                                  int(ArtifactKind::NotationSignature), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(cosignRow.data(ItemRole::ArtifactKindRole).toInt(),
                                  int(ArtifactKind::CosignSignature), kTimeout);
        QCOMPARE(cosignRow.siblingAtColumn(ReferrersModel::ArtifactTypeColumn).data().toString(),
                 QStringLiteral("application/vnd.oci.image.config.v1+json"));
        QVERIFY(!sbomRow.data(Qt::DecorationRole).value<QIcon>().isNull());
        QTRY_COMPARE_WITH_TIMEOUT(model.signatureCount(), 2, kTimeout);
        QCOMPARE(model.sbomCount(), 1);
        QCOMPARE(model.attestationCount(), 0);
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().value(0).toInt(), 2);
        QCOMPARE(counts.last().value(1).toInt(), 1);

        // The signature of the SBOM, one level down, found through the SBOM's own fallback tag.
        QVERIFY(model.hasChildren(sbomRow));
        if (model.canFetchMore(sbomRow))
            model.fetchMore(sbomRow);
        QTRY_VERIFY_WITH_TIMEOUT(model.findChild(sbomSignature.outText(), sbomRow).isValid(), kTimeout);
        QCOMPARE(model.rowCount(sbomRow), 1);
        const QModelIndex nested = model.findChild(sbomSignature.outText(), sbomRow);
        QCOMPARE(nested.data(ItemRole::ReferrerSourceRole).toInt(), int(ReferrerSource::FallbackTag));
        QCOMPARE(model.parent(nested), sbomRow);
        QCOMPARE(model.location(nested).toString(), repo + QLatin1Char('@') + sbomSignature.outText());
        QTRY_COMPARE_WITH_TIMEOUT(nested.data(ItemRole::ArtifactKindRole).toInt(),
                                  int(ArtifactKind::NotationSignature), kTimeout);

        // Leaves turn out to be leaves once asked.
        if (model.canFetchMore(signatureRow))
            model.fetchMore(signatureRow);
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasChildren(signatureRow), kTimeout);
        QCOMPARE(model.rowCount(signatureRow), 0);

        // The same graph copied into an OCI layout: every edge now comes from the layout.
        const QString layout = dir.filePath(QStringLiteral("layout"));
        auto copied =
            runLading({QStringLiteral("copy"), QStringLiteral("--referrers"), repo + QStringLiteral(":1.0"),
                       QStringLiteral("oci:") + layout + QStringLiteral(":1.0")});
        QVERIFY2(copied.ok(), qPrintable(copied.describe()));
        model.setSubject(parse(QStringLiteral("oci:") + layout + QLatin1Char('@') + subject));
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), ReferrersModel::State::Loaded, kTimeout);
        QVERIFY(model.rowCount() >= 2);
        const QModelIndex layoutSbom = model.findChild(sbom.outText());
        QVERIFY(layoutSbom.isValid());
        QCOMPARE(layoutSbom.data(ItemRole::ReferrerSourceRole).toInt(), int(ReferrerSource::Layout));
        QCOMPARE(model.location(layoutSbom).toString(),
                 QStringLiteral("oci:") + layout + QLatin1Char('@') + sbom.outText());
    }

    void referrersApiIsNamedAsTheSource()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setReferrersApiEnabled(true);
        const QString repository = QStringLiteral("team/app");
        const Pushed subject = pushArtifact(registry, repository, QStringLiteral("v1"),
                                            QStringLiteral("application/vnd.example.thing"), "subject");
        const Pushed sbom =
            pushArtifact(registry, repository, {}, QStringLiteral("application/vnd.cyclonedx+json"),
                         R"({"bomFormat":"CycloneDX"})", &subject, QStringLiteral("2024-05-06T07:08:09Z"));

        Session session;
        ReferrersModel model(session.context);
        QAbstractItemModelTester tester(&model);
        // A tag: the model resolves it first.
        model.setSubject(parse(registry.host() + QLatin1Char('/') + repository + QStringLiteral(":v1")));
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), ReferrersModel::State::Loaded, kTimeout);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0, 0);
        QCOMPARE(row.data(ItemRole::ReferrerDigestRole).toString(), sbom.digest.toString());
        QCOMPARE(row.data(ItemRole::ReferrerSourceRole).toInt(), int(ReferrerSource::Api));
        QCOMPARE(row.siblingAtColumn(ReferrersModel::SourceColumn).data().toString(),
                 QStringLiteral("Referrers API"));
        QCOMPARE(row.siblingAtColumn(ReferrersModel::ArtifactTypeColumn).data().toString(),
                 QStringLiteral("application/vnd.cyclonedx+json"));
        QCOMPARE(row.siblingAtColumn(ReferrersModel::CreatedColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("2024-05-06T07:08:09Z"));
        QVERIFY(!row.siblingAtColumn(ReferrersModel::CreatedColumn).data().toString().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(row.data(ItemRole::ArtifactKindRole).toInt(),
                                  int(ArtifactKind::CycloneDxSbom), kTimeout);
        QCOMPARE(row.siblingAtColumn(ReferrersModel::KindColumn).data().toString(),
                 (lading::oci::ArtifactClass{ArtifactKind::CycloneDxSbom, {}}.label()));
        QTRY_COMPARE_WITH_TIMEOUT(model.sbomCount(), 1, kTimeout);
        QCOMPARE(model.location(row).toString(),
                 registry.host() + QLatin1Char('/') + repository + QLatin1Char('@') + sbom.digest.toString());
        QVERIFY(registry.requestCount("GET", QStringLiteral("/referrers/") + subject.digest.toString()) >= 1);
    }

    void aCycleIsShownOnceAndNeverExpanded()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setReferrersApiEnabled(false);
        const QString repository = QStringLiteral("loop");
        const Pushed subject = pushArtifact(registry, repository, QStringLiteral("v1"),
                                            QStringLiteral("application/vnd.example.thing"), "subject");
        const Pushed signature =
            pushArtifact(registry, repository, {}, QStringLiteral("application/vnd.cncf.notary.signature"),
                         "sig", &subject);
        putFallbackIndex(registry, repository, subject.digest,
                         {{signature, QStringLiteral("application/vnd.cncf.notary.signature")}});
        // A forged index claiming the subject refers to its own signature.
        putFallbackIndex(registry, repository, signature.digest,
                         {{subject, QStringLiteral("application/vnd.example.thing")}});

        Session session;
        ReferrersModel model(session.context);
        QAbstractItemModelTester tester(&model);
        model.setSubject(parse(registry.host() + QLatin1Char('/') + repository + QLatin1Char('@') +
                               subject.digest.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), ReferrersModel::State::Loaded, kTimeout);
        const QModelIndex signatureRow = model.findChild(signature.digest.toString());
        QVERIFY(signatureRow.isValid());
        if (model.canFetchMore(signatureRow))
            model.fetchMore(signatureRow);
        QTRY_VERIFY_WITH_TIMEOUT(model.findChild(subject.digest.toString(), signatureRow).isValid(),
                                 kTimeout);
        const QModelIndex loop = model.findChild(subject.digest.toString(), signatureRow);
        QVERIFY(loop.data(ItemRole::ReferrerCycleRole).toBool());
        QVERIFY(!model.hasChildren(loop));
        QVERIFY(!model.canFetchMore(loop));
        QVERIFY(loop.data(Qt::ToolTipRole).toString().contains(QLatin1String("not expanded")));
        // Nothing keeps loading behind it.
        QTest::qWait(200);
        QCOMPARE(model.rowCount(loop), 0);
        QCOMPARE(model.loadedReferrerCount(), 2);
    }

    void aFailedLevelShowsAnErrorRowThatRetries()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setReferrersApiEnabled(false);
        const QString repository = QStringLiteral("flaky");
        const Pushed subject = pushArtifact(registry, repository, QStringLiteral("v1"),
                                            QStringLiteral("application/vnd.example.thing"), "subject");
        const Pushed sbom =
            pushArtifact(registry, repository, {}, QStringLiteral("application/spdx+json"), "{}", &subject);
        putFallbackIndex(registry, repository, subject.digest,
                         {{sbom, QStringLiteral("application/spdx+json")}});
        // The SBOM's own fallback tag is refused once (403 is not retried, unlike a 500 on a read).
        registry.addFault(lading::test::Fault::httpStatus(
            403, QStringLiteral("/manifests/") + sbom.digest.referrersTag() + QLatin1Char('$'), 1));

        Session session;
        ReferrersModel model(session.context);
        QAbstractItemModelTester tester(&model);
        model.setSubject(parse(registry.host() + QLatin1Char('/') + repository + QLatin1Char('@') +
                               subject.digest.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), ReferrersModel::State::Loaded, kTimeout);
        const QModelIndex sbomRow = model.findChild(sbom.digest.toString());
        QVERIFY(sbomRow.isValid());
        if (model.canFetchMore(sbomRow))
            model.fetchMore(sbomRow);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(sbomRow) == 1 && model.rowType(model.index(0, 0, sbomRow)) ==
                                                                     ReferrersModel::RowType::Error,
                                 kTimeout);
        const QModelIndex error = model.index(0, 0, sbomRow);
        QVERIFY(!error.data(ItemRole::ReferrerErrorRole).toString().isEmpty());
        QVERIFY(error.data().toString().contains(QLatin1String("Could not load referrers")));
        QVERIFY(model.hasChildren(sbomRow));

        model.retry(error);
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasChildren(sbomRow), kTimeout);
        QCOMPARE(model.rowCount(sbomRow), 0);
    }

    void whileLoadingAChildShowsALoadingRow()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setReferrersApiEnabled(false);
        const QString repository = QStringLiteral("slow");
        const Pushed subject = pushArtifact(registry, repository, QStringLiteral("v1"),
                                            QStringLiteral("application/vnd.example.thing"), "subject");
        const Pushed sbom =
            pushArtifact(registry, repository, {}, QStringLiteral("application/spdx+json"), "{}", &subject);
        putFallbackIndex(registry, repository, subject.digest,
                         {{sbom, QStringLiteral("application/spdx+json")}});
        registry.addFault(lading::test::Fault::delay(
            1500, QStringLiteral("/manifests/") + sbom.digest.referrersTag() + QLatin1Char('$'), 1));

        Session session;
        ReferrersModel model(session.context);
        QAbstractItemModelTester tester(&model);
        model.setSubject(parse(registry.host() + QLatin1Char('/') + repository + QLatin1Char('@') +
                               subject.digest.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), ReferrersModel::State::Loaded, kTimeout);
        const QModelIndex sbomRow = model.findChild(sbom.digest.toString());
        if (model.canFetchMore(sbomRow))
            model.fetchMore(sbomRow);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(sbomRow) == 1 && model.rowType(model.index(0, 0, sbomRow)) ==
                                                                     ReferrersModel::RowType::Loading,
                                 kTimeout);
        QVERIFY(model.index(0, 0, sbomRow).data(ItemRole::ReferrerLoadingRole).toBool());
        QVERIFY(sbomRow.data(ItemRole::ReferrerLoadingRole).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(sbomRow), 0, kTimeout);
        QVERIFY(!sbomRow.data(ItemRole::ReferrerLoadingRole).toBool());
    }

    void aReplyForAnEarlierSubjectIsDropped()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setReferrersApiEnabled(true);
        const QString repository = QStringLiteral("two");
        const Pushed first = pushArtifact(registry, repository, QStringLiteral("first"),
                                          QStringLiteral("application/vnd.example.thing"), "first");
        pushArtifact(registry, repository, {}, QStringLiteral("application/spdx+json"), "sbom-of-first",
                     &first);
        const Pushed second = pushArtifact(registry, repository, QStringLiteral("second"),
                                           QStringLiteral("application/vnd.example.thing"), "second");
        const Pushed secondSignature =
            pushArtifact(registry, repository, {}, QStringLiteral("application/vnd.cncf.notary.signature"),
                         "sig", &second);
        // The first subject's referrers arrive late.
        registry.addFault(
            lading::test::Fault::delay(800, QStringLiteral("/referrers/") + first.digest.toString(), -1));

        Session session;
        ReferrersModel model(session.context);
        QAbstractItemModelTester tester(&model);
        const QString base = registry.host() + QLatin1Char('/') + repository + QLatin1Char('@');
        model.setSubject(parse(base + first.digest.toString()));
        QCOMPARE(model.state(), ReferrersModel::State::Loading);
        model.setSubject(parse(base + second.digest.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), ReferrersModel::State::Loaded, kTimeout);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ItemRole::ReferrerDigestRole).toString(),
                 secondSignature.digest.toString());
        // Long enough for the first reply to come back and be ignored.
        QTRY_VERIFY_WITH_TIMEOUT(
            registry.requestCount("GET", QStringLiteral("/referrers/") + first.digest.toString()) >= 1,
            kTimeout);
        QTest::qWait(1200);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ItemRole::ReferrerDigestRole).toString(),
                 secondSignature.digest.toString());
    }

    void aFailedFirstLevelReportsTheRegistrysMessage()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setReferrersApiEnabled(false);
        const QString repository = QStringLiteral("broken");
        const Pushed subject = pushArtifact(registry, repository, QStringLiteral("v1"),
                                            QStringLiteral("application/vnd.example.thing"), "subject");
        registry.addFault(lading::test::Fault::httpStatus(
            403, QStringLiteral("/manifests/") + subject.digest.referrersTag() + QLatin1Char('$'), 1));

        Session session;
        ReferrersModel model(session.context);
        QAbstractItemModelTester tester(&model);
        QSignalSpy states(&model, &ReferrersModel::stateChanged);
        model.setSubject(parse(registry.host() + QLatin1Char('/') + repository + QLatin1Char('@') +
                               subject.digest.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), ReferrersModel::State::Failed, kTimeout);
        QVERIFY(!model.error().message.isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.directCount(), 0);

        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), ReferrersModel::State::Loaded, kTimeout);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.sbomCount(), 0);
        QVERIFY(states.size() >= 4);
    }
};

QTEST_MAIN(TestReferrersModel)
#include "tst_referrersmodel.moc"
