#pragma once

#include "core/inspect/blobspool.h"
#include "core/inspect/textexcerpt.h"
#include "core/oci/manifest.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lading::inspect {

// One layer of a files artifact (`oras push`, `lading push`): a file, or a folder packed as tar+gzip.
struct ArtifactFile
{
    enum class Text
    {
        Yes,     // the media type says text, or the first bytes were sniffed as UTF-8 without NULs
        No,      // binary by media type or by content
        Unknown, // not known without fetching it
    };

    QString title; // the title annotation (cleaned), or the short digest when there is none
    QString mediaType;
    qint64 size = 0;
    bool isFolder = false; // a directory layer (io.deis.oras.content.unpack)
    Text text = Text::Unknown;
    oci::Descriptor descriptor;

    bool canViewInline() const { return text == Text::Yes && !isFolder; }
};

struct FilesArtifact
{
    QList<ArtifactFile> files;
    qint64 totalSize = 0;
};

// The files of an artifact with titles, sizes and media types, and whether each is text the window can show
// inline: by media type (text/*, JSON, YAML, XML…), else by sniffing the first kSniffSize bytes of small
// files (no NUL, valid UTF-8). Text is loaded capped at kMaxInlineText.
class FilesArtifactSummary final
{
public:
    static constexpr qint64 kSniffSize = 8 * 1024;
    static constexpr qint64 kMaxInlineText = 1024 * 1024;
    // Files of unknown kind up to this size are fetched to sniff them; at most kMaxSniffed per artifact.
    static constexpr qint64 kMaxSniffedFileSize = 1024 * 1024;
    static constexpr int kMaxSniffed = 32;

    FilesArtifactSummary() = delete;

    // From the manifest alone: no fetching, text known by media type (and by extension for the generic
    // layer types ORAS writes for every file).
    static FilesArtifact summarize(const oci::Manifest& manifest);
    // summarize(), then small files of unknown kind are fetched and sniffed.
    static Result<FilesArtifact> load(store::Store& store, const oci::Manifest& manifest);

    // Text by media type: Yes, No, or Unknown for generic types (octet-stream, the OCI layer types).
    static ArtifactFile::Text textByMediaType(const QString& mediaType);
    // Text by the first bytes: no NUL and valid UTF-8 (a multi-byte character cut at the end is fine).
    static bool looksLikeText(const QByteArray& head);

    // Up to kMaxInlineText of a file as text; larger blobs are read through `spool` and cut, with
    // `truncated` set. A file that turns out binary is an error saying so.
    static Result<TextExcerpt> loadText(store::Store& store, const oci::Descriptor& file, BlobSpool& spool,
                                        store::TransferControl* control = nullptr);
};

} // namespace lading::inspect
