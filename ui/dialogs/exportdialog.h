#pragma once

#include "core/store/location.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace lading::ui {

// "Export…": where to write an artifact as an OCI layout, a folder or a tar ("oci:" / "oci-archive:"), the
// tag it gets there (the source's by default) and whether its referrers come along. The caller turns the
// answer into a CopyJob, exactly like `lading export`.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    explicit ExportDialog(const store::Location& source, QWidget* parent = nullptr);
    ~ExportDialog() override;

    const store::Location& source() const { return m_source; }
    // The layout location to export to; meaningful while problem() is empty.
    store::Location destination() const;
    bool includeReferrers() const;
    QString problem() const;

    void setPath(const QString& path);
    void setArchive(bool archive);
    void setIncludeReferrers(bool include);

    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* tagEdit() const { return m_tag; }
    QRadioButton* folderButton() const { return m_folder; }
    QRadioButton* archiveButton() const { return m_archive; }
    QCheckBox* referrersBox() const { return m_referrers; }

private:
    void validate();
    void choosePath();

    store::Location m_source;
    QLineEdit* m_path;
    QLineEdit* m_tag;
    QRadioButton* m_folder;
    QRadioButton* m_archive;
    QCheckBox* m_referrers;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace lading::ui
