#pragma once

#include "core/registry/registryoptions.h"
#include "ui/models/source.h"

#include <QWidget>

namespace lading::ui {

class AppContext;

// The sidebar: registries the user added, registries found in Docker's config.json / containers'
// auth.json, and OCI layout folders or tars opened from the File menu or dropped on the window. Each
// registry shows what it can do (probed once). Saves and restores its list through QSettings.
class SourcesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPanel)

public:
    explicit SourcesPanel(AppContext& context, QWidget* parent = nullptr);
    ~SourcesPanel() override;

    // Adds (or selects, if present) a source and makes it current.
    void addSource(const Source& source);
    void selectSource(const Source& source);
    Source currentSource() const;
    QList<Source> sources() const;

    void saveState() const;
    void restoreState();

public slots:
    void addRegistryInteractively();   // "Add registry…": host, insecure flag, CA file
    void openLayoutInteractively();    // "Open OCI layout…": a folder or a .tar

signals:
    void sourceActivated(const lading::ui::Source& source);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lading::ui
