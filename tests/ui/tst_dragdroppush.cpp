// Drag and drop push in the whole window, offscreen, against Debian's real registry: files dropped (a real
// QDropEvent carrying file URLs, sent to the widget under the drop) onto the tag list, onto a tag and onto
// the manifest on the right open the push dialog with the right proposal; accepting pushes through the
// transfer manager, the tag list then shows the new tag (or the Referrers tab the new referrer), and the
// registry and the CLI see exactly what was pushed. "Attach Files…" in the shared context menu and
// File ▸ Push Files… lead to the same dialog. A dropped OCI layout still opens as a source.
#include "core/oci/digest.h"
#include "core/oci/mediatypes.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testfiles.h"
#include "tests/support/uiresources.h"
#include "ui/appcontext.h"
#include "ui/dialogs/pushdialog.h"
#include "ui/models/itemroles.h"
#include "ui/models/referrersmodel.h"
#include "ui/transfers/transferjob.h"
#include "ui/transfers/transfermanager.h"
#include "ui/util/async.h"
#include "ui/views/browserpanel.h"
#include "ui/views/detailspanel.h"
#include "ui/views/mainwindow.h"
#include "ui/views/referrersview.h"
#include "ui/views/sourcespanel.h"
#include "ui/widgets/annotationeditor.h"
#include "ui/widgets/locationmenu.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
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
using lading::test::seedTinyImage;
using lading::test::writeFile;
using lading::ui::AppContext;
using lading::ui::MainWindow;
using lading::ui::PushDialog;
using lading::ui::ReferrersModel;
using lading::ui::Source;
using lading::ui::TransferJob;
namespace ItemRole = lading::ui::ItemRole;
namespace MediaType = lading::oci::MediaType;

namespace {

constexpr int kTimeoutMs = 60000;

// Every file under `root` with its bytes, by relative path.
QMap<QString, QByteArray> filesUnder(const QString& root)
{
    QMap<QString, QByteArray> files;
    QDir dir(root);
    const QStringList entries = dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString& entry : entries) {
        const QString path = dir.filePath(entry);
        if (QFileInfo(path).isDir()) {
            const auto inner = filesUnder(path);
            for (auto it = inner.begin(); it != inner.end(); ++it)
                files.insert(entry + QLatin1Char('/') + it.key(), it.value());
        } else {
            files.insert(entry, readFile(path));
        }
    }
    return files;
}

// A drop as the platform delivers it: a drag entering `target`, moving to `pos`, and the drop, each a real
// event with file URLs. Returns whether the widget accepted the drag.
bool dropFiles(QWidget* target, const QPoint& pos, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QModelIndex rowNamed(const QListView* view, const QString& name)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ItemRole::NameRole).toString() == name)
            return model->index(row, 0);
    }
    return {};
}

