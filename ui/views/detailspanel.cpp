#include "ui/views/detailspanel.h"

#include "core/oci/artifactclassifier.h"
#include "core/oci/configsummary.h"
#include "core/oci/imageconfig.h"
#include "core/oci/mediatypes.h"
#include "core/oci/opabundleprobe.h"
#include "ui/actions/artifactactions.h"
#include "ui/appcontext.h"
#include "ui/models/manifesttreemodel.h"
#include "ui/util/async.h"
#include "ui/util/jsonformatter.h"
#include "ui/views/configview.h"
#include "ui/views/contentsview.h"
#include "ui/views/jsonview.h"
#include "ui/views/layerfilesview.h"
#include "ui/views/referrersview.h"
#include "ui/views/sbomview.h"
#include "ui/views/signaturesview.h"
#include "ui/views/summaryview.h"
#include "ui/widgets/locationmenu.h"
#include "ui/widgets/statestack.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <optional>

namespace lading::ui {

namespace {

constexpr qint64 kConfigCap = 1024 * 1024;   // image configs read for the Config tab
constexpr qint64 kKeyFieldCap = 256 * 1024;  // artifact configs read for the summary's key fields
constexpr qint64 kBlobJsonCap = 1024 * 1024; // blobs shown as JSON when a link or tree row opens them
constexpr int kMaxChildrenCounted = 32;      // index children fetched to add up the total size

// Everything one manifest's tabs show, gathered on a worker thread.
struct LoadedDetails
{
    oci::Manifest manifest;
    SummaryView::Data summary;
    FormattedJson json;
    bool showConfigTab = false;
    std::optional<oci::ImageConfig> config;
    QString configError;
};

QString createdOf(const QByteArray& configJson)
{
    const QJsonDocument document = QJsonDocument::fromJson(configJson);
    return document.object().value(QLatin1StringView("created")).toString();
}

bool hasRealPlatform(const oci::Descriptor& d)
{
    return d.platform && !d.platform->isEmpty() && !d.platform->isUnknown();
}

bool isAttestationEntry(const oci::Descriptor& d)
{
    return d.annotations.value(QString(oci::Annotation::DockerReferenceType)) ==
               QLatin1String("attestation-manifest") ||
           (d.platform && d.platform->isUnknown());
}

bool looksLikeJson(const QString& mediaType)
{
    return oci::MediaType::essence(mediaType).endsWith(QLatin1String("json"));
}

// Runs on a worker thread: the manifest, what the summary says about it, the formatted JSON and, for
// images, the config.
Result<LoadedDetails> loadDetails(AppContext& context, const store::Location& location)
{
    auto opened = context.store(location);
    if (!opened)
        return opened.error();
    const std::shared_ptr<store::Store> store = opened.value();
    auto fetched = store->fetchManifest(location.manifestReference());
    if (!fetched)
        return fetched.error();

    LoadedDetails out;
    out.manifest = fetched.value();
    const oci::Manifest& m = out.manifest;
    SummaryView::Data& s = out.summary;
    s.artifact = oci::ArtifactClassifier::classify(m, location.tagName());
    s.reference = location.toString();
    s.digest = m.digest();
    s.mediaType = m.mediaType();
    s.artifactType = m.artifactType();
    s.annotations = m.annotations();
    s.subject = m.subject();
    s.created = m.annotations().value(QString(oci::Annotation::Created));
    out.json = JsonFormatter::format(m.bytes());

    if (m.isIndex()) {
        qint64 total = m.bytes().size();
        int counted = 0;
        bool createdTried = !s.created.isEmpty();
        for (const oci::Descriptor& entry : m.manifests()) {
            if (hasRealPlatform(entry))
                s.platforms.append(entry);
            else if (isAttestationEntry(entry))
                ++s.attestationEntries;
            else
                ++s.otherEntries;
            if (counted >= kMaxChildrenCounted || !oci::MediaType::isManifestOrIndex(entry.mediaType)) {
                total += qMax<qint64>(entry.size, 0);
                s.totalSizeComplete = false;
                continue;
            }
            ++counted;
            auto child = store->fetchManifest(entry.digest.toString());
            if (!child) {
                total += qMax<qint64>(entry.size, 0);
                s.totalSizeComplete = false;
                continue;
            }
            total += child->totalSize();
            // An index rarely says when it was made; its first platform's config does.
            if (!createdTried && hasRealPlatform(entry) && !child->isIndex() &&
                oci::MediaType::isImageConfig(child->config().mediaType) &&
                child->config().size <= kConfigCap) {
                createdTried = true;
                if (auto bytes = store->fetchBlob(child->config(), kConfigCap))
                    s.created = createdOf(bytes.value());
            }
        }
        s.totalSize = total;
        out.showConfigTab = s.artifact.kind == oci::ArtifactKind::MultiPlatformImage;
        return out;
    }

    s.totalSize = m.totalSize();
    // The classifier cannot tell an OPA bundle from a one-layer image without looking inside the layer.
    if (s.artifact.kind == oci::ArtifactKind::Image && oci::ArtifactClassifier::mayBeOpaBundle(m) &&
        m.layers().constFirst().size <= oci::OpaBundleProbe::kMaxLayerSize) {
        auto layer = store->fetchBlob(m.layers().constFirst(), oci::OpaBundleProbe::kMaxLayerSize);
        if (layer && oci::OpaBundleProbe::isBundle(layer.value()))
            s.artifact = {oci::ArtifactKind::OpaBundle, m.layers().constFirst().mediaType};
    }
    const oci::Descriptor& config = m.config();
    if (s.artifact.kind == oci::ArtifactKind::Image && oci::MediaType::isImageConfig(config.mediaType)) {
        out.showConfigTab = true;
        if (config.size > kConfigCap) {
            out.configError =
                QCoreApplication::translate("DetailsPanel", "The config is %1, too large to show here.")
                    .arg(SummaryView::sizeText(config.size));
        } else if (auto bytes = store->fetchBlob(config, kConfigCap); !bytes) {
            out.configError = bytes.error().message;
        } else if (auto parsed = oci::ImageConfig::parse(bytes.value()); !parsed) {
            out.configError = parsed.error().message;
        } else {
            out.config = parsed.value();
            if (s.created.isEmpty())
                s.created = out.config->created;
        }
    } else if (oci::ConfigSummary::hasKeyFields(s.artifact.kind) && config.isValid() &&
               config.size <= kKeyFieldCap &&
               oci::MediaType::essence(config.mediaType) != oci::MediaType::Empty) {
        // Key fields are a bonus: a config that cannot be read leaves them out, the summary still shows.
        if (auto bytes = store->fetchBlob(config, kKeyFieldCap)) {
            s.keyFields = oci::ConfigSummary::keyFields(s.artifact.kind, bytes.value());
            if (s.created.isEmpty())
                s.created = createdOf(bytes.value());
        }
    }
    return out;
}

// What a referrer is, by its artifact type, or by the tag cosign stored it under.
SummaryView::ReferrerCounts countReferrers(const QList<store::Referrer>& referrers)
{
    SummaryView::ReferrerCounts counts;
    for (const store::Referrer& r : referrers) {
        std::optional<oci::ArtifactKind> kind =
            oci::ArtifactClassifier::kindOfType(r.descriptor.artifactType);
        if (r.source == store::ReferrerSource::CosignTag) {
            const QString tag = r.descriptor.annotations.value(QString(oci::Annotation::RefName));
            if (tag.endsWith(QLatin1String(".sig")))
                kind = oci::ArtifactKind::CosignSignature;
            else if (tag.endsWith(QLatin1String(".att")))
                kind = oci::ArtifactKind::CosignAttestation;
            else if (tag.endsWith(QLatin1String(".sbom")))
                kind = oci::ArtifactKind::CosignSbom;
        }
        if (!kind) {
            ++counts.other;
            continue;
        }
        switch (*kind) {
        case oci::ArtifactKind::CosignSignature:
        case oci::ArtifactKind::SigstoreBundle:
        case oci::ArtifactKind::NotationSignature:
            ++counts.signatures;
            break;
        case oci::ArtifactKind::CosignAttestation:
        case oci::ArtifactKind::InTotoAttestation:
        case oci::ArtifactKind::BuildKitAttestation:
            ++counts.attestations;
            break;
        default:
            if (oci::ArtifactClassifier::isSbom(*kind))
                ++counts.sboms;
            else
                ++counts.other;
            break;
        }
    }
    return counts;
}

} // namespace

struct DetailsPanel::Private
{
    Private(DetailsPanel* panel, AppContext& ctx)
        : q(panel)
        , context(ctx)
    {}

