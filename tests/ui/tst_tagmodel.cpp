// TagModel: a repository's tags page by page from the in-process test registry (which honours `n` and can
// cap pages) and from Debian's docker-registry (which ignores `n` and answers everything at once), always
// under QAbstractItemModelTester while pages arrive; stale replies dropped when the repository changes;
// signature and referrer tags classified; failures reported and retried; an OCI layout's tags.
#include "core/registry/registryclient.h"
#include "tests/support/memorystore.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testregistry.h"
#include "ui/models/itemroles.h"
#include "ui/models/listfilterproxy.h"
#include "ui/models/tagmodel.h"
#include "ui/util/async.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using lading::registry::RegistryClient;
using lading::registry::RegistryOptions;
using lading::test::Fault;
using lading::test::RegistryFixture;
using lading::test::TestRegistry;
using lading::ui::ListFilterProxy;
using lading::ui::PagedListModel;
using lading::ui::TagModel;
namespace ItemRole = lading::ui::ItemRole;

namespace {

const QString kManifestType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");

std::shared_ptr<RegistryClient> clientFor(const QString& host)
{
    return std::make_shared<RegistryClient>(host, RegistryOptions());
}

QString hexOf(char c)
{
    return QString(64, QLatin1Char(c));
}

QStringList names(const TagModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(ItemRole::NameRole).toString());
    return out;
}

