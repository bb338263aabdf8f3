#include "core/inspect/filesystemdiff.h"

#include "core/inspect/blobspool.h"
#include "core/inspect/layerfiletree.h"
#include "core/inspect/layerreader.h"
#include "core/inspect/mergedfilesystem.h"
#include "core/oci/digester.h"
#include "core/transfer/parallel.h"
#include "core/util/translations.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

LADING_TR_CONTEXT(FileSystemDiff);

namespace lading::inspect {

namespace {

using NodeId = LayerFileTree::NodeId;
using Type = LayerEntry::Type;

// Whether a listed layer deletes anything below it: whiteouts, opaque folders, entries that hide the
// lower ones. Such a layer makes its side depend on what the prefix holds.
bool hasWhiteouts(const LayerFileTree& tree)
{
    bool found = false;
    tree.walk(LayerFileTree::RootId, [&](NodeId node) {
        if (tree.type(node) == Type::Whiteout || tree.type(node) == Type::OpaqueWhiteout ||
            tree.isOpaque(node) || tree.hidesLower(node))
            found = true;
        return !found;
    });
    return found;
}

// Both trees hold the same paths, explicit or implicit alike, and no path is a folder on one side only:
// then no path's final state can come from the prefix on one side and from an upper layer on the other.
bool sameShape(const LayerFileTree& l, NodeId ln, const LayerFileTree& r, NodeId rn)
{
    const std::vector<NodeId>& lk = l.children(ln);
    const std::vector<NodeId>& rk = r.children(rn);
    if (lk.size() != rk.size())
        return false;
    for (size_t i = 0; i < lk.size(); ++i) {
        if (l.name(lk[i]) != r.name(rk[i]) || l.isImplicit(lk[i]) != r.isImplicit(rk[i]) ||
            l.isDirectory(lk[i]) != r.isDirectory(rk[i]))
            return false;
        if (l.isDirectory(lk[i]) && !sameShape(l, lk[i], r, rk[i]))
            return false;
    }
    return true;
}

// A prefix file whose digest is needed: `change` waits for it.
struct Pending
{
    qsizetype change;
    bool leftSide; // the side whose entry came from the prefix
    QString path;
    int layer;
};

class TreeComparer final
{
public:
    TreeComparer(const LayerFileTree& left, const LayerFileTree& right, int prefix, bool upperOnly)
        : m_left(left)
        , m_right(right)
        , m_prefix(prefix)
        , m_upperOnly(upperOnly)
    {}

    QList<FileChange> changes; // pending ones included, their Content aspect still unknown
    QList<Pending> pending;

    void run() { children(LayerFileTree::RootId, LayerFileTree::RootId); }

private:
    void children(NodeId l, NodeId r)
    {
        const std::vector<NodeId>& lk = m_left.children(l);
        const std::vector<NodeId>& rk = m_right.children(r);
        size_t i = 0;
        size_t j = 0;
        while (i < lk.size() || j < rk.size()) {
            if (j == rk.size()) {
                oneSide(m_left, lk[i++], ChangeKind::Removed);
                continue;
            }
            if (i == lk.size()) {
                oneSide(m_right, rk[j++], ChangeKind::Added);
                continue;
            }
            const QString ln = m_left.name(lk[i]);
            const QString rn = m_right.name(rk[j]);
            if (ln < rn)
                oneSide(m_left, lk[i++], ChangeKind::Removed);
            else if (rn < ln)
                oneSide(m_right, rk[j++], ChangeKind::Added);
            else
                pair(lk[i++], rk[j++]);
        }
    }

    void oneSide(const LayerFileTree& tree, NodeId node, ChangeKind kind)
    {
        tree.walk(node, [&](NodeId n) {
            FileChange change;
            change.kind = kind;
            change.path = tree.path(n);
            if (kind == ChangeKind::Removed)
                change.left = tree.entry(n);
            else
                change.right = tree.entry(n);
            changes.append(std::move(change));
            return true;
        });
    }

    void pair(NodeId l, NodeId r)
    {
        const bool bothFromPrefix = m_left.layerIndex(l) < m_prefix && m_right.layerIndex(r) < m_prefix;
        // Upper layers alone: an implicit folder stands for whatever the prefix has there, on both sides.
        const bool bothImplicit = m_upperOnly && m_left.isImplicit(l) && m_right.isImplicit(r);
        if (!bothFromPrefix && !bothImplicit)
            compareEntries(l, r);
        const bool leftFolder = m_left.isDirectory(l);
        const bool rightFolder = m_right.isDirectory(r);
        if (leftFolder && rightFolder) {
            children(l, r);
        } else if (leftFolder) {
            for (NodeId kid : m_left.children(l))
                oneSide(m_left, kid, ChangeKind::Removed);
        } else if (rightFolder) {
            for (NodeId kid : m_right.children(r))
                oneSide(m_right, kid, ChangeKind::Added);
        }
    }

