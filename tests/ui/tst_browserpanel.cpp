// BrowserPanel driven like a person would, offscreen: a registry's repositories and tags, the filter
// boxes, the signature/referrer group switch, activation by click and Enter, reveal() of a tag further
// down the pages, F5 keeping the selection, a registry without catalog (typed names, remembered), an OCI
// layout, a 401 that asks for a login and reloads after it, inline errors with Retry, a registry that
// stops, and the tag context menu.
#include "core/store/layoutstore.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testregistry.h"
#include "ui/appcontext.h"
#include "ui/models/itemroles.h"
#include "ui/models/listfilterproxy.h"
#include "ui/models/repositorymodel.h"
#include "ui/models/tagmodel.h"
#include "ui/util/repositorymemory.h"
#include "ui/views/browserpanel.h"
#include "ui/widgets/locationmenu.h"
#include "ui/widgets/statestack.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using lading::store::Location;
using lading::test::Fault;
using lading::test::RegistryFixture;
using lading::test::TestRegistry;
using lading::ui::AppContext;
using lading::ui::BrowserPanel;
using lading::ui::Source;
using lading::ui::StateStack;
namespace ItemRole = lading::ui::ItemRole;

namespace {

const QString kManifestType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");

Source registrySource(const QString& host)
{
    Source source;
    source.kind = Source::Kind::Registry;
    source.key = host;
    return source;
}

QString referrerTag(char fill, const QString& suffix = {})
{
    return QStringLiteral("sha256-") + QString(64, QLatin1Char(fill)) + suffix;
}

QStringList shownNames(const QListView* view)
{
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names.append(view->model()->index(row, 0).data(ItemRole::NameRole).toString());
    return names;
}

// The index of `name` in a list view's (proxy) model, or invalid.
QModelIndex rowNamed(const QListView* view, const QString& name)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ItemRole::NameRole).toString() == name)
            return model->index(row, 0);
    }
    return {};
}

