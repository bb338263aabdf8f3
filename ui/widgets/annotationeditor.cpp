#include "ui/widgets/annotationeditor.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

enum Column
{
    KeyColumn,
    ValueColumn,
    ColumnCount
};

// Edits keys in a line edit that completes from the spec's keys, so a typo in a well-known key is unlikely.
class KeyDelegate final : public QStyledItemDelegate
{
public:
    KeyDelegate(QCompleter* completer, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_completer(completer)
    {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->setObjectName(QStringLiteral("annotationKeyEditor"));
            line->setCompleter(m_completer);
        }
        return editor;
    }

private:
    QCompleter* m_completer;
};

} // namespace

AnnotationEditor::AnnotationEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_completer(new QCompleter(suggestedKeys(), this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("annotationEditor"));
    m_table->setObjectName(QStringLiteral("annotationTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(KeyColumn, 280);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setItemDelegateForColumn(KeyColumn, new KeyDelegate(m_completer, m_table));
    m_completer->setObjectName(QStringLiteral("annotationKeyCompleter"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_add->setObjectName(QStringLiteral("addAnnotation"));
    m_remove->setObjectName(QStringLiteral("removeAnnotation"));
    m_remove->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AnnotationEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &AnnotationEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, &AnnotationEditor::changed);
}

AnnotationEditor::~AnnotationEditor() = default;

QStringList AnnotationEditor::suggestedKeys()
{
    // The pre-defined annotation keys of the OCI image spec (annotations.md).
    static const QStringList keys = [] {
        QStringList list;
        for (const char* key :
             {"created", "authors", "url", "documentation", "source", "version", "revision", "vendor",
              "licenses", "ref.name", "title", "description", "base.digest", "base.name"})
            list.append(QStringLiteral("org.opencontainers.image.") + QLatin1String(key));
        return list;
    }();
    return keys;
}

void AnnotationEditor::setAnnotations(const oci::Annotations& annotations)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, KeyColumn, new QTableWidgetItem(it.key()));
        m_table->setItem(row, ValueColumn, new QTableWidgetItem(it.value()));
    }
    emit changed();
}

oci::Annotations AnnotationEditor::annotations() const
{
    oci::Annotations result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* key = m_table->item(row, KeyColumn);
        const QTableWidgetItem* value = m_table->item(row, ValueColumn);
        const QString name = key ? key->text().trimmed() : QString();
        if (!name.isEmpty())
            result.insert(name, value ? value->text() : QString());
    }
    return result;
}

void AnnotationEditor::setAnnotation(const QString& key, const QString& value)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, KeyColumn);
        if (item && item->text().trimmed() == key) {
            m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
            return;
        }
    }
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem(key));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
}

void AnnotationEditor::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem);
    m_table->setItem(row, ValueColumn, new QTableWidgetItem);
    m_table->setCurrentCell(row, KeyColumn);
    m_table->editItem(m_table->item(row, KeyColumn));
}

void AnnotationEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    emit changed();
}

QString AnnotationEditor::validationError() const
{
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* key = m_table->item(row, KeyColumn);
        const QTableWidgetItem* value = m_table->item(row, ValueColumn);
        const QString name = key ? key->text().trimmed() : QString();
        if (name.isEmpty()) {
            if (value && !value->text().isEmpty())
                return tr("The annotation in row %1 has a value but no key: give it a key or remove the row.")
                    .arg(row + 1);
            continue;
        }
        if (seen.contains(name))
            return tr("The annotation “%1” is given twice: remove one of the rows.").arg(name);
        seen.insert(name);
    }
    return {};
}

} // namespace lading::ui
