// The compare view. Its models under QAbstractItemModelTester (the file tree with folders aggregated, text
// and kind filters, 50,000 changes; the section tables with their category filters). Then the window against
// Debian's real registry: a pair of images built here with known differences (a file added, removed,
// changed, one whose mode changed, a package upgraded, added and removed, a signature on one side only),
// the left one copied into the registry with its referrers and the right one in an OCI layout, each shown
// exactly in its tab with the right count; two indexes platform by platform; "Compare With…" in the tag
// list's menu and Tools ▸ Compare… open the dialog and, accepted, the view; a tag dropped onto another tag
// (real drag events) opens the comparison and pushes nothing; errors show with Retry; the event loop keeps
// turning while two 64 MiB images are compared. Saves build/screenshots/compare.png.
#include "core/inspect/trustsettings.h"
#include "core/oci/mediatypes.h"
#include "core/store/layoutstore.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testdiffpair.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testfiles.h"
#include "tests/support/testlayers.h"
#include "tests/support/uiresources.h"
#include "ui/actions/artifactactions.h"
#include "ui/actions/tagdroptarget.h"
#include "ui/appcontext.h"
#include "ui/dialogs/comparedialog.h"
#include "ui/dialogs/pushdialog.h"
#include "ui/models/difftablemodel.h"
#include "ui/models/filediffmodel.h"
#include "ui/models/itemroles.h"
#include "ui/transfers/transferjob.h"
#include "ui/transfers/transfermanager.h"
#include "ui/util/async.h"
#include "ui/views/browserpanel.h"
#include "ui/views/compareview.h"
#include "ui/views/detailspanel.h"
#include "ui/views/filediffview.h"
#include "ui/views/mainwindow.h"
#include "ui/widgets/difftablepane.h"
#include "ui/widgets/jsondiffpane.h"
#include "ui/widgets/locationmenu.h"
#include "ui/widgets/statestack.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstring>
#include <memory>

using lading::inspect::ChangeKind;
using lading::inspect::FileChange;
using lading::inspect::LayerEntry;
using lading::store::LayoutStore;
using lading::store::Location;
using lading::test::DiffPair;
using lading::test::RegistryFixture;
using lading::test::runLading;
using lading::ui::AppContext;
using lading::ui::CompareDialog;
using lading::ui::CompareView;
using lading::ui::DiffCategory;
using lading::ui::DiffTableModel;
using lading::ui::DiffTablePane;
using lading::ui::FileDiffModel;
using lading::ui::JsonDiffPane;
using lading::ui::MainWindow;
using lading::ui::StateStack;
using Kind = lading::inspect::JsonDiffLine::Kind;
namespace ItemRole = lading::ui::ItemRole;

namespace {

constexpr int kTimeoutMs = 60000;

Location location(const QString& text)
{
    auto parsed = Location::parse(text, true);
    if (!parsed)
        qFatal("bad location %s", qPrintable(text));
    return parsed.value();
}

FileChange fileChange(ChangeKind kind, const QString& path, int aspects = 0, quint32 leftMode = 0644,
                      quint32 rightMode = 0644)
{
    FileChange c;
    c.kind = kind;
    c.path = path;
    c.aspects = aspects;
    LayerEntry entry;
    entry.path = path;
    entry.size = 5;
    if (kind != ChangeKind::Added) {
        entry.mode = leftMode;
        c.left = entry;
    }
    if (kind != ChangeKind::Removed) {
        entry.mode = rightMode;
        c.right = entry;
    }
    return c;
}

DiffTableModel::Row tableRow(const QString& text, DiffCategory category)
{
    DiffTableModel::Row row;
    row.cells = {{text, {}, -1}, {text.toUpper(), {}, -1}};
    row.category = category;
    return row;
}

// Every path the tree shows, depth first, with its Change column: "app/new.txt Added".
QStringList shownPaths(const FileDiffModel* model, const QModelIndex& parent = {})
{
    QStringList out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        out.append(index.data(ItemRole::FileDiffPathRole).toString() + QLatin1Char(' ') +
                   index.siblingAtColumn(FileDiffModel::ChangeColumn).data().toString());
        out += shownPaths(model, index);
    }
    return out;
}

QString tabText(const CompareView* view, CompareView::Tab tab)
{
    return view->tabs()->tabText(tab);
}

// The first row of a side-by-side pane whose left (or right) line contains `text`, or -1.
int rowContaining(const lading::ui::JsonDiffPane* pane, const QString& text, bool right = false)
{
    for (int row = 0; row < pane->rowKinds().size(); ++row) {
        if ((right ? pane->rightLine(row) : pane->leftLine(row)).contains(text))
            return row;
    }
    return -1;
}

