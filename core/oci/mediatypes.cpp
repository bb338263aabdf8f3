#include "core/oci/mediatypes.h"

#include <QStringList>

namespace lading::oci::MediaType {

QString manifestAcceptHeader()
{
    return QStringList{OciIndex, OciManifest, DockerManifestList, DockerManifest, OciArtifactManifest}.join(
        QStringLiteral(", "));
}

bool isManifest(const QString& mediaType)
{
    return mediaType == OciManifest || mediaType == DockerManifest || mediaType == OciArtifactManifest;
}

bool isIndex(const QString& mediaType)
{
    return mediaType == OciIndex || mediaType == DockerManifestList;
}

bool isImageConfig(const QString& mediaType)
{
    return mediaType == OciConfig || mediaType == DockerConfig;
}

QString essence(const QString& contentType)
{
    return contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

} // namespace lading::oci::MediaType
