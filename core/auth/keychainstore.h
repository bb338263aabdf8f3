#pragma once

#include "core/auth/credential.h"
#include "core/util/result.h"

#include <QString>

#include <chrono>

namespace lading::auth {

// Lading's own credentials in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Manager) through QtKeychain: service "lading", key = registry host, value = the credential as JSON.
//
// Calls block, with a timeout, and may come from any thread. QtKeychain runs its jobs one at a time through
// a process-wide executor that belongs to the thread that first used it, so every job runs on one private
// thread owned by this class and callers wait for the answer. All QtKeychain use in the process must go
// through here for that to hold.
//
// It never hangs: without a D-Bus session (or with LADING_NO_KEYCHAIN=1) it answers at once with an error
// of kind Unsupported; a keychain that does not answer within the timeout (for example waiting for an unlock
// prompt nobody sees) gives an error, and later calls fail fast until that request ends.
class KeychainStore final
{
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{30000};

    explicit KeychainStore(const QString& service = QStringLiteral("lading"),
                           std::chrono::milliseconds timeout = kDefaultTimeout);

    // Whether a keychain can be reached, decided without touching it: Unsupported with a message that says
    // what to do when LADING_NO_KEYCHAIN is set or there is no D-Bus session bus to reach one.
    static Status availability();

    // The stored credential, or an empty one when there is no entry.
    Result<Credential> read(const QString& registry) const;
    Status write(const QString& registry, const Credential& credential) const;
    // Removes the entry; a missing entry is not an error.
    Status erase(const QString& registry) const;

    QString service() const { return m_service; }

    static QByteArray toJson(const Credential& credential);
    static Result<Credential> fromJson(const QByteArray& json);

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace lading::auth