struct Panel
{
    AppContext context;
    BrowserPanel panel{context};
    QListView* repositories = panel.findChild<QListView*>(QStringLiteral("repositoryList"));
    QListView* tags = panel.findChild<QListView*>(QStringLiteral("tagList"));
    QLineEdit* repositoryFilter = panel.findChild<QLineEdit*>(QStringLiteral("repositoryFilter"));
    QLineEdit* tagFilter = panel.findChild<QLineEdit*>(QStringLiteral("tagFilter"));
    QLineEdit* repositoryInput = panel.findChild<QLineEdit*>(QStringLiteral("repositoryInput"));
    QWidget* repositoryEntry = panel.findChild<QWidget*>(QStringLiteral("repositoryEntry"));
    QCheckBox* showGrouped = panel.findChild<QCheckBox*>(QStringLiteral("showSignatureTags"));
    QLabel* hiddenLabel = panel.findChild<QLabel*>(QStringLiteral("hiddenTagsLabel"));
    StateStack* repositoryState = panel.findChild<StateStack*>(QStringLiteral("repositoryState"));
    StateStack* tagState = panel.findChild<StateStack*>(QStringLiteral("tagState"));
    QAbstractItemModelTester repositoryTester{panel.repositoryFilterProxy(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester tagTester{panel.tagFilterProxy(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest};

    Panel()
    {
        panel.resize(400, 700);
        panel.show();
    }
    bool complete() const
    {
        return repositories && tags && repositoryFilter && tagFilter && repositoryInput && repositoryEntry &&
               showGrouped && hiddenLabel && repositoryState && tagState;
    }
    void selectRepository(const QString& name)
    {
        const QModelIndex index = rowNamed(repositories, name);
        QVERIFY2(index.isValid(), qPrintable(name));
        repositories->scrollTo(index);
        QTest::mouseClick(repositories->viewport(), Qt::LeftButton, {},
                          repositories->visualRect(index).center());
    }
};

} // namespace

class TestBrowserPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsRepositoriesAndTheirTags();
    void filterBoxesNarrowTheLists();
    void signatureAndReferrerTagsAreGroupedBehindTheSwitch();
    void clickAndEnterActivateATag();
    void revealLoadsPagesUntilTheTagArrives();
    void revealScrollsFarDownALongList();
    void revealSwitchesSource();
    void reloadKeepsTheSelection();
    void registryWithoutCatalogTakesTypedNames();
    void layoutShowsItsTagsDirectly();
    void unauthorizedAsksForLoginAndReloadsAfterIt();
    void failureShowsInlineAndRetryWorks();
    void stoppedRegistryShowsInlineError();
    void contextMenuCopiesTheReference();
};

void TestBrowserPanel::init()
{
    lading::ui::RepositoryMemory::clear();
}

void TestBrowserPanel::listsRepositoriesAndTheirTags()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.seedTags(QStringLiteral("demo/app"), 5, QStringLiteral("v"));
    registry.seedTags(QStringLiteral("wasm/add"), 2, QStringLiteral("w"));
    Panel p;
    QVERIFY(p.complete());
    QSignalSpy activated(&p.panel, &BrowserPanel::locationActivated);
    p.panel.setSource(registrySource(registry.host()));
    QCOMPARE(p.panel.source().key, registry.host());
    QTRY_COMPARE(shownNames(p.repositories),
                 (QStringList{QStringLiteral("demo/app"), QStringLiteral("wasm/add")}));
    QCOMPARE(p.repositoryState->state(), StateStack::State::Content);
    QCOMPARE(p.tagState->state(), StateStack::State::Empty); // "select a repository"
    p.selectRepository(QStringLiteral("wasm/add"));
    QTRY_COMPARE(shownNames(p.tags), (QStringList{QStringLiteral("w-000000"), QStringLiteral("w-000001")}));
    QCOMPARE(p.tagState->state(), StateStack::State::Content);
    QCOMPARE(p.panel.repository(), QStringLiteral("wasm/add"));
    p.selectRepository(QStringLiteral("demo/app"));
    QTRY_COMPARE(p.tags->model()->rowCount(), 5);
    QCOMPARE(activated.count(), 0); // choosing a repository does not navigate
    // Choosing the same source again keeps what was loaded.
    const int catalogRequests = registry.requestCount("GET", QStringLiteral("_catalog"));
    p.panel.setSource(registrySource(registry.host()));
    QCOMPARE(p.tags->model()->rowCount(), 5);
    QCOMPARE(registry.requestCount("GET", QStringLiteral("_catalog")), catalogRequests);
}

void TestBrowserPanel::filterBoxesNarrowTheLists()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.setPageCap(50);
    registry.seedTags(QStringLiteral("team/app"), 400, QStringLiteral("build"));
    registry.seedTags(QStringLiteral("team/tool"), 1);
    registry.seedTags(QStringLiteral("other/thing"), 1);
    Panel p;
    p.panel.setSource(registrySource(registry.host()));
    QTRY_COMPARE(p.repositories->model()->rowCount(), 3);
    QTest::keyClicks(p.repositoryFilter, QStringLiteral("TEAM"));
    QTRY_COMPARE(shownNames(p.repositories),
                 (QStringList{QStringLiteral("team/app"), QStringLiteral("team/tool")}));
    QTest::keyClicks(p.repositoryFilter, QStringLiteral("/zzz"));
    QTRY_COMPARE(p.repositoryState->state(), StateStack::State::Empty);
    p.repositoryFilter->clear();
    QTRY_COMPARE(p.repositories->model()->rowCount(), 3);
    QCOMPARE(p.repositoryState->state(), StateStack::State::Content);

    p.selectRepository(QStringLiteral("team/app"));
    QTRY_VERIFY(p.tags->model()->rowCount() > 0);
    // Only the first pages are loaded; the filter fetches the rest and matches it.
    QTest::keyClicks(p.tagFilter, QStringLiteral("build-00039"));
    QTRY_COMPARE(shownNames(p.tags).size(), 10);
    QCOMPARE(shownNames(p.tags).first(), QStringLiteral("build-000390"));
    QCOMPARE(p.panel.tagModel()->rowCount(), 400);
    QTest::keyClick(p.tagFilter, Qt::Key_Backspace);
    QTRY_COMPARE(shownNames(p.tags).size(), 100);
    QTest::keyClicks(p.tagFilter, QStringLiteral("x"));
    QTRY_COMPARE(p.tagState->state(), StateStack::State::Empty);
    QVERIFY(p.tagState->message().contains(QStringLiteral("build-0003x")));
    // Enter in the filter moves into the list.
    p.tagFilter->clear();
    QTRY_COMPARE(p.tagState->state(), StateStack::State::Content);
    p.tagFilter->setFocus();
    QTest::keyClick(p.tagFilter, Qt::Key_Return);
    QCOMPARE(p.panel.selectedTag(), QStringLiteral("build-000000"));
}

