// The push dialog offscreen: what it proposes for a Helm chart made here with `tar czf` (Helm's config and
// chart media types, the tag from the chart version with '+' → '_'), for plain files and a folder (title
// annotations, tar / tar+gzip layers, the drop target's tag), the annotation editor (created and title
// prefilled, spec keys completed, duplicates refused), the checks before pushing, and a push through the
// transfer manager to Debian's real registry: the manifest there is exactly what the dialog said, and the
// files pulled back by the CLI equal the files pushed.
#include "core/oci/digest.h"
#include "core/oci/mediatypes.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testfiles.h"
#include "tests/support/uiresources.h"
#include "ui/appcontext.h"
#include "ui/dialogs/pushdialog.h"
#include "ui/transfers/transferjob.h"
#include "ui/transfers/transfermanager.h"
#include "ui/util/async.h"
#include "ui/widgets/annotationeditor.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStringListModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using lading::oci::Digest;
using lading::store::Location;
using lading::test::initUiResources;
using lading::test::isolateEnvironment;
using lading::test::readFile;
using lading::test::RegistryFixture;
using lading::test::runLading;
using lading::test::writeFile;
using lading::ui::AnnotationEditor;
using lading::ui::AppContext;
using lading::ui::PushDialog;
using lading::ui::PushProposal;
using lading::ui::TransferJob;
namespace MediaType = lading::oci::MediaType;

namespace {

constexpr int kTimeoutMs = 60000;

Location parse(const QString& text)
{
    return Location::parse(text, true).value();
}

} // namespace

class TestPushDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initUiResources();
        QVERIFY(m_work.isValid());
        isolateEnvironment(m_work, QStringLiteral("tst_pushdialog"));
        QSettings().clear();

        // A Helm chart as `helm package` makes it: a gzipped tar of the chart folder.
        const QString charts = m_work.filePath(QStringLiteral("charts"));
        QVERIFY(writeFile(charts + QStringLiteral("/demo-chart/Chart.yaml"),
                          "apiVersion: v2\nname: demo-chart\nversion: 0.1.0+build.7\n"
                          "description: A chart for the push dialog test\ntype: application\n"));
        QVERIFY(writeFile(charts + QStringLiteral("/demo-chart/values.yaml"), "replicas: 1\n"));
        QVERIFY(writeFile(charts + QStringLiteral("/demo-chart/templates/cm.yaml"),
                          "apiVersion: v1\nkind: ConfigMap\n"));
        m_chart = m_work.filePath(QStringLiteral("demo-chart-0.1.0+build.7.tgz"));
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("czf"), m_chart, QStringLiteral("-C"), charts,
                                          QStringLiteral("demo-chart")});
        QVERIFY2(tar.waitForFinished(30000) && tar.exitCode() == 0, "tar czf failed (install tar and gzip)");

        m_notes = m_work.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(m_notes, "release notes\n"));
        m_folder = m_work.filePath(QStringLiteral("site"));
        QVERIFY(writeFile(m_folder + QStringLiteral("/index.html"), "<h1>hi</h1>\n"));
        QVERIFY(writeFile(m_folder + QStringLiteral("/css/a.css"), "h1{}\n"));

        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(m_registry, qPrintable(why));
    }

    void cleanup()
    {
        QVERIFY(lading::ui::workerPool().waitForDone(60000));
        QCoreApplication::processEvents();
    }

    void helmChartProposesHelmMediaTypesAndTheChartVersionAsTag()
    {
        AppContext context;
        PushProposal proposal;
        proposal.paths = {m_chart};
        proposal.destination = parse(at(QStringLiteral("charts/demo:stable")));
        PushDialog dialog(context, proposal);
        QVERIFY(!dialog.isReady());
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), kTimeoutMs);

        QCOMPARE(dialog.destinationEdit()->text(), at(QStringLiteral("charts/demo")));
        QCOMPARE(dialog.tagEdit()->text(), QStringLiteral("0.1.0_build.7"));
        QVERIFY2(dialog.kindLabel()->text().contains(QLatin1String("Helm")),
                 qPrintable(dialog.kindLabel()->text()));
        QCOMPARE(dialog.configMediaTypeEdit()->text(), QString(MediaType::HelmConfig));
        QCOMPARE(dialog.artifactTypeEdit()->text(), QString());
        QCOMPARE(dialog.layerTable()->rowCount(), 1);
        QCOMPARE(dialog.layerTable()->item(0, 1)->text(), QString(MediaType::HelmChart));
        const auto annotations = dialog.annotationEditor()->annotations();
        QCOMPARE(annotations.value(QStringLiteral("org.opencontainers.image.title")),
                 QStringLiteral("demo-chart"));
        QVERIFY(annotations.contains(QStringLiteral("org.opencontainers.image.created")));
        QVERIFY(!dialog.attachCheck()->isEnabled());
        QVERIFY(dialog.validationError().isEmpty());
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());

        auto location = dialog.destination();
        QVERIFY2(location, qPrintable(location.error().message));
        QCOMPARE(location->toString(), at(QStringLiteral("charts/demo:0.1.0_build.7")));
    }

    void filesAndFoldersGetTitlesAndTheDropTargetsTag()
    {
        AppContext context;
        PushProposal proposal;
        proposal.paths = {m_notes, m_folder};
        proposal.destination = parse(at(QStringLiteral("files/bundle:v2")));
        PushDialog dialog(context, proposal);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), kTimeoutMs);
        QCOMPARE(dialog.tagEdit()->text(), QStringLiteral("v2"));
        QCOMPARE(dialog.layerTable()->item(0, 0)->text(), QStringLiteral("notes.txt"));
        QCOMPARE(dialog.layerTable()->item(1, 0)->text(), QStringLiteral("site/"));
        QCOMPARE(dialog.layerTable()->item(1, 1)->text(), QString(MediaType::OciLayerTarGzip));
        const auto annotations = dialog.annotationEditor()->annotations();
        QVERIFY(annotations.contains(QStringLiteral("org.opencontainers.image.created")));
        QVERIFY(annotations.contains(QStringLiteral("org.opencontainers.image.title")));

        // A drop onto a repository without a tag proposes "latest".
        proposal.destination = parse(at(QStringLiteral("files/bundle")));
        PushDialog untagged(context, proposal);
        QTRY_VERIFY_WITH_TIMEOUT(untagged.isReady(), kTimeoutMs);
        QCOMPARE(untagged.tagEdit()->text(), QStringLiteral("latest"));
    }

    void invalidFieldsAreRefusedWithAReason()
    {
        AppContext context;
        PushProposal proposal;
        proposal.paths = {m_notes};
        proposal.destination = parse(at(QStringLiteral("files/bad:1")));
        PushDialog dialog(context, proposal);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), kTimeoutMs);
        QVERIFY(dialog.validationError().isEmpty());

        dialog.tagEdit()->setText(QStringLiteral("-no"));
        QVERIFY(dialog.validationError().contains(QLatin1String("is not a tag")));
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("is not a tag")));
        dialog.tagEdit()->setText(QStringLiteral("1"));

        dialog.layerTable()->item(0, 1)->setText(QStringLiteral("not a type"));
        QVERIFY(dialog.validationError().contains(QLatin1String("notes.txt")));
        dialog.layerTable()->item(0, 1)->setText(QString(MediaType::OciLayerTar));

        dialog.annotationEditor()->setAnnotation(QStringLiteral("org.example.a"), QStringLiteral("1"));
        dialog.annotationEditor()->addRow();
        QTableWidget* table = dialog.annotationEditor()->table();
        table->item(table->rowCount() - 1, 0)->setText(QStringLiteral("org.example.a"));
        QVERIFY(dialog.validationError().contains(QLatin1String("given twice")));
        table->item(table->rowCount() - 1, 0)->setText(QString());
        QVERIFY(dialog.validationError().isEmpty());

        dialog.destinationEdit()->setText(QString());
        QVERIFY(!dialog.validationError().isEmpty());
    }

    void annotationKeysAreSuggestedFromTheSpec()
    {
        AnnotationEditor editor;
        QCOMPARE(editor.keyCompleter()->model()->rowCount(), AnnotationEditor::suggestedKeys().size());
        for (const QString& key : AnnotationEditor::suggestedKeys())
            QVERIFY(key.startsWith(QLatin1String("org.opencontainers.image.")));
        QVERIFY(
            AnnotationEditor::suggestedKeys().contains(QStringLiteral("org.opencontainers.image.source")));
        editor.keyCompleter()->setCompletionPrefix(QStringLiteral("revi"));
        QCOMPARE(editor.keyCompleter()->currentCompletion(),
                 QStringLiteral("org.opencontainers.image.revision"));
        // The key column's editor completes from the same list.
        editor.show();
        editor.addRow();
        auto* line = editor.table()->findChild<QLineEdit*>(QStringLiteral("annotationKeyEditor"));
        QVERIFY(line);
        QCOMPARE(line->completer(), editor.keyCompleter());
        QTest::keyClicks(line, QStringLiteral("org.example.key"));
        QTest::keyClick(line, Qt::Key_Tab);
        QTRY_VERIFY(editor.annotations().contains(QStringLiteral("org.example.key")));
    }

    void acceptedHelmChartArrivesExactlyAsProposed()
    {
        AppContext context;
        PushProposal proposal;
        proposal.paths = {m_chart};
        proposal.destination = parse(at(QStringLiteral("charts/demo")));
        QStringList pushedLocations;
        PushDialog* dialog = PushDialog::startPush(
            context, proposal, nullptr, [&](const Location& target, const Location& pushed) {
                pushedLocations << target.toString() << pushed.toString();
            });
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), kTimeoutMs);
        const QByteArray config = dialog->detected().configBytes;
        QVERIFY(!config.isEmpty());
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(context.transfers().jobs().size(), 1, kTimeoutMs);
        TransferJob* job = context.transfers().jobs().first();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), kTimeoutMs);
        QVERIFY2(job->state() == TransferJob::State::Succeeded, qPrintable(job->errorMessage()));
        QCOMPARE(pushedLocations.size(), 2);
        QCOMPARE(pushedLocations.first(), at(QStringLiteral("charts/demo:0.1.0_build.7")));

        // The registry has exactly a Helm chart: Helm's config with Chart.yaml as JSON, the chart archive
        // byte for byte as its one layer, no artifactType, under the version tag.
        QString type;
        auto manifest =
            m_registry->fetchManifest(QStringLiteral("charts/demo"), QStringLiteral("0.1.0_build.7"), &type);
        QVERIFY2(manifest, qPrintable(manifest.error().message));
        QCOMPARE(type, QString(MediaType::OciManifest));
        QVERIFY(pushedLocations.last().endsWith(Digest::sha256Of(manifest.value()).toString()));
        const QJsonObject root = QJsonDocument::fromJson(manifest.value()).object();
        QVERIFY(!root.contains(QLatin1String("artifactType")));
        QVERIFY(!root.contains(QLatin1String("subject")));
        const QJsonObject configDescriptor = root.value(QLatin1String("config")).toObject();
        QCOMPARE(configDescriptor.value(QLatin1String("mediaType")).toString(),
                 QString(MediaType::HelmConfig));
        QCOMPARE(configDescriptor.value(QLatin1String("digest")).toString(),
                 Digest::sha256Of(config).toString());
        auto configBlob = m_registry->fetchBlob(QStringLiteral("charts/demo"), Digest::sha256Of(config));
        QVERIFY2(configBlob, qPrintable(configBlob.error().message));
        QCOMPARE(configBlob.value(), config);
        QCOMPARE(QJsonDocument::fromJson(config).object().value(QLatin1String("version")).toString(),
                 QStringLiteral("0.1.0+build.7"));
        const QJsonArray layers = root.value(QLatin1String("layers")).toArray();
        QCOMPARE(layers.size(), 1);
        const QJsonObject layer = layers.first().toObject();
        QCOMPARE(layer.value(QLatin1String("mediaType")).toString(), QString(MediaType::HelmChart));
        const QByteArray chart = readFile(m_chart);
        QCOMPARE(layer.value(QLatin1String("digest")).toString(), Digest::sha256Of(chart).toString());
        QCOMPARE(layer.value(QLatin1String("size")).toInteger(), chart.size());
        auto chartBlob = m_registry->fetchBlob(QStringLiteral("charts/demo"), Digest::sha256Of(chart));
        QVERIFY2(chartBlob, qPrintable(chartBlob.error().message));
        QCOMPARE(chartBlob.value(), chart);
        const QJsonObject annotations = root.value(QLatin1String("annotations")).toObject();
        QCOMPARE(annotations.value(QLatin1String("org.opencontainers.image.title")).toString(),
                 QStringLiteral("demo-chart"));
        QVERIFY(annotations.contains(QLatin1String("org.opencontainers.image.created")));

        // The CLI pulls back the same bytes.
        const QString out = m_work.filePath(QStringLiteral("pulled-chart"));
        const auto pulled =
            runLading({QStringLiteral("pull"), at(QStringLiteral("charts/demo:0.1.0_build.7")),
                       QStringLiteral("-o"), out});
        QVERIFY2(pulled.ok(), qPrintable(pulled.describe()));
        QCOMPARE(readFile(QDir(out).filePath(QFileInfo(m_chart).fileName())), chart);
    }

private:
    QString at(const QString& reference) const { return m_registry->host() + QLatin1Char('/') + reference; }

    QTemporaryDir m_work;
    std::unique_ptr<RegistryFixture> m_registry;
    QString m_chart;
    QString m_notes;
    QString m_folder;
};

QTEST_MAIN(TestPushDialog)
#include "tst_pushdialog.moc"
