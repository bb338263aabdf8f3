// HelmChartReader against a chart .tgz written with libarchive at test time (tests/support/testartifacts):
// Chart.yaml fields from the config JSON and from Chart.yaml itself, values.yaml, README and the templates
// with exact sizes; unsafe entry names are refused and counted, never matched; truncated or corrupt archives
// and non-charts are clear errors; big texts are capped with a note; a chart pushed as helm does loads from
// a store.
#include "core/inspect/blobspool.h"
#include "core/inspect/helmchartreader.h"
#include "core/inspect/tarwalker.h"
#include "tests/support/memorystore.h"
#include "tests/support/testartifacts.h"
#include "tests/support/testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using lading::inspect::BlobSpool;
using lading::inspect::HelmChart;
using lading::inspect::HelmChartReader;
using lading::inspect::TarWalker;
namespace test = lading::test;

namespace {

QString fieldValue(const HelmChart& chart, const QString& label)
{
    for (const auto& field : chart.fields) {
        if (field.label == label)
            return field.value;
    }
    return QStringLiteral("<no %1>").arg(label);
}

} // namespace

class TestHelmChartReader final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void readsTheChartArchive()
    {
        const QString path = write(QStringLiteral("chart.tgz"), test::helmChartTgz());
        auto chart = HelmChartReader::readArchive(path);
        QVERIFY2(chart, qPrintable(chart.error().message));
        QCOMPARE(chart->name, QStringLiteral("demo-app"));
        QCOMPARE(chart->version, QStringLiteral("1.2.3"));
        QCOMPARE(chart->chartYaml.name, QStringLiteral("demo-app/Chart.yaml"));
        QCOMPARE(chart->chartYaml.text, QString::fromUtf8(test::helmChartYaml()));
        QCOMPARE(chart->values.text, QString::fromUtf8(test::helmValuesYaml()));
        QCOMPARE(chart->values.size, test::helmValuesYaml().size());
        QVERIFY(!chart->values.truncated);
        QCOMPARE(chart->readme.name, QStringLiteral("demo-app/README.md"));
        QCOMPARE(chart->readme.text, QString::fromUtf8(test::helmReadme()));
        QCOMPARE(chart->templates.size(), 2);
        QCOMPARE(chart->templates.at(0).path, QStringLiteral("templates/_helpers.tpl"));
        QCOMPARE(chart->templates.at(0).size, test::helmHelpersTpl().size());
        QCOMPARE(chart->templates.at(1).path, QStringLiteral("templates/deployment.yaml"));
        QCOMPARE(chart->templates.at(1).size, test::helmDeploymentYaml().size());
        QCOMPARE(chart->fileCount, 5);
        QCOMPARE(chart->unpackedSize, test::helmChartYaml().size() + test::helmValuesYaml().size() +
                                          test::helmDeploymentYaml().size() + test::helmHelpersTpl().size() +
                                          test::helmReadme().size());
        QCOMPARE(chart->unsafeEntries, 0);
        // The fields come from Chart.yaml itself when nothing else is known.
        QCOMPARE(fieldValue(*chart, QStringLiteral("App version")), QStringLiteral("4.5.6"));
        QVERIFY2(chart->notes.isEmpty(), qPrintable(chart->notes.join(QLatin1Char('|'))));
    }

    void takesTheFieldsFromTheConfig()
    {
        HelmChart chart;
        QVERIFY(HelmChartReader::applyConfig(chart, test::helmConfigJson()));
        QCOMPARE(chart.name, QStringLiteral("demo-app"));
        QCOMPARE(chart.version, QStringLiteral("1.2.3"));
        QCOMPARE(fieldValue(chart, QStringLiteral("Name")), QStringLiteral("demo-app"));
        QCOMPARE(fieldValue(chart, QStringLiteral("Version")), QStringLiteral("1.2.3"));
        QCOMPARE(fieldValue(chart, QStringLiteral("App version")), QStringLiteral("4.5.6"));
        QCOMPARE(fieldValue(chart, QStringLiteral("Helm API")), QStringLiteral("v2"));
        QCOMPARE(fieldValue(chart, QStringLiteral("Description")), QStringLiteral("A demo web application"));
        QCOMPARE(fieldValue(chart, QStringLiteral("Type")), QStringLiteral("application"));
        QCOMPARE(fieldValue(chart, QStringLiteral("Kubernetes version")), QStringLiteral(">=1.25.0"));
        QCOMPARE(fieldValue(chart, QStringLiteral("Home")), QStringLiteral("https://example.com/demo-app"));
        QCOMPARE(chart.sources, QStringList{QStringLiteral("https://github.com/example/demo-app")});
        QCOMPARE(chart.keywords, (QStringList{QStringLiteral("demo"), QStringLiteral("web")}));
        QCOMPARE(chart.maintainers.size(), 1);
        QCOMPARE(chart.maintainers.at(0).name, QStringLiteral("Jane Doe"));
        QCOMPARE(chart.maintainers.at(0).email, QStringLiteral("jane@example.com"));
        QCOMPARE(chart.dependencies.size(), 1);
        QCOMPARE(chart.dependencies.at(0).name, QStringLiteral("redis"));
        QCOMPARE(chart.dependencies.at(0).version, QStringLiteral("17.3.7"));
        QCOMPARE(chart.dependencies.at(0).repository, QStringLiteral("https://charts.example.com/stable"));
        QCOMPARE(chart.dependencies.at(0).condition, QStringLiteral("redis.enabled"));
    }

    void badConfigsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArrayLiteral("name: demo");
        QTest::newRow("array") << QByteArrayLiteral("[1,2]");
        QTest::newRow("empty object") << QByteArrayLiteral("{}");
        QTest::newRow("cut") << test::helmConfigJson().left(40);
    }
    void badConfigsAreRefused()
    {
        QFETCH(QByteArray, json);
        HelmChart chart;
        chart.name = QStringLiteral("kept");
        const auto applied = HelmChartReader::applyConfig(chart, json);
        QVERIFY(!applied);
        QVERIFY(!applied.error().message.isEmpty());
        QCOMPARE(chart.name, QStringLiteral("kept"));
    }

    // "../escape.yaml", "/etc/passwd" and "demo-app/../../Chart.yaml" are neither listed nor taken for the
    // chart's own files.
    void unsafeEntryNamesAreRefused()
    {
        const QString path = write(QStringLiteral("unsafe.tgz"), test::helmChartTgz(true));
        auto chart = HelmChartReader::readArchive(path);
        QVERIFY2(chart, qPrintable(chart.error().message));
        QCOMPARE(chart->unsafeEntries, 3);
        QCOMPARE(chart->fileCount, 5);
        QCOMPARE(chart->chartYaml.text, QString::fromUtf8(test::helmChartYaml()));
    }

    void cleanNameRefusesEscapes_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("clean");
        QTest::newRow("plain") << "a/b.yaml"
                               << "a/b.yaml";
        QTest::newRow("dot slash") << "./a//b/"
                                   << "a/b";
        QTest::newRow("parent") << "a/../b" << QString();
        QTest::newRow("absolute") << "/etc/passwd" << QString();
        QTest::newRow("nul") << QStringLiteral("a%1b").arg(QChar(0)) << QString();
        QTest::newRow("dot") << "." << QString();
    }
    void cleanNameRefusesEscapes()
    {
        QFETCH(QString, raw);
        QFETCH(QString, clean);
        QCOMPARE(TarWalker::cleanName(raw), clean);
    }

    void archivesThatAreNoChartsAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray chart = test::helmChartTgz();
        QTest::newRow("no Chart.yaml")
            << test::tarGzip({{QStringLiteral("x/values.yaml"), "a: 1\n"}}) << "not a Helm chart";
        QTest::newRow("Chart.yaml at the top")
            << test::tarGzip({{QStringLiteral("Chart.yaml"), test::helmChartYaml()}}) << "not a Helm chart";
        QTest::newRow("not an archive") << QByteArrayLiteral("just some text, no tar") << "cannot be read";
        QTest::newRow("empty file") << QByteArray() << "cannot be read";
        QTest::newRow("cut in half") << chart.left(chart.size() / 2) << "cannot be read";
        QTest::newRow("cut near the end") << chart.left(chart.size() - 9) << "cannot be read";
    }
    void archivesThatAreNoChartsAreClearErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto chart = HelmChartReader::readArchive(write(QStringLiteral("bad.tgz"), bytes));
        QVERIFY(!chart);
        QVERIFY2(chart.error().message.contains(message), qPrintable(chart.error().message));
    }

    // Every cut of the archive is an error or a chart with what was there, never a crash.
    void everyPrefixIsReadSafely()
    {
        const QByteArray bytes = test::helmChartTgz();
        const QString path = m_dir.filePath(QStringLiteral("prefix.tgz"));
        for (qsizetype n = 0; n < bytes.size(); n += 7) {
            QVERIFY(test::writeFile(path, bytes.left(n)));
            auto chart = HelmChartReader::readArchive(path);
            if (!chart)
                QVERIFY(!chart.error().message.isEmpty());
        }
    }

    void bigTextsAreCappedWithANote()
    {
        const QByteArray big(HelmChartReader::kMaxTextSize + 100, 'v');
        const QString path = write(QStringLiteral("big.tgz"),
                                   test::tarGzip({{QStringLiteral("big/Chart.yaml"), test::helmChartYaml()},
                                                  {QStringLiteral("big/values.yaml"), big}}));
        auto chart = HelmChartReader::readArchive(path);
        QVERIFY2(chart, qPrintable(chart.error().message));
        QVERIFY(chart->values.truncated);
        QCOMPARE(chart->values.size, big.size());
        QCOMPARE(chart->values.text.size(), HelmChartReader::kMaxTextSize);
        QVERIFY(!chart->readme.isPresent());
    }

    void loadsAChartPushedAsHelmDoes()
    {
        BlobSpool spool(m_dir.filePath(QStringLiteral("spool")));
        test::MemoryStore store;
        QVERIFY(test::pushArtifact(store, test::helmChartArtifact(), QStringLiteral("1.2.3")));
        auto manifest = store.fetchManifest(QStringLiteral("1.2.3"));
        QVERIFY(manifest);
        auto chart = HelmChartReader::load(store, manifest.value(), spool);
        QVERIFY2(chart, qPrintable(chart.error().message));
        QCOMPARE(chart->name, QStringLiteral("demo-app"));
        QCOMPARE(fieldValue(*chart, QStringLiteral("Kubernetes version")), QStringLiteral(">=1.25.0"));
        QCOMPARE(chart->templates.size(), 2);
        QCOMPARE(chart->maintainers.size(), 1);
        QVERIFY(!chart->hasProvenance);
        QVERIFY2(chart->notes.isEmpty(), qPrintable(chart->notes.join(QLatin1Char('|'))));
    }

private:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, bytes))
            qWarning("could not write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHelmChartReader)
#include "tst_helmchartreader.moc"
