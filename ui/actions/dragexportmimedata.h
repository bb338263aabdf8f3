#pragma once

#include <QMimeData>
#include <QPointer>

namespace lading::ui {

class TransferJob;

// The data of a tag dragged out of the window: the URL of the folder its export is being written to.
// A file manager reads the URL list when the tag is dropped; if the export is still running then, the
// answer waits for it (in a local event loop, so the window stays responsive), and a failed export
// answers with no URL at all, so a half-written layout is never handed out.
class DragExportMimeData final : public QMimeData
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DragExportMimeData)

public:
    DragExportMimeData(TransferJob* job, const QString& folder);
    bool hasFormat(const QString& mimeType) const override;
    QStringList formats() const override;

protected:
    QVariant retrieveData(const QString& mimeType, QMetaType type) const override;

private:
    bool waitForExport() const;

    QPointer<TransferJob> m_job;
    QString m_folder;
};

} // namespace lading::ui
