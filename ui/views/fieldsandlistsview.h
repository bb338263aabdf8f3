#pragma once

#include "ui/widgets/fieldform.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace lading::ui {

class ContentsSplitter;
class NotesLabel;

// The Contents views that show an artifact's fields, with notes under them, above its lists (Helm chart, OPA
// bundle, WASM module, ModelPack model): the frame they share and the parts tests and callers look at. Each
// view adds its lists (as tabs, or one list) and fills everything from what core/inspect read.
class FieldsAndListsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldsAndListsView)

public:
    ~FieldsAndListsView() override;

    FieldForm* fields() const { return m_fields; }
    QLabel* notes() const;
    // The lists' tabs; null in a view with a single list.
    QTabWidget* tabs() const { return m_tabs; }

protected:
    // `objectName` names the view, `prefix` its parts: "<prefix>Fields", "<prefix>Notes", "<prefix>Tabs".
    FieldsAndListsView(const QString& objectName, const QString& prefix, QWidget* parent);

    ContentsSplitter* splitter() const { return m_splitter; }
    // The lists as tabs below the fields (once).
    QTabWidget* addTabs();
    void setFields(const QList<FieldForm::Field>& fields) { m_fields->setFields(fields); }
    // One note a line; the label hides while there is none.
    void setNotes(const QStringList& notes);

private:
    QString m_prefix;
    ContentsSplitter* m_splitter;
    FieldForm* m_fields;
    NotesLabel* m_notes;
    QTabWidget* m_tabs = nullptr;
};

} // namespace lading::ui
