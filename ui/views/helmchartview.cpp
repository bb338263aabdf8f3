#include "ui/views/helmchartview.h"

#include "ui/widgets/contentssplitter.h"
#include "ui/widgets/fieldform.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/textviewer.h"

#include <QLocale>
#include <QTabWidget>

namespace lading::ui {

HelmChartView::HelmChartView(QWidget* parent)
    : FieldsAndListsView(QStringLiteral("helmChartView"), QStringLiteral("helm"), parent)
{
    QTabWidget* tabs = addTabs();
    m_templates = new ReadOnlyTable({tr("Template"), tr("Size")}, QStringLiteral("helmTemplates"), tabs);
    m_templates->setNumericColumn(1);
    m_values = new TextViewer(tabs);
    m_values->setObjectName(QStringLiteral("helmValues"));
    m_readme = new TextViewer(tabs);
    m_readme->setObjectName(QStringLiteral("helmReadme"));
    m_chartYaml = new TextViewer(tabs);
    m_chartYaml->setObjectName(QStringLiteral("helmChartYaml"));
    tabs->addTab(m_templates, tr("Templates"));
    tabs->addTab(m_values, QStringLiteral("values.yaml"));
    tabs->addTab(m_readme, tr("README"));
    tabs->addTab(m_chartYaml, QStringLiteral("Chart.yaml"));
    splitter()->setShares(2, 3);
}

HelmChartView::~HelmChartView() = default;

void HelmChartView::setChart(const inspect::HelmChart& chart)
{
    QList<FieldForm::Field> fields;
    for (const auto& field : chart.fields)
        fields.append({field.label, field.value});
    fields.append({tr("Keywords"), chart.keywords.join(QLatin1String(", "))});
    fields.append({tr("Sources"), chart.sources.join(QLatin1Char('\n'))});
    QStringList maintainers;
    for (const auto& m : chart.maintainers) {
        QString text = m.name;
        if (!m.email.isEmpty())
            text += QStringLiteral(" <%1>").arg(m.email);
        if (!m.url.isEmpty())
            text += QLatin1Char(' ') + m.url;
        maintainers.append(text.trimmed());
    }
    fields.append({tr("Maintainers"), maintainers.join(QLatin1Char('\n'))});
    QStringList dependencies;
    for (const auto& d : chart.dependencies) {
        QString text = d.alias.isEmpty() ? d.name : tr("%1 (as %2)").arg(d.name, d.alias);
        if (!d.version.isEmpty())
            text += QLatin1Char(' ') + d.version;
        if (!d.repository.isEmpty())
            text += tr(" from %1").arg(d.repository);
        if (!d.condition.isEmpty())
            text += tr(", if %1").arg(d.condition);
        dependencies.append(text);
    }
    fields.append({tr("Dependencies"), dependencies.join(QLatin1Char('\n'))});
    const QString unpacked = QLocale().formattedDataSize(chart.unpackedSize);
    fields.append({tr("Files"), chart.fileCount == 1
                                    ? tr("1 file, %1 unpacked").arg(unpacked)
                                    : tr("%1 files, %2 unpacked").arg(chart.fileCount).arg(unpacked)});
    if (chart.hasProvenance)
        fields.append({tr("Provenance"), tr("signed: the chart has a provenance (.prov) layer")});
    setFields(fields);

    QStringList notes = chart.notes;
    if (chart.unsafeEntries > 0)
        notes.append(tr("Archive entries with an unsafe name (absolute or with \"..\") were ignored: %1.")
                         .arg(chart.unsafeEntries));
    if (chart.listingTruncated)
        notes.append(tr("The archive has too many entries; only the first ones are listed."));
    setNotes(notes);

    QList<QStringList> rows;
    for (const auto& file : chart.templates)
        rows.append({file.path, QLocale().formattedDataSize(file.size)});
    m_templates->setRows(rows);
    tabs()->setTabText(0, tr("Templates (%1)").arg(chart.templates.size()));

    if (chart.values.isPresent())
        m_values->setExcerpt(chart.values);
    else
        m_values->setMessage(tr("This chart has no values.yaml."));
    if (chart.readme.isPresent())
        m_readme->setMarkdownExcerpt(chart.readme);
    else
        m_readme->setMessage(tr("This chart has no README."));
    m_chartYaml->setExcerpt(chart.chartYaml);
}

} // namespace lading::ui
