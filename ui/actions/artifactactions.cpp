#include "ui/actions/artifactactions.h"

#include "ui/actions/dragexportmimedata.h"
#include "ui/actions/tagdroptarget.h"
#include "ui/appcontext.h"
#include "ui/dialogs/comparedialog.h"
#include "ui/dialogs/copydialog.h"
#include "ui/dialogs/deletedialog.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/tagdialog.h"
#include "ui/models/sourcesmodel.h"
#include "ui/transfers/copyjob.h"
#include "ui/transfers/pulljob.h"
#include "ui/transfers/saveblobjob.h"
#include "ui/transfers/transfermanager.h"
#include "ui/views/compareview.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace lading::ui {

namespace {

QWidget* windowOf(QWidget* widget)
{
    return widget ? widget->window() : nullptr;
}

// Runs `refresh` when `job` ends, if whoever asked for it is still there.
void refreshWhenDone(TransferJob* job, QWidget* parent, const ArtifactActions::Refresh& refresh)
{
    if (!refresh || !parent)
        return;
    QObject::connect(job, &TransferJob::finished, parent, [refresh](bool) { refresh(); });
}

QFileDialog* fileDialog(QWidget* parent, const QString& name, const QString& caption)
{
    auto* dialog = new QFileDialog(windowOf(parent), caption);
    dialog->setObjectName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Qt's own dialog: the same everywhere, and tests can drive it.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    return dialog;
}

} // namespace

void ArtifactActions::addManifestActions(QMenu& menu, AppContext& context, const store::Location& location,
                                         QWidget* parent, const Refresh& refresh)
{
    menu.addSeparator();
    AppContext* ctx = &context;
    QPointer<QWidget> guard(parent);
    const auto add = [&](const QString& text, const char* name, std::function<void()> slot) {
        QAction* action = menu.addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        QObject::connect(action, &QAction::triggered, &menu, [slot = std::move(slot)] { slot(); });
    };
    add(tr("Save Files To…"), "saveFilesAction", [=] {
        if (guard)
            saveFiles(*ctx, location, guard);
    });
    add(tr("Export…"), "exportAction", [=] {
        if (guard)
            exportTo(*ctx, location, guard, refresh);
    });
    add(tr("Copy To…"), "copyToAction", [=] {
        if (guard)
            copyTo(*ctx, location, guard, refresh);
    });
    add(tr("Compare With…"), "compareWithAction", [=] {
        if (guard)
            compareWith(*ctx, location, guard);
    });
    menu.addSeparator();
    add(tr("Add Tag…"), "addTagAction", [=] {
        if (guard)
            addTag(*ctx, location, guard, refresh);
    });
    add(tr("Delete…"), "deleteAction", [=] {
        if (guard)
            remove(*ctx, location, guard, refresh);
    });
}

void ArtifactActions::addBlobActions(QMenu& menu, AppContext& context, const store::Location& location,
                                     const oci::Descriptor& blob, QWidget* parent)
{
    AppContext* ctx = &context;
    QPointer<QWidget> guard(parent);
    QAction* action = menu.addAction(tr("Save Blob…"));
    action->setObjectName(QStringLiteral("saveBlobAction"));
    QObject::connect(action, &QAction::triggered, &menu, [=] {
        if (guard)
            saveBlob(*ctx, location, blob, guard);
    });
}

QFileDialog* ArtifactActions::saveFiles(AppContext& context, const store::Location& location, QWidget* parent)
{
    auto* dialog = fileDialog(parent, QStringLiteral("saveFilesDialog"),
                              tr("Save Files of %1 To").arg(location.toString()));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setLabelText(QFileDialog::Accept, tr("Save Here"));
    AppContext* ctx = &context;
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [ctx, location](const QString& folder) {
        // The job refuses a title that would escape the folder; the transfers panel shows why.
        ctx->transfers().enqueue(new PullJob(*ctx, location, folder));
    });
    dialog->open();
    return dialog;
}

ExportDialog* ArtifactActions::exportTo(AppContext& context, const store::Location& location, QWidget* parent,
                                        const Refresh& refresh)
{
    auto* dialog = new ExportDialog(location, windowOf(parent));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    AppContext* ctx = &context;
    QPointer<QWidget> guard(parent);
    QObject::connect(dialog, &QDialog::accepted, dialog, [ctx, dialog, guard, refresh] {
        transfer::CopyOptions options;
        options.includeReferrers = dialog->includeReferrers();
        auto* job = new CopyJob(*ctx, dialog->source(), dialog->destination(), options);
        refreshWhenDone(job, guard, refresh);
        ctx->transfers().enqueue(job);
    });
    dialog->open();
    return dialog;
}

CopyDialog* ArtifactActions::copyTo(AppContext& context, const store::Location& location, QWidget* parent,
                                    const Refresh& refresh)
{
    auto* dialog = new CopyDialog(context, location, windowOf(parent));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSuggestions(copySuggestions(windowOf(parent), location));
    AppContext* ctx = &context;
    QPointer<QWidget> guard(parent);
    QObject::connect(dialog, &CopyDialog::copyRequested, dialog,
                     [ctx, guard, refresh](const store::Location& source, const store::Location& destination,
                                           const transfer::CopyOptions& options) {
                         auto* job = new CopyJob(*ctx, source, destination, options);
                         refreshWhenDone(job, guard, refresh);
                         ctx->transfers().enqueue(job);
                     });
    dialog->open();
    return dialog;
}

