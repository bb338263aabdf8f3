#include "core/inspect/artifactdiff.h"

#include "core/inspect/sbomlocator.h"
#include "core/oci/imageconfig.h"
#include "core/oci/mediatypes.h"
#include "core/transfer/parallel.h"
#include "core/util/translations.h"

#include <QHash>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>
#include <mutex>

LADING_TR_CONTEXT(ArtifactDiff);

namespace lading::inspect {

namespace {

// Nested indexes (an index of indexes) are compared this deep; deeper ones are paired but not opened.
constexpr int kMaxDepth = 3;

constexpr QLatin1StringView kAttestationManifest{"attestation-manifest"};

Error cancelled()
{
    return Error::make(Error::Kind::Cancelled, tr("The comparison was cancelled"));
}

bool isCancelled(store::TransferControl* control)
{
    return control && control->isCancelled();
}

// "localhost:5000/app:v1", "oci:/tmp/layout@sha256:…".
QString nameOf(const store::Store& store, const QString& reference)
{
    if (reference.isEmpty())
        return store.displayName();
    const bool digest = reference.contains(QLatin1Char(':'));
    return store.displayName() + (digest ? QLatin1Char('@') : QLatin1Char(':')) + reference;
}

// A referrers list that cannot exist (a store without referrers, a subject it does not know) is empty.
bool meansNoReferrers(const Error& error)
{
    return error.kind == Error::Kind::Unsupported || error.kind == Error::Kind::NotFound;
}

QList<AnnotationChange> diffAnnotations(const oci::Annotations& left, const oci::Annotations& right,
                                        DiffCounts& counts)
{
    QList<AnnotationChange> changes;
    auto l = left.constBegin();
    auto r = right.constBegin();
    while (l != left.constEnd() || r != right.constEnd()) {
        AnnotationChange change;
        if (r == right.constEnd() || (l != left.constEnd() && l.key() < r.key())) {
            change = {ChangeKind::Removed, l.key(), l.value(), {}};
            ++l;
        } else if (l == left.constEnd() || r.key() < l.key()) {
            change = {ChangeKind::Added, r.key(), {}, r.value()};
            ++r;
        } else {
            const bool same = l.value() == r.value();
            change = {ChangeKind::Changed, l.key(), l.value(), r.value()};
            ++l;
            ++r;
            if (same)
                continue;
        }
        counts.add(change.kind);
        changes.append(change);
    }
    return changes;
}

QList<LayerPair> alignLayers(const QList<oci::Descriptor>& left, const QList<oci::Descriptor>& right,
                             PresenceCounts& counts)
{
    QStringList leftKeys;
    QStringList rightKeys;
    for (const auto& d : left)
        leftKeys.append(d.digest.toString());
    for (const auto& d : right)
        rightKeys.append(d.digest.toString());
    QList<LayerPair> rows;
    for (const auto& [i, j] : JsonDiff::alignByKey(leftKeys, rightKeys)) {
        LayerPair row;
        row.presence = i < 0 ? Presence::OnlyRight : j < 0 ? Presence::OnlyLeft : Presence::Both;
        row.leftPosition = i;
        row.rightPosition = j;
        if (i >= 0)
            row.left = left.at(i);
        if (j >= 0)
            row.right = right.at(j);
        rows.append(row);
    }
    // A layer that moved (something was inserted below it on one side) is outside the common subsequence
    // but still the same layer: one row present on both sides at different positions, where the left one was.
    QHash<QString, QList<qsizetype>> rightOnly;
    for (qsizetype k = 0; k < rows.size(); ++k)
        if (rows.at(k).presence == Presence::OnlyRight)
            rightOnly[rows.at(k).right.digest.toString()].append(k);
    QList<bool> drop(rows.size(), false);
    for (qsizetype k = 0; k < rows.size(); ++k) {
        LayerPair& row = rows[k];
        if (row.presence != Presence::OnlyLeft)
            continue;
        auto it = rightOnly.find(row.left.digest.toString());
        if (it == rightOnly.end() || it->isEmpty())
            continue;
        const qsizetype other = it->takeFirst();
        row.presence = Presence::Both;
        row.right = rows.at(other).right;
        row.rightPosition = rows.at(other).rightPosition;
        drop[other] = true;
    }
    QList<LayerPair> out;
    for (qsizetype k = 0; k < rows.size(); ++k) {
        if (drop.at(k))
            continue;
        counts.add(rows.at(k).presence);
        out.append(rows.at(k));
    }
    return out;
}

struct PlatformEntry
{
    QString key;
    oci::Platform platform;
    bool attestation = false;
    oci::Descriptor descriptor;
};

QString platformKey(const oci::Platform& platform)
{
    return platform.isEmpty() ? QStringLiteral("unknown") : platform.toString();
}

// An index's entries keyed by platform. BuildKit's attestation manifests (platform unknown/unknown) are keyed
// by the platform of the manifest they describe, so each pairs with its counterpart on the other side.
QList<PlatformEntry> indexEntries(const oci::Manifest& index)
{
    QHash<QString, oci::Platform> platformOfDigest;
    for (const auto& d : index.manifests())
        platformOfDigest.insert(d.digest.toString(), d.platform.value_or(oci::Platform()));
    QList<PlatformEntry> entries;
    QHash<QString, int> seen;
    for (const auto& d : index.manifests()) {
        PlatformEntry entry;
        entry.descriptor = d;
        entry.platform = d.platform.value_or(oci::Platform());
        entry.attestation =
            d.annotations.value(QString(oci::Annotation::DockerReferenceType)) == kAttestationManifest;
        if (entry.attestation) {
            const QString of = d.annotations.value(QString(oci::Annotation::DockerReferenceDigest));
            entry.key = QStringLiteral("attestation:") + platformKey(platformOfDigest.value(of));
        } else {
            entry.key = platformKey(entry.platform);
        }
        // Two entries for one platform (Windows images per os.version): the second is "…#2".
        const int n = ++seen[entry.key];
        if (n > 1)
            entry.key += QStringLiteral("#%1").arg(n);
        entries.append(entry);
    }
    return entries;
}

bool isSignatureLike(const oci::ArtifactClass& artifactClass, const oci::Manifest& manifest)
{
    return oci::ArtifactClassifier::isSignatureOrAttestation(artifactClass.kind) ||
           SignatureVerifier::isSignatureManifest(manifest);
}

struct SideReferrer
{
    store::Referrer referrer;
    oci::Manifest manifest;
    oci::ArtifactClass artifactClass;
    QString artifactType;
    std::optional<TrustBadge> badge;
    QString status;
    QList<SignatureReport> reports;

