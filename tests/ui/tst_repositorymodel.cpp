// RepositoryModel: a registry's catalog page by page (the test registry with a small page cap, and Debian's
// docker-registry), under QAbstractItemModelTester while pages arrive; a registry without catalog turns
// into typed names; a layout is one pseudo-repository; stale catalog replies are dropped when the source
// changes; a registry that stops answering is reported.
#include "core/registry/registryclient.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testregistry.h"
#include "ui/models/itemroles.h"
#include "ui/models/listfilterproxy.h"
#include "ui/models/repositorymodel.h"
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
using lading::ui::RepositoryModel;
namespace ItemRole = lading::ui::ItemRole;

namespace {

std::shared_ptr<RegistryClient> clientFor(const QString& host)
{
    return std::make_shared<RegistryClient>(host, RegistryOptions());
}

QStringList names(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(ItemRole::NameRole).toString());
    return out;
}

} // namespace

class TestRepositoryModel : public QObject
{
    Q_OBJECT

private slots:
    void catalogPagesArriveUnderTheModelTester();
    void realRegistryCatalog();
    void registryWithoutCatalogTurnsToTypedNames();
    void layoutIsOnePseudoRepository();
    void staleCatalogRepliesAreDropped();
    void stoppedRegistryIsReported();
};

void TestRepositoryModel::catalogPagesArriveUnderTheModelTester()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.setPageCap(4);
    QStringList expected;
    for (int i = 0; i < 37; ++i) {
        const QString name = QStringLiteral("team%1/app").arg(i, 2, 10, QLatin1Char('0'));
        registry.seedTags(name, 1);
        expected.append(name);
    }
    RepositoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ListFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setSliceSize(3);
    QSignalSpy pages(&model, &PagedListModel::pageArrived);
    model.showCatalog(clientFor(registry.host()), 10);
    QCOMPARE(model.mode(), RepositoryModel::Mode::Catalog);
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(proxy.rowCount(), 3);
    QVERIFY(model.canFetchMore({}));
    // Scrolling: the view asks the proxy, the proxy asks the model.
    while (proxy.canFetchMore({})) {
        const int rows = proxy.rowCount();
        proxy.fetchMore({});
        QTRY_VERIFY(proxy.rowCount() > rows || !proxy.canFetchMore({}));
    }
    QCOMPARE(names(model), expected);
    QCOMPARE(names(proxy), expected);
    QCOMPARE(pages.count(), 10); // 37 names, 4 per page (the cap wins over n=10)
    QCOMPARE(model.index(0, 0).data(ItemRole::RepositoryRole).toString(), expected.first());
    QVERIFY(!model.index(0, 0).data(ItemRole::IsLayoutRole).toBool());

    proxy.setFilterText(QStringLiteral("TEAM1"));
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 10);
}

void TestRepositoryModel::realRegistryCatalog()
{
    QString why;
    auto fixture = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
    QVERIFY2(fixture, qPrintable(why));
    const QByteArray config = "{}";
    QStringList expected;
    for (const QString& name : {QStringLiteral("demo/app"), QStringLiteral("charts/demo-chart"),
                                QStringLiteral("wasm/add"), QStringLiteral("files/config-bundle")}) {
        auto digest = fixture->seedBlob(name, config);
        QVERIFY2(digest, qPrintable(digest.error().message));
        const QByteArray manifest =
            QStringLiteral(
                "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                "\"config\":{\"mediaType\":\"application/"
                "vnd.oci.empty.v1+json\",\"digest\":\"%1\",\"size\":2},"
                "\"layers\":[]}")
                .arg(digest->toString())
                .toUtf8();
        auto pushed = fixture->seedManifest(name, QStringLiteral("1.0"), manifest,
                                            QStringLiteral("application/vnd.oci.image.manifest.v1+json"));
        QVERIFY2(pushed, qPrintable(pushed.error().message));
        expected.append(name);
    }
    expected.sort();
    RepositoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSliceSize(2);
    model.showCatalog(clientFor(fixture->host()), 2);
    QTRY_VERIFY(model.rowCount() > 0);
    model.fetchAll();
    QTRY_VERIFY(model.isComplete());
    QStringList listed = names(model);
    listed.sort();
    QCOMPARE(listed, expected);
    QCOMPARE(model.mode(), RepositoryModel::Mode::Catalog);
}

