#pragma once

#include "core/oci/descriptor.h"

#include <QWidget>

class QCompleter;
class QPushButton;
class QTableWidget;

namespace lading::ui {

// A two-column table of manifest annotations (key, value) with Add and Remove buttons. Editing a key
// offers the keys of the OCI image spec (org.opencontainers.image.*) through a completer; rows with an
// empty key are ignored, and a key given twice is reported by validationError().
class AnnotationEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationEditor)

public:
    explicit AnnotationEditor(QWidget* parent = nullptr);
    ~AnnotationEditor() override;

    void setAnnotations(const oci::Annotations& annotations);
    // The rows with a key, trimmed; for a key given twice the last row wins (validationError() says so).
    oci::Annotations annotations() const;
    // Sets `key` (adding a row when it is not there yet).
    void setAnnotation(const QString& key, const QString& value);
    // Adds an empty row and starts editing its key.
    void addRow();
    void removeSelectedRows();

    // Empty when the table can be used as it is; otherwise one sentence saying what to fix.
    QString validationError() const;

    // The keys the completer suggests: the annotation keys of the OCI image spec.
    static QStringList suggestedKeys();

    QTableWidget* table() const { return m_table; }
    QCompleter* keyCompleter() const { return m_completer; }

signals:
    void changed();

private:
    QTableWidget* m_table;
    QCompleter* m_completer;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace lading::ui
