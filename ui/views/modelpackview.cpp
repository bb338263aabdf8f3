#include "ui/views/modelpackview.h"

#include "ui/widgets/fieldform.h"
#include "ui/widgets/readonlytable.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace lading::ui {

ModelPackView::ModelPackView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("modelPackView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter);

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* top = new QWidget(scroll);
    auto* topLayout = new QVBoxLayout(top);
    m_fields = new FieldForm(top);
    m_fields->setObjectName(QStringLiteral("modelFields"));
    m_notes = new QLabel(top);
    m_notes->setObjectName(QStringLiteral("modelNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    topLayout->addWidget(m_fields);
    topLayout->addWidget(m_notes);
    topLayout->addStretch();
    scroll->setWidget(top);
    splitter->addWidget(scroll);

    m_files = new ReadOnlyTable({tr("Path"), tr("Role"), tr("Packaging"), tr("Size"), tr("Media type")},
                                QStringLiteral("modelFiles"), splitter);
    m_files->setNumericColumn(3);
    splitter->addWidget(m_files);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
}

ModelPackView::~ModelPackView() = default;

void ModelPackView::setModel(const inspect::ModelPack& model)
{
    QList<FieldForm::Field> fields;
    for (const auto& list : {model.descriptorFields, model.configFields, model.capabilities}) {
        for (const auto& field : list)
            fields.append({field.label, field.value});
    }
    const QLocale locale;
    const QString total = locale.formattedDataSize(model.totalSize);
    fields.append({tr("Files"), model.files.size() == 1
                                    ? tr("1 file, %1").arg(total)
                                    : tr("%1 files, %2").arg(model.files.size()).arg(total)});
    if (!model.diffIds.isEmpty())
        fields.append({tr("Layer diff IDs"), model.diffIds.join(QLatin1Char('\n'))});
    m_fields->setFields(fields);
    m_notes->setText(model.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!model.notes.isEmpty());

    QList<QStringList> rows;
    for (const auto& file : model.files)
        rows.append(
            {file.path, file.roleName, file.packaging, locale.formattedDataSize(file.size), file.mediaType});
    m_files->setRows(rows);
}

} // namespace lading::ui