// Lets every worker job finish and delivers its result: afterwards, a dropped reply has had its chance.
void settleWorkers()
{
    QVERIFY(lading::ui::workerPool().waitForDone(30'000));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestTagModel : public QObject
{
    Q_OBJECT

private slots:
    void classifiesSignatureAndReferrerTags_data();
    void classifiesSignatureAndReferrerTags();
    void pagesArriveUnderTheModelTester();
    void fetchMoreAppendsOneSliceAtATime();
    void realRegistryAnswersEveryTagInOnePage();
    void staleRepliesAreDroppedWhenTheRepositoryChanges();
    void failureIsReportedAndReloadRecovers();
    void missingRepositoryFails();
    void layoutTagsArriveAsOnePage();
    void filterProxyOverArrivingPages();
};

void TestTagModel::classifiesSignatureAndReferrerTags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("subject");
    const QString hex = hexOf('a');
    QTest::newRow("plain") << QStringLiteral("1.0") << int(TagModel::Kind::Tag) << QString();
    QTest::newRow("latest") << QStringLiteral("latest") << int(TagModel::Kind::Tag) << QString();
    QTest::newRow("referrers index") << QStringLiteral("sha256-") + hex << int(TagModel::Kind::ReferrersIndex)
                                     << QStringLiteral("sha256:") + hex;
    QTest::newRow("cosign signature")
        << QStringLiteral("sha256-") + hex + QStringLiteral(".sig") << int(TagModel::Kind::CosignSignature)
        << QStringLiteral("sha256:") + hex;
    QTest::newRow("cosign attestation")
        << QStringLiteral("sha256-") + hex + QStringLiteral(".att") << int(TagModel::Kind::CosignAttestation)
        << QStringLiteral("sha256:") + hex;
    QTest::newRow("cosign sbom") << QStringLiteral("sha256-") + hex + QStringLiteral(".sbom")
                                 << int(TagModel::Kind::CosignSbom) << QStringLiteral("sha256:") + hex;
    QTest::newRow("sha512 truncated")
        << QStringLiteral("sha512-") + hex << int(TagModel::Kind::ReferrersIndex)
        << QStringLiteral("sha512:") + hex;
    QTest::newRow("short hex") << QStringLiteral("sha256-abcdef") << int(TagModel::Kind::Tag) << QString();
    QTest::newRow("upper-case hex") << QStringLiteral("sha256-") + hexOf('A') << int(TagModel::Kind::Tag)
                                    << QString();
    QTest::newRow("hex too long") << QStringLiteral("sha256-") + hex + QStringLiteral("0")
                                  << int(TagModel::Kind::Tag) << QString();
    QTest::newRow("other suffix") << QStringLiteral("sha256-") + hex + QStringLiteral(".txt")
                                  << int(TagModel::Kind::Tag) << QString();
    QTest::newRow("other algorithm") << QStringLiteral("md5-") + hex << int(TagModel::Kind::Tag) << QString();
}

void TestTagModel::classifiesSignatureAndReferrerTags()
{
    QFETCH(QString, tag);
    QFETCH(int, kind);
    QFETCH(QString, subject);
    QCOMPARE(int(TagModel::classify(tag)), kind);
    QCOMPARE(TagModel::subjectDigest(tag), subject);
}

void TestTagModel::pagesArriveUnderTheModelTester()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.setPageCap(7);
    registry.seedTags(QStringLiteral("team/app"), 250);
    const QByteArray manifest = registry.manifest(QStringLiteral("team/app"), QStringLiteral("tag-000000"));
    const QString signature = QStringLiteral("sha256-") + hexOf('b') + QStringLiteral(".sig");
    const QString referrers = QStringLiteral("sha256-") + hexOf('c');
    registry.putManifest(QStringLiteral("team/app"), signature, manifest, kManifestType);
    registry.putManifest(QStringLiteral("team/app"), referrers, manifest, kManifestType);

    TagModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSliceSize(3); // several slices per page: inserts while a page is still being shown
    QSignalSpy pages(&model, &PagedListModel::pageArrived);
    model.showRegistryRepository(clientFor(registry.host()), QStringLiteral("team/app"), 50);
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Loading);
    QTRY_COMPARE(model.rowCount(), 3);
    model.fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 30'000);
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Loaded);
    QCOMPARE(names(model), registry.tags(QStringLiteral("team/app")));
    QCOMPARE(model.rowCount(), 252);
    QVERIFY2(pages.count() >= 36, qPrintable(QString::number(pages.count()))); // 252 tags / 7 per page
    QVERIFY(!model.canFetchMore({}));

    const int signatureRow = model.rowOf(signature);
    QVERIFY(signatureRow >= 0);
    QCOMPARE(model.kindAt(signatureRow), TagModel::Kind::CosignSignature);
    QVERIFY(model.index(signatureRow, 0).data(ItemRole::GroupedRole).toBool());
    QCOMPARE(model.index(signatureRow, 0).data(ItemRole::SubjectDigestRole).toString(),
             QStringLiteral("sha256:") + hexOf('b'));
    QCOMPARE(model.kindAt(model.rowOf(referrers)), TagModel::Kind::ReferrersIndex);
    const QModelIndex plain = model.index(model.rowOf(QStringLiteral("tag-000000")), 0);
    QVERIFY(!plain.data(ItemRole::GroupedRole).toBool());
    QCOMPARE(plain.data(ItemRole::RepositoryRole).toString(), QStringLiteral("team/app"));
}

void TestTagModel::fetchMoreAppendsOneSliceAtATime()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.seedTags(QStringLiteral("app"), 30);
    TagModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSliceSize(4);
    model.showRegistryRepository(clientFor(registry.host()), QStringLiteral("app"), 10);
    QTRY_COMPARE(model.rowCount(), 4); // the first page's first slice
    QCOMPARE(model.bufferedCount(), 6);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({}); // buffered rows: at once, no request
    QCOMPARE(model.rowCount(), 8);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.bufferedCount(), 0);
    QVERIFY(model.canFetchMore({}));
    const int before = registry.requestCount("GET", QStringLiteral("/tags/list"));
    model.fetchMore({}); // the next page
    model.fetchMore({}); // ignored: one request in flight at a time
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Loading);
    QTRY_COMPARE(model.rowCount(), 14);
    QCOMPARE(registry.requestCount("GET", QStringLiteral("/tags/list")), before + 1);
    while (model.canFetchMore({})) {
        const int rows = model.rowCount();
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() > rows || !model.canFetchMore({}));
    }
    QCOMPARE(names(model), registry.tags(QStringLiteral("app")));
}

