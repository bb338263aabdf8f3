#include "core/oci/imageconfig.h"

#include "core/util/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

LADING_TR_CONTEXT(ImageConfig);

namespace lading::oci {

namespace {

QString stringOf(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

// A JSON array of strings; Docker writes a single string for Cmd/Entrypoint in some old configs.
QStringList stringsOf(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    QStringList result;
    if (value.isString()) {
        result.append(value.toString());
    } else if (value.isArray()) {
        for (const auto& item : value.toArray()) {
            if (item.isString())
                result.append(item.toString());
        }
    }
    return result;
}

// {"80/tcp": {}, ...} → the keys, sorted.
QStringList keysOf(const QJsonObject& object, QLatin1StringView key)
{
    QStringList keys = object.value(key).toObject().keys();
    keys.sort();
    return keys;
}

} // namespace

Result<ImageConfig> ImageConfig::parse(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::make(Error::Kind::Protocol,
                           tr("The image config is not a JSON object (%1)")
                               .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                 : tr("another JSON value")));
    const QJsonObject root = document.object();

    ImageConfig config;
    config.platform.os = stringOf(root, QLatin1StringView("os"));
    config.platform.architecture = stringOf(root, QLatin1StringView("architecture"));
    config.platform.variant = stringOf(root, QLatin1StringView("variant"));
    config.platform.osVersion = stringOf(root, QLatin1StringView("os.version"));
    config.platform.osFeatures = stringsOf(root, QLatin1StringView("os.features"));
    config.created = stringOf(root, QLatin1StringView("created"));
    config.author = stringOf(root, QLatin1StringView("author"));

    // "config" holds the run settings; Docker's old configs also carry a "container_config" from the build
    // container, which says nothing about how the image runs and is ignored.
    const QJsonObject run = root.value(QLatin1StringView("config")).toObject();
    config.user = stringOf(run, QLatin1StringView("User"));
    config.workingDir = stringOf(run, QLatin1StringView("WorkingDir"));
    config.stopSignal = stringOf(run, QLatin1StringView("StopSignal"));
    config.entrypoint = stringsOf(run, QLatin1StringView("Entrypoint"));
    config.cmd = stringsOf(run, QLatin1StringView("Cmd"));
    config.env = stringsOf(run, QLatin1StringView("Env"));
    config.exposedPorts = keysOf(run, QLatin1StringView("ExposedPorts"));
    config.volumes = keysOf(run, QLatin1StringView("Volumes"));
    const QJsonObject labels = run.value(QLatin1StringView("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        config.labels.insert(it.key(), it.value().toString());

    const QJsonObject rootfs = root.value(QLatin1StringView("rootfs")).toObject();
    config.rootfsType = stringOf(rootfs, QLatin1StringView("type"));
    config.diffIds = stringsOf(rootfs, QLatin1StringView("diff_ids"));

    for (const auto& item : root.value(QLatin1StringView("history")).toArray()) {
        const QJsonObject step = item.toObject();
        HistoryEntry entry;
        entry.created = stringOf(step, QLatin1StringView("created"));
        entry.author = stringOf(step, QLatin1StringView("author"));
        entry.createdBy = stringOf(step, QLatin1StringView("created_by"));
        entry.comment = stringOf(step, QLatin1StringView("comment"));
        entry.emptyLayer = step.value(QLatin1StringView("empty_layer")).toBool(false);
        config.history.append(entry);
    }
    return config;
}

QDateTime ImageConfig::createdTime() const
{
    return created.isEmpty() ? QDateTime() : QDateTime::fromString(created, Qt::ISODateWithMs);
}

QList<int> ImageConfig::historyLayerIndexes(int layerCount) const
{
    QList<int> indexes;
    indexes.reserve(history.size());
    int next = 0;
    for (const auto& entry : history) {
        if (entry.emptyLayer || next >= layerCount) {
            indexes.append(-1);
        } else {
            indexes.append(next);
            ++next;
        }
    }
    return indexes;
}

std::pair<QString, QString> ImageConfig::splitEnv(const QString& entry)
{
    const qsizetype equals = entry.indexOf(QLatin1Char('='));
    if (equals < 0)
        return {entry, QString()};
    return {entry.left(equals), entry.mid(equals + 1)};
}

} // namespace lading::oci
