#pragma once

#include "core/util/result.h"

#include <QString>

namespace lading::util {

// Turns an untrusted relative name (a title annotation, a tar entry, a ref name) into a path inside a
// folder, or refuses it. Every name that reaches the disk from outside goes through here.
class SafePath final
{
public:
    SafePath() = delete;

    // The absolute, cleaned path of `relative` under `root`. Refused with Error::Kind::Unsafe: an empty
    // name, a NUL byte, a backslash, an absolute or drive-like path ("/x", "C:x", "\\server"), ".." that
    // climbs out of `root`, a name that resolves to `root` itself, and any existing symlink along the way
    // whose target lies outside `root`. "a/./b" and "a/../b" are accepted and cleaned.
    static Result<QString> resolveInside(const QString& root, const QString& relative);

    // Whether `path` (absolute) is `root` or lies below it, compared by path components, not by prefix
    // ("/a/bc" is not inside "/a/b").
    static bool isWithin(const QString& root, const QString& path);
};

} // namespace lading::util