void TestBrowserPanel::signatureAndReferrerTagsAreGroupedBehindTheSwitch()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.seedTags(QStringLiteral("demo/app"), 3, QStringLiteral("v"));
    const QByteArray manifest = registry.manifest(QStringLiteral("demo/app"), QStringLiteral("v-000000"));
    const QStringList special{referrerTag('a'), referrerTag('a', QStringLiteral(".sig")),
                              referrerTag('b', QStringLiteral(".att")),
                              referrerTag('b', QStringLiteral(".sbom"))};
    for (const QString& tag : special)
        registry.putManifest(QStringLiteral("demo/app"), tag, manifest, kManifestType);
    Panel p;
    QVERIFY(!p.showGrouped->isChecked());
    QCOMPARE(p.showGrouped->text(), QStringLiteral("Show signature and referrer tags"));
    p.panel.setSource(registrySource(registry.host()));
    QTRY_COMPARE(p.repositories->model()->rowCount(), 1);
    p.selectRepository(QStringLiteral("demo/app"));
    QTRY_COMPARE(p.panel.tagModel()->rowCount(), 7);
    QCOMPARE(shownNames(p.tags), (QStringList{QStringLiteral("v-000000"), QStringLiteral("v-000001"),
                                              QStringLiteral("v-000002")}));
    QTRY_VERIFY(p.hiddenLabel->text().contains(QLatin1String("4")));

    QTest::mouseClick(p.showGrouped, Qt::LeftButton);
    QVERIFY(p.showGrouped->isChecked());
    // Real tags first, then the group, each in the registry's order.
    QTRY_COMPARE(shownNames(p.tags), QStringList({QStringLiteral("v-000000"), QStringLiteral("v-000001"),
                                                  QStringLiteral("v-000002")}) +
                                         special);
    const QModelIndex signature = rowNamed(p.tags, referrerTag('a', QStringLiteral(".sig")));
    QVERIFY(signature.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("sha256:") + QString(64, QLatin1Char('a'))));
    QVERIFY(p.hiddenLabel->text().contains(QLatin1String("4")));

    QTest::mouseClick(p.showGrouped, Qt::LeftButton);
    QTRY_COMPARE(p.tags->model()->rowCount(), 3);
}