    QString created() const
    {
        return referrer.descriptor.annotations.value(QString(oci::Annotation::Created));
    }
    QString matchKey() const
    {
        return QString::number(int(artifactClass.kind)) + QLatin1Char(' ') + artifactType;
    }
};

class Comparer final
{
public:
    Comparer(store::Store& left, store::Store& right, const ArtifactDiffOptions& options,
             store::TransferControl* control)
        : m_left(left)
        , m_right(right)
        , m_options(options)
        , m_control(control)
    {}

    // For a platform of an index: the two indexes (null for a side that is a single image) and the key.
    struct Parents
    {
        const oci::Manifest* left = nullptr;
        const oci::Manifest* right = nullptr;
        QString platform;
    };

    Result<ArtifactComparison> compare(const oci::Manifest& l, const oci::Manifest& r, int depth,
                                       const Parents* parents = nullptr)
    {
        if (isCancelled(m_control))
            return cancelled();
        ArtifactComparison c;
        c.leftName = m_left.displayName();
        c.rightName = m_right.displayName();
        c.left = l.descriptor();
        c.right = r.descriptor();
        c.leftClass = oci::ArtifactClassifier::classify(l);
        c.rightClass = oci::ArtifactClassifier::classify(r);
        c.leftManifest = l.bytes();
        c.rightManifest = r.bytes();
        auto manifestDiff = JsonDiff::compare(l.bytes(), r.bytes());
        if (!manifestDiff)
            return manifestDiff.error();
        c.manifest = std::move(manifestDiff.value());
        c.annotations = diffAnnotations(l.annotations(), r.annotations(), c.annotationCounts);

        if (!l.isIndex() && !r.isIndex()) {
            LADING_TRY(compareConfigs(l, r, c));
            c.layers = alignLayers(l.layers(), r.layers(), c.layerCounts);
            LADING_TRY(compareFiles(l, r, c));
            LADING_TRY(compareSboms(l, r, c, parents));
        } else {
            c.configState.reason = tr("An index has no config");
            c.files.state.reason = tr("Compared platform by platform");
            c.sbom.state.reason = tr("Compared platform by platform");
            LADING_TRY(comparePlatforms(l, r, c, depth));
        }
        if (m_options.referrers)
            LADING_TRY(compareReferrers(c));
        else
            c.referrers.state.reason = tr("Referrers were not asked for");
        return c;
    }

private:
    Status compareConfigs(const oci::Manifest& l, const oci::Manifest& r, ArtifactComparison& c)
    {
        c.leftConfig = l.config();
        c.rightConfig = r.config();
        for (const auto* config : {&c.leftConfig, &c.rightConfig}) {
            if (!config->isValid()) {
                c.configState.reason = tr("A side has no config");
                return {};
            }
            if (config->size > oci::Manifest::kMaxSize) {
                c.configState.reason = tr("The config %1 is larger than 4 MiB; only its digest is compared")
                                           .arg(config->digest.shortForm());
                return {};
            }
        }
        auto leftBytes = m_left.fetchBlob(c.leftConfig, oci::Manifest::kMaxSize);
        if (!leftBytes)
            return leftBytes.error();
        Result<QByteArray> rightBytes = leftBytes.value();
        if (c.rightConfig.digest != c.leftConfig.digest)
            rightBytes = m_right.fetchBlob(c.rightConfig, oci::Manifest::kMaxSize);
        if (!rightBytes)
            return rightBytes.error();
        auto diff = JsonDiff::compare(leftBytes.value(), rightBytes.value());
        if (!diff) {
            // Configs of other artifacts may be any bytes (a SIF config, a legacy Helm one): compared by
            // digest.
            c.configState.reason = tr("The configs are not JSON; only their digests are compared");
            return {};
        }
        c.leftConfigBytes = leftBytes.value();
        c.rightConfigBytes = rightBytes.value();
        c.config = std::move(diff.value());
        c.configState.compared = true;
        return {};
    }

