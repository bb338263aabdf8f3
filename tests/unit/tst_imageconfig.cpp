#include "core/oci/configsummary.h"
#include "core/oci/imageconfig.h"
#include "core/oci/opabundleprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using lading::Error;
using lading::oci::ArtifactKind;
using lading::oci::ConfigField;
using lading::oci::ConfigSummary;
using lading::oci::ImageConfig;
using lading::oci::OpaBundleProbe;

namespace {

QByteArray sample(const QString& relative)
{
    QFile file(QStringLiteral(LADING_SOURCE_DIR "/resources/samples/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// An OCI config as BuildKit writes one, with every field the window shows.
const QByteArray kFullConfig = R"({
  "created": "2024-03-05T10:11:12.123456789Z",
  "author": "Jane Builder",
  "architecture": "arm64",
  "os": "linux",
  "variant": "v8",
  "os.version": "6.1",
  "os.features": ["seccomp"],
  "config": {
    "User": "1000:1000",
    "ExposedPorts": {"8080/tcp": {}, "53/udp": {}},
    "Env": ["PATH=/usr/local/bin:/usr/bin", "EMPTY=", "NOVALUE", "EQ=a=b"],
    "Entrypoint": ["/usr/bin/tini", "--"],
    "Cmd": ["server", "--port=8080"],
    "Volumes": {"/data": {}, "/cache": {}},
    "WorkingDir": "/srv",
    "Labels": {"org.opencontainers.image.title": "demo", "maintainer": "jane"},
    "StopSignal": "SIGTERM"
  },
  "rootfs": {"type": "layers", "diff_ids": ["sha256:aaaa", "sha256:bbbb"]},
  "history": [
    {"created": "2024-03-05T10:00:00Z", "created_by": "ADD rootfs.tar /"},
    {"created": "2024-03-05T10:00:01Z", "created_by": "ENV PATH=...", "empty_layer": true},
    {"created": "2024-03-05T10:00:02Z", "created_by": "COPY app /srv", "comment": "buildkit.dockerfile.v0",
     "author": "jane"}
  ]
})";

// A tar (gzip-compressed when `gzip`) of `files` (relative path → content), made by tar(1).
QByteArray makeTar(const QMap<QString, QByteArray>& files, bool gzip, QString* why)
{
    QTemporaryDir dir;
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = dir.filePath(QStringLiteral("content/") + it.key());
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()) {
            *why = QStringLiteral("cannot write ") + path;
            return {};
        }
    }
    QDir().mkpath(dir.filePath(QStringLiteral("content")));
    QProcess tar;
    tar.start(QStringLiteral("tar"),
              {gzip ? QStringLiteral("-czf") : QStringLiteral("-cf"), QStringLiteral("-"),
               QStringLiteral("-C"), dir.filePath(QStringLiteral("content")), QStringLiteral(".")});
    if (!tar.waitForFinished(30000) || tar.exitCode() != 0) {
        *why =
            QStringLiteral("tar failed (install tar): ") + QString::fromLocal8Bit(tar.readAllStandardError());
        return {};
    }
    return tar.readAllStandardOutput();
}

} // namespace