void TestBrowserPanel::clickAndEnterActivateATag()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.seedTags(QStringLiteral("demo/app"), 4, QStringLiteral("v"));
    Panel p;
    QSignalSpy activated(&p.panel, &BrowserPanel::locationActivated);
    p.panel.setSource(registrySource(registry.host()));
    QTRY_COMPARE(p.repositories->model()->rowCount(), 1);
    p.selectRepository(QStringLiteral("demo/app"));
    QTRY_COMPARE(p.tags->model()->rowCount(), 4);

    const QModelIndex second = rowNamed(p.tags, QStringLiteral("v-000001"));
    QTest::mouseClick(p.tags->viewport(), Qt::LeftButton, {}, p.tags->visualRect(second).center());
    QTRY_COMPARE(activated.count(), 1);
    auto location = activated.at(0).at(0).value<Location>();
    QCOMPARE(location.toString(), registry.host() + QStringLiteral("/demo/app:v-000001"));
    QCOMPARE(p.panel.selectedTag(), QStringLiteral("v-000001"));

    // Keyboard: down to the next tag, Enter.
    p.tags->setFocus();
    QTest::keyClick(p.tags, Qt::Key_Down);
    QTest::keyClick(p.tags, Qt::Key_Return);
    QTRY_COMPARE(activated.count(), 2);
    location = activated.at(1).at(0).value<Location>();
    QCOMPARE(location.toString(), registry.host() + QStringLiteral("/demo/app:v-000002"));
    QVERIFY(location.isRegistry());
    QCOMPARE(location.reference.repository(), QStringLiteral("demo/app"));
    QCOMPARE(location.reference.tag(), QStringLiteral("v-000002"));

    // Styles that activate on a single click send clicked and activated for one click (a double click
    // sends activated after clicked): one activation.
    const QModelIndex first = rowNamed(p.tags, QStringLiteral("v-000000"));
    emit p.tags->clicked(first);
    emit p.tags->activated(first);
    QCOMPARE(activated.count(), 3);
    QCOMPARE(activated.at(2).at(0).value<Location>().reference.tag(), QStringLiteral("v-000000"));
}

