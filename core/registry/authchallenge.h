#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace lading::registry {

// One challenge of a WWW-Authenticate header (RFC 7235 §4.1), e.g. Bearer realm="…",service="…",scope="…".
// Registries send Basic or Bearer; the parser still accepts anything well-formed and skips junk, because a
// broken header from one proxy must not stop us from reading the challenge we can answer.
struct AuthChallenge
{
    QString scheme;                // lower-case: "basic", "bearer"
    QMap<QString, QString> params; // keys lower-case, values unquoted and unescaped
    QString token68;               // the rare token68 form ("Negotiate abc=="), empty otherwise

    // The value of a parameter, by case-insensitive name; empty when absent.
    QString param(const QString& name) const;
    bool hasParam(const QString& name) const;
    bool isBasic() const { return scheme == QLatin1String("basic"); }
    bool isBearer() const { return scheme == QLatin1String("bearer"); }
    // The space-separated "scope" parameter as a list ("repository:a:pull", "registry:catalog:*").
    QStringList scopes() const;
    // error="insufficient_scope": the token lacks a scope; ask for the union of old and new scopes.
    bool isInsufficientScope() const;

    // All challenges of all WWW-Authenticate header values, in order. Never fails: junk is skipped.
    static QList<AuthChallenge> parse(const QList<QByteArray>& headerValues);
    static QList<AuthChallenge> parse(const QByteArray& headerValue)
    {
        return parse(QList<QByteArray>{headerValue});
    }
};

} // namespace lading::registry
