#include "app/cli/verifyprinter.h"

#include "core/inspect/signaturereportjson.h"

#include <QJsonArray>

namespace lading::cli {

using inspect::SignatureReport;
using inspect::SignatureReportJson;
using inspect::SignatureStatus;

QStringList VerifyPrinter::lines(const QList<SignatureReport>& reports)
{
    QStringList out;
    int signatures = 0;
    for (const SignatureReport& report : reports) {
        if (report.isSignature())
            ++signatures;
        out.append(QStringLiteral("%1  %2  %3  %4")
                       .arg(SignatureReportJson::statusKeyword(report.status), -19)
                       .arg(SignatureReportJson::kindKeyword(report.kind), -16)
                       .arg(report.signatureManifest.digest.toString(), report.statusMessage));
        const QString indent = QStringLiteral("    ");
        if (!report.certificates.isEmpty()) {
            const inspect::CertificateInfo& leaf = report.certificates.first();
            QStringList signer;
            if (!leaf.subject.isEmpty())
                signer.append(leaf.subject);
            if (!leaf.subjectAlternativeNames.isEmpty())
                signer.append(leaf.subjectAlternativeNames.join(QStringLiteral(", ")));
            out.append(indent + tr("signer: %1").arg(signer.join(QStringLiteral("; "))));
            if (!leaf.oidcIssuer.isEmpty())
                out.append(indent + tr("OIDC issuer: %1").arg(leaf.oidcIssuer));
            out.append(indent + tr("certificate issuer: %1").arg(leaf.issuer));
        }
        if (!report.keyDescription.isEmpty() || !report.algorithm.isEmpty())
            out.append(indent +
                       tr("key: %1  algorithm: %2")
                           .arg(report.keyDescription.isEmpty() ? QStringLiteral("-") : report.keyDescription,
                                report.algorithm.isEmpty() ? QStringLiteral("-") : report.algorithm));
        if (!report.signedDigest.isEmpty() && !report.subjectMatches)
            out.append(indent + tr("signs: %1").arg(report.signedDigest));
        if (report.tlog)
            out.append(indent +
                       tr("transparency log: entry %1, %2")
                           .arg(report.tlog->logIndex.isEmpty() ? QStringLiteral("-") : report.tlog->logIndex,
                                report.tlog->integratedTime.isValid()
                                    ? report.tlog->integratedTime.toString(Qt::ISODate)
                                    : QStringLiteral("-")));
        if (!report.predicateType.isEmpty())
            out.append(indent + tr("predicate: %1").arg(report.predicateType));
    }
    const inspect::TrustBadge badge = inspect::SignatureVerifier::badge(reports);
    out.append(
        tr("result: %1 (signatures: %2)").arg(SignatureReportJson::badgeKeyword(badge)).arg(signatures));
    return out;
}

QJsonObject VerifyPrinter::json(const oci::Descriptor& subject, const QList<SignatureReport>& reports)
{
    QJsonArray signatures;
    for (const SignatureReport& report : reports)
        signatures.append(SignatureReportJson::toJson(report));
    QJsonObject root;
    root.insert(QStringLiteral("subject"), subject.toJson());
    root.insert(QStringLiteral("badge"),
                SignatureReportJson::badgeKeyword(inspect::SignatureVerifier::badge(reports)));
    root.insert(QStringLiteral("exitCode"), exitCode(reports));
    root.insert(QStringLiteral("signatures"), signatures);
    return root;
}

int VerifyPrinter::exitCode(const QList<SignatureReport>& reports)
{
    bool any = false;
    bool allVerified = true;
    for (const SignatureReport& report : reports) {
        if (!report.isSignature())
            continue;
        any = true;
        if (report.status == SignatureStatus::Invalid)
            return SomeInvalid;
        allVerified = allVerified && report.status == SignatureStatus::Verified;
    }
    if (!any)
        return Unsigned;
    return allVerified ? AllVerified : NotAllVerified;
}

} // namespace lading::cli