    DetailsPanel* q;
    AppContext& context;
    store::Location location;
    bool hasLocation = false;
    bool loading = false;
    quint64 generation = 0;     // one per load; replies of older loads are dropped
    quint64 blobGeneration = 0; // one per blob opened in the JSON tab
    quint64 loginRequestedFor = 0;
    std::optional<oci::Manifest> manifest;
    FormattedJson manifestJson;

    QTabWidget* tabs = nullptr;
    SummaryView* summary = nullptr;
    StateStack* summaryStack = nullptr;
    QTreeView* tree = nullptr;
    ManifestTreeModel* treeModel = nullptr;
    StateStack* treeStack = nullptr;
    JsonView* json = nullptr;
    StateStack* jsonStack = nullptr;
    ConfigView* config = nullptr;
    StateStack* configStack = nullptr;
    ReferrersView* referrers = nullptr;
    SignaturesView* signatures = nullptr;
    ContentsView* contents = nullptr;
    SbomView* sbom = nullptr;
    LayerFilesView* files = nullptr;

    QList<StateStack*> stacks() const { return {summaryStack, treeStack, jsonStack, configStack}; }

    store::Location locationOf(const oci::Digest& digest) const
    {
        store::Location l = location;
        if (l.isRegistry()) {
            l.reference = location.reference.withoutTag().withDigest(digest);
        } else {
            l.tag.clear();
            l.digest = digest;
        }
        return l;
    }

