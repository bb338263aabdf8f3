#pragma once

#include "core/store/location.h"
#include "ui/transfers/transferjob.h"

namespace lading::ui {

class AppContext;

// Saves an artifact's files (by title) into `outputDir`, like `lading pull -o DIR`: verified, path-safe,
// never a partial file under a final name. An index resolves to its linux/amd64 manifest.
class PullJob final : public TransferJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullJob)

public:
    PullJob(AppContext& context, store::Location source, QString outputDir, QObject* parent = nullptr);
    ~PullJob() override;

    // The files and folders written, once finished.
    QStringList written() const;

protected:
    Status run(store::TransferControl& control) override;

private:
    AppContext& m_context;
    store::Location m_source;
    QString m_outputDir;
    mutable std::mutex m_writtenMutex;
    QStringList m_written;
};

} // namespace lading::ui
