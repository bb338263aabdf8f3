#pragma once

#include "core/inspect/wasmmodulereader.h"
#include "ui/widgets/noteslabel.h"

#include <QWidget>

class QTabWidget;

namespace lading::ui {

class FieldForm;
class ReadOnlyTable;

// A WebAssembly artifact's contents: module or component, version, size and the config's fields, then its
// imports, exports and sections.
class WasmModuleView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WasmModuleView)

public:
    explicit WasmModuleView(QWidget* parent = nullptr);
    ~WasmModuleView() override;

    void setContents(const inspect::WasmContents& contents);

    FieldForm* fields() const { return m_fields; }
    ReadOnlyTable* imports() const { return m_imports; }
    ReadOnlyTable* exports() const { return m_exports; }
    ReadOnlyTable* sections() const { return m_sections; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* notes() const { return m_notes; }

private:
    FieldForm* m_fields;
    NotesLabel* m_notes;
    QTabWidget* m_tabs;
    ReadOnlyTable* m_imports;
    ReadOnlyTable* m_exports;
    ReadOnlyTable* m_sections;
};

} // namespace lading::ui
