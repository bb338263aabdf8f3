// The Files tab. LayerFilesModel passes QAbstractItemModelTester over a single layer (whiteouts greyed with a
// tooltip, opaque folders italic), a merged filesystem (Layer column) and filters (substring, name glob, path
// glob). Against Debian's real registry, in a DetailsPanel offscreen: an image's merged files with the layer
// of each, one layer's own entries with its whiteouts, the filter, a text file viewed inline and a binary one
// named as such, a folder extracted to disk, "Show Files" on a layer of the Tree tab, a decompression bomb
// reported in the tab, and a cancelled listing.
#include "core/inspect/layerfiletree.h"
#include "core/inspect/mergedfilesystem.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testfiles.h"
#include "tests/support/testlayers.h"
#include "tests/support/uiresources.h"
#include "ui/appcontext.h"
#include "ui/models/itemroles.h"
#include "ui/models/layerfilesmodel.h"
#include "ui/models/manifesttreemodel.h"
#include "ui/util/async.h"
#include "ui/views/detailspanel.h"
#include "ui/views/layerfilesview.h"
#include "ui/widgets/statestack.h"
#include "ui/widgets/textviewer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using lading::inspect::LayerEntry;
using lading::inspect::LayerFileTree;
using lading::inspect::MergedFileSystem;
using lading::oci::Digest;
using lading::store::Location;
using lading::test::LayerCompression;
using lading::test::RegistryFixture;
using lading::test::TarItem;
using lading::ui::AppContext;
using lading::ui::DetailsPanel;
using lading::ui::LayerFilesModel;
using lading::ui::LayerFilesView;
using lading::ui::StateStack;
namespace ItemRole = lading::ui::ItemRole;
namespace MediaType = lading::oci::MediaType;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60000;

std::shared_ptr<const LayerFileTree> treeOf(const QList<TarItem>& items, const QString& dir)
{
    const QString path = dir + u"/layer.tar"_s;
    if (!lading::test::writeLayer(path, items, LayerCompression::None))
        return nullptr;
    auto tree = LayerFileTree::read(path);
    return tree ? std::make_shared<const LayerFileTree>(std::move(tree).value()) : nullptr;
}

// Every path the model shows, depth first.
QStringList shownPaths(const LayerFilesModel& model, const QModelIndex& parent = {})
{
    QStringList paths;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        paths.append(index.data(ItemRole::LayerFilePathRole).toString());
        paths.append(shownPaths(model, index));
    }
    return paths;
}

QJsonObject descriptorJson(const QString& mediaType, const QByteArray& bytes)
{
    return {{u"mediaType"_s, mediaType},
            {u"digest"_s, Digest::sha256Of(bytes).toString()},
            {u"size"_s, qint64(bytes.size())}};
}

// An image of `layers` (gzip tars) pushed with the fixture's own HTTP code.
bool seedImage(RegistryFixture& registry, const QString& repository, const QString& tag,
               const QList<QByteArray>& layers, QString* why)
{
    const QByteArray config =
        R"({"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}})";
    QJsonArray layerArray;
    for (const QByteArray& layer : layers) {
        auto pushed = registry.seedBlob(repository, layer);
        if (!pushed) {
            *why = pushed.error().message;
            return false;
        }
        layerArray.append(descriptorJson(QString(MediaType::OciLayerTarGzip), layer));
    }
    if (auto pushed = registry.seedBlob(repository, config); !pushed) {
        *why = pushed.error().message;
        return false;
    }
    const QJsonObject manifest{{u"schemaVersion"_s, 2},
                               {u"mediaType"_s, QString(MediaType::OciManifest)},
                               {u"config"_s, descriptorJson(QString(MediaType::OciConfig), config)},
                               {u"layers"_s, layerArray}};
    auto pushed =
        registry.seedManifest(repository, tag, QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                              QString(MediaType::OciManifest));
    if (!pushed)
        *why = pushed.error().message;
    return pushed.ok();
}

const QByteArray kReadme = "Lading layer files\nsecond line\n";

} // namespace

