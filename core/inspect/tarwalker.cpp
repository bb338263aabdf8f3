#include "core/inspect/tarwalker.h"

#include "core/util/translations.h"

#include <QFile>
#include <QStringList>

#include <archive.h>
#include <archive_entry.h>

LADING_TR_CONTEXT(TarWalker);

namespace lading::inspect {

namespace {

constexpr size_t kBlockSize = 64 * 1024;

QString entryName(archive_entry* entry)
{
    if (const char* utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    if (const char* raw = archive_entry_pathname(entry))
        return QFile::decodeName(raw);
    return {};
}

TarEntry::Type typeOf(archive_entry* entry)
{
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
        // A hard link is a regular file type with a link target and no data of its own.
        return archive_entry_hardlink(entry) ? TarEntry::Type::Other : TarEntry::Type::File;
    case AE_IFDIR:
        return TarEntry::Type::Directory;
    case AE_IFLNK:
        return TarEntry::Type::Symlink;
    default:
        return TarEntry::Type::Other;
    }
}

} // namespace

void TarWalker::ArchiveFree::operator()(struct archive* a) const
{
    archive_read_free(a);
}

TarWalker::TarWalker() = default;
TarWalker::~TarWalker() = default;

QString TarWalker::cleanName(const QString& raw)
{
    if (raw.isEmpty() || raw.contains(QChar(0)) || raw.startsWith(QLatin1Char('/')))
        return {};
    QStringList parts;
    for (const QString& part : raw.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return {};
        parts.append(part);
    }
    return parts.join(QLatin1Char('/'));
}

Error TarWalker::archiveError(const QString& what) const
{
    const char* detail = m_archive ? archive_error_string(m_archive.get()) : nullptr;
    return Error::make(Error::Kind::InvalidInput,
                       detail ? tr("%1: %2").arg(what, QString::fromUtf8(detail)) : what);
}

Status TarWalker::openFile(const QString& path)
{
    m_archive.reset(archive_read_new());
    if (!m_archive)
        return Error::make(Error::Kind::Io, tr("Could not start reading the archive."));
    archive_read_support_filter_all(m_archive.get());
    archive_read_support_format_tar(m_archive.get());
    archive_read_support_format_gnutar(m_archive.get());
    if (archive_read_open_filename(m_archive.get(), QFile::encodeName(path).constData(), kBlockSize) !=
        ARCHIVE_OK)
        return archiveError(tr("Could not open the archive"));
    return {};
}

Status TarWalker::openMemory(const QByteArray& bytes)
{
    m_archive.reset(archive_read_new());
    if (!m_archive)
        return Error::make(Error::Kind::Io, tr("Could not start reading the archive."));
    archive_read_support_filter_all(m_archive.get());
    archive_read_support_format_tar(m_archive.get());
    archive_read_support_format_gnutar(m_archive.get());
    if (archive_read_open_memory(m_archive.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK)
        return archiveError(tr("Could not open the archive"));
    return {};
}

Result<bool> TarWalker::next(TarEntry& entry)
{
    if (!m_archive)
        return Error::make(Error::Kind::InvalidInput, tr("The archive is not open."));
    for (;;) {
        if (m_entries >= kMaxEntries) {
            m_limitReached = true;
            return false;
        }
        archive_entry* raw = nullptr;
        const int r = archive_read_next_header(m_archive.get(), &raw);
        if (r == ARCHIVE_EOF)
            return false;
        if (r < ARCHIVE_WARN)
            return archiveError(tr("The archive is damaged or truncated"));
        ++m_entries;
        m_dataRead = false;
        const QString name = cleanName(entryName(raw));
        if (name.isEmpty()) {
            // "./" itself cleans to nothing and is harmless; everything else that cleans away is not.
            const QString rawName = entryName(raw);
            if (rawName != QLatin1String(".") && rawName != QLatin1String("./"))
                ++m_unsafe;
            continue;
        }
        entry.path = name;
        entry.type = typeOf(raw);
        entry.size = entry.type == TarEntry::Type::File ? qMax<qint64>(archive_entry_size(raw), 0) : 0;
        return true;
    }
}

Result<QByteArray> TarWalker::readData(qint64 cap, bool* truncated)
{
    if (truncated)
        *truncated = false;
    if (!m_archive || m_dataRead)
        return Error::make(Error::Kind::InvalidInput, tr("The entry's data was read already."));
    m_dataRead = true;
    QByteArray out;
    char buffer[kBlockSize];
    for (;;) {
        const la_ssize_t n = archive_read_data(m_archive.get(), buffer, sizeof buffer);
        if (n == 0)
            break;
        if (n < 0)
            return archiveError(tr("The archive is damaged or truncated"));
        const qint64 room = cap - out.size();
        if (n > room) {
            out.append(buffer, qsizetype(qMax<qint64>(room, 0)));
            if (truncated)
                *truncated = true;
            // The rest is skipped by the next header read; libarchive still checks it decompresses.
            break;
        }
        out.append(buffer, qsizetype(n));
    }
    return out;
}

} // namespace lading::inspect
