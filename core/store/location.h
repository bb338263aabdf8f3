#pragma once

#include "core/oci/reference.h"

#include <QString>

namespace lading::store {

// Where an artifact is: a registry reference, an OCI layout folder ("oci:PATH[:tag|@digest]") or an OCI
// layout tar ("oci-archive:FILE[:tag|@digest]").
struct Location
{
    enum class Kind
    {
        Registry,
        Layout,
        Archive
    };

    Kind kind = Kind::Registry;
    oci::Reference reference; // Registry only
    QString path;             // Layout and Archive: the folder or tar file
    QString tag;              // Layout and Archive
    oci::Digest digest;       // Layout and Archive

    // Registry references default to the tag "latest" unless allowBare (commands on a repository).
    static Result<Location> parse(const QString& text, bool allowBare = false);

    bool isRegistry() const { return kind == Kind::Registry; }
    // The tag or digest to resolve; empty for a bare repository or a layout without tag.
    QString manifestReference() const;
    QString tagName() const { return isRegistry() ? reference.tag() : tag; }
    bool hasDigest() const { return isRegistry() ? reference.hasDigest() : digest.isValid(); }
    QString toString() const;
};

} // namespace lading::store
