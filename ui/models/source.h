#pragma once

#include "core/store/location.h"

#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace lading::ui {

// A place the sidebar lists: a registry host, an OCI layout folder or a layout tar.
struct Source
{
    enum class Kind
    {
        Registry,
        Layout,
        Archive
    };
    enum class Origin
    {
        Added,
        DockerConfig,
        Opened
    };

    Kind kind = Kind::Registry;
    QString key; // "localhost:5000" or an absolute path
    Origin origin = Origin::Added;

    bool isValid() const { return !key.isEmpty(); }
    bool isRegistry() const { return kind == Kind::Registry; }
    QString displayName() const;
    // A location in this source: for registries `repository[:tag|@digest]`, for layouts `tag|@digest`.
    store::Location location(const QString& repository = {}, const QString& reference = {}) const;
    static Source fromLocation(const store::Location& location);

    QVariantMap toVariant() const;
    static Source fromVariant(const QVariantMap& map);

    friend bool operator==(const Source& a, const Source& b) { return a.kind == b.kind && a.key == b.key; }
};

} // namespace lading::ui

Q_DECLARE_METATYPE(lading::ui::Source)
