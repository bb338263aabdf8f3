#include "core/store/archivestore.h"

#include "core/store/layoutarchive.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

LADING_TR_CONTEXT(ArchiveStore);

namespace lading::store {

ArchiveStore::ArchiveStore(const QString& tarPath, std::unique_ptr<QTemporaryDir> dir,
                           std::unique_ptr<LayoutStore> layout)
    : m_tarPath(tarPath)
    , m_dir(std::move(dir))
    , m_layout(std::move(layout))
{}

ArchiveStore::~ArchiveStore()
{
    m_layout.reset(); // before the folder under it goes
}

Result<std::unique_ptr<ArchiveStore>> ArchiveStore::open(const QString& tarPath, bool create)
{
    if (tarPath.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("No archive file was given"));
    const QString path = QDir::cleanPath(QFileInfo(tarPath).absoluteFilePath());
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error::make(Error::Kind::InvalidInput,
                           tr("%1 is a folder, not an archive; for a layout folder use oci:").arg(path));
    if (!info.exists() && !create)
        return Error::make(Error::Kind::NotFound, tr("There is no archive at %1").arg(path));

    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/lading-archive-XXXXXX"));
    if (!dir->isValid())
        return Error::make(Error::Kind::Io,
                           tr("Cannot create a temporary folder: %1").arg(dir->errorString()));
    const QString layoutDir = dir->filePath(QStringLiteral("layout"));
    if (info.exists())
        LADING_TRY(LayoutArchive::extract(path, layoutDir));
    auto layout = LayoutStore::open(layoutDir, !info.exists());
    if (!layout)
        return layout.error();
    return std::unique_ptr<ArchiveStore>(new ArchiveStore(path, std::move(dir), std::move(layout).value()));
}

QString ArchiveStore::displayName() const
{
    return QStringLiteral("oci-archive:") + m_tarPath;
}

Status ArchiveStore::save()
{
    return LayoutArchive::create(m_layout->path(), m_tarPath);
}

} // namespace lading::store
