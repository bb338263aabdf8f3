#pragma once

#include "ui/models/difftablemodel.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <utility>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace lading::ui {

class StateStack;

// One section of a comparison as a filtered table: a filter field, a check box per category with its
// count ("Added (3)", "Only left (1)") that hides or shows those rows, a note above (where an SBOM came
// from, each side's verification) and the table itself, or a message in its place when the section was
// not compared or has nothing to show.
class DiffTablePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffTablePane)

public:
    DiffTablePane(const QStringList& headers, const QString& objectName, QWidget* parent = nullptr);
    ~DiffTablePane() override;

    // A check box per category, in this order, labelled "label (count)"; rows of other categories are
    // always shown.
    void setCategories(const QList<std::pair<DiffCategory, QString>>& labels);
    // Replaces the rows; `emptyMessage` is shown when there are none.
    void setRows(QList<DiffTableModel::Row> rows, const QString& emptyMessage);
    // The section was not compared: `message` says why; no rows.
    void setMessage(const QString& message);
    void setNote(const QString& note);
    // Starting widths of the first columns (the last one stretches).
    void setColumnWidths(const QList<int>& widths);

    DiffTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    QCheckBox* categoryBox(DiffCategory category) const { return m_boxes.value(int(category)); }
    QLabel* noteLabel() const { return m_note; }
    QLabel* countLabel() const { return m_count; }
    StateStack* stateStack() const { return m_state; }

private:
    void updateState();

    DiffTableModel* m_model;
    QLineEdit* m_filter;
    QWidget* m_boxRow;
    QHash<int, QCheckBox*> m_boxes;
    QHash<int, QString> m_labels;
    QLabel* m_count;
    QLabel* m_note;
    QTableView* m_view;
    StateStack* m_state;
    QString m_emptyMessage;
    bool m_compared = true;
};

} // namespace lading::ui
