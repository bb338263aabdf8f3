#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

// Owning pointers and two small helpers for the OpenSSL C API, shared by the .cpp files of core that call
// it (public keys, certificate chains) and by the test support that makes keys and certificates. Include it
// from implementation files only: core's public headers never show OpenSSL types.
namespace lading::util {

template <typename T, void (*Free)(T*)> struct OpensslFree
{
    void operator()(T* p) const { Free(p); }
};
template <typename T, void (*Free)(T*)> using OpensslPtr = std::unique_ptr<T, OpensslFree<T, Free>>;

using Asn1ObjectPtr = OpensslPtr<ASN1_OBJECT, ASN1_OBJECT_free>;
using Asn1OctetStringPtr = OpensslPtr<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>;
using Asn1Utf8StringPtr = OpensslPtr<ASN1_UTF8STRING, ASN1_UTF8STRING_free>;
using BioPtr = OpensslPtr<BIO, BIO_free_all>;
using BnPtr = OpensslPtr<BIGNUM, BN_free>;
using EcdsaSigPtr = OpensslPtr<ECDSA_SIG, ECDSA_SIG_free>;
using MdCtxPtr = OpensslPtr<EVP_MD_CTX, EVP_MD_CTX_free>;
using PkeyCtxPtr = OpensslPtr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using PkeyPtr = OpensslPtr<EVP_PKEY, EVP_PKEY_free>;
using X509ExtensionPtr = OpensslPtr<X509_EXTENSION, X509_EXTENSION_free>;
using X509Ptr = OpensslPtr<X509, X509_free>;
using X509StoreCtxPtr = OpensslPtr<X509_STORE_CTX, X509_STORE_CTX_free>;
using X509StorePtr = OpensslPtr<X509_STORE, X509_STORE_free>;

// The text of the last error OpenSSL queued on this thread, empty when there is none. OpenSSL keeps a
// per-thread queue: the whole queue is drained, so a failure leaves nothing for the next caller to misread.
QString takeOpensslError();

// What a memory BIO (BIO_s_mem) holds.
QByteArray memoryBioBytes(BIO* bio);

} // namespace lading::util