class TestLayerFilesView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        lading::test::initUiResources();
        QVERIFY(m_work.isValid());
        lading::test::isolateEnvironment(m_work, u"tst_layerfilesview"_s);
        // BlobSpool::shared() keeps fetched layers in the cache folder: the test's own.
        qputenv("XDG_CACHE_HOME", m_work.filePath(u"cache"_s).toUtf8());
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        lading::ui::workerPool().waitForDone();
    }

    void modelShowsASingleLayer()
    {
        QTemporaryDir dir;
        QList<TarItem> items = lading::test::sampleLayerItems();
        items.append(TarItem::file(u"../climbing"_s, "x"));
        const auto tree = treeOf(items, dir.path());
        QVERIFY(tree);
        LayerFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTree(tree, false);
        QCOMPARE(model.columnCount(), int(LayerFilesModel::ColumnCount));
        QCOMPARE(model.headerData(LayerFilesModel::ModeColumn, Qt::Horizontal).toString(), u"Mode"_s);

        const QModelIndex motd = model.indexOfPath(u"etc/motd"_s);
        QVERIFY(motd.isValid());
        QCOMPARE(motd.data(ItemRole::LayerFileTypeRole).toInt(), int(LayerEntry::Type::Whiteout));
        QVERIFY(motd.data(ItemRole::LayerFileWhiteoutRole).toBool());
        QCOMPARE(motd.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
        QVERIFY2(motd.data(Qt::ToolTipRole).toString().contains(u"Whiteout"_s),
                 qPrintable(motd.data(Qt::ToolTipRole).toString()));
        const QModelIndex cache = model.indexOfPath(u"var/cache"_s);
        QVERIFY(cache.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(cache.data(Qt::ToolTipRole).toString().contains(u"Opaque"_s));

        const QModelIndex shadow = model.indexOfPath(u"etc/shadow"_s);
        QCOMPARE(shadow.siblingAtColumn(LayerFilesModel::ModeColumn).data().toString(), u"-rw-r-----"_s);
        QCOMPARE(shadow.siblingAtColumn(LayerFilesModel::OwnerColumn).data().toString(), u"root:shadow"_s);
        QCOMPARE(shadow.data(ItemRole::LayerFileSizeRole).toLongLong(), qint64(19));
        const QModelIndex etc = model.indexOfPath(u"etc"_s);
        QCOMPARE(etc.data(ItemRole::LayerFileSizeRole).toLongLong(), qint64(19 + 7));
        QCOMPARE(
            model.indexOfPath(u"bin"_s).siblingAtColumn(LayerFilesModel::LinkTargetColumn).data().toString(),
            u"usr/bin"_s);
        QVERIFY(model.indexOfPath(u"usr/bin/tool-again"_s)
                    .siblingAtColumn(LayerFilesModel::LinkTargetColumn)
                    .data()
                    .toString()
                    .contains(u"hard link"_s));
        const QModelIndex climbing = model.indexOfPath(u"climbing"_s);
        QVERIFY(climbing.data(ItemRole::LayerFileUnsafeRole).toBool());
        QVERIFY(climbing.data(Qt::ToolTipRole).toString().contains(u"never extracted"_s));
        // Parents and rows agree both ways (the tester checks the rest).
        QCOMPARE(model.parent(shadow), etc);
        QCOMPARE(model.path(shadow), u"etc/shadow"_s);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void modelFilters_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<int>("matches");
        QTest::newRow("substring") << u"HOST"_s << QStringList{u"etc"_s, u"etc/hostname"_s} << 1;
        QTest::newRow("name glob") << u"*.txt"_s
                                   << QStringList{u"home"_s, u"home/user"_s, u"home/user/notes.txt"_s} << 1;
        QTest::newRow("path glob") << u"usr/*/tool*"_s
                                   << QStringList{u"usr"_s, u"usr/bin"_s, u"usr/bin/tool"_s,
                                                  u"usr/bin/tool-again"_s}
                                   << 2;
        QTest::newRow("folder shows its contents")
            << u"cache"_s << QStringList{u"var"_s, u"var/cache"_s, u"var/cache/new"_s} << 2;
        QTest::newRow("nothing") << u"no-such-name"_s << QStringList{} << 0;
    }
    void modelFilters()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, paths);
        QFETCH(int, matches);
        QTemporaryDir dir;
        const auto tree = treeOf(lading::test::sampleLayerItems(), dir.path());
        LayerFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTree(tree, false);
        model.setFilter(pattern);
        QCOMPARE(shownPaths(model), paths);
        QCOMPARE(model.filterMatches(), qsizetype(matches));
        QCOMPARE(model.filterPattern(), pattern);
        model.setFilter(QString());
        QCOMPARE(model.filterMatches(), qsizetype(-1));
        QCOMPARE(model.rowCount(), tree->childCount(LayerFileTree::RootId));
        // A filter computed for another tree is not applied.
        model.applyFilter(
            LayerFilesModel::computeFilter(treeOf(lading::test::sampleLayerItems(), dir.path()), pattern));
        QCOMPARE(model.filterMatches(), qsizetype(-1));
    }

    void modelShowsTheMergedLayers()
    {
        MergedFileSystem merged;
        LayerEntry a;
        a.path = u"etc/a"_s;
        merged.apply(a, 0);
        LayerEntry b = a;
        b.path = u"etc/b"_s;
        merged.apply(b, 1);
        merged.finish();
        auto shared = std::make_shared<const MergedFileSystem>(merged);
        LayerFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTree(std::shared_ptr<const LayerFileTree>(shared, &shared->tree()), true);
        QVERIFY(model.isMerged());
        QCOMPARE(
            model.indexOfPath(u"etc/b"_s).siblingAtColumn(LayerFilesModel::LayerColumn).data().toString(),
            u"Layer 2"_s);
        QCOMPARE(model.indexOfPath(u"etc/a"_s).data(ItemRole::LayerFileLayerRole).toInt(), 0);
        model.setFilter(u"b"_s);
        QCOMPARE(shownPaths(model), QStringList({u"etc"_s, u"etc/b"_s}));
    }

    void binaryIsRecognised()
    {
        QVERIFY(!LayerFilesView::looksBinary("plain text\n"));
        QVERIFY(!LayerFilesView::looksBinary("gr\xc3\xbc\xc3\x9f dich\n"));
        QVERIFY(LayerFilesView::looksBinary(QByteArray("ELF\0\0\0", 6)));
        QVERIFY(LayerFilesView::looksBinary(lading::test::randomBytes(4096, 1).replace('\0', 'x')));
    }

    void filesTabAgainstARealRegistry()
    {
        QVERIFY(startRegistry());
        const QList<QByteArray> layers = {
            lading::test::layerBytes(
                {TarItem::directory(u"etc/"_s), TarItem::file(u"etc/os-release"_s, "ID=lading\n"),
                 TarItem::file(u"etc/motd"_s, "welcome\n"), TarItem::file(u"docs/README"_s, kReadme),
                 TarItem::file(u"docs/guide/intro.txt"_s, "intro\n"),
                 TarItem::file(u"bin/tool"_s,
                               QByteArray("\x7f"
                                          "ELF\0\0\1\2",
                                          8),
                               0755)},
                LayerCompression::Gzip),
            lading::test::layerBytes({TarItem::whiteout(u"etc/motd"_s),
                                      TarItem::file(u"etc/hostname"_s, "lading\n"),
                                      TarItem::file(u"docs/guide/more.txt"_s, "more\n")},
                                     LayerCompression::Gzip),
        };
        QString why;
        QVERIFY2(seedImage(*m_registry, u"files/app"_s, u"1.0"_s, layers, &why), qPrintable(why));
        QVERIFY(showAndWait(u"files/app:1.0"_s));
        QTabWidget* tabs = m_panel->tabs();
        QVERIFY(tabs->isTabVisible(DetailsPanel::FilesTab));
        LayerFilesView* view = m_panel->filesView();
        QCOMPARE(tabs->widget(DetailsPanel::FilesTab), view);
        // Nothing is read before the tab is shown.
        QCOMPARE(view->model()->rowCount(), 0);

        QSignalSpy listed(view, &LayerFilesView::listed);
        m_panel->showTab(DetailsPanel::FilesTab);
        QVERIFY(listed.wait(kTimeoutMs));
        QCOMPARE(listed.constFirst().constFirst().toBool(), true);
        QCOMPARE(view->stateStack()->state(), StateStack::State::Content);
        LayerFilesModel* model = view->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(shownPaths(*model),
                 QStringList({u"bin"_s, u"bin/tool"_s, u"docs"_s, u"docs/README"_s, u"docs/guide"_s,
                              u"docs/guide/intro.txt"_s, u"docs/guide/more.txt"_s, u"etc"_s,
                              u"etc/hostname"_s, u"etc/os-release"_s}));
        QCOMPARE(model->indexOfPath(u"etc/hostname"_s)
                     .siblingAtColumn(LayerFilesModel::LayerColumn)
                     .data()
                     .toString(),
                 u"Layer 2"_s);
        QCOMPARE(model->indexOfPath(u"etc/os-release"_s).data(ItemRole::LayerFileLayerRole).toInt(), 0);
        QVERIFY(!view->treeView()->isColumnHidden(LayerFilesModel::LayerColumn));
        QCOMPARE(view->layerPicker()->count(), 3);
        QVERIFY2(view->layerPicker()->itemText(2).startsWith(u"Layer 2 sha256:"_s),
                 qPrintable(view->layerPicker()->itemText(2)));

        // One layer's own entries, its whiteout greyed.
        view->showLayer(1);
        QVERIFY(listed.wait(kTimeoutMs));
        QVERIFY(view->treeView()->isColumnHidden(LayerFilesModel::LayerColumn));
        const QModelIndex motd = model->indexOfPath(u"etc/motd"_s);
        QVERIFY(motd.isValid());
        QVERIFY(motd.data(ItemRole::LayerFileWhiteoutRole).toBool());
        QCOMPARE(motd.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
        QVERIFY(!model->indexOfPath(u"etc/os-release"_s).isValid());
        // Back to the merged view: kept from before, not listed again.
        view->showLayer(LayerFilesView::MergedView);
        QVERIFY(model->indexOfPath(u"etc/os-release"_s).isValid());
        QCOMPARE(view->stateStack()->state(), StateStack::State::Content);

        // The filter runs off the GUI thread and opens the folders it keeps.
        QSignalSpy filtered(view, &LayerFilesView::filtered);
        view->filterEdit()->setText(u"guide/*.txt"_s);
        QVERIFY(filtered.wait(kTimeoutMs));
        QCOMPARE(shownPaths(*model), QStringList({u"docs"_s, u"docs/guide"_s, u"docs/guide/intro.txt"_s,
                                                  u"docs/guide/more.txt"_s}));
        QVERIFY(view->treeView()->isExpanded(model->indexOfPath(u"docs/guide"_s)));
        QVERIFY(view->statusLabel()->text().contains(u"2"_s));
        view->filterEdit()->clear();
        QVERIFY(filtered.wait(kTimeoutMs));
        QCOMPARE(model->filterMatches(), qsizetype(-1));

        // A text file inline; a binary one named as such.
        QSignalSpy shown(view, &LayerFilesView::fileShown);
        view->viewFile(model->indexOfPath(u"docs/README"_s));
        QVERIFY(shown.wait(kTimeoutMs));
        QCOMPARE(view->viewer()->text(), QString::fromUtf8(kReadme));
        QVERIFY(view->viewer()->isVisible());
        view->viewFile(model->indexOfPath(u"bin/tool"_s));
        QVERIFY(shown.wait(kTimeoutMs));
        QVERIFY2(view->viewer()->text().contains(u"binary file"_s) ||
                     view->viewer()->caption().contains(u"binary file"_s),
                 qPrintable(view->viewer()->text() + view->viewer()->caption()));

        // A folder of the merged filesystem extracted: each file from the layer it survives from.
        QTemporaryDir target;
        QSignalSpy extracted(view, &LayerFilesView::extracted);
        view->extract(model->indexOfPath(u"docs"_s), target.path());
        QVERIFY(extracted.wait(kTimeoutMs));
        QVERIFY2(extracted.constFirst().at(0).toBool(), qPrintable(extracted.constFirst().at(1).toString()));
        QCOMPARE(lading::test::readFileOrMissing(target.filePath(u"docs/README"_s)), kReadme);
        QCOMPARE(lading::test::readFileOrMissing(target.filePath(u"docs/guide/more.txt"_s)),
                 QByteArray("more\n"));
        QVERIFY(view->statusLabel()->text().contains(u"Extracted docs"_s));

        // "Show Files" on a layer of the Tree tab opens that layer here.
        m_panel->showTab(DetailsPanel::TreeTab);
        QTreeView* tree = m_panel->treeView();
        const QModelIndex root = m_panel->treeModel()->index(0, 0);
        QModelIndex layerRow;
        for (int row = 0; row < m_panel->treeModel()->rowCount(root); ++row) {
            const QModelIndex child = m_panel->treeModel()->index(row, 0, root);
            if (m_panel->treeModel()->nodeKind(child) == lading::ui::ManifestTreeModel::NodeKind::Layer)
                layerRow = child; // the last layer
        }
        QVERIFY(layerRow.isValid());
        tree->scrollTo(layerRow);
        emit tree->customContextMenuRequested(tree->visualRect(layerRow).center());
        QMenu* menu = m_panel->findChild<QMenu*>(u"blobMenu"_s);
        QVERIFY(menu);
        QAction* showFiles = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->text() == u"Show Files"_s)
                showFiles = action;
        }
        QVERIFY(showFiles);
        showFiles->trigger();
        menu->close();
        QCOMPARE(tabs->currentIndex(), int(DetailsPanel::FilesTab));
        QCOMPARE(view->currentLayer(), 1);
        QCOMPARE(view->layerPicker()->currentData().toInt(), 1);
        QVERIFY(QTest::qWaitFor([&] { return !view->isLoading(); }, kTimeoutMs));
        QVERIFY(model->indexOfPath(u"etc/motd"_s).isValid());
    }

    void decompressionBombShowsInTheTab()
    {
        QVERIFY(startRegistry());
        const QString bombFile = m_work.filePath(u"bomb.tar.gz"_s);
        QVERIFY(lading::test::writeZeroLayer(bombFile, qint64(2) * 1024 * 1024 * 1024));
        QString why;
        QVERIFY2(seedImage(*m_registry, u"files/bomb"_s, u"1"_s, {lading::test::readFile(bombFile)}, &why),
                 qPrintable(why));
        QVERIFY(showAndWait(u"files/bomb:1"_s));
        LayerFilesView* view = m_panel->filesView();
        QSignalSpy listed(view, &LayerFilesView::listed);
        m_panel->showTab(DetailsPanel::FilesTab);
        QVERIFY(listed.wait(kTimeoutMs));
        QCOMPARE(listed.constFirst().constFirst().toBool(), false);
        QCOMPARE(view->stateStack()->state(), StateStack::State::Error);
        QVERIFY2(view->stateStack()->message().contains(u"decompression bomb"_s),
                 qPrintable(view->stateStack()->message()));
    }

    void listingCanBeCancelled()
    {
        QVERIFY(startRegistry());
        QString why;
        QVERIFY2(seedImage(*m_registry, u"files/cancel"_s, u"1"_s,
                           {lading::test::layerBytes({TarItem::file(u"a"_s, "a"), TarItem::file(u"b"_s, "b")},
                                                     LayerCompression::Gzip)},
                           &why),
                 qPrintable(why));
        QVERIFY(showAndWait(u"files/cancel:1"_s));
        LayerFilesView* view = m_panel->filesView();
        QSignalSpy listed(view, &LayerFilesView::listed);
        m_panel->showTab(DetailsPanel::FilesTab);
        QVERIFY(view->isLoading());
        view->cancel();
        QVERIFY(listed.wait(kTimeoutMs));
        QCOMPARE(listed.constFirst().constFirst().toBool(), false);
        QVERIFY2(view->stateStack()->message().contains(u"cancelled"_s),
                 qPrintable(view->stateStack()->message()));
        // Retry lists it.
        emit view->stateStack()->retryRequested();
        QVERIFY(listed.wait(kTimeoutMs));
        QCOMPARE(listed.at(1).constFirst().toBool(), true);
        QCOMPARE(view->model()->rowCount(), 2);
    }

    void onlyImagesOfTarLayersHaveFiles()
    {
        const auto manifestWith = [](const QString& layerType) {
            const QByteArray layer = "x";
            const QJsonObject json{{u"schemaVersion"_s, 2},
                                   {u"mediaType"_s, QString(MediaType::OciManifest)},
                                   {u"config"_s, descriptorJson(QString(MediaType::OciConfig), "{}")},
                                   {u"layers"_s, QJsonArray{descriptorJson(layerType, layer)}}};
            return lading::oci::Manifest::parse(QJsonDocument(json).toJson(QJsonDocument::Compact)).value();
        };
        QVERIFY(LayerFilesView::hasFiles(manifestWith(QString(MediaType::OciLayerTarGzip))));
        QVERIFY(LayerFilesView::hasFiles(manifestWith(QString(MediaType::OciLayerTarZstd))));
        QVERIFY(LayerFilesView::hasFiles(manifestWith(QString(MediaType::DockerLayerTarGzip))));
        QVERIFY(!LayerFilesView::hasFiles(manifestWith(QString(MediaType::HelmChart))));
        QVERIFY(!LayerFilesView::hasFiles(manifestWith(QString(MediaType::WasmLayer))));
        QVERIFY(!LayerFilesView::hasFiles(lading::oci::Manifest()));
    }

private:
    bool startRegistry()
    {
        if (!m_registry) {
            QString why;
            m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
            if (!m_registry) {
                qWarning("%s", qPrintable(why));
                return false;
            }
            m_context = std::make_unique<AppContext>();
        }
        m_panel = std::make_unique<DetailsPanel>(*m_context);
        m_panel->resize(1100, 800);
        m_panel->show();
        return QTest::qWaitForWindowExposed(m_panel.get());
    }

    bool showAndWait(const QString& reference)
    {
        const Location location = Location::parse(m_registry->host() + QLatin1Char('/') + reference).value();
        m_panel->showLocation(location);
        if (!QTest::qWaitFor([this] { return !m_panel->isLoading(); }, kTimeoutMs))
            return false;
        return m_panel->stateStack(DetailsPanel::SummaryTab)->state() == StateStack::State::Content;
    }

    QTemporaryDir m_work;
    std::unique_ptr<RegistryFixture> m_registry;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<DetailsPanel> m_panel;
};

QTEST_MAIN(TestLayerFilesView)
#include "tst_layerfilesview.moc"
