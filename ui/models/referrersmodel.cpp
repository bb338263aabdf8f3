#include "ui/models/referrersmodel.h"

#include "core/oci/mediatypes.h"
#include "ui/appcontext.h"
#include "ui/models/itemroles.h"
#include "ui/models/trustbadgecache.h"
#include "ui/util/async.h"
#include "ui/util/dateformat.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QIcon>
#include <QLocale>
#include <QStyle>

#include <vector>

namespace lading::ui {

struct ReferrersModel::Node
{
    quint64 id = 0;
    Node* parent = nullptr;
    RowType type = RowType::Referrer;
    store::Referrer referrer;
    store::Location location;
    // From the referrer's own manifest, fetched as soon as the row exists.
    std::optional<oci::ArtifactClass> artifactClass;
    QString manifestArtifactType;
    QString manifestCreated;
    QString classifyError;
    // Its own referrers.
    Children children = Children::Unknown;
    bool cycle = false;
    QString message; // Error rows
    std::vector<std::unique_ptr<Node>> rows;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->rows.size(); ++i) {
            if (parent->rows[i].get() == this)
                return static_cast<int>(i);
        }
        return 0;
    }
    const oci::Digest& digest() const { return referrer.descriptor.digest; }
};

namespace {

struct ListResult
{
    bool ok = false;
    Error error;
    oci::Digest subject; // resolved, when the subject was a tag
    QList<store::Referrer> referrers;
};

struct ClassifyResult
{
    bool ok = false;
    Error error;
    oci::ArtifactClass artifactClass;
    QString artifactType;
    QString created;
};

// A referrer lives in the repository (or layout) of its subject, named by its digest.
store::Location referrerLocation(const store::Location& subject, const oci::Digest& digest)
{
    store::Location location = subject;
    if (location.isRegistry()) {
        location.reference = location.reference.withoutTag().withDigest(digest);
    } else {
        location.tag.clear();
        location.digest = digest;
    }
    return location;
}

QString createdOf(const oci::Annotations& annotations)
{
    return annotations.value(QString(oci::Annotation::Created));
}

} // namespace

ReferrersModel::ReferrersModel(AppContext& context, QObject* parent)
    : QAbstractItemModel(parent)
    , m_context(context)
{
    m_root = std::make_unique<Node>();
    connect(&m_context.trustBadges(), &TrustBadgeCache::badgeReady, this,
            [this](const QString&, const QString&, const QString& key) { onBadgeReady(key); });
    connect(&m_context.trustBadges(), &TrustBadgeCache::cleared, this, &ReferrersModel::onBadgesCleared);
    // A write into the subject's repository (another signature attached…): the rows' badges ask again.
    connect(&m_context.trustBadges(), &TrustBadgeCache::forgotten, this, [this](const QString& storeKey) {
        if (storeKey == AppContext::storeKey(m_subject))
            onBadgesCleared();
    });
}

ReferrersModel::~ReferrersModel() = default;

void ReferrersModel::setSubject(const store::Location& subject)
{
    m_subject = subject;
    reload();
}

store::Location ReferrersModel::subject() const
{
    return m_subject;
}

void ReferrersModel::reload()
{
    beginResetModel();
    clearNodes();
    endResetModel();
    if (m_subject.isRegistry() ? m_subject.reference.repository().isEmpty() : m_subject.path.isEmpty()) {
        m_state = State::Idle;
        emit stateChanged();
        return;
    }
    loadRoot();
}

void ReferrersModel::clearNodes()
{
    // Node ids are never reused, so a reply for a node of an older subject finds nothing and is dropped.
    m_nodes.clear();
    m_badgeWaiting.clear();
    m_root = std::make_unique<Node>();
    m_root->id = m_nextId++;
    m_root->location = m_subject;
    if (m_subject.hasDigest())
        m_root->referrer.descriptor.digest =
            m_subject.isRegistry() ? m_subject.reference.digest() : m_subject.digest;
    m_nodes.insert(m_root->id, m_root.get());
    m_error = {};
    m_signatures = m_sboms = m_attestations = -1;
    m_referrerCount = 0;
}