void TestBrowserPanel::revealLoadsPagesUntilTheTagArrives()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.setPageCap(10);
    for (int i = 0; i < 25; ++i)
        registry.seedTags(QStringLiteral("repo%1/app").arg(i, 2, 10, QLatin1Char('0')), 1);
    registry.seedTags(QStringLiteral("repo23/app"), 300);
    Panel p;
    QSignalSpy activated(&p.panel, &BrowserPanel::locationActivated);
    p.panel.setSource(registrySource(registry.host()));
    QTRY_VERIFY(p.repositories->model()->rowCount() > 0);
    auto location = Location::parse(registry.host() + QStringLiteral("/repo23/app:tag-000287"));
    QVERIFY(location);
    p.panel.reveal(location.value());
    QTRY_COMPARE_WITH_TIMEOUT(p.panel.selectedTag(), QStringLiteral("tag-000287"), 20'000);
    QCOMPARE(p.panel.repository(), QStringLiteral("repo23/app"));
    QCOMPARE(p.repositories->currentIndex().data(ItemRole::NameRole).toString(),
             QStringLiteral("repo23/app"));
    QVERIFY(p.tags->visualRect(p.tags->currentIndex()).intersects(p.tags->viewport()->rect()));
    QCOMPARE(activated.count(), 0); // revealing is not activating

    // A tag hidden by the filter and the group switch is shown to be selected.
    registry.putManifest(QStringLiteral("repo23/app"), referrerTag('f', QStringLiteral(".sig")),
                         registry.manifest(QStringLiteral("repo23/app"), QStringLiteral("tag-000000")),
                         kManifestType);
    p.panel.reload();
    QTRY_COMPARE_WITH_TIMEOUT(p.panel.selectedTag(), QStringLiteral("tag-000287"), 20'000);
    QTest::keyClicks(p.tagFilter, QStringLiteral("tag-0001"));
    auto signature = Location::parse(registry.host() + QStringLiteral("/repo23/app:") +
                                     referrerTag('f', QStringLiteral(".sig")));
    QVERIFY(signature);
    p.panel.reveal(signature.value());
    QTRY_COMPARE_WITH_TIMEOUT(p.panel.selectedTag(), referrerTag('f', QStringLiteral(".sig")), 20'000);
    QVERIFY(p.showGrouped->isChecked());
    QVERIFY(p.tagFilter->text().isEmpty());
}

void TestBrowserPanel::revealScrollsFarDownALongList()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.seedTags(QStringLiteral("big/app"), 20'000);
    Panel p;
    p.panel.setSource(registrySource(registry.host()));
    QTRY_COMPARE(p.repositories->model()->rowCount(), 1);
    auto location = Location::parse(registry.host() + QStringLiteral("/big/app:tag-011500"));
    QVERIFY(location);
    p.panel.reveal(location.value());
    QTRY_COMPARE_WITH_TIMEOUT(p.panel.selectedTag(), QStringLiteral("tag-011500"), 20'000);
    // The list lays out in batches; the row is scrolled into view once it has its place.
    QTRY_VERIFY(p.tags->visualRect(p.tags->currentIndex()).intersects(p.tags->viewport()->rect()));
    // Revealing fetched the pages up to the tag, not every page after it.
    QVERIFY(p.panel.tagModel()->rowCount() < 20'000);
    QVERIFY(p.panel.tagModel()->canFetchMore({}));
}

void TestBrowserPanel::revealSwitchesSource()
{
    TestRegistry first;
    TestRegistry second;
    QVERIFY2(first.isListening() && second.isListening(), "test registries");
    first.seedTags(QStringLiteral("one/app"), 2);
    second.seedTags(QStringLiteral("two/app"), 2);
    Panel p;
    p.panel.setSource(registrySource(first.host()));
    QTRY_COMPARE(p.repositories->model()->rowCount(), 1);
    auto location = Location::parse(second.host() + QStringLiteral("/two/app:tag-000001"));
    QVERIFY(location);
    p.panel.reveal(location.value());
    QCOMPARE(p.panel.source().key, second.host());
    QTRY_COMPARE(p.panel.selectedTag(), QStringLiteral("tag-000001"));
    QCOMPARE(p.panel.repository(), QStringLiteral("two/app"));
}

void TestBrowserPanel::reloadKeepsTheSelection()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.seedTags(QStringLiteral("demo/app"), 6);
    registry.seedTags(QStringLiteral("demo/other"), 1);
    Panel p;
    p.panel.setSource(registrySource(registry.host()));
    QTRY_COMPARE(p.repositories->model()->rowCount(), 2);
    p.selectRepository(QStringLiteral("demo/app"));
    QTRY_COMPARE(p.tags->model()->rowCount(), 6);
    p.tags->setCurrentIndex(rowNamed(p.tags, QStringLiteral("tag-000004")));
    registry.seedTags(QStringLiteral("demo/app"), 8); // two more
    const int tagRequests = registry.requestCount("GET", QStringLiteral("tags/list"));
    p.panel.reload();
    QTRY_COMPARE(p.tags->model()->rowCount(), 8);
    QTRY_COMPARE(p.panel.selectedTag(), QStringLiteral("tag-000004"));
    QCOMPARE(p.panel.repository(), QStringLiteral("demo/app"));
    QCOMPARE(p.repositories->currentIndex().data(ItemRole::NameRole).toString(), QStringLiteral("demo/app"));
    QVERIFY(registry.requestCount("GET", QStringLiteral("tags/list")) > tagRequests);
}

void TestBrowserPanel::registryWithoutCatalogTakesTypedNames()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.setCatalogEnabled(false);
    registry.seedTags(QStringLiteral("library/alpine"), 3);
    {
        Panel p;
        p.panel.setSource(registrySource(registry.host()));
        QTRY_VERIFY(p.repositoryEntry->isVisible());
        QCOMPARE(p.panel.repositoryModel()->mode(), lading::ui::RepositoryModel::Mode::Typed);
        const auto* note = p.panel.findChild<QLabel*>(QStringLiteral("repositoryNote"));
        QVERIFY(note && note->text().contains(registry.host()));
        QTest::keyClicks(p.repositoryInput, QStringLiteral("Not A Name"));
        QTest::keyClick(p.repositoryInput, Qt::Key_Return);
        QVERIFY(note->text().contains(QStringLiteral("Not A Name")));
        p.repositoryInput->clear();
        QTest::keyClicks(p.repositoryInput, QStringLiteral("library/alpine"));
        QTest::keyClick(p.repositoryInput, Qt::Key_Return);
        QTRY_COMPARE(p.tags->model()->rowCount(), 3);
        QCOMPARE(p.panel.repository(), QStringLiteral("library/alpine"));
        QCOMPARE(shownNames(p.repositories), QStringList{QStringLiteral("library/alpine")});
        QCOMPARE(lading::ui::RepositoryMemory::typedRepositories(registry.host()),
                 QStringList{QStringLiteral("library/alpine")});
    }
    // Remembered: the next time the name is there without typing.
    Panel again;
    again.panel.setSource(registrySource(registry.host()));
    QTRY_COMPARE(shownNames(again.repositories), QStringList{QStringLiteral("library/alpine")});
}

void TestBrowserPanel::layoutShowsItsTagsDirectly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("layout"));
    {
        auto store = lading::store::LayoutStore::open(path, true);
        QVERIFY2(store, qPrintable(store.error().message));
        const QByteArray config = "{}";
        const auto configDescriptor =
            lading::oci::Descriptor::forBytes(QStringLiteral("application/vnd.oci.empty.v1+json"), config);
        QVERIFY(store.value()->pushBlob(configDescriptor, config));
        const QByteArray manifest =
            QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"%1\",\"config\":{\"mediaType\":"
                           "\"application/vnd.oci.empty.v1+json\",\"digest\":\"%2\",\"size\":2},"
                           "\"layers\":[]}")
                .arg(kManifestType, configDescriptor.digest.toString())
                .toUtf8();
        for (const QString& tag : {QStringLiteral("1.0"), QStringLiteral("2.0")}) {
            auto pushed = store.value()->pushManifest(manifest, kManifestType, tag);
            QVERIFY2(pushed, qPrintable(pushed.error().message));
        }
    }
    Panel p;
    QSignalSpy activated(&p.panel, &BrowserPanel::locationActivated);
    Source source;
    source.kind = Source::Kind::Layout;
    source.key = path;
    p.panel.setSource(source);
    QVERIFY(!p.panel.findChild<QWidget*>(QStringLiteral("repositoryPane"))->isVisible());
    QTRY_COMPARE(shownNames(p.tags), (QStringList{QStringLiteral("1.0"), QStringLiteral("2.0")}));
    const QModelIndex second = rowNamed(p.tags, QStringLiteral("2.0"));
    QTest::mouseClick(p.tags->viewport(), Qt::LeftButton, {}, p.tags->visualRect(second).center());
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<Location>().toString(),
             QStringLiteral("oci:") + path + QStringLiteral(":2.0"));

    auto location = Location::parse(QStringLiteral("oci:") + path + QStringLiteral(":1.0"));
    QVERIFY(location);
    p.panel.reveal(location.value());
    QTRY_COMPARE(p.panel.selectedTag(), QStringLiteral("1.0"));
}

