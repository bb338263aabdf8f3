#pragma once

#include "core/oci/artifactclassifier.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace lading::oci {

// One line of an artifact's summary: a translated label and the value as the config states it.
struct ConfigField
{
    QString label;
    QString value;

    friend bool operator==(const ConfigField&, const ConfigField&) = default;
};

// The few fields worth showing at a glance from the config blob of an artifact whose config is JSON
// that says what it is: a Helm chart (Chart.yaml as JSON), a WebAssembly module (CNCF TAG Runtime config)
// and a ModelPack model (descriptor and config). Cheap: the config is small and already fetched.
class ConfigSummary final
{
public:
    // Fields in reading order; empty for other kinds, unreadable JSON or a config without those fields.
    static QList<ConfigField> keyFields(ArtifactKind kind, const QByteArray& configBytes);
    // Whether keyFields() can say anything for this kind (so callers fetch the config only then).
    static bool hasKeyFields(ArtifactKind kind);

    // A config value as text, the same way in every summary: strings as they are, numbers as JSON writes
    // them, booleans as `yes` / `no`, arrays of such values joined with ", " (empty items, nested arrays
    // and objects left out); objects and null give an empty string.
    static QString valueText(const QJsonValue& value, const QString& yes = QStringLiteral("true"),
                             const QString& no = QStringLiteral("false"));
    // Appends {label, valueText(object[key])} unless that text is empty.
    static void addField(QList<ConfigField>& fields, const QString& label, const QJsonObject& object,
                         QLatin1StringView key, const QString& yes = QStringLiteral("true"),
                         const QString& no = QStringLiteral("false"));
};

} // namespace lading::oci