    void compareEntries(NodeId l, NodeId r)
    {
        int aspects = 0;
        const Type lt = m_left.type(l);
        const Type rt = m_right.type(r);
        if (lt != rt)
            aspects |= FileChange::Type;
        if (m_left.size(l) != m_right.size(r))
            aspects |= FileChange::Size;
        if (m_left.mode(l) != m_right.mode(r))
            aspects |= FileChange::Mode;
        if (m_left.uid(l) != m_right.uid(r) || m_left.gid(l) != m_right.gid(r))
            aspects |= FileChange::Owner;
        if (m_left.linkTarget(l) != m_right.linkTarget(r))
            aspects |= FileChange::LinkTarget;
        std::optional<Pending> wait;
        if (lt == Type::File && rt == Type::File) {
            const auto ld = m_left.contentDigest(l);
            const auto rd = m_right.contentDigest(r);
            if (aspects & FileChange::Size) {
                aspects |= FileChange::Content; // other sizes, other bytes
            } else if (ld && rd) {
                if (*ld != *rd)
                    aspects |= FileChange::Content;
            } else if (!ld && m_left.layerIndex(l) < m_prefix) {
                wait = Pending{changes.size(), true, m_left.path(l), m_left.layerIndex(l)};
            } else if (!rd && m_right.layerIndex(r) < m_prefix) {
                wait = Pending{changes.size(), false, m_right.path(r), m_right.layerIndex(r)};
            }
        }
        if (aspects == 0 && !wait)
            return;
        FileChange change;
        change.kind = ChangeKind::Changed;
        change.path = m_left.path(l);
        change.aspects = aspects;
        change.left = m_left.entry(l);
        change.right = m_right.entry(r);
        if (wait)
            pending.append(*wait);
        changes.append(std::move(change));
    }