void TestBrowserPanel::unauthorizedAsksForLoginAndReloadsAfterIt()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.setAuth(TestRegistry::Auth::Basic);
    registry.seedTags(QStringLiteral("private/app"), 2);
    Panel p;
    QSignalSpy login(&p.context, &AppContext::loginRequested);
    p.panel.setSource(registrySource(registry.host()));
    QTRY_COMPARE(login.count(), 1);
    QCOMPARE(login.at(0).at(0).toString(), registry.host());
    QTRY_COMPARE(p.repositoryState->state(), StateStack::State::Error);
    QVERIFY(p.repositoryState->message().contains(registry.host()));

    // The login prompt (someone else's) stores the credential and says so.
    lading::auth::Credential credential;
    credential.username = registry.username();
    credential.secret = registry.password();
    p.context.credentials().setSessionCredential(registry.host(), credential);
    p.context.registries().client(registry.host())->setSessionCredential(credential);
    emit p.context.credentialsChanged(registry.host());
    QTRY_COMPARE(shownNames(p.repositories), QStringList{QStringLiteral("private/app")});
    QCOMPARE(p.repositoryState->state(), StateStack::State::Content);
    QCOMPARE(login.count(), 1);
}

void TestBrowserPanel::failureShowsInlineAndRetryWorks()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.seedTags(QStringLiteral("demo/app"), 3);
    Panel p;
    p.panel.setSource(registrySource(registry.host()));
    QTRY_COMPARE(p.repositories->model()->rowCount(), 1);
    registry.addFault(Fault::httpStatus(403, QStringLiteral("tags/list"), -1));
    p.selectRepository(QStringLiteral("demo/app"));
    QTRY_COMPARE(p.tagState->state(), StateStack::State::Error);
    const auto* message = p.tagState->findChild<QLabel*>(QStringLiteral("errorMessage"));
    QVERIFY(message && !message->text().isEmpty());
    auto* retry = p.tagState->findChild<QPushButton*>(QStringLiteral("retryButton"));
    QVERIFY(retry && retry->isVisible());
    // The rest of the panel works meanwhile.
    QCOMPARE(p.repositoryState->state(), StateStack::State::Content);
    registry.clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(p.tags->model()->rowCount(), 3);
    QCOMPARE(p.tagState->state(), StateStack::State::Content);
}

