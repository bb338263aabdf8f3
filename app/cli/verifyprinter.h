#pragma once

#include "core/inspect/signatureverifier.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace lading::cli {

// The output of `lading verify`: per signature one line "STATUS  KIND  SIGNATURE-DIGEST  reason" (keywords
// as in SignatureReportJson, stable for scripts; the reason translated), then indented details (signer,
// key, transparency log, predicate), and a last line "result: BADGE (signatures: N)".
class VerifyPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(VerifyPrinter)

public:
    enum Exit
    {
        AllVerified = 0,
        SomeInvalid = 3,
        NotAllVerified = 4,
        Unsigned = 5
    };

    static QStringList lines(const QList<inspect::SignatureReport>& reports);
    static QJsonObject json(const oci::Descriptor& subject, const QList<inspect::SignatureReport>& reports);
    // 0 only when at least one signature exists and every one verified.
    static int exitCode(const QList<inspect::SignatureReport>& reports);
};

} // namespace lading::cli
