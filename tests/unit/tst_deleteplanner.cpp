// DeletePlanner against the in-process TestRegistry (referrers API on and off, deletion refused) and an
// OCI layout: every tag of the digest, orphaned referrers recursively, and deletion deepest first.
#include "core/oci/mediatypes.h"
#include "core/registry/registryclient.h"
#include "core/registry/remoterepository.h"
#include "core/store/layoutstore.h"
#include "core/transfer/deleteplanner.h"
#include "tests/support/testmanifests.h"
#include "tests/support/testregistry.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using lading::Error;
using lading::Result;
using lading::auth::Credential;
using lading::registry::RegistryClient;
using lading::registry::RegistryOptions;
using lading::registry::RemoteRepository;
using lading::store::LayoutStore;
using lading::store::Store;
using lading::store::TransferControl;
using lading::test::TestRegistry;
using lading::transfer::DeletePlan;
using lading::transfer::DeletePlanner;
namespace oci = lading::oci;
namespace MediaType = lading::oci::MediaType;

using lading::test::descriptorJson;

namespace {

const QString kRepo = QStringLiteral("team/app");

RegistryOptions fastOptions()
{
    RegistryOptions options;
    options.maxRetries = 1;
    options.maxRetryDelayMs = 200;
    return options;
}

// An artifact manifest with the empty config and one small layer; `subject` makes it a referrer.
QByteArray artifact(const QString& artifactType, const QByteArray& layerBytes,
                    const oci::Descriptor* subject = nullptr)
{
    const oci::Descriptor layer = oci::Descriptor::forBytes(QStringLiteral("text/plain"), layerBytes);
    QString text = QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"%1\",\"artifactType\":\"%2\","
                                  "\"config\":%3,\"layers\":[%4]")
                       .arg(QString(MediaType::OciManifest), artifactType,
                            descriptorJson(oci::Descriptor::empty()), descriptorJson(layer));
    if (subject)
        text += QStringLiteral(",\"subject\":{\"mediaType\":\"%1\",\"digest\":\"%2\",\"size\":%3}")
                    .arg(subject->mediaType, subject->digest.toString())
                    .arg(subject->size);
    text += QLatin1Char('}');
    return text.toUtf8();
}

// Pushes an artifact's blobs and manifest through `store` (which keeps referrers indexes right).
oci::Descriptor push(Store& store, const QString& artifactType, const QByteArray& layerBytes,
                     const QString& tag, const oci::Descriptor* subject = nullptr)
{
    const oci::Descriptor layer = oci::Descriptor::forBytes(QStringLiteral("text/plain"), layerBytes);
    if (!store.pushBlob(oci::Descriptor::empty(), oci::Descriptor::emptyBytes()).ok() ||
        !store.pushBlob(layer, layerBytes).ok())
        qFatal("cannot push blobs");
    auto pushed =
        store.pushManifest(artifact(artifactType, layerBytes, subject), QString(MediaType::OciManifest), tag);
    if (!pushed)
        qFatal("cannot push manifest: %s", qPrintable(pushed.error().toString()));
    return pushed.value();
}

struct Seeded
{
    oci::Descriptor target;
    oci::Descriptor other;
    oci::Descriptor signature;       // referrer of target
    oci::Descriptor sbom;            // referrer of target
    oci::Descriptor signatureOfSbom; // referrer of sbom: orphaned two levels down
    oci::Descriptor otherSbom;       // referrer of other: never in the plan
};

Seeded seed(Store& store)
{
    Seeded s;
    s.target = push(store, QStringLiteral("application/vnd.example.app"), "target", QStringLiteral("v1"));
    for (const QString& tag : {QStringLiteral("latest"), QStringLiteral("stable"), QStringLiteral("1.0")})
        if (!store.tag(s.target, tag).ok())
            qFatal("cannot tag");
    s.other = push(store, QStringLiteral("application/vnd.example.app"), "other", QStringLiteral("v2"));
    s.signature = push(store, QString(MediaType::NotationSignature), "sig", {}, &s.target);
    s.sbom = push(store, QString(MediaType::SpdxJson), "sbom", {}, &s.target);
    s.signatureOfSbom = push(store, QString(MediaType::NotationSignature), "sig-of-sbom", {}, &s.sbom);
    s.otherSbom = push(store, QString(MediaType::SpdxJson), "other-sbom", {}, &s.other);
    return s;
}

