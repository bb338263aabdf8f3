#pragma once

#include "core/inspect/artifactdiff.h"
#include "core/store/location.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace lading::ui {

class AppContext;
class DiffTablePane;
class FileDiffView;
class JsonDiffPane;
class StateStack;

// Two artifacts side by side (ArtifactDiff), in a window of its own: a header naming each side (kind,
// digest, platform) and a summary, then a tab per section, each titled with how many differences it has:
// Manifest and Config (the JSON side by side with changed lines highlighted, above the list of structural
// changes), Annotations, Layers (aligned by digest), Files (the merged filesystems as a tree), Packages
// (the SBOMs), Referrers (signatures, SBOMs and attestations with each side's verification) and, for two
// indexes, Platforms. For indexes a platform picker switches every tab to that platform's own comparison.
//
// The comparison runs off the GUI thread with progress and Cancel (it may download and read layers); the
// sections are prepared off it too (file trees, aligned JSON, table rows) and set once each, so tens of
// thousands of changed files never freeze the window. Errors show in place of the tabs with Retry.
class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    enum Tab
    {
        ManifestTab,
        ConfigTab,
        AnnotationsTab,
        LayersTab,
        FilesTab,
        PackagesTab,
        ReferrersTab,
        PlatformsTab,
        TabCount
    };
    // shownPlatform() when the tabs show the two artifacts themselves, not one platform of two indexes.
    static constexpr int WholeArtifact = -1;

    explicit CompareView(AppContext& context, QWidget* parent = nullptr);
    // Cancels a comparison still running.
    ~CompareView() override;

    // A compare window over `parent`'s window (closed with it, deleted when closed), comparing at once.
    static CompareView* openWindow(AppContext& context, const store::Location& left,
                                   const store::Location& right, QWidget* parent);

    void compare(const store::Location& left, const store::Location& right);
    void retry();
    void cancel();
    // Compares again with the sides exchanged.
    void swapSides();
    bool isComparing() const;
    store::Location leftLocation() const;
    store::Location rightLocation() const;

    // The whole comparison once it finished (nullptr before, or after an error).
    std::shared_ptr<const inspect::ArtifactComparison> comparison() const;
    // What the tabs show: a platform's comparison, or the whole one; nullptr when nothing is shown (a
    // platform on one side only has no comparison).
    const inspect::ArtifactComparison* shownComparison() const;
    int shownPlatform() const;
    // WholeArtifact or an index into comparison()->platforms.
    void showPlatform(int platformIndex);

    QTabWidget* tabs() const;
    StateStack* stateStack() const;
    QLabel* leftHeader() const;
    QLabel* rightHeader() const;
    QLabel* summaryLabel() const;
    QComboBox* platformPicker() const;
    QProgressBar* progressBar() const;
    QPushButton* cancelButton() const;
    JsonDiffPane* manifestPane() const;
    JsonDiffPane* configPane() const;
    DiffTablePane* manifestChanges() const;
    DiffTablePane* configChanges() const;
    DiffTablePane* annotationsTable() const;
    DiffTablePane* layersTable() const;
    DiffTablePane* packagesTable() const;
    DiffTablePane* referrersTable() const;
    DiffTablePane* platformsTable() const;
    FileDiffView* filesView() const;

signals:
    // A comparison ended (ok) or failed or was cancelled.
    void finished(bool ok);
    // The tabs show a comparison: after finished(true), and after each platform switch.
    void sectionsShown();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lading::ui
