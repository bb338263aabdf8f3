// The Contents tab of a DetailsPanel offscreen against Debian's real registry, seeded with artifacts made at
// test time the way their tools push them (tests/support/testartifacts): a Helm chart (fields, templates,
// values, README), a WASM module and a component (imports, exports, sections, config), a SIF (header and
// data objects), an OPA bundle and a conftest policy set, a ModelPack model and a files artifact whose text
// files are viewed inline (the first 1 MiB of a big one). The tab loads only once shown, is hidden for
// images (whose history with its layers is in the Config tab), and a broken chart layer is an inline error.
// Every artifact of the demo registry (scripts/seed-demo.sh) shows its contents too.
#include "core/oci/mediatypes.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testartifacts.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testmanifests.h"
#include "tests/support/uiresources.h"
#include "ui/appcontext.h"
#include "ui/util/async.h"
#include "ui/util/dateformat.h"
#include "ui/views/configview.h"
#include "ui/views/contentsview.h"
#include "ui/views/detailspanel.h"
#include "ui/views/filesartifactview.h"
#include "ui/views/helmchartview.h"
#include "ui/views/modelpackview.h"
#include "ui/views/opabundleview.h"
#include "ui/views/sifview.h"
#include "ui/views/wasmmoduleview.h"
#include "ui/widgets/fieldform.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/statestack.h"
#include "ui/widgets/textviewer.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <memory>

using lading::store::Location;
using lading::test::RegistryFixture;
using lading::ui::ContentsView;
using lading::ui::DetailsPanel;
using lading::ui::StateStack;
namespace test = lading::test;
namespace MediaType = lading::oci::MediaType;

