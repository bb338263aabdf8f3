#pragma once

#include "core/util/result.h"

#include <QString>

namespace lading::store {

// The tar form of an OCI image layout (`oci-archive:`), read and written with libarchive, streaming: no
// entry is ever held whole in memory.
class LayoutArchive final
{
public:
    LayoutArchive() = delete;

    // Unpacks a layout tar (plain, gzip, zstd, ...) into `destDir`, which should be new or empty. Takes
    // `oci-layout`, `index.json` and regular files and folders under `blobs/` (each blob verified against its
    // name while it is written); ignores other files such as docker save's `manifest.json`; tolerates a
    // leading "./". Refuses the whole archive (Error::Kind::Unsafe) when an entry would escape `destDir`,
    // when a symlink or hardlink points outside it, or when `blobs/` holds anything but files and folders. On
    // failure `destDir` may hold part of the content: extract into a temporary folder.
    static Status extract(const QString& tarPath, const QString& destDir);

    // Packs the layout at `layoutDir` into `tarPath`: `oci-layout`, `index.json` and every blob (sorted, so
    // the same layout gives the same entry order). Written to a temporary file next to `tarPath` and renamed
    // over it only once complete: there is never a half-written tar under the final name.
    static Status create(const QString& layoutDir, const QString& tarPath);
};

} // namespace lading::store