ReferrersModel::Node* ReferrersModel::makeNode(Node* parent)
{
    auto* node = new Node;
    node->id = m_nextId++;
    node->parent = parent;
    m_nodes.insert(node->id, node);
    if (parent)
        parent->rows.emplace_back(node);
    return node;
}

void ReferrersModel::forget(Node* node)
{
    for (const auto& child : node->rows)
        forget(child.get());
    m_nodes.remove(node->id);
    if (node->type == RowType::Referrer)
        --m_referrerCount;
}

void ReferrersModel::loadRoot()
{
    m_state = State::Loading;
    emit stateChanged();
    loadChildren(m_root.get());
}

void ReferrersModel::loadChildren(Node* node)
{
    node->children = Children::Loading;
    const quint64 id = node->id;
    const bool isRoot = node == m_root.get();
    if (!isRoot) {
        const QModelIndex index = indexOf(node);
        emit dataChanged(index, index.siblingAtColumn(ColumnCount - 1), {ItemRole::ReferrerLoadingRole});
        // The "loading" row goes in on the next turn of the event loop: fetchMore may be called while a view
        // or a model tester is in the middle of handling another change.
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                Node* n = m_nodes.value(id);
                if (!n || n->children != Children::Loading || !n->rows.empty())
                    return;
                beginInsertRows(indexOf(n), 0, 0);
                makeNode(n)->type = RowType::Loading;
                endInsertRows();
            },
            Qt::QueuedConnection);
    }
    AppContext& context = m_context;
    const store::Location location = node->location;
    const oci::Digest digest = node->digest();
    runAsync(
        this,
        [&context, location, digest] {
            ListResult result;
            auto store = context.store(location);
            if (!store) {
                result.error = store.error();
                return result;
            }
            result.subject = digest;
            if (!result.subject.isValid()) {
                auto resolved = store.value()->resolve(location.manifestReference());
                if (!resolved) {
                    result.error = resolved.error();
                    return result;
                }
                result.subject = resolved->digest;
            }
            auto referrers = store.value()->referrers(result.subject);
            if (!referrers) {
                result.error = referrers.error();
                return result;
            }
            result.referrers = referrers.value();
            result.ok = true;
            return result;
        },
        [this, id](const ListResult& result) {
            Node* n = m_nodes.value(id);
            if (!n || n->children != Children::Loading)
                return;
            const bool isRoot = n == m_root.get();
            if (!n->rows.empty()) {
                // The loading row (an error row was removed by retry()).
                beginRemoveRows(indexOf(n), 0, static_cast<int>(n->rows.size()) - 1);
                for (const auto& child : n->rows)
                    forget(child.get());
                n->rows.clear();
                endRemoveRows();
            }
            if (!result.ok) {
                n->children = Children::Failed;
                if (isRoot) {
                    m_error = result.error;
                    m_state = State::Failed;
                    emit stateChanged();
                    return;
                }
                beginInsertRows(indexOf(n), 0, 0);
                Node* error = makeNode(n);
                error->type = RowType::Error;
                error->message = result.error.message;
                endInsertRows();
                const QModelIndex index = indexOf(n);
                emit dataChanged(index, index.siblingAtColumn(ColumnCount - 1),
                                 {ItemRole::ReferrerLoadingRole});
                return;
            }
            n->children = Children::Loaded;
            if (isRoot) {
                n->referrer.descriptor.digest = result.subject;
                insertReferrers(n, result.referrers);
                m_state = State::Loaded;
                updateCounts();
                emit stateChanged();
                return;
            }
            insertReferrers(n, result.referrers);
            const QModelIndex index = indexOf(n);
            emit dataChanged(index, index.siblingAtColumn(ColumnCount - 1), {ItemRole::ReferrerLoadingRole});
        });
}

