#include "ui/models/difftablemodel.h"

#include "core/inspect/signatureverifier.h"
#include "ui/models/itemroles.h"
#include "ui/models/trustbadgecache.h"

#include <QBrush>

namespace lading::ui {

namespace {

unsigned bitOf(DiffCategory category)
{
    return 1u << unsigned(category);
}

} // namespace

DiffTableModel::DiffTableModel(const QStringList& headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{}

DiffTableModel::~DiffTableModel() = default;

void DiffTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    refilter();
    endResetModel();
    emit rowsReplaced();
}

void DiffTableModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    beginResetModel();
    m_filterText = trimmed;
    refilter();
    endResetModel();
    emit rowsReplaced();
}

void DiffTableModel::setCategoryVisible(DiffCategory category, bool visible)
{
    if (isCategoryVisible(category) == visible)
        return;
    beginResetModel();
    if (visible)
        m_hiddenCategories &= ~bitOf(category);
    else
        m_hiddenCategories |= bitOf(category);
    refilter();
    endResetModel();
    emit rowsReplaced();
}

bool DiffTableModel::isCategoryVisible(DiffCategory category) const
{
    return (m_hiddenCategories & bitOf(category)) == 0;
}

int DiffTableModel::count(DiffCategory category) const
{
    int n = 0;
    for (const Row& row : m_rows)
        n += row.category == category ? 1 : 0;
    return n;
}

QStringList DiffTableModel::columnTexts(int column) const
{
    QStringList texts;
    texts.reserve(qsizetype(m_visible.size()));
    for (int row : m_visible) {
        const QList<Cell>& cells = m_rows.at(row).cells;
        texts.append(column < cells.size() ? cells.at(column).text : QString());
    }
    return texts;
}

bool DiffTableModel::accepts(const Row& row) const
{
    if (!isCategoryVisible(row.category))
        return false;
    if (m_filterText.isEmpty())
        return true;
    for (const Cell& cell : row.cells) {
        if (cell.text.contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void DiffTableModel::refilter()
{
    m_visible.clear();
    m_visible.reserve(size_t(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        if (accepts(m_rows.at(i)))
            m_visible.push_back(i);
    }
}

int DiffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int DiffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant DiffTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(m_visible.at(size_t(index.row())));
    const Cell* cell = index.column() < row.cells.size() ? &row.cells.at(index.column()) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return cell ? cell->text : QString();
    case Qt::ToolTipRole:
        if (!cell)
            return {};
        return cell->toolTip.isEmpty() ? (cell->text.isEmpty() ? QVariant() : QVariant(cell->text))
                                       : QVariant(cell->toolTip);
    case Qt::DecorationRole:
        if (cell && cell->badge >= 0)
            return TrustBadgeCache::icon(inspect::TrustBadge(cell->badge));
        return {};
    case Qt::BackgroundRole: {
        const QColor colour = diffBackground(row.category);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    case ItemRole::DiffCategoryRole:
        return int(row.category);
    default:
        return {};
    }
}

QVariant DiffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_headers.at(section);
}

Qt::ItemFlags DiffTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace lading::ui
