#include "core/inspect/dsseenvelope.h"

#include "core/util/base64.h"
#include "core/util/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

LADING_TR_CONTEXT(DsseEnvelope);

namespace lading::inspect {

Result<DsseEnvelope> DsseEnvelope::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The DSSE envelope is not valid JSON (%1 at byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!document.isObject())
        return Error::make(Error::Kind::InvalidInput, tr("The DSSE envelope is not a JSON object."));
    return fromJson(document.object());
}

Result<DsseEnvelope> DsseEnvelope::fromJson(const QJsonObject& object)
{
    DsseEnvelope envelope;
    envelope.payloadType = object.value(QLatin1String("payloadType")).toString();
    const QJsonValue payload = object.value(QLatin1String("payload"));
    if (!payload.isString())
        return Error::make(Error::Kind::InvalidInput, tr("The DSSE envelope has no payload."));
    const auto decoded = util::decodeBase64Lenient(payload.toString().toLatin1());
    if (!decoded)
        return Error::make(Error::Kind::InvalidInput, tr("The DSSE envelope's payload is not valid base64."));
    envelope.payload = *decoded;

    const QJsonArray signatures = object.value(QLatin1String("signatures")).toArray();
    for (const QJsonValue& value : signatures) {
        const QJsonObject entry = value.toObject();
        const auto signature =
            util::decodeBase64Lenient(entry.value(QLatin1String("sig")).toString().toLatin1());
        if (!signature || signature->isEmpty())
            return Error::make(Error::Kind::InvalidInput,
                               tr("A signature of the DSSE envelope is missing or not valid base64."));
        envelope.signatures.append(DsseSignature{entry.value(QLatin1String("keyid")).toString(), *signature});
    }
    return envelope;
}

QByteArray DsseEnvelope::preAuthenticationEncoding() const
{
    return preAuthenticationEncoding(payloadType, payload);
}

QByteArray DsseEnvelope::preAuthenticationEncoding(const QString& payloadType, const QByteArray& payload)
{
    // Lengths are the byte lengths of the UTF-8 type and of the payload, in ASCII decimal (envelope.md).
    const QByteArray type = payloadType.toUtf8();
    QByteArray out = QByteArrayLiteral("DSSEv1 ");
    out += QByteArray::number(type.size()) + ' ' + type + ' ' + QByteArray::number(payload.size()) + ' ';
    out += payload;
    return out;
}

} // namespace lading::inspect
