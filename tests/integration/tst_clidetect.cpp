// `lading push --detect` and `lading delete --with-referrers` against Debian's real docker-registry: a Helm
// chart lands with exactly Helm's media types, config and tag (checked in the registry's storage, byte for
// byte), explicit types still win, pulled files equal pushed ones, and orphaned referrers go deepest first.
#include "core/oci/digest.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using lading::test::CliResult;
using lading::test::readFileOrMissing;
using lading::test::RegistryFixture;
using lading::test::runLading;
using lading::test::writeFile;

class TestCliDetect final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    std::unique_ptr<RegistryFixture> m_registry;
    QString m_chart;
    QString m_prov;

    QString path(const QString& name) const { return m_work.filePath(name); }

    // What docker-registry keeps on disk for a digest: the exact bytes it serves.
    QByteArray storedBlob(const QString& digest) const
    {
        const QString hex = digest.section(QLatin1Char(':'), 1);
        return readFileOrMissing(m_registry->storageDir() +
                                 QStringLiteral("/docker/registry/v2/blobs/sha256/") + hex.left(2) +
                                 QLatin1Char('/') + hex + QStringLiteral("/data"));
    }

    QJsonObject manifestOf(const QString& location)
    {
        const CliResult r = runLading({QStringLiteral("manifest"), location});
        if (!r.ok())
            QTest::qFail(qPrintable(r.describe()), __FILE__, __LINE__);
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QVERIFY(!lading::test::ladingExecutable().isEmpty());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty(),
                 "tar is missing: apt-get install tar");
        const QString src = path(QStringLiteral("src"));
        QVERIFY(writeFile(src + QStringLiteral("/demo-chart/Chart.yaml"),
                          "apiVersion: v2\nname: demo-chart\ndescription: A demo chart\ntype: application\n"
                          "version: 0.1.0+build.7\nappVersion: \"1.16.0\"\n"));
        QVERIFY(writeFile(src + QStringLiteral("/demo-chart/values.yaml"), "replicaCount: 1\n"));
        m_chart = path(QStringLiteral("demo-chart-0.1.0+build.7.tgz"));
        QProcess tar;
        tar.setWorkingDirectory(src);
        tar.start(QStringLiteral("tar"), {QStringLiteral("-czf"), m_chart, QStringLiteral("demo-chart")});
        QVERIFY(tar.waitForFinished(30000) && tar.exitCode() == 0);
        m_prov = m_chart + QStringLiteral(".prov");
        QVERIFY(writeFile(m_prov, "-----BEGIN PGP SIGNED MESSAGE-----\nname: demo-chart\n"));
        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(
            m_registry,
            qPrintable(QStringLiteral("docker-registry did not start (apt-get install docker-registry): ") +
                       why));
    }

    void helmChartPushedWithDetectIsWhatHelmMakes()
    {
        const QString repo = m_registry->host() + QStringLiteral("/charts/demo-chart");
        const CliResult pushed =
            runLading({QStringLiteral("push"), QStringLiteral("--detect"), repo, m_chart, m_prov});
        QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
        QVERIFY2(QString::fromUtf8(pushed.err).contains(QLatin1String("Helm chart demo-chart 0.1.0+build.7")),
                 pushed.err.constData());
        const CliResult tags = runLading({QStringLiteral("tags"), repo});
        QVERIFY2(tags.ok(), qPrintable(tags.describe()));
        QCOMPARE(tags.lines(), QStringList{QStringLiteral("0.1.0_build.7")});

        const QJsonObject manifest = manifestOf(repo + QStringLiteral(":0.1.0_build.7"));
        QVERIFY(!manifest.contains(QLatin1String("artifactType")));
        const QJsonObject config = manifest.value(QLatin1String("config")).toObject();
        QCOMPARE(config.value(QLatin1String("mediaType")).toString(),
                 QStringLiteral("application/vnd.cncf.helm.config.v1+json"));
        const QJsonObject chartConfig =
            QJsonDocument::fromJson(storedBlob(config.value(QLatin1String("digest")).toString())).object();
        QCOMPARE(chartConfig.value(QLatin1String("name")).toString(), QStringLiteral("demo-chart"));
        QCOMPARE(chartConfig.value(QLatin1String("version")).toString(), QStringLiteral("0.1.0+build.7"));
        QCOMPARE(chartConfig.value(QLatin1String("appVersion")).toString(), QStringLiteral("1.16.0"));
        QCOMPARE(chartConfig.value(QLatin1String("apiVersion")).toString(), QStringLiteral("v2"));
        const QJsonArray layers = manifest.value(QLatin1String("layers")).toArray();
        QCOMPARE(layers.size(), 2);
        QCOMPARE(layers[0].toObject().value(QLatin1String("mediaType")).toString(),
                 QStringLiteral("application/vnd.cncf.helm.chart.content.v1.tar+gzip"));
        QCOMPARE(layers[1].toObject().value(QLatin1String("mediaType")).toString(),
                 QStringLiteral("application/vnd.cncf.helm.chart.provenance.v1.prov"));
        QCOMPARE(storedBlob(layers[0].toObject().value(QLatin1String("digest")).toString()),
                 readFileOrMissing(m_chart));

        // Pulled files equal the pushed ones.
        const QString out = path(QStringLiteral("pulled"));
        const CliResult pulled = runLading(
            {QStringLiteral("pull"), repo + QStringLiteral(":0.1.0_build.7"), QStringLiteral("-o"), out});
        QVERIFY2(pulled.ok(), qPrintable(pulled.describe()));
        QCOMPARE(readFileOrMissing(out + QLatin1Char('/') + QFileInfo(m_chart).fileName()),
                 readFileOrMissing(m_chart));
        QCOMPARE(readFileOrMissing(out + QLatin1Char('/') + QFileInfo(m_prov).fileName()),
                 readFileOrMissing(m_prov));
    }

    void explicitTypesAndTagWinOverDetection()
    {
        const QString repo = m_registry->host() + QStringLiteral("/charts/explicit");
        const QString config = path(QStringLiteral("my-config.json"));
        QVERIFY(writeFile(config, "{\"mine\":true}"));
        const CliResult pushed =
            runLading({QStringLiteral("push"), QStringLiteral("--detect"), repo + QStringLiteral(":mine"),
                       m_chart + QStringLiteral(":application/tar+gzip"), QStringLiteral("--config"),
                       config + QStringLiteral(":application/vnd.example.config+json")});
        QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
        const QJsonObject manifest = manifestOf(repo + QStringLiteral(":mine"));
        QCOMPARE(
            manifest.value(QLatin1String("config")).toObject().value(QLatin1String("mediaType")).toString(),
            QStringLiteral("application/vnd.example.config+json"));
        QCOMPARE(manifest.value(QLatin1String("layers"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("mediaType"))
                     .toString(),
                 QStringLiteral("application/tar+gzip"));
    }

    void deleteWithReferrersRemovesOrphansDeepestFirst()
    {
        const QString repo = m_registry->host() + QStringLiteral("/team/delete");
        const QString file = path(QStringLiteral("app.txt"));
        QVERIFY(writeFile(file, "app\n"));
        const QString sbom = path(QStringLiteral("sbom.spdx.json"));
        QVERIFY(writeFile(sbom, "{\"spdxVersion\":\"SPDX-2.3\"}"));
        const QString sig = path(QStringLiteral("sbom.sig"));
        QVERIFY(writeFile(sig, "MEUCIQ==\n"));
        QVERIFY(runLading({QStringLiteral("push"), repo + QStringLiteral(":v1"), file}).ok());
        QVERIFY(runLading({QStringLiteral("push"), repo + QStringLiteral(":keep"), sbom}).ok());
        const CliResult attached =
            runLading({QStringLiteral("attach"), repo + QStringLiteral(":v1"), sbom,
                       QStringLiteral("--artifact-type"), QStringLiteral("application/spdx+json")});
        QVERIFY2(attached.ok(), qPrintable(attached.describe()));
        const QString sbomDigest = attached.outText();
        const CliResult signedSbom =
            runLading({QStringLiteral("attach"), repo + QLatin1Char('@') + sbomDigest, sig,
                       QStringLiteral("--artifact-type"),
                       QStringLiteral("application/vnd.dev.cosign.artifact.sig.v1+json")});
        QVERIFY2(signedSbom.ok(), qPrintable(signedSbom.describe()));
        const QString sigDigest = signedSbom.outText();

        const CliResult dryRun = runLading({QStringLiteral("delete"), repo + QStringLiteral(":v1"),
                                            QStringLiteral("--dry-run"), QStringLiteral("--with-referrers")});
        QVERIFY2(dryRun.ok(), qPrintable(dryRun.describe()));
        const QString plan = QString::fromUtf8(dryRun.out);
        QVERIFY2(plan.contains(sbomDigest) && plan.contains(sigDigest), qPrintable(plan));
        QVERIFY2(plan.indexOf(sbomDigest) < plan.indexOf(sigDigest), qPrintable(plan));
        QVERIFY(runLading({QStringLiteral("resolve"), repo + QLatin1Char('@') + sigDigest}).ok());

        const CliResult deleted = runLading(
            {QStringLiteral("delete"), repo + QStringLiteral(":v1"), QStringLiteral("--with-referrers")});
        QVERIFY2(deleted.ok(), qPrintable(deleted.describe()));
        for (const QString& gone : {sbomDigest, sigDigest})
            QVERIFY2(!runLading({QStringLiteral("resolve"), repo + QLatin1Char('@') + gone}).ok(),
                     qPrintable(gone));
        QVERIFY(!runLading({QStringLiteral("resolve"), repo + QStringLiteral(":v1")}).ok());
        // Another tag with the SBOM's content is a different manifest (no subject) and stays.
        QVERIFY(runLading({QStringLiteral("resolve"), repo + QStringLiteral(":keep")}).ok());
    }
};

QTEST_GUILESS_MAIN(TestCliDetect)
#include "tst_clidetect.moc"
