// ImageSummary: each history step of an image config with the command it ran (the shell wrapper and
// BuildKit's marker removed) and the layer it made, digest and size from the manifest, diff id from rootfs.
#include "core/inspect/imagesummary.h"

#include <QTest>

using lading::inspect::ImageSummary;
using lading::oci::Descriptor;
using lading::oci::ImageConfig;

namespace {

const QByteArray kConfig = R"({"architecture":"amd64","os":"linux",
"rootfs":{"type":"layers","diff_ids":["sha256:d1","sha256:d2"]},
"history":[
 {"created":"2024-01-01T00:00:00Z","created_by":"/bin/sh -c #(nop) ADD file:abc in / "},
 {"created":"2024-01-01T00:00:01Z","created_by":"/bin/sh -c #(nop)  CMD [sh]","empty_layer":true},
 {"created":"2024-01-02T00:00:00Z","created_by":"RUN /bin/sh -c apk add curl # buildkit","comment":"buildkit.dockerfile.v0"},
 {"created":"2024-01-02T00:00:01Z","created_by":"ENV A=b","empty_layer":true},
 {"created":"2024-01-02T00:00:02Z","created_by":"COPY extra /"}
]})";

} // namespace

class TestImageSummary final : public QObject
{
    Q_OBJECT

private slots:
    void historyRowsCarryTheirLayers()
    {
        auto config = ImageConfig::parse(kConfig);
        QVERIFY(config);
        const QList<Descriptor> layers{
            Descriptor::forBytes(QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip"), "one"),
            Descriptor::forBytes(QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip"), "second")};
        const auto rows = ImageSummary::historyRows(config.value(), layers);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).command, QStringLiteral("ADD file:abc in /"));
        QCOMPARE(rows.at(0).layerIndex, 0);
        QCOMPARE(rows.at(0).layer->digest, layers.at(0).digest);
        QCOMPARE(rows.at(0).diffId, QStringLiteral("sha256:d1"));
        QCOMPARE(rows.at(1).command, QStringLiteral("CMD [sh]"));
        QVERIFY(rows.at(1).emptyLayer);
        QCOMPARE(rows.at(1).layerIndex, -1);
        QVERIFY(!rows.at(1).layer);
        QCOMPARE(rows.at(2).command, QStringLiteral("RUN /bin/sh -c apk add curl"));
        QCOMPARE(rows.at(2).comment, QStringLiteral("buildkit.dockerfile.v0"));
        QCOMPARE(rows.at(2).layerIndex, 1);
        QCOMPARE(rows.at(2).layer->size, 6);
        QCOMPARE(rows.at(2).diffId, QStringLiteral("sha256:d2"));
        QCOMPARE(rows.at(3).layerIndex, -1);
        // More steps with layers than the manifest has layers: no layer to show, not a crash.
        QCOMPARE(rows.at(4).layerIndex, -1);
        QVERIFY(!rows.at(4).layer);
    }

    void withoutHistoryEachLayerIsARow()
    {
        ImageConfig config;
        const QList<Descriptor> layers{Descriptor::forBytes(QStringLiteral("x"), "a")};
        const auto rows = ImageSummary::historyRows(config, layers);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).layerIndex, 0);
        QVERIFY(rows.at(0).command.isEmpty());
    }

    void commands_data()
    {
        QTest::addColumn<QString>("createdBy");
        QTest::addColumn<QString>("command");
        QTest::newRow("shell") << "/bin/sh -c apt-get update"
                               << "RUN apt-get update";
        QTest::newRow("nop") << "/bin/sh -c #(nop) WORKDIR /app"
                             << "WORKDIR /app";
        QTest::newRow("buildkit") << "COPY . . # buildkit"
                                  << "COPY . .";
        QTest::newRow("plain") << "ADD rootfs.tar /"
                               << "ADD rootfs.tar /";
        QTest::newRow("empty") << ""
                               << "";
    }
    void commands()
    {
        QFETCH(QString, createdBy);
        QFETCH(QString, command);
        QCOMPARE(ImageSummary::commandOf(createdBy), command);
    }
};

QTEST_GUILESS_MAIN(TestImageSummary)
#include "tst_imagesummary.moc"