    const LayerFileTree& m_left;
    const LayerFileTree& m_right;
    int m_prefix;
    bool m_upperOnly;
};

// SHA-256 of the regular files at `paths` in one layer (the last entry of a path wins, as in the tar).
Result<QHash<QString, oci::Digest>> hashFiles(store::Store& store, const oci::Descriptor& layer,
                                              const QSet<QString>& paths, store::TransferControl* control)
{
    auto local = BlobSpool::shared().localFile(store, layer, control);
    if (!local)
        return local.error();
    LayerReader reader;
    LADING_TRY(reader.open(local.value(), control, LayerReader::progressKey(layer.digest), layer.size));
    QHash<QString, oci::Digest> digests;
    for (;;) {
        auto entry = reader.next();
        if (!entry)
            return entry.error();
        if (!entry.value())
            break;
        const LayerEntry& e = *entry.value();
        if (e.type != Type::File || !paths.contains(e.path))
            continue;
        oci::Digester digester;
        LADING_TRY(reader.readData([&](QByteArrayView bytes) -> Status {
            digester.addData(bytes);
            return {};
        }));
        digests.insert(e.path, digester.result());
    }
    return digests;
}

} // namespace

int FileSystemDiff::sharedPrefix(const QList<oci::Descriptor>& left, const QList<oci::Descriptor>& right)
{
    int k = 0;
    while (k < left.size() && k < right.size() && left.at(k).digest == right.at(k).digest)
        ++k;
    return k;
}

Result<FilesDiff> FileSystemDiff::compare(store::Store& left, const QList<oci::Descriptor>& leftLayers,
                                          store::Store& right, const QList<oci::Descriptor>& rightLayers,
                                          int concurrency, store::TransferControl* control)
{
    FilesDiff diff;
    const int prefix = sharedPrefix(leftLayers, rightLayers);
    diff.sharedPrefixLayers = prefix;

    // The upper layers of both sides, each blob listed once with content digests.
    struct Job
    {
        store::Store* store;
        oci::Descriptor layer;
    };
    std::vector<Job> jobs;
    QHash<QString, int> jobOfDigest;
    std::vector<int> leftJobs;
    std::vector<int> rightJobs;
    const auto plan = [&](store::Store& store, const QList<oci::Descriptor>& layers, std::vector<int>& out) {
        for (qsizetype i = prefix; i < layers.size(); ++i) {
            const QString key = layers.at(i).digest.toString();
            auto it = jobOfDigest.constFind(key);
            if (it == jobOfDigest.constEnd()) {
                it = jobOfDigest.insert(key, int(jobs.size()));
                jobs.push_back(Job{&store, layers.at(i)});
            }
            out.push_back(*it);
        }
    };
    plan(left, leftLayers, leftJobs);
    plan(right, rightLayers, rightJobs);
    std::vector<LayerFileTree> trees(jobs.size());
    LayerReadOptions withDigests;
    withDigests.computeDigests = true;
    LADING_TRY(transfer::runParallel(
        int(jobs.size()), concurrency,
        [&](int k) -> Status {
            auto tree =
                LayerFileTree::read(*jobs[size_t(k)].store, jobs[size_t(k)].layer, withDigests, control);
            if (!tree)
                return tree.error();
            trees[size_t(k)] = std::move(tree.value());
            return {};
        },
        control));
    diff.layersRead = int(jobs.size());

    const auto applyUpper = [&](MergedFileSystem& merged, const std::vector<int>& sideJobs) {
        for (size_t i = 0; i < sideJobs.size(); ++i)
            merged.apply(trees[size_t(sideJobs[i])], prefix + int(i));
        merged.finish();
    };
    MergedFileSystem leftUpper;
    MergedFileSystem rightUpper;
    applyUpper(leftUpper, leftJobs);
    applyUpper(rightUpper, rightJobs);

    const bool anyWhiteouts = std::any_of(trees.begin(), trees.end(), hasWhiteouts);
    const bool upperOnly =
        prefix == 0 || (!anyWhiteouts && sameShape(leftUpper.tree(), LayerFileTree::RootId, rightUpper.tree(),
                                                   LayerFileTree::RootId));
    std::optional<MergedFileSystem> leftFull;
    std::optional<MergedFileSystem> rightFull;
    if (!upperOnly) {
        // Listed once, from the left store (the blobs are the same on both sides), without hashing.
        auto shared = MergedFileSystem::build(left, leftLayers.mid(0, prefix), LayerReadOptions(), control);
        if (!shared)
            return shared.error();
        diff.prefixListed = true;
        diff.layersRead += prefix;
        leftFull = shared.value();
        rightFull = std::move(shared.value());
        applyUpper(*leftFull, leftJobs);
        applyUpper(*rightFull, rightJobs);
    }
    trees.clear();
    if (control && control->isCancelled())
        return Error::make(Error::Kind::Cancelled, tr("The comparison was cancelled"));

    const LayerFileTree& l = upperOnly ? leftUpper.tree() : leftFull->tree();
    const LayerFileTree& r = upperOnly ? rightUpper.tree() : rightFull->tree();
    TreeComparer comparer(l, r, upperOnly ? 0 : prefix, upperOnly && prefix > 0);
    comparer.run();

    // Prefix files met by an upper file of the same size: hash just those, one pass per prefix layer.
    std::map<int, QSet<QString>> wanted;
    for (const Pending& p : std::as_const(comparer.pending))
        wanted[p.layer].insert(p.path);
    std::vector<std::pair<int, QSet<QString>>> passes(wanted.begin(), wanted.end());
    std::vector<QHash<QString, oci::Digest>> hashed(passes.size());
    LADING_TRY(transfer::runParallel(
        int(passes.size()), concurrency,
        [&](int k) -> Status {
            auto digests =
                hashFiles(left, leftLayers.at(passes[size_t(k)].first), passes[size_t(k)].second, control);
            if (!digests)
                return digests.error();
            hashed[size_t(k)] = std::move(digests.value());
            return {};
        },
        control));
    QHash<int, qsizetype> passOfLayer;
    for (size_t k = 0; k < passes.size(); ++k)
        passOfLayer.insert(passes[k].first, qsizetype(k));
    for (const Pending& p : std::as_const(comparer.pending)) {
        FileChange& change = comparer.changes[p.change];
        const auto& digests = hashed[size_t(passOfLayer.value(p.layer))];
        LayerEntry& prefixSide = p.leftSide ? *change.left : *change.right;
        const LayerEntry& upperSide = p.leftSide ? *change.right : *change.left;
        if (const auto it = digests.constFind(p.path); it != digests.constEnd())
            prefixSide.contentDigest = *it;
        if (prefixSide.contentDigest != upperSide.contentDigest)
            change.aspects |= FileChange::Content;
    }
    for (qsizetype i = 0; i < comparer.changes.size(); ++i) {
        FileChange& change = comparer.changes[i];
        if (change.kind == ChangeKind::Changed && change.aspects == 0)
            continue; // a pending file that turned out the same
        diff.counts.add(change.kind);
        diff.changes.append(std::move(change));
    }
    diff.state.compared = true;
    return diff;
}

} // namespace lading::inspect
