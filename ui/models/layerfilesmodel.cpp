#include "ui/models/layerfilesmodel.h"

#include "ui/models/itemroles.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>

namespace lading::ui {

using namespace Qt::StringLiterals;
using inspect::LayerEntry;
using inspect::LayerFileTree;
using Type = LayerEntry::Type;

namespace {

bool isGlob(const QString& pattern)
{
    return pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?')) ||
           pattern.contains(QLatin1Char('['));
}

} // namespace

LayerFilesModel::LayerFilesModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    if (QStyle* style = QApplication::style()) {
        m_folderIcon = style->standardIcon(QStyle::SP_DirIcon);
        m_fileIcon = style->standardIcon(QStyle::SP_FileIcon);
        m_linkIcon = style->standardIcon(QStyle::SP_FileLinkIcon);
    }
}

LayerFilesModel::~LayerFilesModel() = default;

void LayerFilesModel::setTree(std::shared_ptr<const LayerFileTree> tree, bool merged)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_filter.reset();
    m_merged = merged;
    endResetModel();
}

void LayerFilesModel::clear()
{
    setTree(nullptr, false);
}

std::shared_ptr<const LayerFilesModel::FilterResult>
LayerFilesModel::computeFilter(std::shared_ptr<const LayerFileTree> tree, const QString& pattern)
{
    const QString wanted = pattern.trimmed();
    if (!tree || wanted.isEmpty())
        return nullptr;
    auto result = std::make_shared<FilterResult>();
    result->tree = tree;
    result->pattern = wanted;
    const LayerFileTree& t = *tree;
    const size_t count = t.nodeIdLimit();
    result->visible.assign(count, 0);
    result->rows.assign(count, 0);
    result->slot.assign(count, FilterResult::NoSlot);

    const bool glob = isGlob(wanted);
    const bool globPath = glob && wanted.contains(QLatin1Char('/'));
    // A glob with a "/" matches the whole path or any tail of it starting at a folder ("guide/*.txt" finds
    // docs/guide/intro.txt); one without matches names.
    QRegularExpression expression;
    if (glob) {
        const QString body = QRegularExpression::wildcardToRegularExpression(
            wanted, QRegularExpression::UnanchoredWildcardConversion);
        expression.setPattern(globPath ? u"\\A(?:.*/)?(?:"_s + body + u")\\z"_s
                                       : u"\\A(?:"_s + body + u")\\z"_s);
        expression.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
    }

    // Depth first with the path built in one buffer: no string per node is kept.
    struct Step
    {
        NodeId node;
        qsizetype prefix; // length of the parent's path in the buffer
        bool insideMatch;
    };
    QString buffer;
    std::vector<Step> stack;
    for (auto it = t.children(LayerFileTree::RootId).rbegin(); it != t.children(LayerFileTree::RootId).rend();
         ++it)
        stack.push_back({*it, 0, false});
    result->visible[LayerFileTree::RootId] = 1;
    while (!stack.empty()) {
        const Step step = stack.back();
        stack.pop_back();
        buffer.truncate(step.prefix);
        if (step.prefix > 0)
            buffer += QLatin1Char('/');
        const QStringView name = t.nameView(step.node);
        buffer += name;
        bool matched = false;
        if (!glob)
            matched = buffer.contains(wanted, Qt::CaseInsensitive);
        else if (globPath)
            matched = expression.match(QStringView(buffer)).hasMatch();
        else
            matched = expression.match(name).hasMatch();
        if (matched) {
            ++result->matches;
            for (NodeId up = step.node; up != LayerFileTree::NoNode && !result->visible[up];
                 up = t.parent(up))
                result->visible[up] = 1;
        }
        const bool inside = step.insideMatch || matched;
        if (inside)
            result->visible[step.node] = 1;
        const std::vector<NodeId>& kids = t.children(step.node);
        const qsizetype length = buffer.size();
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack.push_back({*it, length, inside});
    }

    // The visible children of every visible folder, in the tree's order.
    t.walk(LayerFileTree::RootId, [&](NodeId node) {
        if (!result->visible[node])
            return false;
        std::vector<NodeId> kept;
        for (const NodeId kid : t.children(node)) {
            if (result->visible[kid]) {
                result->rows[kid] = quint32(kept.size());
                kept.push_back(kid);
            }
        }
        if (!kept.empty()) {
            result->slot[node] = quint32(result->children.size());
            result->children.push_back(std::move(kept));
        }
        return true;
    });
    return result;
}