void TestBrowserPanel::stoppedRegistryShowsInlineError()
{
    QString why;
    auto fixture = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
    QVERIFY2(fixture, qPrintable(why));
    auto digest = fixture->seedBlob(QStringLiteral("demo/app"), "{}");
    QVERIFY2(digest, qPrintable(digest.error().message));
    const QByteArray manifest =
        QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"%1\",\"config\":{\"mediaType\":"
                       "\"application/vnd.oci.empty.v1+json\",\"digest\":\"%2\",\"size\":2},"
                       "\"layers\":[]}")
            .arg(kManifestType, digest->toString())
            .toUtf8();
    QVERIFY(
        fixture->seedManifest(QStringLiteral("demo/app"), QStringLiteral("1.0"), manifest, kManifestType));
    Panel p;
    p.panel.setSource(registrySource(fixture->host()));
    QTRY_COMPARE(shownNames(p.repositories), QStringList{QStringLiteral("demo/app")});
    p.selectRepository(QStringLiteral("demo/app"));
    QTRY_COMPARE(shownNames(p.tags), QStringList{QStringLiteral("1.0")});
    fixture->stop();
    p.panel.reload(); // F5
    QTRY_COMPARE_WITH_TIMEOUT(p.repositoryState->state(), StateStack::State::Error, 30'000);
    QVERIFY(!p.repositoryState->message().isEmpty());
    QVERIFY(p.repositoryState->findChild<QPushButton*>(QStringLiteral("retryButton"))->isVisible());
}

void TestBrowserPanel::contextMenuCopiesTheReference()
{
    TestRegistry registry;
    QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
    registry.seedTags(QStringLiteral("demo/app"), 2);
    Panel p;
    p.panel.setSource(registrySource(registry.host()));
    QTRY_COMPARE(p.repositories->model()->rowCount(), 1);
    p.selectRepository(QStringLiteral("demo/app"));
    QTRY_COMPARE(p.tags->model()->rowCount(), 2);
    const QModelIndex second = rowNamed(p.tags, QStringLiteral("tag-000001"));
    emit p.tags->customContextMenuRequested(p.tags->visualRect(second).center());
    auto* menu = p.panel.findChild<lading::ui::LocationMenu*>();
    QVERIFY(menu);
    QCOMPARE(menu->target().location.toString(), registry.host() + QStringLiteral("/demo/app:tag-000001"));
    menu->copyReferenceAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), registry.host() + QStringLiteral("/demo/app:tag-000001"));
    // Copy digest resolves off the GUI thread, then copies.
    QSignalSpy copied(menu, &lading::ui::LocationMenu::copied);
    menu->copyDigestAction()->trigger();
    QTRY_COMPARE(copied.count(), 1);
    QVERIFY2(copied.at(0).at(0).toString().startsWith(QLatin1String("sha256:")),
             qPrintable(copied.at(0).at(0).toString()));
    menu->close();
}

QTEST_MAIN(TestBrowserPanel)
#include "tst_browserpanel.moc"
