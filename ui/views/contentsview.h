#pragma once

#include "core/oci/artifactclassifier.h"
#include "core/oci/manifest.h"
#include "core/store/location.h"

#include <QWidget>

#include <memory>
#include <optional>

class QStackedWidget;

namespace lading::store {
class TransferControl;
}

namespace lading::ui {

class AppContext;
class FilesArtifactView;
class HelmChartView;
class ModelPackView;
class OpaBundleView;
class SifView;
class StateStack;
class WasmModuleView;

// The Contents tab: what is inside an artifact, read by core/inspect: a Helm chart's fields, values, README
// and templates; a WASM module's imports, exports and sections; a SIF's header and data objects; an OPA
// bundle's policies and data; a ModelPack model's config and files; a files artifact's files, text shown
// inline. Images keep theirs in the Config tab (platform, entrypoint, history with layers).
//
// Loading waits until the tab is shown (activate()): reading a chart or a SIF may download its layer, which
// a click on a tag should not cost. It runs off the GUI thread, with a spinner, an inline error with Retry,
// and is cancelled when another manifest is shown.
class ContentsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentsView)

public:
    explicit ContentsView(AppContext& context, QWidget* parent = nullptr);
    ~ContentsView() override;

    // Whether the tab has something to show for this kind.
    static bool hasContents(oci::ArtifactKind kind);

    // The manifest whose contents to show; nothing loads until activate().
    void setManifest(const store::Location& location, const oci::Manifest& manifest, oci::ArtifactKind kind);
    void clear();
    // Loads what setManifest() named, unless it is loaded or loading already.
    void activate();
    void reload();

    bool isLoading() const { return m_loading; }
    StateStack* stateStack() const { return m_state; }
    // The view for the kind on show (HelmChartView, WasmModuleView, …), nullptr before any.
    QWidget* currentView() const;
    HelmChartView* helmChartView();
    WasmModuleView* wasmModuleView();
    SifView* sifView();
    OpaBundleView* opaBundleView();
    ModelPackView* modelPackView();
    FilesArtifactView* filesArtifactView();

signals:
    // The contents arrived (or failed): for tests and for the window's status.
    void loaded(bool ok);

private:
    void load();
    QString loadingMessage() const;

    AppContext& m_context;
    store::Location m_location;
    std::optional<oci::Manifest> m_manifest;
    oci::ArtifactKind m_kind = oci::ArtifactKind::Unknown;
    bool m_loaded = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    quint64 m_loginRequestedFor = 0;
    std::shared_ptr<store::TransferControl> m_control;

    StateStack* m_state;
    QStackedWidget* m_pages;
    HelmChartView* m_helm = nullptr;
    WasmModuleView* m_wasm = nullptr;
    SifView* m_sif = nullptr;
    OpaBundleView* m_opa = nullptr;
    ModelPackView* m_model = nullptr;
    FilesArtifactView* m_files = nullptr;
};

} // namespace lading::ui
