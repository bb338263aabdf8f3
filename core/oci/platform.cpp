#include "core/oci/platform.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lading::oci {

QString Platform::toString() const
{
    QString s = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty())
        s += QLatin1Char('/') + variant;
    return s;
}

Result<Platform> Platform::parse(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    Platform p;
    if (parts.size() == 1 && !parts[0].isEmpty()) {
        p.os = QStringLiteral("linux");
        p.architecture = parts[0];
    } else if (parts.size() == 2 || parts.size() == 3) {
        p.os = parts[0];
        p.architecture = parts[1];
        if (parts.size() == 3)
            p.variant = parts[2];
    }
    if (p.os.isEmpty() || p.architecture.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           QCoreApplication::translate("Platform",
                                                       "\"%1\" is not a platform; expected os/arch[/variant]"
                                                       ", for example linux/arm64")
                               .arg(text));
    return p;
}

bool Platform::matches(const Platform& wanted) const
{
    return (wanted.os.isEmpty() || wanted.os == os) &&
           (wanted.architecture.isEmpty() || wanted.architecture == architecture) &&
           (wanted.variant.isEmpty() || wanted.variant == variant);
}

Platform Platform::fromJson(const QJsonObject& object)
{
    Platform p;
    p.os = object.value(QLatin1String("os")).toString();
    p.architecture = object.value(QLatin1String("architecture")).toString();
    p.variant = object.value(QLatin1String("variant")).toString();
    p.osVersion = object.value(QLatin1String("os.version")).toString();
    for (const auto& f : object.value(QLatin1String("os.features")).toArray())
        p.osFeatures.append(f.toString());
    return p;
}

QJsonObject Platform::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("architecture"), architecture);
    o.insert(QLatin1String("os"), os);
    if (!variant.isEmpty())
        o.insert(QLatin1String("variant"), variant);
    if (!osVersion.isEmpty())
        o.insert(QLatin1String("os.version"), osVersion);
    if (!osFeatures.isEmpty())
        o.insert(QLatin1String("os.features"), QJsonArray::fromStringList(osFeatures));
    return o;
}

} // namespace lading::oci
