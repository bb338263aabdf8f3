#include "core/oci/mediatypes.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testregistry.h"
#include "ui/appcontext.h"
#include "ui/models/itemroles.h"
#include "ui/models/referrersmodel.h"
#include "ui/util/async.h"
#include "ui/views/referrersview.h"
#include "ui/widgets/locationmenu.h"
#include "ui/widgets/statestack.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using lading::oci::Digest;
using lading::store::Location;
using lading::test::RegistryFixture;
using lading::test::TestRegistry;
using lading::ui::AppContext;
using lading::ui::CommandBuilder;
using lading::ui::CommandTarget;
using lading::ui::LocationMenu;
using lading::ui::ReferrersModel;
using lading::ui::ReferrersView;
using lading::ui::StateStack;
namespace ItemRole = lading::ui::ItemRole;

Q_DECLARE_METATYPE(RegistryFixture::Mode)

namespace {

constexpr int kTimeout = 30000;

// Keeps the context alive until the worker tasks that use it are done.
struct Session
{
    ~Session() { lading::ui::workerPool().waitForDone(kTimeout); }
    AppContext context;
};

struct Pushed
{
    QByteArray bytes;
    Digest digest;
};

QJsonObject descriptorJson(const QString& mediaType, const QByteArray& bytes)
{
    return {{QStringLiteral("mediaType"), mediaType},
            {QStringLiteral("digest"), Digest::sha256Of(bytes).toString()},
            {QStringLiteral("size"), bytes.size()}};
}

Pushed pushArtifact(TestRegistry& registry, const QString& repository, const QString& tag,
                    const QString& artifactType, const QByteArray& layer, const Pushed* subject = nullptr)
{
    registry.putBlob(repository, QByteArrayLiteral("{}"));
    registry.putBlob(repository, layer);
    QJsonObject manifest{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QString(lading::oci::MediaType::OciManifest)},
        {QStringLiteral("artifactType"), artifactType},
        {QStringLiteral("config"), descriptorJson(QString(lading::oci::MediaType::Empty), "{}")},
        {QStringLiteral("layers"),
         QJsonArray{descriptorJson(QStringLiteral("application/octet-stream"), layer)}}};
    if (subject)
        manifest.insert(QStringLiteral("subject"),
                        descriptorJson(QString(lading::oci::MediaType::OciManifest), subject->bytes));
    Pushed pushed;
    pushed.bytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    pushed.digest =
        registry.putManifest(repository, tag, pushed.bytes, QString(lading::oci::MediaType::OciManifest));
    return pushed;
}

Location parse(const QString& text)
{
    auto location = Location::parse(text);
    if (!location)
        qFatal("bad location %s", qPrintable(text));
    return location.value();
}

QString clipboardText()
{
    return QGuiApplication::clipboard()->text();
}

// Runs a copied command line the way a person pasting it would: through the shell, with lading on PATH.
QByteArray runShell(const QString& line, QString* error)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString lading = lading::test::ladingExecutable();
    environment.insert(QStringLiteral("PATH"), QFileInfo(lading).absolutePath() + QLatin1Char(':') +
                                                   environment.value(QStringLiteral("PATH")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("sh"), {QStringLiteral("-c"), line});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (%2): %3")
                     .arg(line, QString::number(process.exitCode()),
                          QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

QString requireProgram(const QString& program, const QString& package)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return QStringLiteral("%1 was not found: install the Debian package %2").arg(program, package);
    return {};
}

} // namespace

