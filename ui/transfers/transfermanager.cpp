#include "ui/transfers/transfermanager.h"

#include "ui/transfers/transferjob.h"

#include <QSettings>

#include <algorithm>

namespace lading::ui {

namespace {
const QString ConcurrencyKey = QStringLiteral("transfers/concurrency");
}

TransferManager::TransferManager(QObject* parent)
    : QObject(parent)
{
    // Jobs block their thread for their whole run; the manager bounds how many run, the pool never does.
    m_pool.setMaxThreadCount(MaxConcurrency);
    m_pool.setExpiryTimeout(30000);
    m_concurrency =
        std::clamp(QSettings().value(ConcurrencyKey, DefaultConcurrency).toInt(), 1, MaxConcurrency);
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &TransferManager::pollRunning);
}

TransferManager::~TransferManager()
{
    // Nothing new may start while the queue is cancelled (a cancelled queued job reschedules).
    m_shuttingDown = true;
    for (TransferJob* job : std::as_const(m_jobs))
        job->cancel();
    // Workers still use their jobs (and what the jobs reference): wait before the jobs are deleted.
    m_pool.waitForDone();
}

void TransferManager::enqueue(TransferJob* job)
{
    if (!job || m_jobs.contains(job))
        return;
    job->setParent(this);
    m_jobs.append(job);
    connect(job, &TransferJob::finished, this, [this, job](bool ok) {
        emit jobFinished(job, ok);
        schedule();
    });
    emit jobAdded(job);
    schedule();
}

void TransferManager::cancel(TransferJob* job)
{
    if (job && m_jobs.contains(job))
        job->cancel();
}

void TransferManager::resume(TransferJob* job)
{
    if (!job || !m_jobs.contains(job) || !job->canResume())
        return;
    job->requeue();
    schedule();
}

void TransferManager::clearFinished()
{
    const QList<TransferJob*> jobs = m_jobs;
    for (TransferJob* job : jobs) {
        if (!job->isFinished())
            continue;
        emit jobRemoved(job);
        m_jobs.removeOne(job);
        job->deleteLater();
    }
}

void TransferManager::setConcurrency(int concurrency)
{
    concurrency = std::clamp(concurrency, 1, MaxConcurrency);
    if (concurrency == m_concurrency)
        return;
    m_concurrency = concurrency;
    QSettings().setValue(ConcurrencyKey, concurrency);
    emit concurrencyChanged(concurrency);
    schedule();
}

int TransferManager::runningCount() const
{
    return int(std::count_if(m_jobs.begin(), m_jobs.end(),
                             [](TransferJob* job) { return job->state() == TransferJob::State::Running; }));
}

void TransferManager::schedule()
{
    if (m_shuttingDown)
        return;
    int running = runningCount();
    for (TransferJob* job : std::as_const(m_jobs)) {
        if (running >= m_concurrency)
            break;
        if (job->state() != TransferJob::State::Queued)
            continue;
        job->start(m_pool);
        ++running;
    }
    m_peakRunning = std::max(m_peakRunning, running);
    if (running > 0 && !m_pollTimer.isActive())
        m_pollTimer.start();
    else if (running == 0)
        m_pollTimer.stop();
}

void TransferManager::pollRunning()
{
    bool any = false;
    for (TransferJob* job : std::as_const(m_jobs)) {
        if (job->state() == TransferJob::State::Running) {
            job->poll();
            any = true;
        }
    }
    if (!any)
        m_pollTimer.stop();
}

} // namespace lading::ui
