#pragma once

#include <QString>
#include <QStringList>

namespace lading::auth {

// What a registry accepts as proof: a user name and password (or personal access token), an OAuth2
// refresh token, or a ready bearer token. Which fields are set depends on where it came from.
struct Credential
{
    QString username;
    QString secret;        // password or access token, sent with username
    QString identityToken; // OAuth2 refresh token: exchanged at the token endpoint (grant_type=refresh_token)
    QString registryToken; // bearer token sent to the registry as-is
    QString source;        // where it was found ("OS keychain", a file path, a helper): for messages only

    bool isEmpty() const
    {
        return username.isEmpty() && secret.isEmpty() && identityToken.isEmpty() && registryToken.isEmpty();
    }

    // Equality of what is sent to a registry; where it was found does not matter.
    bool operator==(const Credential& other) const
    {
        return username == other.username && secret == other.secret && identityToken == other.identityToken &&
               registryToken == other.registryToken;
    }

    // For logs: names which parts are present, never their values (only the user name is shown).
    QString toString() const
    {
        if (isEmpty())
            return QStringLiteral("no credential");
        QStringList parts;
        if (!username.isEmpty())
            parts.append(QStringLiteral("user \"%1\"").arg(username));
        if (!secret.isEmpty())
            parts.append(QStringLiteral("password"));
        if (!identityToken.isEmpty())
            parts.append(QStringLiteral("identity token"));
        if (!registryToken.isEmpty())
            parts.append(QStringLiteral("registry token"));
        QString text = parts.join(QStringLiteral(", "));
        if (!source.isEmpty())
            text += QStringLiteral(" from ") + source;
        return text;
    }
};

} // namespace lading::auth