    Status compareFiles(const oci::Manifest& l, const oci::Manifest& r, ArtifactComparison& c)
    {
        c.files.sharedPrefixLayers = FileSystemDiff::sharedPrefix(l.layers(), r.layers());
        if (!m_options.files) {
            c.files.state.reason = tr("Files were not asked for");
            return {};
        }
        if (c.sameDigest()) {
            // One manifest: the same layers, so the same files, without reading any.
            c.files.state.compared = true;
            return {};
        }
        // Only image layers are tars to merge; an artifact's layers are files of their own.
        if (c.leftClass.kind != oci::ArtifactKind::Image || c.rightClass.kind != oci::ArtifactKind::Image) {
            c.files.state.reason = tr("Only container images have a filesystem to compare");
            return {};
        }
        auto files = FileSystemDiff::compare(m_left, l.layers(), m_right, r.layers(), m_options.concurrency,
                                             m_control);
        if (!files)
            return files.error();
        c.files = std::move(files.value());
        return {};
    }

    // The SBOMs of a manifest; for a platform of an index, also BuildKit's, which sit in the index.
    Result<QList<SbomSource>> sbomSources(store::Store& store, const oci::Manifest& manifest,
                                          const oci::Manifest* parentIndex, const QString& platform)
    {
        auto found = SbomLocator::locate(store, manifest);
        if (!found)
            return found.error();
        if (!found->isEmpty() || !parentIndex)
            return found;
        auto inIndex = SbomLocator::locate(store, *parentIndex);
        if (!inIndex)
            return inIndex.error();
        QList<SbomSource> mine;
        for (const SbomSource& s : inIndex.value())
            if (s.platform && platformKey(*s.platform) == platform)
                mine.append(s);
        return mine;
    }

