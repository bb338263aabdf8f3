#pragma once

#include "core/store/location.h"
#include "core/transfer/graphcopier.h"
#include "ui/transfers/transferjob.h"

namespace lading::ui {

class AppContext;

// Copies a manifest graph from `source` to `destination` (any registry or layout to any other), like
// `lading copy`; to a layout folder or tar it is an export (the tar is written back atomically). The
// destination's tag defaults to the source's. A resumed copy skips blobs the destination has.
class CopyJob final : public TransferJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyJob)

public:
    CopyJob(AppContext& context, store::Location source, store::Location destination,
            transfer::CopyOptions options = {}, QObject* parent = nullptr);
    ~CopyJob() override;

    const store::Location& source() const { return m_source; }
    const store::Location& destination() const { return m_destination; }

protected:
    Status run(store::TransferControl& control) override;

private:
    AppContext& m_context;
    store::Location m_source;
    store::Location m_destination;
    transfer::CopyOptions m_options;
};

} // namespace lading::ui
