#include "ui/models/filediffmodel.h"

#include "core/inspect/layerentry.h"
#include "ui/models/itemroles.h"

#include <QApplication>
#include <QBrush>
#include <QHash>
#include <QLocale>
#include <QStyle>

namespace lading::ui {

using inspect::ChangeKind;
using inspect::FileChange;
using inspect::LayerEntry;

namespace {

unsigned bitOf(ChangeKind kind)
{
    return 1u << unsigned(kind);
}

QString sizeText(const std::optional<LayerEntry>& entry)
{
    if (!entry || (entry->type != LayerEntry::Type::File && entry->type != LayerEntry::Type::Hardlink))
        return {};
    return QLocale().formattedDataSize(entry->size);
}

QString modeText(const std::optional<LayerEntry>& entry)
{
    return entry ? entry->modeString() : QString();
}

QString digestText(const std::optional<LayerEntry>& entry)
{
    if (!entry)
        return {};
    if (entry->type == LayerEntry::Type::Symlink)
        return QStringLiteral("→ ") + entry->linkTarget;
    return entry->contentDigest ? entry->contentDigest->shortForm() : QString();
}

QString fullDigest(const std::optional<LayerEntry>& entry)
{
    return entry && entry->contentDigest ? entry->contentDigest->toString() : QString();
}

} // namespace

FileDiffModel::FileDiffModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    if (QStyle* style = QApplication::style()) {
        m_folderIcon = style->standardIcon(QStyle::SP_DirIcon);
        m_fileIcon = style->standardIcon(QStyle::SP_FileIcon);
        m_linkIcon = style->standardIcon(QStyle::SP_FileLinkIcon);
    }
}

FileDiffModel::~FileDiffModel() = default;

std::shared_ptr<const FileDiffModel::Tree> FileDiffModel::buildTree(const QList<FileChange>& changes)
{
    auto tree = std::make_shared<Tree>();
    tree->changes = changes;
    tree->nodes.reserve(size_t(changes.size()) + 16);
    tree->nodes.push_back(Tree::Node{});
    QHash<QString, int> folders; // path → node, for the folders made so far
    folders.reserve(changes.size());
    folders.insert(QString(), 0);

    // The node of `path`, with every folder above it made on the way (parents always get lower numbers
    // than their children, which refilter() relies on).
    const auto ensure = [&](const QString& path, auto& self) -> int {
        if (const auto known = folders.constFind(path); known != folders.constEnd())
            return *known;
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const int parent = slash < 0 ? 0 : self(path.left(slash), self);
        Tree::Node node;
        node.name = path.mid(slash + 1);
        node.parent = parent;
        const int id = int(tree->nodes.size());
        tree->nodes.push_back(std::move(node));
        tree->nodes[size_t(parent)].children.push_back(id);
        folders.insert(path, id);
        return id;
    };

    for (int i = 0; i < changes.size(); ++i) {
        const FileChange& change = changes.at(i);
        int id = -1;
        if (change.path.isEmpty()) {
            // The root folder itself (its mode or owner changed): a row of its own, named "/".
            Tree::Node node;
            node.name = QStringLiteral("/");
            node.parent = 0;
            id = int(tree->nodes.size());
            tree->nodes.push_back(std::move(node));
            tree->nodes[0].children.push_back(id);
        } else {
            id = ensure(change.path, ensure);
            if (tree->nodes[size_t(id)].change >= 0) {
                // The same path twice (never from FileSystemDiff): a sibling row rather than a lost change.
                Tree::Node node;
                node.name = tree->nodes[size_t(id)].name;
                node.parent = tree->nodes[size_t(id)].parent;
                const int parent = node.parent;
                id = int(tree->nodes.size());
                tree->nodes.push_back(std::move(node));
                tree->nodes[size_t(parent)].children.push_back(id);
            }
        }
        tree->nodes[size_t(id)].change = i;
        tree->counts.add(change.kind);
        for (int up = id; up >= 0; up = tree->nodes[size_t(up)].parent)
            tree->nodes[size_t(up)].below.add(change.kind);
    }
    return tree;
}

void FileDiffModel::setTree(std::shared_ptr<const Tree> tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    refilter();
    endResetModel();
    emit filterApplied();
}

void FileDiffModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    beginResetModel();
    m_filterText = trimmed;
    refilter();
    endResetModel();
    emit filterApplied();
}

