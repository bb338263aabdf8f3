#include "ui/widgets/readonlytable.h"

#include <QHeaderView>

namespace lading::ui {

ReadOnlyTable::ReadOnlyTable(const QStringList& headers, const QString& objectName, QWidget* parent)
    : QTableWidget(0, int(headers.size()), parent)
{
    setObjectName(objectName);
    setHorizontalHeaderLabels(headers);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideMiddle);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

void ReadOnlyTable::setRows(const QList<QStringList>& rows)
{
    clearContents();
    setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList& cells = rows.at(row);
        for (int column = 0; column < columnCount(); ++column) {
            const QString text = cells.value(column);
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            if (m_numericColumns.contains(column))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(row, column, item);
        }
    }
    for (int column = 0; column + 1 < columnCount(); ++column)
        resizeColumnToContents(column);
}

QStringList ReadOnlyTable::columnTexts(int column) const
{
    QStringList texts;
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem* it = item(row, column);
        texts.append(it ? it->text() : QString());
    }
    return texts;
}

} // namespace lading::ui