namespace {

constexpr int kTimeoutMs = 60000;

// An image with history: the Config tab shows each step's layer.
test::TestArtifact imageArtifact()
{
    const QByteArray layer = QByteArrayLiteral("pretend layer bytes");
    const auto layerDescriptor =
        lading::oci::Descriptor::forBytes(QString(MediaType::OciLayerTarGzip), layer);
    const QByteArray config = QByteArrayLiteral(
        R"({"architecture":"amd64","os":"linux","config":{"Cmd":["/app"]},"rootfs":{"type":"layers",)"
        R"("diff_ids":["sha256:2222222222222222222222222222222222222222222222222222222222222222"]},)"
        R"("history":[{"created_by":"/bin/sh -c #(nop) COPY app /app"},{"created_by":"CMD /app","empty_layer":true}]})");
    const auto configDescriptor = lading::oci::Descriptor::forBytes(QString(MediaType::OciConfig), config);
    test::TestArtifact artifact;
    artifact.mediaType = QString(MediaType::OciManifest);
    artifact.blobs = {{configDescriptor, config}, {layerDescriptor, layer}};
    artifact.manifest = test::imageManifest(configDescriptor, {layerDescriptor});
    return artifact;
}

// A Helm chart whose chart layer is not an archive at all.
test::TestArtifact brokenChartArtifact()
{
    test::TestArtifact artifact = test::helmChartArtifact();
    const QByteArray garbage = QByteArrayLiteral("this is not a gzip stream, let alone a chart");
    const auto layer = lading::oci::Descriptor::forBytes(QString(MediaType::HelmChart), garbage);
    artifact.blobs[1] = {layer, garbage};
    artifact.manifest = test::imageManifest(artifact.blobs[0].first, {layer});
    return artifact;
}

} // namespace

class TestContentsView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::initUiResources();
        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(m_registry, qPrintable(why));
        const QList<std::pair<QString, test::TestArtifact>> seeds{
            {QStringLiteral("charts/demo-app:1.2.3"), test::helmChartArtifact()},
            {QStringLiteral("charts/broken:1.0"), brokenChartArtifact()},
            {QStringLiteral("wasm/module:1.0"), test::wasmModuleArtifact()},
            {QStringLiteral("wasm/component:1.0"), test::wasmComponentArtifact()},
            {QStringLiteral("sif/demo:1.0"), test::sifArtifact()},
            {QStringLiteral("policies/bundle:1.0"), test::opaBundleArtifact()},
            {QStringLiteral("policies/conftest:1.0"), test::conftestArtifact()},
            {QStringLiteral("models/tiny:1.1"), test::modelPackArtifact()},
            {QStringLiteral("files/bundle:v1"), test::filesArtifact(true)},
            {QStringLiteral("images/tool:1.0"), imageArtifact()},
        };
        for (const auto& [reference, artifact] : seeds) {
            const QString repository = reference.section(QLatin1Char(':'), 0, 0);
            const QString tag = reference.section(QLatin1Char(':'), 1);
            QVERIFY2(test::seedArtifact(*m_registry, repository, tag, artifact, &why),
                     qPrintable(reference + QStringLiteral(": ") + why));
        }
        m_context = std::make_unique<lading::ui::AppContext>();
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        lading::ui::workerPool().waitForDone();
    }

    void init()
    {
        m_panel = std::make_unique<DetailsPanel>(*m_context);
        m_panel->resize(1100, 800);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup() { m_panel.reset(); }

    // Nothing is fetched for the Contents tab until it is shown.
    void loadsOnlyWhenTheTabIsShown()
    {
        QVERIFY(showAndWait(QStringLiteral("charts/demo-app:1.2.3")));
        QVERIFY(m_panel->tabs()->isTabVisible(DetailsPanel::ContentsTab));
        ContentsView* contents = m_panel->contentsView();
        QCOMPARE(contents->stateStack()->state(), StateStack::State::Empty);
        QVERIFY(!contents->isLoading());
        QCOMPARE(m_panel->stateStack(DetailsPanel::ContentsTab), contents->stateStack());
        m_panel->showTab(DetailsPanel::ContentsTab);
        QVERIFY(contents->isLoading() || contents->stateStack()->state() == StateStack::State::Content);
        QVERIFY(waitForContents());
        // Going to another artifact with the tab open loads that one at once.
        QVERIFY(showAndWait(QStringLiteral("wasm/module:1.0")));
        QVERIFY(waitForContents());
        QCOMPARE(contents->currentView(), contents->wasmModuleView());
    }

    void helmChartShowsFieldsTemplatesValuesAndReadme()
    {
        QVERIFY(showContents(QStringLiteral("charts/demo-app:1.2.3")));
        auto* view = m_panel->contentsView()->helmChartView();
        QCOMPARE(m_panel->contentsView()->currentView(), view);
        QCOMPARE(view->fields()->value(QStringLiteral("Name")), QStringLiteral("demo-app"));
        QCOMPARE(view->fields()->value(QStringLiteral("Version")), QStringLiteral("1.2.3"));
        QCOMPARE(view->fields()->value(QStringLiteral("App version")), QStringLiteral("4.5.6"));
        QCOMPARE(view->fields()->value(QStringLiteral("Kubernetes version")), QStringLiteral(">=1.25.0"));
        QCOMPARE(view->fields()->value(QStringLiteral("Keywords")), QStringLiteral("demo, web"));
        QCOMPARE(view->fields()->value(QStringLiteral("Maintainers")),
                 QStringLiteral("Jane Doe <jane@example.com>"));
        QVERIFY2(
            view->fields()->value(QStringLiteral("Dependencies")).startsWith(QLatin1String("redis 17.3.7")),
            qPrintable(view->fields()->value(QStringLiteral("Dependencies"))));
        QVERIFY(view->fields()->value(QStringLiteral("Files")).startsWith(QLatin1String("5 files")));
        QCOMPARE(view->templates()->columnTexts(0),
                 (QStringList{QStringLiteral("templates/_helpers.tpl"),
                              QStringLiteral("templates/deployment.yaml")}));
        QCOMPARE(view->tabs()->tabText(0), QStringLiteral("Templates (2)"));
        QCOMPARE(view->values()->text(), QString::fromUtf8(test::helmValuesYaml()));
        QVERIFY(view->values()->caption().startsWith(QLatin1String("values.yaml")));
        QVERIFY(view->readme()->isMarkdown());
        QCOMPARE(view->readme()->text(), QString::fromUtf8(test::helmReadme()));
        QCOMPARE(view->chartYaml()->text(), QString::fromUtf8(test::helmChartYaml()));
        QVERIFY(view->notes()->isHidden());
    }

    void wasmModuleShowsImportsExportsAndSections()
    {
        QVERIFY(showContents(QStringLiteral("wasm/module:1.0")));
        auto* view = m_panel->contentsView()->wasmModuleView();
        QCOMPARE(view->fields()->value(QStringLiteral("Binary")), QStringLiteral("Core module (version 1)"));
        QCOMPARE(view->fields()->value(QStringLiteral("Sections")), QStringLiteral("7 (1 custom)"));
        QCOMPARE(view->fields()->value(QStringLiteral("Runtime interface")), QStringLiteral("wasip1"));
        QVERIFY(view->fields()->value(QStringLiteral("File")).startsWith(QLatin1String("module.wasm")));
        QCOMPARE(view->imports()->columnTexts(0), QStringList{QStringLiteral("env")});
        QCOMPARE(view->imports()->columnTexts(1), QStringList{QStringLiteral("log")});
        QCOMPARE(view->imports()->columnTexts(2), QStringList{QStringLiteral("func")});
        QCOMPARE(view->exports()->columnTexts(0),
                 (QStringList{QStringLiteral("run"), QStringLiteral("memory")}));
        QCOMPARE(view->exports()->columnTexts(1),
                 (QStringList{QStringLiteral("func"), QStringLiteral("memory")}));
        QCOMPARE(view->sections()->rowCount(), 7);
        QCOMPARE(view->sections()->item(6, 1)->text(), QStringLiteral("custom “name”"));
        QCOMPARE(view->tabs()->tabText(1), QStringLiteral("Exports (2)"));
    }

    void wasmComponentShowsItsImportsAndExports()
    {
        QVERIFY(showContents(QStringLiteral("wasm/component:1.0")));
        auto* view = m_panel->contentsView()->wasmModuleView();
        QCOMPARE(view->fields()->value(QStringLiteral("Binary")),
                 QStringLiteral("Component (pre-standard version 0x0d, layer 1)"));
        QCOMPARE(view->fields()->value(QStringLiteral("Component target")),
                 QStringLiteral("wasi:cli/command@0.2.0"));
        QCOMPARE(view->imports()->columnTexts(1), QStringList{QStringLiteral("wasi:cli/stdout@0.2.0")});
        QCOMPARE(view->imports()->columnTexts(2), QStringList{QStringLiteral("instance")});
        QVERIFY(view->imports()->isColumnHidden(0));
        QCOMPARE(view->exports()->columnTexts(0), QStringList{QStringLiteral("greeter")});
    }

    void sifShowsHeaderAndDataObjects()
    {
        QVERIFY(showContents(QStringLiteral("sif/demo:1.0")));
        auto* view = m_panel->contentsView()->sifView();
        QCOMPARE(view->header()->value(QStringLiteral("Architecture")), QStringLiteral("amd64 (code 02)"));
        QCOMPARE(view->header()->value(QStringLiteral("ID")),
                 QStringLiteral("b2659d4e-bd50-4ea5-bd17-eec5e54f918e"));
        QCOMPARE(view->header()->value(QStringLiteral("SIF version")), QStringLiteral("01"));
        QCOMPARE(view->header()->value(QStringLiteral("Data objects")),
                 QStringLiteral("3 used, 1 free of 4"));
        QCOMPARE(view->header()->value(QStringLiteral("Created")),
                 lading::ui::SifView::timeText(test::kSifCreated));
        QCOMPARE(view->descriptors()->columnTexts(1),
                 (QStringList{QStringLiteral("Definition file"), QStringLiteral("Partition"),
                              QStringLiteral("Signature")}));
        QCOMPARE(view->descriptors()->item(1, 4)->text(),
                 QStringLiteral("Squashfs · Primary system · amd64"));
        QCOMPARE(view->descriptors()->item(2, 4)->text(),
                 QStringLiteral("SHA256 · key %1").arg(QString::fromLatin1(test::kSifFingerprintHex)));
        QCOMPARE(view->descriptors()->item(2, 6)->text(), QStringLiteral("group 1"));
    }

    void opaBundleShowsManifestPoliciesAndData()
    {
        QVERIFY(showContents(QStringLiteral("policies/bundle:1.0")));
        auto* view = m_panel->contentsView()->opaBundleView();
        QCOMPARE(view->fields()->value(QStringLiteral("Revision")), QStringLiteral("rev-42"));
        QCOMPARE(view->fields()->value(QStringLiteral("Roots")), QStringLiteral("authz, users"));
        QCOMPARE(view->fields()->value(QStringLiteral("Rego version")), QStringLiteral("v1"));
        QCOMPARE(view->fields()->value(QStringLiteral("Metadata")),
                 QStringLiteral(R"({"owner":"platform-team"})"));
        QCOMPARE(view->fields()->value(QStringLiteral("Signatures")),
                 QStringLiteral("yes (.signatures.json)"));
        QCOMPARE(view->policies()->columnTexts(1),
                 (QStringList{QStringLiteral("authz.admin"), QStringLiteral("authz")}));
        QCOMPARE(view->dataFiles()->columnTexts(0),
                 (QStringList{QStringLiteral("users/data.json"), QStringLiteral("users/roles.yaml")}));
        QVERIFY(!view->tabs()->isTabVisible(2));
    }

    void conftestPoliciesAreListedFromTheirLayers()
    {
        QVERIFY(showContents(QStringLiteral("policies/conftest:1.0")));
        auto* view = m_panel->contentsView()->opaBundleView();
        QCOMPARE(view->fields()->value(QStringLiteral("Layout")),
                 QStringLiteral("one layer per file (conftest)"));
        QCOMPARE(view->policies()->columnTexts(0), QStringList{QStringLiteral("policy/deny.rego")});
        QCOMPARE(view->policies()->columnTexts(1), QStringList{QStringLiteral("main")});
    }

    void modelPackShowsConfigAndFiles()
    {
        QVERIFY(showContents(QStringLiteral("models/tiny:1.1")));
        auto* view = m_panel->contentsView()->modelPackView();
        QCOMPARE(view->fields()->value(QStringLiteral("Name")), QStringLiteral("tinyllm-1b-instruct"));
        QCOMPARE(view->fields()->value(QStringLiteral("Family")), QStringLiteral("tinyllm"));
        QCOMPARE(view->fields()->value(QStringLiteral("Parameters")), QStringLiteral("1.1b"));
        QCOMPARE(view->fields()->value(QStringLiteral("Quantization")), QStringLiteral("awq"));
        // createdAt in the window's one date format, not as written.
        QCOMPARE(view->fields()->value(QStringLiteral("Created")),
                 lading::ui::DateFormat::text(QStringLiteral("2025-01-01T00:00:00Z")));
        QCOMPARE(view->files()->columnTexts(0),
                 (QStringList{QStringLiteral("model.safetensors"), QStringLiteral("config.json"),
                              QStringLiteral("README.md"), QStringLiteral("src")}));
        QCOMPARE(view->files()->columnTexts(1),
                 (QStringList{QStringLiteral("Weights"), QStringLiteral("Weight config"),
                              QStringLiteral("Documentation"), QStringLiteral("Code")}));
        QCOMPARE(view->files()->item(0, 3)->text(), QLocale().formattedDataSize(4096));
    }

    void filesAreListedAndTextIsViewedInline()
    {
        QVERIFY(showContents(QStringLiteral("files/bundle:v1")));
        auto* view = m_panel->contentsView()->filesArtifactView();
        QCOMPARE(
            view->table()->columnTexts(0),
            (QStringList{QStringLiteral("notes.txt"), QStringLiteral("settings.yaml"),
                         QStringLiteral("data.bin"), QStringLiteral("plain"), QStringLiteral("big.log")}));
        QCOMPARE(view->table()->columnTexts(2),
                 (QStringList{QStringLiteral("text"), QStringLiteral("text"), QStringLiteral("binary"),
                              QStringLiteral("text"), QStringLiteral("text")}));
        QCOMPARE(view->viewerState()->state(), StateStack::State::Empty);

        // The first text file is selected: View shows it.
        QVERIFY(view->viewButton()->isEnabled());
        view->viewButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(view->viewerState()->state(), StateStack::State::Content, kTimeoutMs);
        QCOMPARE(view->viewer()->text(), QString::fromUtf8(test::filesNotesText()));

        // A double-click on another text file shows that one.
        const QRect cell = view->table()->visualItemRect(view->table()->item(1, 0));
        // A widget double-click in QTest is the DblClick event alone; an item view wants the press before it.
        QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE_WITH_TIMEOUT(view->viewer()->text(), QStringLiteral("mode: demo\nreplicas: 3\n"),
                                  kTimeoutMs);

        // A binary file cannot be viewed; it can be saved.
        view->table()->selectRow(2);
        QVERIFY(!view->viewButton()->isEnabled());
        QVERIFY(view->saveButton()->isEnabled());

        // A big text file: the first 1 MiB, and the caption says so.
        view->viewFile(4);
        QTRY_VERIFY_WITH_TIMEOUT(view->viewer()->caption().startsWith(QLatin1String("big.log")), kTimeoutMs);
        QCOMPARE(view->viewerState()->state(), StateStack::State::Content);
        QVERIFY2(view->viewer()->caption().contains(QLatin1String("only the first")),
                 qPrintable(view->viewer()->caption()));
        QCOMPARE(view->viewer()->text().size(), 1024 * 1024);
    }

    void imagesKeepTheirHistoryInTheConfigTab()
    {
        QVERIFY(showAndWait(QStringLiteral("images/tool:1.0")));
        QVERIFY(!m_panel->tabs()->isTabVisible(DetailsPanel::ContentsTab));
        QVERIFY(m_panel->tabs()->isTabVisible(DetailsPanel::ConfigTab));
        auto* history = m_panel->configView()->findChild<QTableWidget*>(QStringLiteral("configHistory"));
        QVERIFY(history);
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("COPY app /app"));
        const auto layer = imageArtifact().layer(0);
        QVERIFY2(history->item(0, 2)->text().contains(layer.digest.shortForm()),
                 qPrintable(history->item(0, 2)->text()));
        QVERIFY(history->item(0, 2)->toolTip().contains(QLatin1String("sha256:2222")));
        QCOMPARE(history->item(1, 2)->text(), QStringLiteral("no layer"));
    }

    void aBrokenChartIsAnInlineErrorWithRetry()
    {
        QVERIFY(showAndWait(QStringLiteral("charts/broken:1.0")));
        m_panel->showTab(DetailsPanel::ContentsTab);
        StateStack* state = m_panel->contentsView()->stateStack();
        QTRY_COMPARE_WITH_TIMEOUT(state->state(), StateStack::State::Error, kTimeoutMs);
        QVERIFY2(state->message().contains(QLatin1String("cannot be read")), qPrintable(state->message()));
        auto* retry = state->findChild<QPushButton*>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(state->state(), StateStack::State::Error, kTimeoutMs);
    }

    // The demo registry scripts/seed-demo.sh fills (Lading's own pushes of every kind) shows each one's
    // contents, in the view for its kind.
    void everyDemoArtifactShowsItsContents_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("view");
        QTest::newRow("helm") << "charts/demo-chart:0.1.0_build.7"
                              << "helmChartView";
        QTest::newRow("wasm") << "wasm/add:1.0"
                              << "wasmModuleView";
        QTest::newRow("sif") << "sif/demo:latest"
                             << "sifView";
        QTest::newRow("opa") << "policies/authz:1.0"
                             << "opaBundleView";
        QTest::newRow("model") << "models/tiny-demo:0.1"
                               << "modelPackView";
        QTest::newRow("files") << "files/config-bundle:v1"
                               << "filesArtifactView";
    }
    void everyDemoArtifactShowsItsContents()
    {
        QFETCH(QString, reference);
        QFETCH(QString, view);
        if (!m_demoSeeded) {
            QString why;
            QVERIFY2(test::seedDemo(*m_registry, &why), qPrintable(why));
            m_demoSeeded = true;
        }
        QVERIFY(showContents(reference));
        QCOMPARE(m_panel->contentsView()->currentView()->objectName(), view);
    }

