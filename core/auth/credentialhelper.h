#pragma once

#include "core/auth/credential.h"
#include "core/util/result.h"

#include <QMap>
#include <QString>

#include <chrono>

namespace lading::auth {

// Talks to a docker-credential-<suffix> program (docker/docker-credential-helpers protocol): one process per
// call, JSON over stdin/stdout, error text on stdout with a non-zero exit. Blocks; safe from any thread
// because it shares nothing between calls.
class CredentialHelper final
{
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{30000};

    explicit CredentialHelper(const QString& suffix, std::chrono::milliseconds timeout = kDefaultTimeout);

    QString suffix() const { return m_suffix; }
    // "docker-credential-<suffix>"
    QString program() const;

    // The stored credential for a server URL ("https://index.docker.io/v1/", "ghcr.io"); an empty
    // Credential when the helper has no entry. Username "<token>" comes back as an identity token.
    Result<Credential> get(const QString& serverUrl) const;
    // Stores username + secret, or an identity token under the user name "<token>".
    Status store(const QString& serverUrl, const Credential& credential) const;
    // Removes the entry; a missing entry is not an error.
    Status erase(const QString& serverUrl) const;
    // Server URL → user name of every stored entry.
    Result<QMap<QString, QString>> list() const;

    // A suffix is a file name part: refuse anything that could point elsewhere ("../x", "a/b").
    static bool isValidSuffix(const QString& suffix);

private:
    struct Output
    {
        int exitCode = 0;
        QByteArray out;
        QByteArray err;
    };
    Result<Output> run(const QString& action, const QByteArray& input) const;
    Error failure(const QString& action, const Output& output) const;
    static bool isNotFound(const Output& output);

    QString m_suffix;
    std::chrono::milliseconds m_timeout;
};

} // namespace lading::auth