TagDialog* ArtifactActions::addTag(AppContext& context, const store::Location& location, QWidget* parent,
                                   const Refresh& refresh)
{
    auto* dialog = new TagDialog(context, location, windowOf(parent));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QWidget> guard(parent);
    AppContext* ctx = &context;
    QObject::connect(dialog, &TagDialog::tagged, dialog,
                     [ctx, guard, refresh](const store::Location& tagged) {
                         // Cached trust badges of the repository name tags by what they pointed at before.
                         ctx->notifyRepositoryChanged(tagged);
                         if (guard && refresh)
                             refresh();
                     });
    dialog->open();
    return dialog;
}

DeleteDialog* ArtifactActions::remove(AppContext& context, const store::Location& location, QWidget* parent,
                                      const Refresh& refresh)
{
    auto* dialog = new DeleteDialog(context, location, windowOf(parent));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QWidget> guard(parent);
    AppContext* ctx = &context;
    QObject::connect(dialog, &DeleteDialog::deleted, dialog,
                     [ctx, guard, refresh](const store::Location& deleted) {
                         // A deleted signature (or manifest) leaves stale trust badges in its repository.
                         ctx->notifyRepositoryChanged(deleted);
                         if (guard && refresh)
                             refresh();
                     });
    dialog->open();
    return dialog;
}

QFileDialog* ArtifactActions::saveBlob(AppContext& context, const store::Location& location,
                                       const oci::Descriptor& blob, QWidget* parent)
{
    auto* dialog =
        fileDialog(parent, QStringLiteral("saveBlobDialog"), tr("Save Blob %1").arg(blob.digest.toString()));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    // The title when it is a plain file name, otherwise the digest's hex: a name, never a path.
    QString name = blob.annotations.value(QStringLiteral("org.opencontainers.image.title"));
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')))
        name = blob.digest.encoded();
    dialog->selectFile(name);
    AppContext* ctx = &context;
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [ctx, location, blob](const QString& path) {
        ctx->transfers().enqueue(new SaveBlobJob(*ctx, location, blob, path));
    });
    dialog->open();
    return dialog;
}

CompareDialog* ArtifactActions::compareWith(AppContext& context, const store::Location& location,
                                            QWidget* parent, bool leftEditable)
{
    const QString text = location.manifestReference().isEmpty() ? QString() : location.toString();
    auto* dialog = new CompareDialog(text, text, windowOf(parent));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLeftEditable(leftEditable || text.isEmpty());
    dialog->setSuggestions(CompareDialog::recentLocations(windowOf(parent)));
    AppContext* ctx = &context;
    QPointer<QWidget> window(windowOf(parent));
    QObject::connect(dialog, &CompareDialog::compareRequested, dialog,
                     [ctx, window](const store::Location& left, const store::Location& right) {
                         CompareView::openWindow(*ctx, left, right, window);
                     });
    dialog->open();
    return dialog;
}

QString ArtifactActions::dragFolderName(const store::Location& location)
{
    QString base =
        location.isRegistry() ? location.reference.repository() : QFileInfo(location.path).completeBaseName();
    QString tag = location.tagName();
    if (tag.isEmpty() && location.hasDigest())
        tag = (location.isRegistry() ? location.reference.digest() : location.digest).encoded().left(12);
    QString name = tag.isEmpty() ? base : base + QLatin1Char('-') + tag;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    name.replace(QLatin1Char(':'), QLatin1Char('-'));
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return name.isEmpty() ? QStringLiteral("oci-layout") : name;
}

QMimeData* ArtifactActions::exportForDrag(AppContext& context, const store::Location& location,
                                          TransferJob** job)
{
    // A fresh parent per drag, so two drags of one tag never write into the same layout.
    QTemporaryDir parentDir(QDir::temp().filePath(QStringLiteral("lading-drag-XXXXXX")));
    parentDir.setAutoRemove(false);
    const QString folder = QDir(parentDir.path()).filePath(dragFolderName(location));
    // The folder exists at once so the URL is valid when the file manager looks at it.
    QDir().mkpath(folder);
    store::Location destination;
    destination.kind = store::Location::Kind::Layout;
    destination.path = folder;
    destination.tag = location.tagName();
    auto* copy = new CopyJob(context, location, destination, transfer::CopyOptions{});
    context.transfers().enqueue(copy);
    if (job)
        *job = copy;
    // The URL is handed out only once the export has finished (see DragExportMimeData).
    auto* data = new DragExportMimeData(copy, folder);
    data->setText(location.toString());
    // Dropped onto another tag of the window, the tag is compared with it (TagDropTarget).
    TagDropTarget::setLocation(data, location);
    return data;
}

QStringList ArtifactActions::copySuggestions(QWidget* window, const store::Location& location)
{
    QStringList suggestions;
    const QString repository = location.isRegistry() ? location.reference.repository() : QString();
    const SourcesModel* model = window ? window->findChild<SourcesModel*>() : nullptr;
    const QList<Source> sources = model ? model->sources() : QList<Source>();
    for (const Source& source : sources) {
        switch (source.kind) {
        case Source::Kind::Registry:
            // The same repository on every other registry, and the host for a repository of one's own.
            suggestions.append(source.key + QLatin1Char('/') + repository);
            break;
        case Source::Kind::Layout:
            suggestions.append(QStringLiteral("oci:") + source.key);
            break;
        case Source::Kind::Archive:
            suggestions.append(QStringLiteral("oci-archive:") + source.key);
            break;
        }
    }
    suggestions.removeDuplicates();
    suggestions.removeAll(location.toString());
    return suggestions;
}

} // namespace lading::ui
