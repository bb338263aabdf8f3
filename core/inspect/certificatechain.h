#pragma once

#include "core/inspect/publickey.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace lading::inspect {

// X.509 plumbing on OpenSSL for the signature verifier: PEM/DER certificate lists and path validation
// against roots the user trusts. (CertificateInfo, the displayed details, is built here too.)
class CertificateChain final
{
public:
    enum class Usage
    {
        Any,
        CodeSigning // the leaf, when it has an extendedKeyUsage, must allow codeSigning (Fulcio, notation)
    };

    // Every "CERTIFICATE" block of a PEM text as DER, in order; checks each one parses. Fails when none.
    static Result<QList<QByteArray>> derListFromPem(const QByteArray& pem);
    // DER → PEM (one block).
    static QByteArray pemFromDer(const QByteArray& der);

    // Builds and checks a path from `chain` (leaf first, then intermediates in any order) to one of `roots`
    // (DER). A trusted certificate that is not self-signed (an intermediate the user chose to trust) ends a
    // path too. Validity is checked at `at` (invalid QDateTime: now): short-lived Fulcio certificates are
    // checked at the moment the transparency log saw the signature. Returns the subject of the trusted
    // certificate the path ended at, or an Error whose message says why the chain is not trusted.
    static Result<QString> verify(const QList<QByteArray>& chain, const QList<QByteArray>& roots,
                                  const QDateTime& at, Usage usage);
};

} // namespace lading::inspect
