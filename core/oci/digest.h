#pragma once

#include "core/util/result.h"

#include <QHashFunctions>
#include <QString>

namespace lading::oci {

// A content digest "algorithm:encoded". Parsing follows the image-spec grammar: unknown but grammatical
// algorithms are accepted (they just cannot be verified); sha256 and sha512 are checked strictly.
class Digest final
{
public:
    Digest() = default;
    static Result<Digest> parse(const QString& text);
    static Digest sha256Of(const QByteArray& bytes);
    static Digest sha256FromHex(const QString& hex) { return Digest(QStringLiteral("sha256"), hex); }

    bool isValid() const { return !m_algorithm.isEmpty(); }
    bool isVerifiable() const; // sha256 or sha512: we can hash and compare
    const QString& algorithm() const { return m_algorithm; }
    const QString& encoded() const { return m_encoded; }
    QString toString() const { return isValid() ? m_algorithm + QLatin1Char(':') + m_encoded : QString(); }
    // A short form for people: "sha256:abcdef123456".
    QString shortForm() const { return m_algorithm + QLatin1Char(':') + m_encoded.left(12); }
    // The referrers fallback tag of this digest as subject: "sha256-<hex>" (oci-reference §3.3).
    QString referrersTag() const;

    friend bool operator==(const Digest&, const Digest&) = default;
    friend auto operator<=>(const Digest& a, const Digest& b)
    {
        return a.toString().compare(b.toString()) <=> 0;
    }

private:
    Digest(QString algorithm, QString encoded)
        : m_algorithm(std::move(algorithm))
        , m_encoded(std::move(encoded))
    {}
    QString m_algorithm;
    QString m_encoded;
};

inline size_t qHash(const Digest& d, size_t seed = 0)
{
    return qHash(d.toString(), seed);
}

} // namespace lading::oci
