#pragma once

#include <QAbstractItemModel>
#include <QHash>

namespace lading::ui {

class TransferJob;
class TransferManager;

// The manager's jobs as a tree: one row per job (in the order they were added), one child row per blob
// of it. Rows follow the jobs live as they progress, are added and are cleared.
class TransfersModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransfersModel)

public:
    enum Column
    {
        NameColumn,
        StateColumn,
        ProgressColumn,
        TransferredColumn,
        SpeedColumn,
        TimeLeftColumn,
        ColumnCount
    };
    // ProgressColumn's Qt::UserRole: the percentage 0..100, or -1 while the size is unknown.
    static constexpr int PercentRole = Qt::UserRole;

    explicit TransfersModel(TransferManager& manager, QObject* parent = nullptr);
    ~TransfersModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The job of a row (or of a blob row's parent); null for an invalid index.
    TransferJob* jobAt(const QModelIndex& index) const;
    QModelIndex indexOf(TransferJob* job) const;

    // "1.5 MB", "340 KB/s", "2 min 5 s": shared with the panel's summary line.
    static QString formatBytes(qint64 bytes);
    static QString formatDuration(qint64 seconds);

private:
    void addJob(TransferJob* job);
    void removeJob(TransferJob* job);
    void updateJob(TransferJob* job);

    TransferManager& m_manager;
    QList<TransferJob*> m_jobs;
    QHash<TransferJob*, int> m_blobRows; // the blob rows each job shows
};

} // namespace lading::ui
