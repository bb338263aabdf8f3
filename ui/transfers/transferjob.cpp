#include "ui/transfers/transferjob.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

namespace lading::ui {

TransferJob::TransferJob(Kind kind, const QString& title, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
    , m_title(title)
{}

TransferJob::~TransferJob() = default;

QString TransferJob::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Push:
        return tr("Push");
    case Kind::Pull:
        return tr("Pull");
    case Kind::Export:
        return tr("Export");
    case Kind::Copy:
        return tr("Copy");
    case Kind::SaveBlob:
        return tr("Save blob");
    }
    return {};
}

QString TransferJob::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Running:
        return tr("Running");
    case State::Succeeded:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

qint64 TransferJob::totalBytes() const
{
    const qint64 total = m_total.load();
    if (total > 0)
        return total;
    // Without a planned total, the blobs announced so far are the best estimate.
    qint64 sum = 0;
    for (const auto& blob : m_blobs)
        sum += blob.size;
    return sum;
}

qint64 TransferJob::secondsLeft() const
{
    const qint64 total = totalBytes();
    if (m_state != State::Running || total <= 0 || m_speed <= 0 || m_done > total)
        return -1;
    return qint64((double(total - m_done) / m_speed) + 0.999);
}

qint64 TransferJob::elapsedMs() const
{
    if (m_state == State::Running && m_clock.isValid())
        return m_clock.elapsed();
    return m_elapsed;
}

void TransferJob::setResultLocation(const QString& location)
{
    const std::lock_guard lock(m_resultMutex);
    m_pendingResult = location;
}

void TransferJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void TransferJob::start(QThreadPool& pool)
{
    if (m_state != State::Queued)
        return;
    // A fresh control for every run: a cancelled one stays cancelled, and a resumed run counts its own bytes.
    m_control = std::make_shared<store::TransferControl>();
    m_error.clear();
    m_done = 0;
    m_speed = 0;
    m_lastPollBytes = 0;
    m_lastPollMs = 0;
    m_blobs.clear();
    m_total.store(0);
    m_clock.start();
    setState(State::Running);
    emit progressChanged();

    auto control = m_control;
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        const Status status = watcher->result();
        watcher->deleteLater();
        finish(status);
    });
    // The worker holds its own reference to the control: a resume replaces m_control while nothing runs,
    // but the worker must never see it change under it.
    watcher->setFuture(QtConcurrent::run(&pool, [this, control]() -> Status { return run(*control); }));
}

void TransferJob::cancel()
{
    if (m_state == State::Queued) {
        m_error = tr("Cancelled before it started.");
        setState(State::Cancelled);
        emit finished(false);
    } else if (m_state == State::Running && m_control) {
        m_control->cancel();
    }
}

void TransferJob::requeue()
{
    if (!canResume())
        return;
    m_error.clear();
    setState(State::Queued);
}

void TransferJob::poll()
{
    if (!m_control)
        return;
    const qint64 bytes = m_control->bytes();
    QList<store::BlobProgress> blobs = m_control->blobProgress();
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    const bool moved = bytes != m_done || blobs.size() != m_blobs.size();
    bool blobsChanged = moved;
    if (!blobsChanged) {
        for (qsizetype i = 0; i < blobs.size(); ++i) {
            if (blobs[i].done != m_blobs[i].done || blobs[i].size != m_blobs[i].size) {
                blobsChanged = true;
                break;
            }
        }
    }
    if (m_state == State::Running && now > m_lastPollMs) {
        // Smoothed over the last few polls so the speed and time left do not jump with every chunk.
        const double instant = double(bytes - m_lastPollBytes) * 1000.0 / double(now - m_lastPollMs);
        m_speed = m_speed <= 0 ? instant : 0.7 * m_speed + 0.3 * instant;
        m_lastPollBytes = bytes;
        m_lastPollMs = now;
    }
    m_done = bytes;
    m_blobs = std::move(blobs);
    if (blobsChanged || m_state == State::Running)
        emit progressChanged();
}

void TransferJob::finish(const Status& status)
{
    poll();
    m_elapsed = m_clock.elapsed();
    m_speed = 0;
    {
        const std::lock_guard lock(m_resultMutex);
        m_resultLocation = m_pendingResult;
    }
    State state = State::Succeeded;
    if (!status.ok()) {
        const bool cancelled =
            (m_control && m_control->isCancelled()) || status.error().kind == Error::Kind::Cancelled;
        state = cancelled ? State::Cancelled : State::Failed;
        m_error = cancelled ? tr("Cancelled; Resume continues from what was already transferred.")
                            : status.error().message;
    }
    setState(state);
    emit progressChanged();
    emit finished(state == State::Succeeded);
}

} // namespace lading::ui
