#include "ui/transfers/pulljob.h"

#include "core/transfer/artifactunpacker.h"
#include "ui/appcontext.h"

#include <algorithm>

namespace lading::ui {

PullJob::PullJob(AppContext& context, store::Location source, QString outputDir, QObject* parent)
    : TransferJob(Kind::Pull, tr("Save files of %1").arg(source.toString()), parent)
    , m_context(context)
    , m_source(std::move(source))
    , m_outputDir(std::move(outputDir))
{}

PullJob::~PullJob() = default;

QStringList PullJob::written() const
{
    const std::lock_guard lock(m_writtenMutex);
    return m_written;
}

Status PullJob::run(store::TransferControl& control)
{
    auto store = m_context.store(m_source);
    if (!store)
        return store.error();
    auto manifest = transfer::ArtifactUnpacker::manifestToPull(*store.value(), m_source.manifestReference());
    if (!manifest)
        return manifest.error();
    qint64 total = 0;
    for (const auto& layer : manifest->layers()) {
        total += layer.size;
        control.setBlobSize(layer.digest.toString(), layer.size);
    }
    setTotalBytes(total);
    auto result = transfer::ArtifactUnpacker::unpack(manifest.value(), *store.value(), m_outputDir, &control);
    if (!result)
        return result.error();
    {
        const std::lock_guard lock(m_writtenMutex);
        m_written = result->written;
    }
    setResultLocation(m_outputDir);
    return {};
}

} // namespace lading::ui
