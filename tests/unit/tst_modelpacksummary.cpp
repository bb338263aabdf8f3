// ModelPackSummary over a ModelPack manifest and config made at test time: the descriptor and config fields,
// capabilities, modelfs diff ids, and each file with its path, role, packaging and size; both spellings of
// the spec's names ("cnai" and "cncf", diff_ids and diffIds); malformed configs are clear errors.
#include "core/inspect/modelpacksummary.h"
#include "core/oci/manifest.h"
#include "tests/support/memorystore.h"
#include "tests/support/testartifacts.h"
#include "tests/support/testmanifests.h"

#include <QTest>

using lading::inspect::ModelFile;
using lading::inspect::ModelPack;
using lading::inspect::ModelPackSummary;
using lading::oci::ConfigField;
using lading::oci::Manifest;
namespace test = lading::test;

namespace {

QString valueOf(const QList<ConfigField>& fields, const QString& label)
{
    for (const auto& field : fields) {
        if (field.label == label)
            return field.value;
    }
    return QStringLiteral("<no %1>").arg(label);
}

Manifest modelManifest()
{
    return Manifest::parse(test::modelPackArtifact().manifest).value();
}

} // namespace

class TestModelPackSummary final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheConfig()
    {
        auto model = ModelPackSummary::summarize(modelManifest(), test::modelConfigJson());
        QVERIFY2(model, qPrintable(model.error().message));
        QCOMPARE(valueOf(model->descriptorFields, QStringLiteral("Name")),
                 QStringLiteral("tinyllm-1b-instruct"));
        QCOMPARE(valueOf(model->descriptorFields, QStringLiteral("Family")), QStringLiteral("tinyllm"));
        QCOMPARE(valueOf(model->descriptorFields, QStringLiteral("Version")), QStringLiteral("1.1"));
        QCOMPARE(valueOf(model->descriptorFields, QStringLiteral("Authors")),
                 QStringLiteral("ml@example.com"));
        QCOMPARE(valueOf(model->descriptorFields, QStringLiteral("Vendor")), QStringLiteral("Example Corp."));
        QCOMPARE(valueOf(model->descriptorFields, QStringLiteral("Licenses")), QStringLiteral("Apache-2.0"));
        QCOMPARE(valueOf(model->descriptorFields, QStringLiteral("Created")),
                 QStringLiteral("2025-01-01T00:00:00Z"));
        QCOMPARE(valueOf(model->configFields, QStringLiteral("Architecture")), QStringLiteral("transformer"));
        QCOMPARE(valueOf(model->configFields, QStringLiteral("Format")), QStringLiteral("safetensors"));
        QCOMPARE(valueOf(model->configFields, QStringLiteral("Parameters")), QStringLiteral("1.1b"));
        QCOMPARE(valueOf(model->configFields, QStringLiteral("Precision")), QStringLiteral("bf16"));
        QCOMPARE(valueOf(model->configFields, QStringLiteral("Quantization")), QStringLiteral("awq"));
        QCOMPARE(valueOf(model->capabilities, QStringLiteral("Input types")), QStringLiteral("text"));
        QCOMPARE(valueOf(model->capabilities, QStringLiteral("Reasoning")), QStringLiteral("yes"));
        QCOMPARE(model->modelFsType, QStringLiteral("layers"));
        QCOMPARE(model->diffIds.size(), 1);
        QVERIFY(model->notes.isEmpty());
    }

    void listsTheFiles()
    {
        const test::TestArtifact artifact = test::modelPackArtifact();
        auto model = ModelPackSummary::summarize(modelManifest(), test::modelConfigJson());
        QVERIFY2(model, qPrintable(model.error().message));
        QCOMPARE(model->files.size(), 4);
        const QStringList paths{QStringLiteral("model.safetensors"), QStringLiteral("config.json"),
                                QStringLiteral("README.md"), QStringLiteral("src")};
        const QList<ModelFile::Role> roles{ModelFile::Role::Weight, ModelFile::Role::WeightConfig,
                                           ModelFile::Role::Documentation, ModelFile::Role::Code};
        const QStringList names{QStringLiteral("Weights"), QStringLiteral("Weight config"),
                                QStringLiteral("Documentation"), QStringLiteral("Code")};
        const QStringList packaging{QStringLiteral("raw"), QStringLiteral("raw"), QStringLiteral("raw"),
                                    QStringLiteral("tar+gzip")};
        qint64 total = 0;
        for (int i = 0; i < 4; ++i) {
            const ModelFile& file = model->files.at(i);
            QCOMPARE(file.path, paths.at(i));
            QCOMPARE(file.role, roles.at(i));
            QCOMPARE(file.roleName, names.at(i));
            QCOMPARE(file.packaging, packaging.at(i));
            QCOMPARE(file.size, artifact.layer(i).size);
            QCOMPARE(file.descriptor.digest, artifact.layer(i).digest);
            total += file.size;
        }
        QCOMPARE(model->files.at(0).size, 4096);
        QCOMPARE(model->totalSize, total);
    }

    void rolesFromMediaTypes_data()
    {
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("packaging");
        QTest::newRow("weight tar+zstd")
            << "application/vnd.cncf.model.weight.v1.tar+zstd" << int(ModelFile::Role::Weight) << "tar+zstd";
        QTest::newRow("dataset tar") << "application/vnd.cncf.model.dataset.v1.tar"
                                     << int(ModelFile::Role::Dataset) << "tar";
        QTest::newRow("cnai doc") << "application/vnd.cnai.model.doc.v1.raw"
                                  << int(ModelFile::Role::Documentation) << "raw";
        QTest::newRow("weight config with parameters")
            << "application/vnd.cncf.model.weight.config.v1.raw; charset=binary"
            << int(ModelFile::Role::WeightConfig) << "raw";
        QTest::newRow("not a model type")
            << "application/octet-stream" << int(ModelFile::Role::Other) << QString();
        QTest::newRow("no version") << "application/vnd.cncf.model.weight" << int(ModelFile::Role::Other)
                                    << QString();
    }
    void rolesFromMediaTypes()
    {
        QFETCH(QString, mediaType);
        QFETCH(int, role);
        QFETCH(QString, packaging);
        QString gotPackaging;
        QCOMPARE(int(ModelPackSummary::roleOf(mediaType, &gotPackaging)), role);
        QCOMPARE(gotPackaging, packaging);
    }

    void olderSpellingsAreRead()
    {
        const QByteArray config =
            R"({"descriptor":{"name":"old"},"config":{"format":"gguf"},)"
            R"("capabilities":{"tool_usage":false},"modelfs":{"type":"layers","diffIds":["sha256:aa"]}})";
        auto model = ModelPackSummary::summarize(modelManifest(), config);
        QVERIFY2(model, qPrintable(model.error().message));
        QCOMPARE(model->diffIds, QStringList{QStringLiteral("sha256:aa")});
        QCOMPARE(valueOf(model->capabilities, QStringLiteral("Tool usage")), QStringLiteral("no"));
    }

    void malformedConfigsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArrayLiteral("descriptor: x");
        QTest::newRow("array") << QByteArrayLiteral("[{}]");
        QTest::newRow("cut") << test::modelConfigJson().left(50);
    }
    void malformedConfigsAreErrors()
    {
        QFETCH(QByteArray, config);
        auto model = ModelPackSummary::summarize(modelManifest(), config);
        QVERIFY(!model);
        QVERIFY2(model.error().message.contains(QLatin1String("not a JSON object")),
                 qPrintable(model.error().message));
    }

    void aConfigWithoutTheObjectsGetsANote()
    {
        auto model = ModelPackSummary::summarize(modelManifest(), QByteArrayLiteral("{}"));
        QVERIFY(model);
        QCOMPARE(model->notes.size(), 1);
        QCOMPARE(model->files.size(), 4);
    }

    void loadsFromAStore()
    {
        test::MemoryStore store;
        QVERIFY(test::pushArtifact(store, test::modelPackArtifact(), QStringLiteral("1.1")));
        auto manifest = store.fetchManifest(QStringLiteral("1.1"));
        QVERIFY(manifest);
        auto model = ModelPackSummary::load(store, manifest.value());
        QVERIFY2(model, qPrintable(model.error().message));
        QCOMPARE(valueOf(model->descriptorFields, QStringLiteral("Name")),
                 QStringLiteral("tinyllm-1b-instruct"));
        QCOMPARE(model->files.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestModelPackSummary)
#include "tst_modelpacksummary.moc"