    Status compareSboms(const oci::Manifest& l, const oci::Manifest& r, ArtifactComparison& c,
                        const Parents* parents)
    {
        if (!m_options.sbom) {
            c.sbom.state.reason = tr("SBOMs were not asked for");
            return {};
        }
        // No shortcut for one digest on both sides: SBOMs are referrers, and a rescan attached to one copy
        // of an image lists other packages than the SBOM of another copy.
        auto leftSources = sbomSources(m_left, l, parents ? parents->left : nullptr,
                                       parents ? parents->platform : QString());
        if (!leftSources)
            return leftSources.error();
        auto rightSources = sbomSources(m_right, r, parents ? parents->right : nullptr,
                                        parents ? parents->platform : QString());
        if (!rightSources)
            return rightSources.error();
        const QList<SbomSource>& ls = leftSources.value();
        const QList<SbomSource>& rs = rightSources.value();
        if (ls.isEmpty() || rs.isEmpty()) {
            c.sbom.state.reason = ls.isEmpty() && rs.isEmpty() ? tr("Neither side has an SBOM")
                                  : ls.isEmpty()               ? tr("Only the right side has an SBOM")
                                                               : tr("Only the left side has an SBOM");
            return {};
        }
        // Two documents of the same format compare best; else the first each side offers.
        qsizetype li = 0;
        qsizetype ri = 0;
        bool matched = false;
        for (qsizetype i = 0; i < ls.size() && !matched; ++i)
            for (qsizetype j = 0; j < rs.size() && !matched; ++j)
                if (ls.at(i).format != SbomFormat::Unknown && ls.at(i).format == rs.at(j).format) {
                    li = i;
                    ri = j;
                    matched = true;
                }
        c.sbom.state.compared = true;
        if (ls.at(li).layer.digest == rs.at(ri).layer.digest) {
            // One document on both sides: nothing to read.
            c.sbom.leftSource = ls.at(li).where;
            c.sbom.rightSource = rs.at(ri).where;
            return {};
        }
        auto leftDocument = SbomLocator::load(m_left, ls.at(li));
        if (!leftDocument) {
            c.sbom.state.compared = false;
            c.sbom.state.reason = tr("The left SBOM cannot be read: %1").arg(leftDocument.error().message);
            return {};
        }
        auto rightDocument = SbomLocator::load(m_right, rs.at(ri));
        if (!rightDocument) {
            c.sbom.state.compared = false;
            c.sbom.state.reason = tr("The right SBOM cannot be read: %1").arg(rightDocument.error().message);
            return {};
        }
        c.sbom.leftSource = QStringLiteral("%1 (%2)").arg(ls.at(li).where, leftDocument->formatLabel());
        c.sbom.rightSource = QStringLiteral("%1 (%2)").arg(rs.at(ri).where, rightDocument->formatLabel());
        PackageDiffResult packages = PackageDiff::compare(leftDocument->packages, rightDocument->packages);
        c.sbom.changes = std::move(packages.changes);
        c.sbom.counts = packages.counts;
        return {};
    }

    Result<QList<PlatformEntry>> platformEntries(store::Store& store, const oci::Manifest& manifest)
    {
        if (manifest.isIndex())
            return indexEntries(manifest);
        // A single image against an index: its platform is in its config.
        PlatformEntry entry;
        entry.descriptor = manifest.descriptor();
        const oci::Descriptor& config = manifest.config();
        if (oci::MediaType::isImageConfig(config.mediaType) && config.size <= oci::Manifest::kMaxSize) {
            auto bytes = store.fetchBlob(config, oci::Manifest::kMaxSize);
            if (!bytes)
                return bytes.error();
            if (auto parsed = oci::ImageConfig::parse(bytes.value()))
                entry.platform = parsed->platform;
        }
        entry.key = platformKey(entry.platform);
        return QList<PlatformEntry>{entry};
    }

    Status comparePlatforms(const oci::Manifest& l, const oci::Manifest& r, ArtifactComparison& c, int depth)
    {
        auto leftEntries = platformEntries(m_left, l);
        if (!leftEntries)
            return leftEntries.error();
        auto rightEntries = platformEntries(m_right, r);
        if (!rightEntries)
            return rightEntries.error();
        QMap<QString, PlatformPair> byKey;
        for (const auto& e : leftEntries.value()) {
            PlatformPair& p = byKey[e.key];
            p.key = e.key;
            p.platform = e.platform;
            p.attestation = e.attestation;
            p.presence = Presence::OnlyLeft;
            p.left = e.descriptor;
        }
        for (const auto& e : rightEntries.value()) {
            PlatformPair& p = byKey[e.key];
            p.presence = p.left.isValid() ? Presence::Both : Presence::OnlyRight;
            if (p.presence == Presence::OnlyRight) {
                p.key = e.key;
                p.platform = e.platform;
                p.attestation = e.attestation;
            }
            p.right = e.descriptor;
        }
        for (PlatformPair& p : byKey) {
            c.platformCounts.add(p.presence);
            if (p.presence == Presence::Both && depth + 1 < kMaxDepth) {
                // The same descriptor on both sides needs no second fetch when both are the same store,
                // but two stores must each be read: one of them might not hold what its index names.
                auto lm = m_left.fetchManifest(p.left.digest.toString());
                if (!lm)
                    return lm.error();
                auto rm = m_right.fetchManifest(p.right.digest.toString());
                if (!rm)
                    return rm.error();
                const Parents parents{l.isIndex() ? &l : nullptr, r.isIndex() ? &r : nullptr,
                                      platformKey(p.platform)};
                auto nested = compare(lm.value(), rm.value(), depth + 1, &parents);
                if (!nested)
                    return nested.error();
                p.diff = std::make_shared<const ArtifactComparison>(std::move(nested.value()));
            }
            c.platforms.append(p);
        }
        return {};
    }

