// Screenshots of the main views for a person to look at, saved to build/screenshots/: the whole window at
// 1400×860 against Debian's real registry seeded by scripts/seed-demo.sh. Each one is checked to show
// real content: the view it is about is populated (rows, texts) and its pixels are not one flat colour.
#include "core/oci/digest.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/uiresources.h"
#include "ui/appcontext.h"
#include "ui/models/itemroles.h"
#include "ui/models/manifesttreemodel.h"
#include "ui/models/referrersmodel.h"
#include "ui/models/repositorymodel.h"
#include "ui/models/sourcesmodel.h"
#include "ui/models/tagmodel.h"
#include "ui/util/async.h"
#include "ui/views/browserpanel.h"
#include "ui/views/configview.h"
#include "ui/views/detailspanel.h"
#include "ui/views/jsonview.h"
#include "ui/views/mainwindow.h"
#include "ui/views/referrersview.h"
#include "ui/views/sourcespanel.h"
#include "ui/views/summaryview.h"
#include "ui/widgets/statestack.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QSettings>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using lading::oci::Digest;
using lading::test::initUiResources;
using lading::test::isolateEnvironment;
using lading::test::RegistryFixture;
using lading::test::runLading;
using lading::test::seedDemo;
using lading::ui::AppContext;
using lading::ui::DetailsPanel;
using lading::ui::MainWindow;
using lading::ui::ManifestTreeModel;
using lading::ui::ReferrersModel;
using lading::ui::Source;
using lading::ui::SourcesModel;
using lading::ui::StateStack;
namespace ItemRole = lading::ui::ItemRole;

namespace {

constexpr int kTimeoutMs = 30000;
const QSize kWindowSize(1400, 860);

template <typename T> T* child(const QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

QString screenshotDir()
{
    return QStringLiteral(LADING_BINARY_DIR "/screenshots");
}

// How varied the pixels of `area` are: distinct colours, and the share of the most common one.
struct PixelStats
{
    int distinctColours = 0;
    double dominantShare = 1.0;
};

PixelStats statsOf(const QImage& image, const QRect& area)
{
    QHash<QRgb, int> counts;
    const QRect rect = area.intersected(image.rect());
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    PixelStats stats;
    stats.distinctColours = int(counts.size());
    int dominant = 0;
    for (int count : std::as_const(counts))
        dominant = qMax(dominant, count);
    const qint64 total = qint64(rect.width()) * rect.height();
    stats.dominantShare = total > 0 ? double(dominant) / double(total) : 1.0;
    return stats;
}

QStringList columnTexts(const QAbstractItemModel* model, const QModelIndex& parent = {}, int column = 0)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row)
        texts.append(model->index(row, column, parent).data().toString());
    return texts;
}

} // namespace

