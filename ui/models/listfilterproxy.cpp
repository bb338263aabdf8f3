#include "ui/models/listfilterproxy.h"

#include "ui/models/itemroles.h"
#include "ui/models/pagedlistmodel.h"

#include <QElapsedTimer>

namespace lading::ui {

namespace {
QString fold(const QString& text)
{
    return text.trimmed().toCaseFolded();
}
constexpr int kRowsBetweenClockChecks = 1024;
} // namespace

ListFilterProxy::ListFilterProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{
    m_passTimer.setSingleShot(true);
    m_passTimer.setInterval(0);
    connect(&m_passTimer, &QTimer::timeout, this, &ListFilterProxy::passStep);
}

ListFilterProxy::~ListFilterProxy() = default;

void ListFilterProxy::setSourceModel(QAbstractItemModel* source)
{
    beginResetModel();
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        // Every change other than an append at the end is rare for these lists; it rebuilds the mapping.
        m_connections = {
            connect(source, &QAbstractItemModel::rowsInserted, this, &ListFilterProxy::sourceRowsInserted),
            connect(source, &QAbstractItemModel::dataChanged, this, &ListFilterProxy::sourceDataChanged),
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                    &ListFilterProxy::beginSourceReset),
            connect(source, &QAbstractItemModel::modelReset, this, &ListFilterProxy::endSourceReset),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &ListFilterProxy::beginSourceReset),
            connect(source, &QAbstractItemModel::rowsRemoved, this, &ListFilterProxy::endSourceReset),
            connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this,
                    &ListFilterProxy::beginSourceReset),
            connect(source, &QAbstractItemModel::rowsMoved, this, &ListFilterProxy::endSourceReset),
            connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this,
                    &ListFilterProxy::beginSourceReset),
            connect(source, &QAbstractItemModel::columnsInserted, this, &ListFilterProxy::endSourceReset),
            connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                    &ListFilterProxy::beginSourceReset),
            connect(source, &QAbstractItemModel::columnsRemoved, this, &ListFilterProxy::endSourceReset),
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    &ListFilterProxy::beginSourceReset),
            connect(source, &QAbstractItemModel::layoutChanged, this, &ListFilterProxy::endSourceReset),
            connect(source, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
        };
    }
    filterAllNow();
    endResetModel();
    emit countsChanged();
    if (auto* paged = qobject_cast<PagedListModel*>(source); paged && !m_wantNeedle.isEmpty())
        paged->setFetchEverything(true);
}

void ListFilterProxy::setFilterText(const QString& text)
{
    m_text = text;
    const QString needle = fold(text);
    if (needle == m_wantNeedle)
        return;
    m_wantNeedle = needle;
    // The filter must see every row, not only those scrolled into view so far (also after the list reloads).
    if (auto* paged = qobject_cast<PagedListModel*>(sourceModel()))
        paged->setFetchEverything(!needle.isEmpty());
    requestPass();
}

void ListFilterProxy::setShowGrouped(bool show)
{
    if (show == m_wantGrouped)
        return;
    m_wantGrouped = show;
    requestPass();
}

void ListFilterProxy::requestPass(bool force)
{
    if (!sourceModel())
        return;
    if (!force && !m_pass.active && m_wantNeedle == m_needle && m_wantGrouped == m_shownGrouped)
        return;
    // A new pass replaces one still running: the user typed on, only the latest text matters.
    m_pass = Pass();
    m_pass.active = true;
    m_pass.needle = m_wantNeedle;
    m_pass.showGrouped = m_wantGrouped;
    m_passTimer.stop();
    passStep(); // small lists finish right here
}

void ListFilterProxy::passStep()
{
    if (!m_pass.active)
        return;
    QElapsedTimer clock;
    clock.start();
    const QString& needle = m_pass.needle;
    const int end = int(m_keys.size());
    while (m_pass.position < end) {
        const int stop = qMin(end, m_pass.position + kRowsBetweenClockChecks);
        for (int row = m_pass.position; row < stop; ++row) {
            if (!matches(row, needle))
                continue;
            if (!m_grouped.at(row))
                m_pass.normal.append(row);
            else if (m_pass.showGrouped)
                m_pass.grouped.append(row);
            else
                ++m_pass.hiddenGrouped;
        }
        m_pass.position = stop;
        if (clock.elapsed() >= m_budgetMs)
            break;
    }
    if (m_pass.position < int(m_keys.size())) {
        m_passTimer.start(); // the rest after the event loop had its turn
        return;
    }
    applyPass();
}

