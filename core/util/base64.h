#pragma once

#include <QByteArray>

#include <optional>

namespace lading::util {

// Decodes base64 as signature formats in the wild write it: the standard or the URL-safe alphabet, with or
// without '=' padding, surrounding whitespace ignored. Anything else (a stray character, a length that no
// padding can fix) is nullopt, so a malformed signature is reported rather than silently read as other bytes.
std::optional<QByteArray> decodeBase64Lenient(QByteArrayView text);

} // namespace lading::util
