#include "ui/widgets/fieldform.h"

#include <QFormLayout>
#include <QLabel>

namespace lading::ui {

FieldForm::FieldForm(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("fieldForm"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setContentsMargins(0, 0, 0, 0);
}

void FieldForm::setFields(const QList<Field>& fields)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    for (const Field& field : fields) {
        if (field.second.isEmpty())
            continue;
        m_fields.append(field);
        auto* value = new QLabel(field.second, this);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_form->addRow(field.first, value);
    }
}

QString FieldForm::value(const QString& label) const
{
    for (const Field& field : m_fields) {
        if (field.first == label)
            return field.second;
    }
    return {};
}

} // namespace lading::ui