class TestScreenshots final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initUiResources();
        QVERIFY(m_work.isValid());
        isolateEnvironment(m_work, QStringLiteral("tst_screenshots"));
        QSettings().clear();
        QVERIFY(QDir().mkpath(screenshotDir()));

        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(m_registry, qPrintable(why));
        QVERIFY2(seedDemo(*m_registry, &why), qPrintable(why));
        // A few more tags of the demo image, so the tag list and its filter have something to narrow.
        QString mediaType;
        auto index = m_registry->fetchManifest(QStringLiteral("demo/app"), QStringLiteral("1.0"), &mediaType);
        QVERIFY2(index, qPrintable(index.error().message));
        for (const char* tag : {"1.0.1", "1.1", "1.2", "2.0", "2.0-rc1", "latest", "stable"}) {
            auto tagged = m_registry->seedManifest(QStringLiteral("demo/app"), QString::fromLatin1(tag),
                                                   index.value(), mediaType);
            QVERIFY2(tagged, qPrintable(tagged.error().message));
        }
        m_layout = m_work.filePath(QStringLiteral("demo-layout"));
        const auto copied = runLading({QStringLiteral("copy"), at(QStringLiteral("demo/app:1.0")),
                                       QStringLiteral("oci:") + m_layout + QStringLiteral(":1.0")});
        QVERIFY2(copied.ok(), qPrintable(copied.describe()));

        m_context = std::make_unique<AppContext>();
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->resize(kWindowSize);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(m_window->size(), kWindowSize);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        lading::ui::workerPool().waitForDone(60000);
        QCoreApplication::processEvents();
        m_context.reset();
    }

    void summaryOfTheMultiPlatformImage()
    {
        QVERIFY(open(QStringLiteral("demo/app:1.0"), QStringLiteral("Multi-platform image")));
        details()->showTab(DetailsPanel::SummaryTab);
        QLabel* referrers = child<QLabel>(details(), "summaryReferrers");
        QTRY_VERIFY2_WITH_TIMEOUT(referrers->text().contains(QLatin1String("2 SBOMs")),
                                  qPrintable(referrers->text()), kTimeoutMs);
        QVERIFY(child<QLabel>(details(), "summaryPlatforms")->text().contains(QLatin1String("linux/arm64")));
        QVERIFY(!child<QLabel>(details(), "summaryDigest")->text().isEmpty());
        QVERIFY(!child<QLabel>(details(), "summarySize")->text().isEmpty());
        QVERIFY(!child<QLabel>(details(), "summaryIcon")->pixmap().isNull());
        // The browser shows where it is: the repositories and the selected tag.
        QVERIFY(m_window->browserPanel()->repositoryModel()->rowCount() >= 7);
        QCOMPARE(m_window->browserPanel()->selectedTag(), QStringLiteral("1.0"));
        shoot(QStringLiteral("summary-multi-platform.png"), details());
    }

    void treeExpanded()
    {
        QVERIFY(open(QStringLiteral("demo/app:1.0"), QStringLiteral("Multi-platform image")));
        details()->showTab(DetailsPanel::TreeTab);
        QTreeView* tree = details()->treeView();
        ManifestTreeModel* model = details()->treeModel();
        const QModelIndex root = model->index(0, 0);
        QCOMPARE(model->rowCount(root), 2);
        for (int row = 0; row < model->rowCount(root); ++row) {
            const QModelIndex platform = model->index(row, 0, root);
            tree->expand(platform);
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(platform) >= 2 &&
                                         model->nodeKind(model->index(0, 0, platform)) ==
                                             ManifestTreeModel::NodeKind::Config,
                                     kTimeoutMs);
        }
        tree->expandAll();
        QTRY_COMPARE(model->pendingLoads(), 0);
        QCOMPARE(columnTexts(model, root),
                 (QStringList{QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")}));
        QVERIFY(!model->index(0, ManifestTreeModel::MediaTypeColumn, model->index(0, 0, root))
                     .data()
                     .toString()
                     .isEmpty());
        shoot(QStringLiteral("tree-expanded.png"), tree->viewport());
    }

    void jsonWithDigestLinks()
    {
        QVERIFY(open(QStringLiteral("demo/app:1.0"), QStringLiteral("Multi-platform image")));
        details()->showTab(DetailsPanel::JsonTab);
        lading::ui::JsonView* json = details()->jsonView();
        QVERIFY(json->text().contains(QLatin1String("\"manifests\"")));
        QCOMPARE(json->links().size(), 2);
        QVERIFY(!child<QLabel>(json, "jsonCaption")->text().isEmpty());
        // The text, not the empty space under it.
        QTextBrowser* browser = json->browser();
        const int textHeight = int(browser->document()->size().height());
        shoot(QStringLiteral("json.png"), browser->viewport(),
              QRect(0, 0, browser->viewport()->width(), qMin(textHeight, browser->viewport()->height())));
    }

    void configOfAPlatformImage()
    {
        QVERIFY(open(QStringLiteral("demo/app:1.0"), QStringLiteral("Multi-platform image")));
        // The first platform, as a click in the summary opens it.
        emit child<QLabel>(details(), "summaryPlatforms")->linkActivated(QStringLiteral("0"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->addressBar()->text().contains(QLatin1Char('@')), kTimeoutMs);
        QVERIFY(waitForDetails(QStringLiteral("Container image")));
        details()->showTab(DetailsPanel::ConfigTab);
        QCOMPARE(details()->stateStack(DetailsPanel::ConfigTab)->state(), StateStack::State::Content);
        lading::ui::ConfigView* config = details()->configView();
        QCOMPARE(child<QLabel>(config, "configPlatform")->text(), QStringLiteral("linux/amd64"));
        QCOMPARE(child<QLabel>(config, "configCmd")->text(), QStringLiteral("/bin/cat /etc/motd"));
        // umoci's config: no environment, a label and the history of the layer.
        QVERIFY(child<QTableWidget>(config, "configLabels")->rowCount() > 0);
        QVERIFY(child<QTableWidget>(config, "configHistory")->rowCount() > 0);
        shoot(QStringLiteral("config-platform-image.png"), config);
    }

    void referrersGraphExpanded()
    {
        QVERIFY(open(QStringLiteral("demo/app:1.0"), QStringLiteral("Multi-platform image")));
        details()->showTab(DetailsPanel::ReferrersTab);
        lading::ui::ReferrersView* view = details()->referrersView();
        ReferrersModel* model = view->model();
        QTRY_VERIFY_WITH_TIMEOUT(view->directCount() >= 4 && model->sbomCount() >= 0, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(noLoadingRows(model, {}), kTimeoutMs);
        view->treeView()->expandAll();
        QTRY_VERIFY_WITH_TIMEOUT(noLoadingRows(model, {}), kTimeoutMs);
        const QStringList kinds = columnTexts(model);
        QVERIFY2(kinds.contains(QStringLiteral("SPDX SBOM")) &&
                     kinds.contains(QStringLiteral("CycloneDX SBOM")) &&
                     kinds.contains(QStringLiteral("Notation signature")),
                 qPrintable(kinds.join(QLatin1String(", "))));
        QCOMPARE(view->stateStack()->state(), StateStack::State::Content);
        // The rows, not the empty space under them.
        QTreeView* tree = view->treeView();
        const QRect rows = tree->visualRect(model->index(0, 0))
                               .united(tree->visualRect(
                                   model->index(model->rowCount() - 1, ReferrersModel::ColumnCount - 1)));
        shoot(QStringLiteral("referrers-graph.png"), tree->viewport(),
              QRect(0, rows.top(), tree->viewport()->width(), rows.height()));
    }

    void helmChartSummary()
    {
        QVERIFY(open(QStringLiteral("charts/demo-chart:0.1.0_build.7"), QStringLiteral("Helm chart")));
        details()->showTab(DetailsPanel::SummaryTab);
        QStringList texts;
        for (QLabel* label : details()->summaryView()->findChildren<QLabel*>())
            texts.append(label->text());
        QVERIFY2(texts.contains(QStringLiteral("demo-chart")) &&
                     texts.contains(QStringLiteral("0.1.0+build.7")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        shoot(QStringLiteral("summary-helm-chart.png"), details());
    }

    void tagListFiltered()
    {
        QVERIFY(open(QStringLiteral("demo/app:1.0"), QStringLiteral("Multi-platform image")));
        auto* tags = child<QListView>(m_window->browserPanel(), "tagList");
        auto* filter = child<QLineEdit>(m_window->browserPanel(), "tagFilter");
        QTRY_VERIFY_WITH_TIMEOUT(tags->model()->rowCount() >= 8, kTimeoutMs);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("1."));
        // In the registry's order (Debian's registry keeps no order of its own).
        QTRY_COMPARE(tags->model()->rowCount(), 4);
        QStringList shown = columnTexts(tags->model());
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("1.0"), QStringLiteral("1.0.1"), QStringLiteral("1.1"),
                                     QStringLiteral("1.2")}));
        QTRY_COMPARE(m_window->browserPanel()->selectedTag(), QStringLiteral("1.0"));
        shoot(QStringLiteral("tags-filtered.png"), m_window->browserPanel());
        filter->clear();
    }

    void sourcesWithCapabilities()
    {
        m_window->openLayout(m_layout);
        SourcesModel* model = m_window->sourcesPanel()->model();
        const Source layout = m_window->sourcesPanel()->currentSource();
        QCOMPARE(layout.key, m_layout);
        Source registry;
        registry.key = m_registry->host();
        QTRY_VERIFY_WITH_TIMEOUT(model->probeState(registry) == SourcesModel::ProbeState::Done &&
                                     model->probeState(layout) == SourcesModel::ProbeState::Done,
                                 kTimeoutMs);
        QCOMPARE(model->data(model->indexOf(registry), ItemRole::SourceDetailRole).toString(),
                 QStringLiteral("HTTP · anonymous · catalog · tag fallback"));
        QVERIFY(!model->data(model->indexOf(registry), ItemRole::SourceBadgesRole).toStringList().isEmpty());
        // The layout's tags, and the first one's details.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->browserPanel()->tagModel()->rowCount(), 1, kTimeoutMs);
        m_window->sourcesPanel()->selectSource(registry);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->browserPanel()->repositoryModel()->rowCount() >= 7, kTimeoutMs);
        shoot(QStringLiteral("sources.png"), m_window->sourcesPanel());
    }

private:
    QString at(const QString& reference) const { return m_registry->host() + QLatin1Char('/') + reference; }
    DetailsPanel* details() const { return m_window->detailsPanel(); }

    bool waitForDetails(const QString& kind) const
    {
        const bool shown = QTest::qWaitFor(
            [&] {
                return !details()->isLoading() &&
                       details()->stateStack(DetailsPanel::SummaryTab)->state() ==
                           StateStack::State::Content &&
                       child<QLabel>(details(), "summaryKind")->text() == kind;
            },
            kTimeoutMs);
        if (!shown)
            qWarning("details of %s: “%s”", qPrintable(details()->location().toString()),
                     qPrintable(details()->stateStack(DetailsPanel::SummaryTab)->message()));
        return shown;
    }

    // Goes to a location through the address bar, and waits for the browser and the details.
    bool open(const QString& reference, const QString& kind)
    {
        const QString location = at(reference);
        QLineEdit* address = m_window->addressBar();
        address->setFocus();
        address->selectAll();
        QTest::keyClicks(address, location);
        QTest::keyClick(address, Qt::Key_Return);
        const QString tag = reference.section(QLatin1Char(':'), -1);
        if (!QTest::qWaitFor([&] { return m_window->browserPanel()->selectedTag() == tag; }, kTimeoutMs)) {
            qWarning("the tag %s was not selected", qPrintable(tag));
            return false;
        }
        if (!waitForDetails(kind) || !m_window->windowTitle().startsWith(location))
            return false;
        // The summary's count of signatures and SBOMs comes a moment later.
        return QTest::qWaitFor(
            [this] {
                const QString text = child<QLabel>(details(), "summaryReferrers")->text();
                return !text.isEmpty() && !text.contains(QStringLiteral("checking"));
            },
            kTimeoutMs);
    }

    static bool noLoadingRows(const ReferrersModel* model, const QModelIndex& parent)
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (model->rowType(index) == ReferrersModel::RowType::Loading ||
                index.data(ItemRole::ReferrerLoadingRole).toBool() ||
                index.data(ItemRole::ArtifactKindRole).toInt() < 0 || !noLoadingRows(model, index))
                return false;
        }
        return true;
    }

    // Saves the whole window, and checks that `subject` (the view the shot is about; `dataArea` of it)
    // shows real content.
    void shoot(const QString& name, QWidget* subject, QRect dataArea = {})
    {
        QCoreApplication::processEvents();
        const QImage image = m_window->grab().toImage();
        QCOMPARE(image.size(), kWindowSize * m_window->devicePixelRatio());
        const QString path = screenshotDir() + QLatin1Char('/') + name;
        QVERIFY2(image.save(path), qPrintable(path));
        QVERIFY(subject->isVisible());
        if (dataArea.isNull())
            dataArea = subject->rect();
        const QRect area = dataArea.translated(subject->mapTo(m_window.get(), QPoint(0, 0)));
        const PixelStats whole = statsOf(image, image.rect());
        const PixelStats data = statsOf(image, area);
        QVERIFY2(
            whole.distinctColours >= 64,
            qPrintable(QStringLiteral("%1: %2 colours in the window").arg(name).arg(whole.distinctColours)));
        QVERIFY2(data.distinctColours >= 16 && data.dominantShare < 0.97,
                 qPrintable(QStringLiteral("%1: %2 colours in the data area, %3% of one")
                                .arg(name)
                                .arg(data.distinctColours)
                                .arg(data.dominantShare * 100, 0, 'f', 1)));
        qInfo("%s: %d colours, the data area %d (%.1f%% background)", qPrintable(path), whole.distinctColours,
              data.distinctColours, data.dominantShare * 100);
    }

    QTemporaryDir m_work;
    std::unique_ptr<RegistryFixture> m_registry;
    QString m_layout;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