void FileDiffModel::setKindVisible(ChangeKind kind, bool visible)
{
    if (isKindVisible(kind) == visible)
        return;
    beginResetModel();
    if (visible)
        m_hiddenKinds &= ~bitOf(kind);
    else
        m_hiddenKinds |= bitOf(kind);
    refilter();
    endResetModel();
    emit filterApplied();
}

bool FileDiffModel::isKindVisible(ChangeKind kind) const
{
    return (m_hiddenKinds & bitOf(kind)) == 0;
}

int FileDiffModel::changeCount() const
{
    return m_tree ? int(m_tree->changes.size()) : 0;
}

void FileDiffModel::refilter()
{
    m_children.clear();
    m_rows.clear();
    m_visibleChanges = 0;
    if (!m_tree)
        return;
    const size_t n = m_tree->nodes.size();
    std::vector<quint8> visible(n, 0);
    // Children have higher numbers than their parents: one pass from the end marks every node that
    // matches, and the folders above it.
    for (size_t i = n; i-- > 1;) {
        const Tree::Node& node = m_tree->nodes[i];
        if (node.change >= 0) {
            const FileChange& change = m_tree->changes.at(node.change);
            if (isKindVisible(change.kind) &&
                (m_filterText.isEmpty() || change.path.contains(m_filterText, Qt::CaseInsensitive))) {
                visible[i] = 1;
                ++m_visibleChanges;
            }
        }
        if (visible[i] && node.parent >= 0)
            visible[size_t(node.parent)] = 1;
    }
    m_children.resize(n);
    m_rows.assign(n, -1);
    for (size_t p = 0; p < n; ++p) {
        if (p != 0 && !visible[p])
            continue;
        for (int child : m_tree->nodes[p].children) {
            if (!visible[size_t(child)])
                continue;
            m_rows[size_t(child)] = int(m_children[p].size());
            m_children[p].push_back(child);
        }
    }
}

int FileDiffModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

const FileChange* FileDiffModel::change(const QModelIndex& index) const
{
    if (!m_tree || !index.isValid())
        return nullptr;
    const int c = m_tree->nodes[size_t(nodeOf(index))].change;
    return c >= 0 ? &m_tree->changes.at(c) : nullptr;
}

QString FileDiffModel::nodePath(int node) const
{
    if (!m_tree || node <= 0)
        return {};
    const Tree::Node& n = m_tree->nodes[size_t(node)];
    if (n.change >= 0)
        return m_tree->changes.at(n.change).path;
    const QString above = nodePath(n.parent);
    return above.isEmpty() ? n.name : above + QLatin1Char('/') + n.name;
}

QString FileDiffModel::path(const QModelIndex& index) const
{
    return nodePath(nodeOf(index));
}

QModelIndex FileDiffModel::indexOfPath(const QString& path, int column) const
{
    if (!m_tree)
        return {};
    QModelIndex current;
    int node = 0;
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& segment : segments) {
        int found = -1;
        for (int child : m_children[size_t(node)]) {
            if (m_tree->nodes[size_t(child)].name == segment) {
                found = child;
                break;
            }
        }
        if (found < 0)
            return {};
        node = found;
        current = createIndex(m_rows[size_t(node)], 0, quintptr(node));
    }
    return current.isValid() ? current.siblingAtColumn(column) : current;
}

QModelIndex FileDiffModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!m_tree || row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    const std::vector<int>& children = m_children[size_t(nodeOf(parent))];
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex FileDiffModel::parent(const QModelIndex& child) const
{
    if (!m_tree || !child.isValid())
        return {};
    const int parent = m_tree->nodes[size_t(nodeOf(child))].parent;
    if (parent <= 0)
        return {};
    return createIndex(m_rows[size_t(parent)], 0, quintptr(parent));
}

int FileDiffModel::rowCount(const QModelIndex& parent) const
{
    if (!m_tree || parent.column() > 0)
        return 0;
    return int(m_children[size_t(nodeOf(parent))].size());
}

int FileDiffModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool FileDiffModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QString FileDiffModel::aspectsText(int aspects)
{
    QStringList parts;
    if (aspects & FileChange::Type)
        parts.append(tr("type"));
    if (aspects & FileChange::Content)
        parts.append(tr("content"));
    else if (aspects & FileChange::Size)
        parts.append(tr("size"));
    if (aspects & FileChange::Mode)
        parts.append(tr("mode"));
    if (aspects & FileChange::Owner)
        parts.append(tr("owner"));
    if (aspects & FileChange::LinkTarget)
        parts.append(tr("link target"));
    return parts.join(QStringLiteral(", "));
}

QString FileDiffModel::changeText(const FileChange& change)
{
    switch (change.kind) {
    case ChangeKind::Added:
        return tr("Added");
    case ChangeKind::Removed:
        return tr("Removed");
    case ChangeKind::Changed: {
        const QString aspects = aspectsText(change.aspects);
        return aspects.isEmpty() ? tr("Changed") : tr("Changed: %1").arg(aspects);
    }
    }
    return {};
}

QVariant FileDiffModel::cellText(int node, int column) const
{
    const Tree::Node& n = m_tree->nodes[size_t(node)];
    const FileChange* c = n.change >= 0 ? &m_tree->changes.at(n.change) : nullptr;
    switch (Column(column)) {
    case NameColumn:
        return n.name;
    case ChangeColumn:
        if (c)
            return changeText(*c);
        {
            // A folder that only holds changes: how many of each kind below it.
            QStringList parts;
            if (n.below.added)
                parts.append(QStringLiteral("+%1").arg(n.below.added));
            if (n.below.removed)
                parts.append(QStringLiteral("−%1").arg(n.below.removed));
            if (n.below.changed)
                parts.append(QStringLiteral("~%1").arg(n.below.changed));
            return parts.join(QLatin1Char(' '));
        }
    case LeftSizeColumn:
        return c ? sizeText(c->left) : QString();
    case RightSizeColumn:
        return c ? sizeText(c->right) : QString();
    case LeftModeColumn:
        return c ? modeText(c->left) : QString();
    case RightModeColumn:
        return c ? modeText(c->right) : QString();
    case DigestColumn:
        if (!c)
            return QString();
        if (c->kind == ChangeKind::Changed && (c->aspects & (FileChange::Content | FileChange::LinkTarget)))
            return QString(digestText(c->left) + QStringLiteral(" → ") + digestText(c->right));
        return digestText(c->right ? c->right : c->left);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FileDiffModel::data(const QModelIndex& index, int role) const
{
    if (!m_tree || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int node = nodeOf(index);
    const Tree::Node& n = m_tree->nodes[size_t(node)];
    const FileChange* c = n.change >= 0 ? &m_tree->changes.at(n.change) : nullptr;
    const DiffCategory category = c ? diffCategoryOf(c->kind) : DiffCategory::Same;
    switch (role) {
    case Qt::DisplayRole:
        return cellText(node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return nodePath(node);
        if (index.column() == DigestColumn && c) {
            QStringList lines;
            if (!fullDigest(c->left).isEmpty())
                lines.append(tr("Left: %1").arg(fullDigest(c->left)));
            if (!fullDigest(c->right).isEmpty())
                lines.append(tr("Right: %1").arg(fullDigest(c->right)));
            return lines.isEmpty() ? cellText(node, index.column()) : QVariant(lines.join(QLatin1Char('\n')));
        }
        return cellText(node, index.column());
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        if (!n.children.empty() || (c && c->entry().isDirectory()))
            return m_folderIcon;
        if (c && c->entry().type == LayerEntry::Type::Symlink)
            return m_linkIcon;
        return m_fileIcon;
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && c)
            return QBrush(diffForeground(category));
        return {};
    case Qt::BackgroundRole: {
        const QColor colour = diffBackground(category);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (index.column() == LeftSizeColumn || index.column() == RightSizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemRole::DiffCategoryRole:
        return int(category);
    case ItemRole::FileDiffPathRole:
        return nodePath(node);
    case ItemRole::FileDiffAspectsRole:
        return c ? c->aspects : 0;
    default:
        return {};
    }
}

QVariant FileDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case ChangeColumn:
        return tr("Change");
    case LeftSizeColumn:
        return tr("Size left");
    case RightSizeColumn:
        return tr("Size right");
    case LeftModeColumn:
        return tr("Mode left");
    case RightModeColumn:
        return tr("Mode right");
    case DigestColumn:
        return tr("Digest");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags FileDiffModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!hasChildren(index.siblingAtColumn(0)))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace lading::ui
