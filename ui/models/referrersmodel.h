#pragma once

#include "core/oci/artifactclassifier.h"
#include "core/store/location.h"
#include "core/store/store.h"
#include "core/util/error.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>

namespace lading::ui {

class AppContext;

// The referrers graph of one manifest as a tree: the subject's referrers at the top, each one's own
// referrers under it (signatures of SBOMs, attestations of signatures...). Everything loads off the GUI
// thread: the first level when the subject is set, a node's children when it is expanded (fetchMore, with
// a "loading" row and, on failure, an error row that retries when activated), and each referrer's manifest
// for its kind (ArtifactClassifier) as soon as the row exists. Replies for an older subject are dropped.
// A referrer that is also one of its own ancestors (only a forged fallback index can say so) is shown once
// and never expanded. Each referrer row carries a trust badge (TrustColumn, ItemRole::TrustBadgeRole) from
// the context's TrustBadgeCache, asked for when a view paints it: for a signature or attestation, whether
// it verifies against the manifest above it; for anything else, the summary of its own signatures.
class ReferrersModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferrersModel)

public:
    enum Column
    {
        KindColumn,         // the classifier's label, with its icon
        ArtifactTypeColumn, // artifactType, else the config media type
        CreatedColumn,      // org.opencontainers.image.created
        DigestColumn,       // short digest; the full one in the tooltip and ReferrerDigestRole
        SourceColumn,       // where the edge came from
        TrustColumn,        // the trust badge: a signature's own status, else that of the signatures over it
        ColumnCount
    };
    enum class RowType
    {
        Referrer,
        Loading, // placeholder while a node's referrers load
        Error,   // why they did not; activate (retry()) to try again
    };
    // The first level's state; deeper levels carry theirs in loading and error rows.
    enum class State
    {
        Idle, // no subject
        Loading,
        Loaded,
        Failed,
    };

    explicit ReferrersModel(AppContext& context, QObject* parent = nullptr);
    ~ReferrersModel() override;

    // Shows the referrers of the manifest at `subject` (a digest location; a tag is resolved first).
    void setSubject(const store::Location& subject);
    store::Location subject() const;
    // Forgets everything loaded and loads the first level again.
    void reload();
    // Loads again the children of the node an error row (or a failed node) belongs to.
    void retry(const QModelIndex& index);

    State state() const { return m_state; }
    // The first level's failure, when state() is Failed.
    const Error& error() const { return m_error; }
    // Referrers of the subject itself (the first level).
    int directCount() const;
    // Direct referrers by kind, once every one of them is classified (-1 until then).
    int signatureCount() const { return m_signatures; }
    int sbomCount() const { return m_sboms; }
    int attestationCount() const { return m_attestations; }
    // Every referrer row loaded so far, at any depth.
    int loadedReferrerCount() const { return m_referrerCount; }

    RowType rowType(const QModelIndex& index) const;
    // The referrer's location: the subject's repository or layout with the referrer's digest.
    store::Location location(const QModelIndex& index) const;
    std::optional<store::Referrer> referrer(const QModelIndex& index) const;
    std::optional<oci::ArtifactClass> artifactClass(const QModelIndex& index) const;
    // The index of the referrer with this digest under `parent` (direct children only), or invalid.
    QModelIndex findChild(const QString& digest, const QModelIndex& parent = {}) const;

    static QString sourceName(store::ReferrerSource source);
    // A small icon for an ArtifactClass::iconName().
    static QIcon kindIcon(const QString& iconName);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // state() or error() changed.
    void stateChanged();
    // The direct referrers are all classified: how many signatures, SBOMs and attestations.
    void countsChanged(int signatures, int sboms, int attestations);

private:
    struct Node;
    enum class Children
    {
        Unknown,
        Loading,
        Loaded,
        Failed
    };

    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = 0) const;
    void loadRoot();
    void loadChildren(Node* node);
    void insertReferrers(Node* parent, const QList<store::Referrer>& referrers);
    void classify(Node* node);
    void updateCounts();
    void clearNodes();
    Node* makeNode(Node* parent);
    void forget(Node* node);
    QVariant badgeData(const Node* node, int role) const;
    void onBadgeReady(const QString& key);
    void onBadgesCleared();

    AppContext& m_context;
    store::Location m_subject;
    std::unique_ptr<Node> m_root;
    // Every live node by id: a reply looks its node up and is dropped when the node is gone (another subject,
    // a reload, a retry). Ids are never reused, which makes this the generation guard too.
    QHash<quint64, Node*> m_nodes;
    quint64 m_nextId = 1;
    State m_state = State::Idle;
    Error m_error;
    int m_signatures = -1;
    int m_sboms = -1;
    int m_attestations = -1;
    int m_referrerCount = 0;
    // Badge requests on their way: the cache's request key → the nodes that asked.
    mutable QHash<QString, QList<quint64>> m_badgeWaiting;
};

} // namespace lading::ui
