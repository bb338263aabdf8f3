#pragma once

#include "core/oci/descriptor.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace lading::oci {

// An image manifest or an index, parsed, next to the exact bytes it came from: the bytes are what is
// hashed, pushed and shown; the parsed view never replaces them (oci-reference §8.4).
class Manifest final
{
public:
    static constexpr qint64 kMaxSize = 4 * 1024 * 1024;

    Manifest() = default;
    // Parses bytes whose media type comes from Content-Type (may be empty: then the body's mediaType, or
    // its shape, decides). Rejects a body whose mediaType contradicts the Content-Type.
    static Result<Manifest> parse(const QByteArray& bytes, const QString& contentType = {});

    const QByteArray& bytes() const { return m_bytes; }
    const Digest& digest() const { return m_digest; }
    const QString& mediaType() const { return m_mediaType; }
    bool isIndex() const;
    bool isDockerType() const;

    // Image manifest parts.
    const Descriptor& config() const { return m_config; }
    const QList<Descriptor>& layers() const { return m_layers; }
    // Index parts.
    const QList<Descriptor>& manifests() const { return m_manifests; }
    // Both.
    const QString& artifactType() const { return m_artifactType; }
    const std::optional<Descriptor>& subject() const { return m_subject; }
    const Annotations& annotations() const { return m_annotations; }
    int schemaVersion() const { return m_schemaVersion; }

    // Everything this manifest points at, in order: config then layers, or the index's manifests.
    QList<Descriptor> children() const;
    // This manifest as a descriptor (what an index or referrers list would say about it).
    Descriptor descriptor() const;
    // The artifactType a referrers list shows for this manifest (§3.1): artifactType, else config type.
    QString effectiveArtifactType() const;
    // Sum of the manifest, config and layer sizes; for an index only the index's own bytes and children.
    qint64 totalSize() const;

private:
    QByteArray m_bytes;
    Digest m_digest;
    QString m_mediaType;
    int m_schemaVersion = 0;
    Descriptor m_config;
    QList<Descriptor> m_layers;
    QList<Descriptor> m_manifests;
    QString m_artifactType;
    std::optional<Descriptor> m_subject;
    Annotations m_annotations;
};

} // namespace lading::oci
