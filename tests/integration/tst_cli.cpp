// The `lading` command end to end against Debian's real docker-registry (plain HTTP, TLS with htpasswd,
// bearer tokens), with skopeo and umoci as independent peers reading what Lading wrote and writing what
// Lading reads.
#include "core/oci/digest.h"
#include "tests/support/ladingcli.h"
#include "tests/support/process.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using lading::test::CliResult;
using lading::test::randomBytes;
using lading::test::readFileOrMissing;
using lading::test::RegistryFixture;
using lading::test::runLading;
using lading::test::runProcess;
using lading::test::sha256;
using lading::test::writeFile;

namespace {

// One line on stderr starting with "lading: " and a non-zero exit: what a person gets on any failure.
bool failsWithOneLine(const CliResult& r)
{
    const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return !r.ok() && !r.timedOut && lines.size() == 1 && lines.first().startsWith(QLatin1String("lading: "));
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString path(const QString& name) const { return m_work.filePath(name); }

    std::unique_ptr<RegistryFixture> startRegistry(RegistryFixture::Mode mode)
    {
        QString why;
        auto fixture = RegistryFixture::start(mode, &why);
        if (!fixture)
            QTest::qFail(qPrintable(QStringLiteral("docker-registry did not start: ") + why), __FILE__,
                         __LINE__);
        return fixture;
    }

    void writeDockerConfig(const QString& host, const QString& user, const QString& password)
    {
        QJsonObject auths;
        auths.insert(
            host,
            QJsonObject{{QStringLiteral("auth"),
                         QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64())}});
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("auths"), auths}}).toJson();
        QVERIFY(writeFile(qEnvironmentVariable("DOCKER_CONFIG") + QStringLiteral("/config.json"), json));
    }
    void removeDockerConfig()
    {
        QFile::remove(qEnvironmentVariable("DOCKER_CONFIG") + QStringLiteral("/config.json"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QVERIFY(!lading::test::ladingExecutable().isEmpty());
        QVERIFY(writeFile(path(QStringLiteral("in/a.txt")), "hello lading\n"));
        QVERIFY(writeFile(path(QStringLiteral("in/big.bin")), randomBytes(3 * 1024 * 1024 + 17)));
        QVERIFY(writeFile(path(QStringLiteral("in/tree/sub/deep.txt")), "deep\n"));
        QVERIFY(writeFile(path(QStringLiteral("in/tree/top.txt")), "top\n"));
        QVERIFY(writeFile(path(QStringLiteral("in/sbom.spdx.json")),
                          R"({"spdxVersion":"SPDX-2.3","packages":[]})"));
    }

    void cleanup() { removeDockerConfig(); }

    void plainRegistryRunsEveryCommand()
    {
        auto registry = startRegistry(RegistryFixture::Mode::Plain);
        if (!registry)
            return;
        const QString repo = registry->host() + QStringLiteral("/team/files");

        // push: files and a folder; the digest is printed.
        auto pushed =
            runLading({QStringLiteral("push"), repo + QStringLiteral(":v1"), path(QStringLiteral("in/a.txt")),
                       path(QStringLiteral("in/big.bin")), path(QStringLiteral("in/tree")),
                       QStringLiteral("--artifact-type"), QStringLiteral("application/vnd.example.files"),
                       QStringLiteral("--annotation"), QStringLiteral("org.example.note=first")});
        QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
        const QString digest = pushed.outText();
        QVERIFY(lading::oci::Digest::parse(digest).ok());

        // resolve, manifest: the exact bytes, which skopeo (an independent client) reads identically.
        auto resolved = runLading({QStringLiteral("resolve"), repo + QStringLiteral(":v1")});
        QVERIFY2(resolved.ok(), qPrintable(resolved.describe()));
        QCOMPARE(resolved.outText(), digest);
        auto manifest = runLading({QStringLiteral("manifest"), repo + QStringLiteral(":v1")});
        QVERIFY2(manifest.ok(), qPrintable(manifest.describe()));
        QCOMPARE(sha256(manifest.out), digest);
        const QJsonObject parsed = QJsonDocument::fromJson(manifest.out).object();
        QCOMPARE(parsed.value(QStringLiteral("artifactType")).toString(),
                 QStringLiteral("application/vnd.example.files"));
        QCOMPARE(parsed.value(QStringLiteral("annotations"))
                     .toObject()
                     .value(QStringLiteral("org.example.note"))
                     .toString(),
                 QStringLiteral("first"));
        QCOMPARE(parsed.value(QStringLiteral("layers")).toArray().size(), 3);
        const QString skopeo = lading::test::requireTool(QStringLiteral("skopeo"), QStringLiteral("skopeo"));
        if (skopeo.isEmpty())
            return;
        auto raw = runProcess(skopeo, {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                       QStringLiteral("--tls-verify=false"),
                                       QStringLiteral("docker://") + repo + QStringLiteral(":v1")});
        QVERIFY2(raw.succeeded(), qPrintable(raw.describe()));
        QCOMPARE(raw.standardOutput, manifest.out);

        // catalog and tags.
        auto catalog = runLading({QStringLiteral("catalog"), registry->host()});
        QVERIFY2(catalog.ok(), qPrintable(catalog.describe()));
        QVERIFY(catalog.lines().contains(QStringLiteral("team/files")));
        auto tags = runLading({QStringLiteral("tags"), repo});
        QVERIFY2(tags.ok(), qPrintable(tags.describe()));
        QCOMPARE(tags.lines(), QStringList{QStringLiteral("v1")});

        // attach + referrers: docker-registry has no referrers API, so this is the fallback tag for real.
        auto attached =
            runLading({QStringLiteral("attach"), repo + QStringLiteral(":v1"),
                       path(QStringLiteral("in/sbom.spdx.json")), QStringLiteral("--artifact-type"),
                       QStringLiteral("application/spdx+json")});
        QVERIFY2(attached.ok(), qPrintable(attached.describe()));
        const QString sbomDigest = attached.outText();
        auto referrers =
            runLading({QStringLiteral("referrers"), repo + QStringLiteral(":v1"), QStringLiteral("--json")});
        QVERIFY2(referrers.ok(), qPrintable(referrers.describe()));
        const QJsonArray list =
            QJsonDocument::fromJson(referrers.out).object().value(QStringLiteral("referrers")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("digest")).toString(), sbomDigest);
        QCOMPARE(list.first().toObject().value(QStringLiteral("artifactType")).toString(),
                 QStringLiteral("application/spdx+json"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("fallback-tag"));
        auto filtered =
            runLading({QStringLiteral("referrers"), repo + QStringLiteral(":v1"),
                       QStringLiteral("--artifact-type"), QStringLiteral("application/vnd.cyclonedx+json")});
        QVERIFY2(filtered.ok(), qPrintable(filtered.describe()));
        QVERIFY(filtered.lines().isEmpty());

        // pull: files by title, the folder unpacked, byte for byte.
        const QString out = path(QStringLiteral("pulled"));
        auto pulled =
            runLading({QStringLiteral("pull"), repo + QStringLiteral(":v1"), QStringLiteral("-o"), out});
        QVERIFY2(pulled.ok(), qPrintable(pulled.describe()));
        QCOMPARE(readFileOrMissing(out + QStringLiteral("/a.txt")),
                 readFileOrMissing(path(QStringLiteral("in/a.txt"))));
        QCOMPARE(readFileOrMissing(out + QStringLiteral("/big.bin")),
                 readFileOrMissing(path(QStringLiteral("in/big.bin"))));
        QCOMPARE(readFileOrMissing(out + QStringLiteral("/tree/sub/deep.txt")), QByteArray("deep\n"));
        QCOMPARE(readFileOrMissing(out + QStringLiteral("/tree/top.txt")), QByteArray("top\n"));

        // copy with referrers to another repository of the same registry.
        const QString copyRepo = registry->host() + QStringLiteral("/mirror/files");
        auto copied = runLading({QStringLiteral("copy"), repo + QStringLiteral(":v1"),
                                 copyRepo + QStringLiteral(":v2"), QStringLiteral("--referrers")});
        QVERIFY2(copied.ok(), qPrintable(copied.describe()));
        QCOMPARE(copied.outText(), digest);
        auto copiedReferrers = runLading({QStringLiteral("referrers"), copyRepo + QStringLiteral(":v2")});
        QVERIFY2(copiedReferrers.ok(), qPrintable(copiedReferrers.describe()));
        QCOMPARE(copiedReferrers.lines().size(), 1);
        QVERIFY(copiedReferrers.lines().first().startsWith(sbomDigest));

        // export to a layout folder and a tar; skopeo reads both with the same manifest bytes.
        const QString layout = path(QStringLiteral("export-layout"));
        auto exported = runLading({QStringLiteral("export"), repo + QStringLiteral(":v1"),
                                   QStringLiteral("--oci-layout"), layout, QStringLiteral("--referrers")});
        QVERIFY2(exported.ok(), qPrintable(exported.describe()));
        auto fromLayout = runProcess(skopeo, {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                              QStringLiteral("oci:") + layout + QStringLiteral(":v1")});
        QVERIFY2(fromLayout.succeeded(), qPrintable(fromLayout.describe()));
        QCOMPARE(fromLayout.standardOutput, manifest.out);
        auto layoutReferrers =
            runLading({QStringLiteral("referrers"), QStringLiteral("oci:") + layout + QStringLiteral(":v1")});
        QVERIFY2(layoutReferrers.ok(), qPrintable(layoutReferrers.describe()));
        QCOMPARE(layoutReferrers.lines().size(), 1);
        const QString archive = path(QStringLiteral("export.tar"));
        auto archived = runLading({QStringLiteral("export"), repo + QStringLiteral(":v1"),
                                   QStringLiteral("--oci-archive"), archive});
        QVERIFY2(archived.ok(), qPrintable(archived.describe()));
        auto fromArchive =
            runProcess(skopeo, {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                QStringLiteral("oci-archive:") + archive + QStringLiteral(":v1")});
        QVERIFY2(fromArchive.succeeded(), qPrintable(fromArchive.describe()));
        QCOMPARE(fromArchive.standardOutput, manifest.out);
        // ... and the archive is a source again.
        auto archiveCopy = runLading({QStringLiteral("copy"),
                                      QStringLiteral("oci-archive:") + archive + QStringLiteral(":v1"),
                                      registry->host() + QStringLiteral("/from/archive:v1")});
        QVERIFY2(archiveCopy.ok(), qPrintable(archiveCopy.describe()));
        QCOMPARE(archiveCopy.outText(), digest);

        // tag.
        auto tagged = runLading({QStringLiteral("tag"), repo + QStringLiteral(":v1"),
                                 QStringLiteral("alias1"), QStringLiteral("alias2")});
        QVERIFY2(tagged.ok(), qPrintable(tagged.describe()));
        tags = runLading({QStringLiteral("tags"), repo});
        for (const auto t : {"v1", "alias1", "alias2"})
            QVERIFY2(tags.lines().contains(QLatin1String(t)), t);

        // delete --dry-run shows every tag that goes with the digest and the orphaned referrer, touches
        // nothing.
        auto dryRun = runLading(
            {QStringLiteral("delete"), repo + QStringLiteral(":alias1"), QStringLiteral("--dry-run")});
        QVERIFY2(dryRun.ok(), qPrintable(dryRun.describe()));
        const QString plan = QString::fromUtf8(dryRun.out);
        for (const auto t : {"tag v1", "tag alias1", "tag alias2"})
            QVERIFY2(plan.contains(QLatin1String(t)), qPrintable(plan));
        QVERIFY2(plan.contains(sbomDigest), qPrintable(plan));
        QCOMPARE(runLading({QStringLiteral("tags"), repo}).lines(), tags.lines());

        // Deleting the referrer keeps the fallback index right: the subject has no referrers left.
        auto deletedReferrer = runLading({QStringLiteral("delete"), repo + QStringLiteral("@") + sbomDigest});
        QVERIFY2(deletedReferrer.ok(), qPrintable(deletedReferrer.describe()));
        auto none = runLading({QStringLiteral("referrers"), repo + QStringLiteral(":v1")});
        QVERIFY2(none.ok(), qPrintable(none.describe()));
        QVERIFY2(none.lines().isEmpty(), qPrintable(none.outText()));

        // Deleting the manifest takes its tags along.
        auto deleted = runLading({QStringLiteral("delete"), repo + QStringLiteral(":v1")});
        QVERIFY2(deleted.ok(), qPrintable(deleted.describe()));
        auto gone = runLading({QStringLiteral("resolve"), repo + QStringLiteral(":alias2")});
        QVERIFY2(failsWithOneLine(gone), qPrintable(gone.describe()));
        QVERIFY2(QString::fromUtf8(gone.err).contains(QLatin1String("404")), qPrintable(gone.describe()));
    }

    void failuresAreOneActionableLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("bad reference")
            << QStringList{QStringLiteral("resolve"), QStringLiteral("127.0.0.1:1/Bad")} << "lower-case";
        QTest::newRow("bad tag") << QStringList{QStringLiteral("resolve"), QStringLiteral("127.0.0.1:1/x:-y")}
                                 << "not a valid tag";
        QTest::newRow("nothing listening")
            << QStringList{QStringLiteral("tags"), QStringLiteral("127.0.0.1:1/x")} << "refused";
        QTest::newRow("not a layout")
            << QStringList{QStringLiteral("tags"), QStringLiteral("oci:/nonexistent/layout")}
            << "/nonexistent/layout";
        QTest::newRow("missing file") << QStringList{QStringLiteral("push"), QStringLiteral("oci:/tmp/x:v1"),
                                                     QStringLiteral("/nonexistent/file")}
                                      << "/nonexistent/file";
    }
    void failuresAreOneActionableLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        auto result = runLading(arguments);
        QVERIFY2(failsWithOneLine(result), qPrintable(result.describe()));
        QVERIFY2(QString::fromUtf8(result.err).contains(messagePart), qPrintable(result.describe()));
    }

    void unknownRepositoryAndUsageErrors()
    {
        auto registry = startRegistry(RegistryFixture::Mode::Plain);
        if (!registry)
            return;
        auto missing =
            runLading({QStringLiteral("manifest"), registry->host() + QStringLiteral("/no/such:tag")});
        QVERIFY2(failsWithOneLine(missing), qPrintable(missing.describe()));
        auto usage = runLading({QStringLiteral("push"), registry->host() + QStringLiteral("/x:y")});
        QCOMPARE(usage.exitCode, 2);
        auto help = runLading({QStringLiteral("copy"), QStringLiteral("--help")});
        QVERIFY(help.ok());
        QVERIFY(help.outText().contains(QLatin1String("--referrers")));
    }

    // Images written by umoci and pushed by skopeo are read, pulled and copied by Lading byte for byte;
    // what Lading copies is read back by skopeo and umoci.
    void peersInteroperate()
    {
        auto registry = startRegistry(RegistryFixture::Mode::Plain);
        if (!registry)
            return;
        const QString umoci = lading::test::requireTool(QStringLiteral("umoci"), QStringLiteral("umoci"));
        const QString skopeo = lading::test::requireTool(QStringLiteral("skopeo"), QStringLiteral("skopeo"));
        if (umoci.isEmpty() || skopeo.isEmpty())
            return;
        const QString layout = path(QStringLiteral("umoci-layout"));
        QVERIFY(runProcess(umoci, {QStringLiteral("init"), QStringLiteral("--layout"), layout}).succeeded());
        QVERIFY(runProcess(umoci,
                           {QStringLiteral("new"), QStringLiteral("--image"), layout + QStringLiteral(":t")})
                    .succeeded());
        const QString bundle = path(QStringLiteral("umoci-bundle"));
        auto unpack = runProcess(umoci, {QStringLiteral("unpack"), QStringLiteral("--rootless"),
                                         QStringLiteral("--image"), layout + QStringLiteral(":t"), bundle});
        QVERIFY2(unpack.succeeded(), qPrintable(unpack.describe()));
        QVERIFY(writeFile(bundle + QStringLiteral("/rootfs/etc/motd"), "from umoci\n"));
        auto repack = runProcess(umoci, {QStringLiteral("repack"), QStringLiteral("--image"),
                                         layout + QStringLiteral(":t"), bundle});
        QVERIFY2(repack.succeeded(), qPrintable(repack.describe()));

        const QString image = registry->host() + QStringLiteral("/peer/image:t");
        auto skopeoPush =
            runProcess(skopeo, {QStringLiteral("copy"), QStringLiteral("--dest-tls-verify=false"),
                                QStringLiteral("oci:") + layout + QStringLiteral(":t"),
                                QStringLiteral("docker://") + image});
        QVERIFY2(skopeoPush.succeeded(), qPrintable(skopeoPush.describe()));
        auto raw =
            runProcess(skopeo, {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                QStringLiteral("--tls-verify=false"), QStringLiteral("docker://") + image});
        QVERIFY2(raw.succeeded(), qPrintable(raw.describe()));

        auto manifest = runLading({QStringLiteral("manifest"), image});
        QVERIFY2(manifest.ok(), qPrintable(manifest.describe()));
        QCOMPARE(manifest.out, raw.standardOutput);
        auto tags = runLading({QStringLiteral("tags"), registry->host() + QStringLiteral("/peer/image")});
        QCOMPARE(tags.lines(), QStringList{QStringLiteral("t")});

        // Lading copies the skopeo image to another repository and to a layout; skopeo and umoci read them.
        const QString copy = registry->host() + QStringLiteral("/peer/copy:t");
        auto copied = runLading({QStringLiteral("copy"), image, copy});
        QVERIFY2(copied.ok(), qPrintable(copied.describe()));
        auto rawCopy =
            runProcess(skopeo, {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                QStringLiteral("--tls-verify=false"), QStringLiteral("docker://") + copy});
        QVERIFY2(rawCopy.succeeded(), qPrintable(rawCopy.describe()));
        QCOMPARE(rawCopy.standardOutput, raw.standardOutput);
        auto skopeoPull = runProcess(
            skopeo, {QStringLiteral("copy"), QStringLiteral("--src-tls-verify=false"),
                     QStringLiteral("docker://") + copy,
                     QStringLiteral("oci:") + path(QStringLiteral("skopeo-pulled")) + QStringLiteral(":t")});
        QVERIFY2(skopeoPull.succeeded(), qPrintable(skopeoPull.describe()));
        const QString exported = path(QStringLiteral("lading-exported"));
        auto exportedImage =
            runLading({QStringLiteral("export"), copy, QStringLiteral("--oci-layout"), exported});
        QVERIFY2(exportedImage.ok(), qPrintable(exportedImage.describe()));
        auto umociUnpack = runProcess(umoci, {QStringLiteral("unpack"), QStringLiteral("--rootless"),
                                              QStringLiteral("--image"), exported + QStringLiteral(":t"),
                                              path(QStringLiteral("umoci-check"))});
        QVERIFY2(umociUnpack.succeeded(), qPrintable(umociUnpack.describe()));
        QCOMPARE(readFileOrMissing(path(QStringLiteral("umoci-check/rootfs/etc/motd"))),
                 QByteArray("from umoci\n"));

        // Lading's own artifact, read back by skopeo from the registry and copied by it.
        auto pushed =
            runLading({QStringLiteral("push"), registry->host() + QStringLiteral("/peer/artifact:v1"),
                       path(QStringLiteral("in/a.txt"))});
        QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
        auto skopeoCopy = runProcess(
            skopeo,
            {QStringLiteral("copy"), QStringLiteral("--src-tls-verify=false"),
             QStringLiteral("--dest-tls-verify=false"),
             QStringLiteral("docker://") + registry->host() + QStringLiteral("/peer/artifact:v1"),
             QStringLiteral("docker://") + registry->host() + QStringLiteral("/peer/artifact-copy:v1")});
        QVERIFY2(skopeoCopy.succeeded(), qPrintable(skopeoCopy.describe()));
        auto resolved = runLading(
            {QStringLiteral("resolve"), registry->host() + QStringLiteral("/peer/artifact-copy:v1")});
        QCOMPARE(resolved.outText(), pushed.outText());
    }

    // A manifest whose titles would land outside the output folder is refused, and nothing is written there.
    void pullRefusesNamesThatEscape_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("parent") << "../escaped.txt";
        QTest::newRow("absolute") << "/tmp/lading-escaped.txt";
        QTest::newRow("nested parent") << "a/../../escaped.txt";
    }
    void pullRefusesNamesThatEscape()
    {
        QFETCH(QString, title);
        auto registry = startRegistry(RegistryFixture::Mode::Plain);
        if (!registry)
            return;
        const QByteArray content("malicious\n");
        auto blob = registry->seedBlob(QStringLiteral("evil/files"), content);
        QVERIFY2(blob.ok(), qPrintable(blob.error().message));
        auto config = registry->seedBlob(QStringLiteral("evil/files"), QByteArray("{}"));
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        const QJsonObject layer{
            {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.layer.v1.tar")},
            {QStringLiteral("digest"), blob->toString()},
            {QStringLiteral("size"), content.size()},
            {QStringLiteral("annotations"),
             QJsonObject{{QStringLiteral("org.opencontainers.image.title"), title}}}};
        const QJsonObject manifest{
            {QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
            {QStringLiteral("artifactType"), QStringLiteral("application/vnd.example")},
            {QStringLiteral("config"),
             QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.empty.v1+json")},
                         {QStringLiteral("digest"), config->toString()},
                         {QStringLiteral("size"), 2}}},
            {QStringLiteral("layers"), QJsonArray{layer}}};
        auto seeded = registry->seedManifest(QStringLiteral("evil/files"), QStringLiteral("v1"),
                                             QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                                             QStringLiteral("application/vnd.oci.image.manifest.v1+json"));
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        QTemporaryDir outside;
        const QString out = outside.filePath(QStringLiteral("a/b/out"));
        auto pulled = runLading({QStringLiteral("pull"), registry->host() + QStringLiteral("/evil/files:v1"),
                                 QStringLiteral("-o"), out});
        QVERIFY2(failsWithOneLine(pulled), qPrintable(pulled.describe()));
        QVERIFY2(QString::fromUtf8(pulled.err).contains(title), qPrintable(pulled.describe()));
        QVERIFY(!QFile::exists(outside.filePath(QStringLiteral("a/b/escaped.txt"))));
        QVERIFY(!QFile::exists(outside.filePath(QStringLiteral("a/escaped.txt"))));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/lading-escaped.txt")));
    }

    void tlsWithBasicAuthNeedsCaAndCredentials()
    {
        auto registry = startRegistry(RegistryFixture::Mode::TlsBasic);
        if (!registry)
            return;
        const QString target = registry->host() + QStringLiteral("/secure/files:v1");
        const QStringList ca{QStringLiteral("--ca-file"), registry->caFile()};

        // No credentials: a clear request to log in.
        auto anonymous =
            runLading(QStringList{QStringLiteral("push"), target, path(QStringLiteral("in/a.txt"))} + ca);
        QVERIFY2(failsWithOneLine(anonymous), qPrintable(anonymous.describe()));
        QVERIFY2(QString::fromUtf8(anonymous.err).contains(QLatin1String("login")),
                 qPrintable(anonymous.describe()));

        writeDockerConfig(registry->host(), registry->username(), registry->password());
        // Without the CA the TLS handshake fails, and the message says what to do.
        auto untrusted = runLading({QStringLiteral("push"), target, path(QStringLiteral("in/a.txt"))});
        QVERIFY2(failsWithOneLine(untrusted), qPrintable(untrusted.describe()));
        QVERIFY2(QString::fromUtf8(untrusted.err).contains(QLatin1String("--ca-file")),
                 qPrintable(untrusted.describe()));

        auto pushed = runLading(QStringList{QStringLiteral("push"), target, path(QStringLiteral("in/a.txt")),
                                            path(QStringLiteral("in/big.bin"))} +
                                ca);
        QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
        auto pulled = runLading(QStringList{QStringLiteral("pull"), target, QStringLiteral("-o"),
                                            path(QStringLiteral("tls-pulled"))} +
                                ca);
        QVERIFY2(pulled.ok(), qPrintable(pulled.describe()));
        QCOMPARE(readFileOrMissing(path(QStringLiteral("tls-pulled/big.bin"))),
                 readFileOrMissing(path(QStringLiteral("in/big.bin"))));
        auto catalog = runLading(QStringList{QStringLiteral("catalog"), registry->host()} + ca);
        QVERIFY2(catalog.ok(), qPrintable(catalog.describe()));
        QVERIFY(catalog.lines().contains(QStringLiteral("secure/files")));

        writeDockerConfig(registry->host(), registry->username(), QStringLiteral("wrong-password"));
        auto rejected = runLading(
            QStringList{QStringLiteral("tags"), registry->host() + QStringLiteral("/secure/files")} + ca);
        QVERIFY2(failsWithOneLine(rejected), qPrintable(rejected.describe()));
        QVERIFY2(QString::fromUtf8(rejected.err).contains(QLatin1String("401")),
                 qPrintable(rejected.describe()));
    }

    void bearerTokensFromATokenService()
    {
        auto registry = startRegistry(RegistryFixture::Mode::Token);
        if (!registry)
            return;
        const QString target = registry->host() + QStringLiteral("/tokens/files:v1");
        auto anonymousPush = runLading({QStringLiteral("push"), target, path(QStringLiteral("in/a.txt"))});
        QVERIFY2(failsWithOneLine(anonymousPush), qPrintable(anonymousPush.describe()));

        writeDockerConfig(registry->host(), registry->username(), registry->password());
        const int before = registry->tokensIssued();
        auto pushed = runLading({QStringLiteral("push"), target, path(QStringLiteral("in/a.txt")),
                                 path(QStringLiteral("in/big.bin")), path(QStringLiteral("in/tree"))});
        QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
        // Tokens are cached per scope: a push of four blobs and a manifest needs a handful, not one per
        // request.
        const int issued = registry->tokensIssued() - before;
        QVERIFY2(issued >= 1 && issued <= 4, qPrintable(QStringLiteral("%1 tokens issued").arg(issued)));

        auto attached =
            runLading({QStringLiteral("attach"), target, path(QStringLiteral("in/sbom.spdx.json")),
                       QStringLiteral("--artifact-type"), QStringLiteral("application/spdx+json")});
        QVERIFY2(attached.ok(), qPrintable(attached.describe()));
        auto copied =
            runLading({QStringLiteral("copy"), target, registry->host() + QStringLiteral("/tokens/copy:v1"),
                       QStringLiteral("--referrers")});
        QVERIFY2(copied.ok(), qPrintable(copied.describe()));

        // Anonymous pull is allowed by the token service.
        removeDockerConfig();
        auto pulled = runLading({QStringLiteral("pull"), registry->host() + QStringLiteral("/tokens/copy:v1"),
                                 QStringLiteral("-o"), path(QStringLiteral("token-pulled"))});
        QVERIFY2(pulled.ok(), qPrintable(pulled.describe()));
        QCOMPARE(readFileOrMissing(path(QStringLiteral("token-pulled/big.bin"))),
                 readFileOrMissing(path(QStringLiteral("in/big.bin"))));
        auto referrers =
            runLading({QStringLiteral("referrers"), registry->host() + QStringLiteral("/tokens/copy:v1")});
        QVERIFY2(referrers.ok(), qPrintable(referrers.describe()));
        QCOMPARE(referrers.lines().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