void TestTagModel::realRegistryAnswersEveryTagInOnePage()
{
    QString why;
    auto fixture = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
    QVERIFY2(fixture, qPrintable(why));
    const QByteArray config =
        "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}";
    auto configDigest = fixture->seedBlob(QStringLiteral("demo/app"), config);
    QVERIFY2(configDigest, qPrintable(configDigest.error().message));
    const QByteArray manifest =
        QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"%1\",\"config\":{\"mediaType\":"
                       "\"application/vnd.oci.image.config.v1+json\",\"digest\":\"%2\",\"size\":%3},"
                       "\"layers\":[]}")
            .arg(kManifestType, configDigest->toString())
            .arg(config.size())
            .toUtf8();
    QStringList expected;
    for (int i = 0; i < 60; ++i)
        expected.append(QStringLiteral("v%1").arg(i, 3, 10, QLatin1Char('0')));
    expected.append(QStringLiteral("sha256-") + hexOf('d') + QStringLiteral(".sig"));
    for (const QString& tag : std::as_const(expected)) {
        auto pushed = fixture->seedManifest(QStringLiteral("demo/app"), tag, manifest, kManifestType);
        QVERIFY2(pushed, qPrintable(pushed.error().message));
    }
    expected.sort();

    TagModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ListFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setSliceSize(16);
    QSignalSpy pages(&model, &PagedListModel::pageArrived);
    // distribution ignores n=10: the whole list comes in the first page, shown a slice at a time.
    model.showRegistryRepository(clientFor(fixture->host()), QStringLiteral("demo/app"), 10);
    QTRY_COMPARE(pages.count(), 1);
    QCOMPARE(pages.at(0).at(0).toInt(), 61);
    QCOMPARE(model.rowCount(), 16);
    int grouped = 0;
    for (int row = 0; row < 16; ++row)
        grouped += model.index(row, 0).data(ItemRole::GroupedRole).toBool() ? 1 : 0;
    QCOMPARE(proxy.rowCount(), 16 - grouped); // sha256-….sig is grouped away
    QVERIFY(model.canFetchMore({}));
    model.fetchAll();
    QTRY_VERIFY(model.isComplete());
    // distribution lists tags in its storage's order, not sorted; the model keeps the registry's order.
    QStringList listed = names(model);
    listed.sort();
    QCOMPARE(listed, expected);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(proxy.rowCount(), 60);
    QCOMPARE(proxy.hiddenGroupedCount(), 1);
}

void TestTagModel::staleRepliesAreDroppedWhenTheRepositoryChanges()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.seedTags(QStringLiteral("slow"), 20, QStringLiteral("old"));
    registry.seedTags(QStringLiteral("fast"), 20, QStringLiteral("new"));
    registry.addFault(Fault::delay(400, QStringLiteral("^/v2/slow/tags/list")));
    auto client = clientFor(registry.host());

    TagModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showRegistryRepository(client, QStringLiteral("slow"));
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Loading);
    model.showRegistryRepository(client, QStringLiteral("fast"));
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.repository(), QStringLiteral("fast"));
    QCOMPARE(model.rowCount(), 20);
    // The slow reply lands after this: it must not touch the list.
    settleWorkers();
    QCOMPARE(registry.requestCount("GET", QStringLiteral("^/v2/slow/tags/list")), 1);
    QCOMPARE(model.rowCount(), 20);
    for (const QString& name : names(model))
        QVERIFY2(name.startsWith(QLatin1String("new-")), qPrintable(name));
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Loaded);
}

void TestTagModel::failureIsReportedAndReloadRecovers()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.setPageCap(5);
    registry.seedTags(QStringLiteral("app"), 12);
    TagModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showRegistryRepository(clientFor(registry.host()), QStringLiteral("app"));
    QTRY_COMPARE(model.rowCount(), 5);
    // The second page fails: the rows stay, the state says why, and the view stops asking for more.
    // 403 (not a status a read is retried on) with the registry's error body.
    registry.addFault(Fault::httpStatus(403, QStringLiteral("/tags/list"), -1));
    model.fetchMore({});
    QTRY_COMPARE(model.loadState(), PagedListModel::LoadState::Failed);
    QVERIFY(!model.error().message.isEmpty());
    QCOMPARE(model.error().httpStatus, 403);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // nothing: a failed list waits for reload()
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Failed);
    QCOMPARE(model.rowCount(), 5);
    registry.clearFaults();
    model.reload();
    model.fetchAll();
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Loaded);
    QCOMPARE(names(model), registry.tags(QStringLiteral("app")));
}