    Result<QList<SideReferrer>> referrersOf(store::Store& store, const oci::Descriptor& subject)
    {
        auto listed = store.referrers(subject.digest);
        if (!listed && !meansNoReferrers(listed.error()))
            return listed.error();
        const QList<store::Referrer> referrers = listed ? listed.value() : QList<store::Referrer>{};
        QList<SideReferrer> out(referrers.size());
        LADING_TRY(transfer::runParallel(
            int(referrers.size()), m_options.concurrency,
            [&](int k) -> Status {
                SideReferrer& s = out[k];
                s.referrer = referrers.at(k);
                auto manifest = store.fetchManifest(s.referrer.descriptor.digest.toString());
                if (!manifest)
                    return manifest.error();
                s.manifest = manifest.value();
                s.artifactClass = oci::ArtifactClassifier::classify(s.manifest);
                s.artifactType = s.referrer.descriptor.artifactType.isEmpty()
                                     ? s.manifest.effectiveArtifactType()
                                     : s.referrer.descriptor.artifactType;
                if (m_options.verify && isSignatureLike(s.artifactClass, s.manifest)) {
                    s.reports =
                        SignatureVerifier::verifyManifest(store, s.manifest, s.referrer.descriptor, subject,
                                                          m_options.trust, s.referrer.source);
                    if (!s.reports.isEmpty()) {
                        s.badge = SignatureVerifier::badge(s.reports);
                        s.status = s.reports.first().statusMessage;
                    }
                }
                return {};
            },
            m_control));
        // Creation time, then digest: the order referrers of one kind are paired in, the same on every run.
        std::sort(out.begin(), out.end(), [](const SideReferrer& a, const SideReferrer& b) {
            if (a.created() != b.created())
                return a.created() < b.created();
            return a.referrer.descriptor.digest < b.referrer.descriptor.digest;
        });
        return out;
    }

    static SideVerification verificationOf(const QList<SideReferrer>& side, bool verify)
    {
        SideVerification v;
        if (!verify)
            return v;
        for (const auto& s : side)
            v.reports.append(s.reports);
        v.checked = !v.reports.isEmpty();
        v.badge = SignatureVerifier::badge(v.reports);
        return v;
    }

    Status compareReferrers(ArtifactComparison& c)
    {
        auto left = referrersOf(m_left, c.left);
        if (!left)
            return left.error();
        auto right = referrersOf(m_right, c.right);
        if (!right)
            return right.error();
        ReferrersDiff& d = c.referrers;
        d.state.compared = true;
        d.leftVerification = verificationOf(left.value(), m_options.verify);
        d.rightVerification = verificationOf(right.value(), m_options.verify);

        QList<SideReferrer> l = left.value();
        QList<SideReferrer> r = right.value();
        QList<bool> leftUsed(l.size(), false);
        QList<bool> rightUsed(r.size(), false);
        // One row: a referrer on both sides, or on one (the other null).
        const auto append = [&d](const SideReferrer* onLeft, const SideReferrer* onRight) {
            const SideReferrer& first = onLeft ? *onLeft : *onRight;
            ReferrerPair p;
            p.presence = onLeft && onRight ? Presence::Both
                         : onLeft          ? Presence::OnlyLeft
                                           : Presence::OnlyRight;
            p.artifactClass = first.artifactClass;
            p.artifactType = first.artifactType;
            if (onLeft) {
                p.left = onLeft->referrer;
                p.leftBadge = onLeft->badge;
                p.leftStatus = onLeft->status;
            }
            if (onRight) {
                p.right = onRight->referrer;
                p.rightBadge = onRight->badge;
                p.rightStatus = onRight->status;
            }
            p.sameDigest = onLeft && onRight &&
                           onLeft->referrer.descriptor.digest == onRight->referrer.descriptor.digest;
            d.pairs.append(p);
        };
        const auto pairBy = [&](const auto& same) {
            for (qsizetype i = 0; i < l.size(); ++i) {
                if (leftUsed.at(i))
                    continue;
                for (qsizetype j = 0; j < r.size(); ++j) {
                    if (!rightUsed.at(j) && same(l.at(i), r.at(j))) {
                        leftUsed[i] = true;
                        rightUsed[j] = true;
                        append(&l.at(i), &r.at(j));
                        break;
                    }
                }
            }
        };
        // First the same manifests, then the same kind and type, in creation order.
        pairBy([](const SideReferrer& a, const SideReferrer& b) {
            return a.referrer.descriptor.digest == b.referrer.descriptor.digest;
        });
        pairBy([](const SideReferrer& a, const SideReferrer& b) { return a.matchKey() == b.matchKey(); });
        for (qsizetype i = 0; i < l.size(); ++i) {
            if (!leftUsed.at(i))
                append(&l.at(i), nullptr);
        }
        for (qsizetype j = 0; j < r.size(); ++j) {
            if (!rightUsed.at(j))
                append(nullptr, &r.at(j));
        }
        const auto digestOf = [](const ReferrerPair& p) {
            return (p.left ? p.left : p.right)->descriptor.digest;
        };
        std::stable_sort(d.pairs.begin(), d.pairs.end(), [&](const ReferrerPair& a, const ReferrerPair& b) {
            if (a.artifactClass.kind != b.artifactClass.kind)
                return int(a.artifactClass.kind) < int(b.artifactClass.kind);
            if (a.artifactType != b.artifactType)
                return a.artifactType < b.artifactType;
            if (a.presence != b.presence)
                return int(a.presence) < int(b.presence);
            return digestOf(a) < digestOf(b);
        });
        for (const ReferrerPair& p : std::as_const(d.pairs)) {
            d.counts.add(p.presence);
            if (p.presence == Presence::Both && !p.sameDigest)
                ++d.differentDigests;
        }
        return {};
    }

