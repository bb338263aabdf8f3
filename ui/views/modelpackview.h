#pragma once

#include "core/inspect/modelpacksummary.h"
#include "ui/views/fieldsandlistsview.h"

namespace lading::ui {

class ReadOnlyTable;

// A ModelPack model: what the config says (name, family, version, architecture, format, parameters,
// precision, quantization, capabilities), then its files with path, role, packaging and size.
class ModelPackView final : public FieldsAndListsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPackView)

public:
    explicit ModelPackView(QWidget* parent = nullptr);
    ~ModelPackView() override;

    void setModel(const inspect::ModelPack& model);

    ReadOnlyTable* files() const { return m_files; }

private:
    ReadOnlyTable* m_files;
};

} // namespace lading::ui