struct Window
{
    Window()
        : context(std::make_unique<AppContext>())
        , window(std::make_unique<MainWindow>(*context))
    {}
    ~Window()
    {
        window.reset();
        lading::ui::workerPool().waitForDone(60000);
        QCoreApplication::processEvents();
    }
    bool show()
    {
        window->resize(1200, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        return QTest::qWaitForWindowActive(window.get());
    }
    void go(const QString& location) { window->navigateTo(location); }
    QListView* tags() const
    {
        return window->browserPanel()->findChild<QListView*>(QStringLiteral("tagList"));
    }
    // The push dialog the drop opened, once it has looked at the files.
    PushDialog* dialog() const
    {
        PushDialog* found = nullptr;
        const bool ready = QTest::qWaitFor(
            [&] {
                found = window->findChild<PushDialog*>();
                return found && found->isReady();
            },
            kTimeoutMs);
        return ready ? found : nullptr;
    }
    // Accepts the dialog and waits for the push job to end; empty when it succeeded.
    QString accept(PushDialog* dialog)
    {
        const qsizetype before = context->transfers().jobs().size();
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        if (!QTest::qWaitFor([&] { return context->transfers().jobs().size() > before; }, kTimeoutMs))
            return QStringLiteral("no job was enqueued (%1)").arg(dialog->messageLabel()->text());
        TransferJob* job = context->transfers().jobs().last();
        if (!QTest::qWaitFor([&] { return job->isFinished(); }, kTimeoutMs))
            return QStringLiteral("the job did not finish");
        return job->state() == TransferJob::State::Succeeded ? QString() : job->errorMessage();
    }

    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestDragDropPush final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initUiResources();
        QVERIFY(m_work.isValid());
        isolateEnvironment(m_work, QStringLiteral("tst_dragdroppush"));

        const QString charts = m_work.filePath(QStringLiteral("charts"));
        QVERIFY(writeFile(charts + QStringLiteral("/web/Chart.yaml"),
                          "apiVersion: v2\nname: web\nversion: 1.2.3+build.9\ntype: application\n"));
        QVERIFY(writeFile(charts + QStringLiteral("/web/values.yaml"), "port: 80\n"));
        m_chart = m_work.filePath(QStringLiteral("web-1.2.3+build.9.tgz"));
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("czf"), m_chart, QStringLiteral("-C"), charts, QStringLiteral("web")});
        QVERIFY2(tar.waitForFinished(30000) && tar.exitCode() == 0, "tar czf failed (install tar and gzip)");

        m_files = m_work.filePath(QStringLiteral("upload"));
        QVERIFY(writeFile(m_files + QStringLiteral("/notes.txt"), "release notes\n"));
        QVERIFY(writeFile(m_files + QStringLiteral("/site/index.html"), "<h1>hello</h1>\n"));
        QVERIFY(writeFile(m_files + QStringLiteral("/site/css/main.css"), "h1 { color: teal }\n"));
        m_sbom = m_work.filePath(QStringLiteral("app.spdx.json"));
        QVERIFY(writeFile(m_sbom, "{\"spdxVersion\":\"SPDX-2.3\",\"dataLicense\":\"CC0-1.0\",\"SPDXID\":"
                                  "\"SPDXRef-DOCUMENT\",\"name\":\"drop\",\"packages\":[]}\n"));

        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(m_registry, qPrintable(why));
        QVERIFY2(seedTinyImage(*m_registry, QStringLiteral("drop/app"), QStringLiteral("1.0"), &why),
                 qPrintable(why));
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        QVERIFY(lading::ui::workerPool().waitForDone(60000));
        QCoreApplication::processEvents();
    }

    void helmChartDroppedOntoTheTagListIsPushedUnderItsVersion()
    {
        Window w;
        QVERIFY(w.show());
        w.go(at(QStringLiteral("drop/app:1.0")));
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(w.tags(), QStringLiteral("1.0")).isValid(), kTimeoutMs);

        // Below the last row: the list itself, that is the repository.
        const QPoint empty(10, w.tags()->viewport()->height() - 5);
        QVERIFY(!w.tags()->indexAt(empty).isValid());
        QVERIFY(dropFiles(w.tags()->viewport(), empty, {m_chart}));
        PushDialog* dialog = w.dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->destinationEdit()->text(), at(QStringLiteral("drop/app")));
        QCOMPARE(dialog->tagEdit()->text(), QStringLiteral("1.2.3_build.9"));
        QCOMPARE(dialog->configMediaTypeEdit()->text(), QString(MediaType::HelmConfig));
        QCOMPARE(dialog->layerTable()->item(0, 1)->text(), QString(MediaType::HelmChart));
        QVERIFY(dialog->kindLabel()->text().contains(QLatin1String("Helm")));
        QVERIFY(!dialog->isAttaching());
        const QString failure = w.accept(dialog);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        // The tag list reloads and selects the new tag.
        QTRY_COMPARE_WITH_TIMEOUT(w.window->browserPanel()->selectedTag(), QStringLiteral("1.2.3_build.9"),
                                  kTimeoutMs);
        auto manifest =
            m_registry->fetchManifest(QStringLiteral("drop/app"), QStringLiteral("1.2.3_build.9"));
        QVERIFY2(manifest, qPrintable(manifest.error().message));
        const QJsonObject root = QJsonDocument::fromJson(manifest.value()).object();
        QCOMPARE(root.value(QLatin1String("config")).toObject().value(QLatin1String("mediaType")).toString(),
                 QString(MediaType::HelmConfig));
        const QJsonArray layers = root.value(QLatin1String("layers")).toArray();
        QCOMPARE(layers.size(), 1);
        QCOMPARE(layers.first().toObject().value(QLatin1String("mediaType")).toString(),
                 QString(MediaType::HelmChart));
        QCOMPARE(layers.first().toObject().value(QLatin1String("digest")).toString(),
                 Digest::sha256Of(readFile(m_chart)).toString());
    }

    void filesDroppedOntoATagProposeThatTagAndPullBackEqual()
    {
        Window w;
        QVERIFY(w.show());
        w.go(at(QStringLiteral("drop/app:1.0")));
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(w.tags(), QStringLiteral("1.0")).isValid(), kTimeoutMs);
        const QModelIndex row = rowNamed(w.tags(), QStringLiteral("1.0"));
        const QStringList paths{m_files + QStringLiteral("/notes.txt"), m_files + QStringLiteral("/site")};
        QVERIFY(dropFiles(w.tags()->viewport(), w.tags()->visualRect(row).center(), paths));
        PushDialog* dialog = w.dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->destinationEdit()->text(), at(QStringLiteral("drop/app")));
        QCOMPARE(dialog->tagEdit()->text(), QStringLiteral("1.0"));
        QCOMPARE(dialog->layerTable()->item(1, 1)->text(), QString(MediaType::OciLayerTarGzip));
        dialog->tagEdit()->setText(QStringLiteral("files"));
        dialog->annotationEditor()->setAnnotation(QStringLiteral("org.opencontainers.image.source"),
                                                  QStringLiteral("https://example.invalid/drop"));
        const QString failure = w.accept(dialog);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QTRY_COMPARE_WITH_TIMEOUT(w.window->browserPanel()->selectedTag(), QStringLiteral("files"),
                                  kTimeoutMs);

        auto manifest = m_registry->fetchManifest(QStringLiteral("drop/app"), QStringLiteral("files"));
        QVERIFY2(manifest, qPrintable(manifest.error().message));
        const QJsonObject annotations =
            QJsonDocument::fromJson(manifest.value()).object().value(QLatin1String("annotations")).toObject();
        QCOMPARE(annotations.value(QLatin1String("org.opencontainers.image.source")).toString(),
                 QStringLiteral("https://example.invalid/drop"));

        // The CLI pulls back exactly the files and the folder that were dropped.
        const QString out = m_work.filePath(QStringLiteral("pulled-files"));
        const auto pulled = runLading(
            {QStringLiteral("pull"), at(QStringLiteral("drop/app:files")), QStringLiteral("-o"), out});
        QVERIFY2(pulled.ok(), qPrintable(pulled.describe()));
        QCOMPARE(filesUnder(out), filesUnder(m_files));
    }

    void sbomDroppedOntoTheManifestIsAttachedAndShownAsReferrer()
    {
        Window w;
        QVERIFY(w.show());
        const QString image = at(QStringLiteral("drop/app:1.0"));
        w.go(image);
        lading::ui::DetailsPanel* details = w.window->detailsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!details->isLoading() && details->location().toString() == image,
                                 kTimeoutMs);
        details->showTab(lading::ui::DetailsPanel::ReferrersTab);

        // The details don't take drops themselves: the window does, for the manifest under the drop.
        const QPoint onDetails = details->mapTo(w.window.get(), details->rect().center());
        QVERIFY(dropFiles(w.window.get(), onDetails, {m_sbom}));
        PushDialog* dialog = w.dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->attachCheck()->isEnabled());
        QVERIFY(dialog->isAttaching());
        QVERIFY(dialog->attachCheck()->text().contains(image));
        QVERIFY(!dialog->tagEdit()->isEnabled());
        QCOMPARE(dialog->artifactTypeEdit()->text(), QString(MediaType::SpdxJson));
        QVERIFY(dialog->subjectDescriptor());
        const auto destination = dialog->destination();
        QVERIFY2(destination, qPrintable(destination.error().message));
        QCOMPARE(destination->toString(), at(QStringLiteral("drop/app")));
        const QString failure = w.accept(dialog);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        TransferJob* job = w.context->transfers().jobs().last();
        const QString pushed = job->resultLocation();
        const qsizetype at_ = pushed.indexOf(QLatin1Char('@'));
        QVERIFY2(at_ > 0, qPrintable(pushed));
        const QString digest = pushed.mid(at_ + 1);

        // The CLI finds it among the image's referrers (the registry has no referrers API: the fallback tag).
        const auto referrers = runLading({QStringLiteral("referrers"), image});
        QVERIFY2(referrers.ok(), qPrintable(referrers.describe()));
        QVERIFY2(referrers.outText().contains(digest), qPrintable(referrers.outText()));
        QVERIFY(referrers.outText().contains(QString(MediaType::SpdxJson)));

        // And the window's referrers graph shows it.
        ReferrersModel* model = details->referrersView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < model->rowCount(); ++row) {
                    if (model->index(row, 0).data(ItemRole::ReferrerDigestRole).toString() == digest)
                        return true;
                }
                return false;
            }(),
            kTimeoutMs);
    }

    void attachFilesFromTheLocationMenuShowsTheReferrer()
    {
        Window w;
        QVERIFY(w.show());
        const QString image = at(QStringLiteral("drop/app:1.0"));
        w.go(image);
        lading::ui::DetailsPanel* details = w.window->detailsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!details->isLoading() && details->location().toString() == image,
                                 kTimeoutMs);
        details->showTab(lading::ui::DetailsPanel::ReferrersTab);

        // The shared context menu of a tag: "Attach Files…" asks for files, then opens the push dialog.
        auto* menu = new lading::ui::LocationMenu(*w.context, details->location(), w.window.get());
        auto* attach = menu->findChild<QAction*>(QStringLiteral("attachFilesAction"));
        QVERIFY(attach);
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("pushFilesHereAction")));
        attach->trigger();
        delete menu;
        auto* chooser = w.window->findChild<QFileDialog*>(QStringLiteral("pushFileChooser"));
        QVERIFY(chooser);
        const QString notes = m_files + QStringLiteral("/notes.txt");
        chooser->selectFile(notes);
        static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept, as the Open button does
        PushDialog* dialog = w.dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isAttaching());
        // Plain files have no type of their own: a referrer needs one.
        QVERIFY(dialog->validationError().contains(QLatin1String("artifact type")));
        dialog->artifactTypeEdit()->setText(QStringLiteral("application/vnd.example.notes"));
        const QString failure = w.accept(dialog);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QString pushed = w.context->transfers().jobs().last()->resultLocation();
        const QString digest = pushed.mid(pushed.indexOf(QLatin1Char('@')) + 1);
        QVERIFY(digest.startsWith(QLatin1String("sha256:")));

        const auto referrers = runLading({QStringLiteral("referrers"), image});
        QVERIFY2(referrers.ok(), qPrintable(referrers.describe()));
        QVERIFY2(referrers.outText().contains(digest + QStringLiteral("  application/vnd.example.notes")),
                 qPrintable(referrers.outText()));
        // The window reloads the graph when the push job ends (TransferManager::jobFinished).
        ReferrersModel* model = details->referrersView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < model->rowCount(); ++row) {
                    if (model->index(row, 0).data(ItemRole::ReferrerDigestRole).toString() == digest)
                        return true;
                }
                return false;
            }(),
            kTimeoutMs);

        // File ▸ Push Files… proposes the repository the browser shows.
        QTRY_VERIFY(!w.window->findChild<PushDialog*>()); // the accepted one closed
        QTRY_VERIFY(!w.window->findChild<QFileDialog*>(QStringLiteral("pushFileChooser")));
        auto* push = w.window->findChild<QAction*>(QStringLiteral("pushFilesAction"));
        QVERIFY(push);
        push->trigger();
        chooser = w.window->findChild<QFileDialog*>(QStringLiteral("pushFileChooser"));
        QVERIFY(chooser);
        chooser->selectFile(notes);
        static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept, as the Open button does
        PushDialog* second = w.dialog();
        QVERIFY(second);
        QVERIFY(!second->isAttaching());
        QCOMPARE(second->destinationEdit()->text(), at(QStringLiteral("drop/app")));
        QCOMPARE(second->tagEdit()->text(), QStringLiteral("latest"));
        second->reject();
    }

    void filesDroppedOntoARepositoryProposeIt()
    {
        Window w;
        QVERIFY(w.show());
        w.go(at(QStringLiteral("drop/app:1.0")));
        auto* repositories =
            w.window->browserPanel()->findChild<QListView*>(QStringLiteral("repositoryList"));
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(repositories, QStringLiteral("drop/app")).isValid(), kTimeoutMs);
        const QModelIndex row = rowNamed(repositories, QStringLiteral("drop/app"));
        QVERIFY(dropFiles(repositories->viewport(), repositories->visualRect(row).center(),
                          {m_files + QStringLiteral("/notes.txt")}));
        PushDialog* dialog = w.dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->destinationEdit()->text(), at(QStringLiteral("drop/app")));
        QCOMPARE(dialog->tagEdit()->text(), QStringLiteral("latest"));
        QCOMPARE(dialog->layerTable()->item(0, 1)->text(), QString(MediaType::OciLayerTar));
        dialog->reject();
    }

    void droppedLayoutStillOpensAsASource()
    {
        const QString layout = m_work.filePath(QStringLiteral("layout"));
        const auto copied = runLading({QStringLiteral("copy"), at(QStringLiteral("drop/app:1.0")),
                                       QStringLiteral("oci:") + layout + QStringLiteral(":1.0")});
        QVERIFY2(copied.ok(), qPrintable(copied.describe()));
        Window w;
        QVERIFY(w.show());
        QVERIFY(dropFiles(w.window.get(), QPoint(20, 200), {layout}));
        Source source;
        source.kind = Source::Kind::Layout;
        source.key = QFileInfo(layout).absoluteFilePath();
        QTRY_VERIFY_WITH_TIMEOUT(w.window->sourcesPanel()->sources().contains(source), kTimeoutMs);
        QVERIFY(!w.window->findChild<PushDialog*>());
    }

private:
    QString at(const QString& reference) const { return m_registry->host() + QLatin1Char('/') + reference; }

    QTemporaryDir m_work;
    std::unique_ptr<RegistryFixture> m_registry;
    QString m_chart;
    QString m_files;
    QString m_sbom;
};

QTEST_MAIN(TestDragDropPush)
#include "tst_dragdroppush.moc"
