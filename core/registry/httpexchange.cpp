#include "core/registry/httpexchange.h"

namespace lading::registry {

QByteArray HttpResponse::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& [key, value] : headers) {
        if (key == lower)
            return value;
    }
    return {};
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    QList<QByteArray> values;
    for (const auto& [key, value] : headers) {
        if (key == lower)
            values.append(value);
    }
    return values;
}

} // namespace lading::registry
