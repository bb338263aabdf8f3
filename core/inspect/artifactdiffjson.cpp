#include "core/inspect/artifactdiffjson.h"

#include "core/inspect/signaturereportjson.h"
#include "core/util/jsonwriting.h"

#include <QJsonArray>

namespace lading::inspect {

namespace {

QJsonObject counts(const DiffCounts& c)
{
    return {{QStringLiteral("added"), c.added},
            {QStringLiteral("removed"), c.removed},
            {QStringLiteral("changed"), c.changed}};
}

QJsonObject counts(const PresenceCounts& c)
{
    return {{QStringLiteral("both"), c.both},
            {QStringLiteral("onlyLeft"), c.onlyLeft},
            {QStringLiteral("onlyRight"), c.onlyRight}};
}

QJsonObject descriptor(const oci::Descriptor& d)
{
    return {{QStringLiteral("digest"), d.digest.toString()},
            {QStringLiteral("mediaType"), d.mediaType},
            {QStringLiteral("size"), double(d.size)}};
}

using util::insertIfSet;

void insertState(QJsonObject& object, const SectionState& state)
{
    object.insert(QStringLiteral("compared"), state.compared);
    insertIfSet(object, QStringLiteral("reason"), state.reason);
}

QJsonObject side(const QString& name, const oci::Descriptor& d, const oci::ArtifactClass& artifactClass,
                 const QString& artifactType)
{
    QJsonObject o = descriptor(d);
    insertIfSet(o, QStringLiteral("name"), name);
    insertIfSet(o, QStringLiteral("artifactType"), artifactType);
    o.insert(QStringLiteral("kind"), ArtifactDiffJson::artifactKindName(artifactClass.kind));
    return o;
}

QJsonObject jsonDiff(const JsonDiffResult& diff)
{
    QJsonArray changes;
    for (const JsonChange& c : diff.changes) {
        QJsonObject o{{QStringLiteral("kind"), ArtifactDiffJson::kindName(c.kind)},
                      {QStringLiteral("path"), c.path}};
        if (c.kind == ChangeKind::Changed && c.rightPath != c.path)
            o.insert(QStringLiteral("rightPath"), c.rightPath);
        if (!c.left.isUndefined())
            o.insert(QStringLiteral("left"), c.left);
        if (!c.right.isUndefined())
            o.insert(QStringLiteral("right"), c.right);
        changes.append(o);
    }
    return {{QStringLiteral("counts"), counts(diff.counts)}, {QStringLiteral("changes"), changes}};
}

QJsonObject entry(const LayerEntry& e)
{
    QJsonObject o{{QStringLiteral("type"), ArtifactDiffJson::entryTypeName(e.type)},
                  {QStringLiteral("size"), double(e.size)},
                  {QStringLiteral("mode"), QStringLiteral("%1").arg(e.mode, 4, 8, QLatin1Char('0'))},
                  {QStringLiteral("uid"), double(e.uid)},
                  {QStringLiteral("gid"), double(e.gid)},
                  {QStringLiteral("layer"), e.layerIndex}};
    if (e.contentDigest)
        o.insert(QStringLiteral("digest"), e.contentDigest->toString());
    insertIfSet(o, QStringLiteral("linkTarget"), e.linkTarget);
    return o;
}

QJsonObject referrer(const store::Referrer& r, const std::optional<TrustBadge>& badge, const QString& status)
{
    QJsonObject o = descriptor(r.descriptor);
    insertIfSet(o, QStringLiteral("created"),
                r.descriptor.annotations.value(QString(oci::Annotation::Created)));
    o.insert(QStringLiteral("source"), SignatureReportJson::sourceKeyword(r.source));
    if (badge)
        o.insert(QStringLiteral("verification"), SignatureReportJson::badgeKeyword(*badge));
    insertIfSet(o, QStringLiteral("status"), status);
    return o;
}

QJsonObject comparison(const ArtifactComparison& c)
{
    QJsonObject root;
    root.insert(QStringLiteral("identical"), !c.hasDifferences());
    root.insert(QStringLiteral("left"), side(c.leftName, c.left, c.leftClass, c.left.artifactType));
    root.insert(QStringLiteral("right"), side(c.rightName, c.right, c.rightClass, c.right.artifactType));
    root.insert(QStringLiteral("manifest"), jsonDiff(c.manifest));

    QJsonObject config = jsonDiff(c.config);
    insertState(config, c.configState);
    if (c.leftConfig.isValid())
        config.insert(QStringLiteral("left"), descriptor(c.leftConfig));
    if (c.rightConfig.isValid())
        config.insert(QStringLiteral("right"), descriptor(c.rightConfig));
    root.insert(QStringLiteral("config"), config);

    QJsonArray annotations;
    for (const AnnotationChange& a : c.annotations) {
        QJsonObject o{{QStringLiteral("kind"), ArtifactDiffJson::kindName(a.kind)},
                      {QStringLiteral("key"), a.key}};
        if (a.kind != ChangeKind::Added)
            o.insert(QStringLiteral("left"), a.left);
        if (a.kind != ChangeKind::Removed)
            o.insert(QStringLiteral("right"), a.right);
        annotations.append(o);
    }
    root.insert(QStringLiteral("annotations"),
                QJsonObject{{QStringLiteral("counts"), counts(c.annotationCounts)},
                            {QStringLiteral("changes"), annotations}});

    QJsonArray layers;
    for (const LayerPair& l : c.layers) {
        QJsonObject o = descriptor(l.descriptor());
        o.insert(QStringLiteral("presence"), ArtifactDiffJson::presenceName(l.presence));
        if (l.leftPosition >= 0)
            o.insert(QStringLiteral("leftPosition"), l.leftPosition);
        if (l.rightPosition >= 0)
            o.insert(QStringLiteral("rightPosition"), l.rightPosition);
        layers.append(o);
    }
    root.insert(QStringLiteral("layers"),
                QJsonObject{{QStringLiteral("counts"), counts(c.layerCounts)},
                            {QStringLiteral("sharedPrefix"), c.files.sharedPrefixLayers},
                            {QStringLiteral("layers"), layers}});

    QJsonObject files{{QStringLiteral("counts"), counts(c.files.counts)},
                      {QStringLiteral("sharedPrefixLayers"), c.files.sharedPrefixLayers},
                      {QStringLiteral("prefixListed"), c.files.prefixListed},
                      {QStringLiteral("layersRead"), c.files.layersRead}};
    insertState(files, c.files.state);
    QJsonArray fileChanges;
    for (const FileChange& f : c.files.changes) {
        QJsonObject o{{QStringLiteral("kind"), ArtifactDiffJson::kindName(f.kind)},
                      {QStringLiteral("path"), f.path}};
        if (f.kind == ChangeKind::Changed)
            o.insert(QStringLiteral("aspects"),
                     QJsonArray::fromStringList(ArtifactDiffJson::aspectNames(f.aspects)));
        if (f.left)
            o.insert(QStringLiteral("left"), entry(*f.left));
        if (f.right)
            o.insert(QStringLiteral("right"), entry(*f.right));
        fileChanges.append(o);
    }
    files.insert(QStringLiteral("changes"), fileChanges);
    root.insert(QStringLiteral("files"), files);

    QJsonObject sbom{{QStringLiteral("counts"), counts(c.sbom.counts)}};
    insertState(sbom, c.sbom.state);
    insertIfSet(sbom, QStringLiteral("leftSource"), c.sbom.leftSource);
    insertIfSet(sbom, QStringLiteral("rightSource"), c.sbom.rightSource);
    QJsonArray packages;
    for (const PackageChange& p : c.sbom.changes) {
        QJsonObject o{{QStringLiteral("kind"), ArtifactDiffJson::kindName(p.kind)},
                      {QStringLiteral("key"), p.key},
                      {QStringLiteral("name"), p.name}};
        insertIfSet(o, QStringLiteral("type"), p.type);
        insertIfSet(o, QStringLiteral("leftVersion"), p.leftVersion);
        insertIfSet(o, QStringLiteral("rightVersion"), p.rightVersion);
        insertIfSet(o, QStringLiteral("leftPurl"), p.leftPurl);
        insertIfSet(o, QStringLiteral("rightPurl"), p.rightPurl);
        packages.append(o);
    }
    sbom.insert(QStringLiteral("changes"), packages);
    root.insert(QStringLiteral("sbom"), sbom);

    const ReferrersDiff& rd = c.referrers;
    QJsonObject referrers{{QStringLiteral("counts"), counts(rd.counts)},
                          {QStringLiteral("differentDigests"), rd.differentDigests}};
    insertState(referrers, rd.state);
    QJsonObject verification;
    if (rd.leftVerification.checked)
        verification.insert(QStringLiteral("left"),
                            SignatureReportJson::badgeKeyword(rd.leftVerification.badge));
    if (rd.rightVerification.checked)
        verification.insert(QStringLiteral("right"),
                            SignatureReportJson::badgeKeyword(rd.rightVerification.badge));
    if (!verification.isEmpty())
        referrers.insert(QStringLiteral("verification"), verification);
    QJsonArray pairs;
    for (const ReferrerPair& p : rd.pairs) {
        QJsonObject o{{QStringLiteral("presence"), ArtifactDiffJson::presenceName(p.presence)},
                      {QStringLiteral("kind"), ArtifactDiffJson::artifactKindName(p.artifactClass.kind)},
                      {QStringLiteral("sameDigest"), p.sameDigest}};
        insertIfSet(o, QStringLiteral("artifactType"), p.artifactType);
        if (p.left)
            o.insert(QStringLiteral("left"), referrer(*p.left, p.leftBadge, p.leftStatus));
        if (p.right)
            o.insert(QStringLiteral("right"), referrer(*p.right, p.rightBadge, p.rightStatus));
        pairs.append(o);
    }
    referrers.insert(QStringLiteral("referrers"), pairs);
    root.insert(QStringLiteral("referrers"), referrers);

    QJsonArray platforms;
    for (const PlatformPair& p : c.platforms) {
        QJsonObject o{{QStringLiteral("platform"), p.key},
                      {QStringLiteral("attestation"), p.attestation},
                      {QStringLiteral("presence"), ArtifactDiffJson::presenceName(p.presence)}};
        if (p.left.isValid())
            o.insert(QStringLiteral("left"), descriptor(p.left));
        if (p.right.isValid())
            o.insert(QStringLiteral("right"), descriptor(p.right));
        if (p.diff)
            o.insert(QStringLiteral("diff"), comparison(*p.diff));
        platforms.append(o);
    }
    root.insert(QStringLiteral("platforms"), QJsonObject{{QStringLiteral("counts"), counts(c.platformCounts)},
                                                         {QStringLiteral("platforms"), platforms}});
    return root;
}

} // namespace

QJsonObject ArtifactDiffJson::toJson(const ArtifactComparison& c)
{
    QJsonObject root = comparison(c);
    root.insert(QStringLiteral("schemaVersion"), kSchemaVersion);
    return root;
}

QString ArtifactDiffJson::kindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    case ChangeKind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QString ArtifactDiffJson::presenceName(Presence presence)
{
    switch (presence) {
    case Presence::Both:
        return QStringLiteral("both");
    case Presence::OnlyLeft:
        return QStringLiteral("left");
    case Presence::OnlyRight:
        return QStringLiteral("right");
    }
    return {};
}

QString ArtifactDiffJson::artifactKindName(oci::ArtifactKind kind)
{
    using K = oci::ArtifactKind;
    switch (kind) {
    case K::Image:
        return QStringLiteral("image");
    case K::MultiPlatformImage:
        return QStringLiteral("multi-platform-image");
    case K::HelmChart:
        return QStringLiteral("helm-chart");
    case K::CosignSignature:
        return QStringLiteral("cosign-signature");
    case K::CosignAttestation:
        return QStringLiteral("cosign-attestation");
    case K::CosignSbom:
        return QStringLiteral("cosign-sbom");
    case K::SigstoreBundle:
        return QStringLiteral("sigstore-bundle");
    case K::NotationSignature:
        return QStringLiteral("notation-signature");
    case K::SpdxSbom:
        return QStringLiteral("spdx-sbom");
    case K::CycloneDxSbom:
        return QStringLiteral("cyclonedx-sbom");
    case K::InTotoAttestation:
        return QStringLiteral("in-toto-attestation");
    case K::Wasm:
        return QStringLiteral("wasm");
    case K::Sif:
        return QStringLiteral("sif");
    case K::OpaBundle:
        return QStringLiteral("opa-bundle");
    case K::ModelPackModel:
        return QStringLiteral("modelpack-model");
    case K::Files:
        return QStringLiteral("files");
    case K::BuildKitAttestation:
        return QStringLiteral("buildkit-attestation");
    case K::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString ArtifactDiffJson::entryTypeName(LayerEntry::Type type)
{
    using T = LayerEntry::Type;
    switch (type) {
    case T::File:
        return QStringLiteral("file");
    case T::Directory:
        return QStringLiteral("directory");
    case T::Symlink:
        return QStringLiteral("symlink");
    case T::Hardlink:
        return QStringLiteral("hardlink");
    case T::CharDevice:
        return QStringLiteral("char-device");
    case T::BlockDevice:
        return QStringLiteral("block-device");
    case T::Fifo:
        return QStringLiteral("fifo");
    case T::Whiteout:
        return QStringLiteral("whiteout");
    case T::OpaqueWhiteout:
        return QStringLiteral("opaque-whiteout");
    }
    return {};
}

QStringList ArtifactDiffJson::aspectNames(int aspects)
{
    QStringList names;
    const std::pair<int, const char*> all[] = {
        {FileChange::Type, "type"},
        {FileChange::Size, "size"},
        {FileChange::Mode, "mode"},
        {FileChange::Content, "content"},
        {FileChange::LinkTarget, "linkTarget"},
        {FileChange::Owner, "owner"},
    };
    for (const auto& [flag, name] : all)
        if (aspects & flag)
            names.append(QLatin1String(name));
    return names;
}

} // namespace lading::inspect