    void load()
    {
        ++generation;
        ++blobGeneration;
        loading = true;
        manifest.reset();
        manifestJson = {};
        const QString what = DetailsPanel::tr("Loading %1…").arg(location.toString());
        for (StateStack* stack : stacks())
            stack->showLoading(what);
        summary->clear();
        treeModel->clear();
        json->clear();
        config->clear();
        contents->clear();
        sbom->clear(what);
        files->clear();
        signatures->clear();
        referrers->setSubject(location);

        const quint64 current = generation;
        runAsync(
            q, [ctx = &context, l = location] { return loadDetails(*ctx, l); },
            [this, current](const Result<LoadedDetails>& result) {
                if (current != generation)
                    return; // the user went elsewhere meanwhile
                apply(result);
            });
    }

    void apply(const Result<LoadedDetails>& result)
    {
        loading = false;
        if (!result) {
            showError(result.error());
            return;
        }
        const LoadedDetails& data = result.value();
        manifest = data.manifest;
        manifestJson = data.json;

        summary->setData(data.summary);
        summary->setReferrersLoading();
        summaryStack->showContent();
        loadReferrers(data.manifest.digest());
        // Checked at once, not when the tab opens: the summary shows the badge.
        signatures->setManifest(location, data.manifest);
        // Looked for at once (the tab shows only if there are SBOMs); documents are read when it is shown.
        sbom->setManifest(location, data.manifest);

        treeModel->setLoader(
            [ctx = &context, l = location](const oci::Descriptor& d) -> Result<oci::Manifest> {
                auto opened = ctx->store(l);
                if (!opened)
                    return opened.error();
                return opened.value()->fetchManifest(d.digest.toString());
            });
        treeModel->setRoot(data.manifest, location.toString());
        treeStack->showContent();
        tree->expand(treeModel->index(0, 0));

        showManifestJson();
        jsonStack->showContent();

        tabs->setTabVisible(ConfigTab, data.showConfigTab);
        // What is inside, for the kinds that have a Contents view; read only once the tab is shown.
        tabs->setTabVisible(ContentsTab, ContentsView::hasContents(data.summary.artifact.kind));
        contents->setManifest(location, data.manifest, data.summary.artifact.kind);
        if (tabs->currentWidget() == contents)
            contents->activate();
        // An image's files, listed only once the Files tab is shown (it may download every layer).
        tabs->setTabVisible(FilesTab, LayerFilesView::hasFiles(data.manifest));
        if (LayerFilesView::hasFiles(data.manifest)) {
            files->setManifest(location, data.manifest);
            if (tabs->currentWidget() == files)
                files->activate();
        }
        if (data.config) {
            config->setConfig(*data.config, data.manifest.layers());
            configStack->showContent();
        } else if (!data.configError.isEmpty()) {
            configStack->showError(
                DetailsPanel::tr("Could not read the image config: %1").arg(data.configError));
        } else {
            configStack->showEmpty(
                DetailsPanel::tr("Each platform of a multi-platform image has a config of its own: open a "
                                 "platform in the Summary or Tree tab to see it."));
        }
    }

