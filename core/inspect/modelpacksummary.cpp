#include "core/inspect/modelpacksummary.h"

#include "core/oci/mediatypes.h"
#include "core/util/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

LADING_TR_CONTEXT(ModelPackSummary);

namespace lading::inspect {

namespace {

// Booleans (reasoning, tool usage) as words rather than JSON's true/false.
void add(QList<oci::ConfigField>& fields, const QString& label, const QJsonObject& object,
         QLatin1StringView key)
{
    oci::ConfigSummary::addField(fields, label, object, key, tr("yes"), tr("no"));
}

QList<oci::ConfigField> capabilitiesOf(const QJsonObject& capabilities)
{
    QList<oci::ConfigField> fields;
    add(fields, tr("Input types"), capabilities, QLatin1StringView("input_types"));
    add(fields, tr("Output types"), capabilities, QLatin1StringView("output_types"));
    add(fields, tr("Knowledge cutoff"), capabilities, QLatin1StringView("knowledge_cutoff"));
    add(fields, tr("Reasoning"), capabilities, QLatin1StringView("reasoning"));
    add(fields, tr("Tool usage"), capabilities, QLatin1StringView("tool_usage"));
    return fields;
}

// The model-spec started as "cnai" and moved to "cncf"; both are in registries.
QString modelTypeRest(const QString& mediaType)
{
    const QString type = oci::MediaType::essence(mediaType);
    for (const QLatin1StringView prefix : {QLatin1StringView("application/vnd.cncf.model."),
                                           QLatin1StringView("application/vnd.cnai.model.")}) {
        if (type.startsWith(prefix))
            return type.mid(prefix.size());
    }
    return {};
}

} // namespace

ModelFile::Role ModelPackSummary::roleOf(const QString& mediaType, QString* packaging)
{
    const QString rest = modelTypeRest(mediaType); // "weight.config.v1.raw"
    const qsizetype version = rest.indexOf(QLatin1String(".v1"));
    if (packaging) {
        packaging->clear();
        if (version >= 0 && rest.size() > version + 4 && rest.at(version + 3) == QLatin1Char('.'))
            *packaging = rest.mid(version + 4);
    }
    const QString kind = version >= 0 ? rest.left(version) : QString();
    if (kind == QLatin1String("weight"))
        return ModelFile::Role::Weight;
    if (kind == QLatin1String("weight.config"))
        return ModelFile::Role::WeightConfig;
    if (kind == QLatin1String("doc"))
        return ModelFile::Role::Documentation;
    if (kind == QLatin1String("code"))
        return ModelFile::Role::Code;
    if (kind == QLatin1String("dataset"))
        return ModelFile::Role::Dataset;
    return ModelFile::Role::Other;
}

QString ModelPackSummary::roleName(ModelFile::Role role)
{
    switch (role) {
    case ModelFile::Role::Weight:
        return tr("Weights");
    case ModelFile::Role::WeightConfig:
        return tr("Weight config");
    case ModelFile::Role::Documentation:
        return tr("Documentation");
    case ModelFile::Role::Code:
        return tr("Code");
    case ModelFile::Role::Dataset:
        return tr("Dataset");
    case ModelFile::Role::Other:
        break;
    }
    return tr("Other");
}

Result<ModelPack> ModelPackSummary::summarize(const oci::Manifest& manifest, const QByteArray& configJson)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(configJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::make(Error::Kind::InvalidInput,
                           tr("The model's config is not a JSON object (%1).")
                               .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                 : tr("another JSON value")));
    const QJsonObject root = document.object();
    ModelPack model;

