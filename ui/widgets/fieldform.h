#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace lading::ui {

// Label/value rows for the Contents views, rebuilt on every setFields() (rows that do not apply are left
// out rather than hidden: QFormLayout does not bring hidden rows back reliably on Qt 6.4). Values are
// plain, selectable and wrap.
class FieldForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldForm)

public:
    using Field = QPair<QString, QString>; // label, value

    explicit FieldForm(QWidget* parent = nullptr);

    // Fields with an empty value are left out.
    void setFields(const QList<Field>& fields);
    void clear() { setFields({}); }
    // The value shown for a label, or a null string when there is no such row.
    QString value(const QString& label) const;
    QList<Field> fields() const { return m_fields; }

private:
    QFormLayout* m_form;
    QList<Field> m_fields;
};

} // namespace lading::ui
