#include "core/util/jsonwriting.h"

namespace lading::util {

void insertIfSet(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace lading::util
