#include "core/oci/descriptor.h"

#include "core/oci/mediatypes.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QJsonArray>

LADING_TR_CONTEXT(Descriptor);

namespace lading::oci {

Result<Descriptor> Descriptor::fromJson(const QJsonObject& object)
{
    Descriptor d;
    d.mediaType = object.value(QLatin1String("mediaType")).toString();
    const auto digestValue = object.value(QLatin1String("digest"));
    if (!digestValue.isString())
        return Error::make(Error::Kind::Protocol, tr("A descriptor has no digest"));
    auto digest = Digest::parse(digestValue.toString());
    if (!digest)
        return Error::make(Error::Kind::Protocol,
                           tr("A descriptor has an invalid digest: %1").arg(digest.error().message));
    d.digest = digest.value();
    const auto sizeValue = object.value(QLatin1String("size"));
    if (!sizeValue.isDouble() || sizeValue.toDouble() < 0 ||
        sizeValue.toDouble() != double(sizeValue.toInteger()))
        return Error::make(Error::Kind::Protocol,
                           tr("The descriptor of %1 has no valid size").arg(d.digest.toString()));
    d.size = sizeValue.toInteger();
    d.artifactType = object.value(QLatin1String("artifactType")).toString();
    const QJsonObject annotations = object.value(QLatin1String("annotations")).toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        d.annotations.insert(it.key(), it.value().toString());
    if (object.contains(QLatin1String("platform")))
        d.platform = Platform::fromJson(object.value(QLatin1String("platform")).toObject());
    for (const auto& url : object.value(QLatin1String("urls")).toArray())
        d.urls.append(url.toString());
    if (object.contains(QLatin1String("data"))) {
        const QByteArray data =
            QByteArray::fromBase64(object.value(QLatin1String("data")).toString().toLatin1());
        // Embedded data must match its descriptor; if not, ignore it rather than trusting it.
        if (data.size() == d.size && (!d.digest.isVerifiable() || Digest::sha256Of(data) == d.digest))
            d.data = data;
    }
    return d;
}

QJsonObject Descriptor::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("mediaType"), mediaType);
    o.insert(QLatin1String("digest"), digest.toString());
    o.insert(QLatin1String("size"), size);
    if (!artifactType.isEmpty())
        o.insert(QLatin1String("artifactType"), artifactType);
    if (!annotations.isEmpty()) {
        QJsonObject a;
        for (auto it = annotations.begin(); it != annotations.end(); ++it)
            a.insert(it.key(), it.value());
        o.insert(QLatin1String("annotations"), a);
    }
    if (platform)
        o.insert(QLatin1String("platform"), platform->toJson());
    if (!urls.isEmpty())
        o.insert(QLatin1String("urls"), QJsonArray::fromStringList(urls));
    if (!data.isEmpty())
        o.insert(QLatin1String("data"), QString::fromLatin1(data.toBase64()));
    return o;
}

Descriptor Descriptor::forBytes(const QString& mediaType, const QByteArray& bytes)
{
    Descriptor d;
    d.mediaType = mediaType;
    d.digest = Digest::sha256Of(bytes);
    d.size = bytes.size();
    return d;
}

Descriptor Descriptor::empty()
{
    Descriptor d = forBytes(QString(MediaType::Empty), emptyBytes());
    d.data = emptyBytes();
    return d;
}

} // namespace lading::oci
