#pragma once

#include "core/oci/descriptor.h"
#include "core/oci/imageconfig.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace lading::ui {

// An image's config for people: platform, entrypoint, cmd, user, working dir, exposed ports, volumes,
// then the environment, labels and build history (each history step with the layer it made).
class ConfigView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigView)

public:
    explicit ConfigView(QWidget* parent = nullptr);
    ~ConfigView() override;

    // `layers` are the manifest's layers, to show each history step's layer size.
    void setConfig(const oci::ImageConfig& config, const QList<oci::Descriptor>& layers = {});
    void clear();

private:
    QLabel* addField(const QString& label, const QString& objectName);

    QFormLayout* m_form;
    QLabel* m_platform;
    QLabel* m_created;
    QLabel* m_author;
    QLabel* m_entrypoint;
    QLabel* m_cmd;
    QLabel* m_user;
    QLabel* m_workingDir;
    QLabel* m_ports;
    QLabel* m_volumes;
    QLabel* m_stopSignal;
    QTabWidget* m_tabs;
    QTableWidget* m_env;
    QTableWidget* m_labels;
    QTableWidget* m_history;
};

} // namespace lading::ui