class TestImageConfig final : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryFieldTheWindowShows()
    {
        const auto parsed = ImageConfig::parse(kFullConfig);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        const ImageConfig& c = parsed.value();
        QCOMPARE(c.platform.os, QStringLiteral("linux"));
        QCOMPARE(c.platform.architecture, QStringLiteral("arm64"));
        QCOMPARE(c.platform.variant, QStringLiteral("v8"));
        QCOMPARE(c.platform.osVersion, QStringLiteral("6.1"));
        QCOMPARE(c.platform.osFeatures, QStringList{QStringLiteral("seccomp")});
        QCOMPARE(c.platform.toString(), QStringLiteral("linux/arm64/v8"));
        QCOMPARE(c.author, QStringLiteral("Jane Builder"));
        QCOMPARE(c.user, QStringLiteral("1000:1000"));
        QCOMPARE(c.workingDir, QStringLiteral("/srv"));
        QCOMPARE(c.stopSignal, QStringLiteral("SIGTERM"));
        QCOMPARE(c.entrypoint, (QStringList{QStringLiteral("/usr/bin/tini"), QStringLiteral("--")}));
        QCOMPARE(c.cmd, (QStringList{QStringLiteral("server"), QStringLiteral("--port=8080")}));
        QCOMPARE(c.env.size(), 4);
        QCOMPARE(c.exposedPorts, (QStringList{QStringLiteral("53/udp"), QStringLiteral("8080/tcp")}));
        QCOMPARE(c.volumes, (QStringList{QStringLiteral("/cache"), QStringLiteral("/data")}));
        QCOMPARE(c.labels.value(QStringLiteral("maintainer")), QStringLiteral("jane"));
        QCOMPARE(c.labels.size(), 2);
        QCOMPARE(c.rootfsType, QStringLiteral("layers"));
        QCOMPARE(c.diffIds.size(), 2);
        QCOMPARE(c.history.size(), 3);
        QCOMPARE(c.history.at(0).createdBy, QStringLiteral("ADD rootfs.tar /"));
        QVERIFY(!c.history.at(0).emptyLayer);
        QVERIFY(c.history.at(1).emptyLayer);
        QCOMPARE(c.history.at(2).comment, QStringLiteral("buildkit.dockerfile.v0"));
        QCOMPARE(c.history.at(2).author, QStringLiteral("jane"));
    }

    void readsNanosecondTimestamps()
    {
        const auto parsed = ImageConfig::parse(kFullConfig);
        QVERIFY(parsed.ok());
        const QDateTime created = parsed->createdTime();
        QVERIFY(created.isValid());
        QCOMPARE(created.toUTC().date(), QDate(2024, 3, 5));
        QCOMPARE(created.toUTC().time().hour(), 10);
        QCOMPARE(created.toUTC().time().second(), 12);
    }

    void toleratesNullsAndWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("os");
        QTest::addColumn<QStringList>("cmd");
        QTest::addColumn<int>("historySize");

        QTest::newRow("docker nulls")
            << QByteArray(R"({"architecture":"amd64","os":"linux","config":{"Cmd":null,"Env":null,
                             "Entrypoint":null,"Labels":null,"ExposedPorts":null},"history":null})")
            << "linux" << QStringList{} << 0;
        QTest::newRow("cosign empty strings")
            << QByteArray(
                   R"({"architecture":"","os":"","rootfs":{"type":"layers","diff_ids":[]},"config":{}})")
            << "" << QStringList{} << 0;
        QTest::newRow("empty object") << QByteArray("{}") << "" << QStringList{} << 0;
        QTest::newRow("cmd as string") << QByteArray(R"({"config":{"Cmd":"/bin/sh -c true"}})") << ""
                                       << QStringList{QStringLiteral("/bin/sh -c true")} << 0;
        QTest::newRow("wrong types ignored")
            << QByteArray(R"({"os":7,"config":{"Cmd":[1,"x",null],"Labels":[]},"history":[{},"bad"]})") << ""
            << QStringList{QStringLiteral("x")} << 2;
    }
    void toleratesNullsAndWrongTypes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, os);
        QFETCH(QStringList, cmd);
        QFETCH(int, historySize);
        const auto parsed = ImageConfig::parse(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->platform.os, os);
        QCOMPARE(parsed->cmd, cmd);
        QCOMPARE(parsed->history.size(), historySize);
        QVERIFY(parsed->labels.isEmpty());
        QVERIFY(!parsed->createdTime().isValid());
    }

    void refusesWhatIsNotAnObject_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("truncated") << QByteArray(R"({"os":"linux")");
        QTest::newRow("binary") << QByteArray("\x1f\x8b\x08\x00", 4);
    }
    void refusesWhatIsNotAnObject()
    {
        QFETCH(QByteArray, json);
        const auto parsed = ImageConfig::parse(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::Protocol);
        QVERIFY(parsed.error().message.contains(QLatin1String("image config")));
    }

    void mapsHistoryToLayersSkippingEmptyLayers_data()
    {
        QTest::addColumn<QList<bool>>("empty");
        QTest::addColumn<int>("layerCount");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("all layers") << QList<bool>{false, false} << 2 << QList<int>{0, 1};
        QTest::newRow("metadata steps")
            << QList<bool>{false, true, true, false} << 2 << QList<int>{0, -1, -1, 1};
        QTest::newRow("history longer than layers")
            << QList<bool>{false, false, false} << 2 << QList<int>{0, 1, -1};
        QTest::newRow("no layers") << QList<bool>{false} << 0 << QList<int>{-1};
    }
    void mapsHistoryToLayersSkippingEmptyLayers()
    {
        QFETCH(QList<bool>, empty);
        QFETCH(int, layerCount);
        QFETCH(QList<int>, expected);
        ImageConfig config;
        for (bool e : empty) {
            lading::oci::HistoryEntry entry;
            entry.emptyLayer = e;
            config.history.append(entry);
        }
        QCOMPARE(config.historyLayerIndexes(layerCount), expected);
    }

    void splitsEnvironmentEntries_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << "PATH=/bin"
                               << "PATH"
                               << "/bin";
        QTest::newRow("empty value") << "EMPTY="
                                     << "EMPTY"
                                     << "";
        QTest::newRow("no equals") << "NOVALUE"
                                   << "NOVALUE"
                                   << "";
        QTest::newRow("equals in value") << "EQ=a=b"
                                         << "EQ"
                                         << "a=b";
    }
    void splitsEnvironmentEntries()
    {
        QFETCH(QString, entry);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto [k, v] = ImageConfig::splitEnv(entry);
        QCOMPARE(k, key);
        QCOMPARE(v, value);
    }

    void summarisesArtifactConfigs_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QStringList>("expected"); // "label=value"

        QTest::newRow("helm sample")
            << int(ArtifactKind::HelmChart) << sample(QStringLiteral("helm/chart-config.json"))
            << QStringList{QStringLiteral("Chart=demo-chart"),
                           QStringLiteral("Chart version=0.1.0+build.7"),
                           QStringLiteral("App version=1.16.0"),
                           QStringLiteral("Description=A tiny Helm chart for Lading's demo registry"),
                           QStringLiteral("Chart type=application"),
                           QStringLiteral("Helm API=v2")};
        QTest::newRow("wasm sample") << int(ArtifactKind::Wasm)
                                     << sample(QStringLiteral("wasm/wasm-config.json"))
                                     << QStringList{QStringLiteral("Architecture=wasm"),
                                                    QStringLiteral("Runtime interface=wasip1"),
                                                    QStringLiteral("Author=Lading demo"),
                                                    QStringLiteral("Created=2026-01-01T00:00:00Z")};
        QTest::newRow("wasm component")
            << int(ArtifactKind::Wasm)
            << QByteArray(R"({"architecture":"wasm","os":"wasip2","component":{"target":"wasi:http/proxy",
                          "exports":["wasi:http/incoming-handler@0.2.0"],"imports":["wasi:io/streams","wasi:cli/env"]}})")
            << QStringList{QStringLiteral("Architecture=wasm"), QStringLiteral("Runtime interface=wasip2"),
                           QStringLiteral("Component target=wasi:http/proxy"),
                           QStringLiteral("Exports=wasi:http/incoming-handler@0.2.0"),
                           QStringLiteral("Imports=wasi:io/streams, wasi:cli/env")};
        QTest::newRow("model sample")
            << int(ArtifactKind::ModelPackModel) << sample(QStringLiteral("model/model-config.json"))
            << QStringList{
                   QStringLiteral("Model=tiny-demo-model"), QStringLiteral("Model version=0.1"),
                   QStringLiteral("Family=demo"),           QStringLiteral("Architecture=transformer"),
                   QStringLiteral("Format=safetensors"),    QStringLiteral("Parameters=1K"),
                   QStringLiteral("Precision=float16")};
        QTest::newRow("image kind says nothing")
            << int(ArtifactKind::Image) << QByteArray(R"({"os":"linux"})") << QStringList{};
        QTest::newRow("unreadable config")
            << int(ArtifactKind::HelmChart) << QByteArray("not json") << QStringList{};
    }
    void summarisesArtifactConfigs()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, config);
        QFETCH(QStringList, expected);
        QVERIFY2(!config.isEmpty(), "the sample file is missing from resources/samples");
        QStringList actual;
        for (const ConfigField& field : ConfigSummary::keyFields(ArtifactKind(kind), config))
            actual.append(field.label + QLatin1Char('=') + field.value);
        QCOMPARE(actual, expected);
    }
    void tellsOpaBundlesFromImageLayers_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<bool>("bundle");
        QTest::newRow("rego policy") << QStringList{QStringLiteral("policy.rego")} << true << true;
        QTest::newRow("policy and data")
            << QStringList{QStringLiteral("authz/policy.rego"), QStringLiteral("authz/data.json")} << true
            << true;
        QTest::newRow("manifest only")
            << QStringList{QStringLiteral(".manifest"), QStringLiteral("data.yaml")} << true << true;
        QTest::newRow("plain tar") << QStringList{QStringLiteral("policy.rego")} << false << true;
        QTest::newRow("data without policy") << QStringList{QStringLiteral("data.json")} << true << false;
        QTest::newRow("image root filesystem")
            << QStringList{QStringLiteral("etc/motd"), QStringLiteral("bin/app"),
                           QStringLiteral("policy.rego")}
            << true << false;
    }
    void tellsOpaBundlesFromImageLayers()
    {
        QFETCH(QStringList, paths);
        QFETCH(bool, gzip);
        QFETCH(bool, bundle);
        QMap<QString, QByteArray> files;
        for (const QString& path : paths)
            files.insert(path, "package authz\ndefault allow := false\n");
        QString why;
        const QByteArray layer = makeTar(files, gzip, &why);
        QVERIFY2(!layer.isEmpty(), qPrintable(why));
        QCOMPARE(OpaBundleProbe::isBundle(layer), bundle);
    }

    void opaProbeRefusesWhatIsNotAnArchive()
    {
        QVERIFY(!OpaBundleProbe::isBundle({}));
        QVERIFY(!OpaBundleProbe::isBundle("policy.rego"));
        QVERIFY(!OpaBundleProbe::isBundle(QByteArray("\x1f\x8b\x08\x00garbage", 12)));
        QVERIFY(!OpaBundleProbe::isBundle(QByteArray(int(OpaBundleProbe::kMaxLayerSize) + 1, 'x')));
    }
};

QTEST_GUILESS_MAIN(TestImageConfig)
#include "tst_imageconfig.moc"
