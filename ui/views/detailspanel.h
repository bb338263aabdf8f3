#pragma once

#include "core/store/location.h"

#include <QWidget>

class QTabWidget;
class QTreeView;

namespace lading::ui {

class AppContext;
class ConfigView;
class ContentsView;
class JsonView;
class LayerFilesView;
class ManifestTreeModel;
class ReferrersView;
class SbomView;
class SignaturesView;
class StateStack;
class SummaryView;

// The right column for one manifest or index: Summary (kind, digest, size, created, platforms,
// annotations, signature/SBOM presence), Tree (index → manifests → config and layers), JSON (highlighted,
// digests are links), Config (for images), Referrers (the whole graph, recursively) and Signatures (each
// signature and attestation checked against the trusted keys) and Contents (what is inside a chart,
// module, SIF, policy bundle, model or files artifact, read when the tab is shown) and Packages (the packages
// of its SBOMs, shown only when it has some) and Files (an image's merged filesystem or one layer's entries,
// listed when the tab is shown). Loads off the GUI
// thread; errors show inline with a retry.
class DetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)

public:
    enum Tab
    {
        SummaryTab,
        TreeTab,
        JsonTab,
        ConfigTab,
        ReferrersTab,
        SignaturesTab,
        ContentsTab,
        PackagesTab,
        FilesTab
    };

    explicit DetailsPanel(AppContext& context, QWidget* parent = nullptr);
    ~DetailsPanel() override;

    void showLocation(const store::Location& location);
    store::Location location() const;
    void reload();

    // True while the manifest (not the lazy tree rows or the referrers) is loading.
    bool isLoading() const;
    void showTab(Tab tab);

    QTabWidget* tabs() const;
    SummaryView* summaryView() const;
    QTreeView* treeView() const;
    ManifestTreeModel* treeModel() const;
    JsonView* jsonView() const;
    ConfigView* configView() const;
    ReferrersView* referrersView() const;
    SignaturesView* signaturesView() const;
    ContentsView* contentsView() const;
    SbomView* sbomView() const;
    LayerFilesView* filesView() const;
    // The spinner / error / empty wrapper of a tab's content (not for the Referrers tab, which has its own).
    StateStack* stateStack(Tab tab) const;

signals:
    // A digest link, a tree entry or a referrer the user opened.
    void locationActivated(const lading::store::Location& location);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lading::ui