void LayerFilesModel::setFilter(const QString& pattern)
{
    if (pattern.trimmed().isEmpty()) {
        applyFilter(nullptr);
        return;
    }
    applyFilter(computeFilter(m_tree, pattern));
}

void LayerFilesModel::applyFilter(std::shared_ptr<const FilterResult> filter)
{
    if (filter && filter->tree != m_tree)
        return; // made for a tree that is no longer shown
    beginResetModel();
    m_filter = std::move(filter);
    endResetModel();
}

QString LayerFilesModel::filterPattern() const
{
    return m_filter ? m_filter->pattern : QString();
}

qsizetype LayerFilesModel::filterMatches() const
{
    return m_filter ? m_filter->matches : -1;
}

const std::vector<LayerFilesModel::NodeId>* LayerFilesModel::childList(NodeId node) const
{
    if (!m_tree)
        return nullptr;
    if (!m_filter)
        return &m_tree->children(node);
    const quint32 slot = m_filter->slot[node];
    return slot == FilterResult::NoSlot ? nullptr : &m_filter->children[slot];
}

int LayerFilesModel::rowOf(NodeId node) const
{
    return m_filter ? int(m_filter->rows[node]) : m_tree->row(node);
}

LayerFilesModel::NodeId LayerFilesModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? NodeId(index.internalId()) : LayerFileTree::RootId;
}

LayerFilesModel::NodeId LayerFilesModel::nodeId(const QModelIndex& index) const
{
    return index.isValid() && m_tree ? nodeOf(index) : LayerFileTree::NoNode;
}

QModelIndex LayerFilesModel::indexOf(NodeId node, int column) const
{
    if (!m_tree || node == LayerFileTree::RootId || node == LayerFileTree::NoNode)
        return {};
    if (m_filter && !m_filter->visible[node])
        return {};
    return createIndex(rowOf(node), column, quintptr(node));
}

QModelIndex LayerFilesModel::indexOfPath(const QString& path) const
{
    return m_tree ? indexOf(m_tree->find(path)) : QModelIndex();
}

QString LayerFilesModel::path(const QModelIndex& index) const
{
    const NodeId node = nodeId(index);
    return node == LayerFileTree::NoNode ? QString() : m_tree->path(node);
}

QModelIndex LayerFilesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<NodeId>* kids = childList(nodeOf(parent));
    if (!kids || size_t(row) >= kids->size())
        return {};
    return createIndex(row, column, quintptr((*kids)[size_t(row)]));
}

QModelIndex LayerFilesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !m_tree)
        return {};
    return indexOf(m_tree->parent(nodeOf(child)));
}

int LayerFilesModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const std::vector<NodeId>* kids = childList(nodeOf(parent));
    return kids ? int(kids->size()) : 0;
}

int LayerFilesModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool LayerFilesModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags LayerFilesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!hasChildren(index.siblingAtColumn(0)))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QString LayerFilesModel::layerName(int layerIndex)
{
    return layerIndex < 0 ? QString() : tr("Layer %1").arg(layerIndex + 1);
}

QString LayerFilesModel::ownerText(NodeId node) const
{
    const QString user =
        m_tree->uname(node).isEmpty() ? QString::number(m_tree->uid(node)) : m_tree->uname(node);
    const QString group =
        m_tree->gname(node).isEmpty() ? QString::number(m_tree->gid(node)) : m_tree->gname(node);
    return user + QLatin1Char(':') + group;
}

