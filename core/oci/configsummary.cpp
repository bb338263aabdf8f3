#include "core/oci/configsummary.h"

#include "core/util/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

LADING_TR_CONTEXT(ConfigSummary);

namespace lading::oci {

namespace {

void add(QList<ConfigField>& fields, const QString& label, const QJsonObject& object, QLatin1StringView key)
{
    ConfigSummary::addField(fields, label, object, key);
}

QList<ConfigField> helmFields(const QJsonObject& chart)
{
    QList<ConfigField> fields;
    add(fields, tr("Chart"), chart, QLatin1StringView("name"));
    add(fields, tr("Chart version"), chart, QLatin1StringView("version"));
    add(fields, tr("App version"), chart, QLatin1StringView("appVersion"));
    add(fields, tr("Description"), chart, QLatin1StringView("description"));
    add(fields, tr("Chart type"), chart, QLatin1StringView("type"));
    add(fields, tr("Helm API"), chart, QLatin1StringView("apiVersion"));
    return fields;
}

QList<ConfigField> wasmFields(const QJsonObject& config)
{
    QList<ConfigField> fields;
    add(fields, tr("Architecture"), config, QLatin1StringView("architecture"));
    add(fields, tr("Runtime interface"), config, QLatin1StringView("os"));
    add(fields, tr("Author"), config, QLatin1StringView("author"));
    add(fields, tr("Created"), config, QLatin1StringView("created"));
    const QJsonObject component = config.value(QLatin1StringView("component")).toObject();
    add(fields, tr("Component target"), component, QLatin1StringView("target"));
    add(fields, tr("Exports"), component, QLatin1StringView("exports"));
    add(fields, tr("Imports"), component, QLatin1StringView("imports"));
    return fields;
}

QList<ConfigField> modelFields(const QJsonObject& root)
{
    QList<ConfigField> fields;
    const QJsonObject descriptor = root.value(QLatin1StringView("descriptor")).toObject();
    add(fields, tr("Model"), descriptor, QLatin1StringView("name"));
    add(fields, tr("Model version"), descriptor, QLatin1StringView("version"));
    add(fields, tr("Family"), descriptor, QLatin1StringView("family"));
    add(fields, tr("Vendor"), descriptor, QLatin1StringView("vendor"));
    add(fields, tr("Licenses"), descriptor, QLatin1StringView("licenses"));
    const QJsonObject config = root.value(QLatin1StringView("config")).toObject();
    add(fields, tr("Architecture"), config, QLatin1StringView("architecture"));
    add(fields, tr("Format"), config, QLatin1StringView("format"));
    add(fields, tr("Parameters"), config, QLatin1StringView("paramSize"));
    add(fields, tr("Precision"), config, QLatin1StringView("precision"));
    add(fields, tr("Quantization"), config, QLatin1StringView("quantization"));
    return fields;
}

} // namespace

QString ConfigSummary::valueText(const QJsonValue& value, const QString& yes, const QString& no)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? yes : no;
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray()) {
            if (item.isArray())
                continue;
            const QString text = valueText(item, yes, no);
            if (!text.isEmpty())
                parts.append(text);
        }
        return parts.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

void ConfigSummary::addField(QList<ConfigField>& fields, const QString& label, const QJsonObject& object,
                             QLatin1StringView key, const QString& yes, const QString& no)
{
    const QString value = valueText(object.value(key), yes, no);
    if (!value.isEmpty())
        fields.append({label, value});
}

bool ConfigSummary::hasKeyFields(ArtifactKind kind)
{
    return kind == ArtifactKind::HelmChart || kind == ArtifactKind::Wasm ||
           kind == ArtifactKind::ModelPackModel;
}

QList<ConfigField> ConfigSummary::keyFields(ArtifactKind kind, const QByteArray& configBytes)
{
    if (!hasKeyFields(kind))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(configBytes);
    if (!document.isObject())
        return {};
    const QJsonObject root = document.object();
    switch (kind) {
    case ArtifactKind::HelmChart:
        return helmFields(root);
    case ArtifactKind::Wasm:
        return wasmFields(root);
    case ArtifactKind::ModelPackModel:
        return modelFields(root);
    default:
        return {};
    }
}

} // namespace lading::oci
