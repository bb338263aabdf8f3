#include "core/inspect/sbomlocator.h"

#include "core/inspect/dsseenvelope.h"
#include "core/inspect/intotostatement.h"
#include "core/oci/artifactclassifier.h"
#include "core/oci/mediatypes.h"
#include "core/util/translations.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

LADING_TR_CONTEXT(SbomLocator);

namespace lading::inspect {

namespace {

namespace MediaType = oci::MediaType;
using oci::ArtifactClassifier;
using oci::ArtifactKind;

// An attestation layer that does not say its predicate type is opened to read it, up to this size; a bigger
// one is listed anyway (it is most likely an SBOM: nothing else in-toto gets that big) and loading tells.
constexpr qint64 kPeekCap = qint64(64) * 1024 * 1024;

constexpr QLatin1StringView kInTotoPrefix{"application/vnd.in-toto"};
constexpr QLatin1StringView kSigstoreBundlePrefix{"application/vnd.dev.sigstore.bundle"};
constexpr QLatin1StringView kAttestationManifest{"attestation-manifest"};

// How to describe what is found in one manifest: a plain SBOM layer, or an attestation (%1: its predicate
// type) in it.
struct Origin
{
    SbomSource::Kind plainKind;
    QString plainWhere;
    SbomSource::Kind attestationKind;
    QString attestationWhere; // may hold %1 for the predicate type
    std::optional<oci::Platform> platform;
};

SbomSource::Wrapping wrappingOf(const QString& mediaType)
{
    const QString t = MediaType::essence(mediaType);
    if (t == MediaType::DsseEnvelope)
        return SbomSource::Wrapping::Dsse;
    if (t.startsWith(kInTotoPrefix))
        return SbomSource::Wrapping::InToto;
    if (t.startsWith(kSigstoreBundlePrefix))
        return SbomSource::Wrapping::SigstoreBundle;
    return SbomSource::Wrapping::None;
}

bool isSbomLayerType(const QString& mediaType)
{
    const QString t = MediaType::essence(mediaType);
    return SbomLocator::formatOfMediaType(t) != SbomFormat::Unknown || t == MediaType::CosignArtifactSbom ||
           t == MediaType::SyftJson;
}

bool isAttestationKind(ArtifactKind kind)
{
    return kind == ArtifactKind::CosignAttestation || kind == ArtifactKind::InTotoAttestation ||
           kind == ArtifactKind::BuildKitAttestation || kind == ArtifactKind::SigstoreBundle;
}

// Where attestation tools write the predicate type: cosign on each DSSE layer, BuildKit on each in-toto
// layer, sigstore bundles on the manifest. Empty when nobody said.
QString predicateTypeAnnotated(const oci::Descriptor& layer, const oci::Manifest& manifest)
{
    for (const auto key : {oci::Annotation::CosignPredicateType, oci::Annotation::InTotoPredicateType}) {
        const QString value = layer.annotations.value(QString(key));
        if (!value.isEmpty())
            return value;
    }
    // Annotations of the manifest speak for its layer only when there is one.
    if (manifest.layers().size() == 1) {
        for (const auto key : {oci::Annotation::SigstoreBundlePredicateType,
                               oci::Annotation::InTotoPredicateType, oci::Annotation::CosignPredicateType}) {
            const QString value = manifest.annotations().value(QString(key));
            if (!value.isEmpty())
                return value;
        }
    }
    return {};
}

Result<InTotoStatement> statementOfEnvelope(const DsseEnvelope& envelope)
{
    if (MediaType::essence(envelope.payloadType) != MediaType::InToto)
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The DSSE envelope carries \"%1\", not an in-toto statement.").arg(envelope.payloadType));
    return InTotoStatement::parse(envelope.payload);
}

Result<DsseEnvelope> envelopeOfBundle(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::make(Error::Kind::InvalidInput, tr("The sigstore bundle is not a JSON object."));
    const QJsonValue envelope = document.object().value(QLatin1StringView("dsseEnvelope"));
    if (!envelope.isObject())
        return Error::make(Error::Kind::InvalidInput,
                           tr("The sigstore bundle holds a signature, not an attestation."));
    return DsseEnvelope::fromJson(envelope.toObject());
}

// The in-toto statement inside a wrapped layer's bytes.
Result<InTotoStatement> statementOf(const QByteArray& bytes, SbomSource::Wrapping wrapping)
{
    switch (wrapping) {
    case SbomSource::Wrapping::Dsse: {
        auto envelope = DsseEnvelope::parse(bytes);
        if (!envelope)
            return envelope.error();
        return statementOfEnvelope(envelope.value());
    }
    case SbomSource::Wrapping::SigstoreBundle: {
        auto envelope = envelopeOfBundle(bytes);
        if (!envelope)
            return envelope.error();
        return statementOfEnvelope(envelope.value());
    }
    case SbomSource::Wrapping::InToto:
    case SbomSource::Wrapping::None:
        break;
    }
    return InTotoStatement::parse(bytes);
}