void TestTagModel::missingRepositoryFails()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    TagModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showRegistryRepository(clientFor(registry.host()), QStringLiteral("nothing/here"));
    QTRY_COMPARE(model.loadState(), PagedListModel::LoadState::Failed);
    QCOMPARE(model.error().kind, lading::Error::Kind::NotFound);
    QVERIFY2(!model.error().message.isEmpty(), "the registry's message is shown");
    QCOMPARE(model.rowCount(), 0);
}

void TestTagModel::layoutTagsArriveAsOnePage()
{
    auto store = std::make_shared<lading::test::MemoryStore>();
    const QByteArray config = "{}";
    const auto configDescriptor =
        lading::oci::Descriptor::forBytes(QStringLiteral("application/vnd.oci.image.config.v1+json"), config);
    QVERIFY(store->pushBlob(configDescriptor, config));
    const QByteArray manifest =
        QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"%1\",\"config\":{\"mediaType\":"
                       "\"application/vnd.oci.image.config.v1+json\",\"digest\":\"%2\",\"size\":2},"
                       "\"layers\":[]}")
            .arg(kManifestType, configDescriptor.digest.toString())
            .toUtf8();
    for (const QString& tag :
         {QStringLiteral("1.0"), QStringLiteral("2.0"), QString(QStringLiteral("sha256-") + hexOf('e'))})
        QVERIFY(store->pushManifest(manifest, kManifestType, tag));

    TagModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showStore([store]() -> lading::Result<std::shared_ptr<lading::store::Store>> {
        return std::shared_ptr<lading::store::Store>(store);
    });
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.repository().isEmpty());
    QCOMPARE(model.kindAt(model.rowOf(QStringLiteral("sha256-") + hexOf('e'))),
             TagModel::Kind::ReferrersIndex);

    // A store that cannot be opened is a failure with its message.
    model.showStore([]() -> lading::Result<std::shared_ptr<lading::store::Store>> {
        return lading::Error::make(lading::Error::Kind::Io, QStringLiteral("no such layout"));
    });
    QTRY_COMPARE(model.loadState(), PagedListModel::LoadState::Failed);
    QCOMPARE(model.error().message, QStringLiteral("no such layout"));
}

void TestTagModel::filterProxyOverArrivingPages()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.setPageCap(9);
    registry.seedTags(QStringLiteral("app"), 200);
    TagModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ListFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setSliceSize(4);
    model.showRegistryRepository(clientFor(registry.host()), QStringLiteral("app"));
    QTRY_VERIFY(model.rowCount() > 0);
    // A filter needs the whole list: it has the model fetch every page, matching rows as they come.
    proxy.setFilterText(QStringLiteral("TAG-0001"));
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 30'000);
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(proxy.rowCount(), 100); // tag-000100 … tag-000199
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("tag-000100"));
    QCOMPARE(proxy.index(99, 0).data().toString(), QStringLiteral("tag-000199"));
    // Another repository under the same filter: it is fetched whole and filtered too.
    registry.seedTags(QStringLiteral("other"), 150);
    model.showRegistryRepository(clientFor(registry.host()), QStringLiteral("other"));
    QCOMPARE(proxy.rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 30'000);
    QTRY_COMPARE(proxy.rowCount(), 50); // tag-000100 … tag-000149
    // Without a filter, only what the view asks for is fetched.
    proxy.setFilterText({});
    model.showRegistryRepository(clientFor(registry.host()), QStringLiteral("app"));
    QTRY_COMPARE(model.rowCount(), 4);
    QVERIFY(lading::ui::workerPool().waitForDone(30'000));
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.canFetchMore({}));
}

QTEST_MAIN(TestTagModel)
#include "tst_tagmodel.moc"
