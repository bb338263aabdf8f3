#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct archive;

namespace lading::inspect {

// One entry of a tar, its name made safe to show and to match on.
struct TarEntry
{
    enum class Type
    {
        File,
        Directory,
        Symlink,
        Other, // hard links, devices, fifos
    };

    QString path; // relative, cleaned: no leading "./" or "/", no "..", no trailing "/"
    qint64 size = 0;
    Type type = Type::Other;

    bool isFile() const { return type == Type::File; }
};

// Walks a tar (plain, gzip, zstd, …) entry by entry, streaming: only what the caller reads of an entry is
// held in memory. The readers of chart and bundle layers sit on it. Names are never trusted: an absolute
// name, one with a ".." component or a NUL is skipped and counted (unsafeEntries()), never handed out, so a
// reader cannot be tricked into matching "../../Chart.yaml" as the chart's own. Not thread-safe; one walk.
class TarWalker final
{
public:
    // Enough for any chart or policy bundle; a layer with more entries is listed up to here.
    static constexpr int kMaxEntries = 100000;

    TarWalker();
    ~TarWalker();
    TarWalker(const TarWalker&) = delete;
    TarWalker& operator=(const TarWalker&) = delete;

    Status openFile(const QString& path);
    // `bytes` must outlive the walk.
    Status openMemory(const QByteArray& bytes);

    // The next safe entry into `entry`: true, or false at the end of the archive (or after kMaxEntries,
    // then limitReached() is true). An unreadable archive is an error saying so.
    Result<bool> next(TarEntry& entry);
    // Up to `cap` bytes of the current entry's data; `truncated` (optional) says whether there was more.
    Result<QByteArray> readData(qint64 cap, bool* truncated = nullptr);

    int unsafeEntries() const { return m_unsafe; }
    bool limitReached() const { return m_limitReached; }

    // The cleaned form of a tar entry name, or an empty string when the name is not safe (absolute, "..",
    // NUL, empty after cleaning).
    static QString cleanName(const QString& raw);

private:
    Error archiveError(const QString& what) const;

    struct ArchiveFree
    {
        void operator()(struct archive* a) const;
    };
    std::unique_ptr<struct archive, ArchiveFree> m_archive;
    int m_entries = 0;
    int m_unsafe = 0;
    bool m_limitReached = false;
    bool m_dataRead = false;
};

} // namespace lading::inspect
