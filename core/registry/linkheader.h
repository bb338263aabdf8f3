#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace lading::registry {

// RFC 8288 Link headers as registries send them for paging: `<url>; rel="next"`.
class LinkHeader final
{
public:
    // The rel="next" target resolved against `base`, or an empty URL when there is none or when it points
    // to another origin (we never follow a page link off the registry).
    static QUrl nextPage(const QList<QByteArray>& headerValues, const QUrl& base);
};

} // namespace lading::registry
