#pragma once

#include "core/store/transfercontrol.h"
#include "core/util/result.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

class QThreadPool;

namespace lading::ui {

// One transfer the window runs (push, pull, export, copy, save blob). Its blocking core work, run(), goes
// to a worker thread; everything else lives on the GUI thread. Progress is not signalled per chunk: the
// TransferManager polls every running job a few times a second (poll()), which reads the job's
// TransferControl counters, so a fast transfer never floods the event loop.
class TransferJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferJob)

public:
    enum class Kind
    {
        Push,
        Pull,
        Export,
        Copy,
        SaveBlob
    };
    Q_ENUM(Kind)
    enum class State
    {
        Queued,
        Running,
        Succeeded,
        Failed,
        Cancelled
    };
    Q_ENUM(State)

    ~TransferJob() override;

    Kind kind() const { return m_kind; }
    QString title() const { return m_title; }
    State state() const { return m_state; }
    bool isFinished() const
    {
        return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Cancelled;
    }
    // Why the job failed or that it was cancelled; empty otherwise.
    QString errorMessage() const { return m_error; }
    // 0 while unknown (before the job has planned its work).
    qint64 totalBytes() const;
    qint64 doneBytes() const { return m_done; }
    double bytesPerSecond() const { return m_speed; }
    // -1 while unknown.
    qint64 secondsLeft() const;
    QList<store::BlobProgress> blobs() const { return m_blobs; }
    // Where the result is (a location or a path), once the job succeeded.
    QString resultLocation() const { return m_resultLocation; }
    bool canResume() const { return m_state == State::Failed || m_state == State::Cancelled; }
    // Milliseconds the last (or current) run took.
    qint64 elapsedMs() const;
    // A human-readable kind ("Push", "Pull", ...), translated.
    static QString kindName(Kind kind);
    static QString stateName(State state);

    // Used by TransferManager (GUI thread): starts run() on `pool`; asks a running job to stop (a queued
    // one is cancelled at once); reads the counters and emits progressChanged when something moved.
    void start(QThreadPool& pool);
    void cancel();
    void poll();
    // A finished job goes back to Queued (the manager then starts it again).
    void requeue();

signals:
    void stateChanged();
    void progressChanged();
    void finished(bool ok);

protected:
    TransferJob(Kind kind, const QString& title, QObject* parent = nullptr);

    // The blocking work, on a worker thread. Report bytes and blob sizes through `control`, poll its
    // cancellation; a run after a failure must continue from what is already there (core resumes .part
    // files and skips blobs the destination has).
    virtual Status run(store::TransferControl& control) = 0;

    // From run() (any thread): the total once known, and where the result is.
    void setTotalBytes(qint64 total) { m_total.store(total); }
    void setResultLocation(const QString& location);

private:
    void finish(const Status& status);
    void setState(State state);

    Kind m_kind;
    QString m_title;
    State m_state = State::Queued;
    QString m_error;
    std::shared_ptr<store::TransferControl> m_control;
    std::atomic<qint64> m_total{0};
    qint64 m_done = 0;
    double m_speed = 0;
    qint64 m_lastPollBytes = 0;
    qint64 m_lastPollMs = 0;
    QList<store::BlobProgress> m_blobs;
    QElapsedTimer m_clock;
    qint64 m_elapsed = 0;
    QString m_resultLocation;
    QString m_pendingResult; // written by run(), taken over on the GUI thread
    mutable std::mutex m_resultMutex;
};

} // namespace lading::ui
