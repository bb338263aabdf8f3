#pragma once

#include <QByteArray>

namespace lading::oci {

// Tells an OPA bundle pushed the way `opa build` / `policy push` does (an image manifest with the 2-byte
// "{}" image config and one tar+gzip layer, see ArtifactClassifier::mayBeOpaBundle) from a one-layer image
// by looking inside the layer: a bundle holds Rego policies (*.rego) and data (*.json, *.yaml), and often
// a ".manifest", nothing else. Reads from memory; callers fetch small layers only.
class OpaBundleProbe final
{
public:
    static constexpr qint64 kMaxLayerSize = 1024 * 1024;

    // True when `tarGzip` (the layer's bytes) is a tar, gzip-compressed or not, whose regular files are a
    // bundle's: at least one .rego file or a ".manifest", and only .rego, .json, .yaml/.yml, .manifest and
    // signature files. Unreadable archives are not bundles.
    static bool isBundle(const QByteArray& tarGzip);
};

} // namespace lading::oci
