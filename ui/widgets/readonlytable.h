#pragma once

#include <QStringList>
#include <QTableWidget>

namespace lading::ui {

// A table of text for the Contents views: read-only, whole rows selected, alternating colours, every cell
// with its text as tooltip, the last column stretched. Rows are replaced as a whole.
class ReadOnlyTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyTable)

public:
    ReadOnlyTable(const QStringList& headers, const QString& objectName, QWidget* parent = nullptr);

    // Replaces every row; short rows are padded with empty cells.
    void setRows(const QList<QStringList>& rows);
    // The cells of a column, top to bottom (for tests and copying).
    QStringList columnTexts(int column) const;
    // Right-aligned cells (sizes, counts).
    void setNumericColumn(int column) { m_numericColumns.append(column); }

private:
    QList<int> m_numericColumns;
};

} // namespace lading::ui
