#include "core/util/base64.h"

namespace lading::util {

std::optional<QByteArray> decodeBase64Lenient(QByteArrayView text)
{
    QByteArray trimmed = text.trimmed().toByteArray();
    while (trimmed.endsWith('='))
        trimmed.chop(1);
    const bool urlSafe = trimmed.contains('-') || trimmed.contains('_');
    if (urlSafe && (trimmed.contains('+') || trimmed.contains('/')))
        return std::nullopt; // a mix of both alphabets is not base64 of anything
    if (trimmed.size() % 4 == 1)
        return std::nullopt;
    const auto options = (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) |
                         QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors;
    auto decoded = QByteArray::fromBase64Encoding(trimmed, options);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace lading::util
