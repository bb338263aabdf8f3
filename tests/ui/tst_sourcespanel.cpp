// The sources sidebar: SourcesModel under QAbstractItemModelTester while sources are added, probed and
// removed; the panel driven offscreen against Debian's real registry (plain HTTP, and TLS with Basic auth
// and a private CA) and the in-process test registry; layouts made with the CLI; state saved and restored;
// the login flow without a keychain; and a 401 from a view opening exactly one login dialog.
#include "core/registry/registrycapabilities.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testregistry.h"
#include "ui/appcontext.h"
#include "ui/dialogs/addregistrydialog.h"
#include "ui/dialogs/logindialog.h"
#include "ui/models/itemroles.h"
#include "ui/models/sourcesmodel.h"
#include "ui/util/async.h"
#include "ui/util/repositorymemory.h"
#include "ui/views/sourcespanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using lading::test::isolateEnvironment;
using lading::test::RegistryFixture;
using lading::test::runLading;
using lading::test::TestRegistry;
using lading::ui::AddRegistryDialog;
using lading::ui::AppContext;
using lading::ui::LoginDialog;
using lading::ui::RepositoryMemory;
using lading::ui::Source;
using lading::ui::SourcesModel;
using lading::ui::SourcesPanel;
namespace ItemRole = lading::ui::ItemRole;

namespace {

constexpr int kProbeTimeoutMs = 30000;
const QString kManifestType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");

Source registrySource(const QString& host, Source::Origin origin = Source::Origin::Added)
{
    Source source;
    source.kind = Source::Kind::Registry;
    source.key = host;
    source.origin = origin;
    return source;
}

Source layoutSource(const QString& path, Source::Kind kind = Source::Kind::Layout)
{
    Source source;
    source.kind = kind;
    source.key = QDir(path).absolutePath();
    source.origin = Source::Origin::Opened;
    return source;
}

QByteArray smallManifest(const lading::oci::Digest& config, const lading::oci::Digest& layer,
                         qint64 layerSize)
{
    const QJsonObject manifest{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), kManifestType},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("mediaType"),
                                                QStringLiteral("application/vnd.oci.image.config.v1+json")},
                                               {QStringLiteral("digest"), config.toString()},
                                               {QStringLiteral("size"), 2}}},
        {QStringLiteral("layers"),
         QJsonArray{QJsonObject{
             {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.layer.v1.tar")},
             {QStringLiteral("digest"), layer.toString()},
             {QStringLiteral("size"), layerSize}}}}};
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

// One tiny image at repository:tag, pushed with the fixture's own HTTP code (not Lading's).
bool seedImage(RegistryFixture& registry, const QString& repository, const QString& tag, QString* why)
{
    const QByteArray layerBytes("layer bytes of " + repository.toUtf8());
    auto config = registry.seedBlob(repository, QByteArrayLiteral("{}"));
    auto layer = registry.seedBlob(repository, layerBytes);
    if (!config || !layer) {
        *why = !config ? config.error().message : layer.error().message;
        return false;
    }
    auto manifest = registry.seedManifest(
        repository, tag, smallManifest(config.value(), layer.value(), layerBytes.size()), kManifestType);
    if (!manifest)
        *why = manifest.error().message;
    return manifest.ok();
}

QString detail(SourcesModel* model, const Source& source)
{
    return model->data(model->indexOf(source), ItemRole::SourceDetailRole).toString();
}

QVariantMap capabilities(SourcesModel* model, const Source& source)
{
    return model->data(model->indexOf(source), ItemRole::SourceCapabilitiesRole).toMap();
}