void ListFilterProxy::applyPass()
{
    Pass pass = std::move(m_pass);
    m_pass = Pass();
    QList<int> rows = std::move(pass.normal);
    const int normalCount = int(rows.size());
    rows += pass.grouped;
    m_needle = pass.needle;
    m_shownGrouped = pass.showGrouped;
    const bool countsDiffer = rows.size() != m_rows.size() || pass.hiddenGrouped != m_hiddenGrouped;
    m_hiddenGrouped = pass.hiddenGrouped;
    if (rows == m_rows) {
        m_normalCount = normalCount;
        if (countsDiffer)
            emit countsChanged();
        emit filterApplied();
        return;
    }

    // One layout change instead of a reset: the view keeps its selection and current row when they
    // still match, and persistent indexes of rows filtered out become invalid.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex& index : before)
        sourceRows.append(index.row() >= 0 && index.row() < m_rows.size() ? m_rows.at(index.row()) : -1);
    m_rows = std::move(rows);
    m_normalCount = normalCount;
    rebuildReverse();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int source = sourceRows.at(i);
        const int row = source >= 0 && source < m_reverse.size() ? m_reverse.at(source) : -1;
        after.append(row >= 0 ? createIndex(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    emit countsChanged();
    emit filterApplied();
}

void ListFilterProxy::filterAllNow()
{
    m_passTimer.stop();
    m_pass = Pass();
    m_keys.clear();
    m_grouped.clear();
    m_groupedTotal = 0;
    m_rows.clear();
    m_normalCount = 0;
    m_hiddenGrouped = 0;
    m_reverse.clear();
    m_reverseDirty = true;
    m_needle = m_wantNeedle;
    m_shownGrouped = m_wantGrouped;
    m_columns = sourceModel() ? sourceModel()->columnCount() : 0;
    if (!sourceModel())
        return;
    const int count = sourceModel()->rowCount();
    if (count == 0)
        return;
    appendCache(0, count - 1);
    QList<int> grouped;
    for (int row = 0; row < count; ++row) {
        if (!matches(row, m_needle))
            continue;
        if (!m_grouped.at(row))
            m_rows.append(row);
        else if (m_shownGrouped)
            grouped.append(row);
        else
            ++m_hiddenGrouped;
    }
    m_normalCount = int(m_rows.size());
    m_rows += grouped;
}

void ListFilterProxy::appendCache(int first, int last)
{
    const QAbstractItemModel* source = sourceModel();
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = source->index(row, 0);
        // Case-folding once per row is what makes every later keystroke a plain substring search.
        m_keys.append(index.data(Qt::DisplayRole).toString().toCaseFolded());
        const bool grouped = index.data(ItemRole::GroupedRole).toBool();
        m_grouped.append(char(grouped ? 1 : 0));
        m_groupedTotal += grouped ? 1 : 0;
    }
}

void ListFilterProxy::rebuildReverse() const
{
    m_reverse.fill(-1, m_keys.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_reverse[m_rows.at(i)] = i;
    m_reverseDirty = false;
}

void ListFilterProxy::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (first != m_keys.size()) {
        // Not an append: start over (the models here only append).
        beginResetModel();
        filterAllNow();
        endResetModel();
        emit countsChanged();
        return;
    }
    appendCache(first, last);
    // New rows are matched against what is shown now; a pass still running reaches them too.
    QList<int> normal;
    QList<int> grouped;
    for (int row = first; row <= last; ++row) {
        if (!matches(row, m_needle))
            continue;
        if (!m_grouped.at(row))
            normal.append(row);
        else if (m_shownGrouped)
            grouped.append(row);
        else
            ++m_hiddenGrouped;
    }
    m_reverseDirty = true;
    if (!normal.isEmpty()) {
        beginInsertRows({}, m_normalCount, m_normalCount + int(normal.size()) - 1);
        m_rows.insert(m_normalCount, normal.size(), 0);
        std::copy(normal.cbegin(), normal.cend(), m_rows.begin() + m_normalCount);
        m_normalCount += int(normal.size());
        endInsertRows();
    }
    if (!grouped.isEmpty()) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(grouped.size()) - 1);
        m_rows += grouped;
        endInsertRows();
    }
    emit countsChanged();
}

void ListFilterProxy::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    bool keysChanged = false;
    int firstProxy = -1;
    int lastProxy = -1;
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_keys.size(); ++row) {
        const QModelIndex index = sourceModel()->index(row, 0);
        const QString key = index.data(Qt::DisplayRole).toString().toCaseFolded();
        const char grouped = char(index.data(ItemRole::GroupedRole).toBool() ? 1 : 0);
        if (key != m_keys.at(row) || grouped != m_grouped.at(row)) {
            m_groupedTotal += int(grouped) - int(m_grouped.at(row));
            m_keys[row] = key;
            m_grouped[row] = grouped;
            keysChanged = true;
        }
        const int proxyRow = mapFromSource(index).row();
        if (proxyRow >= 0) {
            firstProxy = firstProxy < 0 ? proxyRow : qMin(firstProxy, proxyRow);
            lastProxy = qMax(lastProxy, proxyRow);
        }
    }
    if (firstProxy >= 0)
        emit dataChanged(index(firstProxy, 0), index(lastProxy, columnCount() - 1));
    if (keysChanged) {
        requestPass(true); // match everything again, as for a new filter
    }
}

void ListFilterProxy::beginSourceReset()
{
    if (m_inSourceReset)
        return;
    m_inSourceReset = true;
    beginResetModel();
}

void ListFilterProxy::endSourceReset()
{
    if (!m_inSourceReset)
        return;
    m_inSourceReset = false;
    filterAllNow();
    endResetModel();
    emit countsChanged();
}

QModelIndex ListFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    // Views call this for every row when they lay out: no virtual calls into the source here.
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns)
        return {};
    return createIndex(row, column);
}

QModelIndex ListFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

int ListFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

bool ListFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex ListFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ListFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid())
        return {};
    if (m_reverseDirty)
        rebuildReverse();
    const int row = sourceIndex.row() < m_reverse.size() ? m_reverse.at(sourceIndex.row()) : -1;
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

} // namespace lading::ui
