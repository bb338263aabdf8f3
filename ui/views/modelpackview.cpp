#include "ui/views/modelpackview.h"

#include "ui/util/dateformat.h"
#include "ui/widgets/contentssplitter.h"
#include "ui/widgets/fieldform.h"
#include "ui/widgets/readonlytable.h"

#include <QLocale>

namespace lading::ui {

ModelPackView::ModelPackView(QWidget* parent)
    : FieldsAndListsView(QStringLiteral("modelPackView"), QStringLiteral("model"), parent)
{
    m_files = new ReadOnlyTable({tr("Path"), tr("Role"), tr("Packaging"), tr("Size"), tr("Media type")},
                                QStringLiteral("modelFiles"), this);
    m_files->setNumericColumn(3);
    splitter()->addWidget(m_files);
    splitter()->setShares(2, 3);
}

ModelPackView::~ModelPackView() = default;

void ModelPackView::setModel(const inspect::ModelPack& model)
{
    QList<FieldForm::Field> fields;
    for (const auto& list : {model.descriptorFields, model.configFields, model.capabilities}) {
        for (const auto& field : list) {
            // The creation time in the window's one date format; core keeps it as written.
            const bool isCreated = !model.createdAt.isEmpty() && field.value == model.createdAt;
            fields.append({field.label, isCreated ? DateFormat::text(field.value) : field.value});
        }
    }
    const QLocale locale;
    const QString total = locale.formattedDataSize(model.totalSize);
    fields.append({tr("Files"), model.files.size() == 1
                                    ? tr("1 file, %1").arg(total)
                                    : tr("%1 files, %2").arg(model.files.size()).arg(total)});
    if (!model.diffIds.isEmpty())
        fields.append({tr("Layer diff IDs"), model.diffIds.join(QLatin1Char('\n'))});
    setFields(fields);
    setNotes(model.notes);

    QList<QStringList> rows;
    for (const auto& file : model.files)
        rows.append(
            {file.path, file.roleName, file.packaging, locale.formattedDataSize(file.size), file.mediaType});
    m_files->setRows(rows);
}

} // namespace lading::ui
