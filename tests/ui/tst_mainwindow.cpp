// The whole window offscreen, driven the way a person drives it: against Debian's real registry seeded by
// scripts/seed-demo.sh (Lading's own push), a TLS registry with Basic auth and a private CA, and an OCI
// layout made with the CLI. Opening a source from the address bar and from the sidebar, the filter boxes,
// selecting a tag, following a digest link in the JSON tab, Back/Forward (Alt+Left/Right), Ctrl+L, F5
// keeping the selection, opening the SBOM from the Referrers tab, logging in on a 401 (one dialog), inline
// errors with Retry when the registry stops while the rest of the window works, the window title, and
// the window's state saved and restored between two windows.
#include "core/oci/digest.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/uiresources.h"
#include "ui/appcontext.h"
#include "ui/dialogs/logindialog.h"
#include "ui/models/itemroles.h"
#include "ui/models/listfilterproxy.h"
#include "ui/models/referrersmodel.h"
#include "ui/models/sourcesmodel.h"
#include "ui/models/tagmodel.h"
#include "ui/util/async.h"
#include "ui/views/browserpanel.h"
#include "ui/views/detailspanel.h"
#include "ui/views/jsonview.h"
#include "ui/views/mainwindow.h"
#include "ui/views/referrersview.h"
#include "ui/views/sourcespanel.h"
#include "ui/widgets/statestack.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using lading::oci::Digest;
using lading::store::Location;
using lading::test::initUiResources;
using lading::test::isolateEnvironment;
using lading::test::RegistryFixture;
using lading::test::runLading;
using lading::test::seedDemo;
using lading::test::seedTinyImage;
using lading::ui::AppContext;
using lading::ui::BrowserPanel;
using lading::ui::DetailsPanel;
using lading::ui::LoginDialog;
using lading::ui::MainWindow;
using lading::ui::ReferrersModel;
using lading::ui::Source;
using lading::ui::StateStack;
namespace ItemRole = lading::ui::ItemRole;

namespace {

constexpr int kTimeoutMs = 30000;

template <typename T> T* child(const QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

Source registrySource(const QString& host)
{
    Source source;
    source.kind = Source::Kind::Registry;
    source.key = host;
    return source;
}

QStringList shownNames(const QListView* view)
{
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names.append(view->model()->index(row, 0).data(ItemRole::NameRole).toString());
    return names;
}

QModelIndex rowNamed(const QListView* view, const QString& name)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ItemRole::NameRole).toString() == name)
            return model->index(row, 0);
    }
    return {};
}

void clickRow(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void clickTab(DetailsPanel* details, DetailsPanel::Tab tab)
{
    QTabBar* bar = details->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(int(tab)).center());
}

// Counts the login dialogs that were shown, however many requests asked for one.
class DialogCounter final : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && qobject_cast<LoginDialog*>(watched))
            m_seen.insert(watched);
        return false;
    }
    qsizetype count() const { return m_seen.size(); }

private:
    QSet<QObject*> m_seen;
};

// A window as the app makes it: its own context, shown and active so shortcuts reach it.
struct Window
{
    Window()
        : context(std::make_unique<AppContext>())
        , window(std::make_unique<MainWindow>(*context))
    {}
    ~Window()
    {
        window.reset();
        // Work still on the pool holds on to the context.
        lading::ui::workerPool().waitForDone(60000);
        QCoreApplication::processEvents();
    }

