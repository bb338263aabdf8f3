#pragma once

#include "ui/models/diffcategory.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace lading::ui {

// One section of a comparison as a flat table (structural JSON changes, annotations, layers, packages,
// referrers, platforms): rows of text cells, each row with a DiffCategory that colours it and that the
// category filter hides or shows, and a text filter over every cell. Rows are prepared as values (on a
// worker thread for big sections) and set at once; filtering resets the model once, never row by row,
// so tens of thousands of rows stay quick. Row order is the comparison's own (aligned, sorted by key):
// it carries meaning, so the model does not sort.
class DiffTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffTableModel)

public:
    struct Cell
    {
        QString text;
        QString toolTip; // empty: the text is the tooltip
        int badge = -1;  // an inspect::TrustBadge to show as the cell's icon; -1 none
    };
    struct Row
    {
        QList<Cell> cells;
        DiffCategory category = DiffCategory::Same;
        int key = -1; // what the row stands for in its section (an index), for the view's actions
    };

    explicit DiffTableModel(const QStringList& headers, QObject* parent = nullptr);
    ~DiffTableModel() override;

    // Replaces every row (one reset); the filter stays.
    void setRows(QList<Row> rows);
    void clear() { setRows({}); }
    const QList<Row>& rows() const { return m_rows; }
    const Row& rowAt(int visibleRow) const { return m_rows.at(m_visible.at(visibleRow)); }

    // Case-insensitive substring of any cell; empty shows every row.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }
    void setCategoryVisible(DiffCategory category, bool visible);
    bool isCategoryVisible(DiffCategory category) const;

    // Rows of `category` in the whole table, filter or not: the numbers next to the filter boxes.
    int count(DiffCategory category) const;
    int totalCount() const { return int(m_rows.size()); }

    // The texts of a column among the rows shown, top to bottom (tests, copying).
    QStringList columnTexts(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // After setRows or a filter change: counts and the rows shown may differ now.
    void rowsReplaced();

private:
    void refilter();
    bool accepts(const Row& row) const;

    QStringList m_headers;
    QList<Row> m_rows;
    std::vector<int> m_visible; // indexes into m_rows of the rows shown
    QString m_filterText;
    unsigned m_hiddenCategories = 0; // bit per DiffCategory
};

} // namespace lading::ui
