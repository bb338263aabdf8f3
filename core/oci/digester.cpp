#include "core/oci/digester.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

namespace lading::oci {

struct Digester::Context
{
    EVP_MD_CTX* ctx = nullptr;
    ~Context()
    {
        if (ctx)
            EVP_MD_CTX_free(ctx);
    }
};

Digester::Digester(const QString& algorithm)
    : m_context(std::make_unique<Context>())
    , m_algorithm(algorithm)
{
    const EVP_MD* md = nullptr;
    if (algorithm == QLatin1String("sha256"))
        md = EVP_sha256();
    else if (algorithm == QLatin1String("sha512"))
        md = EVP_sha512();
    if (md) {
        m_context->ctx = EVP_MD_CTX_new();
        EVP_DigestInit_ex(m_context->ctx, md, nullptr);
    }
}

Digester::~Digester() = default;
Digester::Digester(Digester&&) noexcept = default;
Digester& Digester::operator=(Digester&&) noexcept = default;

bool Digester::isSupported() const
{
    return m_context && m_context->ctx;
}

void Digester::addData(QByteArrayView bytes)
{
    m_count += bytes.size();
    if (isSupported())
        EVP_DigestUpdate(m_context->ctx, bytes.data(), static_cast<size_t>(bytes.size()));
}

Digest Digester::result()
{
    if (!isSupported())
        return {};
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, out, &length);
    const QByteArray hex =
        QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length)).toHex();
    auto parsed = Digest::parse(m_algorithm + QLatin1Char(':') + QString::fromLatin1(hex));
    return parsed.ok() ? parsed.value() : Digest();
}

Result<Digest> Digester::hashFile(const QString& path, const QString& algorithm, qint64* size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Digester", "Cannot read %1: %2").arg(path, file.errorString()));
    Digester digester(algorithm);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error::make(
                Error::Kind::Io,
                QCoreApplication::translate("Digester", "Cannot read %1: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        digester.addData(QByteArrayView(buffer.constData(), n));
    }
    if (size)
        *size = digester.bytesHashed();
    return digester.result();
}

} // namespace lading::oci