    // At a comfortable size, unless the window is to keep the geometry it restored.
    bool show(bool atDefaultSize = true)
    {
        if (atDefaultSize)
            window->resize(1200, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        return QTest::qWaitForWindowActive(window.get());
    }

    MainWindow* operator->() const { return window.get(); }
    BrowserPanel* browser() const { return window->browserPanel(); }
    DetailsPanel* details() const { return window->detailsPanel(); }
    QLineEdit* address() const { return window->addressBar(); }
    QListView* repositories() const { return child<QListView>(browser(), "repositoryList"); }
    QListView* tags() const { return child<QListView>(browser(), "tagList"); }
    StateStack* repositoryState() const { return child<StateStack>(browser(), "repositoryState"); }
    QString kind() const { return child<QLabel>(details(), "summaryKind")->text(); }
    StateStack* summaryState() const { return details()->stateStack(DetailsPanel::SummaryTab); }

    // Types a location into the address bar and presses Enter, as a person does after Ctrl+L.
    void type(const QString& text)
    {
        address()->setFocus(Qt::ShortcutFocusReason);
        address()->selectAll();
        QTest::keyClicks(address(), text);
        QTest::keyClick(address(), Qt::Key_Return);
    }

    // The details show `location` loaded, of kind `expectedKind`.
    bool detailsShow(const QString& location, const QString& expectedKind) const
    {
        return QTest::qWaitFor(
            [&] {
                return !details()->isLoading() && details()->location().toString() == location &&
                       summaryState()->state() == StateStack::State::Content && kind() == expectedKind;
            },
            kTimeoutMs);
    }

    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
};

QString describe(const Window& w)
{
    return QStringLiteral("details at %1 (%2, kind “%3”, message “%4”), address “%5”")
        .arg(w.details()->location().toString(),
             w.details()->isLoading() ? QStringLiteral("loading") : QStringLiteral("loaded"), w.kind(),
             w.summaryState()->message(), w.address()->text());
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initUiResources();
        // Never the user's keychain or Docker files, even when run by hand outside ctest.
        QVERIFY(m_work.isValid());
        isolateEnvironment(m_work, QStringLiteral("tst_mainwindow"));

        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(m_registry, qPrintable(why));
        QVERIFY2(seedDemo(*m_registry, &why), qPrintable(why));
        auto index = m_registry->fetchManifest(QStringLiteral("demo/app"), QStringLiteral("1.0"));
        QVERIFY2(index, qPrintable(index.error().message));
        m_indexDigest = Digest::sha256Of(index.value());

        // A layout of the demo image, made by the CLI, for the layout source.
        m_layout = m_work.filePath(QStringLiteral("demo-layout"));
        const auto copied = runLading({QStringLiteral("copy"), at(QStringLiteral("demo/app:1.0")),
                                       QStringLiteral("oci:") + m_layout + QStringLiteral(":1.0")});
        QVERIFY2(copied.ok(), qPrintable(copied.describe()));
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        QVERIFY(lading::ui::workerPool().waitForDone(60000));
        QCoreApplication::processEvents();
    }