void ReferrersModel::insertReferrers(Node* parent, const QList<store::Referrer>& referrers)
{
    if (referrers.isEmpty())
        return;
    QList<Node*> added;
    beginInsertRows(indexOf(parent), 0, static_cast<int>(referrers.size()) - 1);
    for (const store::Referrer& referrer : referrers) {
        Node* node = makeNode(parent);
        node->referrer = referrer;
        node->location = referrerLocation(parent->location, referrer.descriptor.digest);
        // Only a forged or broken fallback index can make a manifest refer to itself through others (a
        // subject's digest is part of its referrer's bytes); show the edge once and stop there.
        for (const Node* ancestor = parent; ancestor; ancestor = ancestor->parent) {
            if (ancestor->digest() == referrer.descriptor.digest) {
                node->cycle = true;
                node->children = Children::Loaded;
                break;
            }
        }
        ++m_referrerCount;
        added.append(node);
    }
    endInsertRows();
    for (Node* node : added)
        classify(node);
}

void ReferrersModel::classify(Node* node)
{
    AppContext& context = m_context;
    const store::Location location = node->location;
    const store::Referrer referrer = node->referrer;
    const quint64 id = node->id;
    runAsync(
        this,
        [&context, location, referrer] {
            ClassifyResult result;
            auto store = context.store(location);
            if (!store) {
                result.error = store.error();
                return result;
            }
            auto manifest = store.value()->fetchManifest(referrer.descriptor.digest.toString());
            if (!manifest) {
                result.error = manifest.error();
                return result;
            }
            // cosign's tags name what the manifest is when its layers do not.
            const QString tagHint = referrer.descriptor.annotations.value(QString(oci::Annotation::RefName));
            result.artifactClass = oci::ArtifactClassifier::classify(manifest.value(), tagHint);
            result.artifactType = manifest->effectiveArtifactType();
            result.created = createdOf(manifest->annotations());
            result.ok = true;
            return result;
        },
        [this, id](const ClassifyResult& result) {
            Node* n = m_nodes.value(id);
            if (!n)
                return;
            if (result.ok) {
                n->artifactClass = result.artifactClass;
                n->manifestArtifactType = result.artifactType;
                n->manifestCreated = result.created;
            } else {
                // Still counted and shown: as far as the referrers list tells.
                oci::ArtifactClass fallback;
                if (auto kind = oci::ArtifactClassifier::kindOfType(n->referrer.descriptor.artifactType))
                    fallback.kind = *kind;
                fallback.type = n->referrer.descriptor.artifactType;
                n->artifactClass = fallback;
                n->classifyError = result.error.message;
            }
            const QModelIndex index = indexOf(n);
            emit dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
            if (n->parent == m_root.get())
                updateCounts();
        });
}

void ReferrersModel::updateCounts()
{
    if (m_state != State::Loaded && m_state != State::Loading)
        return;
    int signatures = 0;
    int sboms = 0;
    int attestations = 0;
    for (const auto& node : m_root->rows) {
        if (!node->artifactClass)
            return;
        const QString icon = node->artifactClass->iconName();
        if (icon == QLatin1String("signature"))
            ++signatures;
        else if (icon == QLatin1String("sbom"))
            ++sboms;
        else if (icon == QLatin1String("attestation"))
            ++attestations;
    }
    if (signatures == m_signatures && sboms == m_sboms && attestations == m_attestations)
        return;
    m_signatures = signatures;
    m_sboms = sboms;
    m_attestations = attestations;
    emit countsChanged(signatures, sboms, attestations);
}

