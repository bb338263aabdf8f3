#include "core/inspect/certificatechain.h"

#include "core/inspect/signatureverifier.h"
#include "core/util/opensslsupport.h"
#include "core/util/translations.h"

#include <QCryptographicHash>

#include <ctime>
#include <memory>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

LADING_TR_CONTEXT(CertificateChain);

namespace lading::inspect {

namespace {

using util::Asn1ObjectPtr;
using util::BioPtr;
using util::BnPtr;
using util::X509Ptr;
using util::X509StoreCtxPtr;
using util::X509StorePtr;

void clearOpensslErrors()
{
    ERR_clear_error();
}

struct StackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};

X509Ptr parseDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    // Trailing bytes after the certificate mean the input was something else that happened to start well.
    if (cert && p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        cert.reset();
    if (!cert)
        clearOpensslErrors();
    return cert;
}

QString bioText(BIO* bio)
{
    return QString::fromUtf8(util::memoryBioBytes(bio));
}

QString nameLine(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 order and escaping, but UTF-8 kept readable instead of \XX escapes.
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return bioText(bio.get());
}

QDateTime toDateTime(const ASN1_TIME* time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString asn1Text(const ASN1_STRING* string)
{
    if (!string)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(string)),
                             ASN1_STRING_length(string));
}

QStringList alternativeNames(X509* cert)
{
    QStringList names;
    auto* list = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    if (!list) {
        clearOpensslErrors();
        return names;
    }
    for (int i = 0; i < sk_GENERAL_NAME_num(list); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(list, i);
        switch (name->type) {
        case GEN_EMAIL:
            names.append(QStringLiteral("email:") + asn1Text(name->d.rfc822Name));
            break;
        case GEN_URI:
            names.append(QStringLiteral("URI:") + asn1Text(name->d.uniformResourceIdentifier));
            break;
        case GEN_DNS:
            names.append(QStringLiteral("DNS:") + asn1Text(name->d.dNSName));
            break;
        case GEN_IPADD: {
            const ASN1_OCTET_STRING* ip = name->d.iPAddress;
            const QByteArray bytes(reinterpret_cast<const char*>(ASN1_STRING_get0_data(ip)),
                                   ASN1_STRING_length(ip));
            QString text;
            if (bytes.size() == 4) {
                text = QStringLiteral("%1.%2.%3.%4")
                           .arg(quint8(bytes[0]))
                           .arg(quint8(bytes[1]))
                           .arg(quint8(bytes[2]))
                           .arg(quint8(bytes[3]));
            } else {
                QStringList groups;
                for (int j = 0; j + 1 < bytes.size(); j += 2)
                    groups.append(QString::number((quint8(bytes[j]) << 8) | quint8(bytes[j + 1]), 16));
                text = groups.join(QLatin1Char(':'));
            }
            names.append(QStringLiteral("IP:") + text);
            break;
        }
        default:
            names.append(QStringLiteral("othername"));
            break;
        }
    }
    GENERAL_NAMES_free(list);
    return names;
}

// The value of a custom extension by dotted OID, or a null array when absent.
QByteArray extensionValue(X509* cert, const char* oid)
{
    Asn1ObjectPtr object(OBJ_txt2obj(oid, 1));
    if (!object) {
        clearOpensslErrors();
        return {};
    }
    const int index = X509_get_ext_by_OBJ(cert, object.get(), -1);
    if (index < 0)
        return {};
    const ASN1_OCTET_STRING* data = X509_EXTENSION_get_data(X509_get_ext(cert, index));
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(data)), ASN1_STRING_length(data));
}

// Fulcio's issuer: 1.3.6.1.4.1.57264.1.8 holds a DER UTF8String; the deprecated .1.1 the raw text.
QString oidcIssuer(X509* cert)
{
    const QByteArray v2 = extensionValue(cert, "1.3.6.1.4.1.57264.1.8");
    if (!v2.isNull()) {
        const auto* p = reinterpret_cast<const unsigned char*>(v2.constData());
        ASN1_UTF8STRING* text = d2i_ASN1_UTF8STRING(nullptr, &p, long(v2.size()));
        if (text) {
            const QString value = asn1Text(text);
            ASN1_UTF8STRING_free(text);
            return value;
        }
        clearOpensslErrors();
    }
    const QByteArray v1 = extensionValue(cert, "1.3.6.1.4.1.57264.1.1");
    return v1.isNull() ? QString() : QString::fromUtf8(v1);
}

CertificateInfo describe(X509* cert, const QByteArray& der)
{
    CertificateInfo info;
    info.subject = nameLine(X509_get_subject_name(cert));
    info.issuer = nameLine(X509_get_issuer_name(cert));
    BnPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr));
    if (serial) {
        char* hex = BN_bn2hex(serial.get());
        info.serialNumber = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
    info.notBefore = toDateTime(X509_get0_notBefore(cert));
    info.notAfter = toDateTime(X509_get0_notAfter(cert));
    info.subjectAlternativeNames = alternativeNames(cert);
    info.oidcIssuer = oidcIssuer(cert);
    info.sha256Fingerprint =
        QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
    info.isCertificateAuthority = X509_check_ca(cert) > 0;
    if (auto key = PublicKey::fromCertificateDer(der))
        info.keyDescription = key->description();
    info.pem = CertificateChain::pemFromDer(der);
    clearOpensslErrors();
    return info;
}

} // namespace

