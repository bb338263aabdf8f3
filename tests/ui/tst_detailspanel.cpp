// The details panel offscreen against Debian's real registry seeded by scripts/seed-demo.sh (Lading's own
// push, samples of every kind): the summary names each demo artifact's kind with its icon, counts the
// signatures and SBOMs attached to the image, and shows a Helm chart's fields; a digest link in the JSON
// navigates, a blob link shows the blob; tree rows navigate; the Config tab shows entrypoint and
// environment. Against the in-process test registry: a slow reply for a location the user left is dropped,
// a 401 asks for a login and reloads once credentials change. And an inline error with Retry when the
// registry stops.
#include "core/auth/credential.h"
#include "core/oci/mediatypes.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testregistry.h"
#include "tests/support/uiresources.h"
#include "ui/appcontext.h"
#include "ui/models/manifesttreemodel.h"
#include "ui/util/async.h"
#include "ui/views/configview.h"
#include "ui/views/detailspanel.h"
#include "ui/views/jsonview.h"
#include "ui/views/referrersview.h"
#include "ui/views/summaryview.h"
#include "ui/widgets/statestack.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using lading::oci::Digest;
using lading::store::Location;
using lading::test::initUiResources;
using lading::test::RegistryFixture;
using lading::test::seedDemo;
using lading::test::TestRegistry;
using lading::ui::AppContext;
using lading::ui::DetailsPanel;
using lading::ui::JsonLink;
using lading::ui::ManifestTreeModel;
using lading::ui::StateStack;
namespace MediaType = lading::oci::MediaType;

namespace {

constexpr int kTimeoutMs = 60000;

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject descriptorJson(const QString& mediaType, const Digest& digest, qint64 size)
{
    return {{QStringLiteral("mediaType"), mediaType},
            {QStringLiteral("digest"), digest.toString()},
            {QStringLiteral("size"), size}};
}

// An image whose config has an entrypoint, a command, environment, ports and history.
const QByteArray kToolConfig = R"({"created":"2025-06-01T12:00:00Z","architecture":"amd64","os":"linux",
"config":{"Entrypoint":["/usr/bin/tool","--serve"],"Cmd":["--port","8080"],"Env":["PATH=/usr/bin:/bin","MODE=demo"],
"ExposedPorts":{"8080/tcp":{}},"WorkingDir":"/srv","User":"tool","Labels":{"org.opencontainers.image.vendor":"Lading"}},
"rootfs":{"type":"layers","diff_ids":["sha256:0000000000000000000000000000000000000000000000000000000000000000"]},
"history":[{"created":"2025-06-01T11:00:00Z","created_by":"COPY tool /usr/bin/tool"},
{"created":"2025-06-01T11:00:01Z","created_by":"ENV MODE=demo","empty_layer":true}]})";
const QByteArray kToolLayer = QByteArrayLiteral("not really a tar, the registry does not look");

QByteArray toolManifest(const Digest& config, const Digest& layer)
{
    return compact(
        {{QStringLiteral("schemaVersion"), 2},
         {QStringLiteral("mediaType"), QString(MediaType::OciManifest)},
         {QStringLiteral("config"),
          descriptorJson(QString(MediaType::OciConfig), config, kToolConfig.size())},
         {QStringLiteral("layers"),
          QJsonArray{descriptorJson(QString(MediaType::OciLayerTarGzip), layer, kToolLayer.size())}},
         {QStringLiteral("annotations"),
          QJsonObject{{QStringLiteral("org.opencontainers.image.description"), QStringLiteral("A tool")}}}});
}

bool seedTool(RegistryFixture& registry, const QString& repository, const QString& tag, QString* why)
{
    auto config = registry.seedBlob(repository, kToolConfig);
    auto layer = registry.seedBlob(repository, kToolLayer);
    if (!config || !layer) {
        *why = (config ? layer.error() : config.error()).message;
        return false;
    }
    auto manifest = registry.seedManifest(repository, tag, toolManifest(config.value(), layer.value()),
                                          QString(MediaType::OciManifest));
    if (!manifest)
        *why = manifest.error().message;
    return manifest.ok();
}

void seedTool(TestRegistry& registry, const QString& repository, const QString& tag)
{
    const Digest config = registry.putBlob(repository, kToolConfig);
    const Digest layer = registry.putBlob(repository, kToolLayer);
    registry.putManifest(repository, tag, toolManifest(config, layer), QString(MediaType::OciManifest));
}

