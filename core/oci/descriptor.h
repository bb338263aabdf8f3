#pragma once

#include "core/oci/digest.h"
#include "core/oci/mediatypes.h"
#include "core/oci/platform.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace lading::oci {

using Annotations = QMap<QString, QString>;

// An OCI content descriptor (image-spec descriptor.md).
struct Descriptor
{
    QString mediaType;
    Digest digest;
    qint64 size = -1;
    QString artifactType;
    Annotations annotations;
    std::optional<Platform> platform;
    QStringList urls;
    QByteArray data; // decoded "data" field, verified on parse

    bool isValid() const { return digest.isValid() && size >= 0; }
    QString title() const { return annotations.value(QString(Annotation::Title)); }

    static Result<Descriptor> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    // The descriptor of bytes we hold: digest and size computed here.
    static Descriptor forBytes(const QString& mediaType, const QByteArray& bytes);
    // The 2-byte "{}" empty descriptor (image-spec §4.5).
    static Descriptor empty();
    static QByteArray emptyBytes() { return QByteArrayLiteral("{}"); }

    friend bool operator==(const Descriptor& a, const Descriptor& b)
    {
        return a.mediaType == b.mediaType && a.digest == b.digest && a.size == b.size;
    }
};

} // namespace lading::oci