    store::Store& m_left;
    store::Store& m_right;
    const ArtifactDiffOptions& m_options;
    store::TransferControl* m_control;
};

// With a platform asked for, an index stands for its manifest of that platform.
Result<oci::Manifest> selectPlatform(store::Store& store, const oci::Manifest& manifest,
                                     const std::optional<oci::Platform>& platform, bool leftSide)
{
    if (!platform || !manifest.isIndex())
        return manifest;
    for (const auto& d : manifest.manifests()) {
        if (d.platform && d.platform->matches(*platform))
            return store.fetchManifest(d.digest.toString());
    }
    const QString message =
        leftSide ? tr("The left index has no manifest for %1") : tr("The right index has no manifest for %1");
    return Error::make(Error::Kind::NotFound, message.arg(platform->toString()), store.displayName());
}

} // namespace

void PresenceCounts::add(Presence presence)
{
    switch (presence) {
    case Presence::Both:
        ++both;
        break;
    case Presence::OnlyLeft:
        ++onlyLeft;
        break;
    case Presence::OnlyRight:
        ++onlyRight;
        break;
    }
}

bool ReferrersDiff::hasDifferences() const
{
    if (counts.onlyLeft > 0 || counts.onlyRight > 0 || differentDigests > 0)
        return true;
    return std::any_of(pairs.begin(), pairs.end(),
                       [](const ReferrerPair& p) { return p.leftBadge != p.rightBadge; });
}

bool ArtifactComparison::hasDifferences() const
{
    if (!sameDigest() || referrers.hasDifferences())
        return true;
    return std::any_of(platforms.begin(), platforms.end(),
                       [](const PlatformPair& p) { return p.diff && p.diff->hasDifferences(); });
}

Result<ArtifactComparison> ArtifactDiff::compare(store::Store& left, const QString& leftReference,
                                                 store::Store& right, const QString& rightReference,
                                                 const ArtifactDiffOptions& options,
                                                 store::TransferControl* control)
{
    auto l = left.fetchManifest(leftReference);
    if (!l)
        return l.error();
    auto r = right.fetchManifest(rightReference);
    if (!r)
        return r.error();
    auto leftManifest = selectPlatform(left, l.value(), options.platform, true);
    if (!leftManifest)
        return leftManifest.error();
    auto rightManifest = selectPlatform(right, r.value(), options.platform, false);
    if (!rightManifest)
        return rightManifest.error();
    Comparer comparer(left, right, options, control);
    auto result = comparer.compare(leftManifest.value(), rightManifest.value(), 0);
    if (result) {
        result->leftName = nameOf(left, leftReference);
        result->rightName = nameOf(right, rightReference);
    }
    return result;
}

} // namespace lading::inspect