Result<QList<QByteArray>> CertificateChain::derListFromPem(const QByteArray& pem)
{
    QList<QByteArray> list;
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    while (true) {
        char* name = nullptr;
        char* header = nullptr;
        unsigned char* data = nullptr;
        long length = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &data, &length) != 1)
            break;
        const QByteArray label(name);
        const QByteArray der(reinterpret_cast<const char*>(data), int(length));
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(data);
        if (label != "CERTIFICATE" && label != "TRUSTED CERTIFICATE")
            continue;
        if (!parseDer(der))
            return Error::make(
                Error::Kind::InvalidInput,
                tr("Certificate %1 of the PEM text is not a valid X.509 certificate.").arg(list.size() + 1));
        list.append(der);
    }
    clearOpensslErrors(); // PEM_read_bio ends every list with a "no start line" error
    if (list.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           tr("No PEM certificate (\"-----BEGIN CERTIFICATE-----\") found."));
    return list;
}

QByteArray CertificateChain::pemFromDer(const QByteArray& der)
{
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    pem += "-----END CERTIFICATE-----\n";
    return pem;
}

Result<QString> CertificateChain::verify(const QList<QByteArray>& chain, const QList<QByteArray>& roots,
                                         const QDateTime& at, Usage usage)
{
    if (chain.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("There is no certificate to check."));
    if (roots.isEmpty())
        return Error::make(Error::Kind::NotFound, tr("No trusted root certificates are configured."));
    X509Ptr leaf = parseDer(chain.first());
    if (!leaf)
        return Error::make(Error::Kind::InvalidInput, tr("The signing certificate is not valid DER."));

    X509StorePtr store(X509_STORE_new());
    for (const QByteArray& der : roots) {
        X509Ptr root = parseDer(der);
        if (root)
            X509_STORE_add_cert(store.get(), root.get()); // takes its own reference
    }
    std::unique_ptr<STACK_OF(X509), StackDeleter> untrusted(sk_X509_new_null());
    for (qsizetype i = 1; i < chain.size(); ++i) {
        X509Ptr intermediate = parseDer(chain.at(i));
        if (!intermediate)
            return Error::make(Error::Kind::InvalidInput,
                               tr("Certificate %1 of the chain is not valid DER.").arg(i + 1));
        sk_X509_push(untrusted.get(), intermediate.release());
    }

    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1) {
        clearOpensslErrors();
        return Error::make(Error::Kind::Io, tr("The certificate check could not start."));
    }
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
    // A user may trust an intermediate (a company CA under a public root) rather than the root itself.
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    if (at.isValid())
        X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch()));
    const int ok = X509_verify_cert(ctx.get());
    if (ok != 1) {
        const int code = X509_STORE_CTX_get_error(ctx.get());
        clearOpensslErrors();
        QString reason = QString::fromLatin1(X509_verify_cert_error_string(code));
        if (code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY ||
            code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT || code == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN ||
            code == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT)
            reason = tr("it does not lead to a trusted root certificate");
        else if (code == X509_V_ERR_CERT_HAS_EXPIRED)
            reason = tr("a certificate had expired at %1")
                         .arg(at.isValid() ? at.toString(Qt::ISODate) : tr("this time"));
        else if (code == X509_V_ERR_CERT_NOT_YET_VALID)
            reason = tr("a certificate was not yet valid at %1")
                         .arg(at.isValid() ? at.toString(Qt::ISODate) : tr("this time"));
        return Error::make(Error::Kind::Denied, tr("The certificate chain is not trusted: %1.").arg(reason));
    }
    if (usage == Usage::CodeSigning && (X509_get_extension_flags(leaf.get()) & EXFLAG_XKUSAGE) &&
        !(X509_get_extended_key_usage(leaf.get()) & XKU_CODE_SIGN)) {
        clearOpensslErrors();
        return Error::make(Error::Kind::Denied,
                           tr("The signing certificate is not meant for code signing (extended key usage)."));
    }
    STACK_OF(X509)* built = X509_STORE_CTX_get0_chain(ctx.get());
    QString anchor;
    if (built && sk_X509_num(built) > 0)
        anchor = nameLine(X509_get_subject_name(sk_X509_value(built, sk_X509_num(built) - 1)));
    clearOpensslErrors();
    return anchor;
}

Result<CertificateInfo> CertificateInfo::fromDer(const QByteArray& der)
{
    X509Ptr cert = parseDer(der);
    if (!cert)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The certificate is not a valid X.509 certificate."));
    return describe(cert.get(), der);
}

Result<CertificateInfo> CertificateInfo::fromPem(const QByteArray& pem)
{
    auto list = CertificateChain::derListFromPem(pem);
    if (!list)
        return list.error();
    return fromDer(list->first());
}

Result<QList<CertificateInfo>> CertificateInfo::listFromPem(const QByteArray& pem)
{
    auto list = CertificateChain::derListFromPem(pem);
    if (!list)
        return list.error();
    QList<CertificateInfo> infos;
    for (const QByteArray& der : list.value()) {
        auto info = fromDer(der);
        if (!info)
            return info.error();
        infos.append(info.value());
    }
    return infos;
}

} // namespace lading::inspect