void TestRepositoryModel::registryWithoutCatalogTurnsToTypedNames()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.setCatalogEnabled(false);
    registry.seedTags(QStringLiteral("library/alpine"), 3);
    RepositoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy unavailable(&model, &RepositoryModel::catalogUnavailable);
    model.showCatalog(clientFor(registry.host()));
    QTRY_COMPARE(unavailable.count(), 1);
    QCOMPARE(model.mode(), RepositoryModel::Mode::Typed);
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Loaded);
    QVERIFY(!model.unavailableMessage().isEmpty());
    QVERIFY(unavailable.at(0).at(0).toString().contains(registry.host()));
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.addRepository(QStringLiteral("library/alpine")), 0);
    QCOMPARE(model.addRepository(QStringLiteral("team/tool")), 1);
    QCOMPARE(model.addRepository(QStringLiteral("library/alpine")), 0); // no duplicates
    QCOMPARE(model.rowCount(), 2);

    // Reload asks again (the registry may have gained a catalog) and ends up typed again.
    model.reload();
    QTRY_COMPARE(unavailable.count(), 2);
    QCOMPARE(model.mode(), RepositoryModel::Mode::Typed);

    model.showTyped({QStringLiteral("a/b"), QStringLiteral("c/d")});
    QCOMPARE(names(model), (QStringList{QStringLiteral("a/b"), QStringLiteral("c/d")}));
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Loaded);
}

void TestRepositoryModel::layoutIsOnePseudoRepository()
{
    RepositoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showLayout(QStringLiteral("my-layout"));
    QCOMPARE(model.mode(), RepositoryModel::Mode::Layout);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("my-layout"));
    QVERIFY(model.index(0, 0).data(ItemRole::IsLayoutRole).toBool());
    QVERIFY(model.index(0, 0).data(ItemRole::RepositoryRole).toString().isEmpty());
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.isComplete());
    model.showNothing();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Idle);
}

void TestRepositoryModel::staleCatalogRepliesAreDropped()
{
    TestRegistry slow;
    TestRegistry fast;
    QVERIFY2(slow.isListening() && fast.isListening(), qPrintable(slow.errorString() + fast.errorString()));
    slow.seedTags(QStringLiteral("slow/repo"), 1);
    fast.seedTags(QStringLiteral("fast/repo"), 1);
    slow.addFault(Fault::delay(400, QStringLiteral("^/v2/_catalog")));
    RepositoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showCatalog(clientFor(slow.host()));
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Loading);
    model.showCatalog(clientFor(fast.host()));
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(names(model), QStringList{QStringLiteral("fast/repo")});
    QVERIFY(lading::ui::workerPool().waitForDone(30'000));
    QCoreApplication::processEvents();
    QCOMPARE(slow.requestCount("GET", QStringLiteral("^/v2/_catalog")), 1);
    QCOMPARE(names(model), QStringList{QStringLiteral("fast/repo")});
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Loaded);
}

void TestRepositoryModel::stoppedRegistryIsReported()
{
    QString why;
    auto fixture = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
    QVERIFY2(fixture, qPrintable(why));
    auto client = clientFor(fixture->host());
    RepositoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showCatalog(client);
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.loadState(), PagedListModel::LoadState::Loaded);
    fixture->stop();
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.loadState(), PagedListModel::LoadState::Failed, 30'000);
    QCOMPARE(model.error().kind, lading::Error::Kind::Network);
    QVERIFY2(model.error().message.contains(fixture->host().section(QLatin1Char(':'), 0, 0)) ||
                 !model.error().message.isEmpty(),
             qPrintable(model.error().message));
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(TestRepositoryModel)
#include "tst_repositorymodel.moc"
