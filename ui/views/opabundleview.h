#pragma once

#include "core/inspect/opabundlereader.h"
#include "ui/widgets/noteslabel.h"

#include <QWidget>

class QTabWidget;

namespace lading::ui {

class FieldForm;
class ReadOnlyTable;

// An OPA bundle's contents: the .manifest (revision, roots, Rego version, metadata), whether it is signed,
// then its policies (with their packages), data documents and other files.
class OpaBundleView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpaBundleView)

public:
    explicit OpaBundleView(QWidget* parent = nullptr);
    ~OpaBundleView() override;

    void setBundle(const inspect::OpaBundle& bundle);

    FieldForm* fields() const { return m_fields; }
    ReadOnlyTable* policies() const { return m_policies; }
    ReadOnlyTable* dataFiles() const { return m_data; }
    ReadOnlyTable* otherFiles() const { return m_other; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* notes() const { return m_notes; }

private:
    FieldForm* m_fields;
    NotesLabel* m_notes;
    QTabWidget* m_tabs;
    ReadOnlyTable* m_policies;
    ReadOnlyTable* m_data;
    ReadOnlyTable* m_other;
};

} // namespace lading::ui