QVariant ReferrersModel::badgeData(const Node* node, int role) const
{
    const Node* subject = node->parent;
    if (!subject || !subject->digest().isValid() || !node->digest().isValid())
        return {};
    TrustBadgeCache& cache = m_context.trustBadges();
    const std::optional<oci::Digest> subjectDigest = subject->digest();
    // Tooltips tell what is known; painting the column (or asking the role) asks for it.
    const std::optional<TrustBadgeInfo> info = role == Qt::ToolTipRole
                                                   ? cache.cached(node->location, subjectDigest)
                                                   : cache.badge(node->location, subjectDigest);
    if (!info && role != Qt::ToolTipRole) {
        QList<quint64>& waiting = m_badgeWaiting[TrustBadgeCache::requestKey(node->location, subjectDigest)];
        if (!waiting.contains(node->id))
            waiting.append(node->id);
    }
    switch (role) {
    case ItemRole::TrustBadgeRole:
        return info && info->ok ? int(info->badge) : -1;
    case Qt::DisplayRole:
        return info ? info->label : tr("Checking…");
    case Qt::EditRole:
        return info && info->ok ? int(info->badge) : -1;
    case Qt::DecorationRole:
        if (info && info->ok)
            return TrustBadgeCache::icon(info->badge);
        return {};
    case Qt::ToolTipRole:
        return info ? info->toolTip() : tr("Checking signatures…");
    default:
        return {};
    }
}

void ReferrersModel::onBadgeReady(const QString& key)
{
    const auto it = m_badgeWaiting.constFind(key);
    if (it == m_badgeWaiting.constEnd())
        return;
    const QList<quint64> ids = *it;
    m_badgeWaiting.erase(it);
    for (const quint64 id : ids) {
        if (const Node* node = m_nodes.value(id)) {
            const QModelIndex changed = indexOf(node, TrustColumn);
            emit dataChanged(changed, changed);
        }
    }
}

void ReferrersModel::onBadgesCleared()
{
    m_badgeWaiting.clear();
    // A graph is small: every row's badge column is asked again.
    for (const Node* node : std::as_const(m_nodes)) {
        if (node->type == RowType::Referrer && node != m_root.get()) {
            const QModelIndex changed = indexOf(node, TrustColumn);
            emit dataChanged(changed, changed);
        }
    }
}

int ReferrersModel::directCount() const
{
    return m_state == State::Loaded ? static_cast<int>(m_root->rows.size()) : 0;
}

void ReferrersModel::retry(const QModelIndex& index)
{
    Node* node = nodeOf(index);
    if (!node)
        return;
    if (node->type == RowType::Error)
        node = node->parent;
    if (node == m_root.get()) {
        reload();
        return;
    }
    if (node->type != RowType::Referrer || node->children != Children::Failed)
        return;
    if (!node->rows.empty()) {
        beginRemoveRows(indexOf(node), 0, static_cast<int>(node->rows.size()) - 1);
        for (const auto& child : node->rows)
            forget(child.get());
        node->rows.clear();
        endRemoveRows();
    }
    loadChildren(node);
}

ReferrersModel::RowType ReferrersModel::rowType(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    return node ? node->type : RowType::Referrer;
}

store::Location ReferrersModel::location(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    return node && node->type == RowType::Referrer ? node->location : store::Location();
}

std::optional<store::Referrer> ReferrersModel::referrer(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    if (!node || node->type != RowType::Referrer)
        return std::nullopt;
    return node->referrer;
}

std::optional<oci::ArtifactClass> ReferrersModel::artifactClass(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    return node ? node->artifactClass : std::nullopt;
}

QModelIndex ReferrersModel::findChild(const QString& digest, const QModelIndex& parent) const
{
    const Node* node = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!node)
        return {};
    for (const auto& child : node->rows) {
        if (child->type == RowType::Referrer && child->digest().toString() == digest)
            return indexOf(child.get());
    }
    return {};
}

QString ReferrersModel::sourceName(store::ReferrerSource source)
{
    switch (source) {
    case store::ReferrerSource::Api:
        return tr("Referrers API");
    case store::ReferrerSource::FallbackTag:
        return tr("Fallback tag");
    case store::ReferrerSource::CosignTag:
        return tr("Cosign tag");
    case store::ReferrerSource::Layout:
        return tr("Layout");
    }
    return {};
}

