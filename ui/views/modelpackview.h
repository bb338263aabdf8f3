#pragma once

#include "core/inspect/modelpacksummary.h"
#include "ui/widgets/noteslabel.h"

#include <QWidget>

namespace lading::ui {

class FieldForm;
class ReadOnlyTable;

// A ModelPack model: what the config says (name, family, version, architecture, format, parameters,
// precision, quantization, capabilities), then its files with path, role, packaging and size.
class ModelPackView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPackView)

public:
    explicit ModelPackView(QWidget* parent = nullptr);
    ~ModelPackView() override;

    void setModel(const inspect::ModelPack& model);

    FieldForm* fields() const { return m_fields; }
    ReadOnlyTable* files() const { return m_files; }
    QLabel* notes() const { return m_notes; }

private:
    FieldForm* m_fields;
    NotesLabel* m_notes;
    ReadOnlyTable* m_files;
};

} // namespace lading::ui