    void addressBarOpensTheSourceAndSelectsTheTag()
    {
        Window w;
        QVERIFY(w.show());
        QCOMPARE(w->windowTitle(), QStringLiteral("Lading"));
        const QString location = at(QStringLiteral("demo/app:1.0"));
        w.type(location);

        // The registry is in the sidebar and current, its repositories are listed, the tag selected.
        const Source source = registrySource(m_registry->host());
        QVERIFY(w->sourcesPanel()->sources().contains(source));
        QCOMPARE(w->sourcesPanel()->currentSource(), source);
        QAbstractItemModelTester tester(w.browser()->repositoryFilterProxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(shownNames(w.repositories()).size() >= 7, kTimeoutMs);
        QVERIFY(shownNames(w.repositories()).contains(QStringLiteral("charts/demo-chart")));
        QTRY_COMPARE_WITH_TIMEOUT(w.browser()->selectedTag(), QStringLiteral("1.0"), kTimeoutMs);
        QCOMPARE(w.browser()->repository(), QStringLiteral("demo/app"));
        QCOMPARE(w.repositories()->currentIndex().data(ItemRole::NameRole).toString(),
                 QStringLiteral("demo/app"));
        QVERIFY2(w.detailsShow(location, QStringLiteral("Multi-platform image")), qPrintable(describe(w)));
        QCOMPARE(w.address()->text(), location);
        QCOMPARE(w->windowTitle(), location + QStringLiteral(" — Lading"));
        QCOMPARE(w->history().entries(), QStringList{location});

        // A location that does not parse says why in the status bar and goes nowhere.
        w.type(QStringLiteral("Not A Location!"));
        QCOMPARE(w.details()->location().toString(), location);
        QCOMPARE(w->history().entries().size(), 1);
    }

    void sidebarOpensASourceAndTheFiltersNarrowTheLists()
    {
        Window w;
        QVERIFY(w.show());
        w->sourcesPanel()->addRegistry(m_registry->host());
        w->openLayout(m_layout);
        // The layout is current: its tags straight away, no repositories.
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(w.tags()), QStringList{QStringLiteral("1.0")}, kTimeoutMs);
        QVERIFY(!child<QWidget>(w.browser(), "repositoryPane")->isVisible());

        // A click on the registry in the sidebar lists its repositories.
        QTreeView* sidebar = w->sourcesPanel()->view();
        const QModelIndex row = w->sourcesPanel()->model()->indexOf(registrySource(m_registry->host()));
        QVERIFY(row.isValid());
        clickRow(sidebar, row);
        QCOMPARE(w.browser()->source().key, m_registry->host());
        QTRY_VERIFY_WITH_TIMEOUT(shownNames(w.repositories()).size() >= 7, kTimeoutMs);
        QVERIFY(w.repositories()->isVisible());

        // The repository filter, typed.
        QLineEdit* repositoryFilter = child<QLineEdit>(w.browser(), "repositoryFilter");
        QTest::keyClicks(repositoryFilter, QStringLiteral("CHART"));
        QTRY_COMPARE(shownNames(w.repositories()), QStringList{QStringLiteral("charts/demo-chart")});
        repositoryFilter->clear();
        QTest::keyClicks(repositoryFilter, QStringLiteral("demo/a"));
        QTRY_COMPARE(shownNames(w.repositories()), QStringList{QStringLiteral("demo/app")});
        clickRow(w.repositories(), rowNamed(w.repositories(), QStringLiteral("demo/app")));
        QCOMPARE(w.browser()->repository(), QStringLiteral("demo/app"));

        // demo/app holds the real tag and the referrers' fallback and cosign tags, grouped away.
        QTRY_VERIFY_WITH_TIMEOUT(w.browser()->tagModel()->rowCount() >= 3, kTimeoutMs);
        QTRY_COMPARE(shownNames(w.tags()), QStringList{QStringLiteral("1.0")});
        QLineEdit* tagFilter = child<QLineEdit>(w.browser(), "tagFilter");
        QTest::keyClicks(tagFilter, QStringLiteral("2.")); // nothing
        QTRY_COMPARE(child<StateStack>(w.browser(), "tagState")->state(), StateStack::State::Empty);
        tagFilter->clear();
        QTest::keyClicks(tagFilter, QStringLiteral("1."));
        QTRY_COMPARE(shownNames(w.tags()), QStringList{QStringLiteral("1.0")});
        QCOMPARE(child<StateStack>(w.browser(), "tagState")->state(), StateStack::State::Content);

        // Selecting the tag shows what it is, and the window follows.
        clickRow(w.tags(), rowNamed(w.tags(), QStringLiteral("1.0")));
        const QString location = at(QStringLiteral("demo/app:1.0"));
        QVERIFY2(w.detailsShow(location, QStringLiteral("Multi-platform image")), qPrintable(describe(w)));
        QCOMPARE(w.address()->text(), location);
        QCOMPARE(w->windowTitle(), location + QStringLiteral(" — Lading"));
        // The filters were kept while the tag was selected.
        QCOMPARE(repositoryFilter->text(), QStringLiteral("demo/a"));
        QCOMPARE(tagFilter->text(), QStringLiteral("1."));
    }

    void digestLinkBackForwardFocusAndReload()
    {
        Window w;
        QVERIFY(w.show());
        const QString index = at(QStringLiteral("demo/app:1.0"));
        w.type(index);
        QVERIFY2(w.detailsShow(index, QStringLiteral("Multi-platform image")), qPrintable(describe(w)));
        QTRY_COMPARE_WITH_TIMEOUT(w.browser()->selectedTag(), QStringLiteral("1.0"), kTimeoutMs);

        // The JSON tab: a click on the first platform manifest's digest.
        clickTab(w.details(), DetailsPanel::JsonTab);
        QCOMPARE(w.details()->tabs()->currentIndex(), int(DetailsPanel::JsonTab));
        lading::ui::JsonView* json = w.details()->jsonView();
        QCOMPARE(json->links().size(), 2);
        const lading::ui::JsonLink link = json->links().constFirst();
        QTextBrowser* browser = json->browser();
        QTextCursor cursor(browser->document());
        cursor.setPosition(link.start + 10);
        browser->ensureCursorVisible();
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(cursor).center());
        const QString platform = at(QStringLiteral("demo/app@") + link.digest);
        QTRY_COMPARE_WITH_TIMEOUT(w.address()->text(), platform, kTimeoutMs);
        QVERIFY2(w.detailsShow(platform, QStringLiteral("Container image")), qPrintable(describe(w)));
        QCOMPARE(w->windowTitle(), platform + QStringLiteral(" — Lading"));
        QCOMPARE(w->history().entries(), (QStringList{index, platform}));
        // The browser keeps its repository; a digest is no tag of the list.
        QCOMPARE(w.browser()->repository(), QStringLiteral("demo/app"));

