#pragma once

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QTimer>

namespace lading::ui {

// A filter over a flat list (repositories, tags) that stays instant on 100,000 rows. The filter is a
// case-insensitive substring; rows keep the source's order (nothing is sorted, ever). Rows whose
// ItemRole::GroupedRole is true (signature and referrer tags) are hidden unless showGrouped(); when shown
// they follow every other row, so they never sit between real tags.
//
// Why not QSortFilterProxyModel: it re-maps on every source insert and re-runs the whole filter on the
// GUI thread at every keystroke. Here each source row's key is case-folded once when it arrives, a filter
// change scans those keys in slices of at most timeBudget() ms per event-loop turn, and the result
// replaces the mapping in one layout change that keeps persistent indexes (the selection) where they were.
// Rows the source appends are matched as they come.
class ListFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFilterProxy)

public:
    explicit ListFilterProxy(QObject* parent = nullptr);
    ~ListFilterProxy() override;

    void setSourceModel(QAbstractItemModel* source) override;

    // Rows must contain `text` (case-insensitive, surrounding spaces ignored); empty shows every row. A
    // non-empty filter over a PagedListModel has it fetch every page while it is on, so the filter sees the
    // whole list.
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    void setShowGrouped(bool show);
    bool showGrouped() const { return m_wantGrouped; }

    // Source rows in the group (shown or not).
    int groupedCount() const { return m_groupedTotal; }
    // Grouped rows that match the filter but are hidden because showGrouped() is off.
    int hiddenGroupedCount() const { return m_hiddenGrouped; }
    // A filter change is still being matched (long lists are matched over several event-loop turns).
    bool isFiltering() const { return m_pass.active; }
    // How long one matching slice may keep the event loop (default 8 ms).
    void setTimeBudget(int milliseconds) { m_budgetMs = qMax(1, milliseconds); }
    int timeBudget() const { return m_budgetMs; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

signals:
    // rowCount(), groupedCount() or hiddenGroupedCount() changed.
    void countsChanged();
    // A filter or group change took effect (after its last slice).
    void filterApplied();

private:
    struct Pass
    {
        bool active = false;
        QString needle;
        bool showGrouped = false;
        int position = 0;
        QList<int> normal;
        QList<int> grouped;
        int hiddenGrouped = 0;
    };

    void requestPass(bool force = false);
    void passStep();
    void applyPass();
    void filterAllNow();
    void appendCache(int first, int last);
    bool matches(int sourceRow, const QString& needle) const
    {
        return needle.isEmpty() || m_keys.at(sourceRow).contains(needle);
    }
    void rebuildReverse() const;
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void beginSourceReset();
    void endSourceReset();

    QString m_text;       // as typed
    QString m_wantNeedle; // folded: what the user asked for
    bool m_wantGrouped = false;
    QString m_needle; // folded: what m_rows shows
    bool m_shownGrouped = false;

    QStringList m_keys;   // per source row, case-folded
    QByteArray m_grouped; // per source row, 1 when grouped
    int m_groupedTotal = 0;

    QList<int> m_rows; // proxy row → source row: matching normal rows, then matching grouped rows
    int m_normalCount = 0;
    int m_columns = 0; // the source's column count, kept so index() costs nothing
    int m_hiddenGrouped = 0;
    mutable QList<int> m_reverse; // source row → proxy row or -1
    mutable bool m_reverseDirty = true;

    Pass m_pass;
    QTimer m_passTimer;
    int m_budgetMs = 8;
    bool m_inSourceReset = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace lading::ui
