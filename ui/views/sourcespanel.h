#pragma once

#include "core/registry/registryoptions.h"
#include "ui/models/source.h"

#include <QWidget>

class QTreeView;

namespace lading::ui {

class AppContext;
class LoginDialog;
class SourcesModel;

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

    // Adds a registry the user named, with how to reach it (plain HTTP allowed, a private CA bundle), or
    // updates those settings when it is listed already; makes it current and probes it afresh.
    void addRegistry(const QString& host, bool insecure = false, const QString& caFile = {});
    // Opens an OCI layout: a folder holding an oci-layout file (or that file itself), or a .tar. Anything
    // else is refused with a message in the panel; returns whether it was opened.
    bool openLayout(const QString& path);
    // Removes a source from the sidebar. Registries from Docker's files stay hidden on later runs.
    bool removeSource(const Source& source);

    SourcesModel* model() const;
    QTreeView* view() const;
    // The login dialog on screen, if any (there is never more than one).
    LoginDialog* loginDialog() const;
    // The last message the panel showed (login results, refusals), empty once it was dismissed.
    QString message() const;

public slots:
    void addRegistryInteractively(); // "Add registry…": host, insecure flag, CA file
    void openLayoutInteractively();  // "Open OCI layout…": a folder or a .tar
    // Re-probes the current source from scratch (F5 / reload of that source).
    void reloadCurrent();
    // Opens the login dialog for `registry`, or brings the open one forward: AppContext::loginRequested
    // lands here. A successful login emits AppContext::credentialsChanged.
    void showLogin(const QString& registry, const QString& reason = {});
    // Forgets the credential Lading keeps for `registry` (keychain and session), then re-probes it.
    void logOut(const QString& registry);

signals:
    // The source the user chose; an invalid Source when the last one was removed.
    void sourceActivated(const lading::ui::Source& source);
    void messageShown(const QString& message);

private:
    void showMessage(const QString& text, bool error = false);
    void updateActions();
    void updateGroupVisibility();
    void showContextMenu(const QPoint& position);
    void editRegistrySettings(const Source& source);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lading::ui
