#include "ui/views/contentsview.h"

#include "core/inspect/blobspool.h"
#include "core/inspect/filesartifactsummary.h"
#include "core/inspect/helmchartreader.h"
#include "core/inspect/modelpacksummary.h"
#include "core/inspect/opabundlereader.h"
#include "core/inspect/sifreader.h"
#include "core/inspect/wasmmodulereader.h"
#include "core/store/transfercontrol.h"
#include "ui/appcontext.h"
#include "ui/util/async.h"
#include "ui/views/filesartifactview.h"
#include "ui/views/helmchartview.h"
#include "ui/views/modelpackview.h"
#include "ui/views/opabundleview.h"
#include "ui/views/sifview.h"
#include "ui/views/wasmmoduleview.h"
#include "ui/widgets/statestack.h"

#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <variant>

namespace lading::ui {

namespace {

using ContentsData = std::variant<inspect::HelmChart, inspect::WasmContents, inspect::SifImage,
                                  inspect::OpaBundle, inspect::ModelPack, inspect::FilesArtifact>;

// Layers bigger than this are worth a word in the spinner: they are downloaded before they are read.
constexpr qint64 kBigLayer = 16 * 1024 * 1024;

template <typename T> Result<ContentsData> wrap(Result<T>&& result)
{
    if (!result)
        return result.error();
    return ContentsData(std::move(result).value());
}

// Runs on a worker thread.
Result<ContentsData> readContents(AppContext& context, const store::Location& location,
                                  const oci::Manifest& manifest, oci::ArtifactKind kind,
                                  store::TransferControl* control)
{
    auto opened = context.store(location);
    if (!opened)
        return opened.error();
    store::Store& store = *opened.value();
    inspect::BlobSpool& spool = inspect::BlobSpool::shared();
    switch (kind) {
    case oci::ArtifactKind::HelmChart:
        return wrap(inspect::HelmChartReader::load(store, manifest, spool, control));
    case oci::ArtifactKind::Wasm:
        return wrap(inspect::WasmModuleReader::load(store, manifest, spool, control));
    case oci::ArtifactKind::Sif:
        return wrap(inspect::SifReader::load(store, manifest, spool, control));
    case oci::ArtifactKind::OpaBundle:
        return wrap(inspect::OpaBundleReader::load(store, manifest, spool, control));
    case oci::ArtifactKind::ModelPackModel:
        return wrap(inspect::ModelPackSummary::load(store, manifest));
    case oci::ArtifactKind::Files:
        return wrap(inspect::FilesArtifactSummary::load(store, manifest));
    default:
        return Error::make(Error::Kind::Unsupported,
                           ContentsView::tr("There is no contents view for this kind."));
    }
}

// The layer a reader downloads, for the spinner's text.
const oci::Descriptor* layerRead(const oci::Manifest& manifest, oci::ArtifactKind kind)
{
    switch (kind) {
    case oci::ArtifactKind::HelmChart:
        return inspect::HelmChartReader::chartLayer(manifest);
    case oci::ArtifactKind::Wasm:
        return inspect::WasmModuleReader::moduleLayer(manifest);
    case oci::ArtifactKind::Sif:
        return inspect::SifReader::sifLayer(manifest);
    default:
        return nullptr;
    }
}

} // namespace

ContentsView::ContentsView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("contentsView"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("contentsPages"));
    m_state = new StateStack(m_pages, this);
    m_state->setObjectName(QStringLiteral("contentsState"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    connect(m_state, &StateStack::retryRequested, this, &ContentsView::reload);
    m_state->showEmpty(tr("Select a tag or digest to see what it holds."));
}

ContentsView::~ContentsView()
{
    if (m_control)
        m_control->cancel();
}

bool ContentsView::hasContents(oci::ArtifactKind kind)
{
    switch (kind) {
    case oci::ArtifactKind::HelmChart:
    case oci::ArtifactKind::Wasm:
    case oci::ArtifactKind::Sif:
    case oci::ArtifactKind::OpaBundle:
    case oci::ArtifactKind::ModelPackModel:
    case oci::ArtifactKind::Files:
        return true;
    default:
        return false;
    }
}

void ContentsView::setManifest(const store::Location& location, const oci::Manifest& manifest,
                               oci::ArtifactKind kind)
{
    clear();
    m_location = location;
    m_manifest = manifest;
    m_kind = kind;
    if (!hasContents(kind))
        m_state->showEmpty(tr("This kind of artifact has no contents view; see the Summary and Tree tabs."));
    else
        m_state->showEmpty(tr("The contents load when this tab is shown."));
}

void ContentsView::clear()
{
    ++m_generation;
    if (m_control)
        m_control->cancel();
    m_control.reset();
    m_manifest.reset();
    m_kind = oci::ArtifactKind::Unknown;
    m_loaded = false;
    m_loading = false;
    m_state->showEmpty(tr("Select a tag or digest to see what it holds."));
}

void ContentsView::activate()
{
    if (m_loaded || m_loading)
        return;
    load();
}

void ContentsView::reload()
{
    m_loaded = false;
    m_loading = false;
    load();
}

QString ContentsView::loadingMessage() const
{
    if (m_manifest) {
        if (const oci::Descriptor* layer = layerRead(*m_manifest, m_kind); layer && layer->size > kBigLayer)
            return tr("Fetching the %1 layer to read what is inside…")
                .arg(QLocale().formattedDataSize(layer->size));
    }
    return tr("Reading what is inside…");
}

void ContentsView::load()
{
    if (!m_manifest || !hasContents(m_kind))
        return;
    const quint64 current = ++m_generation;
    if (m_control)
        m_control->cancel();
    m_control = std::make_shared<store::TransferControl>();
    m_loading = true;
    m_loaded = false;
    m_state->showLoading(loadingMessage());
    runAsync(
        this,
        [ctx = &m_context, location = m_location, manifest = *m_manifest, kind = m_kind,
         control = m_control] { return readContents(*ctx, location, manifest, kind, control.get()); },
        [this, current](const Result<ContentsData>& result) {
            if (current != m_generation)
                return; // another manifest, or a reload, meanwhile
            m_loading = false;
            if (!result) {
                const Error& error = result.error();
                QString message = error.message;
                if (!error.code.isEmpty() && !message.contains(error.code))
                    message += QStringLiteral(" (%1)").arg(error.code);
                m_state->showError(tr("Could not read what is inside: %1").arg(message));
                if (error.kind == Error::Kind::Unauthorized && m_location.isRegistry() &&
                    m_loginRequestedFor != current) {
                    m_loginRequestedFor = current;
                    m_context.requestLogin(m_location.reference.registry(), error.message);
                }
                emit loaded(false);
                return;
            }
            std::visit(
                [this](const auto& data) {
                    using T = std::decay_t<decltype(data)>;
                    if constexpr (std::is_same_v<T, inspect::HelmChart>) {
                        helmChartView()->setChart(data);
                        m_pages->setCurrentWidget(m_helm);
                    } else if constexpr (std::is_same_v<T, inspect::WasmContents>) {
                        wasmModuleView()->setContents(data);
                        m_pages->setCurrentWidget(m_wasm);
                    } else if constexpr (std::is_same_v<T, inspect::SifImage>) {
                        sifView()->setImage(data);
                        m_pages->setCurrentWidget(m_sif);
                    } else if constexpr (std::is_same_v<T, inspect::OpaBundle>) {
                        opaBundleView()->setBundle(data);
                        m_pages->setCurrentWidget(m_opa);
                    } else if constexpr (std::is_same_v<T, inspect::ModelPack>) {
                        modelPackView()->setModel(data);
                        m_pages->setCurrentWidget(m_model);
                    } else {
                        filesArtifactView()->setFiles(m_location, data);
                        m_pages->setCurrentWidget(m_files);
                    }
                },
                result.value());
            m_loaded = true;
            m_state->showContent();
            emit loaded(true);
        });
}

QWidget* ContentsView::currentView() const
{
    return m_pages->currentWidget();
}

// Each page is made the first time its kind is shown.
template <typename View, typename... Args>
static View* page(QStackedWidget* pages, View*& slot, Args&&... args)
{
    if (!slot) {
        slot = new View(std::forward<Args>(args)..., pages);
        pages->addWidget(slot);
    }
    return slot;
}

HelmChartView* ContentsView::helmChartView()
{
    return page(m_pages, m_helm);
}
WasmModuleView* ContentsView::wasmModuleView()
{
    return page(m_pages, m_wasm);
}
SifView* ContentsView::sifView()
{
    return page(m_pages, m_sif);
}
OpaBundleView* ContentsView::opaBundleView()
{
    return page(m_pages, m_opa);
}
ModelPackView* ContentsView::modelPackView()
{
    return page(m_pages, m_model);
}
FilesArtifactView* ContentsView::filesArtifactView()
{
    return page(m_pages, m_files, m_context);
}

} // namespace lading::ui
