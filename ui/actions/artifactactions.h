#pragma once

#include "core/oci/descriptor.h"
#include "core/store/location.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QFileDialog;
class QMenu;
class QMimeData;
class QWidget;

namespace lading::ui {

class AppContext;
class CompareDialog;
class CopyDialog;
class DeleteDialog;
class ExportDialog;
class TagDialog;
class TransferJob;

// The window's actions that move or change artifacts, shared by every place that shows a manifest or a
// blob (the tag list, the descriptor tree, the referrers graph): "Save files to…" (PullJob), "Export…"
// (CopyJob to a layout folder or tar), "Copy to…" (preview, then CopyJob), "Add tag…", "Delete…" and
// "Save blob…" (SaveBlobJob). Transfers go to AppContext::transfers(); dialogs open without blocking
// (parented to the window, deleted when closed) and `refresh` runs once something changed.
class ArtifactActions final
{
    Q_DECLARE_TR_FUNCTIONS(ArtifactActions)

public:
    using Refresh = std::function<void()>;

    ArtifactActions() = delete;

    // Adds the manifest actions (object names saveFilesAction, exportAction, copyToAction,
    // compareWithAction, addTagAction, deleteAction) after a separator.
    static void addManifestActions(QMenu& menu, AppContext& context, const store::Location& location,
                                   QWidget* parent, const Refresh& refresh = {});
    // Adds "Save blob…" (saveBlobAction) for one descriptor of the manifest at `location`.
    static void addBlobActions(QMenu& menu, AppContext& context, const store::Location& location,
                               const oci::Descriptor& blob, QWidget* parent);

    // Each opens its dialog and returns it (open, not exec: the caller's event loop keeps running).
    static QFileDialog* saveFiles(AppContext& context, const store::Location& location, QWidget* parent);
    static ExportDialog* exportTo(AppContext& context, const store::Location& location, QWidget* parent,
                                  const Refresh& refresh = {});
    static CopyDialog* copyTo(AppContext& context, const store::Location& location, QWidget* parent,
                              const Refresh& refresh = {});
    static TagDialog* addTag(AppContext& context, const store::Location& location, QWidget* parent,
                             const Refresh& refresh = {});
    static DeleteDialog* remove(AppContext& context, const store::Location& location, QWidget* parent,
                                const Refresh& refresh = {});
    static QFileDialog* saveBlob(AppContext& context, const store::Location& location,
                                 const oci::Descriptor& blob, QWidget* parent);
    // "Compare With…": asks for the other side (CompareDialog, `location` fixed on the left unless
    // `leftEditable`, the window's recent locations offered), then opens a CompareView window.
    static CompareDialog* compareWith(AppContext& context, const store::Location& location, QWidget* parent,
                                      bool leftEditable = false);

    // Dragging a tag onto a file manager: starts a CopyJob exporting `location` to an OCI layout in a new
    // temporary folder named after the repository and tag, and returns the drag's data (that folder's URL).
    // The URL is handed out only when the export has finished (a drop before that waits for it, and a
    // failed export gives no URL), so a file manager never copies a partial layout. The folder is left
    // under the temporary directory for the system to clean.
    static QMimeData* exportForDrag(AppContext& context, const store::Location& location,
                                    TransferJob** job = nullptr);
    // "demo-app-1.0" for "host/demo/app:1.0": a file name, never a path.
    static QString dragFolderName(const store::Location& location);
    // The destinations CopyDialog suggests: every registry and layout source the window lists.
    static QStringList copySuggestions(QWidget* window, const store::Location& location);
};

} // namespace lading::ui
