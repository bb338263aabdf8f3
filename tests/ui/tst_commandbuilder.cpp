#include "core/oci/mediatypes.h"
#include "ui/util/commandbuilder.h"

#include <QSet>
#include <QTest>

using lading::ui::CommandBuilder;
using lading::ui::CommandTarget;
using lading::ui::ShellCommand;

Q_DECLARE_METATYPE(lading::ui::CommandTarget)

namespace {

const QString kDigest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));

QString accept()
{
    return QStringLiteral("'Accept: ") + lading::oci::MediaType::manifestAcceptHeader() + QLatin1Char('\'');
}

CommandTarget target(const QString& location, bool plainHttp = false, const QString& caFile = {},
                     CommandTarget::Auth auth = CommandTarget::Auth::None, const QString& mediaType = {},
                     const QString& resolved = {})
{
    CommandTarget t;
    auto parsed = lading::store::Location::parse(location, true);
    if (!parsed)
        qFatal("bad location in test: %s", qPrintable(location));
    t.location = parsed.value();
    if (!resolved.isEmpty())
        t.digest = lading::oci::Digest::parse(resolved).value();
    t.plainHttp = plainHttp;
    t.caFile = caFile;
    t.auth = auth;
    t.mediaType = mediaType;
    return t;
}

} // namespace

class TestCommandBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void quotesForPosixShells_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain reference") << "localhost:5000/demo/app@sha256:ab"
                                         << "localhost:5000/demo/app@sha256:ab";
        QTest::newRow("option with equals") << "--tls-verify=false"
                                            << "--tls-verify=false";
        QTest::newRow("empty") << ""
                               << "''";
        QTest::newRow("space") << "/tmp/My Layout"
                               << "'/tmp/My Layout'";
        QTest::newRow("single quote") << "it's"
                                      << "'it'\\''s'";
        QTest::newRow("dollar") << "$HOME/x"
                                << "'$HOME/x'";
        QTest::newRow("semicolon") << "a;rm -rf b"
                                   << "'a;rm -rf b'";
        QTest::newRow("tilde") << "~/layout"
                               << "'~/layout'";
        QTest::newRow("glob") << "blobs/*"
                              << "'blobs/*'";
        QTest::newRow("backtick") << "`id`"
                                  << "'`id`'";
    }
    void quotesForPosixShells()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(CommandBuilder::shellQuote(argument), quoted);
    }

    void buildsExactCommandLines_data()
    {
        QTest::addColumn<CommandTarget>("target");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("line");
        using Auth = CommandTarget::Auth;
        const QString local = QStringLiteral("localhost:5000/demo/app:1.0");
        const QString localDigest = QStringLiteral("localhost:5000/demo/app@") + kDigest;
        const QString remote = QStringLiteral("registry.example.com/team/app:v2");
        const QString index = QString(lading::oci::MediaType::OciIndex);

        // lading: loopback registries may speak HTTP without a flag; others need --plain-http.
        QTest::newRow("lading manifest, loopback plain, tag")
            << target(local, true) << "lading-manifest"
            << "lading manifest localhost:5000/demo/app:1.0";
        QTest::newRow("lading manifest, insecure remote")
            << target(QStringLiteral("registry.lan:5000/team/app:v2"), true) << "lading-manifest"
            << "lading manifest --plain-http registry.lan:5000/team/app:v2";
        QTest::newRow("lading manifest, TLS with private CA")
            << target(remote, false, QStringLiteral("/etc/my certs/ca.pem")) << "lading-manifest"
            << "lading manifest --ca-file '/etc/my certs/ca.pem' registry.example.com/team/app:v2";
        QTest::newRow("lading referrers, digest") << target(localDigest, true) << "lading-referrers"
                                                  << QStringLiteral("lading referrers ") + localDigest;
        QTest::newRow("lading manifest, tag and digest pins the digest")
            << target(QStringLiteral("localhost:5000/demo/app:1.0@") + kDigest, true) << "lading-manifest"
            << QStringLiteral("lading manifest ") + localDigest;
        QTest::newRow("lading pull, registry") << target(local, true) << "lading-pull"
                                               << "lading pull localhost:5000/demo/app:1.0 -o app";
        QTest::newRow("lading copy, registry to layout")
            << target(local, true) << "lading-copy"
            << "lading copy --referrers localhost:5000/demo/app:1.0 oci:app";
        QTest::newRow("lading copy, layout tag to registry")
            << target(QStringLiteral("oci:/tmp/My Layout:1.0")) << "lading-copy"
            << "lading copy --referrers 'oci:/tmp/My Layout:1.0' localhost:5000/my-layout:1.0";
        QTest::newRow("lading copy, layout digest to registry")
            << target(QStringLiteral("oci:/data/layout@") + kDigest) << "lading-copy"
            << QStringLiteral("lading copy --referrers oci:/data/layout@%1 localhost:5000/layout@%1")
                   .arg(kDigest);
        QTest::newRow("lading pull, archive")
            << target(QStringLiteral("oci-archive:/data/demo.tar:v1")) << "lading-pull"
            << "lading pull oci-archive:/data/demo.tar:v1 -o demo-files";
        QTest::newRow("lading manifest, untagged layout by resolved digest")
            << target(QStringLiteral("oci:/data/layout"), false, {}, Auth::None, {}, kDigest)
            << "lading-manifest" << QStringLiteral("lading manifest oci:/data/layout@") + kDigest;

        // oras: --plain-http for every plain registry, --oci-layout for folders and tars.
        QTest::newRow("oras manifest fetch, plain")
            << target(local, true) << "oras-manifest-fetch"
            << "oras manifest fetch --plain-http localhost:5000/demo/app:1.0";
        QTest::newRow("oras pull, TLS with Basic auth")
            << target(remote, false, {}, Auth::Basic) << "oras-pull"
            << "oras pull -u USER --password-stdin registry.example.com/team/app:v2 -o app";
        QTest::newRow("oras manifest fetch, TLS with private CA")
            << target(remote, false, QStringLiteral("/etc/certs/ca.crt")) << "oras-manifest-fetch"
            << "oras manifest fetch --ca-file /etc/certs/ca.crt registry.example.com/team/app:v2";
        QTest::newRow("oras discover, layout digest")
            << target(QStringLiteral("oci:/data/layout@") + kDigest) << "oras-discover"
            << QStringLiteral("oras discover --oci-layout /data/layout@") + kDigest;
        QTest::newRow("oras manifest fetch, archive tag")
            << target(QStringLiteral("oci-archive:/data/demo.tar:v1")) << "oras-manifest-fetch"
            << "oras manifest fetch --oci-layout /data/demo.tar:v1";
        QTest::newRow("oras discover, plain digest")
            << target(localDigest, true) << "oras-discover"
            << QStringLiteral("oras discover --plain-http ") + localDigest;

        // skopeo: --tls-verify=false for plain registries, a cert folder for a private CA, --creds
        // placeholder.
        QTest::newRow("skopeo inspect, plain")
            << target(local, true) << "skopeo-inspect-raw"
            << "skopeo inspect --raw --tls-verify=false docker://localhost:5000/demo/app:1.0";
        QTest::newRow("skopeo inspect, TLS with CA and Basic auth")
            << target(remote, false, QStringLiteral("/etc/certs/ca.crt"), Auth::Basic) << "skopeo-inspect-raw"
            << "skopeo inspect --raw --cert-dir /etc/certs --creds USER "
               "docker://registry.example.com/team/app:v2";
        QTest::newRow("skopeo copy, index copies every platform")
            << target(local, true, {}, Auth::None, index) << "skopeo-copy"
            << "skopeo copy --all --src-tls-verify=false docker://localhost:5000/demo/app:1.0 oci:app:1.0";
        QTest::newRow("skopeo copy, digest")
            << target(localDigest, true) << "skopeo-copy"
            << QStringLiteral("skopeo copy --src-tls-verify=false docker://%1 oci:app").arg(localDigest);
        QTest::newRow("skopeo copy, layout tag to a local registry")
            << target(QStringLiteral("oci:/data/layout:v1")) << "skopeo-copy"
            << "skopeo copy --dest-tls-verify=false oci:/data/layout:v1 docker://localhost:5000/layout:v1";
        QTest::newRow("skopeo inspect, archive tag")
            << target(QStringLiteral("oci-archive:/data/demo.tar:v1")) << "skopeo-inspect-raw"
            << "skopeo inspect --raw oci-archive:/data/demo.tar:v1";
        QTest::newRow("skopeo cannot name an untagged layout manifest")
            << target(QStringLiteral("oci:/data/layout@") + kDigest) << "skopeo-inspect-raw"
            << "";

        // curl: the manifest URL with the full Accept header; placeholders instead of credentials.
        QTest::newRow("curl, plain tag")
            << target(local, true) << "curl-get-manifest"
            << QStringLiteral("curl -fsSL -H %1 http://localhost:5000/v2/demo/app/manifests/1.0")
                   .arg(accept());
        QTest::newRow("curl, TLS Basic digest")
            << target(QStringLiteral("registry.example.com/team/app@") + kDigest, false, {}, Auth::Basic)
            << "curl-get-manifest"
            << QStringLiteral(
                   "curl -fsSL -u USER -H %1 https://registry.example.com/v2/team/app/manifests/%2")
                   .arg(accept(), kDigest);
        QTest::newRow("curl, Docker Hub bearer")
            << target(QStringLiteral("alpine:3.19"), false, {}, Auth::Bearer) << "curl-get-manifest"
            << QStringLiteral("curl -fsSL -H 'Authorization: Bearer TOKEN' -H %1 "
                              "https://registry-1.docker.io/v2/library/alpine/manifests/3.19")
                   .arg(accept());
        QTest::newRow("curl, TLS with private CA")
            << target(remote, false, QStringLiteral("/etc/certs/ca.crt")) << "curl-get-manifest"
            << QStringLiteral("curl -fsSL --cacert /etc/certs/ca.crt -H %1 "
                              "https://registry.example.com/v2/team/app/manifests/v2")
                   .arg(accept());
        QTest::newRow("curl does not apply to layouts")
            << target(QStringLiteral("oci:/data/layout:v1")) << "curl-get-manifest"
            << "";
    }
    void buildsExactCommandLines()
    {
        QFETCH(CommandTarget, target);
        QFETCH(QString, id);
        QFETCH(QString, line);
        const ShellCommand command = CommandBuilder::command(target, id);
        QCOMPARE(command.line(), line);
        if (!line.isEmpty())
            QCOMPARE(command.id(), id);
    }

    void listsEveryToolInMenuOrder()
    {
        const auto registry =
            CommandBuilder::commands(target(QStringLiteral("localhost:5000/demo/app:1.0"), true));
        QStringList ids;
        for (const ShellCommand& c : registry)
            ids << c.id();
        QCOMPARE(ids, (QStringList{QStringLiteral("lading-manifest"), QStringLiteral("lading-referrers"),
                                   QStringLiteral("lading-pull"), QStringLiteral("lading-copy"),
                                   QStringLiteral("oras-manifest-fetch"), QStringLiteral("oras-pull"),
                                   QStringLiteral("oras-discover"), QStringLiteral("skopeo-inspect-raw"),
                                   QStringLiteral("skopeo-copy"), QStringLiteral("curl-get-manifest")}));
        QCOMPARE(registry.first().label(), QStringLiteral("lading manifest"));
        QCOMPARE(registry.last().label(), QStringLiteral("curl GET manifest"));

        const auto layout = CommandBuilder::commands(target(QStringLiteral("oci:/data/layout:v1")));
        QSet<QString> tools;
        for (const ShellCommand& c : layout)
            tools.insert(c.tool);
        QCOMPARE(tools,
                 (QSet<QString>{QStringLiteral("lading"), QStringLiteral("oras"), QStringLiteral("skopeo")}));
    }

    void placeholdersStandInForCredentials()
    {
        // Every tool that needs a login gets a placeholder it can prompt or read from stdin for.
        const auto commands = CommandBuilder::commands(target(
            QStringLiteral("registry.example.com/team/app:v2"), false, {}, CommandTarget::Auth::Basic));
        for (const ShellCommand& c : commands) {
            if (c.tool == QLatin1String("lading"))
                QVERIFY2(!c.line().contains(QLatin1String("USER")),
                         qPrintable(c.line())); // the keychain serves it
            else
                QVERIFY2(c.line().contains(QLatin1String("USER")), qPrintable(c.line()));
            QVERIFY2(!c.line().contains(QLatin1String("-p ")) &&
                         !c.line().contains(QLatin1String("--password ")),
                     qPrintable(c.line()));
        }
    }

    void manifestUrlFollowsTheScheme()
    {
        QCOMPARE(CommandBuilder::manifestUrl(target(QStringLiteral("127.0.0.1:5000/a/b:t"), true)),
                 QStringLiteral("http://127.0.0.1:5000/v2/a/b/manifests/t"));
        QCOMPARE(CommandBuilder::manifestUrl(target(QStringLiteral("ghcr.io/org/app:t"))),
                 QStringLiteral("https://ghcr.io/v2/org/app/manifests/t"));
        QCOMPARE(CommandBuilder::manifestUrl(target(QStringLiteral("oci:/x:t"))), QString());
    }
};

QTEST_GUILESS_MAIN(TestCommandBuilder)
#include "tst_commandbuilder.moc"
