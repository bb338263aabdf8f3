#pragma once

#include "core/oci/descriptor.h"
#include "core/oci/imageconfig.h"

#include <QList>
#include <QString>

#include <optional>

namespace lading::inspect {

// One step of an image's build, with the layer it made (if any).
struct ImageHistoryRow
{
    QString created;   // RFC 3339 as written
    QString createdBy; // as written ("/bin/sh -c #(nop)  CMD [\"sh\"]")
    QString command;   // for people: "CMD [\"sh\"]", "RUN apk add curl"
    QString comment;
    QString author;
    bool emptyLayer = false;
    int layerIndex = -1; // into the manifest's layers; -1 for a step that made none (or unknown)
    std::optional<oci::Descriptor> layer;
    QString diffId; // the uncompressed layer's digest from rootfs.diff_ids
};

// The image side of "what is inside": the build history joined with the manifest's layers, so each step
// shows the command that ran and the layer (digest and size) it produced. The other image fields (platform,
// entrypoint, cmd, env, labels, ports, volumes) are ImageConfig's own.
class ImageSummary final
{
public:
    ImageSummary() = delete;

    // One row per history step; a config without history gets one row per layer, with no command.
    static QList<ImageHistoryRow> historyRows(const oci::ImageConfig& config,
                                              const QList<oci::Descriptor>& layers);
    // A created_by line as the Dockerfile instruction it came from: "/bin/sh -c #(nop) " is dropped from
    // metadata steps, a plain "/bin/sh -c cmd" becomes "RUN cmd", BuildKit's " # buildkit" suffix goes.
    static QString commandOf(const QString& createdBy);
};

} // namespace lading::inspect
