#pragma once

#include "core/oci/artifactclassifier.h"
#include "core/oci/descriptor.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace lading::transfer {

// What ArtifactDetector proposes for a push: the same fields a PackRequest takes, prefilled the way the
// ecosystem's own tool (helm push, wasm-to-oci, oras for SIF, conftest/opa, cosign, …) would fill them.
struct DetectedArtifact
{
    oci::ArtifactKind kind = oci::ArtifactKind::Files;
    QString artifactType;    // empty: none (e.g. Helm sets only the config media type)
    QString configMediaType; // empty: the packer's default
    QByteArray configBytes;  // a generated config (Helm Chart.yaml as JSON, the WASM config); empty: "{}"
    QMap<QString, QString> layerMediaTypes; // path as given → media type
    QString suggestedTag;                   // empty: no suggestion
    oci::Annotations annotations;           // manifest annotations to propose
    QString summary;                        // "Helm chart demo-chart 0.1.0+build.7"
};

// Looks at local files and folders to be pushed and tells what kind of artifact they make (oci-reference
// §7). Blocking (reads files by streaming; only small heads and Chart.yaml are held); thread-safe.
class ArtifactDetector final
{
public:
    ArtifactDetector() = delete;

    static Result<DetectedArtifact> detect(const QStringList& paths);

    // Chart.yaml's text → the JSON Helm puts in its config blob (keys as in the YAML, unknown ones kept).
    static Result<QByteArray> helmConfigFromChartYaml(const QByteArray& chartYaml);
    // A chart version as an OCI tag: '+' is not allowed in tags, Helm writes '_' instead.
    static QString tagForVersion(const QString& version);
};

} // namespace lading::transfer