    const QJsonObject descriptor = root.value(QLatin1StringView("descriptor")).toObject();
    add(model.descriptorFields, tr("Name"), descriptor, QLatin1StringView("name"));
    add(model.descriptorFields, tr("Title"), descriptor, QLatin1StringView("title"));
    add(model.descriptorFields, tr("Family"), descriptor, QLatin1StringView("family"));
    add(model.descriptorFields, tr("Version"), descriptor, QLatin1StringView("version"));
    add(model.descriptorFields, tr("Description"), descriptor, QLatin1StringView("description"));
    add(model.descriptorFields, tr("Authors"), descriptor, QLatin1StringView("authors"));
    add(model.descriptorFields, tr("Vendor"), descriptor, QLatin1StringView("vendor"));
    add(model.descriptorFields, tr("Licenses"), descriptor, QLatin1StringView("licenses"));
    add(model.descriptorFields, tr("Created"), descriptor, QLatin1StringView("createdAt"));
    model.createdAt = descriptor.value(QLatin1StringView("createdAt")).toString();
    add(model.descriptorFields, tr("Revision"), descriptor, QLatin1StringView("revision"));
    add(model.descriptorFields, tr("Documentation"), descriptor, QLatin1StringView("docURL"));
    add(model.descriptorFields, tr("Source"), descriptor, QLatin1StringView("sourceURL"));

    const QJsonObject config = root.value(QLatin1StringView("config")).toObject();
    add(model.configFields, tr("Architecture"), config, QLatin1StringView("architecture"));
    add(model.configFields, tr("Format"), config, QLatin1StringView("format"));
    add(model.configFields, tr("Parameters"), config, QLatin1StringView("paramSize"));
    add(model.configFields, tr("Precision"), config, QLatin1StringView("precision"));
    add(model.configFields, tr("Quantization"), config, QLatin1StringView("quantization"));
    // Earlier drafts put capabilities at the top level, the current one inside "config".
    QJsonObject capabilities = config.value(QLatin1StringView("capabilities")).toObject();
    if (capabilities.isEmpty())
        capabilities = root.value(QLatin1StringView("capabilities")).toObject();
    model.capabilities = capabilitiesOf(capabilities);

    const QJsonObject modelfs = root.value(QLatin1StringView("modelfs")).toObject();
    model.modelFsType = modelfs.value(QLatin1StringView("type")).toString();
    QJsonValue diffIds = modelfs.value(QLatin1StringView("diff_ids"));
    if (!diffIds.isArray())
        diffIds = modelfs.value(QLatin1StringView("diffIds"));
    for (const QJsonValue& id : diffIds.toArray()) {
        if (id.isString())
            model.diffIds.append(id.toString());
    }
    if (descriptor.isEmpty() && config.isEmpty())
        model.notes.append(tr("The config has neither a \"descriptor\" nor a \"config\" object."));

    for (const oci::Descriptor& layer : manifest.layers()) {
        ModelFile file;
        file.descriptor = layer;
        file.mediaType = layer.mediaType;
        file.size = layer.size;
        file.role = roleOf(layer.mediaType, &file.packaging);
        file.roleName = roleName(file.role);
        file.path = layer.annotations.value(QString(oci::Annotation::ModelFilepath));
        if (file.path.isEmpty())
            file.path = layer.annotations.value(QStringLiteral("org.cnai.model.filepath"));
        if (file.path.isEmpty())
            file.path = layer.title();
        if (file.path.isEmpty())
            file.path = layer.digest.shortForm();
        model.totalSize += qMax<qint64>(layer.size, 0);
        model.files.append(file);
    }
    return model;
}

Result<ModelPack> ModelPackSummary::load(store::Store& store, const oci::Manifest& manifest)
{
    const oci::Descriptor& config = manifest.config();
    if (!config.isValid())
        return Error::make(Error::Kind::InvalidInput, tr("The model's manifest has no config."));
    if (config.size > kMaxConfigSize)
        return Error::make(Error::Kind::TooLarge, tr("The model's config is over 1 MiB and was not read."));
    auto bytes = store.fetchBlob(config, kMaxConfigSize);
    if (!bytes)
        return bytes.error();
    return summarize(manifest, bytes.value());
}

} // namespace lading::inspect
