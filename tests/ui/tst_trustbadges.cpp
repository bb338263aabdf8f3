// Trust badges, offscreen, with signatures made at test time (tests/support/testsigning) in the in-process
// test registry: the tag list's TrustBadgeRole reaches all four states for four tags (verified, signed but
// not verified, invalid, unsigned), the signature tag itself gets none; the referrers graph's rows reach
// them too (signatures by their own status, an SBOM by the signatures over it); every model under
// QAbstractItemModelTester. The cache checks each manifest once, runs a bounded number of checks, drops old
// wishes first and forgets everything when the trust changes; a signature attached through the window's
// transfer path (PushJob on AppContext::transfers()) turns an unsigned tag's badge into Verified without a
// reload. The trust dialog adds and removes keys and
// roots (files given directly, no file dialog), refuses a bad file with a message, and saves to
// TrustSettings; the main window's menu opens it.
#include "core/inspect/publickey.h"
#include "core/inspect/signatureverifier.h"
#include "core/oci/mediatypes.h"
#include "core/store/location.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testfiles.h"
#include "tests/support/testregistry.h"
#include "tests/support/testsigning.h"
#include "tests/support/uiresources.h"
#include "ui/appcontext.h"
#include "ui/dialogs/trustsettingsdialog.h"
#include "ui/models/itemroles.h"
#include "ui/models/listfilterproxy.h"
#include "ui/models/referrersmodel.h"
#include "ui/models/tagmodel.h"
#include "ui/models/trustbadgecache.h"
#include "ui/transfers/pushjob.h"
#include "ui/transfers/transfermanager.h"
#include "ui/util/async.h"
#include "ui/views/browserpanel.h"
#include "ui/views/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QIcon>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using lading::inspect::TrustBadge;
using lading::inspect::TrustPolicy;
using lading::inspect::TrustSettings;
using lading::oci::Descriptor;
using lading::store::Location;
using lading::test::Fault;
using lading::test::LeafOptions;
using lading::test::SignOptions;
using lading::test::Tamper;
using lading::test::TestCertificate;
using lading::test::TestKey;
using lading::test::TestKeyType;
using lading::test::TestRegistry;
using lading::test::TestSigner;
using lading::test::TestSigning;
using lading::test::TestSigningPki;
using lading::test::writeFileIn;
using lading::ui::AppContext;
using lading::ui::ReferrersModel;
using lading::ui::TagModel;
using lading::ui::TrustBadgeCache;
using lading::ui::TrustSettingsDialog;
namespace ItemRole = lading::ui::ItemRole;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kRepository = QStringLiteral("badges/app");

int rowOf(const TagModel& model, const QString& tag)
{
    return model.rowOf(tag);
}

} // namespace

