#include "ui/views/wasmmoduleview.h"

#include "ui/widgets/contentssplitter.h"
#include "ui/widgets/fieldform.h"
#include "ui/widgets/readonlytable.h"

#include <QLocale>
#include <QTabWidget>

namespace lading::ui {

WasmModuleView::WasmModuleView(QWidget* parent)
    : FieldsAndListsView(QStringLiteral("wasmModuleView"), QStringLiteral("wasm"), parent)
{
    QTabWidget* tabs = addTabs();
    m_imports =
        new ReadOnlyTable({tr("Module"), tr("Name"), tr("Kind")}, QStringLiteral("wasmImports"), tabs);
    m_exports = new ReadOnlyTable({tr("Name"), tr("Kind")}, QStringLiteral("wasmExports"), tabs);
    m_sections = new ReadOnlyTable({tr("ID"), tr("Section"), tr("Size"), tr("Entries"), tr("Offset")},
                                   QStringLiteral("wasmSections"), tabs);
    for (int column : {0, 2, 3, 4})
        m_sections->setNumericColumn(column);
    tabs->addTab(m_imports, tr("Imports"));
    tabs->addTab(m_exports, tr("Exports"));
    tabs->addTab(m_sections, tr("Sections"));
    splitter()->setShares(1, 3);
}

WasmModuleView::~WasmModuleView() = default;

void WasmModuleView::setContents(const inspect::WasmContents& contents)
{
    const inspect::WasmModule& module = contents.module;
    QList<FieldForm::Field> fields;
    fields.append({tr("Binary"), module.component ? tr("Component (pre-standard version 0x%1, layer %2)")
                                                        .arg(module.version, 2, 16, QLatin1Char('0'))
                                                        .arg(module.layer)
                                                  : tr("Core module (version %1)").arg(module.version)});
    fields.append({tr("File"), contents.layerTitle.isEmpty()
                                   ? QLocale().formattedDataSize(module.fileSize)
                                   : tr("%1 · %2").arg(contents.layerTitle,
                                                       QLocale().formattedDataSize(module.fileSize))});
    fields.append(
        {tr("Sections"), tr("%1 (%2 custom)").arg(module.sections.size()).arg(module.customSectionCount())});
    fields.append({tr("Imports"), QString::number(module.imports.size())});
    fields.append({tr("Exports"), QString::number(module.exports.size())});
    for (const auto& field : contents.configFields)
        fields.append({field.label, field.value});
    setFields(fields);
    setNotes(module.notes);

    QList<QStringList> rows;
    for (const auto& entry : module.imports)
        rows.append({entry.module, entry.name, entry.kind});
    m_imports->setRows(rows);
    // Components import by one name: the module column says nothing there.
    m_imports->setColumnHidden(0, module.component);
    rows.clear();
    for (const auto& entry : module.exports)
        rows.append({entry.name, entry.kind});
    m_exports->setRows(rows);
    rows.clear();
    for (const auto& section : module.sections) {
        rows.append({QString::number(section.id),
                     section.customName.isEmpty() ? section.name
                                                  : tr("%1 “%2”").arg(section.name, section.customName),
                     QLocale().formattedDataSize(section.size),
                     section.itemCount >= 0 ? QString::number(section.itemCount) : QString(),
                     QString::number(section.offset)});
    }
    m_sections->setRows(rows);
    tabs()->setTabText(0, tr("Imports (%1)").arg(module.imports.size()));
    tabs()->setTabText(1, tr("Exports (%1)").arg(module.exports.size()));
    tabs()->setTabText(2, tr("Sections (%1)").arg(module.sections.size()));
}

} // namespace lading::ui
