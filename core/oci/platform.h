#pragma once

#include "core/util/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lading::oci {

// An index entry's platform: "linux/arm64/v8".
struct Platform
{
    QString os;
    QString architecture;
    QString variant;
    QString osVersion;
    QStringList osFeatures;

    bool isEmpty() const { return os.isEmpty() && architecture.isEmpty(); }
    bool isUnknown() const
    {
        return os == QLatin1String("unknown") && architecture == QLatin1String("unknown");
    }
    QString toString() const;
    // "os/arch[/variant]"; a missing os means linux.
    static Result<Platform> parse(const QString& text);
    // True when this platform satisfies a wanted one (empty fields in `wanted` match anything).
    bool matches(const Platform& wanted) const;
    static Platform fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    friend bool operator==(const Platform&, const Platform&) = default;
};

} // namespace lading::oci
