#pragma once

#include "core/oci/descriptor.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lading::test {

// A descriptor as compact JSON, to splice into hand-written manifests whose exact bytes a test knows.
QString descriptorJson(const oci::Descriptor& descriptor);
// An OCI image manifest over `config` and `layers`, written by hand; `extra` is inserted before "config"
// (e.g. "\"artifactType\":\"…\"," or a subject) and must end with a comma.
QByteArray imageManifest(const oci::Descriptor& config, const QList<oci::Descriptor>& layers,
                         const QString& extra = {});

} // namespace lading::test