    void showError(const Error& error)
    {
        QString message = error.message;
        if (!error.code.isEmpty() && !message.contains(error.code))
            message += QStringLiteral(" (%1)").arg(error.code);
        for (StateStack* stack : stacks())
            stack->showError(message, true);
        signatures->stateStack()->showError(message, false);
        sbom->clear(message);
        tabs->setTabVisible(PackagesTab, false);
        handleUnauthorized(error);
    }

    // A 401 asks the user to log in (once per load); credentialsChanged then reloads.
    void handleUnauthorized(const Error& error)
    {
        if (error.kind != Error::Kind::Unauthorized || !location.isRegistry() ||
            loginRequestedFor == generation)
            return;
        loginRequestedFor = generation;
        context.requestLogin(location.reference.registry(), error.message);
    }

    void loadReferrers(const oci::Digest& digest)
    {
        const quint64 current = generation;
        runAsync(
            q,
            [ctx = &context, l = location, digest]() -> Result<SummaryView::ReferrerCounts> {
                auto opened = ctx->store(l);
                if (!opened)
                    return opened.error();
                auto list = opened.value()->referrers(digest);
                if (!list)
                    return list.error();
                return countReferrers(list.value());
            },
            [this, current](const Result<SummaryView::ReferrerCounts>& counts) {
                if (current != generation)
                    return;
                if (counts)
                    summary->setReferrers(counts.value());
                else
                    summary->setReferrersError(counts.error().message);
            });
    }

    oci::Descriptor knownDescriptor(const oci::Digest& digest) const
    {
        if (!manifest)
            return {};
        if (manifest->config().digest == digest)
            return manifest->config();
        for (const auto& list : {manifest->layers(), manifest->manifests()}) {
            for (const oci::Descriptor& d : list) {
                if (d.digest == digest)
                    return d;
            }
        }
        if (manifest->subject() && manifest->subject()->digest == digest)
            return *manifest->subject();
        return {};
    }

    void openLink(const JsonLink& link)
    {
        const auto digest = oci::Digest::parse(link.digest);
        if (!digest)
            return;
        oci::Descriptor d = knownDescriptor(digest.value());
        if (!d.digest.isValid()) {
            d.digest = digest.value();
            d.mediaType = link.mediaType;
            d.size = link.size;
            d.artifactType = link.artifactType;
        }
        openDescriptor(d);
    }

    // Manifests (and digests of unknown type, which are most often manifests: subjects, annotations) are
    // navigated to; blobs are shown in the JSON tab.
    void openDescriptor(const oci::Descriptor& d)
    {
        if (d.mediaType.isEmpty() || oci::MediaType::isManifestOrIndex(d.mediaType))
            emit q->locationActivated(locationOf(d.digest));
        else
            showBlob(d);
    }

    void showManifestJson()
    {
        ++blobGeneration;
        jsonStack->showContent();
        json->setFormatted(manifestJson);
        if (manifest) {
            json->setCaption(DetailsPanel::tr("%1 · %2 · %3, as received (indented for reading)")
                                 .arg(manifest->digest().shortForm(), manifest->mediaType(),
                                      SummaryView::sizeText(manifest->bytes().size())));
        }
    }