QLabel* label(QWidget& root, const char* name)
{
    return root.findChild<QLabel*>(QString::fromLatin1(name));
}

} // namespace

class TestDetailsPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initUiResources();
        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(m_registry, qPrintable(why));

        QVERIFY2(seedDemo(*m_registry, &why), qPrintable(why));
        QVERIFY2(seedTool(*m_registry, QStringLiteral("custom/tool"), QStringLiteral("2.0"), &why),
                 qPrintable(why));

        auto index = m_registry->fetchManifest(QStringLiteral("demo/app"), QStringLiteral("1.0"));
        QVERIFY2(index, qPrintable(index.error().message));
        m_demoIndexDigest = Digest::sha256Of(index.value());
        m_context = std::make_unique<AppContext>();
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
        m_activated.clear();
        connect(m_panel.get(), &DetailsPanel::locationActivated, this,
                [this](const Location& location) { m_activated.append(location); });
    }

    void cleanup() { m_panel.reset(); }

    void summaryShowsTheKindOfEachDemoArtifact_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("icon");
        QTest::newRow("multi-platform image") << "demo/app:1.0"
                                              << "Multi-platform image"
                                              << "image";
        QTest::newRow("helm chart") << "charts/demo-chart:0.1.0_build.7"
                                    << "Helm chart"
                                    << "helm";
        QTest::newRow("wasm") << "wasm/add:1.0"
                              << "WebAssembly module"
                              << "wasm";
        QTest::newRow("sif") << "sif/demo:latest"
                             << "Apptainer image (SIF)"
                             << "sif";
        QTest::newRow("opa bundle") << "policies/authz:1.0"
                                    << "OPA policy bundle"
                                    << "policy";
        QTest::newRow("modelpack") << "models/tiny-demo:0.1"
                                   << "AI model (ModelPack)"
                                   << "model";
        QTest::newRow("files") << "files/config-bundle:v1"
                               << "Files"
                               << "files";
        QTest::newRow("image") << "custom/tool:2.0"
                               << "Container image"
                               << "image";
        QTest::newRow("cosign signature tag")
            << QStringLiteral("demo/app:%1.sig").arg(m_demoIndexDigest.referrersTag()) << "Cosign signature"
            << "signature";
    }
    void summaryShowsTheKindOfEachDemoArtifact()
    {
        QFETCH(QString, reference);
        QFETCH(QString, kind);
        QFETCH(QString, icon);
        QVERIFY(showAndWait(at(reference)));
        QCOMPARE(label(*m_panel, "summaryKind")->text(), kind);
        QCOMPARE(label(*m_panel, "summaryIcon")->property("iconName").toString(), icon);
        QVERIFY(!label(*m_panel, "summaryIcon")->pixmap().isNull());
        QVERIFY(label(*m_panel, "summaryDigest")->text().startsWith(QLatin1String("sha256:")));
        QVERIFY(!label(*m_panel, "summarySize")->text().isEmpty());
        QVERIFY(m_panel->findChild<QToolButton*>(QStringLiteral("copyDigestButton"))->isEnabled());
    }

    void summaryOfTheImageListsPlatformsAndReferrers()
    {
        QVERIFY(showAndWait(at(QStringLiteral("demo/app:1.0"))));
        QCOMPARE(label(*m_panel, "summaryDigest")->text(), m_demoIndexDigest.toString());
        const QString platforms = label(*m_panel, "summaryPlatforms")->text();
        QVERIFY2(platforms.contains(QLatin1String("linux/amd64")) &&
                     platforms.contains(QLatin1String("linux/arm64")),
                 qPrintable(platforms));
        // The first platform's config says when the image was made.
        QVERIFY(!label(*m_panel, "summaryCreated")->text().isEmpty());
        // A notation signature and a cosign signature tag; SPDX and CycloneDX SBOMs.
        QLabel* referrers = label(*m_panel, "summaryReferrers");
        QTRY_VERIFY2_WITH_TIMEOUT(referrers->text().contains(QLatin1String("2 signatures, 2 SBOMs")),
                                  qPrintable(referrers->text()), kTimeoutMs);
        emit referrers->linkActivated(QStringLiteral("referrers"));
        QCOMPARE(m_panel->tabs()->currentIndex(), int(DetailsPanel::ReferrersTab));
        // Each platform is a link to its manifest.
        emit label(*m_panel, "summaryPlatforms")->linkActivated(QStringLiteral("1"));
        QCOMPARE(m_activated.size(), 1);
        QVERIFY(m_activated.constFirst().reference.hasDigest());
        QVERIFY(m_activated.constFirst().reference.digest() != m_demoIndexDigest);
    }

    void summaryShowsKeyFieldsOfAHelmChart()
    {
        QVERIFY(showAndWait(at(QStringLiteral("charts/demo-chart:0.1.0_build.7"))));
        QStringList texts;
        for (QLabel* l : m_panel->summaryView()->findChildren<QLabel*>())
            texts.append(l->text());
        QVERIFY2(texts.contains(QStringLiteral("demo-chart")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("0.1.0+build.7")));
        QVERIFY(texts.contains(QStringLiteral("1.16.0")));
        // Not an image: no Config tab.
        QVERIFY(!m_panel->tabs()->isTabVisible(DetailsPanel::ConfigTab));
    }

    void jsonDigestLinkNavigates()
    {
        QVERIFY(showAndWait(at(QStringLiteral("demo/app:1.0"))));
        m_panel->showTab(DetailsPanel::JsonTab);
        auto* json = m_panel->jsonView();
        const QString text = json->text();
        QVERIFY2(text.contains(QLatin1String("\"mediaType\": \"application/vnd.oci.image.index.v1+json\"")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("\n  \"manifests\": [")));
        QCOMPARE(json->links().size(), 2);
        const JsonLink link = json->links().constFirst();
        QCOMPARE(link.mediaType, QString(MediaType::OciManifest));

        // A real click on the digest text.
        QTextBrowser* browser = json->browser();
        QTextCursor cursor(browser->document());
        cursor.setPosition(link.start + 10);
        const QPoint where = browser->cursorRect(cursor).center();
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, where);
        QTRY_COMPARE_WITH_TIMEOUT(m_activated.size(), 1, kTimeoutMs);
        const Location target = m_activated.constFirst();
        QCOMPARE(target.reference.registry(), m_registry->host());
        QCOMPARE(target.reference.repository(), QStringLiteral("demo/app"));
        QCOMPARE(target.reference.digest().toString(), link.digest);
        QVERIFY(!target.reference.hasTag());
    }

    void jsonBlobLinkShowsTheBlobAndGoesBack()
    {
        QVERIFY(showAndWait(at(QStringLiteral("custom/tool:2.0"))));
        m_panel->showTab(DetailsPanel::JsonTab);
        auto* json = m_panel->jsonView();
        int configLink = -1;
        for (int i = 0; i < json->links().size(); ++i) {
            if (json->links().at(i).mediaType == MediaType::OciConfig)
                configLink = i;
        }
        QVERIFY(configLink >= 0);
        json->activateLink(configLink);
        QTRY_VERIFY_WITH_TIMEOUT(json->text().contains(QLatin1String("\"Entrypoint\": [")), kTimeoutMs);
        QVERIFY(m_activated.isEmpty()); // a blob is shown in place, not navigated to
        auto* back = json->findChild<QToolButton*>(QStringLiteral("jsonBackButton"));
        QVERIFY(back->isVisible());
        // The config's diff_ids are not links: no registry stores uncompressed layers.
        QVERIFY(json->links().isEmpty());
        back->click();
        QVERIFY(json->text().contains(QLatin1String("\"schemaVersion\": 2")));
        QVERIFY(!back->isVisible());
        // A layer is not JSON: its descriptor is shown instead.
        int layerLink = -1;
        for (int i = 0; i < json->links().size(); ++i) {
            if (json->links().at(i).mediaType == MediaType::OciLayerTarGzip)
                layerLink = i;
        }
        QVERIFY(layerLink >= 0);
        json->activateLink(layerLink);
        QVERIFY(json->text().contains(QString(MediaType::OciLayerTarGzip)));
        QVERIFY(!json->text().contains(QLatin1String("schemaVersion")));
        QVERIFY(label(*json, "jsonCaption")->text().contains(QLatin1String("descriptor")));
    }

    void treeRowsNavigateAndOpenBlobs()
    {
        QVERIFY(showAndWait(at(QStringLiteral("demo/app:1.0"))));
        m_panel->showTab(DetailsPanel::TreeTab);
        ManifestTreeModel* model = m_panel->treeModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTreeView* tree = m_panel->treeView();
        const QModelIndex root = model->index(0, 0);
        QVERIFY(tree->isExpanded(root));
        QCOMPARE(model->rowCount(root), 2);
        const QModelIndex amd64 = model->index(0, 0, root);
        QCOMPARE(amd64.data().toString(), QStringLiteral("linux/amd64"));
        tree->expand(amd64);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(amd64), 2, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(model->nodeKind(model->index(0, 0, amd64)),
                                  ManifestTreeModel::NodeKind::Config, kTimeoutMs);

        emit tree->activated(amd64);
        QCOMPARE(m_activated.size(), 1);
        QCOMPARE(m_activated.constFirst().reference.digest(), model->descriptor(amd64).digest);

        emit tree->activated(model->index(0, 0, amd64));
        QCOMPARE(m_panel->tabs()->currentIndex(), int(DetailsPanel::JsonTab));
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->jsonView()->text().contains(QLatin1String("\"/etc/motd\"")),
                                 kTimeoutMs);
        QCOMPARE(m_activated.size(), 1);
    }

    void configTabShowsEntrypointAndEnv()
    {
        QVERIFY(showAndWait(at(QStringLiteral("custom/tool:2.0"))));
        QVERIFY(m_panel->tabs()->isTabVisible(DetailsPanel::ConfigTab));
        m_panel->showTab(DetailsPanel::ConfigTab);
        QCOMPARE(m_panel->stateStack(DetailsPanel::ConfigTab)->state(), StateStack::State::Content);
        auto* config = m_panel->configView();
        QCOMPARE(label(*config, "configEntrypoint")->text(), QStringLiteral("/usr/bin/tool --serve"));
        QCOMPARE(label(*config, "configCmd")->text(), QStringLiteral("--port 8080"));
        QCOMPARE(label(*config, "configPlatform")->text(), QStringLiteral("linux/amd64"));
        QCOMPARE(label(*config, "configPorts")->text(), QStringLiteral("8080/tcp"));
        QCOMPARE(label(*config, "configWorkingDir")->text(), QStringLiteral("/srv"));
        auto* env = config->findChild<QTableWidget*>(QStringLiteral("configEnv"));
        QCOMPARE(env->rowCount(), 2);
        QCOMPARE(env->item(1, 0)->text(), QStringLiteral("MODE"));
        QCOMPARE(env->item(1, 1)->text(), QStringLiteral("demo"));
        auto* history = config->findChild<QTableWidget*>(QStringLiteral("configHistory"));
        QCOMPARE(history->rowCount(), 2);
        QVERIFY(history->item(0, 2)->text().startsWith(QLatin1String("1 ")));
        QCOMPARE(history->item(1, 2)->text(), QStringLiteral("no layer"));
        // The summary takes the created time from the config.
        QVERIFY(!label(*m_panel, "summaryCreated")->text().isEmpty());

        // The demo image's platforms have umoci's config: the command, no entrypoint.
        QVERIFY(showAndWait(at(QStringLiteral("demo/app:1.0"))));
        QCOMPARE(m_panel->stateStack(DetailsPanel::ConfigTab)->state(), StateStack::State::Empty);
        emit label(*m_panel, "summaryPlatforms")->linkActivated(QStringLiteral("0"));
        QCOMPARE(m_activated.size(), 1);
        QVERIFY(showAndWait(m_activated.constFirst()));
        QCOMPARE(label(*config, "configCmd")->text(), QStringLiteral("/bin/cat /etc/motd"));
        QCOMPARE(label(*config, "configEntrypoint")->text(), QStringLiteral("(none)"));
    }

    void staleReplyIsDropped()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        seedTool(registry, QStringLiteral("slow/app"), QStringLiteral("1"));
        seedTool(registry, QStringLiteral("fast/app"), QStringLiteral("1"));
        registry.addFault(lading::test::Fault::delay(1500, QStringLiteral("^/v2/slow/app/manifests/")));
        const auto slow = Location::parse(registry.host() + QStringLiteral("/slow/app:1"));
        const auto fast = Location::parse(registry.host() + QStringLiteral("/fast/app:1"));
        QVERIFY(slow && fast);

        m_panel->showLocation(slow.value());
        QVERIFY(m_panel->isLoading());
        m_panel->showLocation(fast.value());
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isLoading(), kTimeoutMs);
        QCOMPARE(m_panel->stateStack(DetailsPanel::SummaryTab)->state(), StateStack::State::Content);
        QCOMPARE(label(*m_panel, "summaryReference")->text(), fast->toString());

        // Let the slow reply arrive: it must change nothing.
        QTRY_VERIFY_WITH_TIMEOUT(
            registry.requestCount("GET", QStringLiteral("^/v2/slow/app/manifests/")) >= 1, kTimeoutMs);
        lading::ui::workerPool().waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(label(*m_panel, "summaryReference")->text(), fast->toString());
        QCOMPARE(m_panel->location().toString(), fast->toString());
    }

    void unauthorizedAsksForLoginAndReloads()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setAuth(TestRegistry::Auth::Basic);
        seedTool(registry, QStringLiteral("private/tool"), QStringLiteral("1"));
        const auto location = Location::parse(registry.host() + QStringLiteral("/private/tool:1"));
        QVERIFY(location);
        QStringList asked;
        connect(m_context.get(), &AppContext::loginRequested, this,
                [&asked](const QString& host, const QString&) { asked.append(host); });

        m_panel->showLocation(location.value());
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->stateStack(DetailsPanel::SummaryTab)->state(),
                                  StateStack::State::Error, kTimeoutMs);
        // The panel asks for its registry (the Referrers tab may ask too: the login dialog takes one request
        // per registry at a time).
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), kTimeoutMs);
        QCOMPARE(asked.constFirst(), registry.host());
        QCOMPARE(asked.count(registry.host()), asked.size());

        // What the login dialog does once the user typed a password.
        lading::auth::Credential credential;
        credential.username = registry.username();
        credential.secret = registry.password();
        m_context->credentials().setSessionCredential(registry.host(), credential);
        m_context->registries().client(registry.host())->setSessionCredential(credential);
        const qsizetype asksBefore = asked.size();
        emit m_context->credentialsChanged(registry.host());
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->stateStack(DetailsPanel::SummaryTab)->state(),
                                  StateStack::State::Content, kTimeoutMs);
        QCOMPARE(label(*m_panel, "summaryKind")->text(), QStringLiteral("Container image"));
        lading::ui::workerPool().waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(asked.size(), asksBefore); // logged in: nothing asks again
    }

    void errorsInlineWhenTheRegistryStops()
    {
        QString why;
        auto registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(registry, qPrintable(why));
        QVERIFY2(seedTool(*registry, QStringLiteral("going/away"), QStringLiteral("1"), &why),
                 qPrintable(why));
        const auto location = Location::parse(registry->host() + QStringLiteral("/going/away:1"));
        QVERIFY(location);
        QVERIFY(showAndWait(location.value()));

        registry->stop();
        m_panel->reload();
        for (auto tab : {DetailsPanel::SummaryTab, DetailsPanel::TreeTab, DetailsPanel::JsonTab})
            QTRY_COMPARE_WITH_TIMEOUT(m_panel->stateStack(tab)->state(), StateStack::State::Error,
                                      kTimeoutMs);
        StateStack* summary = m_panel->stateStack(DetailsPanel::SummaryTab);
        QVERIFY(!summary->message().isEmpty());
        auto* retry = summary->findChild<QPushButton*>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        retry->click();
        QCOMPARE(summary->state(), StateStack::State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(summary->state(), StateStack::State::Error, kTimeoutMs);
    }

private:
    Location at(const QString& reference) const
    {
        auto location = Location::parse(m_registry->host() + QLatin1Char('/') + reference);
        return location.value();
    }

    // Shows a location and waits until its manifest is in (or failed).
    bool showAndWait(const Location& location)
    {
        m_panel->showLocation(location);
        if (!QTest::qWaitFor([this] { return !m_panel->isLoading(); }, kTimeoutMs)) {
            qWarning("still loading %s", qPrintable(location.toString()));
            return false;
        }
        StateStack* summary = m_panel->stateStack(DetailsPanel::SummaryTab);
        if (summary->state() != StateStack::State::Content) {
            qWarning("%s: %s", qPrintable(location.toString()), qPrintable(summary->message()));
            return false;
        }
        return true;
    }

    std::unique_ptr<RegistryFixture> m_registry;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<DetailsPanel> m_panel;
    QList<Location> m_activated;
    Digest m_demoIndexDigest;
};

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