QIcon ReferrersModel::kindIcon(const QString& iconName)
{
    static QHash<QString, QIcon> cache;
    if (auto it = cache.constFind(iconName); it != cache.constEnd())
        return *it;
    QIcon icon;
    // The kind icons the window ships (resources/icons/kinds); the style's where one is missing.
    const QString path = QStringLiteral(":/icons/kinds/%1.svg").arg(iconName);
    if (QFile::exists(path))
        icon = QIcon(path);
    if (icon.isNull() && qobject_cast<QApplication*>(QCoreApplication::instance())) {
        QStyle* style = QApplication::style();
        QStyle::StandardPixmap pixmap = QStyle::SP_FileIcon;
        if (iconName == QLatin1String("signature"))
            pixmap = QStyle::SP_DialogApplyButton;
        else if (iconName == QLatin1String("sbom"))
            pixmap = QStyle::SP_FileDialogDetailedView;
        else if (iconName == QLatin1String("attestation"))
            pixmap = QStyle::SP_FileDialogInfoView;
        else if (iconName == QLatin1String("image"))
            pixmap = QStyle::SP_DriveHDIcon;
        else if (iconName == QLatin1String("files"))
            pixmap = QStyle::SP_DirIcon;
        else if (iconName == QLatin1String("unknown"))
            pixmap = QStyle::SP_MessageBoxQuestion;
        icon = style->standardIcon(pixmap);
    }
    cache.insert(iconName, icon);
    return icon;
}

ReferrersModel::Node* ReferrersModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node*>(index.internalPointer());
}

QModelIndex ReferrersModel::indexOf(const Node* node, int column) const
{
    if (!node || node == m_root.get() || !node->parent)
        return {};
    return createIndex(node->row(), column, const_cast<Node*>(node));
}

QModelIndex ReferrersModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node* node = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!node || row >= static_cast<int>(node->rows.size()))
        return {};
    return createIndex(row, column, node->rows[static_cast<size_t>(row)].get());
}

QModelIndex ReferrersModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    if (!node || !node->parent)
        return {};
    return indexOf(node->parent);
}

int ReferrersModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node* node = parent.isValid() ? nodeOf(parent) : m_root.get();
    return node ? static_cast<int>(node->rows.size()) : 0;
}

int ReferrersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

bool ReferrersModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node* node = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!node || node->type != RowType::Referrer)
        return false;
    if (node == m_root.get() || node->cycle)
        return !node->rows.empty();
    // Not asked yet: it may have referrers, and the expander is how the user asks.
    return node->children != Children::Loaded || !node->rows.empty();
}

bool ReferrersModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* node = nodeOf(parent);
    return node && node->type == RowType::Referrer && !node->cycle && node->children == Children::Unknown;
}

void ReferrersModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    loadChildren(nodeOf(parent));
}

