#include "core/inspect/filesartifactsummary.h"

#include "core/inspect/tarwalker.h"
#include "core/oci/mediatypes.h"
#include "core/util/translations.h"

#include <QFile>

LADING_TR_CONTEXT(FilesArtifactSummary);

namespace lading::inspect {

namespace MediaType = oci::MediaType;

namespace {

// File name extensions of text formats, for layers whose media type says nothing (ORAS gives every file
// application/vnd.oci.image.layer.v1.tar unless told otherwise).
bool hasTextExtension(const QString& title)
{
    static const char* const extensions[] = {
        "txt",  "md",   "markdown", "rst",        "adoc",       "yaml",    "yml",   "json", "jsonl", "toml",
        "ini",  "conf", "cfg",      "env",        "properties", "xml",     "csv",   "tsv",  "html",  "htm",
        "css",  "js",   "ts",       "sh",         "bash",       "zsh",     "py",    "rb",   "go",    "rs",
        "c",    "h",    "cpp",      "hpp",        "java",       "kt",      "rego",  "cue",  "hcl",   "tf",
        "sql",  "log",  "pem",      "crt",        "asc",        "sig",     "patch", "diff", "lua",   "pl",
        "spdx", "tpl",  "gotmpl",   "dockerfile", "service",    "desktop", "csr"};
    const QString name = title.section(QLatin1Char('/'), -1).toLower();
    if (name == QLatin1String("dockerfile") || name == QLatin1String("makefile") ||
        name == QLatin1String("license") || name == QLatin1String("readme") ||
        name == QLatin1String("notice"))
        return true;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return false;
    const QString extension = name.mid(dot + 1);
    for (const char* known : extensions) {
        if (extension == QLatin1String(known))
            return true;
    }
    return false;
}

bool isFolderLayer(const oci::Descriptor& layer)
{
    return layer.annotations.value(QString(oci::Annotation::OrasUnpack)) == QLatin1String("true");
}

} // namespace

ArtifactFile::Text FilesArtifactSummary::textByMediaType(const QString& mediaType)
{
    const QString type = MediaType::essence(mediaType);
    if (type.isEmpty() || type == QLatin1String("application/octet-stream") ||
        type == MediaType::OciLayerTar || type == MediaType::UnknownArtifact)
        return ArtifactFile::Text::Unknown;
    if (type.startsWith(QLatin1String("text/")))
        return ArtifactFile::Text::Yes;
    for (const QLatin1StringView suffix :
         {QLatin1StringView("json"), QLatin1StringView("yaml"), QLatin1StringView("yml"),
          QLatin1StringView("xml"), QLatin1StringView("toml"), QLatin1StringView("javascript"),
          QLatin1StringView("x-sh"), QLatin1StringView("x-shellscript"), QLatin1StringView("rego"),
          QLatin1StringView("markdown")}) {
        if (type.endsWith(suffix))
            return ArtifactFile::Text::Yes;
    }
    for (const QLatin1StringView prefix : {QLatin1StringView("image/"), QLatin1StringView("audio/"),
                                           QLatin1StringView("video/"), QLatin1StringView("font/")}) {
        if (type.startsWith(prefix))
            return ArtifactFile::Text::No;
    }
    for (const QLatin1StringView part :
         {QLatin1StringView("tar"), QLatin1StringView("gzip"), QLatin1StringView("zstd"),
          QLatin1StringView("zip"), QLatin1StringView("wasm"), QLatin1StringView("sif"),
          QLatin1StringView("pdf"), QLatin1StringView("cose"), QLatin1StringView(".raw")}) {
        if (type.contains(part))
            return ArtifactFile::Text::No;
    }
    return ArtifactFile::Text::Unknown;
}

bool FilesArtifactSummary::looksLikeText(const QByteArray& head)
{
    const auto* p = reinterpret_cast<const unsigned char*>(head.constData());
    const qsizetype n = head.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c == 0)
            return false;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int min = 0;
        if ((c & 0xe0) == 0xc0) {
            length = 2;
            min = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            length = 3;
            min = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            length = 4;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + length > n)
            return true; // a character cut by the end of the sample
        unsigned int code = c & (0xff >> (length + 1));
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3f);
        }
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return false;
        i += length;
    }
    return true;
}

FilesArtifact FilesArtifactSummary::summarize(const oci::Manifest& manifest)
{
    FilesArtifact out;
    for (const oci::Descriptor& layer : manifest.layers()) {
        ArtifactFile file;
        file.descriptor = layer;
        file.mediaType = layer.mediaType;
        file.size = layer.size;
        file.isFolder = isFolderLayer(layer);
        file.title = TarWalker::cleanName(layer.title());
        if (file.title.isEmpty())
            file.title = layer.digest.shortForm();
        file.text = file.isFolder ? ArtifactFile::Text::No : textByMediaType(layer.mediaType);
        if (file.text == ArtifactFile::Text::Unknown && hasTextExtension(file.title))
            file.text = ArtifactFile::Text::Yes;
        out.totalSize += qMax<qint64>(layer.size, 0);
        out.files.append(file);
    }
    return out;
}

Result<FilesArtifact> FilesArtifactSummary::load(store::Store& store, const oci::Manifest& manifest)
{
    FilesArtifact out = summarize(manifest);
    int sniffed = 0;
    for (ArtifactFile& file : out.files) {
        if (file.text != ArtifactFile::Text::Unknown || file.size > kMaxSniffedFileSize || file.size < 0 ||
            sniffed >= kMaxSniffed)
            continue;
        ++sniffed;
        auto bytes = store.fetchBlob(file.descriptor, kMaxSniffedFileSize);
        if (!bytes) {
            // A file that cannot be fetched now is left unknown; the list still shows.
            if (bytes.error().kind == Error::Kind::Unauthorized || bytes.error().kind == Error::Kind::Network)
                return bytes.error();
            continue;
        }
        file.text = looksLikeText(bytes->left(kSniffSize)) ? ArtifactFile::Text::Yes : ArtifactFile::Text::No;
    }
    return out;
}

Result<TextExcerpt> FilesArtifactSummary::loadText(store::Store& store, const oci::Descriptor& file,
                                                   BlobSpool& spool, store::TransferControl* control)
{
    QString name = TarWalker::cleanName(file.title());
    if (name.isEmpty())
        name = file.digest.shortForm();
    QByteArray bytes;
    bool truncated = false;
    if (file.size >= 0 && file.size <= kMaxInlineText) {
        auto fetched = store.fetchBlob(file, kMaxInlineText);
        if (!fetched)
            return fetched.error();
        bytes = fetched.value();
    } else {
        auto path = spool.localFile(store, file, control);
        if (!path)
            return path.error();
        QFile local(path.value());
        if (!local.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Io, tr("Could not read %1: %2").arg(name, local.errorString()));
        bytes = local.read(kMaxInlineText);
        truncated = local.size() > kMaxInlineText;
    }
    if (!looksLikeText(bytes.left(kSniffSize)))
        return Error::make(
            Error::Kind::InvalidInput,
            tr("%1 is not text (it holds NUL bytes or is not UTF-8): save it to open it.").arg(name));
    return TextExcerpt::of(name, bytes, file.size, truncated);
}

} // namespace lading::inspect
