#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lading::ui {

// "Add registry…": a host[:port] (checked with Reference::parseRegistry as it is typed), an "insecure
// (plain HTTP)" box that warns what it means, and an optional private CA bundle. Also used to edit the
// settings of a registry already listed.
class AddRegistryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddRegistryDialog)

public:
    explicit AddRegistryDialog(QWidget* parent = nullptr);
    ~AddRegistryDialog() override;

    // The host as Lading names it ("localhost:5000", "docker.io"); empty while the input is not valid.
    QString host() const;
    bool insecure() const;
    QString caFile() const;
    bool isValid() const { return m_valid; }
    // Why the input cannot be accepted yet, empty when it can.
    QString problem() const;

    void setHost(const QString& host, bool editable = true);
    void setInsecure(bool insecure);
    void setCaFile(const QString& path);

private:
    void validate();
    void chooseCaFile();

    QLineEdit* m_host;
    QCheckBox* m_insecure;
    QLabel* m_insecureWarning;
    QLineEdit* m_caFile;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QString m_normalisedHost;
    bool m_valid = false;
};

} // namespace lading::ui
