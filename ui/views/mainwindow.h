#pragma once

#include "core/store/location.h"
#include "ui/util/navigationhistory.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLineEdit;
class QSplitter;

namespace lading::ui {

class AppContext;
class BrowserPanel;
class DetailsPanel;
class SourcesPanel;
class TransfersPanel;

// The window: sources on the left, repositories and tags in the middle, the selected manifest on the
// right, an address bar with back/forward history on top. Composes the panels and routes navigation.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Goes to a location typed, clicked or dropped; recorded in the history unless it came from it.
    void navigate(const store::Location& location, bool recordInHistory = true);
    // Parses `text` as a location and goes there; a parse error shows in the status bar.
    bool navigateTo(const QString& text);
    // Opens an OCI layout folder or tar as a source.
    void openLayout(const QString& path);
    // Opens the push dialog for `paths` proposing `destination` (a repository, tag or layout; invalid: the
    // repository the browser shows), with "Attach to" the manifest the details show, checked when `attach`.
    // When the push is done, the tag list (or the referrers graph) reloads and shows it.
    void pushFiles(const QStringList& paths, const store::Location& destination, bool attach = false);
    // "Push Files…" / "Attach Files…": asks for files, then pushFiles().
    void pushFilesInteractively(bool attach = false);

    SourcesPanel* sourcesPanel() const { return m_sources; }
    BrowserPanel* browserPanel() const { return m_browser; }
    DetailsPanel* detailsPanel() const { return m_details; }
    TransfersPanel* transfersPanel() const { return m_transfers; }
    QDockWidget* transfersDock() const { return m_transfersDock; }
    QLineEdit* addressBar() const { return m_address; }
    const NavigationHistory& history() const { return m_history; }

public slots:
    void goBack();
    void goForward();
    void reload();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void pushFinished(const store::Location& target, const store::Location& pushed);
    void updateNavigationActions();
    void saveState() const;
    void restoreState();

    AppContext& m_context;
    SourcesPanel* m_sources;
    BrowserPanel* m_browser;
    DetailsPanel* m_details;
    TransfersPanel* m_transfers;
    QDockWidget* m_transfersDock;
    QSplitter* m_splitter;
    QLineEdit* m_address;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QAction* m_reloadAction = nullptr;
    NavigationHistory m_history;
    store::Location m_current;
};

} // namespace lading::ui
