#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lading::registry {

// A set of token scopes "type[(class)]:name:action[,action]" (distribution's auth/scope.md). Scopes for the
// same type and name merge into one with the union of their actions, so the sorted string list is a stable
// token-cache key and a token request never asks twice for the same resource.
class TokenScope final
{
public:
    TokenScope() = default;

    // Each item may hold several scopes separated by spaces (the "scope" parameter of a challenge).
    static TokenScope fromStrings(const QStringList& scopes);
    static TokenScope parse(const QString& spaceSeparated) { return fromStrings({spaceSeparated}); }
    // "repository:<repo>:<actions>", actions sorted and de-duplicated; a "*" swallows the others.
    static QString repository(const QString& repo, QStringList actions);

    // Adds one scope. The type is split at the first ':' and the actions at the last, so names such as
    // "localhost:5000/app" survive. Text that is not a scope is kept verbatim rather than lost: the server
    // may understand it even if we do not.
    void add(const QString& scope);
    void add(const QString& type, const QString& name, const QStringList& actions);
    void merge(const TokenScope& other);

    bool isEmpty() const { return m_scopes.isEmpty() && m_opaque.isEmpty(); }
    // Sorted, deterministic: "registry:catalog:*", "repository:a:pull,push", …
    QStringList toStrings() const;
    // Space-separated, for the OAuth2 form's single "scope" field.
    QString toString() const { return toStrings().join(QLatin1Char(' ')); }
    // The actions granted on type+name, sorted; empty when none.
    QStringList actions(const QString& type, const QString& name) const;
    // Whether a token for this set is good for every scope of other ("*" covers any action).
    bool covers(const TokenScope& other) const;

    bool operator==(const TokenScope& other) const { return toStrings() == other.toStrings(); }

private:
    static QString keyOf(const QString& type, const QString& name);

    // key "type\nname" (newline cannot occur in either) → actions
    QMap<QString, QSet<QString>> m_scopes;
    QSet<QString> m_opaque;
};

} // namespace lading::registry