// A drag from Lading's own tag list entering `target`, moving to `pos` and dropping there, each a real
// event. Returns whether the drop was accepted.
bool dropMime(QWidget* target, const QPoint& pos, QMimeData* mime, bool* moveAccepted = nullptr)
{
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    if (moveAccepted)
        *moveAccepted = move.isAccepted();
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
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

// How varied the pixels of `area` are (as tst_screenshots checks its shots).
std::pair<int, double> pixelStats(const QImage& image, const QRect& area)
{
    QHash<QRgb, int> counts;
    const QRect rect = area.intersected(image.rect());
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    int dominant = 0;
    for (int count : std::as_const(counts))
        dominant = qMax(dominant, count);
    const qint64 total = qint64(rect.width()) * rect.height();
    return {int(counts.size()), total > 0 ? double(dominant) / double(total) : 1.0};
}

struct Window
{
    Window()
        : context(std::make_unique<AppContext>())
        , window(std::make_unique<MainWindow>(*context))
    {}
    ~Window()
    {
        window.reset();
        lading::ui::workerPool().waitForDone(60000);
        QCoreApplication::processEvents();
    }
    bool show()
    {
        window->resize(1200, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        return QTest::qWaitForWindowActive(window.get());
    }
    QListView* tags() const
    {
        return window->browserPanel()->findChild<QListView*>(QStringLiteral("tagList"));
    }
    CompareView* compareView() const
    {
        CompareView* found = nullptr;
        const bool appeared = QTest::qWaitFor(
            [&] {
                found = window->findChild<CompareView*>();
                return found != nullptr;
            },
            kTimeoutMs);
        return appeared ? found : nullptr;
    }

    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestCompareView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        lading::test::initUiResources();
        QVERIFY(m_work.isValid());
        lading::test::isolateEnvironment(m_work, QStringLiteral("tst_compareview"));
        m_leftDir = m_work.filePath(QStringLiteral("left"));
        m_rightDir = m_work.filePath(QStringLiteral("right"));
        {
            auto left = LayoutStore::open(m_leftDir, true);
            QVERIFY2(left.ok(), qPrintable(left.error().toString()));
            auto right = LayoutStore::open(m_rightDir, true);
            QVERIFY2(right.ok(), qPrintable(right.error().toString()));
            m_pair = lading::test::seedDiffPair(*left.value(), *right.value());
            // Two indexes: the left one has an arm64 image more.
            const auto arm64Layer = lading::test::pushTestLayer(
                *left.value(), {lading::test::TarItem::file(QStringLiteral("arm"), "arm64")});
            m_arm64 = lading::test::pushTestImage(
                *left.value(), lading::test::testImageConfig(QStringLiteral("arm64")), {arm64Layer});
            lading::test::pushTestIndex(
                *left.value(), {{m_pair.left, QStringLiteral("amd64")}, {m_arm64, QStringLiteral("arm64")}},
                QStringLiteral("multi"));
            lading::test::pushTestIndex(*right.value(), {{m_pair.right, QStringLiteral("amd64")}},
                                        QStringLiteral("multi"));
        }
        m_rightLayout = QStringLiteral("oci:") + m_rightDir;

        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(m_registry, qPrintable(QStringLiteral("docker-registry did not start: ") + why));
        m_remote = m_registry->host() + QStringLiteral("/team/app");
        // The left image goes to the registry with its SBOM (the fallback tag: no referrers API there); the
        // right one too, as a second tag to drop the first onto.
        const QList<std::pair<QString, QString>> copies = {
            {QStringLiteral("oci:") + m_leftDir + QStringLiteral(":v1"), m_remote + QStringLiteral(":v1")},
            {m_rightLayout + QStringLiteral(":v2"), m_remote + QStringLiteral(":v2")}};
        for (const auto& [from, to] : copies) {
            auto copied = runLading({QStringLiteral("copy"), from, to, QStringLiteral("--referrers")});
            QVERIFY2(copied.ok(), qPrintable(copied.describe()));
        }
    }

    void init()
    {
        QSettings().clear();
        // The signature on the right is made by the pair's key: trusted, it is verified.
        lading::inspect::TrustPolicy policy;
        policy.publicKeysPem = {m_pair.key.publicKeyPem};
        lading::inspect::TrustSettings::save(policy);
    }

    void cleanup()
    {
        QVERIFY(lading::ui::workerPool().waitForDone(60000));
        QCoreApplication::processEvents();
    }

    void fileDiffModelAggregatesFoldersAndFilters()
    {
        FileDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setChanges(
            {fileChange(ChangeKind::Changed, QStringLiteral("app/config.yaml"), FileChange::Content),
             fileChange(ChangeKind::Removed, QStringLiteral("app/data")),
             fileChange(ChangeKind::Added, QStringLiteral("app/new.txt")),
             fileChange(ChangeKind::Changed, QStringLiteral("bin/app"), FileChange::Mode, 0755, 0700),
             fileChange(ChangeKind::Added, QStringLiteral("opt/deep/er/file"))});
        QCOMPARE(model.changeCount(), 5);
        QCOMPARE(model.visibleChangeCount(), 5);
        QCOMPARE(
            shownPaths(&model),
            (QStringList{QStringLiteral("app +1 −1 ~1"), QStringLiteral("app/config.yaml Changed: content"),
                         QStringLiteral("app/data Removed"), QStringLiteral("app/new.txt Added"),
                         QStringLiteral("bin ~1"), QStringLiteral("bin/app Changed: mode"),
                         QStringLiteral("opt +1"), QStringLiteral("opt/deep +1"),
                         QStringLiteral("opt/deep/er +1"), QStringLiteral("opt/deep/er/file Added")}));
        const QModelIndex app = model.indexOfPath(QStringLiteral("bin/app"));
        QVERIFY(app.isValid());
        QCOMPARE(app.siblingAtColumn(FileDiffModel::LeftModeColumn).data().toString(),
                 QStringLiteral("-rwxr-xr-x"));
        QCOMPARE(app.siblingAtColumn(FileDiffModel::RightModeColumn).data().toString(),
                 QStringLiteral("-rwx------"));
        QCOMPARE(app.data(ItemRole::DiffCategoryRole).toInt(), int(DiffCategory::Changed));
        QCOMPARE(app.data(ItemRole::FileDiffAspectsRole).toInt(), int(FileChange::Mode));
        QCOMPARE(model.indexOfPath(QStringLiteral("app/data")).data(ItemRole::DiffCategoryRole).toInt(),
                 int(DiffCategory::Removed));
        QCOMPARE(model.columnCount(), int(FileDiffModel::ColumnCount));

        model.setKindVisible(ChangeKind::Changed, false);
        QCOMPARE(model.visibleChangeCount(), 3);
        QCOMPARE(shownPaths(&model),
                 (QStringList{QStringLiteral("app +1 −1 ~1"), QStringLiteral("app/data Removed"),
                              QStringLiteral("app/new.txt Added"), QStringLiteral("opt +1"),
                              QStringLiteral("opt/deep +1"), QStringLiteral("opt/deep/er +1"),
                              QStringLiteral("opt/deep/er/file Added")}));
        model.setFilterText(QStringLiteral("NEW"));
        QCOMPARE(model.visibleChangeCount(), 1);
        QCOMPARE(shownPaths(&model),
                 (QStringList{QStringLiteral("app +1 −1 ~1"), QStringLiteral("app/new.txt Added")}));
        model.setFilterText(QStringLiteral("nothing like this"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText({});
        model.setKindVisible(ChangeKind::Changed, true);
        QCOMPARE(model.visibleChangeCount(), 5);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void fileDiffModelTakesTensOfThousandsOfChangesAtOnce()
    {
        QList<FileChange> changes;
        for (int folder = 0; folder < 100; ++folder) {
            for (int file = 0; file < 500; ++file)
                changes.append(fileChange(file % 3 == 0 ? ChangeKind::Added : ChangeKind::Changed,
                                          QStringLiteral("usr/lib/pkg%1/file%2")
                                              .arg(folder, 3, 10, QLatin1Char('0'))
                                              .arg(file, 4, 10, QLatin1Char('0')),
                                          FileChange::Content));
        }
        QElapsedTimer timer;
        timer.start();
        const auto tree = FileDiffModel::buildTree(changes);
        const qint64 built = timer.restart();
        FileDiffModel model;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setTree(tree);
        model.setFilterText(QStringLiteral("file0042"));
        const qint64 shown = timer.elapsed();
        qInfo("50,000 changes: tree built in %lld ms, set and filtered in %lld ms", built, shown);
        QCOMPARE(resets.size(), 2); // once per step, never row by row
        QCOMPARE(model.visibleChangeCount(), 100);
        QVERIFY2(built < 3000 && shown < 2000, "far too slow for the GUI thread");
        model.setFilterText({});
        QCOMPARE(model.visibleChangeCount(), 50000);
        QCOMPARE(model.tree()->counts.added, 100 * 167);
    }

    void diffTableModelFiltersByCategoryAndText()
    {
        DiffTableModel model({QStringLiteral("A"), QStringLiteral("B")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRows({tableRow(QStringLiteral("shared"), DiffCategory::Same),
                       tableRow(QStringLiteral("left"), DiffCategory::Removed),
                       tableRow(QStringLiteral("right"), DiffCategory::Added),
                       tableRow(QStringLiteral("other right"), DiffCategory::Added)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.count(DiffCategory::Added), 2);
        QCOMPARE(model.count(DiffCategory::Changed), 0);
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("LEFT"));
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid());
        model.setCategoryVisible(DiffCategory::Same, false);
        QCOMPARE(model.columnTexts(0), (QStringList{QStringLiteral("left"), QStringLiteral("right"),
                                                    QStringLiteral("other right")}));
        model.setFilterText(QStringLiteral("RIGHT"));
        QCOMPARE(model.columnTexts(0), (QStringList{QStringLiteral("right"), QStringLiteral("other right")}));
        QCOMPARE(model.rowAt(1).cells.at(0).text, QStringLiteral("other right"));
        model.setCategoryVisible(DiffCategory::Added, false);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.count(DiffCategory::Added), 2); // counts ignore the filter
        model.clear();
        QCOMPARE(model.totalCount(), 0);
    }

    void registryAgainstLayoutShowsEveryDifferenceExactly()
    {
        AppContext context;
        CompareView view(context);
        view.resize(1300, 800);
        view.show();
        // Every model of the view watched from before the comparison lands.
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (DiffTablePane* pane : view.findChildren<DiffTablePane*>())
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                pane->model(), QAbstractItemModelTester::FailureReportingMode::Fatal));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            view.filesView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal));
        QCOMPARE(testers.size(), size_t(8));

        QSignalSpy finished(&view, &CompareView::finished);
        view.compare(location(m_remote + QStringLiteral(":v1")),
                     location(m_rightLayout + QStringLiteral(":v2")));
        QVERIFY(view.isComparing());
        QCOMPARE(view.stateStack()->state(), StateStack::State::Loading);
        QVERIFY(finished.wait(kTimeoutMs) || finished.size() == 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(view.stateStack()->state(), StateStack::State::Content);
        QVERIFY(!view.progressBar()->isVisible());

        // Header: each side's name, kind, digest and platform.
        QVERIFY(view.leftHeader()->text().contains(m_remote + QStringLiteral(":v1")));
        QVERIFY(view.leftHeader()->text().contains(m_pair.left.digest.toString()));
        QVERIFY(view.leftHeader()->text().contains(QStringLiteral("linux/amd64")));
        QVERIFY(view.rightHeader()->text().contains(m_pair.right.digest.toString()));
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("4 file change")));

        QCOMPARE(tabText(&view, CompareView::ManifestTab), QStringLiteral("Manifest (7)"));
        QCOMPARE(tabText(&view, CompareView::ConfigTab), QStringLiteral("Config (3)"));
        QCOMPARE(tabText(&view, CompareView::AnnotationsTab), QStringLiteral("Annotations (3)"));
        QCOMPARE(tabText(&view, CompareView::LayersTab), QStringLiteral("Layers (2)"));
        QCOMPARE(tabText(&view, CompareView::FilesTab), QStringLiteral("Files (4)"));
        QCOMPARE(tabText(&view, CompareView::PackagesTab), QStringLiteral("Packages (3)"));
        QCOMPARE(tabText(&view, CompareView::ReferrersTab), QStringLiteral("Referrers (2)"));
        QVERIFY(!view.tabs()->isTabVisible(CompareView::PlatformsTab));
        QVERIFY(!view.platformPicker()->isVisible());
        QCOMPARE(view.tabs()->currentIndex(), int(CompareView::FilesTab));

        // Files: exactly the four changes, each with what changed.
        FileDiffModel* files = view.filesView()->model();
        QCOMPARE(
            shownPaths(files),
            (QStringList{QStringLiteral("app +1 −1 ~1"), QStringLiteral("app/config.yaml Changed: content"),
                         QStringLiteral("app/data Removed"), QStringLiteral("app/new.txt Added"),
                         QStringLiteral("bin ~1"), QStringLiteral("bin/app Changed: mode")}));
        const QModelIndex binApp = files->indexOfPath(QStringLiteral("bin/app"));
        QCOMPARE(binApp.siblingAtColumn(FileDiffModel::LeftModeColumn).data().toString(),
                 QStringLiteral("-rwxr-xr-x"));
        QCOMPARE(binApp.siblingAtColumn(FileDiffModel::RightModeColumn).data().toString(),
                 QStringLiteral("-rwx------"));
        const QModelIndex config = files->indexOfPath(QStringLiteral("app/config.yaml"));
        QVERIFY(config.siblingAtColumn(FileDiffModel::DigestColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("→")));
        QCOMPARE(view.filesView()->kindBox(ChangeKind::Added)->text(), QStringLiteral("Added (1)"));
        QCOMPARE(view.filesView()->kindBox(ChangeKind::Removed)->text(), QStringLiteral("Removed (1)"));
        QCOMPARE(view.filesView()->kindBox(ChangeKind::Changed)->text(), QStringLiteral("Modified (2)"));
        QVERIFY(view.filesView()->noteLabel()->text().contains(QStringLiteral("layer")));
        view.filesView()->kindBox(ChangeKind::Changed)->setChecked(false);
        QCOMPARE(files->visibleChangeCount(), 2);
        view.filesView()->kindBox(ChangeKind::Changed)->setChecked(true);
        view.filesView()->filterEdit()->setText(QStringLiteral("new"));
        QTRY_COMPARE_WITH_TIMEOUT(files->visibleChangeCount(), 1, 5000);
        view.filesView()->filterEdit()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(files->visibleChangeCount(), 4, 5000);

        // Manifest and config side by side, the changed lines highlighted, and their structural changes.
        const auto* manifest = view.manifestPane();
        const int version = rowContaining(manifest, QStringLiteral("org.opencontainers.image.version"));
        QVERIFY(version >= 0);
        QCOMPARE(manifest->rowKinds().at(version), Kind::Changed);
        QVERIFY(manifest->leftLine(version).contains(QStringLiteral("1.0")));
        QVERIFY(manifest->rightLine(version).contains(QStringLiteral("2.0")));
        const int onlyRight = rowContaining(manifest, QStringLiteral("org.example.only-right"), true);
        QVERIFY(onlyRight >= 0);
        QCOMPARE(manifest->rowKinds().at(onlyRight), Kind::Added);
        QVERIFY(manifest->leftLine(onlyRight).isEmpty());
        QCOMPARE(manifest->leftEdit()->extraSelections().size(),
                 manifest->rightEdit()->extraSelections().size());
        QVERIFY(!manifest->leftEdit()->extraSelections().isEmpty());
        QCOMPARE(manifest->leftEdit()->document()->blockCount(),
                 manifest->rightEdit()->document()->blockCount());
        QCOMPARE(view.manifestChanges()->model()->columnTexts(0),
                 (QStringList{QStringLiteral("/annotations/org.example.only-left"),
                              QStringLiteral("/annotations/org.example.only-right"),
                              QStringLiteral("/annotations/org.opencontainers.image.version"),
                              QStringLiteral("/config/digest"), QStringLiteral("/config/size"),
                              QStringLiteral("/layers/1"), QStringLiteral("/layers/1")}));
        view.manifestChanges()->categoryBox(DiffCategory::Changed)->setChecked(false);
        QCOMPARE(view.manifestChanges()->model()->rowCount(), 4);
        view.manifestChanges()->categoryBox(DiffCategory::Changed)->setChecked(true);
        const auto* configPane = view.configPane();
        const int env = rowContaining(configPane, QStringLiteral("MODE=dev"));
        QVERIFY(env >= 0);
        QCOMPARE(configPane->rowKinds().at(env), Kind::Changed);
        QVERIFY(configPane->rightLine(env).contains(QStringLiteral("MODE=prod")));
        QCOMPARE(view.configChanges()->model()->columnTexts(0),
                 (QStringList{QStringLiteral("/config/Env/1"), QStringLiteral("/config/Labels/owner"),
                              QStringLiteral("/config/Labels/tier")}));
        QCOMPARE(view.configChanges()->model()->columnTexts(2).first(), QStringLiteral("\"MODE=dev\""));
        // Scrolling one side scrolls the other.
        configPane->leftEdit()->verticalScrollBar()->setValue(3);
        QCOMPARE(configPane->rightEdit()->verticalScrollBar()->value(),
                 configPane->leftEdit()->verticalScrollBar()->value());

        QCOMPARE(
            view.annotationsTable()->model()->columnTexts(0),
            (QStringList{QStringLiteral("org.example.only-left"), QStringLiteral("org.example.only-right"),
                         QStringLiteral("org.opencontainers.image.version")}));
        QCOMPARE(
            view.annotationsTable()->model()->columnTexts(1),
            (QStringList{QStringLiteral("Removed"), QStringLiteral("Added"), QStringLiteral("Changed")}));

        DiffTablePane* layers = view.layersTable();
        QCOMPARE(layers->model()->columnTexts(0),
                 (QStringList{QStringLiteral("Shared"), QStringLiteral("Only left"),
                              QStringLiteral("Only right")}));
        QCOMPARE(layers->model()->columnTexts(5),
                 (QStringList{m_pair.baseLayer.digest.toString(), m_pair.leftTop.digest.toString(),
                              m_pair.rightTop.digest.toString()}));
        QCOMPARE(layers->model()->columnTexts(1),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("—")}));
        QCOMPARE(layers->categoryBox(DiffCategory::Same)->text(), QStringLiteral("Shared (1)"));
        QCOMPARE(layers->categoryBox(DiffCategory::Removed)->text(), QStringLiteral("Only left (1)"));
        layers->categoryBox(DiffCategory::Same)->setChecked(false);
        QCOMPARE(layers->model()->rowCount(), 2);

        // Packages: one upgraded, one removed, one added; zlib (the same on both sides) not listed.
        DiffTablePane* packages = view.packagesTable();
        QCOMPARE(
            packages->model()->columnTexts(0),
            (QStringList{QStringLiteral("openssl"), QStringLiteral("left-pad"), QStringLiteral("requests")}));
        QCOMPARE(packages->model()->columnTexts(2),
                 (QStringList{QStringLiteral("3.0.11"), QStringLiteral("1.3.0"), QString()}));
        QCOMPARE(packages->model()->columnTexts(3),
                 (QStringList{QStringLiteral("3.0.13"), QString(), QStringLiteral("2.31.0")}));
        QCOMPARE(packages->model()->columnTexts(4),
                 (QStringList{QStringLiteral("Version changed"), QStringLiteral("Removed"),
                              QStringLiteral("Added")}));
        QVERIFY(packages->noteLabel()->text().contains(QStringLiteral("SPDX")));
        packages->filterEdit()->setText(QStringLiteral("pad"));
        QCOMPARE(packages->model()->columnTexts(0), QStringList{QStringLiteral("left-pad")});

        // Referrers: the signature only on the right, verified; each side's SBOM, different.
        DiffTablePane* referrers = view.referrersTable();
        QCOMPARE(referrers->model()->columnTexts(0),
                 (QStringList{QStringLiteral("Only right"), QStringLiteral("Both, different digests")}));
        QVERIFY(referrers->model()->columnTexts(1).first().contains(QStringLiteral("ignature")));
        QCOMPARE(referrers->model()->columnTexts(3).first(), QStringLiteral("—"));
        QVERIFY2(referrers->model()->columnTexts(4).first().contains(QStringLiteral("Verified")),
                 qPrintable(referrers->model()->columnTexts(4).first()));
        QVERIFY(!referrers->model()->index(0, 4).data(Qt::DecorationRole).isNull());
        QVERIFY(referrers->model()->columnTexts(4).first().contains(m_pair.signature.digest.shortForm()));
        QVERIFY(referrers->noteLabel()->text().contains(QStringLiteral("Verified")));
        QCOMPARE(referrers->categoryBox(DiffCategory::Added)->text(), QStringLiteral("Only right (1)"));
    }

    void pickingAStructuralChangeScrollsBothPanesToIt()
    {
        AppContext context;
        CompareView view(context);
        // Short enough that the manifest does not fit in its panes.
        view.resize(1000, 420);
        view.show();
        QSignalSpy finished(&view, &CompareView::finished);
        view.compare(location(QStringLiteral("oci:") + m_leftDir + QStringLiteral(":v1")),
                     location(m_rightLayout + QStringLiteral(":v2")));
        QVERIFY(finished.wait(kTimeoutMs) || finished.size() == 1);
        QCOMPARE(finished.first().first().toBool(), true);
        view.tabs()->setCurrentIndex(CompareView::ManifestTab);
        QCoreApplication::processEvents();

        JsonDiffPane* pane = view.manifestPane();
        DiffTablePane* changes = view.manifestChanges();
        const auto rowOf = [changes](const QString& path) {
            return changes->model()->index(int(changes->model()->columnTexts(0).indexOf(path)), 0);
        };
        // The line is the cursor's on both sides, selected, and inside each pane's viewport.
        const auto shownAt = [pane](int row) {
            for (QPlainTextEdit* edit : {pane->leftEdit(), pane->rightEdit()}) {
                if (edit->textCursor().blockNumber() != row)
                    return false;
                if (!edit->viewport()->rect().contains(edit->cursorRect().center()))
                    return false;
            }
            return true;
        };
        QVERIFY(pane->leftEdit()->verticalScrollBar()->maximum() > 0);

        // A changed value: the row holding the key on both sides.
        const int version = rowContaining(pane, QStringLiteral("org.opencontainers.image.version"));
        QVERIFY(version > 0);
        pane->leftEdit()->verticalScrollBar()->setValue(pane->leftEdit()->verticalScrollBar()->maximum());
        const QModelIndex versionIndex =
            rowOf(QStringLiteral("/annotations/org.opencontainers.image.version"));
        QVERIFY(versionIndex.isValid());
        changes->view()->setCurrentIndex(versionIndex);
        QVERIFY(shownAt(version));
        QVERIFY(pane->leftEdit()->textCursor().selectedText().contains(QStringLiteral("1.0")));
        QVERIFY(pane->rightEdit()->textCursor().selectedText().contains(QStringLiteral("2.0")));

        // Added: its line on the right, the empty row facing it on the left.
        const int onlyRight = rowContaining(pane, QStringLiteral("org.example.only-right"), true);
        QVERIFY(onlyRight >= 0);
        changes->view()->setCurrentIndex(rowOf(QStringLiteral("/annotations/org.example.only-right")));
        QVERIFY(shownAt(onlyRight));
        QVERIFY(pane->rightEdit()->textCursor().selectedText().contains(QStringLiteral("only-right")));

        // Activating the current row again after scrolling away brings it back.
        pane->leftEdit()->verticalScrollBar()->setValue(pane->leftEdit()->verticalScrollBar()->maximum());
        const QModelIndex current = changes->view()->currentIndex();
        emit changes->view()->activated(current);
        QVERIFY(shownAt(onlyRight));

        // The config's list below its panes does the same.
        view.tabs()->setCurrentIndex(CompareView::ConfigTab);
        QCoreApplication::processEvents();
        JsonDiffPane* config = view.configPane();
        const int env = rowContaining(config, QStringLiteral("MODE=dev"));
        QVERIFY(env >= 0);
        const QModelIndex envIndex = view.configChanges()->model()->index(
            int(view.configChanges()->model()->columnTexts(0).indexOf(QStringLiteral("/config/Env/1"))), 0);
        view.configChanges()->view()->setCurrentIndex(envIndex);
        QCOMPARE(config->leftEdit()->textCursor().blockNumber(), env);
        QCOMPARE(config->rightEdit()->textCursor().blockNumber(), env);
        QVERIFY(config->rightEdit()->textCursor().selectedText().contains(QStringLiteral("MODE=prod")));
    }

    void indexesArePlatformByPlatform()
    {
        AppContext context;
        CompareView view(context);
        view.resize(1200, 800);
        view.show();
        QAbstractItemModelTester platformsTester(view.platformsTable()->model(),
                                                 QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy finished(&view, &CompareView::finished);
        view.compare(location(QStringLiteral("oci:") + m_leftDir + QStringLiteral(":multi")),
                     location(m_rightLayout + QStringLiteral(":multi")));
        QVERIFY(finished.wait(kTimeoutMs) || finished.size() == 1);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(view.tabs()->isTabVisible(CompareView::PlatformsTab));
        QCOMPARE(tabText(&view, CompareView::PlatformsTab), QStringLiteral("Platforms (2)"));
        QCOMPARE(view.tabs()->currentIndex(), int(CompareView::PlatformsTab));
        QCOMPARE(view.platformsTable()->model()->columnTexts(0),
                 (QStringList{QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")}));
        QCOMPARE(view.platformsTable()->model()->columnTexts(1),
                 (QStringList{QStringLiteral("Both, different"), QStringLiteral("Only left")}));
        QVERIFY(view.leftHeader()->text().contains(QStringLiteral("2 platform")));
        QVERIFY(view.rightHeader()->text().contains(QStringLiteral("1 platform")));
        QComboBox* picker = view.platformPicker();
        QVERIFY(picker->isVisible());
        QCOMPARE(picker->count(), 3);
        QCOMPARE(view.shownPlatform(), int(CompareView::WholeArtifact));
        QCOMPARE(tabText(&view, CompareView::FilesTab), QStringLiteral("Files (–)"));

        // linux/amd64: every tab switches to the two images.
        QSignalSpy shown(&view, &CompareView::sectionsShown);
        const int amd64 = picker->findText(QStringLiteral("linux/amd64"), Qt::MatchStartsWith);
        QVERIFY(amd64 > 0);
        picker->setCurrentIndex(amd64);
        emit picker->activated(amd64);
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1 && view.shownPlatform() == 0, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(tabText(&view, CompareView::FilesTab), QStringLiteral("Files (4)"),
                                  kTimeoutMs);
        QCOMPARE(view.shownComparison()->left.digest, m_pair.left.digest);
        QCOMPARE(tabText(&view, CompareView::ConfigTab), QStringLiteral("Config (3)"));
        QCOMPARE(tabText(&view, CompareView::LayersTab), QStringLiteral("Layers (2)"));
        QVERIFY(view.leftHeader()->text().contains(m_pair.left.digest.toString()));
        QVERIFY(view.leftHeader()->text().contains(QStringLiteral("linux/amd64")));
        QCOMPARE(view.filesView()->model()->changeCount(), 4);
        // The Platforms tab still lists the indexes' platforms.
        QCOMPARE(view.platformsTable()->model()->rowCount(), 2);

        // linux/arm64 is only on the left: nothing to compare, said so.
        view.showPlatform(1);
        QCOMPARE(view.stateStack()->state(), StateStack::State::Empty);
        QVERIFY(view.stateStack()->message().contains(QStringLiteral("only in the left")));
        QVERIFY(view.stateStack()->message().contains(m_arm64.digest.toString()));
        QVERIFY(!view.shownComparison());

        // Double-clicking a platform in the table picks it; "Whole index" goes back.
        const QModelIndex first = view.platformsTable()->model()->index(0, 0);
        emit view.platformsTable()->view()->activated(first);
        QTRY_COMPARE_WITH_TIMEOUT(view.stateStack()->state(), StateStack::State::Content, kTimeoutMs);
        QCOMPARE(view.shownPlatform(), 0);
        QCOMPARE(picker->currentIndex(), amd64);
        view.showPlatform(CompareView::WholeArtifact);
        QCOMPARE(tabText(&view, CompareView::FilesTab), QStringLiteral("Files (–)"));
        QVERIFY(view.shownComparison()->platforms.size() == 2);
    }

    void compareWithInTheTagMenuOpensTheDialogThenTheView()
    {
        Window w;
        QVERIFY(w.show());
        w.window->navigateTo(m_remote + QStringLiteral(":v1"));
        QTRY_COMPARE_WITH_TIMEOUT(w.window->browserPanel()->selectedTag(), QStringLiteral("v1"), kTimeoutMs);
        const QModelIndex v1 = rowNamed(w.tags(), QStringLiteral("v1"));
        QVERIFY(v1.isValid());
        emit w.tags()->customContextMenuRequested(w.tags()->visualRect(v1).center());
        const auto menus = w.window->browserPanel()->findChildren<lading::ui::LocationMenu*>();
        QVERIFY(!menus.isEmpty());
        auto* action = menus.last()->findChild<QAction*>(QStringLiteral("compareWithAction"));
        QVERIFY(action);
        action->trigger();
        menus.last()->close();

        CompareDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.window->findChild<CompareDialog*>()) != nullptr, kTimeoutMs);
        QCOMPARE(dialog->leftEdit()->text(), m_remote + QStringLiteral(":v1"));
        QVERIFY(dialog->leftEdit()->isReadOnly());
        QCOMPARE(dialog->rightEdit()->text(), m_remote + QStringLiteral(":v1"));
        QVERIFY(dialog->suggestions().contains(m_remote + QStringLiteral(":v1")));
        QVERIFY(dialog->rightEdit()->completer());
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("same location")));
        // Bad input says why and cannot be accepted.
        dialog->rightEdit()->setText(QStringLiteral("oci:") + m_rightDir);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("no tag or digest")));
        dialog->rightEdit()->setText(QStringLiteral("NOT A REFERENCE"));
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!dialog->messageLabel()->text().isEmpty());
        dialog->rightEdit()->setText(m_rightLayout + QStringLiteral(":v2"));
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();

        CompareView* view = w.compareView();
        QVERIFY(view);
        QVERIFY(view->isWindow());
        QCOMPARE(view->leftLocation().toString(), m_remote + QStringLiteral(":v1"));
        QCOMPARE(view->rightLocation().toString(), m_rightLayout + QStringLiteral(":v2"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->isComparing(), kTimeoutMs);
        QCOMPARE(tabText(view, CompareView::FilesTab), QStringLiteral("Files (4)"));
        QCOMPARE(tabText(view, CompareView::PackagesTab), QStringLiteral("Packages (3)"));
        QVERIFY(view->windowTitle().contains(QStringLiteral("v2")));
        view->close(); // deleted on close
        QTRY_VERIFY_WITH_TIMEOUT(!w.window->findChild<CompareView*>(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.window->findChild<CompareDialog*>(), 5000);

        // The manifest in the details has it too, by digest.
        QTreeView* tree = w.window->detailsPanel()->treeView();
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() > 0, kTimeoutMs);
        emit tree->customContextMenuRequested(tree->visualRect(tree->model()->index(0, 0)).center());
        auto* detailsMenu = w.window->detailsPanel()->findChild<lading::ui::LocationMenu*>();
        QVERIFY(detailsMenu);
        auto* detailsAction = detailsMenu->findChild<QAction*>(QStringLiteral("compareWithAction"));
        QVERIFY(detailsAction);
        detailsAction->trigger();
        detailsMenu->close();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.window->findChild<CompareDialog*>()) != nullptr, kTimeoutMs);
        QVERIFY2(dialog->leftEdit()->text().endsWith(QStringLiteral("@") + m_pair.left.digest.toString()),
                 qPrintable(dialog->leftEdit()->text()));
        dialog->reject();
    }

    void toolsCompareOpensTheDialogWithTwoFields()
    {
        Window w;
        QVERIFY(w.show());
        auto* action = w.window->findChild<QAction*>(QStringLiteral("compareAction"));
        QVERIFY(action);
        action->trigger();
        CompareDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.window->findChild<CompareDialog*>()) != nullptr, kTimeoutMs);
        QVERIFY(!dialog->leftEdit()->isReadOnly());
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->leftEdit()->setText(QStringLiteral("oci:") + m_leftDir + QStringLiteral(":v1"));
        dialog->rightEdit()->setText(m_rightLayout + QStringLiteral(":v2"));
        QVERIFY(dialog->problem().isEmpty());
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        CompareView* view = w.compareView();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isComparing(), kTimeoutMs);
        QCOMPARE(tabText(view, CompareView::FilesTab), QStringLiteral("Files (4)"));
        // Swap: the same differences seen from the other side.
        view->swapSides();
        QVERIFY(view->isComparing());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isComparing(), kTimeoutMs);
        QCOMPARE(view->leftLocation().toString(), m_rightLayout + QStringLiteral(":v2"));
        QCOMPARE(view->filesView()->kindBox(ChangeKind::Added)->text(), QStringLiteral("Added (1)"));
        QVERIFY(view->filesView()
                    ->model()
                    ->indexOfPath(QStringLiteral("app/data"))
                    .siblingAtColumn(FileDiffModel::ChangeColumn)
                    .data()
                    .toString() == QStringLiteral("Added"));
    }

    void aTagDroppedOntoAnotherTagIsCompared()
    {
        Window w;
        QVERIFY(w.show());
        w.window->navigateTo(m_remote + QStringLiteral(":v1"));
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(w.tags(), QStringLiteral("v2")).isValid(), kTimeoutMs);
        const Location v1 = location(m_remote + QStringLiteral(":v1"));
        const QModelIndex v1Row = rowNamed(w.tags(), QStringLiteral("v1"));
        const QModelIndex v2Row = rowNamed(w.tags(), QStringLiteral("v2"));

        // The data of a real drag of v1: its export starts, and it carries the location.
        lading::ui::TransferJob* exportJob = nullptr;
        std::unique_ptr<QMimeData> mime(
            lading::ui::ArtifactActions::exportForDrag(*w.context, v1, &exportJob));
        QVERIFY(exportJob);
        QCOMPARE(lading::ui::TagDropTarget::locationOf(mime.get())->toString(), v1.toString());

        // Onto itself: refused, nothing opens.
        bool moveAccepted = true;
        QVERIFY(
            !dropMime(w.tags()->viewport(), w.tags()->visualRect(v1Row).center(), mime.get(), &moveAccepted));
        QVERIFY(!moveAccepted);
        // Onto v2: accepted, and the comparison of v1 with v2 opens; no push.
        QVERIFY(
            dropMime(w.tags()->viewport(), w.tags()->visualRect(v2Row).center(), mime.get(), &moveAccepted));
        QVERIFY(moveAccepted);
        CompareView* view = w.compareView();
        QVERIFY(view);
        QCOMPARE(view->leftLocation().toString(), v1.toString());
        QCOMPARE(view->rightLocation().toString(), m_remote + QStringLiteral(":v2"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->isComparing(), kTimeoutMs);
        QVERIFY2(view->stateStack()->state() == StateStack::State::Content,
                 qPrintable(view->stateStack()->message()));
        QCOMPARE(tabText(view, CompareView::FilesTab), QStringLiteral("Files (4)"));
        QVERIFY(!w.window->findChild<lading::ui::PushDialog*>());
        QCOMPARE(w.window->findChildren<CompareView*>().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(exportJob->isFinished(), kTimeoutMs);

        // Files from elsewhere still go to the push, not to a comparison.
        const QString file = m_work.filePath(QStringLiteral("notes.txt"));
        QVERIFY(lading::test::writeFile(file, "notes\n"));
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(file)});
        QVERIFY(dropMime(w.tags()->viewport(), w.tags()->visualRect(v2Row).center(), &files));
        QTRY_VERIFY_WITH_TIMEOUT(w.window->findChild<lading::ui::PushDialog*>(), kTimeoutMs);
        QCOMPARE(w.window->findChildren<CompareView*>().size(), 1);
    }

    void anErrorShowsWithRetry()
    {
        AppContext context;
        CompareView view(context);
        view.show();
        QSignalSpy finished(&view, &CompareView::finished);
        view.compare(location(m_remote + QStringLiteral(":v1")),
                     location(m_remote + QStringLiteral(":missing")));
        QVERIFY(finished.wait(kTimeoutMs) || finished.size() == 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(view.stateStack()->state(), StateStack::State::Error);
        QVERIFY(view.stateStack()->message().startsWith(QStringLiteral("Could not compare")));
        QVERIFY(!view.comparison());
        // The view's own Retry (each table has a state stack of its own too, hidden).
        QPushButton* retry = nullptr;
        for (QPushButton* button :
             view.stateStack()->findChildren<QPushButton*>(QStringLiteral("retryButton"))) {
            if (button->isVisible())
                retry = button;
        }
        QVERIFY(retry);
        retry->click();
        QVERIFY(view.isComparing());
        QVERIFY(finished.wait(kTimeoutMs) || finished.size() == 2);
        QCOMPARE(view.stateStack()->state(), StateStack::State::Error);
    }

    void theWindowKeepsTurningWhileTwoBigImagesAreCompared()
    {
        // Two images of 64 MiB each, every byte read and hashed on both sides: uncompressed tars of
        // pseudo-random bytes (a layer of zeros would be refused as a decompression bomb).
        const QString leftDir = m_work.filePath(QStringLiteral("big-left"));
        const QString rightDir = m_work.filePath(QStringLiteral("big-right"));
        const auto noise = [](qsizetype size, quint64 seed) {
            QByteArray bytes(size, Qt::Uninitialized);
            quint64 x = seed;
            for (qsizetype i = 0; i + 8 <= size; i += 8) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                std::memcpy(bytes.data() + i, &x, 8);
            }
            return bytes;
        };
        constexpr qsizetype kSize = qsizetype(64) * 1024 * 1024;
        const QList<std::pair<QString, QList<lading::test::TarItem>>> images = {
            {leftDir, {lading::test::TarItem::file(QStringLiteral("data/blob"), noise(kSize, 1))}},
            {rightDir,
             {lading::test::TarItem::file(QStringLiteral("data/blob"), noise(kSize / 2, 2)),
              lading::test::TarItem::file(QStringLiteral("data/more"), noise(kSize / 2, 3))}}};
        for (const auto& [dir, items] : images) {
            auto store = LayoutStore::open(dir, true);
            QVERIFY2(store.ok(), qPrintable(store.error().toString()));
            const auto layer = lading::test::pushTestBlob(
                *store.value(), QString(lading::oci::MediaType::OciLayerTar),
                lading::test::layerBytes(items, lading::test::LayerCompression::None));
            lading::test::pushTestImage(*store.value(),
                                        lading::test::testImageConfig(QStringLiteral("amd64")), {layer}, {},
                                        QStringLiteral("big"));
        }
        AppContext context;
        CompareView view(context);
        view.show();
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longest = qMax(longest, now - last);
            last = now;
            ++ticks;
        });
        QSignalSpy finished(&view, &CompareView::finished);
        clock.start();
        timer.start();
        view.compare(location(QStringLiteral("oci:") + leftDir + QStringLiteral(":big")),
                     location(QStringLiteral("oci:") + rightDir + QStringLiteral(":big")));
        QVERIFY(finished.wait(kTimeoutMs) || finished.size() == 1);
        timer.stop();
        QVERIFY2(finished.first().first().toBool(), qPrintable(view.stateStack()->message()));
        qInfo("compared two 64 MiB images in %lld ms; %d ticks, the longest gap %lld ms", clock.elapsed(),
              ticks, longest);
        QVERIFY2(longest < 500,
                 qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(longest)));
        QCOMPARE(tabText(&view, CompareView::FilesTab), QStringLiteral("Files (2)"));

        // Cancel stops a comparison under way and says so, with Retry.
        view.compare(location(QStringLiteral("oci:") + leftDir + QStringLiteral(":big")),
                     location(QStringLiteral("oci:") + rightDir + QStringLiteral(":big")));
        QVERIFY(view.cancelButton()->isVisible());
        view.cancelButton()->click();
        QVERIFY(finished.wait(kTimeoutMs) || finished.size() == 2);
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(view.stateStack()->state(), StateStack::State::Error);
        QVERIFY2(view.stateStack()->message().contains(QStringLiteral("cancelled")),
                 qPrintable(view.stateStack()->message()));
        QVERIFY(!view.cancelButton()->isVisible());
        QCOMPARE(view.filesView()->kindBox(ChangeKind::Changed)->text(), QStringLiteral("Modified (1)"));
        QCOMPARE(view.filesView()->kindBox(ChangeKind::Added)->text(), QStringLiteral("Added (1)"));
    }

    void screenshot()
    {
        AppContext context;
        auto* view = CompareView::openWindow(context, location(m_remote + QStringLiteral(":v1")),
                                             location(m_rightLayout + QStringLiteral(":v2")), nullptr);
        std::unique_ptr<CompareView> owner(view);
        view->setAttribute(Qt::WA_DeleteOnClose, false);
        view->resize(1400, 860);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isComparing(), kTimeoutMs);
        QCOMPARE(view->stateStack()->state(), StateStack::State::Content);
        QVERIFY(QTest::qWaitForWindowExposed(view));
        const QString dir = QStringLiteral(LADING_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        for (const auto& [tab, name] :
             {std::pair{CompareView::FilesTab, QStringLiteral("compare.png")},
              std::pair{CompareView::ManifestTab, QStringLiteral("compare-manifest.png")},
              std::pair{CompareView::ReferrersTab, QStringLiteral("compare-referrers.png")}}) {
            view->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QImage image = view->grab().toImage();
            const QString path = dir + QLatin1Char('/') + name;
            QVERIFY2(image.save(path), qPrintable(path));
            QWidget* data = view->tabs()->currentWidget();
            const QRect area = data->rect().translated(data->mapTo(view, QPoint(0, 0)));
            const auto whole = pixelStats(image, image.rect());
            const auto shown = pixelStats(image, area);
            QVERIFY2(whole.first >= 64,
                     qPrintable(QStringLiteral("%1: %2 colours").arg(name).arg(whole.first)));
            QVERIFY2(shown.first >= 16 && shown.second < 0.97,
                     qPrintable(QStringLiteral("%1: %2 colours in the tab, %3% of one")
                                    .arg(name)
                                    .arg(shown.first)
                                    .arg(shown.second * 100, 0, 'f', 1)));
            qInfo("%s: %d colours, the tab %d (%.1f%% background)", qPrintable(path), whole.first,
                  shown.first, shown.second * 100);
        }
    }

private:
    QTemporaryDir m_work;
    std::unique_ptr<RegistryFixture> m_registry;
    DiffPair m_pair;
    lading::oci::Descriptor m_arm64;
    QString m_leftDir;
    QString m_rightDir;
    QString m_rightLayout; // oci:…
    QString m_remote;      // host/team/app (v1 and v2)
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
