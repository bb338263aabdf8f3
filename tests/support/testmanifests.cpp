#include "tests/support/testmanifests.h"

#include "core/oci/mediatypes.h"

#include <QJsonDocument>
#include <QStringList>

namespace lading::test {

QString descriptorJson(const oci::Descriptor& descriptor)
{
    return QString::fromUtf8(QJsonDocument(descriptor.toJson()).toJson(QJsonDocument::Compact));
}

QByteArray imageManifest(const oci::Descriptor& config, const QList<oci::Descriptor>& layers,
                         const QString& extra)
{
    QStringList layerJson;
    for (const auto& layer : layers)
        layerJson.append(descriptorJson(layer));
    return QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"%1\",%2\"config\":%3,\"layers\":[%4]}")
        .arg(QString(oci::MediaType::OciManifest), extra, descriptorJson(config),
             layerJson.join(QLatin1Char(',')))
        .toUtf8();
}

} // namespace lading::test
