#pragma once

#include "core/inspect/layerfiletree.h"
#include "core/inspect/mergedfilesystem.h"
#include "core/oci/manifest.h"
#include "core/store/location.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeView;

namespace lading::store {
class TransferControl;
}

namespace lading::ui {

class AppContext;
class LayerFilesModel;
class StateStack;
class TextViewer;

// The Files tab of an image: its merged filesystem (whiteouts applied, a Layer column saying where each
// entry comes from) or, picked in the layer combo, one layer's own entries with its whiteouts greyed.
// Listing waits until the tab is shown (activate()), runs off the GUI thread with progress (downloading,
// then reading: bytes of the layer) and Cancel; trees already listed are kept while the same image is shown.
// A filter field narrows the tree (substring or glob). "View" shows the first 1 MiB of a text file inline
// (a binary file is named as such), "Extract…" copies a file or folder to a folder the user picks; both run
// off the GUI thread. Errors (a decompression bomb, a damaged layer, a cancelled read) show in place of the
// tree with Retry.
class LayerFilesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerFilesView)

public:
    static constexpr int MergedView = -1;

    explicit LayerFilesView(AppContext& context, QWidget* parent = nullptr);
    ~LayerFilesView() override;

    // Whether `manifest` is an image whose layers are tars (the tab makes sense).
    static bool hasFiles(const oci::Manifest& manifest);

    // The image to show; nothing is read until activate().
    void setManifest(const store::Location& location, const oci::Manifest& manifest);
    void clear();
    // Lists what the picker says, unless it is listed or listing already.
    void activate();
    // MergedView or a layer index (0 = the lowest); lists it when the view is active.
    void showLayer(int layerIndex);
    int currentLayer() const { return m_layer; }
    // The layer index of `digest` in the shown image, -1 when it is none of its layers.
    int layerIndexOf(const QString& digest) const;
    void cancel();

    bool isLoading() const { return m_loading; }
    bool isBusy() const { return m_busy > 0; } // a view or an extraction running

    // Shows the first MiB of the file at `index` in the viewer.
    void viewFile(const QModelIndex& index);
    // Extracts the file or folder at `index` into `targetDir` (asked for with a dialog when empty).
    void extract(const QModelIndex& index, const QString& targetDir = {});

    StateStack* stateStack() const { return m_state; }
    QTreeView* treeView() const { return m_tree; }
    LayerFilesModel* model() const { return m_model; }
    QComboBox* layerPicker() const { return m_picker; }
    QLineEdit* filterEdit() const { return m_filter; }
    TextViewer* viewer() const { return m_viewer; }
    QLabel* statusLabel() const { return m_status; }

    // "Binary file, 1.2 MiB": a NUL byte or invalid UTF-8 in what was read.
    static bool looksBinary(const QByteArray& head);

signals:
    // A listing finished (ok) or failed; a filter was applied; a file shown; an extraction done.
    void listed(bool ok);
    void filtered();
    void fileShown(bool ok);
    void extracted(bool ok, const QString& message);

private:
    struct Listing
    {
        std::shared_ptr<const inspect::LayerFileTree> tree;
        std::shared_ptr<const inspect::MergedFileSystem> merged; // the merged view's, for extraction
    };

    void load();
    void showListing(const Listing& listing);
    void updateProgress();
    void scheduleFilter();
    void runFilter();
    void updateActions();
    void showMenu(const QPoint& pos);
    QString pickerText(int layerIndex) const;

    AppContext& m_context;
    store::Location m_location;
    std::optional<oci::Manifest> m_manifest;
    QHash<int, Listing> m_listings; // by layer index, MergedView for the merged filesystem
    int m_layer = MergedView;
    bool m_active = false;
    bool m_loading = false;
    int m_busy = 0;
    quint64 m_generation = 0;
    quint64 m_filterGeneration = 0;
    quint64 m_viewGeneration = 0;
    std::shared_ptr<store::TransferControl> m_control;

    QComboBox* m_picker;
    QLineEdit* m_filter;
    QToolButton* m_viewButton;
    QToolButton* m_extractButton;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    StateStack* m_state;
    QTreeView* m_tree;
    LayerFilesModel* m_model;
    TextViewer* m_viewer;
    QTimer* m_progressTimer;
    QTimer* m_filterTimer;
};

} // namespace lading::ui