Result<SbomDocument> documentOfStatement(const InTotoStatement& statement)
{
    if (SbomLocator::formatOfPredicateType(statement.predicateType) == SbomFormat::Unknown)
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The attestation's predicate is %1, not an SBOM.").arg(statement.predicateType));
    if (statement.predicate.isObject())
        return SbomDocument::fromJson(statement.predicate.toObject());
    // cosign attests SPDX tag-value ("--type spdx") as a JSON string predicate: hand the string to the
    // document's own parser so that it can name the form.
    if (statement.predicate.isString())
        return SbomDocument::parse(statement.predicate.toString().toUtf8());
    if (statement.predicate.isArray())
        return SbomDocument::parse(statement.predicateJson());
    return Error::make(Error::Kind::InvalidInput, tr("The attestation has no SBOM in its predicate."));
}

// The predicate type of an attestation layer that does not say it: read from the statement inside.
Result<QString> peekPredicateType(store::Store& store, const oci::Descriptor& layer,
                                  SbomSource::Wrapping wrapping)
{
    auto bytes = store.fetchBlob(layer, kPeekCap);
    if (!bytes)
        return bytes.error();
    auto statement = statementOf(bytes.value(), wrapping);
    // A layer that holds no readable statement holds no SBOM either.
    if (!statement)
        return QString();
    return statement->predicateType;
}

// The SBOMs among one manifest's layers. `sbomArtifact`: the manifest says it is an SBOM (artifactType,
// config type or cosign tag) even if its layers carry generic types, as `oras attach` writes them.
Result<QList<SbomSource>> sourcesIn(store::Store& store, const oci::Manifest& manifest, const Origin& origin,
                                    bool sbomArtifact, SbomFormat artifactFormat)
{
    QList<SbomSource> out;
    const oci::Descriptor self = manifest.descriptor();
    const auto& layers = manifest.layers();
    for (const oci::Descriptor& layer : layers) {
        SbomSource source;
        source.manifest = self;
        source.layer = layer;
        source.platform = origin.platform;
        source.wrapping = wrappingOf(layer.mediaType);
        if (source.wrapping != SbomSource::Wrapping::None) {
            source.predicateType = predicateTypeAnnotated(layer, manifest);
            if (source.predicateType.isEmpty() && layer.size <= kPeekCap) {
                auto peeked = peekPredicateType(store, layer, source.wrapping);
                if (!peeked)
                    return peeked.error();
                if (peeked->isEmpty())
                    continue;
                source.predicateType = peeked.value();
            }
            source.format = SbomLocator::formatOfPredicateType(source.predicateType);
            if (source.format == SbomFormat::Unknown && !source.predicateType.isEmpty())
                continue; // provenance, vulnerability scans, …
            source.kind = origin.attestationKind;
            source.where = origin.attestationWhere.contains(QLatin1String("%1"))
                               ? origin.attestationWhere.arg(source.predicateType.isEmpty()
                                                                 ? tr("(predicate type not stated)")
                                                                 : source.predicateType)
                               : origin.attestationWhere;
            out.append(source);
        } else if (isSbomLayerType(layer.mediaType)) {
            source.format = SbomLocator::formatOfMediaType(layer.mediaType);
            source.kind = origin.plainKind;
            source.where = origin.plainWhere;
            out.append(source);
        }
    }
    if (out.isEmpty() && sbomArtifact) {
        for (const oci::Descriptor& layer : layers) {
            if (MediaType::essence(layer.mediaType) == MediaType::Empty)
                continue;
            SbomSource source;
            source.kind = origin.plainKind;
            source.where = origin.plainWhere;
            source.format = artifactFormat;
            source.manifest = self;
            source.layer = layer;
            source.platform = origin.platform;
            out.append(source);
        }
    }
    return out;
}

SbomFormat formatOfArtifact(const oci::ArtifactClass& artifact)
{
    switch (artifact.kind) {
    case ArtifactKind::SpdxSbom:
        return SbomFormat::Spdx;
    case ArtifactKind::CycloneDxSbom:
        return SbomFormat::CycloneDx;
    default:
        return SbomLocator::formatOfMediaType(artifact.type);
    }
}

