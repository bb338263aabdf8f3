#pragma once

#include "core/store/location.h"

#include <QWidget>

class QTreeView;

namespace lading::ui {

class AppContext;
class ReferrersModel;
class StateStack;

// The Referrers tab: every referrer of a manifest as a tree, recursively (signatures of SBOMs too), with
// kind, artifact type, created time, digest, where each edge came from and a trust badge (a signature's
// own status against the manifest it signs; for anything else, that of its signatures). The first level loads
// when the subject is set (a spinner meanwhile, "No referrers" or an inline error with Retry in its place);
// deeper levels load as nodes expand, and small graphs expand by themselves. Activating a referrer navigates
// to it; right-clicking one offers to copy its reference, digest or equivalent commands.
class ReferrersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferrersView)

public:
    explicit ReferrersView(AppContext& context, QWidget* parent = nullptr);
    ~ReferrersView() override;

    // The manifest whose referrers to show (a digest location; a tag is resolved first). Setting the same
    // subject again keeps what is loaded; reload() refetches.
    void setSubject(const store::Location& subjectWithDigest);
    store::Location subject() const;
    void reload();

    // Referrers of the subject itself, once the first level has loaded (0 before).
    int directCount() const;
    ReferrersModel* model() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }
    StateStack* stateStack() const { return m_state; }

signals:
    // A referrer the user opened: its repository or layout, with its digest.
    void locationActivated(const lading::store::Location& location);
    // The first level arrived (count may be 0) or failed (count -1).
    void loaded(int directCount);
    // The direct referrers are classified: for the summary's "2 signatures, 1 SBOM".
    void countsChanged(int signatures, int sboms, int attestations);

private:
    void updateState();
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onActivated(const QModelIndex& index);
    void showContextMenu(const QPoint& pos);

    AppContext& m_context;
    ReferrersModel* m_model;
    QTreeView* m_tree;
    StateStack* m_state;
};

} // namespace lading::ui
