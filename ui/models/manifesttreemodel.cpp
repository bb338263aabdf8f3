#include "ui/models/manifesttreemodel.h"

#include "core/oci/artifactclassifier.h"
#include "core/oci/mediatypes.h"
#include "ui/models/itemroles.h"
#include "ui/util/async.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

#include <algorithm>
#include <vector>

namespace lading::ui {

namespace {

// BuildKit keeps provenance and SBOM attestations as unknown/unknown entries of the image's index.
constexpr QLatin1StringView kAttestationManifest{"attestation-manifest"};

bool isAttestationEntry(const oci::Descriptor& d)
{
    return d.annotations.value(QString(oci::Annotation::DockerReferenceType)) == kAttestationManifest;
}

} // namespace

struct ManifestTreeModel::Node
{
    NodeKind kind = NodeKind::Blob;
    oci::Descriptor descriptor;
    QString name;
    QString error;
    LoadState load = LoadState::None;
    quint64 id = 0;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        const auto& siblings = parent->children;
        const auto it =
            std::find_if(siblings.begin(), siblings.end(), [this](const auto& n) { return n.get() == this; });
        return int(it - siblings.begin());
    }
    bool canLoad() const { return load == LoadState::NotLoaded; }
};

ManifestTreeModel::ManifestTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

ManifestTreeModel::~ManifestTreeModel() = default;

void ManifestTreeModel::setLoader(ManifestLoader loader)
{
    m_loader = std::move(loader);
}

void ManifestTreeModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_pending = 0;
    m_nodes.clear();
    m_root = std::make_unique<Node>();
    endResetModel();
}

void ManifestTreeModel::setRoot(const oci::Manifest& manifest, const QString& name)
{
    beginResetModel();
    ++m_generation;
    m_pending = 0;
    m_nodes.clear();
    m_root = std::make_unique<Node>();
    auto top = std::make_unique<Node>();
    top->kind = manifest.isIndex() ? NodeKind::Index : NodeKind::Manifest;
    top->descriptor = manifest.descriptor();
    top->name = !name.isEmpty() ? name : manifest.isIndex() ? tr("Index") : tr("Image manifest");
    top->parent = m_root.get();
    top->load = LoadState::Loaded;
    top->id = m_nextId++;
    addManifestChildren(top.get(), manifest);
    m_root->children.push_back(std::move(top));
    registerTree(m_root.get());
    endResetModel();
}

void ManifestTreeModel::registerTree(Node* node)
{
    if (node->id != 0)
        m_nodes.insert(node->id, node);
    for (const auto& child : node->children)
        registerTree(child.get());
}

std::unique_ptr<ManifestTreeModel::Node>
ManifestTreeModel::makeDescriptorNode(NodeKind kind, const oci::Descriptor& d, Node* parent)
{
    auto node = std::make_unique<Node>();
    node->descriptor = d;
    node->parent = parent;
    node->id = m_nextId++;
    const bool manifestType = oci::MediaType::isManifestOrIndex(d.mediaType);
    if (kind == NodeKind::Manifest && !manifestType)
        kind = NodeKind::Blob;
    if (kind == NodeKind::Manifest && oci::MediaType::isIndex(d.mediaType))
        kind = NodeKind::Index;
    node->kind = kind;
    if ((kind == NodeKind::Manifest || kind == NodeKind::Index || kind == NodeKind::Subject) && manifestType)
        node->load = LoadState::NotLoaded;

    switch (kind) {
    case NodeKind::Config:
        node->name = tr("Config");
        break;
    case NodeKind::Layer:
        node->name = d.title(); // numbered by the caller when there is no title
        break;
    case NodeKind::Subject:
        node->name = tr("Subject");
        break;
    default:
        if (d.platform && !d.platform->isEmpty() && !d.platform->isUnknown()) {
            node->name = d.platform->toString();
        } else if (isAttestationEntry(d)) {
            const auto subject =
                oci::Digest::parse(d.annotations.value(QString(oci::Annotation::DockerReferenceDigest)));
            node->name = subject ? tr("Attestations of %1").arg(subject->shortForm()) : tr("Attestations");
        } else if (!d.title().isEmpty()) {
            node->name = d.title();
        } else if (const QString ref = d.annotations.value(QString(oci::Annotation::RefName));
                   !ref.isEmpty()) {
            node->name = ref;
        } else if (!d.artifactType.isEmpty()) {
            const auto kindOfType = oci::ArtifactClassifier::kindOfType(d.artifactType);
            node->name =
                oci::ArtifactClass{kindOfType.value_or(oci::ArtifactKind::Unknown), d.artifactType}.label();
        } else {
            node->name = kind == NodeKind::Index  ? tr("Index")
                         : kind == NodeKind::Blob ? tr("Entry")
                                                  : tr("Manifest");
        }
        break;
    }
    return node;
}