    static QByteArray descriptorJson(const oci::Descriptor& d)
    {
        return QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact);
    }

    void showBlob(const oci::Descriptor& d)
    {
        if (!manifest)
            return;
        ++blobGeneration;
        tabs->setCurrentIndex(JsonTab);
        const QString what = DetailsPanel::tr("Blob %1 · %2 · %3")
                                 .arg(d.digest.shortForm(), d.mediaType, SummaryView::sizeText(d.size));
        if (!looksLikeJson(d.mediaType) || d.size < 0 || d.size > kBlobJsonCap) {
            json->setJson(descriptorJson(d));
            json->setCaption(
                DetailsPanel::tr("%1 — not JSON, or over 1 MiB: its descriptor is shown.").arg(what), true);
            return;
        }
        jsonStack->showLoading(DetailsPanel::tr("Loading %1…").arg(what));
        const quint64 current = generation;
        const quint64 currentBlob = blobGeneration;
        runAsync(
            q,
            [ctx = &context, l = location, d]() -> Result<FormattedJson> {
                auto opened = ctx->store(l);
                if (!opened)
                    return opened.error();
                auto bytes = opened.value()->fetchBlob(d, kBlobJsonCap);
                if (!bytes)
                    return bytes.error();
                return JsonFormatter::format(bytes.value());
            },
            [this, current, currentBlob, d, what](const Result<FormattedJson>& formatted) {
                if (current != generation || currentBlob != blobGeneration)
                    return;
                jsonStack->showContent();
                if (!formatted) {
                    json->setJson(descriptorJson(d));
                    json->setCaption(
                        DetailsPanel::tr("%1 — could not fetch it: %2").arg(what, formatted.error().message),
                        true);
                    handleUnauthorized(formatted.error());
                } else if (!formatted->valid) {
                    json->setJson(descriptorJson(d));
                    json->setCaption(
                        DetailsPanel::tr("%1 — its content is not JSON: its descriptor is shown.").arg(what),
                        true);
                } else {
                    json->setFormatted(formatted.value());
                    json->setCaption(what, true);
                }
            });
    }

    void onTreeActivated(const QModelIndex& index)
    {
        switch (treeModel->nodeKind(index)) {
        case ManifestTreeModel::NodeKind::Error:
            treeModel->retry(index);
            return;
        case ManifestTreeModel::NodeKind::Loading:
            return;
        case ManifestTreeModel::NodeKind::Config:
        case ManifestTreeModel::NodeKind::Layer:
        case ManifestTreeModel::NodeKind::Blob:
            showBlob(treeModel->descriptor(index));
            return;
        default:
            // The top row is what is shown already.
            if (treeModel->isManifest(index) && index.parent().isValid())
                emit q->locationActivated(locationOf(treeModel->descriptor(index).digest));
            return;
        }
    }