        // Alt+Left: the index again; Alt+Right: the platform again.
        QWidget* focus = w.tags();
        focus->setFocus();
        QTest::keyClick(focus, Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(w.address()->text(), index);
        QVERIFY2(w.detailsShow(index, QStringLiteral("Multi-platform image")), qPrintable(describe(w)));
        QCOMPARE(w->windowTitle(), index + QStringLiteral(" — Lading"));
        QTest::keyClick(focus, Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(w.address()->text(), platform);
        QVERIFY2(w.detailsShow(platform, QStringLiteral("Container image")), qPrintable(describe(w)));
        // Going back and forth does not add to the history.
        QCOMPARE(w->history().entries(), (QStringList{index, platform}));
        QTest::keyClick(focus, Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(w.address()->text(), index);
        QVERIFY2(w.detailsShow(index, QStringLiteral("Multi-platform image")), qPrintable(describe(w)));

        // Ctrl+L: the address bar takes the focus, its text selected to be typed over.
        QTest::keyClick(focus, Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.address()));
        QCOMPARE(w.address()->selectedText(), index);

        // F5 from the tag list: everything loads again, the repository and tag stay selected.
        w.tags()->setFocus();
        QCOMPARE(w.browser()->selectedTag(), QStringLiteral("1.0"));
        QTest::keyClick(w.tags(), Qt::Key_F5);
        QVERIFY(w.details()->isLoading());
        QVERIFY2(w.detailsShow(index, QStringLiteral("Multi-platform image")), qPrintable(describe(w)));
        QTRY_COMPARE_WITH_TIMEOUT(w.browser()->selectedTag(), QStringLiteral("1.0"), kTimeoutMs);
        QCOMPARE(w.browser()->repository(), QStringLiteral("demo/app"));
        QCOMPARE(w.repositories()->currentIndex().data(ItemRole::NameRole).toString(),
                 QStringLiteral("demo/app"));
        QCOMPARE(w.address()->text(), index);
        QCOMPARE(w->history().entries(), (QStringList{index, platform}));
    }

    void referrerOpensFromTheReferrersTab()
    {
        Window w;
        QVERIFY(w.show());
        const QString index = at(QStringLiteral("demo/app:1.0"));
        w.type(index);
        QVERIFY2(w.detailsShow(index, QStringLiteral("Multi-platform image")), qPrintable(describe(w)));
        clickTab(w.details(), DetailsPanel::ReferrersTab);
        lading::ui::ReferrersView* referrers = w.details()->referrersView();
        ReferrersModel* model = referrers->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Two SBOMs, the notation signature and the cosign signature.
        QTRY_VERIFY_WITH_TIMEOUT(referrers->directCount() >= 4, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(model->sbomCount() >= 0, kTimeoutMs); // all classified
        QCOMPARE(model->sbomCount(), 2);
        QModelIndex sbom;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex candidate = model->index(row, ReferrersModel::KindColumn);
            if (candidate.data().toString() == QLatin1String("SPDX SBOM"))
                sbom = candidate;
        }
        QVERIFY(sbom.isValid());
        const QString digest = sbom.data(ItemRole::ReferrerDigestRole).toString();
        QVERIFY(digest.startsWith(QLatin1String("sha256:")));

        // A click selects the row, Enter opens it.
        QTreeView* tree = referrers->treeView();
        clickRow(tree, sbom);
        QCOMPARE(tree->currentIndex().siblingAtColumn(0), sbom);
        QTest::keyClick(tree, Qt::Key_Return);
        const QString target = at(QStringLiteral("demo/app@") + digest);
        QTRY_COMPARE_WITH_TIMEOUT(w.address()->text(), target, kTimeoutMs);
        QVERIFY2(w.detailsShow(target, QStringLiteral("SPDX SBOM")), qPrintable(describe(w)));
        QCOMPARE(w->windowTitle(), target + QStringLiteral(" — Lading"));
        // Its subject is the image: one link away in the summary.
        QVERIFY(child<QLabel>(w.details(), "summarySubject"));
        QVERIFY(child<QLabel>(w.details(), "summarySubject")->text().contains(m_indexDigest.shortForm()));
        QTest::keyClick(tree, Qt::Key_Left, Qt::AltModifier);
        QVERIFY2(w.detailsShow(index, QStringLiteral("Multi-platform image")), qPrintable(describe(w)));
    }

    void unauthorizedBrowsingAsksForOneLogin()
    {
        QString why;
        auto tls = RegistryFixture::start(RegistryFixture::Mode::TlsBasic, &why);
        QVERIFY2(tls, qPrintable(why));
        QVERIFY2(seedTinyImage(*tls, QStringLiteral("secure/app"), QStringLiteral("1.0"), &why),
                 qPrintable(why));

        DialogCounter dialogs;
        qApp->installEventFilter(&dialogs);
        auto removeFilter = qScopeGuard([&dialogs] { qApp->removeEventFilter(&dialogs); });
        Window w;
        QVERIFY(w.show());
        // Added with its CA, as the Add Registry dialog does: anonymous browsing first, which is refused.
        w->sourcesPanel()->addRegistry(tls->host(), false, tls->caFile());
        QTRY_VERIFY_WITH_TIMEOUT(
            w->sourcesPanel()->loginDialog() && w->sourcesPanel()->loginDialog()->isVisible(), kTimeoutMs);
        LoginDialog* dialog = w->sourcesPanel()->loginDialog();
        QCOMPARE(dialog->registry(), tls->host());
        QTRY_COMPARE_WITH_TIMEOUT(w.repositoryState()->state(), StateStack::State::Error, kTimeoutMs);
        // The address bar asks too (details and referrers of a tag): still the one dialog.
        w.type(tls->host() + QStringLiteral("/secure/app:1.0"));
        QTRY_COMPARE_WITH_TIMEOUT(w.summaryState()->state(), StateStack::State::Error, kTimeoutMs);
        QCOMPARE(w->findChildren<LoginDialog*>().size(), 1);
        QCOMPARE(dialogs.count(), 1);

        QTest::keyClicks(child<QLineEdit>(dialog, "userEdit"), tls->username());
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), tls->password());
        QTest::mouseClick(child<QPushButton>(dialog, "loginButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w->sourcesPanel()->loginDialog(), kTimeoutMs);

        // Logged in: the lists and the details load, and nothing asks again.
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(w.repositories()), QStringList{QStringLiteral("secure/app")},
                                  kTimeoutMs);
        QCOMPARE(w.repositoryState()->state(), StateStack::State::Content);
        QTRY_COMPARE_WITH_TIMEOUT(w.browser()->selectedTag(), QStringLiteral("1.0"), kTimeoutMs);
        QVERIFY2(
            w.detailsShow(tls->host() + QStringLiteral("/secure/app:1.0"), QStringLiteral("Container image")),
            qPrintable(describe(w)));
        QTRY_VERIFY_WITH_TIMEOUT(
            w.details()->referrersView()->stateStack()->state() != StateStack::State::Loading, kTimeoutMs);
        QVERIFY(w.details()->referrersView()->stateStack()->state() != StateStack::State::Error);
        QVERIFY(lading::ui::workerPool().waitForDone(kTimeoutMs));
        QCoreApplication::processEvents();
        QCOMPARE(dialogs.count(), 1);
        QVERIFY(!w->sourcesPanel()->loginDialog());
    }