class TestReferrersView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aManifestWithoutReferrersSaysSo()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        const Pushed subject = pushArtifact(registry, QStringLiteral("lonely"), QStringLiteral("v1"),
                                            QStringLiteral("application/vnd.example.thing"), "subject");
        Session session;
        ReferrersView view(session.context);
        view.resize(800, 300);
        view.show();
        QSignalSpy loaded(&view, &ReferrersView::loaded);
        view.setSubject(parse(registry.host() + QStringLiteral("/lonely@") + subject.digest.toString()));
        QCOMPARE(view.stateStack()->state(), StateStack::State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(view.stateStack()->state(), StateStack::State::Empty, kTimeout);
        QCOMPARE(view.stateStack()->message(), QStringLiteral("No referrers"));
        QCOMPARE(view.directCount(), 0);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toInt(), 0);
    }

    void theGraphOpensByItselfAndActivatingARowNavigates()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setReferrersApiEnabled(true);
        const QString repository = QStringLiteral("team/app");
        const Pushed subject = pushArtifact(registry, repository, QStringLiteral("v1"),
                                            QStringLiteral("application/vnd.example.thing"), "subject");
        const Pushed sbom =
            pushArtifact(registry, repository, {}, QStringLiteral("application/spdx+json"), "{}", &subject);
        const Pushed sbomSignature = pushArtifact(
            registry, repository, {}, QStringLiteral("application/vnd.cncf.notary.signature"), "sig", &sbom);

        Session session;
        ReferrersView view(session.context);
        view.resize(900, 300);
        view.show();
        QSignalSpy counts(&view, &ReferrersView::countsChanged);
        QList<Location> activated;
        connect(&view, &ReferrersView::locationActivated, this,
                [&activated](const Location& l) { activated.append(l); });
        view.setSubject(parse(registry.host() + QLatin1Char('/') + repository + QLatin1Char('@') +
                              subject.digest.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(view.stateStack()->state(), StateStack::State::Content, kTimeout);
        QCOMPARE(view.directCount(), 1);
        ReferrersModel* model = view.model();
        const QModelIndex sbomRow = model->findChild(sbom.digest.toString());
        QVERIFY(sbomRow.isValid());
        // Small graphs expand without a click: the SBOM's signature shows under it.
        QTRY_VERIFY_WITH_TIMEOUT(model->findChild(sbomSignature.digest.toString(), sbomRow).isValid(),
                                 kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(view.treeView()->isExpanded(sbomRow), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(counts.size(), 1, kTimeout);
        QCOMPARE(counts.first().value(1).toInt(), 1); // one SBOM

        view.treeView()->setFocus();
        view.treeView()->setCurrentIndex(model->findChild(sbomSignature.digest.toString(), sbomRow));
        QTest::keyClick(view.treeView(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().toString(), registry.host() + QLatin1Char('/') + repository +
                                                   QLatin1Char('@') + sbomSignature.digest.toString());
    }

    void anErrorShowsInlineAndRetryRecovers()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setReferrersApiEnabled(false);
        const Pushed subject = pushArtifact(registry, QStringLiteral("flaky"), QStringLiteral("v1"),
                                            QStringLiteral("application/vnd.example.thing"), "subject");
        registry.addFault(lading::test::Fault::httpStatus(
            403, QStringLiteral("/manifests/") + subject.digest.referrersTag() + QLatin1Char('$'), 1));
        Session session;
        ReferrersView view(session.context);
        view.show();
        view.setSubject(parse(registry.host() + QStringLiteral("/flaky@") + subject.digest.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(view.stateStack()->state(), StateStack::State::Error, kTimeout);
        QVERIFY(!view.stateStack()->message().isEmpty());
        auto* retry = view.findChild<QPushButton*>(QStringLiteral("retryButton"));
        QVERIFY(retry);
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view.stateStack()->state(), StateStack::State::Empty, kTimeout);
    }

    void a401AsksForALoginAndReloadsAfterIt()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setAuth(TestRegistry::Auth::Basic);
        const Pushed subject = pushArtifact(registry, QStringLiteral("private"), QStringLiteral("v1"),
                                            QStringLiteral("application/vnd.example.thing"), "subject");
        Session session;
        ReferrersView view(session.context);
        view.show();
        QSignalSpy login(&session.context, &AppContext::loginRequested);
        view.setSubject(parse(registry.host() + QStringLiteral("/private@") + subject.digest.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(view.stateStack()->state(), StateStack::State::Error, kTimeout);
        QCOMPARE(login.size(), 1);
        QCOMPARE(login.first().first().toString(), registry.host());

        // What the login dialog does on success.
        lading::auth::Credential credential;
        credential.username = registry.username();
        credential.secret = registry.password();
        session.context.credentials().setSessionCredential(registry.host(), credential);
        session.context.registries().client(registry.host())->setSessionCredential(credential);
        emit session.context.credentialsChanged(registry.host());
        QTRY_COMPARE_WITH_TIMEOUT(view.stateStack()->state(), StateStack::State::Empty, kTimeout);
    }

    void theContextMenuOpensAndCopiesAReferrer()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        const Pushed subject = pushArtifact(registry, QStringLiteral("menu"), QStringLiteral("v1"),
                                            QStringLiteral("application/vnd.example.thing"), "subject");
        const Pushed sbom = pushArtifact(registry, QStringLiteral("menu"), {},
                                         QStringLiteral("application/spdx+json"), "{}", &subject);
        Session session;
        ReferrersView view(session.context);
        view.resize(800, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<Location> activated;
        connect(&view, &ReferrersView::locationActivated, this,
                [&activated](const Location& l) { activated.append(l); });
        view.setSubject(parse(registry.host() + QStringLiteral("/menu@") + subject.digest.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(view.stateStack()->state(), StateStack::State::Content, kTimeout);
        const QModelIndex row = view.model()->index(0, 0);
        const QPoint pos = view.treeView()->visualRect(row).center();
        emit view.treeView()->customContextMenuRequested(pos);
        auto* menu = view.findChild<LocationMenu*>();
        QVERIFY(menu);
        QCOMPARE(menu->target().location.toString(),
                 registry.host() + QStringLiteral("/menu@") + sbom.digest.toString());
        QCOMPARE(menu->target().mediaType, QString(lading::oci::MediaType::OciManifest));
        menu->copyDigestAction()->trigger();
        QCOMPARE(clipboardText(), sbom.digest.toString());
        auto* open = menu->findChild<QAction*>(QStringLiteral("openReferrerAction"));
        QVERIFY(open);
        QCOMPARE(menu->defaultAction(), open);
        open->trigger();
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().toString(), menu->target().location.toString());
        menu->close();
    }

    void theLocationMenuCopiesReferenceDigestAndCommands()
    {
        TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        const Pushed subject = pushArtifact(registry, QStringLiteral("team/app"), QStringLiteral("v1"),
                                            QStringLiteral("application/vnd.example.thing"), "subject");
        Session session;
        const Location tag = parse(registry.host() + QStringLiteral("/team/app:v1"));
        LocationMenu menu(session.context, tag);
        QSignalSpy copied(&menu, &LocationMenu::copied);
        QCOMPARE(menu.copyReferenceAction()->objectName(), QStringLiteral("copyReferenceAction"));

        menu.copyReferenceAction()->trigger();
        QCOMPARE(clipboardText(), tag.toString());
        // A tag's digest is resolved off the GUI thread, then copied.
        QGuiApplication::clipboard()->clear();
        menu.copyDigestAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(clipboardText(), subject.digest.toString(), kTimeout);
        menu.copyPinnedAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(clipboardText(),
                                  registry.host() + QStringLiteral("/team/app@") + subject.digest.toString(),
                                  kTimeout);
        QCOMPARE(copied.size(), 3);

        // The test registry speaks plain HTTP on loopback: the commands say so once the client answered.
        QTRY_VERIFY_WITH_TIMEOUT(menu.isSettled(), kTimeout);
        QVERIFY(menu.target().plainHttp);
        QAction* curl = menu.commandAction(QStringLiteral("curl-get-manifest"));
        QVERIFY(curl);
        curl->trigger();
        QCOMPARE(clipboardText(),
                 QStringLiteral("curl -fsSL -H 'Accept: %1' http://%2/v2/team/app/manifests/v1")
                     .arg(lading::oci::MediaType::manifestAcceptHeader(), registry.host()));
        QCOMPARE(curl->toolTip(), clipboardText());
        QAction* oras = menu.commandAction(QStringLiteral("oras-discover"));
        QVERIFY(oras);
        oras->trigger();
        QCOMPARE(clipboardText(),
                 QStringLiteral("oras discover --plain-http %1/team/app:v1").arg(registry.host()));

        // A layout: no HTTP, no curl, nothing to wait for.
        LocationMenu layoutMenu(session.context, parse(QStringLiteral("oci:/data/layout:v1")));
        QVERIFY(layoutMenu.isSettled());
        QVERIFY(!layoutMenu.commandAction(QStringLiteral("curl-get-manifest")));
        layoutMenu.commandAction(QStringLiteral("lading-manifest"))->trigger();
        QCOMPARE(clipboardText(), QStringLiteral("lading manifest oci:/data/layout:v1"));
    }

    // The copied commands are not just plausible: pasted into a shell, they fetch the same manifest.
    void copiedCommandsFetchTheManifestFromARealRegistry_data()
    {
        QTest::addColumn<RegistryFixture::Mode>("mode");
        QTest::newRow("plain HTTP") << RegistryFixture::Mode::Plain;
        QTest::newRow("TLS with Basic auth") << RegistryFixture::Mode::TlsBasic;
    }
    void copiedCommandsFetchTheManifestFromARealRegistry()
    {
        QFETCH(RegistryFixture::Mode, mode);
        for (const auto& [program, package] :
             {std::pair{QStringLiteral("curl"), QStringLiteral("curl")},
              std::pair{QStringLiteral("skopeo"), QStringLiteral("skopeo")}}) {
            const QString missing = requireProgram(program, package);
            QVERIFY2(missing.isEmpty(), qPrintable(missing));
        }
        QString why;
        auto registry = RegistryFixture::start(mode, &why);
        QVERIFY2(registry, qPrintable(why));
        auto seeded = registry->seedBlob(QStringLiteral("demo/app"), "hello");
        QVERIFY2(seeded, qPrintable(seeded.error().message));
        auto config = registry->seedBlob(QStringLiteral("demo/app"), "{}");
        QVERIFY2(config, qPrintable(config.error().message));
        const QJsonObject manifest{
            {QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QString(lading::oci::MediaType::OciManifest)},
            {QStringLiteral("artifactType"), QStringLiteral("application/vnd.example.thing")},
            {QStringLiteral("config"), descriptorJson(QString(lading::oci::MediaType::Empty), "{}")},
            {QStringLiteral("layers"),
             QJsonArray{descriptorJson(QStringLiteral("application/octet-stream"), "hello")}}};
        const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        auto pushed = registry->seedManifest(QStringLiteral("demo/app"), QStringLiteral("1.0"), bytes,
                                             QString(lading::oci::MediaType::OciManifest));
        QVERIFY2(pushed, qPrintable(pushed.error().message));

        Session session;
        QString caFile;
        if (mode == RegistryFixture::Mode::TlsBasic) {
            // The CA as a "*.crt" in a folder of its own, the shape skopeo's --cert-dir reads.
            caFile = registry->certDir() + QStringLiteral("/ca.crt");
            lading::registry::RegistryOptions options;
            options.caFile = caFile;
            session.context.registries().setOptions(registry->host(), options);
            lading::auth::Credential credential;
            credential.username = registry->username();
            credential.secret = registry->password();
            session.context.credentials().setSessionCredential(registry->host(), credential);
        }
        const Location location = parse(registry->host() + QStringLiteral("/demo/app:1.0"));
        LocationMenu menu(session.context, location);
        QTRY_VERIFY_WITH_TIMEOUT(menu.isSettled(), kTimeout);
        QCOMPARE(menu.target().plainHttp, mode == RegistryFixture::Mode::Plain);
        QCOMPARE(menu.target().caFile, caFile);
        QCOMPARE(menu.target().auth, mode == RegistryFixture::Mode::Plain ? CommandTarget::Auth::None
                                                                          : CommandTarget::Auth::Basic);

        const QString userAndPassword = registry->username() + QLatin1Char(':') + registry->password();
        QStringList ids{QStringLiteral("curl-get-manifest"), QStringLiteral("skopeo-inspect-raw")};
        // lading reads credentials from the keychain, which a test must not touch: plain registry only.
        if (mode == RegistryFixture::Mode::Plain)
            ids << QStringLiteral("lading-manifest");
        for (const QString& id : ids) {
            QAction* action = menu.commandAction(id);
            QVERIFY2(action, qPrintable(id));
            action->trigger();
            QString line = clipboardText();
            QVERIFY2(!line.contains(registry->password()) || registry->password().isEmpty(),
                     qPrintable(line));
            if (mode == RegistryFixture::Mode::TlsBasic) {
                // The placeholder, filled in the way the user would.
                QVERIFY2(line.contains(QLatin1String(" USER")), qPrintable(line));
                line.replace(QStringLiteral("-u USER"),
                             QStringLiteral("-u ") + CommandBuilder::shellQuote(userAndPassword));
                line.replace(QStringLiteral("--creds USER"),
                             QStringLiteral("--creds ") + CommandBuilder::shellQuote(userAndPassword));
            }
            QString error;
            const QByteArray output = runShell(line, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(output.trimmed(), bytes);
        }
    }
};

QTEST_MAIN(TestReferrersView)
#include "tst_referrersview.moc"
