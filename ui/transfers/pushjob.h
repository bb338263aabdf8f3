#pragma once

#include "core/store/location.h"
#include "core/transfer/artifactpacker.h"
#include "ui/transfers/transferjob.h"

namespace lading::ui {

class AppContext;

// Packs files and folders into an artifact and pushes it to `target` (its tag, if any, names the result;
// with request.subject set it becomes a referrer). A resumed push packs again and skips blobs the
// destination already has.
class PushJob final : public TransferJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushJob)

public:
    PushJob(AppContext& context, transfer::PackRequest request, store::Location target,
            QObject* parent = nullptr);
    ~PushJob() override;

    const store::Location& target() const { return m_target; }

protected:
    Status run(store::TransferControl& control) override;

private:
    AppContext& m_context;
    transfer::PackRequest m_request;
    store::Location m_target;
};

} // namespace lading::ui
