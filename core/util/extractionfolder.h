#pragma once

#include "core/util/result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QFileDevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace lading::util {

// The folder an archive is extracted into, and the one place that writes below it for both extractors
// (ArtifactUnpacker's folder layers and LayerExtractor's "Extract to…"), so the rules cannot drift apart.
// Paths must already be placed inside the folder by SafePath; from there: missing parent folders are made,
// a file or link in the way is replaced but never a folder, files land whole (QSaveFile) with their
// permission bits (never setuid/setgid/sticky), symbolic links and hard-link copies are only made when they
// stay inside the folder, folder modes are applied last, and everything made is remembered so a failure
// can take it all back.
//
// Blocking: used on a worker thread, by one thread at a time.
class ExtractionFolder final
{
public:
    // The error for an entry `name` (as the archive calls it) that would replace the folder at `path`:
    // each extractor says it in its own words.
    using FolderInTheWay = std::function<Error(const QString& name, const QString& path)>;
    using Sink = std::function<Status(QByteArrayView bytes)>;
    // Hands a file's bytes, in order, to the sink it is given.
    using Fill = std::function<Status(const Sink& sink)>;

    enum class RootLink
    {
        Allowed, // a symbolic link may point at the folder itself
        Refused
    };

    // `root`: absolute and cleaned.
    ExtractionFolder(const QString& root, FolderInTheWay folderInTheWay);
    Q_DISABLE_COPY_MOVE(ExtractionFolder)

    const QString& root() const { return m_root; }
    // Makes the folder itself when it is missing.
    Status create();

    // Qt's permissions for the rwx bits of a Unix mode.
    static QFileDevice::Permissions permissionsOf(quint32 mode);

    // The folders above `path` that are missing.
    Status makeParents(const QString& path);
    // A folder at `path` (a file or link there is replaced); its mode is applied by finish(). True when
    // this call made it.
    Result<bool> makeFolder(const QString& path, quint32 mode);
    // The file `path` with the bytes `fill` gives and `mode`'s permission bits; `modified` when valid. A
    // file already there stays whole until the new one is complete.
    Status writeFile(const QString& name, const QString& path, quint32 mode, const QDateTime& modified,
                     const Fill& fill);
    // The symbolic link `path` → `target` (relative), when what it points to stays inside the folder,
    // judged from where the link really sits and stored cleaned (with ".." only in front, what the system
    // follows is exactly what was checked). False, and no link, when it leads out.
    Result<bool> makeSymlink(const QString& name, const QString& path, const QString& target,
                             RootLink rootLink);
    // A copy of `from` at `path`, as hard links are extracted: the same content without two names sharing
    // one file that a later entry could rewrite through. False, and no copy, when `from` is not a regular
    // file inside the folder.
    Result<bool> copyFile(const QString& name, const QString& from, const QString& path);

    // Folder modes, deepest first: a read-only folder must not stop its own contents.
    void finish();
    // Removes what was made, newest first; folders only when empty, so never what was there before.
    void rollBack();

private:
    // Makes room for a file or link: one there is removed, a folder is refused.
    Status clear(const QString& name, const QString& path);

    QString m_root;
    QString m_canonicalRoot;
    FolderInTheWay m_folderInTheWay;
    QStringList m_createdFiles;
    QStringList m_createdFolders;
    QList<std::pair<QString, quint32>> m_folders; // path, mode: for finish()
};

} // namespace lading::util
