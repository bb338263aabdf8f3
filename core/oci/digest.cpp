#include "core/oci/digest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace lading::oci {

Result<Digest> Digest::parse(const QString& text)
{
    static const QRegularExpression grammar(
        QStringLiteral("^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$"));
    const auto match = grammar.match(text);
    if (!match.hasMatch())
        return Error::make(Error::Kind::InvalidInput,
                           QCoreApplication::translate("Digest",
                                                       "\"%1\" is not a digest; expected algorithm:hex, "
                                                       "for example sha256:0123…")
                               .arg(text));
    const QString algorithm = match.captured(1);
    const QString encoded = match.captured(2);
    static const QRegularExpression hex64(QStringLiteral("^[a-f0-9]{64}$"));
    static const QRegularExpression hex128(QStringLiteral("^[a-f0-9]{128}$"));
    if ((algorithm == QLatin1String("sha256") || algorithm == QLatin1String("blake3")) &&
        !hex64.match(encoded).hasMatch())
        return Error::make(Error::Kind::InvalidInput,
                           QCoreApplication::translate("Digest", "\"%1\" is not a valid %2 digest: it needs "
                                                                 "exactly 64 lower-case hex characters")
                               .arg(text, algorithm));
    if (algorithm == QLatin1String("sha512") && !hex128.match(encoded).hasMatch())
        return Error::make(Error::Kind::InvalidInput,
                           QCoreApplication::translate("Digest",
                                                       "\"%1\" is not a valid sha512 digest: it needs "
                                                       "exactly 128 lower-case hex characters")
                               .arg(text));
    return Digest(algorithm, encoded);
}

Digest Digest::sha256Of(const QByteArray& bytes)
{
    // Small inputs only (manifests, configs); streams go through Digester.
    return Digest(QStringLiteral("sha256"),
                  QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

bool Digest::isVerifiable() const
{
    return m_algorithm == QLatin1String("sha256") || m_algorithm == QLatin1String("sha512");
}

QString Digest::referrersTag() const
{
    // Generic rule: algorithm truncated to 32, encoded to 64, illegal tag characters replaced by '-'.
    QString tag = m_algorithm.left(32) + QLatin1Char('-') + m_encoded.left(64);
    for (QChar& c : tag) {
        const bool legal = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
                           c == QLatin1Char('.') || c == QLatin1Char('-');
        if (!legal)
            c = QLatin1Char('-');
    }
    return tag;
}

} // namespace lading::oci