    void stoppedRegistryShowsInlineErrorsAndTheRestWorks()
    {
        QString why;
        auto registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(registry, qPrintable(why));
        QVERIFY2(seedTinyImage(*registry, QStringLiteral("going/away"), QStringLiteral("1"), &why),
                 qPrintable(why));
        Window w;
        QVERIFY(w.show());
        w->openLayout(m_layout); // opened before; reachable by address later
        const QString location = registry->host() + QStringLiteral("/going/away:1");
        w.type(location);
        QVERIFY2(w.detailsShow(location, QStringLiteral("Container image")), qPrintable(describe(w)));
        QTRY_COMPARE_WITH_TIMEOUT(w.browser()->selectedTag(), QStringLiteral("1"), kTimeoutMs);

        registry->stop();
        w.tags()->setFocus();
        QTest::keyClick(w.tags(), Qt::Key_F5);
        // Each view that loads says what went wrong where its data would be, with Retry.
        for (StateStack* state : {w.repositoryState(), w.summaryState()}) {
            QTRY_COMPARE_WITH_TIMEOUT(state->state(), StateStack::State::Error, kTimeoutMs);
            const QString message = child<QLabel>(state, "errorMessage")->text();
            QVERIFY2(message.contains(registry->host()) || message.contains(QLatin1String("refused")),
                     qPrintable(message));
            QVERIFY(child<QPushButton>(state, "retryButton")->isVisible());
        }
        QTRY_COMPARE_WITH_TIMEOUT(w.details()->referrersView()->stateStack()->state(),
                                  StateStack::State::Error, kTimeoutMs);
        // For a person to look at: the inline errors in place of the lists and the details.
        QDir().mkpath(QStringLiteral(LADING_BINARY_DIR "/screenshots"));
        w->grab().save(QStringLiteral(LADING_BINARY_DIR "/screenshots/window-registry-stopped.png"));
        // Retry tries again, and fails again, in place.
        QTest::mouseClick(child<QPushButton>(w.summaryState(), "retryButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.summaryState()->state(), StateStack::State::Error, kTimeoutMs);
        // The sidebar says so too once it checked again.
        const Source stopped = registrySource(registry->host());
        QTRY_VERIFY_WITH_TIMEOUT(w->sourcesPanel()->model()->probeState(stopped) ==
                                     lading::ui::SourcesModel::ProbeState::Done,
                                 kTimeoutMs);

        // The rest of the window works: the address bar opens the layout.
        QTest::keyClick(w.tags(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.address()));
        const QString layout = QStringLiteral("oci:") + m_layout + QStringLiteral(":1.0");
        QTest::keyClicks(w.address(), layout);
        QTest::keyClick(w.address(), Qt::Key_Return);
        QVERIFY2(w.detailsShow(layout, QStringLiteral("Multi-platform image")), qPrintable(describe(w)));
        QTRY_COMPARE_WITH_TIMEOUT(w.browser()->selectedTag(), QStringLiteral("1.0"), kTimeoutMs);
        QCOMPARE(w->sourcesPanel()->currentSource().key, m_layout);
        QCOMPARE(w->windowTitle(), layout + QStringLiteral(" — Lading"));
        // And back to the stopped registry: the error again, not a hang.
        QTest::keyClick(w.tags(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(w.address()->text(), location);
        QTRY_COMPARE_WITH_TIMEOUT(w.summaryState()->state(), StateStack::State::Error, kTimeoutMs);
    }

    void stateIsSavedAndRestoredBetweenWindows()
    {
        const QString first = at(QStringLiteral("demo/app:1.0"));
        const QString second = at(QStringLiteral("wasm/add:1.0"));
        QList<Source> sources;
        QByteArray geometry;
        QList<int> splitterSizes;
        {
            Window w;
            QVERIFY(w.show());
            w->resize(1280, 800);
            QTRY_COMPARE(w->size(), QSize(1280, 800));
            auto* splitter = child<QSplitter>(w.window.get(), "mainSplitter");
            QVERIFY(splitter);
            splitter->setSizes({300, 330, 650});
            w.type(first);
            QVERIFY2(w.detailsShow(first, QStringLiteral("Multi-platform image")), qPrintable(describe(w)));
            w.type(second);
            QVERIFY2(w.detailsShow(second, QStringLiteral("WebAssembly module")), qPrintable(describe(w)));
            w->goBack();
            w->openLayout(m_layout);
            sources = w->sourcesPanel()->sources();
            QCOMPARE(sources.size(), 2);
            splitterSizes = splitter->sizes();
            QVERIFY(w->close());
            geometry = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
        }
        QVERIFY(!geometry.isEmpty());

        Window w;
        QVERIFY(w.show(false));
        QCOMPARE(w->size(), QSize(1280, 800));
        QCOMPARE(child<QSplitter>(w.window.get(), "mainSplitter")->sizes(), splitterSizes);
        QCOMPARE(w->sourcesPanel()->sources(), sources);
        QCOMPARE(w->sourcesPanel()->currentSource().key, m_layout);
        QCOMPARE(w->history().entries(), (QStringList{first, second}));
        QCOMPARE(w->history().position(), 0);
        // The history works as before: forward goes to the second location.
        w.tags()->setFocus();
        QTest::keyClick(w.tags(), Qt::Key_Right, Qt::AltModifier);
        QVERIFY2(w.detailsShow(second, QStringLiteral("WebAssembly module")), qPrintable(describe(w)));
        QCOMPARE(w->windowTitle(), second + QStringLiteral(" — Lading"));
    }

private:
    QString at(const QString& reference) const { return m_registry->host() + QLatin1Char('/') + reference; }

    QTemporaryDir m_work;
    std::unique_ptr<RegistryFixture> m_registry;
    Digest m_indexDigest;
    QString m_layout;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
