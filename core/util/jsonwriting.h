#pragma once

#include <QJsonObject>
#include <QString>

namespace lading::util {

// `value` under `key` unless it is empty: Lading's stable JSON schemas (`lading verify --json`, `lading diff
// --json`) leave absent values out rather than write "".
void insertIfSet(QJsonObject& object, const QString& key, const QString& value);

} // namespace lading::util
