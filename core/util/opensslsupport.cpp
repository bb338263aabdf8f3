#include "core/util/opensslsupport.h"

#include <openssl/err.h>

namespace lading::util {

QString takeOpensslError()
{
    unsigned long code = 0;
    QString last;
    while ((code = ERR_get_error()) != 0) {
        char text[256] = {};
        ERR_error_string_n(code, text, sizeof text);
        last = QString::fromLatin1(text);
    }
    return last;
}

QByteArray memoryBioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace lading::util
