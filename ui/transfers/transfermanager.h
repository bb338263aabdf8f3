#pragma once

#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace lading::ui {

class TransferJob;

// Runs the window's transfer jobs: at most concurrency() at once (the rest wait, in order), each on its own
// worker thread, and polls the running ones a few times a second for progress. Owns every job it is given.
// GUI thread only.
class TransferManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferManager)

public:
    static constexpr int DefaultConcurrency = 2;
    static constexpr int MaxConcurrency = 16;

    explicit TransferManager(QObject* parent = nullptr);
    // Cancels running jobs and waits for their workers.
    ~TransferManager() override;

    // Takes ownership; the job starts when a slot is free.
    void enqueue(TransferJob* job);
    void cancel(TransferJob* job);
    // Runs a failed or cancelled job again; it continues from what was already transferred.
    void resume(TransferJob* job);
    // Removes (and deletes) every finished job.
    void clearFinished();

    int concurrency() const { return m_concurrency; }
    // Persisted in QSettings ("transfers/concurrency"); clamped to 1..MaxConcurrency.
    void setConcurrency(int concurrency);

    QList<TransferJob*> jobs() const { return m_jobs; }
    int runningCount() const;
    // The most jobs that ever ran at once (for tests of the bound).
    int peakRunning() const { return m_peakRunning; }
    // Progress poll interval in milliseconds.
    static constexpr int PollIntervalMs = 250;

signals:
    void jobAdded(TransferJob* job);
    // Just before `job` is deleted by clearFinished().
    void jobRemoved(TransferJob* job);
    void jobFinished(TransferJob* job, bool ok);
    void concurrencyChanged(int concurrency);

private:
    void schedule();
    void pollRunning();

    QList<TransferJob*> m_jobs;
    int m_concurrency = DefaultConcurrency;
    int m_peakRunning = 0;
    bool m_shuttingDown = false;
    QThreadPool m_pool;
    QTimer m_pollTimer;
};

} // namespace lading::ui
