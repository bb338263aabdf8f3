#include "ui/views/opabundleview.h"

#include "ui/widgets/contentssplitter.h"
#include "ui/widgets/fieldform.h"
#include "ui/widgets/readonlytable.h"

#include <QLocale>
#include <QTabWidget>

namespace lading::ui {

OpaBundleView::OpaBundleView(QWidget* parent)
    : FieldsAndListsView(QStringLiteral("opaBundleView"), QStringLiteral("opa"), parent)
{
    QTabWidget* tabs = addTabs();
    m_policies =
        new ReadOnlyTable({tr("Policy"), tr("Package"), tr("Size")}, QStringLiteral("opaPolicies"), tabs);
    m_policies->setNumericColumn(2);
    m_data = new ReadOnlyTable({tr("Data file"), tr("Size")}, QStringLiteral("opaData"), tabs);
    m_data->setNumericColumn(1);
    m_other = new ReadOnlyTable({tr("File")}, QStringLiteral("opaOther"), tabs);
    tabs->addTab(m_policies, tr("Policies"));
    tabs->addTab(m_data, tr("Data"));
    tabs->addTab(m_other, tr("Other files"));
    splitter()->setShares(1, 3);
}

OpaBundleView::~OpaBundleView() = default;

void OpaBundleView::setBundle(const inspect::OpaBundle& bundle)
{
    QList<FieldForm::Field> fields;
    fields.append({tr("Layout"), bundle.perFileLayers ? tr("one layer per file (conftest)")
                                                      : tr("a bundle archive (opa build)")});
    if (bundle.hasManifest) {
        fields.append({tr("Revision"), bundle.revision.isEmpty() ? tr("(none)") : bundle.revision});
        fields.append({tr("Roots"), bundle.roots.isEmpty() ? tr("(all of data)")
                                                           : bundle.roots.join(QLatin1String(", "))});
        if (bundle.regoVersion)
            fields.append({tr("Rego version"), *bundle.regoVersion == 1 ? tr("v1") : tr("v0")});
        fields.append({tr("Metadata"), bundle.metadataJson});
    } else {
        fields.append({tr("Manifest"), tr("none (.manifest is optional)")});
    }
    fields.append({tr("Signatures"), bundle.hasSignatures ? tr("yes (.signatures.json)") : tr("none")});
    setFields(fields);

    QStringList notes = bundle.notes;
    if (bundle.unsafeEntries > 0)
        notes.append(tr("Entries with an unsafe name (absolute or with \"..\") were ignored: %1.")
                         .arg(bundle.unsafeEntries));
    if (bundle.listingTruncated)
        notes.append(tr("The archive has too many entries; only the first ones are listed."));
    setNotes(notes);

    const QLocale locale;
    QList<QStringList> rows;
    for (const auto& policy : bundle.policies)
        rows.append({policy.path, policy.package, locale.formattedDataSize(policy.size)});
    m_policies->setRows(rows);
    rows.clear();
    for (const auto& data : bundle.dataFiles)
        rows.append({data.path, locale.formattedDataSize(data.size)});
    m_data->setRows(rows);
    rows.clear();
    for (const auto& other : bundle.otherFiles)
        rows.append({other});
    m_other->setRows(rows);
    tabs()->setTabText(0, tr("Policies (%1)").arg(bundle.policies.size()));
    tabs()->setTabText(1, tr("Data (%1)").arg(bundle.dataFiles.size()));
    tabs()->setTabText(2, tr("Other files (%1)").arg(bundle.otherFiles.size()));
    tabs()->setTabVisible(2, !bundle.otherFiles.isEmpty());
}

} // namespace lading::ui
