#pragma once

#include "core/oci/digest.h"

#include <QString>

namespace lading::oci {

// A registry reference "host[:port]/repo[:tag][@digest]", normalised the way Docker does (oci-reference §1).
class Reference final
{
public:
    Reference() = default;
    // Parses and normalises. Without tag and digest the tag defaults to "latest" unless allowBare is set
    // (for commands that act on a repository rather than a manifest).
    static Result<Reference> parse(const QString& text, bool allowBare = false);
    // "host[:port]" alone, for catalog/login; accepts scheme prefixes and docker.io aliases.
    static Result<QString> parseRegistry(const QString& text);
    static bool isValidTag(const QString& tag);
    static bool isValidRepository(const QString& repository);

    const QString& registry() const { return m_registry; } // as named: "docker.io", "localhost:5000"
    QString apiHost() const;                               // where requests go: "registry-1.docker.io"
    const QString& repository() const { return m_repository; }
    const QString& tag() const { return m_tag; }
    const Digest& digest() const { return m_digest; }
    bool hasDigest() const { return m_digest.isValid(); }
    bool hasTag() const { return !m_tag.isEmpty(); }
    // The digest if present, else the tag: what goes into /manifests/<reference>.
    QString manifestReference() const { return hasDigest() ? m_digest.toString() : m_tag; }

    Reference withTag(const QString& tag) const;
    Reference withDigest(const Digest& digest) const;
    Reference withoutTag() const;
    Reference withRepository(const QString& repository) const;

    QString repositoryName() const { return m_registry + QLatin1Char('/') + m_repository; }
    QString toString() const;
    bool isLoopback() const;

private:
    QString m_registry;
    QString m_repository;
    QString m_tag;
    Digest m_digest;
};

// Whether a "host[:port]" names this machine: such registries may be used over plain HTTP without asking.
bool isLoopbackHost(const QString& hostAndPort);

} // namespace lading::oci
