#include "core/oci/manifest.h"

#include "core/oci/mediatypes.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

LADING_TR_CONTEXT(Manifest);

namespace lading::oci {

namespace {

Error invalid(const QString& message)
{
    return Error::make(Error::Kind::Protocol, message);
}
} // namespace

Result<Manifest> Manifest::parse(const QByteArray& bytes, const QString& contentType)
{
    if (bytes.size() > kMaxSize)
        return Error::make(Error::Kind::TooLarge,
                           tr("The manifest is %1 bytes, over the 4 MiB limit").arg(bytes.size()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(tr("The manifest is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject root = document.object();

    Manifest m;
    m.m_bytes = bytes;
    m.m_digest = Digest::sha256Of(bytes);
    m.m_schemaVersion = root.value(QLatin1String("schemaVersion")).toInt();

    const QString declared = root.value(QLatin1String("mediaType")).toString();
    const QString header = MediaType::essence(contentType);
    const bool headerIsManifestType = MediaType::isManifestOrIndex(header);
    if (headerIsManifestType && !declared.isEmpty() && declared != header)
        return invalid(tr("The manifest says it is %1 but was served as %2").arg(declared, header));
    if (!declared.isEmpty())
        m.m_mediaType = declared;
    else if (headerIsManifestType)
        m.m_mediaType = header;
    else if (root.contains(QLatin1String("manifests")))
        m.m_mediaType = QString(MediaType::OciIndex);
    else if (root.contains(QLatin1String("config")))
        m.m_mediaType = QString(MediaType::OciManifest);

    if (header == MediaType::DockerSchema1 || header == MediaType::DockerSchema1Signed ||
        m.m_schemaVersion == 1)
        return Error::make(Error::Kind::Unsupported,
                           tr("This is a Docker schema 1 manifest, which is obsolete and not supported"));
    if (!MediaType::isManifestOrIndex(m.m_mediaType))
        return invalid(tr("\"%1\" is not a manifest or index media type").arg(m.m_mediaType));
    // The withdrawn OCI artifact manifest (image-spec 1.1 release candidates) has no schemaVersion at all.
    const bool artifactWithoutVersion =
        m.m_mediaType == MediaType::OciArtifactManifest && m.m_schemaVersion == 0;
    if (m.m_schemaVersion != 2 && !artifactWithoutVersion)
        return invalid(tr("The manifest has schemaVersion %1; only 2 is supported")
                           .arg(root.value(QLatin1String("schemaVersion")).toVariant().toString()));

    m.m_artifactType = root.value(QLatin1String("artifactType")).toString();
    const QJsonObject annotations = root.value(QLatin1String("annotations")).toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        m.m_annotations.insert(it.key(), it.value().toString());
    if (root.contains(QLatin1String("subject"))) {
        auto subject = Descriptor::fromJson(root.value(QLatin1String("subject")).toObject());
        if (!subject)
            return invalid(tr("The manifest's subject is invalid: %1").arg(subject.error().message));
        m.m_subject = subject.value();
    }

    if (m.isIndex()) {
        const QJsonValue list = root.value(QLatin1String("manifests"));
        if (!list.isArray())
            return invalid(tr("The index has no \"manifests\" list"));
        for (const auto& entry : list.toArray()) {
            auto d = Descriptor::fromJson(entry.toObject());
            if (!d)
                return invalid(tr("An index entry is invalid: %1").arg(d.error().message));
            m.m_manifests.append(d.value());
        }
    } else {
        const QJsonValue config = root.value(QLatin1String("config"));
        if (m.m_mediaType != MediaType::OciArtifactManifest) {
            if (!config.isObject())
                return invalid(tr("The image manifest has no config descriptor"));
            auto d = Descriptor::fromJson(config.toObject());
            if (!d)
                return invalid(tr("The config descriptor is invalid: %1").arg(d.error().message));
            m.m_config = d.value();
        }
        const QString layersKey = m.m_mediaType == MediaType::OciArtifactManifest ? QStringLiteral("blobs")
                                                                                  : QStringLiteral("layers");
        for (const auto& entry : root.value(layersKey).toArray()) {
            auto d = Descriptor::fromJson(entry.toObject());
            if (!d)
                return invalid(tr("A layer descriptor is invalid: %1").arg(d.error().message));
            m.m_layers.append(d.value());
        }
    }
    return m;
}

bool Manifest::isIndex() const
{
    return MediaType::isIndex(m_mediaType);
}

bool Manifest::isDockerType() const
{
    return m_mediaType == MediaType::DockerManifest || m_mediaType == MediaType::DockerManifestList;
}

QList<Descriptor> Manifest::children() const
{
    if (isIndex())
        return m_manifests;
    QList<Descriptor> all;
    if (m_config.isValid())
        all.append(m_config);
    all.append(m_layers);
    return all;
}

Descriptor Manifest::descriptor() const
{
    Descriptor d = Descriptor::forBytes(m_mediaType, m_bytes);
    d.artifactType = effectiveArtifactType();
    d.annotations = m_annotations;
    return d;
}

QString Manifest::effectiveArtifactType() const
{
    if (!m_artifactType.isEmpty() || isIndex())
        return m_artifactType;
    return m_config.mediaType;
}

qint64 Manifest::totalSize() const
{
    qint64 total = m_bytes.size();
    for (const auto& d : children())
        total += qMax<qint64>(0, d.size);
    return total;
}

} // namespace lading::oci