void ManifestTreeModel::addManifestChildren(Node* node, const oci::Manifest& manifest)
{
    if (manifest.isIndex()) {
        for (const auto& entry : manifest.manifests())
            node->children.push_back(makeDescriptorNode(NodeKind::Manifest, entry, node));
    } else {
        if (manifest.config().isValid())
            node->children.push_back(makeDescriptorNode(NodeKind::Config, manifest.config(), node));
        int layer = 0;
        for (const auto& d : manifest.layers()) {
            auto child = makeDescriptorNode(NodeKind::Layer, d, node);
            ++layer;
            if (d.title().isEmpty())
                child->name = tr("Layer %1").arg(layer);
            node->children.push_back(std::move(child));
        }
    }
    if (manifest.subject())
        node->children.push_back(makeDescriptorNode(NodeKind::Subject, *manifest.subject(), node));
}

ManifestTreeModel::Node* ManifestTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node*>(index.internalPointer());
}

QModelIndex ManifestTreeModel::indexOf(const Node* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node*>(node));
}

oci::Descriptor ManifestTreeModel::descriptor(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->descriptor : oci::Descriptor();
}

ManifestTreeModel::NodeKind ManifestTreeModel::nodeKind(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->kind : NodeKind::Blob;
}

bool ManifestTreeModel::isManifest(const QModelIndex& index) const
{
    if (!index.isValid())
        return false;
    const Node* node = nodeOf(index);
    return (node->kind == NodeKind::Index || node->kind == NodeKind::Manifest ||
            node->kind == NodeKind::Subject) &&
           node->descriptor.digest.isValid();
}

QModelIndex ManifestTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node* p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex ManifestTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ManifestTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ManifestTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool ManifestTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node* node = nodeOf(parent);
    return !node->children.empty() || node->canLoad();
}

bool ManifestTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (!parent.isValid() || parent.column() != 0)
        return false;
    return nodeOf(parent)->canLoad() && m_loader != nullptr;
}

void ManifestTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    scheduleLoad(nodeOf(parent));
}

void ManifestTreeModel::scheduleLoad(Node* node)
{
    // Views (and QAbstractItemModelTester) call fetchMore while they handle a signal of this model, such
    // as modelReset: inserting the placeholder row right then would nest one change inside another. The
    // node is marked at once, so it is not fetched twice, and the rows change from the event loop.
    node->load = LoadState::Loading;
    ++m_pending;
    const quint64 generation = m_generation;
    const quint64 id = node->id;
    QMetaObject::invokeMethod(
        this,
        [this, generation, id] {
            if (generation != m_generation)
                return;
            Node* n = m_nodes.value(id);
            if (n && n->load == LoadState::Loading)
                startLoad(n);
        },
        Qt::QueuedConnection);
}

void ManifestTreeModel::startLoad(Node* node)
{
    const QModelIndex parentIndex = indexOf(node);
    beginInsertRows(parentIndex, 0, 0);
    auto placeholder = std::make_unique<Node>();
    placeholder->kind = NodeKind::Loading;
    placeholder->name = tr("Loading…");
    placeholder->parent = node;
    node->children.push_back(std::move(placeholder));
    endInsertRows();
    // The placeholder is a new child: views repaint the expander and the row.
    emit dataChanged(parentIndex, parentIndex.siblingAtColumn(ColumnCount - 1));

    const quint64 generation = m_generation;
    const quint64 id = node->id;
    runAsync(
        this, [loader = m_loader, d = node->descriptor] { return loader(d); },
        [this, generation, id](const Result<oci::Manifest>& result) {
            if (generation != m_generation)
                return; // a reply for a tree that is gone
            finishLoad(id, result);
        });
}

