#pragma once

#include "core/oci/configsummary.h"
#include "core/oci/manifest.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace lading::inspect {

// One file of a model: a layer of the model manifest.
struct ModelFile
{
    enum class Role
    {
        Weight,
        WeightConfig,
        Documentation,
        Code,
        Dataset,
        Other,
    };

    QString path; // org.cncf.model.filepath, else the title, else the short digest
    Role role = Role::Other;
    QString roleName;  // translated
    QString packaging; // "raw", "tar", "tar+gzip", "tar+zstd"; empty when unknown
    QString mediaType;
    qint64 size = 0;
    oci::Descriptor descriptor;
};

// A ModelPack model (modelpack/model-spec config.md): what the config says about it, and its files.
struct ModelPack
{
    QList<oci::ConfigField> descriptorFields; // name, family, version, title, authors, vendor, licenses…
    QList<oci::ConfigField> configFields;     // architecture, format, paramSize, precision, quantization…
    QList<oci::ConfigField> capabilities;     // input and output types, reasoning, tool usage…
    QString createdAt;   // descriptor.createdAt as written (also a descriptor field), for the UI's own format
    QString modelFsType; // "layers"
    QStringList diffIds;
    QList<ModelFile> files; // in manifest order
    qint64 totalSize = 0;
    QStringList notes;
};

// Reads the config JSON of a ModelPack manifest and describes its layers. Small: the config is fetched
// into memory (at most kMaxConfigSize), the layers are never fetched.
class ModelPackSummary final
{
public:
    static constexpr qint64 kMaxConfigSize = 1024 * 1024;

    ModelPackSummary() = delete;

    // The model from its manifest and config bytes. A config that is not a JSON object is an error.
    static Result<ModelPack> summarize(const oci::Manifest& manifest, const QByteArray& configJson);
    // Fetches the config from `store` first.
    static Result<ModelPack> load(store::Store& store, const oci::Manifest& manifest);

    // application/vnd.cncf.model.weight.v1.tar → Weight (and "tar" as the packaging).
    static ModelFile::Role roleOf(const QString& mediaType, QString* packaging = nullptr);
    static QString roleName(ModelFile::Role role);
};

} // namespace lading::inspect
