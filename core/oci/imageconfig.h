#pragma once

#include "core/oci/platform.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace lading::oci {

// One step of an image's build history (image-spec config.md "history").
struct HistoryEntry
{
    QString created; // RFC 3339 as written
    QString author;
    QString createdBy;
    QString comment;
    bool emptyLayer = false; // the step changed metadata only and made no layer
};

// The OCI or Docker image config (application/vnd.oci.image.config.v1+json,
// application/vnd.docker.container.image.v1+json; oci-reference §4.7), read tolerantly: every field is
// optional, `null` counts as absent and a field of the wrong type is ignored, because configs in the wild
// (cosign's, BuildKit's attestation configs) leave out or blank what the spec calls required.
struct ImageConfig
{
    Platform platform; // architecture, os, variant, os.version, os.features
    QString created;   // RFC 3339 as written
    QString author;

    QString user;
    QString workingDir;
    QString stopSignal;
    QStringList entrypoint;
    QStringList cmd;
    QStringList env;          // "KEY=value" as written
    QStringList exposedPorts; // "80/tcp", sorted
    QStringList volumes;      // sorted
    QMap<QString, QString> labels;

    QString rootfsType;
    QStringList diffIds;
    QList<HistoryEntry> history;

    static Result<ImageConfig> parse(const QByteArray& bytes);

    // The creation time, invalid when absent or unreadable.
    QDateTime createdTime() const;
    // For each history entry, the index of the layer it made, or -1 for an empty_layer step. Entries past
    // the last layer (a history longer than the layer list) also get -1.
    QList<int> historyLayerIndexes(int layerCount) const;
    // "KEY=value" → {"KEY", "value"}; an entry without '=' is a key with an empty value.
    static std::pair<QString, QString> splitEnv(const QString& entry);
};

} // namespace lading::oci
