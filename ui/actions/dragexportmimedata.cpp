#include "ui/actions/dragexportmimedata.h"

#include "ui/transfers/transferjob.h"

#include <QEventLoop>
#include <QTimer>
#include <QUrl>

namespace lading::ui {

namespace {
const QString kUriList = QStringLiteral("text/uri-list");
constexpr int kMaxWaitMs = 10 * 60 * 1000;
} // namespace

DragExportMimeData::DragExportMimeData(TransferJob* job, const QString& folder)
    : m_job(job)
    , m_folder(folder)
{}

bool DragExportMimeData::hasFormat(const QString& mimeType) const
{
    return mimeType == kUriList || QMimeData::hasFormat(mimeType);
}

QStringList DragExportMimeData::formats() const
{
    QStringList list = QMimeData::formats();
    if (!list.contains(kUriList))
        list.prepend(kUriList);
    return list;
}

bool DragExportMimeData::waitForExport() const
{
    if (!m_job)
        return false;
    if (!m_job->isFinished()) {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(m_job.data(), &TransferJob::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(kMaxWaitMs);
        loop.exec();
    }
    return m_job && m_job->state() == TransferJob::State::Succeeded;
}

QVariant DragExportMimeData::retrieveData(const QString& mimeType, QMetaType type) const
{
    if (mimeType != kUriList)
        return QMimeData::retrieveData(mimeType, type);
    if (!waitForExport())
        return QVariant();
    return QVariant(QList<QVariant>{QUrl::fromLocalFile(m_folder)});
}

} // namespace lading::ui
