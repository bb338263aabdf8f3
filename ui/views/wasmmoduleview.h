#pragma once

#include "core/inspect/wasmmodulereader.h"
#include "ui/views/fieldsandlistsview.h"

namespace lading::ui {

class ReadOnlyTable;

// A WebAssembly artifact's contents: module or component, version, size and the config's fields, then its
// imports, exports and sections.
class WasmModuleView final : public FieldsAndListsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WasmModuleView)

public:
    explicit WasmModuleView(QWidget* parent = nullptr);
    ~WasmModuleView() override;

    void setContents(const inspect::WasmContents& contents);

    ReadOnlyTable* imports() const { return m_imports; }
    ReadOnlyTable* exports() const { return m_exports; }
    ReadOnlyTable* sections() const { return m_sections; }

private:
    ReadOnlyTable* m_imports;
    ReadOnlyTable* m_exports;
    ReadOnlyTable* m_sections;
};

} // namespace lading::ui
