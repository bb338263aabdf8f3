#include "ui/models/source.h"

#include <QFileInfo>

namespace lading::ui {

QString Source::displayName() const
{
    if (kind == Kind::Registry)
        return key;
    return QFileInfo(key).fileName().isEmpty() ? key : QFileInfo(key).fileName();
}

store::Location Source::location(const QString& repository, const QString& reference) const
{
    store::Location location;
    if (kind == Kind::Registry) {
        QString text = key + QLatin1Char('/') + repository;
        if (!reference.isEmpty())
            text += (reference.contains(QLatin1Char(':')) ? QLatin1Char('@') : QLatin1Char(':')) + reference;
        auto parsed = store::Location::parse(text, true);
        return parsed.ok() ? parsed.value() : location;
    }
    location.kind = kind == Kind::Layout ? store::Location::Kind::Layout : store::Location::Kind::Archive;
    location.path = key;
    if (reference.contains(QLatin1Char(':'))) {
        auto digest = oci::Digest::parse(reference);
        if (digest)
            location.digest = digest.value();
    } else {
        location.tag = reference;
    }
    return location;
}

Source Source::fromLocation(const store::Location& location)
{
    Source source;
    switch (location.kind) {
    case store::Location::Kind::Registry:
        source.kind = Kind::Registry;
        source.key = location.reference.registry();
        break;
    case store::Location::Kind::Layout:
        source.kind = Kind::Layout;
        source.key = QFileInfo(location.path).absoluteFilePath();
        break;
    case store::Location::Kind::Archive:
        source.kind = Kind::Archive;
        source.key = QFileInfo(location.path).absoluteFilePath();
        break;
    }
    return source;
}

QVariantMap Source::toVariant() const
{
    return {{QStringLiteral("kind"), int(kind)},
            {QStringLiteral("key"), key},
            {QStringLiteral("origin"), int(origin)}};
}

Source Source::fromVariant(const QVariantMap& map)
{
    Source source;
    source.kind = Kind(qBound(0, map.value(QStringLiteral("kind")).toInt(), 2));
    source.key = map.value(QStringLiteral("key")).toString();
    source.origin = Origin(qBound(0, map.value(QStringLiteral("origin")).toInt(), 2));
    return source;
}

} // namespace lading::ui