Result<QList<SbomSource>> sourcesOfManifest(store::Store& store, const oci::Manifest& manifest,
                                            const Origin& origin, const QString& tagHint)
{
    if (manifest.isIndex())
        return QList<SbomSource>();
    const oci::ArtifactClass artifact = ArtifactClassifier::classify(manifest, tagHint);
    return sourcesIn(store, manifest, origin, ArtifactClassifier::isSbom(artifact.kind),
                     formatOfArtifact(artifact));
}

Origin referrerOrigin(const oci::Digest& digest)
{
    return {SbomSource::Kind::Referrer, tr("referrer %1").arg(digest.shortForm()),
            SbomSource::Kind::Attestation,
            tr("attestation %1 (referrer %2)").arg(QStringLiteral("%1"), digest.shortForm()), std::nullopt};
}

Origin cosignTagOrigin(const QString& tag)
{
    if (tag.endsWith(QLatin1String(".att")))
        return {SbomSource::Kind::Attestation, tr("cosign .att tag"), SbomSource::Kind::Attestation,
                tr("attestation %1 (cosign .att tag)"), std::nullopt};
    return {SbomSource::Kind::CosignSbomTag, tr("cosign .sbom tag"), SbomSource::Kind::Attestation,
            tr("attestation %1 (cosign .sbom tag)"), std::nullopt};
}

// Several sources with the same description (two SBOM layers in one referrer, two scanned stages in one
// BuildKit attestation) are told apart by their layer's title or digest.
void disambiguate(QList<SbomSource>& sources)
{
    QHash<QString, int> counts;
    for (const SbomSource& s : std::as_const(sources))
        ++counts[s.where];
    for (SbomSource& s : sources) {
        if (counts.value(s.where) < 2)
            continue;
        const QString title = s.layer.title();
        s.where += QStringLiteral(" · ") + (title.isEmpty() ? s.layer.digest.shortForm() : title);
    }
}

} // namespace

SbomFormat SbomLocator::formatOfPredicateType(const QString& predicateType)
{
    const QString t = predicateType.trimmed();
    if (t.startsWith(QLatin1String("https://spdx.dev/Document"), Qt::CaseInsensitive))
        return SbomFormat::Spdx;
    // cosign wrote "https://cyclonedx.org/schema" before settling on "https://cyclonedx.org/bom".
    if (t.startsWith(QLatin1String("https://cyclonedx.org/bom"), Qt::CaseInsensitive) ||
        t.startsWith(QLatin1String("https://cyclonedx.org/schema"), Qt::CaseInsensitive))
        return SbomFormat::CycloneDx;
    return SbomFormat::Unknown;
}

SbomFormat SbomLocator::formatOfMediaType(const QString& mediaType)
{
    const QString t = MediaType::essence(mediaType);
    if (t == MediaType::SpdxJson || t == MediaType::SpdxText || t == MediaType::SpdxTextJson)
        return SbomFormat::Spdx;
    if (t.startsWith(QLatin1String("application/vnd.cyclonedx")))
        return SbomFormat::CycloneDx;
    return SbomFormat::Unknown;
}

Result<QList<SbomSource>> SbomLocator::locate(store::Store& store, const QString& reference)
{
    auto manifest = store.fetchManifest(reference);
    if (!manifest)
        return manifest.error();
    const bool isDigest = reference.contains(QLatin1Char(':'));
    return locate(store, manifest.value(), isDigest ? QString() : reference);
}

