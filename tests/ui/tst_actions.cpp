// The window's artifact actions driven the way a person drives them (the tag list's context menu, then the
// dialog), against Debian's real registry seeded by scripts/seed-demo.sh, with the registry and the disk
// checked byte for byte afterwards: Save Files To (files equal the files pushed; a title that escapes the
// folder is refused and the job says so), Export (folder with referrers and tar, read back by skopeo),
// Save Blob, Copy To with its preview and referrers (`lading referrers` at the destination), Add Tag,
// Delete with its dry run, a registry that refuses deletion (the in-process test registry), and the
// export a drag out of the tag list starts.
#include "core/oci/digest.h"
#include "core/oci/manifest.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testfiles.h"
#include "tests/support/testregistry.h"
#include "tests/support/uiresources.h"
#include "ui/actions/artifactactions.h"
#include "ui/appcontext.h"
#include "ui/dialogs/copydialog.h"
#include "ui/dialogs/deletedialog.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/tagdialog.h"
#include "ui/models/itemroles.h"
#include "ui/transfers/transferjob.h"
#include "ui/transfers/transfermanager.h"
#include "ui/util/async.h"
#include "ui/views/browserpanel.h"
#include "ui/views/mainwindow.h"
#include "ui/widgets/locationmenu.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using lading::oci::Digest;
using lading::store::Location;
using lading::test::initUiResources;
using lading::test::isolateEnvironment;
using lading::test::readFile;
using lading::test::RegistryFixture;
using lading::test::runLading;
using lading::test::seedDemo;
using namespace lading::ui;

namespace {

constexpr int kTimeoutMs = 60000;
const QString kManifestType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");

// A small image manifest over a config and one layer whose title is `title` (none when empty).
QByteArray imageManifest(const Digest& config, const Digest& layer, qint64 layerSize,
                         const QString& title = {})
{
    const QString annotations =
        title.isEmpty()
            ? QString()
            : QStringLiteral(",\"annotations\":{\"org.opencontainers.image.title\":\"%1\"}").arg(title);
    return QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"%1\",\"config\":{\"mediaType\":"
                          "\"application/vnd.oci.image.config.v1+json\",\"digest\":\"%2\",\"size\":2},"
                          "\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar\",\"digest\":"
                          "\"%3\",\"size\":%4%5}]}")
        .arg(kManifestType, config.toString(), layer.toString())
        .arg(layerSize)
        .arg(annotations)
        .toUtf8();
}

QSet<QString> digestsIn(const QString& text)
{
    QSet<QString> found;
    static const QRegularExpression digest(QStringLiteral("sha256:[0-9a-f]{64}"));
    auto it = digest.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured());
    return found;
}

struct Window
{
    Window()
        : context(std::make_unique<AppContext>())
        , window(std::make_unique<MainWindow>(*context))
    {
        window->resize(1200, 800);
        window->show();
    }
    ~Window()
    {
        window.reset();
        workerPool().waitForDone(60000);
        QCoreApplication::processEvents();
    }

    BrowserPanel* browser() const { return window->browserPanel(); }
    QListView* tags() const
    {
        return window->browserPanel()->findChild<QListView*>(QStringLiteral("tagList"));
    }

    // Goes to `location` and waits until its tag is selected in the tag list.
    bool open(const Location& location)
    {
        window->navigate(location);
        return QTest::qWaitFor([&] { return browser()->selectedTag() == location.tagName(); }, kTimeoutMs);
    }