QList<oci::Digest> digests(const QList<lading::store::Referrer>& referrers)
{
    QList<oci::Digest> out;
    for (const auto& r : referrers)
        out.append(r.descriptor.digest);
    return out;
}

void referrersApiRows()
{
    QTest::addColumn<bool>("referrersApi");
    QTest::newRow("referrers API") << true;
    QTest::newRow("fallback tag") << false;
}

} // namespace

class TestDeletePlanner final : public QObject
{
    Q_OBJECT

    TestRegistry m_registry;

    std::unique_ptr<RemoteRepository> repository()
    {
        auto client = std::make_shared<RegistryClient>(
            m_registry.host(), fastOptions(),
            [](const QString&) -> Result<Credential> { return Credential(); });
        return std::make_unique<RemoteRepository>(client, kRepo);
    }

    void checkPlan(const DeletePlan& plan, const Seeded& s)
    {
        QCOMPARE(plan.target.digest, s.target.digest);
        QCOMPARE(plan.tags, (QStringList{QStringLiteral("1.0"), QStringLiteral("latest"),
                                         QStringLiteral("stable"), QStringLiteral("v1")}));
        const QList<oci::Digest> orphans = digests(plan.orphans);
        QCOMPARE(orphans.size(), 3);
        QVERIFY(orphans.contains(s.signature.digest));
        QVERIFY(orphans.contains(s.sbom.digest));
        // Subjects before their referrers: the signature of the SBOM comes after the SBOM.
        QCOMPARE(orphans.last(), s.signatureOfSbom.digest);
        QVERIFY(!orphans.contains(s.otherSbom.digest));
    }

private slots:
    void initTestCase() { QVERIFY2(m_registry.isListening(), qPrintable(m_registry.errorString())); }
    void init() { m_registry.reset(); }

    void planListsEveryTagAndOrphansRecursively_data() { referrersApiRows(); }
    void planListsEveryTagAndOrphansRecursively()
    {
        QFETCH(bool, referrersApi);
        m_registry.setReferrersApiEnabled(referrersApi);
        auto repo = repository();
        const Seeded s = seed(*repo);
        TransferControl control;
        for (int concurrency : {1, 3}) {
            auto plan = DeletePlanner::plan(*repo, QStringLiteral("stable"), concurrency, &control);
            QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
            checkPlan(plan.value(), s);
        }
        // By digest too.
        auto byDigest = DeletePlanner::plan(*repo, s.target.digest.toString());
        QVERIFY2(byDigest.ok(), qPrintable(byDigest.error().toString()));
        checkPlan(byDigest.value(), s);
    }

    void executeWithoutReferrersDeletesOnlyTheTarget()
    {
        auto repo = repository();
        const Seeded s = seed(*repo);
        auto plan = DeletePlanner::plan(*repo, QStringLiteral("v1"));
        QVERIFY(plan.ok());
        const auto executed = DeletePlanner::execute(*repo, plan.value(), false);
        QVERIFY2(executed.ok(), qPrintable(executed.error().toString()));
        QVERIFY(m_registry.manifest(kRepo, s.target.digest.toString()).isNull());
        QVERIFY(!m_registry.manifest(kRepo, s.signature.digest.toString()).isNull());
        QVERIFY(!m_registry.manifest(kRepo, s.signatureOfSbom.digest.toString()).isNull());
        QVERIFY(!m_registry.manifest(kRepo, s.other.digest.toString()).isNull());
        QVERIFY(!m_registry.tags(kRepo).contains(QStringLiteral("stable")));
        QVERIFY(m_registry.tags(kRepo).contains(QStringLiteral("v2")));
    }