class TestTrustBadges final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        lading::test::initUiResources();
        QVERIFY(m_work.isValid());
        lading::test::isolateEnvironment(m_work, QStringLiteral("tst_trustbadges"));
        TrustSettings::save({});
        QVERIFY2(m_registry.isListening(), qPrintable(m_registry.errorString()));

        auto key = TestKey::generate(TestKeyType::EcP256);
        QVERIFY2(key, qPrintable(key.error().message));
        m_key = key.value();
        auto pki = TestSigningPki::create(QStringLiteral("Untrusted CA"));
        QVERIFY2(pki, qPrintable(pki.error().message));
        m_pki = std::make_unique<TestSigningPki>(pki.value());
        LeafOptions notary;
        notary.keyType = TestKeyType::Rsa2048;
        notary.commonName = QStringLiteral("Somebody");
        auto leaf = m_pki->issueLeaf(notary);
        QVERIFY2(leaf, qPrintable(leaf.error().message));
        m_leaf = leaf.value();

        // Four tags, one per badge; only the key is trusted.
        m_context = std::make_unique<AppContext>();
        TrustPolicy policy;
        policy.publicKeysPem = {m_key.publicKeyPem};
        m_context->setTrustPolicy(policy);
        auto store = m_context->store(at(QStringLiteral("verified")));
        QVERIFY(store);
        lading::store::Store& s = *store.value();
        auto verified = TestSigning::pushImage(s, QStringLiteral("verified"), "verified");
        auto signedOnly = TestSigning::pushImage(s, QStringLiteral("signed"), "signed");
        auto invalid = TestSigning::pushImage(s, QStringLiteral("invalid"), "invalid");
        auto unsignedImage = TestSigning::pushImage(s, QStringLiteral("unsigned"), "unsigned");
        QVERIFY(verified && signedOnly && invalid && unsignedImage);
        m_verified = verified.value();
        QVERIFY(TestSigning::pushCosignTagSignature(s, *verified, TestSigner::withKey(m_key)));
        QVERIFY(TestSigning::pushNotationSignature(s, *signedOnly, TestSigner::keyless(m_leaf, *m_pki)));
        SignOptions tampered;
        tampered.tamper = Tamper::TamperPayload;
        QVERIFY(TestSigning::pushCosignReferrerSignature(s, *invalid, TestSigner::withKey(m_key), tampered));
    }

    void init()
    {
        // Each test starts with a cache of its own and the key trusted.
        m_context = std::make_unique<AppContext>();
        TrustPolicy policy;
        policy.publicKeysPem = {m_key.publicKeyPem};
        m_context->setTrustPolicy(policy);
    }

    void cleanup()
    {
        m_registry.clearFaults();
        lading::ui::workerPool().waitForDone();
        QCoreApplication::processEvents();
        m_context.reset();
    }

    void cleanupTestCase()
    {
        lading::ui::workerPool().waitForDone();
        m_context.reset();
    }

    void tagListReachesEveryBadge_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("badge");
        QTest::addColumn<QString>("icon");
        QTest::newRow("verified") << "verified" << int(TrustBadge::Verified) << "verified";
        QTest::newRow("signed, not verified") << "signed" << int(TrustBadge::SignedNotVerified) << "signed";
        QTest::newRow("invalid") << "invalid" << int(TrustBadge::Invalid) << "invalid";
        QTest::newRow("unsigned") << "unsigned" << int(TrustBadge::Unsigned) << "unsigned";
    }
    void tagListReachesEveryBadge()
    {
        QFETCH(QString, tag);
        QFETCH(int, badge);
        QFETCH(QString, icon);
        TagModel model;
        model.setTrustBadges(&m_context->trustBadges());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.showRegistryRepository(m_context->registries().client(m_registry.host()), kRepository);
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && model.loadState() == TagModel::LoadState::Loaded,
                                 kTimeoutMs);
        const int row = rowOf(model, tag);
        QVERIFY(row >= 0);
        const QModelIndex index = model.index(row, 0);
        QTRY_COMPARE_WITH_TIMEOUT(index.data(ItemRole::TrustBadgeRole).toInt(), badge, kTimeoutMs);
        QVERIFY(!changed.isEmpty()); // the row said its badge changed
        // The tooltip says the label and why; the decoration is the badge's icon.
        const QString label = lading::inspect::SignatureVerifier::badgeLabel(TrustBadge(badge));
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(label),
                 qPrintable(index.data(Qt::ToolTipRole).toString()));
        const QIcon decoration = index.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!decoration.isNull());
        const QIcon expected(QStringLiteral(":/icons/trust/%1.svg").arg(icon));
        QCOMPARE(decoration.pixmap(16, 16).toImage(), expected.pixmap(16, 16).toImage());
        // Asked again: known, nothing checked again.
        const int started = m_context->trustBadges().startedCount();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(index.data(ItemRole::TrustBadgeRole).toInt(), badge);
        QCoreApplication::processEvents();
        QCOMPARE(m_context->trustBadges().startedCount(), started);
    }

    void signatureTagsGetNoBadge()
    {
        TagModel model;
        model.setTrustBadges(&m_context->trustBadges());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.showRegistryRepository(m_context->registries().client(m_registry.host()), kRepository);
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && model.loadState() == TagModel::LoadState::Loaded,
                                 kTimeoutMs);
        const int row = rowOf(model, m_verified.digest.referrersTag() + QStringLiteral(".sig"));
        QVERIFY(row >= 0);
        const QModelIndex index = model.index(row, 0);
        QVERIFY(index.data(ItemRole::GroupedRole).toBool());
        QVERIFY(!index.data(ItemRole::TrustBadgeRole).isValid());
        QCoreApplication::processEvents();
        QCOMPARE(m_context->trustBadges().queuedCount() + m_context->trustBadges().runningCount(), 0);
        // Without a cache, no badges at all.
        TagModel plain;
        plain.showRegistryRepository(m_context->registries().client(m_registry.host()), kRepository);
        QTRY_VERIFY_WITH_TIMEOUT(plain.isComplete() && plain.rowCount() > 0, kTimeoutMs);
        QVERIFY(!plain.index(rowOf(plain, QStringLiteral("verified")), 0)
                     .data(ItemRole::TrustBadgeRole)
                     .isValid());
    }

    // Changing the trust drops every badge: the verified tag is only signed once its key is no longer
    // trusted.
    void trustChangeRecomputesBadges()
    {
        TagModel model;
        model.setTrustBadges(&m_context->trustBadges());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.showRegistryRepository(m_context->registries().client(m_registry.host()), kRepository);
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && model.rowCount() > 0, kTimeoutMs);
        const QModelIndex index = model.index(rowOf(model, QStringLiteral("verified")), 0);
        QTRY_COMPARE_WITH_TIMEOUT(index.data(ItemRole::TrustBadgeRole).toInt(), int(TrustBadge::Verified),
                                  kTimeoutMs);
        QSignalSpy cleared(&m_context->trustBadges(), &TrustBadgeCache::cleared);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_context->setTrustPolicy({});
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!changed.isEmpty()); // the rows shown are asked to repaint
        QCOMPARE(index.data(ItemRole::TrustBadgeRole).toInt(), -1);
        QTRY_COMPARE_WITH_TIMEOUT(index.data(ItemRole::TrustBadgeRole).toInt(),
                                  int(TrustBadge::SignedNotVerified), kTimeoutMs);
        QVERIFY(TrustSettings::load().isEmpty()); // saved
    }

    // Attaching a signature through the path the window uses (a PushJob with a subject on the context's
    // TransferManager) drops the repository's cached badges: the tag shown turns from Unsigned to Verified
    // with no reload, and the model is not reset (its rows only say their badge changed).
    void attachingASignatureRefreshesTheBadge()
    {
        const QString repository = QStringLiteral("badges/attach");
        auto tagged =
            Location::parse(m_registry.host() + QLatin1Char('/') + repository + QStringLiteral(":attach-me"));
        QVERIFY(tagged);
        auto store = m_context->store(tagged.value());
        QVERIFY(store);
        auto image = TestSigning::pushImage(*store.value(), QStringLiteral("attach-me"), "attach-me");
        QVERIFY(image);

        // The signature's bytes: a sigstore bundle made over the same image in a scratch repository (the
        // image is deterministic), so nothing refers to the image in `repository` yet.
        auto scratchLocation =
            Location::parse(m_registry.host() + QStringLiteral("/badges/scratch:attach-me"));
        QVERIFY(scratchLocation);
        auto scratch = m_context->store(scratchLocation.value());
        QVERIFY(scratch);
        auto scratchImage =
            TestSigning::pushImage(*scratch.value(), QStringLiteral("attach-me"), "attach-me");
        QVERIFY(scratchImage);
        QCOMPARE(scratchImage->digest, image->digest);
        auto bundle = TestSigning::pushSigstoreBundle(*scratch.value(), *image, TestSigner::withKey(m_key),
                                                      lading::test::BundleContent::MessageSignature);
        QVERIFY2(bundle, qPrintable(bundle.error().message));
        auto bundleManifest = scratch.value()->fetchManifest(bundle->digest.toString());
        QVERIFY(bundleManifest);
        QCOMPARE(bundleManifest->layers().size(), 1);
        auto bundleBytes = scratch.value()->fetchBlob(bundleManifest->layers().first());
        QVERIFY(bundleBytes);
        const QString bundleFile =
            writeFileIn(m_work, QStringLiteral("attach.sigstore.json"), bundleBytes.value());

        TagModel model;
        model.setTrustBadges(&m_context->trustBadges());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.showRegistryRepository(m_context->registries().client(m_registry.host()), repository);
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && model.loadState() == TagModel::LoadState::Loaded,
                                 kTimeoutMs);
        const int rows = model.rowCount();
        const QModelIndex index = model.index(rowOf(model, QStringLiteral("attach-me")), 0);
        QVERIFY(index.isValid());
        QTRY_COMPARE_WITH_TIMEOUT(index.data(ItemRole::TrustBadgeRole).toInt(), int(TrustBadge::Unsigned),
                                  kTimeoutMs);

        lading::transfer::PackRequest request;
        request.paths = {bundleFile};
        request.artifactType = QString(lading::oci::MediaType::SigstoreBundle);
        request.layerMediaTypes.insert(bundleFile, QString(lading::oci::MediaType::SigstoreBundle));
        request.manifestAnnotations.insert(QStringLiteral("dev.sigstore.bundle.content"),
                                           QStringLiteral("message-signature"));
        request.subject = image.value();
        // As the window attaches: to the subject by digest, no tag (a tag would move to the signature).
        auto target = Location::parse(m_registry.host() + QLatin1Char('/') + repository + QLatin1Char('@') +
                                      image->digest.toString());
        QVERIFY(target);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy repositoryChanged(m_context.get(), &AppContext::repositoryChanged);
        auto* job = new lading::ui::PushJob(*m_context, request, target.value());
        QSignalSpy finished(job, &lading::ui::TransferJob::finished);
        m_context->transfers().enqueue(job);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QVERIFY2(finished.first().first().toBool(), qPrintable(job->errorMessage()));
        QCOMPARE(repositoryChanged.size(), 1);
        QVERIFY(!changed.isEmpty()); // the row was asked to repaint, nobody called reload
        QTRY_COMPARE_WITH_TIMEOUT(index.data(ItemRole::TrustBadgeRole).toInt(), int(TrustBadge::Verified),
                                  kTimeoutMs);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), rows);
    }

    // A write into one repository leaves the badges of another alone, and a check that was running when the
    // repository was written to is checked again rather than kept (it may have read the store before).
    void forgettingIsPerRepository()
    {
        TrustBadgeCache& cache = m_context->trustBadges();
        cache.setSettleDelay(0);
        const Location verified = at(QStringLiteral("verified"));
        QVERIFY(!cache.badge(verified));
        QTRY_VERIFY_WITH_TIMEOUT(cache.cached(verified), kTimeoutMs);
        QSignalSpy forgotten(&cache, &TrustBadgeCache::forgotten);
        auto other = Location::parse(m_registry.host() + QStringLiteral("/badges/elsewhere:1"));
        QVERIFY(other);
        m_context->notifyRepositoryChanged(other.value());
        QCOMPARE(forgotten.size(), 1);
        QVERIFY(cache.cached(verified));
        m_context->notifyRepositoryChanged(verified);
        QCOMPARE(forgotten.size(), 2);
        QVERIFY(!cache.cached(verified));

        // Forgotten while its check runs: started again, and known in the end.
        m_registry.addFault(Fault::delay(150, QStringLiteral("^/v2/badges/app/manifests/")));
        QVERIFY(!cache.badge(verified));
        QTRY_VERIFY_WITH_TIMEOUT(cache.runningCount() == 1, kTimeoutMs);
        const int started = cache.startedCount();
        m_context->notifyRepositoryChanged(verified);
        QTRY_VERIFY_WITH_TIMEOUT(cache.cached(verified), kTimeoutMs);
        QCOMPARE(cache.startedCount(), started + 1);
        QCOMPARE(cache.cached(verified)->badge, TrustBadge::Verified);
    }

    // A list of many tags asks for many badges: at most maxConcurrent() checks run, at most maxQueued()
    // wait, and the last asked go first; dropped wishes come back when asked again.
    void checksAreBoundedAndLatestFirst()
    {
        m_registry.seedTags(QStringLiteral("badges/many"), 10);
        TrustBadgeCache& cache = m_context->trustBadges();
        cache.setMaxConcurrent(2);
        cache.setMaxQueued(4);
        // Slow manifests, so that the bound shows.
        m_registry.addFault(Fault::delay(150, QStringLiteral("^/v2/badges/many/manifests/")));
        auto base = Location::parse(m_registry.host() + QStringLiteral("/badges/many:tag-000000"));
        QVERIFY(base);
        QList<Location> locations;
        for (int i = 0; i < 10; ++i) {
            Location l = base.value();
            l.reference = l.reference.withTag(QStringLiteral("tag-%1").arg(i, 6, 10, QLatin1Char('0')));
            locations.append(l);
            QVERIFY(!cache.badge(l));
        }
        QCOMPARE(cache.queuedCount(), 4);
        int most = 0;
        QElapsedTimer clock;
        clock.start();
        while ((cache.queuedCount() > 0 || cache.runningCount() > 0) && clock.elapsed() < kTimeoutMs) {
            most = qMax(most, cache.runningCount());
            QTest::qWait(5);
        }
        QCOMPARE(most, 2);
        // The last four asked were checked, the first six dropped.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(bool(cache.cached(locations.at(i))), i >= 6);
        QCOMPARE(cache.cached(locations.at(9))->badge, TrustBadge::Unsigned);
        QVERIFY(!cache.badge(locations.at(0)));
        QTRY_VERIFY_WITH_TIMEOUT(cache.cached(locations.at(0)), kTimeoutMs);
        // Two tags of one manifest (seedTags points every tag at one manifest) share the result by digest.
        QCOMPARE(cache.cached(locations.at(0))->digest, cache.cached(locations.at(9))->digest);
    }

    // The referrers graph: a signature shows its own status against its subject, an SBOM the signatures
    // over it.
    void referrersGraphReachesEveryBadge()
    {
        auto store = m_context->store(at(QStringLiteral("graph")));
        QVERIFY(store);
        lading::store::Store& s = *store.value();
        auto subject = TestSigning::pushImage(s, QStringLiteral("graph"), "graph");
        QVERIFY(subject);
        auto good = TestSigning::pushCosignReferrerSignature(s, *subject, TestSigner::withKey(m_key));
        auto notation = TestSigning::pushNotationSignature(s, *subject, TestSigner::keyless(m_leaf, *m_pki));
        SignOptions tampered;
        tampered.tamper = Tamper::FlipSignature;
        auto bad =
            TestSigning::pushCosignReferrerSignature(s, *subject, TestSigner::withKey(m_key), tampered);
        auto sbom = TestSigning::pushRawSignature(s, *subject, QStringLiteral("application/spdx+json"),
                                                  QStringLiteral("application/spdx+json"),
                                                  QByteArrayLiteral("{\"spdxVersion\":\"SPDX-2.3\"}"));
        auto signedSbom =
            TestSigning::pushRawSignature(s, *subject, QStringLiteral("application/vnd.cyclonedx+json"),
                                          QStringLiteral("application/vnd.cyclonedx+json"),
                                          QByteArrayLiteral("{\"bomFormat\":\"CycloneDX\"}"));
        QVERIFY(good && notation && bad && sbom && signedSbom);
        QVERIFY(TestSigning::pushCosignReferrerSignature(s, *signedSbom, TestSigner::withKey(m_key)));

        ReferrersModel model(*m_context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSubject(at(QStringLiteral("graph")));
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), ReferrersModel::State::Loaded, kTimeoutMs);
        QCOMPARE(model.rowCount(), 5);
        const QList<std::pair<Descriptor, TrustBadge>> expected = {
            {*good, TrustBadge::Verified},       {*notation, TrustBadge::SignedNotVerified},
            {*bad, TrustBadge::Invalid},         {*sbom, TrustBadge::Unsigned},
            {*signedSbom, TrustBadge::Verified},
        };
        for (const auto& [descriptor, badge] : expected) {
            const QModelIndex row = model.findChild(descriptor.digest.toString());
            QVERIFY(row.isValid());
            const QModelIndex trust = row.siblingAtColumn(ReferrersModel::TrustColumn);
            QTRY_COMPARE_WITH_TIMEOUT(trust.data(ItemRole::TrustBadgeRole).toInt(), int(badge), kTimeoutMs);
            QCOMPARE(trust.data().toString(), lading::inspect::SignatureVerifier::badgeLabel(badge));
            QVERIFY(!trust.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(!trust.data(Qt::ToolTipRole).toString().isEmpty());
        }
        // A signature's tooltip says it is its own status.
        const QModelIndex goodTrust =
            model.findChild(good->digest.toString()).siblingAtColumn(ReferrersModel::TrustColumn);
        QVERIFY2(goodTrust.data(Qt::ToolTipRole).toString().contains(QLatin1String("This signature")),
                 qPrintable(goodTrust.data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.headerData(ReferrersModel::TrustColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Trust"));

        // Trust changes: the rows ask again.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_context->setTrustPolicy({});
        QVERIFY(!changed.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(goodTrust.data(ItemRole::TrustBadgeRole).toInt(),
                                  int(TrustBadge::SignedNotVerified), kTimeoutMs);
    }

    // The tag view of the browser shows the badges as the rows' icons.
    void browserTagViewPaintsBadges()
    {
        lading::ui::BrowserPanel panel(*m_context);
        panel.resize(400, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        lading::ui::Source source;
        source.kind = lading::ui::Source::Kind::Registry;
        source.key = m_registry.host();
        panel.setSource(source);
        panel.reveal(at(QStringLiteral("verified")));
        TagModel* model = panel.tagModel();
        QCOMPARE(model->trustBadges(), &m_context->trustBadges());
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("verified")) >= 0, kTimeoutMs);
        // Painting asked for the badges of the rows on screen.
        const QModelIndex index = model->index(model->rowOf(QStringLiteral("verified")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_context->trustBadges().cached(*model->tagLocation(QStringLiteral("verified"))), kTimeoutMs);
        QCOMPARE(index.data(ItemRole::TrustBadgeRole).toInt(), int(TrustBadge::Verified));
    }

    // The trust dialog, driven directly: add a key and a root from files, refuse a bad file, skip
    // duplicates, remove; everything saved in TrustSettings and announced through trustChanged.
    void dialogAddsAndRemovesKeysAndRoots()
    {
        m_context->setTrustPolicy({});
        TrustSettingsDialog dialog(*m_context);
        QSignalSpy trustChanged(m_context.get(), &AppContext::trustChanged);
        QSignalSpy failed(&dialog, &TrustSettingsDialog::failed);
        QCOMPARE(dialog.keyList()->topLevelItemCount(), 0);
        QCOMPARE(dialog.rootList()->topLevelItemCount(), 0);

        dialog.addPublicKeyFile(writeFileIn(m_work, QStringLiteral("cosign.pub"), m_key.publicKeyPem));
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
        QCOMPARE(dialog.keyList()->topLevelItemCount(), 1);
        const QTreeWidgetItem* key = dialog.keyList()->topLevelItem(0);
        QCOMPARE(key->text(TrustSettingsDialog::KeyTypeColumn), QStringLiteral("ECDSA P-256"));
        const auto publicKey = lading::inspect::PublicKey::fromPem(m_key.publicKeyPem);
        QVERIFY(publicKey);
        QCOMPARE(key->text(TrustSettingsDialog::KeyFingerprintColumn), publicKey->fingerprint());
        QCOMPARE(trustChanged.size(), 1);
        QCOMPARE(m_context->trustPolicy().publicKeysPem.size(), 1);
        QCOMPARE(TrustSettings::load().publicKeysPem.size(), 1);

        // The same key again: nothing new.
        dialog.addPublicKeyFile(writeFileIn(m_work, QStringLiteral("again.pub"), m_key.publicKeyPem));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
        QCOMPARE(dialog.keyList()->topLevelItemCount(), 1);
        QVERIFY(dialog.message().contains(QLatin1String("already")));
        QCOMPARE(trustChanged.size(), 1);

        // Not a key, a certificate where a key belongs, a missing file: refused, saying why.
        for (const QString& path : {writeFileIn(m_work, QStringLiteral("junk.pub"), "not a key at all\n"),
                                    writeFileIn(m_work, QStringLiteral("cert.pub"), m_pki->rootPem()),
                                    m_work.filePath(QStringLiteral("missing.pub"))}) {
            failed.clear();
            dialog.addPublicKeyFile(path);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
            QCOMPARE(failed.size(), 1);
            QVERIFY(!dialog.message().isEmpty());
            QCOMPARE(dialog.keyList()->topLevelItemCount(), 1);
        }
        failed.clear();
        dialog.addRootFile(writeFileIn(m_work, QStringLiteral("junk.pem"), m_key.publicKeyPem));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(trustChanged.size(), 1);

        // A root: its subject, validity and fingerprint.
        dialog.addRootFile(writeFileIn(m_work, QStringLiteral("root.pem"), m_pki->rootPem()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
        QCOMPARE(dialog.rootList()->topLevelItemCount(), 1);
        const QTreeWidgetItem* root = dialog.rootList()->topLevelItem(0);
        QVERIFY2(root->text(TrustSettingsDialog::RootSubjectColumn).contains(QLatin1String("Untrusted CA")),
                 qPrintable(root->text(TrustSettingsDialog::RootSubjectColumn)));
        QVERIFY(!root->text(TrustSettingsDialog::RootValidityColumn).isEmpty());
        QCOMPARE(root->text(TrustSettingsDialog::RootFingerprintColumn).size(), 64);
        QCOMPARE(TrustSettings::load().rootCertificatesPem.size(), 1);
        QCOMPARE(trustChanged.size(), 2);

        dialog.removeKey(0);
        QCOMPARE(dialog.keyList()->topLevelItemCount(), 0);
        QVERIFY(TrustSettings::load().publicKeysPem.isEmpty());
        dialog.removeRoot(0);
        QCOMPARE(dialog.rootList()->topLevelItemCount(), 0);
        QVERIFY(TrustSettings::load().isEmpty());
        QCOMPARE(trustChanged.size(), 4);
    }

    void mainWindowMenuOpensTheDialog()
    {
        lading::ui::MainWindow window(*m_context);
        auto* action = window.findChild<QAction*>(QStringLiteral("trustSettingsAction"));
        QVERIFY(action);
        action->trigger();
        auto* dialog = window.findChild<TrustSettingsDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        action->trigger(); // one at a time
        QCOMPARE(window.findChildren<TrustSettingsDialog*>().size(), 1);
        dialog->close();
    }

private:
    Location at(const QString& tag) const
    {
        auto parsed =
            Location::parse(m_registry.host() + QLatin1Char('/') + kRepository + QLatin1Char(':') + tag);
        return parsed ? parsed.value() : Location();
    }

    QTemporaryDir m_work;
    TestRegistry m_registry;
    TestKey m_key;
    std::unique_ptr<TestSigningPki> m_pki;
    TestCertificate m_leaf;
    Descriptor m_verified;
    std::unique_ptr<AppContext> m_context;
};

QTEST_MAIN(TestTrustBadges)
#include "tst_trustbadges.moc"
