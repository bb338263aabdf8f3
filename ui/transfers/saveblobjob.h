#pragma once

#include "core/oci/descriptor.h"
#include "core/store/location.h"
#include "ui/transfers/transferjob.h"

namespace lading::ui {

class AppContext;

// Saves one blob (any descriptor) to `path`, verified, through a ".part" file that a resumed run continues.
class SaveBlobJob final : public TransferJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveBlobJob)

public:
    SaveBlobJob(AppContext& context, store::Location location, oci::Descriptor blob, QString path,
                QObject* parent = nullptr);
    ~SaveBlobJob() override;

protected:
    Status run(store::TransferControl& control) override;

private:
    AppContext& m_context;
    store::Location m_location;
    oci::Descriptor m_blob;
    QString m_path;
};

} // namespace lading::ui