    void showTreeMenu(const QPoint& pos)
    {
        const QModelIndex index = tree->indexAt(pos);
        if (!index.isValid())
            return;
        const oci::Descriptor d = treeModel->descriptor(index);
        if (!d.digest.isValid())
            return;
        const QPoint global = tree->viewport()->mapToGlobal(pos);
        if (treeModel->isManifest(index)) {
            const store::Location target = locationOf(d.digest);
            auto* menu = new LocationMenu(context, target, q, d.digest, d.mediaType);
            ArtifactActions::addManifestActions(*menu, context, target, q, [panel = q] { panel->reload(); });
            menu->popupAndDelete(global);
            return;
        }
        auto* menu = new QMenu(q);
        menu->setObjectName(QStringLiteral("blobMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(DetailsPanel::tr("Copy Digest"), q,
                        [digest = d.digest] { LocationMenu::copyText(digest.toString()); });
        menu->addAction(DetailsPanel::tr("Show in the JSON Tab"), q, [this, d] { showBlob(d); });
        if (const int layer = files->layerIndexOf(d.digest.toString());
            treeModel->nodeKind(index) == ManifestTreeModel::NodeKind::Layer && layer >= 0 &&
            tabs->isTabVisible(FilesTab)) {
            menu->addAction(DetailsPanel::tr("Show Files"), q, [this, layer] {
                files->showLayer(layer);
                tabs->setCurrentIndex(FilesTab);
            });
        }
        menu->addSeparator();
        ArtifactActions::addBlobActions(*menu, context, location, d, q);
        menu->popup(global);
    }
};

DetailsPanel::DetailsPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, context))
{
    setObjectName(QStringLiteral("detailsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->tabs = new QTabWidget(this);
    d->tabs->setObjectName(QStringLiteral("detailsTabs"));
    d->tabs->setDocumentMode(true);
    layout->addWidget(d->tabs);

    d->summary = new SummaryView(this);
    d->summaryStack = new StateStack(d->summary, this);
    d->summaryStack->setObjectName(QStringLiteral("summaryState"));
    d->tabs->addTab(d->summaryStack, tr("Summary"));

    d->treeModel = new ManifestTreeModel(this);
    d->tree = new QTreeView(this);
    d->tree->setObjectName(QStringLiteral("manifestTree"));
    d->tree->setModel(d->treeModel);
    d->tree->setUniformRowHeights(true);
    d->tree->setAlternatingRowColors(true);
    d->tree->setContextMenuPolicy(Qt::CustomContextMenu);
    // The name takes what the media type, size and short digest leave, so all four fit the panel.
    d->tree->header()->setStretchLastSection(false);
    d->tree->header()->setSectionResizeMode(ManifestTreeModel::NameColumn, QHeaderView::Stretch);
    d->tree->header()->setSectionResizeMode(ManifestTreeModel::MediaTypeColumn,
                                            QHeaderView::ResizeToContents);
    d->tree->header()->setSectionResizeMode(ManifestTreeModel::SizeColumn, QHeaderView::ResizeToContents);
    d->tree->header()->setSectionResizeMode(ManifestTreeModel::DigestColumn, QHeaderView::ResizeToContents);
    d->treeStack = new StateStack(d->tree, this);
    d->treeStack->setObjectName(QStringLiteral("treeState"));
    d->tabs->addTab(d->treeStack, tr("Tree"));

    d->json = new JsonView(this);
    d->jsonStack = new StateStack(d->json, this);
    d->jsonStack->setObjectName(QStringLiteral("jsonState"));
    d->tabs->addTab(d->jsonStack, tr("JSON"));

    d->config = new ConfigView(this);
    d->configStack = new StateStack(d->config, this);
    d->configStack->setObjectName(QStringLiteral("configState"));
    d->tabs->addTab(d->configStack, tr("Config"));

    d->referrers = new ReferrersView(context, this);
    d->tabs->addTab(d->referrers, tr("Referrers"));

    d->signatures = new SignaturesView(context, this);
    d->tabs->insertTab(SignaturesTab, d->signatures, tr("Signatures"));

    d->contents = new ContentsView(context, this);
    d->tabs->insertTab(ContentsTab, d->contents, tr("Contents"));
    d->tabs->setTabVisible(ContentsTab, false);

    d->sbom = new SbomView(context, this);
    d->tabs->insertTab(PackagesTab, d->sbom, tr("Packages"));
    d->tabs->setTabVisible(PackagesTab, false);

    d->files = new LayerFilesView(context, this);
    d->tabs->insertTab(FilesTab, d->files, tr("Files"));
    d->tabs->setTabVisible(FilesTab, false);
    connect(d->tabs, &QTabWidget::currentChanged, this, [this] {
        if (d->tabs->currentWidget() == d->files)
            d->files->activate();
    });
    connect(d->sbom, &SbomView::sourcesFound, this, [this](int count) {
        // A failure stays in view for whoever is looking at the tab; otherwise no SBOMs, no tab.
        d->tabs->setTabVisible(PackagesTab, count > 0 || (count < 0 && d->tabs->currentWidget() == d->sbom));
    });
    connect(d->tabs, &QTabWidget::currentChanged, this, [this] {
        if (d->tabs->currentWidget() == d->contents)
            d->contents->activate();
    });

    const QString empty = tr("Select a tag or digest to see what it holds.");
    for (StateStack* stack : d->stacks()) {
        stack->showEmpty(empty);
        connect(stack, &StateStack::retryRequested, this, &DetailsPanel::reload);
    }

    connect(d->summary, &SummaryView::referrersRequested, this, [this] { showTab(ReferrersTab); });
    connect(d->summary, &SummaryView::signaturesRequested, this, [this] { showTab(SignaturesTab); });
    connect(d->signatures, &SignaturesView::verificationStarted, d->summary, &SummaryView::setTrustLoading);
    connect(d->signatures, &SignaturesView::badgeChanged, d->summary, &SummaryView::setTrust);
    connect(d->signatures, &SignaturesView::verificationFailed, d->summary, &SummaryView::setTrustError);
    connect(d->summary, &SummaryView::descriptorActivated, this,
            [this](const oci::Descriptor& descriptor) { d->openDescriptor(descriptor); });
    connect(d->tree, &QTreeView::activated, this,
            [this](const QModelIndex& index) { d->onTreeActivated(index); });
    connect(d->tree, &QTreeView::customContextMenuRequested, this,
            [this](const QPoint& pos) { d->showTreeMenu(pos); });
    connect(d->treeModel, &ManifestTreeModel::loadFailed, this,
            [this](const QModelIndex&, const Error& error) { d->handleUnauthorized(error); });
    connect(d->json, &JsonView::linkActivated, this, [this](const JsonLink& link) { d->openLink(link); });
    connect(d->json, &JsonView::backRequested, this, [this] { d->showManifestJson(); });
    connect(d->referrers, &ReferrersView::locationActivated, this, &DetailsPanel::locationActivated);
    connect(&context, &AppContext::credentialsChanged, this, [this](const QString& registry) {
        if (d->hasLocation && d->location.isRegistry() && d->location.reference.registry() == registry)
            reload();
    });
}

DetailsPanel::~DetailsPanel() = default;

void DetailsPanel::showLocation(const store::Location& location)
{
    d->location = location;
    d->hasLocation = true;
    d->load();
}

store::Location DetailsPanel::location() const
{
    return d->location;
}

void DetailsPanel::reload()
{
    if (!d->hasLocation)
        return;
    // A layout may have changed on disk; its store reads index.json again when reopened.
    if (d->location.kind == store::Location::Kind::Layout)
        d->context.forgetStores(AppContext::storeKey(d->location));
    d->load();
    d->referrers->reload();
}

bool DetailsPanel::isLoading() const
{
    return d->loading;
}

void DetailsPanel::showTab(Tab tab)
{
    d->tabs->setCurrentIndex(int(tab));
}

QTabWidget* DetailsPanel::tabs() const
{
    return d->tabs;
}
SummaryView* DetailsPanel::summaryView() const
{
    return d->summary;
}
QTreeView* DetailsPanel::treeView() const
{
    return d->tree;
}
ManifestTreeModel* DetailsPanel::treeModel() const
{
    return d->treeModel;
}
JsonView* DetailsPanel::jsonView() const
{
    return d->json;
}
ConfigView* DetailsPanel::configView() const
{
    return d->config;
}
ReferrersView* DetailsPanel::referrersView() const
{
    return d->referrers;
}
SignaturesView* DetailsPanel::signaturesView() const
{
    return d->signatures;
}
ContentsView* DetailsPanel::contentsView() const
{
    return d->contents;
}
SbomView* DetailsPanel::sbomView() const
{
    return d->sbom;
}
LayerFilesView* DetailsPanel::filesView() const
{
    return d->files;
}

StateStack* DetailsPanel::stateStack(Tab tab) const
{
    switch (tab) {
    case SummaryTab:
        return d->summaryStack;
    case TreeTab:
        return d->treeStack;
    case JsonTab:
        return d->jsonStack;
    case ConfigTab:
        return d->configStack;
    case ContentsTab:
        return d->contents->stateStack();
    case FilesTab:
        return d->files->stateStack();
    case PackagesTab:
        return d->sbom->stateStack();
    case ReferrersTab:
    case SignaturesTab:
        break;
    }
    return nullptr;
}

} // namespace lading::ui