bool probed(SourcesModel* model, const Source& source)
{
    return model->probeState(source) == SourcesModel::ProbeState::Done;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestSourcesPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Never the user's keychain, even when run by hand outside ctest.
        QVERIFY(m_dockerConfig.isValid());
        isolateEnvironment(m_dockerConfig.path(), m_dockerConfig.filePath(QStringLiteral("auth.json")),
                           QStringLiteral("tst_sourcespanel"));

        QString why;
        m_plain = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(m_plain, qPrintable(why));
        QVERIFY2(seedImage(*m_plain, QStringLiteral("x"), QStringLiteral("v1"), &why), qPrintable(why));
        m_tls = RegistryFixture::start(RegistryFixture::Mode::TlsBasic, &why);
        QVERIFY2(m_tls, qPrintable(why));
        QVERIFY2(seedImage(*m_tls, QStringLiteral("secure/app"), QStringLiteral("1.0"), &why),
                 qPrintable(why));
        QVERIFY(m_work.isValid());
        QDir().mkpath(screenshotDir());
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(m_dockerConfig.filePath(QStringLiteral("config.json")));
    }

    void cleanup()
    {
        // Probes hold the AppContext of the test that started them: let them end before it goes.
        QVERIFY(lading::ui::workerPool().waitForDone(60000));
        QCoreApplication::processEvents();
    }

    // --- SourcesModel ---

    void modelPassesTheTesterWhileAddingProbingAndRemoving()
    {
        AppContext context;
        SourcesModel model(context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), SourcesModel::kGroupCount);
        QCOMPARE(model.data(model.groupIndex(SourcesModel::Group::Registries)).toString(),
                 QStringLiteral("Registries"));
        QVERIFY(
            model.data(model.groupIndex(SourcesModel::Group::Layouts), ItemRole::IsSourceGroupRole).toBool());

        const QString layout = makeLayout(QStringLiteral("model-layout"));
        QVERIFY(!layout.isEmpty());
        const Source plain = registrySource(m_plain->host());
        const Source folder = layoutSource(layout);
        const Source missing = layoutSource(m_work.filePath(QStringLiteral("no-such-layout")));
        QVERIFY(model.addSource(plain).isValid());
        QVERIFY(model.addSource(folder).isValid());
        QVERIFY(model.addSource(missing).isValid());
        // The same source again is the same row, whatever its origin.
        QCOMPARE(model.addSource(registrySource(m_plain->host(), Source::Origin::DockerConfig)),
                 model.indexOf(plain));
        QCOMPARE(model.rowCount(model.groupIndex(SourcesModel::Group::Registries)), 1);
        QCOMPARE(model.rowCount(model.groupIndex(SourcesModel::Group::Layouts)), 2);
        QCOMPARE(model.data(model.indexOf(plain), ItemRole::SourceRole).value<Source>(), plain);

        QTRY_VERIFY_WITH_TIMEOUT(!model.isProbing(), kProbeTimeoutMs);
        QVERIFY(probed(&model, plain));
        const QVariantMap caps = capabilities(&model, plain);
        QCOMPARE(caps.value(QStringLiteral("reachable")).toBool(), true);
        QCOMPARE(caps.value(QStringLiteral("tls")).toBool(), false);
        QCOMPARE(caps.value(QStringLiteral("auth")).toString(), QStringLiteral("anonymous"));
        QCOMPARE(caps.value(QStringLiteral("catalog")).toBool(), true);
        // Debian's registry has no referrers API: the tag fallback, asked on the repository the catalog
        // named.
        QCOMPARE(caps.value(QStringLiteral("referrersApi")), QVariant(false));
        QCOMPARE(detail(&model, plain), QStringLiteral("HTTP · anonymous · catalog · tag fallback"));
        QCOMPARE(detail(&model, folder), QStringLiteral("OCI layout · 1 tag"));
        QVERIFY2(detail(&model, missing).startsWith(QLatin1String("Cannot open")),
                 qPrintable(detail(&model, missing)));
        QVERIFY(!model.data(model.indexOf(missing), ItemRole::SourceErrorRole).toString().isEmpty());

        // A probe started again makes the one in flight stale: one answer is shown, not two.
        QSignalSpy answers(&model, &SourcesModel::probed);
        model.probe(plain, true);
        model.probe(plain, true);
        QCOMPARE(model.data(model.indexOf(plain), ItemRole::SourceDetailRole).toString(),
                 QStringLiteral("Checking…"));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isProbing(), kProbeTimeoutMs);
        QCOMPARE(answers.count(), 1);

        // An answer for a source removed meanwhile is dropped.
        model.probe(folder, true);
        QVERIFY(model.removeSource(folder));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isProbing(), kProbeTimeoutMs);
        QCOMPARE(answers.count(), 1);
        QVERIFY(model.removeSource(missing));
        QVERIFY(!model.removeSource(missing));
        QVERIFY(model.removeSource(plain));
        QCOMPARE(model.sources().size(), 0);
    }

    void modelListsDockerConfigHostsOnceAndApart()
    {
        AppContext context;
        SourcesModel model(context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAutoProbe(false); // these hosts are names only: no traffic leaves the machine
        model.addSource(registrySource(QStringLiteral("mine.example")));
        model.setDockerConfigHosts({QStringLiteral("zeta.example"), QStringLiteral("mine.example"),
                                    QStringLiteral("alpha.example")});
        const QModelIndex config = model.groupIndex(SourcesModel::Group::DockerConfig);
        QCOMPARE(model.rowCount(config), 2);
        QCOMPARE(model.data(model.index(0, 0, config)).toString(), QStringLiteral("alpha.example"));
        QCOMPARE(model.data(model.index(1, 0, config)).toString(), QStringLiteral("zeta.example"));
        QCOMPARE(model.sourceAt(model.index(0, 0, config)).origin, Source::Origin::DockerConfig);
        model.setDockerConfigHosts({QStringLiteral("zeta.example")});
        QCOMPARE(model.rowCount(config), 1);
        // Docker's hosts are not saved: they come back from the files.
        const QVariantList saved = model.saveState();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().toMap().value(QStringLiteral("key")).toString(),
                 QStringLiteral("mine.example"));
    }

    void catalogLessRegistryIsProbedOnATypedRepository()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setCatalogEnabled(false);
        registry.putBlob(QStringLiteral("typed/app"), QByteArrayLiteral("{}"));
        registry.putManifest(
            QStringLiteral("typed/app"), QStringLiteral("v1"),
            R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":)"
            R"({"mediaType":"application/vnd.oci.empty.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},"layers":[]})",
            kManifestType);
        RepositoryMemory::rememberRepository(registry.host(), QStringLiteral("typed/app"));

        AppContext context;
        SourcesModel model(context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Source source = registrySource(registry.host());
        model.addSource(source);
        QTRY_VERIFY_WITH_TIMEOUT(probed(&model, source), kProbeTimeoutMs);
        QCOMPARE(detail(&model, source), QStringLiteral("HTTP · anonymous · no catalog · referrers API"));
        QVERIFY(model.data(model.indexOf(source), Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("typed/app")));
    }

    void repositoryMemoryKeepsTypedNamesPerRegistry()
    {
        RepositoryMemory::rememberRepository(QStringLiteral("docker.io"), QStringLiteral("library/nginx"));
        RepositoryMemory::rememberRepository(QStringLiteral("docker.io"), QStringLiteral("library/alpine"));
        RepositoryMemory::rememberRepository(QStringLiteral("docker.io"), QStringLiteral("library/nginx"));
        RepositoryMemory::rememberRepository(QStringLiteral("docker.io"), QStringLiteral("Not A Name"));
        RepositoryMemory::rememberRepository(QStringLiteral("ghcr.io"), QStringLiteral("org/tool"));
        QCOMPARE(RepositoryMemory::typedRepositories(QStringLiteral("docker.io")),
                 QStringList({QStringLiteral("library/nginx"), QStringLiteral("library/alpine")}));
        // The host is normalised the way references are: Docker Hub's aliases are one registry.
        QCOMPARE(RepositoryMemory::typedRepositories(QStringLiteral("index.docker.io")).size(), 2);
        QCOMPARE(RepositoryMemory::typedRepositories(QStringLiteral("ghcr.io")),
                 QStringList{QStringLiteral("org/tool")});
        RepositoryMemory::forgetRepository(QStringLiteral("docker.io"), QStringLiteral("library/nginx"));
        QCOMPARE(RepositoryMemory::typedRepositories(QStringLiteral("docker.io")),
                 QStringList{QStringLiteral("library/alpine")});
        for (int i = 0; i < RepositoryMemory::kMaxPerRegistry + 5; ++i)
            RepositoryMemory::rememberRepository(QStringLiteral("many.example"),
                                                 QStringLiteral("r%1").arg(i));
        const QStringList many = RepositoryMemory::typedRepositories(QStringLiteral("many.example"));
        QCOMPARE(many.size(), RepositoryMemory::kMaxPerRegistry);
        QCOMPARE(many.first(), QStringLiteral("r%1").arg(RepositoryMemory::kMaxPerRegistry + 4));
    }

    // --- The panel ---

    void addRegistryDialogValidatesAndWarns()
    {
        AddRegistryDialog dialog;
        auto* host = child<QLineEdit>(&dialog, "hostEdit");
        auto* insecure = child<QCheckBox>(&dialog, "insecureCheck");
        auto* warning = child<QLabel>(&dialog, "insecureWarning");
        auto* ca = child<QLineEdit>(&dialog, "caFileEdit");
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(host && insecure && warning && ca && ok);
        dialog.show();
        QVERIFY(!ok->isEnabled());
        host->setText(QStringLiteral("bad host!"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.problem().isEmpty());
        host->setText(QStringLiteral("https://Registry.Example.com:5000/v2/"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.host(), QStringLiteral("registry.example.com:5000"));
        QVERIFY(!warning->isVisible());
        insecure->setChecked(true);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QLatin1String("unencrypted")));
        ca->setText(m_work.filePath(QStringLiteral("missing-ca.pem")));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QLatin1String("missing-ca.pem")));
        ca->setText(m_tls->caFile());
        QVERIFY(ok->isEnabled());
    }

    void addPlainRegistryShowsItsCapabilities()
    {
        AppContext context;
        SourcesPanel panel(context);
        panel.resize(320, 480);
        panel.show();
        QSignalSpy activated(&panel, &SourcesPanel::sourceActivated);
        panel.addRegistryInteractively();
        auto* dialog = panel.findChild<AddRegistryDialog*>(QStringLiteral("addRegistryDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        child<QLineEdit>(dialog, "hostEdit")->setText(m_plain->host());
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

        const Source source = registrySource(m_plain->host());
        QCOMPARE(panel.sources(), QList<Source>{source});
        QCOMPARE(panel.currentSource(), source);
        QVERIFY(!activated.isEmpty());
        QCOMPARE(activated.last().first().value<Source>(), source);
        QTRY_VERIFY_WITH_TIMEOUT(probed(panel.model(), source), kProbeTimeoutMs);
        QCOMPARE(detail(panel.model(), source), QStringLiteral("HTTP · anonymous · catalog · tag fallback"));
        const QString tip = panel.model()->data(panel.model()->indexOf(source), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("plain HTTP")) && tip.contains(QLatin1String("tag fallback")),
                 qPrintable(tip));
        saveScreenshot(panel, QStringLiteral("sources-plain.png"));
    }

    void tlsRegistryWithCaFileAndLoginWithoutKeychain()
    {
        AppContext context;
        SourcesPanel panel(context);
        panel.resize(320, 480);
        panel.show();
        const Source source = registrySource(m_tls->host());

        // Without the private CA the certificate is not trusted: listed, with the reason.
        panel.addRegistry(m_tls->host());
        QTRY_VERIFY_WITH_TIMEOUT(probed(panel.model(), source), kProbeTimeoutMs);
        QCOMPARE(capabilities(panel.model(), source).value(QStringLiteral("reachable")).toBool(), false);
        QVERIFY2(detail(panel.model(), source).startsWith(QLatin1String("Unreachable")),
                 qPrintable(detail(panel.model(), source)));
        QCOMPARE(panel.sources().size(), 1);

        // With it: TLS, Basic, and a login is needed before anything else can be known.
        panel.addRegistry(m_tls->host(), false, m_tls->caFile());
        QCOMPARE(panel.model()->registrySettings(source).caFile, m_tls->caFile());
        QCOMPARE(context.registries().options(m_tls->host()).caFile, m_tls->caFile());
        QTRY_VERIFY_WITH_TIMEOUT(probed(panel.model(), source), kProbeTimeoutMs);
        QVariantMap caps = capabilities(panel.model(), source);
        QVERIFY2(caps.value(QStringLiteral("reachable")).toBool(), qPrintable(detail(panel.model(), source)));
        QCOMPARE(caps.value(QStringLiteral("tls")).toBool(), true);
        QCOMPARE(caps.value(QStringLiteral("auth")).toString(), QStringLiteral("basic"));
        QCOMPARE(caps.value(QStringLiteral("needsLogin")).toBool(), true);
        QCOMPARE(detail(panel.model(), source), QStringLiteral("TLS · Basic · log in"));
        QVERIFY(panel.model()->data(panel.model()->indexOf(source), ItemRole::SourceNeedsLoginRole).toBool());

        // The "Log in…" action of the row opens the dialog; no keychain here, and the dialog says so up
        // front.
        QSignalSpy changed(&context, &AppContext::credentialsChanged);
        panel.findChild<QAction*>(QStringLiteral("loginAction"))->trigger();
        LoginDialog* dialog = panel.loginDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->registry(), m_tls->host());
        auto* remember = child<QCheckBox>(dialog, "rememberCheck");
        QVERIFY(!remember->isChecked());
        QVERIFY(!remember->isEnabled());
        QVERIFY(child<QLabel>(dialog, "keychainNote")->text().contains(QLatin1String("session only")));

        // A wrong password: the registry's refusal shows in the dialog, which stays open.
        child<QLineEdit>(dialog, "userEdit")->setText(m_tls->username());
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("wrong password"));
        dialog->accept();
        QVERIFY(dialog->isVerifying());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVerifying(), kProbeTimeoutMs);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->statusText().isEmpty());
        QCOMPARE(changed.count(), 0);

        // The right one: checked off the GUI thread, kept for the session, and the panel says so.
        child<QLineEdit>(dialog, "passwordEdit")->setText(m_tls->password());
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.loginDialog(), kProbeTimeoutMs);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), m_tls->host());
        QVERIFY2(panel.message().contains(QLatin1String("session only")), qPrintable(panel.message()));
        QVERIFY(context.credentials().hasSessionCredential(m_tls->host()));
        QTRY_VERIFY_WITH_TIMEOUT(probed(panel.model(), source), kProbeTimeoutMs);
        caps = capabilities(panel.model(), source);
        QCOMPARE(caps.value(QStringLiteral("needsLogin")).toBool(), false);
        QCOMPARE(caps.value(QStringLiteral("catalog")).toBool(), true);
        QCOMPARE(caps.value(QStringLiteral("referrersApi")), QVariant(false));
        QCOMPARE(detail(panel.model(), source), QStringLiteral("TLS · Basic · catalog · tag fallback"));
        QCOMPARE(
            panel.model()->data(panel.model()->indexOf(source), ItemRole::SourceCredentialRole).toString(),
            QStringLiteral("this session only"));
        // The shared client uses the login at once: the store a view would open can read.
        auto store = context.store(source.location(QStringLiteral("secure/app"), QStringLiteral("1.0")));
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        QVERIFY2(store.value()->resolve(QStringLiteral("1.0")).ok(),
                 "the login did not reach the shared client");
        saveScreenshot(panel, QStringLiteral("sources-tls-login.png"));

        // Log out: the session credential is gone and the registry asks for a login again.
        panel.findChild<QAction*>(QStringLiteral("logoutAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, kProbeTimeoutMs);
        QVERIFY(panel.message().contains(QLatin1String("Logged out")));
        QVERIFY(!context.credentials().hasSessionCredential(m_tls->host()));
        QTRY_VERIFY_WITH_TIMEOUT(probed(panel.model(), source), kProbeTimeoutMs);
        QCOMPARE(capabilities(panel.model(), source).value(QStringLiteral("needsLogin")).toBool(), true);
    }

    void unauthorizedViewOpensExactlyOneLoginDialog()
    {
        AppContext context;
        SourcesPanel panel(context);
        panel.show();
        context.requestLogin(m_tls->host(), QStringLiteral("%1 requires a login").arg(m_tls->host()));
        context.requestLogin(m_tls->host());
        context.requestLogin(m_plain->host());
        QCOMPARE(panel.findChildren<LoginDialog*>().size(), 1);
        LoginDialog* dialog = panel.loginDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->registry(), m_tls->host());
        QVERIFY(child<QLabel>(dialog, "loginReason")->text().contains(QLatin1String("requires a login")));
        dialog->reject();
        QTRY_VERIFY(!panel.loginDialog());
        QTRY_COMPARE(panel.findChildren<LoginDialog*>().size(), 0);
        context.requestLogin(m_plain->host());
        QCOMPARE(panel.findChildren<LoginDialog*>().size(), 1);
        QCOMPARE(panel.loginDialog()->registry(), m_plain->host());
        panel.loginDialog()->reject();
    }

    void openLayoutsMadeWithTheCli()
    {
        const QString layout = makeLayout(QStringLiteral("opened-layout"));
        QVERIFY(!layout.isEmpty());
        const QString archive = m_work.filePath(QStringLiteral("image.tar"));
        if (!QFile::exists(archive)) {
            const auto copied = runLading({QStringLiteral("copy"), m_plain->host() + QStringLiteral("/x:v1"),
                                           QStringLiteral("oci-archive:") + archive + QStringLiteral(":v1")});
            QVERIFY2(copied.ok(), qPrintable(copied.describe()));
        }
        AppContext context;
        SourcesPanel panel(context);
        panel.show();
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(panel.openLayout(layout));
        const Source folder = layoutSource(layout);
        QCOMPARE(panel.currentSource(), folder);
        // The oci-layout file inside stands for its folder: the same source, not a second one.
        QVERIFY(panel.openLayout(layout + QStringLiteral("/oci-layout")));
        QVERIFY(panel.openLayout(archive));
        const Source tar = layoutSource(archive, Source::Kind::Archive);
        QCOMPARE(panel.sources().size(), 2);
        QCOMPARE(panel.currentSource(), tar);
        QTRY_VERIFY_WITH_TIMEOUT(probed(panel.model(), folder) && probed(panel.model(), tar),
                                 kProbeTimeoutMs);
        QCOMPARE(detail(panel.model(), folder), QStringLiteral("OCI layout · 1 tag"));
        QCOMPARE(detail(panel.model(), tar), QStringLiteral("tar archive · 1 tag"));

        // A folder that is not a layout is refused with a sentence, and nothing is added.
        QVERIFY(!panel.openLayout(m_work.path()));
        QVERIFY2(panel.message().contains(QLatin1String("oci-layout")), qPrintable(panel.message()));
        QCOMPARE(panel.sources().size(), 2);
        saveScreenshot(panel, QStringLiteral("sources-layouts.png"));

        // The Delete key removes the current source (the files stay).
        panel.selectSource(folder);
        panel.view()->setFocus();
        QApplication::setActiveWindow(&panel);
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QCOMPARE(panel.sources(), QList<Source>{tar});
        QCOMPARE(panel.currentSource(), tar);
        QVERIFY(QFileInfo::exists(layout + QStringLiteral("/oci-layout")));
    }

    void stateIsRestoredAfterSave()
    {
        const QString layout = makeLayout(QStringLiteral("restored-layout"));
        QVERIFY(!layout.isEmpty());
        {
            AppContext context;
            SourcesPanel panel(context);
            panel.addRegistry(m_plain->host(), true);
            panel.addRegistry(m_tls->host(), false, m_tls->caFile());
            QVERIFY(panel.openLayout(layout));
            panel.selectSource(registrySource(m_tls->host()));
            panel.saveState();
            // Probes still running use `context`: let them end before it goes (see the closing note of
            // session 2: AppContext does not yet wait for work that refers to it).
            QVERIFY(lading::ui::workerPool().waitForDone(60000));
        }
        AppContext context;
        SourcesPanel panel(context);
        QSignalSpy activated(&panel, &SourcesPanel::sourceActivated);
        panel.restoreState();
        const QList<Source> expected{registrySource(m_plain->host()), registrySource(m_tls->host()),
                                     layoutSource(layout)};
        QCOMPARE(panel.sources().size(), expected.size());
        for (const Source& source : expected)
            QVERIFY2(panel.sources().contains(source), qPrintable(source.key));
        QCOMPARE(panel.currentSource(), registrySource(m_tls->host()));
        QVERIFY(!activated.isEmpty());
        QVERIFY(context.isInsecure(m_plain->host()));
        QCOMPARE(context.registries().options(m_tls->host()).caFile, m_tls->caFile());
        QCOMPARE(panel.model()->registrySettings(registrySource(m_tls->host())).caFile, m_tls->caFile());
        // The CA came back with it: the TLS registry is reachable, not a certificate error.
        const Source tls = registrySource(m_tls->host());
        QTRY_VERIFY_WITH_TIMEOUT(probed(panel.model(), tls), kProbeTimeoutMs);
        QCOMPARE(capabilities(panel.model(), tls).value(QStringLiteral("tls")).toBool(), true);
        QCOMPARE(capabilities(panel.model(), tls).value(QStringLiteral("reachable")).toBool(), true);

        // Removing a registry the user added drops its special trust too.
        QVERIFY(panel.removeSource(registrySource(m_plain->host())));
        QVERIFY(!context.isInsecure(m_plain->host()));
    }

    void dockerConfigRegistriesAreListedAndCanBeHidden()
    {
        QFile config(m_dockerConfig.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral(R"({"auths":{"%1":{}}})").arg(m_plain->host()).toUtf8());
        config.close();
        const Source fromConfig = registrySource(m_plain->host(), Source::Origin::DockerConfig);
        {
            AppContext context;
            SourcesPanel panel(context);
            panel.show();
            const QModelIndex group = panel.model()->groupIndex(SourcesModel::Group::DockerConfig);
            QTRY_COMPARE(panel.model()->rowCount(group), 1);
            QVERIFY(!panel.view()->isRowHidden(group.row(), {}));
            QCOMPARE(panel.model()->sourceAt(panel.model()->index(0, 0, group)).origin,
                     Source::Origin::DockerConfig);
            QTRY_VERIFY_WITH_TIMEOUT(probed(panel.model(), fromConfig), kProbeTimeoutMs);
            QCOMPARE(detail(panel.model(), fromConfig),
                     QStringLiteral("HTTP · anonymous · catalog · tag fallback"));
            QVERIFY(panel.removeSource(fromConfig));
            QVERIFY(panel.view()->isRowHidden(group.row(), {}));
        }
        QVERIFY(lading::ui::workerPool().waitForDone(60000));
        AppContext context;
        SourcesPanel panel(context);
        panel.restoreState();
        QVERIFY(lading::ui::workerPool().waitForDone(60000));
        QCoreApplication::processEvents();
        QVERIFY(!panel.sources().contains(fromConfig));
        // Added by hand, it is the user's own again.
        panel.addRegistry(m_plain->host());
        QCOMPARE(panel.model()->sourceAt(panel.model()->indexOf(fromConfig)).origin, Source::Origin::Added);
    }

    void reloadShowsARegistryThatStopped()
    {
        QString why;
        auto registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(registry, qPrintable(why));
        AppContext context;
        SourcesPanel panel(context);
        panel.addRegistry(registry->host());
        const Source source = registrySource(registry->host());
        QTRY_VERIFY_WITH_TIMEOUT(probed(panel.model(), source), kProbeTimeoutMs);
        QCOMPARE(capabilities(panel.model(), source).value(QStringLiteral("reachable")).toBool(), true);
        registry->stop();
        panel.reloadCurrent();
        QCOMPARE(panel.model()->probeState(source), SourcesModel::ProbeState::Probing);
        QTRY_VERIFY_WITH_TIMEOUT(probed(panel.model(), source), kProbeTimeoutMs);
        QCOMPARE(capabilities(panel.model(), source).value(QStringLiteral("reachable")).toBool(), false);
        QVERIFY2(detail(panel.model(), source).contains(QLatin1String("refused")),
                 qPrintable(detail(panel.model(), source)));
        // Still listed, so it can be checked again once it is back.
        QVERIFY(panel.sources().contains(source));
    }

private:
    // An OCI layout made by the CLI from the plain registry: `lading copy REG/x:v1 oci:DIR:v1`.
    QString makeLayout(const QString& name)
    {
        const QString dir = m_work.filePath(name);
        if (QFileInfo::exists(dir + QStringLiteral("/oci-layout")))
            return dir;
        const auto copied = runLading({QStringLiteral("copy"), m_plain->host() + QStringLiteral("/x:v1"),
                                       QStringLiteral("oci:") + dir + QStringLiteral(":v1")});
        if (!copied.ok()) {
            qWarning("%s", qPrintable(copied.describe()));
            return {};
        }
        return dir;
    }

    static QString screenshotDir() { return QStringLiteral(LADING_BINARY_DIR "/screenshots"); }

    static void saveScreenshot(QWidget& widget, const QString& name)
    {
        widget.grab().save(screenshotDir() + QLatin1Char('/') + name);
    }

    QTemporaryDir m_dockerConfig;
    QTemporaryDir m_work;
    std::unique_ptr<RegistryFixture> m_plain;
    std::unique_ptr<RegistryFixture> m_tls;
};

QTEST_MAIN(TestSourcesPanel)
#include "tst_sourcespanel.moc"
