#pragma once

#include <QString>

namespace lading {

// The one error type of core: what a person can act on, plus what a program can branch on.
// Never thrown: core reports failure through Result<T>.
struct Error
{
    enum class Kind
    {
        None,
        InvalidInput, // a reference, digest, file or argument the user gave is malformed
        NotFound,     // the registry or store says the object is not there
        Unauthorized, // credentials are missing or rejected
        Denied,       // authenticated but not allowed
        Unsupported,  // the registry cannot do this (deletion disabled, no catalog, ...)
        Network,      // connection refused, reset, TLS failure, timeout
        Protocol,     // the registry answered something that breaks the spec
        Integrity,    // digest or size mismatch
        TooLarge,     // a manifest or token reply over the cap
        Io,           // local disk
        Unsafe,       // a name that would escape its folder
        Cancelled,
        Server,      // 5xx
        RateLimited, // 429
    };

    Kind kind = Kind::None;
    QString message;    // one sentence a person can act on
    int httpStatus = 0; // 0 when no HTTP exchange was involved
    QString code;       // registry error code (MANIFEST_UNKNOWN, ...), empty if none
    QString origin;     // "source", "destination", a host or a path: where it came from

    static Error make(Kind kind, const QString& message, const QString& origin = {})
    {
        Error e;
        e.kind = kind;
        e.message = message;
        e.origin = origin;
        return e;
    }
    bool isRetryable() const
    {
        return kind == Kind::Network || kind == Kind::RateLimited || httpStatus == 502 || httpStatus == 503 ||
               httpStatus == 504;
    }
    Error withOrigin(const QString& where) const
    {
        Error e = *this;
        e.origin = where;
        return e;
    }
    // "origin: message (CODE)" for logs and the CLI.
    QString toString() const;
};

} // namespace lading