private:
    Location at(const QString& reference) const
    {
        return Location::parse(m_registry->host() + QLatin1Char('/') + reference).value();
    }

    bool showAndWait(const QString& reference)
    {
        m_panel->showLocation(at(reference));
        if (!QTest::qWaitFor([this] { return !m_panel->isLoading(); }, kTimeoutMs)) {
            qWarning("still loading %s", qPrintable(reference));
            return false;
        }
        StateStack* summary = m_panel->stateStack(DetailsPanel::SummaryTab);
        if (summary->state() != StateStack::State::Content) {
            qWarning("%s: %s", qPrintable(reference), qPrintable(summary->message()));
            return false;
        }
        return true;
    }

    bool waitForContents()
    {
        StateStack* state = m_panel->contentsView()->stateStack();
        if (!QTest::qWaitFor(
                [&] {
                    return !m_panel->contentsView()->isLoading() &&
                           state->state() != StateStack::State::Empty;
                },
                kTimeoutMs)) {
            qWarning("contents still loading");
            return false;
        }
        if (state->state() != StateStack::State::Content) {
            qWarning("contents: %s", qPrintable(state->message()));
            return false;
        }
        return true;
    }

    // Shows the reference, opens the Contents tab and waits for what is inside.
    bool showContents(const QString& reference)
    {
        if (!showAndWait(reference))
            return false;
        if (!m_panel->tabs()->isTabVisible(DetailsPanel::ContentsTab)) {
            qWarning("%s: no Contents tab", qPrintable(reference));
            return false;
        }
        m_panel->showTab(DetailsPanel::ContentsTab);
        return waitForContents();
    }

    std::unique_ptr<RegistryFixture> m_registry;
    std::unique_ptr<lading::ui::AppContext> m_context;
    std::unique_ptr<DetailsPanel> m_panel;
    bool m_demoSeeded = false;
};

QTEST_MAIN(TestContentsView)
#include "tst_contentsview.moc"
