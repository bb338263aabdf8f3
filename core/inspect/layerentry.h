#pragma once

#include "core/oci/digest.h"

#include <QString>

#include <optional>

namespace lading::inspect {

// One entry of a layer tar as a person (or a diff) sees it: what it is, where, who owns it. Produced by
// LayerReader while it streams, kept compactly by LayerFileTree, handed back by LayerFileTree::entry().
struct LayerEntry
{
    enum class Type : quint8
    {
        File,
        Directory,
        Symlink,
        Hardlink,
        CharDevice,
        BlockDevice,
        Fifo,
        Whiteout,       // ".wh.NAME": deletes NAME of the layers below (path names NAME, not the marker)
        OpaqueWhiteout, // ".wh..wh..opq": hides everything the layers below have in the folder (path =
                        // folder)
    };

    // Normalised: no leading "./" or "/", no trailing "/", no "." or empty segments, ".." resolved. The
    // root folder itself is the empty path. A name that was absolute or climbed out of the root with ".."
    // is kept here clamped at the root (as containerd applies it) and flagged `unsafe`.
    QString path;
    Type type = Type::File;
    qint64 size = 0;  // bytes of a regular file; 0 for everything else
    quint32 mode = 0; // permission bits with setuid, setgid and sticky (07777), without the file type
    qint64 uid = 0;
    qint64 gid = 0;
    QString uname; // empty when the tar does not name the owner
    QString gname;
    qint64 mtime = 0;   // seconds since the epoch
    QString linkTarget; // a symlink's target as written; a hardlink's target path, normalised like `path`
    // SHA-256 of a regular file's bytes, when the reader was asked for digests. A hardlink gets its
    // target's digest once LayerFileTree has seen both.
    std::optional<oci::Digest> contentDigest;
    int layerIndex = -1; // which layer of an image the entry comes from (0 = the lowest); -1 when unknown
    // The name was absolute, climbed out of the root with "..", or is a hardlink whose target does: shown,
    // never used to write anything.
    bool unsafe = false;

    bool isDirectory() const { return type == Type::Directory; }
    bool isWhiteout() const { return type == Type::Whiteout || type == Type::OpaqueWhiteout; }

    // "-rwxr-xr-x", "drwxr-xr-x", "lrwxrwxrwx", with s/S and t/T for setuid, setgid and sticky, as ls -l.
    QString modeString() const { return modeString(type, mode); }
    static QString modeString(Type type, quint32 mode);
    // The last segment of the path ("" for the root).
    QString name() const { return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1); }
};

} // namespace lading::inspect