Result<QList<SbomSource>> SbomLocator::locate(store::Store& store, const oci::Manifest& manifest,
                                              const QString& tagHint)
{
    QList<SbomSource> out;

    // The user selected the SBOM (or an attestation) itself.
    const oci::ArtifactClass artifact = ArtifactClassifier::classify(manifest, tagHint);
    if (ArtifactClassifier::isSbom(artifact.kind) || isAttestationKind(artifact.kind)) {
        const Origin self{SbomSource::Kind::Artifact, tr("this artifact"), SbomSource::Kind::Artifact,
                          tr("attestation %1"), std::nullopt};
        auto own = sourcesIn(store, manifest, self, ArtifactClassifier::isSbom(artifact.kind),
                             formatOfArtifact(artifact));
        if (!own)
            return own.error();
        out = own.value();
        disambiguate(out);
        return out;
    }

    const oci::Digest subject = manifest.digest();
    QSet<oci::Digest> seen{subject};
    auto referrers = store.referrers(subject);
    if (!referrers)
        return referrers.error();
    for (const store::Referrer& referrer : referrers.value()) {
        const oci::Descriptor& d = referrer.descriptor;
        if (seen.contains(d.digest))
            continue;
        seen.insert(d.digest);
        const QString tag = referrer.source == store::ReferrerSource::CosignTag
                                ? d.annotations.value(QString(oci::Annotation::RefName))
                                : QString();
        if (tag.endsWith(QLatin1String(".sig")))
            continue;
        // Signatures, charts and the like say what they are without being fetched.
        const auto kind = ArtifactClassifier::kindOfType(d.artifactType);
        if (tag.isEmpty() && kind && !ArtifactClassifier::isSbom(*kind) && !isAttestationKind(*kind))
            continue;
        if (!d.mediaType.isEmpty() && !MediaType::isManifest(d.mediaType))
            continue;
        auto fetched = store.fetchManifest(d.digest.toString());
        if (!fetched) {
            if (fetched.error().kind == Error::Kind::NotFound)
                continue; // a stale entry of the fallback index
            return fetched.error();
        }
        const Origin origin = tag.isEmpty() ? referrerOrigin(d.digest) : cosignTagOrigin(tag);
        auto found = sourcesOfManifest(store, fetched.value(), origin, tag);
        if (!found)
            return found.error();
        out += found.value();
    }

    // cosign's tags, for stores whose referrers do not include them (layouts, registries read through the
    // API).
    for (const auto suffix : {QLatin1String(".sbom"), QLatin1String(".att")}) {
        const QString tag = subject.referrersTag() + suffix;
        auto resolved = store.resolve(tag);
        if (!resolved) {
            if (resolved.error().kind == Error::Kind::NotFound)
                continue;
            return resolved.error();
        }
        if (seen.contains(resolved->digest))
            continue;
        seen.insert(resolved->digest);
        auto fetched = store.fetchManifest(resolved->digest.toString());
        if (!fetched)
            return fetched.error();
        auto found = sourcesOfManifest(store, fetched.value(), cosignTagOrigin(tag), tag);
        if (!found)
            return found.error();
        out += found.value();
    }

    // BuildKit: one attestation manifest per platform, inside the index, pointing at its platform's manifest.
    if (manifest.isIndex()) {
        QHash<QString, oci::Platform> platforms;
        for (const oci::Descriptor& entry : manifest.manifests()) {
            if (entry.platform)
                platforms.insert(entry.digest.toString(), *entry.platform);
        }
        for (const oci::Descriptor& entry : manifest.manifests()) {
            if (entry.annotations.value(QString(oci::Annotation::DockerReferenceType)) !=
                kAttestationManifest)
                continue;
            const QString target = entry.annotations.value(QString(oci::Annotation::DockerReferenceDigest));
            auto fetched = store.fetchManifest(entry.digest.toString());
            if (!fetched) {
                if (fetched.error().kind == Error::Kind::NotFound)
                    continue;
                return fetched.error();
            }
            Origin origin;
            origin.plainKind = origin.attestationKind = SbomSource::Kind::BuildKitAttestation;
            if (platforms.contains(target)) {
                origin.platform = platforms.value(target);
                origin.plainWhere = tr("BuildKit attestation for %1").arg(origin.platform->toString());
            } else {
                auto digest = oci::Digest::parse(target);
                origin.plainWhere = tr("BuildKit attestation for %1")
                                        .arg(digest ? digest->shortForm() : entry.digest.shortForm());
            }
            origin.attestationWhere = origin.plainWhere;
            auto found = sourcesIn(store, fetched.value(), origin, false, SbomFormat::Unknown);
            if (!found)
                return found.error();
            out += found.value();
        }
    }
    disambiguate(out);
    return out;
}

Result<SbomDocument> SbomLocator::load(store::Store& store, const SbomSource& source)
{
    const oci::Descriptor& layer = source.layer;
    if (layer.size > kMaxSbomSize)
        return Error::make(Error::Kind::TooLarge,
                           tr("The SBOM is %1 MiB; Lading reads SBOMs of up to %2 MiB.")
                               .arg(layer.size / (1024 * 1024))
                               .arg(kMaxSbomSize / (1024 * 1024)));
    auto fetched = store.fetchBlob(layer, kMaxSbomSize);
    if (!fetched)
        return fetched.error();
    const QByteArray& bytes = fetched.value();
    if (source.wrapping == SbomSource::Wrapping::None)
        return SbomDocument::parse(bytes);

    if (source.wrapping == SbomSource::Wrapping::InToto) {
        auto statement = InTotoStatement::parse(bytes);
        if (!statement)
            return statement.error();
        return documentOfStatement(statement.value());
    }
    auto envelope =
        source.wrapping == SbomSource::Wrapping::Dsse ? DsseEnvelope::parse(bytes) : envelopeOfBundle(bytes);
    if (!envelope)
        return envelope.error();
    auto statement = statementOfEnvelope(envelope.value());
    if (!statement)
        return statement.error();
    return documentOfStatement(statement.value());
}

} // namespace lading::inspect
