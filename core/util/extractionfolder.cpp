#include "core/util/extractionfolder.h"

#include "core/util/safepath.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

LADING_TR_CONTEXT(ExtractionFolder);

namespace lading::util {

ExtractionFolder::ExtractionFolder(const QString& root, FolderInTheWay folderInTheWay)
    : m_root(root)
    , m_canonicalRoot(QFileInfo(root).canonicalFilePath())
    , m_folderInTheWay(std::move(folderInTheWay))
{}

Status ExtractionFolder::create()
{
    if (!QFileInfo(m_root).isDir() && !QDir().mkpath(m_root))
        return Error::make(Error::Kind::Io, tr("Cannot create the folder %1").arg(m_root));
    m_canonicalRoot = QFileInfo(m_root).canonicalFilePath();
    return {};
}

QFileDevice::Permissions ExtractionFolder::permissionsOf(quint32 mode)
{
    QFileDevice::Permissions p;
    const std::pair<quint32, QFileDevice::Permission> bits[] = {
        {0400, QFileDevice::ReadOwner}, {0200, QFileDevice::WriteOwner}, {0100, QFileDevice::ExeOwner},
        {0040, QFileDevice::ReadGroup}, {0020, QFileDevice::WriteGroup}, {0010, QFileDevice::ExeGroup},
        {0004, QFileDevice::ReadOther}, {0002, QFileDevice::WriteOther}, {0001, QFileDevice::ExeOther},
    };
    for (const auto& [bit, permission] : bits) {
        if (mode & bit)
            p |= permission;
    }
    // Qt's "user" bits are the owner bits as seen by this process; keep them in step.
    if (mode & 0400)
        p |= QFileDevice::ReadUser;
    if (mode & 0200)
        p |= QFileDevice::WriteUser;
    if (mode & 0100)
        p |= QFileDevice::ExeUser;
    return p;
}

Status ExtractionFolder::makeParents(const QString& path)
{
    QStringList missing;
    QString dir = QFileInfo(path).absolutePath();
    while (!QFileInfo::exists(dir) && SafePath::isWithin(m_root, dir) && dir != m_root) {
        missing.prepend(dir);
        dir = QFileInfo(dir).absolutePath();
    }
    for (const QString& d : std::as_const(missing)) {
        if (!QDir().mkdir(d))
            return Error::make(Error::Kind::Io, tr("Cannot create the folder %1").arg(d));
        m_createdFolders.append(d);
    }
    return {};
}

Status ExtractionFolder::clear(const QString& name, const QString& path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || info.isFile()) {
        if (!QFile::remove(path))
            return Error::make(Error::Kind::Io, tr("Cannot replace %1").arg(path));
    } else if (info.exists()) {
        return m_folderInTheWay(name, path);
    }
    return {};
}

Result<bool> ExtractionFolder::makeFolder(const QString& path, quint32 mode)
{
    const QFileInfo info(path);
    if (info.isSymLink() || (info.exists() && !info.isDir())) {
        if (!QFile::remove(path))
            return Error::make(Error::Kind::Io, tr("Cannot replace %1").arg(path));
    }
    bool made = false;
    if (!QFileInfo(path).isDir()) {
        LADING_TRY(makeParents(path));
        if (!QDir().mkdir(path))
            return Error::make(Error::Kind::Io, tr("Cannot create the folder %1").arg(path));
        m_createdFolders.append(path);
        made = true;
    }
    m_folders.append({path, mode & 0777});
    return made;
}

Status ExtractionFolder::writeFile(const QString& name, const QString& path, quint32 mode,
                                   const QDateTime& modified, const Fill& fill)
{
    LADING_TRY(makeParents(path));
    // A link must go first, or QSaveFile would write where it points.
    if (QFileInfo(path).isSymLink() || QFileInfo(path).isDir())
        LADING_TRY(clear(name, path));
    // QSaveFile writes a temporary file next to the target and renames it on commit: no half file ever
    // carries the final name.
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    const Status filled = fill([&file, &path](QByteArrayView bytes) -> Status {
        if (file.write(bytes.data(), bytes.size()) != bytes.size())
            return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return {};
    });
    if (!filled.ok()) {
        file.cancelWriting();
        return filled;
    }
    if (modified.isValid() && file.flush())
        file.setFileTime(modified, QFileDevice::FileModificationTime);
    if (!file.commit())
        return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    m_createdFiles.append(path);
    QFile::setPermissions(path, permissionsOf(mode & 0777));
    return {};
}

Result<bool> ExtractionFolder::makeSymlink(const QString& name, const QString& path, const QString& target,
                                           RootLink rootLink)
{
    LADING_TRY(makeParents(path));
    const QString cleaned = QDir::cleanPath(target);
    const QString parent = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    const QString lands = QDir::cleanPath(parent + QLatin1Char('/') + cleaned);
    const QString landsReally = QFileInfo(lands).canonicalFilePath(); // empty while it does not exist
    if (parent.isEmpty() || !SafePath::isWithin(m_canonicalRoot, lands) ||
        (rootLink == RootLink::Refused && lands == m_canonicalRoot) ||
        (!landsReally.isEmpty() && !SafePath::isWithin(m_canonicalRoot, landsReally)))
        return false;
    LADING_TRY(clear(name, path));
    if (!QFile::link(cleaned, path))
        return Error::make(Error::Kind::Io, tr("Cannot create the symbolic link %1").arg(path));
    m_createdFiles.append(path);
    return true;
}

Result<bool> ExtractionFolder::copyFile(const QString& name, const QString& from, const QString& path)
{
    const QString real = QFileInfo(from).canonicalFilePath();
    if (real.isEmpty() || !QFileInfo(real).isFile() || !SafePath::isWithin(m_canonicalRoot, real))
        return false;
    LADING_TRY(makeParents(path));
    LADING_TRY(clear(name, path));
    if (!QFile::copy(real, path))
        return Error::make(Error::Kind::Io, tr("Cannot create %1 as a copy of %2").arg(path, real));
    m_createdFiles.append(path);
    return true;
}

void ExtractionFolder::finish()
{
    std::stable_sort(m_folders.begin(), m_folders.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (const auto& [path, mode] : std::as_const(m_folders))
        QFile::setPermissions(path, permissionsOf(mode));
}

void ExtractionFolder::rollBack()
{
    for (auto it = m_createdFiles.crbegin(); it != m_createdFiles.crend(); ++it)
        QFile::remove(*it);
    for (auto it = m_createdFolders.crbegin(); it != m_createdFolders.crend(); ++it)
        QDir().rmdir(*it);
}

} // namespace lading::util