Qt::ItemFlags ReferrersModel::flags(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    if (node->type == RowType::Loading)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (node->type == RowType::Error)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ReferrersModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeOf(index);
    if (!node)
        return {};
    const int column = index.column();

    switch (role) {
    case ItemRole::ReferrerRowTypeRole:
        return static_cast<int>(node->type);
    case ItemRole::ReferrerLoadingRole:
        return node->type == RowType::Loading ||
               (node->type == RowType::Referrer && node->children == Children::Loading);
    case ItemRole::ReferrerErrorRole:
        return node->type == RowType::Error ? QVariant(node->message) : QVariant();
    default:
        break;
    }

    if (node->type == RowType::Loading) {
        if (role == Qt::DisplayRole && column == KindColumn)
            return tr("Loading referrers…");
        return {};
    }
    if (node->type == RowType::Error) {
        if (column != KindColumn)
            return {};
        if (role == Qt::DisplayRole)
            return tr("Could not load referrers: %1").arg(node->message);
        if (role == Qt::ToolTipRole)
            return tr("%1\nDouble-click to try again.").arg(node->message);
        if (role == Qt::DecorationRole && qobject_cast<QApplication*>(QCoreApplication::instance()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    }

    if (role == ItemRole::TrustBadgeRole ||
        (column == TrustColumn && (role == Qt::DisplayRole || role == Qt::EditRole ||
                                   role == Qt::DecorationRole || role == Qt::ToolTipRole)))
        return badgeData(node, role);

    const oci::Descriptor& descriptor = node->referrer.descriptor;
    const QString artifactType =
        !descriptor.artifactType.isEmpty() ? descriptor.artifactType : node->manifestArtifactType;
    const QString created = !createdOf(descriptor.annotations).isEmpty() ? createdOf(descriptor.annotations)
                                                                         : node->manifestCreated;
    // Until the manifest is here, what the referrers list says.
    oci::ArtifactClass shown;
    if (node->artifactClass) {
        shown = *node->artifactClass;
    } else if (auto kind = oci::ArtifactClassifier::kindOfType(descriptor.artifactType)) {
        shown.kind = *kind;
        shown.type = descriptor.artifactType;
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case KindColumn:
            if (!node->artifactClass && shown.kind == oci::ArtifactKind::Unknown)
                return tr("…");
            return node->cycle ? tr("%1 (cycle)").arg(shown.label()) : shown.label();
        case ArtifactTypeColumn:
            return artifactType.isEmpty() ? descriptor.mediaType : artifactType;
        case CreatedColumn:
            return DateFormat::text(created);
        case DigestColumn:
            return descriptor.digest.shortForm();
        case SourceColumn:
            return sourceName(node->referrer.source);
        default:
            return {};
        }
    case Qt::EditRole:
        // Raw values, for sorting and copying.
        switch (column) {
        case KindColumn:
            return shown.label();
        case ArtifactTypeColumn:
            return artifactType;
        case CreatedColumn:
            return created;
        case DigestColumn:
            return descriptor.digest.toString();
        case SourceColumn:
            return static_cast<int>(node->referrer.source);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == KindColumn && (node->artifactClass || shown.kind != oci::ArtifactKind::Unknown))
            return kindIcon(shown.iconName());
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << descriptor.digest.toString();
        if (!descriptor.mediaType.isEmpty())
            lines << descriptor.mediaType;
        if (!created.isEmpty())
            lines << tr("Created %1").arg(DateFormat::utc(created));
        if (node->referrer.source == store::ReferrerSource::CosignTag)
            lines << tr("Found under the tag %1")
                         .arg(descriptor.annotations.value(QString(oci::Annotation::RefName)));
        if (node->cycle)
            lines << tr("This manifest is also one of its own subjects here; it is not expanded again.");
        if (!node->classifyError.isEmpty())
            lines << tr("Could not read the manifest: %1").arg(node->classifyError);
        return lines.join(QLatin1Char('\n'));
    }
    case ItemRole::ReferrerDigestRole:
        return descriptor.digest.toString();
    case ItemRole::ReferrerMediaTypeRole:
        return descriptor.mediaType;
    case ItemRole::ReferrerSourceRole:
        return static_cast<int>(node->referrer.source);
    case ItemRole::ArtifactKindRole:
        return node->artifactClass ? static_cast<int>(node->artifactClass->kind) : -1;
    case ItemRole::ArtifactIconNameRole:
        return node->artifactClass ? node->artifactClass->iconName() : QString();
    case ItemRole::ReferrerCycleRole:
        return node->cycle;
    default:
        return {};
    }
}

QVariant ReferrersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ArtifactTypeColumn:
        return tr("Artifact type");
    case CreatedColumn:
        return tr("Created");
    case DigestColumn:
        return tr("Digest");
    case SourceColumn:
        return tr("Found through");
    case TrustColumn:
        return tr("Trust");
    default:
        return {};
    }
}

} // namespace lading::ui
