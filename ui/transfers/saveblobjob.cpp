#include "ui/transfers/saveblobjob.h"

#include "ui/appcontext.h"

#include <QFileInfo>

namespace lading::ui {

SaveBlobJob::SaveBlobJob(AppContext& context, store::Location location, oci::Descriptor blob, QString path,
                         QObject* parent)
    : TransferJob(Kind::SaveBlob,
                  tr("Save %1 to %2").arg(blob.digest.toString().left(19), QFileInfo(path).fileName()),
                  parent)
    , m_context(context)
    , m_location(std::move(location))
    , m_blob(std::move(blob))
    , m_path(std::move(path))
{}

SaveBlobJob::~SaveBlobJob() = default;

Status SaveBlobJob::run(store::TransferControl& control)
{
    auto store = m_context.store(m_location);
    if (!store)
        return store.error();
    control.setBlobSize(m_blob.digest.toString(), m_blob.size);
    setTotalBytes(m_blob.size);
    // Through VerifiedFileWriter: a ".part" that a resumed run continues, renamed only once verified.
    LADING_TRY(store.value()->fetchBlobToFile(m_blob, m_path, &control));
    setResultLocation(m_path);
    return {};
}

} // namespace lading::ui
