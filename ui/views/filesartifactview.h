#pragma once

#include "core/inspect/filesartifactsummary.h"
#include "core/store/location.h"

#include <QWidget>

class QPushButton;

namespace lading::ui {

class AppContext;
class ReadOnlyTable;
class StateStack;
class TextViewer;

// The files of a files artifact (titles, sizes, media types, whether they are text), with "View" (or a
// double-click) showing a text file inline below the list (the first 1 MiB of a bigger one) and "Save…"
// saving a file through the Transfers dock. Text loads off the GUI thread.
class FilesArtifactView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesArtifactView)

public:
    explicit FilesArtifactView(AppContext& context, QWidget* parent = nullptr);
    ~FilesArtifactView() override;

    void setFiles(const store::Location& location, const inspect::FilesArtifact& files);
    // Shows file `row` inline (loads it); rows that cannot be shown as text are ignored.
    void viewFile(int row);

    ReadOnlyTable* table() const { return m_table; }
    TextViewer* viewer() const { return m_viewer; }
    StateStack* viewerState() const { return m_viewerState; }
    QPushButton* viewButton() const { return m_view; }
    QPushButton* saveButton() const { return m_save; }

private:
    void updateButtons();
    int currentRow() const;
    bool canView(int row) const;

    AppContext& m_context;
    store::Location m_location;
    inspect::FilesArtifact m_files;
    quint64 m_generation = 0;
    ReadOnlyTable* m_table;
    QPushButton* m_view;
    QPushButton* m_save;
    TextViewer* m_viewer;
    StateStack* m_viewerState;
};

} // namespace lading::ui