QString LayerFilesModel::toolTip(NodeId node) const
{
    const LayerFileTree& t = *m_tree;
    QStringList lines{t.path(node)};
    switch (t.type(node)) {
    case Type::Whiteout:
        lines.append(tr("Whiteout: this layer deletes \"%1\" of the layers below it.").arg(t.name(node)));
        break;
    case Type::Hardlink:
        lines.append(tr("Hard link to %1").arg(t.linkTarget(node)));
        break;
    case Type::Symlink:
        lines.append(tr("Symbolic link to %1").arg(t.linkTarget(node)));
        break;
    case Type::Directory:
        if (t.isImplicit(node) && node != LayerFileTree::RootId)
            lines.append(m_merged ? tr("Folder implied by the entries below it.")
                                  : tr("Not in the layer itself: implied by the entries below it."));
        break;
    default:
        break;
    }
    if (!m_merged && t.isOpaque(node))
        lines.append(tr("Opaque folder: hides everything the layers below have in it."));
    if (!m_merged && t.hidesLower(node) && t.type(node) != Type::Whiteout)
        lines.append(tr("Also deletes what the layers below have under this name."));
    if (t.isUnsafe(node))
        lines.append(tr("Unsafe name: it was absolute or climbed out of the layer with \"..\". Shown here, "
                        "never extracted."));
    if (t.type(node) == Type::File)
        lines.append(tr("%L1 bytes").arg(t.size(node)));
    if (const auto digest = t.contentDigest(node))
        lines.append(digest->toString());
    lines.append(tr("Owner: uid %1, gid %2").arg(t.uid(node)).arg(t.gid(node)));
    if (m_merged && t.layerIndex(node) >= 0)
        lines.append(tr("From layer %1").arg(t.layerIndex(node) + 1));
    return lines.join(QLatin1Char('\n'));
}

QVariant LayerFilesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_tree)
        return {};
    const LayerFileTree& t = *m_tree;
    const NodeId node = nodeOf(index);
    const Type type = t.type(node);
    const bool whiteout = type == Type::Whiteout;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return t.name(node);
        case SizeColumn:
            if (whiteout || type == Type::Symlink || type == Type::Hardlink || type == Type::CharDevice ||
                type == Type::BlockDevice || type == Type::Fifo)
                return QString();
            return QLocale().formattedDataSize(t.totalSize(node));
        case ModeColumn:
            return LayerEntry::modeString(type, t.mode(node));
        case OwnerColumn:
            return whiteout ? QString() : ownerText(node);
        case LinkTargetColumn:
            if (type == Type::Hardlink)
                return tr("%1 (hard link)").arg(t.linkTarget(node));
            return t.linkTarget(node);
        case LayerColumn:
            return layerName(t.layerIndex(node));
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        if (type == Type::Directory)
            return m_folderIcon;
        return type == Type::Symlink ? m_linkIcon : m_fileIcon;
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::ForegroundRole:
        if (t.isUnsafe(node))
            return QColor(Qt::darkRed);
        if (whiteout)
            return QColor(Qt::gray);
        return {};
    case Qt::FontRole:
        if (!m_merged && (t.isOpaque(node) || whiteout)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemRole::LayerFilePathRole:
        return t.path(node);
    case ItemRole::LayerFileTypeRole:
        return int(type);
    case ItemRole::LayerFileSizeRole:
        return t.totalSize(node);
    case ItemRole::LayerFileModeRole:
        return int(t.mode(node));
    case ItemRole::LayerFileLayerRole:
        return t.layerIndex(node);
    case ItemRole::LayerFileLinkTargetRole:
        return t.linkTarget(node);
    case ItemRole::LayerFileWhiteoutRole:
        return whiteout || (!m_merged && t.isOpaque(node));
    case ItemRole::LayerFileUnsafeRole:
        return t.isUnsafe(node);
    case ItemRole::LayerFileContentDigestRole: {
        const auto digest = t.contentDigest(node);
        return digest ? digest->toString() : QString();
    }
    default:
        return {};
    }
}

QVariant LayerFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModeColumn:
        return tr("Mode");
    case OwnerColumn:
        return tr("Owner");
    case LinkTargetColumn:
        return tr("Link target");
    case LayerColumn:
        return tr("Layer");
    default:
        return {};
    }
}

} // namespace lading::ui
