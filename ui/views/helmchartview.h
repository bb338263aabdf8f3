#pragma once

#include "core/inspect/helmchartreader.h"
#include "ui/views/fieldsandlistsview.h"

namespace lading::ui {

class ReadOnlyTable;
class TextViewer;

// A Helm chart's contents: Chart.yaml's fields (with maintainers, dependencies, keywords and sources), then
// tabs for the templates, values.yaml, the README (Markdown) and Chart.yaml's own text.
class HelmChartView final : public FieldsAndListsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelmChartView)

public:
    explicit HelmChartView(QWidget* parent = nullptr);
    ~HelmChartView() override;

    void setChart(const inspect::HelmChart& chart);

    ReadOnlyTable* templates() const { return m_templates; }
    TextViewer* values() const { return m_values; }
    TextViewer* readme() const { return m_readme; }
    TextViewer* chartYaml() const { return m_chartYaml; }

private:
    ReadOnlyTable* m_templates;
    TextViewer* m_values;
    TextViewer* m_readme;
    TextViewer* m_chartYaml;
};

} // namespace lading::ui
