#include "ui/transfers/transfersmodel.h"

#include "ui/transfers/transferjob.h"
#include "ui/transfers/transfermanager.h"

#include <QLocale>

namespace lading::ui {

namespace {

// internalId of a job row; a blob row's internalId is its job's row + 1.
constexpr quintptr JobRowId = 0;

int percentOf(qint64 done, qint64 total)
{
    if (total <= 0)
        return -1;
    return int(std::clamp<qint64>(done * 100 / total, 0, 100));
}

} // namespace

TransfersModel::TransfersModel(TransferManager& manager, QObject* parent)
    : QAbstractItemModel(parent)
    , m_manager(manager)
{
    for (TransferJob* job : manager.jobs())
        addJob(job);
    connect(&manager, &TransferManager::jobAdded, this, &TransfersModel::addJob);
    connect(&manager, &TransferManager::jobRemoved, this, &TransfersModel::removeJob);
}

TransfersModel::~TransfersModel() = default;

QString TransfersModel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString TransfersModel::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

void TransfersModel::addJob(TransferJob* job)
{
    const int row = int(m_jobs.size());
    beginInsertRows({}, row, row);
    m_jobs.append(job);
    m_blobRows.insert(job, 0);
    endInsertRows();
    connect(job, &TransferJob::progressChanged, this, [this, job] { updateJob(job); });
    connect(job, &TransferJob::stateChanged, this, [this, job] { updateJob(job); });
    updateJob(job);
}

void TransfersModel::removeJob(TransferJob* job)
{
    const int row = int(m_jobs.indexOf(job));
    if (row < 0)
        return;
    disconnect(job, nullptr, this, nullptr);
    beginRemoveRows({}, row, row);
    m_jobs.removeAt(row);
    m_blobRows.remove(job);
    endRemoveRows();
}

void TransfersModel::updateJob(TransferJob* job)
{
    const int row = int(m_jobs.indexOf(job));
    if (row < 0)
        return;
    const QModelIndex parentIndex = index(row, 0);
    const int shown = m_blobRows.value(job);
    const int now = int(job->blobs().size());
    if (now < shown) {
        // A resumed job starts its blob list afresh.
        beginRemoveRows(parentIndex, now, shown - 1);
        m_blobRows[job] = now;
        endRemoveRows();
    } else if (now > shown) {
        beginInsertRows(parentIndex, shown, now - 1);
        m_blobRows[job] = now;
        endInsertRows();
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (now > 0)
        emit dataChanged(index(0, 0, parentIndex), index(now - 1, ColumnCount - 1, parentIndex));
}

QModelIndex TransfersModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, JobRowId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TransfersModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == JobRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, JobRowId);
}

int TransfersModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_jobs.size());
    if (parent.internalId() != JobRowId || parent.column() != 0)
        return 0;
    return m_blobRows.value(m_jobs.value(parent.row()));
}

int TransfersModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

TransferJob* TransfersModel::jobAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == JobRowId ? index.row() : int(index.internalId() - 1);
    return m_jobs.value(row);
}

QModelIndex TransfersModel::indexOf(TransferJob* job) const
{
    const int row = int(m_jobs.indexOf(job));
    return row < 0 ? QModelIndex() : index(row, 0);
}

QVariant TransfersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    TransferJob* job = jobAt(index);
    if (!job)
        return {};
    if (index.internalId() != JobRowId) {
        // A blob row: its digest, progress and bytes. Rows may briefly outnumber a fresh snapshot.
        const auto blobs = job->blobs();
        if (index.row() >= blobs.size())
            return {};
        const auto& blob = blobs[index.row()];
        const int percent = percentOf(blob.done, blob.size);
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case NameColumn:
                return blob.blob;
            case StateColumn:
                return blob.size > 0 && blob.done >= blob.size ? tr("Done") : QString();
            case ProgressColumn:
                return percent < 0 ? QString() : tr("%1%").arg(percent);
            case TransferredColumn:
                return blob.size > 0 ? tr("%1 of %2").arg(formatBytes(blob.done), formatBytes(blob.size))
                                     : formatBytes(blob.done);
            default:
                return {};
            }
        }
        if (role == PercentRole && index.column() == ProgressColumn)
            return percent;
        if (role == Qt::ToolTipRole && index.column() == NameColumn)
            return blob.blob;
        return {};
    }

    const qint64 total = job->totalBytes();
    const int percent =
        job->state() == TransferJob::State::Succeeded ? 100 : percentOf(job->doneBytes(), total);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return job->title();
        case StateColumn:
            if (job->state() == TransferJob::State::Failed || job->state() == TransferJob::State::Cancelled)
                return tr("%1: %2").arg(TransferJob::stateName(job->state()), job->errorMessage());
            return TransferJob::stateName(job->state());
        case ProgressColumn:
            return percent < 0 ? QString() : tr("%1%").arg(percent);
        case TransferredColumn:
            return total > 0 ? tr("%1 of %2").arg(formatBytes(job->doneBytes()), formatBytes(total))
                             : formatBytes(job->doneBytes());
        case SpeedColumn:
            return job->state() == TransferJob::State::Running && job->bytesPerSecond() > 0
                       ? tr("%1/s").arg(formatBytes(qint64(job->bytesPerSecond())))
                       : QString();
        case TimeLeftColumn:
            return formatDuration(job->secondsLeft());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !job->errorMessage().isEmpty())
            return job->errorMessage();
        if (index.column() == NameColumn)
            return job->resultLocation().isEmpty() ? job->title() : job->resultLocation();
        return {};
    case PercentRole:
        if (index.column() == ProgressColumn)
            return percent;
        return {};
    default:
        return {};
    }
}

QVariant TransfersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Transfer");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case TransferredColumn:
        return tr("Transferred");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    default:
        return {};
    }
}

} // namespace lading::ui