    void executeWithReferrersDeletesThemDeepestFirst_data() { referrersApiRows(); }
    void executeWithReferrersDeletesThemDeepestFirst()
    {
        QFETCH(bool, referrersApi);
        m_registry.setReferrersApiEnabled(referrersApi);
        auto repo = repository();
        const Seeded s = seed(*repo);
        auto plan = DeletePlanner::plan(*repo, QStringLiteral("v1"));
        QVERIFY(plan.ok());
        m_registry.clearRequests();
        const auto executed = DeletePlanner::execute(*repo, plan.value(), true);
        QVERIFY2(executed.ok(), qPrintable(executed.error().toString()));
        for (const auto& d : {s.target, s.signature, s.sbom, s.signatureOfSbom})
            QVERIFY2(m_registry.manifest(kRepo, d.digest.toString()).isNull(),
                     qPrintable(d.digest.toString()));
        QVERIFY(!m_registry.manifest(kRepo, s.other.digest.toString()).isNull());
        QVERIFY(!m_registry.manifest(kRepo, s.otherSbom.digest.toString()).isNull());
        // The deepest referrer went first and the target last.
        QStringList deletes;
        const QStringList ours{s.target.digest.toString(), s.signature.digest.toString(),
                               s.sbom.digest.toString(), s.signatureOfSbom.digest.toString()};
        for (const auto& r : m_registry.requests()) {
            // Without the referrers API the fallback indexes are replaced too: count only our manifests.
            const QString last = r.path.section(QLatin1Char('/'), -1);
            if (r.method == "DELETE" && ours.contains(last))
                deletes.append(r.path);
        }
        QCOMPARE(deletes.size(), 4);
        QVERIFY2(deletes.first().endsWith(s.signatureOfSbom.digest.toString()),
                 qPrintable(deletes.join(u' ')));
        QVERIFY2(deletes.last().endsWith(s.target.digest.toString()), qPrintable(deletes.join(u' ')));
        // The remaining referrer of the other manifest is still listed for it.
        auto left = repo->referrers(s.other.digest);
        QVERIFY(left.ok());
        QCOMPARE(digests(left.value()), QList<oci::Digest>{s.otherSbom.digest});
    }

    void registryRefusingDeletionIsUnsupported()
    {
        auto repo = repository();
        const Seeded s = seed(*repo);
        m_registry.setDeletionEnabled(false);
        auto plan = DeletePlanner::plan(*repo, QStringLiteral("v1"));
        QVERIFY(plan.ok());
        for (bool withReferrers : {false, true}) {
            const auto executed = DeletePlanner::execute(*repo, plan.value(), withReferrers);
            QVERIFY(!executed.ok());
            QCOMPARE(executed.error().kind, Error::Kind::Unsupported);
            QVERIFY2(executed.error().message.contains(QStringLiteral("delet")),
                     qPrintable(executed.error().message));
        }
        QVERIFY(!m_registry.manifest(kRepo, s.target.digest.toString()).isNull());
        QVERIFY(!m_registry.manifest(kRepo, s.signatureOfSbom.digest.toString()).isNull());
    }

    void unknownReferenceIsNotFound()
    {
        auto repo = repository();
        seed(*repo);
        auto plan = DeletePlanner::plan(*repo, QStringLiteral("nope"));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, Error::Kind::NotFound);
    }

    void cancelledPlanStops()
    {
        auto repo = repository();
        seed(*repo);
        TransferControl control;
        control.cancel();
        auto plan = DeletePlanner::plan(*repo, QStringLiteral("v1"), 2, &control);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, Error::Kind::Cancelled);
    }

    void layoutPlanAndExecute()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto layout = LayoutStore::open(dir.path(), true);
        QVERIFY2(layout.ok(), qPrintable(layout.error().toString()));
        Store& store = *layout.value();
        const Seeded s = seed(store);
        auto plan = DeletePlanner::plan(store, QStringLiteral("latest"));
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        checkPlan(plan.value(), s);
        QVERIFY(DeletePlanner::execute(store, plan.value(), true).ok());
        // A layout keeps blobs until garbage collection; deleted means unlisted from index.json.
        QFile index(dir.filePath(QStringLiteral("index.json")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QByteArray listed = index.readAll();
        for (const auto& d : {s.target, s.signature, s.sbom, s.signatureOfSbom})
            QVERIFY2(!listed.contains(d.digest.toString().toLatin1()), listed.constData());
        QVERIFY(listed.contains(s.otherSbom.digest.toString().toLatin1()));
        QVERIFY(store.resolve(QStringLiteral("v2")).ok());
        auto tags = store.tags();
        QVERIFY(tags.ok());
        QCOMPARE(tags.value(), QStringList{QStringLiteral("v2")});
    }
};

QTEST_GUILESS_MAIN(TestDeletePlanner)
#include "tst_deleteplanner.moc"