    // Right-clicks `tag` in the tag list and triggers the menu entry `actionName`.
    bool trigger(const QString& tag, const char* actionName)
    {
        QListView* view = tags();
        QModelIndex index;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(ItemRole::NameRole).toString() == tag)
                index = view->model()->index(row, 0);
        }
        if (!index.isValid())
            return false;
        emit view->customContextMenuRequested(view->visualRect(index).center());
        const auto menus = browser()->findChildren<LocationMenu*>();
        if (menus.isEmpty())
            return false;
        LocationMenu* menu = menus.last();
        auto* action = menu->findChild<QAction*>(QString::fromLatin1(actionName));
        if (!action)
            return false;
        action->trigger();
        menu->close();
        return true;
    }

    template <typename T> T* dialog(const QString& name = {}) const
    {
        T* found = nullptr;
        (void)QTest::qWaitFor([&] { return (found = window->findChild<T*>(name)) != nullptr; }, 5000);
        return found;
    }

    // The job the last action queued, once it ended.
    TransferJob* finishedJob(int countBefore) const
    {
        TransferManager& manager = context->transfers();
        if (!QTest::qWaitFor([&] { return manager.jobs().size() > countBefore; }, 5000))
            return nullptr;
        TransferJob* job = manager.jobs().last();
        (void)QTest::qWaitFor([&] { return job->isFinished(); }, kTimeoutMs);
        return job;
    }

    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initUiResources();
        QVERIFY(m_work.isValid());
        isolateEnvironment(m_work, QStringLiteral("tst_actions"));

        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(m_registry, qPrintable(why));
        QVERIFY2(seedDemo(*m_registry, &why), qPrintable(why));
        QVERIFY2(QStandardPaths::findExecutable(QStringLiteral("skopeo")).size() > 0,
                 "skopeo is missing: apt-get install skopeo");
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        QVERIFY(workerPool().waitForDone(60000));
        QCoreApplication::processEvents();
    }

    void saveFilesWritesTheFilesThatWerePushed()
    {
        Window w;
        QVERIFY(w.open(at(QStringLiteral("files/config-bundle:v1"))));
        QVERIFY(w.trigger(QStringLiteral("v1"), "saveFilesAction"));
        auto* chooser = w.dialog<QFileDialog>(QStringLiteral("saveFilesDialog"));
        QVERIFY(chooser);
        const QString out = m_work.filePath(QStringLiteral("saved-files"));
        QVERIFY(QDir().mkpath(out));
        const int before = int(w.context->transfers().jobs().size());
        chooser->setDirectory(m_work.path());
        chooser->selectFile(out);
        static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept, through QDialog
        TransferJob* job = w.finishedJob(before);
        QVERIFY(job);
        QVERIFY2(job->state() == TransferJob::State::Succeeded, qPrintable(job->errorMessage()));
        for (const char* name : {"notes.txt", "settings.yaml"}) {
            const QByteArray pushed = readFile(QStringLiteral(LADING_SOURCE_DIR "/resources/samples/files/") +
                                               QString::fromLatin1(name));
            QVERIFY(!pushed.isEmpty());
            QCOMPARE(readFile(QDir(out).filePath(QString::fromLatin1(name))), pushed);
        }
    }

    void saveFilesRefusesATitleThatEscapesTheFolder()
    {
        const QByteArray layer("must never land outside");
        auto config = m_registry->seedBlob(QStringLiteral("files/evil"), QByteArrayLiteral("{}"));
        auto blob = m_registry->seedBlob(QStringLiteral("files/evil"), layer);
        QVERIFY(config && blob);
        QVERIFY(m_registry->seedManifest(
            QStringLiteral("files/evil"), QStringLiteral("v1"),
            imageManifest(config.value(), blob.value(), layer.size(), QStringLiteral("../escaped.txt")),
            kManifestType));
        Window w;
        QVERIFY(w.open(at(QStringLiteral("files/evil:v1"))));
        const QString out = m_work.filePath(QStringLiteral("evil/inside"));
        QVERIFY(QDir().mkpath(out));
        const int before = int(w.context->transfers().jobs().size());
        QVERIFY(w.trigger(QStringLiteral("v1"), "saveFilesAction"));
        auto* chooser = w.dialog<QFileDialog>(QStringLiteral("saveFilesDialog"));
        QVERIFY(chooser);
        chooser->setDirectory(m_work.filePath(QStringLiteral("evil")));
        chooser->selectFile(out);
        static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept, through QDialog
        TransferJob* job = w.finishedJob(before);
        QVERIFY(job);
        QCOMPARE(job->state(), TransferJob::State::Failed);
        QVERIFY2(!job->errorMessage().isEmpty(), "the job shows no reason for the refusal");
        QVERIFY(!QFile::exists(m_work.filePath(QStringLiteral("evil/escaped.txt"))));
        QVERIFY(QDir(out).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void exportWritesLayoutsSkopeoReads_data()
    {
        QTest::addColumn<bool>("archive");
        QTest::addColumn<bool>("referrers");
        QTest::newRow("folder with referrers") << false << true;
        QTest::newRow("tar") << true << false;
    }

    void exportWritesLayoutsSkopeoReads()
    {
        QFETCH(bool, archive);
        QFETCH(bool, referrers);
        Window w;
        QVERIFY(w.open(at(QStringLiteral("demo/app:1.0"))));
        QVERIFY(w.trigger(QStringLiteral("1.0"), "exportAction"));
        auto* dialog = w.dialog<ExportDialog>();
        QVERIFY(dialog);
        const QString path =
            m_work.filePath(archive ? QStringLiteral("export.tar") : QStringLiteral("export-dir"));
        dialog->setArchive(archive);
        dialog->setPath(path);
        dialog->setIncludeReferrers(referrers);
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        const int before = int(w.context->transfers().jobs().size());
        dialog->accept();
        TransferJob* job = w.finishedJob(before);
        QVERIFY(job);
        QVERIFY2(job->state() == TransferJob::State::Succeeded, qPrintable(job->errorMessage()));

        QProcess skopeo;
        skopeo.start(QStringLiteral("skopeo"),
                     {QStringLiteral("inspect"), QStringLiteral("--raw"),
                      (archive ? QStringLiteral("oci-archive:") : QStringLiteral("oci:")) + path +
                          QStringLiteral(":1.0")});
        QVERIFY(skopeo.waitForFinished(60000));
        QVERIFY2(skopeo.exitCode() == 0, skopeo.readAllStandardError().constData());
        auto expected = m_registry->fetchManifest(QStringLiteral("demo/app"), QStringLiteral("1.0"));
        QVERIFY(expected);
        QCOMPARE(skopeo.readAllStandardOutput(), expected.value());
        if (referrers) {
            const auto listed = runLading(
                {QStringLiteral("referrers"), QStringLiteral("oci:") + path + QStringLiteral(":1.0")});
            QVERIFY2(listed.ok(), qPrintable(listed.describe()));
            QVERIFY2(!digestsIn(listed.outText()).isEmpty(), "the export has no referrers");
        }
    }

    void saveBlobWritesTheVerifiedBlob()
    {
        auto manifest =
            m_registry->fetchManifest(QStringLiteral("files/config-bundle"), QStringLiteral("v1"));
        QVERIFY(manifest);
        auto parsed = lading::oci::Manifest::parse(manifest.value());
        QVERIFY(parsed);
        const lading::oci::Descriptor layer = parsed->layers().first();
        Window w;
        QVERIFY(w.open(at(QStringLiteral("files/config-bundle:v1"))));
        const int before = int(w.context->transfers().jobs().size());
        ArtifactActions::saveBlob(*w.context, at(QStringLiteral("files/config-bundle:v1")), layer,
                                  w.browser());
        auto* chooser = w.dialog<QFileDialog>(QStringLiteral("saveBlobDialog"));
        QVERIFY(chooser);
        const QString path = m_work.filePath(QStringLiteral("blob.out"));
        chooser->setDirectory(m_work.path());
        chooser->selectFile(path);
        static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept, through QDialog
        TransferJob* job = w.finishedJob(before);
        QVERIFY(job);
        QVERIFY2(job->state() == TransferJob::State::Succeeded, qPrintable(job->errorMessage()));
        auto blob = m_registry->fetchBlob(QStringLiteral("files/config-bundle"), layer.digest);
        QVERIFY(blob);
        QCOMPARE(readFile(path), blob.value());
    }

    void copyPreviewsThenCopiesWithReferrers()
    {
        Window w;
        QVERIFY(w.open(at(QStringLiteral("demo/app:1.0"))));
        QVERIFY(w.trigger(QStringLiteral("1.0"), "copyToAction"));
        auto* dialog = w.dialog<CopyDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->includeReferrers());            // on by default
        QVERIFY(dialog->destinationBox()->count() > 0); // the sources as suggestions
        dialog->setDestination(ref(QStringLiteral("mirror/app:1.0")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasPreview() || !dialog->previewError().isEmpty(), kTimeoutMs);
        QVERIFY2(dialog->hasPreview(), qPrintable(dialog->previewError()));
        const CopyPreview preview = dialog->preview();
        QVERIFY(preview.referrers >= 3);
        QVERIFY(preview.manifests.size() >= 3 + preview.referrers);
        QVERIFY(preview.bytesToMove > 0);
        // Blobs of one registry are known there already only if they are in the destination repository.
        QCOMPARE(preview.manifestsPresent(), 0);
        const int before = int(w.context->transfers().jobs().size());
        dialog->accept();
        TransferJob* job = w.finishedJob(before);
        QVERIFY(job);
        QVERIFY2(job->state() == TransferJob::State::Succeeded, qPrintable(job->errorMessage()));

        auto copied = m_registry->fetchManifest(QStringLiteral("mirror/app"), QStringLiteral("1.0"));
        auto original = m_registry->fetchManifest(QStringLiteral("demo/app"), QStringLiteral("1.0"));
        QVERIFY(copied && original);
        QCOMPARE(copied.value(), original.value());
        const QString pinned = QStringLiteral("@") + Digest::sha256Of(original.value()).toString();
        const auto there =
            runLading({QStringLiteral("referrers"), ref(QStringLiteral("mirror/app") + pinned)});
        const auto here = runLading({QStringLiteral("referrers"), ref(QStringLiteral("demo/app") + pinned)});
        QVERIFY2(there.ok() && here.ok(), qPrintable(there.describe() + here.describe()));
        QVERIFY(!digestsIn(here.outText()).isEmpty());
        QCOMPARE(digestsIn(there.outText()), digestsIn(here.outText()));

        // A second preview finds everything there.
        auto again = CopyDialog::computePreview(*w.context, at(QStringLiteral("demo/app:1.0")),
                                                at(QStringLiteral("mirror/app:1.0")), true);
        QVERIFY2(again, qPrintable(again.error().message));
        QCOMPARE(again->manifestsPresent(), int(again->manifests.size()));
        QCOMPARE(again->blobsPresent(), int(again->blobs.size()));
        QCOMPARE(again->bytesToMove, 0);
    }

    void addTagPointsNewTagsAtTheManifest()
    {
        Window w;
        QVERIFY(w.open(at(QStringLiteral("wasm/add:1.0"))));
        QVERIFY(w.trigger(QStringLiteral("1.0"), "addTagAction"));
        auto* dialog = w.dialog<TagDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->tagsEdit(), QStringLiteral("-bad"));
        QVERIFY(!dialog->problem().isEmpty());
        dialog->tagsEdit()->setText(QStringLiteral("stable, 1.0.1"));
        QCOMPARE(dialog->tags(), (QStringList{QStringLiteral("stable"), QStringLiteral("1.0.1")}));
        QSignalSpy tagged(dialog, &TagDialog::tagged);
        dialog->accept();
        QVERIFY(tagged.wait(kTimeoutMs));
        auto original = m_registry->fetchManifest(QStringLiteral("wasm/add"), QStringLiteral("1.0"));
        QVERIFY(original);
        for (const QString& tag : {QStringLiteral("stable"), QStringLiteral("1.0.1")}) {
            auto bytes = m_registry->fetchManifest(QStringLiteral("wasm/add"), tag);
            QVERIFY2(bytes, qPrintable(tag));
            QCOMPARE(bytes.value(), original.value());
        }
        const auto tags = runLading({QStringLiteral("tags"), ref(QStringLiteral("wasm/add"))});
        QVERIFY(tags.lines().contains(QStringLiteral("stable")));
    }

    void deleteShowsTagsAndReferrersDryRunsThenDeletes()
    {
        // A copy of the image with its referrers and a second tag, so the demo stays whole.
        const auto copied =
            runLading({QStringLiteral("copy"), QStringLiteral("--referrers"),
                       ref(QStringLiteral("demo/app:1.0")), ref(QStringLiteral("scratch/app:1.0"))});
        QVERIFY2(copied.ok(), qPrintable(copied.describe()));
        QVERIFY(
            runLading({QStringLiteral("tag"), ref(QStringLiteral("scratch/app:1.0")), QStringLiteral("also")})
                .ok());
        auto before = m_registry->fetchManifest(QStringLiteral("scratch/app"), QStringLiteral("1.0"));
        QVERIFY(before);

        Window w;
        QVERIFY(w.open(at(QStringLiteral("scratch/app:1.0"))));
        QVERIFY(w.trigger(QStringLiteral("1.0"), "deleteAction"));
        auto* dialog = w.dialog<DeleteDialog>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasPlan() || !dialog->errorMessage().isEmpty(), kTimeoutMs);
        QVERIFY2(dialog->hasPlan(), qPrintable(dialog->errorMessage()));
        QCOMPARE(dialog->plan().tags, (QStringList{QStringLiteral("1.0"), QStringLiteral("also")}));
        QVERIFY(dialog->plan().orphans.size() >= 3);
        QCOMPARE(dialog->tagList()->count(), 2);
        QCOMPARE(dialog->orphanList()->count(), int(dialog->plan().orphans.size()));

        dialog->deleteReferrersBox()->setChecked(true);
        dialog->dryRunButton()->click();
        QVERIFY(dialog->message().contains(Digest::sha256Of(before.value()).toString()));
        QTest::qWait(200);
        auto still = m_registry->fetchManifest(QStringLiteral("scratch/app"), QStringLiteral("1.0"));
        QVERIFY2(still, "the dry run changed the registry");
        QCOMPARE(still.value(), before.value());

        const QList<lading::store::Referrer> orphans = dialog->plan().orphans;
        QSignalSpy deleted(dialog, &DeleteDialog::deleted);
        dialog->deleteButton()->click();
        QVERIFY2(deleted.wait(kTimeoutMs), qPrintable(dialog->errorMessage()));
        for (const QString& tag : {QStringLiteral("1.0"), QStringLiteral("also")})
            QVERIFY2(!m_registry->fetchManifest(QStringLiteral("scratch/app"), tag), qPrintable(tag));
        QVERIFY(!m_registry->fetchManifest(QStringLiteral("scratch/app"),
                                           Digest::sha256Of(before.value()).toString()));
        for (const auto& orphan : orphans)
            QVERIFY(!m_registry->fetchManifest(QStringLiteral("scratch/app"),
                                               orphan.descriptor.digest.toString()));
        // The demo the copy came from is untouched.
        QVERIFY(m_registry->fetchManifest(QStringLiteral("demo/app"), QStringLiteral("1.0")));
    }

    void deleteSaysWhenTheRegistryRefuses()
    {
        lading::test::TestRegistry registry;
        QVERIFY2(registry.isListening(), qPrintable(registry.errorString()));
        registry.setDeletionEnabled(false);
        const QByteArray layer("kept");
        const Digest config = registry.putBlob(QStringLiteral("keep/app"), QByteArrayLiteral("{}"));
        const Digest blob = registry.putBlob(QStringLiteral("keep/app"), layer);
        const QByteArray manifest = imageManifest(config, blob, layer.size());
        registry.putManifest(QStringLiteral("keep/app"), QStringLiteral("1.0"), manifest, kManifestType);

        Window w;
        const Location location = Location::parse(registry.host() + QStringLiteral("/keep/app:1.0")).value();
        QVERIFY(w.open(location));
        QVERIFY(w.trigger(QStringLiteral("1.0"), "deleteAction"));
        auto* dialog = w.dialog<DeleteDialog>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasPlan() || !dialog->errorMessage().isEmpty(), kTimeoutMs);
        QVERIFY2(dialog->hasPlan(), qPrintable(dialog->errorMessage()));
        QSignalSpy failed(dialog, &DeleteDialog::failed);
        dialog->deleteButton()->click();
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY2(dialog->errorMessage().contains(QStringLiteral("refuses")),
                 qPrintable(dialog->errorMessage()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(registry.manifest(QStringLiteral("keep/app"), QStringLiteral("1.0")), manifest);
    }

    void draggingATagOutExportsItToAFolder()
    {
        Window w;
        TransferJob* job = nullptr;
        std::unique_ptr<QMimeData> data(
            ArtifactActions::exportForDrag(*w.context, at(QStringLiteral("demo/app:1.0")), &job));
        QVERIFY(job);
        QVERIFY(data->hasUrls());
        // Reading the URL (what a file manager does on drop) waits for the export: never a partial layout.
        QCOMPARE(data->urls().size(), 1);
        QVERIFY(job->isFinished());
        const QString folder = data->urls().first().toLocalFile();
        QCOMPARE(QFileInfo(folder).fileName(), QStringLiteral("demo-app-1.0"));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/index.json")));
        QVERIFY2(job->state() == TransferJob::State::Succeeded, qPrintable(job->errorMessage()));
        QProcess skopeo;
        skopeo.start(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                                QStringLiteral("oci:") + folder + QStringLiteral(":1.0")});
        QVERIFY(skopeo.waitForFinished(60000));
        auto expected = m_registry->fetchManifest(QStringLiteral("demo/app"), QStringLiteral("1.0"));
        QVERIFY(expected);
        QCOMPARE(skopeo.readAllStandardOutput(), expected.value());
        QDir(QFileInfo(folder).path()).removeRecursively();
    }

private:
    QString ref(const QString& reference) const { return m_registry->host() + QLatin1Char('/') + reference; }
    Location at(const QString& reference) const
    {
        return Location::parse(m_registry->host() + QLatin1Char('/') + reference).value();
    }

    QTemporaryDir m_work;
    std::unique_ptr<RegistryFixture> m_registry;
};

QTEST_MAIN(TestActions)
#include "tst_actions.moc"
