#include "core/oci/opabundleprobe.h"

#include <QString>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace lading::oci {

namespace {
struct ArchiveFree
{
    void operator()(struct archive* a) const { archive_read_free(a); }
};

bool isBundleFile(const QString& path)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    return name.endsWith(QLatin1String(".rego")) || name.endsWith(QLatin1String(".json")) ||
           name.endsWith(QLatin1String(".yaml")) || name.endsWith(QLatin1String(".yml")) ||
           name == QLatin1String(".manifest") || name == QLatin1String(".signatures.json");
}
} // namespace

bool OpaBundleProbe::isBundle(const QByteArray& tarGzip)
{
    if (tarGzip.isEmpty() || tarGzip.size() > kMaxLayerSize)
        return false;
    std::unique_ptr<struct archive, ArchiveFree> reader(archive_read_new());
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_filter_none(reader.get());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open_memory(reader.get(), tarGzip.constData(), size_t(tarGzip.size())) != ARCHIVE_OK)
        return false;
    bool policy = false;
    struct archive_entry* entry = nullptr;
    for (;;) {
        const int r = archive_read_next_header(reader.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN)
            return false;
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        const QString path = QString::fromUtf8(archive_entry_pathname(entry));
        if (!isBundleFile(path))
            return false;
        if (path.endsWith(QLatin1String(".rego")) ||
            path.section(QLatin1Char('/'), -1) == QLatin1String(".manifest"))
            policy = true;
    }
    return policy;
}

} // namespace lading::oci