void ManifestTreeModel::finishLoad(quint64 nodeId, const Result<oci::Manifest>& result)
{
    --m_pending;
    Node* node = m_nodes.value(nodeId);
    if (!node || node->load != LoadState::Loading)
        return;
    const QModelIndex parentIndex = indexOf(node);
    if (!node->children.empty()) {
        beginRemoveRows(parentIndex, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    if (result.ok()) {
        std::vector<std::unique_ptr<Node>> built;
        {
            // Build the children aside, then insert them in one go.
            Node scratch;
            addManifestChildren(&scratch, result.value());
            built = std::move(scratch.children);
        }
        if (!built.empty()) {
            beginInsertRows(parentIndex, 0, int(built.size()) - 1);
            for (auto& child : built) {
                child->parent = node;
                registerTree(child.get());
                node->children.push_back(std::move(child));
            }
            node->load = LoadState::Loaded;
            endInsertRows();
        } else {
            node->load = LoadState::Loaded;
        }
        emit dataChanged(parentIndex, parentIndex.siblingAtColumn(ColumnCount - 1));
        emit childrenLoaded(parentIndex);
        return;
    }
    beginInsertRows(parentIndex, 0, 0);
    auto errorRow = std::make_unique<Node>();
    errorRow->kind = NodeKind::Error;
    errorRow->error = result.error().message;
    errorRow->name = tr("Could not load: %1").arg(result.error().message);
    errorRow->parent = node;
    node->children.push_back(std::move(errorRow));
    node->load = LoadState::Failed;
    node->error = result.error().message;
    endInsertRows();
    emit dataChanged(parentIndex, parentIndex.siblingAtColumn(ColumnCount - 1));
    emit loadFailed(parentIndex, result.error());
}

void ManifestTreeModel::retry(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    Node* node = nodeOf(index);
    if (node->kind == NodeKind::Error)
        node = node->parent;
    if (!node || node->load != LoadState::Failed)
        return;
    const QModelIndex parentIndex = indexOf(node);
    if (!node->children.empty()) {
        beginRemoveRows(parentIndex, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    node->load = LoadState::NotLoaded;
    node->error.clear();
    if (m_loader)
        scheduleLoad(node);
}

QVariant ManifestTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    const oci::Descriptor& d = node->descriptor;
    const bool placeholder = node->kind == NodeKind::Loading || node->kind == NodeKind::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case MediaTypeColumn:
            return placeholder ? QVariant() : QVariant(d.mediaType);
        case SizeColumn:
            return placeholder || d.size < 0 ? QVariant() : QVariant(QLocale().formattedDataSize(d.size));
        case DigestColumn:
            return placeholder || !d.digest.isValid() ? QVariant() : QVariant(d.digest.shortForm());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (node->kind == NodeKind::Error)
            return node->error;
        if (placeholder)
            return {};
        if (index.column() == SizeColumn && d.size >= 0)
            return tr("%L1 bytes").arg(d.size);
        if (d.artifactType.isEmpty())
            return QStringLiteral("%1\n%2").arg(d.mediaType, d.digest.toString());
        return QStringLiteral("%1\n%2\n%3").arg(d.mediaType, d.artifactType, d.digest.toString());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole: {
        if (index.column() != NameColumn)
            return {};
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        if (!app)
            return {};
        switch (node->kind) {
        case NodeKind::Index:
            return app->style()->standardIcon(QStyle::SP_DirIcon);
        case NodeKind::Manifest:
        case NodeKind::Subject:
            return app->style()->standardIcon(QStyle::SP_FileDialogDetailedView);
        case NodeKind::Loading:
            return app->style()->standardIcon(QStyle::SP_BrowserReload);
        case NodeKind::Error:
            return app->style()->standardIcon(QStyle::SP_MessageBoxWarning);
        default:
            return app->style()->standardIcon(QStyle::SP_FileIcon);
        }
    }
    case ItemRole::DescriptorDigestRole:
        return placeholder ? QVariant() : QVariant(d.digest.toString());
    case ItemRole::DescriptorMediaTypeRole:
        return placeholder ? QVariant() : QVariant(d.mediaType);
    case ItemRole::DescriptorSizeRole:
        return placeholder ? QVariant() : QVariant(d.size);
    case ItemRole::ManifestNodeKindRole:
        return int(node->kind);
    case ItemRole::NodeLoadingRole:
        return node->kind == NodeKind::Loading;
    case ItemRole::NodeErrorRole:
        return node->kind == NodeKind::Error ? QVariant(node->error) : QVariant();
    default:
        return {};
    }
}

QVariant ManifestTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MediaTypeColumn:
        return tr("Media type");
    case SizeColumn:
        return tr("Size");
    case DigestColumn:
        return tr("Digest");
    default:
        return {};
    }
}

Qt::ItemFlags ManifestTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node* node = nodeOf(index);
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->kind == NodeKind::Loading || node->kind == NodeKind::Error || node->kind == NodeKind::Config ||
        node->kind == NodeKind::Layer || node->kind == NodeKind::Blob)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace lading::ui
